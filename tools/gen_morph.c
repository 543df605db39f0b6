/* gen_morph.c -- generates the lemma tables (morph_tables.inc) from WordNet.
 *
 * Usage: gen_morph WORDNET_DIR > morph_tables.inc
 *
 * Reads WordNet's verb.exc, noun.exc (irregular forms) and index.verb,
 * index.noun (base forms) and writes three NUL-separated string blobs that
 * src/morph.c indexes at dictionary load. Only single words are kept
 * (WordNet joins multi-word lemmas with '_'). The output is deterministic:
 * the same WordNet files give the same bytes.
 *
 * Two more lists serve the GeoNames gazetteer's common-word test
 * (src/gazetteer.c), which indexes them only when a gazetteer is loaded:
 * morph_adjadv, the base forms of index.adj and index.adv ("nice",
 * "mobile"), and morph_proper, the nouns data.noun writes only with a
 * capital and never for a person ("Boston" but not "Jackson", which is
 * also a president, nor "Bath", which is also a tub). */
#define _POSIX_C_SOURCE 200809L
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int plain_word(const char *w)
{
    if (!*w)
        return 0;
    for (const char *p = w; *p; p++)
        if (*p == '_' || (unsigned char)*p < 0x21 || *p == '"' || *p == '\\')
            return 0;
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

static int gen_exc(const char *dir, const char *file)
{
    char path[4096], line[4096];
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
        emit_word(form);
        emit_word(lemma);
    }
    fclose(f);
    return 0;
}

static int gen_index(const char *dir, const char *file)
{
    char path[4096], line[65536];
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
        if (plain_word(w))
            emit_word(w);
    }
    fclose(f);
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
static size_t *pn_slot, pn_n, pn_mask;

static size_t pn_hash(const char *w)
{
    size_t h = 1469598103934665603u;
    for (; *w; w++)
        h = (h ^ (unsigned char)*w) * 1099511628211u;
    return h;
}

static int pn_add(const char *w, unsigned bits)
{
    if (pn_n * 2 >= pn_mask) {
        size_t nm = pn_mask ? pn_mask * 2 + 1 : 65535;
        size_t *ns = calloc(nm + 1, sizeof *ns);
        if (!ns)
            return -1;
        for (size_t i = 0; pn_slot && i <= pn_mask; i++) {
            if (!pn_slot[i])
                continue;
            size_t j = pn_hash(pn_word[pn_slot[i] - 1]) & nm;
            while (ns[j])
                j = (j + 1) & nm;
            ns[j] = pn_slot[i];
        }
        free(pn_slot);
        pn_slot = ns;
        pn_mask = nm;
        pn_word = realloc(pn_word, (nm + 1) * sizeof *pn_word);
        pn_bits = realloc(pn_bits, nm + 1);
        if (!pn_word || !pn_bits)
            return -1;
    }
    size_t j = pn_hash(w) & pn_mask;
    while (pn_slot[j]) {
        if (!strcmp(pn_word[pn_slot[j] - 1], w)) {
            pn_bits[pn_slot[j] - 1] |= (unsigned char)bits;
            return 0;
        }
        j = (j + 1) & pn_mask;
    }
    pn_word[pn_n] = strdup(w);
    if (!pn_word[pn_n])
        return -1;
    pn_bits[pn_n] = (unsigned char)bits;
    pn_slot[j] = ++pn_n;
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
    emit_chunk_open("morph_exc");
    if (gen_exc(dir, "verb.exc") || gen_exc(dir, "noun.exc"))
        return 1;
    emit_chunk_close("morph_exc");
    emit_chunk_open("morph_verbs");
    if (gen_index(dir, "index.verb"))
        return 1;
    emit_chunk_close("morph_verbs");
    emit_chunk_open("morph_nouns");
    if (gen_index(dir, "index.noun"))
        return 1;
    emit_chunk_close("morph_nouns");
    emit_chunk_open("morph_adjadv");
    if (gen_index(dir, "index.adj") || gen_index(dir, "index.adv"))
        return 1;
    emit_chunk_close("morph_adjadv");
    emit_chunk_open("morph_proper");
    if (gen_proper(dir))
        return 1;
    emit_chunk_close("morph_proper");
    printf("#if defined(__GNUC__)\n#pragma GCC diagnostic pop\n#endif\n");
    return ferror(stdout) ? 1 : 0;
}
