/* code_event.h -- the coder's events (code_event.c): a sentence coded,
 * and an actor filled from a mention (also for the actor phrase API). */
#ifndef TAC_CODE_EVENT_H
#define TAC_CODE_EVENT_H

#include "code.h"

/* defined in code_event.c, used by the other parts of the coder (each one
 * is described at its definition) */
int tac_code_fill_actor(const tac_coder *c, tac_actor *a, const mention *m);
int tac_code_acted_on_happened(const tac_cameo *cm);
int tac_code_protest_gathering(const tac_cameo *cm);
int tac_code_sentence(tac_coder *c, uint32_t s, uint32_t e, int index, int headline);

#endif
