/* sent.h -- sentence splitting over a token stream.
 *
 * A sentence ends after '.', '?', '!' or "..." (with any closing quotes or
 * brackets that follow) when the next token starts a new sentence: a
 * capital letter, a digit or an opening quote, or a paragraph break.
 * Abbreviations keep their dot inside the token (token.h), so titles
 * ("Gen.") and initials never end a sentence; other abbreviations ("U.S.",
 * "Inc.", "Calif.") do when the next word is a capitalised sentence
 * starter ("The", "He"), and a state's after a town and a comma
 * ("Fremont, Calif. Farmers") before any capitalised word but a title or
 * a time word (abbrev_ends in sent.c). A paragraph
 * break always ends a sentence. In a caseless text (at least 20 words, under
 * 1 in 50 capitalised, or sentences that start in lower case: see
 * is_caseless in sent.c) a '.' before a lower-case word ends one too.
 * Sentences longer than max tokens are cut into pieces of max tokens. */
#ifndef TAC_SENT_H
#define TAC_SENT_H

#include <stddef.h>
#include <stdint.h>

#include "token.h"

typedef struct tac_sent {
    uint32_t start, end; /* tokens [start, end) */
} tac_sent;

typedef struct tac_sents {
    tac_sent *v;
    size_t n, cap;
} tac_sents;

void tac_sents_fini(tac_sents *s);
int tac_sent_push(tac_sents *s, uint32_t start, uint32_t end);
/* Splits toks[0..n) (with lexicon flags set) into out. 0, or -1 on OOM. */
int tac_sent_split(const tac_tok *toks, size_t n, size_t max, tac_sents *out);

#endif
