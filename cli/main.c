/* main.c -- the tacitus command-line tool.
 *
 *   tacitus code [options] [FILE|DIR ...]   code documents into events
 *   tacitus dict check [DIR]                validate a dictionary set
 *   tacitus actor [--date D] [--context C] TEXT  resolve an actor phrase
 *   tacitus version | help
 *
 * Uses only the public API (tacitus.h). Exit status: 0 success; 1 some
 * input was skipped (each with a message); 2 usage error; 3 dictionary
 * error; 4 output or system error. See docs/cli.md and tacitus(1). */
#define _POSIX_C_SOURCE 200809L
#define _DEFAULT_SOURCE /* sbrk, madvise flags */
#include <dirent.h>
#include <errno.h>
#include <limits.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif
#include <pthread.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "cli.h"
#include "filter.h"
#include "tabari_text.h"
#include "tacitus.h"
#include "tacitus_store.h"

static const char *prog = "tacitus";

void errf(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    fprintf(stderr, "%s: ", prog);
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
    va_end(ap);
}

/* ---- dictionary location -------------------------------------------- */

static int is_dir(const char *p)
{
    struct stat st;
    return stat(p, &st) == 0 && S_ISDIR(st.st_mode);
}

/* --dict, else $TACITUS_DICT, else ../data/dict beside the binary (the
 * build tree), else ../share/tacitus/dict (an installed tree). */
const char *default_dict(char *buf, size_t cap)
{
    const char *env = getenv("TACITUS_DICT");
    if (env && *env)
        return env;
    char exe[PATH_MAX];
    ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
    if (n > 0) {
        exe[n] = '\0';
        char *slash = strrchr(exe, '/');
        if (slash) {
            *slash = '\0';
            snprintf(buf, cap, "%s/../data/dict", exe);
            if (is_dir(buf))
                return buf;
            snprintf(buf, cap, "%s/../share/tacitus/dict", exe);
            if (is_dir(buf))
                return buf;
        }
    }
    return "data/dict";
}

/* --gazetteer, else $TACITUS_GAZETTEER, else none; "" is none (turns the
 * variable off). */
const char *default_gazetteer(const char *given)
{
    const char *g = given ? given : getenv("TACITUS_GAZETTEER");
    return g && *g ? g : NULL;
}

typedef struct diag_state {
    size_t count;
    int quiet;
} diag_state;

static void dict_diag(void *user, const char *file, size_t line, const char *reason)
{
    diag_state *ds = user;
    ds->count++;
    if (ds->quiet && ds->count > 20)
        return;
    if (line)
        fprintf(stderr, "%s:%zu: %s\n", file ? file : "?", line, reason);
    else
        fprintf(stderr, "%s: %s\n", file ? file : "?", reason);
}

/* 1 if path names a TABARI dictionary set: a .project file, or a folder
 * holding a *.verbs file. */
static int is_tabari_path(const char *path)
{
    size_t n = strlen(path);
    if (n >= 8 && strcmp(path + n - 8, ".project") == 0)
        return 1;
    DIR *dh = opendir(path);
    if (!dh)
        return 0;
    int found = 0;
    struct dirent *de;
    while (!found && (de = readdir(dh))) {
        size_t k = strlen(de->d_name);
        found = k > 6 && strcmp(de->d_name + k - 6, ".verbs") == 0;
    }
    closedir(dh);
    return found;
}

/* --dict-format: auto-detected from the path, native or tabari. */
enum { DICT_AUTO = 0, DICT_NATIVE, DICT_TABARI };

static int parse_dict_format(const char *v, int *out)
{
    if (!strcmp(v, "auto"))
        *out = DICT_AUTO;
    else if (!strcmp(v, "native"))
        *out = DICT_NATIVE;
    else if (!strcmp(v, "tabari"))
        *out = DICT_TABARI;
    else {
        errf("unknown dictionary format '%s' (native, tabari or auto)", v);
        return -1;
    }
    return 0;
}

/* Loads a native set or a TABARI set (fmt, or guessed from path); the
 * loader's messages go to stderr as file:line: reason. */
static tac_status load_any(const char *path, int fmt, const char *gazetteer, diag_state *ds,
                           tac_dict **out)
{
    if (fmt == DICT_TABARI || (fmt == DICT_AUTO && is_tabari_path(path))) {
        if (gazetteer)
            errf("warning: --gazetteer applies to native dictionaries only; not read");
        return tac_dict_load_tabari(path, dict_diag, ds, out);
    }
    tac_dict_options dopt;
    memset(&dopt, 0, sizeof dopt);
    dopt.gazetteer = gazetteer;
    return tac_dict_load_opts(path, &dopt, dict_diag, ds, out);
}

static tac_dict *load_dict(const char *dir, int fmt, const char *gazetteer, int strict)
{
    diag_state ds = {0, !strict};
    tac_dict *d = NULL;
    tac_status st = load_any(dir, fmt, gazetteer, &ds, &d);
    if (st != TAC_OK) {
        errf("cannot load dictionaries from %s: %s", dir, tac_status_str(st));
        return NULL;
    }
    if (ds.count && !strict)
        errf("warning: %zu dictionary line(s) skipped (run 'tacitus dict check %s')", ds.count, dir);
    return d;
}

/* ---- output --------------------------------------------------------- */

static int out_failed;

void write_out(const char *s, size_t n)
{
    if (out_failed || n == 0)
        return;
    if (fwrite(s, 1, n, stdout) != n) {
        out_failed = errno ? errno : EIO;
    }
}

int finish_out(void)
{
    if (!out_failed && fflush(stdout) != 0)
        out_failed = errno ? errno : EIO;
    if (out_failed) {
        errf("error writing output: %s", strerror(out_failed));
        return EXIT_SYSTEM;
    }
    return 0;
}

/* ---- documents in batches ------------------------------------------- */

typedef struct rec {
    tac_doc doc;
    char *mem;         /* copy of the strings, or of the raw line (batch arena) */
    size_t raw_len;    /* > 0: mem holds a JSON line the worker parses */
    const char *file;  /* for messages (static or owned by the batch) */
    size_t line;
    tac_buf out;
    tac_status st;
    char err[600];
    size_t events, sentences;
    size_t dropped;    /* events the filters left out (events: those kept) */
    tac_limit_hits hits;
} rec;

/* The batch's bytes (its records' strings) live in chunks reused from one
 * batch to the next: no malloc or free per record. A chunk holding one
 * record over CHUNK_BYTES is freed when the batch is cleared, so a huge
 * document's memory is not kept. */
typedef struct chunk {
    struct chunk *next;
    size_t cap, used;
    char data[];
} chunk;

enum { CHUNK_BYTES = 256 * 1024 };

typedef struct batch {
    rec *v;
    chunk *mem, *mem_cur; /* the chunks; the one being filled */
    size_t n, cap;
    size_t bytes;
    char **files;      /* file names owned by the batch */
    size_t n_files, cap_files;
    size_t taken;      /* records a worker has taken (pool mutex) */
    size_t finished;   /* records coded (pool mutex) */
} batch;

/* n bytes from the batch's chunks, or NULL when out of memory */
static char *batch_alloc(batch *b, size_t n)
{
    chunk *c = b->mem_cur;
    if (c && c->cap - c->used >= n) {
        c->used += n;
        return c->data + c->used - n;
    }
    if (c && c->next && c->next->cap >= n) { /* a kept chunk, empty */
        c = b->mem_cur = c->next;
        c->used = n;
        return c->data;
    }
    size_t cap = n > CHUNK_BYTES ? n : CHUNK_BYTES;
    chunk *nc = malloc(sizeof *nc + cap);
    if (!nc)
        return NULL;
    nc->cap = cap;
    nc->used = n;
    if (c) {
        nc->next = c->next;
        c->next = nc;
    } else {
        nc->next = b->mem;
        b->mem = nc;
    }
    b->mem_cur = nc;
    return nc->data;
}

static void batch_clear(batch *b)
{
    for (size_t i = 0; i < b->n; i++) {
        b->v[i].mem = NULL;
        b->v[i].out.len = 0;
        b->v[i].out.failed = 0;
    }
    chunk **pp = &b->mem;
    while (*pp) {
        chunk *c = *pp;
        if (c->cap > CHUNK_BYTES) {
            *pp = c->next;
            free(c);
        } else {
            c->used = 0;
            pp = &c->next;
        }
    }
    b->mem_cur = b->mem;
    for (size_t i = 0; i < b->n_files; i++)
        free(b->files[i]);
    b->n_files = 0;
    b->n = 0;
    b->bytes = 0;
}

static void batch_free(batch *b)
{
    batch_clear(b);
    for (size_t i = 0; i < b->cap; i++)
        tac_buf_free(&b->v[i].out);
    while (b->mem) {
        chunk *c = b->mem;
        b->mem = c->next;
        free(c);
    }
    free(b->v);
    free(b->files);
    memset(b, 0, sizeof *b);
}

static const char *batch_file(batch *b, const char *name)
{
    if (b->n_files && strcmp(b->files[b->n_files - 1], name) == 0)
        return b->files[b->n_files - 1];
    if (b->n_files == b->cap_files) {
        size_t nc = b->cap_files ? b->cap_files * 2 : 16;
        char **f = realloc(b->files, nc * sizeof *f);
        if (!f)
            return "?";
        b->files = f;
        b->cap_files = nc;
    }
    char *c = strdup(name);
    if (!c)
        return "?";
    b->files[b->n_files++] = c;
    return c;
}

static char *dup_field(char **p, const char *s, size_t n)
{
    if (!s)
        return NULL;
    char *d = *p;
    memcpy(d, s, n);
    d[n] = '\0';
    *p += n + 1;
    return d;
}

/* Adds a document (copied) or an error record to the batch. */
static int batch_add(batch *b, const tac_doc *doc, const char *file, size_t line,
                     tac_status st, const char *err)
{
    if (b->n == b->cap) {
        size_t nc = b->cap ? b->cap * 2 : 64;
        rec *v = realloc(b->v, nc * sizeof *v);
        if (!v)
            return -1;
        /* batch_add sets every field but the output buffer: not the
         * 600-byte messages of a whole new array */
        for (size_t i = b->cap; i < nc; i++)
            memset(&v[i].out, 0, sizeof v[i].out);
        b->v = v;
        b->cap = nc;
    }
    rec *r = &b->v[b->n];
    /* field by field: err (600 bytes) is written only for a failed record,
     * doc only when no document is copied in below */
    r->mem = NULL;
    r->raw_len = 0;
    r->out.len = 0;
    r->out.failed = 0;
    r->err[0] = '\0';
    r->events = r->sentences = r->dropped = 0;
    memset(&r->hits, 0, sizeof r->hits);
    r->file = batch_file(b, file);
    r->line = line;
    r->st = st;
    if (st != TAC_OK || !doc)
        memset(&r->doc, 0, sizeof r->doc);
    if (st != TAC_OK) {
        snprintf(r->err, sizeof r->err, "%s", err ? err : tac_status_str(st));
        b->n++;
        return 0;
    }
    if (!doc)
        return (b->n++, 0);
    size_t total = doc->id_len + doc->date_len + doc->title_len + doc->text_len +
                   doc->source_len + doc->url_len + 6;
    r->mem = batch_alloc(b, total);
    if (!r->mem)
        return -1;
    char *p = r->mem;
    r->doc = *doc;
    r->doc.id = dup_field(&p, doc->id, doc->id_len);
    r->doc.date = dup_field(&p, doc->date, doc->date_len);
    r->doc.title = dup_field(&p, doc->title, doc->title_len);
    r->doc.text = dup_field(&p, doc->text, doc->text_len);
    r->doc.source = dup_field(&p, doc->source, doc->source_len);
    r->doc.url = dup_field(&p, doc->url, doc->url_len);
    b->bytes += total;
    b->n++;
    return 0;
}

/* Adds a raw JSON Lines record: parsing happens on the worker threads so
 * that the reading thread only splits lines. */
static int batch_add_raw(batch *b, const char *line, size_t len, const char *file,
                         size_t lineno)
{
    if (batch_add(b, NULL, file, lineno, TAC_OK, NULL) < 0)
        return -1;
    rec *r = &b->v[b->n - 1];
    r->mem = batch_alloc(b, len + 1);
    if (!r->mem)
        return -1;
    memcpy(r->mem, line, len);
    r->mem[len] = '\0';
    r->raw_len = len;
    b->bytes += len;
    return 0;
}

/* ---- events packed for the store ------------------------------------ */

/* An ingest worker cannot hand its tac_events to the writing thread: their
 * strings live in the coder until its next document. It packs them into
 * the record's buffer (fixed part, then the strings) and the writing thread
 * unpacks them in place, pointing into that buffer. */

enum { PK_SRC, PK_SRC_TEXT, PK_TGT, PK_TGT_TEXT, PK_CODE, PK_NAME, PK_PREC, PK_MODAL,
       PK_PFILE, PK_SENT, PK_N };

typedef struct packed {
    int sentence, headline, has_target, quad, pattern_line;
    double goldstein;
    size_t text_offset, text_len, sentence_offset;
    char date[11], root[3];
    size_t len[PK_N];
    int null[PK_N];
} packed;

static void pack_event(tac_buf *b, const tac_event *e)
{
    packed k;
    memset(&k, 0, sizeof k);
    k.sentence = e->sentence;
    k.headline = e->headline;
    k.has_target = e->has_target;
    k.quad = e->quad;
    k.pattern_line = e->pattern_line;
    k.goldstein = e->goldstein;
    k.text_offset = e->text_offset;
    k.text_len = e->text_len;
    k.sentence_offset = e->sentence_offset;
    memcpy(k.date, e->date, sizeof k.date);
    memcpy(k.root, e->root, sizeof k.root);
    const char *str[PK_N] = {e->source.code, e->source.text, e->target.code, e->target.text,
                             e->code, e->name, e->date_precision, e->modality,
                             e->pattern_file, e->sentence_text};
    size_t len[PK_N] = {0, e->source.text_len, 0, e->target.text_len, 0, 0, 0, 0, 0,
                        e->sentence_len};
    for (int i = 0; i < PK_N; i++) {
        k.null[i] = str[i] == NULL || (!e->has_target && (i == PK_TGT || i == PK_TGT_TEXT));
        k.len[i] = k.null[i] ? 0 : (len[i] || i == PK_SRC_TEXT || i == PK_TGT_TEXT ||
                                    i == PK_SENT) ? len[i] : strlen(str[i]);
    }
    tac_buf_append(b, (const char *)&k, sizeof k);
    for (int i = 0; i < PK_N; i++) {
        if (k.null[i])
            continue;
        tac_buf_append(b, str[i], k.len[i]);
        tac_buf_append(b, "", 1);
    }
}

/* The document's fields go first: for JSON Lines the worker parsed them
 * into its own buffer, which its next document overwrites. */
static void pack_doc(tac_buf *b, const tac_doc *d)
{
    size_t len[6] = {d->id_len, d->date_len, d->title_len, d->source_len, d->url_len, 0};
    const char *str[6] = {d->id, d->date, d->title, d->source, d->url, NULL};
    for (int i = 0; i < 5; i++) {
        size_t n = str[i] ? len[i] : (size_t)-1;
        tac_buf_append(b, (const char *)&n, sizeof n);
        if (str[i]) {
            tac_buf_append(b, str[i], len[i]);
            tac_buf_append(b, "", 1);
        }
    }
}

/* Unpacks the document fields and n events from p (which must stay alive
 * and unchanged). */
static int unpack_events(const char *p, size_t len, tac_doc *doc, tac_event *ev, size_t n)
{
    const char *end = p + len;
    const char **field[5] = {&doc->id, &doc->date, &doc->title, &doc->source, &doc->url};
    size_t *lens[5] = {&doc->id_len, &doc->date_len, &doc->title_len, &doc->source_len,
                       &doc->url_len};
    for (int i = 0; i < 5; i++) {
        size_t k;
        if ((size_t)(end - p) < sizeof k)
            return -1;
        memcpy(&k, p, sizeof k);
        p += sizeof k;
        if (k == (size_t)-1) {
            *field[i] = NULL;
            *lens[i] = 0;
            continue;
        }
        if ((size_t)(end - p) < k + 1)
            return -1;
        *field[i] = p;
        *lens[i] = k;
        p += k + 1;
    }
    for (size_t j = 0; j < n; j++) {
        packed k;
        if ((size_t)(end - p) < sizeof k)
            return -1;
        memcpy(&k, p, sizeof k);
        p += sizeof k;
        const char *str[PK_N];
        for (int i = 0; i < PK_N; i++) {
            str[i] = NULL;
            if (k.null[i])
                continue;
            if ((size_t)(end - p) < k.len[i] + 1)
                return -1;
            str[i] = p;
            p += k.len[i] + 1;
        }
        tac_event *e = &ev[j];
        memset(e, 0, sizeof *e);
        e->sentence = k.sentence;
        e->headline = k.headline;
        e->has_target = k.has_target;
        e->quad = k.quad;
        e->pattern_line = k.pattern_line;
        e->goldstein = k.goldstein;
        e->text_offset = k.text_offset;
        e->text_len = k.text_len;
        e->sentence_offset = k.sentence_offset;
        memcpy(e->date, k.date, sizeof e->date);
        memcpy(e->root, k.root, sizeof e->root);
        e->source.code = str[PK_SRC];
        e->source.text = str[PK_SRC_TEXT];
        e->source.text_len = k.len[PK_SRC_TEXT];
        e->target.code = str[PK_TGT];
        e->target.text = str[PK_TGT_TEXT];
        e->target.text_len = k.len[PK_TGT_TEXT];
        e->code = str[PK_CODE];
        e->name = str[PK_NAME];
        e->date_precision = str[PK_PREC];
        e->modality = str[PK_MODAL];
        e->pattern_file = str[PK_PFILE];
        e->sentence_text = str[PK_SENT];
        e->sentence_len = k.len[PK_SENT];
    }
    return 0;
}

/* ---- coding options and workers ------------------------------------- */

typedef struct opts {
    const char *dict_dir;
    const char *gazetteer; /* --gazetteer; NULL: $TACITUS_GAZETTEER */
    int dict_fmt;      /* DICT_AUTO, DICT_NATIVE, DICT_TABARI */
    int input;         /* -1: detect per file; else a tac_input_kind */
    tac_format fmt;
    int flags;
    int jobs;
    const char *date, *id;
    int quiet;
    int stats;
    tac_options copt;
    size_t max_doc;
    tac_store *store;  /* ingest: events go to the store, not stdout */
    ev_filter filter;  /* --root, --quad, --code, --actor, --political */
} opts;

/* Batches between the reader and the writer (run.nq; at most this). */
#define MAX_INFLIGHT 8

typedef struct pool {
    const tac_dict *dict;
    const opts *o;
    int n;
    pthread_t *threads;
    tac_coder **coders;
    tac_docbuf **dbs;
    pthread_mutex_t mu;
    pthread_cond_t work, done;
    /* batches handed over, oldest first, that still have records to take;
     * workers take records in this order, so batches finish about in it */
    batch *q[MAX_INFLIGHT];
    size_t q_first, q_n;
    int stop;
    double idle_s; /* seconds the coders waited for a batch, summed */
} pool;

static void code_rec(tac_coder *coder, tac_docbuf *db, const opts *o, rec *r)
{
    if (r->st != TAC_OK)
        return;
    if (r->raw_len) {
        const char *txt;
        size_t tl;
        r->st = tac_utf8_repair(db, r->mem, r->raw_len, &txt, &tl);
        if (r->st != TAC_OK) {
            snprintf(r->err, sizeof r->err, "%s",
                     r->st == TAC_EINPUT ? "not UTF-8 text" : tac_status_str(r->st));
            return;
        }
        r->st = tac_parse_jsonl_default(db, txt, tl, o->date, &r->doc, r->err, sizeof r->err);
        if (r->st != TAC_OK)
            return;
        if (r->doc.text_len + r->doc.title_len > o->max_doc) {
            r->st = TAC_ELIMIT;
            snprintf(r->err, sizeof r->err, "document over %zu bytes", o->max_doc);
            return;
        }
    }
    size_t n = 0;
    r->st = tac_coder_code(coder, &r->doc, &n);
    if (r->st != TAC_OK) {
        snprintf(r->err, sizeof r->err, "%s", tac_coder_errmsg(coder));
        return;
    }
    r->sentences = tac_coder_sentences(coder);
    tac_coder_limit_hits(coder, &r->hits);
    if (o->store)
        pack_doc(&r->out, &r->doc);
    size_t kept = 0;
    for (size_t i = 0; i < n; i++) {
        const tac_event *e = tac_coder_event(coder, i);
        /* the filters act here, on the coder's thread: with -j they run in
         * parallel, and the store and the output see only what they keep */
        if (o->filter.on && !filter_keep(&o->filter, e))
            continue;
        kept++;
        if (o->store)
            pack_event(&r->out, e);
        else
            tac_event_write(&r->out, e, o->fmt, o->flags);
    }
    r->events = kept;
    r->dropped = n - kept;
    if (r->out.failed) {
        r->st = TAC_ENOMEM;
        snprintf(r->err, sizeof r->err, "out of memory writing events");
    }
}

static double now_s(const struct timespec *t0);

typedef struct worker_arg {
    pool *p;
    int idx;
} worker_arg;

static worker_arg worker_args[256];

static void *worker(void *arg)
{
    worker_arg *wa = arg;
    pool *p = wa->p;
    pthread_mutex_lock(&p->mu);
    for (;;) {
        if (!p->stop && p->q_n == 0) {
            /* counted once the wait ends with work: the last wait, for
             * the end of the run, is not idleness */
            struct timespec t0;
            clock_gettime(CLOCK_MONOTONIC, &t0);
            while (!p->stop && p->q_n == 0)
                pthread_cond_wait(&p->work, &p->mu);
            if (!p->stop)
                p->idle_s += now_s(&t0);
        }
        if (p->stop)
            break;
        batch *b = p->q[p->q_first];
        size_t i = b->taken++;
        if (b->taken == b->n) {
            p->q_first = (p->q_first + 1) % MAX_INFLIGHT;
            p->q_n--;
        }
        pthread_mutex_unlock(&p->mu);
        code_rec(p->coders[wa->idx], p->dbs[wa->idx], p->o, &b->v[i]);
        pthread_mutex_lock(&p->mu);
        if (++b->finished == b->n)
            pthread_cond_broadcast(&p->done);
    }
    pthread_mutex_unlock(&p->mu);
    return NULL;
}

/* Hands batch b (b->n > 0) to the workers, after those handed before. */
static void pool_push(pool *p, batch *b)
{
    pthread_mutex_lock(&p->mu);
    b->taken = b->finished = 0;
    p->q[(p->q_first + p->q_n) % MAX_INFLIGHT] = b;
    p->q_n++;
    pthread_cond_broadcast(&p->work);
    pthread_mutex_unlock(&p->mu);
}

/* Is every record of b coded? With wait, waits until it is, adding the
 * time waited to *waited. */
static int pool_done(pool *p, batch *b, int wait, double *waited)
{
    pthread_mutex_lock(&p->mu);
    if (wait && b->finished < b->n) {
        struct timespec t0;
        clock_gettime(CLOCK_MONOTONIC, &t0);
        while (b->finished < b->n)
            pthread_cond_wait(&p->done, &p->mu);
        *waited += now_s(&t0);
    }
    int done = b->finished == b->n;
    pthread_mutex_unlock(&p->mu);
    return done;
}

/* ---- run state ------------------------------------------------------ */

typedef struct run {
    const opts *o;
    pool *p;            /* NULL: code in this thread */
    tac_coder *coder;   /* for -j 1 */
    tac_docbuf *db;
    /* a ring of batches: head is the oldest handed to the pool and not yet
     * written, inflight how many are; the next one after them is filled */
    batch b[MAX_INFLIGHT];
    size_t nq;          /* ring size in use (2 .. MAX_INFLIGHT) */
    size_t head, inflight;
    size_t cur;         /* batch being filled */
    size_t docs, events, skipped, sentences, bytes;
    size_t dropped;     /* events the filters left out (events: those written) */
    tac_limit_hits hits; /* summed over the documents */
    struct timespec t0, last;
    int progress;
    tac_event *ev;      /* ingest: unpacked events of one document */
    size_t ev_cap;
    double store_s;     /* ingest: time spent writing to the store */
    double store_cpu;   /* ... CPU time of this thread in it */
    double wait_s;      /* time this thread waited for the coders */
    size_t batch_docs;  /* a batch is handed to the coders at this size */
    size_t batch_bytes;
    int in_txn;         /* ingest: a store transaction is open */
    size_t txn_docs;    /* ... holding this many documents */
    size_t txn_bytes;
    size_t total_bytes; /* ingest: input size when known, for the ETA */
    size_t read_bytes;
} run;

static double now_s(const struct timespec *t0)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)(t.tv_sec - t0->tv_sec) + (double)(t.tv_nsec - t0->tv_nsec) / 1e9;
}

static void progress(run *R, int final)
{
    if (!R->progress)
        return;
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    double since = (double)(t.tv_sec - R->last.tv_sec) + (double)(t.tv_nsec - R->last.tv_nsec) / 1e9;
    if (!final && since < 0.5)
        return;
    R->last = t;
    double el = now_s(&R->t0);
    fprintf(stderr, "\r%zu documents, %zu events, %zu skipped, %.0f docs/s", R->docs,
            R->events, R->skipped, el > 0 ? (double)R->docs / el : 0.0);
    if (R->o->filter.on)
        fprintf(stderr, ", %zu events filtered out", R->dropped);
    if (!final && R->total_bytes && R->read_bytes && R->read_bytes < R->total_bytes) {
        double eta = el * (double)(R->total_bytes - R->read_bytes) / (double)R->read_bytes;
        fprintf(stderr, ", ETA %.0f:%02.0f", eta / 60 < 1 ? 0 : (double)(long)(eta / 60),
                eta - 60.0 * (double)(long)(eta / 60));
    }
    fputs("   ", stderr);
    if (final)
        fputc('\n', stderr);
}

static void store_batch(run *R, batch *b);

/* Adds a coded document to the run's counts. */
static void count_done(run *R, const rec *r)
{
    R->docs++;
    R->events += r->events;
    R->dropped += r->dropped;
    R->sentences += r->sentences;
    R->hits.match_budget += r->hits.match_budget;
    R->hits.sentence_events += r->hits.sentence_events;
    R->bytes += r->doc.text_len + r->doc.title_len;
}

/* One message for a skipped document: file:line: reason. */
static void report_skip(run *R, const rec *r)
{
    R->skipped++;
    if (R->progress)
        fputs("\r\033[K", stderr); /* the message replaces the progress line */
    if (r->line)
        fprintf(stderr, "%s:%zu: %s; document skipped\n", r->file, r->line, r->err);
    else
        fprintf(stderr, "%s: %s; document skipped\n", r->file, r->err);
}

static void flush_batch(run *R, batch *b)
{
    if (R->o->store) {
        store_batch(R, b);
        return;
    }
    for (size_t i = 0; i < b->n; i++) {
        rec *r = &b->v[i];
        if (r->st != TAC_OK) {
            report_skip(R, r);
            continue;
        }
        count_done(R, r);
        write_out(r->out.data, r->out.len);
    }
    batch_clear(b);
    progress(R, 0);
}

/* Ingest commits a transaction once it holds TXN_DOCS documents or
 * TXN_BYTES of text, and at the end: a killed process leaves whole
 * documents. Batches are smaller than transactions so that writing one
 * overlaps with coding the next from the start of a run to its end. */
#define TXN_DOCS 2048
#define TXN_BYTES (8u << 20)

/* CPU seconds of the calling thread */
static double thread_cpu(void)
{
    struct timespec t;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

static void store_commit(run *R)
{
    if (!R->in_txn)
        return;
    struct timespec t0;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    double c0 = thread_cpu();
    if (tac_store_commit(R->o->store) != TAC_OK) {
        errf("%s", tac_store_errmsg(R->o->store));
        exit(EXIT_SYSTEM);
    }
    R->in_txn = 0;
    R->read_bytes += R->txn_bytes;
    R->txn_docs = R->txn_bytes = 0;
    R->store_s += now_s(&t0);
    R->store_cpu += thread_cpu() - c0;
    progress(R, 0);
}

/* Writes a coded batch into the open transaction (a store error ends the
 * run, exit 4). */
static void store_batch(run *R, batch *b)
{
    tac_store *st = R->o->store;
    struct timespec t0;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    double c0 = thread_cpu();
    if (!R->in_txn) {
        if (tac_store_begin(st) != TAC_OK) {
            errf("%s", tac_store_errmsg(st));
            exit(EXIT_SYSTEM);
        }
        R->in_txn = 1;
    }
    for (size_t i = 0; i < b->n; i++) {
        rec *r = &b->v[i];
        if (r->st == TAC_OK) {
            if (r->events > R->ev_cap) {
                size_t nc = R->ev_cap ? R->ev_cap : 64;
                while (nc < r->events)
                    nc *= 2;
                tac_event *g = realloc(R->ev, nc * sizeof *g);
                if (!g) {
                    errf("out of memory");
                    exit(EXIT_SYSTEM);
                }
                R->ev = g;
                R->ev_cap = nc;
            }
            if (unpack_events(r->out.data, r->out.len, &r->doc, R->ev, r->events) < 0) {
                r->st = TAC_ENOMEM;
                snprintf(r->err, sizeof r->err, "internal error unpacking events");
            }
        }
        if (r->st != TAC_OK) {
            report_skip(R, r);
            continue;
        }
        if (tac_store_put(st, &r->doc, r->sentences, R->ev, r->events) != TAC_OK) {
            errf("%s: %s", r->file, tac_store_errmsg(st));
            tac_store_rollback(st);
            exit(EXIT_SYSTEM);
        }
        count_done(R, r);
    }
    R->txn_docs += b->n;
    R->txn_bytes += b->bytes;
    R->store_s += now_s(&t0);
    R->store_cpu += thread_cpu() - c0;
    batch_clear(b);
    if (R->txn_docs >= TXN_DOCS || R->txn_bytes >= TXN_BYTES)
        store_commit(R);
}

/* Codes the filled batch: in a pool, overlapped with reading the next
 * ones and with writing the ones before, which are written in order as
 * they finish; the reader waits only when every batch of the ring is in
 * flight.
 *
 * The reader and the writer share this thread, so after handing over a
 * batch it writes at most one finished batch (more only when the ring is
 * full) before reading the next: the coders' queue is refilled between
 * two writes and stays as deep as the ring. Writing every finished batch
 * at once (as before) left the coders idle whenever the writer had fallen
 * behind: a backlog of slow writes (an ingest's commits) drained their
 * queue, and they could never code ahead of the writer to make up for it. */
static void submit(run *R)
{
    batch *b = &R->b[R->cur];
    if (!R->p) {
        for (size_t i = 0; i < b->n; i++)
            code_rec(R->coder, R->db, R->o, &b->v[i]);
        flush_batch(R, b);
        return;
    }
    if (b->n) {
        pool_push(R->p, b);
        R->inflight++;
    }
    int wrote = 0;
    while (R->inflight && (R->inflight == R->nq || !wrote) &&
           pool_done(R->p, &R->b[R->head], R->inflight == R->nq, &R->wait_s)) {
        flush_batch(R, &R->b[R->head]);
        R->head = (R->head + 1) % R->nq;
        R->inflight--;
        wrote = 1;
    }
    R->cur = (R->head + R->inflight) % R->nq;
}

static void drain(run *R)
{
    if (R->b[R->cur].n)
        submit(R);
    while (R->p && R->inflight) {
        pool_done(R->p, &R->b[R->head], 1, &R->wait_s);
        flush_batch(R, &R->b[R->head]);
        R->head = (R->head + 1) % R->nq;
        R->inflight--;
    }
    if (R->o->store)
        store_commit(R);
}

static void add_doc(run *R, const tac_doc *doc, const char *file, size_t line,
                    tac_status st, const char *err)
{
    batch *b = &R->b[R->cur];
    if (batch_add(b, doc, file, line, st, err) < 0) {
        errf("out of memory");
        exit(EXIT_SYSTEM);
    }
    if (b->n >= R->batch_docs || b->bytes >= R->batch_bytes)
        submit(R);
}

static void add_raw(run *R, const char *line, size_t len, const char *file, size_t lineno)
{
    batch *b = &R->b[R->cur];
    if (batch_add_raw(b, line, len, file, lineno) < 0) {
        errf("out of memory");
        exit(EXIT_SYSTEM);
    }
    if (b->n >= R->batch_docs || b->bytes >= R->batch_bytes)
        submit(R);
}

/* ---- readers -------------------------------------------------------- */

/* What a line reader hands each line to: its text (without the line end)
 * and number, or the number of a line too long to hold. */
typedef struct line_sink {
    void (*line)(void *ctx, char *line, size_t len, size_t lineno);
    void (*overlong)(void *ctx, size_t lineno);
    void *ctx;
} line_sink;

/* Reads a stream line by line with bounded memory: pre[0..pre_len) is what
 * was already read from it; lines end in eol. A line longer than the
 * document limit is reported to the sink and skipped without being held in
 * memory. */
static void read_lines(run *R, FILE *f, const char *name, char *pre, size_t pre_len, int eol,
                       const line_sink *sink)
{
    size_t max = R->o->max_doc + 4096;
    size_t cap = 1 << 16, len = 0;
    char *buf = malloc(cap);
    if (!buf) {
        errf("out of memory");
        exit(EXIT_SYSTEM);
    }
    size_t lineno = 0;
    int skipping = 0, eof = 0;
    if (pre_len) {
        memcpy(buf, pre, pre_len);
        len = pre_len;
    }
    size_t scan = 0, start = 0; /* buf[start..len) is unread */
    while (!eof || len > start) {
        char *nl = len > scan ? memchr(buf + scan, eol, len - scan) : NULL;
        if (!nl && !eof) {
            /* compact once per refill, not once per line */
            if (start) {
                memmove(buf, buf + start, len - start);
                len -= start;
                scan -= start;
                start = 0;
            }
            if (len >= max) {
                /* too long: drop what we have and skip to the next line end */
                if (!skipping)
                    sink->overlong(sink->ctx, ++lineno);
                skipping = 1;
                len = 0;
                scan = 0;
            }
            if (len == cap) {
                char *nb = realloc(buf, cap * 2);
                if (!nb) {
                    errf("out of memory");
                    exit(EXIT_SYSTEM);
                }
                buf = nb;
                cap *= 2;
            }
            scan = len;
            size_t n = fread(buf + len, 1, cap - len, f);
            if (n == 0) {
                if (ferror(f))
                    errf("%s: read error: %s", name, strerror(errno));
                eof = 1;
            }
            len += n;
            continue;
        }
        size_t ll = nl ? (size_t)(nl - (buf + start)) : len - start;
        if (skipping)
            skipping = 0;
        else
            sink->line(sink->ctx, buf + start, ll, ++lineno);
        start = nl ? (size_t)(nl - buf) + 1 : len;
        scan = start;
    }
    free(buf);
}

typedef struct jsonl_ctx {
    run *R;
    const char *name;
} jsonl_ctx;

static void jsonl_line(void *ctx, char *line, size_t ll, size_t lineno)
{
    jsonl_ctx *c = ctx;
    size_t a = 0;
    while (a < ll && (line[a] == ' ' || line[a] == '\t' || line[a] == '\r'))
        a++;
    if (a < ll)
        add_raw(c->R, line, ll, c->name, lineno);
}

static void jsonl_overlong(void *ctx, size_t lineno)
{
    jsonl_ctx *c = ctx;
    char msg[128];
    snprintf(msg, sizeof msg, "line longer than %zu bytes", c->R->o->max_doc);
    add_doc(c->R, NULL, c->name, lineno, TAC_ELIMIT, msg);
}

/* JSON Lines: lines end in \n or \r\n (the \r is JSON white space); a file
 * whose first line ends in a lone \r (old Mac) is split on \r. */
static void read_jsonl(run *R, FILE *f, const char *name, char *pre, size_t pre_len)
{
    int eol = '\n';
    for (size_t k = 0; k + 1 < pre_len; k++) {
        if (pre[k] == '\n' || pre[k] == '\r') {
            eol = pre[k] == '\r' && pre[k + 1] != '\n' ? '\r' : '\n';
            break;
        }
    }
    jsonl_ctx c = {R, name};
    line_sink sink = {jsonl_line, jsonl_overlong, &c};
    read_lines(R, f, name, pre, pre_len, eol, &sink);
}

static char *slurp(FILE *f, size_t max, size_t *out_len, int *too_big)
{
    size_t cap = 1 << 16, len = 0;
    char *buf = malloc(cap);
    *too_big = 0;
    if (!buf)
        return NULL;
    for (;;) {
        if (len == cap) {
            if (cap > max) {
                *too_big = 1;
                break;
            }
            char *nb = realloc(buf, cap * 2);
            if (!nb) {
                free(buf);
                return NULL;
            }
            buf = nb;
            cap *= 2;
        }
        size_t n = fread(buf + len, 1, cap - len, f);
        if (n == 0)
            break;
        len += n;
    }
    *out_len = len;
    return buf;
}

/* What the TABARI record reader gave: a record goes to the batch (UTF-8
 * repaired), a bad record becomes its file:line message. */
static void tabari_result(run *R, int rc, const tabari_rec *trec, const char *name,
                          const char *err, size_t err_line, tac_docbuf *db, tac_docbuf *dbi)
{
    if (rc == TABARI_MORE)
        return;
    if (rc == TABARI_NOMEM) {
        errf("out of memory");
        exit(EXIT_SYSTEM);
    }
    if (rc == TABARI_BAD) {
        add_doc(R, NULL, name, err_line, TAC_EINPUT, err);
        return;
    }
    if (!trec->text_len) /* only a comment: nothing to code, as in TABARI */
        return;
    tac_doc doc;
    memset(&doc, 0, sizeof doc);
    doc.date = trec->date;
    doc.date_len = 10;
    tac_status st = tac_utf8_repair(dbi, trec->id, trec->id_len, &doc.id, &doc.id_len);
    if (st == TAC_OK)
        st = tac_utf8_repair(db, trec->text, trec->text_len, &doc.text, &doc.text_len);
    if (st != TAC_OK)
        add_doc(R, NULL, name, trec->line, st,
                st == TAC_EINPUT ? "record is not UTF-8 text (binary?)" : NULL);
    else
        add_doc(R, &doc, name, trec->line, TAC_OK, NULL);
}

typedef struct tabari_ctx {
    run *R;
    const char *name;
    tabari_reader tr;
    tabari_rec trec;
    tac_docbuf *db, *dbi;
} tabari_ctx;

static void tabari_line(void *ctx, char *line, size_t ll, size_t lineno)
{
    tabari_ctx *c = ctx;
    char err[300];
    size_t err_line = 0;
    if (lineno == 1 && ll >= 3 && (unsigned char)line[0] == 0xEF &&
        (unsigned char)line[1] == 0xBB && (unsigned char)line[2] == 0xBF)
        line += 3, ll -= 3; /* a byte-order mark */
    int rc = tabari_reader_line(&c->tr, line, ll, lineno, &c->trec, err, sizeof err, &err_line);
    tabari_result(c->R, rc, &c->trec, c->name, err, err_line, c->db, c->dbi);
}

/* a line too long to hold: its record is refused */
static void tabari_overlong(void *ctx, size_t lineno)
{
    tabari_ctx *c = ctx;
    char err[300];
    size_t err_line = 0;
    int rc = tabari_reader_overlong(&c->tr, lineno, err, sizeof err, &err_line);
    tabari_result(c->R, rc, &c->trec, c->name, err, err_line, c->db, c->dbi);
}

/* TABARI record files (tabari_text.h), read a line at a time with bounded
 * memory: a record whose text is over --max-doc-bytes is skipped with a
 * message, without being held. */
static void read_tabari(run *R, FILE *f, const char *name, char *pre, size_t pre_len)
{
    tabari_ctx c;
    memset(&c, 0, sizeof c);
    c.R = R;
    c.name = name;
    c.db = tac_docbuf_new();
    c.dbi = tac_docbuf_new();
    if (!c.db || !c.dbi) {
        errf("out of memory");
        exit(EXIT_SYSTEM);
    }
    tabari_reader_init(&c.tr, R->o->max_doc);
    line_sink sink = {tabari_line, tabari_overlong, &c};
    read_lines(R, f, name, pre, pre_len, '\n', &sink);
    char err[300];
    size_t err_line = 0;
    int rc = tabari_reader_end(&c.tr, &c.trec, err, sizeof err, &err_line);
    tabari_result(R, rc, &c.trec, name, err, err_line, c.db, c.dbi);
    tabari_reader_fini(&c.tr);
    tac_docbuf_free(c.db);
    tac_docbuf_free(c.dbi);
}

static void read_stream(run *R, FILE *f, const char *name)
{
    char head[4096];
    size_t hn = fread(head, 1, sizeof head, f);
    unsigned char b0 = hn >= 2 ? (unsigned char)head[0] : 0;
    unsigned char b1 = hn >= 2 ? (unsigned char)head[1] : 0;
    if ((b0 == 0xFF && b1 == 0xFE) || (b0 == 0xFE && b1 == 0xFF)) {
        add_doc(R, NULL, name, 0, TAC_EINPUT,
                b0 == 0xFF
                    ? "UTF-16 text (little-endian byte-order mark); convert it to UTF-8"
                    : "UTF-16 text (big-endian byte-order mark); convert it to UTF-8");
        return;
    }
    tac_input_kind kind = tac_input_detect(head, hn);
    if (R->o->input >= 0)
        kind = (tac_input_kind)R->o->input;
    else if (R->o->date)
        kind = hn && kind == TAC_INPUT_JSONL ? TAC_INPUT_JSONL : TAC_INPUT_PLAIN;
    if (kind == TAC_INPUT_JSONL) {
        read_jsonl(R, f, name, head, hn);
        return;
    }
    if (kind == TAC_INPUT_TABARI) {
        read_tabari(R, f, name, head, hn);
        return;
    }
    /* one document per file: the whole file */
    int too_big;
    size_t len = 0;
    char *rest = slurp(f, R->o->max_doc, &len, &too_big);
    if (!rest) {
        errf("out of memory");
        exit(EXIT_SYSTEM);
    }
    char *buf = malloc(hn + len + 1);
    if (!buf) {
        errf("out of memory");
        exit(EXIT_SYSTEM);
    }
    memcpy(buf, head, hn);
    memcpy(buf + hn, rest, len);
    free(rest);
    len += hn;
    if (too_big || len > R->o->max_doc) {
        char msg[128];
        snprintf(msg, sizeof msg, "document over %zu bytes", R->o->max_doc);
        add_doc(R, NULL, name, 0, TAC_ELIMIT, msg);
        free(buf);
        return;
    }
    tac_docbuf *db = tac_docbuf_new();
    if (!db) {
        errf("out of memory");
        exit(EXIT_SYSTEM);
    }
    const char *txt;
    size_t tl;
    tac_status st = tac_utf8_repair(db, buf, len, &txt, &tl);
    size_t ws = 0; /* a file of white space only is empty */
    while (st == TAC_OK && ws < tl && txt[ws] && strchr(" \t\r\n\f\v", txt[ws]))
        ws++;
    if (st != TAC_OK) {
        add_doc(R, NULL, name, 0, st, st == TAC_EINPUT ? "not UTF-8 text (binary file?)" : NULL);
    } else if (ws == tl || (kind == TAC_INPUT_PLAIN && !R->o->date)) {
        if (ws == tl)
            add_doc(R, NULL, name, 0, TAC_EINPUT, "empty file");
        else
            add_doc(R, NULL, name, 0, TAC_EINPUT,
                    "plain text needs --date YYYY-MM-DD (or start the file with 'date YYYY-MM-DD')");
    } else {
        tac_doc doc;
        char err[256];
        const char *base = strrchr(name, '/');
        base = base ? base + 1 : name;
        if (kind == TAC_INPUT_DATED) {
            st = tac_parse_dated(db, txt, tl, R->o->id ? R->o->id : base, &doc, err, sizeof err);
        } else {
            memset(&doc, 0, sizeof doc);
            doc.id = R->o->id ? R->o->id : base;
            doc.id_len = strlen(doc.id);
            doc.date = R->o->date;
            doc.date_len = strlen(R->o->date);
            doc.text = txt;
            doc.text_len = tl;
        }
        add_doc(R, st == TAC_OK ? &doc : NULL, name, 0, st, err);
    }
    tac_docbuf_free(db);
    free(buf);
}

typedef struct dirstack {
    dev_t dev[64];
    ino_t ino[64];
    int n;
} dirstack;

static int cmp_names(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static void read_path(run *R, const char *path, dirstack *ds)
{
    struct stat st;
    if (stat(path, &st) != 0) {
        R->skipped++;
        errf("%s: %s", path, strerror(errno));
        return;
    }
    if (S_ISDIR(st.st_mode)) {
        for (int i = 0; i < ds->n; i++) {
            if (ds->dev[i] == st.st_dev && ds->ino[i] == st.st_ino) {
                R->skipped++;
                errf("%s: directory loop (symbolic link back to a parent); skipped", path);
                return;
            }
        }
        if (ds->n == 64) {
            R->skipped++;
            errf("%s: directories nested deeper than 64; skipped", path);
            return;
        }
        DIR *dh = opendir(path);
        if (!dh) {
            R->skipped++;
            errf("%s: %s", path, strerror(errno));
            return;
        }
        char **names = NULL;
        size_t n = 0, cap = 0;
        struct dirent *de;
        while ((de = readdir(dh))) {
            if (de->d_name[0] == '.')
                continue; /* ., .., hidden files */
            if (n == cap) {
                cap = cap ? cap * 2 : 64;
                char **nn = realloc(names, cap * sizeof *nn);
                if (!nn) {
                    errf("out of memory");
                    exit(EXIT_SYSTEM);
                }
                names = nn;
            }
            size_t pl = strlen(path) + strlen(de->d_name) + 2;
            names[n] = malloc(pl);
            if (!names[n]) {
                errf("out of memory");
                exit(EXIT_SYSTEM);
            }
            snprintf(names[n++], pl, "%s/%s", path, de->d_name);
        }
        closedir(dh);
        if (n == 0) /* (and qsort must not get names == NULL) */
            errf("warning: %s: empty directory (hidden files are not read)", path);
        else
            qsort(names, n, sizeof *names, cmp_names);
        ds->dev[ds->n] = st.st_dev;
        ds->ino[ds->n] = st.st_ino;
        ds->n++;
        for (size_t i = 0; i < n; i++) {
            read_path(R, names[i], ds);
            free(names[i]);
        }
        ds->n--;
        free(names);
        return;
    }
    if (!S_ISREG(st.st_mode) && !S_ISFIFO(st.st_mode) && !S_ISCHR(st.st_mode)) {
        R->skipped++;
        errf("%s: not a regular file; skipped", path);
        return;
    }
    FILE *f = fopen(path, "rb");
    if (!f) {
        R->skipped++;
        errf("%s: %s", path, strerror(errno));
        return;
    }
    read_stream(R, f, path);
    fclose(f);
}

/* ---- verbs ---------------------------------------------------------- */

static void usage_code(FILE *f)
{
    fprintf(f,
            "usage: tacitus code [options] [FILE|DIR ...]\n"
            "\n"
            "Codes news documents into CAMEO events, one per line on standard output.\n"
            "With no FILE, or FILE '-', reads standard input. Directories are read\n"
            "recursively. The input layout is detected per file:\n"
            "  JSON Lines   {\"id\":..,\"date\":\"YYYY-MM-DD\",\"title\":..,\"text\":..}\n"
            "  dated text   ' date YYYY-MM-DD body...' with the headline as last line\n"
            "  TABARI       records: a 'YYMMDD ID' line, text lines, a blank line\n"
            "  plain text   needs --date (and --id)\n"
            "\n"
            "options:\n"
            "  --dict PATH         dictionaries (default: the shipped set): a folder of\n"
            "                      *.dict files, or a TABARI .project file or folder\n"
            "  --dict-format F     native, tabari or auto (default: tabari for a .project\n"
            "                      file or a folder holding *.verbs)\n"
            "  --gazetteer DIR     also read place names from a GeoNames download (DIR\n"
            "                      holds citiesN.txt and countryInfo.txt; default\n"
            "                      $TACITUS_GAZETTEER; '' for none)\n"
            "  --input L           input layout: auto (default), jsonl, dated, plain, tabari\n"
            "  --format F          output: json (JSON Lines, default), tsv, or tabari\n"
            "                      (TABARI's event file: YYMMDD source target code label id)\n"
            "  --explain           add spans, the pattern and the sentence to each event\n"
            "  --date YYYY-MM-DD   date of plain-text input and of JSON Lines\n"
            "                      records with none\n"
            "  --id ID             document id of plain-text input\n"
            "  -j, --jobs N        code on N threads (output order is kept)\n"
            "  --no-headline       do not code the headline\n"
            "  --no-coref          do not resolve pronouns and short names\n"
            "  --max-doc-bytes N   skip larger documents (default 8388608)\n"
            "  --max-sentence-tokens N  cut longer sentences (default 400, at most 1000)\n"
            "  --max-doc-events N  skip documents giving more events (default 100000)\n"
            "  -q, --quiet         no progress line\n"
            "  --stats             print counts (with filters: events_kept, events_dropped),\n"
            "                      time and peak memory to stderr at the end\n"
            "  -h, --help          this help\n"
            "\n");
    filter_help(f, "filters (an event is written only if it passes every one given):\n");
    fprintf(f, "\n"
               "exit status: 0 ok; 1 some input skipped (see messages); 2 usage;\n"
               "3 dictionary error; 4 output or system error.\n");
}

/* s is YYYY-MM-DD naming a real day of the years 0001-9999. */
static int real_day(const char *s)
{
    static const int mdays[12] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (strlen(s) != 10 || s[4] != '-' || s[7] != '-')
        return 0;
    for (int k = 0; k < 10; k++)
        if (k != 4 && k != 7 && (s[k] < '0' || s[k] > '9'))
            return 0;
    int y = atoi(s), m = atoi(s + 5), d = atoi(s + 8);
    int leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    return y >= 1 && m >= 1 && m <= 12 && d >= 1 &&
           d <= (m == 2 && !leap ? 28 : mdays[m - 1]);
}

static int parse_size(const char *s, size_t *out)
{
    char *end;
    errno = 0;
    unsigned long long v = strtoull(s, &end, 10);
    if (errno || *end || end == s || v == 0 || s[0] == '-')
        return -1;
    *out = (size_t)v;
    return 0;
}

static void usage_ingest(FILE *f)
{
    fprintf(f,
            "usage: tacitus ingest [options] DB [FILE|DIR ...]\n"
            "\n"
            "Codes news documents and stores documents, the sentences that gave events,\n"
            "every mention and the deduplicated events in DB: an SQLite file (created on\n"
            "first use) or a postgresql:// URI. Input is read as by 'tacitus code'.\n"
            "A document already in DB (same id) has its events replaced, so re-running\n"
            "an ingest, or one that was killed, completes it without duplicates.\n"
            "\n"
            "options: those of 'tacitus code' except --format and --explain:\n"
            "  --dict PATH, --dict-format F, --gazetteer DIR, --input L, --date YYYY-MM-DD,\n"
            "  --id ID, -j N,\n"
            "  --no-headline, --no-coref,\n"
            "  --max-doc-bytes N, --max-sentence-tokens N, --stats, -h/--help\n"
            "  -q, --quiet         no progress line (it is shown only on a terminal)\n"
            "\n");
    filter_help(f, "filters (an event is written only if it passes every one given):\n");
    fprintf(f, "Only the events kept are stored: 'tacitus query' cannot find those left out.\n"
               "\n"
               "exit status: 0 ok; 1 some input skipped; 2 usage; 3 dictionary error;\n"
               "4 store, output or system error.\n");
}

/* code and ingest: the same pipeline; ingest sends events to a store. */
static int cmd_code_or_ingest(int argc, char **argv, int ingest)
{
    opts o;
    memset(&o, 0, sizeof o);
    o.jobs = 1;
    o.input = -1;
    o.max_doc = 8u * 1024 * 1024;
    char dbuf[PATH_MAX + 64];
    const char *db_where = NULL;
    int i;
    for (i = 1; i < argc; i++) {
        if (ingest && !db_where && argv[i][0] != '-') {
            db_where = argv[i];
            continue;
        }
        const char *a = argv[i];
        if (a[0] != '-' || strcmp(a, "-") == 0)
            break;
        if (strcmp(a, "--") == 0) {
            i++;
            break;
        }
        const char *val = NULL;
#define NEEDVAL()                                                  \
    do {                                                           \
        if (i + 1 >= argc) {                                       \
            errf("option %s needs a value", a);                    \
            return EXIT_USAGE;                                     \
        }                                                          \
        val = argv[++i];                                           \
    } while (0)
        if (!strcmp(a, "-h") || !strcmp(a, "--help")) {
            if (ingest)
                usage_ingest(stdout);
            else
                usage_code(stdout);
            return finish_out();
        } else if (!strcmp(a, "--dict")) {
            NEEDVAL();
            o.dict_dir = val;
        } else if (!strcmp(a, "--dict-format")) {
            NEEDVAL();
            if (parse_dict_format(val, &o.dict_fmt) < 0)
                return EXIT_USAGE;
        } else if (!strcmp(a, "--gazetteer")) {
            NEEDVAL();
            o.gazetteer = val;
        } else if (!strcmp(a, "--input")) {
            NEEDVAL();
            if (!strcmp(val, "auto"))
                o.input = -1;
            else if (!strcmp(val, "jsonl") || !strcmp(val, "json"))
                o.input = TAC_INPUT_JSONL;
            else if (!strcmp(val, "dated"))
                o.input = TAC_INPUT_DATED;
            else if (!strcmp(val, "plain") || !strcmp(val, "text"))
                o.input = TAC_INPUT_PLAIN;
            else if (!strcmp(val, "tabari"))
                o.input = TAC_INPUT_TABARI;
            else {
                errf("unknown input layout '%s' (auto, jsonl, dated, plain or tabari)", val);
                return EXIT_USAGE;
            }
        } else if (!strcmp(a, "--format")) {
            NEEDVAL();
            if (!strcmp(val, "json") || !strcmp(val, "jsonl"))
                o.fmt = TAC_FORMAT_JSON;
            else if (!strcmp(val, "tsv"))
                o.fmt = TAC_FORMAT_TSV;
            else if (!strcmp(val, "tabari") && !ingest)
                o.fmt = TAC_FORMAT_TABARI;
            else {
                errf("unknown format '%s' (json, tsv or tabari)", val);
                return EXIT_USAGE;
            }
        } else if (!strcmp(a, "--explain")) {
            o.flags |= TAC_EMIT_EXPLAIN;
        } else if (!strcmp(a, "--date")) {
            NEEDVAL();
            if (!real_day(val)) {
                errf("--date wants a real day as YYYY-MM-DD, not '%s'", val);
                return EXIT_USAGE;
            }
            o.date = val;
        } else if (!strcmp(a, "--id")) {
            NEEDVAL();
            o.id = val;
        } else if (!strcmp(a, "-j") || !strcmp(a, "--jobs")) {
            NEEDVAL();
            size_t j;
            if (parse_size(val, &j) < 0 || j > 256) {
                errf("-j wants a number from 1 to 256");
                return EXIT_USAGE;
            }
            o.jobs = (int)j;
        } else if (!strcmp(a, "--no-headline")) {
            o.copt.no_headline = 1;
        } else if (!strcmp(a, "--no-coref")) {
            o.copt.no_coref = 1;
        } else if (!strcmp(a, "--max-doc-bytes")) {
            NEEDVAL();
            if (parse_size(val, &o.max_doc) < 0 || o.max_doc > TAC_MAX_DOC_BYTES_CAP) {
                errf("--max-doc-bytes wants a number from 1 to %zu", TAC_MAX_DOC_BYTES_CAP);
                return EXIT_USAGE;
            }
        } else if (!strcmp(a, "--max-sentence-tokens")) {
            NEEDVAL();
            if (parse_size(val, &o.copt.max_sentence_tokens) < 0 ||
                o.copt.max_sentence_tokens > TAC_MAX_SENTENCE_TOKENS_CAP) {
                errf("--max-sentence-tokens wants a number from 1 to %d",
                     TAC_MAX_SENTENCE_TOKENS_CAP);
                return EXIT_USAGE;
            }
        } else if (!strcmp(a, "--max-doc-events")) {
            NEEDVAL();
            if (parse_size(val, &o.copt.max_doc_events) < 0) {
                errf("--max-doc-events wants a positive number");
                return EXIT_USAGE;
            }
        } else if (!strcmp(a, "-q") || !strcmp(a, "--quiet")) {
            o.quiet = 1;
        } else if (!strcmp(a, "--stats")) {
            o.stats = 1;
        } else if (filter_flag(a)) {
            if (filter_flag(a) == 2)
                NEEDVAL();
            if (filter_set(&o.filter, a, val) < 0)
                return EXIT_USAGE;
        } else {
            errf("unknown option '%s' (see 'tacitus code --help')", a);
            return EXIT_USAGE;
        }
    }
    o.copt.max_doc_bytes = o.max_doc;
    if (ingest && !db_where) {
        errf("usage: tacitus ingest [options] DB [FILE|DIR ...]");
        return EXIT_USAGE;
    }
    if (!o.dict_dir)
        o.dict_dir = default_dict(dbuf, sizeof dbuf);
    struct timespec tl;
    clock_gettime(CLOCK_MONOTONIC, &tl);
    const char *gazetteer = default_gazetteer(o.gazetteer);
    tac_dict *dict = load_dict(o.dict_dir, o.dict_fmt, gazetteer, 0);
    if (!dict)
        return EXIT_DICT;
    if (o.jobs > 1 && tac_dict_in_order(dict)) {
        /* FORWARD: a record's context is the record before it */
        if (!o.quiet)
            fprintf(stderr, "tacitus: the TABARI options turn FORWARD on: records are coded in "
                            "order on one thread\n");
        o.jobs = 1;
    }
    if (ingest) {
        char err[600];
        if (tac_store_open(db_where, 0, &o.store, err, sizeof err) != TAC_OK) {
            errf("%s", err);
            tac_dict_free(dict);
            return EXIT_SYSTEM;
        }
    }
    double load_ms = now_s(&tl) * 1000.0;

    run R;
    memset(&R, 0, sizeof R);
    R.o = &o;
    /* batches of 2,048 documents or 8 MB keep a pool busy; ingest hands
     * over smaller ones so the store is not left with a large last batch
     * to write after the coders have finished */
    R.nq = ingest ? MAX_INFLIGHT : 2;
    R.batch_docs = ingest ? 256 : 2048;
    R.batch_bytes = ingest ? (1u << 20) : (8u << 20);
    R.progress = !o.quiet && isatty(STDERR_FILENO);
    for (int k = i; k < argc; k++) { /* the input size, for an ETA */
        struct stat sb;
        if (stat(argv[k], &sb) == 0 && S_ISREG(sb.st_mode))
            R.total_bytes += (size_t)sb.st_size;
    }
    clock_gettime(CLOCK_MONOTONIC, &R.t0);
    R.last = R.t0;
    pool P;
    memset(&P, 0, sizeof P);
    int rc = 0;
    /* ingest writes to the store on this thread while a pool codes, even
     * with -j 1: the writing overlaps the coding on another core */
    if (o.jobs > 1 || ingest) {
        P.dict = dict;
        P.o = &o;
        P.n = o.jobs;
        P.threads = calloc((size_t)o.jobs, sizeof *P.threads);
        P.coders = calloc((size_t)o.jobs, sizeof *P.coders);
        P.dbs = calloc((size_t)o.jobs, sizeof *P.dbs);
        if (!P.threads || !P.coders || !P.dbs) {
            errf("out of memory");
            return EXIT_SYSTEM;
        }
        pthread_mutex_init(&P.mu, NULL);
        pthread_cond_init(&P.work, NULL);
        pthread_cond_init(&P.done, NULL);
        for (int k = 0; k < o.jobs; k++) {
            P.dbs[k] = tac_docbuf_new();
            if (!P.dbs[k] || tac_coder_new(dict, &o.copt, &P.coders[k]) != TAC_OK) {
                errf("out of memory");
                return EXIT_SYSTEM;
            }
            worker_args[k].p = &P;
            worker_args[k].idx = k;
            if (pthread_create(&P.threads[k], NULL, worker, &worker_args[k]) != 0) {
                errf("cannot start thread: %s", strerror(errno));
                return EXIT_SYSTEM;
            }
        }
        R.p = &P;
    } else if (!(R.db = tac_docbuf_new()) || tac_coder_new(dict, &o.copt, &R.coder) != TAC_OK) {
        errf("out of memory");
        return EXIT_SYSTEM;
    }
    if (o.fmt == TAC_FORMAT_TSV) {
        tac_buf hb = {0};
        tac_event_write_tsv_header(&hb, o.flags);
        write_out(hb.data, hb.len);
        tac_buf_free(&hb);
    }
    dirstack ds;
    ds.n = 0;
    if (i >= argc) {
        read_stream(&R, stdin, "<stdin>");
    } else {
        for (; i < argc; i++) {
            if (strcmp(argv[i], "-") == 0)
                read_stream(&R, stdin, "<stdin>");
            else
                read_path(&R, argv[i], &ds);
        }
    }
    drain(&R);
    progress(&R, 1);
    if (o.stats) {
        double el = now_s(&R.t0);
        struct rusage ru;
        getrusage(RUSAGE_SELF, &ru);
        fprintf(stderr,
                "{\"documents\":%zu,\"sentences\":%zu,\"events\":%zu,\"skipped\":%zu,"
                "\"bytes\":%zu,\"seconds\":%.3f,\"load_ms\":%.1f,\"max_rss_kb\":%ld,\"jobs\":%d,"
                "\"match_budget_hits\":%zu,\"sentence_event_caps\":%zu",
                R.docs, R.sentences, R.events, R.skipped, R.bytes, el, load_ms,
                (long)ru.ru_maxrss, o.jobs, R.hits.match_budget, R.hits.sentence_events);
        if (o.filter.on) /* "events" counts those written: the kept ones */
            fprintf(stderr, ",\"events_kept\":%zu,\"events_dropped\":%zu", R.events, R.dropped);
        double idle = 0.0;
        if (R.p) {
            pthread_mutex_lock(&P.mu);
            idle = P.idle_s;
            pthread_mutex_unlock(&P.mu);
        }
        if (o.store)
            fprintf(stderr,
                    ",\"store_seconds\":%.3f,\"store_cpu_seconds\":%.3f,"
                    "\"store_waited_seconds\":%.3f,\"coders_idle_seconds\":%.3f",
                    R.store_s, R.store_cpu, R.wait_s, idle);
        if (gazetteer) {
            tac_dict_stats gs;
            tac_dict_get_stats(dict, &gs);
            fprintf(stderr, ",\"gazetteer_places\":%zu,\"gazetteer_skipped\":%zu",
                    gs.gaz_places, gs.gaz_skipped);
        }
        fputs("}\n", stderr);
    }
    if (R.p) {
        pthread_mutex_lock(&P.mu);
        P.stop = 1;
        pthread_cond_broadcast(&P.work);
        pthread_mutex_unlock(&P.mu);
        for (int k = 0; k < P.n; k++) {
            pthread_join(P.threads[k], NULL);
            tac_coder_free(P.coders[k]);
            tac_docbuf_free(P.dbs[k]);
        }
        free(P.threads);
        free(P.coders);
        free(P.dbs);
        pthread_mutex_destroy(&P.mu);
        pthread_cond_destroy(&P.work);
        pthread_cond_destroy(&P.done);
    }
    tac_coder_free(R.coder);
    tac_docbuf_free(R.db);
    for (size_t k = 0; k < MAX_INFLIGHT; k++)
        batch_free(&R.b[k]);
    tac_dict_free(dict);
    free(R.ev);
    tac_store_close(o.store);
    rc = finish_out();
    if (rc)
        return rc;
    if (R.skipped) {
        errf("%zu document(s) or file(s) skipped", R.skipped);
        return EXIT_SKIPPED;
    }
    return 0;
}

static int cmd_dict(int argc, char **argv)
{
    int help_at = argc >= 3 && !strcmp(argv[1], "check") ? 2 : 1;
    if (argc > help_at && (!strcmp(argv[help_at], "-h") || !strcmp(argv[help_at], "--help"))) {
        printf("usage: tacitus dict check [--dict-format native|tabari] [--gazetteer DIR]\n"
               "                          [DIR|PROJECT]\n\n"
               "Loads a dictionary set and reports every bad line as file:line: reason,\n"
               "then what the set holds. A .project file or a folder holding *.verbs\n"
               "is read as a TABARI set (docs/tabari.md). --gazetteer DIR also reads a\n"
               "GeoNames download (default $TACITUS_GAZETTEER) and counts the place\n"
               "names it added and left out. Exit status 0 if no line was\n"
               "rejected, 1 if some were, 2 usage, 3 if the set cannot be used at all.\n");
        return finish_out();
    }
    if (argc < 2 || strcmp(argv[1], "check") != 0) {
        errf("usage: tacitus dict check [--dict-format native|tabari] [DIR|PROJECT]");
        return EXIT_USAGE;
    }
    int fmt = DICT_AUTO, k = 2;
    const char *gaz_opt = NULL;
    for (;;) {
        if (argc >= k + 2 && !strcmp(argv[k], "--dict-format")) {
            if (parse_dict_format(argv[k + 1], &fmt) < 0)
                return EXIT_USAGE;
            k += 2;
        } else if (argc >= k + 2 && !strcmp(argv[k], "--gazetteer")) {
            gaz_opt = argv[k + 1];
            k += 2;
        } else if (argc > k && argv[k][0] == '-' && argv[k][1] != '\0') {
            errf("dict check: unknown option '%s' (see 'tacitus dict check --help')", argv[k]);
            return EXIT_USAGE;
        } else {
            break;
        }
    }
    const char *gazetteer = default_gazetteer(gaz_opt);
    char dbuf[PATH_MAX + 64];
    const char *dir = argc > k ? argv[k] : default_dict(dbuf, sizeof dbuf);
    diag_state ds = {0, 0};
    tac_dict *d = NULL;
    struct timespec t0;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    tac_status st = load_any(dir, fmt, gazetteer, &ds, &d);
    double ms = now_s(&t0) * 1000.0;
    if (st != TAC_OK) {
        errf("%s: %s", dir, tac_status_str(st));
        return EXIT_DICT;
    }
    tac_dict_stats s;
    tac_dict_get_stats(d, &s);
    printf("%s: %zu files, loaded in %.1f ms\n", dir, s.files, ms);
    printf("  cameo codes      %zu\n", s.cameo);
    printf("  event patterns   %zu (roots with patterns: %zu of 20)\n", s.patterns, s.roots);
    printf("  country phrases  %zu\n", s.countries);
    printf("  place phrases    %zu\n", s.places);
    printf("  agent phrases    %zu\n", s.agents);
    printf("  actor phrases    %zu\n", s.actors);
    printf("  person entries   %zu\n", s.people);
    printf("  marker phrases   %zu\n", s.markers);
    if (gazetteer) {
        printf("  gazetteer places %zu added, %zu left out (%zu known phrases or people,\n"
               "                   %zu common words, %zu ambiguous, %zu other)\n",
               s.gaz_places, s.gaz_skipped, s.gaz_known, s.gaz_common, s.gaz_ambiguous,
               s.gaz_other);
    }
    printf("  rejected lines   %zu\n", s.errors);
    tac_dict_free(d);
    int rc = finish_out();
    if (rc)
        return rc;
    if (s.roots < 20) {
        errf("only %zu of the 20 CAMEO roots have patterns", s.roots);
        return EXIT_SKIPPED;
    }
    return s.errors ? EXIT_SKIPPED : 0;
}

/* put_actor -- one JSON line for a resolved actor, or "null" for none */
static void put_actor(const tac_actor *a)
{
    if (!a) {
        write_out("null\n", sizeof "null\n" - 1);
        return;
    }
    write_out("{\"code\":", sizeof "{\"code\":" - 1);
    put_json_strn(a->code, strlen(a->code));
    write_out(",\"country\":", sizeof ",\"country\":" - 1);
    if (a->country)
        put_json_strn(a->country, strlen(a->country));
    else
        write_out("null", sizeof "null" - 1);
    write_out(",\"agents\":[", sizeof ",\"agents\":[" - 1);
    for (int k = 0; k < a->n_agents; k++) {
        if (k)
            write_out(",", sizeof "," - 1);
        put_json_strn(a->agents[k], strlen(a->agents[k]));
    }
    write_out("],\"text\":", sizeof "],\"text\":" - 1);
    put_json_strn(a->text, a->text_len);
    write_out("}\n", sizeof "}\n" - 1);
}

/* actor_lines -- resolve each line of standard input as a phrase (tacitus actor --lines), so a
 * test of thousands of phrases loads the dictionaries once. Returns 0 or EXIT_SYSTEM. */
static int actor_lines(tac_coder *c, const char *context, const char *date)
{
    char *line = NULL;
    size_t cap = 0;
    ssize_t n;
    size_t clen = context ? strlen(context) : 0;
    while ((n = getline(&line, &cap, stdin)) >= 0) {
        while (n > 0 && (line[n - 1] == '\n' || line[n - 1] == '\r'))
            line[--n] = '\0';
        tac_actor a;
        int found = n > 0 && tac_coder_actor_in(c, line, (size_t)n, context, clen, date, &a);
        put_actor(found ? &a : NULL);
    }
    int err = ferror(stdin);
    free(line);
    if (err) {
        errf("actor: reading standard input failed");
        return EXIT_SYSTEM;
    }
    return 0;
}

static int cmd_actor(int argc, char **argv)
{
    const char *date = NULL, *dir = NULL, *context = NULL, *gaz_opt = NULL;
    char dbuf[PATH_MAX + 64];
    int fmt = DICT_AUTO, words_only = 0, lines = 0;
    /* options may come before or after the words (as git's); "--" ends
     * them, for a phrase that starts with '-' */
    size_t tl = 1;
    for (int k = 1; k < argc; k++)
        tl += strlen(argv[k]) + 1;
    char *text = malloc(tl);
    if (!text)
        return EXIT_SYSTEM;
    text[0] = '\0';
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (words_only || a[0] != '-') {
            if (text[0])
                strcat(text, " ");
            strcat(text, a);
        } else if (!strcmp(a, "--")) {
            words_only = 1;
        } else if (!strcmp(a, "-h") || !strcmp(a, "--help")) {
            free(text);
            printf("usage: tacitus actor [--date YYYY-MM-DD] [--context TEXT] [--dict DIR] [--dict-format F]\n"
                   "                     [--gazetteer DIR] TEXT...\n"
                   "       tacitus actor --lines [options] < PHRASES\n\n"
                   "Prints the actor code, country and agents that TEXT names, as one JSON\n"
                   "object, or null. --context gives the words around it or what the story is\n"
                   "about (\"Saudi\"): a phrase with no country of its own takes the one the\n"
                   "context names. Exit status 0 if an actor was found, 1 if not.\n"
                   "--lines reads one phrase a line from standard input and prints one line\n"
                   "for each (null for none); exit status 0 unless input or output failed.\n");
            return finish_out();
        } else if (!strcmp(a, "--date") && i + 1 < argc) {
            date = argv[++i];
            if (!real_day(date)) {
                errf("--date: '%s' is not a date (YYYY-MM-DD)", date);
                free(text);
                return EXIT_USAGE;
            }
        } else if (!strcmp(a, "--context") && i + 1 < argc) {
            context = argv[++i];
        } else if (!strcmp(a, "--lines")) {
            lines = 1;
        } else if (!strcmp(a, "--dict") && i + 1 < argc) {
            dir = argv[++i];
        } else if (!strcmp(a, "--gazetteer") && i + 1 < argc) {
            gaz_opt = argv[++i];
        } else if (!strcmp(a, "--dict-format") && i + 1 < argc) {
            if (parse_dict_format(argv[++i], &fmt) < 0) {
                free(text);
                return EXIT_USAGE;
            }
        } else {
            errf("actor: unknown option '%s' (try --help; '--' before a phrase that starts with '-')",
                 a);
            free(text);
            return EXIT_USAGE;
        }
    }
    if (lines && text[0]) {
        errf("actor: --lines reads the phrases from standard input, not the command line");
        free(text);
        return EXIT_USAGE;
    }
    if (!text[0] && !lines) {
        errf("usage: tacitus actor [--date YYYY-MM-DD] [--context TEXT] TEXT");
        free(text);
        return EXIT_USAGE;
    }
    tac_dict *d = load_dict(dir ? dir : default_dict(dbuf, sizeof dbuf), fmt,
                            default_gazetteer(gaz_opt), 0);
    if (!d) {
        free(text);
        return EXIT_DICT;
    }
    tac_coder *c;
    if (tac_coder_new(d, NULL, &c) != TAC_OK) {
        free(text);
        tac_dict_free(d);
        return EXIT_SYSTEM;
    }
    if (lines) {
        int rc = actor_lines(c, context, date);
        tac_coder_free(c);
        tac_dict_free(d);
        free(text);
        int orc = finish_out();
        return rc ? rc : orc;
    }
    tac_actor a;
    int found = tac_coder_actor_in(c, text, strlen(text), context, context ? strlen(context) : 0,
                                   date, &a);
    put_actor(found ? &a : NULL);
    tac_coder_free(c);
    tac_dict_free(d);
    free(text);
    int rc = finish_out();
    return rc ? rc : found ? 0 : 1;
}

static void usage(FILE *f)
{
    fprintf(f,
            "usage: tacitus <command> [options]\n"
            "\n"
            "commands:\n"
            "  code [FILE|DIR ...]    code news documents into CAMEO events\n"
            "  ingest DB [FILE ...]   code documents into an event store\n"
            "  query DB [filters]     list stored events or mentions\n"
            "  series DB [filters]    event counts per day, week, month or year (--svg)\n"
            "  top DB [filters]       most active actors, dyads and event codes\n"
            "  eval [SUITE ...]       accuracy against the gold sets in ../shared\n"
            "  dict check [DIR]       validate a dictionary set\n"
            "  actor TEXT             resolve an actor phrase to its code\n"
            "  version                print the version\n"
            "  help                   this help\n"
            "\n"
            "'tacitus <command> --help' describes each command.\n");
}

#ifdef __GLIBC__
/* Asks for the heap's first 64 MB, where the dictionary is built, to be
 * backed by transparent huge pages (where the system grants them on
 * request). Building the dictionary then takes a few dozen page faults
 * instead of thousands; on a virtual machine that halves its load time.
 * Pages never touched still cost nothing. */
static void heap_on_huge_pages(void)
{
#ifdef MADV_HUGEPAGE
    const uintptr_t huge = (uintptr_t)2 << 20;
    /* A block just under the size the C library maps on its own: the
     * heap grows for it, by the 64 MB pad as well. */
    char *first = malloc(120 << 10);
    if (!first)
        return;
    uintptr_t lo = ((uintptr_t)first + huge - 1) & ~(huge - 1);
    uintptr_t hi = (uintptr_t)sbrk(0) & ~(huge - 1);
    /* only when the block is on the heap, just below its top (not under
     * an allocator of its own, as a sanitizer's) */
    if (hi > lo && hi - lo <= ((uintptr_t)128 << 20))
        (void)madvise((void *)lo, hi - lo, MADV_HUGEPAGE);
    free(first);
#endif
}
#endif

int main(int argc, char **argv)
{
    signal(SIGPIPE, SIG_IGN); /* a closed pipe is a write error we report */
#ifdef __GLIBC__
    /* The dictionary load grows many tables; by default the C library
     * hands the top of the heap back to the system whenever it shrinks, and
     * the next growth faults the same pages in again. Keeping 64 MB of
     * address space at the top (untouched pages cost no memory) halves the
     * load's page faults, about a fifth of its time. */
    mallopt(M_TOP_PAD, 64 << 20);
    heap_on_huge_pages();
#endif
    /* large output blocks: fewer write calls on the reading thread */
    static char outbuf[1 << 20];
    if (!isatty(STDOUT_FILENO))
        setvbuf(stdout, outbuf, _IOFBF, sizeof outbuf);
    if (argc < 2) {
        usage(stderr);
        return EXIT_USAGE;
    }
    const char *cmd = argv[1];
    if (!strcmp(cmd, "code"))
        return cmd_code_or_ingest(argc - 1, argv + 1, 0);
    if (!strcmp(cmd, "ingest"))
        return cmd_code_or_ingest(argc - 1, argv + 1, 1);
    if (!strcmp(cmd, "query"))
        return cmd_query(argc - 1, argv + 1);
    if (!strcmp(cmd, "series"))
        return cmd_series(argc - 1, argv + 1);
    if (!strcmp(cmd, "top"))
        return cmd_top(argc - 1, argv + 1);
    if (!strcmp(cmd, "eval"))
        return cmd_eval(argc - 1, argv + 1);
    if (!strcmp(cmd, "dict"))
        return cmd_dict(argc - 1, argv + 1);
    if (!strcmp(cmd, "actor"))
        return cmd_actor(argc - 1, argv + 1);
    if (!strcmp(cmd, "version") || !strcmp(cmd, "--version")) {
        printf("tacitus %s\n", tac_version());
        return finish_out();
    }
    if (!strcmp(cmd, "help") || !strcmp(cmd, "--help") || !strcmp(cmd, "-h")) {
        usage(stdout);
        return finish_out();
    }
    errf("unknown command '%s' (see 'tacitus help')", cmd);
    return EXIT_USAGE;
}
