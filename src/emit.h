/* emit.h -- event records as JSON Lines and TSV (tac_event_write* in
 * tacitus.h), and the tac_buf appender that the other writers share. */
#ifndef TAC_EMIT_H
#define TAC_EMIT_H

#include <stddef.h>

#include "tacitus.h"

/* Appends s[0..n) to b, keeping b->data NUL-terminated. On allocation
 * failure sets b->failed; once it is set, appends are dropped. */
void tac_buf_append(tac_buf *b, const char *s, size_t n);

#endif
