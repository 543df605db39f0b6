/* dict.c -- loading and compiling a dictionary set; see dict.h and
 * docs/dictionaries.md for the format.
 *
 * Loading is two passes over the files (sorted by name): pass 1 reads
 * `cameo`, `marker`, `modal`, `spelling` and `compound` lines, which the
 * other kinds depend on
 * (abbreviations for tokenising phrases, codes for validating patterns);
 * pass 2 reads everything else. Then the event patterns whose nouns have
 * a plural of their own get that plural too (expand_plurals: see "How a
 * word is read" in docs/dictionaries.md). Every bad line is reported as
 * file:line: reason and skipped; nothing else is lost. */
#include "dict.h"

#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "alloc.h"
#include "gazetteer.h"
#include "tabari.h"
#include "token.h"
#include "utf8.h"

#define MAX_LINE (64 * 1024)
#define MAX_ITEMS 24
#define MAX_FILE (256u * 1024 * 1024)

typedef struct loader {
    tac_dict *d;
    tac_diag_fn diag;
    void *user;
    const char *file; /* base name, in the dict arena */
    size_t line;
    int oom;
    int quiet_dup; /* gazetteer places: a phrase already there is no error */
    tac_toks toks;
    tac_arena scratch;
    /* base[i]: item i of the phrase compile_phrase gave last is a word
     * written in its base form ("credit", not "credited" or "crediting") */
    uint8_t base[MAX_ITEMS + 1];
    size_t n_event, n_other; /* pass 2's lines, counted in pass 1 */
    size_t event_bytes;      /* and the bytes of its event lines */
    /* event patterns with a noun whose plural may be a word of its own,
     * for expand_plurals: per pattern its index, the mask of such items,
     * its item count n and its n items, one after another */
    uint32_t *plural_pats;
    size_t n_plural_pats, cap_plural_pats;
} loader;

#if defined(__GNUC__)
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
#endif
static void report(loader *L, const char *fmt, const char *a, const char *b)
{
    char msg[512];
    snprintf(msg, sizeof msg, fmt, a ? a : "", b ? b : "");
    L->d->stats.errors++;
    if (L->diag)
        L->diag(L->user, L->file, L->line, msg);
}

/* ---- growable arrays ------------------------------------------------ */

void *tac_dict_grow(void *v, size_t *cap, size_t n, size_t size)
{
    if (n < *cap)
        return v;
    size_t nc = *cap ? *cap * 2 : 64;
    void *nv = tac_realloc(v, nc * size);
    if (nv)
        *cap = nc;
    return nv;
}


/* ---- tries ---------------------------------------------------------- */

static int trie_init(tac_trie *t)
{
    tac_u64map_init(&t->edges);
    t->cap = 256;
    t->first = tac_calloc(t->cap, sizeof *t->first);
    t->kinds = tac_calloc(t->cap, sizeof *t->kinds);
    t->n = 1; /* the root */
    t->root_items = NULL;
    t->n_root = t->cap_root = 0;
    t->pairs_on = 0;
    t->pairs = NULL;
    t->n_pairs = t->cap_pairs = 0;
    t->pair_bits = NULL;
    t->pair_shift = 0;
    return t->first && t->kinds ? 0 : -1;
}

static void trie_fini(tac_trie *t)
{
    tac_u64map_fini(&t->edges);
    tac_free(t->first);
    tac_free(t->kinds);
    tac_free(t->root_items);
    tac_free(t->pairs);
    tac_free(t->pair_bits);
    t->first = NULL;
    t->kinds = NULL;
    t->root_items = NULL;
    t->n_root = t->cap_root = 0;
    t->pairs = NULL;
    t->n_pairs = t->cap_pairs = 0;
    t->pair_bits = NULL;
}

/* The node reached by items[0..n), created as needed; 0 on OOM. */
static uint32_t trie_insert(tac_trie *t, const uint32_t *items, size_t n)
{
    return tac_dict_trie_insert(t, items, n);
}

uint32_t tac_dict_trie_insert(tac_trie *t, const uint32_t *items, size_t n)
{
    uint32_t node = 0;
    for (size_t i = 0; i < n; i++) {
        uint64_t key = ((uint64_t)node << 32) | items[i];
        uint32_t child;
        if (tac_u64map_get(&t->edges, key, &child)) {
            node = child;
            continue;
        }
        if (t->n == t->cap) {
            uint32_t *f = tac_realloc(t->first, t->cap * 2 * sizeof *f);
            if (!f)
                return 0;
            memset(f + t->cap, 0, t->cap * sizeof *f);
            t->first = f;
            unsigned char *k = tac_realloc(t->kinds, t->cap * 2 * sizeof *k);
            if (!k)
                return 0;
            memset(k + t->cap, 0, t->cap * sizeof *k);
            t->kinds = k;
            t->cap *= 2;
        }
        if (node == 0) {
            uint32_t *r = tac_dict_grow(t->root_items, &t->cap_root, t->n_root, sizeof *r);
            if (!r)
                return 0;
            t->root_items = r;
            r[t->n_root++] = items[i];
        }
        if (i == 1 && t->pairs_on) {
            /* a new second word: listed for the pair filter, or (a
             * phrase added after tac_dict_finish) set in it at once */
            uint32_t a = items[0] & TAC_ITEM_ID_MASK, b = items[1] & TAC_ITEM_ID_MASK;
            if (t->pair_bits) {
                uint64_t k = tac_trie_pair_bit(a, b, t->pair_shift);
                t->pair_bits[k >> 6] |= (uint64_t)1 << (k & 63);
            } else {
                uint64_t *p = tac_dict_grow(t->pairs, &t->cap_pairs, t->n_pairs, sizeof *p);
                if (!p)
                    return 0;
                t->pairs = p;
                p[t->n_pairs++] = (uint64_t)a << 32 | b;
            }
        }
        child = (uint32_t)t->n++;
        if (tac_u64map_put(&t->edges, key, child, NULL) < 0)
            return 0;
        t->kinds[node] |= (unsigned char)tac_trie_kind(items[i]);
        node = child;
    }
    return node;
}

/* ---- lines and fields ----------------------------------------------- */

static int is_space(char c)
{
    return c == ' ' || c == '\t' || c == '\r';
}

/* Next white-space separated field of s[*pos..len). */
static int next_field(const char *s, size_t len, size_t *pos, const char **f,
                      size_t *flen)
{
    size_t i = *pos;
    while (i < len && is_space(s[i]))
        i++;
    if (i >= len)
        return 0;
    size_t st = i;
    while (i < len && !is_space(s[i]))
        i++;
    *f = s + st;
    *flen = i - st;
    *pos = i;
    return 1;
}

static int field_is(const char *f, size_t n, const char *lit)
{
    return strlen(lit) == n && memcmp(f, lit, n) == 0;
}


/* What a phrase may hold besides words (compile_phrase's slots). */
enum {
    PHRASE_SLOTS = 1, /* + $ * slots (event patterns) */
    PHRASE_EXACT = 2, /* =word, a word as written (patterns and markers) */
    /* a person's name: its words are interned as names (no class given
     * to their lemmas), and a word whose lemma is another word is kept as
     * written ("Ines" must not make the preposition "in" start a name);
     * a `spelling` variant keeps its shared lemma ("Mohamed" finds
     * "Mohammed") */
    PHRASE_NAME = 4
};

/* Compiles one phrase into items; slots: what it may hold (PHRASE_*).
 * Returns the item count, 0 on error (reported), or -1 on OOM. */

static int compile_phrase(loader *L, const char *p, size_t len, int slots,
                          uint32_t *items, uint8_t *has_src, uint8_t *has_tgt)
{
    tac_dict *d = L->d;
    L->toks.n = 0;
    tac_arena_reset(&L->scratch);
    if (tac_token_split(p, len, 0, &L->scratch, tac_lexicon_is_abbrev, &d->lex, MAX_ITEMS + 1,
                        &L->toks, NULL) < 0)
        return -1;
    if (L->toks.n == 0) {
        report(L, "empty phrase", NULL, NULL);
        return 0;
    }
    if (L->toks.n > MAX_ITEMS) {
        report(L, "phrase longer than 24 words", NULL, NULL);
        return 0;
    }
    int n = 0, exact = 0;
    for (size_t i = 0; i < L->toks.n; i++) {
        const tac_tok *t = &L->toks.v[i];
        const char *w = t->norm;
        size_t wl = t->norm_len;
        /* "=word" in an actor phrase would make '=' a word of the phrase,
         * which no text holds */
        if (!(slots & PHRASE_EXACT) && wl == 1 && w[0] == '=' && (t->flags & TAC_TOK_PUNCT)) {
            report(L, "'=' (a word as written) is for event patterns, markers and agents only",
                   NULL, NULL);
            return 0;
        }
        if (!(slots & PHRASE_SLOTS) && wl == 1 && w[0] == '=' && (t->flags & TAC_TOK_PUNCT)) {
            exact = 1;
            continue;
        }
        if ((slots & PHRASE_SLOTS) && wl == 1 &&
            (w[0] == '+' || w[0] == '$' || w[0] == '*' || w[0] == '=')) {
            if (w[0] == '=') {
                exact = 1;
                continue;
            }
            if (n == 0) {
                report(L, "a pattern must start with a word", NULL, NULL);
                return 0;
            }
            if (exact) {
                report(L, "'=' must stand before a word", NULL, NULL);
                return 0;
            }
            L->base[n] = 0;
            items[n++] = w[0] == '+' ? TAC_ITEM_TARGET
                         : w[0] == '$' ? TAC_ITEM_SOURCE : TAC_ITEM_SKIP;
            if (w[0] == '+') {
                if (*has_tgt) {
                    report(L, "a pattern has at most one '+'", NULL, NULL);
                    return 0;
                }
                *has_tgt = 1;
            }
            if (w[0] == '$') {
                if (*has_src) {
                    report(L, "a pattern has at most one '$'", NULL, NULL);
                    return 0;
                }
                *has_src = 1;
            }
            continue;
        }
        uint32_t id = (slots & PHRASE_NAME) ? tac_lexicon_intern_name(&d->lex, w, wl)
                                            : tac_lexicon_intern(&d->lex, w, wl);
        if (!id)
            return -1;
        uint32_t item;
        if (exact || ((slots & PHRASE_NAME) && d->lex.w[id].lemma != id &&
                      !(d->lex.w[id].flags & TAC_LX_SPELLING))) {
            item = TAC_ITEM_EXACT | id;
            exact = 0;
        } else {
            item = d->lex.w[id].lemma;
            /* An acronym that is also a common word ("US", "WHO", "IS")
             * must be written in capitals in the text too. */
            if ((t->flags & TAC_TOK_UPPER) &&
                (d->lex.w[id].flags || wl <= 2))
                item = TAC_ITEM_UPPER | id;
        }
        if (id > TAC_ITEM_ID_MASK) {
            report(L, "vocabulary too large", NULL, NULL);
            return 0;
        }
        L->base[n] = d->lex.w[id].lemma == id;
        items[n++] = item;
    }
    if (exact) {
        report(L, "'=' must stand before a word", NULL, NULL);
        return 0;
    }
    return n;
}

/* Calls fn for each '|'-separated phrase of s[0..len). */
typedef int (*phrase_fn)(loader *L, const char *p, size_t len, void *ctx);

static int each_phrase(loader *L, const char *s, size_t len, phrase_fn fn,
                       void *ctx)
{
    size_t i = 0;
    int any = 0;
    while (i <= len) {
        size_t st = i;
        const char *bar = i < len ? memchr(s + i, '|', len - i) : NULL;
        i = bar ? (size_t)(bar - s) : len;
        size_t a = st, b = i;
        while (a < b && is_space(s[a]))
            a++;
        while (b > a && is_space(s[b - 1]))
            b--;
        if (b > a) {
            any = 1;
            if (fn(L, s + a, b - a, ctx) < 0)
                return -1;
        } else if (i < len || st > 0) {
            report(L, "empty phrase between '|'", NULL, NULL);
        }
        i++;
    }
    if (!any)
        report(L, "no phrase", NULL, NULL);
    return 0;
}

static const char *arena_str(loader *L, const char *s, size_t n)
{
    const char *p = tac_arena_strndup(&L->d->arena, s, n);
    if (!p)
        L->oom = 1;
    return p;
}

/* ---- keyword handlers ----------------------------------------------- */

static int valid_code(const char *s, size_t n, size_t min, size_t max)
{
    if (n < min || n > max)
        return 0;
    for (size_t i = 0; i < n; i++)
        if (!((s[i] >= 'A' && s[i] <= 'Z') || (s[i] >= '0' && s[i] <= '9')))
            return 0;
    return 1;
}

static void do_cameo(loader *L, const char *s, size_t len, size_t pos)
{
    tac_dict *d = L->d;
    const char *code, *gs;
    size_t cl, gl;
    if (!next_field(s, len, &pos, &code, &cl) || !next_field(s, len, &pos, &gs, &gl)) {
        report(L, "cameo needs CODE GOLDSTEIN NAME", NULL, NULL);
        return;
    }
    for (size_t i = 0; i < cl; i++)
        if (code[i] < '0' || code[i] > '9')
            cl = 0;
    if (cl < 2 || cl > 4) {
        report(L, "a CAMEO code has 2 to 4 digits", NULL, NULL);
        return;
    }
    int root = (code[0] - '0') * 10 + (code[1] - '0');
    if (root < 1 || root > 20) {
        report(L, "a CAMEO root is 01 to 20", NULL, NULL);
        return;
    }
    char gbuf[32];
    if (gl >= sizeof gbuf) {
        report(L, "bad Goldstein value", NULL, NULL);
        return;
    }
    memcpy(gbuf, gs, gl);
    gbuf[gl] = '\0';
    char *end;
    double g = strtod(gbuf, &end);
    if (*end || !(g >= -10.0 && g <= 10.0)) { /* NaN fails both */
        report(L, "Goldstein value must be a number from -10 to 10", NULL, NULL);
        return;
    }
    while (pos < len && is_space(s[pos]))
        pos++;
    if (pos >= len) {
        report(L, "cameo needs a name", NULL, NULL);
        return;
    }
    uint32_t old;
    char key[5];
    memcpy(key, code, cl);
    key[cl] = '\0';
    TAC_DICT_PUSH(L, d->cameo, d->n_cameo, d->cap_cameo);
    if (L->oom)
        return;
    tac_cameo *c = &d->cameo[d->n_cameo];
    memcpy(c->code, key, cl + 1);
    c->root[0] = code[0];
    c->root[1] = code[1];
    c->root[2] = '\0';
    c->quad = root <= 5 ? 1 : root <= 8 ? 2 : root <= 13 ? 3 : 4;
    c->goldstein = g;
    c->name = arena_str(L, s + pos, len - pos);
    if (!c->name)
        return;
    const char *k = arena_str(L, key, cl); /* the array moves as it grows */
    if (!k)
        return;
    int r = tac_strmap_put(&d->cameo_index, k, cl, (uint32_t)d->n_cameo, &old);
    if (r < 0) {
        L->oom = 1;
        return;
    }
    if (r == 0) {
        report(L, "CAMEO code %s defined twice", key, NULL);
        return;
    }
    d->n_cameo++;
    d->stats.cameo++;
}

typedef struct marker_ctx {
    uint32_t flag;
    int mutual;   /* `marker mutual`: flag is 0 */
    int cls;      /* a word class index (tac_lexicon_class), -1 if none: flag is 0 */
} marker_ctx;

static int marker_phrase(loader *L, const char *p, size_t len, void *vctx)
{
    marker_ctx *ctx = vctx;
    tac_dict *d = L->d;
    uint32_t items[MAX_ITEMS + 1];
    uint8_t hs = 0, ht = 0;
    /* Abbreviations are written with their dot; intern them verbatim. */
    if (ctx->flag == TAC_LX_ABBREV || ctx->flag == TAC_LX_TITLE ||
        ctx->cls == TAC_LCI_STATE_ABBREV) {
        char buf[128];
        size_t n = tac_utf8_fold(p, len, buf, sizeof buf - 2);
        if (n == (size_t)-1)
            n = 0;
        if (n == 0 || n >= sizeof buf - 1) {
            report(L, "bad abbreviation", NULL, NULL);
            return 0;
        }
        if (buf[n - 1] != '.')
            buf[n++] = '.';
        uint32_t id = tac_lexicon_intern(&d->lex, buf, n);
        if (!id)
            return -1;
        /* a state's abbreviation is a word class, not the flag: the
         * tokenizer gives it its dot only when capitalised ("Ill." but
         * "fell ill.") */
        if (ctx->cls >= 0)
            tac_lexicon_set_class(&d->lex.w[id], ctx->cls);
        else
            d->lex.w[id].flags |= TAC_LX_ABBREV | ctx->flag;
        d->stats.markers++;
        return 0;
    }
    int n = compile_phrase(L, p, len, PHRASE_EXACT, items, &hs, &ht);
    if (n <= 0)
        return n;
    if (ctx->cls >= 0) {
        /* a class holds word forms, as written */
        if (n != 1 || L->toks.n != 1) {
            report(L, "a word class holds single words", NULL, NULL);
            return 0;
        }
        uint32_t id = tac_lexicon_intern(&d->lex, L->toks.v[0].norm, L->toks.v[0].norm_len);
        if (!id)
            return -1;
        tac_lexicon_set_class(&d->lex.w[id], ctx->cls);
        d->stats.markers++;
        return 0;
    }
    if (n == 1 && ctx->mutual) {
        report(L, "a mutual marker is a phrase of two or more words", NULL, NULL);
        return 0;
    }
    if (n == 1) {
        uint32_t id = items[0] & TAC_ITEM_ID_MASK;
        /* Function words are a closed list of forms, not lemmas: "its"
         * marks itself, not its lemma "it" (a pronoun, no determiner) */
        if (ctx->flag & (TAC_LX_DET | TAC_LX_PREP | TAC_LX_CONJ | TAC_LX_RELATIVE |
                         TAC_LX_COMPLEMENT | TAC_LX_LOCATIVE | TAC_LX_BOUNDARY | TAC_LX_BY |
                         TAC_LX_FORMER)) {
            id = tac_lexicon_intern(&d->lex, L->toks.v[0].norm, L->toks.v[0].norm_len);
            if (!id)
                return -1;
        }
        d->lex.w[id].flags |= ctx->flag;
    } else {
        uint32_t node = trie_insert(&d->markers, items, (size_t)n);
        if (!node)
            return -1;
        TAC_DICT_PUSH(L, d->ment, d->n_ment, d->cap_ment);
        if (L->oom)
            return -1;
        d->ment[d->n_ment].flag = ctx->flag;
        d->ment[d->n_ment].mutual = (uint8_t)ctx->mutual;
        if ((ctx->flag & TAC_LX_DISCARD) && items[0] < TAC_ITEM_TARGET)
            d->lex.w[items[0] & TAC_ITEM_ID_MASK].marks |= TAC_LM_DISCARD_START;
        d->ment[d->n_ment].next = d->markers.first[node];
        d->markers.first[node] = (uint32_t)++d->n_ment;
    }
    d->stats.markers++;
    return 0;
}

static void do_marker(loader *L, const char *s, size_t len, size_t pos)
{
    const char *kind;
    size_t kl;
    if (!next_field(s, len, &pos, &kind, &kl)) {
        report(L, "marker needs KIND and phrases", NULL, NULL);
        return;
    }
    marker_ctx ctx = {tac_lexicon_flag(kind, kl), 0, -1};
    if (!ctx.flag && kl == 6 && memcmp(kind, "mutual", 6) == 0)
        ctx.mutual = 1;
    if (!ctx.flag && !ctx.mutual)
        ctx.cls = tac_lexicon_class(kind, kl);
    if (!ctx.flag && !ctx.mutual && ctx.cls < 0) {
        char k[64];
        snprintf(k, sizeof k, "%.*s", (int)(kl < 40 ? kl : 40), kind);
        report(L, "unknown marker kind '%s'", k, NULL);
        return;
    }
    if (each_phrase(L, s + pos, len - pos, marker_phrase, &ctx) < 0)
        L->oom = 1;
}

/* `spelling WORD | WORD ...`: spellings of one name ("Mohammed | Mohamed |
 * Muhammad"). Every word after the first gets the first one's lemma, so
 * phrases written with any of them match text written with any other. */
typedef struct spelling_ctx {
    uint32_t canon;
} spelling_ctx;

static int spelling_phrase(loader *L, const char *p, size_t len, void *vctx)
{
    spelling_ctx *ctx = vctx;
    tac_dict *d = L->d;
    char buf[128];
    size_t n = tac_utf8_fold(p, len, buf, sizeof buf - 1);
    if (n == (size_t)-1 || n == 0 || n >= sizeof buf - 1 || memchr(buf, ' ', n) ||
        memchr(buf, '\t', n)) {
        report(L, "a spelling is one word", NULL, NULL);
        return 0;
    }
    uint32_t id = tac_lexicon_intern(&d->lex, buf, n);
    if (!id)
        return -1;
    if (!ctx->canon) {
        ctx->canon = d->lex.w[id].lemma;
        return 0;
    }
    d->lex.w[id].lemma = ctx->canon;
    d->lex.w[id].flags |= TAC_LX_SPELLING;
    d->stats.markers++;
    return 0;
}

static void do_spelling(loader *L, const char *s, size_t len, size_t pos)
{
    spelling_ctx ctx = {0};
    if (each_phrase(L, s + pos, len - pos, spelling_phrase, &ctx) < 0)
        L->oom = 1;
}

/* `compound WORD | WORD ...`: second halves of hyphen compounds ("run",
 * "led", "based") whose first half names who runs, leads or hosts what
 * follows ("Hamas-run ministry", "London-based group"). */
static int compound_phrase(loader *L, const char *p, size_t len, void *vctx)
{
    (void)vctx;
    tac_dict *d = L->d;
    char buf[64];
    size_t n = tac_utf8_fold(p, len, buf, sizeof buf - 1);
    if (n == (size_t)-1 || n == 0 || n >= sizeof buf - 1 || memchr(buf, ' ', n) ||
        memchr(buf, '\t', n) || memchr(buf, '-', n)) {
        report(L, "a compound word is one word without '-'", NULL, NULL);
        return 0;
    }
    uint32_t id = tac_lexicon_intern(&d->lex, buf, n);
    if (!id)
        return -1;
    if (tac_u64map_put(&d->compounds, id, 1, NULL) < 0)
        return -1;
    d->stats.markers++;
    return 0;
}

static void do_compound(loader *L, const char *s, size_t len, size_t pos)
{
    if (each_phrase(L, s + pos, len - pos, compound_phrase, NULL) < 0)
        L->oom = 1;
}

/* `discard phrase | ...`: a marker of the kind "discard" */
/* `noplace`: a name that no single country owns. The phrase is kept as
 * its folded words joined by single spaces (tac_dict_noplace_key), for
 * the gazetteer only; the coder never reads it. */
static int noplace_phrase(loader *L, const char *p, size_t len, void *vctx)
{
    (void)vctx;
    char key[512];
    L->toks.n = 0;
    tac_arena_reset(&L->scratch);
    if (tac_token_split(p, len, 0, &L->scratch, tac_lexicon_is_abbrev, &L->d->lex, MAX_ITEMS + 1,
                        &L->toks, NULL) < 0)
        return -1;
    size_t kl = tac_dict_noplace_key(&L->toks, key, sizeof key);
    if (kl == 0) {
        report(L, "empty or overlong noplace phrase", NULL, NULL);
        return 0;
    }
    const char *k = arena_str(L, key, kl);
    if (!k || tac_strmap_put(&L->d->noplace, k, kl, 1, NULL) < 0)
        return -1;
    return 0;
}

size_t tac_dict_noplace_key(const tac_toks *toks, char *out, size_t cap)
{
    size_t n = 0;
    if (toks->n == 0 || toks->n > MAX_ITEMS)
        return 0;
    for (size_t i = 0; i < toks->n; i++) {
        const tac_tok *t = &toks->v[i];
        if (n + t->norm_len + 2 > cap)
            return 0;
        if (i)
            out[n++] = ' ';
        memcpy(out + n, t->norm, t->norm_len);
        n += t->norm_len;
    }
    return n;
}

static void do_noplace(loader *L, const char *s, size_t len, size_t pos)
{
    if (each_phrase(L, s + pos, len - pos, noplace_phrase, NULL) < 0)
        L->oom = 1;
}

/* A three-letter code in capitals, as country codes are written. */
static int code3(const char *f, size_t n)
{
    if (n != 3)
        return 0;
    for (size_t i = 0; i < 3; i++)
        if (f[i] < 'A' || f[i] > 'Z')
            return 0;
    return 1;
}

/* The three bytes of a code in one value, for the `within` map. */
static uint32_t pack3(const char *f)
{
    return (uint32_t)(unsigned char)f[0] | (uint32_t)(unsigned char)f[1] << 8 |
           (uint32_t)(unsigned char)f[2] << 16;
}

/* `within CODE HOST`: a de-facto state lying inside another state's
 * borders ("within SOS GEO"). One host per state. */
static void do_within(loader *L, const char *s, size_t len, size_t pos)
{
    const char *a, *b, *x;
    size_t an, bn, xn;
    if (!next_field(s, len, &pos, &a, &an) || !next_field(s, len, &pos, &b, &bn) ||
        next_field(s, len, &pos, &x, &xn) || !code3(a, an) || !code3(b, bn) ||
        memcmp(a, b, 3) == 0) {
        report(L, "within needs two different country codes", NULL, NULL);
        return;
    }
    const char *k = arena_str(L, a, 3);
    int r = k ? tac_strmap_put(&L->d->within, k, 3, pack3(b), NULL) : -1;
    if (r < 0)
        L->oom = 1;
    else if (r == 0)
        report(L, "within: a second host for %s", k, NULL);
}

int tac_dict_within(const tac_dict *d, const char *a, const char *b)
{
    uint32_t v;
    if (memcmp(a, b, 3) == 0)
        return 1;
    return tac_strmap_get(&d->within, a, 3, &v) && v == pack3(b);
}

static void do_discard(loader *L, const char *s, size_t len, size_t pos)
{
    marker_ctx ctx = {TAC_LX_DISCARD, 0, -1};
    if (each_phrase(L, s + pos, len - pos, marker_phrase, &ctx) < 0)
        L->oom = 1;
}

/* Whether code (prefix) p[0..n) is of roots 18-20: an act of violence. */
static int violent_prefix(const char *p, size_t n)
{
    return n >= 2 && (!memcmp(p, "18", 2) || !memcmp(p, "19", 2) || !memcmp(p, "20", 2));
}

static void do_modal(loader *L, const char *s, size_t len, size_t pos)
{
    tac_dict *d = L->d;
    const char *kind, *pre, *code, *extra;
    size_t kl, pl, cl, el;
    if (!next_field(s, len, &pos, &kind, &kl) || !next_field(s, len, &pos, &pre, &pl) ||
        !next_field(s, len, &pos, &code, &cl) || next_field(s, len, &pos, &extra, &el)) {
        report(L, "modal needs KIND PREFIX CODE", NULL, NULL);
        return;
    }
    if (!field_is(kind, kl, "intent") && !field_is(kind, kl, "threat") &&
        !field_is(kind, kl, "negated") && !field_is(kind, kl, "demand") &&
        !field_is(kind, kl, "military") && !field_is(kind, kl, "media") &&
        !field_is(kind, kl, "state") && !field_is(kind, kl, "prepare") &&
        !field_is(kind, kl, "civilian") && !field_is(kind, kl, "suicide") &&
        !field_is(kind, kl, "air") && !field_is(kind, kl, "armor") &&
        !field_is(kind, kl, "failed") && !field_is(kind, kl, "police") &&
        !field_is(kind, kl, "appeal") && !field_is(kind, kl, "cyber") &&
        !field_is(kind, kl, "armed")) {
        report(L, "modal kind must be intent, threat, demand, appeal, negated, failed, prepare, "
                  "military, police, media, state, civilian, suicide, air, armor, cyber or armed",
               NULL, NULL);
        return;
    }
    uint32_t ci;
    if (!tac_strmap_get(&d->cameo_index, code, cl, &ci)) {
        char c[16];
        snprintf(c, sizeof c, "%.*s", (int)(cl < 8 ? cl : 8), code);
        report(L, "unknown CAMEO code %s", c, NULL);
        return;
    }
    if (!valid_code(pre, pl, 2, 4)) {
        report(L, "bad code prefix", NULL, NULL);
        return;
    }
    /* an appeal or demand takes the code of what it asks for
     * (demanded_act): the code stays an appeal (02) or a demand (10) */
    const char *want = field_is(kind, kl, "appeal")   ? "02"
                       : field_is(kind, kl, "demand") ? "10"
                                                      : NULL;
    if (want && strcmp(d->cameo[ci].root, want)) {
        report(L, "modal %s needs a code of root %s", want[0] == '0' ? "appeal" : "demand", want);
        return;
    }
    /* suicide, air and armor name the weapon of an act of violence: a
     * line for any other act ("modal armor 01 194") would make a tank's
     * statement a battle */
    const char *weapon = field_is(kind, kl, "suicide") ? "suicide"
                         : field_is(kind, kl, "air")     ? "air"
                         : field_is(kind, kl, "armor")   ? "armor"
                                                         : NULL;
    if (weapon && !(violent_prefix(pre, pl) &&
                    violent_prefix(d->cameo[ci].code, strlen(d->cameo[ci].code)))) {
        report(L, "modal %s needs a prefix and a code of roots 18-20", weapon, NULL);
        return;
    }
    /* hackers' violence is the cyberattack's code (171x): from roots 18-20 only */
    if (field_is(kind, kl, "cyber") &&
        !(violent_prefix(pre, pl) && !strncmp(d->cameo[ci].code, "171", 3))) {
        report(L, "modal cyber needs a prefix of roots 18-20 and a code of 171", NULL, NULL);
        return;
    }
    char key[32];
    int kn = snprintf(key, sizeof key, "%.*s:%.*s", (int)kl, kind, (int)pl, pre);
    const char *k = arena_str(L, key, (size_t)kn);
    if (!k)
        return;
    int r = tac_strmap_put(&d->modal, k, (size_t)kn, ci, NULL);
    if (r < 0)
        L->oom = 1;
    else if (r == 0)
        report(L, "modal %s given twice", key, NULL);
}

typedef struct actor_ctx {
    tac_aentry proto;
    int first;   /* the next phrase is the line's first */
    int variant; /* the phrase is a generated spelling: no reports */
    /* PERSON: the phrase is a generated form of a surname written in
     * another phrase ("Simpson Miller" of "Simpson-Miller"): it keeps the
     * line's short name */
    int keep_short;
    /* PERSON: the last words of the line's phrases so far (lexicon ids):
     * a word that ends one name and comes before the last word of a
     * longer one is a first surname ("Arzú" of "Álvaro Arzú Irigoyen") */
    uint32_t lasts[8];
    int n_lasts;
} actor_ctx;

static int actor_phrase(loader *L, const char *p, size_t len, void *vctx);
static int actor_phrase_one(loader *L, const char *p, size_t len, void *vctx);

/* Keys of tac_dict_fuzzy: a polynomial hash of the letters (so that a
 * word's forms with one letter left out or two neighbours swapped are
 * computed from prefix and suffix sums in O(1) each), mixed; the keys of a
 * name's deleted forms are salted so that they never meet a whole word's. */
#define FUZZY_BASE 0x100000001b3ull
#define FUZZY_SALT 0x9e3779b97f4a7c15ull
static uint64_t fuzzy_mix(uint64_t h, int salt)
{
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdull;
    h ^= h >> 33;
    h ^= salt ? FUZZY_SALT : 0;
    return h ? h : 1;
}

/* pw[k] = FUZZY_BASE^k; pre[i] = hash of w[0..i); suf[i] = hash of
 * w[i..len) (w[i] weighted FUZZY_BASE^(len-1-i)). len <= 31. */
static void fuzzy_sums(const char *w, size_t len, uint64_t *pw, uint64_t *pre, uint64_t *suf)
{
    pw[0] = 1;
    for (size_t k = 1; k <= len; k++)
        pw[k] = pw[k - 1] * FUZZY_BASE;
    pre[0] = 0;
    for (size_t i = 0; i < len; i++)
        pre[i + 1] = pre[i] * FUZZY_BASE + (unsigned char)w[i];
    suf[len] = 0;
    for (size_t i = len; i-- > 0;)
        suf[i] = suf[i + 1] + (uint64_t)(unsigned char)w[i] * pw[len - 1 - i];
}

/* The hash of w without its letter i. */
static uint64_t fuzzy_del(const uint64_t *pw, const uint64_t *pre, const uint64_t *suf,
                          size_t len, size_t i)
{
    return pre[i] * pw[len - 1 - i] + suf[i + 1];
}

static int fuzzy_put(tac_dict *d, uint64_t key, uint32_t id)
{
    uint32_t old;
    if (tac_u64map_get(&d->fuzzy, key, &old)) {
        if (old != id && old != TAC_FUZZY_AMBIGUOUS)
            return tac_u64map_put(&d->fuzzy, key, TAC_FUZZY_AMBIGUOUS, NULL) < 0 ? -1 : 0;
        return 0;
    }
    return tac_u64map_put(&d->fuzzy, key, id, NULL) < 0 ? -1 : 0;
}

/* Indexes the words of a country, adjective or capital phrase for
 * tac_dict_fuzzy: plain lower-case words of 5 to 31 letters, whole and
 * with each letter left out. */
static int fuzzy_index(tac_dict *d, const uint32_t *items, size_t n)
{
    for (size_t k = 0; k < n; k++) {
        uint32_t id = items[k] & TAC_ITEM_ID_MASK;
        const tac_lexword *lw = &d->lex.w[id];
        if (lw->len < 5 || lw->len > 31)
            continue;
        int letters = 1;
        for (uint32_t i = 0; i < lw->len && letters; i++)
            letters = lw->s[i] >= 'a' && lw->s[i] <= 'z';
        if (!letters)
            continue;
        uint64_t pw[32], pre[32], suf[32];
        fuzzy_sums(lw->s, lw->len, pw, pre, suf);
        if (fuzzy_put(d, fuzzy_mix(pre[lw->len], 0), id) < 0)
            return -1;
        for (size_t i = 0; i < lw->len; i++)
            if (fuzzy_put(d, fuzzy_mix(fuzzy_del(pw, pre, suf, lw->len, i), 1), id) < 0)
                return -1;
    }
    return 0;
}

/* Collects the word of key into *found; 0 when two words (or an ambiguous
 * key) meet. */
static int fuzzy_hit(const tac_dict *d, uint64_t key, uint32_t *found)
{
    uint32_t id;
    if (!tac_u64map_get(&d->fuzzy, key, &id))
        return 1;
    if (id == TAC_FUZZY_AMBIGUOUS || (*found && *found != id))
        return 0;
    *found = id;
    return 1;
}

uint32_t tac_dict_fuzzy(const tac_dict *d, const char *w, size_t len)
{
    if (len < 5 || len > 31 || !d->fuzzy.count)
        return 0;
    uint32_t found = 0;
    uint64_t pw[32], pre[32], suf[32];
    fuzzy_sums(w, len, pw, pre, suf);
    uint64_t whole = pre[len];
    /* a letter missing: w is a name with one letter left out */
    if (!fuzzy_hit(d, fuzzy_mix(whole, 1), &found))
        return 0;
    for (size_t i = 0; i < len; i++) {
        /* a letter too many: a whole name without letter i */
        if (!fuzzy_hit(d, fuzzy_mix(fuzzy_del(pw, pre, suf, len, i), 0), &found))
            return 0;
        /* two neighbours swapped */
        if (i + 1 < len && w[i] != w[i + 1]) {
            uint64_t a = (unsigned char)w[i], b = (unsigned char)w[i + 1];
            uint64_t sw = whole + (b - a) * pw[len - 1 - i] + (a - b) * pw[len - 2 - i];
            if (!fuzzy_hit(d, fuzzy_mix(sw, 0), &found))
                return 0;
        }
    }
    return found;
}

int tac_dict_near_country(const tac_dict *d, const char *w, size_t len)
{
    if (tac_dict_fuzzy(d, w, len))
        return 1;
    if (len < 5 || len > 31 || !d->fuzzy.count)
        return 0;
    uint64_t pw[32], pre[32], suf[32];
    fuzzy_sums(w, len, pw, pre, suf);
    for (size_t i = 0; i < len; i++) {
        uint32_t id;
        /* w without letter i is a country word without one of its letters */
        if (tac_u64map_get(&d->fuzzy, fuzzy_mix(fuzzy_del(pw, pre, suf, len, i), 1), &id))
            return 1;
    }
    return 0;
}

/* The Arabic article of a name is written "al-", "el-", "al " or "el "
 * ("Omar al-Bashir", "Omar el Bashir", "Al Shabaab"), and news agencies
 * often drop it inside a person's name ("Bashar Assad"). A person or actor
 * phrase with an article before a word also matches the other writings.
 * Returns -1 on OOM. */
static int article_variants(loader *L, const char *p, size_t len, actor_ctx *ctx)
{
    static const char *const forms[] = {"al-", "el-", "al ", "el ", ""};
    char buf[512];
    size_t at[8], n_at = 0;
    for (size_t i = 0; i + 3 < len && n_at < 8; i++) {
        if ((i == 0 || p[i - 1] == ' ') && (p[i] == 'a' || p[i] == 'A' || p[i] == 'e' ||
                                            p[i] == 'E') &&
            (p[i + 1] == 'l' || p[i + 1] == 'L') && (p[i + 2] == '-' || p[i + 2] == ' ') &&
            p[i + 3] != ' ' && p[i + 3] != '|')
            at[n_at++] = i;
    }
    if (!n_at || len + 8 * 3 >= sizeof buf)
        return 0;
    int drop_ok = ctx->proto.kind == TAC_AK_PERSON && at[0] > 0;
    for (size_t f = 0; f < sizeof forms / sizeof forms[0]; f++) {
        if (!forms[f][0] && !drop_ok)
            continue;
        size_t n = 0, from = 0;
        for (size_t k = 0; k < n_at; k++) {
            memcpy(buf + n, p + from, at[k] - from);
            n += at[k] - from;
            size_t fl = strlen(forms[f]);
            /* keep the capital of a capitalised article ("Al Shabaab") */
            memcpy(buf + n, forms[f], fl);
            if (fl && (p[at[k]] == 'A' || p[at[k]] == 'E'))
                buf[n] = (char)(buf[n] - 'a' + 'A');
            n += fl;
            from = at[k] + 3;
        }
        memcpy(buf + n, p + from, len - from);
        n += len - from;
        if (n == len && !memcmp(buf, p, n))
            continue;
        ctx->variant = 1;
        int r = actor_phrase(L, buf, n, ctx);
        ctx->variant = 0;
        if (r < 0)
            return -1;
    }
    return 0;
}

static int actor_phrase(loader *L, const char *p, size_t len, void *vctx)
{
    actor_ctx *ctx = vctx;
    if (!ctx->variant && (ctx->proto.kind == TAC_AK_PERSON || ctx->proto.kind == TAC_AK_ACTOR)) {
        int was_first = ctx->first;
        actor_ctx own = *ctx;
        own.first = 0;
        if (was_first) {
            /* the written phrase first: it names the entry */
            int r = actor_phrase_one(L, p, len, ctx);
            if (r < 0)
                return r;
            own.proto = ctx->proto;
        } else if (actor_phrase_one(L, p, len, ctx) < 0) {
            return -1;
        }
        return article_variants(L, p, len, &own);
    }
    return actor_phrase_one(L, p, len, ctx);
}

/* A generational suffix that ends a person's name ("Ferdinand Marcos
 * Jr.", "Robert Kennedy Jr"): never the short name. A regnal number
 * stays one ("Abdullah II"): the word before it is a given name. */
static int name_suffix(const tac_lexword *w)
{
    static const char *const sfx[] = {"jr.", "jr", "sr.", "sr"};
    for (size_t k = 0; k < sizeof sfx / sizeof sfx[0]; k++) {
        size_t m = strlen(sfx[k]), j = 0;
        while (j < m && j < w->len && (w->s[j] | 0x20) == sfx[k][j])
            j++;
        if (j == m && w->len == m)
            return 1;
    }
    return 0;
}

/* The index of a person phrase's short name among its n items: the last
 * word, or the one before a generational suffix. */
static int short_name_at(const tac_dict *d, const uint32_t *items, int n)
{
    if (n >= 2 && name_suffix(&d->lex.w[items[n - 1] & TAC_ITEM_ID_MASK]))
        return n - 2;
    return n - 1;
}

/* States whose people bear two surnames, the father's first ("Salvador
 * Sánchez Cerén" is Sánchez; the news writes "Sánchez Cerén" or
 * "Sánchez"), and states whose people write the surname first ("Xi
 * Jinping" is Xi, never "Jinping"). Vietnam writes it first too, but its
 * news names a person by the last given name ("Phuc"), and English copy
 * turns Hungarian names round: neither is listed. */
static int in_list(const char *cc, const char *list)
{
    for (; cc[0] && *list; list += 4)
        if (memcmp(cc, list, 3) == 0)
            return 1;
    return 0;
}
static const char double_surname_states[] =
    "ARG BOL CHL COL CRI CUB DOM ECU ESP GNQ GTM HND MEX NIC PAN PER PRI PRY SLV URY VEN ";
static const char surname_first_states[] = "CHN PRK KOR TWN HKG MAC KHM ";

int tac_dict_double_surname(const char *cc)
{
    return in_list(cc, double_surname_states);
}

/* A word of a person's phrase that may be a name part of its own: three
 * letters or more, no initial, no title and no agent's head word. */
static int name_part(const tac_lexword *w)
{
    return w->len >= 3 && w->s[w->len - 1] != '.' &&
           !(w->flags & (TAC_LX_TITLE | TAC_LX_MEMBER | TAC_LX_PREP | TAC_LX_DET)) &&
           !(w->marks & TAC_LM_AGENT_HEAD);
}

/* A particle between a father's and a mother's surname ("Salinas de
 * Gortari", "Ortega y Gasset"). */
static int surname_particle(const tac_lexword *w)
{
    return (w->len == 2 && w->s[0] == 'd' && w->s[1] == 'e') ||
           (w->len == 3 && memcmp(w->s, "del", 3) == 0) || (w->len == 1 && w->s[0] == 'y');
}

/* The index of the father's surname in a person's phrase of a
 * double-surname state ("Sánchez" of "Salvador Sánchez Cerén"), or -1: a
 * given name, then the two surnames (a particle may stand between). The
 * first surname must be known as one: it ends another phrase of the
 * line ("Álvaro Arzú | Álvaro Arzú Irigoyen") or is a patronymic in
 * -ez ("Sánchez", "López", "Fernández"); "Juan Manuel Santos" has two
 * given names and one surname. */
static int father_surname_at(const tac_dict *d, const actor_ctx *ctx, const uint32_t *items,
                             int n, int last)
{
    /* (and a head of an IGO, who has no country: "Javier Pérez de Cuéllar") */
    if ((!in_list(ctx->proto.country, double_surname_states) &&
         memcmp(ctx->proto.country, "IGO", 3) != 0) ||
        last < 2)
        return -1;
    int k = last - 1;
    if (surname_particle(&d->lex.w[items[k] & TAC_ITEM_ID_MASK]))
        k--;
    if (k < 1 || (items[k] & TAC_ITEM_UPPER))
        return -1;
    const tac_lexword *w = &d->lex.w[items[k] & TAC_ITEM_ID_MASK];
    if (!name_part(w) || !name_part(&d->lex.w[items[last] & TAC_ITEM_ID_MASK]))
        return -1;
    (void)n;
    uint32_t id = items[k] & TAC_ITEM_ID_MASK;
    for (int i = 0; i < ctx->n_lasts; i++)
        if (ctx->lasts[i] == id)
            return k;
    /* "-ez" as written: the folded form ends so whatever the accent */
    return w->s[w->len - 2] == 'e' && w->s[w->len - 1] == 'z' ? k : -1;
}

/* The index of the surname of a name written surname first ("Xi" of "Xi
 * Jinping", "Moon" of "Moon Jae-in", "Yoon" of "Yoon Suk Yeol"), or -1.
 * In Taiwan, Hong Kong, Korea and Cambodia Western names occur too
 * ("Carrie Lam", "John Lee"): there only a name whose given name is
 * hyphenated or in two words is read so; the mainland's and North
 * Korea's names all are. */
static int surname_first_at(const tac_dict *d, const actor_ctx *ctx, const uint32_t *items,
                            int n)
{
    if (!in_list(ctx->proto.country, surname_first_states))
        return -1;
    /* (after the titles a phrase may open with: "President Xi Jinping") */
    int b = 0;
    const tac_lexword *f = &d->lex.w[items[0] & TAC_ITEM_ID_MASK];
    while (b + 2 < n && ((f->flags & (TAC_LX_TITLE | TAC_LX_MEMBER)) ||
                         (f->marks & TAC_LM_AGENT_HEAD) || (f->flags & TAC_LX_ACTOR_START)))
        f = &d->lex.w[items[++b] & TAC_ITEM_ID_MASK];
    if (n - b < 2 || n - b > 3 || f->len < 2 || f->s[f->len - 1] == '.' ||
        (items[b] & TAC_ITEM_UPPER) || (f->flags & (TAC_LX_TITLE | TAC_LX_MEMBER)) ||
        (f->marks & TAC_LM_AGENT_HEAD))
        return -1;
    if (memcmp(ctx->proto.country, "CHN", 3) == 0 || memcmp(ctx->proto.country, "PRK", 3) == 0)
        return b;
    const tac_lexword *l = &d->lex.w[items[n - 1] & TAC_ITEM_ID_MASK];
    if (memchr(l->s, '-', l->len))
        return b;
    /* (a Korean given name of two words: "Yoon Suk Yeol"; in Taiwan a
     * Western given name may stand before the whole: "William Lai
     * Ching-te") */
    return n - b == 3 && memcmp(ctx->proto.country, "KOR", 3) == 0 ? b : -1;
}

/* The start of word k of the phrase p (words separated by spaces), or
 * -1 if the phrase does not split into n words as its items do. */
static long word_offset(const char *p, size_t len, int n, int k)
{
    long at = -1;
    int w = 0;
    for (size_t i = 0; i < len; i++) {
        if (p[i] != ' ' && (i == 0 || p[i - 1] == ' ')) {
            if (w == k)
                at = (long)i;
            w++;
        }
    }
    return w == n ? at : -1;
}

/* The generated forms of a person's surnames (ctx is the phrase's own
 * context, copied): the two surnames alone ("Sánchez Cerén", "Salinas de
 * Gortari"), and a hyphenated double surname written with a space
 * ("Portia Simpson Miller", "Simpson Miller"). Returns -1 on OOM. */
static int surname_forms(loader *L, const char *p, size_t len, int n, int father, actor_ctx *ctx)
{
    char buf[256];
    ctx->variant = 1;
    ctx->keep_short = 1;
    ctx->first = 0;
    if (father >= 1) {
        long at = word_offset(p, len, n, father);
        if (at > 0 && actor_phrase_one(L, p + at, len - (size_t)at, ctx) < 0)
            return -1;
    }
    /* the last word "X-Y", two capitalised parts of three letters or more
     * ("Simpson-Miller", "Persad-Bissessar"; not "al-Assad", and not an
     * Arabic name of two parts: "Abdel-Aziz", "Abu-Bakr", "Ould-Abdallah") */
    static const char *const bound[] = {"Abd", "Abu", "Ibn", "Bin", "Ben", "Ould", "Bint"};
    long at = word_offset(p, len, n, n - 1);
    int arabic = 0;
    for (size_t k = 0; at > 0 && k < sizeof bound / sizeof bound[0]; k++)
        arabic |= !strncmp(p + at, bound[k], strlen(bound[k]));
    if (n >= 2 && at > 0 && !arabic && len < sizeof buf) {
        const char *w = p + at, *h = memchr(w, '-', len - (size_t)at);
        if (h && h - w >= 3 && (size_t)(h - p) + 4 <= len && w[0] >= 'A' && w[0] <= 'Z' &&
            h[1] >= 'A' && h[1] <= 'Z' && !memchr(h + 1, '-', len - (size_t)(h + 1 - p)) &&
            !memchr(h + 1, ' ', len - (size_t)(h + 1 - p))) {
            memcpy(buf, p, len);
            buf[h - p] = ' ';
            if (actor_phrase_one(L, buf, len, ctx) < 0 ||
                actor_phrase_one(L, buf + at, len - (size_t)at, ctx) < 0)
                return -1;
        }
    }
    return 0;
}

static int actor_phrase_one(loader *L, const char *p, size_t len, void *vctx)
{
    actor_ctx *ctx = vctx;
    tac_dict *d = L->d;
    uint32_t items[MAX_ITEMS + 1];
    uint8_t hs = 0, ht = 0;
    /* an agent phrase may hold a word as written ("=security sources":
     * never "securities sources" in market news) */
    int n = compile_phrase(L, p, len,
                           ctx->proto.kind == TAC_AK_AGENT    ? PHRASE_EXACT
                           : ctx->proto.kind == TAC_AK_PERSON ? PHRASE_NAME
                                                              : 0,
                           items, &hs, &ht);
    if (n <= 0)
        return n;
    int father = -1, written = !ctx->variant && ctx->proto.kind == TAC_AK_PERSON;
    if (written) {
        /* a given name: the first word of a name of two words or more */
        tac_lexword *g = &d->lex.w[items[0] & TAC_ITEM_ID_MASK];
        if (n >= 2 && name_part(g) && !(items[0] & TAC_ITEM_UPPER))
            g->marks |= TAC_LM_GIVEN_NAME;
        father = father_surname_at(d, ctx, items, n, short_name_at(d, items, n));
    }
    int first_sur = ctx->proto.kind == TAC_AK_PERSON ? surname_first_at(d, ctx, items, n) : -1;
    if (ctx->keep_short) {
        /* a generated form keeps the short name its phrase gave */
    } else if (ctx->first) {
        ctx->first = 0;
        ctx->proto.phrase = arena_str(L, p, len);
        if (ctx->proto.kind == TAC_AK_PERSON && first_sur >= 0) {
            /* a surname written first is often short ("Li", "Xu") and
             * shared by many: one of three letters or fewer, or an English
             * word ("Moon"), names the person within a document only */
            const tac_lexword *f = &d->lex.w[items[first_sur] & TAC_ITEM_ID_MASK];
            ctx->proto.short2 = items[first_sur] & TAC_ITEM_ID_MASK;
            ctx->proto.short_word =
                f->len >= 4 && !(f->flags & (TAC_LX_NOUN | TAC_LX_VERB)) ? ctx->proto.short2 : 0;
        } else if (ctx->proto.kind == TAC_AK_PERSON) {
            ctx->proto.short_word = items[short_name_at(d, items, n)] & TAC_ITEM_ID_MASK;
            ctx->proto.short2 = father >= 0 ? items[father] & TAC_ITEM_ID_MASK : 0;
        }
    } else if (ctx->proto.kind == TAC_AK_PERSON && first_sur >= 0) {
        ctx->proto.short2 = items[first_sur] & TAC_ITEM_ID_MASK;
    } else if (ctx->proto.kind == TAC_AK_PERSON && father >= 0) {
        /* "José Luis Rodríguez Zapatero": "Zapatero" stays the short
         * name, "Rodríguez" is a second one */
        ctx->proto.short2 = items[father] & TAC_ITEM_ID_MASK;
    } else if (ctx->proto.kind == TAC_AK_PERSON && short_name_at(d, items, n) >= 1) {
        /* each written name of a person gives its own short name: "Tayyip
         * Erdogan" beside "Recep Tayyip Erdoğan", "Bashar Assad" beside
         * "Bashar al-Assad" (a word of three letters or more, no initial,
         * and no English noun or verb: "Alexandra Hill" gives no "Hill") */
        uint32_t id = items[short_name_at(d, items, n)] & TAC_ITEM_ID_MASK;
        const tac_lexword *w = &d->lex.w[id];
        if (w->len >= 3 && w->s[w->len - 1] != '.' &&
            !(w->flags & (TAC_LX_NOUN | TAC_LX_VERB)))
            ctx->proto.short_word = id;
    }
    if (written) {
        if (ctx->n_lasts < (int)(sizeof ctx->lasts / sizeof ctx->lasts[0]))
            ctx->lasts[ctx->n_lasts++] = items[short_name_at(d, items, n)] & TAC_ITEM_ID_MASK;
        /* (the forms are compiled on the loader's tokens: the items of
         * this phrase are a copy) */
        actor_ctx own = *ctx;
        if (surname_forms(L, p, len, n, father, &own) < 0)
            return -1;
    }
    uint32_t node = trie_insert(&d->actors, items, (size_t)n);
    if (!node)
        return -1;
    /* its head word's unknown plurals are read as it (tac_lexicon_guess);
     * not an acronym's ("ACPS" is no plural of "ACP") nor a word as written */
    if (ctx->proto.kind == TAC_AK_AGENT && !(items[n - 1] & (TAC_ITEM_UPPER | TAC_ITEM_EXACT)) &&
        !(L->toks.v[L->toks.n - 1].flags & TAC_TOK_UPPER))
        d->lex.w[items[n - 1] & TAC_ITEM_ID_MASK].marks |= TAC_LM_AGENT_HEAD;
    if ((ctx->proto.kind == TAC_AK_COUNTRY || ctx->proto.kind == TAC_AK_ADJ ||
         ctx->proto.kind == TAC_AK_CAPITAL) &&
        fuzzy_index(d, items, (size_t)n) < 0)
        return -1;
    /* Same phrase, same kind: a person may hold several offices; anything
     * else naming two codes is ambiguous and reported. */
    for (uint32_t e = d->actors.first[node]; e; e = d->aent[e - 1].next) {
        const tac_aentry *o = &d->aent[e - 1];
        if (o->kind != ctx->proto.kind)
            continue;
        /* "Syrian | Syrians" meet at one node through their lemma */
        if (o->line == ctx->proto.line && o->file == ctx->proto.file)
            return 0;
        /* an actor whose code changes with time: one line per period, and
         * a code may come back ("Taliban": government, rebels, government) */
        if (o->kind == TAC_AK_ACTOR && (o->from.y || o->to.y) &&
            (ctx->proto.from.y || ctx->proto.to.y))
            continue;
        /* an acronym two states' bodies share ("NPA": the Philippines'
         * New People's Army, South Africa's National Prosecuting
         * Authority): the story's state chooses (code_mention.c); a
         * longer name written for two states is a slip, reported below */
        if (o->kind == TAC_AK_ACTOR && o->country[0] && ctx->proto.country[0] &&
            memcmp(o->country, ctx->proto.country, 3) != 0 && L->toks.n == 1 &&
            (L->toks.v[0].flags & TAC_TOK_UPPER))
            continue;
        if (o->kind != TAC_AK_PERSON && strcmp(o->code, ctx->proto.code) == 0)
            return 0;
        if (o->kind == TAC_AK_PERSON) {
            if (strcmp(o->code, ctx->proto.code) == 0 &&
                o->from.y == ctx->proto.from.y && o->from.m == ctx->proto.from.m &&
                o->from.d == ctx->proto.from.d) {
                if (ctx->variant)
                    return 0;
                char where[300];
                snprintf(where, sizeof where, "%s:%u", o->file, o->line);
                report(L, "duplicate person entry (first at %s)", where, NULL);
                return 0;
            }
            continue;
        }
        if (ctx->variant || L->quiet_dup)
            return 0; /* a generated spelling or a gazetteer name that another entry writes */
        char where[600];
        snprintf(where, sizeof where, "%s (%s:%u)", o->code, o->file, o->line);
        char ph[200];
        snprintf(ph, sizeof ph, "%.*s", (int)(len < 150 ? len : 150), p);
        report(L, "phrase '%s' already names %s", ph, where);
        return 0;
    }
    TAC_DICT_PUSH(L, d->aent, d->n_aent, d->cap_aent);
    if (L->oom)
        return -1;
    if (L->quiet_dup)
        L->quiet_dup = 2; /* tells tac_dict_add_place the entry was added */
    tac_aentry *e = &d->aent[d->n_aent];
    *e = ctx->proto;
    e->next = d->actors.first[node];
    d->actors.first[node] = (uint32_t)++d->n_aent;
    switch (e->kind) {
    case TAC_AK_COUNTRY: case TAC_AK_ADJ: case TAC_AK_CAPITAL:
        d->stats.countries++;
        break;
    case TAC_AK_AGENT:
        d->stats.agents++;
        break;
    case TAC_AK_PLACE:
        d->stats.places++;
        break;
    case TAC_AK_ACTOR:
        d->stats.actors++;
        break;
    default:
        break;
    }
    return 0;
}

static int parse_range(const char *s, size_t n, tac_ymd *from, tac_ymd *to)
{
    const char *dots = NULL;
    for (size_t i = 0; i + 1 < n; i++)
        if (s[i] == '.' && s[i + 1] == '.') {
            dots = s + i;
            break;
        }
    if (!dots)
        return -1;
    size_t fl = (size_t)(dots - s), tl = n - fl - 2;
    memset(from, 0, sizeof *from);
    memset(to, 0, sizeof *to);
    if (fl && tac_date_parse_iso(s, fl, from) < 0)
        return -1;
    if (tl && tac_date_parse_iso(dots + 2, tl, to) < 0)
        return -1;
    if (fl && tl && tac_date_to_days(*to) < tac_date_to_days(*from))
        return -1;
    return 0;
}

/* The date range field f of entry e's line into e->from and e->to;
 * -1 (reported) if it is none. */
static int range_field(loader *L, const char *f, size_t fl, tac_aentry *e)
{
    if (parse_range(f, fl, &e->from, &e->to) == 0)
        return 0;
    report(L, "bad date range (want YYYY-MM-DD..YYYY-MM-DD, either end may be empty)", NULL,
           NULL);
    return -1;
}

/* An optional date range as the next field after *pos (of an actor's or
 * a capital's line): a field of three characters or more that starts
 * with a digit or "..", with a dot in it, is one, read into e (*pos then
 * passes it); -1 (reported) if it is no valid range. */
static int optional_range(loader *L, const char *s, size_t len, size_t *pos, tac_aentry *e)
{
    size_t p2 = *pos;
    const char *f;
    size_t fl;
    if (!next_field(s, len, &p2, &f, &fl) || fl < 3 ||
        !((f[0] >= '0' && f[0] <= '9') || (f[0] == '.' && f[1] == '.')) || !memchr(f, '.', fl))
        return 0;
    if (range_field(L, f, fl, e) < 0)
        return -1;
    *pos = p2;
    return 0;
}

static void do_actor(loader *L, tac_akind kind, const char *s, size_t len,
                     size_t pos, int official)
{
    tac_dict *d = L->d;
    actor_ctx ctx;
    memset(&ctx, 0, sizeof ctx);
    ctx.first = 1;
    ctx.proto.kind = (uint8_t)kind;
    ctx.proto.official = (uint8_t)official;
    ctx.proto.file = L->file;
    ctx.proto.line = (uint32_t)L->line;
    const char *code;
    size_t cl;
    if (!next_field(s, len, &pos, &code, &cl)) {
        report(L, "missing code", NULL, NULL);
        return;
    }
    if (kind == TAC_AK_COUNTRY || kind == TAC_AK_ADJ || kind == TAC_AK_CAPITAL ||
        kind == TAC_AK_PLACE) {
        if (!valid_code(code, cl, 3, 3)) {
            report(L, "a country code is 3 capital letters", NULL, NULL);
            return;
        }
        memcpy(ctx.proto.country, code, 3);
        ctx.proto.code = arena_str(L, code, 3);
        if (!ctx.proto.code)
            return;
        if (tac_strmap_put(&d->countries, ctx.proto.code, 3, 1, NULL) < 0) {
            L->oom = 1;
            return;
        }
        /* a capital of the past ("Bonn", West Germany's seat of government
         * until 1999) carries the period it was one; outside it its name
         * is only the place its `place` line makes it */
        if (kind == TAC_AK_CAPITAL && optional_range(L, s, len, &pos, &ctx.proto) < 0)
            return;
    } else if (kind == TAC_AK_AGENT) {
        if (!valid_code(code, cl, 3, 12) || cl % 3) {
            report(L, "an agent code is one or more 3-letter codes", NULL, NULL);
            return;
        }
        ctx.proto.code = arena_str(L, code, cl);
    } else {
        if (!valid_code(code, cl, 3, 15) || cl % 3) {
            report(L, "an actor code is 3 to 15 capital letters in groups of 3", NULL, NULL);
            return;
        }
        ctx.proto.code = arena_str(L, code, cl);
        const char *f2;
        size_t f2l;
        if (!next_field(s, len, &pos, &f2, &f2l)) {
            report(L, "missing field after the code", NULL, NULL);
            return;
        }
        if (kind == TAC_AK_ACTOR) {
            if (!field_is(f2, f2l, "-")) {
                if (!valid_code(f2, f2l, 3, 3)) {
                    report(L, "COUNTRY must be a 3-letter code or -", NULL, NULL);
                    return;
                }
                memcpy(ctx.proto.country, f2, 3);
            }
            /* an optional date range: the period the code holds ("the Taliban"
             * rebels until they took power) */
            if (optional_range(L, s, len, &pos, &ctx.proto) < 0)
                return;
        } else {
            if (range_field(L, f2, f2l, &ctx.proto) < 0)
                return;
            /* The person's country is the code's first three letters. */
            memcpy(ctx.proto.country, code, 3);
            d->stats.people++;
            /* an optional `sex:f` / `sex:m` after the range: the person's
             * sex, so that "he" does not stand for a woman the text gives
             * no title ("Sonia Gandhi ... he") */
            size_t p2 = pos;
            const char *f3;
            size_t f3l;
            if (next_field(s, len, &p2, &f3, &f3l) && f3l >= 4 && !memcmp(f3, "sex:", 4)) {
                if (field_is(f3, f3l, "sex:f"))
                    ctx.proto.sex = 2;
                else if (field_is(f3, f3l, "sex:m"))
                    ctx.proto.sex = 1;
                else {
                    report(L, "sex is sex:f or sex:m", NULL, NULL);
                    return;
                }
                pos = p2;
            }
        }
    }
    if (L->oom)
        return;
    if (each_phrase(L, s + pos, len - pos, actor_phrase, &ctx) < 0)
        L->oom = 1;
}

typedef struct event_ctx {
    uint32_t cameo;
    const char *code;
    int none;
    int bad_mark; /* a '!' on a code it does not fit was reported */
} event_ctx;

static int plural_noun(const tac_dict *d, uint32_t item, int i);

static int event_phrase(loader *L, const char *p, size_t len, void *vctx)
{
    event_ctx *ctx = vctx;
    tac_dict *d = L->d;
    uint32_t items[MAX_ITEMS + 1];
    uint8_t hs = 0, ht = 0;
    /* "~trade * accusation": an exchange between the subject's members;
     * "!assassinate": an act named by its verb alone (either order) */
    int mutual = 0, named = 0;
    while (len > 0 && (p[0] == '~' || p[0] == '!')) {
        if (p[0] == '~')
            mutual = 1;
        else
            named = 1;
        p++;
        len--;
    }
    if (named) {
        /* a '!' on another code is a slip: the phrase is skipped, and
         * the line reported once however many phrases carry it */
        const char *cc = d->cameo[ctx->cameo].code;
        if (!(strncmp(cc, "171", 3) == 0 || strncmp(cc, "18", 2) == 0 ||
              strncmp(cc, "19", 2) == 0 || strncmp(cc, "20", 2) == 0)) {
            if (!ctx->bad_mark)
                report(L, "'!' marks an act of violence: codes 171x and roots 18-20 only", NULL,
                       NULL);
            ctx->bad_mark = 1;
            return 0;
        }
    }
    int n = compile_phrase(L, p, len, PHRASE_SLOTS | PHRASE_EXACT, items, &hs, &ht);
    if (n <= 0)
        return n;
    if (items[n - 1] == TAC_ITEM_SKIP) {
        report(L, "a pattern cannot end with '*'", NULL, NULL);
        return 0;
    }
    uint32_t node = trie_insert(&d->patterns, items, (size_t)n);
    if (!node)
        return -1;
    for (uint32_t e = d->patterns.first[node]; e; e = d->pat[e - 1].next) {
        const tac_pattern *o = &d->pat[e - 1];
        if (o->cameo == ctx->cameo) {
            if (mutual)
                d->pat[e - 1].mutual = 1;
            if (named)
                d->pat[e - 1].named_act = 1;
            return 0; /* "kidnap | kidnapping" meet through their lemma */
        }
        char where[600], ph[200];
        snprintf(where, sizeof where, "%s (%s:%u)", d->cameo[o->cameo].code,
                 o->file, o->line);
        snprintf(ph, sizeof ph, "%.*s", (int)(len < 150 ? len : 150), p);
        report(L, "pattern '%s' is already coded %s", ph, where);
        return 0;
    }
    TAC_DICT_PUSH(L, d->pat, d->n_pat, d->cap_pat);
    if (L->oom)
        return -1;
    tac_pattern *pt = &d->pat[d->n_pat];
    memset(pt, 0, sizeof *pt);
    pt->cameo = ctx->cameo;
    pt->text = arena_str(L, p, len);
    pt->file = L->file;
    pt->line = (uint32_t)L->line;
    pt->has_source = hs;
    pt->has_target = ht;
    pt->mutual = (uint8_t)mutual;
    pt->named_act = (uint8_t)named;
    pt->none = (uint8_t)ctx->none;
    pt->n_items = (uint16_t)n;
    pt->next = 0;
    d->patterns.first[node] = (uint32_t)++d->n_pat;
    d->stats.patterns++;
    /* a noun whose plural is a word of its own ("credit", "year"): the
     * pattern is kept for expand_plurals, which adds its plural forms once
     * every written pattern is in */
    uint32_t mask = 0; /* the items that may be such nouns */
    for (int i = 0; i < n; i++)
        if (L->base[i] && tac_trie_kind(items[i]) == TAC_TRIE_K_WORD &&
            plural_noun(d, items[i], i))
            mask |= 1u << i;
    if (!mask)
        return 0;
    /* the record expand_plurals reads: index, mask, n, then the n items */
    const uint32_t head[3] = {(uint32_t)(d->n_pat - 1), mask, (uint32_t)n};
    for (int k = 0; k < 3 + n; k++) {
        TAC_DICT_PUSH(L, L->plural_pats, L->n_plural_pats, L->cap_plural_pats);
        if (L->oom)
            return -1;
        L->plural_pats[L->n_plural_pats++] = k < 3 ? head[k] : items[k - 3];
    }
    return 0;
}

/* Whether pattern word item (a lemma id) at position i may match a
 * plural of its own too (tac_lexicon_own_plural decides once every line is
 * read): a WordNet noun, or a word WordNet lacks (an agent head, perhaps),
 * and at the pattern's start no verb ("beat +" is no "Beats"). A cheap
 * test on flags: agent heads are known only once every line is read. */
static int plural_noun(const tac_dict *d, uint32_t item, int i)
{
    uint32_t f = d->lex.w[item].flags;
    if (i == 0 && (f & TAC_LX_VERB))
        return 0;
    return (f & TAC_LX_NOUN) || !(f & (TAC_LX_NOUN | TAC_LX_VERB));
}

/* Adds, for each pattern kept by event_phrase, the patterns with one or
 * more of its nouns in the plural that morphology keeps as a word of its
 * own ("suspend * credit" -> "suspend * credits"), read as the same
 * pattern. A pattern already written for such a form (or added before)
 * keeps its node: what a line says explicitly wins. -1 on OOM. */
static int expand_plurals(loader *L)
{
    tac_dict *d = L->d;
    /* A noun recurs in many patterns ("police", "talks"): its answer is
     * asked once. It cannot change in between: the only word this adds
     * to the lexicon is a plural, which reads as itself and so gives any
     * later question about the same string the same answer. Key id + 1
     * (0 is the map's empty key); value the plural, 0 for none. */
    tac_u64map seen;
    tac_u64map_init(&seen);
    int rc = 0;
    for (size_t r = 0; r < L->n_plural_pats && rc == 0;) {
        uint32_t pi = L->plural_pats[r], mask = L->plural_pats[r + 1], n = L->plural_pats[r + 2];
        const uint32_t *items = L->plural_pats + r + 3;
        r += 3 + n;
        uint32_t plural[MAX_ITEMS + 1];
        int at[MAX_ITEMS + 1], k = 0;
        for (uint32_t i = 0; i < n && k < 4; i++) {
            if (!(mask & (1u << i)))
                continue;
            uint32_t memo;
            int got;
            if (tac_u64map_get(&seen, (uint64_t)items[i] + 1, &memo)) {
                plural[i] = memo;
                got = memo != 0;
            } else {
                got = tac_lexicon_own_plural(&d->lex, items[i], &plural[i]);
                if (got < 0 || tac_u64map_put(&seen, (uint64_t)items[i] + 1,
                                              got ? plural[i] : 0, NULL) < 0) {
                    rc = -1;
                    break;
                }
            }
            if (!got)
                continue;
            at[k++] = (int)i;
        }
        if (rc < 0)
            break;
        /* every non-empty subset of the (at most four) nouns */
        for (unsigned set = 1; set < (1u << k); set++) {
            uint32_t v[MAX_ITEMS + 1];
            memcpy(v, items, n * sizeof *v);
            for (int j = 0; j < k; j++)
                if (set & (1u << j))
                    v[at[j]] = plural[at[j]];
            uint32_t node = trie_insert(&d->patterns, v, n);
            if (!node) {
                rc = -1;
                break;
            }
            if (d->patterns.first[node])
                continue;
            TAC_DICT_PUSH(L, d->pat, d->n_pat, d->cap_pat);
            if (L->oom) {
                rc = -1;
                break;
            }
            d->pat[d->n_pat] = d->pat[pi];
            d->pat[d->n_pat].next = 0;
            d->patterns.first[node] = (uint32_t)++d->n_pat;
        }
    }
    tac_u64map_fini(&seen);
    return rc;
}

static void do_event(loader *L, const char *s, size_t len, size_t pos)
{
    tac_dict *d = L->d;
    const char *code;
    size_t cl;
    if (!next_field(s, len, &pos, &code, &cl)) {
        report(L, "event needs CODE and patterns", NULL, NULL);
        return;
    }
    uint32_t ci;
    int none = cl == 3 && memcmp(code, "---", 3) == 0;
    if (none && !tac_strmap_get(&d->cameo_index, code, cl, &ci)) {
        /* the null code gets an entry of its own, no root and no quad
         * class, so that every pattern has one; it is no CAMEO code */
        TAC_DICT_PUSH(L, d->cameo, d->n_cameo, d->cap_cameo);
        if (L->oom)
            return;
        tac_cameo *c = &d->cameo[d->n_cameo];
        memset(c, 0, sizeof *c);
        memcpy(c->code, "---", 4);
        c->name = "no event (null pattern)";
        if (tac_strmap_put(&d->cameo_index, "---", 3, (uint32_t)d->n_cameo, NULL) < 0) {
            L->oom = 1;
            return;
        }
        ci = (uint32_t)d->n_cameo++;
    } else if (!tac_strmap_get(&d->cameo_index, code, cl, &ci)) {
        char c[16];
        snprintf(c, sizeof c, "%.*s", (int)(cl < 8 ? cl : 8), code);
        report(L, "unknown CAMEO code '%s'", c, NULL);
        return;
    }
    event_ctx ctx = {ci, d->cameo[ci].code, none, 0};
    if (each_phrase(L, s + pos, len - pos, event_phrase, &ctx) < 0)
        L->oom = 1;
}

/* ---- files ---------------------------------------------------------- */

static void load_line(loader *L, const char *s, size_t len, int pass)
{
    /* strip comments: '#' at the start or after white space (memchr: most
     * lines hold no '#', and a byte loop here was the load's costliest) */
    for (const char *h = memchr(s, '#', len); h; ) {
        size_t i = (size_t)(h - s);
        if (i == 0 || is_space(s[i - 1])) {
            len = i;
            break;
        }
        h = memchr(h + 1, '#', len - i - 1);
    }
    size_t pos = 0;
    const char *kw;
    size_t kl;
    if (!next_field(s, len, &pos, &kw, &kl))
        return;
    int p1 = field_is(kw, kl, "cameo") || field_is(kw, kl, "marker") ||
             field_is(kw, kl, "modal") || field_is(kw, kl, "discard") ||
             field_is(kw, kl, "spelling") || field_is(kw, kl, "compound");
    if ((pass == 1) != p1) {
        return;
    }
    if (field_is(kw, kl, "cameo"))
        do_cameo(L, s, len, pos);
    else if (field_is(kw, kl, "marker"))
        do_marker(L, s, len, pos);
    else if (field_is(kw, kl, "modal"))
        do_modal(L, s, len, pos);
    else if (field_is(kw, kl, "discard"))
        do_discard(L, s, len, pos);
    else if (field_is(kw, kl, "spelling"))
        do_spelling(L, s, len, pos);
    else if (field_is(kw, kl, "compound"))
        do_compound(L, s, len, pos);
    else if (field_is(kw, kl, "country"))
        do_actor(L, TAC_AK_COUNTRY, s, len, pos, 0);
    else if (field_is(kw, kl, "adj"))
        do_actor(L, TAC_AK_ADJ, s, len, pos, 0);
    else if (field_is(kw, kl, "capital"))
        do_actor(L, TAC_AK_CAPITAL, s, len, pos, 0);
    else if (field_is(kw, kl, "place"))
        do_actor(L, TAC_AK_PLACE, s, len, pos, 0);
    else if (field_is(kw, kl, "agent"))
        do_actor(L, TAC_AK_AGENT, s, len, pos, 0);
    else if (field_is(kw, kl, "actor"))
        do_actor(L, TAC_AK_ACTOR, s, len, pos, 0);
    else if (field_is(kw, kl, "person"))
        do_actor(L, TAC_AK_PERSON, s, len, pos, 0);
    else if (field_is(kw, kl, "official"))
        do_actor(L, TAC_AK_PERSON, s, len, pos, 1);
    else if (field_is(kw, kl, "event"))
        do_event(L, s, len, pos);
    else if (field_is(kw, kl, "noplace"))
        do_noplace(L, s, len, pos);
    else if (field_is(kw, kl, "within"))
        do_within(L, s, len, pos);
    else {
        char k[48];
        snprintf(k, sizeof k, "%.*s", (int)(kl < 32 ? kl : 32), kw);
        report(L, "unknown keyword '%s'", k, NULL);
    }
}

/* Whether a line may hold a pass-1 keyword (cameo, marker, modal,
 * discard): a cheap look at its first word. */
static int pass1_line(const char *s, size_t n)
{
    while (n && (*s == ' ' || *s == '\t'))
        s++, n--;
    if (n < 5)
        return 0;
    return !memcmp(s, "cameo", 5) || (n >= 6 && !memcmp(s, "marker", 6)) ||
           !memcmp(s, "modal", 5) || (n >= 7 && !memcmp(s, "discard", 7)) ||
           (n >= 8 && (!memcmp(s, "spelling", 8) || !memcmp(s, "compound", 8)));
}

static void load_buffer(loader *L, const char *buf, size_t len, int pass)
{
    size_t i = 0;
    L->line = 0;
    if (len >= 3 && memcmp(buf, "\xEF\xBB\xBF", 3) == 0)
        i = 3; /* a UTF-8 byte-order mark */
    while (i < len && !L->oom) {
        size_t st = i;
        const char *nl = memchr(buf + i, '\n', len - i);
        i = nl ? (size_t)(nl - buf) : len;
        L->line++;
        size_t ll = i - st;
        /* pass 1 reads only the tables the others refer to: skip the rest
         * before any work (their lines are checked in pass 2) */
        if (pass == 1 && !pass1_line(buf + st, ll)) {
            /* a rough count that sizes pass 2's tables */
            const char *c = buf + st;
            while (c < buf + i && (*c == ' ' || *c == '\t'))
                c++;
            if (c < buf + i && *c == 'e') {
                L->n_event++;
                /* a line pass 2 rejects adds no edge (a hostile file
                 * of one huge line would size a huge table) */
                L->event_bytes += ll <= MAX_LINE ? ll : 0;
            } else if (c < buf + i && *c != '#' && *c != '\r') {
                L->n_other++; /* blank and comment lines add nothing */
            }
            i++;
            continue;
        }
        if (ll > MAX_LINE) {
            if (pass == 2)
                report(L, "line longer than 64 KiB", NULL, NULL);
        } else if (!tac_utf8_valid(buf + st, ll)) {
            if (pass == 2)
                report(L, "invalid UTF-8 or NUL byte", NULL, NULL);
        } else {
            load_line(L, buf + st, ll, pass);
        }
        i++;
    }
}

static char *read_file(const char *path, size_t *out_len, int *err)
{
    return tac_dict_read_file(path, out_len, err);
}

char *tac_dict_read_file(const char *path, size_t *out_len, int *err)
{
    /* a directory or a FIFO named x.dict: refuse it (fopen would block on
     * a FIFO and a directory reads as an I/O error) */
    struct stat sb;
    if (stat(path, &sb) != 0) {
        *err = errno;
        return NULL;
    }
    if (!S_ISREG(sb.st_mode)) {
        *err = S_ISDIR(sb.st_mode) ? EISDIR : EINVAL;
        return NULL;
    }
    FILE *f = fopen(path, "rb");
    *err = 0;
    if (!f) {
        *err = errno;
        return NULL;
    }
    size_t cap = 1 << 16, len = 0;
    char *buf = tac_malloc(cap);
    while (buf) {
        if (len == cap) {
            if (cap >= MAX_FILE) {
                *err = EFBIG;
                break;
            }
            char *nb = tac_realloc(buf, cap * 2);
            if (!nb) {
                *err = ENOMEM;
                break;
            }
            buf = nb;
            cap *= 2;
        }
        size_t n = fread(buf + len, 1, cap - len, f);
        len += n;
        if (n == 0) {
            if (ferror(f))
                *err = EIO;
            break;
        }
    }
    if (!buf)
        *err = ENOMEM;
    fclose(f);
    if (*err) {
        tac_free(buf);
        return NULL;
    }
    *out_len = len;
    return buf;
}

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

void tac_dict_free(tac_dict *d)
{
    if (!d)
        return;
    tac_tabari_free(d->tabari);
    tac_lexicon_fini(&d->lex);
    tac_strmap_fini(&d->cameo_index);
    tac_strmap_fini(&d->modal);
    tac_strmap_fini(&d->countries);
    tac_strmap_fini(&d->noplace);
    tac_strmap_fini(&d->within);
    tac_u64map_fini(&d->surnames);
    tac_u64map_fini(&d->fuzzy);
    tac_free(d->surname_next);
    tac_u64map_fini(&d->compounds);
    trie_fini(&d->actors);
    trie_fini(&d->patterns);
    trie_fini(&d->markers);
    tac_free(d->cameo);
    tac_free(d->aent);
    tac_free(d->pat);
    tac_free(d->ment);
    tac_arena_fini(&d->arena);
    tac_free(d);
}

/* A new, empty dictionary with its index structures; NULL on OOM. */
static tac_dict *dict_new(void)
{
    return tac_dict_new();
}

tac_dict *tac_dict_new(void)
{
    tac_dict *d = tac_calloc(1, sizeof *d);
    if (!d)
        return NULL;
    tac_arena_init(&d->arena, 256 * 1024);
    tac_strmap_init(&d->cameo_index);
    tac_strmap_init(&d->modal);
    tac_strmap_init(&d->countries);
    tac_strmap_init(&d->noplace);
    tac_strmap_init(&d->within);
    tac_u64map_init(&d->surnames);
    tac_u64map_init(&d->fuzzy);
    tac_u64map_init(&d->compounds);
    if (tac_lexicon_init(&d->lex, &d->arena) < 0 || trie_init(&d->actors) < 0 ||
        trie_init(&d->patterns) < 0 || trie_init(&d->markers) < 0) {
        tac_dict_free(d);
        return NULL;
    }
    d->actors.pairs_on = 1;
    return d;
}

/* Chains the PERSON entries by short name, in file order. */
static int index_surnames(tac_dict *d)
{
    if (!d->n_aent)
        return 0;
    d->surname_next = tac_calloc(d->n_aent, sizeof *d->surname_next);
    if (!d->surname_next)
        return -1;
    uint32_t *last = tac_calloc(d->n_aent, sizeof *last); /* chain tails, by head */
    if (!last)
        return -1;
    /* the map sized at once: at most a key per person entry */
    size_t n_people = 0;
    for (size_t i = 0; i < d->n_aent; i++)
        n_people += d->aent[i].kind == TAC_AK_PERSON && d->aent[i].short_word &&
                    !d->aent[i].official;
    if (tac_u64map_reserve(&d->surnames, n_people) < 0) {
        tac_free(last);
        return -1;
    }
    int rc = 0;
    for (size_t i = 0; i < d->n_aent && rc == 0; i++) {
        const tac_aentry *a = &d->aent[i];
        if (a->kind != TAC_AK_PERSON || !a->short_word || a->official)
            continue;
        uint32_t head;
        if (tac_u64map_get(&d->surnames, a->short_word, &head)) {
            d->surname_next[last[head - 1]] = (uint32_t)i + 1;
            last[head - 1] = (uint32_t)i;
        } else {
            if (tac_u64map_put(&d->surnames, a->short_word, (uint32_t)i + 1, NULL) < 0)
                rc = -1;
            last[i] = (uint32_t)i;
        }
    }
    tac_free(last);
    return rc < 0 ? -1 : 0;
}

/* tac_dict_in_office for the day number of the date (tac_date_to_days). */
static int in_office_day(const tac_aentry *e, long day)
{
    if (e->from.y && day < tac_date_to_days(e->from))
        return 0;
    if (e->to.y && day > tac_date_to_days(e->to))
        return 0;
    return 1;
}

int tac_dict_in_office(const tac_aentry *e, tac_ymd date)
{
    /* (an entry of no term holds its office on any date: no day to count) */
    if (!e->from.y && !e->to.y)
        return 1;
    return in_office_day(e, tac_date_to_days(date));
}

const tac_aentry *tac_dict_surname(const tac_dict *d, uint32_t word, tac_ymd date)
{
    uint32_t e;
    if (!word || !tac_u64map_get(&d->surnames, word, &e))
        return NULL;
    const tac_aentry *found = NULL;
    long day = tac_date_to_days(date); /* once for all the name's people */
    for (; e; e = d->surname_next[e - 1]) {
        const tac_aentry *a = &d->aent[e - 1];
        if (!in_office_day(a, day))
            continue;
        if (found && strcmp(found->phrase, a->phrase) != 0)
            return NULL; /* two people of that name in office: ambiguous */
        if (!found)
            found = a;
    }
    return found;
}

const tac_aentry *tac_dict_surname_any(const tac_dict *d, uint32_t word)
{
    uint32_t e;
    if (!word || !tac_u64map_get(&d->surnames, word, &e))
        return NULL;
    const tac_aentry *found = NULL;
    for (; e; e = d->surname_next[e - 1]) {
        const tac_aentry *a = &d->aent[e - 1];
        if (!a->country[0])
            return NULL; /* a head of an IGO: no country to give */
        if (found && memcmp(found->country, a->country, 3) != 0)
            return NULL; /* people of that name in two countries */
        if (!found)
            found = a;
    }
    return found;
}

int tac_dict_add_place(tac_dict *d, const char *name, size_t len, const char *iso3,
                       const char *file, uint32_t line)
{
    loader L;
    memset(&L, 0, sizeof L);
    tac_arena_init(&L.scratch, 1024);
    L.d = d;
    L.file = file;
    L.line = line;
    L.quiet_dup = 1;
    actor_ctx ctx;
    memset(&ctx, 0, sizeof ctx);
    ctx.first = 1;
    ctx.proto.kind = TAC_AK_PLACE;
    ctx.proto.file = file;
    ctx.proto.line = line;
    memcpy(ctx.proto.country, iso3, 3);
    int rc = 0;
    ctx.proto.code = arena_str(&L, iso3, 3);
    if (!ctx.proto.code || actor_phrase_one(&L, name, len, &ctx) < 0 || L.oom)
        rc = -1;
    else
        rc = L.quiet_dup == 2;
    tac_toks_fini(&L.toks);
    tac_arena_fini(&L.scratch);
    tac_free(L.plural_pats);
    return rc;
}

/* Sets t's pair filter from its list of pairs (once: the pairs of later
 * insertions go straight into the bits) and frees the list. Sixteen bits
 * per pair or more: about one pair in sixteen that no phrase has passes.
 * -1 on OOM. */
static int trie_pair_filter(tac_trie *t)
{
    if (!t->pairs_on || t->pair_bits)
        return 0;
    unsigned lg = 6; /* at least one 64-bit word: a shift below 64 */
    while (lg < 32 && ((size_t)1 << lg) < t->n_pairs * 16)
        lg++;
    t->pair_bits = tac_calloc(((size_t)1 << lg) / 64, sizeof *t->pair_bits);
    if (!t->pair_bits)
        return -1;
    t->pair_shift = 64 - lg;
    for (size_t i = 0; i < t->n_pairs; i++) {
        uint64_t k = tac_trie_pair_bit((uint32_t)(t->pairs[i] >> 32), (uint32_t)t->pairs[i],
                                       t->pair_shift);
        t->pair_bits[k >> 6] |= (uint64_t)1 << (k & 63);
    }
    tac_free(t->pairs);
    t->pairs = NULL;
    t->n_pairs = t->cap_pairs = 0;
    return 0;
}

/* After all lines: phrase-start flags, the actor trie's pair filter, the
 * surname index and the root count. -1 on OOM. */
int tac_dict_finish(tac_dict *d)
{
    /* Mark the words that start a phrase, so the coder probes a trie only
     * where a phrase can begin. */
    {
        const struct {
            tac_trie *t;
            uint32_t flag;
        } tries[] = {{&d->actors, TAC_LX_ACTOR_START},
                     {&d->patterns, TAC_LX_PAT_START},
                     {&d->markers, TAC_LX_MARK_START}};
        for (size_t k = 0; k < 3; k++) {
            const tac_trie *t = tries[k].t;
            for (size_t i = 0; i < t->n_root; i++) {
                uint32_t item = t->root_items[i];
                if (item >= TAC_ITEM_TARGET)
                    continue;
                d->lex.w[item & TAC_ITEM_ID_MASK].flags |= tries[k].flag;
                if (k < 2 && (item & TAC_ITEM_EXACT))
                    d->lex.w[item & TAC_ITEM_ID_MASK].marks |=
                        k == 0 ? TAC_LM_EXACT_START : TAC_LM_PAT_EXACT_START;
                if (k == 0 && t->first[tac_trie_child(t, 0, item)])
                    d->lex.w[item & TAC_ITEM_ID_MASK].marks |= TAC_LM_ACTOR_ONE;
            }
        }
    }
    if (trie_pair_filter(&d->actors) < 0)
        return -1;
    if (index_surnames(d) < 0)
        return -1;
    {
        /* the codes with patterns first, then each code's root once (not
         * an atoi per pattern) */
        unsigned char *used = tac_calloc(d->n_cameo + 1, 1);
        if (!used)
            return -1;
        for (size_t i = 0; i < d->n_pat; i++)
            used[d->pat[i].cameo] = 1;
        int roots[21] = {0};
        for (size_t c = 0; c < d->n_cameo; c++) {
            if (!used[c])
                continue;
            int r = atoi(d->cameo[c].root);
            if (r >= 1 && r <= 20) /* TABARI codes need not be CAMEO */
                roots[r] = 1;
        }
        tac_free(used);
        for (int r = 1; r <= 20; r++)
            d->stats.roots += (size_t)roots[r];
    }
    return 0;
}

/* The parser proper, shared by tac_dict_load (files read from a directory)
 * and tac_dict_load_mem (buffers from the caller): both passes over the n
 * files (bufs[i] NULL = unreadable, skipped), then the derived word flags
 * and counts. where names the set in the "no cameo lines" message. */
static tac_status compile_set(loader *L, const char *const *names,
                              const char *const *bufs, const size_t *lens,
                              size_t n_names, const char *where, const char *gazetteer)
{
    tac_dict *d = L->d;
    for (int pass = 1; pass <= 2 && !L->oom; pass++) {
        for (size_t i = 0; i < n_names && !L->oom; i++) {
            if (!bufs[i])
                continue;
            L->file = arena_str(L, names[i], strlen(names[i]));
            if (!L->file)
                break;
            load_buffer(L, bufs[i], lens[i], pass);
        }
        /* size the big tables once instead of rehashing them as they grow:
         * about 1.5 words per line, three actor-trie edges per actor line
         * (a person's variants and generated spellings add edges) and
         * a pattern-trie edge per 16 bytes of event lines (an event line
         * holds any number of patterns: data/dict has about 1.7 edges per
         * pattern, 3.6 patterns per line, 26 bytes per pattern) */
        if (pass == 1 && (tac_lexicon_reserve(&d->lex, (L->n_event + L->n_other) * 3 / 2) < 0 ||
                          tac_u64map_reserve(&d->actors.edges, L->n_other * 3) < 0 ||
                          tac_u64map_reserve(&d->patterns.edges, L->event_bytes / 16) < 0))
            L->oom = 1;
    }
    if (!L->oom && expand_plurals(L) < 0)
        L->oom = 1;
    if (L->oom)
        return TAC_ENOMEM;
    /* the gazetteer's places join the same actor trie before the
     * phrase-start flags are computed, and see every shipped phrase */
    if (gazetteer) {
        tac_status gs = tac_gazetteer_load(d, gazetteer, L->diag, L->user);
        if (gs != TAC_OK)
            return gs;
    }
    if (tac_dict_finish(d) < 0) {
        L->oom = 1;
        return TAC_ENOMEM;
    }
    /* the null code of `event ---` lines is no CAMEO table */
    uint32_t none_ci;
    size_t n_real = d->n_cameo - (tac_strmap_get(&d->cameo_index, "---", 3, &none_ci) ? 1 : 0);
    if (n_real == 0 || d->n_pat == 0) {
        if (L->diag)
            L->diag(L->user, where, 0, n_real == 0 ? "no cameo lines: the set has no CAMEO table"
                                                   : "no event patterns");
        return TAC_EDICT;
    }
    return TAC_OK;
}

tac_status tac_dict_load(const char *dir, tac_diag_fn diag, void *user,
                         tac_dict **out)
{
    return tac_dict_load_opts(dir, NULL, diag, user, out);
}

tac_status tac_dict_load_opts(const char *dir, const tac_dict_options *opts,
                              tac_diag_fn diag, void *user, tac_dict **out)
{
    *out = NULL;
    const char *gazetteer = opts && opts->gazetteer && opts->gazetteer[0] ? opts->gazetteer : NULL;
    if (!dir)
        return TAC_EARG;
    DIR *dh = opendir(dir);
    if (!dh) {
        if (diag) {
            char msg[300];
            snprintf(msg, sizeof msg, "cannot open dictionary directory: %s",
                     strerror(errno));
            diag(user, dir, 0, msg);
        }
        return TAC_EIO;
    }
    char **names = NULL;
    size_t n_names = 0, cap_names = 0;
    struct dirent *de;
    tac_status st = TAC_OK;
    while ((de = readdir(dh))) {
        size_t nl = strlen(de->d_name);
        if (nl < 6 || strcmp(de->d_name + nl - 5, ".dict") != 0 || de->d_name[0] == '.')
            continue;
        char **grown = tac_dict_grow(names, &cap_names, n_names, sizeof *names);
        if (!grown) {
            st = TAC_ENOMEM;
            break;
        }
        names = grown;
        names[n_names] = tac_malloc(nl + 1);
        if (!names[n_names]) {
            st = TAC_ENOMEM;
            break;
        }
        memcpy(names[n_names++], de->d_name, nl + 1);
    }
    closedir(dh);
    tac_dict *d = NULL;
    char **bufs = NULL;
    size_t *lens = NULL;
    loader L;
    memset(&L, 0, sizeof L);
    tac_arena_init(&L.scratch, 4096);
    if (st != TAC_OK)
        goto done;
    if (n_names) /* names is NULL for an empty directory */
        qsort(names, n_names, sizeof *names, cmp_str);
    d = dict_new();
    bufs = tac_calloc(n_names + 1, sizeof *bufs);
    lens = tac_calloc(n_names + 1, sizeof *lens);
    if (!d || !bufs || !lens) {
        st = TAC_ENOMEM;
        goto done;
    }
    L.d = d;
    L.diag = diag;
    L.user = user;
    /* read every file once, then run both passes over the buffers */
    for (size_t i = 0; i < n_names; i++) {
        size_t pl = strlen(dir) + strlen(names[i]) + 2;
        char *path = tac_malloc(pl);
        if (!path) {
            st = TAC_ENOMEM;
            goto done;
        }
        snprintf(path, pl, "%s/%s", dir, names[i]);
        int err;
        bufs[i] = read_file(path, &lens[i], &err);
        tac_free(path);
        if (!bufs[i]) {
            if (err == ENOMEM) {
                st = TAC_ENOMEM;
                goto done;
            }
            d->stats.errors++;
            if (diag)
                diag(user, names[i], 0, err == EFBIG ? "file larger than 256 MiB"
                                        : err == EINVAL ? "not a regular file" : strerror(err));
        }
        d->stats.files++;
    }
    st = compile_set(&L, (const char *const *)names, (const char *const *)bufs, lens,
                     n_names, dir, gazetteer);
done:
    for (size_t i = 0; i < n_names; i++) {
        tac_free(names[i]);
        if (bufs)
            tac_free(bufs[i]);
    }
    tac_free(names);
    tac_free(bufs);
    tac_free(lens);
    tac_toks_fini(&L.toks);
    tac_arena_fini(&L.scratch);
    tac_free(L.plural_pats);
    if (st != TAC_OK) {
        tac_dict_free(d);
        return st;
    }
    *out = d;
    return TAC_OK;
}

tac_status tac_dict_load_mem(const char *const *names, const char *const *bufs,
                             const size_t *lens, size_t n, tac_diag_fn diag,
                             void *user, tac_dict **out)
{
    *out = NULL;
    if (n && (!names || !bufs || !lens))
        return TAC_EARG;
    loader L;
    memset(&L, 0, sizeof L);
    tac_arena_init(&L.scratch, 4096);
    tac_dict *d = dict_new();
    tac_status st = TAC_ENOMEM;
    if (d) {
        L.d = d;
        L.diag = diag;
        L.user = user;
        d->stats.files = n;
        st = compile_set(&L, names, bufs, lens, n, "(memory)", NULL);
    }
    tac_toks_fini(&L.toks);
    tac_arena_fini(&L.scratch);
    tac_free(L.plural_pats);
    if (st != TAC_OK) {
        tac_dict_free(d);
        return st;
    }
    *out = d;
    return TAC_OK;
}

void tac_dict_get_stats(const tac_dict *d, tac_dict_stats *out)
{
    *out = d->stats;
}

const tac_cameo *tac_dict_cameo(const tac_dict *d, const char *code, size_t len)
{
    uint32_t i;
    return tac_strmap_get(&d->cameo_index, code, len, &i) ? &d->cameo[i] : NULL;
}

long tac_dict_modal(const tac_dict *d, const char *kind, uint32_t ev)
{
    const char *code = d->cameo[ev].code;
    size_t cl = strlen(code), kl = strlen(kind);
    char key[32];
    /* "kind:code", then the code cut one digit at a time; built by hand,
     * not by snprintf: this runs for verbs of most sentences */
    if (kl + 1 + cl > sizeof key)
        return -1;
    memcpy(key, kind, kl);
    key[kl] = ':';
    memcpy(key + kl + 1, code, cl);
    for (size_t n = cl; n >= 2; n--) {
        uint32_t ci;
        if (tac_strmap_get(&d->modal, key, kl + 1 + n, &ci))
            return (long)ci;
    }
    return -1;
}

int tac_dict_is_country(const tac_dict *d, const char *code, size_t len)
{
    uint32_t v;
    return tac_strmap_get(&d->countries, code, len, &v);
}
