/* utf8.c -- UTF-8 decoding, classes and folding; see utf8.h. */
#include "utf8.h"

#include <string.h>

#include <utf8proc.h>

size_t tac_utf8_decode(const char *str, size_t len, int32_t *cp)
{
    const unsigned char *s = (const unsigned char *)str;
    if (len == 0)
        return 0;
    unsigned c = s[0];
    if (c < 0x80) {
        *cp = (int32_t)c;
        return 1;
    }
    size_t n;
    int32_t v, min;
    if (c >= 0xC2 && c <= 0xDF) {
        n = 2;
        v = c & 0x1F;
        min = 0x80;
    } else if (c >= 0xE0 && c <= 0xEF) {
        n = 3;
        v = c & 0x0F;
        min = 0x800;
    } else if (c >= 0xF0 && c <= 0xF4) {
        n = 4;
        v = c & 0x07;
        min = 0x10000;
    } else {
        return 0;
    }
    if (len < n)
        return 0;
    for (size_t i = 1; i < n; i++) {
        if ((s[i] & 0xC0) != 0x80)
            return 0;
        v = (v << 6) | (s[i] & 0x3F);
    }
    if (v < min || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF))
        return 0;
    *cp = v;
    return n;
}

size_t tac_utf8_encode(int32_t cp, char *out)
{
    unsigned char *o = (unsigned char *)out;
    if (cp < 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
        cp = 0xFFFD;
    if (cp < 0x80) {
        o[0] = (unsigned char)cp;
        return 1;
    }
    if (cp < 0x800) {
        o[0] = (unsigned char)(0xC0 | (cp >> 6));
        o[1] = (unsigned char)(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        o[0] = (unsigned char)(0xE0 | (cp >> 12));
        o[1] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
        o[2] = (unsigned char)(0x80 | (cp & 0x3F));
        return 3;
    }
    o[0] = (unsigned char)(0xF0 | (cp >> 18));
    o[1] = (unsigned char)(0x80 | ((cp >> 12) & 0x3F));
    o[2] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
    o[3] = (unsigned char)(0x80 | (cp & 0x3F));
    return 4;
}

tac_cclass tac_utf8_class(int32_t cp)
{
    if (cp < 0x80) {
        if (cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == '\f' ||
            cp == '\v')
            return TAC_C_SPACE;
        if ((cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z'))
            return TAC_C_ALPHA;
        if (cp >= '0' && cp <= '9')
            return TAC_C_DIGIT;
        if (cp == '\'')
            return TAC_C_APOS;
        if (cp == '-')
            return TAC_C_HYPHEN;
        if (cp == '"')
            return TAC_C_QUOTE;
        return cp < 0x20 ? TAC_C_SPACE : TAC_C_PUNCT;
    }
    switch (cp) {
    case 0x2019: case 0x2018: case 0x02BC: case 0x2032:
        return TAC_C_APOS;
    case 0x2010: case 0x2011:
        return TAC_C_HYPHEN;
    case 0x2013: case 0x2014: case 0x2015: case 0x2212:
        return TAC_C_DASH;
    case 0x201C: case 0x201D: case 0x201E: case 0x00AB: case 0x00BB:
        return TAC_C_QUOTE;
    default:
        break;
    }
    switch (utf8proc_category(cp)) {
    case UTF8PROC_CATEGORY_LU: case UTF8PROC_CATEGORY_LL:
    case UTF8PROC_CATEGORY_LT: case UTF8PROC_CATEGORY_LM:
    case UTF8PROC_CATEGORY_LO: case UTF8PROC_CATEGORY_MN:
    case UTF8PROC_CATEGORY_MC: case UTF8PROC_CATEGORY_ME:
        return TAC_C_ALPHA;
    case UTF8PROC_CATEGORY_ND:
        return TAC_C_DIGIT;
    case UTF8PROC_CATEGORY_ZS: case UTF8PROC_CATEGORY_ZL:
    case UTF8PROC_CATEGORY_ZP: case UTF8PROC_CATEGORY_CC:
    case UTF8PROC_CATEGORY_CF:
        return TAC_C_SPACE;
    default:
        return TAC_C_PUNCT;
    }
}

int tac_utf8_is_upper(const char *s, size_t len)
{
    int32_t cp;
    if (len == 0)
        return 0;
    if ((unsigned char)s[0] < 0x80)
        return s[0] >= 'A' && s[0] <= 'Z';
    if (!tac_utf8_decode(s, len, &cp))
        return 0;
    return utf8proc_category(cp) == UTF8PROC_CATEGORY_LU ||
           utf8proc_category(cp) == UTF8PROC_CATEGORY_LT;
}

static int32_t ascii_punct(int32_t cp)
{
    switch (tac_utf8_class(cp)) {
    case TAC_C_APOS:
        return '\'';
    case TAC_C_HYPHEN:
    case TAC_C_DASH:
        return '-';
    case TAC_C_QUOTE:
        return '"';
    default:
        return cp;
    }
}

size_t tac_utf8_fold(const char *s, size_t len, char *out, size_t cap)
{
    size_t o = 0, i = 0;
    /* ASCII fast path: most news tokens never leave it. */
    while (i < len && (unsigned char)s[i] < 0x80) {
        if (o >= cap)
            return (size_t)-1;
        char c = s[i++];
        out[o++] = (c >= 'A' && c <= 'Z') ? (char)(c + 32) : c;
    }
    if (i == len)
        return o;
    /* The rest, code point by code point through utf8proc into a fixed
     * buffer; a token longer than the buffer is folded in pieces, which only
     * loses composition across the piece boundary. */
    utf8proc_int32_t buf[64];
    while (i < len) {
        size_t n = 0;
        while (i < len && n + 8 < sizeof buf / sizeof buf[0]) {
            int32_t cp;
            size_t k = tac_utf8_decode(s + i, len - i, &cp);
            if (!k) {
                cp = 0xFFFD;
                k = 1;
            }
            i += k;
            cp = ascii_punct(cp);
            utf8proc_ssize_t r = utf8proc_decompose_char(
                cp, buf + n, (utf8proc_ssize_t)(sizeof buf / sizeof buf[0] - n),
                UTF8PROC_CASEFOLD | UTF8PROC_DECOMPOSE, NULL);
            if (r < 0 || (size_t)r > sizeof buf / sizeof buf[0] - n)
                break;
            n += (size_t)r;
        }
        utf8proc_ssize_t m = utf8proc_normalize_utf32(
            buf, (utf8proc_ssize_t)n, UTF8PROC_COMPOSE | UTF8PROC_STABLE);
        if (m < 0)
            m = (utf8proc_ssize_t)n;
        for (utf8proc_ssize_t k = 0; k < m; k++) {
            if (o + 4 > cap)
                return (size_t)-1;
            o += tac_utf8_encode(buf[k], out + o);
        }
    }
    return o;
}

int tac_utf8_valid(const char *s, size_t len)
{
    const uint64_t ones = 0x0101010101010101ULL, highs = 0x8080808080808080ULL;
    for (size_t i = 0; i < len;) {
        /* eight ASCII bytes, none NUL, at a time */
        while (i + 8 <= len) {
            uint64_t v;
            memcpy(&v, s + i, 8);
            if ((v | ((v - ones) & ~v)) & highs)
                break;
            i += 8;
        }
        if (i == len)
            break;
        if ((unsigned char)s[i] - 1u < 0x7Fu) { /* ASCII, not NUL */
            i++;
            continue;
        }
        int32_t cp;
        size_t k = tac_utf8_decode(s + i, len - i, &cp);
        if (!k || cp == 0)
            return 0;
        i += k;
    }
    return 1;
}
