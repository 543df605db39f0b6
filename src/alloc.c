/* alloc.c -- heap wrappers with optional fault injection; see alloc.h. */
#include "alloc.h"

#include <stdlib.h>

#include "tacitus.h"

#ifdef TAC_FAULT_INJECTION
#include <stdatomic.h>
static atomic_long fail_at;   /* fail the allocation with this number (1-based) */
static atomic_long alloc_count;

long tac_fault_inject(long n)
{
    long made = atomic_exchange(&alloc_count, 0);
    atomic_store(&fail_at, n);
    return made;
}

static int should_fail(void)
{
    long n = atomic_fetch_add(&alloc_count, 1) + 1;
    long f = atomic_load(&fail_at);
    return f > 0 && n == f;
}
#else
long tac_fault_inject(long n)
{
    (void)n;
    return 0;
}
#define should_fail() 0
#endif

void *tac_malloc(size_t n)
{
    return should_fail() ? NULL : malloc(n ? n : 1);
}

void *tac_calloc(size_t count, size_t n)
{
    return should_fail() ? NULL : calloc(count ? count : 1, n ? n : 1);
}

void *tac_realloc(void *p, size_t n)
{
    return should_fail() ? NULL : realloc(p, n ? n : 1);
}

void tac_free(void *p)
{
    free(p);
}
