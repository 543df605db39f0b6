/* hash.c -- string hashing and open-addressing maps; see hash.h. */
#include "hash.h"

#include <string.h>

#include "alloc.h"

void tac_strmap_init(tac_strmap *m)
{
    m->slots = NULL;
    m->mask = 0;
    m->count = 0;
}

void tac_strmap_fini(tac_strmap *m)
{
    tac_free(m->slots);
    tac_strmap_init(m);
}

static int strmap_grow(tac_strmap *m, size_t cap)
{
    tac_strmap_slot *s = tac_calloc(cap, sizeof *s);
    if (!s)
        return -1;
    if (m->slots) {
        for (size_t i = 0; i <= m->mask; i++) {
            tac_strmap_slot *o = &m->slots[i];
            if (!o->key)
                continue;
            size_t j = (size_t)o->hash & (cap - 1);
            while (s[j].key)
                j = (j + 1) & (cap - 1);
            s[j] = *o;
        }
        tac_free(m->slots);
    }
    m->slots = s;
    m->mask = cap - 1;
    return 0;
}

int tac_strmap_put(tac_strmap *m, const char *key, size_t len, uint32_t value,
                   uint32_t *out_value)
{
    return tac_strmap_put_h(m, key, len, tac_hash_bytes(key, len), value, out_value);
}

int tac_strmap_put_h(tac_strmap *m, const char *key, size_t len, uint64_t h, uint32_t value,
                     uint32_t *out_value)
{
    if (len > UINT32_MAX)
        return -1;
    if (!m->slots || (m->count + 1) * 2 > m->mask + 1) {
        if (strmap_grow(m, m->slots ? (m->mask + 1) * 2 : 64) < 0)
            return -1;
    }
    size_t j = (size_t)h & m->mask;
    while (m->slots[j].key) {
        tac_strmap_slot *s = &m->slots[j];
        if (s->hash == h && s->len == len && tac_hash_key_eq(s->key, key, len)) {
            if (out_value)
                *out_value = s->value;
            return 0;
        }
        j = (j + 1) & m->mask;
    }
    m->slots[j].key = key;
    m->slots[j].len = (uint32_t)len;
    m->slots[j].value = value;
    m->slots[j].hash = h;
    m->count++;
    return 1;
}

/* The capacity that put reaches for n keys at the given load (keys per
 * slot = 1/per): the same power of two as growing one key at a time. */
static size_t reserve_cap(size_t n, size_t per)
{
    size_t cap = 64;
    while (n * per > cap)
        cap *= 2;
    return cap;
}

int tac_strmap_reserve(tac_strmap *m, size_t n)
{
    size_t cap = reserve_cap(n, 2);
    if (m->slots && cap <= m->mask + 1)
        return 0;
    return strmap_grow(m, cap);
}

uint32_t *tac_strmap_ref(tac_strmap *m, const char *key, size_t len)
{
    if (!m->slots)
        return NULL;
    uint64_t h = tac_hash_bytes(key, len);
    for (size_t j = (size_t)h & m->mask; m->slots[j].key; j = (j + 1) & m->mask) {
        tac_strmap_slot *s = &m->slots[j];
        if (s->hash == h && s->len == len && tac_hash_key_eq(s->key, key, len))
            return &s->value;
    }
    return NULL;
}

void tac_u64map_init(tac_u64map *m)
{
    m->slots = NULL;
    m->mask = 0;
    m->count = 0;
}

void tac_u64map_fini(tac_u64map *m)
{
    tac_free(m->slots);
    tac_u64map_init(m);
}

static int u64map_grow(tac_u64map *m, size_t cap)
{
    tac_u64map_slot *s = tac_calloc(cap, sizeof *s);
    if (!s)
        return -1;
    if (m->slots) {
        for (size_t i = 0; i <= m->mask; i++) {
            if (!m->slots[i].key)
                continue;
            size_t j = tac_u64map_mix(m->slots[i].key) & (cap - 1);
            while (s[j].key)
                j = (j + 1) & (cap - 1);
            s[j] = m->slots[i];
        }
        tac_free(m->slots);
    }
    m->slots = s;
    m->mask = cap - 1;
    return 0;
}

int tac_u64map_put(tac_u64map *m, uint64_t key, uint32_t value,
                   uint32_t *out_value)
{
    if (!m->slots || (m->count + 1) * 4 > m->mask + 1) { /* a quarter full */
        if (u64map_grow(m, m->slots ? (m->mask + 1) * 2 : 64) < 0)
            return -1;
    }
    size_t j = tac_u64map_mix(key) & m->mask;
    while (m->slots[j].key) {
        if (m->slots[j].key == key) {
            if (out_value)
                *out_value = m->slots[j].value;
            return 0;
        }
        j = (j + 1) & m->mask;
    }
    m->slots[j].key = key;
    m->slots[j].value = value;
    m->count++;
    return 1;
}

int tac_u64map_reserve(tac_u64map *m, size_t n)
{
    size_t cap = reserve_cap(n, 4);
    if (m->slots && cap <= m->mask + 1)
        return 0;
    return u64map_grow(m, cap);
}
