/* morph.c -- WordNet-based lemmatiser; see morph.h. */
#include "morph.h"

#include <string.h>

#include "morph_tables.inc"

/* A key of the generated tables: the word's offset in morph_strings << 8 |
 * its length. */
static const char *key_str(uint32_t key)
{
    return morph_strings + (key >> 8);
}

/* The value of folded word w in the generated base-form table (a word ->
 * (exception index + 1) << 2 | TAC_MORPH_*): probed as tools/gen_morph.c
 * laid it out, from tac_hash_bytes. 1 and *out if found, else 0. */
static int words_get(const char *w, size_t len, uint32_t *out)
{
    size_t j = (size_t)tac_hash_bytes(w, len) & morph_words_mask;
    for (uint32_t key; (key = morph_words[j].key) != 0; j = (j + 1) & morph_words_mask) {
        if ((key & 0xff) == len && tac_hash_key_eq(key_str(key), w, len)) {
            *out = morph_words[j].value;
            return 1;
        }
    }
    return 0;
}

int tac_morph_init(tac_morph *m)
{
    /* the base forms are indexed at build time; only the small table of
     * irregular forms, which the coder probes for most tokens, is a
     * tac_strmap (stored hashes: a miss rarely reads a key) */
    tac_strmap_init(&m->irregular);
    if (tac_strmap_reserve(&m->irregular, morph_exc_n) < 0)
        return -1;
    for (size_t i = 0; i < morph_exc_n; i++) {
        uint32_t key = morph_irregular[i].key;
        if (tac_strmap_put(&m->irregular, key_str(key), key & 0xff, morph_irregular[i].value,
                           NULL) < 0) {
            tac_morph_fini(m);
            return -1;
        }
    }
    return 0;
}

void tac_morph_fini(tac_morph *m)
{
    tac_strmap_fini(&m->irregular);
}

/* The lemma of exception v >> 2 (v a value with an exception index); *len
 * gets its length. */
static const char *exc_lemma(uint32_t v, size_t *len)
{
    uint32_t key = morph_exc_lemma[(v >> 2) - 1];
    *len = key & 0xff;
    return key_str(key);
}

static uint32_t base_class(const char *w, size_t len)
{
    uint32_t v;
    if (!words_get(w, len, &v))
        return 0;
    return v & 3;
}

/* Suffix rules, tried in order: strip `suf`, append `add`. Grouped by the
 * suffix's last letter (the order within a group is the order they are
 * tried in; rules of different groups never both apply), so a word tries
 * only the rules of its own last letter (rules_for). */
#define R(suf, add, cls) {suf, add, sizeof(suf) - 1, sizeof(add) - 1, cls}
static const struct {
    const char *suf, *add;
    size_t sl, al;
    uint32_t cls; /* which base class may accept the result */
} rules[] = {
    /* 0-8: 's' */
    R("ies", "y", 3),   R("ches", "ch", 2), R("shes", "sh", 2), R("sses", "ss", 3),
    R("xes", "x", 3),   R("zes", "z", 3),   R("es", "e", 3),    R("es", "", 3),
    R("s", "", 3),
    /* 9: 'n' */
    R("men", "man", 2),
    /* 10-12: 'd' */
    R("ied", "y", 1),   R("ed", "e", 1),    R("ed", "", 1),
    /* 13-14: 'g' */
    R("ing", "e", 1),   R("ing", "", 1),
};
#undef R

/* The rules [*lo, *hi) whose suffix ends with c. */
static void rules_for(char c, size_t *lo, size_t *hi)
{
    switch (c) {
    case 's': *lo = 0, *hi = 9; break;
    case 'n': *lo = 9, *hi = 10; break;
    case 'd': *lo = 10, *hi = 13; break;
    case 'g': *lo = 13, *hi = 15; break;
    default: *lo = *hi = 0; break;
    }
}

/* Whether w[0..len) ends with suf[0..sl): compared from the end, so most
 * rules fail on the first byte without a library call (this runs for every
 * unknown word of every sentence). */
static inline int ends_with(const char *w, size_t len, const char *suf, size_t sl)
{
    if (len < sl)
        return 0;
    for (size_t k = sl; k > 0; k--)
        if (w[len - sl + k - 1] != suf[k - 1])
            return 0;
    return 1;
}

size_t tac_morph_lemma(const tac_morph *m, const char *w, size_t len,
                       char *buf, size_t cap, const char **out,
                       uint32_t *out_flags)
{
    uint32_t v;
    *out = w;
    *out_flags = 0;
    if (len < 3 || len >= cap)
        return len;
    (void)m;
    int found = words_get(w, len, &v);
    /* "accused", "wounded", "meeting": WordNet also lists them as nouns,
     * but in news an -ed or -ing form is mostly the verb */
    if (found && !(v >> 2) && len > 4 &&
        (ends_with(w, len, "ed", 2) || ends_with(w, len, "ing", 3))) {
        size_t lo, hi;
        rules_for(w[len - 1], &lo, &hi);
        for (size_t r = lo; r < hi; r++) {
            size_t sl = rules[r].sl, al = rules[r].al;
            if (rules[r].cls != 1 || len <= sl + 1 || !ends_with(w, len, rules[r].suf, sl))
                continue;
            size_t bl = len - sl;
            memcpy(buf, w, bl);
            memcpy(buf + bl, rules[r].add, al);
            if (base_class(buf, bl + al) & TAC_MORPH_VERB) {
                *out = buf;
                *out_flags = TAC_MORPH_VERB;
                return bl + al;
            }
            if (al == 0 && bl >= 3 && buf[bl - 1] == buf[bl - 2] &&
                (base_class(buf, bl - 1) & TAC_MORPH_VERB)) {
                *out = buf;
                *out_flags = TAC_MORPH_VERB;
                return bl - 1;
            }
        }
    }
    if (found) {
        if (v >> 2) {
            size_t ll;
            const char *lemma = exc_lemma(v, &ll);
            *out = lemma;
            *out_flags = base_class(lemma, ll);
            return ll;
        }
        *out_flags = v & 3;
        return len;
    }
    size_t lo, hi;
    rules_for(w[len - 1], &lo, &hi);
    for (size_t r = lo; r < hi; r++) {
        size_t sl = rules[r].sl, al = rules[r].al;
        if (len <= sl + 1 || !ends_with(w, len, rules[r].suf, sl))
            continue;
        size_t bl = len - sl;
        memcpy(buf, w, bl);
        memcpy(buf + bl, rules[r].add, al);
        size_t cl = bl + al;
        uint32_t c = base_class(buf, cl) & rules[r].cls;
        if (c) {
            *out = buf;
            *out_flags = c;
            return cl;
        }
        /* "stopped" -> "stopp" -> "stop": undo a doubled final consonant */
        if (al == 0 && rules[r].cls == 1 && bl >= 3 && buf[bl - 1] == buf[bl - 2] &&
            !strchr("aeiou", buf[bl - 1])) {
            c = base_class(buf, bl - 1) & 1;
            if (c) {
                *out = buf;
                *out_flags = c;
                return bl - 1;
            }
        }
    }
    return len;
}

static int has_ending(const char *w, size_t len)
{
    char c = w[len - 1];
    return c == 's' || (c == 'd' && w[len - 2] == 'e') ||
           (c == 'g' && len > 3 && w[len - 2] == 'n' && w[len - 3] == 'i') ||
           (c == 'n' && w[len - 2] == 'e' && w[len - 3] == 'm');
}

size_t tac_morph_lemma_text(const tac_morph *m, const char *w, size_t len,
                            char *buf, size_t cap, const char **out,
                            uint32_t *out_flags)
{
    if (len >= 3 && len < cap && !has_ending(w, len)) {
        uint32_t v;
        *out = w;
        *out_flags = 0;
        if (tac_strmap_get(&m->irregular, w, len, &v) && (v >> 2)) {
            size_t ll;
            *out = exc_lemma(v, &ll);
            /* the lemma's class, as tac_morph_lemma gives it: "children"
             * is no verb, whether or not a dictionary writes it */
            *out_flags = base_class(*out, ll);
            return ll;
        }
        return len;
    }
    return tac_morph_lemma(m, w, len, buf, cap, out, out_flags);
}

void tac_morph_word_lists(const char **out_adjadv, const char **out_proper)
{
    *out_adjadv = morph_adjadv;
    *out_proper = morph_proper;
}
