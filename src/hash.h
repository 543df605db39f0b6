/* hash.h -- string hashing and an open-addressing string set/map.
 *
 * tac_strmap maps byte strings to 32-bit values. Keys are not copied: they
 * must outlive the map (they live in the dictionary arena or in static
 * tables). Linear probing over a power-of-two table kept at most half full.
 * Building is single-threaded; lookups on a built map are thread-safe. */
#ifndef TAC_HASH_H
#define TAC_HASH_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

/* FNV-1a over 8-byte words, then a final mix: keys are short words. The
 * last word overlaps the one before it (or for keys under 8 bytes is two
 * overlapping 4-byte reads, or three bytes), so no key is read byte by
 * byte; the length is mixed in first. Values are stored only in the
 * WordNet table that tools/gen_morph.c lays out with this function at
 * build time (rebuilt when this header changes), so the function may
 * change. Inline: the coder hashes every token. */
static inline uint64_t tac_hash_bytes(const char *s, size_t len)
{
    uint64_t h = 0xcbf29ce484222325ULL ^ (uint64_t)len;
    uint64_t w = 0;
    if (len >= 8) {
        for (size_t i = 0; i + 8 < len; i += 8) {
            memcpy(&w, s + i, 8);
            h = (h ^ w) * 0x100000001b3ULL;
            h ^= h >> 29;
        }
        memcpy(&w, s + len - 8, 8);
    } else if (len >= 4) {
        uint32_t a, b;
        memcpy(&a, s, 4);
        memcpy(&b, s + len - 4, 4);
        w = (uint64_t)a << 32 | b;
    } else if (len) {
        const unsigned char *p = (const unsigned char *)s;
        w = (uint64_t)p[0] << 16 | (uint64_t)p[len >> 1] << 8 | p[len - 1];
    }
    h = (h ^ w) * 0x100000001b3ULL;
    h ^= h >> 29;
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdULL;
    h ^= h >> 33;
    return h;
}

typedef struct tac_strmap_slot {
    const char *key;
    uint32_t len;
    uint32_t value;
    uint64_t hash;
} tac_strmap_slot;

typedef struct tac_strmap {
    tac_strmap_slot *slots;
    size_t mask;  /* capacity - 1 */
    size_t count;
} tac_strmap;

void tac_strmap_init(tac_strmap *m);
void tac_strmap_fini(tac_strmap *m);
/* Inserts key -> value unless key is present. Returns 1 if inserted, 0 if
 * present (*out_value gets the old value when out_value is not NULL), -1 on
 * out-of-memory. */
int tac_strmap_put(tac_strmap *m, const char *key, size_t len, uint32_t value,
                   uint32_t *out_value);
/* tac_strmap_put with a precomputed h = tac_hash_bytes(key, len): a
 * builder that has just missed with tac_strmap_get_h hashes once. */
int tac_strmap_put_h(tac_strmap *m, const char *key, size_t len, uint64_t h, uint32_t value,
                     uint32_t *out_value);
/* Sizes m for n keys at once (a builder that knows its count skips the
 * rehashes of growing); never shrinks. 0, or -1 on out-of-memory. */
int tac_strmap_reserve(tac_strmap *m, size_t n);
/* The value slot of key, or NULL: lets a builder change a value in place. */
uint32_t *tac_strmap_ref(tac_strmap *m, const char *key, size_t len);

/* Equal keys of equal length: 8 bytes at a time, the last 8 (or for
 * short keys 4, 2 or 1) overlapping the ones before, so no byte loop.
 * Runs only once hashes and lengths agree, so it nearly always succeeds;
 * inline, it is cheaper than a library memcmp on short words. */
static inline int tac_hash_key_eq(const char *a, const char *b, size_t len)
{
    if (len >= 8) {
        uint64_t x, y;
        for (size_t i = 0; i + 8 < len; i += 8) {
            memcpy(&x, a + i, 8);
            memcpy(&y, b + i, 8);
            if (x != y)
                return 0;
        }
        memcpy(&x, a + len - 8, 8);
        memcpy(&y, b + len - 8, 8);
        return x == y;
    }
    if (len >= 4) {
        uint32_t x0, y0, x1, y1;
        memcpy(&x0, a, 4);
        memcpy(&y0, b, 4);
        memcpy(&x1, a + len - 4, 4);
        memcpy(&y1, b + len - 4, 4);
        return ((x0 ^ y0) | (x1 ^ y1)) == 0;
    }
    if (len >= 2) {
        uint16_t x0, y0, x1, y1;
        memcpy(&x0, a, 2);
        memcpy(&y0, b, 2);
        memcpy(&x1, a + len - 2, 2);
        memcpy(&y1, b + len - 2, 2);
        return ((x0 ^ y0) | (x1 ^ y1)) == 0;
    }
    return len == 0 || a[0] == b[0];
}

/* tac_strmap_get with a precomputed tac_hash_bytes(key). Inline: the
 * coder looks every token up. */
static inline int tac_strmap_get_h(const tac_strmap *m, const char *key, size_t len,
                                   uint64_t h, uint32_t *out)
{
    if (!m->slots)
        return 0;
    size_t j = (size_t)h & m->mask;
    while (m->slots[j].key) {
        const tac_strmap_slot *s = &m->slots[j];
        if (s->hash == h && s->len == len && tac_hash_key_eq(s->key, key, len)) {
            *out = s->value;
            return 1;
        }
        j = (j + 1) & m->mask;
    }
    return 0;
}

/* 1 and *out if found, else 0. Inline: the tokenizer's abbreviation test
 * and the morphology call it for many words. */
static inline int tac_strmap_get(const tac_strmap *m, const char *key, size_t len,
                                 uint32_t *out)
{
    if (!m->slots)
        return 0;
    return tac_strmap_get_h(m, key, len, tac_hash_bytes(key, len), out);
}

/* A map from 64-bit keys to 32-bit values (trie edges), same scheme but
 * kept at most a quarter full: the coders probe it for nearly every word
 * and most probes miss, and a miss walks to an empty slot (about 2.5 slots
 * at half full, 1.4 at a quarter). */
typedef struct tac_u64map_slot {
    uint64_t key; /* 0 = empty; callers never use key 0 */
    uint32_t value;
} tac_u64map_slot;

typedef struct tac_u64map {
    tac_u64map_slot *slots;
    size_t mask;
    size_t count;
} tac_u64map;

void tac_u64map_init(tac_u64map *m);
void tac_u64map_fini(tac_u64map *m);
int tac_u64map_put(tac_u64map *m, uint64_t key, uint32_t value,
                   uint32_t *out_value);
/* As tac_strmap_reserve. */
int tac_u64map_reserve(tac_u64map *m, size_t n);

/* The slot hash of a key. */
static inline size_t tac_u64map_mix(uint64_t k)
{
    k ^= k >> 33;
    k *= 0xff51afd7ed558ccdULL;
    k ^= k >> 33;
    return (size_t)k;
}

/* 1 and *out if found, else 0. Inline: the coders' inner loops (trie
 * edges, word indexes) call it for nearly every word. */
static inline int tac_u64map_get(const tac_u64map *m, uint64_t key, uint32_t *out)
{
    if (!m->slots)
        return 0;
    size_t j = tac_u64map_mix(key) & m->mask;
    while (m->slots[j].key) {
        if (m->slots[j].key == key) {
            *out = m->slots[j].value;
            return 1;
        }
        j = (j + 1) & m->mask;
    }
    return 0;
}

#endif
