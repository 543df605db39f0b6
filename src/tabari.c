/* tabari.c -- loading TABARI dictionary sets (.project, .verbs, .actors,
 * .agents, .options) into the engine's dictionary; see tabari.h for where
 * each part goes and docs/tabari-validation.md for the syntax table.
 *
 * Files are read in TABARI's order: verbs (synsets first), actors, agents,
 * then options (LABEL lines name codes the other files use; SET lines may
 * switch off what a <TIME> block switched on); files of one kind in the
 * .project's order (a folder's: by name), as TABARI reads them, since on a
 * tie between two actor phrases the one loaded first wins (CountryInfo's
 * ALBANIAN_ [ALB] + s before ECS's ALBANIANS_ [alb]). Lines that are not UTF-8 are
 * read as Latin-1 (old dictionaries are). Every unknown or malformed line
 * is reported once as file:line: reason and skipped; the rest loads.
 * '&' is an ordinary character inside names; only "&NAME" inside a verb
 * pattern refers to a synset. */
#include "tabari.h"

#include <ctype.h>
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "dict.h"
#include "token.h"
#include "utf8.h"

#define TB_MAX_ITEMS 48
#define TB_MAX_LINE 4096     /* longer lines are refused */
#define TB_MAX_VARIANTS 64   /* { A | B } expansions of one pattern */
#define TB_MAX_BLOCKS 32     /* code blocks of one actor entry */
#define TB_MAX_PHRASES 256   /* phrases (+synonyms) of one actor entry */

typedef enum file_kind { FK_VERBS, FK_ACTORS, FK_AGENTS, FK_OPTIONS } file_kind;

typedef struct tb_block {
    const char *codes; /* the code text, arena */
    tac_ymd from, to;
    uint8_t flags;
} tb_block;

typedef struct tb_loader {
    tac_dict *d;
    tac_tabari *t;
    tac_diag_fn diag;
    void *user;
    const char *file;
    size_t line;
    int oom;
    tac_toks toks;
    tac_arena scratch;
    /* the actor entry being read (phrase lines, '+' synonyms, code blocks) */
    char *phr[TB_MAX_PHRASES];
    size_t n_phr;
    size_t entry_line;
    tb_block blk[TB_MAX_BLOCKS];
    size_t n_blk;
    int entry_bad;
    /* the verb root being read */
    long verb;         /* index into t->verb, -1 = none */
    uint32_t root_tail[TB_MAX_ITEMS];
    size_t n_root_tail;
    long time_root;    /* index of the last <TIME> phrase, -1 = none */
} tb_loader;

#if defined(__GNUC__)
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
#endif
static void report(tb_loader *L, const char *fmt, const char *a)
{
    char msg[512];
    char arg[160];
    snprintf(arg, sizeof arg, "%s", a ? a : "");
    snprintf(msg, sizeof msg, fmt, arg);
    L->d->stats.errors++;
    if (L->diag)
        L->diag(L->user, L->file, L->line, msg);
}

/* report() with a slice s[0..n) (not NUL-terminated) as the argument. */
static void report_n(tb_loader *L, const char *fmt, const char *s, size_t n)
{
    char arg[160];
    snprintf(arg, sizeof arg, "%.*s", (int)(n < sizeof arg ? n : sizeof arg - 1), s);
    report(L, fmt, arg);
}



void tac_tabari_free(tac_tabari *t)
{
    if (!t)
        return;
    tac_u64map_fini(&t->forms);
    tac_strmap_fini(&t->synsets);
    tac_free(t->form);
    tac_free(t->form_head);
    tac_free(t->verb);
    tac_free(t->syn_first);
    tac_free(t->phr);
    tac_free(t->timep);
    tac_free(t->pat_sig);
    tac_free(t->pat_pos0);
    tac_free(t->vmask);
    tac_free(t->vpos);
    tac_free(t->vstart);
    tac_free(t->vdrop);
    tac_u64map_fini(&t->wix);
    tac_free(t->wrec);
    tac_free(t->act_item);
    tac_free(t->act_bloom);
    tac_free(t->sig_item);
    tac_free(t);
}

static const char *astr(tb_loader *L, const char *s, size_t n)
{
    const char *p = tac_arena_strndup(&L->d->arena, s, n);
    if (!p)
        L->oom = 1;
    return p;
}

static int is_sp(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v';
}

static void trim(const char **s, size_t *n)
{
    while (*n && is_sp(**s))
        (*s)++, (*n)--;
    while (*n && is_sp((*s)[*n - 1]))
        (*n)--;
}

/* ---- codes ------------------------------------------------------------ */

/* The cameo index of code, added (with no name) the first time. */
static long code_index(tb_loader *L, const char *code, size_t n)
{
    tac_dict *d = L->d;
    uint32_t ci;
    if (tac_strmap_get(&d->cameo_index, code, n, &ci))
        return ci;
    TAC_DICT_PUSH(L, d->cameo, d->n_cameo, d->cap_cameo);
    if (L->oom)
        return -1;
    tac_cameo *c = &d->cameo[d->n_cameo];
    memset(c, 0, sizeof *c);
    memcpy(c->code, code, n);
    c->code[n] = '\0';
    if (n >= 2 && isdigit((unsigned char)code[0]) && isdigit((unsigned char)code[1])) {
        c->root[0] = code[0];
        c->root[1] = code[1];
        int r = (code[0] - '0') * 10 + (code[1] - '0');
        c->quad = r < 1 || r > 20 ? 0 : r <= 5 ? 1 : r <= 8 ? 2 : r <= 13 ? 3 : 4;
    }
    c->name = "";
    const char *k = astr(L, code, n);
    if (!k)
        return -1;
    if (tac_strmap_put(&d->cameo_index, k, n, (uint32_t)d->n_cameo, NULL) < 0) {
        L->oom = 1;
        return -1;
    }
    d->stats.cameo++;
    return (long)d->n_cameo++;
}

/* An event code: 1..7 letters or digits ("064", "174K"), a trailing '!'
 * ignored. */
static int event_code_ok(const char *s, size_t n)
{
    if (n && (s[n - 1] == '!' || s[n - 1] == '?'))
        n--;
    if (n < 1 || n > 7)
        return 0;
    for (size_t i = 0; i < n; i++)
        if (!isalnum((unsigned char)s[i]))
            return 0;
    return 1;
}

/* ---- phrases ------------------------------------------------------------ */

typedef enum ph_mode { PH_ACTOR, PH_PATTERN, PH_FORMS, PH_SYN } ph_mode;

/* Compiles a folded word (one token of the tokenizer) into an item. */
static int word_item(tb_loader *L, const char *w, size_t wl, int exact, int adj,
                     uint32_t *out)
{
    uint32_t id = tac_lexicon_intern_raw(&L->d->lex, w, wl);
    if (!id) {
        L->oom = 1;
        return -1;
    }
    if (id > TAC_TB_ID) {
        report(L, "vocabulary too large", NULL);
        return 0;
    }
    if (!exact) {
        L->d->lex.w[id].flags |= TAC_LX_TBSTEM;
        if (L->t->stem_min == 0 || wl < L->t->stem_min)
            L->t->stem_min = (uint32_t)wl;
    }
    *out = id | (exact ? TAC_TB_EXACT : 0) | (adj ? TAC_TB_ADJ : 0);
    return 1;
}

/* Compiles phrase p[0..len) (TABARI spelling: words, '_' connectors,
 * slots in patterns) into items; returns the count, 0 on a reported error,
 * -1 on OOM. */
static int compile(tb_loader *L, const char *p, size_t len, ph_mode mode,
                   uint32_t *items, size_t max)
{
    size_t n = 0;
    size_t i = 0;
    int adj = 0; /* the next item joins the previous one */
    while (i < len) {
        if (is_sp(p[i])) {
            adj = 0;
            i++;
            continue;
        }
        if (p[i] == '_') {
            adj = n > 0;
            i++;
            continue;
        }
        if (mode == PH_PATTERN && strchr("*$+%^", p[i])) {
            if (n >= max) {
                report(L, "phrase longer than %s items", "48");
                return 0;
            }
            uint32_t it = p[i] == '*' ? TAC_TB_VERB : p[i] == '$' ? TAC_TB_SRC
                        : p[i] == '+' ? TAC_TB_TGT : p[i] == '%' ? TAC_TB_COMP : TAC_TB_SKIP;
            items[n++] = it | (adj ? TAC_TB_ADJ : 0);
            adj = 0;
            i++;
            continue;
        }
        if ((mode == PH_PATTERN || mode == PH_SYN) && p[i] == '&' && i + 1 < len && isalpha((unsigned char)p[i + 1])) {
            size_t st = ++i;
            while (i < len && !is_sp(p[i]) && p[i] != '_')
                i++;
            char name[128];
            size_t nl = 0;
            for (size_t k = st; k < i && nl + 1 < sizeof name; k++)
                name[nl++] = (char)tolower((unsigned char)p[k]);
            uint32_t si;
            if (!tac_strmap_get(&L->t->synsets, name, nl, &si)) {
                name[nl] = '\0';
                report(L, "unknown synset &%s", name);
                return 0;
            }
            if (n >= max) {
                report(L, "phrase longer than %s items", "48");
                return 0;
            }
            items[n++] = TAC_TB_SYN | si | (adj ? TAC_TB_ADJ : 0);
            adj = 0;
            continue;
        }
        /* a word: up to white space, '_' or (in patterns) a slot */
        size_t st = i;
        while (i < len && !is_sp(p[i]) && p[i] != '_' &&
               !(mode == PH_PATTERN && strchr("*$+%^", p[i]) && i > st))
            i++;
        int exact = (i < len && p[i] == '_') || mode == PH_FORMS;
        size_t wl = i - st;
        if (wl && p[st + wl - 1] == '~') { /* REAL~_PLEASANT: a stem, joined */
            wl--;
            exact = 0;
        }
        int noend = 0;
        if (wl && p[st + wl - 1] == '=') { /* MOUSE=, BAN=: the word as it is */
            wl--;
            exact = 1;
            noend = 1;
        }
        if (wl == 0)
            continue;
        /* hyphens join parts like '_' does; the tokenizer then splits a
         * word the way it splits text ("didn't" -> "did" "n't") */
        size_t a = st, e = st + wl;
        while (a < e) {
            size_t b = a;
            while (b < e && p[b] != '-')
                b++;
            if (b > a) {
                L->toks.n = 0;
                tac_arena_reset(&L->scratch);
                if (tac_token_split(p + a, b - a, 0, &L->scratch, tac_lexicon_is_abbrev,
                                    &L->d->lex, 16, &L->toks, NULL) < 0) {
                    L->oom = 1;
                    return -1;
                }
                for (size_t k = 0; k < L->toks.n; k++) {
                    const tac_tok *t = &L->toks.v[k];
                    int last = b == e && k + 1 == L->toks.n;
                    if (n >= max) {
                        report(L, "phrase longer than %s items", "48");
                        return 0;
                    }
                    int r;
                    if (last && noend && t->norm_len < 250) {
                        /* kept apart from the plain word, which takes -s */
                        char nb[256];
                        memcpy(nb, t->norm, t->norm_len);
                        nb[t->norm_len] = '=';
                        r = word_item(L, nb, t->norm_len + 1, 1, adj, &items[n]);
                    } else {
                        r = word_item(L, t->norm, t->norm_len, last ? exact : 1, adj, &items[n]);
                    }
                    if (r <= 0)
                        return r;
                    n++;
                    adj = 1;
                }
            }
            a = b + 1;
            adj = n > 0;
        }
        adj = 0;
    }
    return (int)n;
}

/* Expands the first { A | B } group of p; calls fn on each variant. */
typedef int (*variant_fn)(tb_loader *L, const char *p, size_t len, void *ctx);

static int expand(tb_loader *L, const char *p, size_t len, variant_fn fn, void *ctx,
                  int *budget)
{
    const char *o = memchr(p, '{', len);
    if (!o)
        return --*budget >= 0 ? fn(L, p, len, ctx) : 0;
    const char *c = memchr(o, '}', len - (size_t)(o - p));
    if (!c) {
        report(L, "'{' without '}'", NULL);
        return 0;
    }
    const char *a = o + 1;
    while (a <= c) {
        const char *b = a;
        while (b < c && *b != '|')
            b++;
        const char *s = a;
        size_t sn = (size_t)(b - a);
        trim(&s, &sn);
        char buf[TB_MAX_LINE];
        size_t pre = (size_t)(o - p), post = len - (size_t)(c + 1 - p);
        if (pre + sn + post + 2 >= sizeof buf) {
            report(L, "pattern too long", NULL);
            return 0;
        }
        memcpy(buf, p, pre);
        memcpy(buf + pre, s, sn);
        memcpy(buf + pre + sn, c + 1, post);
        if (expand(L, buf, pre + sn + post, fn, ctx, budget) < 0)
            return -1;
        a = b + 1;
    }
    return 0;
}

/* Splits "text [code] ;comment" into text and code; returns 1, or 0 with
 * the error reported. no_code_ok: a line without a block is fine. */
static int split_code(tb_loader *L, const char *s, size_t n, const char **txt, size_t *tl,
                      const char **code, size_t *cl, int no_code_ok)
{
    const char *semi = memchr(s, ';', n);
    const char *o = memchr(s, '[', n);
    if (semi && (!o || semi < o))
        n = (size_t)(semi - s), o = NULL;
    *txt = s;
    *tl = o ? (size_t)(o - s) : n;
    trim(txt, tl);
    *code = NULL;
    *cl = 0;
    if (!o) {
        if (!no_code_ok)
            report(L, "missing [code]", NULL);
        return no_code_ok;
    }
    const char *c = memchr(o, ']', n - (size_t)(o - s));
    if (!c) {
        report(L, "unclosed '['", NULL);
        return 0;
    }
    *code = o + 1;
    *cl = (size_t)(c - o - 1);
    trim(code, cl);
    return 1;
}

/* ---- verbs ---------------------------------------------------------------- */

typedef struct pat_ctx {
    long cameo;
    uint32_t cameo2;
    uint8_t flags;
    int root;      /* the root line itself */
    const char *text;
    int fixed, alt, lit; /* text's TABARI length: tb_pat_len, tb_lit_len */
} pat_ctx;

/* One character of a pattern as TABARI's pattern length counts it:
 * letters, digits and other non-punctuation bytes, '_' and the apostrophe
 * ('-' inside a phrase is TABARI's '_'); slots, spaces and braces do not
 * count. */
static int tb_len_char(unsigned char ch)
{
    if (ch == '_' || ch == '\'' || ch == '-')
        return 1;
    return !isspace(ch) && !ispunct(ch);
}

/* TABARI's length of a pattern text s[0..n): the characters outside
 * { A | B } groups, *alt the sum over the groups of their longest
 * alternative. */
static int tb_pat_len(const char *s, size_t n, int *alt)
{
    int len = 0, a = 0;
    const char *e = s + n;
    for (; s < e; s++) {
        if (*s != '{') {
            len += tb_len_char((unsigned char)*s);
            continue;
        }
        int best = 0, cur = 0;
        for (s++; s < e && *s != '}'; s++) {
            if (*s == '|') {
                best = cur > best ? cur : best;
                cur = 0;
            } else {
                cur += tb_len_char((unsigned char)*s);
            }
        }
        a += cur > best ? cur : best;
        if (s == e)
            break;
    }
    *alt = a;
    return len;
}

/* The characters of the words of s[0..n) outside { } groups, as TABARI
 * counts a matched alternative (the literals' length: letters, digits and
 * apostrophes, no '_'). */
static int tb_lit_len(const char *s, size_t n)
{
    int len = 0, depth = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char ch = (unsigned char)s[i];
        depth += ch == '{';
        depth -= ch == '}' && depth > 0;
        if (!depth && ch != '}' && (ch == '\'' || (!isspace(ch) && !ispunct(ch))))
            len++;
    }
    return len;
}

/* Orders the patterns of a verb root as TABARI does (RootsClass::
 * storePattern): each line in file order is put after every pattern
 * already listed whose length (characters plus its longest alternatives)
 * is at least the new line's length without its alternatives, so longer
 * patterns are tried first, a pattern made only of alternatives goes to
 * the end of what is there, and at equal length the earlier line stays
 * first. A line's { A | B } variants keep their order together; the root's
 * own code (first, its text holds no '*') stays last. pat[0..n) holds the
 * root's patterns in file order. Returns -1 when out of memory. */
static int tb_order_patterns(tac_pattern *pat, size_t n)
{
    if (n < 2)
        return 0;
    size_t root = strchr(pat[0].text, '*') ? n : 0; /* n: no root pattern */
    size_t *grp = tac_malloc(n * sizeof *grp);  /* group start of each slot */
    int *glen = tac_malloc(n * sizeof *glen);   /* stored length per group */
    tac_pattern *tmp = tac_malloc(n * sizeof *tmp);
    if (!grp || !glen || !tmp) {
        tac_free(grp);
        tac_free(glen);
        tac_free(tmp);
        return -1;
    }
    size_t ng = 0;
    for (size_t i = 0; i < n; i++) {
        if (i == root)
            continue;
        if (i > 0 && i - 1 != root && pat[i].text == pat[i - 1].text && pat[i].line == pat[i - 1].line)
            continue; /* a variant of the line before */
        int alt = pat[i].tb_maxalt, len = pat[i].tb_len - alt;
        size_t at = 0;
        while (at < ng && glen[at] >= len)
            at++;
        memmove(grp + at + 1, grp + at, (ng - at) * sizeof *grp);
        memmove(glen + at + 1, glen + at, (ng - at) * sizeof *glen);
        grp[at] = i;
        glen[at] = len + alt;
        ng++;
    }
    size_t k = 0;
    for (size_t g = 0; g < ng; g++) {
        size_t i = grp[g];
        do
            tmp[k++] = pat[i++];
        while (i < n && i != root && pat[i].text == pat[i - 1].text && pat[i].line == pat[i - 1].line);
    }
    if (root < n)
        tmp[k++] = pat[root];
    memcpy(pat, tmp, k * sizeof *tmp);
    tac_free(grp);
    tac_free(glen);
    tac_free(tmp);
    return 0;
}

/* Adds a text form of the current verb. stem: the form is a stem
 * (a { ... } form without '_'), keyed apart from whole words. */
static int add_form_k(tb_loader *L, const char *w, size_t wl, int stem)
{
    tac_tabari *t = L->t;
    uint32_t id = tac_lexicon_intern_raw(&L->d->lex, w, wl);
    if (!id) {
        L->oom = 1;
        return -1;
    }
    uint64_t key = id | (stem ? TAC_TB_STEM_FORM : 0);
    if (stem) {
        L->d->lex.w[id].flags |= TAC_LX_TBSTEM;
        if (t->stem_min == 0 || wl < t->stem_min)
            t->stem_min = (uint32_t)wl;
    }
    uint32_t slot = 0;
    if (!tac_u64map_get(&t->forms, key, &slot)) {
        TAC_DICT_PUSH(L, t->form_head, t->n_head, t->cap_head);
        if (L->oom)
            return -1;
        t->form_head[t->n_head++] = 0;
        slot = (uint32_t)t->n_head;
        if (tac_u64map_put(&t->forms, key, slot, NULL) < 0) {
            L->oom = 1;
            return -1;
        }
    }
    uint32_t *head = &t->form_head[slot - 1];
    for (uint32_t f = *head; f; f = t->form[f - 1].next)
        if (t->form[f - 1].verb == (uint32_t)L->verb)
            return 0;
    TAC_DICT_PUSH(L, t->form, t->n_form, t->cap_form);
    if (L->oom)
        return -1;
    head = &t->form_head[slot - 1];
    t->form[t->n_form].verb = (uint32_t)L->verb;
    t->form[t->n_form].next = *head;
    *head = (uint32_t)++t->n_form;
    return 0;
}

static int add_form(tb_loader *L, const char *w, size_t wl)
{
    return add_form_k(L, w, wl, 0);
}

/* The regular forms of a verb root word, TABARI's verb endings
 * (ParserClass::matchLex): -s -es -ed -en -ing, and -d after a final e
 * (DEPLORE_: deplores, deplored). Nothing else: no dropped e before -ing
 * (FORCE_ does not match "forcing"), no -ies/-ied, no doubled final
 * consonant (BAN_ does not match "banned"); such forms are coded only when
 * the dictionary lists them in { }. "=" roots get none. */
static int add_forms(tb_loader *L, const char *w, size_t wl, int no_endings)
{
    static const char *const ends[] = {"s", "es", "ed", "en", "ing", "d"};
    if (add_form(L, w, wl) < 0)
        return -1;
    if (no_endings || wl == 0 || wl > 60)
        return 0;
    char buf[80];
    memcpy(buf, w, wl);
    for (size_t k = 0; k < sizeof ends / sizeof *ends; k++) {
        const char *e = ends[k];
        size_t el = strlen(e);
        if (e[0] == 'd' && w[wl - 1] != 'e')
            continue;
        memcpy(buf + wl, e, el);
        if (add_form(L, buf, wl + el) < 0)
            return -1;
    }
    return 0;
}

static int pattern_variant(tb_loader *L, const char *p, size_t len, void *vctx)
{
    pat_ctx *ctx = vctx;
    tac_dict *d = L->d;
    uint32_t items[TB_MAX_ITEMS + 1];
    int n = compile(L, p, len, PH_PATTERN, items, TB_MAX_ITEMS);
    if (n <= 0)
        return n;
    int verbs = 0, src = 0, tgt = 0;
    for (int i = 0; i < n; i++) {
        uint32_t it = items[i] & ~TAC_TB_ADJ;
        verbs += it == TAC_TB_VERB;
        src += it == TAC_TB_SRC;
        tgt += it == TAC_TB_TGT;
    }
    if (verbs != 1) {
        report(L, verbs ? "a pattern has one '*' (the verb)" : "a pattern needs '*' for the verb", NULL);
        return 0;
    }
    if (src > 1 || tgt > 1) {
        report(L, "a pattern has at most one '$' and one '+'", NULL);
        return 0;
    }
    /* insert the words of a multi-word root after the verb slot */
    uint32_t full[2 * TB_MAX_ITEMS + 2];
    size_t fn = 0;
    for (int i = 0; i < n; i++) {
        full[fn++] = items[i];
        if ((items[i] & ~TAC_TB_ADJ) == TAC_TB_VERB)
            for (size_t k = 0; k < L->n_root_tail; k++)
                full[fn++] = L->root_tail[k];
    }
    uint32_t *it = tac_arena_alloc(&d->arena, fn * sizeof *it);
    if (!it) {
        L->oom = 1;
        return -1;
    }
    memcpy(it, full, fn * sizeof *it);
    TAC_DICT_PUSH(L, d->pat, d->n_pat, d->cap_pat);
    if (L->oom)
        return -1;
    tac_pattern *pt = &d->pat[d->n_pat++];
    memset(pt, 0, sizeof *pt);
    pt->cameo = ctx->cameo < 0 ? 0 : (uint32_t)ctx->cameo;
    pt->cameo2 = ctx->cameo2;
    pt->tb = ctx->flags;
    pt->text = ctx->text;
    {
        /* TABARI's length, its alternatives' share and the characters of
         * the alternatives this variant holds (CoderClass::doVerb) */
        int alt = ctx->alt, fixed = ctx->fixed, lit = ctx->lit;
        int all = alt ? tb_lit_len(p, len) : lit;
        /* the root's own code is no pattern: it codes only when none of
         * the root's patterns matched */
        pt->tb_len = (uint16_t)(ctx->root ? 0 : fixed + alt > 65535 ? 65535 : fixed + alt);
        pt->tb_maxalt = (uint16_t)(alt > 65535 ? 65535 : alt);
        pt->tb_lenalt = (uint16_t)(alt && all > lit ? all - lit : 0);
    }
    pt->file = L->file;
    pt->line = (uint32_t)L->line;
    pt->items = it;
    pt->n_items = (uint16_t)fn;
    pt->has_source = (uint8_t)src;
    pt->has_target = (uint8_t)tgt;
    d->stats.patterns++;
    L->t->verb[L->verb].n++;
    return 0;
}

/* Parses a verb code block: "064", "032:033", "---", "###", "+++". */
static int parse_vcode(tb_loader *L, const char *c, size_t cl, pat_ctx *ctx)
{
    ctx->cameo = -1;
    ctx->cameo2 = UINT32_MAX;
    ctx->flags = 0;
    if (cl == 3 && memcmp(c, "---", 3) == 0) {
        ctx->flags = TAC_TBP_NULL;
        ctx->cameo = code_index(L, "---", 3);
        return ctx->cameo >= 0;
    }
    if (cl == 3 && memcmp(c, "###", 3) == 0) {
        ctx->flags = TAC_TBP_DISCARD;
        ctx->cameo = code_index(L, "###", 3);
        return ctx->cameo >= 0;
    }
    if (cl == 3 && memcmp(c, "+++", 3) == 0) {
        ctx->flags = TAC_TBP_COMPLEX;
        ctx->cameo = code_index(L, "+++", 3);
        return ctx->cameo >= 0;
    }
    const char *colon = memchr(c, ':', cl);
    size_t l1 = colon ? (size_t)(colon - c) : cl;
    char buf[32];
    snprintf(buf, sizeof buf, "%.*s", (int)(cl < 24 ? cl : 24), c);
    if (!event_code_ok(c, l1) || (colon && !event_code_ok(colon + 1, cl - l1 - 1))) {
        report(L, "bad event code [%s]", buf);
        return 0;
    }
    const char *c2 = colon ? colon + 1 : NULL;
    size_t l2 = colon ? cl - l1 - 1 : 0;
    /* '?': a subordinate verb (SAID), '!': a dominant verb (only it codes
     * in its sentence, SET: CHECK DOMINANT) */
    if (c[l1 - 1] == '?' || (l2 && c2[l2 - 1] == '?'))
        ctx->flags |= TAC_TBP_SUBORD;
    if (c[l1 - 1] == '!' || (l2 && c2[l2 - 1] == '!'))
        ctx->flags |= TAC_TBP_DOMINANT;
    if (c[l1 - 1] == '!' || c[l1 - 1] == '?')
        l1--;
    if (l2 && (c2[l2 - 1] == '!' || c2[l2 - 1] == '?'))
        l2--;
    ctx->cameo = code_index(L, c, l1);
    if (ctx->cameo < 0)
        return 0;
    if (colon) {
        long k = code_index(L, c2, l2);
        if (k < 0)
            return 0;
        ctx->cameo2 = (uint32_t)k;
    }
    return 1;
}

static void verb_root(tb_loader *L, const char *s, size_t n)
{
    tac_tabari *t = L->t;
    const char *txt, *code;
    size_t tl, cl;
    L->verb = -1;
    if (!split_code(L, s, n, &txt, &tl, &code, &cl, 0))
        return;
    if (tl == 0) {
        report(L, "missing verb before [code]", NULL);
        return;
    }
    pat_ctx ctx;
    if (!parse_vcode(L, code, cl, &ctx))
        return;
    ctx.root = 1;
    /* the first word is the verb, the rest follows it */
    uint32_t items[TB_MAX_ITEMS + 1];
    int ni = compile(L, txt, tl, PH_ACTOR, items, TB_MAX_ITEMS);
    if (ni <= 0)
        return;
    TAC_DICT_PUSH(L, t->verb, t->n_verb, t->cap_verb);
    if (L->oom)
        return;
    L->verb = (long)t->n_verb++;
    t->verb[L->verb].first = (uint32_t)L->d->n_pat;
    t->verb[L->verb].n = 0;
    t->verb[L->verb].drops = 0;
    /* the word's string lives in the arena; the lexicon's array moves as
     * forms are added, so keep the string, not the entry */
    const char *ws = L->d->lex.w[items[0] & TAC_TB_ID].s;
    size_t wl = L->d->lex.w[items[0] & TAC_TB_ID].len;
    /* '=' after the first word: no automatic endings */
    int no_end = wl && ws[wl - 1] == '=';
    if (add_forms(L, ws, wl - (size_t)no_end, no_end) < 0)
        return;
    /* a root without '_' or '=' is a stem, like any TABARI word:
     * RESUM matches "resumption" */
    if (!(items[0] & TAC_TB_EXACT) && add_form_k(L, ws, wl, 1) < 0)
        return;
    L->n_root_tail = 0;
    for (int i = 1; i < ni; i++)
        L->root_tail[L->n_root_tail++] = items[i];
    ctx.text = astr(L, txt, tl);
    if (!ctx.text)
        return;
    ctx.fixed = ctx.alt = ctx.lit = 0; /* the root's own code: no length */
    int budget = 1;
    expand(L, "*", 1, pattern_variant, &ctx, &budget);
}

static void verb_forms(tb_loader *L, const char *s, size_t n)
{
    if (L->verb < 0) {
        report(L, "verb forms { ... } without a verb before them", NULL);
        return;
    }
    const char *c = memchr(s, '}', n);
    if (!c) {
        report(L, "'{' without '}'", NULL);
        return;
    }
    const char *p = s + 1;
    while (p < c) {
        while (p < c && is_sp(*p))
            p++;
        const char *st = p;
        while (p < c && !is_sp(*p))
            p++;
        if (p > st) {
            uint32_t items[8];
            int k = compile(L, st, (size_t)(p - st), PH_ACTOR, items, 8);
            if (k < 0)
                return;
            if (k >= 1) {
                const char *ws = L->d->lex.w[items[0] & TAC_TB_ID].s;
                size_t wl = L->d->lex.w[items[0] & TAC_TB_ID].len;
                if (add_form_k(L, ws, wl, !(items[0] & TAC_TB_EXACT)) < 0)
                    return;
            }
        }
    }
}

static void verb_pattern(tb_loader *L, const char *s, size_t n)
{
    if (L->verb < 0) {
        report(L, "pattern line without a verb before it", NULL);
        return;
    }
    const char *txt, *code;
    size_t tl, cl;
    if (!split_code(L, s + 1, n - 1, &txt, &tl, &code, &cl, 0))
        return;
    pat_ctx ctx;
    if (!parse_vcode(L, code, cl, &ctx))
        return;
    ctx.root = 0;
    ctx.text = astr(L, txt, tl);
    if (!ctx.text)
        return;
    ctx.fixed = tb_pat_len(txt, tl, &ctx.alt);
    ctx.lit = tb_lit_len(txt, tl);
    int budget = TB_MAX_VARIANTS;
    expand(L, txt, tl, pattern_variant, &ctx, &budget);
    if (budget < 0)
        report(L, "more than 64 alternatives; the rest are skipped", NULL);
}

static void synset_line(tb_loader *L, const char *s, size_t n)
{
    tac_tabari *t = L->t;
    if (s[0] == '&') {
        const char *nm = s + 1;
        size_t nl = 0;
        while (nl < n - 1 && !is_sp(nm[nl]) && nm[nl] != ';')
            nl++;
        if (nl == 0 || nl > 100) {
            report(L, "bad synset name", NULL);
            return;
        }
        char name[128];
        for (size_t k = 0; k < nl; k++)
            name[k] = (char)tolower((unsigned char)nm[k]);
        const char *key = astr(L, name, nl);
        if (!key)
            return;
        TAC_DICT_PUSH(L, t->syn_first, t->n_syn, t->cap_syn);
        if (L->oom)
            return;
        uint32_t old;
        int r = tac_strmap_put(&t->synsets, key, nl, (uint32_t)t->n_syn, &old);
        if (r < 0) {
            L->oom = 1;
            return;
        }
        if (r == 0) {
            report(L, "synset defined twice", NULL);
            L->verb = -2;
            return;
        }
        t->syn_first[t->n_syn++] = 0;
        L->verb = -3 - (long)(t->n_syn - 1); /* the synset being filled */
        return;
    }
    if (s[0] == '+') {
        if (L->verb > -3) {
            report(L, "'+' member without a &SYNSET line before it", NULL);
            return;
        }
        size_t si = (size_t)(-3 - L->verb);
        const char *txt = s + 1;
        size_t tl = n - 1;
        const char *semi = memchr(txt, ';', tl);
        if (semi)
            tl = (size_t)(semi - txt);
        trim(&txt, &tl);
        uint32_t items[TB_MAX_ITEMS + 1];
        int k = compile(L, txt, tl, PH_SYN, items, TB_MAX_ITEMS);
        if (k <= 0)
            return;
        uint32_t *it = tac_arena_alloc(&L->d->arena, (size_t)k * sizeof *it);
        if (!it) {
            L->oom = 1;
            return;
        }
        memcpy(it, items, (size_t)k * sizeof *it);
        TAC_DICT_PUSH(L, t->phr, t->n_phr, t->cap_phr);
        if (L->oom)
            return;
        tac_tb_phrase *ph = &t->phr[t->n_phr];
        ph->items = it;
        ph->n = (uint16_t)k;
        ph->shift = 0;
        ph->next = t->syn_first[si];
        t->syn_first[si] = (uint32_t)++t->n_phr;
        return;
    }
    report(L, "a synset line starts with '&' or '+'", NULL);
}

/* "[-7]", "[+30]", "[- - -]", "[###]", "[+++]" */
static int time_shift(const char *c, size_t cl, int *out)
{
    char buf[16];
    size_t k = 0;
    for (size_t i = 0; i < cl && k + 1 < sizeof buf; i++)
        if (!is_sp(c[i]))
            buf[k++] = c[i];
    buf[k] = '\0';
    if (!strcmp(buf, "---")) {
        *out = TAC_TBT_NULL;
        return 1;
    }
    if (!strcmp(buf, "###")) {
        *out = TAC_TBT_DISCARD;
        return 1;
    }
    if (!strcmp(buf, "+++")) {
        *out = TAC_TBT_COMPLEX;
        return 1;
    }
    char *end;
    long v = strtol(buf, &end, 10);
    if (k == 0 || *end || v < -36600 || v > 36600)
        return 0;
    *out = (int)v;
    return 1;
}

static void time_line(tb_loader *L, const char *s, size_t n)
{
    tac_tabari *t = L->t;
    int sub = s[0] == '-' && n > 1 && is_sp(s[1]);
    const char *txt, *code;
    size_t tl, cl;
    if (!split_code(L, sub ? s + 1 : s, sub ? n - 1 : n, &txt, &tl, &code, &cl, 0))
        return;
    int shift;
    if (!time_shift(code, cl, &shift)) {
        report(L, "bad time shift (want [-7], [+30], [---], [###] or [+++])", NULL);
        return;
    }
    if (sub && L->time_root < 0) {
        report(L, "time pattern without a time phrase before it", NULL);
        return;
    }
    uint32_t items[2 * TB_MAX_ITEMS + 2];
    int k = compile(L, txt, tl, sub ? PH_PATTERN : PH_ACTOR, items, TB_MAX_ITEMS);
    if (k <= 0)
        return;
    size_t fn = 0;
    uint32_t full[2 * TB_MAX_ITEMS + 2];
    for (int i = 0; i < k; i++) {
        if (sub && (items[i] & ~TAC_TB_ADJ) == TAC_TB_VERB) {
            const tac_tb_phrase *r = &t->timep[L->time_root];
            for (size_t j = 0; j < r->n; j++)
                full[fn++] = j == 0 ? (r->items[j] | (items[i] & TAC_TB_ADJ)) : r->items[j];
            continue;
        }
        full[fn++] = items[i];
    }
    uint32_t *it = tac_arena_alloc(&L->d->arena, fn * sizeof *it);
    if (!it) {
        L->oom = 1;
        return;
    }
    memcpy(it, full, fn * sizeof *it);
    TAC_DICT_PUSH(L, t->timep, t->n_time, t->cap_time);
    if (L->oom)
        return;
    t->timep[t->n_time].items = it;
    t->timep[t->n_time].n = (uint16_t)fn;
    t->timep[t->n_time].shift = shift;
    t->timep[t->n_time].next = 0;
    if (!sub)
        L->time_root = (long)t->n_time;
    t->n_time++;
    t->opt.time_shift = 1;
}

/* ---- actors and agents ---------------------------------------------------- */

/* YYMMDD or YYYYMMDD. Two-digit years below 25 are 20yy (the real
 * dictionaries hold terms from the 1920s and the 2010s); a day past the
 * end of its month (TABARI accepts "040931") is the month's last day. */
static int tb_date(const char *s, size_t n, tac_ymd *out)
{
    if (n != 6 && n != 8)
        return -1;
    for (size_t i = 0; i < n; i++)
        if (!isdigit((unsigned char)s[i]))
            return -1;
    int y = n == 8 ? atoi((char[]){s[0], s[1], s[2], s[3], 0})
                   : (s[0] - '0') * 10 + (s[1] - '0');
    if (n == 6)
        y += y < 25 ? 2000 : 1900;
    const char *m = s + n - 4;
    out->y = y;
    out->m = (m[0] - '0') * 10 + (m[1] - '0');
    out->d = (m[2] - '0') * 10 + (m[3] - '0');
    if (out->m < 1 || out->m > 12 || out->d < 1 || out->d > 31 || y < 1)
        return -1;
    while (out->d > 28 && !tac_date_valid(*out))
        out->d--;
    return tac_date_valid(*out) ? 0 : -1;
}

/* One code block "CODE", "CODE <D", "CODE >D", "CODE D-D". */
static int parse_block(tb_loader *L, const char *c, size_t cl, file_kind kind, tb_block *b)
{
    memset(b, 0, sizeof *b);
    trim(&c, &cl);
    if (cl && c[0] == '"')
        c++, cl--;
    trim(&c, &cl);
    size_t k = 0;
    while (k < cl && !is_sp(c[k]) && c[k] != '<' && c[k] != '>')
        k++;
    char code[64];
    if (k == 0 || k >= 32) {
        report(L, k ? "actor code too long" : "code block without a code", NULL);
        return 0;
    }
    memcpy(code, c, k);
    code[k] = '\0';
    if (!strcmp(code, "---"))
        b->flags = TAC_TBA_NULL;
    else if (!strcmp(code, "###"))
        b->flags = TAC_TBA_DISCARD;
    else if (!strcmp(code, "+++"))
        b->flags = TAC_TBA_COMPLEX;
    else {
        size_t a = 0, e = k;
        if (kind == FK_AGENTS || code[0] == '~' || code[k - 1] == '~') {
            if (code[0] == '~')
                a = 1;
            else if (code[k - 1] == '~') {
                e = k - 1;
                b->flags |= TAC_TBA_PREFIX;
            }
        }
        int ok = e > a;
        for (size_t i = a; i < e; i++)
            if (!isalnum((unsigned char)code[i]) && code[i] != '/')
                ok = 0;
        if (!ok || !isalpha((unsigned char)code[a])) {
            report(L, "bad actor code [%s]", code);
            return 0;
        }
        /* the case is kept: TABARI writes "vaa" as the dictionary has it */
        memmove(code, code + a, e - a);
        k = e - a;
        code[k] = '\0';
    }
    b->codes = astr(L, code, k);
    if (!b->codes)
        return 0;
    const char *rest = c;
    size_t rl = cl;
    /* skip the code itself */
    {
        size_t j = 0;
        while (j < rl && !is_sp(rest[j]) && rest[j] != '<' && rest[j] != '>')
            j++;
        rest += j;
        rl -= j;
    }
    trim(&rest, &rl);
    if (rl && rest[rl - 1] == '"')
        rl--;
    trim(&rest, &rl);
    if (rl == 0)
        return 1;
    char dbuf[64];
    size_t dl = 0;
    for (size_t i = 0; i < rl && dl + 1 < sizeof dbuf; i++)
        if (!is_sp(rest[i]))
            dbuf[dl++] = rest[i];
    dbuf[dl] = '\0';
    b->flags |= TAC_TBA_DATED;
    if (dbuf[0] == '<' || dbuf[0] == '>') {
        tac_ymd dt;
        if (tb_date(dbuf + 1, dl - 1, &dt) < 0)
            goto bad;
        if (dbuf[0] == '<')
            b->to = tac_date_from_days(tac_date_to_days(dt) - 1);
        else
            b->from = dt;
        return 1;
    }
    {
        const char *dash = strchr(dbuf, '-');
        if (!dash)
            goto bad;
        size_t l1 = (size_t)(dash - dbuf);
        if (tb_date(dbuf, l1, &b->from) < 0 || tb_date(dash + 1, dl - l1 - 1, &b->to) < 0)
            goto bad;
        /* "230101-690430": a two-digit start after its end is a century back */
        if (l1 == 6 && tac_date_to_days(b->to) < tac_date_to_days(b->from) && b->from.y >= 2000)
            b->from.y -= 100;
        if (tac_date_to_days(b->to) < tac_date_to_days(b->from))
            goto bad;
        return 1;
    }
bad:
    report(L, "bad date restriction '%s' (want <YYMMDD, >YYMMDD or YYMMDD-YYMMDD)", dbuf);
    return 0;
}

/* Parses every [...] block of s[0..n); returns 0 after an error. */
static int parse_blocks(tb_loader *L, const char *s, size_t n, file_kind kind)
{
    size_t i = 0;
    while (i < n) {
        if (s[i] == ';')
            break;
        if (s[i] == '[') {
            const char *c = memchr(s + i, ']', n - i);
            if (!c) {
                report(L, "unclosed '['", NULL);
                return 0;
            }
            if (L->n_blk >= TB_MAX_BLOCKS) {
                report(L, "more than 32 code blocks", NULL);
                return 0;
            }
            tb_block b;
            if (!parse_block(L, s + i + 1, (size_t)(c - s - i - 1), kind, &b))
                return 0;
            L->blk[L->n_blk++] = b;
            i = (size_t)(c - s) + 1;
            continue;
        }
        if (!is_sp(s[i]) && s[i] != '"') {
            report(L, "unexpected text after a code block", NULL);
            return 0;
        }
        i++;
    }
    return 1;
}

static void entry_flush(tb_loader *L, file_kind kind)
{
    tac_dict *d = L->d;
    size_t line = L->line;
    if (L->n_phr == 0)
        goto done;
    L->line = L->entry_line;
    if (L->entry_bad)
        goto done;
    if (L->n_blk == 0) {
        report(L, "no [code] for '%s'", L->phr[0]);
        goto done;
    }
    int dated = 0;
    for (size_t b = 0; b < L->n_blk; b++)
        dated |= L->blk[b].flags & TAC_TBA_DATED;
    if (dated)
        d->stats.people++;
    for (size_t p = 0; p < L->n_phr && !L->oom; p++) {
        uint32_t items[TB_MAX_ITEMS + 1];
        int n = compile(L, L->phr[p], strlen(L->phr[p]), PH_ACTOR, items, TB_MAX_ITEMS);
        if (n <= 0)
            continue;
        uint32_t node = tac_dict_trie_insert(&d->actors, items, (size_t)n);
        if (!node) {
            L->oom = 1;
            break;
        }
        if (d->actors.first[node])
            continue; /* the first entry of a phrase wins, as in TABARI */
        const char *phrase = astr(L, L->phr[p], strlen(L->phr[p]));
        /* blocks chain in file order: the coder takes the first that fits */
        for (size_t b = L->n_blk; b-- > 0;) {
            TAC_DICT_PUSH(L, d->aent, d->n_aent, d->cap_aent);
            if (L->oom)
                break;
            tac_aentry *e = &d->aent[d->n_aent];
            memset(e, 0, sizeof *e);
            e->kind = kind == FK_AGENTS ? TAC_AK_AGENT : TAC_AK_ACTOR;
            e->code = L->blk[b].codes;
            e->from = L->blk[b].from;
            e->to = L->blk[b].to;
            e->tb = L->blk[b].flags;
            if (dated && !(e->tb & TAC_TBA_DATED))
                e->tb |= TAC_TBA_DEFAULT;
            if (e->kind == TAC_AK_ACTOR && strlen(e->code) >= 3 && !(e->tb & (TAC_TBA_NULL |
                TAC_TBA_DISCARD | TAC_TBA_COMPLEX)))
                memcpy(e->country, e->code, 3);
            e->phrase = phrase;
            e->file = L->file;
            e->line = (uint32_t)L->entry_line;
            e->next = d->actors.first[node];
            d->actors.first[node] = (uint32_t)++d->n_aent;
        }
        if (kind == FK_AGENTS)
            d->stats.agents++;
        else
            d->stats.actors++;
    }
done:
    for (size_t p = 0; p < L->n_phr; p++)
        tac_free(L->phr[p]);
    L->n_phr = 0;
    L->n_blk = 0;
    L->entry_bad = 0;
    L->line = line;
}

static void entry_phrase(tb_loader *L, const char *s, size_t n)
{
    trim(&s, &n);
    if (n > 512) {
        report(L, "name longer than 512 bytes", NULL);
        L->entry_bad = 1;
        return;
    }
    if (n == 0) {
        report(L, "empty name", NULL);
        L->entry_bad = 1;
        return;
    }
    if (L->n_phr >= TB_MAX_PHRASES) {
        report(L, "more than 256 synonyms", NULL);
        return;
    }
    char *p = tac_malloc(n + 1);
    if (!p) {
        L->oom = 1;
        return;
    }
    memcpy(p, s, n);
    p[n] = '\0';
    L->phr[L->n_phr++] = p;
}

static void word_list(tb_loader *L, const char *s, size_t n, uint32_t flag)
{
    const char *semi = memchr(s, ';', n);
    if (semi)
        n = (size_t)(semi - s);
    trim(&s, &n);
    if (!n)
        return;
    uint32_t items[TB_MAX_ITEMS + 1];
    int k = compile(L, s, n, PH_ACTOR, items, TB_MAX_ITEMS);
    for (int i = 0; i < k; i++)
        L->d->lex.w[items[i] & TAC_TB_ID].flags |= flag;
}

/* ---- files ------------------------------------------------------------------ */

typedef struct file_state {
    int block;     /* 0 none, 1 <SYNSETS>, 2 <TIME>, 3 <NOUN>, 4 <ADJECTIVE> */
    int done;      /* ~~FINISH seen */
} file_state;

static int tag_is(const char *s, size_t n, const char *tag)
{
    size_t tl = strlen(tag);
    if (n < tl)
        return 0;
    for (size_t i = 0; i < tl; i++)
        if (toupper((unsigned char)s[i]) != tag[i])
            return 0;
    return 1;
}

static void line_actor(tb_loader *L, file_state *fs, const char *s, size_t n, file_kind kind)
{
    int indented = n && (s[0] == ' ' || s[0] == '\t');
    const char *t = s;
    size_t tn = n;
    trim(&t, &tn);
    if (tn == 0 || t[0] == '#' || t[0] == ';')
        return;
    if (t[0] == '<') {
        entry_flush(L, kind);
        if (tag_is(t, tn, "<NOUN>"))
            fs->block = 3;
        else if (tag_is(t, tn, "<ADJECTIVE>"))
            fs->block = 4;
        else if (tag_is(t, tn, "</NOUN>") || tag_is(t, tn, "</ADJECTIVE>"))
            fs->block = 0;
        else
            report_n(L, "unknown block '%s'", t, tn);
        return;
    }
    if (fs->block == 3 || fs->block == 4) {
        word_list(L, t, tn, fs->block == 3 ? TAC_LX_TBNOUN : TAC_LX_TBADJ);
        return;
    }
    if (t[0] == '[' && (indented || L->n_phr)) {
        if (L->n_phr == 0) {
            report(L, "code block without a name before it", NULL);
            return;
        }
        if (!L->entry_bad && !parse_blocks(L, t, tn, kind))
            L->entry_bad = 1;
        return;
    }
    if (t[0] == '+') {
        if (L->n_phr == 0) {
            report(L, "'+' synonym without a name before it", NULL);
            return;
        }
        const char *semi = memchr(t, ';', tn);
        const char *o = memchr(t, '[', tn);
        size_t pl = tn - 1;
        if (semi && (!o || semi < o))
            pl = (size_t)(semi - t) - 1;
        else if (o)
            pl = (size_t)(o - t) - 1;
        entry_phrase(L, t + 1, pl);
        if (o && (!semi || o < semi) && !L->entry_bad && !parse_blocks(L, o, tn - (size_t)(o - t), kind))
            L->entry_bad = 1;
        return;
    }
    /* a new entry */
    entry_flush(L, kind);
    L->entry_line = L->line;
    const char *semi = memchr(t, ';', tn);
    const char *o = memchr(t, '[', tn);
    const char *q = memchr(t, '"', tn);
    if (q && o && q < o && q + 1 < t + tn) /* CODE "[...]" quoting */
        o = q;
    size_t pl = tn;
    if (semi && (!o || semi < o))
        pl = (size_t)(semi - t);
    else if (o)
        pl = (size_t)(o - t);
    entry_phrase(L, t, pl);
    if (o && (!semi || o < semi) && !L->entry_bad &&
        !parse_blocks(L, o, tn - (size_t)(o - t), kind))
        L->entry_bad = 1;
}

static void line_verb(tb_loader *L, file_state *fs, const char *s, size_t n)
{
    const char *t = s;
    size_t tn = n;
    trim(&t, &tn);
    if (tn == 0 || t[0] == ';' || t[0] == '#')
        return;
    if (t[0] == '<') {
        L->verb = -1;
        if (tag_is(t, tn, "<SYNSETS>"))
            fs->block = 1;
        else if (tag_is(t, tn, "<TIME>"))
            fs->block = 2;
        else if (tag_is(t, tn, "<NOUN>"))
            fs->block = 3;
        else if (tag_is(t, tn, "<ADJECTIVE>"))
            fs->block = 4;
        else if (tag_is(t, tn, "</"))
            fs->block = 0;
        else
            report_n(L, "unknown block '%s'", t, tn);
        return;
    }
    switch (fs->block) {
    case 1:
        synset_line(L, t, tn);
        return;
    case 2:
        time_line(L, t, tn);
        return;
    case 3: case 4:
        word_list(L, t, tn, fs->block == 3 ? TAC_LX_TBNOUN : TAC_LX_TBADJ);
        return;
    default:
        break;
    }
    if (t[0] == '-' && tn > 1 && t[1] != '-')
        verb_pattern(L, t, tn);
    else if (t[0] == '{')
        verb_forms(L, t, tn);
    else
        verb_root(L, t, tn);
}

/* Reads buf as lines of kind into the dictionary. */
static void load_buffer(tb_loader *L, const char *buf, size_t len, file_kind kind)
{
    file_state fs = {0, 0};
    size_t i = 0;
    L->line = 0;
    L->verb = -1;
    L->time_root = -1;
    if (len >= 3 && memcmp(buf, "\xEF\xBB\xBF", 3) == 0)
        i = 3;
    char *conv = NULL;
    while (i < len && !L->oom && !fs.done) {
        size_t st = i;
        const char *nl = memchr(buf + i, '\n', len - i);
        i = nl ? (size_t)(nl - buf) : len;
        L->line++;
        const char *s = buf + st;
        size_t n = i - st;
        i++;
        if (n && s[n - 1] == '\r')
            n--;
        if (n > TB_MAX_LINE) {
            report(L, "line longer than 4096 bytes", NULL);
            continue;
        }
        int bad = 0;
        for (size_t k = 0; k < n; k++) {
            unsigned char c = (unsigned char)s[k];
            if ((c < 0x20 && c != '\t') || c == 0x7f)
                bad = 1;
        }
        if (bad) {
            report(L, "control character or NUL byte (binary data?)", NULL);
            continue;
        }
        if (!tac_utf8_valid(s, n)) {
            /* Latin-1: every byte >= 0x80 becomes two UTF-8 bytes */
            tac_free(conv);
            conv = tac_malloc(2 * n + 1);
            if (!conv) {
                L->oom = 1;
                break;
            }
            size_t o = 0;
            for (size_t k = 0; k < n; k++) {
                unsigned char c = (unsigned char)s[k];
                if (c < 0x80)
                    conv[o++] = (char)c;
                else {
                    conv[o++] = (char)(0xC0 | (c >> 6));
                    conv[o++] = (char)(0x80 | (c & 0x3F));
                }
            }
            s = conv;
            n = o;
        }
        if (n >= 2 && s[0] == '~' && s[1] == '~') {
            fs.done = 1; /* ~~FINISH: the rest is not dictionary */
            break;
        }
        switch (kind) {
        case FK_VERBS:
            line_verb(L, &fs, s, n);
            break;
        case FK_ACTORS: case FK_AGENTS:
            line_actor(L, &fs, s, n, kind);
            break;
        case FK_OPTIONS: {
            const char *t = s;
            size_t tn = n;
            trim(&t, &tn);
            if (tn == 0 || (tn >= 2 && t[0] == '/' && t[1] == '/') || t[0] == '#')
                break;
            if (tac_dict_tabari_option(L->d, t, tn) != TAC_OK) {
                if (L->oom)
                    break;
                report(L, "unknown option line", NULL);
            }
            break;
        }
        }
    }
    if (kind == FK_ACTORS || kind == FK_AGENTS)
        entry_flush(L, kind);
    tac_free(conv);
}

/* ---- the set ------------------------------------------------------------------ */

typedef struct tb_file {
    char *path;
    char *name; /* base name */
    file_kind kind;
    size_t seq; /* a .project's files keep its order; a folder's: 0 */
} tb_file;

typedef struct tb_list {
    tb_file *v;
    size_t n, cap;
    int oom;
    int ordered; /* a .project: files of a kind in its order */
} tb_list;

static void list_add(tb_list *fl, const char *dir, const char *name, size_t nl, file_kind kind)
{
    tb_file *g = tac_dict_grow(fl->v, &fl->cap, fl->n, sizeof *fl->v);
    if (!g) {
        fl->oom = 1;
        return;
    }
    fl->v = g;
    size_t dl = dir ? strlen(dir) : 0;
    char *p = tac_malloc(dl + nl + 2);
    if (!p) {
        fl->oom = 1;
        return;
    }
    if (dl && !(nl && name[0] == '/'))
        snprintf(p, dl + nl + 2, "%s/%.*s", dir, (int)nl, name);
    else
        snprintf(p, nl + 1, "%.*s", (int)nl, name);
    const char *base = strrchr(p, '/');
    fl->v[fl->n].path = p;
    fl->v[fl->n].name = base ? (char *)base + 1 : p;
    fl->v[fl->n].kind = kind;
    fl->v[fl->n].seq = fl->ordered ? fl->n + 1 : 0;
    fl->n++;
}

static int ends_with(const char *s, const char *suf)
{
    size_t n = strlen(s), m = strlen(suf);
    return n > m && strcmp(s + n - m, suf) == 0;
}

static int cmp_file(const void *a, const void *b)
{
    const tb_file *x = a, *y = b;
    if (x->kind != y->kind)
        return (int)x->kind - (int)y->kind;
    if (x->seq != y->seq)
        return x->seq < y->seq ? -1 : 1;
    return strcmp(x->name, y->name);
}

/* The files of a .project (tags <actorsfile> <verbsfile> <agentsfile>
 * <optionsfile>; other tags are for TABARI's own runs and are ignored). */
static tac_status read_project(const char *path, tb_list *fl, tac_diag_fn diag, void *user)
{
    size_t len;
    int err;
    char *buf = tac_dict_read_file(path, &len, &err);
    if (!buf) {
        if (diag)
            diag(user, path, 0, strerror(err));
        return err == ENOMEM ? TAC_ENOMEM : TAC_EIO;
    }
    char dir[4096];
    const char *slash = strrchr(path, '/');
    snprintf(dir, sizeof dir, "%.*s", slash ? (int)(slash - path) : 1, slash ? path : ".");
    size_t i = 0, line = 0;
    while (i < len) {
        size_t st = i;
        const char *nl = memchr(buf + i, '\n', len - i);
        i = nl ? (size_t)(nl - buf) + 1 : len;
        line++;
        const char *s = buf + st;
        size_t n = (nl ? (size_t)(nl - buf) : len) - st;
        trim(&s, &n);
        if (n < 2 || s[0] != '<')
            continue;
        const char *gt = memchr(s, '>', n);
        if (!gt)
            continue;
        size_t tl = (size_t)(gt - s) + 1;
        const char *v = gt + 1;
        size_t vn = n - tl;
        const char *lt = memchr(v, '<', vn);
        if (lt)
            vn = (size_t)(lt - v);
        trim(&v, &vn);
        file_kind k;
        if (tag_is(s, tl, "<ACTORSFILE>"))
            k = FK_ACTORS;
        else if (tag_is(s, tl, "<VERBSFILE>"))
            k = FK_VERBS;
        else if (tag_is(s, tl, "<AGENTSFILE>"))
            k = FK_AGENTS;
        else if (tag_is(s, tl, "<OPTIONSFILE>"))
            k = FK_OPTIONS;
        else
            continue;
        if (vn == 0) {
            if (diag)
                diag(user, path, line, "tag without a file name");
            continue;
        }
        list_add(fl, dir, v, vn, k);
    }
    tac_free(buf);
    return fl->oom ? TAC_ENOMEM : TAC_OK;
}

static tac_status read_dir(const char *path, tb_list *fl, tac_diag_fn diag, void *user)
{
    DIR *dh = opendir(path);
    if (!dh) {
        if (diag)
            diag(user, path, 0, strerror(errno));
        return TAC_EIO;
    }
    struct dirent *de;
    while ((de = readdir(dh))) {
        const char *nm = de->d_name;
        if (nm[0] == '.')
            continue;
        file_kind k;
        if (ends_with(nm, ".verbs"))
            k = FK_VERBS;
        else if (ends_with(nm, ".actors"))
            k = FK_ACTORS;
        else if (ends_with(nm, ".agents"))
            k = FK_AGENTS;
        else if (ends_with(nm, ".options"))
            k = FK_OPTIONS;
        else
            continue;
        list_add(fl, path, nm, strlen(nm), k);
    }
    closedir(dh);
    return fl->oom ? TAC_ENOMEM : TAC_OK;
}

tac_status tac_dict_load_tabari(const char *path, tac_diag_fn diag, void *user,
                                tac_dict **out)
{
    *out = NULL;
    if (!path)
        return TAC_EARG;
    tb_list fl = {NULL, 0, 0, 0, 0};
    DIR *probe = opendir(path);
    tac_status st;
    if (probe) {
        closedir(probe);
        st = read_dir(path, &fl, diag, user);
    } else {
        fl.ordered = 1;
        st = read_project(path, &fl, diag, user);
    }
    tac_dict *d = NULL;
    tb_loader L;
    memset(&L, 0, sizeof L);
    tac_arena_init(&L.scratch, 4096);
    if (st != TAC_OK)
        goto done;
    if (fl.n) /* fl.v is NULL for a folder with no TABARI files */
        qsort(fl.v, fl.n, sizeof *fl.v, cmp_file);
    d = tac_dict_new();
    tac_tabari *t = tac_calloc(1, sizeof *t);
    if (!d || !t) {
        tac_free(t);
        st = TAC_ENOMEM;
        goto done;
    }
    d->tabari = t;
    tac_u64map_init(&t->forms);
    tac_u64map_init(&t->wix);
    tac_strmap_init(&t->synsets);
    /* TABARI's defaults: comma-delimited clauses of 2-10 words inside or
     * at the end are dropped, none at the start; 8 words at least */
    t->opt.comma_on = 1;
    t->opt.comma_min = 2;
    t->opt.comma_max = 10;
    t->opt.comma_emin = 2;
    t->opt.comma_emax = 10;
    t->opt.comma_bmin = 255;
    t->opt.comma_bmax = 0;
    t->opt.min_words = 8;
    t->opt.check_dominant = 1;
    L.d = d;
    L.t = t;
    L.diag = diag;
    L.user = user;
    L.verb = -1;
    int any_verbs = 0;
    for (size_t i = 0; i < fl.n && !L.oom; i++) {
        size_t len;
        int err;
        char *buf = tac_dict_read_file(fl.v[i].path, &len, &err);
        d->stats.files++;
        if (!buf) {
            if (err == ENOMEM) {
                st = TAC_ENOMEM;
                goto done;
            }
            d->stats.errors++;
            if (diag)
                diag(user, fl.v[i].name, 0, err == EFBIG ? "file larger than 256 MiB" : strerror(err));
            continue;
        }
        L.file = astr(&L, fl.v[i].name, strlen(fl.v[i].name));
        if (L.file)
            load_buffer(&L, buf, len, fl.v[i].kind);
        any_verbs |= fl.v[i].kind == FK_VERBS;
        tac_free(buf);
    }
    if (L.oom) {
        st = TAC_ENOMEM;
        goto done;
    }
    for (size_t v = 0; v < t->n_verb; v++) {
        if (tb_order_patterns(d->pat + t->verb[v].first, t->verb[v].n) < 0) {
            st = TAC_ENOMEM;
            goto done;
        }
        for (uint32_t k = 0; k < t->verb[v].n; k++)
            if (d->pat[t->verb[v].first + k].tb & (TAC_TBP_DISCARD | TAC_TBP_COMPLEX))
                t->verb[v].drops = 1;
    }
    if (tac_dict_finish(d) < 0 || tac_tabari_index(d) < 0) {
        st = TAC_ENOMEM;
        goto done;
    }
    if (d->n_pat == 0) {
        if (diag)
            diag(user, path, 0, any_verbs ? "no verb patterns" : "no .verbs file in the set");
        st = TAC_EDICT;
    }
done:
    for (size_t i = 0; i < fl.n; i++)
        tac_free(fl.v[i].path);
    tac_free(fl.v);
    for (size_t p = 0; p < L.n_phr; p++)
        tac_free(L.phr[p]);
    tac_toks_fini(&L.toks);
    tac_arena_fini(&L.scratch);
    if (st != TAC_OK) {
        tac_dict_free(d);
        return st;
    }
    *out = d;
    return TAC_OK;
}

/* ---- indexes for the coder ------------------------------------------------ */

/* The record of s[0..len) in the word index, made if absent; NULL on OOM
 * or when another string has the same key (t->wix_ok is then 0). */
static tac_tb_wrec *wrec_of(tac_tabari *t, const char *s, uint32_t len)
{
    uint64_t h = TAC_TB_WHASH_SEED;
    for (uint32_t i = 0; i < len; i++)
        h = tac_tb_whash_step(h, (unsigned char)s[i]);
    uint32_t r = 0;
    if (tac_u64map_get(&t->wix, tac_tb_wkey(h), &r)) {
        tac_tb_wrec *w = &t->wrec[r - 1];
        if (w->len != len || memcmp(w->s, s, len) != 0) {
            t->wix_ok = 0;
            return NULL;
        }
        return w;
    }
    if (t->n_wrec == t->cap_wrec) {
        size_t cap = t->cap_wrec ? t->cap_wrec * 2 : 1024;
        tac_tb_wrec *v = tac_realloc(t->wrec, cap * sizeof *v);
        if (!v)
            return NULL;
        t->wrec = v;
        t->cap_wrec = cap;
    }
    tac_tb_wrec *w = &t->wrec[t->n_wrec];
    memset(w, 0, sizeof *w);
    w->s = s;
    w->len = len;
    if (tac_u64map_put(&t->wix, tac_tb_wkey(h), (uint32_t)t->n_wrec + 1, NULL) < 0)
        return NULL;
    t->n_wrec++;
    return w;
}

/* Builds the word index; -1 on OOM (a key shared by two strings is no
 * error: wix_ok stays 0). */
static int word_index(tac_dict *d)
{
    tac_tabari *t = d->tabari;
    const tac_lexicon *lx = &d->lex;
    uint32_t min = t->stem_min ? t->stem_min : 1;
    tac_u64map_fini(&t->wix);
    tac_free(t->wrec);
    t->wrec = NULL;
    t->n_wrec = t->cap_wrec = 0;
    t->wix_ok = 1;
    for (size_t id = 1; id < lx->n && t->wix_ok; id++) {
        const tac_lexword *w = &lx->w[id];
        tac_tb_wrec *r = wrec_of(t, w->s, w->len);
        if (!r)
            goto fail;
        r->exact = (uint32_t)id;
        if (w->len > 1 && w->s[w->len - 1] == '=') {
            if (!(r = wrec_of(t, w->s, w->len - 1)))
                goto fail;
            r->eq = (uint32_t)id;
        }
        if (w->flags & TAC_LX_TBSTEM)
            for (uint32_t l = min; l < w->len; l++) {
                if (!(r = wrec_of(t, w->s, l)))
                    goto fail;
                r->prefix = 1;
            }
    }
    return 0;
fail:
    if (!t->wix_ok)
        return 0;
    return -1;
}

/* Sums up the actor trie's edges (act_item, act_bloom). */
static int actor_edges(tac_dict *d)
{
    tac_tabari *t = d->tabari;
    const tac_u64map *m = &d->actors.edges;
    tac_free(t->act_item);
    tac_free(t->act_bloom);
    t->act_item = tac_calloc(d->lex.n + 1, 1);
    t->act_bloom = tac_calloc(d->actors.n + 1, sizeof *t->act_bloom);
    if (!t->act_item || !t->act_bloom)
        return -1;
    for (size_t i = 0; m->slots && i <= m->mask; i++) {
        uint64_t key = m->slots[i].key;
        if (!key)
            continue;
        uint32_t node = (uint32_t)(key >> 32), item = (uint32_t)key;
        if (item & (TAC_TB_SPECIAL | TAC_TB_SYN))
            continue; /* no text word's candidate is such an item */
        if (node < d->actors.n)
            t->act_bloom[node] |= tac_tb_act_bloom(item);
        if ((item & TAC_TB_ID) < d->lex.n)
            t->act_item[item & TAC_TB_ID] |= (uint8_t)tac_tb_act_bit(node == 0, item);
    }
    return 0;
}

static int cmp_u64(const void *a, const void *b)
{
    uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
    return x < y ? -1 : x > y;
}

_Static_assert(TAC_TB_SIG_BITS / 64 <= 64, "a vmask summary word covers the mask");
_Static_assert(TAC_TB_MASK_MAX <= 65535, "vstart entries are 16-bit");
_Static_assert(TAC_TB_MASK_MAX <= 4096, "a vpos entry holds k in 12 bits");
_Static_assert(TAC_TB_SIG_N == 4, "a vpos entry holds three more positions");
_Static_assert(TAC_TB_SIG_BITS == 4096u, "tac_tb_sig_bit takes the top 12 bits");

/* The [###]/[+++] patterns of each root (tac_tb_verb.drop_at). */
static int verb_drops(const tac_dict *d, tac_tabari *t)
{
    size_t n = 0;
    for (size_t i = 0; i < d->n_pat; i++)
        n += (d->pat[i].tb & (TAC_TBP_DISCARD | TAC_TBP_COMPLEX)) != 0;
    tac_free(t->vdrop);
    t->vdrop = tac_calloc(n ? n : 1, sizeof *t->vdrop);
    if (!t->vdrop)
        return -1;
    t->n_vdrop = 0;
    for (size_t v = 0; v < t->n_verb; v++) {
        tac_tb_verb *vb = &t->verb[v];
        vb->drop_at = (uint32_t)t->n_vdrop;
        vb->n_drop = 0;
        for (uint32_t k = 0; k < vb->n; k++)
            if (d->pat[vb->first + k].tb & (TAC_TBP_DISCARD | TAC_TBP_COMPLEX)) {
                t->vdrop[t->n_vdrop++] = k;
                vb->n_drop++;
            }
    }
    return 0;
}

/* The pattern masks of the roots with many patterns (tac_tb_verb). */
static int verb_masks(tac_tabari *t)
{
    const size_t words = TAC_TB_VMASK_WORDS;
    size_t nm = 0, np = 0;
    for (size_t v = 0; v < t->n_verb; v++)
        if (t->verb[v].n >= TAC_TB_MASK_MIN && t->verb[v].n <= TAC_TB_MASK_MAX) {
            nm++;
            np += t->verb[v].n;
        }
    tac_free(t->vmask);
    tac_free(t->vpos);
    tac_free(t->vstart);
    t->vmask = tac_calloc(nm ? nm * words : 1, sizeof *t->vmask);
    t->vpos = tac_calloc(np ? np : 1, sizeof *t->vpos);
    t->vstart = tac_calloc(nm ? nm * TAC_TB_VSTART_N : 1, sizeof *t->vstart);
    if (!t->vmask || !t->vpos || !t->vstart)
        return -1;
    t->n_vmask = t->n_vpos = 0;
    for (size_t v = 0; v < t->n_verb; v++) {
        tac_tb_verb *vb = &t->verb[v];
        vb->mask = vb->pos = 0;
        if (vb->n < TAC_TB_MASK_MIN || vb->n > TAC_TB_MASK_MAX)
            continue;
        uint64_t *m = t->vmask + t->n_vmask * words;
        uint64_t *e = t->vpos + t->n_vpos;
        for (uint32_t k = 0; k < vb->n; k++) {
            uint32_t b = t->pat_pos0[vb->first + k];
            m[b >> 6] |= (uint64_t)1 << (b & 63);
            m[TAC_TB_SIG_BITS / 64] |= (uint64_t)1 << (b >> 6);
            /* the signature's other positions (its first is b) */
            uint64_t rest = (t->pat_sig[vb->first + k] >> 12) & (((uint64_t)1 << 36) - 1);
            e[k] = (uint64_t)b << 48 | (uint64_t)k << 36 | rest;
        }
        qsort(e, vb->n, sizeof *e, cmp_u64);
        uint16_t *st = t->vstart + t->n_vmask * TAC_TB_VSTART_N;
        uint32_t k = 0;
        for (uint32_t wd = 0; wd < TAC_TB_VSTART_N; wd++) {
            while (k < vb->n && (e[k] >> 48) >> 6 < wd)
                k++;
            st[wd] = (uint16_t)k;
        }
        vb->mask = (uint32_t)++t->n_vmask;
        vb->pos = (uint32_t)t->n_vpos;
        t->n_vpos += vb->n;
    }
    return 0;
}

int tac_tabari_index(tac_dict *d)
{
    tac_tabari *t = d->tabari;
    if (word_index(d) < 0 || actor_edges(d) < 0)
        return -1;
    tac_free(t->pat_sig);
    tac_free(t->pat_pos0);
    tac_free(t->sig_item);
    t->pat_sig = tac_calloc(d->n_pat ? d->n_pat : 1, sizeof *t->pat_sig);
    t->pat_pos0 = tac_calloc(d->n_pat ? d->n_pat : 1, sizeof *t->pat_pos0);
    t->sig_item = tac_calloc(d->lex.n + 1, 1);
    if (!t->pat_sig || !t->pat_pos0 || !t->sig_item)
        return -1;
    for (size_t v = 0; v < t->n_verb; v++) {
        tac_tb_verb *vb = &t->verb[v];
        const tac_pattern *r = vb->n ? &d->pat[vb->first + vb->n - 1] : NULL;
        vb->tail = r && r->n_items >= 2 && !strchr(r->text, '*') ? (uint16_t)(r->n_items - 1) : 0;
    }
    for (size_t i = 0; i < d->n_pat; i++) {
        const tac_pattern *p = &d->pat[i];
        /* the pattern's words, longest first (insertion sort: few) */
        uint32_t req[TAC_TB_SIG_N], nr = 0;
        for (uint16_t k = 0; k < p->n_items; k++) {
            uint32_t it = p->items[k];
            if (it & (TAC_TB_SPECIAL | TAC_TB_SYN))
                continue; /* slots and synsets: not one word */
            it &= TAC_TB_ID | TAC_TB_EXACT;
            uint32_t len = d->lex.w[it & TAC_TB_ID].len, q = nr < TAC_TB_SIG_N ? nr : TAC_TB_SIG_N - 1;
            if (nr == TAC_TB_SIG_N && len <= d->lex.w[req[q] & TAC_TB_ID].len)
                continue;
            while (q > 0 && d->lex.w[req[q - 1] & TAC_TB_ID].len < len) {
                req[q] = req[q - 1];
                q--;
            }
            req[q] = it;
            if (nr < TAC_TB_SIG_N)
                nr++;
        }
        uint64_t sig = 0;
        for (uint32_t q = 0; q < nr; q++) {
            sig |= (uint64_t)tac_tb_sig_bit(req[q]) << (12 * q);
            if ((req[q] & TAC_TB_ID) < d->lex.n)
                t->sig_item[req[q] & TAC_TB_ID] |= (req[q] & TAC_TB_EXACT) ? 1 : 2;
        }
        t->pat_sig[i] = sig | (uint64_t)nr << 60;
        t->pat_pos0[i] = nr ? (uint16_t)tac_tb_sig_bit(req[0]) : 0;
    }
    return verb_drops(d, t) < 0 ? -1 : verb_masks(t);
}

/* ---- options ---------------------------------------------------------------- */

static int opt_bool(const char *v, size_t n, int *out)
{
    trim(&v, &n);
    if (tag_is(v, n, "TRUE") || tag_is(v, n, "ON") || tag_is(v, n, "YES") || (n == 1 && v[0] == '1')) {
        *out = 1;
        return 1;
    }
    if (tag_is(v, n, "FALSE") || tag_is(v, n, "OFF") || tag_is(v, n, "NO") || (n == 1 && v[0] == '0')) {
        *out = 0;
        return 1;
    }
    return 0;
}

/* Finds "NAME[n]" or "NAME = n" in s; -1 if absent. */
static int opt_num(const char *s, size_t n, const char *name)
{
    size_t nl = strlen(name);
    for (size_t i = 0; i + nl <= n; i++) {
        if ((i && isalpha((unsigned char)s[i - 1])) || !tag_is(s + i, n - i, name))
            continue;
        size_t j = i + nl;
        if (j < n && isalpha((unsigned char)s[j]))
            continue;
        while (j < n && (is_sp(s[j]) || s[j] == '[' || s[j] == '='))
            j++;
        if (j < n && isdigit((unsigned char)s[j]))
            return atoi((char[]){s[j], j + 1 < n && isdigit((unsigned char)s[j + 1]) ? s[j + 1] : 0,
                                 j + 2 < n && isdigit((unsigned char)s[j + 2]) ? s[j + 2] : 0, 0});
    }
    return -1;
}

static int has_word(const char *s, size_t n, const char *w)
{
    size_t wl = strlen(w);
    for (size_t i = 0; i + wl <= n; i++)
        if ((i == 0 || !isalpha((unsigned char)s[i - 1])) && tag_is(s + i, n - i, w) &&
            (i + wl == n || !isalpha((unsigned char)s[i + wl])))
            return 1;
    return 0;
}

static int bracket_code(const char *s, size_t n, const char *after, char *out, size_t cap)
{
    size_t al = strlen(after);
    for (size_t i = 0; i + al <= n; i++) {
        if (!tag_is(s + i, n - i, after))
            continue;
        const char *o = memchr(s + i, '[', n - i);
        if (!o)
            return 0;
        const char *c = memchr(o, ']', n - (size_t)(o - s));
        if (!c || (size_t)(c - o - 1) >= cap)
            return 0;
        const char *v = o + 1;
        size_t vn = (size_t)(c - o - 1);
        trim(&v, &vn);
        memcpy(out, v, vn);
        out[vn] = '\0';
        return 1;
    }
    return 0;
}

int tac_dict_in_order(const tac_dict *dict)
{
    return dict && dict->tabari && dict->tabari->opt.fwd_on;
}

tac_status tac_dict_tabari_option(tac_dict *dict, const char *line, size_t len)
{
    if (!dict || !dict->tabari || !line)
        return TAC_EARG;
    tac_tabari *t = dict->tabari;
    tac_tb_options *o = &t->opt;
    const char *s = line;
    size_t n = len;
    trim(&s, &n);
    const char *colon = memchr(s, ':', n);
    if (!colon)
        return TAC_EARG;
    size_t kl = (size_t)(colon - s);
    const char *v = colon + 1;
    size_t vn = n - kl - 1;
    trim(&v, &vn);
    if (tag_is(s, kl, "LABEL")) {
        const char *eq = memchr(v, '=', vn);
        if (!eq)
            return TAC_EARG;
        const char *c = v;
        size_t cl = (size_t)(eq - v);
        trim(&c, &cl);
        const char *nm = eq + 1;
        size_t nn = vn - (size_t)(eq + 1 - v);
        trim(&nm, &nn);
        if (!event_code_ok(c, cl) && !(cl == 3 && isalpha((unsigned char)c[0])))
            return TAC_EARG;
        tb_loader L;
        memset(&L, 0, sizeof L);
        L.d = dict;
        L.t = t;
        long ci = code_index(&L, c, cl);
        if (ci < 0)
            return TAC_ENOMEM;
        const char *name = tac_arena_strndup(&dict->arena, nm, nn);
        if (!name)
            return TAC_ENOMEM;
        dict->cameo[ci].name = name;
        return TAC_OK;
    }
    if (tag_is(s, kl, "SET")) {
        const char *eq = memchr(v, '=', vn);
        const char *k = v;
        size_t kn = eq ? (size_t)(eq - v) : vn;
        trim(&k, &kn);
        int b = 0;
        const char *val = eq ? eq + 1 : "";
        size_t valn = eq ? vn - (size_t)(eq + 1 - v) : 0;
        if (!eq) {
            if (tag_is(k, kn, "CODE BY CLAUSE"))
                o->code_by = TAC_TB_BY_CLAUSE;
            else if (tag_is(k, kn, "CODE BY SENTENCE"))
                o->code_by = TAC_TB_BY_SENTENCE;
            else if (tag_is(k, kn, "CODE ALL"))
                o->code_by = TAC_TB_BY_ALL;
            else
                return TAC_EARG;
            return TAC_OK;
        }
        if (tag_is(k, kn, "MINIMUM WORDS")) {
            int m = opt_num(v, vn, "WORDS");
            if (m < 0)
                return TAC_EARG;
            o->min_words = m;
            return TAC_OK;
        }
        if (!opt_bool(val, valn, &b))
            return TAC_EARG;
        if (tag_is(k, kn, "TIME SHIFT"))
            o->time_shift = b;
        else if (tag_is(k, kn, "CONVERT AGENT"))
            o->convert_agent = b;
        else if (tag_is(k, kn, "YYYY"))
            o->yyyy = b;
        else if (tag_is(k, kn, "CHECK DOMINANT"))
            o->check_dominant = b;
        else if (tag_is(k, kn, "SKIP RECORDS") || tag_is(k, kn, "VERB USAGE") ||
                 tag_is(k, kn, "ACTOR USAGE") || tag_is(k, kn, "AGENT USAGE") ||
                 tag_is(k, kn, "DUP WARNING") || tag_is(k, kn, "LABEL") ||
                 tag_is(k, kn, "ALLCAPS") ||
                 tag_is(k, kn, "FBIS"))
            ; /* interactive or output settings: nothing to do in the engine */
        else
            return TAC_EARG;
        return TAC_OK;
    }
    if (tag_is(s, kl, "COMPLEX")) {
        o->complex_verbs = opt_num(v, vn, "VERBS");
        o->complex_actors = opt_num(v, vn, "ACTORS");
        o->complex_conj = opt_num(v, vn, "CONJ");
        if (o->complex_verbs < 0)
            o->complex_verbs = 0;
        if (o->complex_actors < 0)
            o->complex_actors = 0;
        if (o->complex_conj < 0)
            o->complex_conj = 0;
        o->noactprior = has_word(v, vn, "NOACTPRIOR");
        return TAC_OK;
    }
    if (tag_is(s, kl, "DEFAULT")) {
        if (has_word(v, vn, "OFF")) {
            o->def_src[0] = o->def_tgt[0] = '\0';
            o->def_src_prior = o->def_tgt_after = 0;
            return TAC_OK;
        }
        char a[16] = "", b[16] = "";
        int hs = bracket_code(v, vn, "SOURCE", a, sizeof a);
        int ht = bracket_code(v, vn, "TARGET", b, sizeof b);
        if (!hs && !ht)
            return TAC_EARG;
        memcpy(o->def_src, a, sizeof a);
        memcpy(o->def_tgt, b, sizeof b);
        o->def_src_prior = has_word(v, vn, "PRIOR");
        o->def_tgt_after = has_word(v, vn, "AFTER");
        return TAC_OK;
    }
    if (tag_is(s, kl, "COMMA")) {
        if (has_word(v, vn, "OFF")) {
            o->comma_on = 0;
            return TAC_OK;
        }
        o->comma_on = 1;
        o->comma_min = opt_num(v, vn, "MIN");
        o->comma_max = opt_num(v, vn, "MAX");
        o->comma_emin = opt_num(v, vn, "EMIN");
        o->comma_emax = opt_num(v, vn, "EMAX");
        o->comma_bmin = opt_num(v, vn, "BMIN");
        o->comma_bmax = opt_num(v, vn, "BMAX");
        return TAC_OK;
    }
    if (tag_is(s, kl, "FORWARD")) {
        /* the id template: '^' a blank before the id (skipped), 'N' the
         * story, 'S' the sentence number, any other character the id */
        size_t i = 0, at = 0;
        int ns = -1, ne = -1, ss = -1, se = -1;
        while (i < vn && (v[i] == ' ' || v[i] == '\t'))
            i++;
        while (i < vn && v[i] == '^')
            i++;
        for (; i < vn && v[i] != ' ' && v[i] != '\t'; i++, at++) {
            if (v[i] == 'N') {
                if (ns < 0)
                    ns = (int)at;
                ne = (int)at + 1;
            } else if (v[i] == 'S') {
                if (ss < 0)
                    ss = (int)at;
                se = (int)at + 1;
            }
        }
        o->fwd_on = ns >= 0 && ss >= 0 && !has_word(v, vn, "OFF");
        o->fwd_story_at = ns;
        o->fwd_story_len = ne - ns;
        o->fwd_sent_at = ss;
        o->fwd_sent_len = se - ss;
        return TAC_OK;
    }
    if (tag_is(s, kl, "OUTPUT") || tag_is(s, kl, "ISSUES"))
        return TAC_OK; /* record ids and output layout: the CLI's business */
    return TAC_EARG;
}
