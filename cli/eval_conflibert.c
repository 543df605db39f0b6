/* eval_conflibert.c -- ConfliBERT's CAMEO sentences, one class per sentence.
 *
 * ../shared/peers/conflibert/cameo_class/{train,test}.tsv: one news
 * sentence per line, `sentence<TAB>label` (CRLF; a few sentences are
 * CSV-quoted with "" for a quote), 1,349 + 451 sentences. The label 0..4
 * is the Phoenix "quad class" of the sentence's CAMEO event, which has a
 * neutral class: 0 = roots 01-02 (statements, appeals), 1 = 03-05 (verbal
 * cooperation), 2 = 06-08 (material cooperation), 3 = 09-13 and 16 (verbal
 * conflict), 4 = 14-15 and 17-20 (material conflict). Every sentence
 * reports an event; label 0 is not "no event" (docs/accuracy.md gives the
 * evidence).
 *
 * The split is by file: train.tsv is the tuning set, test.tsv the reported
 * one; items are numbered from 1 in each file. Each sentence is coded alone
 * with the date 2000-01-01 (the data has no dates). tacitus's class for a
 * sentence is the class of the CAMEO root of its main event, the one whose
 * matched words come first in the sentence; a sentence without an event
 * gets class 0.
 *
 * Main P/R/F1: non-neutral event detection (label 1-4 against tacitus's
 * class 1-4). Figures: class accuracy, macro-F1 over the five classes, the
 * share of sentences given any event (all hold one) and the class accuracy
 * on those sentences. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "eval.h"

#define N_CLASSES 5

static const char *const class_name[N_CLASSES] = {
    "neutral", "verbal coop", "material coop", "verbal conflict", "material conflict"};

/* The Phoenix quad class (with 0 = neutral) of a CAMEO root, or -1. */
static int root_class(int root)
{
    if (root < 1 || root > 20)
        return -1;
    if (root <= 2)
        return 0;
    if (root <= 5)
        return 1;
    if (root <= 8)
        return 2;
    if (root <= 13 || root == 16)
        return 3;
    return 4;
}

/* The index of the main event of the last coded sentence: the first in
 * the text (then the first emitted), or -1 if there is none. */
static long main_event(const eval_ctx *ctx, long n)
{
    long best = -1;
    for (long i = 0; i < n; i++) {
        const tac_event *ev = tac_coder_event(ctx->coder, (size_t)i);
        if (root_class(eval_root(ev->code)) < 0)
            continue;
        if (best < 0) {
            best = i;
            continue;
        }
        const tac_event *b = tac_coder_event(ctx->coder, (size_t)best);
        if (ev->sentence < b->sentence ||
            (ev->sentence == b->sentence && ev->text_offset < b->text_offset))
            best = i;
    }
    return best;
}

/* Undoes CSV quoting in place: "a ""b"" c" -> a "b" c. */
static void unquote(char *s)
{
    size_t n = strlen(s);
    if (n < 2 || s[0] != '"' || s[n - 1] != '"')
        return;
    size_t o = 0;
    for (size_t i = 1; i + 1 < n; i++) {
        s[o++] = s[i];
        if (s[i] == '"' && s[i + 1] == '"')
            i++;
    }
    s[o] = '\0';
}

typedef struct tally {
    long conf[N_CLASSES][N_CLASSES]; /* [gold][tacitus] */
    long coded, coded_ok;            /* sentences given an event; of those, right class */
} tally;

/* Scores every sentence of one file; 0, or -1 with r->skipped set. */
static int run_file(eval_ctx *ctx, eval_result *r, tally *t, const char *name)
{
    char rel[128];
    snprintf(rel, sizeof rel, "peers/conflibert/cameo_class/%s.tsv", name);
    char *buf = eval_slurp(ctx, rel, NULL, r);
    if (!buf)
        return -1;
    long k = 0;
    for (char *cur = buf, *line; (line = eval_next_line(&cur)) != NULL;) {
        char *tab = strrchr(line, '\t');
        if (!tab || tab[1] < '0' || tab[1] > '4' || tab[2] != '\0')
            continue;
        *tab = '\0';
        int gold = tab[1] - '0';
        unquote(line);
        k++;
        char id[64];
        snprintf(id, sizeof id, "%s:%ld", name, k);
        long n = eval_code(ctx, id, "2000-01-01", NULL, line);
        if (n < 0)
            n = 0;
        long m = main_event(ctx, n);
        const tac_event *ev = m >= 0 ? tac_coder_event(ctx->coder, (size_t)m) : NULL;
        int pred = ev ? root_class(eval_root(ev->code)) : 0;
        r->items++;
        t->conf[gold][pred]++;
        if (gold && pred)
            r->tp++;
        else if (pred)
            r->fp++;
        else if (gold)
            r->fn++;
        if (ev) {
            t->coded++;
            t->coded_ok += gold == pred;
        }
        if (ctx->misses && gold != pred) {
            fprintf(ctx->misses, "conflibert %s: gold %d %s | tacitus %d ", id, gold,
                    class_name[gold], pred);
            if (ev)
                fprintf(ctx->misses, "%s \"%.*s\"", ev->code, (int)ev->text_len, ev->text);
            else
                fprintf(ctx->misses, "no event");
            int others = 0;
            for (long i = 0; i < n; i++)
                if (i != m)
                    fprintf(ctx->misses, "%s%s", others++ ? "," : " (also ",
                            tac_coder_event(ctx->coder, (size_t)i)->code);
            fprintf(ctx->misses, "%s | %s\n", others ? ")" : "", line);
        }
    }
    free(buf);
    return 0;
}

int eval_conflibert(eval_ctx *ctx, eval_result *r)
{
    tally t;
    memset(&t, 0, sizeof t);
    r->measure = "non-neutral event (label 1-4) detected";
    if (ctx->split != EVAL_TEST && run_file(ctx, r, &t, "train") != 0)
        return -1;
    if (ctx->split != EVAL_TUNE && run_file(ctx, r, &t, "test") != 0)
        return -1;
    long ok = 0;
    double f1_sum = 0;
    int n_cls = 0;
    for (int c = 0; c < N_CLASSES; c++) {
        long gold = 0, pred = 0;
        for (int j = 0; j < N_CLASSES; j++) {
            gold += t.conf[c][j];
            pred += t.conf[j][c];
        }
        long hit = t.conf[c][c];
        ok += hit;
        if (gold + pred > 0) {
            f1_sum += 2.0 * (double)hit / (double)(gold + pred);
            n_cls++;
        }
    }
    if (ctx->misses)
        for (int c = 0; c < N_CLASSES; c++)
            fprintf(ctx->misses,
                    "conflibert confusion: gold %d, tacitus 0-4: %ld %ld %ld %ld %ld\n", c,
                    t.conf[c][0], t.conf[c][1], t.conf[c][2], t.conf[c][3], t.conf[c][4]);
    double items = r->items ? (double)r->items : 1.0;
    eval_figure(r, "class accuracy", (double)ok / items);
    eval_figure(r, "macro-F1", n_cls ? f1_sum / n_cls : 0);
    eval_figure(r, "sentences given an event", (double)t.coded / items);
    eval_figure(r, "class accuracy where coded",
                t.coded ? (double)t.coded_ok / (double)t.coded : 0);
    return 0;
}
