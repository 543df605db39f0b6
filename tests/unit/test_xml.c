/* test_xml.c -- the small XML reader of the geocoding suite (cli/xml.c):
 * the shapes of the geoparsing gold files, and malformed input refused
 * with its line. */
#include <string.h>

#include "test.h"
#include "xml.h"

static int parse(const char *s, xml_doc *d)
{
    return xml_parse(s, strlen(s), d);
}

static void well_formed(void)
{
    const char *s =
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
        "<!-- a comment -->\n"
        "<articles>\n"
        "  <article docid=\"7\" kind='x &amp; y'>\n"
        "    <title>Fire in &quot;Alexandria&quot; &#233;t&#xE9; &lt;b&gt; &apos;</title>\n"
        "    <text><![CDATA[A <b>bold</b> & raw]]> tail</text>\n"
        "    <toponyms>\n"
        "      <toponym><phrase>Georgia</phrase><gaztag geonameid=\"4197000\">"
        "<country geonameid=\"6252001\">United States</country></gaztag></toponym>\n"
        "      <toponym><phrase>Tbilisi</phrase><empty/></toponym>\n"
        "    </toponyms>\n"
        "  </article>\n"
        "  <article docid=\"8\"/>\n"
        "</articles>\n";
    xml_doc d;
    CHECK_INT(parse(s, &d), 0);
    CHECK_STR(d.nodes[0].name, "articles");
    long a = xml_child(&d, 0, "article");
    CHECK(a > 0);
    char v[64];
    CHECK_INT(xml_attr(&d, a, "docid", v, sizeof v), 1);
    CHECK_STR(v, "7");
    CHECK_INT(xml_attr(&d, a, "kind", v, sizeof v), 1);
    CHECK_STR(v, "x & y");
    CHECK_INT(xml_attr(&d, a, "missing", v, sizeof v), 0);
    CHECK_STR(xml_child_text(&d, a, "title"), "Fire in \"Alexandria\" \xC3\xA9t\xC3\xA9 <b> '");
    CHECK_STR(xml_child_text(&d, a, "text"), "A <b>bold</b> & raw tail");
    CHECK(xml_child_text(&d, a, "nothing") == NULL);
    long ts = xml_child(&d, a, "toponyms");
    long t1 = xml_child(&d, ts, "toponym");
    long t2 = xml_next(&d, t1, "toponym");
    CHECK(t1 > 0 && t2 > t1);
    CHECK_INT(xml_next(&d, t2, "toponym"), -1);
    CHECK_STR(xml_child_text(&d, t1, "phrase"), "Georgia");
    long g = xml_child(&d, t1, "gaztag");
    long c = xml_child(&d, g, "country");
    CHECK_STR(d.nodes[c].text, "United States");
    CHECK_INT(xml_attr(&d, c, "geonameid", v, sizeof v), 1);
    CHECK_STR(v, "6252001");
    CHECK_STR(xml_child_text(&d, t2, "empty"), "");
    long a2 = xml_next(&d, a, "article");
    CHECK(a2 > 0);
    CHECK_INT(xml_child(&d, a2, NULL), -1);
    CHECK_INT(xml_next(&d, a2, NULL), -1);
    /* truncated attribute values */
    CHECK_INT(xml_attr(&d, c, "geonameid", v, 4), 1);
    CHECK_STR(v, "625");
    xml_doc_free(&d);
    /* every prefix of the text parses or fails cleanly; only the whole one parses */
    size_t n = strlen(s);
    int whole = 0;
    for (size_t k = 0; k <= n; k++) {
        int rc = xml_parse(s, k, &d);
        CHECK(rc == 0 || (rc == -1 && d.err[0]));
        if (rc == 0)
            whole = k >= n - 1; /* the final newline is blank text */
        xml_doc_free(&d);
    }
    CHECK(whole);
}

/* Each malformed text fails with a message naming its line. */
static void malformed(void)
{
    static const struct {
        const char *s, *err;
    } bad[] = {
        {"<a><b></a>", "line 1: an end tag that does not close <b"},
        {"<a>\n<b>x</b>\n", "line 3: end of file inside <a"},
        {"<a>\n&nbsp;</a>", "line 2: an unknown entity"},
        {"<a>&#0;</a>", "line 1: an unknown entity"},
        {"<a><![CDATA[x</a>", "line 1: unterminated CDATA"},
        {"<a><!-- x</a>", "line 1: unterminated comment"},
        {"<a\n", "line 1: unterminated tag <a"},
        {"<a></a><b/>", "line 1: a second root element"},
        {"text<a/>", "line 1: text outside the root element"},
        {"<a/>\ntext", "line 2: text outside the root element"},
        {"", "line 1: no root element"},
        {"</a>", "line 1: an end tag outside the root element"},
        {"<1a/>", "line 1: a tag without a valid name"},
        {"<!DOCTYPE a [<!ENTITY x \"y\">]><a/>", "line 1: a DOCTYPE"},
        {"<a \"x\"/>", "line 1: a bad attribute in <a"},
    };
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        xml_doc d;
        CHECK_INT(parse(bad[i].s, &d), -1);
        if (strncmp(d.err, bad[i].err, strlen(bad[i].err)) != 0) {
            test_failed++;
            fprintf(stderr, "test_xml: '%s' gave '%s', want '%s...'\n", bad[i].s, d.err, bad[i].err);
        } else {
            test_passed++;
        }
        xml_doc_free(&d);
    }
    xml_doc z;
    memset(&z, 0, sizeof z);
    xml_doc_free(&z);
}

int main(void)
{
    well_formed();
    malformed();
    return test_report("xml");
}
