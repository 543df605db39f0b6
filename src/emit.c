/* emit.c -- event records as JSON Lines, TSV and TABARI's event file.
 *
 * JSON: one object per line, keys in a fixed order, strings escaped per
 * RFC 8259 (control characters as \u00XX; UTF-8 passes through).
 * TSV: a header line and one row per event; tabs and line breaks inside
 * fields become spaces so that every row has the same columns for pandas
 * (read_csv(sep="\t")) and R (read.delim).
 * TABARI: the columns of TABARI's event files (docs/tabari.md), no header. */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "alloc.h"
#include "tacitus.h"

void tac_buf_free(tac_buf *b)
{
    tac_free(b->data);
    b->data = NULL;
    b->len = b->cap = 0;
    b->failed = 0;
}

/* Makes room for n more bytes and the NUL after them; -1 (and b->failed)
 * when the buffer cannot grow. */
static int grow(tac_buf *b, size_t n)
{
    size_t cap = b->cap ? b->cap : 4096;
    while (cap < b->len + n + 1)
        cap *= 2;
    char *d = tac_realloc(b->data, cap);
    if (!d) {
        b->failed = 1;
        return -1;
    }
    b->data = d;
    b->cap = cap;
    return 0;
}

/* Inline: most appends are short literals, copied without a call. */
static inline void put(tac_buf *b, const char *s, size_t n)
{
    if (b->failed || (n == 0 && b->data))
        return; /* (s may be NULL when n is 0) */
    if (b->cap - b->len <= n && grow(b, n) < 0)
        return;
    if (n)
        memcpy(b->data + b->len, s, n);
    b->len += n;
    b->data[b->len] = '\0';
}

/* A string literal, its length known at compile time. */
#define PUT_LIT(b, lit) put((b), "" lit, sizeof(lit) - 1)

static void puts_(tac_buf *b, const char *s)
{
    put(b, s, strlen(s));
}

void tac_buf_append(tac_buf *b, const char *s, size_t n)
{
    put(b, s, n);
}

/* Non-zero for the bytes JSON output escapes: '"', '\\', control
 * characters and DEL. */
static int json_special(unsigned char c)
{
    return c < 0x20 || c == '"' || c == '\\' || c == 0x7f;
}

/* The top bits (0x80) of the bytes of w that json_special marks, and
 * possibly of bytes after the first one; 0 if there is none. Per byte x,
 * (x - 1) & ~x sets the top bit only for x == 0, and a borrow runs upward
 * only from a byte that matched. */
static uint64_t json_special8(uint64_t w)
{
    const uint64_t lo = 0x0101010101010101ULL, hi = 0x8080808080808080ULL;
    uint64_t q = w ^ (lo * '"'), k = w ^ (lo * '\\'), d = w ^ (lo * 0x7f);
    return (((q - lo) & ~q) | ((k - lo) & ~k) | ((d - lo) & ~d) | ((w - lo * 0x20) & ~w)) & hi;
}

/* The end of the run of bytes from i on that need no escape. */
static size_t json_run(const char *s, size_t i, size_t n)
{
    while (n - i >= 8) {
        uint64_t w;
        memcpy(&w, s + i, 8);
        if (json_special8(w))
            break;
        i += 8;
    }
    while (i < n && !json_special((unsigned char)s[i]))
        i++;
    return i;
}

static void json_str(tac_buf *b, const char *s, size_t n)
{
    size_t i = 0;
    if (json_run(s, 0, n) == n) {
        /* nothing to escape (the usual case): quotes and text at once */
        if (b->failed || (b->cap - b->len <= n + 2 && grow(b, n + 2) < 0))
            return;
        char *o = b->data + b->len;
        o[0] = '"';
        if (n)
            memcpy(o + 1, s, n);
        o[n + 1] = '"';
        b->len += n + 2;
        b->data[b->len] = '\0';
        return;
    }
    PUT_LIT(b, "\"");
    for (;;) {
        size_t e = json_run(s, i, n);
        put(b, s + i, e - i);
        if (e == n)
            break;
        unsigned char c = (unsigned char)s[e];
        if (c == '"') {
            PUT_LIT(b, "\\\"");
        } else if (c == '\\') {
            PUT_LIT(b, "\\\\");
        } else if (c == '\n') {
            PUT_LIT(b, "\\n");
        } else if (c == '\r') {
            PUT_LIT(b, "\\r");
        } else if (c == '\t') {
            PUT_LIT(b, "\\t");
        } else {
            static const char hex[] = "0123456789abcdef";
            char u[6] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 15]};
            put(b, u, sizeof u);
        }
        i = e + 1;
    }
    PUT_LIT(b, "\"");
}

static void json_cstr(tac_buf *b, const char *s)
{
    if (s)
        json_str(b, s, strlen(s));
    else
        PUT_LIT(b, "null");
}

/* v in decimal, as printf's %lld, into out (24 bytes room); returns the
 * length. */
static size_t fmt_int(char *out, long long v)
{
    char tmp[24];
    size_t n = 0, o = 0;
    unsigned long long u = v < 0 ? 0ULL - (unsigned long long)v : (unsigned long long)v;
    do {
        tmp[n++] = (char)('0' + u % 10);
        u /= 10;
    } while (u);
    if (v < 0)
        out[o++] = '-';
    while (n)
        out[o++] = tmp[--n];
    return o;
}

/* v as printf's %.1f, into out (32 bytes room); returns the length. Values
 * within 1e-9 of a multiple of 0.1 (Goldstein scores are) are written from
 * that multiple, which is what %.1f rounds them to; others by snprintf. */
static size_t fmt_tenths(char *out, double v)
{
    if (v > -1e6 && v < 1e6) {
        double t = v * 10.0;
        long long r = (long long)(t < 0 ? t - 0.5 : t + 0.5);
        double d = t - (double)r;
        if (d > -1e-9 && d < 1e-9 && (r != 0 || (v == 0.0 && !signbit(v)))) {
            size_t o = 0;
            unsigned long long a = r < 0 ? 0ULL - (unsigned long long)r : (unsigned long long)r;
            if (r < 0)
                out[o++] = '-';
            o += fmt_int(out + o, (long long)(a / 10));
            out[o++] = '.';
            out[o++] = (char)('0' + a % 10);
            return o;
        }
    }
    int k = snprintf(out, 32, "%.1f", v);
    return k < 0 ? 0 : (size_t)k < 32 ? (size_t)k : 31;
}

static void json_num(tac_buf *b, double v)
{
    char tmp[32];
    put(b, tmp, fmt_tenths(tmp, v));
}

static void json_int(tac_buf *b, long long v)
{
    char tmp[24];
    put(b, tmp, fmt_int(tmp, v));
}

/* A fixed buffer filled as snprintf fills one: what does not fit is cut,
 * the last byte is kept for the NUL. */
typedef struct sbuf {
    char *p;
    size_t n, cap;
} sbuf;

static void sb_put(sbuf *sb, const char *s, size_t n)
{
    size_t room = sb->cap - 1 - sb->n;
    if (n > room)
        n = room;
    memcpy(sb->p + sb->n, s, n);
    sb->n += n;
}

static void sb_int(sbuf *sb, long long v)
{
    char tmp[24];
    sb_put(sb, tmp, fmt_int(tmp, v));
}

static void sb_str(sbuf *sb, const char *s)
{
    if (!s)
        s = "(null)";
    sb_put(sb, s, strlen(s));
}

/* "file:line" of the pattern after prefix, cut to 63 bytes as it always
 * was; out has 64 bytes. */
static size_t pattern_at(char *out, const char *prefix, const tac_event *ev)
{
    sbuf sb = {out, 0, 64};
    sb_str(&sb, prefix);
    sb_str(&sb, ev->pattern_file);
    sb_put(&sb, ":", 1);
    sb_int(&sb, ev->pattern_line);
    return sb.n;
}

static void json_actor(tac_buf *b, const tac_actor *a, int explain)
{
    PUT_LIT(b, "{\"code\":");
    json_cstr(b, a->code);
    PUT_LIT(b, ",\"country\":");
    json_cstr(b, a->country);
    PUT_LIT(b, ",\"agents\":[");
    for (int i = 0; i < a->n_agents; i++) {
        if (i)
            PUT_LIT(b, ",");
        json_cstr(b, a->agents[i]);
    }
    PUT_LIT(b, "],\"text\":");
    json_str(b, a->text, a->text_len);
    if (a->resolved)
        PUT_LIT(b, ",\"resolved\":true");
    if (explain) {
        PUT_LIT(b, ",\"span\":[");
        json_int(b, (long long)a->offset);
        PUT_LIT(b, ",");
        json_int(b, (long long)(a->offset + a->text_len));
        PUT_LIT(b, "]");
    }
    PUT_LIT(b, "}");
}

/* The top bits of the bytes of w that are a tab, line feed or carriage
 * return (and possibly of bytes after the first one); 0 if none is. */
static uint64_t tsv_special8(uint64_t w)
{
    const uint64_t lo = 0x0101010101010101ULL, hi = 0x8080808080808080ULL;
    uint64_t t = w ^ (lo * '\t'), n = w ^ (lo * '\n'), r = w ^ (lo * '\r');
    return (((t - lo) & ~t) | ((n - lo) & ~n) | ((r - lo) & ~r)) & hi;
}

static void tsv_field(tac_buf *b, const char *s, size_t n)
{
    size_t run = 0, i = 0;
    for (;;) {
        while (n - i >= 8) {
            uint64_t w;
            memcpy(&w, s + i, 8);
            if (tsv_special8(w))
                break;
            i += 8;
        }
        while (i < n && s[i] != '\t' && s[i] != '\n' && s[i] != '\r')
            i++;
        if (i == n)
            break;
        put(b, s + run, i - run);
        PUT_LIT(b, " ");
        run = ++i;
    }
    put(b, s + run, n - run);
}

static void tsv_cstr(tac_buf *b, const char *s)
{
    if (s)
        tsv_field(b, s, strlen(s));
}

static void tsv_actor(tac_buf *b, const tac_actor *a, int present)
{
    if (present) {
        tsv_cstr(b, a->code);
        PUT_LIT(b, "\t");
        tsv_cstr(b, a->country);
        PUT_LIT(b, "\t");
        for (int i = 0; i < a->n_agents; i++) {
            if (i)
                PUT_LIT(b, ";");
            tsv_cstr(b, a->agents[i]);
        }
        PUT_LIT(b, "\t");
        tsv_field(b, a->text, a->text_len);
    } else {
        PUT_LIT(b, "\t\t\t");
    }
}

tac_status tac_event_write_tsv_header(tac_buf *b, int flags)
{
    puts_(b, "doc\tsentence\theadline\tdate\tdate_precision\t"
             "source_code\tsource_country\tsource_agents\tsource_text\t"
             "target_code\ttarget_country\ttarget_agents\ttarget_text\t"
             "event_code\troot\tname\tquad\tgoldstein\tevent_text\tpattern");
    if (flags & TAC_EMIT_EXPLAIN)
        PUT_LIT(b, "\tpattern_text\tmodality\tsentence_text");
    PUT_LIT(b, "\n");
    return b->failed ? TAC_ENOMEM : TAC_OK;
}

/* s[0..n) to d as a TSV field: tab, newline and CR become spaces (as
 * tsv_field writes them); returns the end. */
static char *tsv_copy(char *d, const char *s, size_t n)
{
    size_t i = 0;
    for (; n - i >= 8; i += 8) { /* eight bytes at a time while none is special */
        uint64_t w;
        memcpy(&w, s + i, 8);
        if (tsv_special8(w))
            break;
        memcpy(d + i, &w, 8);
    }
    for (; i < n; i++) {
        char c = s[i];
        d[i] = c == '\t' || c == '\n' || c == '\r' ? ' ' : c;
    }
    return d + n;
}

/* TABARI's event file, one line per event, as TABARI 0.8 writes it with
 * "OUTPUT: ID" and labels:
 *
 *   YYMMDD \t source \t target \t code \t label \t record id \n
 *
 * A missing actor is TABARI's null code "---". The date is the event's
 * (moved by a time expression, as TABARI's time shifts move it). */
static void write_tabari(tac_buf *b, const tac_event *ev)
{
    /* the line's length is known before it is written: room is made once
     * and the fields are copied in place (the codes and label are short) */
    const char *src = ev->source.code && *ev->source.code ? ev->source.code : "---";
    const char *tgt = ev->has_target && ev->target.code && *ev->target.code ? ev->target.code
                                                                            : "---";
    const char *code = ev->code ? ev->code : "";
    const char *name = ev->name ? ev->name : "";
    size_t ls = strlen(src), lt = strlen(tgt), lc = strlen(code), ln = strlen(name);
    size_t n = 7 + ls + 1 + lt + 1 + lc + 1 + ln + 1 + ev->doc_id_len + 1;
    if (b->failed || (b->cap - b->len <= n && grow(b, n) < 0))
        return;
    char *d = b->data + b->len;
    /* ev->date is YYYY-MM-DD */
    d[0] = ev->date[2], d[1] = ev->date[3], d[2] = ev->date[5], d[3] = ev->date[6];
    d[4] = ev->date[8], d[5] = ev->date[9], d[6] = '\t';
    d = tsv_copy(d + 7, src, ls);
    *d++ = '\t';
    d = tsv_copy(d, tgt, lt);
    *d++ = '\t';
    d = tsv_copy(d, code, lc);
    *d++ = '\t';
    d = tsv_copy(d, name, ln);
    *d++ = '\t';
    d = tsv_copy(d, ev->doc_id, ev->doc_id_len);
    *d++ = '\n';
    *d = '\0';
    b->len += n;
}

tac_status tac_event_write(tac_buf *b, const tac_event *ev, tac_format fmt,
                           int flags)
{
    int explain = (flags & TAC_EMIT_EXPLAIN) != 0;
    char tmp[64];
    if (fmt == TAC_FORMAT_TABARI) {
        write_tabari(b, ev);
        return b->failed ? TAC_ENOMEM : TAC_OK;
    }
    if (fmt == TAC_FORMAT_TSV) {
        tsv_field(b, ev->doc_id, ev->doc_id_len);
        sbuf sb = {tmp, 0, sizeof tmp};
        sb_put(&sb, "\t", 1);
        sb_int(&sb, ev->sentence);
        sb_str(&sb, ev->headline ? "\ttrue\t" : "\tfalse\t");
        sb_str(&sb, ev->date);
        sb_put(&sb, "\t", 1);
        sb_str(&sb, ev->date_precision);
        sb_put(&sb, "\t", 1);
        put(b, tmp, sb.n);
        tsv_actor(b, &ev->source, 1);
        PUT_LIT(b, "\t");
        tsv_actor(b, &ev->target, ev->has_target);
        PUT_LIT(b, "\t");
        tsv_cstr(b, ev->code);
        PUT_LIT(b, "\t");
        tsv_cstr(b, ev->root);
        PUT_LIT(b, "\t");
        tsv_cstr(b, ev->name);
        PUT_LIT(b, "\t");
        json_int(b, ev->quad);
        PUT_LIT(b, "\t");
        json_num(b, ev->goldstein);
        PUT_LIT(b, "\t");
        tsv_field(b, ev->text, ev->text_len);
        put(b, tmp, pattern_at(tmp, "\t", ev));
        if (explain) {
            PUT_LIT(b, "\t");
            tsv_cstr(b, ev->pattern);
            PUT_LIT(b, "\t");
            tsv_cstr(b, ev->modality);
            PUT_LIT(b, "\t");
            tsv_field(b, ev->sentence_text, ev->sentence_len);
        }
        PUT_LIT(b, "\n");
        return b->failed ? TAC_ENOMEM : TAC_OK;
    }
    PUT_LIT(b, "{\"doc\":");
    json_str(b, ev->doc_id, ev->doc_id_len);
    PUT_LIT(b, ",\"sentence\":");
    json_int(b, ev->sentence);
    if (ev->headline)
        PUT_LIT(b, ",\"headline\":true");
    else
        PUT_LIT(b, ",\"headline\":false");
    PUT_LIT(b, ",\"date\":");
    json_cstr(b, ev->date);
    PUT_LIT(b, ",\"date_precision\":");
    json_cstr(b, ev->date_precision);
    PUT_LIT(b, ",\"source\":");
    json_actor(b, &ev->source, explain);
    PUT_LIT(b, ",\"target\":");
    if (ev->has_target)
        json_actor(b, &ev->target, explain);
    else
        PUT_LIT(b, "null");
    PUT_LIT(b, ",\"event\":{\"code\":");
    json_cstr(b, ev->code);
    PUT_LIT(b, ",\"root\":");
    json_cstr(b, ev->root);
    PUT_LIT(b, ",\"name\":");
    json_cstr(b, ev->name);
    PUT_LIT(b, ",\"quad\":");
    json_int(b, ev->quad);
    PUT_LIT(b, ",\"goldstein\":");
    json_num(b, ev->goldstein);
    PUT_LIT(b, ",\"text\":");
    json_str(b, ev->text, ev->text_len);
    if (ev->modality) {
        PUT_LIT(b, ",\"modality\":");
        json_cstr(b, ev->modality);
    }
    if (explain) {
        PUT_LIT(b, ",\"span\":[");
        json_int(b, (long long)ev->text_offset);
        PUT_LIT(b, ",");
        json_int(b, (long long)(ev->text_offset + ev->text_len));
        PUT_LIT(b, "]");
    }
    PUT_LIT(b, "},\"pattern\":");
    json_str(b, tmp, pattern_at(tmp, "", ev));
    if (explain) {
        PUT_LIT(b, ",\"explain\":{\"pattern\":");
        json_cstr(b, ev->pattern);
        PUT_LIT(b, ",\"field\":");
        json_cstr(b, ev->field);
        PUT_LIT(b, ",\"sentence\":");
        json_str(b, ev->sentence_text, ev->sentence_len);
        PUT_LIT(b, ",\"sentence_span\":[");
        json_int(b, (long long)ev->sentence_offset);
        PUT_LIT(b, ",");
        json_int(b, (long long)(ev->sentence_offset + ev->sentence_len));
        PUT_LIT(b, "]}");
    }
    PUT_LIT(b, "}\n");
    return b->failed ? TAC_ENOMEM : TAC_OK;
}
