/* emit.c -- event records as JSON Lines, TSV and TABARI's event file.
 *
 * JSON: one object per line, keys in a fixed order, strings escaped per
 * RFC 8259 (control characters as \u00XX; UTF-8 passes through).
 * TSV: a header line and one row per event; tabs and line breaks inside
 * fields become spaces so that every row has the same columns for pandas
 * (read_csv(sep="\t")) and R (read.delim).
 * TABARI: the columns of TABARI's event files (docs/tabari.md), no header. */
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

static void put(tac_buf *b, const char *s, size_t n)
{
    if (b->failed || (n == 0 && b->data))
        return; /* (s may be NULL when n is 0) */
    if (b->len + n + 1 > b->cap) {
        size_t cap = b->cap ? b->cap : 4096;
        while (cap < b->len + n + 1)
            cap *= 2;
        char *d = tac_realloc(b->data, cap);
        if (!d) {
            b->failed = 1;
            return;
        }
        b->data = d;
        b->cap = cap;
    }
    if (n)
        memcpy(b->data + b->len, s, n);
    b->len += n;
    b->data[b->len] = '\0';
}

static void puts_(tac_buf *b, const char *s)
{
    put(b, s, strlen(s));
}

void tac_buf_append(tac_buf *b, const char *s, size_t n)
{
    put(b, s, n);
}

static void json_str(tac_buf *b, const char *s, size_t n)
{
    put(b, "\"", 1);
    size_t run = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        const char *esc = NULL;
        char tmp[8];
        if (c == '"')
            esc = "\\\"";
        else if (c == '\\')
            esc = "\\\\";
        else if (c == '\n')
            esc = "\\n";
        else if (c == '\r')
            esc = "\\r";
        else if (c == '\t')
            esc = "\\t";
        else if (c < 0x20 || c == 0x7f) {
            snprintf(tmp, sizeof tmp, "\\u%04x", c);
            esc = tmp;
        }
        if (esc) {
            put(b, s + run, i - run);
            puts_(b, esc);
            run = i + 1;
        }
    }
    put(b, s + run, n - run);
    put(b, "\"", 1);
}

static void json_cstr(tac_buf *b, const char *s)
{
    if (s)
        json_str(b, s, strlen(s));
    else
        puts_(b, "null");
}

static void json_num(tac_buf *b, double v)
{
    char tmp[32];
    snprintf(tmp, sizeof tmp, "%.1f", v);
    puts_(b, tmp);
}

static void json_int(tac_buf *b, long long v)
{
    char tmp[32];
    snprintf(tmp, sizeof tmp, "%lld", v);
    puts_(b, tmp);
}

static void json_actor(tac_buf *b, const tac_actor *a, int explain)
{
    puts_(b, "{\"code\":");
    json_cstr(b, a->code);
    puts_(b, ",\"country\":");
    json_cstr(b, a->country);
    puts_(b, ",\"agents\":[");
    for (int i = 0; i < a->n_agents; i++) {
        if (i)
            puts_(b, ",");
        json_cstr(b, a->agents[i]);
    }
    puts_(b, "],\"text\":");
    json_str(b, a->text, a->text_len);
    if (a->resolved)
        puts_(b, ",\"resolved\":true");
    if (explain) {
        puts_(b, ",\"span\":[");
        json_int(b, (long long)a->offset);
        puts_(b, ",");
        json_int(b, (long long)(a->offset + a->text_len));
        puts_(b, "]");
    }
    puts_(b, "}");
}

static void tsv_field(tac_buf *b, const char *s, size_t n)
{
    size_t run = 0;
    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        if (c == '\t' || c == '\n' || c == '\r') {
            put(b, s + run, i - run);
            put(b, " ", 1);
            run = i + 1;
        }
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
        put(b, "\t", 1);
        tsv_cstr(b, a->country);
        put(b, "\t", 1);
        for (int i = 0; i < a->n_agents; i++) {
            if (i)
                put(b, ";", 1);
            tsv_cstr(b, a->agents[i]);
        }
        put(b, "\t", 1);
        tsv_field(b, a->text, a->text_len);
    } else {
        put(b, "\t\t\t", 3);
    }
}

tac_status tac_event_write_tsv_header(tac_buf *b, int flags)
{
    puts_(b, "doc\tsentence\theadline\tdate\tdate_precision\t"
             "source_code\tsource_country\tsource_agents\tsource_text\t"
             "target_code\ttarget_country\ttarget_agents\ttarget_text\t"
             "event_code\troot\tname\tquad\tgoldstein\tevent_text\tpattern");
    if (flags & TAC_EMIT_EXPLAIN)
        puts_(b, "\tpattern_text\tmodality\tsentence_text");
    puts_(b, "\n");
    return b->failed ? TAC_ENOMEM : TAC_OK;
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
    char d[8];
    /* ev->date is YYYY-MM-DD */
    d[0] = ev->date[2], d[1] = ev->date[3], d[2] = ev->date[5], d[3] = ev->date[6];
    d[4] = ev->date[8], d[5] = ev->date[9], d[6] = '\t';
    put(b, d, 7);
    tsv_cstr(b, ev->source.code && *ev->source.code ? ev->source.code : "---");
    put(b, "\t", 1);
    tsv_cstr(b, ev->has_target && ev->target.code && *ev->target.code ? ev->target.code : "---");
    put(b, "\t", 1);
    tsv_cstr(b, ev->code);
    put(b, "\t", 1);
    tsv_cstr(b, ev->name);
    put(b, "\t", 1);
    tsv_field(b, ev->doc_id, ev->doc_id_len);
    put(b, "\n", 1);
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
        snprintf(tmp, sizeof tmp, "\t%d\t%s\t%s\t%s\t", ev->sentence,
                 ev->headline ? "true" : "false", ev->date, ev->date_precision);
        puts_(b, tmp);
        tsv_actor(b, &ev->source, 1);
        put(b, "\t", 1);
        tsv_actor(b, &ev->target, ev->has_target);
        put(b, "\t", 1);
        tsv_cstr(b, ev->code);
        put(b, "\t", 1);
        tsv_cstr(b, ev->root);
        put(b, "\t", 1);
        tsv_cstr(b, ev->name);
        snprintf(tmp, sizeof tmp, "\t%d\t%.1f\t", ev->quad, ev->goldstein);
        puts_(b, tmp);
        tsv_field(b, ev->text, ev->text_len);
        snprintf(tmp, sizeof tmp, "\t%s:%d", ev->pattern_file, ev->pattern_line);
        puts_(b, tmp);
        if (explain) {
            put(b, "\t", 1);
            tsv_cstr(b, ev->pattern);
            put(b, "\t", 1);
            tsv_cstr(b, ev->modality);
            put(b, "\t", 1);
            tsv_field(b, ev->sentence_text, ev->sentence_len);
        }
        puts_(b, "\n");
        return b->failed ? TAC_ENOMEM : TAC_OK;
    }
    puts_(b, "{\"doc\":");
    json_str(b, ev->doc_id, ev->doc_id_len);
    puts_(b, ",\"sentence\":");
    json_int(b, ev->sentence);
    puts_(b, ev->headline ? ",\"headline\":true" : ",\"headline\":false");
    puts_(b, ",\"date\":");
    json_cstr(b, ev->date);
    puts_(b, ",\"date_precision\":");
    json_cstr(b, ev->date_precision);
    puts_(b, ",\"source\":");
    json_actor(b, &ev->source, explain);
    puts_(b, ",\"target\":");
    if (ev->has_target)
        json_actor(b, &ev->target, explain);
    else
        puts_(b, "null");
    puts_(b, ",\"event\":{\"code\":");
    json_cstr(b, ev->code);
    puts_(b, ",\"root\":");
    json_cstr(b, ev->root);
    puts_(b, ",\"name\":");
    json_cstr(b, ev->name);
    puts_(b, ",\"quad\":");
    json_int(b, ev->quad);
    puts_(b, ",\"goldstein\":");
    json_num(b, ev->goldstein);
    puts_(b, ",\"text\":");
    json_str(b, ev->text, ev->text_len);
    if (ev->modality) {
        puts_(b, ",\"modality\":");
        json_cstr(b, ev->modality);
    }
    if (explain) {
        puts_(b, ",\"span\":[");
        json_int(b, (long long)ev->text_offset);
        puts_(b, ",");
        json_int(b, (long long)(ev->text_offset + ev->text_len));
        puts_(b, "]");
    }
    puts_(b, "},\"pattern\":");
    snprintf(tmp, sizeof tmp, "%s:%d", ev->pattern_file, ev->pattern_line);
    json_cstr(b, tmp);
    if (explain) {
        puts_(b, ",\"explain\":{\"pattern\":");
        json_cstr(b, ev->pattern);
        puts_(b, ",\"field\":");
        json_cstr(b, ev->field);
        puts_(b, ",\"sentence\":");
        json_str(b, ev->sentence_text, ev->sentence_len);
        puts_(b, ",\"sentence_span\":[");
        json_int(b, (long long)ev->sentence_offset);
        puts_(b, ",");
        json_int(b, (long long)(ev->sentence_offset + ev->sentence_len));
        puts_(b, "]}");
    }
    puts_(b, "}\n");
    return b->failed ? TAC_ENOMEM : TAC_OK;
}
