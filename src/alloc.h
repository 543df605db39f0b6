/* alloc.h -- the library's one door to the heap.
 *
 * Every allocation goes through these wrappers so that the fault-injection
 * test build (-DTAC_FAULT_INJECTION) can make the Nth allocation fail and
 * check that each failure ends in a clean TAC_ENOMEM. */
#ifndef TAC_ALLOC_H
#define TAC_ALLOC_H

#include <stddef.h>

void *tac_malloc(size_t n);
void *tac_calloc(size_t count, size_t n);
void *tac_realloc(void *p, size_t n);
void tac_free(void *p);

#endif
