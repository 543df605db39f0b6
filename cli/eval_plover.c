/* eval_plover.c -- the PLOVER gold-standard records (CAMEO manual examples).
 *
 * ../shared/peers/plover/PLOVER_GSR_CAMEO.json: one JSON array of 323
 * objects. The first is a DOCUMENT record (event "DOCUMENT"), not an item;
 * the 322 others are the CAMEO 1.1b3 manual's example sentences coded in
 * PLOVER 0.5b1: text, date, event (a PLOVER category), and source and
 * target lists of {actorText, code, sector?}. target may be missing or,
 * in two records, a string instead of a list (read as no target).
 *
 * A PLOVER category stands for one or more CAMEO roots (the table below,
 * from PLOVER_MANUAL.tex and CAMEO2PLOVER-2021.txt; docs/accuracy.md).
 *
 * Measures, per item:
 *   root accuracy: right if any tacitus event has a root of the category;
 *   triples (main P/R/F1): gold (source country, category, target country)
 *     for every source x target of the lists, against tacitus's distinct
 *     (source country, root, target country); a tacitus triple matches a
 *     gold triple when both countries are equal and its root belongs to the
 *     category; each gold triple is matched once.
 * "Country" is the first three letters of a gold code (IGO, IMG kept as
 * they are, NGO read as IGO: the file writes IGO for non-governmental
 * bodies too; three non-ISO codes of the file read as their ISO codes) and
 * for tacitus the actor's country, or IGO for an IGO or NGO code, IMG for
 * an IMG code, or else "": an actor with no country, like a missing
 * target, has none.
 * Several sources and no target is PLOVER's compound or reciprocal actor
 * (PLOVER_MANUAL.tex, "Compound and Reciprocal Actors"), which CAMEO codes
 * as events between the members: there a tacitus triple from one member to
 * another counts as the member with no target. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "eval.h"
#include "json.h"

#define MAX_ACTORS 16
#define MAX_TRIPLES 64
#define MAX_ROOTS 4

/* PLOVER category -> CAMEO roots; the first is the main root (per-root
 * table). The manual's table "PLOVER equivalents to CAMEO cue categories"
 * with the GSR's (2016) names, which keep CAMEO's INVESTIGATE, DEMAND,
 * DISAPPROVE and FIGHT where the 2021 manual has ACCUSE, REQUEST and
 * ASSAULT; 20 goes to FIGHT (the table's note 1). Extra roots are the codes
 * CAMEO2PLOVER-2021 moves out of their root: 163 (embargo) and 191, 192
 * (blockade, occupation) to COERCE; 1712 (destroy property) and 175
 * (violent repression) to ASSAULT. */
typedef struct plover_cat {
    const char *name;
    int roots[MAX_ROOTS]; /* 0-terminated */
} plover_cat;

static const plover_cat cats[] = {
    {"AGREE", {3}},       {"CONSULT", {4}},         {"SUPPORT", {5}},
    {"COOPERATE", {6}},   {"AID", {7}},             {"CONCEDE", {8}},
    {"RETREAT", {8}},     {"INVESTIGATE", {9}},     {"DEMAND", {10}},
    {"DISAPPROVE", {11}}, {"REJECT", {12}},         {"THREATEN", {13}},
    {"PROTEST", {14}},    {"MOBILIZE", {15}},       {"SANCTION", {16}},
    {"COERCE", {17, 16, 19}}, {"ASSAULT", {18, 17}}, {"FIGHT", {19, 20}},
};
#define N_CATS (sizeof cats / sizeof cats[0])

/* Gold codes of the file that are not ISO 3166 alpha-3; the actor texts
 * (Japan, Tokyo; Italy; "Vietnamese-led forces") name the country. */
static const char *const fixes[][2] = {{"JAP", "JPN"}, {"ITL", "ITA"}, {"VTN", "VNM"}};

typedef struct triple {
    char src[8];
    int root; /* tacitus: the event's root; gold: unused */
    char tgt[8];
} triple;

typedef struct item {
    const char *id, *event, *text, *date;
    size_t id_len, event_len, text_len, date_len;
    const char *src, *tgt; /* raw JSON lists (slices of the file), or NULL */
    size_t src_len, tgt_len;
} item;

static const plover_cat *find_cat(const char *name, size_t len)
{
    for (size_t i = 0; i < N_CATS; i++)
        if (strlen(cats[i].name) == len && !memcmp(cats[i].name, name, len))
            return &cats[i];
    return NULL;
}

static int cat_has(const plover_cat *c, int root)
{
    for (int i = 0; c && i < MAX_ROOTS && c->roots[i]; i++)
        if (c->roots[i] == root)
            return 1;
    return 0;
}

static int item_member(void *user, const char *key, size_t klen, tac_json_type type,
                       const char *val, size_t vlen)
{
    item *it = user;
#define KEY(k) (klen == sizeof(k) - 1 && !memcmp(key, k, klen))
    if (type == TAC_JSON_STRING) {
        if (KEY("id"))
            it->id = val, it->id_len = vlen;
        else if (KEY("event"))
            it->event = val, it->event_len = vlen;
        else if (KEY("text"))
            it->text = val, it->text_len = vlen;
        else if (KEY("date"))
            it->date = val, it->date_len = vlen;
    } else if (type == TAC_JSON_NESTED && val[0] == '[') {
        if (KEY("source"))
            it->src = val, it->src_len = vlen;
        else if (KEY("target"))
            it->tgt = val, it->tgt_len = vlen;
    }
#undef KEY
    return 0;
}

static int actor_member(void *user, const char *key, size_t klen, tac_json_type type,
                        const char *val, size_t vlen)
{
    char *code = user;
    if (type == TAC_JSON_STRING && klen == 4 && !memcmp(key, "code", 4)) {
        size_t n = vlen < 3 ? vlen : 3; /* the country part */
        memcpy(code, val, n);
        code[n] = '\0';
    }
    return 0;
}

/* The gold countries of a raw actor list into out (at least one: "" when
 * the list is missing or empty). */
static int gold_countries(const char *raw, size_t len, char out[][8], int cap)
{
    int n = 0;
    size_t pos = 0, b, e;
    char err[128];
    while (raw && n < cap && eval_json_next(raw, len, &pos, &b, &e)) {
        char *tmp = malloc(e - b + 1);
        if (!tmp)
            break;
        char code[8] = "";
        if (tac_json_object(raw + b, e - b, tmp, actor_member, code, err, sizeof err) == 0) {
            for (size_t f = 0; f < sizeof fixes / sizeof fixes[0]; f++)
                if (!strcmp(code, fixes[f][0]))
                    snprintf(code, sizeof code, "%s", fixes[f][1]);
            if (!strcmp(code, "NGO"))
                snprintf(code, sizeof code, "IGO"); /* one class: see pred_country */
            int dup = 0;
            for (int i = 0; i < n; i++)
                dup |= !strcmp(out[i], code);
            if (!dup)
                snprintf(out[n++], 8, "%s", code);
        }
        free(tmp);
    }
    if (n == 0)
        out[n++][0] = '\0';
    return n;
}

/* tacitus's "country" of an actor, as the gold file writes it. */
static void pred_country(const tac_actor *a, char out[8])
{
    const char *code = a->code ? a->code : "";
    if (!strncmp(code, "IGO", 3) || !strncmp(code, "NGO", 3))
        snprintf(out, 8, "IGO");
    else if (!strncmp(code, "IMG", 3))
        snprintf(out, 8, "IMG");
    else if (a->country)
        snprintf(out, 8, "%s", a->country);
    else
        out[0] = '\0'; /* an agent with no country ("GOV", "CVL"): no country */
}

static int member(char set[][8], int n, const char *c)
{
    for (int i = 0; i < n; i++)
        if (!strcmp(set[i], c))
            return 1;
    return 0;
}

static void add_pred(triple *v, int *n, const triple *t)
{
    for (int i = 0; i < *n; i++)
        if (!strcmp(v[i].src, t->src) && v[i].root == t->root && !strcmp(v[i].tgt, t->tgt))
            return;
    if (*n < MAX_TRIPLES)
        v[(*n)++] = *t;
}

/* The text on one line, NUL-terminated (malloc'ed). */
static char *one_line(const char *s, size_t n)
{
    char *t = malloc(n + 1);
    if (!t)
        return NULL;
    for (size_t i = 0; i < n; i++)
        t[i] = (s[i] == '\n' || s[i] == '\r' || s[i] == '\t') ? ' ' : s[i];
    t[n] = '\0';
    return t;
}

int eval_plover(eval_ctx *ctx, eval_result *r)
{
    size_t len = 0;
    char *buf = eval_slurp(ctx, "peers/plover/PLOVER_GSR_CAMEO.json", &len, r);
    if (!buf)
        return -1;
    r->measure = "(source country, root, target country) triples";
    r->has_roots = 1;
    long root_ok = 0, coded = 0, bad = 0, k = 0;
    size_t pos = 0, b, e;
    char err[128];
    while (eval_json_next(buf, len, &pos, &b, &e)) {
        char *out = malloc(e - b + 1);
        if (!out)
            break;
        item it;
        memset(&it, 0, sizeof it);
        if (tac_json_object(buf + b, e - b, out, item_member, &it, err, sizeof err) != 0 ||
            !it.event || !it.text) {
            bad++;
            free(out);
            continue;
        }
        if (it.event_len == 8 && !memcmp(it.event, "DOCUMENT", 8)) {
            free(out);
            continue;
        }
        k++;
        if (!eval_in_split(ctx, k)) {
            free(out);
            continue;
        }
        const plover_cat *cat = find_cat(it.event, it.event_len);
        char src[MAX_ACTORS][8], tgt[MAX_ACTORS][8];
        int ns = gold_countries(it.src, it.src_len, src, MAX_ACTORS);
        int nt = gold_countries(it.tgt, it.tgt_len, tgt, MAX_ACTORS);
        char id[96], date[11] = "2000-01-01";
        snprintf(id, sizeof id, "%.*s", it.id ? (int)it.id_len : 0, it.id ? it.id : "");
        if (it.date && it.date_len == 10)
            snprintf(date, sizeof date, "%.10s", it.date);
        char *text = one_line(it.text, it.text_len);
        if (!text) {
            free(out);
            break;
        }
        /* several sources and no target: PLOVER's compound or reciprocal
         * actor, which CAMEO codes as events between the members */
        int recip = ns > 1 && nt == 1 && !tgt[0][0];
        long ne = eval_code(ctx, id, date, NULL, text);
        triple pred[MAX_TRIPLES];
        int np = 0, pr[21] = {0}, right = 0;
        for (long i = 0; i < ne; i++) {
            const tac_event *ev = tac_coder_event(ctx->coder, (size_t)i);
            triple t;
            memset(&t, 0, sizeof t);
            pred_country(&ev->source, t.src);
            t.root = eval_root(ev->code);
            if (ev->has_target)
                pred_country(&ev->target, t.tgt);
            if (recip && member(src, ns, t.src) && member(src, ns, t.tgt))
                t.tgt[0] = '\0';
            add_pred(pred, &np, &t);
            pr[t.root] = 1;
            right |= cat_has(cat, t.root);
        }
        /* triples: gold (s, t) pairs, each matched by at most one prediction */
        int ng = 0, hit = 0, used[MAX_TRIPLES] = {0};
        for (int i = 0; i < ns; i++) {
            for (int j = 0; j < nt; j++) {
                ng++;
                for (int q = 0; q < np; q++) {
                    if (used[q] || strcmp(pred[q].src, src[i]) || strcmp(pred[q].tgt, tgt[j]) ||
                        !cat_has(cat, pred[q].root))
                        continue;
                    used[q] = 1;
                    hit++;
                    break;
                }
            }
        }
        r->items++;
        r->tp += hit;
        r->fp += np - hit;
        r->fn += ng - hit;
        root_ok += right;
        coded += np > 0;
        int main_root = cat ? cat->roots[0] : 0;
        if (!np)
            pr[0] = 1;
        r->root_gold[main_root]++;
        r->root_hit[main_root] += right;
        for (int i = 0; i <= 20; i++)
            r->root_pred[i] += pr[i];
        if (ctx->misses && (!right || hit != ng || hit != np)) {
            fprintf(ctx->misses, "plover %ld %s: gold %.*s(", k, id, (int)it.event_len, it.event);
            for (int i = 0; cat && i < MAX_ROOTS && cat->roots[i]; i++)
                fprintf(ctx->misses, "%s%02d", i ? "," : "", cat->roots[i]);
            fprintf(ctx->misses, ")");
            for (int i = 0; i < ns; i++)
                for (int j = 0; j < nt; j++)
                    fprintf(ctx->misses, " %s>%s", src[i], tgt[j]);
            fprintf(ctx->misses, " | tacitus%s", np ? "" : " none");
            for (int q = 0; q < np; q++)
                fprintf(ctx->misses, " %s/%02d/%s", pred[q].src, pred[q].root, pred[q].tgt);
            fprintf(ctx->misses, " |%s%s %s\n", right ? "" : " root wrong;",
                    hit == ng && hit == np ? "" : " triples differ;", text);
        }
        free(text);
        free(out);
    }
    free(buf);
    if (k == 0) {
        snprintf(r->skipped, sizeof r->skipped, "no records read (%ld unreadable)", bad);
        return -1;
    }
    eval_figure(r, "root accuracy", r->items ? (double)root_ok / (double)r->items : 0);
    eval_figure(r, "items given an event", r->items ? (double)coded / (double)r->items : 0);
    eval_figure(r, "root accuracy when coded", coded ? (double)root_ok / (double)coded : 0);
    return 0;
}
