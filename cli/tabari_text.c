/* tabari_text.c -- TABARI's record files, read a line at a time; see
 * tabari_text.h and docs/tabari.md.
 *
 * States: OUT (between records: '#' lines and blank lines are skipped, the
 * next other line must be a header), IN (text lines until a blank line),
 * SKIP (the rest of a bad record, up to a blank line). TABARI itself skips
 * any line that does not start with a digit between records; tacitus
 * reports such text, once per block, so a broken file does not lose
 * records silently. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tabari_text.h"

enum { OUT = 0, IN, SKIP };

void tabari_reader_init(tabari_reader *r, size_t max)
{
    memset(r, 0, sizeof *r);
    r->max = max;
}

void tabari_reader_fini(tabari_reader *r)
{
    free(r->id);
    free(r->text);
    free(r->com);
    memset(r, 0, sizeof *r);
}

/* Makes room for len + n + 1 bytes in *buf (out of line: rarely taken). */
static int grow(char **buf, size_t *cap, size_t len, size_t n)
{
    size_t nc = *cap ? *cap : 1024;
    while (nc < len + n + 1)
        nc *= 2;
    char *b = realloc(*buf, nc);
    if (!b)
        return -1;
    *buf = b;
    *cap = nc;
    return 0;
}

static inline int append(char **buf, size_t *len, size_t *cap, const char *s, size_t n)
{
    if (*len + n + 1 > *cap && grow(buf, cap, *len, n) < 0)
        return -1;
    if (n)
        memcpy(*buf + *len, s, n);
    *len += n;
    (*buf)[*len] = '\0';
    return 0;
}

static int is_space(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v';
}

static int is_digit(char c)
{
    return c >= '0' && c <= '9';
}

/* The start of a line for a message: at most 40 bytes, anything but
 * printable ASCII shown as '?' (the line may be binary). */
static const char *quote(const char *s, size_t n, char out[48])
{
    size_t k = 0;
    for (; k < n && k < 40; k++)
        out[k] = s[k] >= 0x20 && s[k] < 0x7f ? s[k] : '?';
    out[k] = '\0';
    return out;
}

static int two(const char *s)
{
    return (s[0] - '0') * 10 + (s[1] - '0');
}

static int valid_day(int y, int m, int d)
{
    static const int mdays[12] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    int leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    return m >= 1 && m <= 12 && d >= 1 && d <= (m == 2 && !leap ? 28 : mdays[m - 1]);
}

int tabari_header(const char *s, size_t n, int yyyy, char date[11], size_t *id_at,
                  size_t *id_len, char *err, size_t errlen)
{
    char q[48];
    size_t k = 0;
    while (k < n && is_digit(s[k]))
        k++;
    if (yyyy) {
        /* TABARI's "SET: YYYY = TRUE": the first eight characters */
        int y = k >= 8 ? two(s) * 100 + two(s + 2) : 0;
        if (k < 8 || !valid_day(y, two(s + 4), two(s + 6))) {
            snprintf(err, errlen, "malformed record header '%s': want YYYYMMDD (four-digit "
                                  "years are set), a space and the record id", quote(s, n, q));
            return 0;
        }
    }
    if (k < 6) {
        snprintf(err, errlen, "malformed record header '%s': a record starts with YYMMDD "
                              "(or YYYYMMDD), a space and the record id", quote(s, n, q));
        return 0;
    }
    int y, m, d;
    size_t at;
    const char *ys; /* the year's digits in s (two or four), or NULL */
    if (yyyy || (k == 8 && (k == n || is_space(s[k])) && (s[0] == '1' || s[0] == '2') &&
                 valid_day(two(s) * 100 + two(s + 2), two(s + 4), two(s + 6)))) {
        /* YYYYMMDD, TABARI's "SET: YYYY = TRUE" layout */
        y = two(s) * 100 + two(s + 2), m = two(s + 4), d = two(s + 6);
        at = 8;
        ys = s;
    } else {
        /* YYMMDD and the rest of the line is the id, even if it starts with
         * more digits ("9501201  ACTORSYN-01" is 950120, id "1  ACTORSYN-01",
         * as TABARI reads it); two-digit years pivot at 2030, as TABARI's */
        y = two(s), m = two(s + 2), d = two(s + 4);
        y += y < 30 ? 2000 : 1900;
        at = 6;
        ys = NULL;
        if (!valid_day(y, m, d)) {
            snprintf(err, errlen, "invalid date '%.6s' in record header (YYMMDD, two-digit year)",
                     s);
            return 0;
        }
    }
    while (at < n && is_space(s[at]))
        at++;
    size_t e = n;
    while (e > at && is_space(s[e - 1]))
        e--;
    if (e == at) {
        snprintf(err, errlen, "record header '%s' has no record id", quote(s, n, q));
        return 0;
    }
    /* y, m and d passed valid_day and are the header's digits: copied,
     * the century of a two-digit year prefixed */
    const char *md = ys ? s + 4 : s + 2; /* MMDD */
    if (ys) {
        memcpy(date, ys, 4);
    } else {
        date[0] = y >= 2000 ? '2' : '1', date[1] = y >= 2000 ? '0' : '9';
        date[2] = s[0], date[3] = s[1];
    }
    date[4] = '-', date[5] = md[0], date[6] = md[1];
    date[7] = '-', date[8] = md[2], date[9] = md[3];
    date[10] = '\0';
    *id_at = at;
    *id_len = e - at;
    return 1;
}

/* Where "ab" (two bytes) next occurs in s[i..n), or n. */
static size_t find2(const char *s, size_t i, size_t n, char a, char b)
{
    /* memchr for the first byte: most lines hold no comment at all */
    while (i + 1 < n) {
        const char *p = memchr(s + i, a, n - 1 - i);
        if (!p)
            return n;
        size_t k = (size_t)(p - s);
        if (s[k + 1] == b)
            return k;
        i = k + 1;
    }
    return n;
}

/* Appends a text line: comments go to com (a new comment or a comment's
 * next line after a '\n'), the rest to text, lines joined by one space. */
static int add_text(tabari_reader *r, const char *s, size_t n)
{
    size_t i = 0;
    int first = 1; /* no text of this line yet */
    while (i < n) {
        if (r->in_comment) {
            size_t e = find2(s, i, n, '*', '/');
            if (i == 0 && r->com_len && append(&r->com, &r->com_len, &r->com_cap, "\n", 1) < 0)
                return -1;
            if (append(&r->com, &r->com_len, &r->com_cap, s + i, e - i) < 0)
                return -1;
            if (e == n)
                break;
            r->in_comment = 0;
            i = e + 2;
            continue;
        }
        size_t st = find2(s, i, n, '/', '*');
        if (st > i) {
            if (r->text_len + (st - i) + 1 > r->max) {
                r->over = 1;
            } else {
                if (first && r->text_len && !is_space(r->text[r->text_len - 1]) &&
                    append(&r->text, &r->text_len, &r->text_cap, " ", 1) < 0)
                    return -1;
                if (append(&r->text, &r->text_len, &r->text_cap, s + i, st - i) < 0)
                    return -1;
            }
            first = 0;
        }
        if (st == n)
            break;
        r->in_comment = 1;
        if (r->com_len && append(&r->com, &r->com_len, &r->com_cap, "\n", 1) < 0)
            return -1;
        i = st + 2;
    }
    return 0;
}

/* Ends the current record. */
static int finish(tabari_reader *r, tabari_rec *out, char *err, size_t errlen,
                  size_t *err_line)
{
    r->state = OUT;
    r->in_comment = 0;
    while (r->text_len && is_space(r->text[r->text_len - 1]))
        r->text[--r->text_len] = '\0';
    *err_line = r->line;
    if (r->over) {
        char q[48];
        snprintf(err, errlen, "record %s: text over %zu bytes", quote(r->id, r->id_len, q), r->max);
        return TABARI_BAD;
    }
    memset(out, 0, sizeof *out);
    memcpy(out->date, r->date, sizeof out->date);
    out->id = r->id;
    out->id_len = r->id_len;
    out->text = r->text_len ? r->text : "";
    out->text_len = r->text_len;
    out->comment = r->com_len ? r->com : "";
    out->comment_len = r->com_len;
    out->line = r->line;
    return TABARI_RECORD;
}

int tabari_reader_line(tabari_reader *r, const char *s, size_t n, size_t lineno,
                       tabari_rec *out, char *err, size_t errlen, size_t *err_line)
{
    if (n && s[n - 1] == '\r')
        n--;
    size_t a = 0;
    while (a < n && is_space(s[a]))
        a++;
    if (a == n) { /* a blank line */
        if (r->state == IN)
            return finish(r, out, err, errlen, err_line);
        r->state = OUT;
        return TABARI_MORE;
    }
    if (r->state == SKIP)
        return TABARI_MORE;
    if (r->state == IN)
        return add_text(r, s, n) < 0 ? TABARI_NOMEM : TABARI_MORE;
    if (s[0] == '#')
        return TABARI_MORE;
    *err_line = lineno;
    r->state = SKIP;
    if (!is_digit(s[0])) {
        char q[48];
        snprintf(err, errlen, "text outside a record (a record starts with a 'YYMMDD ID' line): "
                              "'%s'", quote(s, n, q));
        return TABARI_BAD;
    }
    size_t at, len;
    if (!tabari_header(s, n, r->four_digit_years, r->date, &at, &len, err, errlen))
        return TABARI_BAD;
    r->id_len = r->text_len = r->com_len = 0;
    if (append(&r->id, &r->id_len, &r->id_cap, s + at, len) < 0 ||
        append(&r->text, &r->text_len, &r->text_cap, "", 0) < 0)
        return TABARI_NOMEM;
    r->state = IN;
    r->in_comment = 0;
    r->over = 0;
    r->line = lineno;
    return TABARI_MORE;
}

int tabari_reader_overlong(tabari_reader *r, size_t lineno, char *err, size_t errlen,
                           size_t *err_line)
{
    if (r->state == IN) {
        r->over = 1;
        return TABARI_MORE;
    }
    if (r->state == SKIP)
        return TABARI_MORE;
    r->state = SKIP;
    *err_line = lineno;
    snprintf(err, errlen, "line over %zu bytes outside a record", r->max);
    return TABARI_BAD;
}

int tabari_reader_end(tabari_reader *r, tabari_rec *out, char *err, size_t errlen,
                      size_t *err_line)
{
    if (r->state == IN)
        return finish(r, out, err, errlen, err_line);
    r->state = OUT;
    return TABARI_MORE;
}
