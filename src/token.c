/* token.c -- UTF-8 tokenizer; see token.h for the rules. */
#include "token.h"

#include <string.h>

#include "alloc.h"
#include "utf8.h"

void tac_toks_fini(tac_toks *t)
{
    tac_free(t->v);
    t->v = NULL;
    t->n = t->cap = 0;
}

static int push(tac_toks *t, tac_tok tok)
{
    if (t->n == t->cap) {
        size_t cap = t->cap ? t->cap * 2 : 256;
        tac_tok *v = tac_realloc(t->v, cap * sizeof *v);
        if (!v)
            return -1;
        t->v = v;
        t->cap = cap;
    }
    t->v[t->n++] = tok;
    return 0;
}

/* Class of the code point at s[i]; *k gets its length. Invalid bytes are
 * punctuation of length 1 (the readers repair text before this point). */
/* Classes of the ASCII characters (the same as tac_utf8_class gives):
 * the tokenizer's inner loop looks most characters up here. */
enum { SP = TAC_C_SPACE, AL = TAC_C_ALPHA, DI = TAC_C_DIGIT, AP = TAC_C_APOS,
       HY = TAC_C_HYPHEN, QU = TAC_C_QUOTE, PU = TAC_C_PUNCT };
static const unsigned char ascii_class[128] = {
    SP, SP, SP, SP, SP, SP, SP, SP, SP, SP, SP, SP, SP, SP, SP, SP,
    SP, SP, SP, SP, SP, SP, SP, SP, SP, SP, SP, SP, SP, SP, SP, SP,
    SP, PU, QU, PU, PU, PU, PU, AP, PU, PU, PU, PU, PU, HY, PU, PU,
    DI, DI, DI, DI, DI, DI, DI, DI, DI, DI, PU, PU, PU, PU, PU, PU,
    PU, AL, AL, AL, AL, AL, AL, AL, AL, AL, AL, AL, AL, AL, AL, AL,
    AL, AL, AL, AL, AL, AL, AL, AL, AL, AL, AL, PU, PU, PU, PU, PU,
    PU, AL, AL, AL, AL, AL, AL, AL, AL, AL, AL, AL, AL, AL, AL, AL,
    AL, AL, AL, AL, AL, AL, AL, AL, AL, AL, AL, PU, PU, PU, PU, PU,
};

/* 1 for the bytes of ASCII letters and digits, 0 for everything else
 * (bytes >= 0x80 included): the scan over a word's ASCII run. */
#define W8(a, b, c, d, e, f, g, h) a, b, c, d, e, f, g, h
static const unsigned char ascii_word[256] = {
    W8(0, 0, 0, 0, 0, 0, 0, 0), W8(0, 0, 0, 0, 0, 0, 0, 0),
    W8(0, 0, 0, 0, 0, 0, 0, 0), W8(0, 0, 0, 0, 0, 0, 0, 0),
    W8(0, 0, 0, 0, 0, 0, 0, 0), W8(0, 0, 0, 0, 0, 0, 0, 0),
    W8(1, 1, 1, 1, 1, 1, 1, 1), W8(1, 1, 0, 0, 0, 0, 0, 0), /* 0-9 */
    W8(0, 1, 1, 1, 1, 1, 1, 1), W8(1, 1, 1, 1, 1, 1, 1, 1), /* A-O */
    W8(1, 1, 1, 1, 1, 1, 1, 1), W8(1, 1, 1, 0, 0, 0, 0, 0), /* P-Z */
    W8(0, 1, 1, 1, 1, 1, 1, 1), W8(1, 1, 1, 1, 1, 1, 1, 1), /* a-o */
    W8(1, 1, 1, 1, 1, 1, 1, 1), W8(1, 1, 1, 0, 0, 0, 0, 0), /* p-z */
};

/* ASCII folded to lower case; 0 for bytes >= 0x80 (and NUL, which no token
 * holds), where the fold goes to the UTF-8 path. */
static const unsigned char ascii_lower[256] = {
    W8(0, 1, 2, 3, 4, 5, 6, 7), W8(8, 9, 10, 11, 12, 13, 14, 15),
    W8(16, 17, 18, 19, 20, 21, 22, 23), W8(24, 25, 26, 27, 28, 29, 30, 31),
    W8(' ', '!', '"', '#', '$', '%', '&', '\''), W8('(', ')', '*', '+', ',', '-', '.', '/'),
    W8('0', '1', '2', '3', '4', '5', '6', '7'), W8('8', '9', ':', ';', '<', '=', '>', '?'),
    W8('@', 'a', 'b', 'c', 'd', 'e', 'f', 'g'), W8('h', 'i', 'j', 'k', 'l', 'm', 'n', 'o'),
    W8('p', 'q', 'r', 's', 't', 'u', 'v', 'w'), W8('x', 'y', 'z', '[', '\\', ']', '^', '_'),
    W8('`', 'a', 'b', 'c', 'd', 'e', 'f', 'g'), W8('h', 'i', 'j', 'k', 'l', 'm', 'n', 'o'),
    W8('p', 'q', 'r', 's', 't', 'u', 'v', 'w'), W8('x', 'y', 'z', '{', '|', '}', '~', 127),
};
#undef W8

static tac_cclass class_at(const char *s, size_t len, size_t i, size_t *k)
{
    int32_t cp;
    unsigned char c = (unsigned char)s[i];
    if (c < 0x80) {
        *k = 1;
        return (tac_cclass)ascii_class[c];
    }
    *k = tac_utf8_decode(s + i, len - i, &cp);
    if (!*k) {
        *k = 1;
        return TAC_C_PUNCT;
    }
    return tac_utf8_class(cp);
}

static int is_wordc(tac_cclass c)
{
    return c == TAC_C_ALPHA || c == TAC_C_DIGIT;
}

/* The folded forms of one split are carved from arena chunks sized to
 * what the rest of the text can need (at most 3 bytes per input byte, plus
 * slack), so a token costs no arena call of its own. */
typedef struct norm_pool {
    tac_arena *arena;
    char *p;     /* next free byte of the current chunk */
    size_t left; /* bytes left in it */
    const char *text_end;
} norm_pool;

/* Room for need bytes for the token at s; pool_commit takes what it used. */
static char *pool_take(norm_pool *np, size_t need, const char *s)
{
    if (np->left < need) {
        size_t size = (size_t)(np->text_end - s) * 3 + 64;
        if (size > 4096)
            size = 4096;
        if (size < need)
            size = need;
        char *b = tac_arena_alloc(np->arena, size);
        if (!b)
            return NULL;
        np->p = b;
        np->left = size;
    }
    return np->p;
}

static void pool_commit(norm_pool *np, size_t used)
{
    np->p += used;
    np->left -= used;
}

static int make_token(const char *text, size_t start, size_t end, size_t base,
                      uint32_t flags, norm_pool *np, tac_toks *out)
{
    if (out->n == out->cap) {
        size_t cap = out->cap ? out->cap * 2 : 256;
        tac_tok *v = tac_realloc(out->v, cap * sizeof *v);
        if (!v)
            return -1;
        out->v = v;
        out->cap = cap;
    }
    const char *s = text + start;
    size_t len = end - start;
    size_t cap = len * 3 + 8;
    char *buf = pool_take(np, cap, s);
    if (!buf)
        return -1;
    /* ASCII (most news tokens): fold by table until a byte >= 0x80 */
    size_t n = 0;
    for (; n < len; n++) {
        unsigned char f = ascii_lower[(unsigned char)s[n]];
        if (!f)
            break;
        buf[n] = (char)f;
    }
    int is_upper;
    if (n == len) {
        is_upper = len > 0 && s[0] >= 'A' && s[0] <= 'Z';
    } else {
        n = tac_utf8_fold(s, len, buf, cap - 1);
        if (n == (size_t)-1)
            n = 0;
        is_upper = tac_utf8_is_upper(s, len);
    }
    buf[n] = '\0';
    pool_commit(np, n + 1);
    tac_tok *tok = &out->v[out->n++];
    memset(tok, 0, sizeof *tok);
    tok->off = (uint32_t)(base + start);
    tok->len = (uint32_t)len;
    tok->flags = flags;
    tok->norm = buf;
    tok->norm_len = (uint32_t)n;
    if (is_upper) {
        tok->flags |= TAC_TOK_CAP;
        /* All upper case: an acronym ("US", "UN") or a shouted headline:
         * two or more ASCII capitals and no ASCII small letter. */
        size_t upper = 0, j = 0;
        for (; j < len; j++) {
            unsigned char ch = (unsigned char)s[j];
            if (ch >= 'a' && ch <= 'z')
                break;
            upper += ch >= 'A' && ch <= 'Z';
        }
        if (j == len && upper >= 2)
            tok->flags |= TAC_TOK_UPPER;
    }
    return 0;
}

int tac_token_split(const char *text, size_t len, size_t base,
                    tac_arena *arena, tac_abbrev_fn is_abbrev,
                    const void *user, size_t max_tokens, tac_toks *out,
                    int *out_truncated)
{
    size_t i = 0, produced = 0;
    uint32_t pending = 0; /* PARA / NL flags for the next token */
    int newlines = 0;
    norm_pool np = {arena, NULL, 0, text + len};
    if (out_truncated)
        *out_truncated = 0;
    while (i < len) {
        size_t k;
        tac_cclass c = class_at(text, len, i, &k);
        if (c == TAC_C_SPACE) {
            if (text[i] == '\n') {
                newlines++;
                pending |= TAC_TOK_NL;
                if (newlines >= 2)
                    pending |= TAC_TOK_PARA;
            }
            i += k;
            continue;
        }
        newlines = 0;
        if (max_tokens && produced >= max_tokens) {
            if (out_truncated)
                *out_truncated = 1;
            break;
        }
        size_t start = i;
        uint32_t flags = pending;
        size_t end;
        pending = 0;
        if (is_wordc(c)) {
            int numeric = (c == TAC_C_DIGIT);
            int inner_dot = 0;
            uint32_t hyphen = 0;
            i += k;
            while (i < len) {
                /* ASCII letters and digits: the common case, read on at once */
                while (i < len && ascii_word[(unsigned char)text[i]])
                    i++;
                if (i >= len)
                    break;
                size_t k2, k3;
                tac_cclass c2 = class_at(text, len, i, &k2);
                if (is_wordc(c2)) {
                    i += k2;
                    continue;
                }
                char ch = text[i];
                /* only these join what follows (below): a space or other
                 * punctuation ends the word without a look further */
                if (c2 != TAC_C_APOS && c2 != TAC_C_HYPHEN && ch != '&' && ch != '.' && ch != ',')
                    break;
                if (i + k2 >= len)
                    break;
                tac_cclass c3 = class_at(text, len, i + k2, &k3);
                if (!is_wordc(c3))
                    break;
                if (c2 == TAC_C_APOS) {
                    /* "Iran's": stop before the possessive; "d'Ivoire",
                     * "O'Brien" stay whole. "hasn't": stop before n't. */
                    size_t rest = i + k2;
                    size_t wend = rest;
                    while (wend < len) {
                        size_t k4;
                        if (!is_wordc(class_at(text, len, wend, &k4)))
                            break;
                        wend += k4;
                    }
                    if (wend - rest == 1 && (text[rest] == 's' || text[rest] == 'S'))
                        break;
                    if (wend - rest == 1 && (text[rest] == 't' || text[rest] == 'T') &&
                        (text[i - 1] == 'n' || text[i - 1] == 'N')) {
                        if (i - 1 > start)
                            i--; /* "hasn't": leave "n't" for the next token */
                        else
                            i = wend; /* the "n't" token itself */
                        break;
                    }
                    i += k2;
                    continue;
                }
                if (c2 == TAC_C_HYPHEN || ch == '&' ||
                    (ch == '.' && !numeric) || (numeric && (ch == ',' || ch == '.') &&
                                                c3 == TAC_C_DIGIT)) {
                    if (ch == '.')
                        inner_dot = 1;
                    if (c2 == TAC_C_HYPHEN)
                        hyphen = TAC_TOK_HYPHEN;
                    i += k2;
                    continue;
                }
                break;
            }
            flags |= (numeric ? TAC_TOK_NUM : TAC_TOK_WORD) | hyphen;
            end = i;
            if (i < len && text[i] == '.' && !numeric) {
                /* Abbreviation or initial: attach the dot. */
                size_t wl = end - start;
                int abbr = inner_dot || wl == 1;
                if (!abbr && is_abbrev && wl < 32) {
                    char tmp[128];
                    /* ASCII by table (the word before most full stops),
                     * else as UTF-8 */
                    size_t n = 0;
                    while (n < wl && (tmp[n] = (char)ascii_lower[(unsigned char)text[start + n]]))
                        n++;
                    if (n < wl)
                        n = tac_utf8_fold(text + start, wl, tmp, sizeof tmp);
                    if (n != (size_t)-1)
                        abbr = is_abbrev(user, tmp, n);
                }
                if (abbr) {
                    end = ++i;
                    flags |= TAC_TOK_ABBR;
                }
            }
        } else {
            if (c == TAC_C_APOS) {
                /* Possessive "'s", or "s'" handled as "'" after a plural; "n't". */
                size_t k2;
                if (i + k < len && (text[i + k] == 's' || text[i + k] == 'S') &&
                    (i + k + 1 >= len || !is_wordc(class_at(text, len, i + k + 1, &k2))) &&
                    start > 0) {
                    i += k + 1;
                    tac_tok tok;
                    memset(&tok, 0, sizeof tok);
                    tok.off = (uint32_t)(base + start);
                    tok.len = (uint32_t)(i - start);
                    tok.norm = "'s";
                    tok.norm_len = 2;
                    tok.flags = flags | TAC_TOK_POSS;
                    if (push(out, tok) < 0)
                        return -1;
                    produced++;
                    continue;
                }
            }
            i += k;
            if (c == TAC_C_QUOTE)
                flags |= TAC_TOK_QUOTE;
            flags |= TAC_TOK_PUNCT;
            /* "..." as one token */
            if (text[start] == '.') {
                while (i < len && text[i] == '.')
                    i++;
            }
            end = i;
        }
        /* one call site, so that make_token is inlined */
        if (make_token(text, start, end, base, flags, &np, out) < 0)
            return -1;
        produced++;
    }
    return 0;
}
