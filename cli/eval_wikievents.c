/* eval_wikievents.c -- WikiEvents: (root, source, target) triples per news document.
 *
 * ../shared/corpora/wikievents/dev.jsonl, then test.jsonl: one document a
 * line, {doc_id, sentences[[[token, start, end] ...], text], entity_mentions
 * [{id, start, end, ...}], event_mentions[{event_type, trigger{start, ...},
 * arguments[{entity_id, role}]}], ...}; mention and trigger offsets count
 * tokens through the document, the end exclusive. coref/dev.jsonlines and
 * coref/test.jsonlines give each document's coreference clusters of
 * mention ids ({doc_key, clusters[[id ...]]}). There is no date. Items are
 * the documents, numbered 1.. through dev then test (odd: tuning, even:
 * held-out).
 *
 * The text is rebuilt from the sentences' tokens: one space where the
 * token offsets leave a gap, none where they touch ("Russia's" stays one
 * word), and a blank line between sentences (the file's own "text" runs
 * the sentences together: "in SyriaThe desert"). It is coded whole as one
 * plain document dated 2016-01-01: the stories carry no date (the ids that
 * name one run from 2014 to 2017), a fixed day keeps runs repeatable, and
 * as spans, not actor codes, are scored, the day only decides which dated
 * dictionary entries (offices) can name an actor at all.
 *
 * An entity is a coreference cluster, or a mention in none. Each gold event
 * whose KAIROS type maps to CAMEO roots (types[] below, docs/accuracy.md)
 * gives triples (roots, source entity, target entity) for every pair of
 * its source- and target-role arguments, "-" where the event has no
 * argument of that role; events with neither are left out (counted), as
 * are those of unmapped types. Meetings have two "Participant"s: each pair
 * of participant entities is a triple whose two may come in either order.
 * Triples are counted once per document.
 *
 * A gold triple is found when some event tacitus codes in the document has
 * a root of the set, its source span (tac_actor offset and length) overlaps
 * a mention of the source entity, and its target span one of the target
 * entity (a "-" asks nothing). Main R: gold triples found. P, where the
 * gold set is exhaustive: the coded events of code 173 or roots 18-20
 * (WikiEvents marks every attack, death, injury and arrest of its
 * documents) that find a gold triple; the main P/R/F1 counts those that
 * find none as fp beside the triples (tp, fn); "event precision" is their
 * share of the coded events alone. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "eval.h"
#include "json.h"

#define WIKI_DATE "2016-01-01"
#define ID_LEN 64

typedef eval_type_map type_map;

static const type_map types[] = {
    {"Conflict.Attack", {18, 19, 20}, {"Attacker"}, {"Target", "Victim"}, 0},
    {"Conflict.Demonstrate", {14}, {"Demonstrator"}, {"Target"}, 0},
    {"Contact.Contact.Meet", {4, 3}, {"Participant"}, {NULL}, 1},
    {"Contact.Contact.Broadcast", {1}, {"Communicator"}, {"Recipient"}, 0},
    {"Contact.RequestCommand", {2, 10}, {"Communicator"}, {"Recipient"}, 0},
    {"Contact.ThreatenCoerce", {13}, {"Communicator"}, {"Recipient"}, 0},
    {"Justice.ArrestJailDetain", {17}, {"Jailer"}, {"Detainee"}, 0},
    {"Justice.InvestigateCrime", {9}, {"Investigator"}, {"Defendant"}, 0},
    {"Life.Die", {18, 19, 20}, {"Killer"}, {"Victim"}, 0},
    {"Life.Injure", {18, 19}, {"Injurer"}, {"Victim"}, 0},
};
#define N_TYPES (sizeof types / sizeof types[0])

/* A mention: its id, bytes in the rebuilt text and entity number. */
typedef struct mention {
    char id[ID_LEN];
    long tok_b, tok_e; /* tokens, end exclusive */
    size_t b, e;
    int entity;
} mention;

/* A gold triple; src, tgt are entity numbers or -1. */
typedef struct triple {
    const type_map *map;
    int src, tgt;
    char trigger[48];
} triple;

typedef struct doc {
    char id[128];
    char *text;
    size_t len, cap;
    size_t *tok_b, *tok_e;
    size_t n_tok, tok_cap, tok_cap2;
    mention *ments;
    size_t n_ments, ments_cap;
    triple *trips;
    size_t n_trips, trips_cap;
    const char *sents, *ments_raw, *events;
    size_t sents_len, ments_raw_len, events_len;
    char *scratch, *scratch2; /* for nested objects, one level each */
} doc;

static int put_text(doc *d, const char *s, size_t n)
{
    if (eval_grow((void **)&d->text, &d->cap, d->len + n + 1, 1) != 0)
        return -1;
    memcpy(d->text + d->len, s, n);
    d->len += n;
    d->text[d->len] = '\0';
    return 0;
}

#define KEY(k) (klen == sizeof(k) - 1 && !memcmp(key, k, klen))

static int doc_member(void *user, const char *key, size_t klen, tac_json_type type,
                      const char *val, size_t vlen)
{
    doc *d = user;
    if (type == TAC_JSON_STRING && KEY("doc_id"))
        snprintf(d->id, sizeof d->id, "%.*s", (int)(vlen < 120 ? vlen : 120), val);
    else if (type == TAC_JSON_NESTED && KEY("sentences"))
        d->sents = val, d->sents_len = vlen;
    else if (type == TAC_JSON_NESTED && KEY("entity_mentions"))
        d->ments_raw = val, d->ments_raw_len = vlen;
    else if (type == TAC_JSON_NESTED && KEY("event_mentions"))
        d->events = val, d->events_len = vlen;
    return 0;
}

/* sentences -> text and token spans. */
static int rebuild_text(doc *d)
{
    size_t p1 = 0, b1, e1;
    char tok[512];
    d->len = d->n_tok = 0;
    if (put_text(d, "", 0) != 0)
        return -1;
    while (eval_json_next(d->sents, d->sents_len, &p1, &b1, &e1)) {
        const char *s = d->sents + b1;
        size_t sb, se, p2 = 0, b2, e2;
        if (!eval_json_nth(s, e1 - b1, 0, &sb, &se))
            return -1;
        if (d->len && put_text(d, "\n\n", 2) != 0)
            return -1;
        long prev_end = -1;
        while (eval_json_next(s + sb, se - sb, &p2, &b2, &e2)) {
            const char *t = s + sb + b2;
            size_t tn = e2 - b2, xb, xe;
            long n = eval_json_nth(t, tn, 0, &xb, &xe) ? eval_json_string(t + xb, xe - xb, tok, sizeof tok)
                                              : -1;
            long start = eval_json_nth(t, tn, 1, &xb, &xe) ? eval_json_long(t + xb, xe - xb) : -1;
            long end = eval_json_nth(t, tn, 2, &xb, &xe) ? eval_json_long(t + xb, xe - xb) : -1;
            if (n < 0 || start < 0 || end < start)
                return -1;
            if (prev_end >= 0 && start > prev_end && put_text(d, " ", 1) != 0)
                return -1;
            prev_end = end;
            if (eval_grow((void **)&d->tok_b, &d->tok_cap, d->n_tok + 1, sizeof(size_t)) != 0 ||
                eval_grow((void **)&d->tok_e, &d->tok_cap2, d->n_tok + 1, sizeof(size_t)) != 0)
                return -1;
            d->tok_b[d->n_tok] = d->len;
            if (put_text(d, tok, (size_t)n) != 0)
                return -1;
            d->tok_e[d->n_tok++] = d->len;
        }
    }
    return 0;
}

static int mention_member(void *user, const char *key, size_t klen, tac_json_type type,
                          const char *val, size_t vlen)
{
    mention *m = user;
    if (type == TAC_JSON_STRING && KEY("id"))
        snprintf(m->id, sizeof m->id, "%.*s", (int)(vlen < ID_LEN - 1 ? vlen : ID_LEN - 1), val);
    else if (type == TAC_JSON_NUMBER && KEY("start"))
        m->tok_b = eval_json_long(val, vlen);
    else if (type == TAC_JSON_NUMBER && KEY("end"))
        m->tok_e = eval_json_long(val, vlen);
    return 0;
}

static long find_mention(const doc *d, const char *id)
{
    for (size_t i = 0; i < d->n_ments; i++)
        if (!strcmp(d->ments[i].id, id))
            return (long)i;
    return -1;
}

static int read_mentions(doc *d)
{
    size_t pos = 0, b, e;
    char err[120];
    d->n_ments = 0;
    while (d->ments_raw && eval_json_next(d->ments_raw, d->ments_raw_len, &pos, &b, &e)) {
        mention m;
        memset(&m, 0, sizeof m);
        m.tok_b = m.tok_e = -1;
        if (tac_json_object(d->ments_raw + b, e - b, d->scratch, mention_member, &m, err,
                            sizeof err) != 0 ||
            !m.id[0] || m.tok_b < 0 || m.tok_e <= m.tok_b || (size_t)m.tok_e > d->n_tok)
            continue;
        m.b = d->tok_b[m.tok_b];
        m.e = d->tok_e[m.tok_e - 1];
        m.entity = (int)d->n_ments + 100000; /* its own, until a cluster says more */
        if (eval_grow((void **)&d->ments, &d->ments_cap, d->n_ments + 1, sizeof m) != 0)
            return -1;
        d->ments[d->n_ments++] = m;
    }
    return 0;
}

typedef struct coref_line {
    char key[128];
    const char *clusters;
    size_t clusters_len;
} coref_line;

static int coref_member(void *user, const char *key, size_t klen, tac_json_type type,
                        const char *val, size_t vlen)
{
    coref_line *c = user;
    if (type == TAC_JSON_STRING && KEY("doc_key"))
        snprintf(c->key, sizeof c->key, "%.*s", (int)(vlen < 120 ? vlen : 120), val);
    else if (type == TAC_JSON_NESTED && KEY("clusters"))
        c->clusters = val, c->clusters_len = vlen;
    return 0;
}

/* Gives the mentions of each of the document's clusters one entity number.
 * coref is the whole coreference file (read-only). Returns the clusters
 * found (0 if the document has no line). */
static long apply_coref(doc *d, const char *coref)
{
    long clusters = 0;
    char err[120], id[ID_LEN];
    for (const char *line = coref; line && *line;) {
        const char *nl = strchr(line, '\n');
        size_t ll = nl ? (size_t)(nl - line) : strlen(line);
        char *tmp = malloc(ll + 1);
        if (!tmp)
            return clusters;
        coref_line c;
        memset(&c, 0, sizeof c);
        int ok = tac_json_object(line, ll, tmp, coref_member, &c, err, sizeof err) == 0 &&
                 !strcmp(c.key, d->id) && c.clusters;
        if (ok) {
            size_t p1 = 0, b1, e1;
            while (eval_json_next(c.clusters, c.clusters_len, &p1, &b1, &e1)) {
                size_t p2 = 0, b2, e2;
                while (eval_json_next(c.clusters + b1, e1 - b1, &p2, &b2, &e2)) {
                    if (eval_json_string(c.clusters + b1 + b2, e2 - b2, id, sizeof id) < 0)
                        continue;
                    long m = find_mention(d, id);
                    if (m >= 0)
                        d->ments[m].entity = (int)clusters;
                }
                clusters++;
            }
        }
        free(tmp);
        if (ok)
            break;
        line = nl ? nl + 1 : NULL;
    }
    return clusters;
}

typedef struct gold_event {
    char type[96], trigger[48];
    const char *args, *trig; /* raw slices of the input */
    size_t args_len, trig_len;
} gold_event;

static int event_member(void *user, const char *key, size_t klen, tac_json_type type,
                        const char *val, size_t vlen)
{
    gold_event *g = user;
    if (type == TAC_JSON_STRING && KEY("event_type"))
        snprintf(g->type, sizeof g->type, "%.*s", (int)(vlen < 90 ? vlen : 90), val);
    else if (type == TAC_JSON_NESTED && KEY("arguments"))
        g->args = val, g->args_len = vlen;
    else if (type == TAC_JSON_NESTED && KEY("trigger"))
        g->trig = val, g->trig_len = vlen;
    return 0;
}

typedef struct gold_arg {
    char entity[ID_LEN], role[48];
} gold_arg;

static int arg_member(void *user, const char *key, size_t klen, tac_json_type type,
                      const char *val, size_t vlen)
{
    gold_arg *a = user;
    if (type == TAC_JSON_STRING && KEY("entity_id"))
        snprintf(a->entity, sizeof a->entity, "%.*s",
                 (int)(vlen < ID_LEN - 1 ? vlen : ID_LEN - 1), val);
    else if (type == TAC_JSON_STRING && KEY("role"))
        snprintf(a->role, sizeof a->role, "%.*s", (int)(vlen < 47 ? vlen : 47), val);
    return 0;
}

static int trigger_member(void *user, const char *key, size_t klen, tac_json_type type,
                          const char *val, size_t vlen)
{
    char *text = user;
    if (type == TAC_JSON_STRING && KEY("text"))
        snprintf(text, 48, "%.*s", (int)(vlen < 47 ? vlen : 47), val);
    return 0;
}

#undef KEY

static int add_triple(doc *d, const type_map *map, int src, int tgt, const char *trigger)
{
    if (map->symmetric && src > tgt) {
        int t = src;
        src = tgt;
        tgt = t;
    }
    for (size_t i = 0; i < d->n_trips; i++)
        if (d->trips[i].map == map && d->trips[i].src == src && d->trips[i].tgt == tgt)
            return 0;
    if (eval_grow((void **)&d->trips, &d->trips_cap, d->n_trips + 1, sizeof(triple)) != 0)
        return -1;
    triple *t = &d->trips[d->n_trips++];
    t->map = map;
    t->src = src;
    t->tgt = tgt;
    snprintf(t->trigger, sizeof t->trigger, "%s", trigger);
    return 0;
}

typedef struct tally {
    long docs, outside, no_role, trips, found, root_found, src_n, src_found, tgt_n, tgt_found;
    long coded, coded_ok;
} tally;

/* The gold triples of the document. */
static int read_events(doc *d, tally *t)
{
    size_t pos = 0, b, e;
    char err[120];
    d->n_trips = 0;
    while (d->events && eval_json_next(d->events, d->events_len, &pos, &b, &e)) {
        gold_event g;
        memset(&g, 0, sizeof g);
        if (tac_json_object(d->events + b, e - b, d->scratch, event_member, &g, err,
                            sizeof err) != 0)
            continue;
        const type_map *map = eval_find_type(types, N_TYPES, g.type);
        if (!map) {
            t->outside++;
            continue;
        }
        if (g.trig && g.trig[0] == '{') /* its text, for --misses */
            tac_json_object(g.trig, g.trig_len, d->scratch2, trigger_member, g.trigger, err,
                            sizeof err);
        int srcs[16], tgts[16], ns = 0, nt = 0;
        size_t pa = 0, ab, ae;
        while (g.args && eval_json_next(g.args, g.args_len, &pa, &ab, &ae)) {
            gold_arg a;
            memset(&a, 0, sizeof a);
            if (tac_json_object(g.args + ab, ae - ab, d->scratch2, arg_member, &a, err,
                                sizeof err) != 0)
                continue;
            long m = find_mention(d, a.entity);
            if (m < 0)
                continue;
            int ent = d->ments[m].entity;
            if (eval_role_in(map->src, a.role) && ns < 16)
                srcs[ns++] = ent;
            else if (eval_role_in(map->tgt, a.role) && nt < 16)
                tgts[nt++] = ent;
        }
        if (!ns && !nt) {
            t->no_role++;
            continue;
        }
        if (map->symmetric) {
            /* each pair of participants; one alone has no partner */
            if (ns == 1 && add_triple(d, map, srcs[0], -1, g.trigger) != 0)
                return -1;
            for (int i = 0; i < ns; i++)
                for (int j = i + 1; j < ns; j++)
                    if (srcs[i] != srcs[j] && add_triple(d, map, srcs[i], srcs[j], g.trigger) != 0)
                        return -1;
            continue;
        }
        for (int i = 0; i < (ns ? ns : 1); i++)
            for (int j = 0; j < (nt ? nt : 1); j++)
                if (add_triple(d, map, ns ? srcs[i] : -1, nt ? tgts[j] : -1, g.trigger) != 0)
                    return -1;
    }
    return 0;
}

/* 1 if the actor's span overlaps a mention of entity ent. */
static int names_entity(const doc *d, const tac_actor *a, int ent)
{
    if (!a->text || !a->text_len)
        return 0;
    for (size_t i = 0; i < d->n_ments; i++)
        if (d->ments[i].entity == ent && a->offset < d->ments[i].e &&
            d->ments[i].b < a->offset + a->text_len)
            return 1;
    return 0;
}

/* How event ev meets triple tr: bit 1 root, 2 source, 4 target (a "-"
 * counts as met). */
static int meets(const doc *d, const tac_event *ev, const triple *tr)
{
    if (!eval_type_has_root(tr->map, eval_root(ev->code)))
        return 0;
    const tac_actor *tg = ev->has_target ? &ev->target : NULL;
    int s = tr->src < 0 || names_entity(d, &ev->source, tr->src);
    int t = tr->tgt < 0 || (tg && names_entity(d, tg, tr->tgt));
    if (tr->map->symmetric && tr->tgt < 0) {
        /* a participant alone: either role */
        s = t = tr->src < 0 || names_entity(d, &ev->source, tr->src) ||
                (tg && names_entity(d, tg, tr->src));
    } else if (tr->map->symmetric && !(s && t)) {
        /* the two participants the other way round */
        int s2 = names_entity(d, &ev->source, tr->tgt), t2 = tg && names_entity(d, tg, tr->src);
        if (s2 && t2)
            s = t = 1;
    }
    return 1 | (s ? 2 : 0) | (t ? 4 : 0);
}

/* The first mention of an entity, for --misses. */
static void print_entity(FILE *f, const doc *d, int ent)
{
    if (ent < 0) {
        fprintf(f, "-");
        return;
    }
    for (size_t i = 0; i < d->n_ments; i++)
        if (d->ments[i].entity == ent) {
            fprintf(f, "\"%.*s\"", (int)(d->ments[i].e - d->ments[i].b), d->text + d->ments[i].b);
            return;
        }
    fprintf(f, "?");
}

static void print_event(FILE *f, const tac_event *ev)
{
    fprintf(f, "%s \"%.*s\" src %s \"%.*s\"", ev->code, (int)ev->text_len, ev->text,
            ev->source.code ? ev->source.code : "-", (int)ev->source.text_len,
            ev->source.text ? ev->source.text : "");
    if (ev->has_target)
        fprintf(f, " tgt %s \"%.*s\"", ev->target.code ? ev->target.code : "-",
                (int)ev->target.text_len, ev->target.text ? ev->target.text : "");
}

static void score_doc(eval_ctx *ctx, eval_result *r, const doc *d, long k, long n, tally *t)
{
    for (size_t i = 0; i < d->n_trips; i++) {
        const triple *tr = &d->trips[i];
        int root_ok = 0, src_ok = 0, tgt_ok = 0, all_ok = 0;
        long root_ev = -1;
        for (long j = 0; j < n && !all_ok; j++) {
            int m = meets(d, tac_coder_event(ctx->coder, (size_t)j), tr);
            if (m && root_ev < 0)
                root_ev = j;
            root_ok |= m & 1;
            src_ok |= (m & 3) == 3;
            tgt_ok |= (m & 5) == 5;
            all_ok |= m == 7;
        }
        int main_root = tr->map->roots[0];
        t->trips++;
        r->root_gold[main_root]++;
        t->root_found += root_ok;
        r->root_hit[main_root] += root_ok;
        if (tr->src >= 0) {
            t->src_n++;
            t->src_found += src_ok;
        }
        if (tr->tgt >= 0) {
            t->tgt_n++;
            t->tgt_found += tgt_ok;
        }
        if (all_ok) {
            t->found++;
            r->tp++;
            continue;
        }
        r->fn++;
        if (!ctx->misses)
            continue;
        fprintf(ctx->misses, "wikievents %ld (%s): %s -> %02d [%s] src ", k, d->id,
                tr->map->prefix, main_root,
                !root_ok                             ? "no-root"
                : tr->src >= 0 && !src_ok && tr->tgt >= 0 && !tgt_ok ? "src-miss tgt-miss"
                : tr->src >= 0 && !src_ok            ? "src-miss"
                : tr->tgt >= 0 && !tgt_ok            ? "tgt-miss"
                                                     : "roles-apart");
        print_entity(ctx->misses, d, tr->src);
        fprintf(ctx->misses, " tgt ");
        print_entity(ctx->misses, d, tr->tgt);
        fprintf(ctx->misses, " trigger \"%s\"", tr->trigger);
        if (root_ev >= 0) {
            fprintf(ctx->misses, " | tacitus ");
            print_event(ctx->misses, tac_coder_event(ctx->coder, (size_t)root_ev));
        }
        fprintf(ctx->misses, "\n");
    }
    /* precision: arrests and roots 18-20, all marked in the gold set */
    for (long j = 0; j < n; j++) {
        const tac_event *ev = tac_coder_event(ctx->coder, (size_t)j);
        int root = eval_root(ev->code);
        if (root)
            r->root_pred[root]++;
        if (root < 18 && strncmp(ev->code, "173", 3))
            continue;
        t->coded++;
        int ok = 0;
        for (size_t i = 0; i < d->n_trips && !ok; i++)
            ok = meets(d, ev, &d->trips[i]) == 7;
        t->coded_ok += ok;
        if (!ok) {
            r->fp++;
            if (ctx->misses) {
                fprintf(ctx->misses, "wikievents %ld (%s): [extra] ", k, d->id);
                print_event(ctx->misses, ev);
                fprintf(ctx->misses, "\n");
            }
        }
    }
}

static int run_file(eval_ctx *ctx, eval_result *r, const char *rel, const char *coref_rel,
                    long *k, tally *t, doc *d)
{
    size_t size;
    char *buf = eval_slurp(ctx, rel, &size, r);
    if (!buf)
        return -1;
    char *coref = eval_slurp(ctx, coref_rel, NULL, r);
    if (!coref) {
        free(buf);
        return -1;
    }
    char *out = malloc(size + 1), *s1 = malloc(size + 1), *s2 = malloc(size + 1);
    if (!out || !s1 || !s2) {
        free(buf);
        free(coref);
        free(out);
        free(s1);
        free(s2);
        snprintf(r->skipped, sizeof r->skipped, "out of memory");
        return -1;
    }
    d->scratch = s1;
    d->scratch2 = s2;
    long line_no = 0;
    int rc = 0;
    for (char *cur = buf, *line; (line = eval_next_line(&cur)) != NULL;) {
        line_no++;
        if (!*line)
            continue;
        (*k)++;
        if (!eval_in_split(ctx, *k))
            continue;
        char err[160] = "";
        d->sents = d->ments_raw = d->events = NULL;
        d->id[0] = '\0';
        if (tac_json_object(line, strlen(line), out, doc_member, d, err, sizeof err) < 0 ||
            !d->sents || rebuild_text(d) != 0) {
            if (ctx->misses)
                fprintf(ctx->misses, "wikievents %s line %ld: not a document (%s), skipped\n",
                        rel, line_no, err[0] ? err : "sentences unreadable");
            continue;
        }
        int oom = read_mentions(d) != 0;
        if (!oom) {
            apply_coref(d, coref); /* before the events: their arguments take entities */
            oom = read_events(d, t) != 0;
        }
        if (oom) {
            snprintf(r->skipped, sizeof r->skipped, "out of memory");
            rc = -1;
            break;
        }
        long n = eval_code(ctx, d->id, WIKI_DATE, NULL, d->text);
        if (n < 0)
            n = 0;
        t->docs++;
        r->items++;
        score_doc(ctx, r, d, *k, n, t);
    }
    free(buf);
    free(coref);
    free(out);
    free(s1);
    free(s2);
    return rc;
}

static double ratio(long a, long b)
{
    return b > 0 ? (double)a / (double)b : 0.0;
}

int eval_wikievents(eval_ctx *ctx, eval_result *r)
{
    doc d;
    memset(&d, 0, sizeof d);
    tally t;
    memset(&t, 0, sizeof t);
    long k = 0;
    r->measure = "gold (root, source, target) triples found; fp: 173/18-20 events finding none";
    r->has_roots = 1;
    int rc = run_file(ctx, r, "corpora/wikievents/dev.jsonl", "corpora/wikievents/coref/dev.jsonlines",
                      &k, &t, &d);
    if (rc == 0)
        rc = run_file(ctx, r, "corpora/wikievents/test.jsonl",
                      "corpora/wikievents/coref/test.jsonlines", &k, &t, &d);
    free(d.text);
    free(d.tok_b);
    free(d.tok_e);
    free(d.ments);
    free(d.trips);
    if (rc != 0)
        return -1;
    if (ctx->misses)
        fprintf(ctx->misses,
                "wikievents: %ld documents, %ld triples, %ld gold events outside CAMEO, %ld "
                "with no source or target argument\n",
                t.docs, t.trips, t.outside, t.no_role);
    eval_figure(r, "root R", ratio(t.root_found, t.trips));
    eval_figure(r, "source R", ratio(t.src_found, t.src_n));
    eval_figure(r, "target R", ratio(t.tgt_found, t.tgt_n));
    eval_figure(r, "event precision", ratio(t.coded_ok, t.coded));
    eval_figure(r, "gold events outside CAMEO (count)", (double)t.outside);
    eval_figure(r, "gold events with no role (count)", (double)t.no_role);
    return 0;
}
