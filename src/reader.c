/* reader.c -- input documents: JSON Lines records, dated text, UTF-8 repair;
 * recognising TABARI record files (the CLI splits them into records).
 *
 * A tac_docbuf owns the bytes of the last parsed document (unescaped JSON
 * strings, repaired text) so that tac_doc can point into it. Its buffer is
 * reused from one document to the next. */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "alloc.h"
#include "json.h"
#include "tacitus.h"
#include "utf8.h"

#if defined(__SSE2__) && defined(__GNUC__)
#include <emmintrin.h>
#endif

struct tac_docbuf {
    char *buf;      /* unescaped JSON strings */
    size_t cap;
    char *fix;      /* repaired UTF-8 */
    size_t fixcap;
    char num[64];   /* a numeric id as text */
};

tac_docbuf *tac_docbuf_new(void)
{
    return tac_calloc(1, sizeof(tac_docbuf));
}

void tac_docbuf_free(tac_docbuf *db)
{
    if (!db)
        return;
    tac_free(db->buf);
    tac_free(db->fix);
    tac_free(db);
}

static int reserve(char **buf, size_t *cap, size_t need)
{
    if (need <= *cap)
        return 0;
    size_t nc = *cap ? *cap : 4096;
    while (nc < need)
        nc *= 2;
    char *b = tac_realloc(*buf, nc);
    if (!b)
        return -1;
    *buf = b;
    *cap = nc;
    return 0;
}

static int is_digit(char c)
{
    return c >= '0' && c <= '9';
}

/* TABARI records: the first line at or after i that is not blank and not a
 * '#' comment (TABARI's validation file opens with a block of them) is six
 * digits (or eight: a four-digit year) and a record id on the same line:
 * "990101 R000S0000", "950101  DEMO-01", "950101*INTRO". */
static int tabari_header_at(const char *buf, size_t len, size_t i, size_t start)
{
    /* a header starts its line, as TABARI reads it: back to the line start */
    while (i > start && buf[i - 1] != '\n')
        i--;
    for (;;) {
        size_t e = i;
        while (e < len && buf[e] != '\n')
            e++;
        size_t a = i;
        while (a < e && (buf[a] == ' ' || buf[a] == '\t' || buf[a] == '\r'))
            a++;
        if (a == e || buf[i] == '#') {
            if (e >= len)
                return 0;
            i = e + 1;
            continue;
        }
        size_t d = i;
        while (d < e && is_digit(buf[d]))
            d++;
        if (d - i != 6 && d - i != 8)
            return 0;
        while (d < e && (buf[d] == ' ' || buf[d] == '\t'))
            d++;
        return d < e && buf[d] != '\r';
    }
}

tac_input_kind tac_input_detect(const char *buf, size_t len)
{
    size_t i = 0;
    if (len >= 3 && (unsigned char)buf[0] == 0xEF && (unsigned char)buf[1] == 0xBB &&
        (unsigned char)buf[2] == 0xBF)
        i = 3;
    size_t start = i;
    while (i < len && (buf[i] == ' ' || buf[i] == '\t' || buf[i] == '\n' || buf[i] == '\r'))
        i++;
    if (i < len && buf[i] == '{')
        return TAC_INPUT_JSONL;
    if (tabari_header_at(buf, len, i, start))
        return TAC_INPUT_TABARI;
    if (len - i >= 15 && memcmp(buf + i, "date", 4) == 0 &&
        (buf[i + 4] == ' ' || buf[i + 4] == '\t')) {
        size_t j = i + 4;
        while (j < len && (buf[j] == ' ' || buf[j] == '\t'))
            j++;
        if (len - j >= 10 && buf[j] >= '0' && buf[j] <= '9' && buf[j + 4] == '-')
            return TAC_INPUT_DATED;
    }
    return TAC_INPUT_PLAIN;
}

tac_status tac_utf8_repair(tac_docbuf *db, const char *buf, size_t len,
                           const char **out, size_t *out_len)
{
    size_t bad = 0, i = 0;
    if (len >= 3 && (unsigned char)buf[0] == 0xEF && (unsigned char)buf[1] == 0xBB &&
        (unsigned char)buf[2] == 0xBF)
        buf += 3, len -= 3;
    /* fast path: valid and NUL-free input is used in place */
    int clean = 1;
    while (i < len) {
#if defined(__SSE2__) && defined(__GNUC__)
        /* sixteen at a time: a byte's top bit is the movemask, NUL the
         * compare. The scan goes to the first such byte and comes back
         * here after each non-ASCII character: a text with a curly quote
         * near its start is not read eight bytes at a time to its end */
        const __m128i zero = _mm_setzero_si128();
        while (len - i >= 16) {
            __m128i v = _mm_loadu_si128((const __m128i *)(const void *)(buf + i));
            int m = _mm_movemask_epi8(_mm_or_si128(v, _mm_cmpeq_epi8(v, zero)));
            if (m) {
                i += (size_t)__builtin_ctz((unsigned)m);
                break;
            }
            i += 16;
        }
        if (i >= len)
            break;
#endif
        /* eight ASCII, non-NUL bytes at a time */
        if (i + 8 <= len) {
            uint64_t w;
            memcpy(&w, buf + i, 8);
            const uint64_t hi = 0x8080808080808080ULL, lo = 0x0101010101010101ULL;
            if (!(w & hi) && !((w - lo) & ~w & hi)) {
                i += 8;
                continue;
            }
        }
        unsigned char c = (unsigned char)buf[i];
        if (c < 0x80) {
            if (c == 0) {
                clean = 0;
                break;
            }
            i++;
            continue;
        }
        int32_t cp;
        size_t k = tac_utf8_decode(buf + i, len - i, &cp);
        if (!k) {
            clean = 0;
            break;
        }
        i += k;
    }
    if (clean) {
        *out = buf;
        *out_len = len;
        return TAC_OK;
    }
    if (len > (SIZE_MAX - 16) / 3 || reserve(&db->fix, &db->fixcap, len * 3 + 1) < 0)
        return TAC_ENOMEM;
    size_t o = 0;
    for (i = 0; i < len;) {
        unsigned char c = (unsigned char)buf[i];
        if (c < 0x80) {
            db->fix[o++] = c ? (char)c : ' ';
            /* NUL and control bytes other than white space count as bad
             * too: they make up much of a binary (an executable) */
            if (c < 0x20 && (c < '\t' || c > '\r'))
                bad++;
            i++;
            continue;
        }
        int32_t cp;
        size_t k = tac_utf8_decode(buf + i, len - i, &cp);
        if (!k) {
            bad++;
            o += tac_utf8_encode(0xFFFD, db->fix + o);
            i++;
            continue;
        }
        memcpy(db->fix + o, buf + i, k);
        o += k;
        i += k;
    }
    if (bad * 4 > len)
        return TAC_EINPUT;
    *out = db->fix;
    *out_len = o;
    return TAC_OK;
}

typedef struct jctx {
    tac_doc *doc;
    tac_docbuf *db;
    int has_date, has_text, bad_type;
    const char *bad_field;
} jctx;

static int key_is(const char *k, size_t n, const char *lit)
{
    return strlen(lit) == n && memcmp(k, lit, n) == 0;
}

static int member(void *user, const char *key, size_t klen, tac_json_type type,
                  const char *val, size_t vlen)
{
    jctx *j = user;
    tac_doc *d = j->doc;
    const char **sp = NULL;
    size_t *lp = NULL;
    if (key_is(key, klen, "id")) {
        if (type == TAC_JSON_NUMBER && vlen < sizeof j->db->num) {
            memcpy(j->db->num, val, vlen);
            d->id = j->db->num;
            d->id_len = vlen;
            return 0;
        }
        sp = &d->id, lp = &d->id_len;
    } else if (key_is(key, klen, "date")) {
        sp = &d->date, lp = &d->date_len;
        j->has_date = type == TAC_JSON_STRING;
    } else if (key_is(key, klen, "title")) {
        sp = &d->title, lp = &d->title_len;
    } else if (key_is(key, klen, "text")) {
        sp = &d->text, lp = &d->text_len;
        j->has_text = type == TAC_JSON_STRING;
    } else if (key_is(key, klen, "source")) {
        sp = &d->source, lp = &d->source_len;
    } else if (key_is(key, klen, "url")) {
        sp = &d->url, lp = &d->url_len;
    } else {
        return 0;
    }
    if (type == TAC_JSON_NULL) {
        *sp = NULL;
        *lp = 0;
        return 0;
    }
    if (type != TAC_JSON_STRING) {
        j->bad_type = 1;
        j->bad_field = key_is(key, klen, "id") ? "id" : key_is(key, klen, "date") ? "date"
                       : key_is(key, klen, "title") ? "title" : key_is(key, klen, "text") ? "text"
                       : key_is(key, klen, "source") ? "source" : "url";
        return 1;
    }
    *sp = val;
    *lp = vlen;
    return 0;
}

tac_status tac_parse_jsonl(tac_docbuf *db, const char *line, size_t len,
                           tac_doc *out, char *err, size_t errlen)
{
    return tac_parse_jsonl_default(db, line, len, NULL, out, err, errlen);
}

tac_status tac_parse_jsonl_default(tac_docbuf *db, const char *line, size_t len,
                                   const char *default_date, tac_doc *out, char *err,
                                   size_t errlen)
{
    memset(out, 0, sizeof *out);
    if (reserve(&db->buf, &db->cap, len + 1) < 0)
        return TAC_ENOMEM;
    jctx j = {out, db, 0, 0, 0, NULL};
    if (tac_json_object(line, len, db->buf, member, &j, err, errlen) < 0)
        return TAC_EINPUT;
    if (j.bad_type) {
        snprintf(err, errlen, "field \"%s\" must be a string", j.bad_field);
        return TAC_EINPUT;
    }
    if (!out->id || !out->id_len) {
        snprintf(err, errlen, "missing field \"id\"");
        return TAC_EINPUT;
    }
    if (!j.has_date && default_date) {
        out->date = default_date;
        out->date_len = strlen(default_date);
    } else if (!j.has_date) {
        snprintf(err, errlen, "no date (field \"date\" missing or null; --date gives one)");
        return TAC_EINPUT;
    }
    if (!j.has_text && !out->title) {
        snprintf(err, errlen, "missing field \"text\"");
        return TAC_EINPUT;
    }
    return TAC_OK;
}

tac_status tac_parse_dated(tac_docbuf *db, const char *buf, size_t len,
                           const char *id, tac_doc *out, char *err, size_t errlen)
{
    (void)db;
    memset(out, 0, sizeof *out);
    out->id = id;
    out->id_len = strlen(id);
    size_t i = 0;
    if (len >= 3 && (unsigned char)buf[0] == 0xEF && (unsigned char)buf[1] == 0xBB &&
        (unsigned char)buf[2] == 0xBF)
        i = 3;
    while (i < len && (buf[i] == ' ' || buf[i] == '\t' || buf[i] == '\n' || buf[i] == '\r'))
        i++;
    if (len - i < 4 || memcmp(buf + i, "date", 4) != 0) {
        snprintf(err, errlen, "a dated text starts with the word 'date' and a date");
        return TAC_EINPUT;
    }
    i += 4;
    while (i < len && (buf[i] == ' ' || buf[i] == '\t'))
        i++;
    size_t ds = i;
    while (i < len && buf[i] != ' ' && buf[i] != '\t' && buf[i] != '\n' && buf[i] != '\r')
        i++;
    out->date = buf + ds;
    out->date_len = i - ds;
    /* the headline is the last non-empty line */
    size_t e = len;
    while (e > i && (buf[e - 1] == ' ' || buf[e - 1] == '\t' || buf[e - 1] == '\n' ||
                     buf[e - 1] == '\r'))
        e--;
    size_t hs = e;
    while (hs > i && buf[hs - 1] != '\n' && buf[hs - 1] != '\r')
        hs--;
    if (hs > i) {
        /* more than one line: last line is the headline */
        out->title = buf + hs;
        out->title_len = e - hs;
        while (out->title_len && (out->title[0] == ' ' || out->title[0] == '\t'))
            out->title++, out->title_len--;
        out->text = buf + i;
        out->text_len = hs - i;
    } else {
        out->text = buf + i;
        out->text_len = e - i;
    }
    return TAC_OK;
}
