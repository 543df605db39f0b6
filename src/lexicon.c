/* lexicon.c -- interned vocabulary with lemmas and flags; see lexicon.h. */
#include "lexicon.h"

#include <string.h>

#include "alloc.h"

uint32_t tac_lexicon_flag(const char *kind, size_t len)
{
#define TAC_LX_MATCH(name, bit, text)                                  \
    if (len == sizeof(text) - 1 && memcmp(kind, text, len) == 0)       \
        return TAC_LX_##name;
    TAC_LX_FLAG_LIST(TAC_LX_MATCH)
#undef TAC_LX_MATCH
    if (len == 6 && memcmp(kind, "former", 6) == 0)
        return TAC_LX_FORMER;
    return 0;
}

int tac_lexicon_class(const char *kind, size_t len)
{
#define TAC_LC_MATCH(name, index, text)                                \
    if (len == sizeof(text) - 1 && memcmp(kind, text, len) == 0)       \
        return (index);
    TAC_LC_CLASS_LIST(TAC_LC_MATCH)
    TAC_LC_EXTRA_LIST(TAC_LC_MATCH)
#undef TAC_LC_MATCH
    return -1;
}

int tac_lexicon_init(tac_lexicon *lx, tac_arena *arena)
{
    memset(lx, 0, sizeof *lx);
    lx->arena = arena;
    tac_strmap_init(&lx->map);
    lx->cap = 1024;
    lx->w = tac_calloc(lx->cap, sizeof *lx->w);
    lx->lemmatised = tac_calloc(lx->cap, sizeof *lx->lemmatised);
    lx->n = 1; /* id 0 = unknown */
    if (!lx->w || !lx->lemmatised || tac_morph_init(&lx->morph) < 0) {
        tac_free(lx->w);
        tac_free(lx->lemmatised);
        lx->w = NULL;
        lx->lemmatised = NULL;
        return -1;
    }
    return 0;
}

void tac_lexicon_fini(tac_lexicon *lx)
{
    tac_strmap_fini(&lx->map);
    tac_morph_fini(&lx->morph);
    tac_free(lx->w);
    tac_free(lx->lemmatised);
    lx->w = NULL;
    lx->lemmatised = NULL;
    lx->n = lx->cap = 0;
}

/* Grows the word arrays to cap entries (never shrinks); -1 on OOM. */
static int grow_words(tac_lexicon *lx, size_t cap)
{
    if (cap <= lx->cap)
        return 0;
    tac_lexword *nw = tac_realloc(lx->w, cap * sizeof *nw);
    if (!nw)
        return -1;
    lx->w = nw; /* the larger block; cap grows once both have */
    unsigned char *nl = tac_realloc(lx->lemmatised, cap * sizeof *nl);
    if (!nl)
        return -1;
    lx->lemmatised = nl;
    lx->cap = cap;
    return 0;
}

int tac_lexicon_reserve(tac_lexicon *lx, size_t n)
{
    if (tac_strmap_reserve(&lx->map, n) < 0)
        return -1;
    /* the arrays as large as the words the map holds before it grows
     * (kept at most half full): one size, no copies while filling */
    return grow_words(lx, (lx->map.mask + 1) / 2 + 1);
}

static uint32_t add_word(tac_lexicon *lx, const char *w, size_t len)
{
    uint32_t id;
    uint64_t h = tac_hash_bytes(w, len);
    if (tac_strmap_get_h(&lx->map, w, len, h, &id))
        return id;
    if (lx->n == lx->cap && grow_words(lx, lx->cap * 2) < 0)
        return 0;
    char *s = tac_arena_strndup(lx->arena, w, len);
    if (!s)
        return 0;
    id = (uint32_t)lx->n;
    if (tac_strmap_put_h(&lx->map, s, len, h, id, NULL) < 0)
        return 0;
    lx->w[id].s = s;
    lx->w[id].len = (uint32_t)len;
    lx->w[id].lemma = id;
    lx->w[id].flags = 0;
    lx->w[id].marks = 0;
    memset(lx->w[id].classes, 0, sizeof lx->w[id].classes);
    lx->lemmatised[id] = 0;
    lx->n++;
    return id;
}

uint32_t tac_lexicon_intern_raw(tac_lexicon *lx, const char *w, size_t len)
{
    return add_word(lx, w, len);
}

static uint32_t intern(tac_lexicon *lx, const char *w, size_t len, int name)
{
    uint32_t id = add_word(lx, w, len);
    /* interned before: morphology would give the same lemma and class,
     * which it has (or a `spelling` lemma); a word interned as a name (2)
     * is interned again as a word, which gives its lemma its class */
    if (!id || lx->lemmatised[id] == 1 || (name && lx->lemmatised[id]))
        return id;
    char buf[256];
    const char *lemma;
    uint32_t cls;
    size_t ll = tac_morph_lemma(&lx->morph, w, len, buf, sizeof buf, &lemma, &cls);
    uint32_t lid = (ll == len && memcmp(lemma, w, len) == 0) ? id : add_word(lx, lemma, ll);
    if (!lid)
        return 0;
    /* a word already known as lid keeps its own lemma; a spelling variant
     * keeps the word it was made a variant of */
    if (!(lx->w[id].flags & TAC_LX_SPELLING))
        lx->w[id].lemma = lid;
    uint32_t wc = 0;
    if (cls & TAC_MORPH_VERB)
        wc |= TAC_LX_VERB;
    if (cls & TAC_MORPH_NOUN)
        wc |= TAC_LX_NOUN;
    lx->w[id].flags |= wc;
    if (!name) {
        lx->w[lid].flags |= wc;
        lx->lemmatised[id] = 1;
        return id;
    }
    /* A name's word stays open to an ordinary intern later (2: an event
     * pattern using the word gives its lemma the class then, whichever
     * file comes first). Its lemma that no other word has brought in
     * ("coat" of "Coates") gets its classes from its own morphology, as
     * text would give the word. */
    lx->lemmatised[id] = 2;
    if (lid != id && !lx->lemmatised[lid] &&
        !intern(lx, lx->w[lid].s, lx->w[lid].len, 0))
        return 0;
    return id;
}

uint32_t tac_lexicon_intern(tac_lexicon *lx, const char *w, size_t len)
{
    return intern(lx, w, len, 0);
}

uint32_t tac_lexicon_intern_name(tac_lexicon *lx, const char *w, size_t len)
{
    return intern(lx, w, len, 1);
}

int tac_lexicon_own_plural(tac_lexicon *lx, uint32_t id, uint32_t *out_plural)
{
    const tac_lexword *w = &lx->w[id];
    char p[128], buf[128];
    size_t n = w->len;
    *out_plural = 0;
    if (w->lemma != id || !((w->flags & TAC_LX_NOUN) || (w->marks & TAC_LM_AGENT_HEAD)) ||
        n < 3 || n + 2 >= sizeof p)
        return 0;
    /* the regular English plural: -y after a consonant -> -ies; -s, -x,
     * -z, -ch, -sh -> -es; else -s */
    memcpy(p, w->s, n);
    char last = p[n - 1], prev = p[n - 2];
    if (last == 'y' && !memchr("aeiou", prev, 5)) {
        memcpy(p + n - 1, "ies", 3);
        n += 2;
    } else if (last == 's' || last == 'x' || last == 'z' ||
               ((last == 'h') && (prev == 'c' || prev == 's'))) {
        memcpy(p + n, "es", 2);
        n += 2;
    } else {
        p[n++] = 's';
    }
    uint32_t pid;
    if (tac_strmap_get(&lx->map, p, n, &pid)) {
        /* held: read as written, it is a word of its own (a WordNet noun,
         * or a plural some line writes that the guess would read as id:
         * "gunships") */
        if (lx->w[pid].lemma != pid)
            return 0;
    } else {
        const char *lemma;
        uint32_t cls;
        size_t ll = tac_morph_lemma(&lx->morph, p, n, buf, sizeof buf, &lemma, &cls);
        /* a plural morphology reads as its singular needs nothing; one it
         * reads as itself is a WordNet noun of its own */
        if (ll != n || memcmp(lemma, p, n) != 0 || !(cls & TAC_MORPH_NOUN))
            return 0;
        pid = tac_lexicon_intern(lx, p, n);
        if (!pid)
            return -1;
    }
    /* a `spelling` line made it a variant of another word: that reading;
     * a `marker own-plural` one keeps it to its own sense */
    if (lx->w[pid].lemma != pid || tac_lexicon_has(&lx->w[pid], TAC_LC_OWN_PLURAL))
        return 0;
    *out_plural = pid;
    return 1;
}

/* The agent head word of the vocabulary whose plural folded w[0..len) is,
 * or 0: see tac_lexicon_guess. A few hash probes, no allocation. */
static uint32_t agent_form(const tac_lexicon *lx, const char *w, size_t len)
{
    char buf[128];
    uint32_t id;
    if (len < 4 || len >= sizeof buf)
        return 0;
    /* a hyphen compound: its last part's lemma ("servicemen", "keepers") */
    const char *dash = memchr(w, '-', len);
    if (dash) {
        const char *last = w + len;
        while (last[-1] != '-')
            last--;
        size_t pl = (size_t)(last - w), ll = len - pl;
        char lb[128];
        const char *lemma;
        uint32_t cls;
        size_t nl = tac_morph_lemma(&lx->morph, last, ll, lb, sizeof lb, &lemma, &cls);
        if (ll >= 3 && pl + nl < sizeof buf && (nl != ll || memcmp(lemma, last, ll) != 0)) {
            memcpy(buf, w, pl);
            memcpy(buf + pl, lemma, nl);
            if (tac_strmap_get(&lx->map, buf, pl + nl, &id) &&
                (lx->w[lx->w[id].lemma].marks & TAC_LM_AGENT_HEAD))
                return lx->w[id].lemma;
        }
        /* ... or its closed spelling ("peace-keepers" -> "peacekeepers"),
         * when the last part is a word itself or both parts have four
         * letters or more ("back-benchers"): no line-end break of one
         * word ("con-gress", "hun-dred") */
        if (cls || (pl >= 5 && ll >= 4)) {
            size_t cl = 0;
            for (size_t k = 0; k < len; k++)
                if (w[k] != '-')
                    buf[cl++] = w[k];
            if (!tac_strmap_get(&lx->map, buf, cl, &id)) {
                nl = tac_morph_lemma(&lx->morph, buf, cl, lb, sizeof lb, &lemma, &cls);
                if (!tac_strmap_get(&lx->map, lemma, nl, &id))
                    id = 0;
            }
            if (id && (lx->w[lx->w[id].lemma].marks & TAC_LM_AGENT_HEAD))
                return lx->w[id].lemma;
        }
    }
    /* a plain plural: -ies -> -y, -es -> (none), -s -> (none), and the
     * -men of compounds ("servicewomen", "trawlermen") */
    if (w[len - 1] != 's' && w[len - 1] != 'n')
        return 0;
    static const struct {
        const char *suf, *add;
        size_t sl, al;
    } ends[] = {{"ies", "y", 3, 1}, {"es", "", 2, 0}, {"s", "", 1, 0}, {"men", "man", 3, 3}};
    for (size_t r = 0; r < sizeof ends / sizeof ends[0]; r++) {
        size_t sl = ends[r].sl;
        if (len <= sl + 2 || memcmp(w + len - sl, ends[r].suf, sl) != 0)
            continue;
        size_t bl = len - sl;
        memcpy(buf, w, bl);
        memcpy(buf + bl, ends[r].add, ends[r].al);
        if (tac_strmap_get(&lx->map, buf, bl + ends[r].al, &id) &&
            (lx->w[lx->w[id].lemma].marks & TAC_LM_AGENT_HEAD))
            return lx->w[id].lemma;
    }
    return 0;
}

void tac_lexicon_guess(const tac_lexicon *lx, const char *w, size_t len,
                       uint32_t *out_lemma, uint32_t *out_flags)
{
    char buf[256];
    const char *lemma;
    uint32_t cls, lid = 0, flags = 0;
    size_t ll = tac_morph_lemma_text(&lx->morph, w, len, buf, sizeof buf, &lemma, &cls);
    if ((ll != len || memcmp(lemma, w, len) != 0) &&
        tac_strmap_get(&lx->map, lemma, ll, &lid))
        flags = lx->w[lid].flags;
    else if (!(cls & (TAC_MORPH_VERB | TAC_MORPH_NOUN)) &&
             (lid = agent_form(lx, w, len)) != 0)
        flags = lx->w[lid].flags;
    if (cls & TAC_MORPH_VERB)
        flags |= TAC_LX_VERB;
    if (cls & TAC_MORPH_NOUN)
        flags |= TAC_LX_NOUN;
    *out_lemma = lid;
    *out_flags = flags;
}

void tac_lexicon_lookup(const tac_lexicon *lx, const char *w, size_t len,
                        uint32_t *out_word, uint32_t *out_lemma,
                        uint32_t *out_flags)
{
    if (tac_lexicon_word_h(lx, w, len, tac_hash_bytes(w, len), out_word, out_lemma,
                           out_flags))
        return;
    *out_word = 0;
    tac_lexicon_guess(lx, w, len, out_lemma, out_flags);
}

int tac_lexicon_is_abbrev(const void *lexicon, const char *w, size_t len)
{
    const tac_lexicon *lx = lexicon;
    char tmp[64];
    uint32_t id;
    if (len + 1 >= sizeof tmp)
        return 0;
    memcpy(tmp, w, len);
    tmp[len] = '.';
    if (!tac_strmap_get(&lx->map, tmp, len + 1, &id))
        return 0;
    if (lx->w[id].flags & TAC_LX_ABBREV)
        return 1;
    return tac_lexicon_has(&lx->w[id], TAC_LC_STATE_ABBREV) ? 2 : 0;
}
