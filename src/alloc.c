/* alloc.c -- heap wrappers with optional fault injection; see alloc.h. */
#define _DEFAULT_SOURCE /* madvise flags beyond POSIX */
#include "alloc.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#if defined(__linux__)
#include <sys/mman.h>
#endif

#include "tacitus.h"

/* Big blocks (the dictionary's hash tables, trie edges, arrays) are asked
 * to be backed by transparent huge pages where the kernel offers them on
 * request. Filling such a block then takes a handful of page faults
 * instead of one per 4 KiB page, which on a virtual machine is what sets
 * the dictionary's load time. The advice is a hint: where it is refused,
 * or on other systems, nothing changes. */
#define HUGE_PAGE ((uintptr_t)2 << 20)
#define HUGE_MIN ((size_t)2 << 20)

static void advise_huge(void *p, size_t n)
{
#if defined(__linux__) && defined(MADV_HUGEPAGE)
    uintptr_t lo = ((uintptr_t)p + HUGE_PAGE - 1) & ~(HUGE_PAGE - 1);
    uintptr_t hi = ((uintptr_t)p + n) & ~(HUGE_PAGE - 1);
    if (hi > lo)
        (void)madvise((void *)lo, hi - lo, MADV_HUGEPAGE);
#else
    (void)p;
    (void)n;
#endif
}

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
    if (should_fail())
        return NULL;
    void *p = malloc(n ? n : 1);
    if (p && n >= HUGE_MIN)
        advise_huge(p, n);
    return p;
}

void *tac_calloc(size_t count, size_t n)
{
    if (should_fail())
        return NULL;
    if (count && n && count <= SIZE_MAX / n && count * n >= HUGE_MIN) {
        /* Advise before the zeroing touches the pages. */
        size_t total = count * n;
        void *p = malloc(total);
        if (p) {
            advise_huge(p, total);
            memset(p, 0, total);
        }
        return p;
    }
    return calloc(count ? count : 1, n ? n : 1);
}

void *tac_realloc(void *p, size_t n)
{
    if (should_fail())
        return NULL;
    void *q = realloc(p, n ? n : 1);
    if (q && n >= HUGE_MIN)
        advise_huge(q, n);
    return q;
}

void tac_free(void *p)
{
    free(p);
}
