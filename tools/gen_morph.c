/* gen_morph.c -- generates the lemma tables (morph_tables.inc) from WordNet.
 *
 * Usage: gen_morph WORDNET_DIR > morph_tables.inc
 *
 * Reads WordNet's verb.exc, noun.exc (irregular forms) and index.verb,
 * index.noun (base forms) and writes the lemmatiser's index ready-made, so
 * that a dictionary load does not build it (it was a tenth of the load):
 *
 *   morph_strings    every word and lemma once, NUL-terminated
 *   morph_words      word -> (exception index + 1) << 2 | TAC_MORPH_*, an
 *                    open-addressing table kept at most half full whose
 *                    slots are laid out by tac_hash_bytes (src/hash.h) as
 *                    src/morph.c probes them; a key is the word's offset
 *                    in morph_strings << 8 | its length, 0 an empty slot
 *   morph_exc_lemma  the lemma of exception i, as a key
 *   morph_irregular  the irregular forms and their values, in file order
 *                    (src/morph.c indexes this small hot table itself)
 *
 * A word is a verb (1) and/or a noun (2) when index.verb / index.noun list
 * it; then each irregular form of verb.exc and noun.exc, in file order,
 * unless a form before it was the same word, gets the next exception
 * index, keeping its class bits. Only single words are kept (WordNet joins
 * multi-word lemmas with '_'). The output is deterministic: the same
 * WordNet files and hash function give the same bytes.
 *
 * Two more lists serve the GeoNames gazetteer's common-word test
 * (src/gazetteer.c), which indexes them only when a gazetteer is loaded:
 * morph_adjadv, the base forms of index.adj and index.adv ("nice",
 * "mobile"), and morph_proper, the nouns data.noun writes only with a
 * capital and never for a person ("Boston" but not "Jackson", which is
 * also a president, nor "Bath", which is also a tub). */
#define _POSIX_C_SOURCE 200809L
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "hash.h"

/* The longest word kept: a key holds its length in 8 bits, and the
 * lemmatiser looks up no word that long (its buffer is 256 bytes). */
#define WORD_MAX 255

static int plain_word(const char *w)
{
    if (!*w)
        return 0;
    for (const char *p = w; *p; p++)
        if (*p == '_' || (unsigned char)*p < 0x21 || *p == '"' || *p == '\\' ||
            p - w >= WORD_MAX)
            return 0;
    return 1;
}

/* A file that gave no word is no WordNet file (empty or truncated): the
 * build stops here instead of making a lemmatiser that knows nothing. */
static int none_read(const char *dir, const char *file, size_t n)
{
    if (n)
        return 0;
    fprintf(stderr, "gen_morph: %s/%s holds no usable word (not WordNet's database?)\n", dir,
            file);
    return 1;
}

static size_t chunk_words; /* words written since emit_chunk_open */

static void emit_chunk_open(const char *name)
{
    printf("static const char %s[] =\n", name);
    chunk_words = 0;
}

/* Ends the chunk and gives its word count as name_n, so that a loader can
 * size its hash tables at once. */
static void emit_chunk_close(const char *name)
{
    printf("    \"\";\nenum { %s_n = %zu };\n", name, chunk_words);
}

/* Writes word plus a NUL as a string literal piece. */
static void emit_word(const char *w)
{
    printf("    \"%s\\0\"\n", w);
    chunk_words++;
}

/* ---- string indexes ---------------------------------------------------
 * The generator's own open-addressing index over a list of strings (FNV-1a:
 * the build's table, not the output): slot[j] is an entry number + 1, 0 an
 * empty slot; kept at most half full. The lemma index and the proper-noun
 * set below each keep their strings in a list and find them through one. */
typedef struct str_index {
    size_t *slot, mask;
} str_index;

static size_t str_hash(const char *w)
{
    size_t h = 1469598103934665603u;
    for (; *w; w++)
        h = (h ^ (unsigned char)*w) * 1099511628211u;
    return h;
}

/* Makes room for entry n + 1: doubles x when n entries would fill half of
 * it, rehashing entry i by its string word(i). 0, or -1 on OOM. */
static int str_index_fit(str_index *x, size_t n, const char *(*word)(size_t))
{
    if (n * 2 < x->mask)
        return 0;
    size_t nm = x->mask ? x->mask * 2 + 1 : 65535;
    size_t *ns = calloc(nm + 1, sizeof *ns);
    if (!ns)
        return -1;
    for (size_t i = 0; x->slot && i <= x->mask; i++) {
        if (!x->slot[i])
            continue;
        size_t j = str_hash(word(x->slot[i] - 1)) & nm;
        while (ns[j])
            j = (j + 1) & nm;
        ns[j] = x->slot[i];
    }
    free(x->slot);
    x->slot = ns;
    x->mask = nm;
    return 0;
}

/* The slot of w in x: the one holding it, or the empty one where it goes. */
static size_t *str_index_slot(const str_index *x, const char *w, const char *(*word)(size_t))
{
    size_t j = str_hash(w) & x->mask;
    while (x->slot[j] && strcmp(word(x->slot[j] - 1), w))
        j = (j + 1) & x->mask;
    return &x->slot[j];
}

/* ---- the lemma index ---------------------------------------------------
 * Every string once (words and lemmas), in first-seen order, with its
 * value and whether it is a key of morph_words. */
typedef struct lx_word {
    char *w;
    size_t len, off; /* offset in morph_strings */
    uint32_t value;
    int is_key;
} lx_word;

static lx_word *lx;
static size_t lx_n, lx_cap;
static str_index lx_index;

static const char *lx_str(size_t i)
{
    return lx[i].w;
}

/* The entry of w, added (value 0, no key) if new; NULL on OOM. */
static lx_word *lx_get(const char *w)
{
    if (str_index_fit(&lx_index, lx_n, lx_str) < 0)
        return NULL;
    size_t *slot = str_index_slot(&lx_index, w, lx_str);
    if (*slot)
        return &lx[*slot - 1];
    if (lx_n == lx_cap) {
        size_t nc = lx_cap ? lx_cap * 2 : 65536;
        lx_word *nv = realloc(lx, nc * sizeof *nv);
        if (!nv)
            return NULL;
        lx = nv;
        lx_cap = nc;
    }
    lx_word *e = &lx[lx_n];
    e->w = strdup(w);
    if (!e->w)
        return NULL;
    e->len = strlen(w);
    e->off = 0;
    e->value = 0;
    e->is_key = 0;
    *slot = ++lx_n;
    return e;
}

/* The exceptions: lemma and form entries, in file order. */
static size_t *exc_lemma, *exc_form, exc_n, exc_cap;

static int gen_exc(const char *dir, const char *file)
{
    char path[4096], line[4096];
    size_t n = 0;
    snprintf(path, sizeof path, "%s/%s", dir, file);
    FILE *f = fopen(path, "r");
    if (!f) {
        fprintf(stderr, "gen_morph: cannot open %s\n", path);
        return -1;
    }
    while (fgets(line, sizeof line, f)) {
        char form[1024], lemma[1024];
        if (sscanf(line, "%1023s %1023s", form, lemma) != 2)
            continue;
        if (!plain_word(form) || !plain_word(lemma))
            continue;
        n++;
        lx_word *fe = lx_get(form);
        if (!fe)
            goto oom;
        if (fe->is_key && (fe->value >> 2))
            continue; /* the first exception of a form wins (verbs before nouns) */
        size_t fi = (size_t)(fe - lx);
        lx_word *le = lx_get(lemma); /* may move lx */
        if (!le)
            goto oom;
        if (exc_n == exc_cap) {
            size_t nc = exc_cap ? exc_cap * 2 : 8192;
            size_t *a = realloc(exc_lemma, nc * sizeof *a), *b;
            if (a)
                exc_lemma = a;
            b = realloc(exc_form, nc * sizeof *b);
            if (!a || !b)
                goto oom;
            exc_form = b;
            exc_cap = nc;
        }
        exc_lemma[exc_n] = (size_t)(le - lx);
        exc_form[exc_n] = fi;
        exc_n++;
        /* a base form that is also irregular ("saw", "left") keeps its
         * class bits, but the irregular reading wins */
        lx[fi].value = (uint32_t)(exc_n << 2) | lx[fi].value;
        lx[fi].is_key = 1;
    }
    fclose(f);
    return none_read(dir, file, n) ? -1 : 0;
oom:
    fclose(f);
    fprintf(stderr, "gen_morph: out of memory\n");
    return -1;
}

/* Base forms of index.<pos> get class bit cls; with emit, the words are
 * written as a string chunk instead (the gazetteer's lists). */
static int gen_index(const char *dir, const char *file, uint32_t cls, int emit)
{
    char path[4096], line[65536];
    size_t n = 0;
    snprintf(path, sizeof path, "%s/%s", dir, file);
    FILE *f = fopen(path, "r");
    if (!f) {
        fprintf(stderr, "gen_morph: cannot open %s\n", path);
        return -1;
    }
    while (fgets(line, sizeof line, f)) {
        char w[1024];
        if (line[0] == ' ' || sscanf(line, "%1023s", w) != 1)
            continue; /* licence header lines start with a space */
        if (!plain_word(w))
            continue;
        n++;
        if (emit) {
            emit_word(w);
            continue;
        }
        lx_word *e = lx_get(w);
        if (!e) {
            fclose(f);
            fprintf(stderr, "gen_morph: out of memory\n");
            return -1;
        }
        e->value |= cls;
        e->is_key = 1;
    }
    fclose(f);
    return none_read(dir, file, n) ? -1 : 0;
}

/* An entry as a key of the tables: offset << 8 | length. */
static uint32_t lx_key(const lx_word *e)
{
    return (uint32_t)(e->off << 8 | e->len);
}

/* Writes morph_strings, morph_words, morph_exc_lemma and morph_irregular. */
static int emit_index(void)
{
    size_t off = 0, keys = 0;
    emit_chunk_open("morph_strings");
    for (size_t i = 0; i < lx_n; i++) {
        if (off >= (1u << 24)) { /* a key holds the offset in 24 bits */
            fprintf(stderr, "gen_morph: the words exceed 16 MB\n");
            return -1;
        }
        lx[i].off = off;
        off += lx[i].len + 1;
        keys += lx[i].is_key != 0;
        emit_word(lx[i].w);
    }
    emit_chunk_close("morph_strings");
    size_t cap = 64;
    while (keys * 2 > cap)
        cap *= 2;
    uint32_t *key = calloc(cap, sizeof *key), *val = calloc(cap, sizeof *val);
    if (!key || !val) {
        fprintf(stderr, "gen_morph: out of memory\n");
        return -1;
    }
    for (size_t i = 0; i < lx_n; i++) {
        if (!lx[i].is_key)
            continue;
        size_t j = (size_t)tac_hash_bytes(lx[i].w, lx[i].len) & (cap - 1);
        while (key[j])
            j = (j + 1) & (cap - 1);
        key[j] = lx_key(&lx[i]);
        val[j] = lx[i].value;
    }
    printf("typedef struct morph_slot {\n    uint32_t key, value;\n} morph_slot;\n");
    printf("enum { morph_words_mask = %zu };\n", cap - 1);
    printf("static const morph_slot morph_words[%zu] = {\n", cap);
    for (size_t j = 0; j < cap; j++)
        printf("%s{%lu, %lu},%s", j % 8 ? "" : "    ", (unsigned long)key[j],
               (unsigned long)val[j], j % 8 == 7 ? "\n" : " ");
    printf("};\n");
    printf("enum { morph_exc_n = %zu };\n", exc_n);
    printf("static const uint32_t morph_exc_lemma[%zu] = {\n", exc_n + 1);
    for (size_t i = 0; i < exc_n; i++)
        printf("%s%lu,%s", i % 8 ? "" : "    ", (unsigned long)lx_key(&lx[exc_lemma[i]]),
               i % 8 == 7 ? "\n" : " ");
    printf("0};\n");
    printf("static const morph_slot morph_irregular[%zu] = {\n", exc_n + 1);
    for (size_t i = 0; i < exc_n; i++) {
        const lx_word *e = &lx[exc_form[i]];
        printf("    {%lu, %lu},\n", (unsigned long)lx_key(e), (unsigned long)e->value);
    }
    printf("    {0, 0}};\n");
    free(key);
    free(val);
    return 0;
}

/* ---- proper nouns ------------------------------------------------------
 * A small open-addressing set over the folded words of data.noun, with
 * bits: 1 written with a capital, 2 written in lower case, 4 a person
 * (lexicographer file 18, noun.person). Words keep first-seen order. */
#define PN_CAP 1
#define PN_LOWER 2
#define PN_PERSON 4

static char **pn_word;
static unsigned char *pn_bits;
static size_t pn_n;
static str_index pn_index;

static const char *pn_str(size_t i)
{
    return pn_word[i];
}

static int pn_add(const char *w, unsigned bits)
{
    size_t old_mask = pn_index.mask;
    if (str_index_fit(&pn_index, pn_n, pn_str) < 0)
        return -1;
    if (pn_index.mask != old_mask) { /* the lists as large as the index */
        char **nw = realloc(pn_word, (pn_index.mask + 1) * sizeof *nw);
        if (nw)
            pn_word = nw;
        unsigned char *nb = realloc(pn_bits, pn_index.mask + 1);
        if (nb)
            pn_bits = nb;
        if (!nw || !nb)
            return -1;
    }
    size_t *slot = str_index_slot(&pn_index, w, pn_str);
    if (*slot) {
        pn_bits[*slot - 1] |= (unsigned char)bits;
        return 0;
    }
    pn_word[pn_n] = strdup(w);
    if (!pn_word[pn_n])
        return -1;
    pn_bits[pn_n] = (unsigned char)bits;
    *slot = ++pn_n;
    return 0;
}

static int gen_proper(const char *dir)
{
    char path[4096], line[65536];
    snprintf(path, sizeof path, "%s/data.noun", dir);
    FILE *f = fopen(path, "r");
    if (!f) {
        fprintf(stderr, "gen_morph: cannot open %s\n", path);
        return -1;
    }
    while (fgets(line, sizeof line, f)) {
        if (line[0] == ' ')
            continue;
        char *save = NULL;
        char *off = strtok_r(line, " ", &save);
        char *lexfile = strtok_r(NULL, " ", &save);
        char *pos = strtok_r(NULL, " ", &save);
        char *cnt = strtok_r(NULL, " ", &save);
        if (!off || !lexfile || !pos || !cnt)
            continue;
        long n = strtol(cnt, NULL, 16);
        int person = atoi(lexfile) == 18;
        for (long k = 0; k < n; k++) {
            char *w = strtok_r(NULL, " ", &save);
            if (!w || !strtok_r(NULL, " ", &save))
                break;
            if (!plain_word(w))
                continue;
            unsigned bits = (w[0] >= 'A' && w[0] <= 'Z') ? PN_CAP : PN_LOWER;
            if (person)
                bits |= PN_PERSON;
            char low[1024];
            size_t i = 0;
            for (; w[i] && i + 1 < sizeof low; i++)
                low[i] = (w[i] >= 'A' && w[i] <= 'Z') ? (char)(w[i] - 'A' + 'a') : w[i];
            low[i] = 0;
            if (pn_add(low, bits) < 0) {
                fclose(f);
                return -1;
            }
        }
    }
    fclose(f);
    for (size_t i = 0; i < pn_n; i++)
        if (pn_bits[i] == PN_CAP)
            emit_word(pn_word[i]);
    return 0;
}

int main(int argc, char **argv)
{
    if (argc != 2) {
        fprintf(stderr, "usage: gen_morph WORDNET_DIR > morph_tables.inc\n");
        return 2;
    }
    const char *dir = argv[1];
    printf("/* morph_tables.inc -- generated by tools/gen_morph.c from the WordNet\n"
           " * database (Debian package wordnet-base); do not edit. */\n");
    printf("#if defined(__GNUC__)\n#pragma GCC diagnostic push\n"
           "#pragma GCC diagnostic ignored \"-Woverlength-strings\"\n#endif\n");
    /* base forms first, then the exceptions, as src/morph.c reads them */
    if (gen_index(dir, "index.verb", 1, 0) || gen_index(dir, "index.noun", 2, 0) ||
        gen_exc(dir, "verb.exc") || gen_exc(dir, "noun.exc") || emit_index())
        return 1;
    emit_chunk_open("morph_adjadv");
    if (gen_index(dir, "index.adj", 0, 1) || gen_index(dir, "index.adv", 0, 1))
        return 1;
    emit_chunk_close("morph_adjadv");
    emit_chunk_open("morph_proper");
    if (gen_proper(dir))
        return 1;
    emit_chunk_close("morph_proper");
    printf("#if defined(__GNUC__)\n#pragma GCC diagnostic pop\n#endif\n");
    return ferror(stdout) ? 1 : 0;
}
