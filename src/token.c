/* token.c -- UTF-8 tokenizer; see token.h for the rules.
 *
 * One pass over the text. A 256-entry table of byte kinds drives it:
 * ASCII spaces, letters, digits and punctuation are taken without
 * decoding, and only bytes >= 0x80 go through the UTF-8 decoder and the
 * Unicode classes. Most words in news are ASCII letters and digits up to
 * a space or a punctuation mark that cannot join them to more ("said ",
 * "Iraq,"): the fast path reads such a word to its end (one table test a
 * byte, unrolled), folds it by setting bit 0x20 of its bytes (8 at a time)
 * into a pool held in locals, tells its capitals from the same 8 bytes and
 * writes the token once. One-character punctuation points at a static
 * string. Anything else (an inner '-', '.', '&', ',' or apostrophe before a
 * word character, a byte >= 0x80, a '.' that may end an abbreviation, an
 * apostrophe that may start a possessive, "...") goes out of line to
 * word_slow / token_slow, which apply every rule of token.h.
 *
 *   byte kind:  K_SP K_NL | K_LOW K_UP K_DIG | K_PUNCT | K_JOIN  | K_HIGH
 *   action:     skip      | word (fast path) | 1 char  | 1 char, | decode
 *                                                        or slow
 */
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

/* Classes of the ASCII characters (the same as tac_utf8_class gives). */
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

/* The fast path's helpers are forced into the main loop and the rare
 * paths kept out of it, so that the loop keeps its state in registers. */
#if defined(__GNUC__)
#define FAST_INLINE __attribute__((always_inline)) inline
#define SLOW_PATH __attribute__((noinline))
#else
#define FAST_INLINE inline
#define SLOW_PATH
#endif

/* Byte kinds, what the main loop does with a byte (see the top). The
 * ASCII ones agree with ascii_class: K_SP and K_NL are its spaces, K_LOW,
 * K_UP and K_DIG its letters and digits, K_JOIN the characters that may
 * join a word to what follows (' - . , &), K_PUNCT the rest; K_SP to
 * K_JOIN, one range test, are the ASCII bytes other than letters and
 * digits. */
enum { K_LOW, K_UP, K_DIG, K_SP, K_NL, K_PUNCT, K_JOIN, K_HIGH };
#define W8(a, b, c, d, e, f, g, h) a, b, c, d, e, f, g, h
#define L_ K_LOW
#define U_ K_UP
#define D_ K_DIG
#define S_ K_SP
#define J_ K_JOIN
#define P_ K_PUNCT
#define H_ K_HIGH
#define H8 W8(H_, H_, H_, H_, H_, H_, H_, H_)
static const unsigned char byte_kind[256] = {
    W8(S_, S_, S_, S_, S_, S_, S_, S_), W8(S_, S_, K_NL, S_, S_, S_, S_, S_),
    W8(S_, S_, S_, S_, S_, S_, S_, S_), W8(S_, S_, S_, S_, S_, S_, S_, S_),
    W8(S_, P_, P_, P_, P_, P_, J_, J_), W8(P_, P_, P_, P_, J_, J_, J_, P_), /*  !"#$%&' ()*+,-./ */
    W8(D_, D_, D_, D_, D_, D_, D_, D_), W8(D_, D_, P_, P_, P_, P_, P_, P_), /* 0-9 :;<=>? */
    W8(P_, U_, U_, U_, U_, U_, U_, U_), W8(U_, U_, U_, U_, U_, U_, U_, U_), /* @ A-O */
    W8(U_, U_, U_, U_, U_, U_, U_, U_), W8(U_, U_, U_, P_, P_, P_, P_, P_), /* P-Z [\]^_ */
    W8(P_, L_, L_, L_, L_, L_, L_, L_), W8(L_, L_, L_, L_, L_, L_, L_, L_), /* ` a-o */
    W8(L_, L_, L_, L_, L_, L_, L_, L_), W8(L_, L_, L_, P_, P_, P_, P_, P_), /* p-z {|}~ DEL */
    H8, H8, H8, H8, H8, H8, H8, H8, H8, H8, H8, H8, H8, H8, H8, H8,
};
#undef L_
#undef U_
#undef D_
#undef S_
#undef J_
#undef P_
#undef H_
#undef H8

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

/* Every ASCII character as a NUL-terminated string at one_char + 2 * c:
 * the folded form of a one-character punctuation token (ASCII punctuation
 * folds to itself), with no copy into the arena. */
#define C2(c) (char)(c), 0
#define C8(c) C2(c), C2((c) + 1), C2((c) + 2), C2((c) + 3), C2((c) + 4), C2((c) + 5), \
              C2((c) + 6), C2((c) + 7)
#define C32(c) C8(c), C8((c) + 8), C8((c) + 16), C8((c) + 24)
static const char one_char[256] = {C32(0), C32(32), C32(64), C32(96)};
#undef C2
#undef C8
#undef C32

/* Class of the code point at s[i]; *k gets its length. Invalid bytes are
 * punctuation of length 1 (the readers repair text before this point). */
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

/* 1 for ASCII letters and digits */
static int is_alnum_kind(unsigned k)
{
    return k <= K_DIG;
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

/* A new chunk with room for need bytes for the token at s; NULL on
 * out-of-memory. */
static char *pool_refill(norm_pool *np, size_t need, const char *s)
{
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
    return b;
}

/* Room for need bytes for the token at s; pool_commit takes what it used. */
static char *pool_take(norm_pool *np, size_t need, const char *s)
{
    if (np->left < need)
        return pool_refill(np, need, s);
    return np->p;
}

static void pool_commit(norm_pool *np, size_t used)
{
    np->p += used;
    np->left -= used;
}

/* End of the run of ASCII letters and digits from text[i]: unrolled by 8
 * without a bounds check while 8 bytes are left (most words end in the
 * first 8), then byte by byte. */
static FAST_INLINE size_t alnum_end(const unsigned char *u, size_t i, size_t len)
{
#define STOP_AT(j)                                  \
    if (!is_alnum_kind(byte_kind[u[i + (j)]]))      \
        return i + (j);
    while (len - i >= 8) {
        STOP_AT(0) STOP_AT(1) STOP_AT(2) STOP_AT(3)
        STOP_AT(4) STOP_AT(5) STOP_AT(6) STOP_AT(7)
        i += 8;
    }
#undef STOP_AT
    while (i < len && is_alnum_kind(byte_kind[u[i]]))
        i++;
    return i;
}

/* The length of the word at w[0] (an ASCII letter or digit) when it is 8
 * bytes or shorter, else 0; w[1..8] must be readable. */
static FAST_INLINE size_t short_len(const unsigned char *w)
{
#define END_AT(j)                                   \
    if (!is_alnum_kind(byte_kind[w[j]]))            \
        return j;
    END_AT(1) END_AT(2) END_AT(3) END_AT(4)
    END_AT(5) END_AT(6) END_AT(7) END_AT(8)
#undef END_AT
    return 0;
}

/* Folds the ASCII letters, digits and dots s[0..n) into buf (room for
 * n + 8 bytes), NUL-terminated: bit 0x20 makes capitals small and keeps
 * the rest. 8 bytes at a time when s has avail >= n rounded up to 8 bytes
 * readable (the bytes past n written into buf are overwritten later). */
static FAST_INLINE void fold_ascii(char *buf, const unsigned char *s, size_t n, size_t avail)
{
    const uint64_t lower = 0x2020202020202020u;
    size_t j = 0;
    if (avail >= ((n + 7) & ~(size_t)7)) {
        for (; j < n; j += 8) {
            uint64_t x;
            memcpy(&x, s + j, 8);
            x |= lower;
            memcpy(buf + j, &x, 8);
        }
    } else {
        for (; j < n; j++)
            buf[j] = (char)(s[j] | 0x20);
    }
    buf[n] = '\0';
}

/* The rest of a word from text[i] (i after its first character), by every
 * rule of token.h: inner '.', '-', '&', apostrophes, numbers' ',' and '.',
 * non-ASCII letters. Sets *inner_dot and *hyphen when the word has them. */
static size_t word_end(const char *text, size_t len, size_t start, size_t i,
                       int numeric, int *inner_dot, uint32_t *hyphen)
{
    while (i < len) {
        /* ASCII letters and digits: the common case, read on at once */
        while (i < len && is_alnum_kind(byte_kind[(unsigned char)text[i]]))
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
                *inner_dot = 1;
            if (c2 == TAC_C_HYPHEN)
                *hyphen = TAC_TOK_HYPHEN;
            i += k2;
            continue;
        }
        break;
    }
    return i;
}

/* Folds s[0..len) (any token) into the pool; *out_norm and *out_n get the
 * folded form and its length. Returns whether its first letter is upper
 * case, or -1 on out-of-memory. */
static int fold_general(norm_pool *np, const char *s, size_t len,
                        const char **out_norm, size_t *out_n)
{
    size_t cap = len * 3 + 8;
    char *buf = pool_take(np, cap, s);
    if (!buf)
        return -1;
    /* ASCII by table until a byte >= 0x80 */
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
    *out_norm = buf;
    *out_n = n;
    return is_upper;
}

/* TAC_TOK_UPPER when s[0..len), a token whose first letter is upper
 * case, is all upper case: an acronym ("US", "UN") or a shouted headline:
 * two or more ASCII capitals and no ASCII small letter. */
static SLOW_PATH uint32_t upper_flag(const unsigned char *s, size_t len)
{
    size_t upper = 0;
    for (size_t j = 0; j < len; j++) {
        unsigned k = byte_kind[s[j]];
        if (k == K_LOW)
            return 0;
        upper += k == K_UP;
    }
    return upper >= 2 ? TAC_TOK_UPPER : 0;
}

/* Flags of a token whose first letter is upper case. */
static FAST_INLINE uint32_t cap_flags(const unsigned char *s, size_t len)
{
    if (len >= 2 && (unsigned)s[1] - 'a' < 26u)
        return TAC_TOK_CAP; /* "Iraq": the common case, told at once */
    return TAC_TOK_CAP | upper_flag(s, len);
}

/* cap_flags of a word of wl <= 8 ASCII letters and digits whose first is
 * a capital, from its bytes in x (little-endian, x86 and most others;
 * else byte by byte): in a letter, bit 0x40 set and 0x20 clear is a
 * capital, both set a small letter; digits have 0x40 clear. */
static FAST_INLINE uint32_t cap_flags8(uint64_t x, size_t wl)
{
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    if (wl >= 2 && (unsigned)((x >> 8) & 0xff) - 'a' < 26u)
        return TAC_TOK_CAP; /* "Iraq" */
    const uint64_t b6 = 0x4040404040404040u;
    uint64_t y = x & (~(uint64_t)0 >> (64 - 8 * wl)); /* the word's bytes */
    uint64_t small = y & (y << 1) & b6, caps = y & ~(y << 1) & b6;
    return !small && (caps & (caps - 1)) ? TAC_TOK_CAP | TAC_TOK_UPPER : TAC_TOK_CAP;
#else
    unsigned char s[8];
    memcpy(s, &x, 8);
    return cap_flags(s, wl);
#endif
}

/* Makes room for one more token; -1 on out-of-memory. */
static SLOW_PATH int grow(tac_toks *t)
{
    size_t cap = t->cap ? t->cap * 2 : 256;
    tac_tok *v = tac_realloc(t->v, cap * sizeof *v);
    if (!v)
        return -1;
    t->v = v;
    t->cap = cap;
    return 0;
}

/* What the tokens of one split share; the pool is here (not in locals)
 * because the out-of-line paths below take from it too. */
typedef struct split_ctx {
    const char *text;
    size_t len, base;
    tac_abbrev_fn is_abbrev;
    const void *user;
    norm_pool np;
} split_ctx;

/* Writes the word [start, end) of ASCII letters, digits (and an
 * abbreviation's '.') to *tok; -1 on out-of-memory. */
static int put_ascii(split_ctx *cx, size_t start, size_t end, uint32_t flags, tac_tok *tok)
{
    const unsigned char *s = (const unsigned char *)cx->text + start;
    size_t wl = end - start;
    char *buf = pool_take(&cx->np, wl + 8, cx->text + start);
    if (!buf)
        return -1;
    fold_ascii(buf, s, wl, cx->len - start);
    pool_commit(&cx->np, wl + 1);
    if ((unsigned)s[0] - 'A' < 26u)
        flags |= cap_flags(s, wl);
    *tok = (tac_tok){.off = (uint32_t)(cx->base + start),
                     .len = (uint32_t)wl,
                     .norm = buf,
                     .norm_len = (uint32_t)wl,
                     .flags = flags};
    return 0;
}

/* Writes the token [start, end) of any characters to *tok, folded as
 * UTF-8; -1 on out-of-memory. */
static int put_general(split_ctx *cx, size_t start, size_t end, uint32_t flags, tac_tok *tok)
{
    const char *norm;
    size_t norm_len;
    int up = fold_general(&cx->np, cx->text + start, end - start, &norm, &norm_len);
    if (up < 0)
        return -1;
    if (up)
        flags |= cap_flags((const unsigned char *)cx->text + start, end - start);
    *tok = (tac_tok){.off = (uint32_t)(cx->base + start),
                     .len = (uint32_t)(end - start),
                     .norm = norm,
                     .norm_len = (uint32_t)norm_len,
                     .flags = flags};
    return 0;
}

/* A word from text[start] that the fast path does not finish: i is after
 * its first character (ascii: after its ASCII letters and digits, at a '.'
 * that ends them; else anywhere, word_end reads on). Writes it to *tok
 * with an abbreviation's '.' attached; returns the end, or (size_t)-1 on
 * out-of-memory. */
static SLOW_PATH size_t word_slow(split_ctx *cx, size_t start, size_t i, int numeric, int ascii,
                        uint32_t flags, tac_tok *tok)
{
    const char *text = cx->text;
    size_t len = cx->len;
    int inner_dot = 0;
    uint32_t hyphen = 0;
    if (!ascii)
        i = word_end(text, len, start, i, numeric, &inner_dot, &hyphen);
    flags |= (numeric ? TAC_TOK_NUM : TAC_TOK_WORD) | hyphen;
    size_t end = i;
    if (i < len && text[i] == '.' && !numeric) {
        /* Abbreviation or initial: attach the dot. */
        size_t wl = end - start;
        int abbr = inner_dot || wl == 1;
        /* an inner-dot word is asked too, for a state's mark ("N.H.") */
        if ((!abbr || inner_dot) && cx->is_abbrev && wl < 32) {
            char tmp[128];
            /* ASCII letters and digits as the fast path folds them (the
             * word before most full stops), other ASCII by table, else
             * as UTF-8 */
            size_t m = 0;
            if (ascii) {
                fold_ascii(tmp, (const unsigned char *)text + start, wl, len - start);
                m = wl;
            } else {
                while (m < wl && (tmp[m] = (char)ascii_lower[(unsigned char)text[start + m]]))
                    m++;
                if (m < wl)
                    m = tac_utf8_fold(text + start, wl, tmp, sizeof tmp);
            }
            if (m != (size_t)-1) {
                int r = cx->is_abbrev(cx->user, tmp, m);
                abbr |= r == 1;
                /* "Ill." but "fell ill.": only a capital makes it one */
                if (r == 2 && (unsigned)text[start] - 'A' < 26u) {
                    abbr = 1;
                    flags |= TAC_TOK_STATE_ABBR;
                }
            }
        }
        if (abbr) {
            end++;
            flags |= TAC_TOK_ABBR;
        }
    }
    /* "al-Assad", "el-Sisi": a name after the Arabic article written in
     * lower case is a capitalised name all the same */
    if (hyphen && end - start > 4 && (text[start] == 'a' || text[start] == 'e') &&
        text[start + 1] == 'l' && text[start + 2] == '-' &&
        (unsigned)text[start + 3] - 'A' < 26u)
        flags |= TAC_TOK_CAP;
    if (!ascii) {
        /* "al-Shabaab", "U.S.", "1,000": ASCII after all? */
        const unsigned char *s = (const unsigned char *)text + start;
        size_t j = 0;
        while (j < end - start && s[j] < 0x80)
            j++;
        ascii = j == end - start;
    }
    int rc = ascii ? put_ascii(cx, start, end, flags, tok) : put_general(cx, start, end, flags, tok);
    return rc < 0 ? (size_t)-1 : end;
}

/* A token from text[i] that is not a space and does not start with an
 * ASCII letter or digit nor is one character of other ASCII punctuation:
 * a joiner character (' - . , &) or a byte >= 0x80. Writes it to *tok;
 * returns its end, or (size_t)-1 on out-of-memory. */
static SLOW_PATH size_t token_slow(split_ctx *cx, size_t i, uint32_t flags, tac_tok *tok)
{
    const char *text = cx->text;
    size_t len = cx->len, start = i, k;
    tac_cclass c = class_at(text, len, i, &k);
    if (is_wordc(c))
        return word_slow(cx, start, i + k, c == TAC_C_DIGIT, 0, flags, tok);
    if (c == TAC_C_APOS) {
        /* Possessive "'s", or "s'" handled as "'" after a plural; "n't". */
        size_t k2;
        if (i + k < len && (text[i + k] == 's' || text[i + k] == 'S') &&
            (i + k + 1 >= len || !is_wordc(class_at(text, len, i + k + 1, &k2))) &&
            start > 0) {
            i += k + 1;
            *tok = (tac_tok){.off = (uint32_t)(cx->base + start),
                             .len = (uint32_t)(i - start),
                             .norm = "'s",
                             .norm_len = 2,
                             .flags = flags | TAC_TOK_POSS};
            return i;
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
    if (i - start == 1 && (unsigned char)text[start] < 0x80) {
        *tok = (tac_tok){.off = (uint32_t)(cx->base + start),
                         .len = 1,
                         .norm = one_char + 2 * (unsigned char)text[start],
                         .norm_len = 1,
                         .flags = flags};
        return i;
    }
    if (i - start == k && (c == TAC_C_APOS || c == TAC_C_HYPHEN || c == TAC_C_DASH ||
                           c == TAC_C_QUOTE)) {
        /* one typographic mark ('’', '—', '“'): it folds to its ASCII
         * stand-in as tac_utf8_fold would, and is no capital */
        unsigned char a = c == TAC_C_APOS ? '\'' : c == TAC_C_QUOTE ? '"' : '-';
        *tok = (tac_tok){.off = (uint32_t)(cx->base + start),
                         .len = (uint32_t)k,
                         .norm = one_char + 2 * a,
                         .norm_len = 1,
                         .flags = flags};
        return i;
    }
    return put_general(cx, start, i, flags, tok) < 0 ? (size_t)-1 : i;
}

/* Token flags of a word by the kind of its first byte. */
static const uint32_t word_flags[3] = {TAC_TOK_WORD, TAC_TOK_WORD, TAC_TOK_NUM};

int tac_token_split(const char *text, size_t len, size_t base,
                    tac_arena *arena, tac_abbrev_fn is_abbrev,
                    const void *user, size_t max_tokens, tac_toks *out,
                    int *out_truncated)
{
    split_ctx cx = {text, len, base, is_abbrev, user, {arena, NULL, 0, text + len}};
    const unsigned char *u = (const unsigned char *)text;
    /* the array in locals (t, troom): stores of folded bytes cannot alias
     * them */
    size_t n0 = out->n;
    size_t limit = max_tokens && max_tokens < SIZE_MAX - n0 ? n0 + max_tokens : SIZE_MAX;
    if (out_truncated)
        *out_truncated = 0;
    if (len == 0)
        return 0;
    if (!out->v && grow(out) < 0)
        return -1;
    /* the next token t and the end of the room for it (array or limit) */
    tac_tok *t = out->v + n0;
    tac_tok *troom = out->v + (out->cap < limit ? out->cap : limit);
    /* the fast path's own pool, in locals too: fp .. fend */
    char *fp = NULL, *fend = NULL;
    size_t i = 0;
    /* PARA / NL flags for the next token: a second line break since the
     * last token (NL set already) makes a paragraph break */
    uint32_t pending = 0;
    while (i < len) {
        unsigned kind = byte_kind[u[i]];
        if (kind > K_DIG) {
            if (kind == K_SP) {
                i++;
                continue;
            }
            if (kind == K_NL) {
                pending |= TAC_TOK_NL | (pending & TAC_TOK_NL) >> 3;
                i++;
                continue;
            }
            if (kind == K_HIGH) {
                size_t k;
                if (class_at(text, len, i, &k) == TAC_C_SPACE) {
                    i += k; /* NBSP and the like: not a line break */
                    continue;
                }
            }
        }
        if (t >= troom) {
            /* at the limit, or the array is full */
            size_t n = (size_t)(t - out->v);
            if (n >= limit) {
                if (out_truncated)
                    *out_truncated = 1;
                break;
            }
            out->n = n;
            if (grow(out) < 0)
                return -1;
            t = out->v + n;
            troom = out->v + (out->cap < limit ? out->cap : limit);
        }
        size_t start = i;
        uint32_t flags = pending;
        pending = 0;
        if (kind <= K_DIG) {
            /* fast: ASCII letters and digits up to a byte that ends the
             * word for sure: a space, punctuation, a joiner not followed
             * by a letter, digit or byte >= 0x80, other than a '.' (an
             * abbreviation's?); else word_slow */
            size_t wl;
            unsigned ke;
            uint64_t x = 0; /* a short word's 8 bytes */
            int short_word;
            if (len - start > 8) {
                /* most words: up to 8 bytes, and 8 readable */
                short_word = (wl = short_len(u + start)) != 0;
                if (short_word) {
                    i = start + wl;
                    ke = byte_kind[u[i]];
                    memcpy(&x, u + start, 8);
                }
            } else {
                /* the last 8 bytes or fewer of the text (a dictionary
                 * word, the last word of a record): read from a copy
                 * padded with NULs, which end the word like spaces */
                unsigned char tail[16] = {0};
                for (size_t j = 0; j < len - start; j++)
                    tail[j] = u[start + j];
                wl = short_len(tail);
                i = start + wl;
                ke = i < len ? byte_kind[u[i]] : K_PUNCT;
                memcpy(&x, tail, 8);
                short_word = 1;
            }
            if (!short_word) {
                i = alnum_end(u, start + 9, len);
                wl = i - start;
                ke = i < len ? byte_kind[u[i]] : K_PUNCT;
            }
            if (ke >= K_JOIN) {
                /* a joiner not before a letter, digit or byte >= 0x80, or
                 * a possessive "'s" ("Iran's": the word ends before it) */
                int ascii = ke == K_JOIN &&
                            (i + 1 >= len || (unsigned)byte_kind[u[i + 1]] - K_SP <= K_JOIN - K_SP ||
                             (u[i] == '\'' && (u[i + 1] | 0x20) == 's' &&
                              (i + 2 >= len || (unsigned)byte_kind[u[i + 2]] - K_SP <= K_JOIN - K_SP)));
                if (!ascii || u[i] == '.') {
                    i = word_slow(&cx, start, i, kind == K_DIG, ascii, flags, t);
                    if (i == (size_t)-1)
                        goto oom;
                    t++;
                    continue;
                }
            }
            if ((size_t)(fend - fp) < wl + 8) {
                /* a chunk for the words of (about) the next 2 KB */
                size_t size = (len - start) * 2 + 16;
                if (size > 4096)
                    size = 4096;
                if (size < wl + 8)
                    size = wl + 8;
                fp = tac_arena_alloc(arena, size);
                if (!fp)
                    goto oom;
                fend = fp + size;
            }
            if (short_word) {
                uint64_t f = x | 0x2020202020202020u;
                memcpy(fp, &f, 8);
                fp[wl] = '\0';
                if (kind == K_UP)
                    flags |= cap_flags8(x, wl);
            } else {
                fold_ascii(fp, u + start, wl, len - start);
                if (kind == K_UP)
                    flags |= cap_flags(u + start, wl);
            }
            flags |= word_flags[kind];
            /* field by field: no zeroed temporary copied in */
            t->off = (uint32_t)(base + start);
            t->len = (uint32_t)wl;
            t->norm = fp;
            t->norm_len = (uint32_t)wl;
            t->flags = flags;
            t->word = t->lemma = t->wflags = t->wclass = 0;
            t++;
            fp += wl + 1;
            /* the one space after most words */
            if (ke == K_SP)
                i++;
            continue;
        }
        /* one character of punctuation: not an apostrophe (a possessive?)
         * nor the first of "..." */
        if (kind == K_PUNCT ||
            (kind == K_JOIN && u[i] != '\'' && !(u[i] == '.' && i + 1 < len && u[i + 1] == '.'))) {
            if (u[i] == '"')
                flags |= TAC_TOK_QUOTE;
            *t++ = (tac_tok){.off = (uint32_t)(base + i),
                             .len = 1,
                             .norm = one_char + 2 * u[i],
                             .norm_len = 1,
                             .flags = flags | TAC_TOK_PUNCT};
            i++;
            continue;
        }
        i = token_slow(&cx, i, flags, t);
        if (i == (size_t)-1)
            goto oom;
        t++;
    }
    out->n = (size_t)(t - out->v);
    return 0;
oom:
    out->n = (size_t)(t - out->v);
    return -1;
}
