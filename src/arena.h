/* arena.h -- bump allocator for per-document and per-dictionary memory.
 *
 * An arena hands out memory from a chain of blocks and frees it all at once
 * (tac_arena_reset keeps the first block for reuse, so a coder that codes
 * document after document stops allocating once its arena is warm).
 * Allocation failure returns NULL; nothing aborts. Not thread-safe: one
 * arena belongs to one owner. */
#ifndef TAC_ARENA_H
#define TAC_ARENA_H

#include <stddef.h>

typedef struct tac_arena_block tac_arena_block;

typedef struct tac_arena {
    tac_arena_block *head; /* block being filled */
    size_t used;           /* bytes used in head */
    size_t block_size;     /* default size of a new block */
    size_t total;          /* bytes held in all blocks */
} tac_arena;

void tac_arena_init(tac_arena *a, size_t block_size);
void tac_arena_fini(tac_arena *a);
/* Frees everything but keeps the largest block for reuse. */
void tac_arena_reset(tac_arena *a);
/* n bytes aligned for any object, or NULL on out-of-memory. */
void *tac_arena_alloc(tac_arena *a, size_t n);
/* A NUL-terminated copy of s[0..len), or NULL. */
char *tac_arena_strndup(tac_arena *a, const char *s, size_t len);

#endif
