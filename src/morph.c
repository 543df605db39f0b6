/* morph.c -- WordNet-based lemmatiser; see morph.h. */
#include "morph.h"

#include <string.h>

#include "alloc.h"
#include "morph_tables.inc"

static int add_blob(tac_morph *m, const char *blob, uint32_t cls)
{
    for (const char *p = blob; *p; p += strlen(p) + 1) {
        size_t len = strlen(p);
        uint32_t old;
        int r = tac_strmap_put(&m->words, p, len, cls, &old);
        if (r < 0)
            return -1;
        if (r == 0)
            *tac_strmap_ref(&m->words, p, len) |= cls; /* noun and verb */
    }
    return 0;
}

int tac_morph_init(tac_morph *m)
{
    tac_strmap_init(&m->words);
    tac_strmap_init(&m->irregular);
    m->exc = NULL;
    m->n_exc = 0;
    size_t n = morph_exc_n; /* forms and lemmas */
    m->exc = tac_malloc((n / 2 + 1) * sizeof *m->exc);
    if (!m->exc)
        return -1;
    /* sized at once from the generated counts (an upper bound: a word can
     * be a verb, a noun and an irregular form): no rehash while filling */
    if (tac_strmap_reserve(&m->words, (size_t)morph_verbs_n + morph_nouns_n + n / 2) < 0 ||
        tac_strmap_reserve(&m->irregular, n / 2) < 0)
        goto fail;
    if (add_blob(m, morph_verbs, TAC_MORPH_VERB) < 0 ||
        add_blob(m, morph_nouns, TAC_MORPH_NOUN) < 0)
        goto fail;
    for (const char *p = morph_exc; *p;) {
        const char *form = p;
        p += strlen(p) + 1;
        const char *lemma = p;
        p += strlen(p) + 1;
        uint32_t v = 0;
        size_t flen = strlen(form);
        if (tac_strmap_get(&m->words, form, flen, &v) && (v >> 2))
            continue; /* first exception of a form wins (verbs before nouns) */
        /* a base form that is also irregular ("saw", "left") keeps its
         * class bits, but the irregular reading wins: news mostly means
         * the verb */
        m->exc[m->n_exc] = lemma;
        uint32_t cls = (uint32_t)((m->n_exc + 1) << 2) | v;
        m->n_exc++;
        uint32_t old;
        int r = tac_strmap_put(&m->words, form, flen, cls, &old);
        if (r < 0 || tac_strmap_put(&m->irregular, form, flen, cls, NULL) < 0)
            goto fail;
        if (r == 0)
            *tac_strmap_ref(&m->words, form, flen) = cls;
    }
    return 0;
fail:
    tac_morph_fini(m);
    return -1;
}

void tac_morph_fini(tac_morph *m)
{
    tac_strmap_fini(&m->words);
    tac_strmap_fini(&m->irregular);
    tac_free(m->exc);
    m->exc = NULL;
    m->n_exc = 0;
}

static uint32_t base_class(const tac_morph *m, const char *w, size_t len)
{
    uint32_t v;
    if (!tac_strmap_get(&m->words, w, len, &v))
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
    int found = tac_strmap_get(&m->words, w, len, &v);
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
            if (base_class(m, buf, bl + al) & TAC_MORPH_VERB) {
                *out = buf;
                *out_flags = TAC_MORPH_VERB;
                return bl + al;
            }
            if (al == 0 && bl >= 3 && buf[bl - 1] == buf[bl - 2] &&
                (base_class(m, buf, bl - 1) & TAC_MORPH_VERB)) {
                *out = buf;
                *out_flags = TAC_MORPH_VERB;
                return bl - 1;
            }
        }
    }
    if (found) {
        if (v >> 2) {
            const char *lemma = m->exc[(v >> 2) - 1];
            size_t ll = strlen(lemma);
            *out = lemma;
            *out_flags = base_class(m, lemma, ll);
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
        uint32_t c = base_class(m, buf, cl) & rules[r].cls;
        if (c) {
            *out = buf;
            *out_flags = c;
            return cl;
        }
        /* "stopped" -> "stopp" -> "stop": undo a doubled final consonant */
        if (al == 0 && rules[r].cls == 1 && bl >= 3 && buf[bl - 1] == buf[bl - 2] &&
            !strchr("aeiou", buf[bl - 1])) {
            c = base_class(m, buf, bl - 1) & 1;
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
            const char *lemma = m->exc[(v >> 2) - 1];
            *out = lemma;
            *out_flags = TAC_MORPH_VERB;
            return strlen(lemma);
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
