/* code.h -- the coder's internals (tac_coder_* in tacitus.h is its API):
 * the coder's state, shared by code.c (the coder and its native rules) and
 * code_tabari.c (the rules for TABARI dictionary sets). */
#ifndef TAC_CODE_H
#define TAC_CODE_H

#include "tacitus.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "arena.h"
#include "date.h"
#include "dict.h"
#include "lexicon.h"
#include "sent.h"
#include "tabari.h"
#include "token.h"
#include "utf8.h"

#define MAX_PIECES_SENT 512
#define MAX_TIMEX 8
#define MAX_DOC_PERSONS 64
#define MAX_ALIASES 64
#define MAX_UNNAMED 16
#define MAX_RECENT 8 /* actors with a country kept for "the ministry" (code_mention.c) */
#define SKIP_MAX 4
#define MATCH_BUDGET 512
#define MAX_EVENTS_SENT 100 /* events of one sentence; more are dropped */
#define MAX_LOCS 16          /* places of one sentence kept as locations */

typedef struct mention {
    uint32_t start, end;   /* actor tokens [start, end) */
    uint32_t tstart;       /* text start (a determiner included) */
    const char *code;
    char country[4];
    const char *agents[TAC_MAX_AGENTS];
    int n_agents;
    int person;            /* index of the person entry + 1, or 0 */
    int resolved;          /* pronoun or short name */
    int group;             /* group index */
    int armed;             /* "UN peacekeepers": a named body's military agent word */
    /* what the text says of a person's sex (marker female-word, male-word
     * in or right before the phrase): 0 nothing, 1 male, 2 female */
    int gender;
    /* one person (a dictionary person, "envoy Artur Harutyunyan"), not a
     * group that holds one ("militants loyal to al-Zarqawi"): no "they" */
    int one_person;
} mention;

typedef struct group {
    uint32_t first, n;     /* mentions [first, first+n) */
    uint32_t start, end;   /* tokens, text start of first .. end of last */
} group;

typedef struct match {
    uint32_t start, end;   /* tokens [start, end) */
    uint32_t anchor_end;   /* end of the words before the first slot */
    uint32_t lit_end;      /* end of the last literal word */
    const tac_pattern *pat;
    int src_group, tgt_group; /* from $ / + slots, or -1 */
    /* a fronted passive ("aid was cut by the US"): the verb's object is
     * its subject, which is then no target */
    int fronted;
} match;

typedef struct tbw tbw;
typedef struct tbm tbm;
typedef struct tbg tbg;
typedef struct tb_wc tb_wc;

/* A place name that is no actor ("in Moscow", "Aleppo"): kept so that an
 * event can take the country where it happens as its target. */
typedef struct loc {
    uint32_t start, end;   /* tokens [start, end) */
    const tac_aentry *e;   /* country, capital or place entry */
} loc;

typedef struct alias {
    const char *w;         /* folded short name (dictionary or arena) */
    uint32_t len;
    mention m;
} alias;

/* Memo of the words of the text: what the vocabulary says of each (word
 * id, lemma, flags), and for words it does not hold ("Smith", "stopped",
 * "Ethopia") the morphology guess and misspelling lookup, which cost
 * several hash probes each. Words recur within and across documents, and
 * a hit is one compare in one cache line where the vocabulary's probe
 * reads a slot, the key and two word records. Sets of two neighbouring
 * entries on the word's hash (memo_slot); a word longer than WORD_MEMO_LEN
 * is not kept. Per coder (per thread), filled as it goes, never allocates.
 * 8,192 entries (384 KB): news keeps meeting new names, and 1,024 entries
 * for unknown words alone missed 44% of them on 3,000 articles. Direct-
 * mapped, two common words of one slot ("will", "all") evicted each other
 * hundreds of times there: 59,100 misses, 49,500 with sets of two. */
#define WORD_MEMO_BITS 13
#define WORD_MEMO_N (1u << WORD_MEMO_BITS)
#define WORD_MEMO_LEN 23
#define MEMO_UNSET UINT32_MAX
typedef struct word_memo {
    uint64_t hash;
    uint32_t word;          /* vocabulary id, 0 if none */
    uint32_t lemma, wflags; /* of the word, or its tac_lexicon_guess */
    uint32_t wclass;        /* word classes of the word */
    uint32_t fuzzy;         /* tac_dict_fuzzy of the word, or MEMO_UNSET */
    unsigned char len;      /* 0 = empty */
    char key[WORD_MEMO_LEN];
} word_memo;

struct tac_coder {
    const tac_dict *dict;
    word_memo memo[WORD_MEMO_N];
    /* one-byte words (punctuation, a letter), by their byte: no hash */
    word_memo memo1[256];
    tac_options opt;
    tac_arena arena;
    tac_toks toks;
    tac_sents sents;
    mention *ments;
    size_t n_ments, cap_ments;
    group *groups;
    size_t n_groups, cap_groups;
    int *tok_group;          /* per token of the sentence: group or -1 */
    size_t cap_tok_group;
    match *matches;
    size_t n_matches, cap_matches;
    tac_event *events;
    size_t n_events, cap_events;
    loc locs[MAX_LOCS];      /* places of the sentence (find_mentions) */
    uint32_t dateline_sent; /* first token of the sentence a dateline
                             * opened, or (uint32_t)-1 */
    char dateline_cc[4];    /* the dateline place's country, or "" */
    /* the story's country: the body's dateline's, or the one country
     * the document's sentences before this one named (story_ccs 1; 0 none
     * yet, 2 two, the second story_second, 3 more). A title with no country and a name no dictionary
     * knows ("Interior Minister Ahmed Kamal said") is of it
     * (code_mention.c); story_note (code_event.c) keeps it */
    char story_cc[4];
    int story_ccs;
    int story_dateline;     /* story_cc is the dateline's: it stays */
    char story_first[4];    /* the dateline's country, else the first one
                             * the document named ("" none yet) */
    char story_second[3];
    /* the reason an arrest names ("arrested five over the attack on the
     * Turkish embassy"): tokens [reason_from, reason_to) of the sentence,
     * after the arrest's verb at reason_verb; reason_to 0 when none
     * (arrest_reason, code_event.c) */
    uint32_t reason_verb, reason_from, reason_to;
    size_t n_locs;
    size_t loc_ment;         /* ments[loc_ment + k] is locs[k] as a mention */
    tac_word *words;
    size_t cap_words;
    /* document state */
    const tac_doc *doc;
    tac_ymd date;
    const char *doc_text;    /* field being coded */
    const char *field_name;
    mention last_person, last_actor;
    int have_person, have_actor;
    /* the same as the sentence began: "..., they said" names its speaker
     * before the sentence (tac_code_find_mentions) */
    mention sent_person, sent_actor;
    int sent_have_person, sent_have_actor;
    /* the actor that opens the sentence (its subject, mostly) of the
     * previous sentence and of this one: a sentence-initial "they"/"it"
     * continues it (code_mention.c) */
    mention subj_prev, subj_cur;
    int have_subj_prev, have_subj_cur;
    /* "he"/"she" (code_mention.c, person_antecedent): the first person
     * the previous sentence and this one named (its subject, mostly), the
     * last person the text marks female and the last not so marked, and
     * the same two as the sentence began; all 0 at a document's start */
    mention psubj_prev, psubj_cur;
    int have_psubj_prev, have_psubj_cur;
    /* ... and that subject is a name no dictionary knows ("De Croo
     * criticized"): no person "he" may stand for with confidence */
    int psubj_prev_unknown, psubj_cur_unknown;
    /* the document wrote a word of marker female-word or male-word
     * ("Mrs.", "King"), on a coded person or not */
    int gender_seen;
    /* of the police (COP) and the military (MIL), the text named the
     * police last: a bare "officers" is theirs (bare_officer) */
    int police_story;
    mention last_female, last_he, sent_female, sent_he;
    int have_female, have_he, sent_have_female, sent_have_he;
    /* the last actor that is no single person: what "they" stands for */
    mention last_group;
    int have_group;
    /* the document's last actors with a country and agents, a ring:
     * "the ministry" after "the Kenyan interior ministry" is that one */
    mention recent[MAX_RECENT];
    size_t n_recent;
    size_t recent_floor, recent_mark; /* n_recent when the sentence before / this one began */
    /* the source of the document's last act of violence with a named
     * source, and its code: "the firing" takes it (code_event.c) */
    mention last_violence;
    const char *last_violence_code; /* NULL: none yet */
    alias aliases[MAX_ALIASES];
    size_t n_aliases;
    /* surnames the document gave to someone no dictionary knows ("Paul
     * Macron, a baker"): alone later, the word names that person, not the
     * office holder of the name (code_mention.c) */
    uint32_t unnamed[MAX_UNNAMED];
    size_t n_unnamed;
    size_t n_sentences;
    size_t sent_first_event;  /* first event of the sentence being coded */
    const char *sent_place_cc; /* the one country of its places, or NULL
                               * (sentence_country) */
    /* per event of the sentence: 0 main; 1 read in a background clause
     * (background, drop_background); 2 an elaboration (elaboration,
     * drop_elaborations); 3 in a "which" clause (in_relative,
     * drop_object_relatives); 4 a noun act of violence after "in" or
     * "during" and an article (background, drop_same_violence) */
    unsigned char ev_bg[MAX_EVENTS_SENT];
    unsigned char cur_bg;     /* the flag push_event gives the next events */
    uint32_t sent_end;        /* end token of the sentence being coded */
    int in_headline;          /* the sentence being coded is a headline */
    /* 1 when no token of toks is a '<' (set by tac_code_lookup_tokens):
     * then no piece is inside the markup's brackets (markup_name) */
    int no_angle;
    /* the first token of toks that is one '"' or '\'' (set by
     * tac_code_lookup_tokens, SIZE_MAX if none): no quotation mark nor
     * lone apostrophe comes before it (drop_name_quotes starts there) */
    size_t quote_from;
    int events_over;          /* the document went over max_doc_events */
    tac_limit_hits hits;
    char err[512];
    /* TABARI sets: words, mentions and groups of the sentence */
    tbw *tbw;
    size_t n_tbw, cap_tbw;
    tbm *tbm;
    size_t n_tbm, cap_tbm;
    tbg *tbg;
    size_t n_tbg, cap_tbg;
    tac_ymd tb_date;
    /* the vocabulary items of the sentence's words as a bitset
     * (tac_tb_sig_bit): a pattern needing a word that is not there is
     * passed over at once (tabari.h, pat_sig) */
    uint64_t tb_set[TAC_TB_SIG_BITS / 64];
    uint64_t tb_sum;        /* bit w: tb_set[w] is not zero */
    /* the sentence's clause separators, ascending (code_tabari.c,
     * tb_clause_ends; up to one per word, TB_MAX_WORDS there) */
    uint16_t tb_sep[400];
    size_t tb_nsep;
    /* what a TABARI word's text alone decides (candidates, class, verb
     * form slots), kept for recent words: a cache in sets of four
     * (code_tabari.c, tb_wc) */
    tb_wc *tb_wc;
    /* TABARI's FORWARD: the story and sentence number (+ 1, 0 = none) of
     * the record coded before, and its first actor; the one state kept
     * from one document to the next (docs/tabari.md) */
    char tb_fwd_story[32];
    long tb_fwd_seq;
    char tb_fwd_code[64];   /* forwarded to this document ("" = none) */
    char tb_fwd_first[64];  /* this document's first actor */
};

/* helpers the TABARI rules share: tac_code_grow (code.c), tac_code_discarded
 * and tac_code_push_event (code_event.c) */
void *tac_code_grow(void *v, size_t *cap, size_t need, size_t size);
/* Is token t the punctuation character c? Inline: both coders test
 * nearly every token with it. */
static inline int tac_code_is_punct(const tac_tok *t, char c)
{
    return (t->flags & TAC_TOK_PUNCT) && t->norm_len == 1 && t->norm[0] == c;
}
int tac_code_discarded(const tac_coder *c, uint32_t s, uint32_t e);
int tac_code_push_event(tac_coder *c, const tac_event *ev);

/* Small tests on tokens that every part of the coder makes, nearly per
 * token: inline, as they were when the coder was one file. The macros take
 * the length of a literal at the call, where strlen is a constant: where
 * the compiler keeps a test out of line, it then costs no strlen per call
 * (and the length decides most tests without memcmp). A word from a list
 * ("exchang", "battle", ...: no constant) is compared byte by byte instead,
 * which stops at the first byte that differs, again without strlen. */
static inline int tok_is_n(const tac_tok *t, const char *s, size_t n)
{
    return t->norm_len == n && memcmp(t->norm, s, n) == 0;
}

static inline int tok_is_s(const tac_tok *t, const char *s)
{
    size_t k = 0;
    for (; s[k]; k++)
        if (k >= t->norm_len || t->norm[k] != s[k])
            return 0;
    return k == t->norm_len;
}

static inline int ends_with_n(const tac_tok *t, const char *suf, size_t n)
{
    return t->norm_len > n && memcmp(t->norm + t->norm_len - n, suf, n) == 0;
}
#define ends_with(t, suf) ends_with_n((t), (suf), strlen(suf))

/* A word that starts with pre ("accus": "accused", "accusation"); unlike
 * ends_with, the prefix alone counts too. */
static inline int begins_with_n(const tac_tok *t, const char *pre, size_t n)
{
    return t->norm_len >= n && memcmp(t->norm, pre, n) == 0;
}

static inline int begins_with_s(const tac_tok *t, const char *pre)
{
    for (size_t k = 0; pre[k]; k++)
        if (k >= t->norm_len || t->norm[k] != pre[k])
            return 0;
    return 1;
}

#if defined(__GNUC__)
#define tok_is(t, s) \
    (__builtin_constant_p(strlen(s)) ? tok_is_n((t), (s), strlen(s)) : tok_is_s((t), (s)))
#define begins_with(t, pre)                                                   \
    (__builtin_constant_p(strlen(pre)) ? begins_with_n((t), (pre), strlen(pre)) \
                                       : begins_with_s((t), (pre)))
#else
#define tok_is(t, s) tok_is_n((t), (s), strlen(s))
#define begins_with(t, pre) begins_with_n((t), (pre), strlen(pre))
#endif

/* Whether the CAMEO code [code, code+len) is no more precise than its
 * root: the root itself ("10") or its "not specified" code ("100"). */
static inline int cameo_unspecified(const char *code, size_t len)
{
    return len == 2 || (len == 3 && code[2] == '0');
}

/* A form of "tell": told, tell, tells, telling (its hearer follows). */
static inline int tell_form(const tac_tok *w)
{
    return tok_is(w, "told") || tok_is(w, "tell") || tok_is(w, "tells") || tok_is(w, "telling");
}

static inline int is_clause_break(const tac_tok *t)
{
    if ((t->wflags & TAC_LX_BOUNDARY) || (t->flags & TAC_TOK_QUOTE))
        return 1;
    /* one test of the punctuation flag and length, then the character:
     * ';', ':', '.', '?' or '!' */
    if (!(t->flags & TAC_TOK_PUNCT) || t->norm_len != 1)
        return 0;
    switch (t->norm[0]) {
    case ';': case ':': case '.': case '?': case '!':
        return 1;
    default:
        return 0;
    }
}

/* A token that can only be read as a finite verb or auxiliary here. */
static inline int verbish(const tac_tok *t)
{
    if (t->wflags & (TAC_LX_AUX | TAC_LX_SAY | TAC_LX_BE))
        return 1;
    if (t->wflags & TAC_LX_NEGATION)
        return t->norm_len == 3 && memcmp(t->norm, "n't", 3) == 0;
    if (!(t->wflags & TAC_LX_VERB) || (t->flags & TAC_TOK_CAP))
        return 0;
    /* inflected verb forms: "urged", "attacked", "fired", "held" */
    if (t->norm_len > 3 && memcmp(t->norm + t->norm_len - 2, "ed", 2) == 0)
        return 1;
    if (t->word != t->lemma && t->lemma && t->norm_len > 1 &&
        t->norm[t->norm_len - 1] != 's' && !(t->wflags & TAC_LX_NOUN))
        return 1;
    return 0;
}

static inline int skip_left(const tac_tok *t)
{
    return (t->wflags & (TAC_LX_ADVERB | TAC_LX_AUX | TAC_LX_BE | TAC_LX_NEGATION)) != 0;
}

/* "his", "her", "its", "their", "our": a personal possessive, whose
 * noun is its owner's own ("his opposition", "said his nation would"). */
static inline int personal_possessive(const tac_tok *t)
{
    return tok_is(t, "his") || tok_is(t, "her") || tok_is(t, "its") || tok_is(t, "their") ||
           tok_is(t, "our");
}

/* Whether word w is of marker class cls, one of the classes beyond the 31
 * that tac_tok.wclass keeps (TAC_LC_EXTRA_LIST), read from the lexicon. */
static inline int word_class(const tac_coder *c, const tac_tok *w, tac_lclass cls)
{
    return w->word && tac_lexicon_has(&c->dict->lex.w[w->word], cls);
}

/* word_class for the token's form itself: a hyphen compound read as its
 * first half ("army-led" as "army") or a typing slip read as a name keeps
 * its own norm but takes another word's id, and is not that word. For the
 * word lists kept as classes, which name forms as the text writes them. */
static inline int form_class(const tac_coder *c, const tac_tok *w, tac_lclass cls)
{
    if (!word_class(c, w, cls))
        return 0;
    const tac_lexword *x = &c->dict->lex.w[w->word];
    return tok_is_n(w, x->s, x->len);
}

/* Whether mention m ends on a court word (`marker court-noun`) followed by
 * a locative other than "of" and, a determiner between or not, a seat of
 * international courts (`marker court-seat`): "the tribunal in The Hague"
 * is an international court, no court of the Netherlands, so neither the
 * place nor the sentence's one country gives it a country. */
static inline int court_at_seat(const tac_coder *c, const mention *m)
{
    const tac_tok *t = c->toks.v;
    uint32_t a = m->end;
    if (a <= m->start || a + 1 >= c->toks.n || !word_class(c, &t[a - 1], TAC_LC_COURT_NOUN) ||
        !(t[a].wflags & TAC_LX_LOCATIVE) || tok_is(&t[a], "of"))
        return 0;
    uint32_t j = a + 1;
    if (j + 1 < c->toks.n && (t[j].wflags & TAC_LX_DET))
        j++;
    return word_class(c, &t[j], TAC_LC_COURT_SEAT);
}

/* "hundreds", "a group", "dozens", "2,000", "a first batch of
 * Bangladeshi troops": words that count what "of" introduces (a number,
 * or `marker quantity`) */
static inline int quantity_word(const tac_tok *t)
{
    return (t->flags & TAC_TOK_NUM) || (t->wclass & TAC_LC_QUANTITY);
}

/* A count at w (then w2, or NULL): a number, a number word, `marker
 * quantity` ("hundreds", "a group"), or "a" before one ("a dozen", "a
 * hundred"). After a preposition ("over a dozen", "about 100") it hedges
 * the count, it opens no reason or topic. */
static inline int count_follows(const tac_tok *w, const tac_tok *w2)
{
    if (quantity_word(w) || (w->wclass & TAC_LC_NUMBER))
        return 1;
    return w2 && (tok_is(w, "a") || tok_is(w, "an")) &&
           (quantity_word(w2) || (w2->wclass & TAC_LC_NUMBER) || tok_is(w2, "dozen") ||
            tok_is(w2, "hundred") || tok_is(w2, "thousand") || tok_is(w2, "score"));
}

/* "over 100", "about a dozen", "around 50": "over", "about" or "around"
 * at t[k] (of a sentence ending at e) before a count hedges that count;
 * it opens no reason, topic or place. */
static inline int hedged_count(const tac_tok *t, uint32_t k, uint32_t e)
{
    return k + 1 < e && (tok_is(&t[k], "over") || tok_is(&t[k], "about") || tok_is(&t[k], "around")) &&
           count_follows(&t[k + 1], k + 2 < e ? &t[k + 2] : NULL);
}

/* defined in code.c, used by the other parts of the coder (each one is
 * described at its definition) */
void tac_code_lookup_tokens(tac_coder *c, const char *text, tac_tok *t, size_t n);

/* code_tabari.c: a sentence (tokens [s, e)) coded by TABARI's rules;
 * index is its number in the document. 0, or -1 on allocation failure. */
int tac_tb_code_sentence(tac_coder *c, uint32_t s, uint32_t e, int index, int headline);

#endif
