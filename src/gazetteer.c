/* gazetteer.c -- place names from a GeoNames download; see gazetteer.h and
 * docs/dictionaries.md ("GeoNames gazetteer").
 *
 * Three files of the standard GeoNames dump are read (tab-separated UTF-8):
 *   citiesN.txt        19 columns: name, asciiname, alternatenames (col 1-3),
 *                      country ISO-2 (col 8), admin1 code (col 10),
 *                      population (col 14)
 *   countryInfo.txt    ISO-2 -> ISO-3 (required: tacitus codes are ISO-3)
 *   admin1CodesASCII.txt  "CC.code  name  asciiname  geonameid" (optional)
 *
 * Loading is two steps. First every acceptable spelling is folded and
 * gathered in one table, which keeps for each name its two most populous
 * countries (a country's figure is its most populous place of that name;
 * a province's is the sum of its cities):
 *
 *   "tripoli" -> LBY 1,150,989 | LBN 229,398    (5.0x: Libya's)
 *   "hyderabad" -> IND 3,597,816 | PAK 1,386,330 (2.6x: dropped)
 *
 * Then each name is tested once, in file order, and the survivors go to
 * the dictionary's actor trie through tac_dict_add_place. A wrong country
 * is worse than none, so a name is left out when
 *   - it is not Latin script, has a digit, fewer than 3 letters, is all
 *     capitals (codes: "ALV", "NYC") or, as an alternate name, starts with
 *     a lower-case letter (romanisations of other scripts: "wrsan");
 *   - places of two countries share it and the first is not at least
 *     GAZ_RATIO times the second;
 *   - it already is a phrase of the dictionaries (any kind), a single word
 *     starting an event pattern or marker, a single word that is a
 *     person's short name or a word of a person entry ("Nigel"), or a
 *     single word within one edit of a country word ("Columbia");
 *   - it is a single word of under 4 letters ("Ico"), or a single word
 *     only alternate names give (other languages' names: "Mobil" for
 *     Mobile, "Nederland");
 *   - it is a common English word, or every word of it is one ("Nice",
 *     "Police", "Mountain View"): a marker word of the dictionaries
 *     ("of"), a WordNet adjective or adverb, or a WordNet noun or verb
 *     unless WordNet writes it only as a capitalised non-person noun
 *     ("Boston" passes; "Jackson", also a president, does not);
 *   - its country is not one the dictionaries know.
 *
 * Memory: the files are read whole (at most 256 MiB each, as dictionary
 * files), a line over GAZ_MAX_LINE is rejected, a line gives at most
 * GAZ_MAX_NAMES names; everything is freed before returning except the
 * added phrases, which live in the dictionary as the shipped ones do. */
#include "gazetteer.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "alloc.h"
#include "morph.h"
#include "token.h"
#include "utf8.h"

#define GAZ_RATIO 3            /* the most populous country wins at 3x the next */
#define GAZ_MAX_LINE (1u << 20)
#define GAZ_MAX_NAMES 2000     /* names taken from one line */
#define GAZ_MAX_NAME 100       /* bytes */
#define GAZ_MAX_WORDS 24       /* as a dictionary phrase */
/* the marker flags of lexicon.h: a word some `marker` line names */
#define GAZ_MARKER_FLAGS ((1u << 25) - 1)

typedef struct gname {
    const char *text; /* first spelling seen, in a file buffer */
    uint32_t len;
    uint32_t line;
    const char *file;
    uint16_t c1, c2;  /* country index + 1 of the two most populous, 0 = none */
    uint8_t main;     /* some place has it as its name or asciiname */
    uint64_t p1, p2;
} gname;

typedef struct gaz {
    tac_dict *d;
    tac_diag_fn diag;
    void *user;
    const char *file; /* path in messages (in d's arena) */
    size_t line;
    int oom;
    tac_arena arena;  /* folded keys, codes */
    tac_strmap names; /* folded name -> index into v */
    gname *v;
    size_t n, cap;
    tac_strmap iso2;  /* "FR" -> index into iso3 */
    char (*iso3)[4];
    size_t n_c, cap_c;
    tac_strmap adm;   /* "FR.11" -> index into adm_pop */
    uint64_t *adm_pop;
    size_t n_adm, cap_adm;
    tac_strmap adjadv, proper; /* WordNet lists (morph.h) */
    tac_u64map people;         /* word ids naming people */
    tac_arena scratch;
    tac_toks toks;
} gaz;

static void bad_line(gaz *g, const char *what, const char *arg)
{
    char msg[300];
    snprintf(msg, sizeof msg, "%s%s%s%s", what, arg ? " '" : "", arg ? arg : "", arg ? "'" : "");
    g->d->stats.errors++;
    if (g->diag)
        g->diag(g->user, g->file, g->line, msg);
}

/* ---- small parsers ------------------------------------------------- */

static int all_digits(const char *s, size_t n)
{
    if (!n)
        return 0;
    for (size_t i = 0; i < n; i++)
        if (s[i] < '0' || s[i] > '9')
            return 0;
    return 1;
}

/* A decimal degree: optional sign, digits, optional '.' and digits. */
static int is_degree(const char *s, size_t n)
{
    size_t i = 0, dig = 0;
    if (i < n && (s[i] == '-' || s[i] == '+'))
        i++;
    for (; i < n && s[i] >= '0' && s[i] <= '9'; i++)
        dig++;
    if (i < n && s[i] == '.')
        for (i++; i < n && s[i] >= '0' && s[i] <= '9'; i++)
            dig++;
    return i == n && dig > 0 && dig < 20;
}

/* Splits s[0..n) at tabs into at most max columns; returns the column
 * count (max + 1 when there are more). */
static size_t split_tabs(const char *s, size_t n, const char **col, size_t *len, size_t max)
{
    size_t k = 0, st = 0;
    for (size_t i = 0; i <= n; i++) {
        if (i < n && s[i] != '\t')
            continue;
        if (k == max)
            return max + 1;
        col[k] = s + st;
        len[k] = i - st;
        k++;
        st = i + 1;
    }
    return k;
}

static void put_code(char *out, const char *s, size_t n)
{
    snprintf(out, 16, "%.*s", (int)(n < 12 ? n : 12), s);
}

static int is_upper_code(const char *s, size_t n, size_t want)
{
    if (n != want)
        return 0;
    for (size_t i = 0; i < n; i++)
        if (s[i] < 'A' || s[i] > 'Z')
            return 0;
    return 1;
}

/* ---- names --------------------------------------------------------- */

/* Whether s[0..n) has the form of a place name: Latin letters (with
 * their accents), spaces, hyphens, apostrophes and dots only; at least 3
 * letters; not all capitals. Needs valid UTF-8. */
static int name_form(const char *s, size_t n)
{
    size_t letters = 0, lower = 0;
    for (size_t i = 0; i < n;) {
        int32_t cp;
        size_t k = tac_utf8_decode(s + i, n - i, &cp);
        if (!k)
            return 0;
        i += k;
        if ((cp >= 'a' && cp <= 'z') || (cp >= 0xDF && cp <= 0xFF && cp != 0xF7)) {
            letters++, lower++;
        } else if ((cp >= 'A' && cp <= 'Z') || (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7)) {
            letters++;
        } else if ((cp >= 0x100 && cp <= 0x24F) || (cp >= 0x1E00 && cp <= 0x1EFF)) {
            /* Latin Extended: case by parity is wrong for a few letters, so
             * count them as lower case (they are rare in codes) */
            letters++, lower++;
        } else if (cp >= 0x300 && cp <= 0x36F) {
            /* a combining accent */
        } else if (cp == ' ' || cp == '-' || cp == '\'' || cp == '.' || cp == 0x2019 ||
                   cp == 0x2018 || cp == 0x2BC) {
            /* separators inside names */
        } else {
            return 0; /* digits, other scripts, brackets, commas, controls */
        }
    }
    return letters >= 3 && lower > 0;
}

/* Records that a place of country index ci with population pop is called
 * s[0..n); alt: an alternate name, which must start with a capital. */
static void add_name(gaz *g, const char *s, size_t n, int alt, size_t ci, uint64_t pop)
{
    while (n && s[0] == ' ')
        s++, n--;
    while (n && s[n - 1] == ' ')
        n--;
    if (n < 3 || n > GAZ_MAX_NAME || !name_form(s, n))
        return;
    if (alt && !tac_utf8_is_upper(s, n))
        return;
    char key[4 * GAZ_MAX_NAME + 8];
    size_t kl = tac_utf8_fold(s, n, key, sizeof key);
    if (kl == (size_t)-1 || kl == 0)
        return;
    uint32_t idx;
    if (!tac_strmap_get(&g->names, key, kl, &idx)) {
        /* the grown block is kept even when the key fails: tac_dict_grow
         * may have moved (and freed) the old one */
        gname *grown = tac_dict_grow(g->v, &g->cap, g->n, sizeof *g->v);
        if (grown)
            g->v = grown;
        char *k = grown ? tac_arena_strndup(&g->arena, key, kl) : NULL;
        if (!k) {
            g->oom = 1;
            return;
        }
        idx = (uint32_t)g->n;
        if (tac_strmap_put(&g->names, k, kl, idx, NULL) < 0) {
            g->oom = 1;
            return;
        }
        gname *e = &g->v[g->n++];
        memset(e, 0, sizeof *e);
        e->text = s;
        e->len = (uint32_t)n;
        e->file = g->file;
        e->line = (uint32_t)g->line;
    }
    if (!alt)
        g->v[idx].main = 1;
    /* the two most populous countries, each at its most populous place:
     * exact, as a country's figure only grows */
    gname *e = &g->v[idx];
    uint16_t c = (uint16_t)(ci + 1);
    if (c == e->c1) {
        if (pop > e->p1)
            e->p1 = pop;
    } else if (c == e->c2) {
        if (pop > e->p2)
            e->p2 = pop;
        if (e->p2 > e->p1) {
            uint16_t tc = e->c1;
            uint64_t tp = e->p1;
            e->c1 = e->c2, e->p1 = e->p2;
            e->c2 = tc, e->p2 = tp;
        }
    } else if (!e->c1 || pop > e->p1) {
        e->c2 = e->c1, e->p2 = e->p1;
        e->c1 = c, e->p1 = pop;
    } else if (!e->c2 || pop > e->p2) {
        e->c2 = c, e->p2 = pop;
    }
}

/* ---- files --------------------------------------------------------- */

typedef void (*line_fn)(gaz *g, const char *s, size_t n);

static void each_line(gaz *g, const char *buf, size_t len, line_fn fn)
{
    size_t i = 0;
    g->line = 0;
    if (len >= 3 && memcmp(buf, "\xEF\xBB\xBF", 3) == 0)
        i = 3;
    while (i < len && !g->oom) {
        size_t st = i;
        const char *nl = memchr(buf + i, '\n', len - i);
        i = nl ? (size_t)(nl - buf) : len;
        size_t n = i - st;
        g->line++;
        i++;
        if (n && buf[st + n - 1] == '\r')
            n--;
        if (n == 0)
            continue;
        if (n > GAZ_MAX_LINE)
            bad_line(g, "line longer than 1 MiB", NULL);
        else if (!tac_utf8_valid(buf + st, n))
            bad_line(g, "invalid UTF-8 or NUL byte", NULL);
        else
            fn(g, buf + st, n);
    }
}

static void country_line(gaz *g, const char *s, size_t n)
{
    if (s[0] == '#')
        return;
    const char *col[20];
    size_t len[20];
    size_t k = split_tabs(s, n, col, len, 19);
    if (k < 2 || !is_upper_code(col[0], len[0], 2) || !is_upper_code(col[1], len[1], 3)) {
        bad_line(g, "want ISO-2 and ISO-3 country codes in the first two columns", NULL);
        return;
    }
    char (*grown)[4] = tac_dict_grow(g->iso3, &g->cap_c, g->n_c, sizeof *g->iso3);
    if (grown)
        g->iso3 = grown;
    char *key = grown ? tac_arena_strndup(&g->arena, col[0], 2) : NULL;
    if (!key) {
        g->oom = 1;
        return;
    }
    int r = tac_strmap_put(&g->iso2, key, 2, (uint32_t)g->n_c, NULL);
    if (r < 0) {
        g->oom = 1;
        return;
    }
    if (r == 0) {
        char c[16];
        put_code(c, col[0], len[0]);
        bad_line(g, "country code given twice:", c);
        return;
    }
    memcpy(g->iso3[g->n_c], col[1], 3);
    g->iso3[g->n_c][3] = 0;
    g->n_c++;
}

/* The index of a province key "CC.code" (added if new), or -1. */
static long adm_index(gaz *g, const char *key, size_t kl)
{
    uint32_t v;
    if (tac_strmap_get(&g->adm, key, kl, &v))
        return v;
    uint64_t *grown = tac_dict_grow(g->adm_pop, &g->cap_adm, g->n_adm, sizeof *g->adm_pop);
    if (grown)
        g->adm_pop = grown;
    char *k = grown ? tac_arena_strndup(&g->arena, key, kl) : NULL;
    if (!k) {
        g->oom = 1;
        return -1;
    }
    if (tac_strmap_put(&g->adm, k, kl, (uint32_t)g->n_adm, NULL) < 0) {
        g->oom = 1;
        return -1;
    }
    g->adm_pop[g->n_adm] = 0;
    return (long)g->n_adm++;
}

static void city_line(gaz *g, const char *s, size_t n)
{
    const char *col[20];
    size_t len[20];
    size_t k = split_tabs(s, n, col, len, 19);
    if (k != 19) {
        char msg[64];
        snprintf(msg, sizeof msg, "want 19 tab-separated columns, found %s%zu",
                 k > 19 ? "over " : "", k > 19 ? (size_t)19 : k);
        bad_line(g, msg, NULL);
        return;
    }
    if (!all_digits(col[0], len[0]) || !is_degree(col[4], len[4]) ||
        !is_degree(col[5], len[5]) || (len[14] && !all_digits(col[14], len[14])) ||
        len[14] > 15) {
        bad_line(g, "bad number (geonameid, latitude, longitude or population)", NULL);
        return;
    }
    uint32_t ci;
    if (len[8] != 2 || !tac_strmap_get(&g->iso2, col[8], 2, &ci)) {
        char c[16];
        put_code(c, col[8], len[8]);
        bad_line(g, "unknown country code", c);
        return;
    }
    uint64_t pop = 0;
    for (size_t i = 0; i < len[14]; i++)
        pop = pop * 10 + (uint64_t)(col[14][i] - '0');
    if (len[10] && len[10] <= 20) {
        char key[32];
        int kl = snprintf(key, sizeof key, "%.2s.%.*s", col[8], (int)len[10], col[10]);
        long a = adm_index(g, key, (size_t)kl);
        /* saturating: 18,447 cities of 15 digits would wrap the sum */
        if (a >= 0)
            g->adm_pop[a] = g->adm_pop[a] > UINT64_MAX - pop ? UINT64_MAX : g->adm_pop[a] + pop;
    }
    add_name(g, col[1], len[1], 0, ci, pop);
    add_name(g, col[2], len[2], 0, ci, pop);
    size_t taken = 0;
    for (size_t i = 0, st = 0; i <= len[3] && taken < GAZ_MAX_NAMES && !g->oom; i++) {
        if (i < len[3] && col[3][i] != ',')
            continue;
        add_name(g, col[3] + st, i - st, 1, ci, pop);
        taken++;
        st = i + 1;
    }
}

static void admin1_line(gaz *g, const char *s, size_t n)
{
    const char *col[5];
    size_t len[5];
    size_t k = split_tabs(s, n, col, len, 4);
    if (k != 4) {
        bad_line(g, "want 4 tab-separated columns (CC.code, name, asciiname, geonameid)", NULL);
        return;
    }
    uint32_t ci;
    if (len[0] < 4 || col[0][2] != '.' || !tac_strmap_get(&g->iso2, col[0], 2, &ci)) {
        char c[16];
        put_code(c, col[0], len[0]);
        bad_line(g, "unknown country code", c);
        return;
    }
    if (!all_digits(col[3], len[3])) {
        bad_line(g, "bad number (geonameid)", NULL);
        return;
    }
    uint32_t a;
    uint64_t pop = tac_strmap_get(&g->adm, col[0], len[0], &a) ? g->adm_pop[a] : 0;
    add_name(g, col[1], len[1], 0, ci, pop);
    add_name(g, col[2], len[2], 0, ci, pop);
}

/* Reads dir/name (or path itself when name is NULL); NULL if missing
 * (*err set) and the message path in *shown (in d's arena). */
static char *read_geo(gaz *g, const char *dir, const char *name, size_t *len, int *err,
                      const char **shown)
{
    char path[4096];
    int pl = name ? snprintf(path, sizeof path, "%s/%s", dir, name)
                  : snprintf(path, sizeof path, "%s", dir);
    if (pl < 0 || (size_t)pl >= sizeof path) {
        *shown = dir;
        *err = ENAMETOOLONG;
        return NULL;
    }
    *shown = tac_arena_strndup(&g->d->arena, path, strlen(path));
    if (!*shown) {
        *err = ENOMEM;
        return NULL;
    }
    return tac_dict_read_file(path, len, err);
}

/* ---- the tests on a whole name -------------------------------------- */

enum { GAZ_OK, GAZ_KNOWN, GAZ_COMMON, GAZ_OTHER };

static int index_list(tac_strmap *m, const char *blob)
{
    for (const char *p = blob; *p; p += strlen(p) + 1)
        if (tac_strmap_put(m, p, strlen(p), 1, NULL) < 0)
            return -1;
    return 0;
}

/* Word ids of people: each person's short name and every word of each
 * person phrase ("Hassan" of "Hassan Rouhani"). */
static int index_people(gaz *g)
{
    tac_dict *d = g->d;
    for (size_t i = 0; i < d->n_aent; i++) {
        const tac_aentry *a = &d->aent[i];
        if (a->kind != TAC_AK_PERSON)
            continue;
        if (a->short_word && tac_u64map_put(&g->people, a->short_word, 1, NULL) < 0)
            return -1;
        if (!a->phrase)
            continue;
        g->toks.n = 0;
        tac_arena_reset(&g->scratch);
        if (tac_token_split(a->phrase, strlen(a->phrase), 0, &g->scratch, tac_lexicon_is_abbrev,
                            &d->lex, 0, &g->toks, NULL) < 0)
            return -1;
        for (size_t k = 0; k < g->toks.n; k++) {
            const tac_tok *t = &g->toks.v[k];
            uint32_t w, lem, fl;
            if (!(t->flags & TAC_TOK_WORD) || t->norm_len < 3)
                continue;
            tac_lexicon_lookup(&d->lex, t->norm, t->norm_len, &w, &lem, &fl);
            if (w && tac_u64map_put(&g->people, w, 1, NULL) < 0)
                return -1;
        }
    }
    return 0;
}

/* Whether folded word w is a common English word (see the file comment). */
static int common_word(gaz *g, const char *w, size_t n, uint32_t lexflags)
{
    if (lexflags & GAZ_MARKER_FLAGS)
        return 1;
    uint32_t v;
    if (tac_strmap_get(&g->adjadv, w, n, &v))
        return 1;
    char buf[256];
    const char *lemma;
    uint32_t cls = 0;
    size_t ll = tac_morph_lemma(&g->d->lex.morph, w, n, buf, sizeof buf, &lemma, &cls);
    /* matching is by lemma, so the lemma is tested too: "Fars" is read as
     * "far" ("so far") */
    if (ll != n || memcmp(lemma, w, n) != 0) {
        uint32_t lw, llem, lfl;
        if (tac_strmap_get(&g->adjadv, lemma, ll, &v))
            return 1;
        tac_lexicon_lookup(&g->d->lex, lemma, ll, &lw, &llem, &lfl);
        if (lfl & GAZ_MARKER_FLAGS)
            return 1;
    }
    if (!(cls & (TAC_MORPH_VERB | TAC_MORPH_NOUN)))
        return 0;
    return cls & TAC_MORPH_VERB || !tac_strmap_get(&g->proper, lemma, ll, &v);
}

/* Code points of w[0..n) that are not '.', '-' or an apostrophe. */
static size_t letters(const char *w, size_t n)
{
    size_t k = 0;
    for (size_t i = 0; i < n; i++)
        if (((unsigned char)w[i] & 0xC0) != 0x80 && w[i] != '.' && w[i] != '-' && w[i] != '\'')
            k++;
    return k;
}

static int judge(gaz *g, const gname *e)
{
    tac_dict *d = g->d;
    g->toks.n = 0;
    tac_arena_reset(&g->scratch);
    if (tac_token_split(e->text, e->len, 0, &g->scratch, tac_lexicon_is_abbrev, &d->lex,
                        GAZ_MAX_WORDS + 1, &g->toks, NULL) < 0) {
        g->oom = 1;
        return GAZ_OTHER;
    }
    size_t nt = g->toks.n;
    if (nt == 0 || nt > GAZ_MAX_WORDS)
        return GAZ_OTHER;
    uint32_t node = 0;
    int known_path = 1;
    size_t words = 0, common = 0;
    uint32_t first_word = 0, first_lemma = 0;
    for (size_t i = 0; i < nt; i++) {
        const tac_tok *t = &g->toks.v[i];
        uint32_t w, lem, fl;
        tac_lexicon_lookup(&d->lex, t->norm, t->norm_len, &w, &lem, &fl);
        if (i == 0)
            first_word = w, first_lemma = lem;
        /* the items compile_phrase would give: the lemma, or the word in
         * capitals for an acronym */
        uint32_t item = lem;
        if ((t->flags & TAC_TOK_UPPER) && w && (d->lex.w[w].flags || t->norm_len <= 2))
            item = TAC_ITEM_UPPER | w;
        if (known_path && item && (item & TAC_ITEM_ID_MASK))
            node = tac_trie_child(&d->actors, node, item);
        else
            node = 0;
        known_path = node != 0;
        if (t->flags & TAC_TOK_WORD) {
            words++;
            common += (size_t)common_word(g, t->norm, t->norm_len, fl);
        }
    }
    if (known_path && node && d->actors.first[node])
        return GAZ_KNOWN;
    {
        char key[512];
        uint32_t v;
        size_t kl = tac_dict_noplace_key(&g->toks, key, sizeof key);
        if (kl && tac_strmap_get(&d->noplace, key, kl, &v))
            return GAZ_KNOWN;
    }
    if (words == 1 && nt == 1) {
        uint32_t v;
        /* one word: a short name ("Ico") or another language's name for a
         * place ("Mobil", "Nederland") meets English text too often */
        if (!e->main || letters(g->toks.v[0].norm, g->toks.v[0].norm_len) < 4)
            return GAZ_OTHER;
        /* "Columbia" is how news misspells Colombia */
        if (tac_dict_near_country(d, g->toks.v[0].norm, g->toks.v[0].norm_len))
            return GAZ_KNOWN;
        if (first_lemma && (tac_trie_child(&d->patterns, 0, first_lemma) ||
                            tac_trie_child(&d->markers, 0, first_lemma)))
            return GAZ_KNOWN;
        if (first_word && tac_u64map_get(&g->people, first_word, &v))
            return GAZ_KNOWN;
    }
    if (words == 0 || common == words)
        return GAZ_COMMON;
    return GAZ_OK;
}

/* ---- entry point ---------------------------------------------------- */

static int is_dir(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

static int is_file(const char *dir, const char *name)
{
    char path[4096];
    struct stat st;
    int n = snprintf(path, sizeof path, "%s/%s", dir, name);
    if (n < 0 || (size_t)n >= sizeof path)
        return 0;
    return stat(path, &st) == 0 && S_ISREG(st.st_mode);
}

tac_status tac_gazetteer_load(tac_dict *d, const char *path, tac_diag_fn diag, void *user)
{
    static const char *const cities[] = {"cities500.txt", "cities1000.txt", "cities5000.txt",
                                         "cities15000.txt"};
    gaz g;
    memset(&g, 0, sizeof g);
    g.d = d;
    g.diag = diag;
    g.user = user;
    tac_arena_init(&g.arena, 64 * 1024);
    tac_arena_init(&g.scratch, 4096);
    tac_strmap_init(&g.names);
    tac_strmap_init(&g.iso2);
    tac_strmap_init(&g.adm);
    tac_strmap_init(&g.adjadv);
    tac_strmap_init(&g.proper);
    tac_u64map_init(&g.people);
    char dir[4096];
    const char *cities_name = NULL;
    if (is_dir(path)) {
        snprintf(dir, sizeof dir, "%s", path);
        for (size_t i = 0; i < sizeof cities / sizeof cities[0] && !cities_name; i++)
            if (is_file(dir, cities[i]))
                cities_name = cities[i];
    } else {
        snprintf(dir, sizeof dir, "%s", path);
        char *slash = strrchr(dir, '/');
        if (slash)
            *slash = 0;
        else
            snprintf(dir, sizeof dir, ".");
    }
    char *cbuf = NULL, *ibuf = NULL, *abuf = NULL;
    size_t clen = 0, ilen = 0, alen = 0;
    int err = 0;
    tac_status st = TAC_OK;
    const char *shown = path;
    struct stat sb;
    if (stat(path, &sb) != 0) {
        if (diag)
            diag(user, path, 0, strerror(errno));
        st = TAC_EIO;
        goto done;
    }
    if (is_dir(path) && !cities_name) {
        if (diag)
            diag(user, path, 0, "no cities500/1000/5000/15000.txt in the gazetteer folder");
        st = TAC_EIO;
        goto done;
    }
    ibuf = read_geo(&g, dir, "countryInfo.txt", &ilen, &err, &shown);
    if (!ibuf)
        goto fail_read;
    g.file = shown;
    each_line(&g, ibuf, ilen, country_line);
    cbuf = read_geo(&g, cities_name ? dir : path, cities_name, &clen, &err, &shown);
    if (!cbuf)
        goto fail_read;
    g.file = shown;
    each_line(&g, cbuf, clen, city_line);
    if (is_file(dir, "admin1CodesASCII.txt")) {
        abuf = read_geo(&g, dir, "admin1CodesASCII.txt", &alen, &err, &shown);
        if (!abuf)
            goto fail_read;
        g.file = shown;
        each_line(&g, abuf, alen, admin1_line);
    }
    if (g.oom)
        goto oom;
    {
        const char *adjadv, *proper;
        tac_morph_word_lists(&adjadv, &proper);
        if (index_list(&g.adjadv, adjadv) < 0 || index_list(&g.proper, proper) < 0 ||
            index_people(&g) < 0)
            goto oom;
    }
    for (size_t i = 0; i < g.n && !g.oom; i++) {
        const gname *e = &g.v[i];
        const char *iso3 = g.iso3[e->c1 - 1];
        /* p1 >= GAZ_RATIO * p2, without the product (a province's sum
         * may be near UINT64_MAX) */
        if (e->c2 && !(e->p1 > 0 && e->p2 <= e->p1 / GAZ_RATIO)) {
            d->stats.gaz_ambiguous++;
            continue;
        }
        if (!tac_dict_is_country(d, iso3, 3)) {
            d->stats.gaz_other++;
            continue;
        }
        int verdict = judge(&g, e);
        if (verdict == GAZ_OK) {
            int r = tac_dict_add_place(d, e->text, e->len, iso3, e->file, e->line);
            if (r < 0)
                goto oom;
            verdict = r ? GAZ_OK : GAZ_KNOWN;
        }
        switch (verdict) {
        case GAZ_OK: d->stats.gaz_places++; break;
        case GAZ_KNOWN: d->stats.gaz_known++; break;
        case GAZ_COMMON: d->stats.gaz_common++; break;
        default: d->stats.gaz_other++; break;
        }
    }
    if (g.oom)
        goto oom;
    d->stats.gaz_skipped = d->stats.gaz_known + d->stats.gaz_common + d->stats.gaz_ambiguous +
                           d->stats.gaz_other;
    goto done;
fail_read:
    if (err == ENOMEM)
        goto oom;
    if (diag)
        diag(user, shown, 0, err == EFBIG ? "file larger than 256 MiB"
                             : err == EINVAL ? "not a regular file" : strerror(err));
    st = TAC_EIO;
    goto done;
oom:
    st = TAC_ENOMEM;
done:
    tac_free(cbuf);
    tac_free(ibuf);
    tac_free(abuf);
    tac_free(g.v);
    tac_free(g.iso3);
    tac_free(g.adm_pop);
    tac_strmap_fini(&g.names);
    tac_strmap_fini(&g.iso2);
    tac_strmap_fini(&g.adm);
    tac_strmap_fini(&g.adjadv);
    tac_strmap_fini(&g.proper);
    tac_u64map_fini(&g.people);
    tac_toks_fini(&g.toks);
    tac_arena_fini(&g.scratch);
    tac_arena_fini(&g.arena);
    return st;
}
