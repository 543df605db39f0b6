/* eval_petr2.c -- the PETRARCH2 gold-standard validation records.
 *
 * ../shared/peers/universalpetrarch/validation/PETR2_GSR_validation.xml:
 * 78 sentences, each a <Sentence date="YYYYMMDD" id=...> with its
 * <EventCoding eventcode= sourcecode= targetcode=/> records (80 in all) or
 * <EventCoding noevents="True"/> (12), and the <Text>. The parse trees in
 * the file are not used: tacitus codes the raw text.
 *
 * Measures, per sentence, between the gold set of triples and tacitus's
 * set (an event without a target has target ""):
 *   exact:      (source code, event code, target code) equal;
 *   root-level: (source code, CAMEO root, target code) equal.
 * The main P/R/F1 is exact; the root-level F1 and the share of no-event
 * sentences given no event are figures. Gold codes lose PETRARCH's null
 * country "---" ("---GOV" is tacitus's GOV; "---" alone is no actor). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "eval.h"

#define MAX_TRIPLES 64

typedef struct triple {
    char src[24], code[8], tgt[24];
} triple;

/* Copies attribute name="..." of the tag starting at p (up to '>') into out. */
static int attr(const char *p, const char *end, const char *name, char *out, size_t cap)
{
    char key[32];
    snprintf(key, sizeof key, " %s=\"", name);
    const char *a = strstr(p, key);
    if (!a || a >= end)
        return 0;
    a += strlen(key);
    const char *q = strchr(a, '"');
    if (!q || q >= end)
        return 0;
    size_t n = (size_t)(q - a);
    if (n >= cap)
        n = cap - 1;
    memcpy(out, a, n);
    out[n] = '\0';
    return 1;
}

/* Drops PETRARCH's null code "---" from the front of an actor code. */
static void null_country(char *code)
{
    if (strncmp(code, "---", 3) == 0)
        memmove(code, code + 3, strlen(code + 3) + 1);
}

/* Matches a against b (each triple used once); counts agreements, where
 * root_only compares roots instead of codes. */
static long agree(const triple *a, int na, const triple *b, int nb, int root_only)
{
    int used[MAX_TRIPLES] = {0};
    long hits = 0;
    for (int i = 0; i < na; i++) {
        for (int j = 0; j < nb; j++) {
            if (used[j] || strcmp(a[i].src, b[j].src) || strcmp(a[i].tgt, b[j].tgt))
                continue;
            if (root_only ? eval_root(a[i].code) != eval_root(b[j].code)
                          : strcmp(a[i].code, b[j].code))
                continue;
            used[j] = 1;
            hits++;
            break;
        }
    }
    return hits;
}

/* Adds t to set v (no duplicates). */
static void add(triple *v, int *n, const triple *t)
{
    for (int i = 0; i < *n; i++)
        if (!strcmp(v[i].src, t->src) && !strcmp(v[i].code, t->code) && !strcmp(v[i].tgt, t->tgt))
            return;
    if (*n < MAX_TRIPLES)
        v[(*n)++] = *t;
}

int eval_petr2(eval_ctx *ctx, eval_result *r)
{
    char *buf = eval_slurp(ctx, "peers/universalpetrarch/validation/PETR2_GSR_validation.xml",
                           NULL, r);
    if (!buf)
        return -1;
    r->measure = "exact (source, code, target)";
    r->has_roots = 1;
    long root_tp = 0, root_fp = 0, root_fn = 0, none_items = 0, none_ok = 0;
    char *p = strstr(buf, "<Sentences>");
    long k = 0;
    while (p && (p = strstr(p, "<Sentence ")) != NULL) {
        char *next = strstr(p + 1, "<Sentence ");
        char *end = next ? next : p + strlen(p);
        char *tag_end = strchr(p, '>');
        char id[128] = "", date[16] = "";
        attr(p, tag_end, "id", id, sizeof id);
        attr(p, tag_end, "date", date, sizeof date);
        triple gold[MAX_TRIPLES];
        int ng = 0;
        for (char *e = strstr(p, "<EventCoding"); e && e < end; e = strstr(e + 1, "<EventCoding")) {
            char *ee = strchr(e, '>');
            triple t;
            memset(&t, 0, sizeof t);
            if (attr(e, ee, "eventcode", t.code, sizeof t.code)) {
                attr(e, ee, "sourcecode", t.src, sizeof t.src);
                attr(e, ee, "targetcode", t.tgt, sizeof t.tgt);
                /* "---" is PETRARCH's null country code ("---GOV": a
                 * government of unknown country; "---": no actor), which
                 * tacitus writes as no country prefix */
                null_country(t.src);
                null_country(t.tgt);
                add(gold, &ng, &t);
            }
        }
        char *t0 = strstr(p, "<Text>"), *t1 = t0 ? strstr(t0, "</Text>") : NULL;
        p = next;
        if (!t0 || !t1 || t0 > end || strlen(date) != 8)
            continue;
        k++;
        if (!eval_in_split(ctx, k))
            continue;
        /* the text on one line */
        t0 += 6;
        size_t n = (size_t)(t1 - t0);
        char *text = malloc(n + 1);
        if (!text)
            break;
        for (size_t i = 0; i < n; i++)
            text[i] = (t0[i] == '\n' || t0[i] == '\r' || t0[i] == '\t') ? ' ' : t0[i];
        text[n] = '\0';
        char iso[11];
        snprintf(iso, sizeof iso, "%.4s-%.2s-%.2s", date, date + 4, date + 6);
        long ne = eval_code(ctx, id, iso, NULL, text);
        triple pred[MAX_TRIPLES];
        int np = 0;
        for (long i = 0; i < ne; i++) {
            const tac_event *ev = tac_coder_event(ctx->coder, (size_t)i);
            triple t;
            memset(&t, 0, sizeof t);
            snprintf(t.src, sizeof t.src, "%s", ev->source.code ? ev->source.code : "");
            snprintf(t.code, sizeof t.code, "%s", ev->code);
            if (ev->has_target && ev->target.code)
                snprintf(t.tgt, sizeof t.tgt, "%s", ev->target.code);
            add(pred, &np, &t);
        }
        r->items++;
        long hit = agree(gold, ng, pred, np, 0);
        r->tp += hit;
        r->fp += np - hit;
        r->fn += ng - hit;
        long rh = agree(gold, ng, pred, np, 1);
        root_tp += rh;
        root_fp += np - rh;
        root_fn += ng - rh;
        if (ng == 0) {
            none_items++;
            none_ok += np == 0;
        }
        /* per root: each distinct root of the sentence, gold and predicted */
        int gr[21] = {0}, pr[21] = {0};
        for (int i = 0; i < ng; i++)
            gr[eval_root(gold[i].code)] = 1;
        for (int i = 0; i < np; i++)
            pr[eval_root(pred[i].code)] = 1;
        if (!ng)
            gr[0] = 1;
        if (!np)
            pr[0] = 1;
        for (int i = 0; i <= 20; i++) {
            r->root_gold[i] += gr[i];
            r->root_pred[i] += pr[i];
            r->root_hit[i] += gr[i] && pr[i];
        }
        if (ctx->misses && (hit != ng || hit != np)) {
            fprintf(ctx->misses, "petr2 %ld %s: gold", k, id);
            for (int i = 0; i < ng; i++)
                fprintf(ctx->misses, " %s/%s/%s", gold[i].src, gold[i].code, gold[i].tgt);
            fprintf(ctx->misses, " | tacitus");
            for (int i = 0; i < np; i++)
                fprintf(ctx->misses, " %s/%s/%s", pred[i].src, pred[i].code, pred[i].tgt);
            fprintf(ctx->misses, " | %s\n", text);
        }
        free(text);
    }
    double rp = root_tp + root_fp ? (double)root_tp / (double)(root_tp + root_fp) : 0;
    double rr = root_tp + root_fn ? (double)root_tp / (double)(root_tp + root_fn) : 0;
    eval_figure(r, "root-level triple F1", rp + rr > 0 ? 2 * rp * rr / (rp + rr) : 0);
    if (none_items)
        eval_figure(r, "no-event sentences left uncoded", (double)none_ok / (double)none_items);
    free(buf);
    return 0;
}
