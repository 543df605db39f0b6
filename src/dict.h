/* dict.h -- the loaded dictionary set: CAMEO table, actors, patterns, markers.
 *
 * Everything here is built once by tac_dict_load and then read-only, so any
 * number of coders on any number of threads share one tac_dict.
 *
 * Phrases are compiled into tries over vocabulary ids. An edge is one hash
 * entry keyed by (node << 32 | item), so walking a phrase costs one hash
 * probe per word, whatever the dictionary size:
 *
 *   root --"hold"--> n1 --"talk"--> n2 [046 "hold talks"]
 *                     \--"*"--> n3 --"talk"--> n4 [046 "hold * talks"]
 *
 * Items are lemma ids, or special values for slots and exact words. */
#ifndef TAC_DICT_H
#define TAC_DICT_H

#include <stddef.h>
#include <stdint.h>

#include "arena.h"
#include "date.h"
#include "hash.h"
#include "lexicon.h"
#include "token.h"
#include "tacitus.h"

#define TAC_ITEM_TARGET 0xFFFFFFF1u /* + */
#define TAC_ITEM_SOURCE 0xFFFFFFF2u /* $ */
#define TAC_ITEM_SKIP 0xFFFFFFF3u   /* * */
#define TAC_ITEM_EXACT 0x40000000u  /* | word id: this surface form only */
#define TAC_ITEM_UPPER 0x20000000u  /* | lemma id: token must be upper case */
#define TAC_ITEM_ID_MASK 0x1FFFFFFFu

typedef struct tac_cameo {
    char code[8];          /* TABARI sets allow codes of up to 7 characters */
    char root[3];
    int quad;
    double goldstein;
    const char *name;
} tac_cameo;

typedef enum tac_akind {
    TAC_AK_COUNTRY = 0,
    TAC_AK_ADJ,
    TAC_AK_CAPITAL,
    TAC_AK_AGENT,
    TAC_AK_ACTOR,
    TAC_AK_PERSON,
    TAC_AK_PLACE
} tac_akind;

typedef struct tac_aentry {
    uint8_t kind;          /* tac_akind */
    char country[4];       /* ISO3 or "" */
    const char *code;      /* agent code(s), or the full actor code */
    tac_ymd from, to;      /* PERSON: office; y == 0 = open */
    uint32_t short_word;   /* PERSON: lemma id of the short name */
    /* PERSON: the father's surname of a double surname ("Sánchez" of
     * "Salvador Sánchez Cerén"), a second short name within a document
     * (not a surname alone), or 0 */
    uint32_t short2;
    uint8_t tb;            /* TABARI sets: TAC_TBA_* flags (tabari.h) */
    /* PERSON from an `official` line: its surname alone names nobody (a
     * minor office holder); the full name does, and then its short name
     * for the rest of the document */
    uint8_t official;
    /* PERSON: the sex its line gives (`sex:f`, `sex:m`): 2 female, 1
     * male, 0 not given */
    uint8_t sex;
    const char *phrase;    /* first phrase of the line */
    const char *file;
    uint32_t line;
    uint32_t next;         /* next entry at the same trie node, index + 1 */
} tac_aentry;

typedef struct tac_pattern {
    uint32_t cameo;        /* index into dict->cameo */
    const char *text;      /* as written */
    const char *file;
    uint32_t line;
    uint8_t has_source, has_target;
    /* written with a leading '~': an exchange ("~trade * accusation"), done
     * by the members of a group subject with no target to each other */
    uint8_t mutual;
    /* written with a leading '!': a verb that names an act of political
     * violence by its meaning ("!assassinate", "!fire upon"), reported
     * even in the passive with no agent (171x and roots 18-20 only) */
    uint8_t named_act;
    /* `event --- ...`: a null pattern, no act ("meet the deadline", "battle
     * tank"); it wins by its length like any other and codes nothing */
    uint8_t none;
    uint16_t n_items;
    uint32_t next;
    /* TABARI sets only (tabari.h): the items with the verb slot, the paired
     * second code (UINT32_MAX = none) and TAC_TBP_* flags */
    const uint32_t *items;
    uint32_t cameo2;
    uint8_t tb;
    /* TABARI's pattern length (characters plus the longest alternatives),
     * the alternatives' share, and the characters of the alternatives this
     * variant holds (0: a pattern without { A | B }) */
    uint16_t tb_len, tb_maxalt, tb_lenalt;
} tac_pattern;

typedef struct tac_mentry {
    uint32_t flag;         /* TAC_LX_*, or 0 for a kind of its own below */
    uint32_t next;
    /* `marker mutual` ("each other", "one another"): multi-word only, as
     * the 32 word flags are all taken; flag is then 0 */
    uint8_t mutual;
} tac_mentry;

/* A trie: node i's entries start at first[i] (index + 1, 0 = none);
 * kinds[i] has a TAC_TRIE_K_* bit for each kind of edge leaving node i, so
 * that a matcher skips the hash probe of an edge kind the node lacks (most
 * nodes have one or two kinds; the pattern matcher asks for up to six). */
typedef struct tac_trie {
    tac_u64map edges;
    uint32_t *first;
    unsigned char *kinds;
    size_t n, cap;
    /* the items of the root's edges, in insertion order: the words that
     * start a phrase (tac_dict_finish), without a scan of the edge table */
    uint32_t *root_items;
    size_t n_root, cap_root;
    /* The pair filter (the actor trie only, pairs_on): a Bloom filter with
     * one hash over the (first word, second word) id pairs of the phrases
     * of two or more words, so that a walk from a word that starts only
     * longer phrases ("the", "said") is refused before any hash probe
     * when the next word continues none of them (tac_trie_pair_may).
     * Insertion lists each new edge below the root's children in pairs
     * (first item << 32 | second item); tac_dict_finish sets pair_bits
     * from them (pair_shift = 64 - log2 of the bit count) and frees the
     * list. pair_bits NULL: no filter, every pair may follow. */
    int pairs_on;
    uint64_t *pairs;
    size_t n_pairs, cap_pairs;
    uint64_t *pair_bits;
    unsigned pair_shift;
} tac_trie;

enum {
    TAC_TRIE_K_WORD = 1 << 0,   /* a plain word or lemma id */
    TAC_TRIE_K_EXACT = 1 << 1,  /* TAC_ITEM_EXACT | id */
    TAC_TRIE_K_UPPER = 1 << 2,  /* TAC_ITEM_UPPER | id */
    TAC_TRIE_K_TARGET = 1 << 3, /* TAC_ITEM_TARGET */
    TAC_TRIE_K_SOURCE = 1 << 4, /* TAC_ITEM_SOURCE */
    TAC_TRIE_K_SKIP = 1 << 5    /* TAC_ITEM_SKIP */
};

struct tac_dict {
    tac_arena arena;
    tac_lexicon lex;
    tac_cameo *cameo;
    size_t n_cameo, cap_cameo;
    tac_strmap cameo_index;   /* code -> index */
    tac_trie actors, patterns, markers;
    tac_aentry *aent;
    size_t n_aent, cap_aent;
    tac_pattern *pat;
    size_t n_pat, cap_pat;
    tac_mentry *ment;
    size_t n_ment, cap_ment;
    tac_strmap modal;         /* "intent:04" -> cameo index */
    tac_strmap countries;     /* ISO3 -> 1 (codes known as countries) */
    tac_strmap noplace;       /* `noplace` names (tac_dict_noplace_key) -> 1 */
    tac_strmap within;        /* `within`: a state's code -> its host's, packed
                               * (tac_dict_within) */
    /* people by short name (surname): word id -> first PERSON entry + 1,
     * chained through surname_next (entry index -> next + 1) */
    tac_u64map surnames;
    uint32_t *surname_next;
    /* `compound` words: second halves of hyphen compounds whose first half
     * names who runs, leads or hosts what follows ("Hamas-run"): word id -> 1 */
    tac_u64map compounds;
    /* misspelt country names: the hash of each country, adjective or capital
     * word of 5+ letters and of each of its one-letter deletions -> word id,
     * or TAC_FUZZY_AMBIGUOUS when two words share a key (tac_dict_fuzzy) */
    tac_u64map fuzzy;
    tac_dict_stats stats;
    /* TABARI sets (tac_dict_load_tabari): the tables the native format does
     * not have; NULL for native sets, which the coder codes as before. */
    struct tac_tabari *tabari;
};

/* 1 if person entry e holds its office on date (open ends are open). */
int tac_dict_in_office(const tac_aentry *e, tac_ymd date);

/* The one person whose short name is word (a vocabulary id) and who holds
 * an office on date, or NULL when none or several different people do. */
const tac_aentry *tac_dict_surname(const tac_dict *d, uint32_t word, tac_ymd date);
/* A person of surname word at any date, when every person of that name
 * has the same country ("President Obama" in a text whose date is outside
 * his term still names the US president); NULL if unknown or the name is
 * shared across countries. */
const tac_aentry *tac_dict_surname_any(const tac_dict *d, uint32_t word);

#define TAC_FUZZY_AMBIGUOUS 0xffffffffu

/* The one country, adjective or capital word within one edit (a letter
 * added, dropped, changed, or two swapped) of the folded word w[0..len), by
 * its one-letter deletions: "Ethopia" -> Ethiopia, "Quatar" -> Qatar. 0 if
 * none or more than one. Reads d only; no allocation. */
uint32_t tac_dict_fuzzy(const tac_dict *d, const char *w, size_t len);

/* 1 if the folded word w[0..len) is within one edit of a country,
 * adjective or capital word of 5+ letters, counting a changed letter too
 * ("Columbia" for Colombia) and shared ones (no ambiguity test): for the
 * gazetteer, which leaves such names out. */
int tac_dict_near_country(const tac_dict *d, const char *w, size_t len);

/* Whether the country code a lies within country code b (3 letters each):
 * the same code, or a `within a b` line ("within SOS GEO": South Ossetia
 * lies in Georgia). */
int tac_dict_within(const tac_dict *d, const char *a, const char *b);

/* Whether the people of state cc (ISO3) bear two surnames, the father's
 * first ("Sánchez Cerén"): the Spanish-speaking states. */
int tac_dict_double_surname(const char *cc);

/* The key of a `noplace` name: the folded words of toks joined by single
 * spaces, in out (cap bytes); its length, 0 if empty or too long. */
size_t tac_dict_noplace_key(const tac_toks *toks, char *out, size_t cap);

/* Trie walking. Returns the child of node for item, or 0 (root is 0, so 0
 * is never a child). */
/* The TAC_TRIE_K_* bit of an edge item. */
static inline unsigned tac_trie_kind(uint32_t item)
{
    if (item == TAC_ITEM_TARGET)
        return TAC_TRIE_K_TARGET;
    if (item == TAC_ITEM_SOURCE)
        return TAC_TRIE_K_SOURCE;
    if (item == TAC_ITEM_SKIP)
        return TAC_TRIE_K_SKIP;
    if (item & TAC_ITEM_EXACT)
        return TAC_TRIE_K_EXACT;
    if (item & TAC_ITEM_UPPER)
        return TAC_TRIE_K_UPPER;
    return TAC_TRIE_K_WORD;
}

/* Whether node may have an edge of kind (a TAC_TRIE_K_* bit); 0 means
 * tac_trie_child would surely answer 0. */
static inline int tac_trie_has(const tac_trie *t, uint32_t node, unsigned kind)
{
    return (t->kinds[node] & kind) != 0;
}

static inline uint32_t tac_trie_child(const tac_trie *t, uint32_t node,
                                      uint32_t item)
{
    uint32_t child;
    if (tac_u64map_get(&t->edges, ((uint64_t)node << 32) | item, &child))
        return child;
    return 0;
}

/* The pair filter's bit of ids a, b (items without their
 * TAC_ITEM_EXACT / TAC_ITEM_UPPER marks): Fibonacci hashing, one multiply,
 * the product's top bits. */
static inline uint64_t tac_trie_pair_bit(uint32_t a, uint32_t b, unsigned shift)
{
    return ((uint64_t)a << 32 | b) * 0x9e3779b97f4a7c15ULL >> shift;
}

/* 0 if no phrase of t has ids a, b as its first two items (whatever their
 * marks); 1 if one may. Always 1 without a filter. */
static inline int tac_trie_pair_may(const tac_trie *t, uint32_t a, uint32_t b)
{
    if (!t->pair_bits)
        return 1;
    uint64_t k = tac_trie_pair_bit(a, b, t->pair_shift);
    return (int)(t->pair_bits[k >> 6] >> (k & 63)) & 1;
}

/* Loads a dictionary set from n files held in memory: names[i] (a base
 * name, used in messages and pattern_file) with bytes bufs[i][0..lens[i])
 * (no NUL needed). The files are read in the order given; tac_dict_load
 * reads a directory, sorts it by name and then runs this same parser over
 * its files, so both see exactly the same rules. Diagnostics, stats and
 * return values are those of tac_dict_load (TAC_EARG instead of TAC_EIO).
 * The buffers may be freed after the call. Internal: for the fuzzer and
 * tests. */
tac_status tac_dict_load_mem(const char *const *names, const char *const *bufs,
                             const size_t *lens, size_t n, tac_diag_fn diag,
                             void *user, tac_dict **out);

/* Loader pieces shared with the TABARI loader (tabari.c): an empty
 * dictionary with its indexes, a trie insertion (the node reached, 0 on
 * OOM), and the phrase-start flags and counts computed after loading. */
tac_dict *tac_dict_new(void);
/* Adds name[0..len) as a `place` phrase of country iso3 (3 letters),
 * recorded as file:line, for the gazetteer (gazetteer.c) before
 * tac_dict_finish. Returns 1 if added, 0 if the phrase already names an
 * entry (silently: the earlier one wins) or is not a phrase, -1 on OOM. */
int tac_dict_add_place(tac_dict *d, const char *name, size_t len, const char *iso3,
                       const char *file, uint32_t line);
uint32_t tac_dict_trie_insert(tac_trie *t, const uint32_t *items, size_t n);
int tac_dict_finish(tac_dict *d);

/* For the loaders (dict.c, tabari.c): the block v of *cap elements of size
 * bytes, grown (doubling, from 64) so that index n fits; NULL on failure,
 * v still owned. TAC_DICT_PUSH grows arr for element n, or sets L->oom and
 * leaves arr as it was. */
void *tac_dict_grow(void *v, size_t *cap, size_t n, size_t size);
#define TAC_DICT_PUSH(L, arr, n, cap)                                      \
    do {                                                                   \
        void *grown_ = tac_dict_grow((arr), &(cap), (n), sizeof *(arr));   \
        if (grown_)                                                        \
            (arr) = grown_;                                                \
        else                                                               \
            (L)->oom = 1;                                                  \
    } while (0)
/* The bytes of a regular file (tac_free them), or NULL with *err an errno
 * value (EFBIG over 256 MiB, EINVAL not a regular file). */
char *tac_dict_read_file(const char *path, size_t *out_len, int *err);

const tac_cameo *tac_dict_cameo(const tac_dict *d, const char *code,
                                size_t len);
/* The code derived from cameo index ev by a marker kind ("intent",
 * "threat"), using the longest matching `modal` prefix; -1 if none. */
long tac_dict_modal(const tac_dict *d, const char *kind, uint32_t ev);
/* tac_dict_is_country is public: tacitus.h */

#endif
