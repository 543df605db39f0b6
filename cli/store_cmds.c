/* store_cmds.c -- the verbs that read an event store.
 *
 *   tacitus query DB [filters] [--mentions] [--csv|--jsonl] [--limit N]
 *   tacitus series DB [filters] [--by day|week|month|year] [--svg FILE]
 *   tacitus top DB [filters] [--by actors|dyads|codes|roots] [--limit N]
 *
 * The filters --root, --quad, --code, --actor and --political are those
 * of `tacitus code`, parsed by filter.c into the store's tac_query: lists
 * and repeated flags alike, the same messages for bad values. --political
 * reads the countries from the dictionaries (--dict), as a store keeps
 * the actors' codes but not their countries.
 *
 * Results print as an aligned table (the default), CSV (RFC 4180, header
 * line), TSV (header line; tabs and line breaks in values become spaces, as
 * in `tacitus code --format tsv`) or JSON Lines (numbers as numbers), so
 * that a terminal, a spreadsheet, pandas and R all read them as they are. */
#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "tacitus.h"
#include "tacitus_store.h"

#include "chart.h"
#include "cli.h"
#include "filter.h"

typedef enum out_kind { OUT_TABLE = 0, OUT_CSV, OUT_TSV, OUT_JSONL } out_kind;

#define TABLE_DEFAULT_LIMIT 50 /* rows a table shows unless --limit says */
#define TABLE_MAX_WIDTH 60     /* longer cells are cut with "..." */

/* ---- options shared by the verbs ------------------------------------- */

typedef struct common {
    tac_query q;
    out_kind out;
    const char *db;
    const char *by;
    const char *svg;
    const char *dict;
    int lines;
    int limit_set;
    char dyad_buf[80];
    ev_filter filter;                          /* --root --quad --code --actor --political */
    const char *actors[FILTER_MAX_PREFIXES];   /* q.actors: into filter */
    const char *codes[FILTER_MAX_PREFIXES];    /* q.codes: into filter */
    char *political_any, *political_alone;     /* q.political_*: owned */
} common;

static void common_fini(common *c)
{
    free(c->political_any);
    free(c->political_alone);
}

static int bad_date(const char *s)
{
    if (strlen(s) != 10 || s[4] != '-' || s[7] != '-')
        return 1;
    for (int i = 0; i < 10; i++)
        if (i != 4 && i != 7 && !isdigit((unsigned char)s[i]))
            return 1;
    return 0;
}

/* Parses the shared options; returns 1 if argv[*i] was one, 0 if not, or
 * -1 after a usage message. */
static int common_opt(common *c, int argc, char **argv, int *i)
{
    const char *a = argv[*i];
    const char *val = NULL;
    static const char *const with_value[] = {"--dyad", "--from", "--to", "--doc", "--text",
                                             "--limit", "--by", "--svg", "--dict", NULL};
    int kind = filter_flag(a);
    if (kind) {
        if (kind == 2 && *i + 1 >= argc) {
            errf("option %s needs a value", a);
            return -1;
        }
        return filter_set(&c->filter, a, kind == 2 ? argv[++*i] : NULL) < 0 ? -1 : 1;
    }
    for (int k = 0; with_value[k]; k++) {
        if (strcmp(a, with_value[k]) == 0) {
            if (*i + 1 >= argc) {
                errf("option %s needs a value", a);
                return -1;
            }
            val = argv[++*i];
            break;
        }
    }
    if (!strcmp(a, "--dyad")) {
        const char *comma = strchr(val, ',');
        if (!comma || comma == val || !comma[1] || strlen(val) >= sizeof c->dyad_buf) {
            errf("--dyad wants two actor codes: A,B (e.g. ARM,AZE)");
            return -1;
        }
        memcpy(c->dyad_buf, val, strlen(val) + 1);
        c->dyad_buf[comma - val] = '\0';
        c->q.dyad_a = c->dyad_buf;
        c->q.dyad_b = c->dyad_buf + (comma - val) + 1;
    } else if (!strcmp(a, "--directed")) {
        c->q.directed = 1;
    } else if (!strcmp(a, "--from") || !strcmp(a, "--to")) {
        if (bad_date(val)) {
            errf("%s wants YYYY-MM-DD, not '%s'", a, val);
            return -1;
        }
        if (a[2] == 'f')
            c->q.from = val;
        else
            c->q.to = val;
    } else if (!strcmp(a, "--doc")) {
        c->q.doc = val;
    } else if (!strcmp(a, "--text")) {
        c->q.text = val;
    } else if (!strcmp(a, "--limit")) {
        char *end;
        errno = 0;
        long v = strtol(val, &end, 10);
        if (errno || *end || v < 0) {
            errf("--limit wants a number (0 = no limit)");
            return -1;
        }
        c->q.limit = v;
        c->limit_set = 1;
    } else if (!strcmp(a, "--by")) {
        c->by = val;
    } else if (!strcmp(a, "--svg")) {
        c->svg = val;
    } else if (!strcmp(a, "--dict")) {
        c->dict = val;
    } else if (!strcmp(a, "--csv")) {
        c->out = OUT_CSV;
    } else if (!strcmp(a, "--tsv")) {
        c->out = OUT_TSV;
    } else if (!strcmp(a, "--jsonl")) {
        c->out = OUT_JSONL;
    } else {
        return 0;
    }
    return 1;
}

static tac_store *open_ro(const char *db)
{
    char err[600];
    tac_store *st;
    if (access(db, F_OK) != 0 && strncmp(db, "postgres", 8) != 0) {
        errf("%s: no such store", db);
        return NULL;
    }
    if (tac_store_open(db, TAC_STORE_READONLY, &st, err, sizeof err) != TAC_OK) {
        errf("%s", err);
        return NULL;
    }
    return st;
}

/* ---- result printing --------------------------------------------------- */

typedef struct table {
    out_kind out;
    int ncol;
    char **names;
    char **cells; /* rows * ncol, owned */
    size_t rows, cap;
    int oom;
    const int *numeric; /* per column: print as a JSON number */
} table;

static char *dup_or_empty(const char *s)
{
    return strdup(s ? s : "");
}

static int table_row(void *user, int ncol, const char *const *names, const char *const *vals)
{
    table *t = user;
    if (!t->names) {
        t->ncol = ncol;
        t->names = calloc((size_t)ncol, sizeof *t->names);
        if (!t->names)
            return t->oom = 1;
        for (int i = 0; i < ncol; i++)
            if (!(t->names[i] = dup_or_empty(names[i])))
                return t->oom = 1;
    }
    if (t->rows == t->cap) {
        size_t nc = t->cap ? t->cap * 2 : 64;
        char **g = realloc(t->cells, nc * (size_t)t->ncol * sizeof *g);
        if (!g)
            return t->oom = 1;
        t->cells = g;
        t->cap = nc;
    }
    for (int i = 0; i < t->ncol; i++) {
        char *c = vals[i] ? strdup(vals[i]) : NULL;
        if (vals[i] && !c)
            return t->oom = 1;
        t->cells[t->rows * (size_t)t->ncol + (size_t)i] = c;
    }
    t->rows++;
    return 0;
}

static void table_free(table *t)
{
    for (size_t i = 0; i < t->rows * (size_t)t->ncol; i++)
        free(t->cells[i]);
    for (int i = 0; t->names && i < t->ncol; i++)
        free(t->names[i]);
    free(t->cells);
    free(t->names);
}

static void put_str(const char *s)
{
    write_out(s, strlen(s));
}

static void put_csv(const char *s)
{
    if (!s)
        return;
    if (!strpbrk(s, ",\"\r\n")) {
        put_str(s);
        return;
    }
    write_out("\"", 1);
    for (const char *p = s; *p; p++) {
        if (*p == '"')
            write_out("\"", 1);
        write_out(p, 1);
    }
    write_out("\"", 1);
}

static void put_tsv(const char *s)
{
    if (!s)
        return;
    for (const char *p = s; *p; p++)
        write_out(*p == '\t' || *p == '\n' || *p == '\r' ? " " : p, 1);
}

/* Writes s[0..n) as a JSON string. */
void put_json_strn(const char *s, size_t n)
{
    write_out("\"", 1);
    for (const unsigned char *p = (const unsigned char *)s; p < (const unsigned char *)s + n; p++) {
        char esc[8];
        if (*p == '"' || *p == '\\') {
            esc[0] = '\\';
            esc[1] = (char)*p;
            write_out(esc, 2);
        } else if (*p < 0x20) {
            snprintf(esc, sizeof esc, "\\u%04x", *p);
            write_out(esc, 6);
        } else {
            write_out((const char *)p, 1);
        }
    }
    write_out("\"", 1);
}

static void put_json_str(const char *s)
{
    put_json_strn(s, strlen(s));
}

static int looks_numeric(const char *s)
{
    if (!s || !*s)
        return 0;
    char *end;
    strtod(s, &end);
    if (*end)
        return 0;
    /* JSON numbers: a digit first (no "inf", ".5"), no leading zero ("007") */
    const char *d = s + (*s == '-');
    return isdigit((unsigned char)d[0]) && !(d[0] == '0' && isdigit((unsigned char)d[1]));
}

/* Display width of UTF-8 text: code points (good enough for a table of
 * codes, names and dates). */
static size_t width(const char *s)
{
    size_t w = 0;
    for (; *s; s++)
        w += ((unsigned char)*s & 0xC0) != 0x80;
    return w;
}

static void put_cell(const char *s, size_t w, int right)
{
    size_t sw = width(s);
    char pad[TABLE_MAX_WIDTH + 4];
    if (sw > TABLE_MAX_WIDTH) {
        /* cut at a code point boundary and mark the cut */
        size_t bytes = 0, cps = 0;
        while (s[bytes] && cps < TABLE_MAX_WIDTH - 3) {
            bytes++;
            while (((unsigned char)s[bytes] & 0xC0) == 0x80)
                bytes++;
            cps++;
        }
        write_out(s, bytes);
        put_str("...");
        sw = TABLE_MAX_WIDTH;
    } else {
        if (right) {
            memset(pad, ' ', w - sw);
            write_out(pad, w - sw);
        }
        put_str(s);
        if (right)
            return;
    }
    if (w > sw) {
        memset(pad, ' ', w - sw);
        write_out(pad, w - sw);
    }
}

static void table_print(const table *t)
{
    if (!t->names)
        return;
    size_t nc = (size_t)t->ncol;
    if (t->out == OUT_CSV || t->out == OUT_TSV) {
        const char *sep = t->out == OUT_CSV ? "," : "\t";
        void (*put)(const char *) = t->out == OUT_CSV ? put_csv : put_tsv;
        for (size_t c = 0; c < nc; c++) {
            if (c)
                write_out(sep, 1);
            put(t->names[c]);
        }
        write_out("\n", 1);
        for (size_t r = 0; r < t->rows; r++) {
            for (size_t c = 0; c < nc; c++) {
                if (c)
                    write_out(sep, 1);
                put(t->cells[r * nc + c]);
            }
            write_out("\n", 1);
        }
        return;
    }
    if (t->out == OUT_JSONL) {
        for (size_t r = 0; r < t->rows; r++) {
            write_out("{", 1);
            for (size_t c = 0; c < nc; c++) {
                const char *v = t->cells[r * nc + c];
                if (c)
                    write_out(",", 1);
                put_json_str(t->names[c]);
                write_out(":", 1);
                if (!v)
                    put_str("null");
                else if (t->numeric ? t->numeric[c] : 0)
                    put_str(looks_numeric(v) ? v : "null");
                else
                    put_json_str(v);
            }
            write_out("}\n", 2);
        }
        return;
    }
    size_t *w = calloc(nc, sizeof *w);
    if (!w)
        return;
    for (size_t c = 0; c < nc; c++) {
        w[c] = width(t->names[c]);
        for (size_t r = 0; r < t->rows; r++) {
            const char *v = t->cells[r * nc + c];
            size_t cw = v ? width(v) : 0;
            if (cw > TABLE_MAX_WIDTH)
                cw = TABLE_MAX_WIDTH;
            if (cw > w[c])
                w[c] = cw;
        }
    }
    for (size_t c = 0; c < nc; c++) {
        put_cell(t->names[c], c + 1 < nc ? w[c] : 0, 0);
        put_str(c + 1 < nc ? "  " : "\n");
    }
    for (size_t c = 0; c < nc; c++) {
        for (size_t k = 0; k < w[c]; k++)
            write_out("-", 1);
        put_str(c + 1 < nc ? "  " : "\n");
    }
    for (size_t r = 0; r < t->rows; r++) {
        for (size_t c = 0; c < nc; c++) {
            const char *v = t->cells[r * nc + c];
            int num = t->numeric ? t->numeric[c] : 0;
            put_cell(v ? v : "", c + 1 < nc || num ? w[c] : 0, num);
            put_str(c + 1 < nc ? "  " : "\n");
        }
    }
    free(w);
}

/* Which result columns are numbers, by name. */
static void mark_numeric(table *t, int *flags, int max)
{
    static const char *const num[] = {"quad", "goldstein", "mentions", "sentences", "documents",
                                      "sentence", "span_start", "span_len", "events",
                                      "verbal_coop", "material_coop", "verbal_conflict",
                                      "material_conflict", "goldstein_sum", "goldstein_mean",
                                      NULL};
    for (int c = 0; c < t->ncol && c < max; c++) {
        flags[c] = 0;
        for (int k = 0; num[k]; k++)
            if (strcmp(t->names[c], num[k]) == 0)
                flags[c] = 1;
    }
    t->numeric = flags;
}

static int finish_table(table *t, tac_store *st, tac_status s)
{
    if (s != TAC_OK || t->oom) {
        errf("%s", t->oom ? "out of memory" : tac_store_errmsg(st));
        table_free(t);
        tac_store_close(st);
        return s == TAC_EARG ? EXIT_USAGE : EXIT_SYSTEM;
    }
    int flags[64];
    if (t->names)
        mark_numeric(t, flags, 64);
    table_print(t);
    table_free(t);
    tac_store_close(st);
    return finish_out();
}

/* ---- query --------------------------------------------------------------- */

/* The filters' help: those of `code` (filter.c), then the store's own. */
static void filters_help(FILE *f)
{
    filter_help(f, "filters (an event is listed only if it passes every one given):\n");
    fputs("                      --political reads the countries from the dictionaries\n"
          "                      (--dict PATH; default: the shipped set).\n"
          "  --dyad A,B          events between A and B, either direction\n"
          "  --directed          with --dyad: only A -> B\n"
          "  --from DATE, --to DATE   event dates, inclusive (YYYY-MM-DD)\n"
          "  --doc ID            events from one document\n"
          "  --text WORDS        events from sentences containing all the words\n",
          f);
}

static int cmd_usage(const char *verb, const char *rest, int rc)
{
    FILE *f = rc ? stderr : stdout;
    if (!strcmp(verb, "query"))
        fprintf(f, "usage: tacitus query DB [filters] [--mentions] [--csv|--tsv|--jsonl] [--limit N]\n\n"
                   "Lists the stored events that pass the filters, newest first: one row per\n"
                   "distinct event (date, source, target, code) with its counts of mentions,\n"
                   "sentences and documents; with --mentions, one row per mention with the\n"
                   "document, sentence, matched span and sentence text. A table shows %d rows\n"
                   "unless --limit says otherwise; --csv, --tsv and --jsonl show all.\n\n",
                TABLE_DEFAULT_LIMIT);
    else if (!strcmp(verb, "series"))
        fprintf(f, "usage: tacitus series DB [filters] [--by day|week|month|year]\n"
                   "                     [--svg FILE [--lines]] [--csv|--tsv|--jsonl]\n\n"
                   "Counts distinct events per period (default --by month; weeks start on\n"
                   "Monday), per quad class, with the Goldstein sum and mean. Periods with no\n"
                   "events are listed with zeros. --svg FILE also draws the series as a chart\n"
                   "(stacked bars per quad class, or --lines; mean Goldstein on the right axis).\n\n");
    else
        fprintf(f, "usage: tacitus top DB [filters] [--by actors|dyads|codes|roots] [--limit N]\n\n"
                   "The most active actors, dyads and event codes (all three unless --by\n"
                   "picks one), by number of distinct events; --limit rows each (default 10).\n\n");
    filters_help(f);
    fprintf(f, "\noutput: an aligned table (default), --csv, --tsv or --jsonl.\n"
               "exit status: 0 ok; 2 usage; 3 dictionary error (--political); 4 store or\n"
               "output error.\n%s", rest);
    return rc;
}

static int parse_common(common *c, const char *verb, int argc, char **argv, int allow_mentions)
{
    memset(c, 0, sizeof *c);
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (!strcmp(a, "-h") || !strcmp(a, "--help"))
            return cmd_usage(verb, "", 0) + 100;
        if (a[0] != '-' && !c->db) {
            c->db = a;
            continue;
        }
        if (allow_mentions && !strcmp(a, "--mentions")) {
            c->q.mentions = 1;
            continue;
        }
        if (!strcmp(verb, "series") && !strcmp(a, "--lines")) {
            c->lines = 1;
            continue;
        }
        int r = common_opt(c, argc, argv, &i);
        if (r < 0)
            return EXIT_USAGE;
        if (r == 0) {
            errf("unknown option '%s' (see 'tacitus %s --help')", a, verb);
            return EXIT_USAGE;
        }
    }
    if (!c->db) {
        errf("which store? usage: tacitus %s DB [options]", verb);
        return EXIT_USAGE;
    }
    const ev_filter *f = &c->filter;
    for (size_t k = 0; k < f->n_actor; k++)
        c->actors[k] = f->actor[k];
    for (size_t k = 0; k < f->n_code; k++)
        c->codes[k] = f->code[k];
    c->q.actors = c->actors;
    c->q.n_actors = f->n_actor;
    c->q.codes = c->codes;
    c->q.n_codes = f->n_code;
    c->q.roots = f->roots;
    c->q.quads = f->quads;
    if (f->political) {
        char dbuf[4096];
        const char *dir = c->dict ? c->dict : default_dict(dbuf, sizeof dbuf);
        tac_dict *d = NULL;
        tac_status s = tac_dict_load(dir, NULL, NULL, &d);
        if (s != TAC_OK) {
            errf("--political: cannot load dictionaries from %s: %s", dir, tac_status_str(s));
            return EXIT_DICT;
        }
        int bad = filter_political_lists(d, &c->political_any, &c->political_alone);
        tac_dict_free(d);
        if (bad) {
            errf("out of memory");
            return EXIT_SYSTEM;
        }
        c->q.political_any = c->political_any;
        c->q.political_alone = c->political_alone;
    }
    return 0;
}

/* parse_common returns 100 + 0 after --help */
#define PARSE_OR_RETURN(verb, mentions)                                \
    common c;                                                          \
    int rc = parse_common(&c, verb, argc, argv, mentions);             \
    if (rc) {                                                          \
        common_fini(&c);                                               \
        return rc >= 100 ? 0 : rc;                                     \
    }

/* Each verb is run by a wrapper that frees the parsed options on every
 * way out. */
static int run_query(common *c);
static int run_series(common *c);
static int run_top(common *c);

int cmd_query(int argc, char **argv)
{
    PARSE_OR_RETURN("query", 1);
    rc = run_query(&c);
    common_fini(&c);
    return rc;
}

int cmd_series(int argc, char **argv)
{
    PARSE_OR_RETURN("series", 0);
    rc = run_series(&c);
    common_fini(&c);
    return rc;
}

int cmd_top(int argc, char **argv)
{
    PARSE_OR_RETURN("top", 0);
    rc = run_top(&c);
    common_fini(&c);
    return rc;
}

static int run_query(common *c)
{
    int rc;
    if (c->by || c->svg) {
        errf("--by and --svg belong to 'tacitus series'");
        return EXIT_USAGE;
    }
    if (c->out == OUT_TABLE && !c->limit_set)
        c->q.limit = TABLE_DEFAULT_LIMIT;
    tac_store *st = open_ro(c->db);
    if (!st)
        return EXIT_SYSTEM;
    table t;
    memset(&t, 0, sizeof t);
    t.out = c->out;
    tac_status s = tac_store_query(st, &c->q, table_row, &t);
    int shown = (int)t.rows;
    rc = finish_table(&t, st, s);
    if (rc == 0 && c->out == OUT_TABLE && !c->limit_set && shown == TABLE_DEFAULT_LIMIT)
        fprintf(stderr, "(first %d rows; --limit N for more, --limit 0 for all)\n",
                TABLE_DEFAULT_LIMIT);
    return rc;
}

/* ---- series -------------------------------------------------------------- */

static int write_svg(const common *c, const tac_series_row *rows, size_t n)
{
    char title[200], sub[200];
    long total = 0;
    for (size_t i = 0; i < n; i++)
        total += rows[i].events;
    if (c->q.dyad_a)
        snprintf(title, sizeof title, "%s %s %s: events per %s", c->q.dyad_a,
                 c->q.directed ? "\xe2\x86\x92" : "\xe2\x80\x93", c->q.dyad_b, c->by);
    else if (c->q.n_actors) {
        /* "ARM, AZE: events per month" */
        size_t o = 0;
        for (size_t k = 0; k < c->q.n_actors && o < sizeof title; k++)
            o += (size_t)snprintf(title + o, sizeof title - o, "%s%s", k ? ", " : "", c->q.actors[k]);
        if (o < sizeof title)
            snprintf(title + o, sizeof title - o, ": events per %s", c->by);
    }
    else
        snprintf(title, sizeof title, "All events per %s", c->by);
    snprintf(sub, sizeof sub, "%s to %s \xc2\xb7 %ld events \xc2\xb7 coded by tacitus",
             n ? rows[0].period : (c->q.from ? c->q.from : "-"),
             n ? rows[n - 1].period : (c->q.to ? c->q.to : "-"), total);
    tac_chart_spec spec;
    memset(&spec, 0, sizeof spec);
    spec.title = title;
    spec.subtitle = sub;
    spec.by = c->by;
    spec.style = c->lines ? TAC_CHART_LINES : TAC_CHART_STACKED;
    tac_buf b = {0};
    if (tac_chart_svg(&b, &spec, rows, n) != TAC_OK) {
        tac_buf_free(&b);
        errf("cannot draw the chart");
        return EXIT_SYSTEM;
    }
    FILE *f = fopen(c->svg, "wb");
    if (!f) {
        errf("%s: %s", c->svg, strerror(errno));
        tac_buf_free(&b);
        return EXIT_SYSTEM;
    }
    size_t w = fwrite(b.data, 1, b.len, f);
    int bad = w != b.len;
    if (fclose(f) != 0)
        bad = 1;
    tac_buf_free(&b);
    if (bad) {
        errf("%s: error writing the chart", c->svg);
        return EXIT_SYSTEM;
    }
    return 0;
}

static int run_series(common *c)
{
    int rc;
    if (!c->by)
        c->by = "month";
    if (strcmp(c->by, "day") && strcmp(c->by, "week") && strcmp(c->by, "month") &&
        strcmp(c->by, "year")) {
        errf("--by wants day, week, month or year, not '%s'", c->by);
        return EXIT_USAGE;
    }
    tac_store *st = open_ro(c->db);
    if (!st)
        return EXIT_SYSTEM;
    tac_series_row *rows = NULL;
    size_t n = 0;
    tac_status s = tac_store_series(st, &c->q, c->by, &rows, &n);
    if (s != TAC_OK) {
        errf("%s", tac_store_errmsg(st));
        tac_store_close(st);
        return EXIT_SYSTEM;
    }
    tac_store_close(st);
    if (c->svg && (rc = write_svg(c, rows, n)) != 0) {
        free(rows);
        return rc;
    }
    /* the numbers, as a table through the common printer */
    table t;
    memset(&t, 0, sizeof t);
    t.out = c->out;
    static const char *const names[] = {"period", "events", "verbal_coop", "material_coop",
                                        "verbal_conflict", "material_conflict",
                                        "goldstein_sum", "goldstein_mean"};
    for (size_t i = 0; i < n; i++) {
        char v[8][32];
        const char *vals[8];
        snprintf(v[0], sizeof v[0], "%s", rows[i].period);
        snprintf(v[1], sizeof v[1], "%ld", rows[i].events);
        for (int q = 0; q < 4; q++)
            snprintf(v[2 + q], sizeof v[0], "%ld", rows[i].quad[q]);
        snprintf(v[6], sizeof v[0], "%.1f", rows[i].goldstein_sum);
        if (rows[i].events)
            snprintf(v[7], sizeof v[0], "%.2f", rows[i].goldstein_sum / (double)rows[i].events);
        for (int k = 0; k < 8; k++)
            vals[k] = (k == 7 && !rows[i].events) ? NULL : v[k];
        if (table_row(&t, 8, names, vals))
            break;
    }
    free(rows);
    if (t.oom) {
        table_free(&t);
        errf("out of memory");
        return EXIT_SYSTEM;
    }
    int flags[8];
    if (t.names)
        mark_numeric(&t, flags, 8);
    table_print(&t);
    table_free(&t);
    return finish_out();
}

/* ---- top ----------------------------------------------------------------- */

static int run_top(common *c)
{
    static const char *const all[] = {"actors", "dyads", "codes", NULL};
    const char *one[] = {c->by, NULL};
    const char *const *what = c->by ? one : all;
    if (c->by && strcmp(c->by, "actors") && strcmp(c->by, "dyads") && strcmp(c->by, "codes") &&
        strcmp(c->by, "roots")) {
        errf("--by wants actors, dyads, codes or roots, not '%s'", c->by);
        return EXIT_USAGE;
    }
    if (c->out != OUT_TABLE && !c->by) {
        errf("--csv, --tsv and --jsonl need --by actors, dyads, codes or roots");
        return EXIT_USAGE;
    }
    if (c->svg) {
        errf("--svg belongs to 'tacitus series'");
        return EXIT_USAGE;
    }
    tac_store *st = open_ro(c->db);
    if (!st)
        return EXIT_SYSTEM;
    for (int k = 0; what[k]; k++) {
        table t;
        memset(&t, 0, sizeof t);
        t.out = c->out;
        tac_status s = tac_store_top(st, &c->q, what[k], table_row, &t);
        if (s != TAC_OK || t.oom) {
            errf("%s", t.oom ? "out of memory" : tac_store_errmsg(st));
            table_free(&t);
            tac_store_close(st);
            return EXIT_SYSTEM;
        }
        if (c->out == OUT_TABLE && !c->by) {
            char head[64];
            snprintf(head, sizeof head, "%s== %s ==\n", k ? "\n" : "", what[k]);
            put_str(head);
        }
        int flags[64];
        if (t.names)
            mark_numeric(&t, flags, 64);
        table_print(&t);
        table_free(&t);
    }
    tac_store_close(st);
    return finish_out();
}
