/* eval_tabari_corpus.c -- tacitus with TABARI's dictionaries beside TABARI.
 *
 * ../shared/peers/tabari/reference_outputs holds two record files that
 * TABARI 0.8.4b2 coded with run1.project (the CAMEO verbs, the 2012 actors
 * and agents with their lines holding '&' removed, run.options), and the
 * events it wrote:
 *
 *   corpus2198.tabari.txt -> corpus2198.events.tsv  (2,198 news sentences)
 *   gsr78.tabari.txt      -> gsr78.events.tsv       (the 78 PETRARCH2 sentences)
 *
 * The suite builds the same dictionary set in a temporary folder (mkdtemp,
 * removed once loaded; nothing is written into the project): the actor and
 * agent files named "clean.X" in run1.project are X (CountryInfo unzipped
 * with Debian's unzip) without the lines holding '&'. It loads the set with
 * tac_dict_load_tabari, codes every record of the split, and compares per
 * record the multiset of (source, target, code) with TABARI's:
 *   recall    = share of TABARI's events that tacitus reproduces,
 *   precision = share of tacitus's events that TABARI also wrote.
 * Main figures on corpus2198; gsr78's as figures. --misses lists each
 * record that differs. Until the TABARI loader works the suite says why it
 * could not run. See docs/tabari.md. */
#define _POSIX_C_SOURCE 200809L
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "eval.h"
#include "tabari_text.h"

#define REF "peers/tabari/reference_outputs/"
#define DICTS "peers/tabari/dictionaries/"

typedef struct tev {
    char id[64], src[32], tgt[32], code[8];
    int used;
} tev;

typedef struct tev_list {
    tev *v;
    size_t n, cap;
} tev_list;

static int tev_add(tev_list *l, const char *id, size_t id_len, const char *src,
                   const char *tgt, const char *code)
{
    if (l->n == l->cap) {
        size_t nc = l->cap ? l->cap * 2 : 256;
        tev *v = realloc(l->v, nc * sizeof *v);
        if (!v)
            return -1;
        l->v = v;
        l->cap = nc;
    }
    tev *e = &l->v[l->n++];
    memset(e, 0, sizeof *e);
    snprintf(e->id, sizeof e->id, "%.*s", (int)id_len, id);
    snprintf(e->src, sizeof e->src, "%s", src && *src ? src : "---");
    snprintf(e->tgt, sizeof e->tgt, "%s", tgt && *tgt ? tgt : "---");
    snprintf(e->code, sizeof e->code, "%s", code ? code : "");
    return 0;
}

/* ---- the dictionary set in a temporary folder --------------------------- */

/* Copies src to dst; drop_amp: without the lines holding '&'; unzip: src
 * is a zip archive, read through `unzip -p`. 0 or -1 with why. */
static int copy_file(const char *src, const char *dst, int drop_amp, int unzip, char *why,
                     size_t whylen)
{
    FILE *in = NULL;
    pid_t pid = -1;
    if (unzip) {
        int fd[2];
        if (pipe(fd) < 0) {
            snprintf(why, whylen, "pipe: %s", strerror(errno));
            return -1;
        }
        pid = fork();
        if (pid < 0) {
            snprintf(why, whylen, "fork: %s", strerror(errno));
            close(fd[0]);
            close(fd[1]);
            return -1;
        }
        if (pid == 0) {
            dup2(fd[1], 1);
            close(fd[0]);
            close(fd[1]);
            execlp("unzip", "unzip", "-p", src, (char *)NULL);
            _exit(127);
        }
        close(fd[1]);
        in = fdopen(fd[0], "rb");
    } else {
        in = fopen(src, "rb");
    }
    if (!in) {
        snprintf(why, whylen, "%s: %s", src, strerror(errno));
        return -1;
    }
    FILE *out = fopen(dst, "wb");
    int rc = 0;
    if (!out) {
        snprintf(why, whylen, "%s: %s", dst, strerror(errno));
        rc = -1;
    } else {
        char *line = NULL;
        size_t cap = 0;
        ssize_t n;
        while ((n = getline(&line, &cap, in)) > 0)
            if (!drop_amp || !memchr(line, '&', (size_t)n))
                fwrite(line, 1, (size_t)n, out);
        free(line);
        if (fclose(out) != 0) {
            snprintf(why, whylen, "%s: %s", dst, strerror(errno));
            rc = -1;
        }
    }
    fclose(in);
    if (pid > 0) {
        int status = 0;
        waitpid(pid, &status, 0);
        if (rc == 0 && (!WIFEXITED(status) || WEXITSTATUS(status) != 0)) {
            snprintf(why, whylen, "unzip failed on %s (exit %d; Debian package unzip)", src,
                     WIFEXITED(status) ? WEXITSTATUS(status) : -1);
            rc = -1;
        }
    }
    return rc;
}

static int exists(const char *p)
{
    struct stat st;
    return stat(p, &st) == 0;
}

/* Builds run1.project's set in dir. */
static int build_set(const eval_ctx *ctx, const char *dir, char *why, size_t whylen)
{
    char path[4096], src[4096], dst[8192];
    snprintf(path, sizeof path, "%s/" REF "run1.project", ctx->shared);
    FILE *f = fopen(path, "rb");
    if (!f) {
        snprintf(why, whylen, REF "run1.project: not found (the TABARI material is in ../shared)");
        return -1;
    }
    snprintf(dst, sizeof dst, "%s/run1.project", dir);
    if (copy_file(path, dst, 0, 0, why, whylen) < 0) {
        fclose(f);
        return -1;
    }
    char line[1024];
    int rc = 0;
    while (rc == 0 && fgets(line, sizeof line, f)) {
        static const char *tags[] = {"<actorsfile>", "<agentsfile>", "<verbsfile>",
                                     "<optionsfile>"};
        const char *name = NULL;
        for (size_t t = 0; t < sizeof tags / sizeof *tags && !name; t++)
            if (!strncmp(line, tags[t], strlen(tags[t])))
                name = line + strlen(tags[t]);
        if (!name)
            continue;
        while (*name == ' ' || *name == '\t')
            name++;
        line[strcspn(line, "\r\n")] = '\0';
        size_t e = strlen(name);
        while (e && (name[e - 1] == ' ' || name[e - 1] == '\t'))
            e--;
        char file[512];
        snprintf(file, sizeof file, "%.*s", (int)e, name);
        if (strchr(file, '/')) {
            snprintf(why, whylen, "run1.project names %.200s outside its folder", file);
            rc = -1;
            break;
        }
        int clean = !strncmp(file, "clean.", 6);
        const char *base = clean ? file + 6 : file;
        int unzip = 0;
        snprintf(src, sizeof src, "%s/" DICTS "%s", ctx->shared, base);
        if (!exists(src)) {
            snprintf(src, sizeof src, "%s/" DICTS "%s.zip", ctx->shared, base);
            unzip = 1;
        }
        if (!exists(src)) {
            snprintf(src, sizeof src, "%s/" REF "%s", ctx->shared, base);
            unzip = 0;
        }
        if (!exists(src)) {
            snprintf(why, whylen, "%.200s (named in run1.project): not found in ../shared", base);
            rc = -1;
            break;
        }
        snprintf(dst, sizeof dst, "%s/%s", dir, file);
        rc = copy_file(src, dst, clean, unzip, why, whylen);
    }
    fclose(f);
    return rc;
}

static void remove_dir(const char *dir)
{
    DIR *dh = opendir(dir);
    if (dh) {
        struct dirent *de;
        char p[8192];
        while ((de = readdir(dh))) {
            if (!strcmp(de->d_name, ".") || !strcmp(de->d_name, ".."))
                continue;
            snprintf(p, sizeof p, "%s/%s", dir, de->d_name);
            unlink(p);
        }
        closedir(dh);
    }
    rmdir(dir);
}

/* The first loader message, for the report. */
typedef struct diag_first {
    char msg[200];
    long n;
} diag_first;

static void first_diag(void *user, const char *file, size_t line, const char *reason)
{
    diag_first *d = user;
    if (d->n++ == 0) {
        const char *base = file ? strrchr(file, '/') : NULL;
        base = base ? base + 1 : file ? file : "?";
        if (line)
            snprintf(d->msg, sizeof d->msg, "%s:%zu: %s", base, line, reason);
        else
            snprintf(d->msg, sizeof d->msg, "%s: %s", base, reason);
    }
}

/* ---- comparing ------------------------------------------------------------ */

typedef struct score {
    long tp, fp, fn, root_tp, records;
} score;

/* Reads TABARI's events file into gold. */
static int read_gold(const eval_ctx *ctx, const char *rel, tev_list *gold, eval_result *r)
{
    char *buf = eval_slurp(ctx, rel, NULL, r);
    if (!buf)
        return -1;
    char *cur = buf, *line;
    while ((line = eval_next_line(&cur)) != NULL) {
        char *col[6];
        int nc = 0;
        for (char *p = line; nc < 6;) {
            col[nc++] = p;
            p = strchr(p, '\t');
            if (!p)
                break;
            *p++ = '\0';
        }
        if (nc < 6)
            continue;
        if (tev_add(gold, col[5], strlen(col[5]), col[1], col[2], col[3]) < 0) {
            free(buf);
            snprintf(r->skipped, sizeof r->skipped, "out of memory");
            return -1;
        }
    }
    free(buf);
    return 0;
}

/* Codes the records of rel (in the split) and scores them against gold. */
static int compare(eval_ctx *ctx, const char *name, const char *rel, tev_list *gold,
                   eval_result *r, score *sc, int roots)
{
    char path[4096];
    snprintf(path, sizeof path, "%s/%s", ctx->shared, rel);
    FILE *f = fopen(path, "rb");
    if (!f) {
        snprintf(r->skipped, sizeof r->skipped, "%s: not found", rel);
        return -1;
    }
    tabari_reader tr;
    tabari_reader_init(&tr, (size_t)8 << 20);
    char *line = NULL, err[300];
    size_t cap = 0, lineno = 0, err_line;
    ssize_t n;
    long k = 0;
    tev_list pred = {0};
    int done = 0;
    while (!done) {
        tabari_rec rec;
        int rc;
        n = getline(&line, &cap, f);
        if (n < 0) {
            rc = tabari_reader_end(&tr, &rec, err, sizeof err, &err_line);
            done = 1;
        } else {
            lineno++;
            if (n && line[n - 1] == '\n')
                n--;
            rc = tabari_reader_line(&tr, line, (size_t)n, lineno, &rec, err, sizeof err, &err_line);
        }
        if (rc == TABARI_NOMEM)
            break;
        if (rc != TABARI_RECORD)
            continue; /* a bad header: TABARI skips the record too */
        k++;
        if (!eval_in_split(ctx, k))
            continue;
        sc->records++;
        pred.n = 0;
        char *text = malloc(rec.text_len + 1);
        if (!text)
            break;
        memcpy(text, rec.text, rec.text_len);
        text[rec.text_len] = '\0';
        char id[64];
        snprintf(id, sizeof id, "%.*s", (int)rec.id_len, rec.id);
        long ne = rec.text_len ? eval_code(ctx, id, rec.date, NULL, text) : 0;
        for (long i = 0; i < ne; i++) {
            const tac_event *ev = tac_coder_event(ctx->coder, (size_t)i);
            if (tev_add(&pred, rec.id, rec.id_len, ev->source.code,
                        ev->has_target ? ev->target.code : NULL, ev->code) < 0)
                break;
        }
        long ng = 0, hit = 0;
        for (size_t g = 0; g < gold->n; g++) {
            tev *ge = &gold->v[g];
            if (strcmp(ge->id, id))
                continue;
            ng++;
            int rg = eval_root(ge->code);
            if (roots)
                r->root_gold[rg]++;
            for (size_t p = 0; p < pred.n; p++) {
                tev *pe = &pred.v[p];
                if (!pe->used && !strcmp(pe->src, ge->src) && !strcmp(pe->tgt, ge->tgt) &&
                    !strcmp(pe->code, ge->code)) {
                    pe->used = ge->used = 1;
                    hit++;
                    if (roots)
                        r->root_hit[rg]++;
                    break;
                }
            }
        }
        /* root level: what is left, matched on (source, target, root) */
        long root_hit = hit;
        for (size_t g = 0; g < gold->n; g++) {
            tev *ge = &gold->v[g];
            if (ge->used || strcmp(ge->id, id))
                continue;
            for (size_t p = 0; p < pred.n; p++) {
                tev *pe = &pred.v[p];
                if (!pe->used && !strcmp(pe->src, ge->src) &&
                    !strcmp(pe->tgt, ge->tgt) && eval_root(pe->code) == eval_root(ge->code)) {
                    pe->used = 2;
                    root_hit++;
                    break;
                }
            }
        }
        if (roots)
            for (size_t p = 0; p < pred.n; p++)
                r->root_pred[eval_root(pred.v[p].code)]++;
        sc->tp += hit;
        sc->fn += ng - hit;
        sc->fp += (long)pred.n - hit;
        sc->root_tp += root_hit;
        if (ctx->misses && (hit != ng || hit != (long)pred.n)) {
            fprintf(ctx->misses, "tabari-corpus %s %ld %s: TABARI", name, k, id);
            for (size_t g = 0; g < gold->n; g++)
                if (!strcmp(gold->v[g].id, id))
                    fprintf(ctx->misses, " %s/%s/%s", gold->v[g].src, gold->v[g].tgt,
                            gold->v[g].code);
            fprintf(ctx->misses, " | tacitus");
            for (size_t p = 0; p < pred.n; p++)
                fprintf(ctx->misses, " %s/%s/%s", pred.v[p].src, pred.v[p].tgt, pred.v[p].code);
            fprintf(ctx->misses, " | %s\n", text);
        }
        free(text);
    }
    free(line);
    free(pred.v);
    tabari_reader_fini(&tr);
    fclose(f);
    return 0;
}

static double ratio(long a, long b)
{
    return b > 0 ? (double)a / (double)b : 0.0;
}

int eval_tabari_corpus(eval_ctx *ctx, eval_result *r)
{
    r->measure = "(record, source, target, code) beside TABARI's events: R = TABARI's "
                 "reproduced, P = tacitus's also in TABARI's";
    char dir[4096];
    const char *tmp = getenv("TMPDIR");
    snprintf(dir, sizeof dir, "%s/tacitus-tabari-XXXXXX", tmp && *tmp ? tmp : "/tmp");
    if (!mkdtemp(dir)) {
        snprintf(r->skipped, sizeof r->skipped, "cannot make a temporary folder: %s",
                 strerror(errno));
        return -1;
    }
    char why[300] = "";
    if (build_set(ctx, dir, why, sizeof why) < 0) {
        remove_dir(dir);
        snprintf(r->skipped, sizeof r->skipped, "%s", why);
        return -1;
    }
    char project[4200];
    snprintf(project, sizeof project, "%s/run1.project", dir);
    diag_first df;
    memset(&df, 0, sizeof df);
    tac_dict *dict = NULL;
    tac_status st = tac_dict_load_tabari(project, first_diag, &df, &dict);
    remove_dir(dir);
    if (st != TAC_OK) {
        snprintf(r->skipped, sizeof r->skipped, "TABARI dictionaries did not load (%s)%s%.200s",
                 tac_status_str(st), df.n ? ": " : "", df.msg);
        return -1;
    }
    eval_ctx c = *ctx;
    if (tac_coder_new(dict, NULL, &c.coder) != TAC_OK) {
        tac_dict_free(dict);
        snprintf(r->skipped, sizeof r->skipped, "out of memory");
        return -1;
    }
    tev_list gold = {0}, gold78 = {0};
    score sc, s78;
    memset(&sc, 0, sizeof sc);
    memset(&s78, 0, sizeof s78);
    int rc = -1;
    r->has_roots = 1;
    if (read_gold(ctx, REF "corpus2198.events.tsv", &gold, r) == 0 &&
        read_gold(ctx, REF "gsr78.events.tsv", &gold78, r) == 0 &&
        compare(&c, "corpus2198", REF "corpus2198.tabari.txt", &gold, r, &sc, 1) == 0 &&
        compare(&c, "gsr78", REF "gsr78.tabari.txt", &gold78, r, &s78, 0) == 0) {
        r->items = sc.records;
        r->tp = sc.tp;
        r->fp = sc.fp;
        r->fn = sc.fn;
        eval_figure(r, "root-level recall", ratio(sc.root_tp, sc.tp + sc.fn));
        eval_figure(r, "gsr78 recall", ratio(s78.tp, s78.tp + s78.fn));
        eval_figure(r, "gsr78 precision", ratio(s78.tp, s78.tp + s78.fp));
        if (df.n)
            eval_figure(r, "dictionary lines rejected", (double)df.n);
        rc = 0;
    }
    free(gold.v);
    free(gold78.v);
    tac_coder_free(c.coder);
    tac_dict_free(dict);
    return rc;
}
