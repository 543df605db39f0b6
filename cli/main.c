/* main.c -- the tacitus command-line tool.
 *
 *   tacitus code [options] [FILE|DIR ...]   code documents into events
 *   tacitus dict check [DIR]                validate a dictionary set
 *   tacitus actor [--date D] TEXT           resolve an actor phrase
 *   tacitus version | help
 *
 * Uses only the public API (tacitus.h). Exit status: 0 success; 1 some
 * input was skipped (each with a message); 2 usage error; 3 dictionary
 * error; 4 output or system error. See docs/cli.md and tacitus(1). */
#define _POSIX_C_SOURCE 200809L
#include <dirent.h>
#include <errno.h>
#include <limits.h>
#include <pthread.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "tacitus.h"

enum { EXIT_SKIPPED = 1, EXIT_USAGE = 2, EXIT_DICT = 3, EXIT_SYSTEM = 4 };

static const char *prog = "tacitus";

static void errf(const char *fmt, ...)
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
static const char *default_dict(char *buf, size_t cap)
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

static tac_dict *load_dict(const char *dir, int strict)
{
    diag_state ds = {0, !strict};
    tac_dict *d = NULL;
    tac_status st = tac_dict_load(dir, dict_diag, &ds, &d);
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

static void write_out(const char *s, size_t n)
{
    if (out_failed || n == 0)
        return;
    if (fwrite(s, 1, n, stdout) != n) {
        out_failed = errno ? errno : EIO;
    }
}

static int finish_out(void)
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
    char *mem;         /* owned copy of the strings, or of the raw line */
    size_t raw_len;    /* > 0: mem holds a JSON line the worker parses */
    const char *file;  /* for messages (static or owned by the batch) */
    size_t line;
    tac_buf out;
    tac_status st;
    char err[600];
    size_t events, sentences;
} rec;

typedef struct batch {
    rec *v;
    size_t n, cap;
    size_t bytes;
    char **files;      /* file names owned by the batch */
    size_t n_files, cap_files;
} batch;

static void batch_clear(batch *b)
{
    for (size_t i = 0; i < b->n; i++) {
        free(b->v[i].mem);
        b->v[i].mem = NULL;
        b->v[i].out.len = 0;
        b->v[i].out.failed = 0;
    }
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
        memset(v + b->cap, 0, (nc - b->cap) * sizeof *v);
        b->v = v;
        b->cap = nc;
    }
    rec *r = &b->v[b->n];
    tac_buf keep = r->out;
    memset(r, 0, sizeof *r);
    r->out = keep;
    r->out.len = 0;
    r->file = batch_file(b, file);
    r->line = line;
    r->st = st;
    if (st != TAC_OK) {
        snprintf(r->err, sizeof r->err, "%s", err ? err : tac_status_str(st));
        b->n++;
        return 0;
    }
    if (!doc)
        return (b->n++, 0);
    size_t total = doc->id_len + doc->date_len + doc->title_len + doc->text_len +
                   doc->source_len + doc->url_len + 6;
    r->mem = malloc(total);
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
    r->mem = malloc(len + 1);
    if (!r->mem)
        return -1;
    memcpy(r->mem, line, len);
    r->mem[len] = '\0';
    r->raw_len = len;
    b->bytes += len;
    return 0;
}

/* ---- coding options and workers ------------------------------------- */

typedef struct opts {
    const char *dict_dir;
    tac_format fmt;
    int flags;
    int jobs;
    const char *date, *id;
    int quiet;
    int stats;
    tac_options copt;
    size_t max_doc;
} opts;

typedef struct pool {
    const tac_dict *dict;
    const opts *o;
    int n;
    pthread_t *threads;
    tac_coder **coders;
    tac_docbuf **dbs;
    pthread_mutex_t mu;
    pthread_cond_t work, done;
    batch *cur;
    size_t next;       /* next record to take */
    int active;        /* workers still busy on cur */
    unsigned gen;      /* batch generation */
    int stop;
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
        r->st = tac_parse_jsonl(db, txt, tl, &r->doc, r->err, sizeof r->err);
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
    r->events = n;
    r->sentences = tac_coder_sentences(coder);
    for (size_t i = 0; i < n; i++)
        tac_event_write(&r->out, tac_coder_event(coder, i), o->fmt, o->flags);
    if (r->out.failed) {
        r->st = TAC_ENOMEM;
        snprintf(r->err, sizeof r->err, "out of memory writing events");
    }
}

typedef struct worker_arg {
    pool *p;
    int idx;
} worker_arg;

static worker_arg worker_args[256];

static void *worker(void *arg)
{
    worker_arg *wa = arg;
    pool *p = wa->p;
    unsigned seen = 0;
    pthread_mutex_lock(&p->mu);
    for (;;) {
        while (!p->stop && p->gen == seen)
            pthread_cond_wait(&p->work, &p->mu);
        if (p->stop)
            break;
        seen = p->gen;
        batch *b = p->cur;
        for (;;) {
            size_t i = p->next++;
            if (i >= b->n)
                break;
            pthread_mutex_unlock(&p->mu);
            code_rec(p->coders[wa->idx], p->dbs[wa->idx], p->o, &b->v[i]);
            pthread_mutex_lock(&p->mu);
        }
        if (--p->active == 0)
            pthread_cond_signal(&p->done);
    }
    pthread_mutex_unlock(&p->mu);
    return NULL;
}

static void pool_start(pool *p, batch *b)
{
    pthread_mutex_lock(&p->mu);
    p->cur = b;
    p->next = 0;
    p->active = p->n;
    p->gen++;
    pthread_cond_broadcast(&p->work);
    pthread_mutex_unlock(&p->mu);
}

static void pool_wait(pool *p)
{
    pthread_mutex_lock(&p->mu);
    while (p->active > 0)
        pthread_cond_wait(&p->done, &p->mu);
    pthread_mutex_unlock(&p->mu);
}

/* ---- run state ------------------------------------------------------ */

typedef struct run {
    const opts *o;
    pool *p;            /* NULL: code in this thread */
    tac_coder *coder;   /* for -j 1 */
    tac_docbuf *db;
    batch b[2];
    int cur;            /* batch being filled */
    int pending;        /* the other batch is being coded */
    size_t docs, events, skipped, sentences, bytes;
    struct timespec t0, last;
    int progress;
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
    fprintf(stderr, "\r%zu documents, %zu events, %zu skipped, %.0f docs/s   ", R->docs,
            R->events, R->skipped, el > 0 ? (double)R->docs / el : 0.0);
    if (final)
        fputc('\n', stderr);
}

static void flush_batch(run *R, batch *b)
{
    for (size_t i = 0; i < b->n; i++) {
        rec *r = &b->v[i];
        if (r->st != TAC_OK) {
            R->skipped++;
            if (r->line)
                fprintf(stderr, "%s:%zu: %s; document skipped\n", r->file, r->line, r->err);
            else
                fprintf(stderr, "%s: %s; document skipped\n", r->file, r->err);
            continue;
        }
        R->docs++;
        R->events += r->events;
        R->sentences += r->sentences;
        R->bytes += r->doc.text_len + r->doc.title_len;
        write_out(r->out.data, r->out.len);
    }
    batch_clear(b);
    progress(R, 0);
}

/* Codes the filled batch: in a pool, overlapped with reading the next. */
static void submit(run *R)
{
    batch *b = &R->b[R->cur];
    if (!R->p) {
        for (size_t i = 0; i < b->n; i++)
            code_rec(R->coder, R->db, R->o, &b->v[i]);
        flush_batch(R, b);
        return;
    }
    /* wait for the batch being coded, hand the workers this one, and only
     * then write the finished one: writing overlaps with coding */
    int had = R->pending;
    if (had)
        pool_wait(R->p);
    pool_start(R->p, b);
    if (had)
        flush_batch(R, &R->b[!R->cur]);
    R->pending = 1;
    R->cur = !R->cur;
}

static void drain(run *R)
{
    if (R->b[R->cur].n)
        submit(R);
    if (R->p && R->pending) {
        pool_wait(R->p);
        flush_batch(R, &R->b[!R->cur]);
        R->pending = 0;
    }
}

static void add_doc(run *R, const tac_doc *doc, const char *file, size_t line,
                    tac_status st, const char *err)
{
    batch *b = &R->b[R->cur];
    if (batch_add(b, doc, file, line, st, err) < 0) {
        errf("out of memory");
        exit(EXIT_SYSTEM);
    }
    if (b->n >= 2048 || b->bytes >= (8u << 20))
        submit(R);
}

static void add_raw(run *R, const char *line, size_t len, const char *file, size_t lineno)
{
    batch *b = &R->b[R->cur];
    if (batch_add_raw(b, line, len, file, lineno) < 0) {
        errf("out of memory");
        exit(EXIT_SYSTEM);
    }
    if (b->n >= 2048 || b->bytes >= (8u << 20))
        submit(R);
}

/* ---- readers -------------------------------------------------------- */

/* Reads a stream line by line with bounded memory: a line longer than max
 * is skipped (with a message) without being held in memory. */
static void read_jsonl(run *R, FILE *f, const char *name, char *pre, size_t pre_len)
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
        char *nl = len > scan ? memchr(buf + scan, '\n', len - scan) : NULL;
        if (!nl && !eof) {
            /* compact once per refill, not once per line */
            if (start) {
                memmove(buf, buf + start, len - start);
                len -= start;
                scan -= start;
                start = 0;
            }
            if (len >= max) {
                /* too long: drop what we have and skip to the next newline */
                if (!skipping) {
                    lineno++;
                    char msg[128];
                    snprintf(msg, sizeof msg, "line longer than %zu bytes", R->o->max_doc);
                    add_doc(R, NULL, name, lineno, TAC_ELIMIT, msg);
                }
                skipping = 1;
                len = 0;
                scan = 0;
            }
            if (len == cap) {
                size_t nc = cap * 2;
                char *nb = realloc(buf, nc);
                if (!nb) {
                    errf("out of memory");
                    exit(EXIT_SYSTEM);
                }
                buf = nb;
                cap = nc;
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
        char *line = buf + start;
        if (skipping) {
            skipping = 0;
        } else {
            lineno++;
            size_t a = 0;
            while (a < ll && (line[a] == ' ' || line[a] == '\t' || line[a] == '\r'))
                a++;
            if (a < ll)
                add_raw(R, line, ll, name, lineno);
        }
        start += nl ? ll + 1 : ll;
        scan = start;
    }
    free(buf);
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

static void read_stream(run *R, FILE *f, const char *name)
{
    char head[4096];
    size_t hn = fread(head, 1, sizeof head, f);
    tac_input_kind kind = tac_input_detect(head, hn);
    if (R->o->date)
        kind = hn && tac_input_detect(head, hn) == TAC_INPUT_JSONL ? TAC_INPUT_JSONL : TAC_INPUT_PLAIN;
    if (kind == TAC_INPUT_JSONL) {
        read_jsonl(R, f, name, head, hn);
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
    if (st != TAC_OK) {
        add_doc(R, NULL, name, 0, st, st == TAC_EINPUT ? "not UTF-8 text (binary file?)" : NULL);
    } else if (tl == 0 || (kind == TAC_INPUT_PLAIN && !R->o->date)) {
        if (tl == 0)
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
            "  plain text   needs --date (and --id)\n"
            "\n"
            "options:\n"
            "  --dict DIR          dictionary directory (default: the shipped set)\n"
            "  --format json|tsv   output format (default json: JSON Lines)\n"
            "  --explain           add spans, the pattern and the sentence to each event\n"
            "  --date YYYY-MM-DD   date of plain-text input\n"
            "  --id ID             document id of plain-text input\n"
            "  -j, --jobs N        code on N threads (output order is kept)\n"
            "  --no-headline       do not code the headline\n"
            "  --no-coref          do not resolve pronouns and short names\n"
            "  --max-doc-bytes N   skip larger documents (default 8388608)\n"
            "  --max-sentence-tokens N  cut longer sentences (default 400)\n"
            "  -q, --quiet         no progress line\n"
            "  --stats             print counts, time and peak memory to stderr at the end\n"
            "  -h, --help          this help\n"
            "\n"
            "exit status: 0 ok; 1 some input skipped (see messages); 2 usage;\n"
            "3 dictionary error; 4 output or system error.\n");
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

static int cmd_code(int argc, char **argv)
{
    opts o;
    memset(&o, 0, sizeof o);
    o.jobs = 1;
    o.max_doc = 8u * 1024 * 1024;
    char dbuf[PATH_MAX + 64];
    int i;
    for (i = 1; i < argc; i++) {
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
            usage_code(stdout);
            return 0;
        } else if (!strcmp(a, "--dict")) {
            NEEDVAL();
            o.dict_dir = val;
        } else if (!strcmp(a, "--format")) {
            NEEDVAL();
            if (!strcmp(val, "json") || !strcmp(val, "jsonl"))
                o.fmt = TAC_FORMAT_JSON;
            else if (!strcmp(val, "tsv"))
                o.fmt = TAC_FORMAT_TSV;
            else {
                errf("unknown format '%s' (json or tsv)", val);
                return EXIT_USAGE;
            }
        } else if (!strcmp(a, "--explain")) {
            o.flags |= TAC_EMIT_EXPLAIN;
        } else if (!strcmp(a, "--date")) {
            NEEDVAL();
            if (strlen(val) != 10 || val[4] != '-' || val[7] != '-') {
                errf("--date wants YYYY-MM-DD, not '%s'", val);
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
            if (parse_size(val, &o.max_doc) < 0) {
                errf("--max-doc-bytes wants a positive number");
                return EXIT_USAGE;
            }
        } else if (!strcmp(a, "--max-sentence-tokens")) {
            NEEDVAL();
            if (parse_size(val, &o.copt.max_sentence_tokens) < 0) {
                errf("--max-sentence-tokens wants a positive number");
                return EXIT_USAGE;
            }
        } else if (!strcmp(a, "-q") || !strcmp(a, "--quiet")) {
            o.quiet = 1;
        } else if (!strcmp(a, "--stats")) {
            o.stats = 1;
        } else {
            errf("unknown option '%s' (see 'tacitus code --help')", a);
            return EXIT_USAGE;
        }
    }
    o.copt.max_doc_bytes = o.max_doc;
    if (!o.dict_dir)
        o.dict_dir = default_dict(dbuf, sizeof dbuf);
    struct timespec tl;
    clock_gettime(CLOCK_MONOTONIC, &tl);
    tac_dict *dict = load_dict(o.dict_dir, 0);
    if (!dict)
        return EXIT_DICT;
    double load_ms = now_s(&tl) * 1000.0;

    run R;
    memset(&R, 0, sizeof R);
    R.o = &o;
    R.progress = !o.quiet && isatty(STDERR_FILENO);
    clock_gettime(CLOCK_MONOTONIC, &R.t0);
    R.last = R.t0;
    pool P;
    memset(&P, 0, sizeof P);
    int rc = 0;
    if (o.jobs > 1) {
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
                "\"bytes\":%zu,\"seconds\":%.3f,\"load_ms\":%.1f,\"max_rss_kb\":%ld,\"jobs\":%d}\n",
                R.docs, R.sentences, R.events, R.skipped, R.bytes, el, load_ms,
                (long)ru.ru_maxrss, o.jobs);
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
    batch_free(&R.b[0]);
    batch_free(&R.b[1]);
    tac_dict_free(dict);
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
    if (argc >= 2 && (!strcmp(argv[1], "-h") || !strcmp(argv[1], "--help"))) {
        printf("usage: tacitus dict check [DIR]\n\n"
               "Loads a dictionary set and reports every bad line as file:line: reason,\n"
               "then what the set holds. Exit status 0 if no line was rejected, 1 if\n"
               "some were, 3 if the set cannot be used at all.\n");
        return 0;
    }
    if (argc < 2 || strcmp(argv[1], "check") != 0) {
        errf("usage: tacitus dict check [DIR]");
        return EXIT_USAGE;
    }
    char dbuf[PATH_MAX + 64];
    const char *dir = argc >= 3 ? argv[2] : default_dict(dbuf, sizeof dbuf);
    diag_state ds = {0, 0};
    tac_dict *d = NULL;
    struct timespec t0;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    tac_status st = tac_dict_load(dir, dict_diag, &ds, &d);
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
    printf("  agent phrases    %zu\n", s.agents);
    printf("  actor phrases    %zu\n", s.actors);
    printf("  person entries   %zu\n", s.people);
    printf("  marker phrases   %zu\n", s.markers);
    printf("  rejected lines   %zu\n", s.errors);
    tac_dict_free(d);
    if (s.roots < 20) {
        errf("only %zu of the 20 CAMEO roots have patterns", s.roots);
        return EXIT_SKIPPED;
    }
    return s.errors ? EXIT_SKIPPED : 0;
}

static int cmd_actor(int argc, char **argv)
{
    const char *date = NULL, *dir = NULL;
    char dbuf[PATH_MAX + 64];
    int i;
    for (i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "-h") || !strcmp(argv[i], "--help")) {
            printf("usage: tacitus actor [--date YYYY-MM-DD] [--dict DIR] TEXT...\n\n"
                   "Prints the actor code, country and agents that TEXT names, as one JSON\n"
                   "object, or null. Exit status 0 if an actor was found, 1 if not.\n");
            return 0;
        } else if (!strcmp(argv[i], "--date") && i + 1 < argc) {
            date = argv[++i];
        } else if (!strcmp(argv[i], "--dict") && i + 1 < argc) {
            dir = argv[++i];
        } else {
            break;
        }
    }
    if (i >= argc) {
        errf("usage: tacitus actor [--date YYYY-MM-DD] TEXT");
        return EXIT_USAGE;
    }
    size_t tl = 0;
    for (int k = i; k < argc; k++)
        tl += strlen(argv[k]) + 1;
    char *text = malloc(tl + 1);
    if (!text)
        return EXIT_SYSTEM;
    text[0] = '\0';
    for (int k = i; k < argc; k++) {
        if (k > i)
            strcat(text, " ");
        strcat(text, argv[k]);
    }
    tac_dict *d = load_dict(dir ? dir : default_dict(dbuf, sizeof dbuf), 0);
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
    tac_actor a;
    int found = tac_coder_actor(c, text, strlen(text), date, &a);
    if (found) {
        printf("{\"code\":\"%s\",\"country\":%s%s%s,\"agents\":[", a.code,
               a.country ? "\"" : "", a.country ? a.country : "null", a.country ? "\"" : "");
        for (int k = 0; k < a.n_agents; k++)
            printf("%s\"%s\"", k ? "," : "", a.agents[k]);
        printf("],\"text\":\"%.*s\"}\n", (int)a.text_len, a.text);
    } else {
        printf("null\n");
    }
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
            "  dict check [DIR]       validate a dictionary set\n"
            "  actor TEXT             resolve an actor phrase to its code\n"
            "  version                print the version\n"
            "  help                   this help\n"
            "\n"
            "'tacitus <command> --help' describes each command.\n");
}

int main(int argc, char **argv)
{
    signal(SIGPIPE, SIG_IGN); /* a closed pipe is a write error we report */
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
        return cmd_code(argc - 1, argv + 1);
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
