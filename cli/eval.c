/* eval.c -- `tacitus eval`: runs gold-set suites and prints one table.
 *
 *   tacitus eval [SUITE ...|all] [--split test|tune|all] [--shared DIR]
 *                [--dict DIR] [--gazetteer DIR] [--misses] [--markdown]
 *
 * The table has one row per suite: items, precision, recall and F1 of the
 * suite's main measure, and its own figures; then, for suites with CAMEO
 * roots, a per-root summary (gold, predicted, agreeing). Mappings from each
 * gold set's labels are in the suite files and docs/accuracy.md. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli.h"
#include "eval.h"

static const eval_suite suites[] = {
    {"plover", "PLOVER GSR (CAMEO manual examples)", eval_plover},
    {"petr2", "PETRARCH2 GSR validation (78 sentences)", eval_petr2},
    {"ngec", "NGEC actor-resolution cases", eval_ngec},
    {"conflibert", "ConfliBERT CAMEO sentences (quad classes)", eval_conflibert},
    {"case2021", "CASE 2021 task 2 (ACLED types)", eval_case2021},
    {"ipe", "IndiaPoliceEvents (police actions)", eval_ipe},
    {"glocon", "GLOCON protest sentences", eval_glocon},
    {"ucdp", "UCDP GED Syria headlines", eval_ucdp},
    {"geo", "Geocoding: toponym -> country", eval_geo},
    {"reign", "REIGN leaders by date (heads, 1945-2021)", eval_reign},
    {"tabari", "TABARI validation suite (466 records, TABARI dictionaries)", eval_tabari},
    {"tabari-corpus", "TABARI dictionaries beside TABARI (corpus2198)", eval_tabari_corpus},
    {"rams", "RAMS roots and roles (5-sentence windows)", eval_rams},
    {"wikievents", "WikiEvents (root, source, target) by doc", eval_wikievents},
};
#define N_SUITES (sizeof suites / sizeof suites[0])

int eval_in_split(const eval_ctx *ctx, long k)
{
    switch (ctx->split) {
    case EVAL_TEST:
        return k % 2 == 0;
    case EVAL_TUNE:
        return k % 2 == 1;
    default:
        return 1;
    }
}

long eval_code(eval_ctx *ctx, const char *id, const char *date, const char *title,
               const char *text)
{
    tac_doc d;
    memset(&d, 0, sizeof d);
    d.id = id;
    d.id_len = strlen(id);
    d.date = date;
    d.date_len = strlen(date);
    if (title) {
        d.title = title;
        d.title_len = strlen(title);
    }
    d.text = text ? text : "";
    d.text_len = strlen(d.text);
    size_t n = 0;
    if (tac_coder_code(ctx->coder, &d, &n) != TAC_OK)
        return -1;
    return (long)n;
}

void eval_figure(eval_result *r, const char *name, double value)
{
    if (r->n_figures >= EVAL_MAX_FIGURES)
        return;
    r->figure_name[r->n_figures] = name;
    r->figure[r->n_figures] = value;
    r->n_figures++;
}

char *eval_slurp(const eval_ctx *ctx, const char *rel, size_t *len, eval_result *r)
{
    char path[4096];
    snprintf(path, sizeof path, "%s/%s", ctx->shared, rel);
    FILE *f = fopen(path, "rb");
    if (!f) {
        snprintf(r->skipped, sizeof r->skipped, "%.200s: not found (the gold sets are in ../shared)",
                 rel);
        return NULL;
    }
    size_t cap = 1 << 16, n = 0;
    char *buf = malloc(cap);
    for (;;) {
        if (!buf) {
            fclose(f);
            snprintf(r->skipped, sizeof r->skipped, "out of memory");
            return NULL;
        }
        n += fread(buf + n, 1, cap - n - 1, f);
        if (n < cap - 1)
            break;
        cap *= 2;
        char *g = realloc(buf, cap);
        if (!g)
            free(buf);
        buf = g;
    }
    fclose(f);
    buf[n] = '\0';
    if (len)
        *len = n;
    return buf;
}

char *eval_next_line(char **cur)
{
    char *line = *cur;
    if (!line)
        return NULL;
    char *next = strchr(line, '\n');
    if (next)
        *next++ = '\0';
    *cur = next;
    size_t len = strlen(line);
    if (len && line[len - 1] == '\r')
        line[len - 1] = '\0';
    return line;
}

int eval_root(const char *code)
{
    if (!code || code[0] < '0' || code[0] > '9' || code[1] < '0' || code[1] > '9')
        return 0;
    int r = (code[0] - '0') * 10 + (code[1] - '0');
    return r >= 1 && r <= 20 ? r : 0;
}

/* ---- the table --------------------------------------------------------- */

static double ratio(long a, long b)
{
    return b > 0 ? (double)a / (double)b : 0.0;
}

static void print_row(const eval_suite *s, const eval_result *r, const char *split, int md)
{
    double p = ratio(r->tp, r->tp + r->fp), rc = ratio(r->tp, r->tp + r->fn);
    double f1 = p + rc > 0 ? 2 * p * rc / (p + rc) : 0.0;
    char figs[600] = "";
    size_t o = 0;
    for (int i = 0; i < r->n_figures && o < sizeof figs; i++)
        o += (size_t)snprintf(figs + o, sizeof figs - o, "%s%s %.3f", i ? "; " : "",
                              r->figure_name[i], r->figure[i]);
    if (r->skipped[0]) {
        if (md)
            printf("| %s | %s | — | — | — | — | skipped: %s |\n", s->title, split, r->skipped);
        else
            printf("%-44s %-5s skipped: %s\n", s->title, split, r->skipped);
        return;
    }
    int has_prf = r->tp + r->fp + r->fn > 0;
    if (md) {
        if (has_prf)
            printf("| %s | %s | %ld | %.3f | %.3f | %.3f | %s%s%s |\n", s->title, split, r->items,
                   p, rc, f1, r->measure ? r->measure : "", figs[0] ? "; " : "", figs);
        else
            printf("| %s | %s | %ld | — | — | — | %s |\n", s->title, split, r->items, figs);
    } else {
        if (has_prf)
            printf("%-44s %-5s %6ld  %5.3f %5.3f %5.3f  %s%s%s\n", s->title, split, r->items, p, rc,
                   f1, r->measure ? r->measure : "", figs[0] ? "; " : "", figs);
        else
            printf("%-44s %-5s %6ld  %5s %5s %5s  %s\n", s->title, split, r->items, "-", "-", "-",
                   figs);
    }
}

static void print_roots(const eval_suite *s, const eval_result *r, int md)
{
    if (!r->has_roots || r->skipped[0])
        return;
    if (md)
        printf("\n**%s**: per CAMEO root (gold items / predicted / agreeing)\n\n"
               "| root |", s->title);
    else
        printf("  %s, per root (gold/predicted/agreeing):", s->name);
    int k = 0;
    for (int i = 0; i <= 20; i++) {
        if (!r->root_gold[i] && !r->root_pred[i])
            continue;
        char name[12];
        if (i == 0)
            snprintf(name, sizeof name, "none");
        else
            snprintf(name, sizeof name, "%02d", i);
        if (md)
            printf(" %s |", name);
        else
            printf("%s %s %ld/%ld/%ld", k++ % 8 ? "," : "\n   ", name, r->root_gold[i],
                   r->root_pred[i], r->root_hit[i]);
    }
    if (!md) {
        printf("\n");
        return;
    }
    printf("\n|---|");
    for (int i = 0; i <= 20; i++)
        if (r->root_gold[i] || r->root_pred[i])
            printf("---|");
    printf("\n| gold / pred / agree |");
    for (int i = 0; i <= 20; i++)
        if (r->root_gold[i] || r->root_pred[i])
            printf(" %ld / %ld / %ld |", r->root_gold[i], r->root_pred[i], r->root_hit[i]);
    printf("\n");
}

static void usage_eval(FILE *f)
{
    fprintf(f, "usage: tacitus eval [SUITE ...|all] [--split test|tune|all] [--shared DIR]\n"
               "                    [--dict DIR] [--gazetteer DIR] [--misses] [--markdown]\n\n"
               "Codes gold sets read from ../shared and prints agreement with them: items,\n"
               "precision, recall and F1 of each suite's main measure, its own figures and a\n"
               "per-root summary. Items are numbered in file order: odd items are the tuning\n"
               "half, even items the held-out half reported by default (--split test).\n"
               "--misses prints each item that disagrees (to stderr). --gazetteer DIR adds\n"
               "GeoNames place names (default $TACITUS_GAZETTEER). docs/accuracy.md\n"
               "describes every suite and its label mapping.\n\nsuites:");
    for (size_t i = 0; i < N_SUITES; i++)
        fprintf(f, "%s %s", i % 4 ? "" : "\n ", suites[i].name);
    fprintf(f, "\n\nexit status: 0 ok; 1 a suite could not run; 2 usage; 3 dictionary error.\n");
}

int cmd_eval(int argc, char **argv)
{
    eval_ctx ctx;
    memset(&ctx, 0, sizeof ctx);
    const char *dict_dir = NULL, *gaz_opt = NULL;
    int md = 0;
    int want[N_SUITES] = {0};
    int any = 0;
    char dbuf[4200];
    ctx.shared = "../shared";
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (!strcmp(a, "-h") || !strcmp(a, "--help")) {
            usage_eval(stdout);
            return 0;
        } else if (!strcmp(a, "--split") && i + 1 < argc) {
            const char *v = argv[++i];
            if (!strcmp(v, "test"))
                ctx.split = EVAL_TEST;
            else if (!strcmp(v, "tune"))
                ctx.split = EVAL_TUNE;
            else if (!strcmp(v, "all"))
                ctx.split = EVAL_ALL;
            else {
                errf("--split wants test, tune or all");
                return EXIT_USAGE;
            }
        } else if (!strcmp(a, "--shared") && i + 1 < argc) {
            ctx.shared = argv[++i];
        } else if (!strcmp(a, "--dict") && i + 1 < argc) {
            dict_dir = argv[++i];
        } else if (!strcmp(a, "--gazetteer") && i + 1 < argc) {
            gaz_opt = argv[++i];
        } else if (!strcmp(a, "--misses")) {
            ctx.misses = stderr;
        } else if (!strcmp(a, "--markdown")) {
            md = 1;
        } else if (!strcmp(a, "all")) {
            for (size_t k = 0; k < N_SUITES; k++)
                want[k] = 1;
            any = 1;
        } else {
            size_t k;
            for (k = 0; k < N_SUITES; k++)
                if (!strcmp(a, suites[k].name))
                    break;
            if (k == N_SUITES) {
                errf("unknown suite or option '%s' (see 'tacitus eval --help')", a);
                return EXIT_USAGE;
            }
            want[k] = 1;
            any = 1;
        }
    }
    if (!any)
        for (size_t k = 0; k < N_SUITES; k++)
            want[k] = 1;
    struct stat sb;
    if (stat(ctx.shared, &sb) != 0 || !S_ISDIR(sb.st_mode)) {
        printf("eval skipped: %s not found (the gold sets live in the shared folder beside the "
               "project; --shared DIR names another place)\n", ctx.shared);
        return 0;
    }
    if (!dict_dir)
        dict_dir = default_dict(dbuf, sizeof dbuf);
    tac_dict_options dopt;
    memset(&dopt, 0, sizeof dopt);
    dopt.gazetteer = default_gazetteer(gaz_opt);
    if (tac_dict_load_opts(dict_dir, &dopt, NULL, NULL, &ctx.dict) != TAC_OK) {
        errf("cannot load dictionaries from %s", dict_dir);
        return EXIT_DICT;
    }
    if (tac_coder_new(ctx.dict, NULL, &ctx.coder) != TAC_OK || !(ctx.db = tac_docbuf_new())) {
        errf("out of memory");
        tac_dict_free(ctx.dict);
        return EXIT_SYSTEM;
    }
    const char *split = ctx.split == EVAL_TEST ? "test" : ctx.split == EVAL_TUNE ? "tune" : "all";
    if (md)
        printf("| suite | split | items | P | R | F1 | measure and figures |\n"
               "|---|---|---:|---:|---:|---:|---|\n");
    else
        printf("%-44s %-5s %6s  %5s %5s %5s  %s\n", "suite", "split", "items", "P", "R", "F1",
               "measure; figures");
    eval_result res[N_SUITES];
    int failed = 0;
    for (size_t k = 0; k < N_SUITES; k++) {
        memset(&res[k], 0, sizeof res[k]);
        if (!want[k])
            continue;
        if (suites[k].run(&ctx, &res[k]) != 0 && !res[k].skipped[0])
            snprintf(res[k].skipped, sizeof res[k].skipped, "the suite failed");
        if (res[k].skipped[0])
            failed = 1;
        print_row(&suites[k], &res[k], split, md);
        fflush(stdout);
    }
    for (size_t k = 0; k < N_SUITES; k++)
        if (want[k])
            print_roots(&suites[k], &res[k], md);
    tac_docbuf_free(ctx.db);
    tac_coder_free(ctx.coder);
    tac_dict_free(ctx.dict);
    int rc = finish_out();
    return rc ? rc : failed ? EXIT_SKIPPED : 0;
}
