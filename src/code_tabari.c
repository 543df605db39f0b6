/* code_tabari.c -- coding with a TABARI dictionary set (tabari.c loads it):
 * TABARI's rules for actors, compounds, verb patterns, slots, pronouns,
 * passive voice, clauses, complexity and FORWARD, on the tokens, vocabulary
 * and event output of the coder (code.c); docs/tabari-validation.md lists
 * what each rule reproduces. */
#include "code.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- TABARI sets ------------------------------------------------------
 *
 * A dictionary loaded by tac_dict_load_tabari is coded with TABARI's rules
 * (docs/tabari-validation.md), on the same tokens, vocabulary, actor trie
 * and event records as the native rules:
 *
 *   tokens --> words (hyphens split, '_' dropped), each with the vocabulary
 *              ids it can match: the word, "word=", the word without a noun
 *              ending (actors only) and every stem that begins it
 *   filters    MINIMUM WORDS; COMMA clauses nulled (no actor, verb,
 *              pronoun or conjunction left; pattern words still match)
 *   actors     longest actor-trie match at each word ('_' = adjacent,
 *              space = up to TB_GAP words between); an agent beside an
 *              actor joins it (ARN + ~GOV = ARNGOV; NGM~ goes in front)
 *   groups     actors joined by and/or/commas (determiners and <ADJECTIVE>
 *              words may stand between); [A/B] codes are compounds
 *   drops      [###]/[+++] actors, verb phrases or time phrases anywhere,
 *              COMPLEX limits: no event from the sentence
 *   verbs      each word that is a verb form (not after a determiner or an
 *              <ADJECTIVE>, not before 's or n't, not capitalised
 *              mid-sentence, not in an actor); its patterns, in TABARI's
 *              order (tabari.c), are matched within the verb's clause: words
 *              before '*' leftwards, words after it rightwards, slots bind
 *              actors (a word set of the sentence skips hopeless patterns)
 *   roles      '$'/'+' slots; else the passive "X was V-ed by Y"; else the
 *              first actor of the verb's clause before it (or the source of
 *              an earlier verb of the sentence, or the first actor after it
 *              in the clause) and the first actor after the verb in its
 *              clause (or, failing that, the nearest before it in the
 *              clause), passing over one equal to the source, as TABARI's
 *              coder does; '%' or a compound with no target gives the
 *              events among its members; [032:033] adds the reverse event;
 *              DEFAULT codes fill a missing side
 *   clauses    end at TABARI's conjunctions and/but/or/nor outside compounds;
 *              CODE BY CLAUSE: after an event, the next verb is looked for
 *              in the next clause; '?' verbs (SAID) code only when no other
 *              verb of the sentence does */

#define TB_GAP 4        /* words allowed between space-separated words */
#define TB_CANDS 8      /* vocabulary ids one word can match */
#define TB_MAX_WORDS 400
_Static_assert(sizeof ((tac_coder *)0)->tb_sep / sizeof(uint16_t) >= TB_MAX_WORDS,
               "tb_sep holds a separator per word");
#define TB_NOUNEND TAC_TB_SYN /* a candidate reached by a noun ending */
#define TB_NULLED 2           /* tbw.agentw: a word of a dropped clause */
#define TB_RCH_MANY 3 /* tbw.nrch: more than one root child */
/* tbw.lxf: some candidate is an <ADJECTIVE> word; a <NOUN> or <ADJECTIVE> */
#define TB_LX_ADJ 1u
#define TB_LX_NOUNADJ 2u
/* tbw.lxf: a root of its whole-word verb form (dslot) has [###]/[+++]
 * patterns (the only words the drop check tries) */
#define TB_LX_DROPS 4u
/* tbw.lxf, words the rules test by their text (set once per distinct word
 * in tb_word_text, so that a pass over the words tests a bit): "but",
 * "or", "nor" (with "and", conj: TABARI's clause conjunctions); "but";
 * "former", "been", "was", "were" (no verb, tb_is_verb); "n't" */
#define TB_LX_BRK 8u
#define TB_LX_BUT 16u
#define TB_LX_NOVERB 32u
#define TB_LX_NT 64u
#define TB_LX_AND 128u /* "and" (conj, unless COMMA drops its clause) */

typedef struct tb_bind {
    int src, tgt, comp; /* groups, -1 = none */
    uint32_t lo, hi;    /* words the match covers */
} tb_bind;

/* What a word's text alone decides (tb_word_text): a word's fields (tbw)
 * and a word cache entry's (tb_wc), copied from one to the other whole. */
#define TB_WI_FIELDS                                                          \
    uint64_t abloom;    /* tac_tb_act_bloom of the candidates a deeper      \
                         * actor trie edge may carry (tabari.h) */          \
    uint32_t cand[TB_CANDS];                                                  \
    /* form slots (tabari.h, forms) of its candidates: vslot of the first   \
     * that is a verb form, dslot of the first whole word that is one */    \
    uint32_t vslot, dslot;                                                    \
    uint32_t rch;       /* (nrch below) */                                    \
    uint8_t n_cand;                                                           \
    /* (bit-fields: the entry stays 64 bytes, a word 128) */                 \
    uint8_t conj : 1, det : 1;                                                \
    uint8_t pron : 2;   /* 1 a subject or object pronoun, 2 a possessive */ \
    /* a pronoun, a verb form or a TB_LX_AND, _BRK or _DROPS word: one the  \
     * word pass of tac_tb_code_sentence looks at (COMMA's nulling leaves   \
     * it: the pass tests the fields themselves then) */                    \
    uint8_t pass : 1;                                                         \
    /* the actor trie's root child of its candidates (rmask): an actor      \
     * phrase may start at the word only with one (tb_actors); nrch 0 or    \
     * 1 (rch), or TB_RCH_MANY: look them up then (nulled by COMMA: 0) */   \
    uint8_t nrch : 2;                                                         \
    uint8_t pmask;      /* bit k: cand[k] is a word of some pattern's       \
                         * signature (tabari.h, sig_item) */                \
    /* bit k: cand[k] passes the act_item test of an edge from the root,    \
     * of a deeper edge, of a deeper <ADJECTIVE> edge (TB_ACT_* per         \
     * candidate) */                                                        \
    uint8_t rmask, dmask, amask;                                              \
    uint8_t lxf;        /* TB_LX_*: vocabulary flags of its candidates */    \
    uint8_t klen;       /* (the cache entry's key length) */                 \
    uint32_t cbloom;    /* tb_cbit of each candidate: a word without an     \
                         * item's bit surely does not hold it (tb_has) */
typedef struct tb_wi {
    TB_WI_FIELDS
} tb_wi;

typedef struct tbw {
    union {
        tb_wi wi;
        struct {
            TB_WI_FIELDS
        };
    };
    const char *s;      /* folded word */
    uint32_t len;
    uint32_t tok;       /* token index */
    uint8_t punct, cap, comma, poss;
    uint8_t stop;       /* punctuation other than '"': an actor phrase's
                         * gap does not cross it */
    uint8_t agentw;     /* 1: in an agent phrase joined to no actor;
                         * TB_NULLED: in a clause COMMA dropped */
    uint16_t vtail;     /* the words of vhit's root after the first
                         * ("AIR_STRIKE": 1; tac_tb_verb.tail), set with
                         * vhit (in padding: tbw stays 128 bytes) */
    int actor;          /* tb mention covering it, or -1 */
    /* the first pattern of its verb forms that matches here, found once
     * per sentence (tb_verb_hit) */
    uint8_t vtried;
    const tac_pattern *vhit;
    tb_bind vb;
} tbw;
_Static_assert(sizeof(tb_wi) == 64 && sizeof(tbw) == 128,
               "a word cache entry's fields fill one cache line, a word two");

typedef struct tbm {
    uint32_t start, end;   /* words [start, end) */
    const char *code;
    const char *base;      /* the code before an agent joined it */
    int agents;            /* agents joined (TABARI joins one) */
    int agent;             /* 1: an agent not joined to an actor */
    int group;
} tbm;

typedef struct tbg {
    uint32_t first, n;     /* mentions */
    uint32_t start, end;   /* words */
} tbg;

/* A word cache entry (80 bytes): the word's key and what it decides.
 * 32,768 entries (2.6 MB, of which a corpus touches one 64-byte line per
 * distinct word) in sets of four (TB_WC_WAYS) hold a news corpus's
 * working vocabulary: two-way with 16,384 entries, a pair's third word
 * evicted the others in turn and corpus2198 x50 recomputed 1,400 words
 * (~900 instructions each) on each pass; at 4,096 entries a fifth of the
 * lookups recomputed their word. The key (tb_wc_key) is two 8-byte words
 * that, with the length, hold the whole word: a hit is two compares, no
 * memcmp. A new word goes first in its set, the last one leaves. */
#define TB_WC_BITS 15
#define TB_WC_N (1u << TB_WC_BITS) /* entries, a power of two */
#define TB_WC_WAYS 4       /* entries of a set, a power of two */
#define TB_WC_LEN 16       /* longer words are not kept */
struct tb_wc {
    uint64_t ka, kb;
    tb_wi wi;          /* wi.klen: the length of the word, 0 = empty */
};

/* The cbloom bit of a candidate (or a pattern word looked for). */
static inline uint32_t tb_cbit(uint32_t item)
{
    return (uint32_t)1 << ((item * 0x9e3779b1U) >> 27);
}

static inline int tb_has(const tbw *w, uint32_t item)
{
    if (!(w->cbloom & tb_cbit(item)))
        return 0;
    for (int i = 0; i < w->n_cand; i++)
        if (w->cand[i] == item)
            return 1;
    return 0;
}

/* Fills the candidate ids of a word by probing the vocabulary for each
 * (the reference for tb_cands, used when the word index is unusable). */
static void tb_cands_probe(const tac_dict *d, tbw *w)
{
    const tac_lexicon *lx = &d->lex;
    uint32_t id;
    w->n_cand = 0;
    if (w->len == 0)
        return;
    if (tac_strmap_get(&lx->map, w->s, w->len, &id)) {
        w->cand[w->n_cand++] = id | TAC_TB_EXACT;
        if (lx->w[id].flags & TAC_LX_TBSTEM)
            w->cand[w->n_cand++] = id;
    }
    /* "MOUSE=": the word exactly, no ending */
    if (w->len < 255 && w->n_cand < TB_CANDS) {
        char buf[256];
        memcpy(buf, w->s, w->len);
        buf[w->len] = '=';
        if (tac_strmap_get(&lx->map, buf, w->len + 1, &id))
            w->cand[w->n_cand++] = id | TAC_TB_EXACT;
    }
    /* noun endings of an exact word, for actor phrases only (Libyas,
     * forces): marked TB_NOUNEND so patterns do not take them */
    for (uint32_t cut = 1; cut <= 2 && cut < w->len; cut++) {
        if (w->s[w->len - 1] != 's' || (cut == 2 && w->s[w->len - 2] != 'e'))
            break;
        if (tac_strmap_get(&lx->map, w->s, w->len - cut, &id) && w->n_cand < TB_CANDS)
            w->cand[w->n_cand++] = id | TAC_TB_EXACT | TB_NOUNEND;
    }
    uint32_t min = d->tabari->stem_min ? d->tabari->stem_min : 1;
    for (uint32_t l = w->len - 1; l >= min && l > 0 && w->n_cand < TB_CANDS; l--) {
        if ((w->s[l] & 0xC0) == 0x80)
            continue; /* not at a character boundary */
        if (tac_strmap_get(&lx->map, w->s, l, &id) && (lx->w[id].flags & TAC_LX_TBSTEM))
            w->cand[w->n_cand++] = id;
    }
}

/* The word index record of a string whose hash is h, if it is that
 * string's. */
static const tac_tb_wrec *tb_wrec(const tac_tabari *t, uint64_t h, const char *s, uint32_t len)
{
    uint32_t r;
    if (!tac_u64map_get(&t->wix, tac_tb_wkey(h), &r))
        return NULL;
    const tac_tb_wrec *x = &t->wrec[r - 1];
    return x->len == len && memcmp(x->s, s, len) == 0 ? x : NULL;
}

/* Fills the candidate ids of a word: the word (and the word as a stem),
 * "word=", the word without a noun ending (-s, -es) and the stems that
 * begin it, longest first, at most TB_CANDS; one pass over its bytes with
 * the word index (tabari.h). */
static void tb_cands(const tac_dict *d, tbw *w)
{
    const tac_tabari *t = d->tabari;
    const tac_lexicon *lx = &d->lex;
    if (!t->wix_ok) {
        tb_cands_probe(d, w);
        return;
    }
    w->n_cand = 0;
    if (w->len == 0)
        return;
    const char *s = w->s;
    uint32_t len = w->len, min = t->stem_min ? t->stem_min : 1;
    uint32_t stem[TB_CANDS], ns = 0; /* the longest stems, a ring */
    uint64_t h = TAC_TB_WHASH_SEED, h1 = 0, h2 = 0;
    int alive = 1; /* some stem begins with s[0..l) */
    for (uint32_t l = 1; l < len; l++) {
        h = tac_tb_whash_step(h, (unsigned char)s[l - 1]);
        if (l + 2 == len)
            h2 = h;
        if (l >= min && alive) {
            uint32_t r;
            if (!tac_u64map_get(&t->wix, tac_tb_wkey(h), &r)) {
                alive = 0;
            } else {
                const tac_tb_wrec *x = &t->wrec[r - 1];
                alive = x->prefix != 0;
                /* not where a character is cut */
                if (x->exact && (s[l] & 0xC0) != 0x80 && (lx->w[x->exact].flags & TAC_LX_TBSTEM) &&
                    x->len == l && memcmp(x->s, s, l) == 0)
                    stem[ns++ % TB_CANDS] = x->exact;
            }
        }
    }
    h1 = h;
    h = tac_tb_whash_step(h, (unsigned char)s[len - 1]);
    const tac_tb_wrec *x = tb_wrec(t, h, s, len);
    if (x && x->exact) {
        w->cand[w->n_cand++] = x->exact | TAC_TB_EXACT;
        if (lx->w[x->exact].flags & TAC_LX_TBSTEM)
            w->cand[w->n_cand++] = x->exact;
    }
    /* "MOUSE=": the word exactly, no ending */
    if (x && x->eq && len < 255)
        w->cand[w->n_cand++] = x->eq | TAC_TB_EXACT;
    /* noun endings of an exact word, for actor phrases only (Libyas,
     * forces): marked TB_NOUNEND so patterns do not take them */
    if (len > 1 && s[len - 1] == 's') {
        x = tb_wrec(t, h1, s, len - 1);
        if (x && x->exact)
            w->cand[w->n_cand++] = x->exact | TAC_TB_EXACT | TB_NOUNEND;
        if (len > 2 && s[len - 2] == 'e') {
            x = tb_wrec(t, h2, s, len - 2);
            if (x && x->exact && w->n_cand < TB_CANDS)
                w->cand[w->n_cand++] = x->exact | TAC_TB_EXACT | TB_NOUNEND;
        }
    }
    for (uint32_t k = 0; k < ns && k < TB_CANDS && w->n_cand < TB_CANDS; k++)
        w->cand[w->n_cand++] = stem[(ns - 1 - k) % TB_CANDS];
}

/* inline (always: an out-of-line copy calls strlen and memcmp): s is a
 * literal, its strlen and the memcmp fold to a length test and a compare
 * or two */
#if defined(__GNUC__)
#define TB_INLINE inline __attribute__((always_inline))
#else
#define TB_INLINE inline
#endif
static TB_INLINE int tb_word_is(const tbw *w, const char *s)
{
    size_t n = strlen(s);
    return w->len == n && memcmp(w->s, s, n) == 0;
}

/* snprintf(buf, size, "%.*s", n, src) without the format machinery (on
 * every agent of every sentence): src[0..n) cut to size - 1 bytes. */
static void tb_copy(char *buf, size_t size, const char *src, size_t n)
{
    if (n >= size)
        n = size - 1;
    memcpy(buf, src, n);
    buf[n] = '\0';
}

/* Words that end a clause for CODE BY CLAUSE: TABARI's conjunctions
 * (RootsClass: AND_ NOR_ BUT_ OR_); not "while", and not ';', which
 * TABARI reads as a comma. */
static int tb_clause_break(const tbw *w)
{
    return w->agentw != TB_NULLED && (w->conj || (w->lxf & TB_LX_BRK));
}

/* What word w's text alone decides: its class, candidates and verb form
 * slots. */
static void tb_word_text(const tac_dict *d, tbw *w)
{
    const tac_tabari *t = d->tabari;
    w->conj = tb_word_is(w, "and");
    w->det = tb_word_is(w, "the") || tb_word_is(w, "a") || tb_word_is(w, "an");
    /* pron: 1 a subject or object pronoun, 2 a possessive one */
    /* TABARI's pronouns (RootsClass): HE_ HIM_ SHE_ HER_ IT_ THEM_ THEY_,
     * and THEIR_ (possessive); not his, its or the -self words */
    w->pron = tb_word_is(w, "he") || tb_word_is(w, "she") || tb_word_is(w, "it") ||
              tb_word_is(w, "they") || tb_word_is(w, "him") || tb_word_is(w, "them") ||
              tb_word_is(w, "her") ? 1
              : tb_word_is(w, "their") ? 2 : 0;
    tb_cands(d, w);
    /* verb forms: a stem candidate as a stem form, an exact one as a
     * whole word only (not "Libyas" for a verb LIBYA) */
    w->vslot = w->dslot = 0;
    for (int k = 0; k < w->n_cand && !w->vslot; k++) {
        uint32_t it = w->cand[k];
        uint64_t key = (it & TAC_TB_EXACT) ? (it & TAC_TB_ID)
                                           : ((it & TAC_TB_ID) | TAC_TB_STEM_FORM);
        if ((it & TAC_TB_EXACT) && d->lex.w[it & TAC_TB_ID].len != w->len)
            continue;
        if (!tac_u64map_get(&t->forms, key, &w->vslot))
            w->vslot = 0;
    }
    for (int k = 0; k < w->n_cand && !w->dslot; k++)
        if ((w->cand[k] & TAC_TB_EXACT) && d->lex.w[w->cand[k] & TAC_TB_ID].len == w->len &&
            !tac_u64map_get(&t->forms, w->cand[k] & TAC_TB_ID, &w->dslot))
            w->dslot = 0;
    w->pmask = 0;
    w->abloom = 0;
    w->rmask = w->dmask = w->amask = 0;
    w->lxf = tb_word_is(w, "but")      ? TB_LX_BRK | TB_LX_BUT
             : tb_word_is(w, "or") || tb_word_is(w, "nor") ? TB_LX_BRK
             : tb_word_is(w, "former") || tb_word_is(w, "been") || tb_word_is(w, "was") ||
                     tb_word_is(w, "were")
                 ? TB_LX_NOVERB
             : tb_word_is(w, "n't") ? TB_LX_NT
             : w->conj              ? TB_LX_AND
                                    : 0;
    for (uint32_t f = w->dslot ? t->form_head[w->dslot - 1] : 0; f; f = t->form[f - 1].next)
        if (t->verb[t->form[f - 1].verb].drops)
            w->lxf |= TB_LX_DROPS;
    w->cbloom = 0;
    for (int k = 0; k < w->n_cand; k++) {
        w->cbloom |= tb_cbit(w->cand[k]);
        uint32_t lf = d->lex.w[w->cand[k] & TAC_TB_ID].flags;
        w->lxf |= ((lf & TAC_LX_TBADJ) ? TB_LX_ADJ : 0) |
                  ((lf & (TAC_LX_TBNOUN | TAC_LX_TBADJ)) ? TB_LX_NOUNADJ : 0);
        /* (a candidate reached by a noun ending is no pattern word) */
        if (!(w->cand[k] & TB_NOUNEND) &&
            (t->sig_item[w->cand[k] & TAC_TB_ID] & ((w->cand[k] & TAC_TB_EXACT) ? 1 : 2)))
            w->pmask |= (uint8_t)(1u << k);
        uint32_t it = w->cand[k] & ~TB_NOUNEND;
        unsigned fl = t->act_item[it & TAC_TB_ID];
        if (fl & tac_tb_act_bit(1, it))
            w->rmask |= (uint8_t)(1u << k);
        if (fl & tac_tb_act_bit(0, it)) {
            w->abloom |= tac_tb_act_bloom(it);
            w->dmask |= (uint8_t)(1u << k);
        }
        if (fl & tac_tb_act_bit(0, it | TAC_TB_ADJ)) {
            w->abloom |= tac_tb_act_bloom(it | TAC_TB_ADJ);
            w->amask |= (uint8_t)(1u << k);
        }
    }
    /* the root children, once per distinct word (tb_word_info caches
     * them): most words of a sentence have candidates that may begin an
     * actor phrase, few of which do */
    w->pass = w->pron || w->vslot || (w->lxf & (TB_LX_AND | TB_LX_BRK | TB_LX_DROPS));
    w->nrch = 0;
    for (unsigned km = w->rmask; km; km &= km - 1) {
        uint32_t ch = tac_trie_child(&d->actors, 0, w->cand[__builtin_ctz(km)] & ~TB_NOUNEND);
        if (!ch)
            continue;
        if (w->nrch) {
            w->nrch = TB_RCH_MANY;
            break;
        }
        w->rch = ch;
        w->nrch = 1;
    }
}

/* The word cache's key of s[0..len), 0 < len <= TB_WC_LEN: overlapping
 * loads that together cover every byte (first and last 8 bytes, first
 * and last 4, or the first, middle and last of up to 3 bytes), so that
 * (len, *a, *b) names the word exactly. */
static inline void tb_wc_key(const char *s, uint32_t len, uint64_t *a, uint64_t *b)
{
    if (len >= 8) {
        memcpy(a, s, 8);
        memcpy(b, s + len - 8, 8);
    } else if (len >= 4) {
        uint32_t x, y;
        memcpy(&x, s, 4);
        memcpy(&y, s + len - 4, 4);
        *a = x;
        *b = y;
    } else {
        *a = (unsigned char)s[0] | (uint64_t)(unsigned char)s[len / 2] << 8;
        *b = (unsigned char)s[len - 1];
    }
}

/* The word cache's slot of a key, mixed by multiplication; a collision
 * only costs a recomputed word, so it need not be strong, only cheap. */
static inline uint32_t tb_wc_hash(uint64_t a, uint64_t b, uint32_t len)
{
    /* (the slot is the top bits of the products, which every input bit
     * reaches: no final xor-shift) */
    uint64_t h = (a ^ 0x9e3779b97f4a7c15ULL) * 0xff51afd7ed558ccdULL;
    h ^= (b + len) * 0xc4ceb9fe1a85ec53ULL;
    return (uint32_t)(h >> (64 - TB_WC_BITS));
}

/* tb_word_text through the coder's word cache: fills the fields it
 * decides (cand, n_cand, vslot, dslot, conj, det, pron, act). */
static void tb_word_info(tac_coder *c, tbw *w)
{
    if (!c->tb_wc || w->len == 0 || w->len > TB_WC_LEN) {
        memset(w->cand, 0, sizeof w->cand);
        w->n_cand = 0;
        tb_word_text(c->dict, w);
        return;
    }
    uint64_t ka, kb;
    tb_wc_key(w->s, w->len, &ka, &kb);
    tb_wc *e = &c->tb_wc[tb_wc_hash(ka, kb, w->len) & (TB_WC_N - TB_WC_WAYS)];
    for (int k = 0; k < TB_WC_WAYS; k++)
        if (e[k].ka == ka && e[k].kb == kb && e[k].wi.klen == w->len) {
            w->wi = e[k].wi;
            return;
        }
    memset(w->cand, 0, sizeof w->cand);
    w->n_cand = 0;
    tb_word_text(c->dict, w);
    memmove(e + 1, e, (TB_WC_WAYS - 1) * sizeof *e);
    e->wi = w->wi;
    e->wi.klen = (uint8_t)w->len;
    e->ka = ka;
    e->kb = kb;
}

/* Builds the word array of tokens [s, e). */
static int tb_words(tac_coder *c, uint32_t s, uint32_t e)
{
    if (!c->tb_wc && !(c->tb_wc = tac_calloc(TB_WC_N, sizeof *c->tb_wc)))
        return -1;
    c->n_tbw = 0;
    /* room for the most words a sentence keeps, once */
    if (c->cap_tbw < TB_MAX_WORDS) {
        void *g = tac_code_grow(c->tbw, &c->cap_tbw, TB_MAX_WORDS, sizeof *c->tbw);
        if (!g)
            return -1;
        c->tbw = g;
    }
    for (uint32_t i = s; i < e; i++) {
        const tac_tok *t = &c->toks.v[i];
        uint32_t fl = t->flags;
        const char *p = t->norm;
        uint32_t n = t->norm_len;
        if ((fl & TAC_TOK_PUNCT) && n == 1 && p[0] == '_')
            continue; /* "Dol_Amroth": TABARI's own joiner, in text too */
        /* what the token's flags decide, for each of its words */
        uint8_t punct = (fl & TAC_TOK_PUNCT) != 0, poss = (fl & TAC_TOK_POSS) != 0;
        uint8_t comma = punct && n == 1 && p[0] == ',';
        uint8_t stop = punct && !(n == 1 && p[0] == '"');
        /* capitalised mid-sentence (not all capitals): a name, no verb */
        uint8_t cap = (fl & (TAC_TOK_CAP | TAC_TOK_UPPER)) == TAC_TOK_CAP && i > s;
        /* a word token splits at its inner hyphens ("Hamas-run") */
        int split = (fl & TAC_TOK_HYPHEN) && (fl & TAC_TOK_WORD);
        uint32_t a = 0;
        do {
            uint32_t b = n;
            if (split)
                for (b = a; b < n && !(p[b] == '-' && b > a); b++) {
                }
            if (c->n_tbw >= TB_MAX_WORDS)
                return 0;
            tbw *w = &c->tbw[c->n_tbw++];
            /* every field set here or by tb_word_info (no memset of
             * the whole word on each cache hit) */
            w->s = p + a;
            w->len = b - a;
            w->tok = i;
            w->punct = punct;
            w->cap = cap;
            w->poss = poss;
            w->comma = comma;
            w->stop = stop;
            w->actor = -1;
            w->agentw = 0;
            w->vtried = 0; /* (vhit and vb are set when it is) */
            tb_word_info(c, w);
            cap = 0;
            a = b + 1;
        } while (a < n);
    }
    return 0;
}

static void tb_walk(const tac_coder *c, uint32_t node, uint32_t last, uint32_t *best_end,
                    uint32_t *best_node, int depth);

/* Longest actor phrase from word i: walks the trie with gaps. Inline:
 * tb_actors starts a walk at most words, so the first level costs no
 * call; deeper levels call tb_walk. */
static TB_INLINE void tb_walk_in(const tac_coder *c, uint32_t node, uint32_t last,
                                 uint32_t *best_end, uint32_t *best_node, int depth)
{
    const tac_dict *d = c->dict;
    const tac_tabari *t = d->tabari;
    uint64_t nb = t->act_bloom[node];
    if (depth > 24 || !nb)
        return; /* (a leaf has no edges to probe) */
    uint32_t end = last + 2 + TB_GAP < c->n_tbw ? last + 2 + TB_GAP : (uint32_t)c->n_tbw;
    for (uint32_t j = last + 1; j < end; j++) {
        const tbw *w = &c->tbw[j];
        if (!(w->abloom & nb)) {
            /* none of its candidates is a child of node */
            if (w->stop)
                break;
            continue;
        }
        /* the candidates some edge of the trie may carry */
        unsigned am = j == last + 1 ? w->amask : 0;
        for (unsigned km = w->dmask | am; km; km &= km - 1) {
            int k = __builtin_ctz(km);
            uint32_t it = w->cand[k] & ~TB_NOUNEND;
            for (int adj = 1; adj >= 0; adj--) {
                if (!(((adj ? am : w->dmask) >> k) & 1))
                    continue;
                uint32_t ch = tac_trie_child(&d->actors, node, it | (adj ? TAC_TB_ADJ : 0));
                if (!ch)
                    continue;
                if (d->actors.first[ch] &&
                    (j + 1 > *best_end ||
                     (j + 1 == *best_end && d->actors.first[ch] < d->actors.first[*best_node]))) {
                    *best_end = j + 1;
                    *best_node = ch;
                }
                if (t->act_bloom[ch]) /* (no call for a leaf) */
                    tb_walk(c, ch, j, best_end, best_node, depth + 1);
            }
        }
        if (w->stop)
            break; /* gaps do not cross punctuation other than quotes */
    }
}

static void tb_walk(const tac_coder *c, uint32_t node, uint32_t last, uint32_t *best_end,
                    uint32_t *best_node, int depth)
{
    tb_walk_in(c, node, last, best_end, best_node, depth);
}

/* The entry of a trie node that holds on the coding date. */
static const tac_aentry *tb_entry(const tac_coder *c, uint32_t node)
{
    const tac_dict *d = c->dict;
    const tac_aentry *def = NULL, *any = NULL;
    for (uint32_t e = d->actors.first[node]; e; e = d->aent[e - 1].next) {
        const tac_aentry *a = &d->aent[e - 1];
        if (!any)
            any = a;
        if (a->tb & TAC_TBA_DATED) {
            if (tac_dict_in_office(a, c->date))
                return a;
        } else if (!def) {
            def = a;
        }
    }
    return def ? def : NULL;
}

static char *tb_join(tac_coder *c, const char *a, const char *b)
{
    size_t la = strlen(a), lb = strlen(b);
    char *s = tac_arena_alloc(&c->arena, la + lb + 1);
    if (!s)
        return NULL;
    memcpy(s, a, la);
    memcpy(s + la, b, lb + 1);
    return s;
}

/* Fills the item bitset of the sentence's words (no field COMMA's
 * nulling changes: it may come first). Returns the first comma word, or
 * UINT32_MAX when there is none (tb_commas). */
static uint32_t tb_fill_set(tac_coder *c)
{
    uint64_t *set = c->tb_set, sum = 1; /* (locals: no reload per bit) */
    memset(set, 0, sizeof c->tb_set);
    set[0] = 1; /* bit 0: the pat_pos0 of patterns needing no word */
    const tbw *w = c->tbw, *end = c->tbw + c->n_tbw, *comma = NULL;
    for (; w < end; w++) {
        if (w->comma && !comma)
            comma = w;
        for (unsigned pm = w->pmask; pm; pm &= pm - 1) {
            uint32_t b = tac_tb_sig_bit(w->cand[__builtin_ctz(pm)]);
            set[b >> 6] |= (uint64_t)1 << (b & 63);
            sum |= (uint64_t)1 << (b >> 6);
        }
    }
    c->tb_sum = sum;
    return comma ? (uint32_t)(comma - c->tbw) : UINT32_MAX;
}

/* 0 if pattern i surely cannot match in the sentence: the (longest) word
 * its signature lists first is missing; the quick test of a scan. */
static inline int tb_may_match0(const tac_coder *c, size_t i)
{
    uint32_t b = c->dict->tabari->pat_pos0[i];
    return (int)(c->tb_set[b >> 6] >> (b & 63)) & 1;
}

/* 0 if pattern i surely cannot match in the sentence: one of the words its
 * signature lists after the first is missing (always after tb_may_match0,
 * which tests the first). */
static inline int tb_may_match(const tac_coder *c, size_t i)
{
    uint64_t sig = c->dict->tabari->pat_sig[i];
    unsigned n = (unsigned)(sig >> 60);
    for (sig >>= 12; n > 1; n--, sig >>= 12) {
        uint32_t b = (uint32_t)sig & (TAC_TB_SIG_BITS - 1);
        if (!((c->tb_set[b >> 6] >> (b & 63)) & 1))
            return 0;
    }
    return 1;
}

/* The patterns of root vb (indexes k into vb's, ascending) whose
 * signature words may all be in the sentence (tb_may_match0 and
 * tb_may_match), in out[0..return); the test of every pattern, or for a
 * root with many patterns, its mask against the sentence's set first.
 * Returns TB_VCANDS + 1 when there are more than that. */
#define TB_VCANDS 256
static uint32_t tb_verb_cands(const tac_coder *c, const tac_tb_verb *vb, uint32_t *out)
{
    const tac_tabari *t = c->dict->tabari;
    uint32_t n = 0;
    if (!vb->mask) {
        for (uint32_t k = 0; k < vb->n; k++)
            if (tb_may_match0(c, vb->first + k) && tb_may_match(c, vb->first + k)) {
                if (n == TB_VCANDS)
                    return TB_VCANDS + 1;
                out[n++] = k;
            }
        return n;
    }
    const uint64_t *m = t->vmask + (size_t)(vb->mask - 1) * TAC_TB_VMASK_WORDS;
    const uint64_t *e = t->vpos + vb->pos;
    /* the patterns found, as a bitset: word w of kb is set only once bit w
     * of kw is (no clearing of the whole set per call) */
    uint64_t kb[TAC_TB_MASK_MAX / 64], kw = 0;
    _Static_assert(TAC_TB_MASK_MAX / 64 <= 64, "kw covers kb");
    const uint16_t *st = t->vstart + (size_t)(vb->mask - 1) * TAC_TB_VSTART_N;
    uint32_t lo = 0; /* positions come in ascending order: e[lo..) is left */
    /* only the mask words the root and the sentence both have */
    for (uint64_t ws = m[TAC_TB_SIG_BITS / 64] & c->tb_sum; ws; ws &= ws - 1) {
        uint32_t wd = (uint32_t)__builtin_ctzll(ws);
        for (uint64_t x = m[wd] & c->tb_set[wd]; x; x &= x - 1) {
            uint32_t b = wd * 64 + (uint32_t)__builtin_ctzll(x);
            /* the entries of position b: the first at or after b << 16,
             * among those of mask word wd */
            uint32_t hi = st[wd + 1];
            if (lo < st[wd])
                lo = st[wd];
            /* often b's entries start at lo already (the previous mask
             * bit was also the sentence's): no search then */
            if (lo < hi && e[lo] >> 48 >= b)
                hi = lo;
            while (lo < hi) {
                uint32_t mid = (lo + hi) / 2;
                if (e[mid] >> 48 < b)
                    lo = mid + 1;
                else
                    hi = mid;
            }
            /* each pattern's other signature positions, from its entry
             * (tb_may_match without a look at pat_sig) */
            for (; lo < vb->n && e[lo] >> 48 == b; lo++) {
                uint64_t ent = e[lo];
                uint32_t p = (uint32_t)ent & 0xFFF, k = (uint32_t)(ent >> 36) & 0xFFF;
                if (!((c->tb_set[p >> 6] >> (p & 63)) & 1))
                    continue;
                p = (uint32_t)(ent >> 12) & 0xFFF;
                if (!((c->tb_set[p >> 6] >> (p & 63)) & 1))
                    continue;
                p = (uint32_t)(ent >> 24) & 0xFFF;
                if ((c->tb_set[p >> 6] >> (p & 63)) & 1) {
                    uint64_t wb = (uint64_t)1 << (k >> 6);
                    if (!(kw & wb)) {
                        kw |= wb;
                        kb[k >> 6] = 0;
                    }
                    kb[k >> 6] |= (uint64_t)1 << (k & 63);
                }
            }
        }
    }
    for (; kw; kw &= kw - 1) {
        uint32_t wd = (uint32_t)__builtin_ctzll(kw);
        for (uint64_t x = kb[wd]; x; x &= x - 1) {
            if (n == TB_VCANDS)
                return TB_VCANDS + 1;
            out[n++] = wd * 64 + (uint32_t)__builtin_ctzll(x);
        }
    }
    return n;
}

/* Room for one more mention in c->tbm. -1 when out of memory. */
static int tb_mention_room(tac_coder *c)
{
    if (c->n_tbm < c->cap_tbm)
        return 0;
    void *g = tac_code_grow(c->tbm, &c->cap_tbm, c->n_tbm + 1, sizeof *c->tbm);
    if (!g)
        return -1;
    c->tbm = g;
    return 0;
}

/* FORWARD: a pronoun with no actor before it, in a record that follows
 * the previous sentence of its story, is that sentence's first actor
 * without its agents ("Fornost President X appealed ... / He has also
 * asked Gondor" -> FOR). The actor forwarded is the first one the previous
 * record names, not one forwarded to it (TABARI does not chain them). */
static int tb_forward(tac_coder *c)
{
    uint32_t lim = c->n_tbm ? c->tbm[0].start : (uint32_t)c->n_tbw;
    uint32_t j = 0;
    while (j < lim && !(c->tbw[j].pron == 1 && c->tbw[j].actor < 0))
        j++;
    if (j >= lim)
        return 0;
    if (tb_mention_room(c) < 0)
        return -1;
    const char *code = tac_arena_strndup(&c->arena, c->tb_fwd_code, strlen(c->tb_fwd_code));
    if (!code)
        return -1;
    memmove(c->tbm + 1, c->tbm, c->n_tbm * sizeof *c->tbm);
    tbm *m = &c->tbm[0];
    memset(m, 0, sizeof *m);
    m->start = j;
    m->end = j + 1;
    m->code = m->base = code;
    m->group = -1;
    c->n_tbm++;
    return 0;
}

/* Does actor code[0..n) hold agent code a[0..al) as one of its
 * three-letter parts? "GMWGOV" holds GOV but not WGO: "West German world
 * government" is GMWGOVWGO (AGENTS-10). (Byte loops: codes are short.) */
static int tb_code_has_n(const char *code, size_t n, const char *a, size_t al)
{
    for (size_t i = 0; al && i + al <= n; i += 3) {
        size_t q = 0;
        while (q < al && code[i + q] == a[q])
            q++;
        if (q == al)
            return 1;
    }
    return 0;
}

/* The length of an agent's code without its prefix mark '~' (*prefix: it
 * had one), at most 63 bytes (as the agent buffers held). */
static size_t tb_agent_len(const char *code, int *prefix)
{
    size_t al = 0;
    while (code[al])
        al++;
    *prefix = al && code[al - 1] == '~';
    al -= (size_t)*prefix;
    return al < 63 ? al : 63;
}

/* Joins agent code a[0..al) to m's code, before it when prefix ("[NGM~]"),
 * unless m's code holds it already. -1 when out of memory. */
static int tb_add_agent(tac_coder *c, tbm *m, const char *a, size_t al, int prefix)
{
    size_t n = 0;
    while (m->code[n])
        n++;
    if (tb_code_has_n(m->code, n, a, al))
        return 0;
    char *j = tac_arena_alloc(&c->arena, n + al + 1);
    if (!j)
        return -1;
    memcpy(prefix ? j + al : j, m->code, n);
    memcpy(prefix ? j : j + n, a, al);
    j[n + al] = '\0';
    m->code = j;
    return 0;
}

/* The word between an agent and the actor it belongs to: "ambassadors
 * of Arnor", "officials in White House", not a verb ("Clerics believe
 * Dagolath"); TABARI's prepositions are IN_ and OF_ only (RootsClass), so
 * not "from" ("a missionary from Calgary" is CAN, not CANCHR). */
static int tb_agent_of(const tbw *w)
{
    return tb_word_is(w, "of") || tb_word_is(w, "in");
}

/* Finds actor and agent mentions; returns 1 if the sentence is discarded
 * or complex, -1 on OOM. */
static int tb_actors(tac_coder *c)
{
    const tac_dict *d = c->dict;
    /* (locals: the stores below would make them reload) */
    const uint32_t *first = d->actors.first;
    const uint64_t *act_bloom = d->tabari->act_bloom;
    c->n_tbm = 0;
    for (uint32_t i = 0; i < c->n_tbw;) {
        const tbw *w = &c->tbw[i];
        uint32_t end = 0, node = 0;
        /* a pronoun stands for its antecedent, it starts no actor phrase
         * ("she hoped" is not the code of a SHE entry) */
        if (w->nrch && !(w->pron && !w->cap)) {
            /* the root children of the candidates an actor phrase may
             * start with (the longest phrase wins, then the first entry:
             * the order they are tried in does not matter) */
            uint32_t many[TB_CANDS];
            const uint32_t *chs = &w->rch;
            unsigned nch = w->nrch;
            if (nch == TB_RCH_MANY) {
                nch = 0;
                for (unsigned km = w->rmask; km; km &= km - 1) {
                    uint32_t it = w->cand[__builtin_ctz(km)] & ~TB_NOUNEND;
                    if ((many[nch] = tac_trie_child(&d->actors, 0, it)) != 0)
                        nch++;
                }
                chs = many;
            }
            for (unsigned q = 0; q < nch; q++) {
                uint32_t ch = chs[q];
                if (first[ch] && (i + 1 > end || (i + 1 == end && first[ch] < first[node]))) {
                    end = i + 1;
                    node = ch;
                }
                if (act_bloom[ch])
                    tb_walk_in(c, ch, i, &end, &node, 1);
            }
        }
        if (!end) {
            i++;
            continue;
        }
        const tac_aentry *a = tb_entry(c, node);
        if (a && (a->tb & (TAC_TBA_DISCARD | TAC_TBA_COMPLEX)))
            return 1;
        /* "[FRO/BIL/SAM]": one phrase names several actors, a compound */
        for (const char *cs = a && !(a->tb & TAC_TBA_NULL) ? a->code : NULL; cs && *cs;) {
            /* (codes are short: a byte loop, no strchr and strlen calls) */
            size_t cl = 0;
            while (cs[cl] && cs[cl] != '/')
                cl++;
            const char *slash = cs[cl] ? cs + cl : NULL;
            if (tb_mention_room(c) < 0)
                return -1;
            tbm *m = &c->tbm[c->n_tbm];
            m->start = i;
            m->end = end;
            m->agent = a->kind == TAC_AK_AGENT;
            m->code = slash ? tac_arena_strndup(&c->arena, cs, cl) : cs;
            m->base = m->code;
            m->agents = 0;
            m->group = -1;
            if (m->code && m->agent && (a->tb & TAC_TBA_PREFIX))
                m->code = tb_join(c, m->code, "~"); /* marks a prefix agent */
            if (!m->code)
                return -1;
            c->n_tbm++;
            cs = slash ? slash + 1 : NULL;
        }
        i = end;
    }
    /* join agents to the actor beside them: "Arnor 's foreign minister",
     * "the Calenardhon government", "the ambassadors of Arnor" */
    size_t o = 0;
    for (size_t k = 0; k < c->n_tbm; k++) {
        tbm *m = &c->tbm[k];
        if (!m->agent) {
            c->tbm[o++] = *m;
            continue;
        }
        tbm *host = NULL;
        /* "former" before an agent, or before the actor it follows, makes
         * it ELI ("Arnor former security officials" ARNELI, "former
         * Gondor prosecutors" GONELI, "former President X" with X
         * already ELI: no GOV added) */
        int former = m->start > 0 && tb_word_is(&c->tbw[m->start - 1], "former");
        if (o > 0 && !c->tbm[o - 1].agent &&
            (c->tbm[o - 1].end == m->start ||
             (c->tbm[o - 1].end + 1 == m->start && (c->tbw[m->start - 1].poss || former)))) {
            /* actor, then agent: "Calenardhon government", "Arnor 's" */
            host = &c->tbm[o - 1];
            former = former || (host->start > 0 && tb_word_is(&c->tbw[host->start - 1], "former"));
        }
        if (former)
            m->code = "ELI";
        if (!host && k + 1 < c->n_tbm && !c->tbm[k + 1].agent &&
            (c->tbm[k + 1].start == m->end ||
             (c->tbm[k + 1].start == m->end + 1 && tb_agent_of(&c->tbw[m->end])))) {
            /* agent, then actor: "the ambassadors of Arnor", "President X" */
            tbm *nx = &c->tbm[k + 1];
            int prefix;
            size_t al = tb_agent_len(m->code, &prefix);
            if (tb_add_agent(c, nx, m->code, al, prefix) < 0)
                return -1;
            nx->agents++;
            nx->start = m->start;
            continue;
        }
        if (host) {
            int prefix;
            size_t al = tb_agent_len(m->code, &prefix);
            /* "White House [USAGOV] security officials [~GOV]": USAGOV;
             * one agent only ("Syrian Muslims refugees": SYRMOS) */
            if (!host->agents && tb_add_agent(c, host, m->code, al, prefix) < 0)
                return -1;
            host->agents++;
            host->end = m->end;
            /* a title between two actors goes to both: "Algerian President
             * Ahmed Ben Bella" is DZAGOV and DZAELIGOV, as TABARI codes it */
            if (k + 1 < c->n_tbm && !c->tbm[k + 1].agent && c->tbm[k + 1].start == m->end) {
                tbm *nx = &c->tbm[k + 1];
                if (tb_add_agent(c, nx, m->code, al, prefix) < 0)
                    return -1;
                nx->agents++;
            }
        }
        /* a pronoun right before an agent is its antecedent with that
         * agent, as TABARI dereferences the pronoun to an actor and then
         * finds the agent after it ("eased curfew ... within the
         * boundaries of their neighbourhoods": SAUCVL); the antecedent is
         * the sentence's first actor before it */
        if (!host && m->start > 0 && c->tbw[m->start - 1].pron &&
            c->tbw[m->start - 1].actor < 0) {
            const tbm *ante = NULL;
            for (size_t q = 0; q < o && !ante; q++)
                if (!c->tbm[q].agent && c->tbm[q].end <= m->start - 1)
                    ante = &c->tbm[q];
            if (ante) {
                /* the antecedent's code with the agent joined */
                int prefix;
                size_t al = tb_agent_len(m->code, &prefix);
                const char *agent = m->code;
                m->code = m->base = ante->base;
                if (tb_add_agent(c, m, agent, al, prefix) < 0)
                    return -1;
                m->start--;
                m->agent = 0;
                m->agents = 1;
                c->tbm[o++] = *m;
                continue;
            }
        }
        /* an agent alone is an actor only with SET: CONVERT AGENT = TRUE:
         * "the Muslims" -> ~MOS */
        if (!host && !d->tabari->opt.convert_agent)
            for (uint32_t j = m->start; j < m->end; j++)
                c->tbw[j].agentw = 1;
        if (!host && d->tabari->opt.convert_agent) {
            size_t al = strlen(m->code);
            int prefix = al && m->code[al - 1] == '~';
            char buf[64];
            tb_copy(buf, sizeof buf, m->code, prefix ? al - 1 : al);
            m->code = prefix ? tb_join(c, buf, "~") : tb_join(c, "~", buf);
            if (!m->code)
                return -1;
            m->agent = 0;
            c->tbm[o++] = *m;
        }
    }
    c->n_tbm = o;
    if (c->n_tbm && !c->tb_fwd_first[0])
        tb_copy(c->tb_fwd_first, sizeof c->tb_fwd_first, c->tbm[0].base, strlen(c->tbm[0].base));
    if (c->tb_fwd_code[0] && tb_forward(c) < 0)
        return -1;
    for (size_t k = c->n_tbm; k-- > 0;)
        for (uint32_t j = c->tbm[k].start; j < c->tbm[k].end; j++)
            c->tbw[j].actor = (int)k;
    return 0;
}

/* Words that may stand between the members of a compound: "and", commas,
 * determiners and <ADJECTIVE> words ("Fornost and the evil Gondor"). */
static int tb_joiner(const tbw *w)
{
    if (w->conj || w->comma || w->det || tb_word_is(w, "or") || tb_word_is(w, "nor") ||
        tb_word_is(w, "neither") || tb_word_is(w, "both"))
        return 1;
    return (w->lxf & TB_LX_ADJ) != 0;
}

/* Groups: actors joined by "and" / commas. */
static int tb_groups(tac_coder *c)
{
    c->n_tbg = 0;
    for (size_t k = 0; k < c->n_tbm; k++) {
        tbm *m = &c->tbm[k];
        if (c->n_tbg > 0) {
            tbg *g = &c->tbg[c->n_tbg - 1];
            const tbm *prev = &c->tbm[g->first + g->n - 1];
            /* up to 5 words between them, all joiners (the scan stops at
             * the first other word: most actors are far apart) */
            int joined = m->start > prev->end && m->start - prev->end <= 5;
            int conj = 0, adjs = 0;
            for (uint32_t j = prev->end; joined && j < m->start; j++) {
                const tbw *x = &c->tbw[j];
                joined = tb_joiner(x);
                conj |= x->conj || x->comma || tb_word_is(x, "or") || tb_word_is(x, "nor");
                adjs |= (x->lxf & TB_LX_ADJ) != 0;
            }
            /* "and the evil Arnor awful Gondor": an <ADJECTIVE> between two
             * actors of a list joins them too */
            if (m->start == prev->start || (joined && (conj || (adjs && g->n >= 2)))) {
                g->n++;
                g->end = m->end;
                m->group = (int)c->n_tbg - 1;
                continue;
            }
        }
        if (c->n_tbg == c->cap_tbg) {
            void *gr = tac_code_grow(c->tbg, &c->cap_tbg, c->n_tbg + 1, sizeof *c->tbg);
            if (!gr)
                return -1;
            c->tbg = gr;
        }
        tbg *g = &c->tbg[c->n_tbg];
        g->first = (uint32_t)k;
        g->n = 1;
        g->start = m->start;
        g->end = m->end;
        m->group = (int)c->n_tbg++;
    }
    return 0;
}

/* The group starting at word j, or -1. */
static int tb_group_at(const tac_coder *c, uint32_t j)
{
    if (j >= c->n_tbw || c->tbw[j].actor < 0)
        return -1;
    const tbm *m = &c->tbm[c->tbw[j].actor];
    if (m->start != j)
        return -1;
    return m->group;
}

/* Does phrase items[0..n) match from word j? Returns the end, or 0. */
static uint32_t tb_phrase_at(const tac_coder *c, const uint32_t *items, size_t n, uint32_t j,
                             int depth);

/* Does synset item it match from word j? Returns the end, or 0. */
static uint32_t tb_syn_at(const tac_coder *c, uint32_t it, uint32_t j, int depth)
{
    const tac_tabari *t = c->dict->tabari;
    uint32_t si = it & TAC_TB_ID;
    if (si >= t->n_syn || depth > 4)
        return 0;
    for (uint32_t p = t->syn_first[si]; p; p = t->phr[p - 1].next) {
        uint32_t e = tb_phrase_at(c, t->phr[p - 1].items, t->phr[p - 1].n, j, depth + 1);
        if (e)
            return e;
    }
    return 0;
}

/* Does item it match from word j? Returns the end, or 0. Inline: a
 * pattern's words are looked for at each word of the clause. */
static inline uint32_t tb_item_at(const tac_coder *c, uint32_t it, uint32_t j, int depth)
{
    if (j >= c->n_tbw)
        return 0;
    if (it & TAC_TB_SYN)
        return tb_syn_at(c, it, j, depth);
    uint32_t key = it & (TAC_TB_ID | TAC_TB_EXACT);
    return tb_has(&c->tbw[j], key) ? j + 1 : 0;
}

static uint32_t tb_phrase_at(const tac_coder *c, const uint32_t *items, size_t n, uint32_t j,
                             int depth)
{
    uint32_t cur = j;
    for (size_t k = 0; k < n; k++) {
        uint32_t e = 0;
        if (k == 0 || (items[k] & TAC_TB_ADJ)) {
            e = tb_item_at(c, items[k], cur, depth);
        } else {
            for (uint32_t p = cur; p < c->n_tbw && p <= cur + TB_GAP && !e; p++)
                e = tb_item_at(c, items[k], p, depth);
        }
        if (!e)
            return 0;
        cur = e;
    }
    return cur;
}

/* A synset of a pattern written open ("&CURRENCY", not "&CURRENCY_"): TABARI
 * matches the first word of each member as a whole word only ("* &CURRENCY"
 * with +DOLLAR does not match "dollars": SYNSET-07), the member's other
 * words as written. Returns the end, or 0. */
static uint32_t tb_syn_open_at(const tac_coder *c, uint32_t it, uint32_t j)
{
    const tac_tabari *t = c->dict->tabari;
    uint32_t si = it & TAC_TB_ID;
    if (j >= c->n_tbw || si >= t->n_syn)
        return 0;
    for (uint32_t p = t->syn_first[si]; p; p = t->phr[p - 1].next) {
        const uint32_t *m = t->phr[p - 1].items;
        size_t n = t->phr[p - 1].n;
        if (n == 0)
            continue;
        if (m[0] & (TAC_TB_SYN | TAC_TB_SPECIAL)) {
            uint32_t e = tb_phrase_at(c, m, n, j, 1);
            if (e)
                return e;
            continue;
        }
        if (!tb_has(&c->tbw[j], (m[0] & TAC_TB_ID) | TAC_TB_EXACT))
            continue;
        if (n == 1)
            return j + 1;
        uint32_t last = (m[1] & TAC_TB_ADJ) ? j + 1 : j + 1 + TB_GAP;
        for (uint32_t q = j + 1; q <= last && q < c->n_tbw; q++) {
            uint32_t e = tb_phrase_at(c, m + 1, n - 1, q, 1);
            if (e)
                return e;
        }
    }
    return 0;
}

/* Matches pattern p with its verb at word v, its signature (tb_may_match)
 * known to pass. (Inline: no call per pattern tried.) */
static TB_INLINE int tb_match_words(const tac_coder *c, const tac_pattern *p, uint32_t v,
                                    uint32_t clause_end, tb_bind *b)
{
    const uint32_t *it = p->items;
    size_t n = p->n_items, vk = 0;
    b->src = b->tgt = b->comp = -1;
    while (vk < n && (it[vk] & ~TAC_TB_ADJ) != TAC_TB_VERB)
        vk++;
    if (vk == n)
        return 0;
    /* upper: after the verb, left to right */
    uint32_t cur = v + 1;
    b->hi = v + 1;
    for (size_t k = vk + 1; k < n; k++) {
        uint32_t x = it[k] & ~TAC_TB_ADJ;
        int adj = (it[k] & TAC_TB_ADJ) != 0;
        uint32_t limit = adj ? cur : clause_end;
        uint32_t found = 0, fend = 0;
        for (uint32_t j = cur; j <= limit && j < clause_end && !fend; j++) {
            if (x == TAC_TB_SRC || x == TAC_TB_TGT || x == TAC_TB_COMP) {
                int g = tb_group_at(c, j);
                if (g < 0 && c->tbw[j].pron && x != TAC_TB_COMP)
                    g = -2 - (int)j; /* a pronoun, resolved below */
                if (g == -1)
                    continue;
                if (x == TAC_TB_SRC)
                    b->src = g;
                else if (x == TAC_TB_TGT)
                    b->tgt = g;
                else if (g >= 0 && c->tbg[g].n >= 2)
                    b->comp = g;
                else
                    continue;
                found = j;
                fend = g >= 0 ? c->tbg[g].end : j + 1;
            } else if (x == TAC_TB_SKIP) {
                /* ^ skips an actor (and the words before it) */
                int g = tb_group_at(c, j);
                if (g < 0)
                    continue;
                found = j;
                fend = c->tbg[g].end;
            } else {
                uint32_t e = (it[k] & TAC_TB_SYN) && !(k + 1 < n && (it[k + 1] & TAC_TB_ADJ))
                                 ? tb_syn_open_at(c, it[k], j)
                                 : tb_item_at(c, it[k], j, 0);
                if (e) {
                    found = j;
                    fend = e;
                }
            }
        }
        (void)found;
        if (!fend)
            return 0;
        cur = fend;
        b->hi = fend;
    }
    /* lower: before the verb, right to left */
    uint32_t right = v; /* the item to the right starts here */
    b->lo = v;
    for (size_t k = vk; k-- > 0;) {
        uint32_t x = it[k] & ~TAC_TB_ADJ;
        int adj_next = (it[k + 1] & TAC_TB_ADJ) != 0; /* k + 1 joins k */
        uint32_t fstart = UINT32_MAX;
        for (uint32_t j = right; j-- > 0 && fstart == UINT32_MAX;) {
            if (x == TAC_TB_SRC || x == TAC_TB_TGT || x == TAC_TB_COMP) {
                int g = c->tbw[j].actor >= 0 ? c->tbm[c->tbw[j].actor].group : -1;
                if (g < 0 && c->tbw[j].pron && x != TAC_TB_COMP)
                    g = -2 - (int)j;
                if (g != -1) {
                    uint32_t gs = g >= 0 ? c->tbg[g].start : j;
                    uint32_t ge = g >= 0 ? c->tbg[g].end : j + 1;
                    if (adj_next && ge != right)
                        break;
                    if (x == TAC_TB_COMP && (g < 0 || c->tbg[g].n < 2))
                        continue;
                    if (x == TAC_TB_SRC)
                        b->src = g;
                    else if (x == TAC_TB_TGT)
                        b->tgt = g;
                    else
                        b->comp = g;
                    fstart = gs;
                }
            } else if (x == TAC_TB_SKIP) {
                if (c->tbw[j].actor >= 0)
                    fstart = c->tbm[c->tbw[j].actor].start;
            } else {
                uint32_t e = (it[k] & TAC_TB_SYN) && !adj_next ? tb_syn_open_at(c, it[k], j)
                                                               : tb_item_at(c, it[k], j, 0);
                if (e && (!adj_next || e == right))
                    fstart = j;
                /* joined: the item must end where the next one starts (a
                 * synset member may be several words long) */
                if (adj_next && fstart == UINT32_MAX && right - j >= 8)
                    break;
            }
        }
        if (fstart == UINT32_MAX)
            return 0;
        right = fstart;
        b->lo = fstart;
    }
    return 1;
}

static int tb_nounadj(const tbw *w);

/* Does word j end a clause as TABARI's parser marks clauses
 * (ParserClass::markClauses)? An "and", "but", "or" or "nor" that is not
 * the first or last word, not inside a compound actor and not between
 * listed nouns or adjectives. */
static int tb_clause_sep(const tac_coder *c, uint32_t j)
{
    const tbw *w = &c->tbw[j];
    if (j == 0 || j + 1 >= c->n_tbw || !tb_clause_break(w))
        return 0;
    if (w->actor >= 0 || tb_nounadj(&c->tbw[j + 1]))
        return 0;
    for (size_t k = 0; k < c->n_tbg; k++)
        if (c->tbg[k].start < j && c->tbg[k].end > j)
            return 0;
    return 1;
}

/* The sentence's clause separators (tb_clause_sep), ascending, are kept
 * in c->tb_sep (set once per sentence, after the groups, by the word pass
 * in tac_tb_code_sentence): a clause is a few words' span, and most
 * sentences have one or two, so its ends are found from this short list,
 * with nothing written per word. */

/* The end of word v's clause: the next clause separator after it, or the
 * sentence's end; a verb's pattern does not match across it. */
static inline uint32_t tb_clause_end(const tac_coder *c, uint32_t v)
{
    for (size_t k = 0; k < c->tb_nsep; k++)
        if (c->tb_sep[k] > v)
            return c->tb_sep[k];
    return (uint32_t)c->n_tbw;
}

/* The first word of word v's clause: the word after the last separator
 * before it, or 0. */
static inline uint32_t tb_clause_start(const tac_coder *c, uint32_t v)
{
    uint32_t start = 0;
    for (size_t k = 0; k < c->tb_nsep && c->tb_sep[k] < v; k++)
        start = c->tb_sep[k] + 1u;
    return start;
}

/* Do the other words of verb root vb ("BRUSH ASIDE REPORTS") follow word
 * v without a comma between? TABARI matches a root's words before any
 * pattern, and a root never spans a comma (ParserClass::matchLex): "Elrond
 * brushed, aside reports ..." has no verb BRUSH ASIDE REPORTS (MARK-08). */
static int tb_root_here(const tac_coder *c, const tac_tb_verb *vb, uint32_t v)
{
    if (vb->tail == 0)
        return 1; /* (no patterns, or its own has a '*' or one word) */
    const tac_pattern *r = &c->dict->pat[vb->first + vb->n - 1];
    uint32_t cur = v + 1;
    for (uint16_t k = 1; k < r->n_items; k++) {
        uint32_t it = r->items[k], e = 0;
        uint32_t last = (it & TAC_TB_ADJ) ? cur : cur + TB_GAP;
        for (uint32_t j = cur; j <= last && j < c->n_tbw && !e; j++) {
            if (c->tbw[j].comma)
                return 0;
            e = tb_item_at(c, it & ~TAC_TB_ADJ, j, 0);
        }
        if (!e)
            return 0;
        cur = e;
    }
    return 1;
}

/* Finds the pattern of word v's verb forms (chain f) that codes at v, or
 * NULL, with its bindings, into w->vhit, w->vb, w->vtail (tb_verb_hit
 * reads them; once per word and sentence). In TABARI's
 * order the first pattern that matches wins, unless it holds { A | B }
 * alternatives: then a later pattern still longer than the length actually
 * matched may replace it (CoderClass::doVerb; "vowed resistance to the end
 * to the invading": * RESISTANCE TO THE INVADING after * RESIST { TO THE
 * END | ... }, PATTERN-33b/c). */
static void tb_verb_find(tac_coder *c, uint32_t v, uint32_t f)
{
    tbw *w = &c->tbw[v];
    const tac_dict *d = c->dict;
    const tac_tabari *t = d->tabari;
    w->vtried = 1;
    w->vhit = NULL;
    w->vtail = 0;
    w->vb = (tb_bind){0, 0, 0, 0, 0};
    uint32_t cend = 0; /* tb_clause_end(c, v), once a pattern is tried */
    for (; f && !w->vhit; f = t->form[f - 1].next) {
        const tac_tb_verb *vb = &t->verb[t->form[f - 1].verb];
        if (!tb_root_here(c, vb, v))
            continue;
        uint32_t ks[TB_VCANDS], nk = tb_verb_cands(c, vb, ks);
        int maxlen = -1; /* >= 0: a pattern with alternatives matched */
        for (uint32_t q = 0; q < (nk > TB_VCANDS ? vb->n : nk); q++) {
            uint32_t k = nk > TB_VCANDS ? q : ks[q];
            const tac_pattern *p = &d->pat[vb->first + k];
            tb_bind nb;
            if (maxlen >= 0 && (int)p->tb_len <= maxlen)
                break;
            if (w->vhit && p->text == w->vhit->text && p->line == w->vhit->line)
                continue; /* another alternative of the line that matched */
            /* (up to TB_VCANDS candidates have passed the signature) */
            if (nk > TB_VCANDS &&
                !(tb_may_match0(c, vb->first + k) && tb_may_match(c, vb->first + k)))
                continue;
            if (!cend)
                cend = tb_clause_end(c, v);
            if (!tb_match_words(c, p, v, cend, &nb))
                continue;
            if (!p->tb_lenalt) {
                w->vhit = p;
                w->vb = nb;
                w->vtail = vb->tail;
                break;
            }
            if (maxlen < 0 || p->tb_len + p->tb_lenalt > maxlen) {
                w->vhit = p;
                w->vb = nb;
                w->vtail = vb->tail;
                maxlen = p->tb_len - p->tb_maxalt + p->tb_lenalt;
            }
        }
    }
}

/* The pattern of word v's verb forms (chain f) that codes at v, or NULL;
 * *b gets its bindings (tb_verb_find once per word, out of line; the
 * result it keeps read inline). */
static inline const tac_pattern *tb_verb_hit(tac_coder *c, uint32_t v, uint32_t f, tb_bind *b)
{
    const tbw *w = &c->tbw[v];
    if (!w->vtried)
        tb_verb_find(c, v, f);
    *b = w->vb;
    return w->vhit;
}

/* A pronoun bound by a slot (-2 - word) becomes the nearest actor group
 * before it. */
static int tb_resolve(const tac_coder *c, int g, int not)
{
    if (g >= -1)
        return g;
    /* the antecedent is the sentence's subject, not the nearest actor
     * (ParserClass::dereferencePronouns): he, him, she, her, it stand for
     * the first actor before them that is no compound; they, them, their
     * for the first compound before them, else the first actor */
    uint32_t j = (uint32_t)(-2 - g);
    int plural = tb_word_is(&c->tbw[j], "they") || tb_word_is(&c->tbw[j], "them") ||
                 tb_word_is(&c->tbw[j], "their");
    int first = -1;
    for (size_t k = 0; k < c->n_tbg; k++) {
        if (c->tbg[k].end > j || (int)k == not)
            continue;
        if (c->tbg[k].n >= 2) {
            if (plural)
                return (int)k;
            continue;
        }
        if (first < 0)
            first = (int)k;
        if (!plural)
            break;
    }
    return first;
}

static inline int tb_is_verb(const tac_coder *c, uint32_t j, uint32_t *first_form)
{
    const tac_dict *d = c->dict;
    const tac_tabari *t = d->tabari;
    const tbw *w = &c->tbw[j];
    uint32_t slot = w->vslot; /* (tb_word_text); most words have none */
    if (!slot || w->actor >= 0 || w->punct || w->poss || w->agentw)
        return 0;
    /* TABARI gives a word the root that matches the most characters, of
     * any kind: a word of an agent phrase ("armed forces") or FORMER, a
     * root of its own, is no verb (FORM); WAS_ WERE_ BEEN_ are TABARI's
     * auxiliaries (RootsClass), roots made before any dictionary is read:
     * they win the tie with a verb root BEEN of the same length, as the
     * first root tried does (both TB_LX_NOVERB) */
    if (w->lxf & TB_LX_NOVERB)
        return 0;
    /* "don't": TABARI reads DON'T as one word, which no verb root such
     * as DO_ matches */
    if (j + 1 < c->n_tbw && (c->tbw[j + 1].lxf & TB_LX_NT))
        return 0;
    if (j + 1 < c->n_tbw && c->tbw[j + 1].poss)
        return 0; /* "donate 's": a noun */
    if (j > 0) {
        const tbw *p = &c->tbw[j - 1];
        if (p->det || (p->lxf & TB_LX_ADJ))
            return 0;
    }
    *first_form = t->form_head[slot - 1];
    return 1;
}

/* Words of a sentence as a bitset (bit j: word j), for the passes that
 * look at a few words only (verbs, words with [###]/[+++] roots). */
#define TB_WSET ((TB_MAX_WORDS + 63) / 64)

/* The first word from j on in set ws, or n (bits at n and after are
 * never set). */
static inline uint32_t tb_wset_next(const uint64_t *ws, uint32_t j, uint32_t n)
{
    while (j < n) {
        uint64_t x = ws[j >> 6] >> (j & 63);
        if (x)
            return j + (uint32_t)__builtin_ctzll(x);
        j = (j | 63) + 1;
    }
    return n;
}

/* Is w in a <NOUN> or <ADJECTIVE> list? "and" before one joins words,
 * it does not end a clause ("Ithilen's awful and evil minister X warned",
 * "Ithilen's sheep and goats of Gondor warned": ITH is the source; with
 * "cool", "pigs", not listed, the clause ends at "and"). */
static int tb_nounadj(const tbw *w)
{
    /* (the word's lxf holds its vocabulary flags) */
    return (w->lxf & TB_LX_NOUNADJ) != 0;
}

static int tb_emit(tac_coder *c, uint32_t s, uint32_t e, int index, int headline,
                   const tac_pattern *p, uint32_t cameo, const tbm *src, const tbm *tgt,
                   uint32_t v, const tb_bind *b)
{
    const tac_dict *d = c->dict;
    const tac_tok *t = c->toks.v;
    const tac_cameo *cm = &d->cameo[cameo];
    /* an actor does not act on itself; TABARI compares the actor and its
     * agent apart (CoderClass::checkSameActors), so "British Prime
     * Minister" (GBR + GOV) and "Downing Street" (GBRGOV) do */
    if (src && tgt && strcmp(src->code, tgt->code) == 0 && strcmp(src->base, tgt->base) == 0)
        return 0;
    tac_event e0;
    memset(&e0, 0, sizeof e0);
    e0.doc_id = c->doc->id;
    e0.doc_id_len = c->doc->id_len;
    e0.sentence = index;
    e0.headline = headline;
    tac_date_format(c->tb_date, e0.date);
    e0.date_precision = "day";
    e0.code = cm->code;
    memcpy(e0.root, cm->root, 3);
    e0.name = cm->name;
    e0.quad = cm->quad;
    e0.goldstein = cm->goldstein;
    uint32_t lo = c->tbw[b->lo < v ? b->lo : v].tok, hi = c->tbw[(b->hi > v + 1 ? b->hi : v + 1) - 1].tok;
    e0.text = c->doc_text + t[lo].off;
    e0.text_len = t[hi].off + t[hi].len - t[lo].off;
    e0.text_offset = t[lo].off;
    e0.pattern_file = p->file;
    e0.pattern_line = (int)p->line;
    e0.pattern = p->text;
    e0.sentence_text = c->doc_text + t[s].off;
    e0.sentence_len = t[e - 1].off + t[e - 1].len - t[s].off;
    e0.sentence_offset = t[s].off;
    e0.field = c->field_name;
    const tbm *m2[2] = {src, tgt};
    tac_actor *a2[2] = {&e0.source, &e0.target};
    for (int k = 0; k < 2; k++) {
        const tbm *m = m2[k];
        if (!m)
            continue;
        tac_actor *a = a2[k];
        a->code = m->code;
        if (strlen(m->code) >= 3 && d->tabari)
            a->country = tac_arena_strndup(&c->arena, m->code, 3);
        uint32_t t1 = c->tbw[m->start].tok, t2 = c->tbw[m->end - 1].tok;
        a->text = c->doc_text + t[t1].off;
        a->text_len = t[t2].off + t[t2].len - t[t1].off;
        a->offset = t[t1].off;
    }
    e0.has_target = tgt != NULL;
    return tac_code_push_event(c, &e0);
}

/* p's event from src to tgt and, for a paired code ([032:033]), the
 * reverse event from tgt to src. */
static int tb_emit_pair(tac_coder *c, uint32_t s, uint32_t e, int index, int headline,
                        const tac_pattern *p, const tbm *src, const tbm *tgt, uint32_t v,
                        const tb_bind *b)
{
    int r = tb_emit(c, s, e, index, headline, p, p->cameo, src, tgt, v, b);
    if (r == 0 && p->cameo2 != UINT32_MAX)
        r = tb_emit(c, s, e, index, headline, p, p->cameo2, tgt, src, v, b);
    return r;
}

/* Are groups a and b the same single actor, code and agent alike? TABARI
 * passes over such an actor when it looks for the target
 * (CoderClass::actorEqual): "Iraqi Kurds demonstrated in Kirkuk ...
 * from Iraq" finds the Kurds before the verb. */
static int tb_same_actor(const tac_coder *c, int a, int b)
{
    if (a < 0 || b < 0 || c->tbg[a].n != 1 || c->tbg[b].n != 1)
        return 0;
    const tbm *x = &c->tbm[c->tbg[a].first], *y = &c->tbm[c->tbg[b].first];
    return strcmp(x->code, y->code) == 0 && strcmp(x->base, y->base) == 0;
}

/* Events of one verb match between groups sg and tg. */
static int tb_events(tac_coder *c, uint32_t s, uint32_t e, int index, int headline,
                     const tac_pattern *p, int sg, int tg, uint32_t v, const tb_bind *b)
{
    int r = 0;
    const tbg *S = &c->tbg[sg];
    if (tg < 0) {
        /* a compound with no target: its first member acts on the others;
         * with '%' (tg == -2) every member on every other; a paired code
         * gives each of these events its reversed one too (COMPOUND-06) */
        for (uint32_t i = 0; i < (tg == -2 ? S->n : 1) && r == 0; i++)
            for (uint32_t j = 0; j < S->n && r == 0; j++) {
                if (i == j)
                    continue;
                r = tb_emit_pair(c, s, e, index, headline, p, &c->tbm[S->first + i],
                                 &c->tbm[S->first + j], v, b);
            }
        return r;
    }
    const tbg *T = &c->tbg[tg];
    for (uint32_t i = 0; i < S->n && r == 0; i++)
        for (uint32_t j = 0; j < T->n && r == 0; j++) {
            r = tb_emit_pair(c, s, e, index, headline, p, &c->tbm[S->first + i],
                             &c->tbm[T->first + j], v, b);
        }
    return r;
}

/* Does the pronoun (-2 - word) stand for the single actor of group sg
 * that an agent joined? */
static int tb_self_base(const tac_coder *c, int sg, int pron)
{
    if (c->tbg[sg].n != 1 || tb_resolve(c, pron, -1) != sg)
        return 0;
    const tbm *m = &c->tbm[c->tbg[sg].first];
    return m->base && strcmp(m->base, m->code) != 0;
}

/* "X was opposed by Y": Y the source, X the target. */
static int tb_passive(const tac_coder *c, uint32_t v, int *sg, int *tg)
{
    int be = 0;
    for (uint32_t j = v; j-- > 0 && v - j <= 2;)
        if (tb_word_is(&c->tbw[j], "was") || tb_word_is(&c->tbw[j], "were") ||
            tb_word_is(&c->tbw[j], "been") || tb_word_is(&c->tbw[j], "is") ||
            tb_word_is(&c->tbw[j], "are") || tb_word_is(&c->tbw[j], "be"))
            be = 1;
    if (!be)
        return 0;
    for (uint32_t j = v + 1; j < c->n_tbw && j <= v + 3; j++) {
        if (!tb_word_is(&c->tbw[j], "by"))
            continue;
        int g = tb_group_at(c, j + 1);
        if (g < 0)
            return 0;
        int before = -1;
        for (size_t k = 0; k < c->n_tbg; k++)
            if (c->tbg[k].end <= v)
                before = before < 0 ? (int)k : before;
        if (before < 0)
            return 0;
        *sg = g;
        *tg = before;
        return 1;
    }
    return 0;
}

static int tb_lower(const tac_coder *c, uint32_t j);

/* Does "and"/"or" follow word j? Only then is a comma between names a
 * list ("Mordor, the Shire, Fornost and Bree"); ", Iraqi police said."
 * ends the sentence's last clause. */
static int tb_list_ahead(const tac_coder *c, uint32_t j)
{
    for (uint32_t k = j + 1; k < c->n_tbw; k++) {
        const tbw *w = &c->tbw[k];
        if (w->conj || tb_word_is(w, "or")) {
            /* a name after it, past determiners and listed adjectives */
            uint32_t q = k + 1;
            while (q < c->n_tbw && (c->tbw[q].det || tb_nounadj(&c->tbw[q])))
                q++;
            return q < c->n_tbw && !tb_lower(c, q);
        }
        /* the list goes on with names (and punctuation, determiners,
         * listed adjectives, "of", "on", "for" inside names) up to its
         * "and": TABARI skips only the commas inside a compound actor
         * ("Amnesty International, Idil Eser, and other rights activists"
         * is no list) */
        if (!(w->punct || w->det || tb_nounadj(w) || !tb_lower(c, k) ||
              tb_word_is(w, "of") || tb_word_is(w, "on") || tb_word_is(w, "for")))
            return 0;
    }
    return 0;
}

/* A lower-case word: a comma after one ends a clause even before a name
 * ("ties with, Gondor almost": CLAUSE-01); between names ("Mordor, the
 * Shire, Fornost and Bree") it joins a list. */
static int tb_lower(const tac_coder *c, uint32_t j)
{
    const tac_tok *t = &c->toks.v[c->tbw[j].tok];
    return (t->flags & TAC_TOK_WORD) && !(t->flags & (TAC_TOK_CAP | TAC_TOK_UPPER));
}

/* ", and"/", or" at word j inside a list of names: the word before the
 * comma and the word after the conjunction (past a determiner) are
 * capitalised. TABARI skips only the commas inside a compound actor
 * ("Brazil and Colombia, and severed ties": this comma delimits). */
static int tb_name_list(const tac_coder *c, uint32_t j)
{
    uint32_t k = j + 2;
    while (k < c->n_tbw && (c->tbw[k].det || tb_nounadj(&c->tbw[k])))
        k++;
    return j > 0 && k < c->n_tbw && !tb_lower(c, j - 1) && !tb_lower(c, k) &&
           !c->tbw[j - 1].punct;
}

/* TABARI nulls the words of a clause COMMA drops, [a, b) (ParserClass::
 * nullSubordinate): no actor, verb, pronoun or conjunction is left there,
 * but a pattern's words still match them, as its literals are kept
 * ("blamed Israel for the bombing ..., which has set off a renewed wave of
 * violence": * FOR_ VIOLENCE); the commas stay, so a verb root's words do
 * not match across them. (Nulled at once, range by range: the counts of
 * later ranges read no field it changes.) */
static void tb_null_words(tac_coder *c, uint32_t a, uint32_t b)
{
    for (uint32_t q = a; q < b; q++) {
        tbw *x = &c->tbw[q];
        x->agentw = TB_NULLED;
        x->nrch = 0;
        x->vslot = x->dslot = 0;
        x->pron = x->conj = x->det = 0;
    }
}

/* COMMA: drops comma-delimited clauses whose length (in words) is within
 * the option's bounds: [min, max] between two commas, [emin, emax] from
 * the last comma to the end, [bmin, bmax] from the start to the first
 * comma. A comma before "and"/"or" between names, or between capitalised words with
 * an "and"/"or" after them, is taken to join a list ("Somalia, Ethiopia
 * and Kenya") and delimits nothing. first: the first comma word
 * (tb_fill_set; none before it to look at). */
static void tb_commas(tac_coder *c, const tac_tb_options *o, uint32_t first)
{
    uint32_t cm[64];
    size_t nc = 0;
    for (uint32_t j = first; j < c->n_tbw && nc < 64; j++)
        if (c->tbw[j].comma &&
            !(j + 1 < c->n_tbw && (((c->tbw[j + 1].conj || tb_word_is(&c->tbw[j + 1], "or")) && tb_name_list(c, j)) ||
                                   (c->tbw[j + 1].cap && !(j > 0 && tb_lower(c, j - 1)) &&
                                    tb_list_ahead(c, j)))))
            cm[nc++] = j;
    if (nc == 0)
        return;
    /* words of [a, b), as TABARI counts its tokens: a straight double
     * quote is one (it stands apart in TABARI's filtered text), other
     * punctuation and a possessive 's are not */
#define TB_NWORDS(a, b, out)                                          \
    do {                                                              \
        (out) = 0;                                                    \
        for (uint32_t q_ = (a); q_ < (b); q_++)                       \
            (out) += (!c->tbw[q_].punct || c->doc_text[c->toks.v[c->tbw[q_].tok].off] == '"') && \
                     !c->tbw[q_].poss;                                \
    } while (0)
    int n;
    TB_NWORDS(0, cm[0], n);
    if (n >= o->comma_bmin && n <= o->comma_bmax)
        tb_null_words(c, 0, cm[0] + 1);
    /* TABARI pairs the commas from the first (ParserClass::markSubordinate):
     * the first and second delimit a clause, the third and fourth, ...;
     * a comma left without a partner starts the end clause */
    for (size_t k = 0; k < nc; k += 2) {
        if (k + 1 < nc) {
            TB_NWORDS(cm[k] + 1, cm[k + 1], n);
            if (n >= o->comma_min && n <= o->comma_max)
                tb_null_words(c, cm[k], cm[k + 1]);
        } else {
            TB_NWORDS(cm[k] + 1, (uint32_t)c->n_tbw, n);
            if (n >= o->comma_emin && n <= o->comma_emax)
                tb_null_words(c, cm[k], (uint32_t)c->n_tbw);
        }
    }
#undef TB_NWORDS
}

/* After the verb at *v coded: returns 1 when coding stops there (CODE BY
 * SENTENCE); under CODE BY CLAUSE, when next_clause, moves *v to its
 * clause's end, so that the caller's loop looks for the next verb in the
 * next clause (CoderClass::checkVerbs leaves the clause). */
static int tb_coded(const tac_coder *c, uint32_t *v, int next_clause)
{
    const tac_tabari *t = c->dict->tabari;
    if (t->opt.code_by == TAC_TB_BY_SENTENCE)
        return 1;
    if (next_clause && t->opt.code_by == TAC_TB_BY_CLAUSE)
        *v = tb_clause_end(c, *v);
    return 0;
}

/* Events with a DEFAULT source or target (sg or tg -1: the default). */
static int tb_defaults(tac_coder *c, uint32_t s, uint32_t e, int index, int headline,
                       const tac_pattern *p, int sg, int tg, uint32_t v, const tb_bind *b)
{
    const tac_tb_options *o = &c->dict->tabari->opt;
    tbm ds, dt;
    memset(&ds, 0, sizeof ds);
    memset(&dt, 0, sizeof dt);
    ds.code = ds.base = o->def_src;
    dt.code = dt.base = o->def_tgt;
    ds.start = dt.start = v;
    ds.end = dt.end = v + 1;
    uint32_t ns = sg < 0 ? 1 : c->tbg[sg].n, nt = tg < 0 ? 1 : c->tbg[tg].n;
    int r = 0;
    for (uint32_t i = 0; i < ns && r == 0; i++)
        for (uint32_t j = 0; j < nt && r == 0; j++) {
            const tbm *a = sg < 0 ? &ds : &c->tbm[c->tbg[sg].first + i];
            const tbm *z = tg < 0 ? &dt : &c->tbm[c->tbg[tg].first + j];
            r = tb_emit_pair(c, s, e, index, headline, p, a, z, v, b);
        }
    return r;
}

int tac_tb_code_sentence(tac_coder *c, uint32_t s, uint32_t e, int index, int headline)
{
    const tac_dict *d = c->dict;
    const tac_tabari *t = d->tabari;
    c->sent_first_event = c->n_events;
    c->tb_date = c->date;
    if (t->opt.min_words > 0) {
        /* SET: MINIMUM WORDS: shorter sentences are not coded; TABARI
         * counts commas as words, not a possessive 's (the count stops
         * once it is enough) */
        /* (a countdown in locals) */
        int need = t->opt.min_words;
        for (const tac_tok *k = c->toks.v + s, *ke = c->toks.v + e; k < ke; k++) {
            uint32_t fl = k->flags;
            if ((((fl & (TAC_TOK_WORD | TAC_TOK_NUM)) && !(fl & TAC_TOK_POSS)) ||
                 tac_code_is_punct(k, ',')) &&
                --need == 0)
                break;
        }
        if (need > 0)
            return 0;
    }
    if (tb_words(c, s, e) < 0)
        return -1;
    /* time phrases: shift the date, or drop the sentence (before the
     * COMMA rule: "Gondor, kan wa ma kan, almost ...") */
    /* at each word the longest time phrase wins, as a verb's longest
     * pattern does, and its words are not read again ("tomorrow and
     * tomorrow and tomorrow" is +3, not +1 from the last "tomorrow") */
    if (t->n_time)
        for (uint32_t j = 0; j < c->n_tbw; j++) {
            const tac_tb_phrase *best = NULL;
            uint32_t best_end = 0;
            for (size_t k = 0; k < t->n_time; k++) {
                const tac_tb_phrase *ph = &t->timep[k];
                int has_slot = 0;
                for (size_t q = 0; q < ph->n; q++)
                    has_slot |= (ph->items[q] & TAC_TB_SPECIAL) && !(ph->items[q] & TAC_TB_SYN);
                uint32_t pe = has_slot ? 0 : tb_phrase_at(c, ph->items, ph->n, j, 0);
                if (pe > best_end) {
                    best = ph;
                    best_end = pe;
                }
            }
            if (!best)
                continue;
            if (best->shift == TAC_TBT_DISCARD || best->shift == TAC_TBT_COMPLEX)
                return 0;
            if (t->opt.time_shift && best->shift != TAC_TBT_NULL)
                c->tb_date = tac_date_from_days(tac_date_to_days(c->date) + best->shift);
            j = best_end - 1;
        }
    uint32_t comma1 = tb_fill_set(c);
    if (t->opt.comma_on && comma1 < c->n_tbw)
        tb_commas(c, &t->opt, comma1);
    int r = tb_actors(c);
    if (r != 0)
        return r < 0 ? -1 : 0;
    /* no actor: no event can come of the sentence (every event needs an
     * actor group or a pronoun resolved to one), unless a default source
     * (DEFAULT: SOURCE ... PRIOR) stands in for it; the verb passes below
     * only decide whether to drop it */
    if (c->n_tbm == 0 && !(t->opt.def_src[0] && t->opt.def_src_prior))
        return 0;
    if (tb_groups(c) < 0)
        return -1;
    /* one pass over the words for what the passes below count or visit:
     * clause separators (c->tb_sep), conjunctions, resolved
     * pronouns, words whose root has [###]/[+++] patterns, verbs
     * (tb_is_verb) */
    uint64_t vset[TB_WSET], dset[TB_WSET];
    memset(vset, 0, sizeof vset);
    memset(dset, 0, sizeof dset);
    int nc = 0, na = (int)c->n_tbm;
    uint32_t a0 = c->n_tbm ? c->tbm[0].start : (uint32_t)c->n_tbw;
    c->tb_nsep = 0;
    /* (locals: no reload after each store) */
    const uint32_t nw = (uint32_t)c->n_tbw;
    const tbw *w = c->tbw;
    size_t nsep = 0;
    for (uint32_t v = 0; v < nw; v++, w++) {
        uint32_t f;
        if (!w->pass)
            continue; /* (most words) */
        /* (the rare flags first: most words are none of these) */
        if (w->lxf & (TB_LX_AND | TB_LX_BRK | TB_LX_DROPS)) {
            nc += (w->lxf & (TB_LX_AND | TB_LX_BUT)) && w->agentw != TB_NULLED;
            if (tb_clause_sep(c, v)) /* (ascending) */
                c->tb_sep[nsep++] = (uint16_t)v;
            if ((w->lxf & TB_LX_DROPS) && !w->cap)
                dset[v >> 6] |= (uint64_t)1 << (v & 63);
        }
        if (w->pron && w->actor < 0 && v > a0)
            na++;
        if (w->vslot && tb_is_verb(c, v, &f))
            vset[v >> 6] |= (uint64_t)1 << (v & 63);
    }
    c->tb_nsep = nsep;
    /* COMPLEX: ACTORS[n] CONJ[n]: a sentence with n actors or more, or
     * more than n conjunctions, is complex and not coded (VERBS[n] below) */
    /* ACTORS[n] counts "at least n": on the tuning half of TABARI's
     * corpus2198 output it drops only sentences TABARI leaves uncoded
     * (precision +2 points, recall unchanged against "more than n") */
    /* TABARI counts a pronoun it has resolved as an actor (it tags it as
     * one before the count): he/she/it/him/her after an actor, they/them/
     * their too (nc counts "and", "but" outside COMMA's dropped clauses) */
    if ((t->opt.complex_actors && na >= t->opt.complex_actors) ||
        (t->opt.complex_conj && nc > t->opt.complex_conj))
        return 0;
    /* a discard or complex verb phrase anywhere drops the sentence, even
     * after a determiner ("at the davis cup"); capitalised, it is a name
     * ("their first Planetary Cup final") */
    /* (dset: not capitalised, and a root of its form has such patterns) */
    for (uint32_t v = tb_wset_next(dset, 0, (uint32_t)c->n_tbw); v < c->n_tbw;
         v = tb_wset_next(dset, v + 1, (uint32_t)c->n_tbw)) {
        uint32_t f, slot = c->tbw[v].dslot; /* a whole word (tb_word_text) */
        for (f = slot ? t->form_head[slot - 1] : 0; f; f = t->form[f - 1].next) {
            const tac_tb_verb *vb = &t->verb[t->form[f - 1].verb];
            tb_bind b;
            if (!vb->drops)
                continue;
            /* its [###]/[+++] patterns only (tabari.h, vdrop) */
            for (uint32_t q = 0; q < vb->n_drop; q++) {
                uint32_t k = t->vdrop[vb->drop_at + q];
                const tac_pattern *p = &d->pat[vb->first + k];
                if ((p->tb & (TAC_TBP_DISCARD | TAC_TBP_COMPLEX)) &&
                    tb_may_match0(c, vb->first + k) && tb_may_match(c, vb->first + k) &&
                    tb_match_words(c, p, v, tb_clause_end(c, v), &b))
                    return 0;
            }
        }
    }
    /* (fewer verb words than the limit: surely not complex, and the
     * verbs are searched only as the coding below reaches them) */
    int nvw = 0;
    for (size_t q = 0; q < TB_WSET && nvw < t->opt.complex_verbs; q++)
        for (uint64_t x = vset[q]; x && nvw < t->opt.complex_verbs; x &= x - 1)
            nvw++; /* (no popcount: without -mpopcnt it is a libgcc call) */
    if (t->opt.complex_verbs && nvw >= t->opt.complex_verbs) {
        /* COMPLEX: VERBS[n]: n verbs or more make the sentence complex
         * (TABARI's complexity limits are all "at least n"); a verb counts
         * when some pattern of its root matches (the root's own does when
         * its words are there); after a determiner ("a", "an", "the") or
         * capitalised mid-sentence it is a noun, as in coding */
        /* a multi-word root ("AIR_STRIKE", "RE_OPEN") is one verb: its
         * other words are not counted again (TABARI tags one root) */
        int nv = 0;
        for (uint32_t v = tb_wset_next(vset, 0, (uint32_t)c->n_tbw); v < c->n_tbw;
             v = tb_wset_next(vset, v + 1, (uint32_t)c->n_tbw)) {
            uint32_t f = t->form_head[c->tbw[v].vslot - 1];
            tb_bind b;
            const tac_pattern *hp;
            if (!c->tbw[v].cap && (hp = tb_verb_hit(c, v, f, &b)) != NULL) {
                nv++;
                v += c->tbw[v].vtail;
            }
        }
        if (nv >= t->opt.complex_verbs)
            return 0;
    }
    /* SET: CODE ALL and a dominant verb ([031!]) in the sentence: it alone
     * codes ("left for Minas Tirith ... to attend meetings": only ATTEND,
     * CODEBY-12); by clause, the clause's first verb still codes
     * ("promised aid ... if it would agree to attend": PROMISE) */
    int dominant = 0;
    if (t->opt.check_dominant && t->opt.code_by == TAC_TB_BY_ALL)
        for (uint32_t v = tb_wset_next(vset, 0, (uint32_t)c->n_tbw); v < c->n_tbw && !dominant;
             v = tb_wset_next(vset, v + 1, (uint32_t)c->n_tbw)) {
            uint32_t f = t->form_head[c->tbw[v].vslot - 1];
            tb_bind b;
            const tac_pattern *hit;
            if (!c->tbw[v].cap && (hit = tb_verb_hit(c, v, f, &b)) != NULL)
                dominant = (hit->tb & TAC_TBP_DOMINANT) != 0;
        }
    int coded = 0, carry = -1;
    long subord_v = -1;
    const tac_pattern *subord_p = NULL;
    tb_bind subord_b;
    memset(&subord_b, 0, sizeof subord_b);
    uint32_t covered = 0; /* words before this are in a verb root coded */
    int next_clause = 0; /* tb_coded's: the clause is done */
    for (uint32_t v = tb_wset_next(vset, 0, (uint32_t)c->n_tbw); v < c->n_tbw;
         v = tb_wset_next(vset, v + 1, (uint32_t)c->n_tbw)) {
        uint32_t f = t->form_head[c->tbw[v].vslot - 1]; /* (vset: tb_is_verb) */
        if (v < covered)
            continue;
        tb_bind b;
        const tac_pattern *hit = tb_verb_hit(c, v, f, &b);
        if (!hit)
            continue;
        covered = v + 1 + c->tbw[v].vtail;
        /* capitalised mid-sentence: a name ("To Restore") */
        if (c->tbw[v].cap)
            continue;
        if (hit->tb & (TAC_TBP_DISCARD | TAC_TBP_COMPLEX)) {
            c->n_events = c->sent_first_event;
            return 0;
        }
        if (hit->tb & TAC_TBP_NULL)
            continue;
        if (dominant && !(hit->tb & TAC_TBP_DOMINANT))
            continue;
        if (t->opt.noactprior) {
            /* COMPLEX: NOACTPRIOR: no actor before the verb that codes
             * makes the sentence complex ("Rebuked by Eriador, ...",
             * "Resumption of ties between Arnor and Gondor may spur ...") */
            int prior = 0;
            for (uint32_t j = 0; j < v && !prior; j++)
                prior = c->tbw[j].actor >= 0;
            if (!prior) {
                c->n_events = c->sent_first_event;
                return 0;
            }
        }
        if (hit->tb & TAC_TBP_SUBORD) {
            if (subord_v < 0) {
                subord_v = v;
                subord_p = hit;
                subord_b = b;
            }
            continue;
        }
        int sg = tb_resolve(c, b.src, -1);
        int tg = b.tgt < -1 ? -1 : b.tgt; /* a pronoun target: after the source */
        if (b.comp >= 0) {
            r = tb_events(c, s, e, index, headline, hit, b.comp, -2, v, &b);
            next_clause = 1;
            goto emitted;
        }
        if (b.src == -1 && b.tgt == -1 && tb_passive(c, v, &sg, &tg)) {
            /* "Eriador was opposed by Osgiliath" */
        }
        /* a pronoun standing for the source's own actor ("the German
         * government rejected ... while he is in the country"): TABARI
         * reads it as that actor without its agent (DEUGOV/DEU) */
        int self_pron = b.tgt < -1 && sg >= 0 && tb_self_base(c, sg, b.tgt);
        if (b.tgt < -1 && sg >= 0 && !self_pron) {
            /* a pronoun: the nearest other actor before it; "Armenia and
             * Azerbaijan agreed a ceasefire in their conflict": the
             * compound's members with each other */
            tg = tb_resolve(c, b.tgt, sg);
            if (tg < 0 && c->tbg[sg].n < 2)
                continue;
        }
        int dsrc = 0, dtgt = 0, regular = 0, psrc = -1;
        uint32_t after = v + 1;
        /* TABARI looks for the source and target in the verb's clause
         * only (CoderClass::findActor stops at iendClause) */
        uint32_t ce = tb_clause_end(c, v);
        if (sg < 0) {
            /* the first actor of the verb's clause, as TABARI marks
             * clauses ("... but Dagolath promised"): any actor before the
             * verb, also one that holds or follows a word of the pattern
             * ("Russia's Supreme Court rejected an appeal", COURT * APPEAL:
             * RUSJUD; "The missiles of the Israeli military struck",
             * MISSILE *: ISRMIL) */
            uint32_t cs = tb_clause_start(c, v);
            /* a clause that does not begin with an actor keeps the source
             * of the sentence's earlier verb (checkVerbs resets it only at
             * a clause beginning with an actor) */
            if (cs > 0 && carry >= 0 && carry != tg && tb_group_at(c, cs) < 0)
                sg = carry;
            for (size_t k = 0; k < c->n_tbg && sg < 0; k++)
                if (c->tbg[k].start >= cs && c->tbg[k].start < v && (int)k != tg)
                    sg = (int)k;
            /* "... and then it requested": a pronoun opening the clause */
            for (uint32_t j = cs; cs > 0 && j < b.lo; j++) {
                if (sg >= 0 && j >= c->tbg[sg].start)
                    break;
                if (c->tbw[j].pron == 1 && c->tbw[j].actor < 0) {
                    int g = tb_resolve(c, -2 - (int)j, tg);
                    if (g >= 0)
                        sg = g;
                    break;
                }
            }
            /* no actor in the verb's clause before the verb: the source
             * of the sentence's last event, as TABARI keeps its source from
             * one clause to the next ("The EU would step up its efforts and
             * would hold talks with the Palestinian president": nothing,
             * as no event came before); with no clause before ("and" inside
             * a compound: "Fornost and the evil Gondor welcomed"), the
             * first actor of the sentence */
            int incomp = 0;
            for (size_t k = 0; cs > 0 && k < c->n_tbg; k++)
                incomp |= c->tbg[k].start < cs - 1 && c->tbg[k].end > cs - 1;
            if (cs > 0 && !incomp) {
                if (sg < 0 && carry >= 0 && carry != tg)
                    sg = carry;
            } else {
                for (size_t k = 0; k < c->n_tbg && sg < 0; k++)
                    if (c->tbg[k].start < v && (int)k != tg)
                        sg = (int)k;
            }
            regular = sg >= 0;
        }
        if (sg < 0 && b.src == -1) {
            if (t->opt.def_src[0] && t->opt.def_src_prior)
                dsrc = 1;
            else /* the first actor after the verb, in its clause, is the
                  * source */
                for (size_t k = 0; k < c->n_tbg && sg < 0; k++)
                    if (c->tbg[k].start >= v + 1 && c->tbg[k].start < ce && (int)k != tg) {
                        sg = (int)k;
                        after = c->tbg[k].end;
                        regular = 1;
                    }
            /* a resolved pronoun before it is an actor for TABARI, its
             * antecedent without the agent: with the target set by the
             * pattern, "... talks with the Afghan government, which it
             * often refers to" has the source "it" (AFG, AFGGOV) */
            if (tg >= 0 && b.tgt >= 0 && c->tbg[tg].n == 1)
                for (uint32_t j = v + 1; j < ce && j < (sg >= 0 ? c->tbg[sg].start : ce); j++) {
                    if (c->tbw[j].pron != 1 || c->tbw[j].actor >= 0)
                        continue;
                    int g = tb_resolve(c, -2 - (int)j, -1);
                    if (g >= 0 && c->tbg[g].n == 1 &&
                        strcmp(c->tbm[c->tbg[g].first].base, c->tbm[c->tbg[tg].first].code) != 0) {
                        psrc = (int)j;
                        sg = g;
                        regular = 0;
                    }
                    break;
                }
        }
        if (psrc >= 0) {
            tbm ps = c->tbm[c->tbg[sg].first];
            const tbm *z = &c->tbm[c->tbg[tg].first];
            ps.code = ps.base;
            ps.start = (uint32_t)psrc;
            ps.end = (uint32_t)psrc + 1;
            r = tb_emit_pair(c, s, e, index, headline, hit, &ps, z, v, &b);
            next_clause = 1;
            goto emitted;
        }
        /* TABARI keeps a source it found for a verb that codes, even when
         * no target is found and no event comes of it ("... rejects, and
         * condemns the US administration's decision") */
        if (regular)
            carry = sg;
        if (tg < 0 && b.tgt == -1 && sg >= 0 && c->tbg[sg].n >= 2 && v + 1 < c->n_tbw &&
            c->tbw[v + 1].pron == 2 && tb_resolve(c, -2 - (int)(v + 1), -1) == sg) {
            /* "Arnor, Osgiliath and Gondor presented their credentials":
             * the pronoun is the compound itself, its members act on each
             * other both ways (TABARI's reading, COMPOUND-24) */
            r = tb_events(c, s, e, index, headline, hit, sg, -2, v, &b);
            next_clause = 0;
            goto emitted;
        }
        if (tg < 0) {
            uint32_t first = UINT32_MAX;
            for (size_t k = 0; k < c->n_tbg && tg < 0; k++)
                if (c->tbg[k].start >= after && c->tbg[k].start < ce && (int)k != sg &&
                    !tb_same_actor(c, sg, (int)k)) {
                    tg = (int)k;
                    first = c->tbg[k].start;
                }
            /* a pronoun before that: its antecedent, if not the source */
            for (uint32_t j = after; j < ce && j < first && !self_pron; j++) {
                if (c->tbw[j].pron != 1 || c->tbw[j].actor >= 0)
                    continue;
                if (sg >= 0 && tb_self_base(c, sg, -2 - (int)j)) {
                    self_pron = 1;
                    tg = -1; /* it comes before the first actor */
                    break;
                }
                /* the pronoun's antecedent is the sentence's first actor;
                 * when that is the source ("they requested that Rohan
                 * assist them"), the target is found as if no pronoun */
                int g = tb_resolve(c, -2 - (int)j, -1);
                if (g >= 0 && g != sg)
                    tg = g;
                break;
            }
        }
        if (self_pron && tg < 0) {
            const tbm *src = &c->tbm[c->tbg[sg].first];
            tbm self = *src;
            self.code = src->base;
            r = tb_emit_pair(c, s, e, index, headline, hit, src, &self, v, &b);
            next_clause = 1;
            goto emitted;
        }
        if (tg < 0 && sg >= 0)
            /* nothing after the verb: the nearest actor before the verb in
             * its clause that is not the source ("Romania has asked the EU
             * for delivery of aid"; CoderClass::backActor stops at the
             * clause's start) */
            for (size_t k = c->n_tbg, cst = tb_clause_start(c, v); k-- > 0;)
                if (c->tbg[k].start < v && c->tbg[k].start >= cst && (int)k != sg &&
                    !tb_same_actor(c, sg, (int)k)) {
                    tg = (int)k; /* the nearest to the verb */
                    break;
                }
        /* AFTER: the default target even for a compound source, unless
         * that compound stood after the verb (it then acts within) */
        if (tg < 0 && t->opt.def_tgt[0] &&
            ((t->opt.def_tgt_after && after == v + 1) || sg < 0 || c->tbg[sg].n < 2))
            dtgt = 1;
        if (sg < 0 && !dsrc)
            continue;
        if (tg < 0 && !dtgt && (dsrc || c->tbg[sg].n < 2))
            continue;
        if (dsrc || dtgt) {
            r = tb_defaults(c, s, e, index, headline, hit, dsrc ? -1 : sg, dtgt ? -1 : tg, v, &b);
            next_clause = 0;
            goto emitted;
        }
        r = tb_events(c, s, e, index, headline, hit, sg, tg, v, &b);
        next_clause = 1;
    emitted: /* an event coded: stop, or go on in the next clause */
        if (r < 0)
            return -1;
        coded = 1;
        if (tb_coded(c, &v, next_clause))
            break;
    }
    if (!coded && subord_p) {
        int sg = tb_resolve(c, subord_b.src, -1), tg = tb_resolve(c, subord_b.tgt, -1);
        uint32_t v = (uint32_t)subord_v;
        if (sg < 0)
            for (size_t k = 0; k < c->n_tbg && sg < 0; k++)
                if (c->tbg[k].end <= subord_b.lo)
                    sg = (int)k;
        if (tg < 0)
            for (size_t k = 0; k < c->n_tbg && tg < 0; k++)
                if (c->tbg[k].start >= v + 1 && (int)k != sg)
                    tg = (int)k;
        if (sg >= 0 && (tg >= 0 || c->tbg[sg].n >= 2))
            if (tb_events(c, s, e, index, headline, subord_p, sg, tg, v, &subord_b) < 0)
                return -1;
    }
    return 0;
}

