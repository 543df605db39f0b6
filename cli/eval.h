/* eval.h -- accuracy against gold sets: `tacitus eval SUITE`, `make eval`.
 *
 * A suite reads a gold set from ../shared (never copied into the project),
 * codes each item with the library, compares with the gold labels through a
 * documented mapping (docs/accuracy.md) and fills an eval_result. Items
 * are numbered from 1 in file order; odd numbers are the tuning half (look
 * at them to find what is missing), even numbers the held-out half (the
 * reported figure). A suite file holds one gold set: cli/eval_<name>.c. */
#ifndef TAC_EVAL_H
#define TAC_EVAL_H

#include <stddef.h>
#include <stdio.h>

#include "tacitus.h"

typedef enum eval_split { EVAL_TEST = 0, EVAL_TUNE, EVAL_ALL } eval_split;

typedef struct eval_ctx {
    tac_dict *dict;
    tac_coder *coder;
    const char *shared; /* the ../shared folder */
    eval_split split;
    FILE *misses;       /* --misses: each wrong item, one line; NULL = quiet */
    tac_docbuf *db;
} eval_ctx;

#define EVAL_MAX_FIGURES 8

typedef struct eval_result {
    long items;          /* items scored (in the split) */
    long tp, fp, fn;     /* for precision, recall, F1 of the main measure */
    const char *measure; /* what tp/fp/fn count, e.g. "exact (src, code, tgt) triples" */
    /* suite-specific figures, e.g. {"root accuracy", 0.71} */
    const char *figure_name[EVAL_MAX_FIGURES];
    double figure[EVAL_MAX_FIGURES];
    int n_figures;
    /* per CAMEO root 1..20 (0 = no event): gold items, predicted, agreeing */
    long root_gold[21], root_pred[21], root_hit[21];
    int has_roots;
    char skipped[300];   /* non-empty: the suite could not run (why) */
} eval_result;

typedef struct eval_suite {
    const char *name;    /* for `tacitus eval NAME` */
    const char *title;   /* for the table */
    int (*run)(eval_ctx *ctx, eval_result *r); /* 0, or -1 with r->skipped set */
} eval_suite;

/* 1 if item number k (1-based) is in the context's split. */
int eval_in_split(const eval_ctx *ctx, long k);

/* Codes one document (date "YYYY-MM-DD"); returns the number of events,
 * fetched with tac_coder_event(ctx->coder, i), or -1 if the coder refused
 * the document. title may be NULL. */
long eval_code(eval_ctx *ctx, const char *id, const char *date, const char *title,
               const char *text);

/* Adds a figure to r. */
void eval_figure(eval_result *r, const char *name, double value);

/* Reads a whole file under ctx->shared (malloc'ed, NUL-terminated), or
 * NULL with r->skipped set ("../shared/...: not found"). */
char *eval_slurp(const eval_ctx *ctx, const char *rel, size_t *len, eval_result *r);

/* Cuts the next line off *cur (in place: '\n' and a '\r' before it become
 * NUL) and returns it, or NULL at the end. */
char *eval_next_line(char **cur);

/* The CAMEO root (1..20) of a code like "0431", or 0. */
int eval_root(const char *code);

/* Event-argument gold sets (RAMS, WikiEvents; cli/eval_args.c): an event
 * type's prefix -> CAMEO roots and the argument roles that are the source
 * and the target. */
#define EVAL_MAX_ROLES 4
#define EVAL_MAX_ROOTS 4
typedef struct eval_type_map {
    const char *prefix;
    int roots[EVAL_MAX_ROOTS];       /* 0-terminated; the first is the per-root summary's;
                                      * none: outside the score */
    const char *src[EVAL_MAX_ROLES]; /* NULL-terminated */
    const char *tgt[EVAL_MAX_ROLES];
    int symmetric;                   /* src roles fill either side (two participants) */
} eval_type_map;

/* The entry of types[0..n) with the longest prefix of type (ending at a
 * '.' or the end of type), or NULL. */
const eval_type_map *eval_find_type(const eval_type_map *types, size_t n, const char *type);

/* 1 if root is one of t's roots. */
int eval_type_has_root(const eval_type_map *t, int root);

/* 1 if role is in the NULL-terminated list (at most EVAL_MAX_ROLES). */
int eval_role_in(const char *const *list, const char *role);

/* Makes *p hold at least need elements of size bytes (doubling *cap, from
 * 64); 0, or -1 out of memory (*p unchanged). */
int eval_grow(void **p, size_t *cap, size_t need, size_t size);

/* Nested JSON arrays (cli/eval_json.c), for slices the library's object
 * reader hands back as TAC_JSON_NESTED. eval_json_next steps through the
 * elements of the array s[0..len): *pos is 0 on the first call; [*b, *e)
 * are the element's bytes; returns 0 at the end or if s is no array.
 * eval_json_long reads a number element (-1 if it is none);
 * eval_json_string unescapes a string element into out (cap bytes with the
 * NUL) and returns its length, or -1 (no string, or too long). */
int eval_json_next(const char *s, size_t len, size_t *pos, size_t *b, size_t *e);

/* The n-th element (from 0) of the array s[0..len) as [*b, *e); 0 if there is none. */
int eval_json_nth(const char *s, size_t len, int n, size_t *b, size_t *e);
long eval_json_long(const char *s, size_t len);
long eval_json_string(const char *s, size_t len, char *out, size_t cap);

/* The suites (cli/eval_*.c). */
int eval_petr2(eval_ctx *ctx, eval_result *r);
int eval_plover(eval_ctx *ctx, eval_result *r);
int eval_ngec(eval_ctx *ctx, eval_result *r);
int eval_conflibert(eval_ctx *ctx, eval_result *r);
int eval_case2021(eval_ctx *ctx, eval_result *r);
int eval_ipe(eval_ctx *ctx, eval_result *r);
int eval_glocon(eval_ctx *ctx, eval_result *r);
int eval_ucdp(eval_ctx *ctx, eval_result *r);
/* Geocoding: the country of a gold toponym's phrase (LGL, TR-News, GWN). */
int eval_geo(eval_ctx *ctx, eval_result *r);
int eval_reign(eval_ctx *ctx, eval_result *r);
int eval_tabari(eval_ctx *ctx, eval_result *r);
/* TABARI's dictionaries in tacitus beside TABARI's own events (loads its
 * own dictionary set and coder; docs/tabari.md). */
int eval_tabari_corpus(eval_ctx *ctx, eval_result *r);
/* Argument roles on multi-sentence news (AIDA and KAIROS event types). */
int eval_rams(eval_ctx *ctx, eval_result *r);
int eval_wikievents(eval_ctx *ctx, eval_result *r);

#endif
