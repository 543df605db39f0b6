/* fuzz_json.c -- fuzz target: the internal JSON object reader
 * (tac_json_object, src/json.h).
 *
 * json.h promises that unescaped text never outgrows its source, so the
 * output buffer is a heap block of exactly len bytes: any overflow is an
 * ASan report. Every member's key and value must be a slice of that block
 * (strings, keys) or of the input (numbers, literals, nested values), and
 * is read through. The input is parsed three times: with a callback that
 * takes every member, one that stops at the first, and with no callback
 * and no error buffer; all three must agree on success. */
#include <string.h>

#include "fuzz.h"
#include "json.h"

typedef struct ctx {
    const char *in, *out;
    size_t len;
    size_t members;
    int stop;
} ctx;

static int member(void *user, const char *key, size_t klen, tac_json_type type,
                  const char *val, size_t vlen)
{
    ctx *c = user;
    FUZZ_CHECK(fuzz_inside(key, klen, c->out, c->len));
    if (type == TAC_JSON_STRING)
        FUZZ_CHECK(fuzz_inside(val, vlen, c->out, c->len));
    else
        FUZZ_CHECK(fuzz_inside(val, vlen, c->in, c->len));
    FUZZ_CHECK(type <= TAC_JSON_NESTED);
    if (type == TAC_JSON_NESTED)
        FUZZ_CHECK(vlen >= 2 && (val[0] == '[' || val[0] == '{'));
    if (type == TAC_JSON_NULL)
        FUZZ_CHECK(vlen == 4 && memcmp(val, "null", 4) == 0);
    fuzz_touch(key, klen);
    fuzz_touch(val, vlen);
    c->members++;
    return c->stop;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    char *in = malloc(size ? size : 1);
    char *out = malloc(size ? size : 1);
    if (!in || !out) {
        free(in);
        free(out);
        return 0;
    }
    memcpy(in, data, size);
    char err[128];
    ctx all = {in, out, size, 0, 0};
    int r1 = tac_json_object(in, size, out, member, &all, err, sizeof err);
    FUZZ_CHECK(r1 == 0 || r1 == -1);
    if (r1 < 0)
        FUZZ_CHECK(memchr(err, '\0', sizeof err) != NULL);
    ctx first = {in, out, size, 0, 1};
    int r2 = tac_json_object(in, size, out, member, &first, err, sizeof err);
    FUZZ_CHECK(first.members <= 1);
    int r3 = tac_json_object(in, size, out, NULL, NULL, NULL, 0);
    FUZZ_CHECK(r1 == r3);
    /* stopping early accepts what a full parse accepts */
    if (r1 == 0)
        FUZZ_CHECK(r2 == 0 && first.members == (all.members ? 1u : 0u));
    free(in);
    free(out);
    return 0;
}
