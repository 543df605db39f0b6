/* token.h -- UTF-8 tokenizer with byte offsets.
 *
 * Splits a text into words, numbers and punctuation. Every token keeps its
 * byte span in the input (tokens are slices; only the folded form is
 * written, into the caller's arena). Rules:
 *   - a word is letters/digits with inner '.', '-', '&' or apostrophe
 *     between word characters ("U.S", "al-Shabaab", "AT&T", "d'Ivoire");
 *   - a final "'s" / "’s" / "s'" is split off as its own token "'s",
 *     "n't" likewise ("hasn't" -> "has" "n't");
 *   - a '.' after a word joins it when the word is a known abbreviation,
 *     a single letter (an initial) or has inner dots ("U.S.", "Gen.");
 *     a state's abbreviation ("Calif.", "Ill.") only when capitalised;
 *   - numbers keep inner ',' and '.' between digits ("1,000", "3.5");
 *   - a blank line sets TAC_TOK_PARA on the next token.
 * Not thread-safe per tokenizer state; pure otherwise. */
#ifndef TAC_TOKEN_H
#define TAC_TOKEN_H

#include <stddef.h>
#include <stdint.h>

#include "arena.h"

enum {
    TAC_TOK_WORD = 1 << 0,  /* letters (possibly with digits) */
    TAC_TOK_NUM = 1 << 1,   /* starts with a digit */
    TAC_TOK_PUNCT = 1 << 2, /* punctuation, one character */
    TAC_TOK_CAP = 1 << 3,   /* first letter upper case */
    TAC_TOK_ABBR = 1 << 4,  /* an abbreviation with its '.' attached */
    TAC_TOK_PARA = 1 << 5,  /* a paragraph break comes before this token */
    TAC_TOK_POSS = 1 << 6,  /* the split-off possessive "'s" */
    TAC_TOK_QUOTE = 1 << 7, /* a quotation mark */
    TAC_TOK_NL = 1 << 8,    /* a line break comes before this token */
    TAC_TOK_UPPER = 1 << 9, /* two or more letters, all upper case ("US") */
    TAC_TOK_COMPOUND = 1 << 10, /* set by the coder: a hyphen compound read as
                                 * its first half ("Hamas-run": "Hamas") */
    TAC_TOK_HYPHEN = 1 << 11,  /* a word with an inner hyphen ("al-Shabaab") */
    TAC_TOK_STATE_ABBR = 1 << 12, /* with TAC_TOK_ABBR: an abbreviation that takes
                                   * its dot only when capitalised ("Calif.") */
    TAC_TOK_FORMER = 1 << 13, /* set by the coder: a hyphen compound read as its
                               * second half after a `former` word ("ex-FARC":
                               * "FARC", as "former FARC" reads) */
    TAC_TOK_HOME = 1 << 14 /* with TAC_TOK_COMPOUND: its second half says where
                            * the noun after it lives (`marker home-compound`:
                            * "Gaza-based", "Iraq-born") */
};

typedef struct tac_tok {
    uint32_t off, len;      /* surface span in the input */
    const char *norm;       /* folded form (NUL-terminated, arena) */
    uint32_t norm_len;
    uint32_t flags;         /* TAC_TOK_* */
    uint32_t word;          /* vocabulary id of norm, 0 if unknown */
    uint32_t lemma;         /* vocabulary id of the lemma, 0 if unknown */
    uint32_t wflags;        /* vocabulary flags of word/lemma (lexicon.h) */
    uint32_t wclass;        /* word classes of the form (TAC_LC_*) */
} tac_tok;

/* Growable token array owned by the caller (reused between documents). */
typedef struct tac_toks {
    tac_tok *v;
    size_t n, cap;
} tac_toks;

void tac_toks_fini(tac_toks *t);

/* Answers whether folded word w (without its '.') is an abbreviation: 0
 * no, 1 yes, 2 only when written with a capital (a US state's "Ill.",
 * "Mass.": in lower case they are words). */
typedef int (*tac_abbrev_fn)(const void *user, const char *w, size_t len);

/* Appends the tokens of text[0..len) to out; offsets are relative to text
 * plus base. Folded forms go into arena (those of one-character ASCII
 * punctuation and of the possessive "'s" are static strings); the arena
 * must outlive the tokens. Returns 0, or -1 on out-of-memory.
 * At most max_tokens tokens are produced (0 = no limit); the rest of the
 * text is ignored and *out_truncated set. */
int tac_token_split(const char *text, size_t len, size_t base,
                    tac_arena *arena, tac_abbrev_fn is_abbrev,
                    const void *user, size_t max_tokens, tac_toks *out,
                    int *out_truncated);

#endif
