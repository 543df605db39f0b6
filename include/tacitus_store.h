/* tacitus_store.h -- the event store: coded documents and events in SQLite
 * (a file) or PostgreSQL (a postgresql:// URI), deduplicated, queried and
 * summarised as time series.
 *
 *   tac_store_open()      -> tac_store (one connection; not thread-safe)
 *   tac_store_begin()     -> tac_store_put() per document -> tac_store_commit()
 *   tac_store_query() / tac_store_series() / tac_store_top()
 *   tac_store_close()
 *
 * Deduplication: mentions are every event the coder found; an event is one
 * distinct (date, source, target, code); its counts of mentions, sentences
 * and documents are kept up to date as documents are put and replaced.
 * Putting a document whose id is already stored replaces its events. The
 * schema is data/schema.sql, compiled in; docs/store.md describes it. */
#ifndef TACITUS_STORE_H
#define TACITUS_STORE_H

#include <stddef.h>

#include "tacitus.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct tac_store tac_store;

#define TAC_STORE_READONLY 1 /* open an existing store for reading only */

/* Opens (creating if needed, unless TAC_STORE_READONLY) the store at where:
 * a file path (SQLite) or a "postgresql://" / "postgres://" URI. Applies
 * pending schema versions. On failure returns TAC_EIO, TAC_EINPUT (not a
 * tacitus store, or a newer schema) or TAC_ENOMEM with a message in err. */
TAC_API tac_status tac_store_open(const char *where, int flags, tac_store **out,
                                  char *err, size_t errlen);
TAC_API void tac_store_close(tac_store *st);
/* The last error message of st. */
TAC_API const char *tac_store_errmsg(const tac_store *st);
/* "sqlite" or "postgresql". */
TAC_API const char *tac_store_kind(const tac_store *st);

/* A write transaction. Documents put between begin and commit become
 * visible together; a process killed before commit leaves no trace of them.
 * begin waits for other writers (busy timeout). */
TAC_API tac_status tac_store_begin(tac_store *st);
TAC_API tac_status tac_store_commit(tac_store *st);
TAC_API tac_status tac_store_rollback(tac_store *st);

/* Stores doc with its n_sentences and its events ev[0..n) (as the coder
 * gave them, in sentence order), replacing whatever the store held for the
 * same document id. Must be inside a transaction. */
TAC_API tac_status tac_store_put(tac_store *st, const tac_doc *doc, size_t n_sentences,
                                 const tac_event *ev, size_t n);

/* Filters shared by query, series and top. NULL / 0 = no filter; given
 * filters all apply (AND), the values of one list are alternatives (OR).
 * Actor filters match a code prefix: "ARM" matches ARM, ARMGOV, ARMMIL.
 * Values are bound as parameters, never pasted into the SQL. */
typedef struct tac_query {
    const char *const *actors; /* n_actors prefixes: source or target */
    size_t n_actors;
    const char *dyad_a;    /* with dyad_b: events between the two */
    const char *dyad_b;
    int directed;          /* 1: only dyad_a -> dyad_b */
    const char *const *codes; /* n_codes CAMEO code prefixes: "19" matches 190..196 */
    size_t n_codes;
    unsigned roots;        /* bit r set: root r (1..20, stored "01".."20") is kept */
    unsigned quads;        /* bit q set: quad class q (1..4) is kept */
    /* With political_any: only events whose source or target code holds
     * one of the comma-listed three-letter blocks of political_any at a
     * block boundary (offset 0, 3, 6 ...), or is whole one of the codes of
     * political_alone (may be NULL). The CLI's --political fills them. */
    const char *political_any;
    const char *political_alone;
    const char *from, *to; /* dates, inclusive */
    const char *doc;       /* a document id */
    const char *text;      /* full-text search on the sentences */
    long limit;            /* rows; 0 = all */
    int mentions;          /* query: one row per mention instead of per event */
} tac_query;

/* One result row: column names and values as text (NULL for SQL NULL).
 * Return non-zero to stop. */
typedef int (*tac_store_row_fn)(void *user, int ncol, const char *const *names,
                                const char *const *values);

/* Events (or mentions, with q->mentions) that pass the filters, newest
 * first. */
TAC_API tac_status tac_store_query(tac_store *st, const tac_query *q, tac_store_row_fn fn,
                                   void *user);

/* One period of a time series. */
typedef struct tac_series_row {
    char period[11];      /* first day of the bucket, "YYYY-MM-DD" */
    long quad[4];         /* events per quad class 1..4 (index 0 = class 1) */
    long events;          /* total */
    double goldstein_sum; /* sum of Goldstein scores */
} tac_series_row;

/* Counts of distinct events per period ("day", "week" (weeks start on
 * Monday), "month", "year") for the filters; *rows is malloc'ed (free it
 * with free()), in period order, every period from that of q->from (else
 * the first with events) to that of q->to (else the last with events), the
 * empty ones as zeros. */
TAC_API tac_status tac_store_series(tac_store *st, const tac_query *q, const char *by,
                                    tac_series_row **rows, size_t *n);

/* Summaries: what = "actors", "dyads", "codes" or "roots"; the most active
 * first, q->limit rows (default 10). Rows: key, name, events, mentions,
 * goldstein (mean). */
TAC_API tac_status tac_store_top(tac_store *st, const tac_query *q, const char *what,
                                 tac_store_row_fn fn, void *user);

/* Counts for the whole store: documents, sentences, events, mentions. */
typedef struct tac_store_stats {
    long documents, sentences, events, mentions;
} tac_store_stats;
TAC_API tac_status tac_store_get_stats(tac_store *st, tac_store_stats *out);

#ifdef __cplusplus
}
#endif

#endif
