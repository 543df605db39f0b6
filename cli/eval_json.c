/* eval_json.c -- walking the nested arrays of JSON gold files.
 *
 * The library's reader (src/json.h) gives the top-level members of one
 * object and hands nested arrays and objects back as raw slices, already
 * validated. The RAMS and WikiEvents suites keep their tokens, spans and
 * coreference clusters in such arrays; these helpers step through the
 * elements of a slice and read a string or number element, still with the
 * library's reader for the unescaping. */
#include <stdlib.h>
#include <string.h>

#include "eval.h"
#include "json.h"

static int is_space(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

int eval_json_next(const char *s, size_t len, size_t *pos, size_t *b, size_t *e)
{
    size_t i = *pos;
    if (i == 0) {
        while (i < len && is_space(s[i]))
            i++;
        if (i >= len || s[i] != '[')
            return 0;
        i++;
    }
    while (i < len && (is_space(s[i]) || s[i] == ','))
        i++;
    if (i >= len || s[i] == ']')
        return 0;
    *b = i;
    int depth = 0, in_str = 0;
    for (; i < len; i++) {
        char c = s[i];
        if (in_str) {
            if (c == '\\')
                i++;
            else if (c == '"')
                in_str = 0;
        } else if (c == '"') {
            in_str = 1;
        } else if (c == '{' || c == '[') {
            depth++;
        } else if (c == '}' || c == ']') {
            if (depth == 0)
                break;
            depth--;
        } else if (c == ',' && depth == 0) {
            break;
        }
    }
    if (i > len)
        i = len;
    *e = i;
    while (*e > *b && is_space(s[*e - 1]))
        (*e)--;
    *pos = i;
    return 1;
}

int eval_json_nth(const char *s, size_t len, int n, size_t *b, size_t *e)
{
    size_t pos = 0;
    for (int i = 0; eval_json_next(s, len, &pos, b, e); i++)
        if (i == n)
            return 1;
    return 0;
}

long eval_json_long(const char *s, size_t len)
{
    char tmp[32];
    if (len == 0 || len >= sizeof tmp)
        return -1;
    memcpy(tmp, s, len);
    tmp[len] = '\0';
    char *end;
    long v = strtol(tmp, &end, 10);
    return *end ? -1 : v;
}

typedef struct one_string {
    const char *val;
    size_t len;
    int found;
} one_string;

static int take_string(void *user, const char *key, size_t klen, tac_json_type type,
                       const char *val, size_t vlen)
{
    one_string *o = user;
    (void)key;
    (void)klen;
    if (type == TAC_JSON_STRING) {
        o->val = val;
        o->len = vlen;
        o->found = 1;
    }
    return 0;
}

long eval_json_string(const char *s, size_t len, char *out, size_t cap)
{
    /* the element as the one member of an object: {"v":ELEMENT} */
    size_t n = len + 6;
    char small[512], *obj = n <= sizeof small / 2 ? small : malloc(2 * n);
    if (!obj)
        return -1;
    char *unesc = obj + n;
    memcpy(obj, "{\"v\":", 5);
    memcpy(obj + 5, s, len);
    obj[5 + len] = '}';
    one_string o = {NULL, 0, 0};
    char err[80];
    long rc = -1;
    if (tac_json_object(obj, n, unesc, take_string, &o, err, sizeof err) == 0 && o.found &&
        o.len < cap) {
        memcpy(out, o.val, o.len);
        out[o.len] = '\0';
        rc = (long)o.len;
    }
    if (obj != small)
        free(obj);
    return rc;
}
