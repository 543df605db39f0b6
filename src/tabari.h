/* tabari.h -- the tables a TABARI dictionary set adds to a tac_dict.
 *
 * tac_dict_load_tabari (tabari.c) reads .project/.verbs/.actors/.agents/
 * .options files into the same tac_dict the native loader builds: actors
 * and agents go into dict->actors (tac_aentry, kind ACTOR or AGENT), verb
 * patterns into dict->pat, codes and LABEL names into dict->cameo. What the
 * native format has no place for lives in dict->tabari: the verb forms,
 * synsets, time phrases and the options. The coder (code.c) codes a dict
 * whose tabari member is set with TABARI's rules (docs/tabari-validation.md).
 *
 * Items. A TABARI word is a stem ("ARGENTIN" matches "Argentina") unless
 * it ends in '_' or '=' (the whole word, with noun endings -s/-es); words
 * joined by '_' must be adjacent in the text, words separated by a space
 * may have words between them. An item is a vocabulary id with flag bits:
 *
 *   id | TAC_TB_EXACT   the whole word (not a stem)
 *      | TAC_TB_ADJ     must follow the previous item directly
 *   TAC_TB_SPECIAL | kind (| TAC_TB_ADJ): the pattern slots * $ + % ^
 *   TAC_TB_SYN | synset index: any member phrase of &SYNSET
 *
 * A pattern's items are: words before the verb, TAC_TB_VERB, the words of a
 * multi-word verb root, words after it. Read-only after loading. */
#ifndef TAC_TABARI_H
#define TAC_TABARI_H

#include <stddef.h>
#include <stdint.h>

#include "hash.h"

#define TAC_TB_EXACT 0x40000000u
#define TAC_TB_ADJ 0x20000000u
#define TAC_TB_SYN 0x10000000u
#define TAC_TB_SPECIAL 0x08000000u
#define TAC_TB_ID 0x07FFFFFFu
#define TAC_TB_VERB (TAC_TB_SPECIAL | 1u)  /* *: the verb */
#define TAC_TB_SRC (TAC_TB_SPECIAL | 2u)   /* $: the source */
#define TAC_TB_TGT (TAC_TB_SPECIAL | 3u)   /* +: the target */
#define TAC_TB_COMP (TAC_TB_SPECIAL | 4u)  /* %: a compound actor, both roles */
#define TAC_TB_SKIP (TAC_TB_SPECIAL | 5u)  /* ^: skip one word (an actor) */
/* in tac_tabari.forms: the key of a verb form that is a stem */
#define TAC_TB_STEM_FORM ((uint64_t)1 << 40)

/* tac_aentry.tb */
enum {
    TAC_TBA_NULL = 1,     /* [---]: the phrase is no actor */
    TAC_TBA_DISCARD = 2,  /* [###]: the record is discarded */
    TAC_TBA_COMPLEX = 4,  /* [+++]: the record is complex, not coded */
    TAC_TBA_DEFAULT = 8,  /* the undated block of a dated entry */
    TAC_TBA_PREFIX = 16,  /* agent [NGM~]: the code goes before the actor's */
    TAC_TBA_DATED = 32    /* from/to hold a date restriction */
};

/* tac_pattern.tb */
enum {
    TAC_TBP_NULL = 1,     /* [---] */
    TAC_TBP_DISCARD = 2,  /* [###] */
    TAC_TBP_COMPLEX = 4,  /* [+++] */
    TAC_TBP_SUBORD = 8,   /* [023?]: a subordinating verb (SAID) */
    TAC_TBP_DOMINANT = 16 /* [031!]: a dominant verb: codes alone */
};

/* A verb root: its patterns are dict->pat[first, first + n), longest
 * first (the root itself, with only the verb slot, is among them). */
typedef struct tac_tb_verb {
    uint32_t first, n;
    uint8_t drops;  /* some pattern is [###] or [+++] */
    /* the words of its root after the first ("AIR_STRIKE": 1), or 0 when
     * the root's own pattern (its last) has a '*' or one word: what the
     * coder matches before any pattern (tac_tabari_index) */
    uint16_t tail;
    /* those patterns: indexes k (ascending) in vdrop[drop_at, drop_at +
     * n_drop) (tac_tabari_index) */
    uint32_t drop_at, n_drop;
    /* roots with TAC_TB_MASK_MIN patterns or more: vmask block mask - 1
     * has the pat_pos0 bits of its patterns, and vpos[pos, pos + n) their
     * entries (pat_pos0 << 48 | k << 36 | ...) sorted, so the coder finds
     * the patterns whose first word is in the sentence without testing
     * each (0 = none) */
    uint32_t mask, pos;
} tac_tb_verb;

/* A vmask block: the TAC_TB_SIG_BITS-bit mask, then a summary word whose
 * bit w is set when mask word w is not zero (the coder ANDs it with the
 * sentence's summary and visits only the words both have) */
#define TAC_TB_VMASK_WORDS (TAC_TB_SIG_BITS / 64 + 1)
#define TAC_TB_VSTART_N (TAC_TB_SIG_BITS / 64 + 1)
#define TAC_TB_MASK_MIN 32
#define TAC_TB_MASK_MAX 4096 /* roots with more: no mask */

/* A text word form of a verb root, chained when several roots share it. */
typedef struct tac_tb_form {
    uint32_t verb;
    uint32_t next; /* index + 1, 0 = end */
} tac_tb_form;

/* A phrase (synset member or time phrase). */
typedef struct tac_tb_phrase {
    const uint32_t *items;
    uint16_t n;
    uint32_t next;  /* next member of the same synset, index + 1 */
    int shift;      /* time phrases: days, or TAC_TB_T* */
} tac_tb_phrase;

enum { TAC_TBT_DISCARD = 100000, TAC_TBT_COMPLEX, TAC_TBT_NULL };

typedef enum tac_tb_codeby {
    TAC_TB_BY_CLAUSE = 0, /* TABARI's default: one event per verb clause */
    TAC_TB_BY_SENTENCE,   /* the first event of the sentence only */
    TAC_TB_BY_ALL         /* every verb */
} tac_tb_codeby;

/* The options (.options file, OPTION lines of a validation run). */
typedef struct tac_tb_options {
    int time_shift;        /* SET: TIME SHIFT; on when <TIME> exists */
    int convert_agent;     /* SET: CONVERT AGENT */
    int yyyy;              /* SET: YYYY: 8-digit dates */
    int code_by;           /* tac_tb_codeby */
    int noactprior;        /* COMPLEX: NOACTPRIOR */
    int complex_verbs;     /* COMPLEX: VERBS[n], 0 = off */
    int complex_actors;    /* COMPLEX: ACTORS[n], 0 = off */
    int complex_conj;      /* COMPLEX: CONJ[n], 0 = off */
    char def_src[16];      /* DEFAULT: SOURCE [X] ("" = none) */
    char def_tgt[16];      /* DEFAULT: TARGET [X] */
    int def_src_prior;     /* PRIOR: the default source only if none found */
    int def_tgt_after;     /* AFTER */
    int comma_min, comma_max, comma_emin, comma_emax, comma_bmin, comma_bmax;
    int comma_on;
    int min_words;         /* SET: MINIMUM WORDS */
    int check_dominant;    /* SET: CHECK DOMINANT (on by default) */
    /* FORWARD: ^^*****NNN*SSS: where the story (N) and the sentence number
     * (S) stand in a record id (offsets after the leading '^' blanks); on,
     * a pronoun with no actor before it takes the first actor of the
     * previous sentence of the same story (code.c, tb_forward) */
    int fwd_on;
    int fwd_story_at, fwd_story_len, fwd_sent_at, fwd_sent_len;
} tac_tb_options;

/* The word index (tac_tabari_index): one record per string that is a
 * vocabulary word, a word with '=' cut off, or a prefix (of stem_min bytes
 * or more) of a stem, keyed by tac_tb_whash of the string. The coder finds
 * all vocabulary ids a text word can match (the word, "word=", the word
 * without a noun ending, the stems that begin it) in one pass over its
 * bytes: one probe per prefix while some stem still begins with it. */
typedef struct tac_tb_wrec {
    const char *s;     /* the string (in the vocabulary, not NUL-ended) */
    uint32_t len;
    uint32_t exact;    /* vocabulary id of the string, 0 = none */
    uint32_t eq;       /* vocabulary id of the string + "=", 0 = none */
    uint32_t prefix;   /* 1: a longer stem begins with the string */
} tac_tb_wrec;

#define TAC_TB_WHASH_SEED 0xcbf29ce484222325ULL
/* FNV-1a, one byte at a time, so every prefix's hash comes on the way */
static inline uint64_t tac_tb_whash_step(uint64_t h, unsigned char ch)
{
    return (h ^ ch) * 0x100000001b3ULL;
}
/* the map key of a hash (keys are never 0) */
static inline uint64_t tac_tb_wkey(uint64_t h)
{
    return h + (h == 0);
}

typedef struct tac_tabari {
    tac_u64map forms;       /* word id -> slot s: form_head[s - 1] */
    uint32_t *form_head;    /* first tac_tb_form + 1 of a word form */
    size_t n_head, cap_head;
    tac_tb_form *form;
    size_t n_form, cap_form;
    tac_tb_verb *verb;
    size_t n_verb, cap_verb;
    tac_strmap synsets;     /* name (without '&', folded) -> index */
    uint32_t *syn_first;    /* synset -> first member phrase + 1 */
    size_t n_syn, cap_syn;
    tac_tb_phrase *phr;     /* synset members */
    size_t n_phr, cap_phr;
    tac_tb_phrase *timep;   /* <TIME> phrases */
    size_t n_time, cap_time;
    uint32_t stem_min;      /* shortest stem (bytes), to bound prefix probes */
    /* per pattern (index into dict->pat): up to TAC_TB_SIG_N words the
     * pattern needs, as bit positions of the coder's per-sentence word
     * bitset (tac_tb_sig_bit), so a verb's patterns whose words are not in
     * the sentence are passed over without being matched */
    uint64_t *pat_sig;
    /* per pattern: the first position of its signature (0 when it needs no
     * word: the coder keeps bit 0 of the set on), scanned alone first */
    uint16_t *pat_pos0;
    uint64_t *vmask;        /* blocks of TAC_TB_VMASK_WORDS words */
    size_t n_vmask;
    /* vpos entries: pat_pos0 << 48 | k << 36 | the pattern's other three
     * signature positions (12 bits each, 0 when it has fewer: bit 0 of a
     * sentence's set is always on), so a pattern's whole signature is
     * tested from its entry */
    uint64_t *vpos;
    size_t n_vpos;
    /* per vmask block, TAC_TB_VSTART_N entries: vstart[w] is the first k of
     * the root's sorted vpos whose position is in mask word w or later, so
     * a position is searched among its word's entries only */
    uint16_t *vstart;
    uint32_t *vdrop;        /* the [###]/[+++] patterns of each root */
    size_t n_vdrop;
    /* the word index; wix_ok 0: not usable (two strings share a key), the
     * coder then probes the vocabulary for each candidate */
    tac_u64map wix;
    tac_tb_wrec *wrec;
    size_t n_wrec, cap_wrec;
    int wix_ok;
    /* the actor trie's edges, summed up so the coder probes only edges
     * that can exist: act_item[word id] has bit tac_tb_act_bit(root, item)
     * when some edge (from the root, or from a deeper node) carries item;
     * act_bloom[node] has bit tac_tb_act_bloom(item) of each item of the
     * node's edges (0: no edge a text word can take), so the coder passes
     * over a word none of whose candidates can be a child without probing
     * each (the word's own bits: OR of its candidates') */
    uint8_t *act_item;
    uint64_t *act_bloom;
    /* sig_item[word id]: bit 0 when id | TAC_TB_EXACT, bit 1 when id (a
     * stem) is one of the words some pattern's signature lists: only such
     * candidates of a sentence's words go into its bitset (the others
     * could only make it denser) */
    uint8_t *sig_item;
    tac_tb_options opt;
} tac_tabari;

/* Pattern signatures: bits 0..47 hold up to four 12-bit positions, bits
 * 60..63 their count; the positions of the longest words first (long
 * words are the rarest in text, so a pattern fails on its first test). A word item (id | TAC_TB_EXACT, or a candidate with
 * TAC_TB_SYN as the noun-ending mark) sets bit tac_tb_sig_bit(item) of a
 * TAC_TB_SIG_BITS-bit set. Bloom-filter semantics: a pattern whose listed
 * positions are not all set cannot match; one whose positions are all set
 * may match. */
#define TAC_TB_SIG_N 4
#define TAC_TB_SIG_BITS 4096u
static inline uint32_t tac_tb_sig_bit(uint32_t item)
{
    /* multiplicative (Fibonacci) hashing: the top 12 bits of the product
     * (TAC_TB_SIG_BITS is 2^12); one multiply where a full mix took five
     * steps, and on corpus2198 fewer patterns pass the signature test */
    return (uint32_t)(item * 0x9e3779b1U) >> 20 & (TAC_TB_SIG_BITS - 1);
}

/* The bit of act_item for an edge item (id | TAC_TB_EXACT | TAC_TB_ADJ)
 * from the root (root 1) or from a deeper node. */
static inline unsigned tac_tb_act_bit(int root, uint32_t item)
{
    return 1u << ((root ? 0 : 4) + ((item & TAC_TB_EXACT) ? 2 : 0) + ((item & TAC_TB_ADJ) ? 1 : 0));
}

/* The act_bloom bit of an edge item (id | TAC_TB_EXACT | TAC_TB_ADJ). */
static inline uint64_t tac_tb_act_bloom(uint32_t item)
{
    return (uint64_t)1 << ((item * 0x9e3779b1U) >> 26);
}

/* Builds the coder's indexes: dict->tabari->pat_sig (after the patterns
 * are sorted) and the word index; -1 on OOM. */
struct tac_dict;
int tac_tabari_index(struct tac_dict *d);

void tac_tabari_free(tac_tabari *t);

#endif
