/* store.c -- the event store's public API and the SQL both backends share.
 *
 * Queries are built as text with '?' placeholders and parameter arrays, so
 * user input never becomes SQL. Actor and code filters are prefix matches
 * written as ranges (source >= 'ARM' AND source < 'ARN'), which both
 * engines answer from an index; a list is an OR of them. Roots and quad
 * classes are IN lists. The political test looks each three-letter block
 * of a code up in one ",GOV,MIL,...," parameter (instr in SQLite, strpos
 * in PostgreSQL). */
#include <ctype.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "date.h"
#include "store.h"

#include "schema_sql.inc"

tac_status tac_store_fail(tac_store *st, tac_status status, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(st->err, sizeof st->err, fmt, ap);
    va_end(ap);
    return status;
}

/* ---- schema script -------------------------------------------------- */

static int line_is(const char *p, const char *end, const char *marker)
{
    size_t n = strlen(marker);
    return (size_t)(end - p) >= n && memcmp(p, marker, n) == 0;
}

char *tac_store_schema(const char *dialect, int v, int *last)
{
    const char *p = tac_schema_sql;
    int cur = 0, lastv = 0;
    int on = 1; /* dialect section applies */
    size_t cap = 4096, len = 0;
    char *out = tac_malloc(cap);
    if (!out)
        return NULL;
    while (*p) {
        const char *e = strchr(p, '\n');
        if (!e)
            e = p + strlen(p);
        if (line_is(p, e, "-- @version ")) {
            cur = atoi(p + 12);
            if (cur > lastv)
                lastv = cur;
            on = 1;
        } else if (line_is(p, e, "-- @sqlite")) {
            on = strcmp(dialect, "sqlite") == 0;
        } else if (line_is(p, e, "-- @postgresql")) {
            on = strcmp(dialect, "postgresql") == 0;
        } else if (line_is(p, e, "-- @all")) {
            on = 1;
        } else if (cur == v && on && !line_is(p, e, "--")) {
            size_t n = (size_t)(e - p) + 1;
            if (len + n + 1 > cap) {
                while (len + n + 1 > cap)
                    cap *= 2;
                char *g = tac_realloc(out, cap);
                if (!g) {
                    tac_free(out);
                    return NULL;
                }
                out = g;
            }
            memcpy(out + len, p, n - 1);
            out[len + n - 1] = '\n';
            len += n;
        }
        p = *e ? e + 1 : e;
    }
    out[len] = '\0';
    if (last)
        *last = lastv;
    if (v > lastv || v < 1) {
        tac_free(out);
        return NULL;
    }
    return out;
}

/* ---- open, close, transactions ---------------------------------------- */

tac_status tac_store_open(const char *where, int flags, tac_store **out, char *err,
                          size_t errlen)
{
    *out = NULL;
    tac_store *st = tac_calloc(1, sizeof *st);
    if (!st) {
        snprintf(err, errlen, "out of memory");
        return TAC_ENOMEM;
    }
    st->readonly = (flags & TAC_STORE_READONLY) != 0;
    tac_status s;
    if (strncmp(where, "postgresql://", 13) == 0 || strncmp(where, "postgres://", 11) == 0)
        s = tac_store_pg_open(st, where, flags);
    else
        s = tac_store_sqlite_open(st, where, flags);
    if (s != TAC_OK) {
        snprintf(err, errlen, "%s", st->err[0] ? st->err : tac_status_str(s));
        if (st->ops)
            st->ops->close(st);
        tac_free(st);
        return s;
    }
    *out = st;
    return TAC_OK;
}

void tac_store_close(tac_store *st)
{
    if (!st)
        return;
    if (st->in_tx)
        st->ops->rollback(st);
    st->ops->close(st);
    tac_free(st);
}

const char *tac_store_errmsg(const tac_store *st)
{
    return st->err;
}

const char *tac_store_kind(const tac_store *st)
{
    return st->ops->kind;
}

tac_status tac_store_begin(tac_store *st)
{
    if (st->readonly)
        return tac_store_fail(st, TAC_EARG, "the store is open read-only");
    if (st->in_tx)
        return tac_store_fail(st, TAC_EARG, "a transaction is already open");
    tac_status s = st->ops->begin(st);
    if (s == TAC_OK)
        st->in_tx = 1;
    return s;
}

tac_status tac_store_commit(tac_store *st)
{
    if (!st->in_tx)
        return tac_store_fail(st, TAC_EARG, "no transaction is open");
    tac_status s = st->ops->commit(st);
    if (s != TAC_OK)
        st->ops->rollback(st);
    st->in_tx = 0;
    return s;
}

tac_status tac_store_rollback(tac_store *st)
{
    if (!st->in_tx)
        return TAC_OK;
    st->in_tx = 0;
    return st->ops->rollback(st);
}

tac_status tac_store_put(tac_store *st, const tac_doc *doc, size_t n_sentences,
                         const tac_event *ev, size_t n)
{
    if (!st->in_tx)
        return tac_store_fail(st, TAC_EARG, "tac_store_put outside a transaction");
    if (!doc->id || !doc->id_len)
        return tac_store_fail(st, TAC_EINPUT, "a document without an id cannot be stored");
    return st->ops->put(st, doc, n_sentences, ev, n);
}

/* ---- query building --------------------------------------------------- */

typedef struct qb {
    char *sql;
    size_t len, cap;
    int oom;          /* 1 out of memory, 2 a value too long, 3 failed (status) */
    tac_status status;
    char **params;    /* owned parameter texts */
    int np, pcap;
    int code_len;     /* 1 + the longest stored actor code, 0 not yet asked */
} qb;

static void qb_add(qb *b, const char *s)
{
    size_t n = strlen(s);
    if (b->oom)
        return;
    if (b->len + n + 1 > b->cap) {
        size_t nc = b->cap ? b->cap : 512;
        while (b->len + n + 1 > nc)
            nc *= 2;
        char *g = tac_realloc(b->sql, nc);
        if (!g) {
            b->oom = 1;
            return;
        }
        b->sql = g;
        b->cap = nc;
    }
    memcpy(b->sql + b->len, s, n + 1);
    b->len += n;
}

/* Adds a parameter (copied, upper-cased when upper) and returns it, or
 * NULL when out of memory. */
static char *qb_param(qb *b, const char *v, int upper)
{
    if (b->oom)
        return NULL;
    if (b->np == b->pcap) {
        int nc = b->pcap ? b->pcap * 2 : 16;
        char **g = tac_realloc(b->params, (size_t)nc * sizeof *g);
        if (!g) {
            b->oom = 1;
            return NULL;
        }
        b->params = g;
        b->pcap = nc;
    }
    size_t n = strlen(v);
    char *d = tac_malloc(n + 1);
    if (!d) {
        b->oom = 1;
        return NULL;
    }
    for (size_t i = 0; i <= n; i++)
        d[i] = upper ? (char)toupper((unsigned char)v[i]) : v[i];
    b->params[b->np++] = d;
    return d;
}

static void qb_free(qb *b)
{
    for (int i = 0; i < b->np; i++)
        tac_free(b->params[i]);
    tac_free(b->params);
    tac_free(b->sql);
}

/* "col >= ? AND col < ?" for a prefix; the upper bound is the prefix with
 * its last byte incremented. */
static void qb_prefix(qb *b, const char *col, const char *prefix)
{
    size_t n = strlen(prefix);
    if (n == 0 || n >= 80) {
        b->oom = 2;
        return;
    }
    qb_add(b, "(");
    qb_add(b, col);
    qb_add(b, " >= ? AND ");
    qb_add(b, col);
    qb_add(b, " < ?)");
    qb_param(b, prefix, 1);
    char *hi = qb_param(b, prefix, 1);
    if (hi)
        hi[n - 1]++;
}

/* " AND (c1 OR c2 ...)": any of the n prefixes at col, or with col2 also
 * at col2. */
static void qb_prefixes(qb *b, const char *col, const char *col2, const char *const *v,
                        size_t n)
{
    qb_add(b, " AND (");
    for (size_t i = 0; i < n; i++) {
        if (i)
            qb_add(b, " OR ");
        qb_prefix(b, col, v[i]);
        if (col2) {
            qb_add(b, " OR ");
            qb_prefix(b, col2, v[i]);
        }
    }
    qb_add(b, ")");
}

/* " AND col IN (?, ...)" for the numbers lo..hi whose bit is set, as
 * text of width digits (roots are stored "01".."20"). */
static void qb_bits(qb *b, const char *col, unsigned bits, int lo, int hi, int width)
{
    int first = 1;
    qb_add(b, " AND ");
    qb_add(b, col);
    qb_add(b, " IN (");
    for (int v = lo; v <= hi; v++) {
        if (!(bits & (1u << v)))
            continue;
        char t[8];
        snprintf(t, sizeof t, "%0*d", width, v);
        qb_add(b, first ? "?" : ", ?");
        qb_param(b, t, 0);
        first = 0;
    }
    qb_add(b, first ? "NULL)" : ")"); /* no number in range: nothing passes */
}

static int max_len_row(void *user, int ncol, const char *const *names, const char *const *val)
{
    int *n = user;
    (void)names;
    for (int i = 0; i < ncol; i++)
        if (val[i] && atoi(val[i]) > *n)
            *n = atoi(val[i]);
    return 0;
}

/* The political condition on the actor code at col: a block of any at an
 * offset 0, 3, 6 ... below the longest stored code, or the whole code in
 * alone. Lists are ",A,B," texts and looked up with instr / strpos. */
static void qb_political_side(tac_store *st, qb *b, const char *col, const char *any,
                              const char *alone)
{
    const char *find = strcmp(st->ops->kind, "sqlite") == 0 ? "instr(?, ',' || " : "strpos(?, ',' || ";
    char buf[96];
    int first = 1;
    qb_add(b, "(");
    for (int k = 0; k + 1 < b->code_len; k += 3) {
        snprintf(buf, sizeof buf, "%s%ssubstr(%s, %d, 3) || ',') > 0", first ? "" : " OR ", find,
                 col, k + 1);
        qb_add(b, buf);
        qb_param(b, any, 0);
        first = 0;
    }
    if (alone && *alone) {
        snprintf(buf, sizeof buf, "%s(length(%s) = 3 AND %s%s || ',') > 0)", first ? "" : " OR ",
                 col, find, col);
        qb_add(b, buf);
        qb_param(b, alone, 0);
        first = 0;
    }
    qb_add(b, first ? "1=0)" : ")");
}

/* " AND (source political OR target political)" (q->political_any). */
static void qb_political(tac_store *st, qb *b, const tac_query *q)
{
    char *any = NULL, *alone = NULL;
    size_t na = strlen(q->political_any), nl = q->political_alone ? strlen(q->political_alone) : 0;
    if (!b->code_len) {
        /* the blocks to look at: those of the longest code stored */
        int n = 0;
        tac_status s = st->ops->exec(
            st, "SELECT max(length(source)), max(length(target)) FROM event", NULL, 0,
            max_len_row, &n);
        if (s != TAC_OK) {
            b->oom = 3;
            b->status = s;
            return;
        }
        b->code_len = n + 1;
    }
    any = tac_malloc(na + 3);
    alone = tac_malloc(nl + 3);
    if (!any || !alone) {
        b->oom = 1;
    } else {
        /* ",A,B," whatever the caller's commas at the ends */
        snprintf(any, na + 3, "%s%s%s", q->political_any[0] == ',' ? "" : ",", q->political_any,
                 na && q->political_any[na - 1] == ',' ? "" : ",");
        snprintf(alone, nl + 3, "%s%s%s", nl && q->political_alone[0] == ',' ? "" : ",",
                 nl ? q->political_alone : "", nl && q->political_alone[nl - 1] == ',' ? "" : ",");
        qb_add(b, " AND (");
        qb_political_side(st, b, "e.source", any, nl ? alone : NULL);
        qb_add(b, " OR ");
        qb_political_side(st, b, "e.target", any, nl ? alone : NULL);
        qb_add(b, ")");
    }
    tac_free(any);
    tac_free(alone);
}

/* Full-text condition on the sentence ids of mentions. */
static void qb_text(tac_store *st, qb *b, const char *words)
{
    if (strcmp(st->ops->kind, "sqlite") == 0) {
        /* FTS5 query: every word quoted, so user text is never syntax */
        char q[80];
        size_t o = 0;
        const char *p = words;
        while (*p) {
            while (*p == ' ' || *p == '\t')
                p++;
            if (!*p)
                break;
            if (o + 4 >= sizeof q)
                break;
            if (o)
                q[o++] = ' ';
            q[o++] = '"';
            while (*p && *p != ' ' && *p != '\t' && o + 3 < sizeof q) {
                if (*p == '"')
                    q[o++] = '"';
                q[o++] = *p++;
            }
            q[o++] = '"';
            while (*p && *p != ' ' && *p != '\t')
                p++;
        }
        q[o] = '\0';
        qb_add(b, "s.id IN (SELECT rowid FROM sentence_fts WHERE sentence_fts MATCH ?)");
        qb_param(b, o ? q : "\"\"", 0);
    } else {
        qb_add(b, "to_tsvector('simple', s.text) @@ plainto_tsquery('simple', ?)");
        qb_param(b, words, 0);
    }
}

/* Mentions with their sentence and document. A document's mentions are
 * the id range from its first_mention: the condition lets the engine find
 * them from a document or a sentence without an index on mention.doc. */
#define MENTION_JOIN                                                             \
    "sentence s JOIN doc d ON d.id = s.doc JOIN mention m ON m.sentence = s.id" \
    " AND m.id BETWEEN d.first_mention AND d.first_mention + d.events - 1"

/* WHERE conditions on event e (and, for mention queries, mention m and
 * doc d). */
static void qb_where(tac_store *st, qb *b, const tac_query *q, int with_mention)
{
    qb_add(b, " WHERE 1=1");
    if (q->n_actors)
        qb_prefixes(b, "e.source", "e.target", q->actors, q->n_actors);
    if (q->dyad_a && q->dyad_b) {
        qb_add(b, " AND ((");
        qb_prefix(b, "e.source", q->dyad_a);
        qb_add(b, " AND ");
        qb_prefix(b, "e.target", q->dyad_b);
        qb_add(b, ")");
        if (!q->directed) {
            qb_add(b, " OR (");
            qb_prefix(b, "e.source", q->dyad_b);
            qb_add(b, " AND ");
            qb_prefix(b, "e.target", q->dyad_a);
            qb_add(b, ")");
        }
        qb_add(b, ")");
    }
    if (q->n_codes)
        qb_prefixes(b, "e.code", NULL, q->codes, q->n_codes);
    if (q->roots)
        qb_bits(b, "e.root", q->roots, 1, 20, 2);
    if (q->quads)
        qb_bits(b, "e.quad", q->quads, 1, 4, 1);
    if (q->political_any)
        qb_political(st, b, q);
    if (q->from && *q->from) {
        qb_add(b, " AND e.date >= ?");
        qb_param(b, q->from, 0);
    }
    if (q->to && *q->to) {
        qb_add(b, " AND e.date <= ?");
        qb_param(b, q->to, 0);
    }
    if (q->doc || (q->text && *q->text)) {
        if (!with_mention)
            qb_add(b, " AND (e.source, e.target, e.date, e.code) IN (SELECT m.source, m.target,"
                      " m.date, m.code FROM " MENTION_JOIN " WHERE 1=1");
        if (q->doc) {
            qb_add(b, " AND d.doc_id = ?");
            qb_param(b, q->doc, 0);
        }
        if (q->text && *q->text) {
            qb_add(b, " AND ");
            qb_text(st, b, q->text);
        }
        if (!with_mention)
            qb_add(b, ")");
    }
}

static tac_status qb_run(tac_store *st, qb *b, tac_store_row_fn fn, void *user)
{
    tac_status s;
    if (b->oom == 1)
        s = tac_store_fail(st, TAC_ENOMEM, "out of memory");
    else if (b->oom == 2)
        s = tac_store_fail(st, TAC_EARG, "a filter value is too long");
    else if (b->oom == 3)
        s = b->status; /* st->err says why */
    else
        s = st->ops->exec(st, b->sql, (const char *const *)b->params, b->np, fn, user);
    qb_free(b);
    return s;
}

static void qb_limit(qb *b, long limit)
{
    if (limit > 0) {
        char v[32];
        snprintf(v, sizeof v, " LIMIT %ld", limit);
        qb_add(b, v);
    }
}

tac_status tac_store_query(tac_store *st, const tac_query *q, tac_store_row_fn fn, void *user)
{
    qb b;
    memset(&b, 0, sizeof b);
    if (q->mentions) {
        qb_add(&b, "SELECT e.date, e.source, e.target, e.code, c.name, e.quad, e.goldstein,"
                   " d.doc_id AS doc, s.idx AS sentence, m.span_start, m.span_len,"
                   " m.source_text, m.target_text, m.date_prec, m.modality, m.pattern,"
                   " s.text AS sentence_text, d.title, d.url"
                   " FROM " MENTION_JOIN " JOIN event e ON e.source = m.source"
                   " AND e.target = m.target AND e.date = m.date AND e.code = m.code"
                   " LEFT JOIN code c ON c.code = e.code");
        qb_where(st, &b, q, 1);
        qb_add(&b, " ORDER BY e.date DESC, d.doc_id, s.idx, m.id");
    } else {
        qb_add(&b, "SELECT e.date, e.source, e.target, e.code, c.name, e.quad, e.goldstein,"
                   " e.mentions, e.sentences, e.documents"
                   " FROM event e LEFT JOIN code c ON c.code = e.code");
        qb_where(st, &b, q, 0);
        qb_add(&b, " ORDER BY e.date DESC, e.source, e.target, e.code");
    }
    qb_limit(&b, q->limit);
    return qb_run(st, &b, fn, user);
}

/* Sums and means of Goldstein scores (which have one decimal) summed as
 * integers: a float sum depends on the order of the rows, which differs
 * between the engines and between stores, and a mean such as 0.675 would
 * round either way. */
#define SUM_GOLDSTEIN(col) \
    "CAST(sum(CAST(round(" col " * 100) AS INTEGER)) AS DOUBLE PRECISION) / 100"
#define MEAN_GOLDSTEIN(col) \
    "round(CAST(sum(CAST(round(" col " * 100) AS INTEGER)) AS DOUBLE PRECISION)" \
    " / (100 * count(*)), 2)"

/* ---- series ----------------------------------------------------------- */

typedef struct series_acc {
    tac_series_row *v;
    size_t n, cap;
    int oom;
} series_acc;

static int series_row(void *user, int ncol, const char *const *names, const char *const *val)
{
    series_acc *a = user;
    (void)names;
    if (ncol < 4 || !val[0] || !val[1])
        return 0;
    if (a->n == 0 || strncmp(a->v[a->n - 1].period, val[0], 10) != 0) {
        if (a->n == a->cap) {
            size_t nc = a->cap ? a->cap * 2 : 64;
            tac_series_row *g = tac_realloc(a->v, nc * sizeof *g);
            if (!g) {
                a->oom = 1;
                return 1;
            }
            a->v = g;
            a->cap = nc;
        }
        tac_series_row *r = &a->v[a->n++];
        memset(r, 0, sizeof *r);
        snprintf(r->period, sizeof r->period, "%.10s", val[0]);
    }
    tac_series_row *r = &a->v[a->n - 1];
    int quad = atoi(val[1]);
    long cnt = val[2] ? atol(val[2]) : 0;
    if (quad >= 1 && quad <= 4)
        r->quad[quad - 1] += cnt;
    r->events += cnt;
    r->goldstein_sum += val[3] ? strtod(val[3], NULL) : 0.0;
    return 0;
}

/* The first day of the period ("day", "week" from Monday, "month",
 * "year") that holds d. */
static tac_ymd period_of(const char *by, tac_ymd d)
{
    if (!strcmp(by, "year"))
        d.m = d.d = 1;
    else if (!strcmp(by, "month"))
        d.d = 1;
    else if (!strcmp(by, "week"))
        d = tac_date_from_days(tac_date_to_days(d) - tac_date_weekday(d));
    return d;
}

static tac_ymd period_after(const char *by, tac_ymd p)
{
    if (!strcmp(by, "year")) {
        p.y++;
    } else if (!strcmp(by, "month")) {
        if (++p.m > 12)
            p.m = 1, p.y++;
    } else {
        p = tac_date_from_days(tac_date_to_days(p) + (!strcmp(by, "week") ? 7 : 1));
    }
    return p;
}

#define MAX_PERIODS 80000 /* 200 years of days */

/* Rewrites a->v with every period from the period of from (or the first
 * row) to that of to (or the last row), the empty ones as zeros. */
static int fill_periods(series_acc *a, const char *by, const char *from, const char *to)
{
    tac_ymd lo, hi, f, t;
    int has_f = from && tac_date_parse_iso(from, strlen(from), &f) == 0;
    int has_t = to && tac_date_parse_iso(to, strlen(to), &t) == 0;
    if (a->n) {
        tac_date_parse_iso(a->v[0].period, 10, &lo);
        tac_date_parse_iso(a->v[a->n - 1].period, 10, &hi);
    } else if (has_f || has_t) {
        lo = hi = period_of(by, has_f ? f : t);
    } else {
        return 0;
    }
    if (has_f && tac_date_to_days(period_of(by, f)) < tac_date_to_days(lo))
        lo = period_of(by, f);
    if (has_t && tac_date_to_days(period_of(by, t)) > tac_date_to_days(hi))
        hi = period_of(by, t);
    size_t cap = a->n + 16, k = 0, i = 0;
    tac_series_row *v = tac_malloc(cap * sizeof *v);
    if (!v)
        return -1;
    long last = tac_date_to_days(hi);
    for (tac_ymd p = lo; tac_date_to_days(p) <= last && k < MAX_PERIODS; p = period_after(by, p)) {
        if (k == cap) {
            tac_series_row *g = tac_realloc(v, cap * 2 * sizeof *g);
            if (!g) {
                tac_free(v);
                return -1;
            }
            v = g;
            cap *= 2;
        }
        char ps[11];
        tac_date_format(p, ps);
        if (i < a->n && strcmp(a->v[i].period, ps) == 0) {
            v[k++] = a->v[i++];
        } else {
            memset(&v[k], 0, sizeof v[k]);
            memcpy(v[k++].period, ps, sizeof ps);
        }
    }
    tac_free(a->v);
    a->v = v;
    a->n = k;
    a->cap = cap;
    return 0;
}

tac_status tac_store_series(tac_store *st, const tac_query *q, const char *by,
                            tac_series_row **rows, size_t *n)
{
    *rows = NULL;
    *n = 0;
    const char *period;
    int pg = strcmp(st->ops->kind, "postgresql") == 0;
    if (!by || !strcmp(by, "day"))
        period = "e.date";
    else if (!strcmp(by, "week"))
        period = pg ? "to_char(date_trunc('week', e.date::date), 'YYYY-MM-DD')"
                    : "date(e.date, '-6 days', 'weekday 1')";
    else if (!strcmp(by, "month"))
        period = "substr(e.date, 1, 7) || '-01'";
    else if (!strcmp(by, "year"))
        period = "substr(e.date, 1, 4) || '-01-01'";
    else
        return tac_store_fail(st, TAC_EARG, "--by wants day, week, month or year, not '%s'", by);
    qb b;
    memset(&b, 0, sizeof b);
    qb_add(&b, "SELECT ");
    qb_add(&b, period);
    qb_add(&b, " AS period, e.quad, count(*), " SUM_GOLDSTEIN("e.goldstein") " FROM event e");
    qb_where(st, &b, q, 0);
    qb_add(&b, " GROUP BY 1, 2 ORDER BY 1, 2");
    series_acc a = {0};
    tac_status s = qb_run(st, &b, series_row, &a);
    if (s == TAC_OK && (a.oom || fill_periods(&a, by ? by : "day", q->from, q->to) < 0))
        s = tac_store_fail(st, TAC_ENOMEM, "out of memory");
    if (s != TAC_OK) {
        tac_free(a.v);
        return s;
    }
    *rows = a.v;
    *n = a.n;
    return TAC_OK;
}

/* ---- summaries -------------------------------------------------------- */

tac_status tac_store_top(tac_store *st, const tac_query *q, const char *what,
                         tac_store_row_fn fn, void *user)
{
    qb b;
    memset(&b, 0, sizeof b);
    if (!strcmp(what, "actors")) {
        /* each event counts once for its source and once for its target */
        /* an act with no named agent ("a roadside bombing killed ...") has
         * source '': no actor */
        qb_add(&b, "SELECT a AS actor, count(*) AS events, sum(mentions) AS mentions,"
                   " " MEAN_GOLDSTEIN("goldstein") " AS goldstein FROM (SELECT e.source AS a,"
                   " e.mentions, e.goldstein FROM event e");
        qb_where(st, &b, q, 0);
        qb_add(&b, " AND e.source <> '' UNION ALL SELECT e.target AS a, e.mentions, e.goldstein FROM event e");
        qb_where(st, &b, q, 0);
        qb_add(&b, " AND e.target <> '') t GROUP BY a ORDER BY 2 DESC, 1");
    } else if (!strcmp(what, "dyads")) {
        qb_add(&b, "SELECT e.source, e.target, count(*) AS events, sum(e.mentions) AS mentions,"
                   " " MEAN_GOLDSTEIN("e.goldstein") " AS goldstein FROM event e");
        qb_where(st, &b, q, 0);
        qb_add(&b, " AND e.source <> '' AND e.target <> '' GROUP BY e.source, e.target"
                   " ORDER BY 3 DESC, 1, 2");
    } else if (!strcmp(what, "codes")) {
        qb_add(&b, "SELECT e.code, c.name, count(*) AS events, sum(e.mentions) AS mentions"
                   " FROM event e LEFT JOIN code c ON c.code = e.code");
        qb_where(st, &b, q, 0);
        qb_add(&b, " GROUP BY e.code, c.name ORDER BY 3 DESC, 1");
    } else if (!strcmp(what, "roots")) {
        qb_add(&b, "SELECT e.root, c.name, count(*) AS events, sum(e.mentions) AS mentions"
                   " FROM event e LEFT JOIN code c ON c.code = e.root");
        qb_where(st, &b, q, 0);
        qb_add(&b, " GROUP BY e.root, c.name ORDER BY 3 DESC, 1");
    } else {
        return tac_store_fail(st, TAC_EARG, "top wants actors, dyads, codes or roots, not '%s'",
                              what);
    }
    qb_limit(&b, q->limit > 0 ? q->limit : 10);
    return qb_run(st, &b, fn, user);
}

static int stats_row(void *user, int ncol, const char *const *names, const char *const *val)
{
    long *v = user;
    (void)names;
    for (int i = 0; i < ncol && i < 4; i++)
        v[i] = val[i] ? atol(val[i]) : 0;
    return 0;
}

tac_status tac_store_get_stats(tac_store *st, tac_store_stats *out)
{
    long v[4] = {0, 0, 0, 0};
    tac_status s = st->ops->exec(st,
                                 "SELECT (SELECT count(*) FROM doc), (SELECT count(*) FROM sentence),"
                                 " (SELECT count(*) FROM event), (SELECT count(*) FROM mention)",
                                 NULL, 0, stats_row, v);
    out->documents = v[0];
    out->sentences = v[1];
    out->events = v[2];
    out->mentions = v[3];
    return s;
}
