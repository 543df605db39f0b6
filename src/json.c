/* json.c -- one-object-per-line JSON reader; see json.h. */
#include "json.h"

#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "utf8.h"

#if defined(__SSE2__) && defined(__GNUC__)
#include <emmintrin.h>
#endif

typedef struct jp {
    const char *s;
    size_t len, i;
    char *err;
    size_t errlen;
} jp;

static int fail(jp *p, const char *msg)
{
    if (p->err && p->errlen)
        snprintf(p->err, p->errlen, "invalid JSON at column %zu: %s", p->i + 1, msg);
    return -1;
}

static void ws_run(jp *p)
{
    while (p->i < p->len) {
        char c = p->s[p->i];
        if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
            break;
        p->i++;
    }
}

/* Inline: called about six times per member, and the next byte is most
 * often no white space at all (or one space, after ':' and ','), so the
 * call is paid only when there is some. */
static inline void ws(jp *p)
{
    if (p->i < p->len && (unsigned char)p->s[p->i] > ' ')
        return;
    /* one space, as most writers put after ':' and ',' */
    if (p->len - p->i >= 2 && p->s[p->i] == ' ' && (unsigned char)p->s[p->i + 1] > ' ') {
        p->i++;
        return;
    }
    ws_run(p);
}

static int hex4(const char *s, uint32_t *out)
{
    uint32_t v = 0;
    for (int k = 0; k < 4; k++) {
        char c = s[k];
        v <<= 4;
        if (c >= '0' && c <= '9')
            v |= (uint32_t)(c - '0');
        else if (c >= 'a' && c <= 'f')
            v |= (uint32_t)(c - 'a' + 10);
        else if (c >= 'A' && c <= 'F')
            v |= (uint32_t)(c - 'A' + 10);
        else
            return -1;
    }
    *out = v;
    return 0;
}

/* The top bits (0x80) of the bytes of w that are '"', '\\', a control
 * character (< 0x20) or not ASCII (>= 0x80), and possibly of bytes above
 * (later in memory than) the first such byte; 0 if there is none. Per
 * byte x, x - 1 sets the top bit only for x == 0 and a borrow runs upward
 * only from a byte that matched: '"' and '\\' are zero bytes of w xor the
 * repeated character, control characters set it in x - 0x20, bytes >= 0x80
 * have it already. */
static uint64_t special8(uint64_t w)
{
    const uint64_t lo = 0x0101010101010101ULL, hi = 0x8080808080808080ULL;
    uint64_t q = w ^ (lo * '"'), b = w ^ (lo * '\\');
    return ((q - lo) | (b - lo) | (w - lo * 0x20) | w) & hi;
}

/* The index of the first byte special8 marked in m (not 0), where the
 * lowest set bit is the first byte in memory; elsewhere 0 (the byte loop
 * after it finds the byte). */
static size_t first_special(uint64_t m)
{
#if defined(__GNUC__) && defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    return (size_t)__builtin_ctzll(m) >> 3;
#else
    (void)m;
    return 0;
#endif
}

/* The end of the run of plain ASCII bytes (no '"', '\\', control or
 * non-ASCII byte) of s[r..len): sixteen bytes at a time where SSE2 is
 * there (x86-64 always; the signed compare with 0x20 takes both control
 * and non-ASCII bytes), then eight, then byte by byte. */
static size_t plain_end(const char *s, size_t r, size_t len)
{
#if defined(__SSE2__) && defined(__GNUC__)
    const __m128i quote = _mm_set1_epi8('"'), bslash = _mm_set1_epi8('\\'),
                  space = _mm_set1_epi8(0x20);
    while (len - r >= 16) {
        __m128i v = _mm_loadu_si128((const __m128i *)(const void *)(s + r));
        __m128i hit = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, quote),
                                                _mm_cmpeq_epi8(v, bslash)),
                                   _mm_cmplt_epi8(v, space));
        int mask = _mm_movemask_epi8(hit);
        if (mask)
            return r + (size_t)__builtin_ctz((unsigned)mask);
        r += 16;
    }
#endif
    while (len - r >= 8) {
        uint64_t w;
        memcpy(&w, s + r, 8);
        uint64_t m = special8(w);
        if (m) {
            r += first_special(m);
            break;
        }
        r += 8;
    }
    while (r < len) {
        unsigned char b = (unsigned char)s[r];
        if (b == '"' || b == '\\' || b < 0x20 || b >= 0x80)
            break;
        r++;
    }
    return r;
}

/* A string at p->i (on the opening quote). Unescaped into out[*o..] when
 * out is not NULL. */
static int string(jp *p, char *out, size_t *o)
{
    p->i++;
    while (p->i < p->len) {
        /* a run of plain ASCII is copied in one piece */
        size_t r = plain_end(p->s, p->i, p->len);
        if (r > p->i) {
            if (out) {
                /* most runs (keys, dates, ids, titles) are short: sixteen
                 * bytes copied at a fixed size, without a call, where the
                 * input has them. The bytes past the run land in out's
                 * room: *o < p->i (no output before the first quote), so
                 * *o + 16 < p->i + 16 <= len, and they are overwritten or
                 * never read. */
                if (r - p->i <= 16 && p->len - p->i >= 16)
                    memcpy(out + *o, p->s + p->i, 16);
                else
                    memcpy(out + *o, p->s + p->i, r - p->i);
                *o += r - p->i;
            }
            p->i = r;
            /* the byte that ended the run is handled here, not by a
             * second scan that would stop at it at once */
            if (r == p->len)
                break;
        }
        unsigned char c = (unsigned char)p->s[p->i];
        if (c == '"') {
            p->i++;
            return 0;
        }
        if (c < 0x20)
            return fail(p, "control character in string");
        if (c != '\\') {
            int32_t cp;
            size_t k = c < 0x80 ? 1 : tac_utf8_decode(p->s + p->i, p->len - p->i, &cp);
            if (!k)
                return fail(p, "invalid UTF-8 in string");
            if (out)
                memcpy(out + *o, p->s + p->i, k);
            if (out)
                *o += k;
            p->i += k;
            continue;
        }
        if (p->i + 1 >= p->len)
            return fail(p, "unterminated escape");
        char e = p->s[p->i + 1];
        char ch = 0;
        switch (e) {
        case '"': ch = '"'; break;
        case '\\': ch = '\\'; break;
        case '/': ch = '/'; break;
        case 'b': ch = '\b'; break;
        case 'f': ch = '\f'; break;
        case 'n': ch = '\n'; break;
        case 'r': ch = '\r'; break;
        case 't': ch = '\t'; break;
        case 'u': {
            uint32_t u;
            if (p->i + 6 > p->len || hex4(p->s + p->i + 2, &u) < 0)
                return fail(p, "bad \\u escape");
            p->i += 6;
            if (u >= 0xD800 && u <= 0xDBFF) {
                uint32_t lo;
                if (p->i + 6 <= p->len && p->s[p->i] == '\\' && p->s[p->i + 1] == 'u' &&
                    hex4(p->s + p->i + 2, &lo) == 0 && lo >= 0xDC00 && lo <= 0xDFFF) {
                    u = 0x10000 + ((u - 0xD800) << 10) + (lo - 0xDC00);
                    p->i += 6;
                } else {
                    u = 0xFFFD; /* lone high surrogate */
                }
            } else if (u >= 0xDC00 && u <= 0xDFFF) {
                u = 0xFFFD; /* lone low surrogate */
            }
            if (u == 0)
                u = ' '; /* NUL would cut C strings downstream */
            if (out)
                *o += tac_utf8_encode((int32_t)u, out + *o);
            continue;
        }
        default:
            return fail(p, "unknown escape");
        }
        if (out)
            out[(*o)++] = ch;
        p->i += 2;
    }
    return fail(p, "unterminated string");
}

static int literal(jp *p, const char *lit)
{
    size_t n = strlen(lit);
    if (p->len - p->i < n || memcmp(p->s + p->i, lit, n) != 0)
        return fail(p, "unexpected character");
    p->i += n;
    return 0;
}

static int number(jp *p)
{
    size_t st = p->i;
    if (p->i < p->len && p->s[p->i] == '-')
        p->i++;
    if (p->i >= p->len)
        return fail(p, "bad number");
    if (p->s[p->i] == '0') {
        p->i++;
    } else if (p->s[p->i] >= '1' && p->s[p->i] <= '9') {
        while (p->i < p->len && p->s[p->i] >= '0' && p->s[p->i] <= '9')
            p->i++;
    } else {
        return fail(p, "bad number");
    }
    if (p->i < p->len && p->s[p->i] == '.') {
        p->i++;
        size_t d = p->i;
        while (p->i < p->len && p->s[p->i] >= '0' && p->s[p->i] <= '9')
            p->i++;
        if (p->i == d)
            return fail(p, "bad number");
    }
    if (p->i < p->len && (p->s[p->i] == 'e' || p->s[p->i] == 'E')) {
        p->i++;
        if (p->i < p->len && (p->s[p->i] == '+' || p->s[p->i] == '-'))
            p->i++;
        size_t d = p->i;
        while (p->i < p->len && p->s[p->i] >= '0' && p->s[p->i] <= '9')
            p->i++;
        if (p->i == d)
            return fail(p, "bad number");
    }
    return p->i > st ? 0 : fail(p, "bad number");
}

/* Skips a nested array or object, iteratively, validating it. */
static int skip_nested(jp *p)
{
    unsigned char stack[TAC_JSON_MAX_DEPTH];
    size_t depth = 0;
    /* state: after an opener or comma we expect a value (or a key in an
     * object); after a value, a comma or the closer */
    for (;;) {
        ws(p);
        if (p->i >= p->len)
            return fail(p, "unexpected end of line");
        char c = p->s[p->i];
        /* a value */
        if (c == '[' || c == '{') {
            if (depth == TAC_JSON_MAX_DEPTH)
                return fail(p, "nesting deeper than 512");
            stack[depth++] = (unsigned char)c;
            p->i++;
            ws(p);
            if (p->i < p->len && (p->s[p->i] == ']' || p->s[p->i] == '}')) {
                char want = c == '[' ? ']' : '}';
                if (p->s[p->i] != want)
                    return fail(p, "mismatched bracket");
                p->i++;
                depth--;
                goto after_value;
            }
            if (c == '{') {
                if (p->i >= p->len || p->s[p->i] != '"')
                    return fail(p, "expected a key");
                if (string(p, NULL, NULL) < 0)
                    return -1;
                ws(p);
                if (p->i >= p->len || p->s[p->i] != ':')
                    return fail(p, "expected ':'");
                p->i++;
            }
            continue;
        }
        if (c == '"') {
            if (string(p, NULL, NULL) < 0)
                return -1;
        } else if (c == 't') {
            if (literal(p, "true") < 0)
                return -1;
        } else if (c == 'f') {
            if (literal(p, "false") < 0)
                return -1;
        } else if (c == 'n') {
            if (literal(p, "null") < 0)
                return -1;
        } else if (c == '-' || (c >= '0' && c <= '9')) {
            if (number(p) < 0)
                return -1;
        } else {
            return fail(p, "unexpected character");
        }
    after_value:
        for (;;) {
            if (depth == 0)
                return 0;
            ws(p);
            if (p->i >= p->len)
                return fail(p, "unexpected end of line");
            c = p->s[p->i];
            char open = (char)stack[depth - 1];
            if (c == ',') {
                p->i++;
                if (open == '{') {
                    ws(p);
                    if (p->i >= p->len || p->s[p->i] != '"')
                        return fail(p, "expected a key");
                    if (string(p, NULL, NULL) < 0)
                        return -1;
                    ws(p);
                    if (p->i >= p->len || p->s[p->i] != ':')
                        return fail(p, "expected ':'");
                    p->i++;
                }
                break; /* a value follows */
            }
            if ((open == '[' && c == ']') || (open == '{' && c == '}')) {
                p->i++;
                depth--;
                continue;
            }
            return fail(p, "expected ',' or a closing bracket");
        }
    }
}

int tac_json_object(const char *s, size_t len, char *out, tac_json_member_fn fn,
                    void *user, char *err, size_t errlen)
{
    jp p = {s, len, 0, err, errlen};
    size_t o = 0;
    ws(&p);
    if (p.i >= len || s[p.i] != '{')
        return fail(&p, "a line must hold one JSON object");
    p.i++;
    ws(&p);
    if (p.i < len && s[p.i] == '}') {
        p.i++;
    } else {
        for (;;) {
            ws(&p);
            if (p.i >= len || s[p.i] != '"')
                return fail(&p, "expected a key");
            size_t k0 = o;
            if (string(&p, out, &o) < 0)
                return -1;
            size_t klen = o - k0;
            ws(&p);
            if (p.i >= len || s[p.i] != ':')
                return fail(&p, "expected ':'");
            p.i++;
            ws(&p);
            if (p.i >= len)
                return fail(&p, "expected a value");
            char c = s[p.i];
            size_t v0 = p.i;
            tac_json_type type;
            const char *val;
            size_t vlen;
            if (c == '"') {
                size_t s0 = o;
                if (string(&p, out, &o) < 0)
                    return -1;
                type = TAC_JSON_STRING;
                val = out + s0;
                vlen = o - s0;
            } else if (c == '{' || c == '[') {
                if (skip_nested(&p) < 0)
                    return -1;
                type = TAC_JSON_NESTED;
                val = s + v0;
                vlen = p.i - v0;
            } else if (c == 't' || c == 'f') {
                if (literal(&p, c == 't' ? "true" : "false") < 0)
                    return -1;
                type = TAC_JSON_BOOL;
                val = s + v0;
                vlen = p.i - v0;
            } else if (c == 'n') {
                if (literal(&p, "null") < 0)
                    return -1;
                type = TAC_JSON_NULL;
                val = s + v0;
                vlen = 4;
            } else {
                if (number(&p) < 0)
                    return -1;
                type = TAC_JSON_NUMBER;
                val = s + v0;
                vlen = p.i - v0;
            }
            if (fn && fn(user, out + k0, klen, type, val, vlen))
                return 0;
            ws(&p);
            if (p.i < len && s[p.i] == ',') {
                p.i++;
                continue;
            }
            if (p.i < len && s[p.i] == '}') {
                p.i++;
                break;
            }
            return fail(&p, "expected ',' or '}'");
        }
    }
    ws(&p);
    if (p.i != len)
        return fail(&p, "text after the object");
    return 0;
}
