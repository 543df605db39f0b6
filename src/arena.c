/* arena.c -- bump allocator; see arena.h.
 *
 *   head -> [block | used ...... free] -> [older block] -> ... -> NULL
 *
 * A request larger than a quarter of the block size gets a block of its
 * own, so big requests do not waste the rest of the current block. */
#include "arena.h"

#include <stdalign.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"

/* Under AddressSanitizer a reset poisons the block it keeps, and an
 * allocation unpoisons what it hands out: a pointer kept from one document
 * into the next reads poisoned memory and is reported, as a use after free
 * would be. */
#if defined(__SANITIZE_ADDRESS__)
#define TAC_ARENA_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define TAC_ARENA_ASAN 1
#endif
#endif
#ifdef TAC_ARENA_ASAN
#include <sanitizer/asan_interface.h>
#define POISON(p, n) ASAN_POISON_MEMORY_REGION((p), (n))
#define UNPOISON(p, n) ASAN_UNPOISON_MEMORY_REGION((p), (n))
#else
#define POISON(p, n) ((void)(p), (void)(n))
#define UNPOISON(p, n) ((void)(p), (void)(n))
#endif

struct tac_arena_block {
    tac_arena_block *next;
    size_t size;
    alignas(max_align_t) unsigned char data[];
};

#define ALIGN (alignof(max_align_t))

void tac_arena_init(tac_arena *a, size_t block_size)
{
    a->head = NULL;
    a->used = 0;
    a->block_size = block_size ? block_size : 64 * 1024;
    a->total = 0;
}

void tac_arena_fini(tac_arena *a)
{
    tac_arena_block *b = a->head;
    while (b) {
        tac_arena_block *next = b->next;
        tac_free(b);
        b = next;
    }
    a->head = NULL;
    a->used = 0;
    a->total = 0;
}

void tac_arena_reset(tac_arena *a)
{
    tac_arena_block *keep = NULL, *b = a->head;
    while (b) {
        tac_arena_block *next = b->next;
        if (!keep || b->size > keep->size) {
            if (keep)
                tac_free(keep);
            keep = b;
        } else {
            tac_free(b);
        }
        b = next;
    }
    a->head = keep;
    a->used = 0;
    a->total = keep ? keep->size : 0;
    if (keep) {
        keep->next = NULL;
        POISON(keep->data, keep->size);
    }
}

static tac_arena_block *new_block(size_t size)
{
    if (size > SIZE_MAX - sizeof(tac_arena_block))
        return NULL;
    tac_arena_block *b = tac_malloc(sizeof(tac_arena_block) + size);
    if (b) {
        b->size = size;
        b->next = NULL;
    }
    return b;
}

void *tac_arena_alloc(tac_arena *a, size_t n)
{
    if (n == 0)
        n = 1;
    if (n > SIZE_MAX - ALIGN)
        return NULL;
    n = (n + ALIGN - 1) & ~(ALIGN - 1);
    if (a->head && a->head->size - a->used >= n) {
        void *p = a->head->data + a->used;
        a->used += n;
        UNPOISON(p, n);
        return p;
    }
    if (n > a->block_size / 4) {
        /* A block of its own, linked behind head so head keeps filling. */
        tac_arena_block *b = new_block(n);
        if (!b)
            return NULL;
        a->total += n;
        if (a->head) {
            b->next = a->head->next;
            a->head->next = b;
        } else {
            a->head = b;
            a->used = n;
        }
        return b->data;
    }
    tac_arena_block *b = new_block(a->block_size);
    if (!b)
        return NULL;
    a->total += a->block_size;
    b->next = a->head;
    a->head = b;
    a->used = n;
    return b->data;
}

char *tac_arena_strndup(tac_arena *a, const char *s, size_t len)
{
    char *p = tac_arena_alloc(a, len + 1);
    if (p) {
        memcpy(p, s, len);
        p[len] = '\0';
    }
    return p;
}
