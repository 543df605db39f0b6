/* code_match.h -- the coder's patterns (code_match.c): the slot values a
 * match carries, and the matcher's entry point. */
#ifndef TAC_CODE_MATCH_H
#define TAC_CODE_MATCH_H

#include "code.h"

/* A slot filled by one mention of a group is written SINGLE(mention). */
#define SINGLE(m) (-2 - (int)(m))

/* The mentions of a slot value: [*first, *first + *n). */
static inline void slot_members(const tac_coder *c, int g, uint32_t *first, uint32_t *n)
{
    if (g >= 0) {
        *first = c->groups[g].first;
        *n = c->groups[g].n;
    } else {
        *first = (uint32_t)(-2 - g);
        *n = 1;
    }
}

/* The first mention of slot value g (not -1). */
static inline const mention *slot_first(const tac_coder *c, int g)
{
    return &c->ments[g >= 0 ? c->groups[g].first : (uint32_t)(-2 - g)];
}

/* defined in code_match.c, used by the other parts of the coder (each one
 * is described at its definition) */
int tac_code_find_matches(tac_coder *c, uint32_t s, uint32_t e);

#endif
