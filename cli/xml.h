/* xml.h -- a small XML reader for the gold sets of the geocoding suite.
 *
 * The geoparsing gold files (cli/eval_geo.c) are regular XML: elements,
 * attributes, character data, CDATA sections, comments, an XML
 * declaration, the five predefined entities (&amp; &lt; &gt; &quot;
 * &apos;) and numeric references (&#N; &#xH;). xml_parse reads a whole
 * file into a tree kept in arrays: nodes are numbered in document order
 * (node 0 is the root element) and linked by index, and every string
 * (names, raw attribute text, decoded character data) lives in one buffer
 * the document owns. Nothing else is supported: a DOCTYPE with an internal
 * subset, an unknown entity, a mismatched or unclosed tag or text outside
 * the root element is an error with its line, never a crash.
 *
 * An element's text is its character data when it has no child elements
 * (CDATA sections and entities decoded, runs joined); for an element with
 * children it is the first run that is not blank. Not thread-safe per
 * document; separate documents are independent. */
#ifndef TAC_XML_H
#define TAC_XML_H

#include <stddef.h>

typedef struct xml_node {
    const char *name;
    const char *attrs; /* raw attribute text ("geonameid=\"42\""), "" if none */
    const char *text;  /* decoded character data (see above), "" if none */
    size_t text_len;
    long parent, child, next; /* node indices; -1: none */
} xml_node;

typedef struct xml_doc {
    xml_node *nodes;
    size_t n, cap;
    char *store;    /* the strings of all nodes */
    char err[200];  /* after a failed xml_parse: "line N: what is wrong" */
} xml_doc;

/* Parses s[0..len) into *d (zeroed first). Returns 0, or -1 with d->err set
 * (also for out of memory); free d with xml_doc_free either way. */
int xml_parse(const char *s, size_t len, xml_doc *d);

/* Frees what *d holds; a zeroed document is fine. */
void xml_doc_free(xml_doc *d);

/* The first child of node named name (NULL: any), or -1. */
long xml_child(const xml_doc *d, long node, const char *name);

/* The next sibling of node named name (NULL: any), or -1. */
long xml_next(const xml_doc *d, long node, const char *name);

/* The text of node's first child named name, or NULL if there is none. */
const char *xml_child_text(const xml_doc *d, long node, const char *name);

/* Copies the value of node's attribute name (entities decoded) to out
 * (cap bytes, truncated) and returns 1, or returns 0 if it has none. */
int xml_attr(const xml_doc *d, long node, const char *name, char *out, size_t cap);

/* Writes code point cp as UTF-8 into o (room for 4); returns the bytes
 * written. Also used by the eval suites that decode character references. */
size_t xml_utf8_put(unsigned cp, char *o);

#endif
