/* sent.c -- sentence splitting; see sent.h for the rules. */
#include "sent.h"

#include "alloc.h"
#include "lexicon.h"

void tac_sents_fini(tac_sents *s)
{
    tac_free(s->v);
    s->v = NULL;
    s->n = s->cap = 0;
}

int tac_sent_push(tac_sents *s, uint32_t start, uint32_t end)
{
    if (s->n == s->cap) {
        size_t cap = s->cap ? s->cap * 2 : 64;
        tac_sent *v = tac_realloc(s->v, cap * sizeof *v);
        if (!v)
            return -1;
        s->v = v;
        s->cap = cap;
    }
    s->v[s->n].start = start;
    s->v[s->n].end = end;
    s->n++;
    return 0;
}

static int is_end_punct(const tac_tok *t)
{
    if (!(t->flags & TAC_TOK_PUNCT))
        return 0;
    char c = t->norm[0];
    return c == '.' || c == '?' || c == '!';
}

static int is_closer(const tac_tok *t)
{
    if (!(t->flags & TAC_TOK_PUNCT) || t->norm_len != 1)
        return 0;
    char c = t->norm[0];
    return c == '"' || c == '\'' || c == ')' || c == ']';
}

static int starts_sentence(const tac_tok *t)
{
    return (t->flags & (TAC_TOK_CAP | TAC_TOK_NUM | TAC_TOK_QUOTE | TAC_TOK_PARA)) != 0 ||
           ((t->flags & TAC_TOK_PUNCT) && (t->norm[0] == '(' || t->norm[0] == '-'));
}

/* A text written without capitals (lower-cased news dumps) cannot mark a
 * sentence start by a capital: there a full stop before a lower-case word
 * ends the sentence too. Caseless = at least 20 words, and either fewer
 * than 1 in 50 of them capitalised (ordinary English has 1 in 10 or more)
 * or its sentences start in lower case: at least two full stops stand
 * before a lower-case word, more than twice as many as before a capital
 * (a lower-cased article with a capitalised byline, dateline or page
 * footer: "This story is from March 8, 2002", "Facebook Twitter"). */
static int is_caseless(const tac_tok *t, size_t n)
{
    size_t words = 0, caps = 0, dot_lower = 0, dot_cap = 0;
    for (size_t i = 0; i < n; i++) {
        if (is_end_punct(&t[i]) && t[i].norm[0] == '.') {
            size_t j = i + 1;
            while (j < n && is_closer(&t[j]))
                j++;
            if (j < n && (t[j].flags & TAC_TOK_WORD) && !(t[j].flags & TAC_TOK_PARA)) {
                if (t[j].flags & TAC_TOK_CAP)
                    dot_cap++;
                else
                    dot_lower++;
            }
        }
        if (!(t[i].flags & TAC_TOK_WORD))
            continue;
        words++;
        if (t[i].flags & TAC_TOK_CAP)
            caps++;
    }
    return words >= 20 && (caps * 50 < words || (dot_lower >= 2 && dot_lower > 2 * dot_cap));
}

/* Whether abbreviation t[i], its dot attached (token.h), ends its
 * sentence; j is the token after it and any closing quotes. A title
 * ("Gen.") and an initial ("John F. Kennedy") never do. Another ("U.S.",
 * "Inc.", "etc.") does before a capitalised sentence starter ("the U.S.
 * The talks", "Acme Inc. He said"), not before a name ("the U.S. Army")
 * nor before "And" or "Or".
 * A state's after a town and a comma ("Fremont, Calif. Farmers said")
 * does before any capitalised word but a title ("Calif. Gov. Brown") or
 * a time word (a dateline's "Va. Feb 26"): mid-sentence news writes a
 * comma after the state ("Houston, Tex., police"). */
static int abbrev_ends(const tac_tok *t, size_t n, uint32_t i, uint32_t j)
{
    if (j >= n)
        return 0;
    const tac_tok *a = &t[i], *w = &t[j];
    if ((a->wflags & TAC_LX_TITLE) || a->norm_len <= 2)
        return 0;
    if (!(w->flags & TAC_TOK_WORD) || !(w->flags & TAC_TOK_CAP))
        return 0;
    /* "Japan, the U.S. And West Germany": a sentence seldom opens with
     * "and" or "or", and wire archives capitalise the word after "U.S." */
    if (w->wflags & TAC_LX_CONJ)
        return 0;
    if (w->wflags & TAC_LX_STARTER)
        return 1;
    return (a->flags & TAC_TOK_STATE_ABBR) && i >= 2 &&
           (t[i - 1].flags & TAC_TOK_PUNCT) && t[i - 1].norm[0] == ',' &&
           !(w->wflags & (TAC_LX_TITLE | TAC_LX_TIME));
}

static int push_cut(tac_sents *out, uint32_t start, uint32_t end, size_t max)
{
    while (max && end - start > max) {
        if (tac_sent_push(out, start, start + (uint32_t)max) < 0)
            return -1;
        start += (uint32_t)max;
    }
    return end > start ? tac_sent_push(out, start, end) : 0;
}

int tac_sent_split(const tac_tok *t, size_t n, size_t max, tac_sents *out)
{
    uint32_t start = 0;
    int caseless = -1; /* unknown until a full stop needs it */
    for (uint32_t i = 0; i < n; i++) {
        /* most tokens are words: none of the flags below, one test */
        if (!(t[i].flags & (TAC_TOK_PARA | TAC_TOK_PUNCT | TAC_TOK_ABBR)))
            continue;
        if (i > start && (t[i].flags & TAC_TOK_PARA)) {
            if (push_cut(out, start, i, max) < 0)
                return -1;
            start = i;
        }
        int end = 0;
        if (is_end_punct(&t[i])) {
            uint32_t j = i + 1;
            while (j < n && is_closer(&t[j]) && !(t[j].flags & TAC_TOK_PARA))
                j++;
            if (j >= n || starts_sentence(&t[j]))
                end = 1;
            else if (t[i].norm[0] == '.' && (t[j].flags & TAC_TOK_WORD)) {
                if (caseless < 0)
                    caseless = is_caseless(t, n);
                end = caseless;
            }
            /* a closing quote was taken into the sentence */
            if (end) {
                i = j - 1;
            }
        } else if (t[i].flags & TAC_TOK_ABBR) {
            uint32_t j = i + 1;
            while (j < n && is_closer(&t[j]) && !(t[j].flags & TAC_TOK_PARA))
                j++;
            if (abbrev_ends(t, n, i, j)) {
                end = 1;
                i = j - 1; /* with its closing quotes */
            }
        }
        if (end) {
            if (push_cut(out, start, i + 1, max) < 0)
                return -1;
            start = i + 1;
        }
    }
    if (start < n && push_cut(out, start, (uint32_t)n, max) < 0)
        return -1;
    return 0;
}
