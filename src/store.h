/* store.h -- the event store's backends.
 *
 * store.c holds what both backends share: the public API, the schema
 * script (data/schema.sql compiled in) and the SQL of queries, series and
 * summaries, written in the dialect both SQLite and PostgreSQL speak, with
 * '?' placeholders (the PostgreSQL backend renumbers them). A backend
 * supplies a connection, transactions, the per-document write path (the
 * hot one, written for each engine) and a way to run a query. */
#ifndef TAC_STORE_H
#define TAC_STORE_H

#include <stddef.h>

#include "tacitus_store.h"

typedef struct tac_store_ops {
    const char *kind; /* "sqlite", "postgresql" */
    /* runs one statement with text parameters (NULL = SQL NULL); rows go
     * to fn (may be NULL) */
    tac_status (*exec)(tac_store *st, const char *sql, const char *const *params, int np,
                       tac_store_row_fn fn, void *user);
    tac_status (*begin)(tac_store *st);
    tac_status (*commit)(tac_store *st);
    tac_status (*rollback)(tac_store *st);
    tac_status (*put)(tac_store *st, const tac_doc *doc, size_t n_sentences,
                      const tac_event *ev, size_t n);
    void (*close)(tac_store *st);
} tac_store_ops;

struct tac_store {
    const tac_store_ops *ops;
    void *impl;        /* the backend's state */
    int readonly;
    int in_tx;
    char err[512];
};

/* Sets st->err from a format; returns status. */
tac_status tac_store_fail(tac_store *st, tac_status status, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

/* The statements of schema version v for a dialect ("sqlite" or
 * "postgresql"), concatenated into a malloc'ed string, or NULL if v is past
 * the last version. *last receives the last version number. */
char *tac_store_schema(const char *dialect, int v, int *last);

/* Backends: each opens st->impl and sets st->ops. */
tac_status tac_store_sqlite_open(tac_store *st, const char *path, int flags);
tac_status tac_store_pg_open(tac_store *st, const char *uri, int flags);

#endif
