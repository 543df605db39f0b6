/* eval_tabari.c -- TABARI's validation suite through a TABARI dictionary set.
 *
 * ../shared/peers/tabari/validation/Validate.project names the demo
 * dictionaries (TABARI.Demo.actors/.verbs, Validate.agents/.options); the
 * set is loaded with tac_dict_load_tabari. Validate.text holds records:
 *
 *   950101  DEMO-01                  date (YYMMDD, or YYYYMMDD) and id
 *   Arnor is about to restore ...    text lines
 *   / * ... { ARN / GON / 064 } 950101 ... * /   the expected events
 *
 * In the comment, "{ SRC / TGT / CODE }" is an expected event (an optional
 * YYMMDD after it is its date, checked, as TABARI's validator does, only
 * while time shifting is on), "{---}" or "{###}" no event, "-{...}" a
 * disabled expectation (as in TABARI's own check: the blocks before it are
 * checked, the events after them are not, a date after a first disabled
 * block still is), and "{ OPTION: line }" an options line
 * applied (tac_dict_tabari_option) before the record is coded. Records are
 * read up to the one with id FINAL-01 (not included): the 466 standard
 * records. This is a conformance suite, so every record is scored whatever
 * --split says.
 *
 * Measures: records whose set of (source, target, code[, date]) equals the
 * expected set (the main figure, "records exact"), and event P/R/F1 over
 * all records. --misses prints each differing record. */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "eval.h"

#define MAX_EV 64

typedef struct tev {
    char src[32], tgt[32], code[16], date[11];
} tev;

static void diag_quiet(void *user, const char *file, size_t line, const char *reason)
{
    long *n = user;
    (void)file;
    (void)line;
    (void)reason;
    (*n)++;
}

/* YYMMDD or YYYYMMDD -> YYYY-MM-DD; 0 if not a date. */
static int iso_date(const char *s, size_t n, char out[11])
{
    for (size_t i = 0; i < n; i++)
        if (!isdigit((unsigned char)s[i]))
            return 0;
    int y;
    const char *md;
    if (n == 6) {
        y = (s[0] - '0') * 10 + (s[1] - '0');
        y += y < 25 ? 2000 : 1900;
        md = s + 2;
    } else if (n == 8) {
        y = atoi((char[]){s[0], s[1], s[2], s[3], 0});
        md = s + 4;
    } else {
        return 0;
    }
    int m = (md[0] - '0') * 10 + (md[1] - '0'), d = (md[2] - '0') * 10 + (md[3] - '0');
    if (m < 1 || m > 12 || d < 1 || d > 31)
        return 0;
    snprintf(out, 11, "%04d-%02d-%02d", y, m, d);
    return 1;
}

/* The length of the date of a record header line ("950101  DEMO-01"), or
 * 0 if line is not one. */
static size_t is_header(const char *line)
{
    size_t dl = 0;
    while (isdigit((unsigned char)line[dl]))
        dl++;
    if (dl < 6 || (line[dl] != ' ' && line[dl] != '\t'))
        return 0;
    const char *p = line + dl;
    while (*p == ' ' || *p == '\t')
        p++;
    return *p ? dl : 0;
}

static void field(const char *s, size_t n, char *out, size_t cap)
{
    while (n && isspace((unsigned char)*s))
        s++, n--;
    while (n && isspace((unsigned char)s[n - 1]))
        n--;
    if (n >= cap)
        n = cap - 1;
    memcpy(out, s, n);
    out[n] = '\0';
}

static int same(const tev *a, const tev *b, int with_date)
{
    return !strcmp(a->src, b->src) && !strcmp(a->tgt, b->tgt) && !strcmp(a->code, b->code) &&
           (!with_date || !a->date[0] || !b->date[0] || !strcmp(a->date, b->date));
}

static void add(tev *v, int *n, const tev *t)
{
    for (int i = 0; i < *n; i++)
        if (same(&v[i], t, 1) && !strcmp(v[i].date, t->date))
            return;
    if (*n < MAX_EV)
        v[(*n)++] = *t;
}

/* Reads the comment c[0..n): expected events into exp, options applied. */
static void expectations(eval_ctx *ctx, tac_dict *dict, const char *c, size_t n, tev *exp,
                         int *ne, long *bad_options, int *disabled_at, char dis_date[11],
                         int *time_check)
{
    int blocks = 0, none_first = 0;
    *disabled_at = -1;
    dis_date[0] = '\0';
    for (size_t i = 0; i < n; i++) {
        if (c[i] != '{')
            continue;
        size_t j = i + 1;
        while (j < n && c[j] != '}')
            j++;
        const char *b = c + i + 1;
        size_t bl = j - i - 1;
        int disabled = i > 0 && c[i - 1] == '-';
        char inner[512];
        field(b, bl, inner, sizeof inner);
        if (!strncmp(inner, "OPTION:", 7)) {
            const char *o = inner + 7;
            /* one record leaves its OPTION block unclosed: stop at the comment end */
            char *close = strstr(inner, "*/");
            size_t ol = close ? (size_t)(close - o) : strlen(o);
            /* TABARI's validator checks dates only while time shifting
             * is on (a <TIME> block turns it on, SET: TIME SHIFT sets it) */
            if (strstr(o, "TIME SHIFT"))
                *time_check = strstr(o, "TRUE") != NULL;
            if (tac_dict_tabari_option(dict, o, ol) != TAC_OK) {
                (*bad_options)++;
                if (ctx->misses)
                    fprintf(ctx->misses, "tabari: option not understood: %.*s\n", (int)ol, o);
            }
        } else if (!blocks && !disabled && !*ne &&
                   (!strcmp(inner, "---") || !strcmp(inner, "###") || !strcmp(inner, "+++"))) {
            /* a first block saying "no event": TABARI's validator then
             * passes the record only when nothing is coded; the blocks
             * after it (DEBUG-11: what codes with the filter off) are not
             * expectations */
            none_first = 1;
        } else if (none_first) {
            ; /* not an expectation */
        } else if (disabled && strchr(inner, '/')) {
            /* TABARI's check stops at a disabled block: what follows is
             * not checked, but a date after the first block still is */
            if (*disabled_at < 0) {
                *disabled_at = *ne;
                size_t k = j + 1, st;
                while (k < n && (c[k] == ' ' || c[k] == '\t'))
                    k++;
                st = k;
                while (k < n && isdigit((unsigned char)c[k]))
                    k++;
                if (!blocks && k > st)
                    iso_date(c + st, k - st, dis_date);
            }
            blocks++;
        } else if (!disabled && strchr(inner, '/')) {
            blocks++;
            tev t;
            memset(&t, 0, sizeof t);
            char *s1 = strchr(inner, '/');
            char *s2 = s1 ? strchr(s1 + 1, '/') : NULL;
            if (s2) {
                field(inner, (size_t)(s1 - inner), t.src, sizeof t.src);
                field(s1 + 1, (size_t)(s2 - s1 - 1), t.tgt, sizeof t.tgt);
                field(s2 + 1, strlen(s2 + 1), t.code, sizeof t.code);
                /* a date may follow the block */
                size_t k = j + 1;
                while (k < n && (c[k] == ' ' || c[k] == '\t'))
                    k++;
                size_t st = k;
                while (k < n && isdigit((unsigned char)c[k]))
                    k++;
                if (k > st)
                    iso_date(c + st, k - st, t.date);
                add(exp, ne, &t);
            }
        }
        i = j;
    }
}

int eval_tabari(eval_ctx *ctx, eval_result *r)
{
    char path[4096];
    snprintf(path, sizeof path, "%s/peers/tabari/validation/Validate.project", ctx->shared);
    char *buf = eval_slurp(ctx, "peers/tabari/validation/Validate.text", NULL, r);
    if (!buf)
        return -1;
    long dict_errors = 0, bad_options = 0;
    tac_dict *dict = NULL;
    tac_coder *coder = NULL;
    if (tac_dict_load_tabari(path, diag_quiet, &dict_errors, &dict) != TAC_OK ||
        tac_coder_new(dict, NULL, &coder) != TAC_OK) {
        snprintf(r->skipped, sizeof r->skipped, "cannot load the TABARI set %.200s", path);
        tac_dict_free(dict);
        free(buf);
        return -1;
    }
    eval_ctx tc = *ctx;
    tc.coder = coder;
    r->measure = "records reproduced exactly (set of src/tgt/code[/date]); P/R/F1 over events";
    long exact = 0, n_disabled = 0;
    int time_check = 1; /* Validate's verbs hold a <TIME> block */
    char date[11] = "1995-01-01";
    char *cur = buf;
    char *line;
    char *pending = NULL; /* a header line read while in a comment */
    while ((line = pending ? pending : eval_next_line(&cur)) != NULL) {
        pending = NULL;
        /* a record header: digits, white space, an id */
        size_t dl = is_header(line);
        if (!dl)
            continue;
        char id[128];
        field(line + dl, strlen(line + dl), id, sizeof id);
        if (!strcmp(id, "FINAL-01"))
            break;
        char d[11];
        if (iso_date(line, dl, d))
            memcpy(date, d, sizeof d);
        /* text up to the comment, then the comment */
        size_t tcap = 4096, tl = 0;
        char *text = malloc(tcap);
        char *comment = NULL;
        size_t cl = 0;
        int in_comment = 0, done = 0;
        while (!done && (line = eval_next_line(&cur)) != NULL && text) {
            if (in_comment && is_header(line)) {
                /* DEFAULT-06b leaves its comment open: the next record's
                 * header ends it, as in TABARI's reader */
                pending = line;
                break;
            }
            size_t ll = strlen(line);
            const char *part = line;
            if (!in_comment) {
                char *open = strstr(line, "/*");
                size_t take = open ? (size_t)(open - line) : ll;
                if (tl + take + 2 > tcap) {
                    tcap = 2 * (tl + take + 2);
                    char *g = realloc(text, tcap);
                    if (!g) {
                        free(text);
                        text = NULL;
                        break;
                    }
                    text = g;
                }
                memcpy(text + tl, line, take);
                tl += take;
                text[tl++] = ' ';
                if (!open)
                    continue;
                in_comment = 1;
                part = open + 2;
            }
            size_t pl = strlen(part);
            char *g = realloc(comment, cl + pl + 2);
            if (!g)
                break;
            comment = g;
            memcpy(comment + cl, part, pl);
            cl += pl;
            comment[cl++] = '\n';
            comment[cl] = '\0';
            if (strstr(part, "*/"))
                done = 1;
        }
        /* TABARI's validator reads every block after the first comment
         * opening, up to the end of the record (an empty line): blocks
         * left after a closed comment count too (PATTERN-26) */
        while (done && !pending && comment && (line = eval_next_line(&cur)) != NULL) {
            const char *q = line;
            while (*q == ' ' || *q == '\t' || *q == '\r')
                q++;
            if (!*q)
                break;
            if (is_header(line)) {
                pending = line;
                break;
            }
            size_t pl = strlen(line);
            char *g = realloc(comment, cl + pl + 2);
            if (!g)
                break;
            comment = g;
            memcpy(comment + cl, line, pl);
            cl += pl;
            comment[cl++] = '\n';
            comment[cl] = '\0';
        }
        if (!text) {
            free(comment);
            break;
        }
        text[tl] = '\0';
        tev exp[MAX_EV], got[MAX_EV];
        int ne = 0, ng = 0, disabled_at = -1;
        char dis_date[11] = "";
        if (comment)
            expectations(ctx, dict, comment, cl, exp, &ne, &bad_options, &disabled_at, dis_date,
                         &time_check);
        long n = eval_code(&tc, id, date, NULL, text);
        for (long i = 0; i < n; i++) {
            const tac_event *ev = tac_coder_event(coder, (size_t)i);
            tev t;
            memset(&t, 0, sizeof t);
            snprintf(t.src, sizeof t.src, "%s", ev->source.code ? ev->source.code : "");
            snprintf(t.tgt, sizeof t.tgt, "%s", ev->has_target && ev->target.code ? ev->target.code : "");
            snprintf(t.code, sizeof t.code, "%s", ev->code);
            memcpy(t.date, ev->date, sizeof t.date);
            add(got, &ng, &t);
        }
        /* match as sets; an expected date, when given, must agree */
        int used[MAX_EV] = {0};
        long hit = 0;
        for (int i = 0; i < ne; i++)
            for (int j = 0; j < ng; j++)
                if (!used[j] && same(&exp[i], &got[j], time_check)) {
                    used[j] = 1;
                    hit++;
                    break;
                }
        r->items++;
        r->tp += hit;
        r->fp += ng - hit;
        r->fn += ne - hit;
        int ok = hit == ne && hit == ng;
        if (disabled_at >= 0)
            /* a disabled block "-{...}": as TABARI's validator checks it,
             * the events before it must be there, the rest is not checked
             * (the date after a first block, when given, is) */
            ok = hit == ne && (!time_check || !dis_date[0] || !ng || !strcmp(got[0].date, dis_date));
        exact += ok;
        n_disabled += disabled_at >= 0;
        if (ctx->misses && !ok) {
            fprintf(ctx->misses, "tabari %s:", id);
            fprintf(ctx->misses, " expected");
            if (!ne)
                fprintf(ctx->misses, " none");
            for (int i = 0; i < ne; i++)
                fprintf(ctx->misses, " %s/%s/%s%s%s", exp[i].src, exp[i].tgt, exp[i].code,
                        exp[i].date[0] ? "@" : "", exp[i].date);
            fprintf(ctx->misses, " | got");
            if (!ng)
                fprintf(ctx->misses, " none");
            for (int i = 0; i < ng; i++)
                fprintf(ctx->misses, " %s/%s/%s@%s", got[i].src, got[i].tgt, got[i].code,
                        got[i].date);
            fprintf(ctx->misses, " | %.300s\n", text);
        }
        free(text);
        free(comment);
    }
    eval_figure(r, "records exact", r->items ? (double)exact / (double)r->items : 0);
    eval_figure(r, "records exact (count)", (double)exact);
    eval_figure(r, "records with a disabled check", (double)n_disabled);
    eval_figure(r, "dictionary lines rejected", (double)dict_errors);
    if (bad_options)
        eval_figure(r, "OPTION lines not understood", (double)bad_options);
    tac_coder_free(coder);
    tac_dict_free(dict);
    free(buf);
    return 0;
}
