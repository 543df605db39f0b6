/* lg_roles.c -- experiment: would a Link Grammar parse pick better sources and targets?
 *
 * NOT part of the build or the tests (`make lg-experiment` builds and runs
 * it; it needs Debian's liblink-grammar-dev). docs/accuracy.md, "A syntactic
 * parse for roles: measured", has the figures and the verdict.
 *
 *   tacitus code --format json --explain ... | lg_roles [options] > adjusted.jsonl
 *
 * Reads tacitus events (JSON Lines with --explain: each has its sentence,
 * the spans of source, target and matched words). Each distinct sentence is
 * parsed once by Link Grammar with a per-sentence time limit. For each
 * event:
 *
 *   verb     the first word of the matched words (outside the actors' spans)
 *            that the parse tags as a verb; events matched on a noun keep
 *            their roles;
 *   agent    the verb's subject: S (or inverted SI) on the finite word the
 *            verb hangs from through auxiliaries (PP, I, Pg, Pv; TO when the
 *            upper verb has no object), a coordinated verb (VJ) and a subject
 *            relative clause (RS to "who", R to its noun); after a passive
 *            (Pv) the agent is the J object of "by" (MV), and the subject is
 *            the patient;
 *   patient  the verb's O object, else the subject of its complement clause
 *            ("demanded that X ...": TH or TS, C or SI), else the J object
 *            of a preposition among the matched words, else of "with",
 *            "against", "on", ... (MV); else the same for the verb of its
 *            infinitive ("threatened to ban X": TO, I).
 *
 * A role's phrase is its word and the words it reaches through noun-phrase
 * links (D, A, AN, G, GN, M, J, NM, YS, YP, SJ, ...). The phrase belongs to
 * tacitus's source or target when its head word (or, failing that, only
 * one of them) lies inside that actor's span. Then, in --mode swap, an
 * event whose agent is the target and whose patient is the source has its
 * source and target swapped (--either: one of the two is enough when the
 * other role is not the other actor); --mode reassign also
 * replaces the source (target) by the agent's (patient's) phrase when that
 * phrase overlaps neither actor and its core (the head with its
 * determiners, adjectives, name words, possessors and conjuncts, no
 * post-modifiers) is an actor for tacitus
 * (tac_coder_actor_in, the public API), and gives a target to an event that
 * had none. Every other line is written unchanged.
 *
 * With --reject, an event whose agent is the source and whose verb has no
 * patient at all (no object, clause or prepositional object) loses its
 * target.
 *
 * Options: --mode swap|reassign (swap), --either, --reject, --timeout SECONDS (2), --nulls N
 * (0 = strict: a sentence with no complete linkage is left alone), --dict
 * DIR (tacitus dictionaries for reassign; data/dict), -v (each changed
 * event and its parse to stderr). A summary (counts, parse time per
 * sentence, the slowest) goes to stderr. */
#include <link-grammar/link-includes.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "json.h"
#include "tacitus.h"

#define MAX_WORDS 512
#define MAX_LINKS 1024

typedef struct span {
    long b, e; /* byte offsets in the document's field; b < 0: none */
} span;

/* One event line, as read. Slices point into the line. */
typedef struct ev_line {
    char doc[256], date[16], field[16];
    const char *src_raw, *tgt_raw, *ev_raw; /* nested objects in the line */
    size_t src_len, tgt_len, ev_len;
    span src, tgt, evs, sent;
    char sentence[65536];
    int has_sentence;
} ev_line;

/* The parse of one sentence, copied out of Link Grammar. */
typedef struct parse {
    int ok;                  /* a linkage was found */
    int timed_out;
    size_t nw, nl;
    char *word[MAX_WORDS];   /* as Link Grammar writes them: "attacked.v-d" */
    long wb[MAX_WORDS], we[MAX_WORDS]; /* byte range in the sentence */
    size_t lw[MAX_LINKS], rw[MAX_LINKS];
    char type[MAX_LINKS][8]; /* the link type: the label's upper-case head */
    char *label[MAX_LINKS];
} parse;

typedef struct stats {
    long events, sentences, no_parse, timeouts, no_verb, noun_event;
    long rejected;
    long confirmed, swapped, reassigned_src, reassigned_tgt, added_tgt, undecided;
    double total_s, worst_s;     /* wall clock */
    double cpu_s, worst_cpu_s;   /* CPU time (the machine may be shared) */
    char worst[200];
} stats;

/* where a role's phrase lies: no role, source, target, neither actor, both */
enum { R_NONE = 0, R_SRC, R_TGT, R_OTHER, R_BOTH };

/* ---- reading the event line --------------------------------------------- */

static int read_span(const char *raw, size_t len, span *out)
{
    char tmp[64];
    size_t n = len < sizeof tmp - 1 ? len : sizeof tmp - 1;
    memcpy(tmp, raw, n);
    tmp[n] = '\0';
    return sscanf(tmp, "[%ld,%ld]", &out->b, &out->e) == 2;
}

typedef struct sub_ctx {
    span *sp;
    span *sent;
    char *sentence;
    size_t cap;
    int *has_sentence;
    char *field;
} sub_ctx;

static int sub_member(void *user, const char *key, size_t klen, tac_json_type type,
                      const char *val, size_t vlen)
{
    sub_ctx *c = user;
#define KEY(k) (klen == sizeof(k) - 1 && !memcmp(key, k, klen))
    if (type == TAC_JSON_NESTED && KEY("span") && c->sp)
        read_span(val, vlen, c->sp);
    else if (type == TAC_JSON_NESTED && KEY("sentence_span") && c->sent)
        read_span(val, vlen, c->sent);
    else if (type == TAC_JSON_STRING && KEY("sentence") && c->sentence && vlen < c->cap) {
        memcpy(c->sentence, val, vlen);
        c->sentence[vlen] = '\0';
        *c->has_sentence = 1;
    } else if (type == TAC_JSON_STRING && KEY("field") && c->field && vlen < 16) {
        memcpy(c->field, val, vlen);
        c->field[vlen] = '\0';
    }
#undef KEY
    return 0;
}

static int sub_object(const char *raw, size_t len, sub_ctx *c)
{
    char *tmp = malloc(len + 1), err[128];
    if (!tmp)
        return -1;
    int rc = tac_json_object(raw, len, tmp, sub_member, c, err, sizeof err);
    free(tmp);
    return rc;
}

static int line_member(void *user, const char *key, size_t klen, tac_json_type type,
                       const char *val, size_t vlen)
{
    ev_line *e = user;
#define KEY(k) (klen == sizeof(k) - 1 && !memcmp(key, k, klen))
    if (type == TAC_JSON_STRING && KEY("doc") && vlen < sizeof e->doc) {
        memcpy(e->doc, val, vlen);
        e->doc[vlen] = '\0';
    } else if (type == TAC_JSON_STRING && KEY("date") && vlen < sizeof e->date) {
        memcpy(e->date, val, vlen);
        e->date[vlen] = '\0';
    } else if (type == TAC_JSON_NESTED && KEY("source")) {
        e->src_raw = val, e->src_len = vlen;
    } else if (type == TAC_JSON_NESTED && KEY("target")) {
        e->tgt_raw = val, e->tgt_len = vlen;
    } else if (type == TAC_JSON_NESTED && KEY("event")) {
        e->ev_raw = val, e->ev_len = vlen;
    } else if (type == TAC_JSON_NESTED && KEY("explain")) {
        sub_ctx c = {NULL, &e->sent, e->sentence, sizeof e->sentence, &e->has_sentence, e->field};
        sub_object(val, vlen, &c);
    }
#undef KEY
    return 0;
}

static int read_line(const char *line, size_t len, ev_line *e)
{
    memset(e, 0, offsetof(ev_line, sentence));
    e->src.b = e->tgt.b = e->evs.b = e->sent.b = -1;
    e->has_sentence = 0;
    char *tmp = malloc(len + 1), err[128];
    if (!tmp)
        return -1;
    int rc = tac_json_object(line, len, tmp, line_member, e, err, sizeof err);
    free(tmp);
    if (rc != 0 || !e->src_raw || !e->ev_raw || !e->has_sentence || e->sent.b < 0)
        return -1;
    sub_ctx c = {&e->src, NULL, NULL, 0, NULL, NULL};
    sub_object(e->src_raw, e->src_len, &c);
    if (e->tgt_raw) {
        c.sp = &e->tgt;
        sub_object(e->tgt_raw, e->tgt_len, &c);
    }
    c.sp = &e->evs;
    sub_object(e->ev_raw, e->ev_len, &c);
    return e->evs.b < 0 ? -1 : 0;
}

/* ---- parsing --------------------------------------------------------------- */

static double now_s(clockid_t clk)
{
    struct timespec ts;
    clock_gettime(clk, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static void parse_clear(parse *p)
{
    for (size_t i = 0; i < p->nw; i++)
        free(p->word[i]);
    for (size_t i = 0; i < p->nl; i++)
        free(p->label[i]);
    p->nw = p->nl = 0;
    p->ok = p->timed_out = 0;
}

static char *dup_str(const char *s)
{
    size_t n = strlen(s);
    char *d = malloc(n + 1);
    if (d)
        memcpy(d, s, n + 1);
    return d;
}

static void parse_sentence(Dictionary dict, Parse_Options po, const char *text, parse *p,
                           stats *st)
{
    parse_clear(p);
    parse_options_reset_resources(po);
    double t0 = now_s(CLOCK_MONOTONIC), c0 = now_s(CLOCK_PROCESS_CPUTIME_ID);
    Sentence s = sentence_create(text, dict);
    if (s && sentence_parse(s, po) >= 0 && sentence_num_valid_linkages(s) > 0) {
        Linkage lk = linkage_create(0, s, po);
        if (lk && linkage_get_num_words(lk) <= MAX_WORDS &&
            linkage_get_num_links(lk) <= MAX_LINKS) {
            p->nw = linkage_get_num_words(lk);
            for (size_t w = 0; w < p->nw; w++) {
                p->word[w] = dup_str(linkage_get_word(lk, w));
                p->wb[w] = linkage_get_word_byte_start(lk, w);
                p->we[w] = linkage_get_word_byte_end(lk, w);
            }
            p->nl = linkage_get_num_links(lk);
            for (size_t l = 0; l < p->nl; l++) {
                const char *lab = linkage_get_link_label(lk, l);
                p->label[l] = dup_str(lab ? lab : "");
                p->lw[l] = linkage_get_link_lword(lk, l);
                p->rw[l] = linkage_get_link_rword(lk, l);
                size_t k = 0;
                while (lab && k < sizeof p->type[l] - 1 && lab[k] >= 'A' && lab[k] <= 'Z') {
                    p->type[l][k] = lab[k];
                    k++;
                }
                p->type[l][k] = '\0';
            }
            p->ok = 1;
        }
        if (lk)
            linkage_delete(lk);
    }
    p->timed_out = parse_options_timer_expired(po);
    if (s)
        sentence_delete(s);
    double dt = now_s(CLOCK_MONOTONIC) - t0;
    double dc = now_s(CLOCK_PROCESS_CPUTIME_ID) - c0;
    st->cpu_s += dc;
    if (dc > st->worst_cpu_s)
        st->worst_cpu_s = dc;
    st->sentences++;
    st->total_s += dt;
    st->no_parse += !p->ok;
    st->timeouts += p->timed_out;
    if (dt > st->worst_s) {
        st->worst_s = dt;
        /* its size only: held-out sentences are not to be read */
        size_t words = 0;
        for (const char *c = text; *c; c++)
            words += *c != ' ' && (c == text || c[-1] == ' ');
        snprintf(st->worst, sizeof st->worst, "%zu words, %zu bytes", words, strlen(text));
    }
}

/* ---- roles from the linkage ------------------------------------------------ */

/* The word's subscript after its last '.', or "". */
static const char *subscript(const char *w)
{
    const char *d = strrchr(w, '.');
    return d && d != w ? d + 1 : "";
}

static int is_verb(const char *w)
{
    const char *s = subscript(w);
    return s[0] == 'v' || s[0] == 'w' || s[0] == 'q' || s[0] == 'g';
}

/* The word without its subscript, lower-cased, into out. */
static void base_word(const char *w, char *out, size_t cap)
{
    size_t n = 0;
    const char *end = strrchr(w, '.');
    if (!end || end == w)
        end = w + strlen(w);
    const char *br = strchr(w, '[');
    if (br && br < end)
        end = br;
    for (const char *c = w; c < end && n + 1 < cap; c++)
        out[n++] = (char)(*c >= 'A' && *c <= 'Z' ? *c - 'A' + 'a' : *c);
    out[n] = '\0';
}

static int is_type(const parse *p, size_t l, const char *t)
{
    return !strcmp(p->type[l], t);
}

/* The other end of a link of type t with the word w at the given side
 * (left = 1: w is the link's left word), or -1. */
static long linked(const parse *p, size_t w, const char *t, int left)
{
    for (size_t l = 0; l < p->nl; l++)
        if (is_type(p, l, t) && (left ? p->lw[l] : p->rw[l]) == w)
            return (long)(left ? p->rw[l] : p->lw[l]);
    return -1;
}

/* The finite word the verb v hangs from (through auxiliaries and verb
 * coordination); sets *passive when a Pv link is crossed. */
static size_t head_of(const parse *p, size_t v, int *passive)
{
    size_t cur = v;
    for (int steps = 0; steps < 16; steps++) {
        long nxt = -1;
        for (size_t l = 0; l < p->nl && nxt < 0; l++) {
            if (p->rw[l] != cur)
                continue;
            const char *t = p->type[l], *lab = p->label[l];
            if (!strcmp(t, "PP") || !strcmp(t, "I")) {
                nxt = (long)p->lw[l];
            } else if (!strcmp(t, "P") && (lab[1] == 'v' || lab[1] == 'g')) {
                /* "was attacked" (Pv), "is attacking" (Pg) */
                *passive |= lab[1] == 'v';
                nxt = (long)p->lw[l];
            } else if (!strcmp(t, "TO") && linked(p, p->lw[l], "O", 1) < 0) {
                /* "X wants to attack": X attacks; "X urged Y to attack": Y
                 * does, the upper verb's object, which is not looked for */
                nxt = (long)p->lw[l];
            }
        }
        if (nxt < 0) {
            /* a verb coordination: VJl (v, and), VJr (and, v) */
            for (size_t l = 0; l < p->nl && nxt < 0; l++) {
                if (!strcmp(p->type[l], "VJ") && p->label[l][2] == 'l' && p->lw[l] == cur)
                    nxt = (long)p->rw[l];
                else if (!strcmp(p->type[l], "VJ") && p->label[l][2] == 'r' && p->rw[l] == cur)
                    nxt = (long)p->lw[l];
            }
        }
        if (nxt < 0)
            break;
        cur = (size_t)nxt;
    }
    return cur;
}

/* The subject word of the finite word h, or -1. */
static long subject_of(const parse *p, size_t h, int *passive)
{
    long s = linked(p, h, "S", 0);
    if (s < 0)
        s = linked(p, h, "SX", 0);
    if (s < 0)
        s = linked(p, h, "SI", 1);
    if (s < 0)
        s = linked(p, h, "SXI", 1);
    if (s < 0) {
        /* a subject relative clause: noun -R-> who -RS-> verb */
        long who = linked(p, h, "RS", 0);
        if (who >= 0)
            s = linked(p, (size_t)who, "R", 0);
    }
    if (s < 0) {
        /* a participle modifying a noun: "troops attacking X" (Mg) is
         * active, "troops backed by Iran" (Mv) passive */
        s = linked(p, h, "M", 0);
        for (size_t l = 0; l < p->nl && s >= 0; l++)
            if (!strcmp(p->type[l], "M") && p->rw[l] == h && p->label[l][1] == 'v')
                *passive = 1;
        if (s >= 0 && !*passive) {
            int g = 0;
            for (size_t l = 0; l < p->nl; l++)
                g |= !strcmp(p->type[l], "M") && p->rw[l] == h && p->label[l][1] == 'g';
            if (!g)
                s = -1;
        }
    }
    return s;
}

/* The subject of a clause word w opens (a C link that is not CV), or -1. */
static long clause_subject(const parse *p, size_t w)
{
    for (size_t l = 0; l < p->nl; l++)
        if (p->lw[l] == w && (!strcmp(p->type[l], "C") || !strcmp(p->type[l], "SI")))
            return (long)p->rw[l];
    return -1;
}

/* The subject of the complement clause of verb v: "demanded that X ..."
 * (TH or TS to "that", C or SI to X), "said X must ..." (C), or -1. */
static long complement_subject(const parse *p, size_t v)
{
    long that = linked(p, v, "TH", 1);
    if (that < 0)
        that = linked(p, v, "TS", 1);
    long s = that >= 0 ? clause_subject(p, (size_t)that) : -1;
    return s >= 0 ? s : clause_subject(p, v);
}

/* The J object of a preposition linked from w through MV whose word is
 * one of preps (NULL-terminated), or -1. */
static long prep_object(const parse *p, size_t w, const char *const *preps)
{
    for (size_t l = 0; l < p->nl; l++) {
        if (strcmp(p->type[l], "MV") || p->lw[l] != w)
            continue;
        char b[32];
        base_word(p->word[p->rw[l]], b, sizeof b);
        for (size_t k = 0; preps[k]; k++)
            if (!strcmp(b, preps[k])) {
                long j = linked(p, p->rw[l], "J", 1);
                if (j >= 0)
                    return j;
            }
    }
    return -1;
}

static int inside(long b, long e, span s)
{
    return s.b >= 0 && b >= s.b && e <= s.e && e > b;
}

static int overlaps(long b, long e, span s)
{
    return s.b >= 0 && b < s.e && e > s.b;
}

/* The noun-phrase words of head h into in[] (1 = in the phrase). */
static void phrase_of(const parse *p, size_t h, const size_t *stop, int nstop, int core,
                      char *in)
{
    static const char *const full[] = {"D", "DD", "DG", "A", "AN", "G", "GN", "M", "J", "NM",
                                       "NN", "ND", "YS", "YP", "SJ", "L", "AM", "EA", "MX", "X",
                                       NULL};
    /* the core: the head's own words, without its post-modifiers (M, J) */
    static const char *const inner[] = {"D", "DD", "DG", "A", "AN", "G", "GN", "NM", "YS",
                                        "YP", "SJ", "L", NULL};
    const char *const *np = core ? inner : full;
    size_t queue[MAX_WORDS];
    int nq = 0;
    memset(in, 0, p->nw);
    in[h] = 1;
    queue[nq++] = h;
    for (int qi = 0; qi < nq; qi++) {
        size_t w = queue[qi];
        for (size_t l = 0; l < p->nl; l++) {
            size_t o;
            if (p->lw[l] == w)
                o = p->rw[l];
            else if (p->rw[l] == w)
                o = p->lw[l];
            else
                continue;
            if (in[o] || o == 0 || o + 1 == p->nw)
                continue;
            int ok = 0;
            for (size_t k = 0; np[k] && !ok; k++)
                ok = !strcmp(p->type[l], np[k]);
            for (int k = 0; k < nstop && ok; k++)
                ok = o != stop[k];
            if (!ok)
                continue;
            in[o] = 1;
            if (nq < MAX_WORDS)
                queue[nq++] = o;
        }
    }
}

/* Where the phrase of word h (sentence offsets; off = the sentence's
 * offset in the field) lies: R_SRC, R_TGT or R_OTHER; its byte range in
 * *pb, *pe (field offsets). */
static int place(const parse *p, long h, long off, const ev_line *e, const size_t *stop,
                 int nstop, long *pb, long *pe)
{
    char core[MAX_WORDS];
    char in[MAX_WORDS];
    if (h < 0)
        return R_NONE;
    long hb = p->wb[h] + off, he = p->we[h] + off;
    phrase_of(p, (size_t)h, stop, nstop, 0, in);
    phrase_of(p, (size_t)h, stop, nstop, 1, core);
    int s = 0, t = 0;
    *pb = hb, *pe = he;
    for (size_t w = 1; w + 1 < p->nw; w++) {
        if (!in[w])
            continue;
        long b = p->wb[w] + off, en = p->we[w] + off;
        if (core[w] && b < *pb) /* the byte range of the core, for reassign */
            *pb = b;
        if (core[w] && en > *pe)
            *pe = en;
        s |= overlaps(b, en, e->src);
        t |= overlaps(b, en, e->tgt);
    }
    if (overlaps(hb, he, e->src) && !overlaps(hb, he, e->tgt))
        return R_SRC;
    if (overlaps(hb, he, e->tgt) && !overlaps(hb, he, e->src))
        return R_TGT;
    if (s && !t)
        return R_SRC;
    if (t && !s)
        return R_TGT;
    return s && t ? R_BOTH : R_OTHER;
}

/* ---- writing ---------------------------------------------------------------- */

static void put_json_str(FILE *f, const char *s, size_t n)
{
    fputc('"', f);
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == '"' || c == '\\')
            fprintf(f, "\\%c", c);
        else if (c < 0x20)
            fprintf(f, "\\u%04x", c);
        else
            fputc(c, f);
    }
    fputc('"', f);
}

/* An actor object as tacitus writes it (code, country, agents, text, span). */
static char *actor_json(const tac_actor *a, const char *text, long b, long e)
{
    char *buf = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&buf, &len);
    if (!f)
        return NULL;
    fputs("{\"code\":", f);
    put_json_str(f, a->code ? a->code : "", a->code ? strlen(a->code) : 0);
    fputs(",\"country\":", f);
    if (a->country)
        put_json_str(f, a->country, strlen(a->country));
    else
        fputs("null", f);
    fputs(",\"agents\":[", f);
    for (int i = 0; i < a->n_agents; i++) {
        if (i)
            fputc(',', f);
        put_json_str(f, a->agents[i], strlen(a->agents[i]));
    }
    fputs("],\"text\":", f);
    put_json_str(f, text, (size_t)(e - b));
    fprintf(f, ",\"span\":[%ld,%ld],\"lg\":true}", b, e);
    fclose(f);
    return buf;
}

/* ---- one event --------------------------------------------------------------- */

typedef struct opts {
    int reassign, verbose;
    int either; /* swap when one role says so (the other unknown), not only both */
    int reject; /* drop the target when the verb has no patient at all */
} opts;

static void show_parse(const parse *p)
{
    for (size_t l = 0; l < p->nl; l++)
        fprintf(stderr, " %s(%s,%s)", p->label[l], p->word[p->lw[l]], p->word[p->rw[l]]);
    fputc('\n', stderr);
}

/* Writes the event line, adjusted by the parse. */
static void do_event(const char *line, size_t len, const ev_line *e, const parse *p,
                     tac_coder *coder, const opts *o, stats *st)
{
    st->events++;
    long off = e->sent.b;
    if (!p->ok) {
        fwrite(line, 1, len, stdout);
        return;
    }
    /* the verb of the matched words */
    long v = -1, anyword = -1;
    for (size_t w = 1; w + 1 < p->nw && v < 0; w++) {
        long b = p->wb[w] + off, en = p->we[w] + off;
        if (!inside(b, en, e->evs) || overlaps(b, en, e->src) || overlaps(b, en, e->tgt))
            continue;
        if (anyword < 0)
            anyword = (long)w;
        if (is_verb(p->word[w]))
            v = (long)w;
    }
    if (v < 0) {
        if (anyword < 0)
            st->no_verb++;
        else
            st->noun_event++;
        fwrite(line, 1, len, stdout);
        return;
    }
    int passive = 0;
    size_t h = head_of(p, (size_t)v, &passive);
    long subj = subject_of(p, h, &passive);
    long agent, patient;
    static const char *const by[] = {"by", NULL};
    static const char *const preps[] = {"with", "against", "on", "upon", "at", "toward",
                                        "towards", "into", "to", "from", NULL};
    if (passive) {
        agent = prep_object(p, (size_t)v, by);
        patient = subj;
    } else {
        agent = subj;
        patient = linked(p, (size_t)v, "O", 1);
        if (patient < 0)
            patient = complement_subject(p, (size_t)v);
        for (size_t w = 1; w + 1 < p->nw && patient < 0; w++) {
            long b = p->wb[w] + off, en = p->we[w] + off;
            if ((long)w == v || !inside(b, en, e->evs) || overlaps(b, en, e->src) ||
                overlaps(b, en, e->tgt))
                continue;
            patient = linked(p, w, "J", 1);
        }
        if (patient < 0)
            patient = prep_object(p, (size_t)v, preps);
        /* "threatened to ban X", "agreed to lift sanctions on X": the
         * verb of the infinitive (TO, I) and its object */
        long to = linked(p, (size_t)v, "TO", 1);
        long v2 = to >= 0 ? linked(p, (size_t)to, "I", 1) : -1;
        if (patient < 0 && v2 >= 0) {
            patient = linked(p, (size_t)v2, "O", 1);
            if (patient < 0)
                patient = complement_subject(p, (size_t)v2);
            if (patient < 0)
                patient = prep_object(p, (size_t)v2, preps);
        }
    }
    size_t stop[2] = {(size_t)v, h};
    long ab = 0, ae = 0, pb = 0, pe = 0;
    int a = place(p, agent, off, e, stop, 2, &ab, &ae);
    int t = place(p, patient, off, e, stop, 2, &pb, &pe);
    int has_tgt = e->tgt_raw != NULL;
    const char *what = NULL;
    char *new_src = NULL, *new_tgt = NULL;
    int swap = 0;
    int flip = o->either ? (a == R_TGT || t == R_SRC) && a != R_SRC && t != R_TGT
                         : a == R_TGT && t == R_SRC;
    if (has_tgt && flip) {
        swap = 1;
        what = "swap";
        st->swapped++;
    } else if (a == R_SRC && (t == R_TGT || !has_tgt)) {
        st->confirmed++;
    } else {
        st->undecided++;
        if (o->verbose > 1)
            what = "undecided";
    }
    int drop = 0;
    if (o->reject && has_tgt && !swap && a == R_SRC && t == R_NONE) {
        /* the parse gives the verb no object, no clause and no
         * prepositional object: the target is no argument of it */
        drop = 1;
        what = "reject";
        st->rejected++;
    }
    if (o->reassign && !swap && !drop) {
        tac_actor ac;
        /* the agent's phrase is neither actor: is it an actor of its own? */
        if (a == R_OTHER &&
            tac_coder_actor_in(coder, e->sentence + (ab - off), (size_t)(ae - ab), e->sentence,
                               strlen(e->sentence), e->date, &ac)) {
            new_src = actor_json(&ac, e->sentence + (ab - off), ab, ae);
            st->reassigned_src++;
            what = "agent";
        }
        if (t == R_OTHER &&
            tac_coder_actor_in(coder, e->sentence + (pb - off), (size_t)(pe - pb), e->sentence,
                               strlen(e->sentence), e->date, &ac)) {
            new_tgt = actor_json(&ac, e->sentence + (pb - off), pb, pe);
            if (has_tgt)
                st->reassigned_tgt++;
            else
                st->added_tgt++;
            what = what ? "agent+patient" : "patient";
        }
    }
    if (o->verbose && what) {
        static const char *const where[] = {"-", "source", "target", "other", "both"};
        fprintf(stderr, "%s %s: %s | verb %s%s agent %s (%s) patient %s (%s)\n  %.*s -> %.*s %s\n",
                e->doc, what, e->sentence, p->word[v], passive ? " (passive)" : "",
                agent >= 0 ? p->word[agent] : "-", where[a], patient >= 0 ? p->word[patient] : "-",
                where[t], (int)e->src_len, e->src_raw, has_tgt ? (int)e->tgt_len : 0,
                has_tgt ? e->tgt_raw : "", new_src ? new_src : new_tgt ? new_tgt : "");
        show_parse(p);
    }
    size_t so = (size_t)(e->src_raw - line), se = so + e->src_len;
    size_t eo = (size_t)(e->ev_raw - line);
    if (drop) {
        /* the line without its "target":{...}, member */
        size_t to = (size_t)(e->tgt_raw - line), te = to + e->tgt_len;
        size_t k = to;
        while (k > se && line[k] != '"')
            k--;
        k--;
        while (k > se && line[k] != '"')
            k--;
        if (te < len && line[te] == ',')
            te++;
        fwrite(line, 1, k, stdout);
        fwrite(line + te, 1, len - te, stdout);
    } else if (swap) {
        size_t to = (size_t)(e->tgt_raw - line), te = to + e->tgt_len;
        fwrite(line, 1, so, stdout);
        fwrite(e->tgt_raw, 1, e->tgt_len, stdout);
        fwrite(line + se, 1, to - se, stdout);
        fwrite(e->src_raw, 1, e->src_len, stdout);
        fwrite(line + te, 1, len - te, stdout);
    } else if (new_src || new_tgt) {
        fwrite(line, 1, so, stdout);
        if (new_src)
            fputs(new_src, stdout);
        else
            fwrite(e->src_raw, 1, e->src_len, stdout);
        if (has_tgt) {
            size_t to = (size_t)(e->tgt_raw - line), te = to + e->tgt_len;
            fwrite(line + se, 1, to - se, stdout);
            if (new_tgt)
                fputs(new_tgt, stdout);
            else
                fwrite(e->tgt_raw, 1, e->tgt_len, stdout);
            fwrite(line + te, 1, len - te, stdout);
        } else {
            /* no target before: insert one before "event" */
            size_t k = eo;
            while (k > se && line[k] != '"')
                k--; /* the closing quote of "event" */
            k--;
            while (k > se && line[k] != '"')
                k--; /* its opening quote */
            fwrite(line + se, 1, k - se, stdout);
            if (new_tgt) {
                fputs("\"target\":", stdout);
                fputs(new_tgt, stdout);
                fputc(',', stdout);
            }
            fwrite(line + k, 1, len - k, stdout);
        }
    } else {
        fwrite(line, 1, len, stdout);
    }
    free(new_src);
    free(new_tgt);
}

/* Link Grammar's messages go to stderr (its default handler writes some to
 * stdout, which would mix them with the events); info and debug are dropped. */
static void lg_message(lg_errinfo *ei, void *data)
{
    (void)data;
    if (ei->severity <= lg_Warn)
        fprintf(stderr, "link-grammar: %s: %s", ei->severity_label, ei->text);
}

/* ---- main -------------------------------------------------------------------- */

int main(int argc, char **argv)
{
    opts o = {0, 0, 0, 0};
    int timeout = 2, nulls = 0;
    const char *dict_dir = "data/dict";
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "--mode") && i + 1 < argc) {
            const char *m = argv[++i];
            o.reassign = !strcmp(m, "reassign");
            if (strcmp(m, "swap") && strcmp(m, "reassign")) {
                fprintf(stderr, "lg_roles: --mode swap or reassign\n");
                return 2;
            }
        } else if (!strcmp(argv[i], "--timeout") && i + 1 < argc) {
            timeout = atoi(argv[++i]);
        } else if (!strcmp(argv[i], "--nulls") && i + 1 < argc) {
            nulls = atoi(argv[++i]);
        } else if (!strcmp(argv[i], "--dict") && i + 1 < argc) {
            dict_dir = argv[++i];
        } else if (!strcmp(argv[i], "--reject")) {
            o.reject = 1;
        } else if (!strcmp(argv[i], "--either")) {
            o.either = 1;
        } else if (!strcmp(argv[i], "-v") || !strcmp(argv[i], "-vv")) {
            o.verbose += argv[i][2] == 'v';
            o.verbose++;
        } else {
            fprintf(stderr, "usage: lg_roles [--mode swap|reassign] [--either] [--reject] [--timeout S] "
                            "[--nulls N] "
                            "[--dict DIR] [-v] < events.jsonl > adjusted.jsonl\n");
            return 2;
        }
    }
    tac_dict *td = NULL;
    tac_coder *coder = NULL;
    if (o.reassign && (tac_dict_load(dict_dir, NULL, NULL, &td) != TAC_OK ||
                       tac_coder_new(td, NULL, &coder) != TAC_OK)) {
        fprintf(stderr, "lg_roles: cannot load the dictionaries in %s\n", dict_dir);
        return 3;
    }
    lg_error_set_handler(lg_message, NULL);
    Dictionary dict = dictionary_create_lang("en");
    if (!dict) {
        fprintf(stderr, "lg_roles: no Link Grammar English dictionary\n");
        return 3;
    }
    Parse_Options po = parse_options_create();
    parse_options_set_verbosity(po, 0);
    parse_options_set_max_parse_time(po, timeout);
    parse_options_set_min_null_count(po, 0);
    parse_options_set_max_null_count(po, nulls);
    parse_options_set_linkage_limit(po, 100);
    static parse p;
    static ev_line e;
    stats st;
    memset(&st, 0, sizeof st);
    char last_key[600] = "";
    char *line = NULL;
    size_t cap = 0;
    ssize_t n;
    while ((n = getline(&line, &cap, stdin)) > 0) {
        if (read_line(line, (size_t)n, &e) != 0) {
            fwrite(line, 1, (size_t)n, stdout);
            continue;
        }
        char key[600];
        snprintf(key, sizeof key, "%s|%s|%ld", e.doc, e.field, e.sent.b);
        if (strcmp(key, last_key)) {
            parse_sentence(dict, po, e.sentence, &p, &st);
            snprintf(last_key, sizeof last_key, "%s", key);
        }
        do_event(line, (size_t)n, &e, &p, coder, &o, &st);
    }
    free(line);
    parse_clear(&p);
    fprintf(stderr,
            "lg_roles: %ld events in %ld sentences; %ld sentences without a %s linkage "
            "(%ld over the %d s limit)\n"
            "  parse: %.1f sentences/s (CPU time: %.1f/s), mean %.1f ms, slowest %.2f s "
            "(CPU %.2f s; %s)\n"
            "  events: %ld no matched word, %ld matched on a noun, %ld confirmed, %ld swapped, "
            "%ld undecided; %ld targets dropped; reassigned %ld sources, %ld targets, %ld targets "
            "added\n",
            st.events, st.sentences, st.no_parse, nulls ? "usable" : "complete", st.timeouts, timeout,
            st.total_s > 0 ? (double)st.sentences / st.total_s : 0,
            st.cpu_s > 0 ? (double)st.sentences / st.cpu_s : 0,
            st.sentences ? 1000 * st.total_s / (double)st.sentences : 0, st.worst_s,
            st.worst_cpu_s, st.worst,
            st.no_verb, st.noun_event, st.confirmed, st.swapped, st.undecided, st.rejected,
            st.reassigned_src, st.reassigned_tgt, st.added_tgt);
    parse_options_delete(po);
    dictionary_delete(dict);
    tac_coder_free(coder);
    tac_dict_free(td);
    return 0;
}
