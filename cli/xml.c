/* xml.c -- a small XML reader for the gold sets of the geocoding suite
 * (see xml.h for what it reads and what it refuses).
 *
 * One pass over the input. Character data is decoded into the store as it
 * is read (a "run"); a start or end tag ends the run, which becomes the
 * text of the open element if that has none yet (blank runs never do), and
 * is dropped otherwise. Comments, processing instructions and CDATA
 * sections do not end a run, so "a<![CDATA[<b>]]>c" is one text "a<b>c".
 * The store is twice the input: no string written is longer than the
 * input it came from. */
#include "xml.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct px {
    const char *s, *p, *end;
    xml_doc *d;
    char *w;   /* next free byte of the store */
    char *run; /* start of the current run in the store */
    long cur;  /* the open element, -1 outside the root */
} px;

static int fail(px *x, const char *at, const char *msg, const char *arg)
{
    long line = 1;
    for (const char *q = x->s; q < at && q < x->end; q++)
        line += *q == '\n';
    snprintf(x->d->err, sizeof x->d->err, "line %ld: %s%s", line, msg, arg ? arg : "");
    return -1;
}

static int blank(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (s[i] != ' ' && s[i] != '\t' && s[i] != '\n' && s[i] != '\r')
            return 0;
    return 1;
}

static int starts(const px *x, const char *lit)
{
    size_t n = strlen(lit);
    return (size_t)(x->end - x->p) >= n && !memcmp(x->p, lit, n);
}

/* The first occurrence of lit at or after p, or NULL. */
static const char *find(const char *p, const char *end, const char *lit)
{
    size_t n = strlen(lit);
    for (; (size_t)(end - p) >= n; p++)
        if (*p == lit[0] && !memcmp(p, lit, n))
            return p;
    return NULL;
}

size_t xml_utf8_put(unsigned cp, char *o)
{
    if (cp < 0x80) {
        o[0] = (char)cp;
        return 1;
    }
    if (cp < 0x800) {
        o[0] = (char)(0xC0 | cp >> 6);
        o[1] = (char)(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        o[0] = (char)(0xE0 | cp >> 12);
        o[1] = (char)(0x80 | (cp >> 6 & 0x3F));
        o[2] = (char)(0x80 | (cp & 0x3F));
        return 3;
    }
    o[0] = (char)(0xF0 | cp >> 18);
    o[1] = (char)(0x80 | (cp >> 12 & 0x3F));
    o[2] = (char)(0x80 | (cp >> 6 & 0x3F));
    o[3] = (char)(0x80 | (cp & 0x3F));
    return 4;
}

/* Decodes the reference at s ('&') into o (room for 4). Returns the bytes
 * of input it spans (and *olen), or 0 if it is no reference we know. */
static size_t entity(const char *s, const char *end, char *o, size_t *olen)
{
    static const struct {
        const char *name;
        char c;
    } named[] = {{"&amp;", '&'}, {"&lt;", '<'}, {"&gt;", '>'}, {"&quot;", '"'}, {"&apos;", '\''}};
    for (size_t k = 0; k < sizeof named / sizeof named[0]; k++) {
        size_t n = strlen(named[k].name);
        if ((size_t)(end - s) >= n && !memcmp(s, named[k].name, n)) {
            o[0] = named[k].c;
            *olen = 1;
            return n;
        }
    }
    if (end - s < 4 || s[1] != '#')
        return 0;
    const char *q = s + 2;
    int hex = *q == 'x';
    q += hex;
    unsigned long cp = 0;
    const char *d0 = q;
    for (; q < end && q - d0 < 8; q++) {
        unsigned v;
        if (*q >= '0' && *q <= '9')
            v = (unsigned)(*q - '0');
        else if (hex && ((*q | 0x20) >= 'a' && (*q | 0x20) <= 'f'))
            v = (unsigned)((*q | 0x20) - 'a' + 10);
        else
            break;
        cp = cp * (hex ? 16u : 10u) + v;
    }
    if (q == d0 || q >= end || *q != ';' || cp == 0 || cp > 0x10FFFF ||
        (cp >= 0xD800 && cp <= 0xDFFF))
        return 0;
    *olen = xml_utf8_put((unsigned)cp, o);
    return (size_t)(q + 1 - s);
}

/* Ends the current run: the open element's text, or dropped. */
static int end_run(px *x, const char *at)
{
    size_t n = (size_t)(x->w - x->run);
    if (x->cur < 0) {
        if (!blank(x->run, n))
            return fail(x, at, "text outside the root element", NULL);
    } else {
        xml_node *e = &x->d->nodes[x->cur];
        if (!e->text_len && !blank(x->run, n)) {
            *x->w++ = '\0';
            e->text = x->run;
            e->text_len = n;
            x->run = x->w;
            return 0;
        }
    }
    x->w = x->run;
    return 0;
}

static int name_char(char c)
{
    return c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != '/' && c != '>' && c != '<' &&
           c != '=' && c != '"' && c != '\'';
}

/* Reads a tag name at x->p into the store; returns it, or NULL. */
static const char *tag_name(px *x)
{
    const char *b = x->p;
    while (x->p < x->end && name_char(*x->p))
        x->p++;
    size_t n = (size_t)(x->p - b);
    if (n == 0 || (*b >= '0' && *b <= '9') || *b == '-' || *b == '.')
        return NULL;
    char *name = x->w;
    memcpy(name, b, n);
    name[n] = '\0';
    x->w += n + 1;
    return name;
}

static int start_tag(px *x)
{
    const char *lt = x->p++;
    if (x->cur < 0 && x->d->n > 0)
        return fail(x, lt, "a second root element", NULL);
    const char *name = tag_name(x);
    if (!name)
        return fail(x, lt, "a tag without a valid name", NULL);
    while (x->p < x->end && (*x->p == ' ' || *x->p == '\t' || *x->p == '\n' || *x->p == '\r'))
        x->p++;
    const char *ab = x->p;
    char quote = 0;
    for (; x->p < x->end; x->p++) {
        if (quote) {
            if (*x->p == quote)
                quote = 0;
        } else if (*x->p == '"' || *x->p == '\'') {
            quote = *x->p;
        } else if (*x->p == '>' || *x->p == '<') {
            break;
        }
    }
    if (x->p >= x->end || *x->p == '<')
        return fail(x, lt, "unterminated tag <", name);
    const char *ae = x->p;
    int empty = ae > ab && ae[-1] == '/';
    if (empty)
        ae--;
    while (ae > ab && (ae[-1] == ' ' || ae[-1] == '\t' || ae[-1] == '\n' || ae[-1] == '\r'))
        ae--;
    x->p++; /* '>' */
    if (ae > ab && ab[0] != '_' && !((ab[0] | 0x20) >= 'a' && (ab[0] | 0x20) <= 'z') &&
        ab[0] != ':')
        return fail(x, lt, "a bad attribute in <", name);
    const char *attrs = "";
    if (ae > ab) {
        char *a = x->w;
        memcpy(a, ab, (size_t)(ae - ab));
        a[ae - ab] = '\0';
        x->w += (ae - ab) + 1;
        attrs = a;
    }
    xml_doc *d = x->d;
    if (d->n == d->cap) {
        size_t nc = d->cap ? d->cap * 2 : 1024;
        xml_node *g = realloc(d->nodes, nc * sizeof *g);
        if (!g)
            return fail(x, lt, "out of memory", NULL);
        d->nodes = g;
        d->cap = nc;
    }
    long id = (long)d->n++;
    xml_node *e = &d->nodes[id];
    e->name = name;
    e->attrs = attrs;
    e->text = "";
    e->text_len = 0;
    e->parent = x->cur;
    e->child = e->next = -1;
    if (x->cur >= 0) {
        /* append to the parent's children: find the last one (the previous
         * sibling is the most recent node whose parent is cur) */
        xml_node *p = &d->nodes[x->cur];
        if (p->child < 0) {
            p->child = id;
        } else {
            long c = id - 1;
            while (d->nodes[c].parent != x->cur)
                c = d->nodes[c].parent;
            d->nodes[c].next = id;
        }
    }
    if (!empty)
        x->cur = id;
    x->run = x->w;
    return 0;
}

static int end_tag(px *x)
{
    const char *lt = x->p;
    x->p += 2;
    const char *b = x->p;
    while (x->p < x->end && name_char(*x->p))
        x->p++;
    size_t n = (size_t)(x->p - b);
    while (x->p < x->end && (*x->p == ' ' || *x->p == '\t' || *x->p == '\n' || *x->p == '\r'))
        x->p++;
    if (x->p >= x->end || *x->p != '>')
        return fail(x, lt, "unterminated end tag", NULL);
    x->p++;
    if (x->cur < 0)
        return fail(x, lt, "an end tag outside the root element", NULL);
    const char *open = x->d->nodes[x->cur].name;
    if (strlen(open) != n || memcmp(open, b, n) != 0)
        return fail(x, lt, "an end tag that does not close <", open);
    x->cur = x->d->nodes[x->cur].parent;
    x->run = x->w;
    return 0;
}

int xml_parse(const char *s, size_t len, xml_doc *d)
{
    memset(d, 0, sizeof *d);
    d->store = malloc(2 * len + 16);
    if (!d->store) {
        snprintf(d->err, sizeof d->err, "out of memory");
        return -1;
    }
    px x = {s, s, s + len, d, d->store, d->store, -1};
    while (x.p < x.end) {
        if (*x.p == '&') {
            size_t ol = 0;
            size_t n = entity(x.p, x.end, x.w, &ol);
            if (!n)
                return fail(&x, x.p, "an unknown entity or bad character reference", NULL);
            x.w += ol;
            x.p += n;
            continue;
        }
        if (*x.p != '<') {
            *x.w++ = *x.p++;
            continue;
        }
        const char *lt = x.p;
        if (starts(&x, "<![CDATA[")) {
            const char *e = find(x.p + 9, x.end, "]]>");
            if (!e)
                return fail(&x, lt, "unterminated CDATA section", NULL);
            memcpy(x.w, x.p + 9, (size_t)(e - (x.p + 9)));
            x.w += e - (x.p + 9);
            x.p = e + 3;
        } else if (starts(&x, "<!--")) {
            const char *e = find(x.p + 4, x.end, "-->");
            if (!e)
                return fail(&x, lt, "unterminated comment", NULL);
            x.p = e + 3;
        } else if (starts(&x, "<?")) {
            const char *e = find(x.p + 2, x.end, "?>");
            if (!e)
                return fail(&x, lt, "unterminated processing instruction", NULL);
            x.p = e + 2;
        } else if (starts(&x, "<!")) {
            const char *e = x.p + 2;
            while (e < x.end && *e != '>' && *e != '[')
                e++;
            if (e >= x.end || *e == '[')
                return fail(&x, lt, "a DOCTYPE with an internal subset (not supported) or "
                                    "an unterminated declaration", NULL);
            x.p = e + 1;
        } else {
            if (end_run(&x, lt) < 0)
                return -1;
            if (x.p + 1 < x.end && x.p[1] == '/') {
                if (end_tag(&x) < 0)
                    return -1;
            } else if (start_tag(&x) < 0) {
                return -1;
            }
        }
    }
    if (end_run(&x, x.end) < 0)
        return -1;
    if (x.cur >= 0)
        return fail(&x, x.end, "end of file inside <", d->nodes[x.cur].name);
    if (d->n == 0)
        return fail(&x, x.end, "no root element", NULL);
    return 0;
}

void xml_doc_free(xml_doc *d)
{
    free(d->nodes);
    free(d->store);
    d->nodes = NULL;
    d->store = NULL;
    d->n = d->cap = 0;
}

static int named(const xml_doc *d, long k, const char *name)
{
    return !name || !strcmp(d->nodes[k].name, name);
}

long xml_child(const xml_doc *d, long node, const char *name)
{
    if (node < 0 || (size_t)node >= d->n)
        return -1;
    long k = d->nodes[node].child;
    while (k >= 0 && !named(d, k, name))
        k = d->nodes[k].next;
    return k;
}

long xml_next(const xml_doc *d, long node, const char *name)
{
    if (node < 0 || (size_t)node >= d->n)
        return -1;
    long k = d->nodes[node].next;
    while (k >= 0 && !named(d, k, name))
        k = d->nodes[k].next;
    return k;
}

const char *xml_child_text(const xml_doc *d, long node, const char *name)
{
    long k = xml_child(d, node, name);
    return k >= 0 ? d->nodes[k].text : NULL;
}

int xml_attr(const xml_doc *d, long node, const char *name, char *out, size_t cap)
{
    if (node < 0 || (size_t)node >= d->n || cap == 0)
        return 0;
    const char *a = d->nodes[node].attrs;
    size_t nl = strlen(name);
    while (*a) {
        while (*a == ' ' || *a == '\t' || *a == '\n' || *a == '\r')
            a++;
        const char *nb = a;
        while (*a && *a != '=' && *a != ' ' && *a != '\t' && *a != '\n' && *a != '\r')
            a++;
        size_t n = (size_t)(a - nb);
        while (*a == ' ' || *a == '\t' || *a == '\n' || *a == '\r')
            a++;
        if (*a != '=')
            return 0; /* not name="value": stop */
        a++;
        while (*a == ' ' || *a == '\t' || *a == '\n' || *a == '\r')
            a++;
        char q = *a;
        if (q != '"' && q != '\'')
            return 0;
        const char *vb = ++a;
        while (*a && *a != q)
            a++;
        const char *ve = a;
        if (*a)
            a++;
        if (n != nl || memcmp(nb, name, n) != 0)
            continue;
        size_t o = 0;
        for (const char *v = vb; v < ve;) {
            char buf[4];
            size_t bl = 1, used = *v == '&' ? entity(v, ve, buf, &bl) : 0;
            if (!used) {
                buf[0] = *v;
                bl = 1;
                used = 1;
            }
            if (o + bl >= cap)
                break;
            memcpy(out + o, buf, bl);
            o += bl;
            v += used;
        }
        out[o] = '\0';
        return 1;
    }
    return 0;
}
