/* store_pg.c -- the event store in PostgreSQL, through libpq.
 *
 * Same tables, columns and counts as store_sqlite.c (docs/store.md); what
 * differs is how rows travel. A write transaction is buffered in memory
 * and reaches the server only at commit, as COPY text:
 *
 *   put(doc) --> docs   "doc_id \t date \t ... \t events \n"     escaped COPY text
 *            --> sents  "idx \t headline \t text \n"             a sentence that gave events
 *            --> mens   "date \t source \t ... \t pattern \n"    a mention (+ its sentence no.)
 *
 *   commit:  reserve ids   setval(nextval() + n - 1) on sentence_id_seq and
 *                          mention_id_seq under an advisory lock: every
 *                          document's rows get contiguous ids (doc ranges)
 *            BEGIN
 *            COPY tac_stage_doc      the batch's documents (a temporary table)
 *            stored ones             locked in id order (FOR UPDATE)
 *            new ones                INSERT ... ON CONFLICT DO NOTHING
 *            COPY sentence, COPY mention    ids and doc rows prefixed here
 *            INSERT INTO code        the CAMEO codes seen, in code order
 *            INSERT INTO event ... ON CONFLICT DO UPDATE   one pass in key order:
 *                                    + new mentions (S_EV_MERGE of SQLite)
 *                                    - old mentions of the stored ones (S_EV_DEC)
 *            DELETE                  events left without mentions (S_EV_GC),
 *                                    the old sentences and mentions
 *            UPDATE doc              the stored ones' new fields and ranges
 *            COMMIT
 *
 * Concurrency: writers run at READ COMMITTED; event counts change only by
 * upserts of differences, under row locks, so concurrent ingests add up.
 * All writers take their locks in the order above (stored docs by id, new
 * doc keys, codes, events by key), so they do not deadlock in practice. A
 * deadlock all the same, a serialization failure, or another writer
 * storing the same new document at the same instant makes commit roll
 * back and run the whole server transaction again from the buffers. A
 * transaction whose buffers pass SPILL_BYTES is flushed early into the
 * open server transaction: memory stays bounded, but it cannot be retried.
 *
 * Ownership: the pg struct (st->impl) owns the connection and buffers;
 * tac_store_close frees them. Not thread-safe (one connection). */
#include <libpq-fe.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "alloc.h"
#include "hash.h"
#include "store.h"

#ifndef TAC_PG_SPILL_BYTES /* (tests build with a small value) */
#define TAC_PG_SPILL_BYTES ((size_t)64 << 20)
#endif
#define SPILL_BYTES TAC_PG_SPILL_BYTES /* buffered text that forces an early flush */
#define MAX_RETRY 8                    /* attempts of a failed commit */
#define COPY_CHUNK ((size_t)256 << 10) /* bytes handed to PQputCopyData at once */
#define LOCK_KEY 1952539497            /* "taci": first key of our advisory locks */

/* type oids (catalog/pg_type_d.h is not in libpq-dev) */
#define OID_FLOAT4 700
#define OID_FLOAT8 701

typedef struct pg_buf {
    char *p;
    size_t len, cap;
    int failed; /* an append ran out of memory */
} pg_buf;

/* One document of the open transaction: slices of the buffers. */
typedef struct pg_doc {
    size_t key_off, key_len;   /* raw doc id in keys */
    size_t doc_off, doc_len;   /* its stage row (without the leading columns) */
    size_t sent_off, sent_len; /* its sentence rows */
    size_t men_off, men_len;   /* its mention rows */
    size_t men_first;          /* its first entry of men_sent */
    size_t n_sent, n_men;
    long long row; /* doc.id, known during a flush */
    int dead;      /* replaced by a later put of the same id */
} pg_doc;

/* A CAMEO code seen by this connection. */
typedef struct pg_code {
    char *code, *name;
    double goldstein;
    int quad;
    int committed; /* in the code table for sure */
} pg_code;

typedef struct pg {
    PGconn *conn;
    pg_buf keys, docs, sents, mens;
    uint32_t *men_sent; /* per mention: its sentence's number within the document */
    size_t n_men_sent, cap_men_sent;
    pg_doc *dv;
    size_t n_doc, cap_doc;
    size_t live_docs, live_sent, live_men;
    uint32_t *slots; /* doc id -> dv index + 1 (0 = empty), open addressing */
    size_t mask;
    pg_code *codes;
    size_t n_codes, cap_codes;
    tac_strmap code_map; /* code -> index in codes */
    pg_buf out;          /* COPY data being sent */
    int server_tx;       /* a server transaction is open */
    int spilled;         /* the open transaction was flushed early: no retry */
    int retry;           /* the last failure may succeed if run again */
    int ids_locked;      /* the id advisory lock may be held (error path) */
} pg;

/* ---- errors ------------------------------------------------------------ */

/* libpq's messages end in a newline and may span lines: one line. */
static void chomp(char *s)
{
    size_t n = strlen(s);
    while (n && (s[n - 1] == '\n' || s[n - 1] == ' ' || s[n - 1] == '\r'))
        s[--n] = '\0';
    char *o = s;
    for (const char *p = s; *p; p++) {
        if (*p == '\n' || *p == '\r' || *p == '\t') {
            if (o > s && o[-1] != ' ')
                *o++ = ' ';
        } else {
            *o++ = *p;
        }
    }
    *o = '\0';
}

/* Fails with the server's message of res (or the connection's); notes
 * whether running the transaction again may succeed. */
static tac_status pg_fail(tac_store *st, const PGresult *res, const char *what)
{
    pg *P = st->impl;
    const char *state = res ? PQresultErrorField(res, PG_DIAG_SQLSTATE) : NULL;
    const char *msg = res ? PQresultErrorField(res, PG_DIAG_MESSAGE_PRIMARY) : NULL;
    if (!msg || !*msg)
        msg = PQerrorMessage(P->conn);
    if (PQstatus(P->conn) == CONNECTION_BAD && (!msg || !*msg))
        msg = "connection to the server lost";
    /* 40001 serialization failure, 40P01 deadlock */
    P->retry = state && (strcmp(state, "40001") == 0 || strcmp(state, "40P01") == 0);
    tac_store_fail(st, TAC_EIO, "%s: %s", what, msg ? msg : "unknown error");
    chomp(st->err);
    return TAC_EIO;
}

static tac_status oom(tac_store *st)
{
    return tac_store_fail(st, TAC_ENOMEM, "out of memory");
}

/* Runs a statement that returns no rows we need. */
static tac_status simple(tac_store *st, const char *sql, const char *what)
{
    pg *P = st->impl;
    PGresult *r = PQexec(P->conn, sql);
    ExecStatusType k = PQresultStatus(r);
    tac_status s = TAC_OK;
    if (k != PGRES_COMMAND_OK && k != PGRES_TUPLES_OK)
        s = pg_fail(st, r, what);
    PQclear(r);
    return s;
}

/* ---- text buffers ------------------------------------------------------ */

static int buf_reserve(pg_buf *b, size_t n)
{
    if (b->failed)
        return -1;
    if (b->len + n <= b->cap)
        return 0;
    size_t nc = b->cap ? b->cap : 4096;
    while (nc < b->len + n)
        nc *= 2;
    char *g = tac_realloc(b->p, nc);
    if (!g) {
        b->failed = 1;
        return -1;
    }
    b->p = g;
    b->cap = nc;
    return 0;
}

static void buf_add(pg_buf *b, const char *s, size_t n)
{
    if (!n || buf_reserve(b, n) < 0)
        return;
    memcpy(b->p + b->len, s, n);
    b->len += n;
}

static void buf_ch(pg_buf *b, char c)
{
    if (buf_reserve(b, 1) < 0)
        return;
    b->p[b->len++] = c;
}

static void buf_int(pg_buf *b, long long v)
{
    char t[24];
    int n = snprintf(t, sizeof t, "%lld", v);
    buf_add(b, t, (size_t)n);
}

/* A double that reads back exactly, as short as possible. */
static void buf_double(pg_buf *b, double v)
{
    char t[40];
    int n = snprintf(t, sizeof t, "%.15g", v);
    if (strtod(t, NULL) != v)
        n = snprintf(t, sizeof t, "%.17g", v);
    buf_add(b, t, (size_t)n);
}

/* A COPY text field: backslash, tab, newline and CR escaped; NUL bytes
 * (which a text column cannot hold) dropped; NULL as \N. */
static void buf_field(pg_buf *b, const char *s, size_t n)
{
    if (!s) {
        buf_add(b, "\\N", 2);
        return;
    }
    if (buf_reserve(b, 2 * n) < 0)
        return;
    char *o = b->p + b->len;
    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        switch (c) {
        case '\\': *o++ = '\\'; *o++ = '\\'; break;
        case '\t': *o++ = '\\'; *o++ = 't'; break;
        case '\n': *o++ = '\\'; *o++ = 'n'; break;
        case '\r': *o++ = '\\'; *o++ = 'r'; break;
        case '\0': break;
        default: *o++ = c;
        }
    }
    b->len = (size_t)(o - b->p);
}

static void buf_str(pg_buf *b, const char *s)
{
    buf_field(b, s, s ? strlen(s) : 0);
}

static void buf_free(pg_buf *b)
{
    tac_free(b->p);
    memset(b, 0, sizeof *b);
}

/* ---- generic statements ------------------------------------------------ */

/* SQL with '?' placeholders (and SQLite's '?N') as PostgreSQL's $1..$n;
 * quoted strings, quoted names and comments are copied as they are.
 * Returns a malloc'ed string or NULL. */
static char *renumber(const char *sql)
{
    size_t n = strlen(sql);
    char *out = tac_malloc(n * 7 + 1);
    if (!out)
        return NULL;
    char *o = out;
    int next = 0;
    char quote = 0;
    for (const char *p = sql; *p; p++) {
        if (quote) {
            *o++ = *p;
            if (*p == quote)
                quote = 0;
        } else if (*p == '\'' || *p == '"') {
            quote = *p;
            *o++ = *p;
        } else if (p[0] == '-' && p[1] == '-') {
            while (*p && *p != '\n')
                *o++ = *p++;
            if (!*p)
                break;
            *o++ = *p;
        } else if (*p == '?') {
            if (p[1] >= '0' && p[1] <= '9') {
                *o++ = '$';
                while (p[1] >= '0' && p[1] <= '9')
                    *o++ = *++p;
            } else {
                o += snprintf(o, 8, "$%d", ++next);
            }
        } else {
            *o++ = *p;
        }
    }
    *o = '\0';
    return out;
}

/* A float as SQLite shows a REAL ("%!.15g": 7.0, 3.4, -0.55), so that
 * both backends print the same text. */
static const char *sqlite_real(const char *v, char *buf, size_t cap)
{
    char *end;
    double d = strtod(v, &end);
    if (*end || end == v)
        return v; /* NaN, Infinity: leave them alone */
    snprintf(buf, cap, "%.15g", d);
    if (!strpbrk(buf, ".eni")) {
        size_t n = strlen(buf);
        if (n + 3 <= cap)
            memcpy(buf + n, ".0", 3);
    } else if (strchr(buf, 'e') && !strchr(buf, '.')) {
        char *e = strchr(buf, 'e');
        size_t n = strlen(buf);
        if (n + 3 <= cap) {
            memmove(e + 2, e, strlen(e) + 1);
            memcpy(e, ".0", 2);
        }
    }
    return buf;
}

#define MAX_COLS 64

static tac_status pg_exec(tac_store *st, const char *sql, const char *const *params, int np,
                          tac_store_row_fn fn, void *user)
{
    pg *P = st->impl;
    char *q = renumber(sql);
    if (!q)
        return oom(st);
    int sent = PQsendQueryParams(P->conn, q, np, NULL, params, NULL, NULL, 0);
    tac_free(q);
    if (!sent)
        return pg_fail(st, NULL, "running a query");
    /* rows one at a time: a result of millions of mentions is never held whole */
    PQsetSingleRowMode(P->conn);
    tac_status s = TAC_OK;
    int stopped = 0;
    const char *names[MAX_COLS];
    const char *vals[MAX_COLS];
    char fbuf[MAX_COLS][40];
    PGresult *r;
    while ((r = PQgetResult(P->conn)) != NULL) {
        ExecStatusType k = PQresultStatus(r);
        if (k == PGRES_SINGLE_TUPLE || k == PGRES_TUPLES_OK) {
            int ncol = PQnfields(r);
            if (ncol > MAX_COLS)
                ncol = MAX_COLS;
            for (int row = 0; fn && !stopped && s == TAC_OK && row < PQntuples(r); row++) {
                for (int c = 0; c < ncol; c++) {
                    names[c] = PQfname(r, c);
                    Oid t = PQftype(r, c);
                    if (PQgetisnull(r, row, c))
                        vals[c] = NULL;
                    else if (t == OID_FLOAT8 || t == OID_FLOAT4)
                        vals[c] = sqlite_real(PQgetvalue(r, row, c), fbuf[c], sizeof fbuf[c]);
                    else
                        vals[c] = PQgetvalue(r, row, c);
                }
                if (fn(user, ncol, names, vals))
                    stopped = 1;
            }
        } else if (k != PGRES_COMMAND_OK && s == TAC_OK) {
            s = pg_fail(st, r, "running a query");
        }
        PQclear(r);
    }
    return s;
}

/* Runs a statement with text parameters and gives back its result (NULL
 * after a failure, with st->err set). */
static PGresult *query(tac_store *st, const char *sql, int np, const char *const *params,
                       const char *what)
{
    pg *P = st->impl;
    PGresult *r = PQexecParams(P->conn, sql, np, NULL, params, NULL, NULL, 0);
    ExecStatusType k = PQresultStatus(r);
    if (k != PGRES_TUPLES_OK && k != PGRES_COMMAND_OK) {
        pg_fail(st, r, what);
        PQclear(r);
        return NULL;
    }
    return r;
}

/* ---- COPY -------------------------------------------------------------- */

static tac_status copy_begin(tac_store *st, const char *sql, const char *what)
{
    pg *P = st->impl;
    PGresult *r = PQexec(P->conn, sql);
    tac_status s = TAC_OK;
    if (PQresultStatus(r) != PGRES_COPY_IN)
        s = pg_fail(st, r, what);
    PQclear(r);
    P->out.len = 0;
    return s;
}

static tac_status copy_flush(tac_store *st, const char *what)
{
    pg *P = st->impl;
    if (P->out.failed)
        return oom(st);
    if (P->out.len && PQputCopyData(P->conn, P->out.p, (int)P->out.len) != 1)
        return pg_fail(st, NULL, what);
    P->out.len = 0;
    return TAC_OK;
}

/* Ends a COPY: sends the rest when s is TAC_OK, else (a failure while
 * writing it) makes the server drop it. Returns the first failure. */
static tac_status copy_end(tac_store *st, tac_status s, const char *what)
{
    pg *P = st->impl;
    if (s == TAC_OK)
        s = copy_flush(st, what);
    if (PQputCopyEnd(P->conn, s == TAC_OK ? NULL : "aborted by tacitus") != 1 && s == TAC_OK)
        s = pg_fail(st, NULL, what);
    PGresult *r;
    while ((r = PQgetResult(P->conn)) != NULL) {
        if (PQresultStatus(r) != PGRES_COMMAND_OK && s == TAC_OK)
            s = pg_fail(st, r, what);
        PQclear(r);
    }
    return s;
}

/* ---- the transaction's buffers --------------------------------------- */

static void reset_tx(pg *P)
{
    P->keys.len = P->docs.len = P->sents.len = P->mens.len = 0;
    P->keys.failed = P->docs.failed = P->sents.failed = P->mens.failed = 0;
    P->n_men_sent = 0;
    P->n_doc = 0;
    P->live_docs = P->live_sent = P->live_men = 0;
    if (P->slots)
        memset(P->slots, 0, (P->mask + 1) * sizeof *P->slots);
    /* a transaction of a huge batch does not keep its memory for good */
    if (P->mens.cap > SPILL_BYTES) {
        buf_free(&P->keys);
        buf_free(&P->docs);
        buf_free(&P->sents);
        buf_free(&P->mens);
    }
}

/* The slot of a document id in the open transaction's map. */
static uint32_t *doc_slot(pg *P, const char *id, size_t len)
{
    size_t i = (size_t)tac_hash_bytes(id, len) & P->mask;
    for (;;) {
        uint32_t v = P->slots[i];
        if (!v)
            return &P->slots[i];
        const pg_doc *d = &P->dv[v - 1];
        if (d->key_len == len && memcmp(P->keys.p + d->key_off, id, len) == 0)
            return &P->slots[i];
        i = (i + 1) & P->mask;
    }
}

/* Room for one more document in dv and the map (kept at most half full). */
static int doc_room(pg *P)
{
    if (P->n_doc == P->cap_doc) {
        size_t nc = P->cap_doc ? P->cap_doc * 2 : 256;
        pg_doc *g = tac_realloc(P->dv, nc * sizeof *g);
        if (!g)
            return -1;
        P->dv = g;
        P->cap_doc = nc;
    }
    if (!P->slots || (P->n_doc + 1) * 2 > P->mask + 1) {
        size_t cap = P->slots ? (P->mask + 1) * 2 : 1024;
        uint32_t *s = tac_calloc(cap, sizeof *s);
        if (!s)
            return -1;
        tac_free(P->slots);
        P->slots = s;
        P->mask = cap - 1;
        for (size_t k = 0; k < P->n_doc; k++) {
            if (P->dv[k].dead)
                continue;
            uint32_t *slot = doc_slot(P, P->keys.p + P->dv[k].key_off, P->dv[k].key_len);
            *slot = (uint32_t)k + 1;
        }
    }
    return 0;
}

static int men_sent_push(pg *P, uint32_t v)
{
    if (P->n_men_sent == P->cap_men_sent) {
        size_t nc = P->cap_men_sent ? P->cap_men_sent * 2 : 4096;
        uint32_t *g = tac_realloc(P->men_sent, nc * sizeof *g);
        if (!g)
            return -1;
        P->men_sent = g;
        P->cap_men_sent = nc;
    }
    P->men_sent[P->n_men_sent++] = v;
    return 0;
}

/* Remembers a code for the code table (written at commit). */
static tac_status note_code(tac_store *st, const tac_event *e)
{
    pg *P = st->impl;
    size_t len = strlen(e->code);
    uint32_t known;
    if (tac_strmap_get(&P->code_map, e->code, len, &known))
        return TAC_OK;
    if (P->n_codes == P->cap_codes) {
        size_t nc = P->cap_codes ? P->cap_codes * 2 : 64;
        pg_code *g = tac_realloc(P->codes, nc * sizeof *g);
        if (!g)
            return oom(st);
        P->codes = g;
        P->cap_codes = nc;
    }
    pg_code *c = &P->codes[P->n_codes];
    const char *name = e->name ? e->name : "";
    c->code = tac_malloc(len + 1);
    c->name = tac_malloc(strlen(name) + 1);
    if (!c->code || !c->name) {
        tac_free(c->code);
        tac_free(c->name);
        return oom(st);
    }
    memcpy(c->code, e->code, len + 1);
    memcpy(c->name, name, strlen(name) + 1);
    c->goldstein = e->goldstein;
    c->quad = e->quad;
    c->committed = 0;
    if (tac_strmap_put(&P->code_map, c->code, len, (uint32_t)P->n_codes, NULL) < 0) {
        tac_free(c->code);
        tac_free(c->name);
        return oom(st);
    }
    P->n_codes++;
    return TAC_OK;
}

/* Same (date, source, target, code)? */
static int same_event(const tac_event *a, const tac_event *b)
{
    return strcmp(a->code, b->code) == 0 && strcmp(a->date, b->date) == 0 &&
           strcmp(a->source.code, b->source.code) == 0 && a->has_target == b->has_target &&
           (!a->has_target || strcmp(a->target.code, b->target.code) == 0);
}

static tac_status flush(tac_store *st, int final);

static tac_status pg_put(tac_store *st, const tac_doc *doc, size_t n_sentences,
                         const tac_event *ev, size_t n)
{
    pg *P = st->impl;
    if (!doc->date)
        return tac_store_fail(st, TAC_EINPUT, "document %.*s has no date", (int)doc->id_len,
                              doc->id);
    for (size_t i = 0; i < n; i++)
        if (!ev[i].code || !ev[i].source.code)
            return tac_store_fail(st, TAC_EINPUT, "an event without a code or a source");
    if (doc_room(P) < 0)
        return oom(st);
    size_t k0 = P->keys.len, d0 = P->docs.len, s0 = P->sents.len, m0 = P->mens.len;
    size_t ms0 = P->n_men_sent;
    pg_doc d;
    memset(&d, 0, sizeof d);
    d.key_off = k0;
    d.key_len = doc->id_len;
    buf_add(&P->keys, doc->id, doc->id_len);
    /* the stage row after (ord, first_sentence, last_sentence, first_mention) */
    d.doc_off = d0;
    pg_buf *b = &P->docs;
    buf_field(b, doc->id, doc->id_len);
    buf_ch(b, '\t');
    buf_field(b, doc->date, doc->date_len);
    buf_ch(b, '\t');
    buf_field(b, doc->source, doc->source_len);
    buf_ch(b, '\t');
    buf_field(b, doc->url, doc->url_len);
    buf_ch(b, '\t');
    buf_field(b, doc->title, doc->title_len);
    buf_ch(b, '\t');
    buf_int(b, (long long)n_sentences);
    buf_ch(b, '\t');
    buf_int(b, (long long)n);
    buf_ch(b, '\n');
    d.doc_len = b->len - d0;

    /* sentences (each once) and mentions, as lite_put writes them */
    d.sent_off = s0;
    d.men_off = m0;
    d.men_first = ms0;
    int last_sent = -1;
    tac_status s = TAC_OK;
    for (size_t i = 0; i < n && s == TAC_OK; i++) {
        const tac_event *e = &ev[i];
        if ((s = note_code(st, e)) != TAC_OK)
            break;
        if (e->sentence != last_sent) {
            b = &P->sents;
            buf_int(b, e->sentence);
            buf_ch(b, '\t');
            buf_int(b, e->headline);
            buf_ch(b, '\t');
            buf_field(b, e->sentence_text ? e->sentence_text : "", e->sentence_len);
            buf_ch(b, '\n');
            d.n_sent++;
            last_sent = e->sentence;
        }
        if (men_sent_push(P, (uint32_t)(d.n_sent - 1)) < 0) {
            s = oom(st);
            break;
        }
        int first_doc = 1, first_sent = 1;
        for (size_t j = 0; j < i && first_sent; j++) {
            if (same_event(&ev[j], e)) {
                first_doc = 0;
                first_sent = ev[j].sentence != e->sentence;
            }
        }
        size_t span = e->text_offset >= e->sentence_offset ? e->text_offset - e->sentence_offset
                                                           : 0;
        b = &P->mens;
        buf_str(b, e->date);
        buf_ch(b, '\t');
        buf_str(b, e->source.code);
        buf_ch(b, '\t');
        buf_str(b, e->has_target ? e->target.code : "");
        buf_ch(b, '\t');
        buf_str(b, e->code);
        buf_ch(b, '\t');
        buf_int(b, e->quad);
        buf_ch(b, '\t');
        buf_double(b, e->goldstein);
        buf_ch(b, '\t');
        buf_int(b, first_sent);
        buf_ch(b, '\t');
        buf_int(b, first_doc);
        buf_ch(b, '\t');
        buf_int(b, (long long)span);
        buf_ch(b, '\t');
        buf_int(b, (long long)e->text_len);
        buf_ch(b, '\t');
        buf_field(b, e->source.text, e->source.text_len);
        buf_ch(b, '\t');
        if (e->has_target)
            buf_field(b, e->target.text, e->target.text_len);
        else
            buf_field(b, NULL, 0);
        buf_ch(b, '\t');
        buf_str(b, e->date_precision);
        buf_ch(b, '\t');
        buf_str(b, e->modality);
        buf_ch(b, '\t');
        if (e->pattern_file) {
            char pat[300];
            int pl = snprintf(pat, sizeof pat, "%s:%d", e->pattern_file, e->pattern_line);
            buf_field(b, pat, (size_t)pl < sizeof pat ? (size_t)pl : sizeof pat - 1);
        } else {
            buf_field(b, NULL, 0);
        }
        buf_ch(b, '\n');
        d.n_men++;
    }
    if (s == TAC_OK && (P->keys.failed || P->docs.failed || P->sents.failed || P->mens.failed))
        s = oom(st);
    if (s != TAC_OK) {
        /* forget the partial document; the transaction stays usable */
        P->keys.len = k0;
        P->docs.len = d0;
        P->sents.len = s0;
        P->mens.len = m0;
        P->keys.failed = P->docs.failed = P->sents.failed = P->mens.failed = 0;
        P->n_men_sent = ms0;
        return s;
    }
    d.sent_len = P->sents.len - s0;
    d.men_len = P->mens.len - m0;

    /* a document put earlier in this transaction is replaced */
    uint32_t *slot = doc_slot(P, doc->id, doc->id_len);
    if (*slot) {
        pg_doc *old = &P->dv[*slot - 1];
        old->dead = 1;
        P->live_docs--;
        P->live_sent -= old->n_sent;
        P->live_men -= old->n_men;
    }
    P->dv[P->n_doc] = d;
    *slot = (uint32_t)++P->n_doc;
    P->live_docs++;
    P->live_sent += d.n_sent;
    P->live_men += d.n_men;
    if (P->keys.len + P->docs.len + P->sents.len + P->mens.len > SPILL_BYTES)
        return flush(st, 0);
    return TAC_OK;
}

/* ---- commit: the server transaction ------------------------------------ */

/* Reserves n sentence and m mention ids: *s0 and *m0 are the first of each
 * block. setval(nextval() + n - 1) is two steps: an advisory lock keeps
 * other writers out between them, so every block is contiguous. */
static tac_status reserve_ids(tac_store *st, size_t n, size_t m, long long *s0, long long *m0)
{
    pg *P = st->impl;
    char sql[600];
    snprintf(sql, sizeof sql,
             "SELECT pg_advisory_lock(%d, 'mention_id_seq'::regclass::oid::int);"
             " SELECT %s%zu%s, %s%zu%s;"
             " SELECT pg_advisory_unlock(%d, 'mention_id_seq'::regclass::oid::int)",
             LOCK_KEY, n ? "setval('sentence_id_seq', nextval('sentence_id_seq') + " : "",
             n ? n - 1 : 0, n ? ")" : "",
             m ? "setval('mention_id_seq', nextval('mention_id_seq') + " : "", m ? m - 1 : 0,
             m ? ")" : "", LOCK_KEY);
    P->ids_locked = 1;
    if (!PQsendQuery(P->conn, sql))
        return pg_fail(st, NULL, "reserving row ids");
    tac_status s = TAC_OK;
    int step = 0;
    PGresult *r;
    while ((r = PQgetResult(P->conn)) != NULL) {
        if (PQresultStatus(r) != PGRES_TUPLES_OK) {
            if (s == TAC_OK)
                s = pg_fail(st, r, "reserving row ids");
        } else if (step == 1 && PQntuples(r) == 1) {
            *s0 = atoll(PQgetvalue(r, 0, 0)) - (long long)n + 1;
            *m0 = atoll(PQgetvalue(r, 0, 1)) - (long long)m + 1;
        } else if (step == 2) {
            P->ids_locked = 0;
        }
        step++;
        PQclear(r);
    }
    if (s == TAC_OK && step != 3)
        s = tac_store_fail(st, TAC_EIO, "reserving row ids: unexpected reply");
    return s;
}

/* Reads (ord, doc.id) rows into dv[ord].row; returns the count or -1. */
static long take_rows(pg *P, PGresult *r)
{
    long n = PQntuples(r);
    for (long i = 0; i < n; i++) {
        size_t ord = (size_t)strtoull(PQgetvalue(r, (int)i, 0), NULL, 10);
        if (ord >= P->n_doc)
            return -1;
        P->dv[ord].row = atoll(PQgetvalue(r, (int)i, 1));
    }
    return n;
}

static tac_status copy_docs(tac_store *st, long long s_next, long long m_next)
{
    pg *P = st->impl;
    tac_status s = copy_begin(st,
                              "COPY tac_stage_doc (ord, first_sentence, last_sentence,"
                              " first_mention, doc_id, date, source, url, title, sentences,"
                              " events) FROM STDIN",
                              "writing documents");
    if (s != TAC_OK)
        return s;
    for (size_t k = 0; k < P->n_doc && s == TAC_OK; k++) {
        pg_doc *d = &P->dv[k];
        if (d->dead)
            continue;
        d->row = 0;
        buf_int(&P->out, (long long)k);
        buf_ch(&P->out, '\t');
        if (d->n_men) {
            buf_int(&P->out, s_next);
            buf_ch(&P->out, '\t');
            buf_int(&P->out, s_next + (long long)d->n_sent - 1);
            buf_ch(&P->out, '\t');
            buf_int(&P->out, m_next);
            buf_ch(&P->out, '\t');
        } else {
            buf_add(&P->out, "\\N\t\\N\t\\N\t", 9);
        }
        s_next += (long long)d->n_sent;
        m_next += (long long)d->n_men;
        buf_add(&P->out, P->docs.p + d->doc_off, d->doc_len);
        if (P->out.len >= COPY_CHUNK)
            s = copy_flush(st, "writing documents");
    }
    return copy_end(st, s, "writing documents");
}

/* COPYs the sentence rows (which == 0) or the mention rows (which == 1)
 * of the live documents, with their ids and doc rows in front. */
static tac_status copy_rows(tac_store *st, int which, long long s_next, long long m_next)
{
    pg *P = st->impl;
    const char *what = which ? "writing mentions" : "writing sentences";
    tac_status s = copy_begin(st,
                              which ? "COPY mention (id, doc, sentence, date, source, target,"
                                      " code, quad, goldstein, first_in_sentence, first_in_doc,"
                                      " span_start, span_len, source_text, target_text,"
                                      " date_prec, modality, pattern) FROM STDIN"
                                    : "COPY sentence (id, doc, idx, headline, text) FROM STDIN",
                              what);
    if (s != TAC_OK)
        return s;
    for (size_t k = 0; k < P->n_doc && s == TAC_OK; k++) {
        const pg_doc *d = &P->dv[k];
        if (d->dead)
            continue;
        size_t rows = which ? d->n_men : d->n_sent;
        const char *p = rows ? (which ? P->mens.p + d->men_off : P->sents.p + d->sent_off) : "";
        const char *end = p + (which ? d->men_len : d->sent_len);
        for (size_t i = 0; i < rows && s == TAC_OK; i++) {
            const char *nl = memchr(p, '\n', (size_t)(end - p));
            if (!nl) {
                s = tac_store_fail(st, TAC_EIO, "%s: internal error (row buffer)", what);
                break;
            }
            buf_int(&P->out, which ? m_next + (long long)i : s_next + (long long)i);
            buf_ch(&P->out, '\t');
            buf_int(&P->out, d->row);
            buf_ch(&P->out, '\t');
            if (which) {
                buf_int(&P->out, s_next + (long long)P->men_sent[d->men_first + i]);
                buf_ch(&P->out, '\t');
            }
            buf_add(&P->out, p, (size_t)(nl - p) + 1);
            p = nl + 1;
            if (P->out.len >= COPY_CHUNK)
                s = copy_flush(st, what);
        }
        s_next += (long long)d->n_sent;
        m_next += (long long)d->n_men;
    }
    return copy_end(st, s, what);
}

/* Codes not yet known to be in the code table. */
static tac_status write_codes(tac_store *st)
{
    pg *P = st->impl;
    size_t n = 0;
    for (size_t i = 0; i < P->n_codes; i++)
        n += !P->codes[i].committed;
    if (!n)
        return TAC_OK;
    char **v = tac_calloc(n * 4, sizeof *v);
    char *nums = tac_malloc(n * 64);
    pg_buf sql = {0};
    tac_status s = TAC_OK;
    if (!v || !nums) {
        s = oom(st);
        goto done;
    }
    /* in code order, as every writer takes them */
    static const char head[] = "INSERT INTO code (code, name, goldstein, quad)"
                               " SELECT * FROM (VALUES ";
    buf_add(&sql, head, sizeof head - 1);
    size_t j = 0;
    for (size_t i = 0; i < P->n_codes; i++) {
        pg_code *c = &P->codes[i];
        if (c->committed)
            continue;
        char *g = nums + j * 64, *q = g + 32;
        snprintf(g, 32, "%.17g", c->goldstein);
        snprintf(q, 32, "%d", c->quad);
        v[j * 4] = c->code;
        v[j * 4 + 1] = c->name;
        v[j * 4 + 2] = g;
        v[j * 4 + 3] = q;
        char t[80];
        int tl = snprintf(t, sizeof t, "%s($%zu, $%zu, $%zu::float8, $%zu::int)", j ? ", " : "",
                          j * 4 + 1, j * 4 + 2, j * 4 + 3, j * 4 + 4);
        buf_add(&sql, t, (size_t)tl);
        j++;
    }
    static const char tail[] = ") v (code, name, goldstein, quad) ORDER BY code"
                               " ON CONFLICT DO NOTHING";
    buf_add(&sql, tail, sizeof tail); /* with its NUL */
    if (sql.failed) {
        s = oom(st);
        goto done;
    }
    PGresult *r = query(st, sql.p, (int)(n * 4), (const char *const *)v, "writing codes");
    if (!r)
        s = TAC_EIO;
    PQclear(r);
done:
    tac_free(v);
    tac_free(nums);
    buf_free(&sql);
    return s;
}

/* The batch's documents already stored: locked in id order, their row
 * noted in the stage (old) and returned with the batch index. */
static const char sql_lock_old[] =
    "WITH l AS (SELECT d.id, d.doc_id FROM doc d JOIN tac_stage_doc t ON t.doc_id = d.doc_id"
    " ORDER BY d.id FOR UPDATE OF d)"
    " UPDATE tac_stage_doc t SET old = l.id FROM l WHERE t.doc_id = l.doc_id"
    " RETURNING t.ord, l.id";
/* The new ones; another writer storing one of them meanwhile makes it
 * missing from the result (and the transaction runs again). */
static const char sql_insert_docs[] =
    "WITH i AS (INSERT INTO doc (doc_id, date, source, url, title, sentences, events,"
    " first_sentence, last_sentence, first_mention)"
    " SELECT doc_id, date, source, url, title, sentences, events, first_sentence,"
    " last_sentence, first_mention FROM tac_stage_doc WHERE old IS NULL ORDER BY doc_id"
    " ON CONFLICT (doc_id) DO NOTHING RETURNING id, doc_id)"
    " SELECT t.ord, i.id FROM i JOIN tac_stage_doc t ON t.doc_id = i.doc_id";
/* The event counts, set-based: S_EV_MERGE of store_sqlite.c for the new
 * mentions (id range $1..$2) and S_EV_DEC for the old mentions of replaced
 * documents, summed per event into one upsert taken in key order, so that
 * concurrent writers lock event rows in the same order. Events whose
 * counts do not change are not written (z: unless all their mentions are
 * new and their quad class or Goldstein score changed, as after a
 * dictionary change: SQLite deletes and re-creates such an event).
 * Returned: the events that SQLite's S_EV_GC would have deleted before its
 * merge (counts of old mentions down to <= 0), with what the merge would
 * have written (new_n = 0: nothing, the event goes), when that differs
 * from the row. */
static const char sql_merge[] =
    "WITH x AS (SELECT source, target, date, code, quad, goldstein, 1 AS n,"
    " first_in_sentence AS s, first_in_doc AS d, 1 AS new_n, first_in_sentence AS new_s,"
    " first_in_doc AS new_d FROM mention WHERE id BETWEEN $1 AND $2"
    " UNION ALL SELECT m.source, m.target, m.date, m.code, NULL, NULL, -1,"
    " -m.first_in_sentence, -m.first_in_doc, 0, 0, 0"
    " FROM tac_stage_doc t JOIN doc o ON o.id = t.old"
    " JOIN mention m ON m.id BETWEEN o.first_mention AND o.first_mention + o.events - 1),"
    " a AS (SELECT source, target, date, code, min(quad) AS quad, min(goldstein) AS goldstein,"
    " sum(n) AS n, sum(s) AS s, sum(d) AS d, sum(new_n) AS new_n, sum(new_s) AS new_s,"
    " sum(new_d) AS new_d FROM x GROUP BY source, target, date, code),"
    " g AS (SELECT * FROM a WHERE n <> 0 OR s <> 0 OR d <> 0),"
    " z AS (UPDATE event e SET quad = a.quad, goldstein = a.goldstein FROM a"
    " WHERE a.n = 0 AND a.s = 0 AND a.d = 0 AND a.new_n > 0 AND e.source = a.source"
    " AND e.target = a.target AND e.date = a.date AND e.code = a.code"
    " AND e.mentions = a.new_n AND (e.quad <> a.quad OR e.goldstein <> a.goldstein)),"
    " u AS (INSERT INTO event AS e (date, source, target, code, root, quad, goldstein,"
    " mentions, sentences, documents)"
    " SELECT date, source, target, code, substr(code, 1, 2), coalesce(quad, 0),"
    " coalesce(goldstein, 0), n, s, d FROM g ORDER BY source, target, date, code"
    " ON CONFLICT (source, target, date, code) DO UPDATE SET"
    " mentions = e.mentions + excluded.mentions,"
    " sentences = e.sentences + excluded.sentences,"
    " documents = e.documents + excluded.documents"
    " RETURNING e.id, e.source, e.target, e.date, e.code, e.quad, e.goldstein, e.mentions,"
    " e.sentences, e.documents)"
    " SELECT u.id, g.new_n, g.new_s, g.new_d, g.quad, g.goldstein"
    " FROM u JOIN g ON g.source = u.source AND g.target = u.target AND g.date = u.date"
    " AND g.code = u.code"
    " WHERE (g.new_n = 0 AND u.mentions <= 0) OR (g.new_n > 0 AND u.mentions - g.new_n <= 0"
    " AND (u.mentions <> g.new_n OR u.sentences <> g.new_s OR u.documents <> g.new_d"
    " OR u.quad <> g.quad OR u.goldstein <> g.goldstein))";
static const char sql_fix_event[] =
    "UPDATE event SET mentions = $2, sentences = $3, documents = $4, quad = $5,"
    " goldstein = $6 WHERE id = $1";
static const char sql_drop_mentions[] =
    "DELETE FROM mention m USING tac_stage_doc t JOIN doc o ON o.id = t.old"
    " WHERE m.id BETWEEN o.first_mention AND o.first_mention + o.events - 1";
static const char sql_drop_sentences[] =
    "DELETE FROM sentence s USING tac_stage_doc t JOIN doc o ON o.id = t.old"
    " WHERE s.id BETWEEN o.first_sentence AND o.last_sentence";
static const char sql_update_docs[] =
    "UPDATE doc d SET date = t.date, source = t.source, url = t.url, title = t.title,"
    " sentences = t.sentences, events = t.events, first_sentence = t.first_sentence,"
    " last_sentence = t.last_sentence, first_mention = t.first_mention"
    " FROM tac_stage_doc t WHERE d.id = t.old";

/* Counts the events of the new mentions m0..m1 and takes the old mentions
 * of replaced documents out (drop_old + S_EV_MERGE of store_sqlite.c). */
static tac_status merge_events(tac_store *st, long long m0, long long m1)
{
    char lo[24], hi[24];
    snprintf(lo, sizeof lo, "%lld", m0);
    snprintf(hi, sizeof hi, "%lld", m1);
    const char *p[2] = {lo, hi};
    PGresult *r = query(st, sql_merge, 2, p, "counting events");
    if (!r)
        return TAC_EIO;
    int n = PQntuples(r);
    pg_buf gone = {0};
    tac_status s = TAC_OK;
    buf_ch(&gone, '{');
    for (int i = 0; i < n && s == TAC_OK; i++) {
        if (atol(PQgetvalue(r, i, 1)) == 0) {
            if (gone.len > 1)
                buf_ch(&gone, ',');
            buf_add(&gone, PQgetvalue(r, i, 0), (size_t)PQgetlength(r, i, 0));
            continue;
        }
        const char *v[6];
        for (int c = 0; c < 6; c++)
            v[c] = PQgetvalue(r, i, c);
        PGresult *u = query(st, sql_fix_event, 6, v, "updating event counts");
        if (!u)
            s = TAC_EIO;
        PQclear(u);
    }
    PQclear(r);
    buf_add(&gone, "}", 2);
    if (s == TAC_OK && gone.failed)
        s = oom(st);
    if (s == TAC_OK && gone.len > 3) {
        const char *g[1] = {gone.p};
        r = query(st, "DELETE FROM event WHERE id = ANY($1::bigint[])", 1, g,
                  "deleting events without mentions");
        if (!r)
            s = TAC_EIO;
        PQclear(r);
    }
    buf_free(&gone);
    return s;
}

/* Everything of a flush but COMMIT. Locks are taken in one order by all
 * writers: stored doc rows (by id), new doc keys (by doc_id), event rows
 * (by key). */
static tac_status flush_once(tac_store *st)
{
    pg *P = st->impl;
    long long s0 = 0, m0 = 0;
    tac_status s = reserve_ids(st, P->live_sent, P->live_men, &s0, &m0);
    if (s != TAC_OK)
        return s;
    if (!P->server_tx) {
        if ((s = simple(st, "BEGIN", "starting a transaction")) != TAC_OK)
            return s;
        P->server_tx = 1;
    } else if ((s = simple(st, "DELETE FROM tac_stage_doc", "clearing the stage")) != TAC_OK) {
        return s;
    }
    if ((s = copy_docs(st, s0, m0)) != TAC_OK)
        return s;
    PGresult *r = query(st, sql_lock_old, 0, NULL, "looking up documents");
    if (!r)
        return TAC_EIO;
    long existing = take_rows(P, r);
    PQclear(r);
    r = query(st, sql_insert_docs, 0, NULL, "writing documents");
    if (!r)
        return TAC_EIO;
    long inserted = take_rows(P, r);
    PQclear(r);
    if (existing < 0 || inserted < 0 || (size_t)(existing + inserted) != P->live_docs) {
        /* another writer stored one of these documents since the lookup */
        P->retry = 1;
        return tac_store_fail(st, TAC_EIO,
                              "writing documents: another writer stored the same documents");
    }
    if (P->live_sent && (s = copy_rows(st, 0, s0, m0)) != TAC_OK)
        return s;
    if (P->live_men && (s = copy_rows(st, 1, s0, m0)) != TAC_OK)
        return s;
    if ((s = write_codes(st)) != TAC_OK)
        return s;
    if ((P->live_men || existing > 0) &&
        (s = merge_events(st, m0, m0 + (long long)P->live_men - 1)) != TAC_OK)
        return s;
    if (existing > 0 &&
        ((s = simple(st, sql_drop_mentions, "deleting old mentions")) != TAC_OK ||
         (s = simple(st, sql_drop_sentences, "deleting old sentences")) != TAC_OK ||
         (s = simple(st, sql_update_docs, "updating documents")) != TAC_OK))
        return s;
    return TAC_OK;
}

/* Ends the server transaction after a failure. */
static void server_rollback(tac_store *st)
{
    pg *P = st->impl;
    if (PQstatus(P->conn) != CONNECTION_OK)
        return;
    /* a COPY or query cut short leaves results to read first */
    PGresult *r;
    while ((r = PQgetResult(P->conn)) != NULL) {
        if (PQresultStatus(r) == PGRES_COPY_IN)
            PQputCopyEnd(P->conn, "aborted by tacitus");
        PQclear(r);
    }
    if (P->server_tx)
        PQclear(PQexec(P->conn, "ROLLBACK"));
    P->server_tx = 0;
    if (P->ids_locked) {
        PQclear(PQexec(P->conn, "SELECT pg_advisory_unlock_all()"));
        P->ids_locked = 0;
    }
}

/* Writes the buffered documents; final: and commits. */
static tac_status flush(tac_store *st, int final)
{
    pg *P = st->impl;
    tac_status s = TAC_OK;
    for (int attempt = 0;; attempt++) {
        P->retry = 0;
        if (P->live_docs)
            s = flush_once(st);
        if (s == TAC_OK && final && P->server_tx) {
            s = simple(st, "COMMIT", "committing");
            P->server_tx = 0;
        }
        if (s == TAC_OK)
            break;
        int again = P->retry && !P->spilled && attempt + 1 < MAX_RETRY;
        server_rollback(st);
        if (!again)
            return s;
        /* back off a little, longer each time, so the writers fall out of step */
        struct timespec ts = {0, (long)(5 + (attempt * 17 + rand() % 23)) * 1000000L *
                                     (attempt + 1)};
        nanosleep(&ts, NULL);
    }
    if (final) {
        for (size_t i = 0; i < P->n_codes; i++)
            P->codes[i].committed = 1;
        P->spilled = 0;
    } else {
        P->spilled = 1;
    }
    reset_tx(P);
    return TAC_OK;
}

/* ---- transactions ------------------------------------------------------ */

static tac_status pg_begin(tac_store *st)
{
    pg *P = st->impl;
    if (PQstatus(P->conn) != CONNECTION_OK)
        return tac_store_fail(st, TAC_EIO, "the connection to the server is lost");
    reset_tx(P);
    P->spilled = 0;
    return TAC_OK;
}

static tac_status pg_commit(tac_store *st)
{
    return flush(st, 1);
}

static tac_status pg_rollback(tac_store *st)
{
    pg *P = st->impl;
    server_rollback(st);
    P->spilled = 0;
    reset_tx(P);
    return TAC_OK;
}

/* ---- open and close ---------------------------------------------------- */

static void pg_close(tac_store *st)
{
    pg *P = st->impl;
    if (!P)
        return;
    if (P->conn)
        PQfinish(P->conn);
    buf_free(&P->keys);
    buf_free(&P->docs);
    buf_free(&P->sents);
    buf_free(&P->mens);
    buf_free(&P->out);
    tac_free(P->men_sent);
    tac_free(P->dv);
    tac_free(P->slots);
    for (size_t i = 0; i < P->n_codes; i++) {
        tac_free(P->codes[i].code);
        tac_free(P->codes[i].name);
    }
    tac_free(P->codes);
    tac_strmap_fini(&P->code_map);
    tac_free(P);
    st->impl = NULL;
}

static const tac_store_ops pg_ops = {
    "postgresql", pg_exec, pg_begin, pg_commit, pg_rollback, pg_put, pg_close,
};

/* The URI without its password (user:password@ and password=...). */
static void redact(const char *uri, char *out, size_t cap)
{
    size_t o = 0;
    const char *auth = strstr(uri, "://");
    const char *at = NULL, *colon = NULL;
    if (auth) {
        auth += 3;
        size_t alen = strcspn(auth, "/?");
        for (const char *p = auth; p < auth + alen; p++)
            if (*p == '@')
                at = p;
        colon = at ? memchr(auth, ':', (size_t)(at - auth)) : NULL;
    }
    for (const char *p = uri; *p && o + 1 < cap;) {
        if (p == colon) {
            p = at; /* drop ":password" */
            continue;
        }
        if (strncmp(p, "password=", 9) == 0 && (p == uri || p[-1] == '?' || p[-1] == '&')) {
            const char *mask = "password=***";
            for (const char *m = mask; *m && o + 1 < cap; m++)
                out[o++] = *m;
            p += 9 + strcspn(p + 9, "&");
            continue;
        }
        out[o++] = *p++;
    }
    out[o] = '\0';
}

static void no_notices(void *arg, const char *message)
{
    (void)arg;
    (void)message;
}

static int int_row(void *user, int ncol, const char *const *names, const char *const *val)
{
    (void)names;
    long *v = user;
    for (int i = 0; i < ncol && i < 2; i++)
        v[i] = val[i] ? (val[i][0] == 't' ? 1 : (val[i][0] == 'f' ? 0 : atol(val[i]))) : 0;
    return 1;
}

/* has tac_meta, other tables, version (0 if none) */
static tac_status read_state(tac_store *st, long *has_meta, long *tables, long *version)
{
    long v[2] = {0, 0};
    tac_status s = pg_exec(st,
                           "SELECT EXISTS (SELECT 1 FROM pg_catalog.pg_tables"
                           " WHERE schemaname = current_schema() AND tablename = 'tac_meta'),"
                           " (SELECT count(*) FROM pg_catalog.pg_tables"
                           " WHERE schemaname = current_schema())",
                           NULL, 0, int_row, v);
    if (s != TAC_OK)
        return s;
    *has_meta = v[0];
    *tables = v[1];
    *version = 0;
    if (*has_meta) {
        v[0] = 0;
        s = pg_exec(st, "SELECT value FROM tac_meta WHERE key = 'schema_version'", NULL, 0,
                    int_row, v);
        *version = v[0];
    }
    return s;
}

/* Brings the schema up to date in one transaction; two processes opening
 * a new store at once take turns on an advisory lock. */
static tac_status migrate(tac_store *st, const char *where)
{
    pg *P = st->impl;
    long has_meta, tables, version;
    tac_status s = read_state(st, &has_meta, &tables, &version);
    if (s != TAC_OK)
        return s;
    if (!has_meta && tables > 0)
        return tac_store_fail(st, TAC_EINPUT,
                              "%s: a PostgreSQL database that is not a tacitus store"
                              " (tables but no tac_meta)", where);
    int last = 0;
    char *probe = tac_store_schema("postgresql", 1, &last);
    tac_free(probe);
    if (version > last)
        return tac_store_fail(st, TAC_EINPUT,
                              "%s: store schema version %ld is newer than this tacitus (%d)",
                              where, version, last);
    if (version == last)
        return TAC_OK;
    if (st->readonly)
        return tac_store_fail(st, TAC_EINPUT, "%s: %s", where,
                              version ? "the store needs an upgrade: open it for writing once"
                                      : "not a tacitus store (empty)");
    if ((s = simple(st, "BEGIN", "starting a transaction")) != TAC_OK)
        return s;
    char lock[96];
    snprintf(lock, sizeof lock, "SELECT pg_advisory_xact_lock(%d, 0)", LOCK_KEY);
    if ((s = simple(st, lock, "waiting for another process creating the store")) != TAC_OK ||
        (s = read_state(st, &has_meta, &tables, &version)) != TAC_OK)
        goto fail;
    if (!has_meta && tables > 0) {
        s = tac_store_fail(st, TAC_EINPUT,
                           "%s: a PostgreSQL database that is not a tacitus store", where);
        goto fail;
    }
    for (int v = (int)version + 1; v <= last; v++) {
        char *sql = tac_store_schema("postgresql", v, NULL);
        if (!sql) {
            s = oom(st);
            goto fail;
        }
        s = simple(st, sql, "creating the schema");
        tac_free(sql);
        if (s != TAC_OK)
            goto fail;
        char meta[160];
        snprintf(meta, sizeof meta,
                 "INSERT INTO tac_meta (key, value) VALUES ('schema_version', '%d')"
                 " ON CONFLICT (key) DO UPDATE SET value = excluded.value", v);
        if ((s = simple(st, meta, "recording the schema version")) != TAC_OK)
            goto fail;
    }
    return simple(st, "COMMIT", "committing the schema");
fail:
    PQclear(PQexec(P->conn, "ROLLBACK"));
    return s;
}

tac_status tac_store_pg_open(tac_store *st, const char *uri, int flags)
{
    pg *P = tac_calloc(1, sizeof *P);
    if (!P)
        return oom(st);
    st->impl = P;
    st->ops = &pg_ops;
    tac_strmap_init(&P->code_map);
    char shown[300];
    redact(uri, shown, sizeof shown);
    /* the URI's own settings win, except the encoding: text is UTF-8 */
    const char *const keys[] = {"dbname", "fallback_application_name", "client_encoding", NULL};
    const char *const vals[] = {uri, "tacitus", "UTF8", NULL};
    P->conn = PQconnectdbParams(keys, vals, 1);
    if (!P->conn)
        return oom(st);
    if (PQstatus(P->conn) != CONNECTION_OK) {
        tac_store_fail(st, TAC_EIO, "cannot connect to %s: %s", shown, PQerrorMessage(P->conn));
        chomp(st->err);
        return TAC_EIO;
    }
    PQsetNoticeProcessor(P->conn, no_notices, NULL);
    tac_status s;
    if (flags & TAC_STORE_READONLY) {
        if ((s = simple(st, "SET default_transaction_read_only = on", "opening")) != TAC_OK)
            return s;
    }
    if ((s = migrate(st, shown)) != TAC_OK)
        return s;
    /* the write path's statements are small but their row estimates are
     * not (id range joins): JIT compiling them costs more than running them */
    if (!(flags & TAC_STORE_READONLY) &&
        (s = simple(st, "SET jit = off", "opening")) != TAC_OK)
        return s;
    if (!(flags & TAC_STORE_READONLY) &&
        (s = simple(st,
                    "CREATE TEMP TABLE IF NOT EXISTS tac_stage_doc (ord INTEGER,"
                    " first_sentence BIGINT, last_sentence BIGINT, first_mention BIGINT,"
                    " doc_id TEXT COLLATE \"C\", date TEXT, source TEXT, url TEXT, title TEXT,"
                    " sentences INTEGER, events INTEGER, old BIGINT) ON COMMIT DELETE ROWS",
                    "creating the stage table")) != TAC_OK)
        return s;
    return TAC_OK;
}
