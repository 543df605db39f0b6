/* eval_glocon.c -- GLOCON gold sample: protest sentences and documents.
 *
 * ../shared/corpora/glocon_gold_sample/ holds two JSON Lines files of
 * South African wire copy (Sapa-AFP via Sabinet), with no dates (coded
 * with 2000-01-01):
 *   sentence/Sabinet.json     {id, url, sent_num, sentence, label, last}:
 *                             1,952 sentences of 109 documents;
 *   document/Sabinet_R.json   {id, url, text, label}: 1,050 documents.
 * label 1 = a protest event (GLOCON's sense: demonstrations, strikes,
 * riots and also political violence), 0 = none, 2 = other (planned or
 * threatened protests). Each file's records are numbered 1.. in file
 * order and split odd/even on their own.
 *
 * A sentence or document is predicted positive when tacitus gives any
 * event of CAMEO root 14 (protest); label 1 is positive, 0 and 2 are
 * negative. Each sentence is coded alone. Main P/R/F1: sentences.
 * Figures: the same precision and recall on documents, and the sentence
 * recall and precision of a broader "contentious" rule (roots 14, 15 and
 * 17-20), since GLOCON's protests include violence. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "eval.h"
#include "json.h" /* the library's JSON object reader */

/* The fields of one record; the slices point into the parse buffer. */
typedef struct rec {
    const char *id, *text;
    size_t id_len, text_len;
    int label; /* -1 if absent */
} rec;

static int key_is(const char *k, size_t n, const char *lit)
{
    return strlen(lit) == n && !memcmp(k, lit, n);
}

static int member(void *user, const char *key, size_t klen, tac_json_type type, const char *val,
                  size_t vlen)
{
    rec *r = user;
    if (key_is(key, klen, "id") && type == TAC_JSON_STRING) {
        r->id = val;
        r->id_len = vlen;
    } else if ((key_is(key, klen, "sentence") || key_is(key, klen, "text")) &&
               type == TAC_JSON_STRING) {
        r->text = val;
        r->text_len = vlen;
    } else if (key_is(key, klen, "label") && type == TAC_JSON_NUMBER && vlen == 1 &&
               val[0] >= '0' && val[0] <= '2') {
        r->label = val[0] - '0';
    }
    return 0;
}

typedef struct counts {
    long tp, fp, fn;
} counts;

static void count(counts *c, int gold, int pred)
{
    if (gold && pred)
        c->tp++;
    else if (pred)
        c->fp++;
    else if (gold)
        c->fn++;
}

static double ratio(long a, long b)
{
    return b > 0 ? (double)a / (double)b : 0.0;
}

/* Prints the start of s (up to max bytes, not cutting a UTF-8 sequence). */
static void print_start(FILE *f, const char *s, size_t max)
{
    size_t n = strlen(s);
    if (n > max) {
        n = max;
        while (n > 0 && ((unsigned char)s[n] & 0xC0) == 0x80)
            n--;
    }
    fprintf(f, "%.*s%s", (int)n, s, n < strlen(s) ? " ..." : "");
}

/* Codes every record of one file in the split: protest = any root 14
 * event counts in *main; broad (roots 14, 15, 17-20) in *broad if not
 * NULL. 0, or -1 with r->skipped set. */
static int run_file(eval_ctx *ctx, eval_result *r, const char *rel, const char *what,
                    counts *main, counts *broad, long *items)
{
    size_t size;
    char *buf = eval_slurp(ctx, rel, &size, r);
    if (!buf)
        return -1;
    char *out = malloc(size + 1), *text = malloc(size + 1);
    if (!out || !text) {
        free(buf);
        free(out);
        free(text);
        snprintf(r->skipped, sizeof r->skipped, "out of memory");
        return -1;
    }
    const int is_doc = broad == NULL;
    long k = 0, line_no = 0;
    for (char *cur = buf, *line; (line = eval_next_line(&cur)) != NULL;) {
        line_no++;
        if (!*line)
            continue;
        rec rc = {NULL, NULL, 0, 0, -1};
        char err[160] = "";
        if (tac_json_object(line, strlen(line), out, member, &rc, err, sizeof err) < 0 ||
            !rc.id || !rc.text || rc.label < 0) {
            if (ctx->misses)
                fprintf(ctx->misses, "glocon %s line %ld: not a record (%s), skipped\n", rel,
                        line_no, err[0] ? err : "an id, a text or a label 0-2 is missing");
            continue;
        }
        k++;
        if (!eval_in_split(ctx, k))
            continue;
        char id[128];
        snprintf(id, sizeof id, "%.*s", (int)(rc.id_len < 100 ? rc.id_len : 100), rc.id);
        memcpy(text, rc.text, rc.text_len);
        text[rc.text_len] = '\0';
        long n = eval_code(ctx, id, "2000-01-01", NULL, text);
        if (n < 0)
            n = 0;
        long protest = -1; /* the first root 14 event */
        int contentious = 0;
        for (long i = 0; i < n; i++) {
            int root = eval_root(tac_coder_event(ctx->coder, (size_t)i)->code);
            if (root == 14 && protest < 0)
                protest = i;
            contentious |= root == 14 || root == 15 || root >= 17;
        }
        int gold = rc.label == 1, pred = protest >= 0;
        (*items)++;
        count(main, gold, pred);
        if (broad)
            count(broad, gold, contentious);
        if (ctx->misses && gold != pred) {
            fprintf(ctx->misses, "glocon %s %ld (%s): gold %d | tacitus", what, k, id, rc.label);
            for (long i = 0; i < n; i++)
                fprintf(ctx->misses, "%s%s", i ? "," : " ",
                        tac_coder_event(ctx->coder, (size_t)i)->code);
            if (!n)
                fprintf(ctx->misses, " no event");
            fprintf(ctx->misses, " | ");
            if (pred && is_doc) {
                /* show the sentence that gave the protest */
                const tac_event *ev = tac_coder_event(ctx->coder, (size_t)protest);
                fprintf(ctx->misses, "%s \"%.*s\" in: %.*s", ev->code, (int)ev->text_len,
                        ev->text, (int)ev->sentence_len, ev->sentence_text);
            } else {
                print_start(ctx->misses, text, 400);
            }
            fprintf(ctx->misses, "\n");
        }
    }
    free(buf);
    free(out);
    free(text);
    return 0;
}

int eval_glocon(eval_ctx *ctx, eval_result *r)
{
    counts sent = {0, 0, 0}, broad = {0, 0, 0}, doc = {0, 0, 0};
    long docs = 0;
    r->measure = "protest sentence (label 1) given a 14x event";
    if (run_file(ctx, r, "corpora/glocon_gold_sample/sentence/Sabinet.json", "sentence", &sent,
                 &broad, &r->items) != 0)
        return -1;
    if (run_file(ctx, r, "corpora/glocon_gold_sample/document/Sabinet_R.json", "document", &doc,
                 NULL, &docs) != 0)
        return -1;
    r->tp = sent.tp;
    r->fp = sent.fp;
    r->fn = sent.fn;
    eval_figure(r, "document P", ratio(doc.tp, doc.tp + doc.fp));
    eval_figure(r, "document R", ratio(doc.tp, doc.tp + doc.fn));
    eval_figure(r, "sentence P, 14/15/17-20", ratio(broad.tp, broad.tp + broad.fp));
    eval_figure(r, "sentence R, 14/15/17-20", ratio(broad.tp, broad.tp + broad.fn));
    if (ctx->misses)
        fprintf(ctx->misses, "glocon documents: %ld, tp %ld, fp %ld, fn %ld\n", docs, doc.tp,
                doc.fp, doc.fn);
    return 0;
}
