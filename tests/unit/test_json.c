/* test_json.c -- the JSON Lines reader. */
#include <stdlib.h>
#include <string.h>

#include "json.h"
#include "tacitus.h"
#include "test.h"

static char got_text[256];
static int members;

static int cb(void *user, const char *key, size_t klen, tac_json_type type,
              const char *val, size_t vlen)
{
    (void)user;
    members++;
    if (klen == 4 && memcmp(key, "text", 4) == 0 && type == TAC_JSON_STRING && vlen < sizeof got_text) {
        memcpy(got_text, val, vlen);
        got_text[vlen] = '\0';
    }
    return 0;
}

static int parse(const char *s)
{
    static char out[1 << 20];
    char err[128];
    members = 0;
    got_text[0] = '\0';
    return tac_json_object(s, strlen(s), out, cb, NULL, err, sizeof err);
}

int main(void)
{
    CHECK_INT(parse("{\"id\":1,\"text\":\"a\\nb\"}"), 0);
    CHECK_STR(got_text, "a\nb");
    CHECK_INT(members, 2);
    /* \u escapes: BMP, surrogate pair, lone surrogate, NUL */
    CHECK_INT(parse("{\"text\":\"\\u00e9\\ud83d\\ude00\\udc00\\u0000\"}"), 0);
    CHECK_STR(got_text, "\xc3\xa9\xf0\x9f\x98\x80\xef\xbf\xbd ");
    /* nested values are skipped, numbers and literals accepted */
    CHECK_INT(parse("{\"a\":[1,{\"b\":[true,false,null]}],\"n\":-1.5e3,\"text\":\"x\"}"), 0);
    CHECK_STR(got_text, "x");
    /* errors */
    CHECK_INT(parse(""), -1);
    CHECK_INT(parse("[1]"), -1);
    CHECK_INT(parse("{\"a\":}"), -1);
    CHECK_INT(parse("{\"a\":1,}"), -1);
    CHECK_INT(parse("{\"a\":\"unterminated}"), -1);
    CHECK_INT(parse("{\"a\":01}"), -1);
    CHECK_INT(parse("{\"a\":\"\\x\"}"), -1);
    CHECK_INT(parse("{\"a\":[1,2}"), -1);
    CHECK_INT(parse("{\"a\":1} trailing"), -1);
    CHECK_INT(parse("{\"a\":\"\x01\"}"), -1);
    CHECK_INT(parse("{\"a\":\"\xff\"}"), -1);
    /* 100,000 nested arrays: refused, no stack overflow */
    {
        size_t n = 100000;
        char *deep = malloc(2 * n + 16);
        strcpy(deep, "{\"a\":");
        size_t o = strlen(deep);
        for (size_t i = 0; i < n; i++)
            deep[o++] = '[';
        for (size_t i = 0; i < n; i++)
            deep[o++] = ']';
        deep[o++] = '}';
        deep[o] = '\0';
        CHECK_INT(parse(deep), -1);
        free(deep);
    }
    /* whole documents through the public reader */
    {
        tac_docbuf *db = tac_docbuf_new();
        tac_doc d;
        char err[128];
        const char *l1 = "{\"id\":7,\"date\":\"2023-03-27\",\"title\":\"T\",\"text\":\"B\",\"url\":\"u\"}";
        CHECK_INT(tac_parse_jsonl(db, l1, strlen(l1), &d, err, sizeof err), TAC_OK);
        CHECK(d.id_len == 1 && d.id[0] == '7');
        CHECK(d.url_len == 1);
        const char *l2 = "{\"id\":\"x\",\"text\":\"B\"}";
        CHECK_INT(tac_parse_jsonl(db, l2, strlen(l2), &d, err, sizeof err), TAC_EINPUT);
        CHECK(strstr(err, "date") != NULL);
        const char *l3 = "{\"id\":\"x\",\"date\":\"2023-03-27\",\"text\":[1]}";
        CHECK_INT(tac_parse_jsonl(db, l3, strlen(l3), &d, err, sizeof err), TAC_EINPUT);
        const char *dt = "\xef\xbb\xbf date 2023-03-27 Body one.\n\nBody two.\n\nHeadline here\n\n";
        CHECK_INT(tac_parse_dated(db, dt, strlen(dt), "f.txt", &d, err, sizeof err), TAC_OK);
        CHECK(d.date_len == 10 && memcmp(d.date, "2023-03-27", 10) == 0);
        CHECK(d.title_len == 13 && memcmp(d.title, "Headline here", 13) == 0);
        CHECK_INT(tac_input_detect(dt, strlen(dt)), TAC_INPUT_DATED);
        CHECK_INT(tac_input_detect(l1, strlen(l1)), TAC_INPUT_JSONL);
        CHECK_INT(tac_input_detect("Hello", 5), TAC_INPUT_PLAIN);
        const char *out;
        size_t ol;
        CHECK_INT(tac_utf8_repair(db, "ab\xff" "c", 4, &out, &ol), TAC_OK);
        CHECK(ol == 6 && memcmp(out, "ab\xef\xbf\xbd" "c", 6) == 0);
        CHECK_INT(tac_utf8_repair(db, "\xff\xfe\xfd\xfc", 4, &out, &ol), TAC_EINPUT);
        tac_docbuf_free(db);
    }
    return test_report("json");
}
