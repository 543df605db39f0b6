/* morph.h -- English lemmas for verbs and nouns, from WordNet tables.
 *
 * The tables (irregular forms, base forms) are generated at build time from
 * Debian's wordnet-base by tools/gen_morph.c into morph_tables.inc: the
 * base forms as a ready hash table (nothing to build at load), the
 * irregular forms as a list that tac_morph_init indexes. The lemma of a
 * word is:
 *   1. its WordNet irregular lemma ("held" -> "hold", "men" -> "man");
 *   2. else the word itself if it is a WordNet base form ("talks", "news");
 *   3. else the first suffix-rule candidate that is a base form
 *      ("negotiated" -> "negotiate", "stopped" -> "stop", "parties" -> "party");
 *   4. else the word itself.
 * The same function lemmatises dictionary phrases and text, so they meet.
 * Lookups on an initialised tac_morph are thread-safe. */
#ifndef TAC_MORPH_H
#define TAC_MORPH_H

#include <stddef.h>
#include <stdint.h>

#include "hash.h"

enum {
    TAC_MORPH_VERB = 1, /* a WordNet verb base form */
    TAC_MORPH_NOUN = 2  /* a WordNet noun base form */
};

typedef struct tac_morph {
    /* irregular form -> (exception index + 1) << 2 | TAC_MORPH_*: a small,
     * hot table. The base forms' table (the same values for every word)
     * is static, generated with its hash layout by tools/gen_morph.c. */
    tac_strmap irregular;
} tac_morph;

int tac_morph_init(tac_morph *m);
void tac_morph_fini(tac_morph *m);

/* Lemma of w[0..len) (folded). Writes it into buf (cap bytes) when it is
 * built from w, or points *out to a static string; returns its length and
 * sets *out. *out_flags gets the TAC_MORPH_* class of the lemma. */
size_t tac_morph_lemma(const tac_morph *m, const char *w, size_t len,
                       char *buf, size_t cap, const char **out,
                       uint32_t *out_flags);

/* The same lemma for text: words with no inflectional ending are looked up
 * only among the irregular forms ("held", "men"), which keeps the large
 * base-form table out of the per-token path (an irregular form looks its
 * lemma's class up there, as tac_morph_lemma does). *out_flags is 0 for
 * other words without an ending, which the vocabulary holds if they
 * matter. */
size_t tac_morph_lemma_text(const tac_morph *m, const char *w, size_t len,
                            char *buf, size_t cap, const char **out,
                            uint32_t *out_flags);

/* Two NUL-separated word lists ending with an empty word, generated from
 * WordNet by tools/gen_morph.c for the gazetteer's common-word test
 * (gazetteer.c): *out_adjadv the adjective and adverb base forms,
 * *out_proper the nouns WordNet writes only with a capital and never for
 * a person ("boston"). Static data; not indexed by tac_morph_init. */
void tac_morph_word_lists(const char **out_adjadv, const char **out_proper);

#endif
