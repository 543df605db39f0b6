/* code.h -- the coder (tac_coder_* in tacitus.h); see code.c for the
 * pipeline. No internal API beyond the public one. */
#ifndef TAC_CODE_H
#define TAC_CODE_H

#include "tacitus.h"

#endif
