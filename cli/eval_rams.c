/* eval_rams.c -- RAMS 1.0: one event per 5-sentence news window, with roles.
 *
 * ../shared/corpora/rams/dev.jsonlines, then test.jsonlines: one window
 * per line, {doc_key, sentences[[token ...] x 5], evt_triggers[[s, e,
 * [[type, 1.0]]]] (exactly one), gold_evt_links[[[ts, te], [as, ae],
 * "evtNNNargMMrole"]], ...}; token offsets are inclusive and count through
 * the flattened sentences. There is no date. Items are the windows,
 * numbered 1.. through dev then test in file order (odd: tuning, even:
 * held-out); RAMS's own dev/test split plays no part.
 *
 * The text is rebuilt from the tokens, every token followed by one space
 * (sentences too are joined by one space), so "n't" and "'s" stand apart
 * as in the gold tokens; each token's byte span in that text is kept. It
 * is coded as one plain document dated 2016-08-01: the windows come from
 * news linked in 2016 (the dated links run from 2015-08 to 2016-10) and
 * carry no date of their own, so a fixed day in that year gives the
 * offices of the time (Obama, not Trump, as US president). Spans, not actor
 * codes, are scored, so the day only decides which dated dictionary
 * entries can name an actor at all, and a relative date ("on Saturday")
 * moving an event's day changes nothing.
 *
 * The AIDA type maps to a set of CAMEO roots and its roles to source and
 * target (types[] below, docs/accuracy.md); a type that maps to no root
 * puts the window outside the score (counted). The coder's candidates are
 * its events in the window whose root is in the set. Per window:
 *   root hit   some candidate exists;
 *   role hit   (source, target separately, where the gold gives the role)
 *              some candidate's actor span for that role (tac_actor
 *              offset and length: the words that named the actor, the
 *              pronoun for a resolved one) overlaps a gold span of the
 *              role by at least one byte, so a root hit is needed too;
 *              a candidate with the role filled but no overlap is a wrong
 *              filler (fp and fn), no candidate with it a miss (fn).
 * Main P/R/F1: the role slots. For types whose two roles are
 * "participant"s (negotiation, discussion, agreement), either participant
 * is accepted for either role. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "eval.h"
#include "json.h"

#define RAMS_DATE "2016-08-01"

typedef eval_type_map type_map;

static const type_map types[] = {
    {"conflict.attack", {18, 19, 20}, {"attacker"}, {"target"}, 0},
    {"conflict.demonstrate", {14}, {"demonstrator"}, {NULL}, 0},
    {"conflict.yield", {8}, {"yielder", "surrenderer", "retreater"}, {"recipient"}, 0},
    {"contact.threatencoerce", {13}, {"communicator"}, {"recipient"}, 0},
    {"contact.negotiate", {3, 4}, {"participant"}, {NULL}, 1},
    {"contact.discussion", {4, 3}, {"participant"}, {NULL}, 1},
    {"contact.requestadvise", {2}, {"communicator"}, {"recipient"}, 0},
    {"contact.commitmentpromiseexpressintent", {3}, {"communicator"}, {"recipient"}, 0},
    {"contact.commandorder", {10}, {"communicator"}, {"recipient"}, 0},
    {"government.agreements", {5, 6}, {"participant"}, {NULL}, 1},
    {"government.agreements.rejectnullifyagreementcontractceasefire", {12},
     {"rejecternullifier"}, {"otherparticipant"}, 0},
    {"government.agreements.violateagreement", {0}, {NULL}, {NULL}, 0},
    {"justice.arrestjaildetain", {17}, {"jailer"}, {"detainee"}, 0},
    {"justice.investigate", {9}, {"investigator"}, {"defendant"}, 0},
    {"life.die.deathcausedbyviolentevents", {18, 19, 20}, {"killer"}, {"victim"}, 0},
    {"life.injure.injurycausedbyviolentevents", {18, 19}, {"injurer"}, {"victim"}, 0},
    {"transaction.transaction.giftgrantprovideaid", {7}, {"giver"}, {"recipient"}, 0},
    {"transaction.transfermoney.giftgrantprovideaid", {7}, {"giver"}, {"recipient"}, 0},
    {"transaction.transferownership.giftgrantprovideaid", {7}, {"giver"}, {"recipient"}, 0},
};
#define N_TYPES (sizeof types / sizeof types[0])

static const type_map *find_type(const char *type)
{
    const type_map *t = eval_find_type(types, N_TYPES, type);
    return t && t->roots[0] ? t : NULL;
}

/* A gold argument: its bytes in the rebuilt text and its side. */
typedef struct garg {
    size_t b, e;
    int src, tgt;
} garg;

/* One window, rebuilt. Buffers grow and are reused across windows. */
typedef struct window {
    char *text;
    size_t len, cap;
    size_t *tok_b, *tok_e;
    size_t n_tok, tok_cap, tok_cap2;
    garg *args;
    size_t n_args, args_cap;
    char type[160], key[160];
    long trig; /* first token of the trigger, or -1 */
    const char *sents, *trigs, *links;
    size_t sents_len, trigs_len, links_len;
} window;

static int add_token(window *w, const char *tok, size_t n)
{
    if (eval_grow((void **)&w->text, &w->cap, w->len + n + 2, 1) != 0 ||
        eval_grow((void **)&w->tok_b, &w->tok_cap, w->n_tok + 1, sizeof(size_t)) != 0 ||
        eval_grow((void **)&w->tok_e, &w->tok_cap2, w->n_tok + 1, sizeof(size_t)) != 0)
        return -1;
    w->tok_b[w->n_tok] = w->len;
    memcpy(w->text + w->len, tok, n);
    w->len += n;
    w->tok_e[w->n_tok++] = w->len;
    w->text[w->len++] = ' ';
    w->text[w->len] = '\0';
    return 0;
}

static int member(void *user, const char *key, size_t klen, tac_json_type type, const char *val,
                  size_t vlen)
{
    window *w = user;
#define KEY(k) (klen == sizeof(k) - 1 && !memcmp(key, k, klen))
    if (type == TAC_JSON_STRING && KEY("doc_key"))
        snprintf(w->key, sizeof w->key, "%.*s", (int)(vlen < 150 ? vlen : 150), val);
    else if (type == TAC_JSON_NESTED && KEY("sentences"))
        w->sents = val, w->sents_len = vlen;
    else if (type == TAC_JSON_NESTED && KEY("evt_triggers"))
        w->trigs = val, w->trigs_len = vlen;
    else if (type == TAC_JSON_NESTED && KEY("gold_evt_links"))
        w->links = val, w->links_len = vlen;
#undef KEY
    return 0;
}

/* Tokens -> text; the trigger's type; the gold arguments. -1 if malformed. */
static int rebuild(window *w, const type_map **out_map)
{
    size_t p1 = 0, b1, e1;
    char tok[512];
    w->len = w->n_tok = w->n_args = 0;
    w->type[0] = '\0';
    w->trig = -1;
    *out_map = NULL;
    if (!w->sents || !w->trigs)
        return -1;
    while (eval_json_next(w->sents, w->sents_len, &p1, &b1, &e1)) {
        size_t p2 = 0, b2, e2;
        const char *s = w->sents + b1;
        while (eval_json_next(s, e1 - b1, &p2, &b2, &e2)) {
            long n = eval_json_string(s + b2, e2 - b2, tok, sizeof tok);
            if (n < 0 || add_token(w, tok, (size_t)n) != 0)
                return -1;
        }
    }
    /* evt_triggers[0] = [s, e, [[type, 1.0]]] */
    size_t b, e, tb, te, lb, le;
    if (!eval_json_nth(w->trigs, w->trigs_len, 0, &b, &e))
        return -1;
    const char *t0 = w->trigs + b;
    size_t t0n = e - b;
    if (eval_json_nth(t0, t0n, 0, &tb, &te))
        w->trig = eval_json_long(t0 + tb, te - tb);
    if (!eval_json_nth(t0, t0n, 2, &tb, &te) || !eval_json_nth(t0 + tb, te - tb, 0, &lb, &le))
        return -1;
    const char *pair = t0 + tb + lb;
    size_t sb, se;
    if (!eval_json_nth(pair, le - lb, 0, &sb, &se) ||
        eval_json_string(pair + sb, se - sb, w->type, sizeof w->type) < 0)
        return -1;
    const type_map *map = find_type(w->type);
    *out_map = map;
    if (!map || !w->links)
        return 0;
    /* gold_evt_links: [[ts, te], [as, ae], "evtNNNargMMrole"] */
    size_t pl = 0;
    while (eval_json_next(w->links, w->links_len, &pl, &b, &e)) {
        const char *l = w->links + b;
        size_t ln = e - b, ab, ae, xb, xe;
        char label[96];
        if (!eval_json_nth(l, ln, 1, &ab, &ae) || !eval_json_nth(l, ln, 2, &lb, &le) ||
            eval_json_string(l + lb, le - lb, label, sizeof label) < 0)
            continue;
        const char *arg = strstr(label, "arg");
        if (!arg || strlen(arg) < 6)
            continue;
        const char *role = arg + 5;
        long from = eval_json_nth(l + ab, ae - ab, 0, &xb, &xe) ? eval_json_long(l + ab + xb, xe - xb) : -1;
        long to = eval_json_nth(l + ab, ae - ab, 1, &xb, &xe) ? eval_json_long(l + ab + xb, xe - xb) : -1;
        if (from < 0 || to < from || (size_t)to >= w->n_tok)
            continue;
        int src = eval_role_in(map->src, role), tgt = eval_role_in(map->tgt, role) ||
                                                 (map->symmetric && src);
        if (!src && !tgt)
            continue;
        if (eval_grow((void **)&w->args, &w->args_cap, w->n_args + 1, sizeof(garg)) != 0)
            return -1;
        w->args[w->n_args++] = (garg){w->tok_b[from], w->tok_e[to], src, tgt};
    }
    return 0;
}

static int overlaps(size_t b, size_t e, const tac_actor *a)
{
    return a->text && a->text_len > 0 && a->offset < e && b < a->offset + a->text_len;
}

/* How one role slot came out: 0 hit, or the kind of miss. */
enum { R_HIT, R_NOROOT, R_NONE, R_WRONG, N_OUTCOMES };
static const char *const outcome_name[N_OUTCOMES] = {"hit", "no-root", "none", "wrong"};

/* Scores one side (tgt = 0 source, 1 target) of the window. */
static int score_role(const eval_ctx *ctx, long n, const type_map *map, const window *w, int tgt)
{
    int cand = 0, filled = 0;
    for (long i = 0; i < n; i++) {
        const tac_event *ev = tac_coder_event(ctx->coder, (size_t)i);
        if (!eval_type_has_root(map, eval_root(ev->code)))
            continue;
        cand = 1;
        const tac_actor *a = tgt ? &ev->target : &ev->source;
        if (tgt && !ev->has_target)
            continue;
        if (!a->text || !a->text_len)
            continue;
        filled = 1;
        for (size_t g = 0; g < w->n_args; g++)
            if ((tgt ? w->args[g].tgt : w->args[g].src) && overlaps(w->args[g].b, w->args[g].e, a))
                return R_HIT;
    }
    return !cand ? R_NOROOT : filled ? R_WRONG : R_NONE;
}

static void print_misses(const eval_ctx *ctx, long k, const window *w, const type_map *map,
                         long n, int root_ok, int so, int to)
{
    FILE *f = ctx->misses;
    fprintf(f, "rams %ld (%s): %s -> %02d [%s%s%s%s%s] gold", k, w->key, w->type, map->roots[0],
            !root_ok ? (n ? "other-root" : "no-event") : "root-ok",
            so >= 0 ? " src-" : "", so >= 0 ? outcome_name[so] : "",
            to >= 0 ? " tgt-" : "", to >= 0 ? outcome_name[to] : "");
    for (size_t g = 0; g < w->n_args; g++)
        fprintf(f, " %s\"%.*s\"", w->args[g].src && w->args[g].tgt ? "either " :
                                   w->args[g].src ? "src " : "tgt ",
                (int)(w->args[g].e - w->args[g].b), w->text + w->args[g].b);
    if (w->trig >= 0 && (size_t)w->trig < w->n_tok)
        fprintf(f, " trigger \"%.*s\"", (int)(w->tok_e[w->trig] - w->tok_b[w->trig]),
                w->text + w->tok_b[w->trig]);
    fprintf(f, " | tacitus");
    if (!n)
        fprintf(f, " no event");
    for (long i = 0; i < n && i < 8; i++) {
        const tac_event *ev = tac_coder_event(ctx->coder, (size_t)i);
        fprintf(f, "%s %s \"%.*s\"", i ? ";" : "", ev->code, (int)ev->text_len, ev->text);
        fprintf(f, " src %s \"%.*s\"", ev->source.code ? ev->source.code : "-",
                (int)ev->source.text_len, ev->source.text ? ev->source.text : "");
        if (ev->has_target)
            fprintf(f, " tgt %s \"%.*s\"", ev->target.code ? ev->target.code : "-",
                    (int)ev->target.text_len, ev->target.text ? ev->target.text : "");
    }
    fprintf(f, "%s\n", n > 8 ? " ..." : "");
}

typedef struct tally {
    long mapped, outside, root_ok, src_n, src_hit, tgt_n, tgt_hit, bad;
} tally;

static int run_file(eval_ctx *ctx, eval_result *r, const char *rel, long *k, tally *t,
                    window *w)
{
    size_t size;
    char *buf = eval_slurp(ctx, rel, &size, r);
    if (!buf)
        return -1;
    char *out = malloc(size + 1);
    if (!out) {
        free(buf);
        snprintf(r->skipped, sizeof r->skipped, "out of memory");
        return -1;
    }
    long line_no = 0;
    for (char *cur = buf, *line; (line = eval_next_line(&cur)) != NULL;) {
        line_no++;
        if (!*line)
            continue;
        (*k)++;
        if (!eval_in_split(ctx, *k))
            continue;
        char err[160] = "";
        w->sents = w->trigs = w->links = NULL;
        w->key[0] = '\0';
        const type_map *map = NULL;
        if (tac_json_object(line, strlen(line), out, member, w, err, sizeof err) < 0 ||
            rebuild(w, &map) != 0) {
            t->bad++;
            if (ctx->misses)
                fprintf(ctx->misses, "rams %s line %ld: not a window (%s), skipped\n", rel,
                        line_no, err[0] ? err : "sentences or the trigger unreadable");
            continue;
        }
        if (!map) {
            t->outside++;
            continue;
        }
        long n = eval_code(ctx, w->key, RAMS_DATE, NULL, w->text);
        if (n < 0)
            n = 0;
        t->mapped++;
        r->items++;
        int root_ok = 0, first = 0;
        for (long i = 0; i < n; i++) {
            int root = eval_root(tac_coder_event(ctx->coder, (size_t)i)->code);
            if (i == 0)
                first = root;
            root_ok |= eval_type_has_root(map, root);
        }
        t->root_ok += root_ok;
        int main_root = map->roots[0];
        r->root_gold[main_root]++;
        r->root_pred[root_ok ? main_root : first]++;
        r->root_hit[main_root] += root_ok;
        int has_src = 0, has_tgt = 0;
        for (size_t g = 0; g < w->n_args; g++) {
            has_src |= w->args[g].src;
            has_tgt |= w->args[g].tgt;
        }
        int so = -1, to = -1;
        if (has_src) {
            so = score_role(ctx, n, map, w, 0);
            t->src_n++;
            t->src_hit += so == R_HIT;
        }
        if (has_tgt) {
            to = score_role(ctx, n, map, w, 1);
            t->tgt_n++;
            t->tgt_hit += to == R_HIT;
        }
        const int outcomes[2] = {so, to};
        for (int s = 0; s < 2; s++) {
            if (outcomes[s] == R_HIT)
                r->tp++;
            else if (outcomes[s] == R_WRONG)
                r->fp++, r->fn++;
            else if (outcomes[s] > 0)
                r->fn++;
        }
        if (ctx->misses && (!root_ok || (so > 0) || (to > 0)))
            print_misses(ctx, *k, w, map, n, root_ok, so, to);
    }
    free(out);
    free(buf);
    return 0;
}

int eval_rams(eval_ctx *ctx, eval_result *r)
{
    window w;
    memset(&w, 0, sizeof w);
    tally t;
    memset(&t, 0, sizeof t);
    long k = 0;
    r->measure = "source/target spans of the event (overlap, root right)";
    r->has_roots = 1;
    int rc = run_file(ctx, r, "corpora/rams/dev.jsonlines", &k, &t, &w);
    if (rc == 0)
        rc = run_file(ctx, r, "corpora/rams/test.jsonlines", &k, &t, &w);
    free(w.text);
    free(w.tok_b);
    free(w.tok_e);
    free(w.args);
    if (rc != 0)
        return -1;
    if (ctx->misses)
        fprintf(ctx->misses, "rams: %ld windows scored, %ld outside CAMEO, %ld unreadable\n",
                t.mapped, t.outside, t.bad);
    eval_figure(r, "root accuracy", t.mapped ? (double)t.root_ok / (double)t.mapped : 0);
    eval_figure(r, "source R", t.src_n ? (double)t.src_hit / (double)t.src_n : 0);
    eval_figure(r, "target R", t.tgt_n ? (double)t.tgt_hit / (double)t.tgt_n : 0);
    eval_figure(r, "windows outside CAMEO (count)", (double)t.outside);
    return 0;
}
