/* code.c -- the coder: one document in, CAMEO events out. Lifecycle,
 * tokens (the word memo) and the document loop; the public tac_coder_*
 * calls start here.
 *
 * Pipeline for a document (docs/coding.md describes the rules):
 *
 *   text --token--> tokens --lexicon--> ids+flags --sent--> sentences
 *                   (lookup_tokens, the word memo: code.c)
 *   per sentence (tac_code_sentence, code_event.c):
 *     actor trie --> pieces (scan_pieces: country, adj, agent, actor,
 *                    person, pronoun, short name)          code_mention.c
 *     compose    --> mentions (find_mentions: start_mention, absorb,
 *                    finish_mention; "Iran 's foreign minister" = IRN+GOV)
 *     conjoin    --> groups   (build_groups: "France, Germany and Britain")
 *     pattern trie (with + $ * slots) --> matches (find_matches)
 *                                                          code_match.c
 *     per match: modality and negation, then roles: match_source (slots,
 *                    passive "by", subject to the left), match_target
 *                    (object to the right), unnamed_agent, refine_target;
 *                    time expressions --> dates            code_event.c,
 *                    with the searches of                  code_role.c
 *     emit_match: one event per (source member x target member)
 *     drop passes: background, elaborations, purposes, subsumed events
 *                                                          code_event.c
 *   TABARI dictionary sets: tac_tb_code_sentence instead   code_tabari.c
 *
 * code.h holds the coder's state (struct tac_coder) and the inline token
 * tests every part uses; code_<part>.h declares what the other parts call.
 *
 * Memory: all per-document data lives in the coder's arena and reusable
 * arrays; after the first documents the coder allocates nothing more
 * unless a document is larger than any before. Not thread-safe: one coder
 * per thread; the dictionary is shared read-only. */
#include "code.h"
#include "code_mention.h"
#include "code_event.h"

/* ---- small helpers -------------------------------------------------- */

void *tac_code_grow(void *v, size_t *cap, size_t need, size_t size)
{
    if (need <= *cap)
        return v;
    size_t nc = *cap ? *cap : 64;
    while (nc < need)
        nc *= 2;
    void *nv = tac_realloc(v, nc * size);
    if (nv)
        *cap = nc;
    return nv;
}

/* ---- lifecycle ------------------------------------------------------ */

tac_status tac_coder_new(const tac_dict *dict, const tac_options *opts,
                         tac_coder **out)
{
    *out = NULL;
    if (!dict)
        return TAC_EARG;
    tac_coder *c = tac_calloc(1, sizeof *c);
    if (!c)
        return TAC_ENOMEM;
    c->dict = dict;
    if (opts)
        c->opt = *opts;
    if (!c->opt.max_doc_bytes)
        c->opt.max_doc_bytes = 8u * 1024 * 1024;
    if (!c->opt.max_sentence_tokens)
        c->opt.max_sentence_tokens = 400;
    if (!c->opt.max_doc_events)
        c->opt.max_doc_events = 100000;
    /* hard caps: token offsets are 32-bit, and the work per sentence grows
     * with the square of its length */
    if (c->opt.max_doc_bytes > TAC_MAX_DOC_BYTES_CAP)
        c->opt.max_doc_bytes = TAC_MAX_DOC_BYTES_CAP;
    if (c->opt.max_sentence_tokens > TAC_MAX_SENTENCE_TOKENS_CAP)
        c->opt.max_sentence_tokens = TAC_MAX_SENTENCE_TOKENS_CAP;
    tac_arena_init(&c->arena, 256 * 1024);
    *out = c;
    return TAC_OK;
}

void tac_coder_free(tac_coder *c)
{
    if (!c)
        return;
    tac_arena_fini(&c->arena);
    tac_toks_fini(&c->toks);
    tac_sents_fini(&c->sents);
    tac_free(c->ments);
    tac_free(c->groups);
    tac_free(c->tok_group);
    tac_free(c->matches);
    tac_free(c->events);
    tac_free(c->words);
    tac_free(c->tbw);
    tac_free(c->tbm);
    tac_free(c->tbg);
    tac_free(c->tb_wc);
    tac_free(c);
}

const char *tac_coder_errmsg(const tac_coder *c)
{
    return c->err;
}

const tac_event *tac_coder_event(const tac_coder *c, size_t i)
{
    return i < c->n_events ? &c->events[i] : NULL;
}

size_t tac_coder_sentences(const tac_coder *c)
{
    return c->n_sentences;
}

void tac_coder_limit_hits(const tac_coder *c, tac_limit_hits *out)
{
    *out = c->hits;
}

/* ---- tokens --------------------------------------------------------- */

/* The memo's hash of a word of 2 bytes or more: its first and last bytes
 * as tac_hash_bytes reads them, times an odd constant, whose top bits pick
 * the set. Cheaper than tac_hash_bytes, which only a miss needs (for the
 * vocabulary's probe); a collision costs a compare, never a wrong word. */
static inline uint64_t memo_hash(const char *s, size_t len)
{
    uint64_t w;
    if (len >= 8) {
        uint64_t x;
        memcpy(&w, s, 8);
        memcpy(&x, s + len - 8, 8);
        w ^= x << 29 | x >> 35;
    } else if (len >= 4) {
        uint32_t a, b;
        memcpy(&a, s, 4);
        memcpy(&b, s + len - 4, 4);
        w = (uint64_t)a << 32 | b;
    } else {
        const unsigned char *p = (const unsigned char *)s;
        w = (uint64_t)p[0] << 16 | (uint64_t)p[len >> 1] << 8 | p[len - 1];
    }
    return (w ^ len) * 0x9e3779b97f4a7c15ULL;
}

/* The memo entry of word w (memo_hash h): *hit says whether it holds w;
 * NULL when w is too long to keep. Sets of two entries: on a miss the
 * first moves to the second (the older one goes) and is left for w, so two
 * common words of one set ("will", "all") no longer evict each other. */
static word_memo *memo_slot(tac_coder *c, const char *w, size_t len, uint64_t h, int *hit)
{
    *hit = 0;
    if (len == 0 || len > WORD_MEMO_LEN)
        return NULL;
    word_memo *m = &c->memo[(size_t)(h >> (64 - WORD_MEMO_BITS)) & ~(size_t)1];
    if (m[0].hash == h && m[0].len == len && tac_hash_key_eq(m[0].key, w, len)) {
        *hit = 1;
        return m;
    }
    if (m[1].hash == h && m[1].len == len && tac_hash_key_eq(m[1].key, w, len)) {
        *hit = 1;
        return m + 1;
    }
    m[1] = m[0];
    return m;
}

/* "ex-FARC", "former-rebel": reads token w, an unknown hyphen compound,
 * as the part after its first '-' when the part before is a `former` word
 * (TAC_LX_FORMER) and the part after is a word the dictionaries know;
 * marks it TAC_TOK_FORMER and gives it the case of that part. Returns 1
 * when it did. */
static int expand_former(const tac_dict *d, const char *text, tac_tok *w)
{
    size_t pl = 0;
    while (pl < w->norm_len && w->norm[pl] != '-')
        pl++;
    if (pl == 0 || pl + 2 > w->norm_len)
        return 0;
    uint32_t fw, fl, ff;
    tac_lexicon_lookup(&d->lex, w->norm, pl, &fw, &fl, &ff);
    if (!fw || !(ff & TAC_LX_FORMER))
        return 0;
    uint32_t sw, sl, sf;
    tac_lexicon_lookup(&d->lex, w->norm + pl + 1, w->norm_len - pl - 1, &sw, &sl, &sf);
    if (!sw)
        return 0;
    w->word = sw;
    w->lemma = sl;
    w->wflags = sf;
    w->wclass = (uint32_t)(d->lex.w[sw].classes[0] & TAC_LC_TOK_MASK);
    w->flags |= TAC_TOK_FORMER;
    /* the second half's case: "ex-FARC" is an acronym, "ex-Taliban" a
     * name, "former-rebel" a common word */
    const char *r = text + w->off;
    size_t j = 0;
    while (j < w->len && r[j] != '-')
        j++;
    size_t b = ++j, up = 0;
    for (; j < w->len; j++)
        up += r[j] >= 'A' && r[j] <= 'Z';
    w->flags &= ~(uint32_t)(TAC_TOK_CAP | TAC_TOK_UPPER);
    if (b < w->len && r[b] >= 'A' && r[b] <= 'Z')
        w->flags |= TAC_TOK_CAP;
    if (w->len - b >= 2 && up == w->len - b)
        w->flags |= TAC_TOK_UPPER;
    return 1;
}

/* Whether the word w[0..len) has an upper-case ASCII letter after its
 * first character ("PayPal", "McDonald"): a name, written as it is. */
static int inner_capital(const char *w, size_t len)
{
    for (size_t k = 1; k < len; k++)
        if (w[k] >= 'A' && w[k] <= 'Z')
            return 1;
    return 0;
}

void tac_code_lookup_tokens(tac_coder *c, const char *text, tac_tok *t, size_t n)
{
    const tac_dict *d = c->dict;
    c->no_angle = 1;
    c->quote_from = SIZE_MAX;
    for (size_t i = 0; i < n; i++) {
        /* through the memo: a hit answers with one compare, without the
         * vocabulary's probe and its scattered key and word records */
        uint64_t h, mh = 0;
        int hit;
        word_memo *m;
        if (t[i].norm_len == 1) {
            /* a one-byte word (a quarter of all tokens are punctuation):
             * its own entry, and a hash only to fill it */
            m = &c->memo1[(unsigned char)t[i].norm[0]];
            if (t[i].norm[0] == '<')
                c->no_angle = 0;
            else if ((t[i].norm[0] == '"' || t[i].norm[0] == '\'') && c->quote_from == SIZE_MAX)
                c->quote_from = i;
            hit = m->len == 1;
            h = hit ? 0 : tac_hash_bytes(t[i].norm, 1);
        } else {
            mh = memo_hash(t[i].norm, t[i].norm_len);
            m = memo_slot(c, t[i].norm, t[i].norm_len, mh, &hit);
            h = hit ? 0 : tac_hash_bytes(t[i].norm, t[i].norm_len);
        }
        if (hit) {
            t[i].word = m->word;
            t[i].lemma = m->lemma;
            t[i].wflags = m->wflags;
            t[i].wclass = m->wclass;
        } else {
            if (!tac_lexicon_word_h(&d->lex, t[i].norm, t[i].norm_len, h, &t[i].word,
                                    &t[i].lemma, &t[i].wflags)) {
                t[i].word = 0;
                tac_lexicon_guess(&d->lex, t[i].norm, t[i].norm_len, &t[i].lemma,
                                  &t[i].wflags);
            }
            t[i].wclass =
                t[i].word ? (uint32_t)(d->lex.w[t[i].word].classes[0] & TAC_LC_TOK_MASK) : 0;
            if (m) {
                m->hash = mh;
                m->word = t[i].word;
                m->lemma = t[i].lemma;
                m->wflags = t[i].wflags;
                m->wclass = t[i].wclass;
                m->fuzzy = MEMO_UNSET;
                m->len = (unsigned char)t[i].norm_len;
                memcpy(m->key, t[i].norm, t[i].norm_len);
            }
        }
        /* "Ethopia", "Quatar": a capitalised word no dictionary knows that
         * is one typing slip from a single country, adjective or capital
         * name reads as that name; an English word WordNet knows is no
         * slip ("Parish officials" is no "Paris"), nor is a name with a
         * capital inside ("PayPal" is no "papal") */
        if (!t[i].word && !t[i].lemma && (t[i].flags & TAC_TOK_CAP) &&
            !(t[i].flags & TAC_TOK_UPPER) && !(t[i].wflags & (TAC_LX_NOUN | TAC_LX_VERB)) &&
            !inner_capital(text + t[i].off, t[i].len)) {
            uint32_t id;
            if (m && m->fuzzy != MEMO_UNSET) {
                id = m->fuzzy;
            } else {
                id = tac_dict_fuzzy(d, t[i].norm, t[i].norm_len);
                if (m)
                    m->fuzzy = id;
            }
            if (id) {
                t[i].word = id;
                t[i].lemma = d->lex.w[id].lemma;
                t[i].wflags = d->lex.w[id].flags | d->lex.w[d->lex.w[id].lemma].flags;
                continue;
            }
        }
        /* "Hamas-run", "Saudi-led", "London-based": an unknown hyphen
         * compound whose second half is a `compound` word reads as its
         * first half, marked (find_mentions gives what follows the first
         * half's country) */
        if (!(t[i].flags & TAC_TOK_HYPHEN) || t[i].word || t[i].norm_len < 4)
            continue; /* (the tokenizer flags every word with an inner '-') */
        /* "ex-FARC rebels", "former-rebel leaders", "ex-Taliban": an
         * unknown compound whose first half is a `former` word reads as
         * its second half, marked, so that the mention is the elite
         * "former FARC rebels" makes (the group's country, no group role);
         * "ex-soldiers", which the vocabulary knows, keeps its reading */
        if (!t[i].lemma && expand_former(d, text, &t[i]))
            continue;
        if (!d->compounds.count)
            continue;
        size_t pl = t[i].norm_len - 2; /* the last '-' with letters on both sides */
        while (pl > 0 && t[i].norm[pl] != '-')
            pl--;
        if (pl == 0)
            continue;
        uint32_t sw, sl, sf, v;
        tac_lexicon_lookup(&d->lex, t[i].norm + pl + 1, t[i].norm_len - pl - 1, &sw, &sl, &sf);
        if (!sw || !tac_u64map_get(&d->compounds, sw, &v))
            continue;
        uint32_t pw, plem, pf;
        tac_lexicon_lookup(&d->lex, t[i].norm, pl, &pw, &plem, &pf);
        if (!plem)
            continue;
        t[i].word = pw;
        t[i].lemma = plem;
        t[i].wflags = pf;
        t[i].flags |= TAC_TOK_COMPOUND;
        if (tac_lexicon_has(&d->lex.w[sw], TAC_LC_HOME_COMPOUND))
            t[i].flags |= TAC_TOK_HOME;
        /* "US-led", "UK-based": a first half in capitals is an acronym */
        size_t up = 0, j = 0;
        while (j < t[i].len && text[t[i].off + j] != '-') {
            unsigned char ch = (unsigned char)text[t[i].off + j++];
            up += ch >= 'A' && ch <= 'Z';
        }
        if (j >= 2 && up == j)
            t[i].flags |= TAC_TOK_UPPER;
    }
}

/* ---- documents ------------------------------------------------------ */

#define NAME_QUOTE_WORDS 6 /* the most words scare quotes may hold */
#define PHRASE_QUOTE_WORDS 4 /* ... around a phrase that is no actor name */

/* "clashes between regime forces and the “Islamic State”": quotation marks
 * around exactly one actor name (NAME_QUOTE_WORDS words at most, nothing
 * else inside) are scare quotes, not a quotation; they open no clause, so
 * both marks are taken out of the token list (spans still point into the
 * text). So are marks around a few words (PHRASE_QUOTE_WORDS at most, no
 * punctuation) right after a preposition other than "to" (an infinitive's:
 * "to 'subdue them'" quotes someone's purpose), where no quoted clause can
 * start: "warned Russia of 'severe consequences'", "accused Israel of
 * 'genocide'" (after a determiner they stay: a quoted title may start
 * there). A line or
 * paragraph break before a mark moves to the token after it. One pass; the
 * trie is walked only at a quotation mark. */
static int lone_apostrophe(const tac_tok *t)
{
    return (t->flags & TAC_TOK_PUNCT) && !(t->flags & TAC_TOK_POSS) && t->norm_len == 1 &&
           t->norm[0] == '\'';
}

/* A single quotation mark written as an apostrophe closes scare quotes
 * when no noun follows it, as one would a plural possessive ("the rebels'
 * attack"): the end, punctuation or a function word ("of 'severe
 * consequences' if", "the 'red line'."), or when the word before it does
 * not end in -s, so it can be no plural possessive. */
static int closes_quote(const tac_tok *t, size_t k, size_t n)
{
    if (!lone_apostrophe(&t[k]))
        return 0;
    if (k + 1 >= n || !(t[k + 1].flags & TAC_TOK_WORD) || (t[k + 1].flags & (TAC_TOK_PARA | TAC_TOK_NL)))
        return 1;
    /* "'violence' following the shooting": only a plural in -s takes a
     * bare apostrophe as its possessive */
    if (k > 0 && (t[k - 1].flags & TAC_TOK_WORD) && t[k - 1].norm_len > 0 &&
        t[k - 1].norm[t[k - 1].norm_len - 1] != 's')
        return 1;
    return (t[k + 1].wflags & (TAC_LX_PREP | TAC_LX_CONJ | TAC_LX_BOUNDARY | TAC_LX_COMPLEMENT |
                               TAC_LX_RELATIVE | TAC_LX_AUX | TAC_LX_BE | TAC_LX_SAY)) != 0;
}

/* "called China's move "unjustified" and said", "called the vote "a
 * sham".": double marks around a few words that end the clause (the
 * sentence mark or "and" after them) and follow a word of the
 * clause that introduces no speech (no saying verb, "that", "be", auxiliary,
 * preposition, determiner or clause word) quote the judgement a verb before
 * gives its object; no clause can start there. Inside, no pronoun, "be",
 * auxiliary, saying verb or finite verb, which would make the words a quoted
 * clause of their own ("told reporters "we are ready".", "on charges they
 * "confessed"."). t[i] and t[k] are the marks. */
static int predicate_quote(const tac_tok *t, size_t i, size_t k, size_t n)
{
    const uint32_t no_before = TAC_LX_SAY | TAC_LX_COMPLEMENT | TAC_LX_BE | TAC_LX_AUX |
                               TAC_LX_PREP | TAC_LX_DET | TAC_LX_CONJ | TAC_LX_BOUNDARY |
                               TAC_LX_RELATIVE;
    const uint32_t no_inside = TAC_LX_PRON_PERSON | TAC_LX_PRON_GROUP | TAC_LX_BE | TAC_LX_AUX |
                               TAC_LX_SAY;
    if (i == 0 || !(t[i - 1].flags & TAC_TOK_WORD) || (t[i - 1].wflags & no_before) ||
        (t[i].flags & (TAC_TOK_PARA | TAC_TOK_NL)))
        return 0;
    for (size_t j = i + 1; j < k; j++)
        if ((t[j].wflags & no_inside) || verbish(&t[j]))
            return 0;
    if (k + 1 >= n)
        return 1;
    const tac_tok *a = &t[k + 1];
    if (a->flags & TAC_TOK_WORD)
        return (a->wflags & TAC_LX_CONJ) && tok_is(a, "and");
    /* not before a comma: "called the presence ... "illegal", and denounced"
     * would hand the next verb the nearest actor as its subject */
    return tac_code_is_punct(a, '.') || tac_code_is_punct(a, '!') || tac_code_is_punct(a, '?');
}

static void drop_name_quotes(tac_coder *c)
{
    tac_tok *t = c->toks.v;
    size_t n = c->toks.n;
    /* nothing moves before the first quotation mark (most texts have
     * none): every quotation mark folds to '"' (token.c), a lone
     * apostrophe is '\'', and lookup_tokens saw the first of either */
    size_t i = c->quote_from < n ? c->quote_from : n;
    while (i < n && !(t[i].flags & TAC_TOK_QUOTE) && !lone_apostrophe(&t[i]))
        i++;
    size_t w = i;
    for (; i < n; i++) {
        int apos = lone_apostrophe(&t[i]);
        if (((t[i].flags & TAC_TOK_QUOTE) || apos) && i + 2 < n && (t[i + 1].flags & TAC_TOK_WORD)) {
            size_t k = i + 1;
            while (k < n && k <= i + NAME_QUOTE_WORDS && (t[k].flags & TAC_TOK_WORD))
                k++;
            uint32_t node;
            int after_function_word = i > 0 && (t[i - 1].flags & TAC_TOK_WORD) &&
                                      (t[i - 1].wflags & TAC_LX_PREP) && !tok_is(&t[i - 1], "to") &&
                                      !(t[i].flags & (TAC_TOK_PARA | TAC_TOK_NL));
            /* "condemns 'violence'", "slammed 'barbaric' strikes": after a
             * finite event verb that reports no speech (-s or -ed, not a
             * saying verb) the marks are scare quotes around its object */
            const tac_tok *v = i > 0 ? &t[i - 1] : NULL;
            int after_event_verb =
                v && (v->flags & TAC_TOK_WORD) && (v->wflags & TAC_LX_VERB) &&
                (v->wflags & TAC_LX_PAT_START) &&
                !(v->wflags & (TAC_LX_SAY | TAC_LX_BE | TAC_LX_AUX | TAC_LX_PREP)) &&
                v->norm_len > 3 &&
                (v->norm[v->norm_len - 1] == 's' ||
                 (v->norm[v->norm_len - 2] == 'e' && v->norm[v->norm_len - 1] == 'd')) &&
                !(t[i].flags & (TAC_TOK_PARA | TAC_TOK_NL));
            int closed = k < n && k > i + 1 &&
                         (apos ? closes_quote(t, k, n) : (t[k].flags & TAC_TOK_QUOTE) != 0);
            if (closed && (((after_function_word || after_event_verb ||
                             (!apos && predicate_quote(t, i, k, n))) &&
                            k <= i + 1 + PHRASE_QUOTE_WORDS) ||
                           (!apos && tac_code_actor_longest(c->dict, t, (uint32_t)(i + 1),
                                                            (uint32_t)k, &node) == k))) {
                uint32_t brk = t[i].flags & (TAC_TOK_PARA | TAC_TOK_NL);
                t[i + 1].flags |= brk;
                if (k + 1 < n)
                    t[k + 1].flags |= t[k].flags & (TAC_TOK_PARA | TAC_TOK_NL);
                for (size_t j = i + 1; j < k; j++)
                    t[w++] = t[j];
                i = k;
                continue;
            }
        }
        if (w != i)
            t[w] = t[i];
        w++;
    }
    c->toks.n = w;
}

static int is_space(char ch)
{
    return ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r' || ch == '\f' || ch == '\v';
}

/* A body that starts with its headline ("Russia attacks Kyiv. Russian
 * forces ..." under the headline "Russia attacks Kyiv", or a record whose
 * text is its title): how many bytes of text the repeated headline takes,
 * with the sentence mark after it, or 0 if the body does not repeat it.
 * Runs of white space match any run; the repeat must end the body's
 * sentence (a mark, a line break or the end after it), so "Russia
 * attacks" is no repeat in "Russia attacks Kyiv". */
static size_t repeated_headline(const char *title, size_t tlen, const char *text, size_t len)
{
    size_t i = 0, j = 0;
    while (i < tlen && is_space(title[i]))
        i++;
    while (tlen > i && is_space(title[tlen - 1]))
        tlen--;
    while (j < len && is_space(text[j]))
        j++;
    if (i == tlen)
        return 0;
    /* the common repeat, byte for byte (a record whose text is its
     * title): one memcmp gives what the loop below would. The title span
     * ends on a non-space, so each of its space runs ends where the same
     * bytes of the text end theirs: the loop would reach i = tlen with j
     * as far on as i went. */
    if (len - j >= tlen - i && title[i] == text[j] &&
        memcmp(title + i, text + j, tlen - i) == 0) {
        j += tlen - i;
        i = tlen;
    }
    while (i < tlen && j < len) {
        if (is_space(title[i])) {
            if (!is_space(text[j]))
                return 0;
            while (i < tlen && is_space(title[i]))
                i++;
            while (j < len && is_space(text[j]))
                j++;
        } else if (title[i++] != text[j++]) {
            return 0;
        }
    }
    if (i < tlen)
        return 0;
    if (j < len && (text[j] == '.' || text[j] == '!' || text[j] == '?' || text[j] == ':'))
        j++;
    int ended = j == len || is_space(text[j]);
    int marked = j > 0 && (text[j - 1] == '.' || text[j - 1] == '!' || text[j - 1] == '?' ||
                           text[j - 1] == ':');
    size_t k = j;
    while (k < len && (text[k] == ' ' || text[k] == '\t'))
        k++;
    int line_end = k == len || text[k] == '\n' || text[k] == '\r';
    return ended && (marked || line_end) ? j : 0;
}

#define DATELINE_PLACE_WORDS 6 /* the most words of a dateline's place part */

/* A dash standing alone: "-", "--", an en or em dash. */
static int is_dash(const tac_tok *t)
{
    if (!(t->flags & TAC_TOK_PUNCT))
        return 0;
    return tok_is(t, "-") || tok_is(t, "--") || tok_is(t, "\xe2\x80\x93") ||
           tok_is(t, "\xe2\x80\x94");
}

/* "WASHINGTON, March 30 - President Reagan ...", "CALGARY, Alberta, Feb 26
 * - Nova ...", "KABUL (Reuters) - ...", "NEW DELHI: Police ...": the
 * dateline that opens a wire story names where it was filed, no actor.
 * Returns the token after it in the sentence [s, e), or s if the sentence
 * opens with none. A dateline is capitalised place words (commas between
 * them), then a month and day, an agency in brackets or neither, then a
 * dash; or a place in capitals and a colon. Without a date or an agency
 * the place must be in capitals ("Russia - the country ..." is no
 * dateline). */
static uint32_t dateline_end(const tac_coder *c, uint32_t s, uint32_t e)
{
    const tac_tok *t = c->toks.v;
    uint32_t j = s, words = 0;
    int caps = 1;
    while (j < e && words <= DATELINE_PLACE_WORDS) {
        if ((t[j].flags & TAC_TOK_WORD) && (t[j].flags & TAC_TOK_CAP) &&
            !((t[j].wflags & TAC_LX_TIME) && words > 0)) {
            caps &= (t[j].flags & TAC_TOK_UPPER) != 0 || t[j].len == 1;
            words++;
            j++;
        } else if (words && tac_code_is_punct(&t[j], ',')) {
            j++;
        } else {
            break;
        }
    }
    if (!words || words > DATELINE_PLACE_WORDS || j >= e)
        return s;
    if (caps && tac_code_is_punct(&t[j], ':'))
        return j + 1 < e ? j + 1 : s;
    int dated = 0, agency = 0;
    /* the comma before the month was taken with the place */
    if ((t[j].wflags & TAC_LX_TIME) && (t[j].flags & TAC_TOK_CAP)) {
        j++;
        if (j < e && tac_code_is_punct(&t[j], '.'))
            j++;
        if (j < e && (t[j].flags & TAC_TOK_NUM)) {
            j++;
            dated = 1;
        }
    }
    if (j < e && tac_code_is_punct(&t[j], '(')) {
        uint32_t k = j + 1;
        while (k < e && k < j + 5 && !tac_code_is_punct(&t[k], ')'))
            k++;
        if (k < e && tac_code_is_punct(&t[k], ')')) {
            j = k + 1;
            agency = 1;
        }
    }
    /* "U.S.-backed fighters": a hyphen joined to the words on both sides
     * makes a compound, no dateline */
    if (j > s && j + 1 < e && tok_is(&t[j], "-") && t[j - 1].off + t[j - 1].len == t[j].off &&
        t[j].off + t[j].len == t[j + 1].off && (t[j + 1].flags & TAC_TOK_WORD))
        return s;
    if (j + 1 < e && is_dash(&t[j]) && (dated || agency || caps))
        return j + 1;
    return s;
}

/* The country of the first place, capital or country named in the
 * dateline [s, d), into cc ("" if none). */
static void dateline_country(const tac_coder *c, uint32_t s, uint32_t d, char cc[4])
{
    const tac_dict *dict = c->dict;
    cc[0] = '\0';
    for (uint32_t i = s; i < d;) {
        uint32_t node;
        uint32_t end = tac_code_actor_longest(dict, c->toks.v, i, d, &node);
        if (!end) {
            i++;
            continue;
        }
        for (uint32_t a = dict->actors.first[node]; a; a = dict->aent[a - 1].next) {
            const tac_aentry *ae = &dict->aent[a - 1];
            if ((ae->kind == TAC_AK_CAPITAL || ae->kind == TAC_AK_PLACE ||
                 ae->kind == TAC_AK_COUNTRY) &&
                ae->country[0]) {
                memcpy(cc, ae->country, 4);
                return;
            }
        }
        i = end;
    }
}

static int code_field(tac_coder *c, const char *text, size_t len, size_t skip,
                      const char *field, int headline, int *index)
{
    c->toks.n = 0;
    int truncated = 0;
    if (tac_token_split(text + skip, len - skip, skip, &c->arena, tac_lexicon_is_abbrev,
                        &c->dict->lex, 0, &c->toks, &truncated) < 0)
        return -1;
    c->no_angle = 0; /* unknown until the tokens are looked up */
    /* TABARI sets look words up in their own index (tb_cands): the tokens'
     * vocabulary ids, lemmas and flags stay 0 (no TABARI word carries the
     * flags the sentence splitter reads) */
    if (!c->dict->tabari) {
        tac_code_lookup_tokens(c, text, c->toks.v, c->toks.n);
        drop_name_quotes(c);
    }
    c->sents.n = 0;
    if (headline) {
        /* the whole headline is one sentence, cut like any other */
        size_t max = c->opt.max_sentence_tokens;
        for (size_t st = 0; st < c->toks.n; st += max) {
            size_t en = st + max < c->toks.n ? st + max : c->toks.n;
            if (tac_sent_push(&c->sents, (uint32_t)st, (uint32_t)en) < 0)
                return -1;
        }
    } else if (tac_sent_split(c->toks.v, c->toks.n, c->opt.max_sentence_tokens,
                              &c->sents) < 0) {
        return -1;
    }
    c->doc_text = text;
    c->field_name = field;
    /* the body's dateline is where the story was filed, no actor: its
     * place only names the first sentence's country, as a place there
     * does ("NEW DELHI: Police arrested ..." -> INDCOP) */
    c->dateline_sent = (uint32_t)-1;
    c->sent_place_cc = NULL;
    if (!headline && c->sents.n && !c->dict->tabari) {
        uint32_t s0 = c->sents.v[0].start;
        uint32_t d = dateline_end(c, s0, c->sents.v[0].end);
        if (d > s0) {
            c->sents.v[0].start = d;
            c->dateline_sent = d;
            dateline_country(c, s0, d, c->dateline_cc);
            /* a wire story is mostly about the place it was filed from */
            if (c->dateline_cc[0]) {
                memcpy(c->story_cc, c->dateline_cc, 4);
                memcpy(c->story_first, c->dateline_cc, 4);
                c->story_ccs = 1;
                c->story_dateline = 1;
            }
        }
    }
    for (size_t k = 0; k < c->sents.n; k++) {
        uint32_t s = c->sents.v[k].start, e = c->sents.v[k].end;
        if (e <= s)
            continue;
        c->n_sentences++;
        int idx = headline ? 0 : ++*index;
        if (c->dict->tabari ? tac_tb_code_sentence(c, s, e, idx, headline) < 0
                            : tac_code_sentence(c, s, e, idx, headline) < 0)
            return -1;
    }
    return 0;
}

/* FORWARD (TABARI sets): is doc the next sentence of the story coded
 * before? Then its pronouns may take that record's first actor (kept in
 * tb_fwd_code by the previous call); otherwise nothing is forwarded. */
static void tb_forward_doc(tac_coder *c, const tac_doc *doc)
{
    const tac_tb_options *o = c->dict->tabari ? &c->dict->tabari->opt : NULL;
    int can = 0;
    c->tb_fwd_first[0] = '\0';
    if (!o || !o->fwd_on) {
        c->tb_fwd_seq = 0;
        c->tb_fwd_code[0] = '\0';
        return;
    }
    const char *id = doc->id ? doc->id : "";
    size_t il = doc->id ? doc->id_len : 0;
    size_t se = (size_t)o->fwd_story_at + (size_t)o->fwd_story_len;
    size_t qe = (size_t)o->fwd_sent_at + (size_t)o->fwd_sent_len;
    if (il >= se && il >= qe && (size_t)o->fwd_story_len < sizeof c->tb_fwd_story) {
        char story[32], num[16];
        snprintf(story, sizeof story, "%.*s", o->fwd_story_len, id + o->fwd_story_at);
        snprintf(num, sizeof num, "%.*s", o->fwd_sent_len < 15 ? o->fwd_sent_len : 15,
                 id + o->fwd_sent_at);
        long seq = strtol(num, NULL, 10);
        /* tb_fwd_seq is the previous sentence's number + 1: this one's */
        can = c->tb_fwd_seq > 0 && !strcmp(story, c->tb_fwd_story) && seq == c->tb_fwd_seq;
        memcpy(c->tb_fwd_story, story, sizeof story);
        c->tb_fwd_seq = seq >= 0 ? seq + 1 : 0;
    } else {
        c->tb_fwd_seq = 0;
    }
    if (!can)
        c->tb_fwd_code[0] = '\0';
}

tac_status tac_coder_code(tac_coder *c, const tac_doc *doc, size_t *out_n)
{
    *out_n = 0;
    c->n_events = 0;
    c->n_sentences = 0;
    c->events_over = 0;
    memset(&c->hits, 0, sizeof c->hits);
    c->err[0] = '\0';
    tac_arena_reset(&c->arena);
    if (!doc) {
        snprintf(c->err, sizeof c->err, "no document");
        return TAC_EARG;
    }
    if (doc->text_len + doc->title_len > c->opt.max_doc_bytes) {
        snprintf(c->err, sizeof c->err, "document of %zu bytes is over the limit of %zu bytes",
                 doc->text_len + doc->title_len, c->opt.max_doc_bytes);
        return TAC_ELIMIT;
    }
    if (!doc->date || tac_date_parse_iso(doc->date, doc->date_len, &c->date) < 0) {
        snprintf(c->err, sizeof c->err, "invalid date '%.*s' (want a real day as YYYY-MM-DD)",
                 doc->date ? (int)(doc->date_len < 40 ? doc->date_len : 40) : 0,
                 doc->date ? doc->date : "");
        return TAC_EINPUT;
    }
    c->doc = doc;
    tac_code_forget_context(c);
    c->story_ccs = 0;
    c->story_dateline = 0;
    c->story_cc[0] = '\0';
    c->story_first[0] = '\0';
    tb_forward_doc(c, doc);
    int index = 0;
    int fail = 0;
    size_t skip = 0; /* bytes of the body that repeat the headline */
    if (doc->title && doc->title_len && !c->opt.no_headline) {
        fail = code_field(c, doc->title, doc->title_len, 0, "title", 1, &index) < 0;
        /* the headline is its own context: start the body afresh */
        tac_code_forget_context(c);
        if (doc->text)
            skip = repeated_headline(doc->title, doc->title_len, doc->text, doc->text_len);
        /* the repeated headline is the body's first sentence, coded once
         * (as the headline) */
        index += skip > 0;
    }
    if (!fail && doc->text && doc->text_len > skip)
        fail = code_field(c, doc->text, doc->text_len, skip, "text", 0, &index) < 0;
    if (fail) {
        c->n_events = 0;
        if (c->events_over) {
            snprintf(c->err, sizeof c->err, "document gives more than %zu events, the limit",
                     c->opt.max_doc_events);
            return TAC_ELIMIT;
        }
        snprintf(c->err, sizeof c->err, "out of memory");
        return TAC_ENOMEM;
    }
    *out_n = c->n_events;
    if (c->dict->tabari && c->dict->tabari->opt.fwd_on)
        memcpy(c->tb_fwd_code, c->tb_fwd_first, sizeof c->tb_fwd_code);
    return TAC_OK;
}
