/* store_sqlite.c -- the event store in an SQLite file.
 *
 * WAL journal, synchronous=NORMAL: a process killed at any instant leaves
 * the last committed transaction whole and nothing of the open one.
 * Writers take the lock up front (BEGIN IMMEDIATE) and wait for each other
 * through the busy timeout, so several ingest processes may share a file.
 * Every statement of the write path is prepared once. */
#include <sqlite3.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "arena.h"
#include "hash.h"
#include "store.h"

#define BUSY_MS 60000 /* how long a writer waits for another one */

enum {
    S_DOC_INS,
    S_DOC_FIND,
    S_MAX_IDS,
    S_DOC_UPD,
    S_OLD_COUNTS,
    S_EV_DEC,
    S_EV_GC,
    S_MEN_DEL,
    S_FTS_DEL,
    S_SEN_DEL,
    S_SEN_INS,
    S_MEN_INS,
    S_CODE_INS,
    S_EV_UPSERT,
    S_FTS_INS,
    S_COUNT
};

/* Events are counted once per transaction: lite_put adds each mention to
 * an in-memory table keyed by (date, source, target, code) and the commit
 * upserts each distinct event once (S_EV_UPSERT), far cheaper than an
 * upsert per mention or a GROUP BY over the transaction's mentions. A
 * document's mentions are all in one transaction, so the distinct
 * documents and sentences of the table are the increments. */
static const char *const stmt_sql[S_COUNT] = {
    [S_DOC_INS] = "INSERT INTO doc (doc_id, date, source, url, title, sentences, events,"
                  " first_sentence, last_sentence, first_mention)"
                  " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
    [S_DOC_FIND] = "SELECT id, first_sentence, last_sentence, first_mention, events"
                   " FROM doc WHERE doc_id = ?",
    [S_MAX_IDS] = "SELECT (SELECT max(id) FROM sentence), (SELECT max(id) FROM mention)",
    [S_DOC_UPD] = "UPDATE doc SET date = ?2, source = ?3, url = ?4, title = ?5,"
                  " sentences = ?6, events = ?7, first_sentence = ?8,"
                  " last_sentence = ?9, first_mention = ?10 WHERE id = ?1",
    [S_OLD_COUNTS] = "SELECT source, target, date, code, count(*), sum(first_in_sentence)"
                     " FROM mention WHERE id BETWEEN ?1 AND ?2"
                     " GROUP BY source, target, date, code",
    [S_EV_DEC] = "UPDATE event SET mentions = mentions - ?5, sentences = sentences - ?6,"
                 " documents = documents - 1"
                 " WHERE source = ?1 AND target = ?2 AND date = ?3 AND code = ?4",
    [S_EV_GC] = "DELETE FROM event WHERE source = ?1 AND target = ?2 AND date = ?3"
                " AND code = ?4 AND mentions <= 0",
    [S_MEN_DEL] = "DELETE FROM mention WHERE id BETWEEN ?1 AND ?2",
    [S_FTS_DEL] = "INSERT INTO sentence_fts (sentence_fts, rowid, text)"
                  " SELECT 'delete', id, text FROM sentence WHERE id BETWEEN ?1 AND ?2",
    [S_SEN_DEL] = "DELETE FROM sentence WHERE id BETWEEN ?1 AND ?2",
    [S_SEN_INS] = "INSERT INTO sentence (doc, idx, headline, text, id) VALUES (?, ?, ?, ?, ?)",
    [S_MEN_INS] = "INSERT INTO mention (doc, sentence, date, source, target, code, quad,"
                  " goldstein, span_start, span_len, source_text, target_text, date_prec,"
                  " modality, pattern, first_in_sentence, first_in_doc, id)"
                  " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
    [S_CODE_INS] = "INSERT INTO code (code, name, goldstein, quad) VALUES (?, ?, ?, ?)"
                   " ON CONFLICT DO NOTHING",
    [S_EV_UPSERT] = "INSERT INTO event (date, source, target, code, root, quad, goldstein,"
                   " mentions, sentences, documents)"
                   " VALUES (?1, ?2, ?3, ?4, substr(?4, 1, 2), ?5, ?6, ?7, ?8, ?9)"
                   " ON CONFLICT (source, target, date, code) DO UPDATE SET"
                   " mentions = mentions + excluded.mentions,"
                   " sentences = sentences + excluded.sentences,"
                   " documents = documents + excluded.documents",
    [S_FTS_INS] = "INSERT INTO sentence_fts (rowid, text)"
                  " SELECT id, text FROM sentence WHERE id >= ?",
};

/* One distinct event of the open transaction: its key is the four NUL-
 * terminated strings date, source, target, code one after the other. */
typedef struct pend_event {
    const char *key;
    size_t key_len;
    uint64_t hash;
    int quad;
    double goldstein;
    sqlite3_int64 mentions, sentences, documents;
} pend_event;

typedef struct lite {
    sqlite3 *db;
    sqlite3_stmt *s[S_COUNT];
    /* the events of the open transaction, not yet counted in table event:
     * ev[0..n_ev), found through slot[0..cap) (index + 1, 0: empty) */
    pend_event *ev;
    size_t n_ev, ev_size;
    uint32_t *slot;
    size_t cap;
    tac_arena keys; /* the keys of ev, freed at commit and rollback */
    /* the next sentence and mention row ids of the open transaction (0: not
     * read yet): known before a document is written, so its row holds its
     * ranges from the start; the write lock is held (BEGIN IMMEDIATE), so
     * nobody else takes them */
    sqlite3_int64 next_sent, next_men;
    /* the first mention row of the open transaction (0: none yet) */
    sqlite3_int64 men_from;
    /* the first sentence row of the open transaction: its sentences are
     * indexed for full-text search in one statement before commit, since
     * FTS5 writes its pending terms out at every statement savepoint */
    sqlite3_int64 fts_from;
    /* CAMEO codes already written to the code table by this connection:
     * an open-addressing set of codes of 1 to 4 bytes packed into an
     * integer (0: empty slot), looked up once per mention */
    uint32_t seen_codes[1024];
    size_t n_seen;
} lite;

static tac_status lite_err(tac_store *st, const char *what)
{
    lite *L = st->impl;
    int rc = sqlite3_errcode(L->db);
    tac_status s = (rc == SQLITE_NOMEM) ? TAC_ENOMEM : TAC_EIO;
    return tac_store_fail(st, s, "%s: %s", what, sqlite3_errmsg(L->db));
}

static sqlite3_stmt *prep(tac_store *st, int which)
{
    lite *L = st->impl;
    if (!L->s[which] &&
        sqlite3_prepare_v3(L->db, stmt_sql[which], -1, SQLITE_PREPARE_PERSISTENT, &L->s[which],
                           NULL) != SQLITE_OK) {
        lite_err(st, "preparing a statement");
        return NULL;
    }
    /* no sqlite3_clear_bindings: every use binds all the parameters */
    sqlite3_reset(L->s[which]);
    return L->s[which];
}

/* Runs a statement with no result rows (or ignores them). */
static int step_done(sqlite3_stmt *s)
{
    int rc;
    while ((rc = sqlite3_step(s)) == SQLITE_ROW)
        ;
    return rc == SQLITE_DONE ? 0 : -1;
}

static void bind_text(sqlite3_stmt *s, int i, const char *t, size_t n)
{
    if (t)
        sqlite3_bind_text(s, i, t, (int)n, SQLITE_STATIC);
    else
        sqlite3_bind_null(s, i);
}

static void bind_str(sqlite3_stmt *s, int i, const char *t)
{
    bind_text(s, i, t, t ? strlen(t) : 0);
}

/* ---- generic statements ------------------------------------------------ */

static tac_status lite_exec(tac_store *st, const char *sql, const char *const *params, int np,
                            tac_store_row_fn fn, void *user)
{
    lite *L = st->impl;
    sqlite3_stmt *s;
    if (sqlite3_prepare_v2(L->db, sql, -1, &s, NULL) != SQLITE_OK)
        return lite_err(st, "preparing a query");
    for (int i = 0; i < np; i++)
        bind_str(s, i + 1, params[i]);
    int ncol = sqlite3_column_count(s);
    const char *names[64];
    const char *vals[64];
    if (ncol > 64)
        ncol = 64;
    for (int i = 0; i < ncol; i++)
        names[i] = sqlite3_column_name(s, i);
    int rc;
    while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
        if (!fn)
            continue;
        for (int i = 0; i < ncol; i++)
            vals[i] = (const char *)sqlite3_column_text(s, i);
        if (fn(user, ncol, names, vals))
            break;
    }
    tac_status out = TAC_OK;
    if (rc != SQLITE_ROW && rc != SQLITE_DONE)
        out = lite_err(st, "running a query");
    sqlite3_finalize(s);
    return out;
}

static tac_status lite_exec_script(tac_store *st, const char *sql)
{
    lite *L = st->impl;
    char *msg = NULL;
    if (sqlite3_exec(L->db, sql, NULL, NULL, &msg) != SQLITE_OK) {
        tac_status s = tac_store_fail(st, TAC_EIO, "%s", msg ? msg : sqlite3_errmsg(L->db));
        sqlite3_free(msg);
        return s;
    }
    return TAC_OK;
}

/* ---- the transaction's events ------------------------------------------ */

static void pend_clear(lite *L)
{
    if (L->n_ev)
        memset(L->slot, 0, L->cap * sizeof *L->slot);
    L->n_ev = 0;
    L->next_sent = L->next_men = 0;
    tac_arena_reset(&L->keys);
}

/* The pending event of key[0..len) (made with zero counts and quad,
 * goldstein if new), or NULL on out-of-memory. */
static pend_event *pend_get(lite *L, const char *key, size_t len, int quad, double goldstein)
{
    if (2 * (L->n_ev + 1) > L->cap) {
        size_t cap = L->cap ? 2 * L->cap : 1024;
        uint32_t *slot = tac_calloc(cap, sizeof *slot);
        if (!slot)
            return NULL;
        for (size_t i = 0; i < L->n_ev; i++) {
            size_t j = (size_t)L->ev[i].hash & (cap - 1);
            while (slot[j])
                j = (j + 1) & (cap - 1);
            slot[j] = (uint32_t)(i + 1);
        }
        tac_free(L->slot);
        L->slot = slot;
        L->cap = cap;
    }
    uint64_t h = tac_hash_bytes(key, len);
    size_t j = (size_t)h & (L->cap - 1);
    for (; L->slot[j]; j = (j + 1) & (L->cap - 1)) {
        pend_event *p = &L->ev[L->slot[j] - 1];
        if (p->hash == h && p->key_len == len && memcmp(p->key, key, len) == 0)
            return p;
    }
    if (L->n_ev == L->ev_size) {
        size_t n = L->ev_size ? 2 * L->ev_size : 512;
        pend_event *ev = tac_realloc(L->ev, n * sizeof *ev);
        if (!ev)
            return NULL;
        L->ev = ev;
        L->ev_size = n;
    }
    char *k = tac_arena_alloc(&L->keys, len);
    if (!k)
        return NULL;
    memcpy(k, key, len);
    pend_event *p = &L->ev[L->n_ev++];
    *p = (pend_event){k, len, h, quad, goldstein, 0, 0, 0};
    L->slot[j] = (uint32_t)L->n_ev;
    return p;
}

/* Adds (or with sign -1 takes out) mentions of one event to the pending
 * table; the strings are the key's four parts. */
static tac_status pend_add(tac_store *st, const char *date, const char *source,
                           const char *target, const char *code, int quad, double goldstein,
                           sqlite3_int64 mentions, sqlite3_int64 sentences,
                           sqlite3_int64 documents)
{
    lite *L = st->impl;
    const char *part[4] = {date ? date : "", source ? source : "", target ? target : "",
                           code ? code : ""};
    size_t pl[4], len = 0;
    for (int i = 0; i < 4; i++)
        len += (pl[i] = strlen(part[i])) + 1;
    char buf[512];
    char *key = len <= sizeof buf ? buf : tac_malloc(len);
    if (!key)
        return tac_store_fail(st, TAC_ENOMEM, "out of memory");
    size_t o = 0;
    for (int i = 0; i < 4; i++) {
        memcpy(key + o, part[i], pl[i] + 1);
        o += pl[i] + 1;
    }
    pend_event *p = pend_get(L, key, len, quad, goldstein);
    if (key != buf)
        tac_free(key);
    if (!p)
        return tac_store_fail(st, TAC_ENOMEM, "out of memory");
    if (mentions > 0) {
        if (quad < p->quad)
            p->quad = quad;
        if (goldstein < p->goldstein)
            p->goldstein = goldstein;
    }
    p->mentions += mentions;
    p->sentences += sentences;
    p->documents += documents;
    return TAC_OK;
}

/* Writes the pending events to table event, one upsert each. */
static tac_status pend_flush(tac_store *st)
{
    lite *L = st->impl;
    for (size_t i = 0; i < L->n_ev; i++) {
        const pend_event *p = &L->ev[i];
        if (p->mentions <= 0)
            continue; /* all its mentions were replaced in this transaction */
        sqlite3_stmt *x = prep(st, S_EV_UPSERT);
        if (!x)
            return TAC_EIO;
        const char *k = p->key;
        for (int c = 1; c <= 4; c++) {
            size_t kl = strlen(k);
            bind_text(x, c, k, kl);
            k += kl + 1;
        }
        sqlite3_bind_int(x, 5, p->quad);
        sqlite3_bind_double(x, 6, p->goldstein);
        sqlite3_bind_int64(x, 7, p->mentions);
        sqlite3_bind_int64(x, 8, p->sentences);
        sqlite3_bind_int64(x, 9, p->documents);
        if (step_done(x) < 0)
            return lite_err(st, "counting events");
    }
    return TAC_OK;
}

/* ---- transactions ---------------------------------------------------- */

static tac_status lite_begin(tac_store *st)
{
    lite *L = st->impl;
    pend_clear(L); /* row ids are read again under this transaction's lock */
    /* the busy handler waits BUSY_MS; a writer that still finds the file
     * locked after that retries a few times before giving up */
    for (int attempt = 0;; attempt++) {
        int rc = sqlite3_exec(L->db, "BEGIN IMMEDIATE", NULL, NULL, NULL);
        if (rc == SQLITE_OK)
            return TAC_OK;
        if ((rc != SQLITE_BUSY && rc != SQLITE_LOCKED) || attempt >= 5)
            return lite_err(st, "starting a transaction");
    }
}

static tac_status lite_commit(tac_store *st)
{
    lite *L = st->impl;
    L->men_from = 0;
    tac_status ps = pend_flush(st);
    pend_clear(L);
    if (ps != TAC_OK)
        return ps;
    if (L->fts_from) {
        sqlite3_stmt *x = prep(st, S_FTS_INS);
        if (!x)
            return TAC_EIO;
        sqlite3_bind_int64(x, 1, L->fts_from);
        L->fts_from = 0;
        if (step_done(x) < 0)
            return lite_err(st, "indexing sentences");
    }
    for (int attempt = 0;; attempt++) {
        int rc = sqlite3_exec(L->db, "COMMIT", NULL, NULL, NULL);
        if (rc == SQLITE_OK)
            return TAC_OK;
        if (rc != SQLITE_BUSY || attempt >= 5)
            return lite_err(st, "committing");
    }
}

static tac_status lite_rollback(tac_store *st)
{
    lite *L = st->impl;
    L->fts_from = 0;
    L->men_from = 0;
    pend_clear(L);
    /* the codes written in the transaction are gone with it */
    memset(L->seen_codes, 0, sizeof L->seen_codes);
    L->n_seen = 0;
    if (sqlite3_get_autocommit(L->db))
        return TAC_OK;
    if (sqlite3_exec(L->db, "ROLLBACK", NULL, NULL, NULL) != SQLITE_OK)
        return lite_err(st, "rolling back");
    return TAC_OK;
}

/* ---- the write path ---------------------------------------------------- */

/* Takes the document's old mentions out of the event counts (unless this
 * transaction wrote them: then they are not counted yet) and deletes them
 * with its sentences. f is the S_DOC_FIND row. */
static tac_status drop_old(tac_store *st, sqlite3_stmt *f)
{
    lite *L = st->impl;
    sqlite3_int64 s0 = sqlite3_column_int64(f, 1), s1 = sqlite3_column_int64(f, 2);
    sqlite3_int64 m0 = sqlite3_column_int64(f, 3), nm = sqlite3_column_int64(f, 4);
    int has_sent = sqlite3_column_type(f, 1) != SQLITE_NULL;
    int has_men = sqlite3_column_type(f, 3) != SQLITE_NULL && nm > 0;
    if (has_men) {
        /* mentions of this transaction are only in the pending table */
        int pending = L->men_from && m0 >= L->men_from;
        sqlite3_stmt *q = prep(st, S_OLD_COUNTS);
        if (!q)
            return TAC_EIO;
        sqlite3_bind_int64(q, 1, m0);
        sqlite3_bind_int64(q, 2, m0 + nm - 1);
        int rc;
        while ((rc = sqlite3_step(q)) == SQLITE_ROW) {
            if (pending) {
                tac_status s = pend_add(st, (const char *)sqlite3_column_text(q, 2),
                                        (const char *)sqlite3_column_text(q, 0),
                                        (const char *)sqlite3_column_text(q, 1),
                                        (const char *)sqlite3_column_text(q, 3), 0, 0.0,
                                        -sqlite3_column_int64(q, 4),
                                        -sqlite3_column_int64(q, 5), -1);
                if (s != TAC_OK)
                    return s;
                continue;
            }
            for (int k = 0; k < 2; k++) {
                sqlite3_stmt *u = prep(st, k == 0 ? S_EV_DEC : S_EV_GC);
                if (!u)
                    return TAC_EIO;
                for (int c = 0; c < 4; c++)
                    sqlite3_bind_value(u, c + 1, sqlite3_column_value(q, c));
                if (k == 0) {
                    sqlite3_bind_int64(u, 5, sqlite3_column_int64(q, 4));
                    sqlite3_bind_int64(u, 6, sqlite3_column_int64(q, 5));
                }
                if (step_done(u) < 0)
                    return lite_err(st, "updating event counts");
            }
        }
        if (rc != SQLITE_DONE)
            return lite_err(st, "reading old mentions");
        sqlite3_reset(q);
    }
    sqlite3_stmt *d;
    if (has_men) {
        if (!(d = prep(st, S_MEN_DEL)))
            return TAC_EIO;
        sqlite3_bind_int64(d, 1, m0);
        sqlite3_bind_int64(d, 2, m0 + nm - 1);
        if (step_done(d) < 0)
            return lite_err(st, "deleting old mentions");
    }
    if (has_sent) {
        /* only sentences of earlier transactions are in the text index */
        if (!L->fts_from || s0 < L->fts_from) {
            if (!(d = prep(st, S_FTS_DEL)))
                return TAC_EIO;
            sqlite3_bind_int64(d, 1, s0);
            sqlite3_bind_int64(d, 2, s1);
            if (step_done(d) < 0)
                return lite_err(st, "deleting old sentences from the text index");
        }
        if (!(d = prep(st, S_SEN_DEL)))
            return TAC_EIO;
        sqlite3_bind_int64(d, 1, s0);
        sqlite3_bind_int64(d, 2, s1);
        if (step_done(d) < 0)
            return lite_err(st, "deleting old sentences");
    }
    return TAC_OK;
}

/* The code's bytes packed into an integer, or 0 if it is empty or longer
 * than 4 bytes (not kept in the set). */
static uint32_t code_key(const char *code)
{
    uint32_t k = 0;
    size_t i;
    for (i = 0; i < 4 && code[i]; i++)
        k = k << 8 | (unsigned char)code[i];
    return code[i] ? 0 : k;
}

static tac_status note_code(tac_store *st, const tac_event *e)
{
    lite *L = st->impl;
    const size_t mask = sizeof L->seen_codes / sizeof L->seen_codes[0] - 1;
    uint32_t k = code_key(e->code);
    size_t j = (size_t)(k * 2654435761u) >> 22 & mask;
    if (k) {
        for (; L->seen_codes[j]; j = (j + 1) & mask)
            if (L->seen_codes[j] == k)
                return TAC_OK;
    }
    sqlite3_stmt *c = prep(st, S_CODE_INS);
    if (!c)
        return TAC_EIO;
    bind_str(c, 1, e->code);
    bind_str(c, 2, e->name ? e->name : "");
    sqlite3_bind_double(c, 3, e->goldstein);
    sqlite3_bind_int(c, 4, e->quad);
    if (step_done(c) < 0)
        return lite_err(st, "writing a code");
    /* the set stays at most half full; past that, codes are written again
     * (ON CONFLICT DO NOTHING) */
    if (k && 2 * (L->n_seen + 1) <= mask + 1) {
        L->seen_codes[j] = k;
        L->n_seen++;
    }
    return TAC_OK;
}

/* Same (date, source, target, code)? */
static int same_event(const tac_event *a, const tac_event *b)
{
    return strcmp(a->code, b->code) == 0 && strcmp(a->date, b->date) == 0 &&
           strcmp(a->source.code, b->source.code) == 0 && a->has_target == b->has_target &&
           (!a->has_target || strcmp(a->target.code, b->target.code) == 0);
}

/* Writes "file:line" of the event's pattern to out[0..size) (cut to fit),
 * returns its length: snprintf cost more than the mention's binds. */
static size_t pattern_ref(char *out, size_t size, const tac_event *e)
{
    char num[24];
    size_t nl = 0;
    unsigned long v = e->pattern_line < 0 ? 0UL - (unsigned long)e->pattern_line
                                          : (unsigned long)e->pattern_line;
    do
        num[sizeof num - ++nl] = (char)('0' + v % 10);
    while ((v /= 10) && nl < sizeof num - 1);
    if (e->pattern_line < 0)
        num[sizeof num - ++nl] = '-';
    size_t fl = strlen(e->pattern_file);
    if (fl > size - 2 - nl)
        fl = size - 2 - nl;
    memcpy(out, e->pattern_file, fl);
    out[fl] = ':';
    memcpy(out + fl + 1, num + sizeof num - nl, nl);
    return fl + 1 + nl;
}

/* Binds the document's columns; its sentence and mention rows are
 * s0..s1 and m0.. (NULL without events). */
static void bind_doc(sqlite3_stmt *d, const tac_doc *doc, size_t n_sentences, size_t n,
                     sqlite3_int64 s0, sqlite3_int64 s1, sqlite3_int64 m0)
{
    bind_text(d, 2, doc->date, doc->date_len);
    bind_text(d, 3, doc->source, doc->source_len);
    bind_text(d, 4, doc->url, doc->url_len);
    bind_text(d, 5, doc->title, doc->title_len);
    sqlite3_bind_int64(d, 6, (sqlite3_int64)n_sentences);
    sqlite3_bind_int64(d, 7, (sqlite3_int64)n);
    if (n) {
        sqlite3_bind_int64(d, 8, s0);
        sqlite3_bind_int64(d, 9, s1);
        sqlite3_bind_int64(d, 10, m0);
    } else {
        for (int i = 8; i <= 10; i++)
            sqlite3_bind_null(d, i);
    }
}

static tac_status lite_put(tac_store *st, const tac_doc *doc, size_t n_sentences,
                           const tac_event *ev, size_t n)
{
    lite *L = st->impl;
    /* the row ids this document's sentences and mentions will take */
    if (!L->next_sent) {
        sqlite3_stmt *q = prep(st, S_MAX_IDS);
        if (!q)
            return TAC_EIO;
        if (sqlite3_step(q) != SQLITE_ROW)
            return lite_err(st, "reading row ids");
        L->next_sent = sqlite3_column_int64(q, 0) + 1;
        L->next_men = sqlite3_column_int64(q, 1) + 1;
        sqlite3_reset(q);
    }
    size_t n_sent = 0;
    for (size_t i = 0; i < n; i++)
        if (i == 0 || ev[i].sentence != ev[i - 1].sentence)
            n_sent++;
    sqlite3_int64 sent_first = L->next_sent, men_first = L->next_men;
    sqlite3_int64 sent_last = sent_first + (sqlite3_int64)n_sent - 1;
    /* the document row: a new id is one insert; a known one is replaced in
     * place, its old events taken out first */
    sqlite3_int64 doc_row = 0;
    sqlite3_stmt *d = prep(st, S_DOC_INS);
    if (!d)
        return TAC_EIO;
    bind_text(d, 1, doc->id, doc->id_len);
    bind_doc(d, doc, n_sentences, n, sent_first, sent_last, men_first);
    int rc = sqlite3_step(d);
    sqlite3_reset(d);
    if (rc == SQLITE_DONE) {
        doc_row = sqlite3_last_insert_rowid(L->db);
    } else if (rc == SQLITE_CONSTRAINT) {
        sqlite3_stmt *f = prep(st, S_DOC_FIND);
        if (!f)
            return TAC_EIO;
        bind_text(f, 1, doc->id, doc->id_len);
        if (sqlite3_step(f) != SQLITE_ROW)
            return lite_err(st, "looking up a document");
        doc_row = sqlite3_column_int64(f, 0);
        tac_status s = drop_old(st, f);
        sqlite3_reset(f);
        if (s != TAC_OK)
            return s;
        sqlite3_stmt *u = prep(st, S_DOC_UPD);
        if (!u)
            return TAC_EIO;
        sqlite3_bind_int64(u, 1, doc_row);
        bind_doc(u, doc, n_sentences, n, sent_first, sent_last, men_first);
        if (step_done(u) < 0)
            return lite_err(st, "updating a document");
    } else {
        return lite_err(st, "writing a document");
    }

    /* sentences (each once) and mentions */
    sqlite3_int64 sent_row = sent_first - 1;
    int last_sent = -1;
    for (size_t i = 0; i < n; i++) {
        const tac_event *e = &ev[i];
        tac_status s = note_code(st, e);
        if (s != TAC_OK)
            return s;
        if (e->sentence != last_sent) {
            sqlite3_stmt *x = prep(st, S_SEN_INS);
            if (!x)
                return TAC_EIO;
            sqlite3_bind_int64(x, 1, doc_row);
            sqlite3_bind_int(x, 2, e->sentence);
            sqlite3_bind_int(x, 3, e->headline);
            bind_text(x, 4, e->sentence_text ? e->sentence_text : "", e->sentence_len);
            sqlite3_bind_int64(x, 5, ++sent_row);
            if (step_done(x) < 0)
                return lite_err(st, "writing a sentence");
            last_sent = e->sentence;
            if (!L->fts_from)
                L->fts_from = sent_row;
        }
        sqlite3_stmt *m = prep(st, S_MEN_INS);
        if (!m)
            return TAC_EIO;
        char pat[300];
        size_t pl = e->pattern_file ? pattern_ref(pat, sizeof pat, e) : 0;
        sqlite3_bind_int64(m, 1, doc_row);
        sqlite3_bind_int64(m, 2, sent_row);
        bind_str(m, 3, e->date);
        bind_str(m, 4, e->source.code);
        bind_str(m, 5, e->has_target ? e->target.code : "");
        bind_str(m, 6, e->code);
        size_t span = e->text_offset >= e->sentence_offset ? e->text_offset - e->sentence_offset
                                                           : 0;
        sqlite3_bind_int(m, 7, e->quad);
        sqlite3_bind_double(m, 8, e->goldstein);
        sqlite3_bind_int64(m, 9, (sqlite3_int64)span);
        sqlite3_bind_int64(m, 10, (sqlite3_int64)e->text_len);
        bind_text(m, 11, e->source.text, e->source.text_len);
        bind_text(m, 12, e->has_target ? e->target.text : NULL, e->target.text_len);
        bind_str(m, 13, e->date_precision);
        bind_str(m, 14, e->modality);
        bind_text(m, 15, pl > 0 ? pat : NULL, pl);
        int first_doc = 1, first_sent = 1;
        for (size_t j = 0; j < i && first_sent; j++) {
            if (same_event(&ev[j], e)) {
                first_doc = 0;
                first_sent = ev[j].sentence != e->sentence;
            }
        }
        sqlite3_bind_int(m, 16, first_sent);
        sqlite3_bind_int(m, 17, first_doc);
        sqlite3_bind_int64(m, 18, men_first + (sqlite3_int64)i);
        if (step_done(m) < 0)
            return lite_err(st, "writing a mention");
        if (!L->men_from)
            L->men_from = men_first;
        s = pend_add(st, e->date, e->source.code, e->has_target ? e->target.code : "", e->code,
                     e->quad, e->goldstein, 1, first_sent, first_doc);
        if (s != TAC_OK)
            return s;
    }
    L->next_sent = sent_row + 1;
    L->next_men = men_first + (sqlite3_int64)n;
    return TAC_OK;
}

/* ---- open and close ------------------------------------------------------ */

static void lite_close(tac_store *st)
{
    lite *L = st->impl;
    if (!L)
        return;
    for (int i = 0; i < S_COUNT; i++)
        sqlite3_finalize(L->s[i]);
    tac_free(L->ev);
    tac_free(L->slot);
    tac_arena_fini(&L->keys);
    sqlite3_close(L->db);
    tac_free(L);
    st->impl = NULL;
}

static const tac_store_ops lite_ops = {
    "sqlite", lite_exec, lite_begin, lite_commit, lite_rollback, lite_put, lite_close,
};

static int int_row(void *user, int ncol, const char *const *names, const char *const *val)
{
    (void)names;
    if (ncol > 0 && val[0])
        *(long *)user = atol(val[0]);
    return 1;
}

/* Brings the schema up to date in one transaction. */
static tac_status migrate(tac_store *st, const char *path)
{
    long version = 0, tables = 0;
    tac_status s = lite_exec(st, "PRAGMA user_version", NULL, 0, int_row, &version);
    if (s != TAC_OK)
        return tac_store_fail(st, TAC_EINPUT, "%s: not an SQLite database (%s)", path, st->err);
    s = lite_exec(st, "SELECT count(*) FROM sqlite_master", NULL, 0, int_row, &tables);
    if (s != TAC_OK)
        return s;
    if (version == 0 && tables > 0)
        return tac_store_fail(st, TAC_EINPUT,
                              "%s: an SQLite database that is not a tacitus store", path);
    int last = 0;
    char *probe = tac_store_schema("sqlite", 1, &last);
    tac_free(probe);
    if (version > last)
        return tac_store_fail(st, TAC_EINPUT,
                              "%s: store schema version %ld is newer than this tacitus (%d)",
                              path, version, last);
    if (version == last)
        return TAC_OK;
    if (st->readonly)
        return tac_store_fail(st, TAC_EINPUT, "%s: %s", path,
                              version ? "the store needs an upgrade: open it for writing once"
                                      : "not a tacitus store (empty)");
    s = lite_begin(st);
    if (s != TAC_OK)
        return s;
    /* re-read under the lock: another process may have migrated meanwhile */
    lite_exec(st, "PRAGMA user_version", NULL, 0, int_row, &version);
    for (int v = (int)version + 1; v <= last; v++) {
        char *sql = tac_store_schema("sqlite", v, NULL);
        if (!sql) {
            lite_rollback(st);
            return tac_store_fail(st, TAC_ENOMEM, "out of memory");
        }
        s = lite_exec_script(st, sql);
        tac_free(sql);
        if (s != TAC_OK) {
            lite_rollback(st);
            return s;
        }
        char pragma[64];
        snprintf(pragma, sizeof pragma, "PRAGMA user_version = %d", v);
        if ((s = lite_exec_script(st, pragma)) != TAC_OK) {
            lite_rollback(st);
            return s;
        }
    }
    return lite_commit(st);
}

tac_status tac_store_sqlite_open(tac_store *st, const char *path, int flags)
{
    /* no memory statistics: they take a global mutex on every allocation
     * (refused, harmlessly, once SQLite is initialised) */
    sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
    lite *L = tac_calloc(1, sizeof *L);
    if (!L)
        return tac_store_fail(st, TAC_ENOMEM, "out of memory");
    tac_arena_init(&L->keys, 1 << 16);
    st->impl = L;
    st->ops = &lite_ops;
    int oflags = (flags & TAC_STORE_READONLY) ? SQLITE_OPEN_READONLY
                                              : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
    int rc = sqlite3_open_v2(path, &L->db, oflags | SQLITE_OPEN_NOMUTEX, NULL);
    if (rc != SQLITE_OK) {
        if (!L->db)
            return tac_store_fail(st, TAC_ENOMEM, "out of memory");
        return tac_store_fail(st, TAC_EIO, "%s: cannot open: %s", path, sqlite3_errmsg(L->db));
    }
    sqlite3_extended_result_codes(L->db, 0);
    sqlite3_busy_timeout(L->db, BUSY_MS);
    tac_status s;
    if (!(flags & TAC_STORE_READONLY)) {
        /* WAL: readers never block the writer; NORMAL sync is safe against
         * a killed process (only a power cut may lose the last commit) */
        /* another process creating the same file may hold it a moment */
        int rc2 = SQLITE_BUSY;
        for (int attempt = 0; attempt < 200 && (rc2 == SQLITE_BUSY || rc2 == SQLITE_LOCKED);
             attempt++) {
            rc2 = sqlite3_exec(L->db, "PRAGMA journal_mode = WAL", NULL, NULL, NULL);
            if (rc2 == SQLITE_BUSY || rc2 == SQLITE_LOCKED)
                sqlite3_sleep(50);
        }
        if (rc2 == SQLITE_NOTADB)
            return tac_store_fail(st, TAC_EINPUT, "%s: not an SQLite database (%s)", path,
                                  sqlite3_errmsg(L->db));
        if (rc2 != SQLITE_OK)
            return lite_err(st, "opening the store");
        lite_exec_script(st, "PRAGMA synchronous = NORMAL; PRAGMA cache_size = -65536;"
                             " PRAGMA temp_store = MEMORY");
    }
    s = migrate(st, path);
    if (s != TAC_OK)
        return s;
    return TAC_OK;
}
