/* code_match.c -- the coder's patterns: the verb-pattern trie walked over
 * a sentence's tokens and groups, giving its matches.
 *
 * find_matches (called by tac_code_sentence, code_event.c) tries the pattern
 * trie at each token: literal words, the + (target) and $ (source) slots
 * filled by a group or one of its members (SINGLE), the * skip (at most
 * SKIP_MAX words) and place slots; each walk takes at most MATCH_BUDGET
 * steps, the best match so far is kept (better_match). try_fronted reads
 * a fronted passive ("aid was cut by the US").
 *
 * Writes c->matches; allocates only when the array grows. Reads the
 * mentions and groups of code_mention.c. Not thread-safe: per coder. */
#include <string.h>

#include "code.h"
#include "code_mention.h"
#include "code_match.h"
#include "code_role.h"
#include "code_event.h"

/* ---- patterns ------------------------------------------------------- */

/* A mention that starts at token i and is not the first of its group
 * ("Kosovo" in "Serbia and Kosovo"), or -1. */
static int later_member_at(const tac_coder *c, uint32_t s, uint32_t i)
{
    int g = c->tok_group[i - s];
    if (g < 0)
        return -1;
    const group *gr = &c->groups[g];
    for (uint32_t k = gr->first + 1; k < gr->first + gr->n; k++)
        if (c->ments[k].tstart == i || c->ments[k].start == i)
            return (int)k;
    return -1;
}

/* The location mention after an object that is no actor ("an airbase near
 * Homs": up to four words, then a locative preposition and a place, or a
 * site noun, "of" and its place: "the port of Hodeidah"), or -1. */
static int object_place(const tac_coder *c, uint32_t s, uint32_t e, uint32_t pos)
{
    const tac_tok *t = c->toks.v;
    for (uint32_t k = pos; k < e && k < pos + 5; k++) {
        const tac_tok *w = &t[k];
        if (k > pos && (w->wflags & TAC_LX_LOCATIVE))
            return loc_at(c, e, k + 1);
        /* "bombed the port of Hodeidah": a site's own name after "of" */
        if (k > pos && tok_is(w, "of") && form_class(c, &t[k - 1], TAC_LC_SITE_NOUN))
            return loc_at(c, e, k + 1);
        if (c->tok_group[k - s] >= 0 || is_clause_break(w) || tac_code_is_punct(w, ',') || verbish(w) ||
            (w->wflags & (TAC_LX_PREP | TAC_LX_CONJ | TAC_LX_RELATIVE | TAC_LX_COMPLEMENT |
                          TAC_LX_SAY | TAC_LX_AUX | TAC_LX_BE)))
            return -1;
    }
    return -1;
}

/* Whether the words at pos name a built thing that is no actor ("the dam",
 * "a Russian-held bridge", "two fuel depots"): a determiner or a number or
 * none, up to three lower-case words, then a site noun (`marker
 * site-noun`) that ends the phrase (the sentence, a punctuation mark, a
 * preposition, a conjunction, a relative or a time word follows; not "of"
 * and an actor). "struck a deal" and "hit the headlines" name no site. */
static int site_object(const tac_coder *c, uint32_t s, uint32_t e, uint32_t pos)
{
    const tac_tok *t = c->toks.v;
    uint32_t k = pos;
    if (k < e && ((t[k].wflags & TAC_LX_DET) || quantity_word(&t[k])))
        k++;
    for (uint32_t n = 0; k < e && n < 4; k++, n++) {
        const tac_tok *w = &t[k];
        if (c->tok_group[k - s] >= 0 || (w->flags & TAC_TOK_CAP) || verbish(w) ||
            is_clause_break(w) || tac_code_is_punct(w, ',') ||
            (w->wflags & (TAC_LX_PREP | TAC_LX_CONJ | TAC_LX_RELATIVE | TAC_LX_COMPLEMENT |
                          TAC_LX_SAY | TAC_LX_AUX | TAC_LX_BE | TAC_LX_LOCATIVE)))
            return 0;
        if (!form_class(c, w, TAC_LC_SITE_NOUN))
            continue;
        if (k + 1 >= e)
            return 1;
        const tac_tok *x = &t[k + 1];
        /* "headquarters of rebel factions": the site of an actor, whom the
         * object rules find */
        if (tok_is(x, "of") && k + 2 < e &&
            (c->tok_group[k + 2 - s] >= 0 ||
             (k + 3 < e && (t[k + 2].wflags & TAC_LX_DET) && c->tok_group[k + 3 - s] >= 0)))
            return 0;
        return !x->lemma || tac_code_is_punct(x, ',') || is_clause_break(x) ||
               (x->wflags & (TAC_LX_PREP | TAC_LX_LOCATIVE | TAC_LX_CONJ | TAC_LX_RELATIVE |
                             TAC_LX_TIME | TAC_LX_BY));
    }
    return 0;
}

/* Whether the word before token i is a count, count_follows ("a 100 mln
 * pound plant": "pound" is money, no verb of force). */
static int after_amount(const tac_coder *c, uint32_t s, uint32_t i)
{
    if (i <= s)
        return 0;
    return count_follows(&c->toks.v[i - 1], NULL);
}

typedef struct mstate {
    const tac_coder *c;
    uint32_t s, e;
    int budget;
    match best;
    int have;
    /* inside the walk after a target slot that took a site that is no
     * actor (site_object): only a threat or an act of force may end it */
    int site;
} mstate;

/* A fresh search of [s, e) with its own step budget. */
static void mstate_init(mstate *ms, const tac_coder *c, uint32_t s, uint32_t e)
{
    memset(ms, 0, sizeof *ms);
    ms->c = c;
    ms->s = s;
    ms->e = e;
    ms->budget = MATCH_BUDGET;
}

static void try_node(mstate *ms, uint32_t node, uint32_t pos, int src, int tgt,
                     uint32_t first, uint32_t anchor_end, uint32_t lit);

/* "March" the month, which no pattern of marching may take: capitalised
 * inside running text (a headline capitalises verbs too), or after a word
 * that introduces a time (`marker month-lead`: "in march 2002" in a
 * lower-cased text, "since March", "till March") or before a number
 * ("March 3"). "marched", "Thousands march in Vienna" and "decided to
 * march to parliament" stay the verb. */
static int month_march(const tac_coder *c, uint32_t s, uint32_t e, uint32_t pos)
{
    const tac_tok *t = c->toks.v;
    if (!tok_is(&t[pos], "march"))
        return 0;
    if ((t[pos].flags & TAC_TOK_CAP) && pos > s && !c->in_headline)
        return 1;
    if (pos + 1 < e && (t[pos + 1].flags & TAC_TOK_NUM))
        return 1;
    if (pos > s) {
        const tac_tok *w = &t[pos - 1];
        if (form_class(c, w, TAC_LC_MONTH_LEAD))
            return 1;
    }
    return 0;
}

/* Whether a match ending at pos ends where a place phrase begins: a
 * locative there, then an actor or a place ("in Nairobi"). */
static int ends_at_place(const mstate *ms, uint32_t pos)
{
    return pos + 1 < ms->e && (ms->c->toks.v[pos].wflags & TAC_LX_LOCATIVE) &&
           (ms->c->tok_group[pos + 1 - ms->s] >= 0 || loc_at(ms->c, ms->e, pos + 1) >= 0);
}

/* Whether a match of p ending at pos, whose last literal word ends at lit,
 * beats the best so far: the longer match, then the pattern of more items;
 * but a match that ends where a place phrase begins ("in Nairobi") and
 * whose literal words reach further beats a longer one whose final slot
 * ran on over that place: in "opened fire on protesters in Nairobi",
 * "open fire on * protester" names the object and wins over "open fire on
 * +", as it does in "opened fire on protesters". */
/* The words of pattern p as written, not its '*', '+' and '$' items; read
 * only when two matches tie on length. */
static unsigned literal_words(const tac_pattern *p)
{
    unsigned n = 0;
    for (const char *q = p->text; *q;) {
        while (*q == ' ')
            q++;
        const char *w = q;
        while (*q && *q != ' ')
            q++;
        if (q > w && !(q - w == 1 && (*w == '*' || *w == '+' || *w == '$')))
            n++;
    }
    return n;
}

static int better_match(const mstate *ms, const tac_pattern *p, uint32_t pos, uint32_t lit)
{
    const match *b = &ms->best;
    if (pos < b->end && lit > b->lit_end && ends_at_place(ms, pos))
        return 1;
    if (pos > b->end && lit < b->lit_end && ends_at_place(ms, b->end))
        return 0;
    if (pos != b->end)
        return pos > b->end;
    /* "gave military aid": of two patterns as long, one that names more
     * words ("give * military aid", 072) beats one whose slot took a word
     * as an actor ("give + * aid", "military" the recipient); as many
     * words, the first found stays ("jail + for" before "jail * for") */
    if (p->n_items == b->pat->n_items)
        return literal_words(p) > literal_words(b->pat);
    return p->n_items > b->pat->n_items;
}

/* Whether null pattern p matched over tokens [a, b) holds an actor, or
 * between its first and last word a preposition, a conjunction or a clause
 * word: a null pattern never spans those ("met Gorbachev to discuss arms
 * targets", "met in Tokyo to set targets" are meetings, though "meet *
 * target" is a null pattern). A pattern of words only (no '*', no slot)
 * matched one token per word passed over nothing: its words are its own,
 * an agent word too ("shell company", whose "company" is a business). */
static int null_spans(const mstate *ms, const tac_pattern *p, uint32_t a, uint32_t b)
{
    const tac_tok *t = ms->c->toks.v;
    if (b - a == p->n_items && !p->has_source && !p->has_target && !strchr(p->text, '*'))
        return 0;
    /* a second item written as a word is the pattern's own, a preposition
     * too ("role in * killing"): only words a '*' passes over count */
    const char *sp = strchr(p->text, ' ');
    uint32_t own = sp && sp[1] != '*' && sp[1] != '+' && sp[1] != '$' ? a + 1 : a;
    for (uint32_t k = a; k < b; k++) {
        if (ms->c->tok_group[k - ms->s] >= 0)
            return 1;
        if (k > own && k + 1 < b &&
            (is_clause_break(&t[k]) ||
             (t[k].wflags & (TAC_LX_PREP | TAC_LX_CONJ | TAC_LX_RELATIVE | TAC_LX_COMPLEMENT |
                             TAC_LX_SAY | TAC_LX_AUX | TAC_LX_BE))))
            return 1;
    }
    return 0;
}

/* Whether an event coded cm may take a site that is no actor for its
 * target slot: a threat (13) or an act of force (18-20), "Russia struck the
 * dam", "threatened to strike the bridge". */
static int site_root(const tac_cameo *cm)
{
    int r = atoi(cm->root);
    return r == 13 || r == 18 || r == 19 || r == 20;
}

static void walk(mstate *ms, uint32_t node, uint32_t pos, int src, int tgt,
                 uint32_t first, uint32_t anchor_end, uint32_t lit)
{
    const tac_dict *d = ms->c->dict;
    if (--ms->budget < 0)
        return;
    if (d->patterns.first[node]) {
        const tac_pattern *p = &d->pat[d->patterns.first[node] - 1];
        if ((!ms->have || better_match(ms, p, pos, lit)) &&
            !(p->none && null_spans(ms, p, first, pos)) &&
            !(ms->site && !site_root(&d->cameo[p->cameo]))) {
            ms->have = 1;
            ms->best.lit_end = lit;
            ms->best.start = first;
            ms->best.end = pos;
            ms->best.pat = p;
            ms->best.src_group = src;
            ms->best.tgt_group = tgt;
            ms->best.anchor_end = anchor_end ? anchor_end : pos;
        }
    }
    if (pos >= ms->e)
        return;
    try_node(ms, node, pos, src, tgt, first, anchor_end, lit);
}

/* 0 when try_node(ms, node, pos, ...) surely does nothing: node has only
 * word edges, none for the token's lemma, and the token is no time word
 * and not "on" (which try_node may pass over). Most words after a '*' of
 * a pattern are such, and the call costs more than this test. */
static inline int may_go_on(const mstate *ms, uint32_t node, uint32_t pos)
{
    const tac_trie *tr = &ms->c->dict->patterns;
    const tac_tok *t = &ms->c->toks.v[pos];
    unsigned kinds = tr->kinds[node];
    if ((kinds & ~(unsigned)TAC_TRIE_K_WORD) || (t->wflags & TAC_LX_TIME) ||
        (t->norm_len == 2 && t->norm[0] == 'o' && t->norm[1] == 'n'))
        return 1;
    return (kinds & TAC_TRIE_K_WORD) && t->lemma && tac_trie_child(tr, node, t->lemma);
}

static void try_node(mstate *ms, uint32_t node, uint32_t pos, int src, int tgt,
                     uint32_t first, uint32_t anchor_end, uint32_t lit)
{
    const tac_dict *d = ms->c->dict;
    const tac_tok *t = ms->c->toks.v;
    const tac_trie *tr = &d->patterns;
    uint32_t child;
    /* (kinds: only the edge kinds the node has are probed) */
    unsigned kinds = tr->kinds[node];
    if ((kinds & (TAC_TRIE_K_WORD | TAC_TRIE_K_EXACT)) && t[pos].norm_len == 5 &&
        month_march(ms->c, ms->s, ms->e, pos))
        kinds &= ~(unsigned)(TAC_TRIE_K_WORD | TAC_TRIE_K_EXACT);
    /* a word, by lemma, exact form or upper-case form */
    if ((kinds & TAC_TRIE_K_WORD) && t[pos].lemma &&
        (child = tac_trie_child(tr, node, t[pos].lemma)))
        walk(ms, child, pos + 1, src, tgt, first, anchor_end, pos + 1);
    if ((kinds & TAC_TRIE_K_EXACT) && t[pos].word &&
        (child = tac_trie_child(tr, node, TAC_ITEM_EXACT | t[pos].word)))
        walk(ms, child, pos + 1, src, tgt, first, anchor_end, pos + 1);
    if ((kinds & TAC_TRIE_K_UPPER) && (t[pos].flags & TAC_TOK_UPPER) && t[pos].word &&
        (child = tac_trie_child(tr, node, TAC_ITEM_UPPER | t[pos].word)))
        walk(ms, child, pos + 1, src, tgt, first, anchor_end, pos + 1);
    /* slots */
    /* a slot takes a whole group, or only its first member when the
     * pattern goes on with the conjunction ("between $ and +") */
    if ((kinds & TAC_TRIE_K_TARGET) && (child = tac_trie_child(tr, node, TAC_ITEM_TARGET))) {
        int g = group_at(ms->c, ms->s, ms->e, pos);
        int m = g < 0 ? later_member_at(ms->c, ms->s, pos) : -1;
        if (m >= 0)
            walk(ms, child, ms->c->ments[m].end, src, SINGLE(m), first,
                 anchor_end ? anchor_end : pos, lit);
        if (g >= 0) {
            const group *gr = &ms->c->groups[g];
            walk(ms, child, gr->end, src, g, first, anchor_end ? anchor_end : pos, lit);
            /* "allow the World Food Program (WFP) to": the group's
             * abbreviation in brackets restates it, the pattern goes on
             * after it */
            if (gr->end + 3 < ms->e && tac_code_is_punct(&t[gr->end], '(') &&
                (t[gr->end + 1].flags & TAC_TOK_UPPER) && tac_code_is_punct(&t[gr->end + 2], ')'))
                walk(ms, child, gr->end + 3, src, g, first, anchor_end ? anchor_end : pos, lit);
            if (gr->n > 1)
                walk(ms, child, ms->c->ments[gr->first].end, src, SINGLE(gr->first), first,
                     anchor_end ? anchor_end : pos, lit);
        }
        /* "the invasion of northern Iran", "a raid on southern Lebanon": a
         * compass word (`marker compass`) right before a country's group
         * names a region of it; the country fills the slot */
        int rg = g < 0 && m < 0 && (t[pos].wclass & TAC_LC_COMPASS) && !(t[pos].flags & TAC_TOK_CAP)
                     ? group_at(ms->c, ms->s, ms->e, pos + 1) : -1;
        if (rg >= 0 && ms->c->groups[rg].n == 1 &&
            ms->c->ments[ms->c->groups[rg].first].country[0] &&
            ms->c->ments[ms->c->groups[rg].first].n_agents == 0) {
            walk(ms, child, ms->c->groups[rg].end, src, rg, first, anchor_end ? anchor_end : pos, lit);
            g = rg;
        }
        /* "gave refuge to thousands of East Germans", "sent aid to a group
         * of refugees": a count before the group (a quantity word and "of",
         * "a group of") only counts the people the group names, as for an
         * object (code_role.c); the group fills the slot. Digits are left
         * out: "dismiss 140 of its workforce", "11.80 Canadian dlrs" */
        if (g < 0 && m < 0) {
            uint32_t q = pos;
            int adj = 0;
            if (q + 3 < ms->e && (t[q].wflags & TAC_LX_DET) && (t[q + 1].wclass & TAC_LC_QUANTITY) &&
                tok_is(&t[q + 2], "of"))
                q++;
            if (q + 2 < ms->e && (t[q].wclass & TAC_LC_QUANTITY) && !(t[q].flags & TAC_TOK_NUM) &&
                tok_is(&t[q + 1], "of"))
                q += 2;
            /* "recognition to the new government in Phnom Penh": a plain
             * adjective after the determiner (a lower-case word WordNet
             * knows as neither verb nor noun, and no marker word) before a
             * group of a state; "a new company", "a new local partner" are
             * left to the object rule */
            else if (q == pos && q + 2 < ms->e && (t[q].wflags & TAC_LX_DET) &&
                     !(t[q + 1].flags & TAC_TOK_CAP) && t[q + 1].lemma &&
                     !(t[q + 1].wflags & (TAC_LX_VERB | TAC_LX_NOUN | TAC_LX_MARKER_FLAGS))) {
                q += 2;
                adj = 1;
            }
            int cg = q != pos ? group_at(ms->c, ms->s, ms->e, q) : -1;
            if (cg >= 0 && adj && !ms->c->ments[ms->c->groups[cg].first].country[0])
                cg = -1;
            if (cg >= 0) {
                walk(ms, child, ms->c->groups[cg].end, src, cg, first,
                     anchor_end ? anchor_end : pos, lit);
                g = cg;
            }
        }
        /* "arrived in Bosnia", "toured Aleppo": a place fills a target slot */
        if (g < 0 && m < 0 && (m = loc_at(ms->c, ms->e, pos)) >= 0)
            walk(ms, child, ms->c->ments[m].end, src, SINGLE(m), first,
                 anchor_end ? anchor_end : pos, lit);
        /* "struck an airbase near Homs", "fired at targets in Jericho": an
         * object that is no actor, at a place: the place fills the slot;
         * the match ends before the object, so that a pattern naming the
         * object ("strike * deal") wins */
        else if (g < 0 && m < 0 && (m = object_place(ms->c, ms->s, ms->e, pos)) >= 0)
            walk(ms, child, pos, src, SINGLE(m), first, anchor_end ? anchor_end : pos, lit);
        /* "Russia struck the dam", "Ukraine will strike the bridge": a site
         * that is no actor at no place leaves the slot empty, for a threat
         * or an act of force only; the match ends before the object, as
         * above */
        else if (g < 0 && m < 0 && !after_amount(ms->c, ms->s, first) &&
                 site_object(ms->c, ms->s, ms->e, pos)) {
            int was = ms->site;
            ms->site = 1;
            walk(ms, child, pos, src, tgt, first, anchor_end ? anchor_end : pos, lit);
            ms->site = was;
        }
    }
    if ((kinds & TAC_TRIE_K_SOURCE) && (child = tac_trie_child(tr, node, TAC_ITEM_SOURCE))) {
        int g = group_at(ms->c, ms->s, ms->e, pos);
        int m = g < 0 ? later_member_at(ms->c, ms->s, pos) : -1;
        if (m >= 0)
            walk(ms, child, ms->c->ments[m].end, SINGLE(m), tgt, first,
                 anchor_end ? anchor_end : pos, lit);
        if (g >= 0) {
            const group *gr = &ms->c->groups[g];
            walk(ms, child, gr->end, g, tgt, first, anchor_end ? anchor_end : pos, lit);
            if (gr->n > 1)
                walk(ms, child, ms->c->ments[gr->first].end, SINGLE(gr->first), tgt, first,
                     anchor_end ? anchor_end : pos, lit);
        }
    }
    /* "opened a hearing Wednesday into", "held talks on Tuesday with": a
     * time expression inside a pattern is passed over */
    if (node && pos + 1 < ms->e && (t[pos].wflags & TAC_LX_TIME) && !tok_is(&t[pos], "last"))
        try_node(ms, node, pos + 1, src, tgt, first, anchor_end, lit);
    else if (node && pos + 2 < ms->e && tok_is(&t[pos], "on") && (t[pos + 1].wflags & TAC_LX_TIME))
        try_node(ms, node, pos + 2, src, tgt, first, anchor_end, lit);
    /* "would cooperate fully with", "pulled back quickly from": so is an
     * adverb */
    else if (node && pos + 1 < ms->e && (t[pos].wflags & TAC_LX_ADVERB))
        try_node(ms, node, pos + 1, src, tgt, first, anchor_end, lit);
    if ((kinds & TAC_TRIE_K_SKIP) && (child = tac_trie_child(tr, node, TAC_ITEM_SKIP))) {
        for (uint32_t k = 0; k <= SKIP_MAX && pos + k < ms->e; k++) {
            if (k > 0 && is_clause_break(&t[pos + k - 1]))
                break;
            if (k > 0 && tac_code_is_punct(&t[pos + k - 1], ','))
                break;
            /* "launched a probe into the attack": what follows "into" is
             * the topic of a noun skipped, no longer the pattern's object
             * ("about" is often a number's: "kill about 25 civilians") */
            if (k > 0 && tok_is(&t[pos + k - 1], "into"))
                break;
            /* "blocked roads to protest new traffic rules": "to" and a
             * verb's base form open a clause of purpose, whose words are
             * no longer the pattern's (`block * traffic`); the verb itself
             * may still be the pattern's next word ("landmines continue to
             * kill": `landmine * kill`). A "to" right after the pattern's
             * verb or another verb or adverb ("offered to supply air
             * defence systems", "threatened to strike") opens its
             * complement, and one after a noun of pressure ("rejected U.S.
             * demands to hold elections") the act asked for: both stay
             * the pattern's */
            if (k > 2 && tok_is(&t[pos + k - 2], "to") && (t[pos + k - 1].wflags & TAC_LX_VERB) &&
                t[pos + k - 1].word && t[pos + k - 1].word == t[pos + k - 1].lemma &&
                !(t[pos + k - 1].flags & TAC_TOK_CAP) && !verbish(&t[pos + k - 3]) &&
                !(t[pos + k - 3].wflags & (TAC_LX_ADVERB | TAC_LX_VERB)) &&
                !(t[pos + k - 3].wclass & TAC_LC_PRESSURE))
                break;
            /* "the attack killed five worshippers": a finite verb that
             * opens a pattern of its own, with a determiner or a number
             * after it, is the next act, not a word the skip passes over
             * (`attack * worshipper`); after a determiner or a number, or
             * before a noun, it is an adjective ("cancelled a planned
             * visit", "ignored repeated requests") */
            if (k > 0 && pos + k < ms->e && verbish(&t[pos + k - 1]) &&
                (t[pos + k - 1].wflags & TAC_LX_PAT_START) &&
                !(t[pos + k - 1].wflags & (TAC_LX_AUX | TAC_LX_BE | TAC_LX_SAY)) &&
                ((t[pos + k].wflags & TAC_LX_DET) || quantity_word(&t[pos + k])) &&
                !(k > 1 && ((t[pos + k - 2].wflags & TAC_LX_DET) || quantity_word(&t[pos + k - 2]))))
                break;
            /* "condemned the rebels who attacked": a relative pronoun
             * after an actor opens a clause about that actor; its verb is
             * no word of the pattern begun before it ("the air strikes
             * which targeted", about no actor, may still read on) */
            if (k > 1 && (t[pos + k - 1].wflags & TAC_LX_RELATIVE) &&
                ms->c->tok_group[pos + k - 2 - ms->s] >= 0)
                break;
            /* the skipped words then the rest of the pattern */
            if (may_go_on(ms, child, pos + k))
                try_node(ms, child, pos + k, src, tgt, first, anchor_end, lit);
            if (ms->budget < 0)
                break;
        }
    }
}

/* Whether a match found so far holds token k and has its own source
 * ("the withdrawal of Vietnam from Cambodia was completed"). */
static int noun_has_source(const tac_coder *c, uint32_t k)
{
    for (size_t q = 0; q < c->n_matches; q++)
        if (c->matches[q].start <= k && k < c->matches[q].end && c->matches[q].src_group >= 0)
            return 1;
    return 0;
}

/* how many words before "be" fronted_object reads back for the object */
#define FRONT_SUBJECT_MAX 6

/* "Sanctions on Iran were lifted by the EU", "Aid was cut": a participle
 * at i after a form of "be" whose subject holds the object word of a
 * pattern "VERB OBJECT" or "VERB * OBJECT" (node: the participle's lemma
 * in the pattern trie). Returns that pattern and sets *out_obj to the
 * object word's token, or NULL. The words before "be" are read back to a
 * clause word, a comma or another verb (FRONT_SUBJECT_MAX words at most),
 * passing over actors. */
static uint32_t fronted_node(const tac_coder *c, uint32_t s, uint32_t i, uint32_t node,
                             uint32_t *out_obj, int ends);

/* Whether the word before i is a form of "be", an adverb or a negation:
 * without one, fronted_node finds no "be" before the participle. Its
 * callers test this first, as most words that open a pattern have none
 * before them and the call costs more than the test. */
static inline int be_may_precede(const tac_tok *t, uint32_t s, uint32_t i)
{
    return i > s && (t[i - 1].wflags & (TAC_LX_BE | TAC_LX_ADVERB | TAC_LX_NEGATION));
}

static const tac_pattern *fronted_object(const tac_coder *c, uint32_t s, uint32_t i,
                                         uint32_t node, uint32_t *out_obj)
{
    uint32_t n1 = fronted_node(c, s, i, node, out_obj, 1);
    return n1 ? &c->dict->pat[c->dict->patterns.first[n1] - 1] : NULL;
}

/* The trie node of fronted_object's object word (node: the participle's
 * lemma in the pattern trie), or 0; with ends, only a node where a
 * pattern ends, else any node a pattern goes through ("supply * weapons"
 * on to "supply * weapons to +"). */
static uint32_t fronted_node(const tac_coder *c, uint32_t s, uint32_t i, uint32_t node,
                             uint32_t *out_obj, int ends)
{
    const tac_dict *d = c->dict;
    const tac_tok *t = c->toks.v;
    if (!node)
        return 0;
    uint32_t b = i;
    while (b > s && (t[b - 1].wflags & (TAC_LX_ADVERB | TAC_LX_NEGATION)))
        b--;
    if (b == s || !(t[b - 1].wflags & TAC_LX_BE) || !tac_code_is_participle(&t[i]))
        return 0;
    b--;
    while (b > s && (t[b - 1].wflags & (TAC_LX_BE | TAC_LX_AUX | TAC_LX_ADVERB)))
        b--; /* "have been", "will be" */
    uint32_t skip = tac_trie_child(&d->patterns, node, TAC_ITEM_SKIP);
    for (uint32_t k = b; k > s && b - k < FRONT_SUBJECT_MAX;) {
        k--;
        /* "the Canadian ambassador was summoned by", "the suspects were
         * handed over to India": the object word may be the head of the
         * subject's actor phrase (its last word); other words of actors
         * are passed over */
        if (c->tok_group[k - s] >= 0 &&
            !(t[k].lemma && c->groups[c->tok_group[k - s]].end == k + 1))
            continue;
        if (is_clause_break(&t[k]) || tac_code_is_punct(&t[k], ',') ||
            (t[k].wflags & (TAC_LX_BE | TAC_LX_AUX | TAC_LX_RELATIVE | TAC_LX_COMPLEMENT |
                            TAC_LX_SAY | TAC_LX_BOUNDARY)))
            return 0;
        if (!t[k].lemma)
            continue;
        uint32_t n1 = tac_trie_child(&d->patterns, node, t[k].lemma);
        if (!(n1 && (d->patterns.first[n1] || !ends)) && skip)
            n1 = tac_trie_child(&d->patterns, skip, t[k].lemma);
        if (n1 && (d->patterns.first[n1] || !ends)) {
            /* "food aid was delivered", "military aid was given": the
             * word before the object word may name it more closely, a
             * longer pattern ("deliver * food aid", 073, not 070) */
            uint32_t n0 = 0, n2 = 0;
            if (k > s && t[k - 1].lemma && c->tok_group[k - 1 - s] < 0)
                n0 = tac_trie_child(&d->patterns, skip ? skip : node, t[k - 1].lemma);
            if (n0)
                n2 = tac_trie_child(&d->patterns, n0, t[k].lemma);
            if (n2 && (d->patterns.first[n2] || !ends))
                n1 = n2;
            *out_obj = k;
            return n1;
        }
    }
    return 0;
}

/* a, or the word after it when a (before lim) is a determiner outside
 * any actor phrase */
static uint32_t past_det(const tac_coder *c, uint32_t s, uint32_t a, uint32_t lim)
{
    return a < lim && (c->toks.v[a].wflags & TAC_LX_DET) && c->tok_group[a - s] < 0 ? a + 1 : a;
}

/* "Aid was cut by the US": the pattern of the verb at t[i] (child: its
 * node in the pattern trie; s, e: the sentence) takes its object from the passive subject before
 * it, when the verb alone matched no more than itself and a "by" agent
 * follows; it then replaces ms->best, and a match found before holding the
 * object word (the noun "sanctions") is that same act and goes, unless it
 * has a source of its own. */
static void try_fronted(tac_coder *c, mstate *ms, const tac_tok *t, uint32_t s, uint32_t e,
                        uint32_t i, uint32_t child)
{
    const tac_dict *d = c->dict;
    if (!be_may_precede(t, s, i))
        return;
    /* the verb's own match, if any, has no slot and ends by the next word */
    if (ms->have && (ms->best.pat->has_source || ms->best.pat->has_target || ms->best.end > i + 2))
        return;
    uint32_t obj = 0, fend = i + 1;
    const tac_pattern *fp = NULL;
    /* a phrasal verb first: "talks were broken off by", "the strike
     * was called off by" */
    if (child && i + 1 < e && t[i + 1].lemma && i > s &&
        (t[i - 1].wflags & (TAC_LX_BE | TAC_LX_ADVERB | TAC_LX_NEGATION)) &&
        (fp = fronted_object(c, s, i, tac_trie_child(&d->patterns, child, t[i + 1].lemma),
                             &obj)) != NULL)
        fend = i + 2;
    if (!fp)
        fp = fronted_object(c, s, i, child, &obj);
    if (!fp || (ms->have && ms->best.pat->n_items >= fp->n_items) || noun_has_source(c, obj))
        return;
    /* "Ethiopian troops were massed on the border": a show of force (15)
     * with no "by" agent, whose object is a country's own forces, is that
     * country's act; the forces are its source, not its target */
    int bg = tac_code_by_agent(c, s, e, fend);
    int forces = bg < 0 && c->tok_group[obj - s] >= 0 &&
                 c->groups[c->tok_group[obj - s]].end == obj + 1 &&
                 !strcmp(d->cameo[fp->cameo].root, "15") && !tac_code_modal_passive(c, s, i) &&
                 tac_code_national_forces(c, c->tok_group[obj - s]);
    if (!forces && bg < 0)
        return;
    memset(&ms->best, 0, sizeof ms->best);
    ms->have = 1;
    ms->best.start = i;
    ms->best.end = ms->best.anchor_end = ms->best.lit_end = fend;
    ms->best.fronted = 1;
    ms->best.pat = fp;
    ms->best.src_group = ms->best.tgt_group = -1;
    /* "the Canadian ambassador was summoned": the object is an actor, the
     * target; "a Russian spy ship was intercepted": an actor of a country
     * right before the object word is whose it is, the target ("the
     * general strike" names no country: no target) */
    int og = c->tok_group[obj - s];
    /* "drones were delivered to Azerbaijan": weapons given are no target */
    if (og >= 0 && word_class(c, &t[obj], TAC_LC_ARMS_NOUN) &&
        !c->ments[c->groups[og].first].country[0])
        og = -1;
    if (og < 0 && obj > s && c->tok_group[obj - 1 - s] >= 0 &&
        c->groups[c->tok_group[obj - 1 - s]].end == obj &&
        c->ments[c->groups[c->tok_group[obj - 1 - s]].first].country[0])
        og = c->tok_group[obj - 1 - s];
    /* "Russia's attack on Ukraine was condemned": disapproval (11) of an
     * act is aimed at whose act it is, the possessor before the object */
    int poss = og < 0 && obj > s + 1 && (t[obj - 1].flags & TAC_TOK_POSS) &&
               c->tok_group[obj - 2 - s] >= 0 && !strcmp(d->cameo[fp->cameo].root, "11");
    if (poss)
        og = c->tok_group[obj - 2 - s];
    if (forces) {
        ms->best.src_group = og;
        return;
    }
    ms->best.tgt_group = og;
    /* "sanctions on Iran", "aid to Egypt": an actor after a preposition
     * right after the object is the target */
    uint32_t a = past_det(c, s, obj + 2, i);
    if (!poss && a < i && (t[obj + 1].wflags & TAC_LX_PREP) && c->tok_group[a - s] >= 0 &&
        c->groups[c->tok_group[a - s]].end < i)
        ms->best.tgt_group = c->tok_group[a - s];
    /* "sanctions were imposed on Libya by ...": or right after the
     * participle */
    a = past_det(c, s, fend + 1, e);
    if (ms->best.tgt_group == -1 && a < e && (t[fend].wflags & TAC_LX_PREP) &&
        !(t[fend].wflags & TAC_LX_BY) && c->tok_group[a - s] >= 0)
        ms->best.tgt_group = c->tok_group[a - s];
    /* "aid was sent by Saudi Arabia to Yemen", "sanctions were imposed by
     * the EU on Russia": or right after the "by" agent, in a phrase of
     * recipient or aim */
    uint32_t be = bg >= 0 ? c->groups[bg].end : e;
    if (ms->best.tgt_group == -1 && be + 1 < e &&
        (tok_is(&t[be], "to") || tok_is(&t[be], "on") || tok_is(&t[be], "against")) &&
        (a = past_det(c, s, be + 1, e)) < e && c->tok_group[a - s] >= 0 &&
        c->tok_group[a - s] != bg)
        ms->best.tgt_group = c->tok_group[a - s];
    /* but a gathering acted on is a second act: "the demonstration was
     * broken up by police" (the demonstration took place) */
    size_t w = 0;
    for (size_t q = 0; q < c->n_matches; q++)
        if (!(c->matches[q].start <= obj && obj < c->matches[q].end) ||
            (tac_code_protest_gathering(&d->cameo[c->matches[q].pat->cameo]) &&
             !tac_code_protest_gathering(&d->cameo[fp->cameo]) &&
             tac_code_acted_on_happened(&d->cameo[fp->cameo])))
            c->matches[w++] = c->matches[q];
    c->n_matches = w;
}

/* "Weapons were supplied to the junta by Russia", "arms were sent by Iran
 * to the rebels": a passive whose verb matched a pattern with a recipient
 * ("supply * to +", 070) while its subject holds the object word of a
 * longer pattern of that verb ("supply * weapons to +", 072) takes that
 * pattern, read on from the participle (or past a "by" agent right
 * after it) to its recipient. When no pattern with the object goes on to
 * a recipient, one that ends at the object ("supply * weapons") is taken
 * if it codes a sub-code of the verb's own match, and keeps its
 * recipient. The longer pattern is the same act, named more closely;
 * a match found before holding the object word goes, as in try_fronted. */
static void try_fronted_recipient(tac_coder *c, mstate *ms, const tac_tok *t, uint32_t s,
                                  uint32_t e, uint32_t i, uint32_t child)
{
    const tac_dict *d = c->dict;
    if (!ms->have || ms->best.fronted || ms->best.pat->none || ms->best.pat->has_source ||
        !ms->best.pat->has_target || ms->best.tgt_group == -1 || !be_may_precede(t, s, i))
        return;
    uint32_t obj = 0, v = i + 1;
    uint32_t n1 = 0;
    /* "the suspects were handed over to India": a phrasal verb's
     * particle first ("hand over * suspect to +", 063, not 084) */
    if (i + 1 < e && t[i + 1].lemma &&
        (n1 = fronted_node(c, s, i, tac_trie_child(&d->patterns, child, t[i + 1].lemma), &obj,
                           0)) != 0)
        v = i + 2;
    if (!n1)
        n1 = fronted_node(c, s, i, child, &obj, 0);
    if (!n1 || noun_has_source(c, obj))
        return;
    mstate ms2;
    mstate_init(&ms2, c, s, e);
    if (v < e)
        walk(&ms2, n1, v, -1, -1, i, 0, v);
    int g = v + 1 < e && (t[v].wflags & TAC_LX_BY) ? group_at(c, s, e, v + 1) : -1;
    if (g >= 0 && c->groups[g].end < e)
        walk(&ms2, n1, c->groups[g].end, -1, -1, i, 0, v);
    const tac_pattern *fp = NULL;
    int tg = ms->best.tgt_group;
    uint32_t end = ms->best.end;
    if (ms2.have && !ms2.best.pat->none && ms2.best.pat->has_target && !ms2.best.pat->has_source &&
        ms2.best.tgt_group >= 0 && ms2.best.pat->n_items > ms->best.pat->n_items) {
        fp = ms2.best.pat;
        tg = ms2.best.tgt_group;
        if (ms2.best.end > end)
            end = ms2.best.end;
    } else if (d->patterns.first[n1]) {
        const tac_pattern *op = &d->pat[d->patterns.first[n1] - 1];
        const char *sub = d->cameo[op->cameo].code, *gen = d->cameo[ms->best.pat->cameo].code;
        size_t gl = strlen(gen);
        /* a sub-code: "072" under "070" (a root-level code ends in '0') */
        if (cameo_unspecified(gen, gl))
            gl = 2;
        if (!op->none && !op->has_source && strlen(sub) > gl && !strncmp(sub, gen, gl) &&
            strcmp(sub, gen) != 0)
            fp = op;
    }
    if (!fp)
        return;
    uint32_t lit = ms->best.lit_end;
    memset(&ms->best, 0, sizeof ms->best);
    ms->best.start = i;
    ms->best.end = end;
    ms->best.anchor_end = v;
    ms->best.lit_end = lit;
    ms->best.fronted = 1;
    ms->best.pat = fp;
    ms->best.src_group = -1;
    ms->best.tgt_group = tg;
    size_t w = 0;
    for (size_t q = 0; q < c->n_matches; q++)
        if (!(c->matches[q].start <= obj && obj < c->matches[q].end))
            c->matches[w++] = c->matches[q];
    c->n_matches = w;
}

/* `be deploy`, `be send`, `be posted` (a show of force, root 15): a
 * pattern of "be" and a participle alone, m, which the coder reads for
 * police or soldiers only (docs/coding.md, Roles). */
static int deploy_passive(const tac_coder *c, const match *m)
{
    return (c->toks.v[m->start].wflags & TAC_LX_BE) && m->pat->n_items == 2 &&
           m->end == m->start + 2 && !strcmp(c->dict->cameo[m->pat->cameo].root, "15");
}

/* "Protesters demand ...", "they demand", "will demand", "to demand",
 * "banks were lending": a word of `marker verb-sense` matched by a
 * one-word pattern is an event only as a verb, after its subject (an actor,
 * a personal pronoun, a relative) or a verb-like word; a lone state or a
 * singular agent noun right before the base form is its modifier, and an
 * actor right before the -ing form with no "be" between. Anywhere else
 * ("domestic demand", "supply and demand", "bank lending", "the notes due
 * 1990", "Syria Daily Report") it is the noun, which names no act. */
static int verb_sense_noun(const tac_coder *c, uint32_t s, uint32_t e, uint32_t i)
{
    const tac_tok *t = c->toks.v;
    uint32_t j = i;
    /* "banks lending Kenya the money": an -ing form with an actor right
     * after it is the verb with its object */
    if (i + 1 < e && c->tok_group[i + 1 - s] >= 0 && t[i].norm_len > 3 &&
        memcmp(t[i].norm + t[i].norm_len - 3, "ing", 3) == 0)
        return 0;
    while (j > s && (t[j - 1].wflags & (TAC_LX_ADVERB | TAC_LX_NEGATION)))
        j--;
    if (j == s)
        return 1;
    const tac_tok *p = &t[j - 1];
    int g = c->tok_group[j - 1 - s];
    if (g >= 0 && !(p->wflags & TAC_LX_DET) && !(p->flags & TAC_TOK_POSS)) {
        /* "Japanese demand for gilts", "U.S. demand", "the Syria report": a
         * lone state with no role before a base form is its modifier, since
         * one state as subject takes "demands", "reports" */
        const mention *m = &c->ments[c->groups[g].first];
        const tac_tok *w = &t[i];
        /* "bank lending", "official lending agencies": an -ing form right
         * after an actor, with no "be" between, is the noun or a modifier;
         * the verb takes its auxiliary ("banks were lending") */
        if (w->norm_len > 3 && memcmp(w->norm + w->norm_len - 3, "ing", 3) == 0)
            return 1;
        if (!(c->groups[g].n == 1 && !m->person && !m->resolved && w->norm_len > 1 &&
              w->norm[w->norm_len - 1] != 's' &&
              !(w->norm_len > 3 && memcmp(w->norm + w->norm_len - 3, "ing", 3) == 0)))
            return 0;
        /* "consumer demand", "the treasury note auction", "the embassy
         * report says": so is a singular agent noun, which as subject
         * would take the -s form too ("traders report" stays a verb) */
        return m->n_agents == 0 || !(p->norm_len > 1 && p->norm[p->norm_len - 1] == 's');
    }
    if (p->wflags & (TAC_LX_PRON_PERSON | TAC_LX_PRON_GROUP | TAC_LX_AUX | TAC_LX_RELATIVE))
        return 0;
    if ((p->wflags & TAC_LX_BE) && t[i].norm_len > 3 &&
        memcmp(t[i].norm + t[i].norm_len - 3, "ing", 3) == 0)
        return 0;
    return !(tok_is(p, "to") || tok_is(p, "we") || tok_is(p, "i") || tok_is(p, "you") ||
             tok_is(p, "it"));
}

/* "Japanese exports to the EC totalled", "Nissan exports to the U.S. fell",
 * "a rise in car exports to the EC", "ore imports from India", "export
 * prices to Japanese mills": a pattern of material cooperation (06) that
 * opens on a verb with its object ("export * to +") matched on a word of
 * `marker verb-sense` is an act only where that word is the verb. The noun
 * names a trade flow, a quantity of the market that nobody does: the same
 * noun test as a one-word pattern's (verb_sense_noun), and a plural right
 * before the pattern's preposition (no object between), which as a verb
 * would want one ("Japan exports cars to the U.S."). "India agreed to
 * export iron ore to Japan", "Kenya will export tea to Egypt" keep it. */
static int trade_flow_noun(const tac_coder *c, uint32_t s, uint32_t e, uint32_t i,
                           const match *m)
{
    const tac_tok *t = c->toks.v;
    const tac_pattern *pat = m->pat;
    const char *code = c->dict->cameo[pat->cameo].code;
    const char *sp = strchr(pat->text, ' ');
    if (pat->n_items < 2 || !(t[i].wclass & TAC_LC_VERB_SENSE) || code[0] != '0' ||
        code[1] != '6' || !sp || sp[1] != '*' || sp[2] != ' ')
        return 0;
    /* "Chile increased exports to Peru", "to increase its imports from
     * Pakistan": the noun as the object of a verb of change is the act
     * that verb names (more or less trade), which the pattern codes */
    uint32_t j = i;
    if (j > s + 1 && (t[j - 1].wflags & TAC_LX_DET))
        j--;
    if (j > s && (verbish(&t[j - 1]) ||
                  ((t[j - 1].wflags & TAC_LX_VERB) && j > s + 1 &&
                   (tok_is(&t[j - 2], "to") || (t[j - 2].wflags & TAC_LX_AUX)))))
        return 0;
    if (verb_sense_noun(c, s, e, i))
        return 1;
    return i + 1 < e && (t[i + 1].wflags & TAC_LX_PREP) && t[i].norm_len > 1 &&
           t[i].norm[t[i].norm_len - 1] == 's';
}

/* Whether the organ word at o follows an actor that is no business (a
 * state, an IGO): "IAEA BOARD APPROVES RESOLUTION" is the agency's board,
 * which acts, where "CRANE SHAREHOLDERS APPROVE SPLIT" is a company's. */
static int public_body(const tac_coder *c, uint32_t s, uint32_t o)
{
    int g = o > s ? c->tok_group[o - 1 - s] : -1;
    return g >= 0 && !has_agent(&c->ments[c->groups[g].first], "BUS");
}

/* "the annual meeting", "a shareholders' meeting", "its board approved a
 * dividend", "shareholders have approved the merger": a one-word pattern
 * of consultation (04) or approval (05) right after a lower-case word of
 * `marker company-organ` (adverbs, auxiliaries and a plural's apostrophe
 * may stand between) is a company's own organ meeting or voting, no act
 * between actors. "the Federal Reserve Board approved", "the cabinet
 * meeting", "Japan attended the ADB's annual meeting" (a longer pattern:
 * an outsider attends) keep it. */
static int company_organ(const tac_coder *c, uint32_t s, const match *m)
{
    const tac_tok *t = c->toks.v;
    const tac_pattern *pat = m->pat;
    const char *root = c->dict->cameo[pat->cameo].root;
    if (pat->n_items != 1 || root[0] != '0' ||
        (root[1] != '4' && root[1] != '5') || m->lit_end <= s)
        return 0;
    uint32_t j = m->lit_end - 1;
    while (j > s && (t[j - 1].wflags & (TAC_LX_ADVERB | TAC_LX_AUX)))
        j--;
    /* "a shareholders' meeting": the apostrophe of a plural possessive */
    if (j > s + 1 && tok_is(&t[j - 1], "'"))
        j--;
    /* a capital only as the sentence's first word ("Shareholders also
     * approved"; "the Federal Reserve Board approved" keeps it) or in a
     * headline in capitals ("CRANE SHAREHOLDERS APPROVE SPLIT") */
    if (j > s && (t[j - 1].wclass & TAC_LC_COMPANY_ORGAN) &&
        (!(t[j - 1].flags & TAC_TOK_CAP) || j - 1 == s ||
         (c->in_headline && (t[j - 1].flags & TAC_TOK_UPPER) && !public_body(c, s, j - 1))))
        return 1;
    /* the passive: "approved by the company's shareholders", "approved by
     * its board" (lower-case words only between: an article, a possessive,
     * "company"; "approved by the IMF board" keeps it) */
    uint32_t k = m->lit_end;
    if (k >= c->sent_end || !(t[k].wflags & TAC_LX_BY))
        return 0;
    for (k++; k < c->sent_end && k <= m->lit_end + 4; k++) {
        if (t[k].flags & TAC_TOK_CAP)
            return 0;
        if (t[k].wclass & TAC_LC_COMPANY_ORGAN)
            return 1;
        if (!((t[k].wflags & TAC_LX_DET) || (t[k].flags & TAC_TOK_POSS) ||
              ((t[k].flags & TAC_TOK_WORD) && !verbish(&t[k]) &&
               !(t[k].wflags & (TAC_LX_PREP | TAC_LX_CONJ | TAC_LX_RELATIVE)))))
            return 0;
    }
    return 0;
}

/* "issued bonds to help curb money supply", "a loan to help rehabilitate
 * its network": a word of `marker help-verb` matched by a one-word
 * pattern, after "to" and followed by a bare verb (a lower-case base form
 * that may be a verb, no actor; "to" may come between), says what an act
 * is for; no one is given help. "to help Brazil", "to help the refugees
 * rebuild" keep it. So does a thing that helps something happen, with no
 * actor as its subject right before it ("the cuts should help curtail
 * imports", "consumer spending has helped reduce the deficit", "the
 * accord is helping stabilise rates"): it contributes, and gives no one
 * aid. "France helped establish a government", "UN troops would help
 * restore order", "they helped rebuild" keep it, and so does such help
 * whose bare verb has an actor as its object ("the loans helped rebuild
 * Kenya's railways") or that is a gerund after a preposition ("spent
 * billions on helping to integrate refugees"). */
/* how many words after the bare verb help_of_purpose looks for its object */
#define HELP_OBJECT_WORDS 4

static int help_of_purpose(const tac_coder *c, uint32_t s, uint32_t e, uint32_t i)
{
    const tac_tok *t = c->toks.v;
    if (i == s)
        return 0;
    int purpose = tok_is(&t[i - 1], "to");
    if (!purpose) {
        /* "spent billions on helping to integrate refugees": a gerund
         * after a preposition has the clause's subject, not read here */
        if ((t[i - 1].wflags & TAC_LX_PREP) && t[i].norm_len > 4 &&
            memcmp(t[i].norm + t[i].norm_len - 3, "ing", 3) == 0)
            return 0;
        /* the base form with no auxiliary or relative before it is as
         * often the noun ("provide financial help to restart operations") */
        uint32_t b = i;
        while (b > s && (t[b - 1].wflags & TAC_LX_ADVERB))
            b--;
        if (t[i].word == t[i].lemma &&
            !(b > s && (t[b - 1].wflags & (TAC_LX_AUX | TAC_LX_NEGATION | TAC_LX_RELATIVE))))
            return 0;
        while (b > s && (t[b - 1].wflags & (TAC_LX_ADVERB | TAC_LX_AUX | TAC_LX_NEGATION)))
            b--;
        /* "Germany, which helped build the dam": a relative stands for
         * the actor before it */
        if (b > s + 1 && (t[b - 1].wflags & TAC_LX_RELATIVE)) {
            b--;
            if (b > s + 1 && tac_code_is_punct(&t[b - 1], ','))
                b--;
        }
        if (b > s && (c->tok_group[b - 1 - s] >= 0 ||
                      ((t[b - 1].wflags & (TAC_LX_PRON_PERSON | TAC_LX_PRON_GROUP)) &&
                       !tok_is(&t[b - 1], "it"))))
            return 0;
    }
    uint32_t j = i + 1;
    if (j + 1 < e && tok_is(&t[j], "to"))
        j++;
    if (j >= e || c->tok_group[j - s] >= 0)
        return 0;
    const tac_tok *w = &t[j];
    if (!((w->flags & TAC_TOK_WORD) && !(w->flags & TAC_TOK_CAP) && (w->wflags & TAC_LX_VERB) &&
          w->lemma && w->word == w->lemma &&
          !(w->wflags & (TAC_LX_DET | TAC_LX_PREP | TAC_LX_CONJ | TAC_LX_PRON_PERSON |
                         TAC_LX_PRON_GROUP | TAC_LX_TIME | TAC_LX_AUX | TAC_LX_BE))))
        return 0;
    /* "consumer demand helped lift Kenya's exports": those helped are
     * the bare verb's object, an actor within a few words after it (after
     * "to help" it is what the act is for: "to help identify victims") */
    for (uint32_t k = j + 1; !purpose && k < e && k <= j + HELP_OBJECT_WORDS; k++) {
        if (c->tok_group[k - s] >= 0)
            return 0;
        if (is_clause_break(&t[k]) || tac_code_is_punct(&t[k], ',') ||
            (t[k].wflags & (TAC_LX_PREP | TAC_LX_CONJ | TAC_LX_RELATIVE | TAC_LX_COMPLEMENT)))
            break;
    }
    return 1;
}

/* Whether the number at t[j] (j > 0) is part of a date, no price: a word
 * of time right before or after it ("on 25 January", "March 3") or a
 * year of four digits, 1800 to 2099 ("rallied in 2011"). */
static int date_number(const tac_tok *t, uint32_t j, uint32_t e)
{
    const tac_tok *w = &t[j];
    if ((j + 1 < e && (t[j + 1].wflags & TAC_LX_TIME)) || (t[j - 1].wflags & TAC_LX_TIME))
        return 1;
    const char *n = w->norm;
    return w->norm_len == 4 && ((n[0] == '1' && (n[1] == '8' || n[1] == '9')) ||
                                (n[0] == '2' && n[1] == '0')) &&
           n[2] >= '0' && n[2] <= '9' && n[3] >= '0' && n[3] <= '9';
}

/* "a short-covering rally in futures", "U.S. oil stocks rallied", "a
 * rally in the Canadian dollar", "rallied to 31 pct": a short pattern (one
 * or two words) on a form of "rally" names a market's rise when a word of
 * `marker traded-noun` (shares, futures, prices, dollar) stands in the two
 * words before it, or when after its preposition ("in", "to", "from",
 * "above") such a word or a number (not a date: date_number) comes before
 * any other noun phrase ends. Gatherings stay rallies: "held rallies", "staged a rally",
 * "thousands rallied in Nairobi". */
static int market_rally(const tac_coder *c, uint32_t s, uint32_t e, uint32_t i, const match *m)
{
    const tac_tok *t = c->toks.v;
    if (m->pat->n_items > 2 || !begins_with(&t[i], "rall"))
        return 0;
    for (uint32_t j = i > s + 2 ? i - 2 : s; j < i; j++)
        if (t[j].wclass & TAC_LC_TRADED)
            return 1;
    uint32_t j = i + 1;
    if (j >= e || !(tok_is(&t[j], "in") || tok_is(&t[j], "to") || tok_is(&t[j], "from") ||
                    tok_is(&t[j], "above") || tok_is(&t[j], "on")))
        return 0;
    for (j++; j < e && j < i + 7; j++) {
        if ((t[j].wclass & TAC_LC_TRADED) || ((t[j].flags & TAC_TOK_NUM) && !date_number(t, j, e)))
            return 1;
        if (t[j].flags & TAC_TOK_NUM)
            continue;
        if (is_clause_break(&t[j]) || (t[j].flags & TAC_TOK_PUNCT) || verbish(&t[j]) ||
            (t[j].wflags & (TAC_LX_PREP | TAC_LX_CONJ)))
            return 0;
    }
    return 0;
}

/* Whether a word of `marker market-demand` at j ends its phrase: what
 * follows is no plain noun ("demand rose 5 pct", "demand for steel fell",
 * "demand for oil in Asia"; not "demand strong action"). */
static int market_word_ends(const tac_tok *t, uint32_t j, uint32_t e)
{
    if (!(t[j].wclass & TAC_LC_MARKET_DEMAND))
        return 0;
    if (j + 1 >= e)
        return 1;
    const tac_tok *n = &t[j + 1];
    return !(n->flags & TAC_TOK_WORD) || (n->flags & TAC_TOK_NUM) ||
           (n->wclass & TAC_LC_MARKET_DEMAND) || is_clause_break(n) || verbish(n) ||
           (n->wflags & (TAC_LX_PREP | TAC_LX_CONJ | TAC_LX_ADVERB | TAC_LX_AUX));
}

/* "oil demand", "weak consumer demand", "demand for steel rose", "supply
 * and demand", "demand fell": the singular noun "demand" right after a word
 * of `marker market-demand` (a market, a good, a trend: oil, consumer,
 * domestic, export, strong), or right before one that ends its phrase (a
 * verb of rising or falling: rose, fell, grew), or before "for" and such a
 * word (one word may stand between: "demand for Japanese steel"), or beside
 * "supply", names buying in a market, no demand made of anyone: a pattern
 * holding it codes nothing. "meet U.S. demands", "demand for change",
 * "protesters demand" keep theirs. The scan is bounded by the match's words. */
static int market_demand(const tac_coder *c, uint32_t s, uint32_t e, const match *m)
{
    const tac_tok *t = c->toks.v;
    for (uint32_t q = m->start; q < m->end && q < e; q++) {
        if (!tok_is(&t[q], "demand"))
            continue;
        if (q > s && (t[q - 1].wclass & TAC_LC_MARKET_DEMAND))
            return 1;
        if (q + 1 < e && market_word_ends(t, q + 1, e))
            return 1;
        if (q + 2 < e && tok_is(&t[q + 1], "for") &&
            (market_word_ends(t, q + 2, e) || (q + 3 < e && market_word_ends(t, q + 3, e))))
            return 1;
        if (q + 2 < e && (tok_is(&t[q + 1], "and") || tok_is(&t[q + 1], "/")) &&
            begins_with(&t[q + 2], "suppl"))
            return 1;
        if (q >= s + 2 && (tok_is(&t[q - 1], "and") || tok_is(&t[q - 1], "/")) &&
            begins_with(&t[q - 2], "suppl"))
            return 1;
    }
    return 0;
}

/* "Heavy shelling forced the rebels to withdraw", "the floods compelled
 * Kenya to close its border", "the rebels were forced to withdraw": a
 * coercion (17x) on a form of "force" or "compel" with no actor as its
 * subject, or in the passive with no "by", coerces no one named, but what
 * X was made to do is done: the coercion is no match and the words after
 * the verb are read for their own events (the infinitive's subject is X,
 * purpose_subject). With an actor subject ("Russia forced Ukraine to
 * withdraw") the coercion is the event. */
static int forced_by_no_actor(const tac_coder *c, uint32_t s, uint32_t e, uint32_t i,
                              const match *m)
{
    const tac_tok *t = c->toks.v;
    const tac_cameo *cm = &c->dict->cameo[m->pat->cameo];
    if (m->end <= i + 2 || strcmp(cm->root, "17") != 0 ||
        !(begins_with(&t[i], "forc") || begins_with(&t[i], "compel")) || !verbish(&t[i]))
        return 0;
    /* "were forced by the army to withdraw": the army coerced them; "may
     * be forced to resign" (a bare "be") is possible, not done */
    if (tac_code_is_passive(c, s, i))
        return !(i + 1 < e && (t[i + 1].wflags & TAC_LX_BY)) && !(i > s && tok_is(&t[i - 1], "be"));
    return tac_code_subject_of(c, s, i) < 0;
}

/* "Brazilian dockers strike", "WORKERS STRIKE AT STEEL MILL", "nurses will
 * strike on Monday": the one-word pattern "strike" (143) at i is the verb
 * of a labour strike only right after its subject (adverbs and
 * auxiliaries may stand between), in the active, when that subject is
 * civilians, workers, students, farmers, health workers or protesters
 * (not the agent of a passive before it: "felt by many people struck")
 * and no object follows: the sentence ends, or a punctuation mark, a
 * preposition, a conjunction, a time word or a number comes next. Any
 * other bare "strike" (an attack on no actor, "strike a deal", "lightning
 * struck", the noun) is no match, so that it leaves the events around it
 * as they were. 1 if it is the labour strike. */
static int strike_word(const tac_tok *w)
{
    return tok_is(w, "strike") || tok_is(w, "strikes") || tok_is(w, "struck") ||
           tok_is(w, "striking");
}

static int labour_strike_verb(const tac_coder *c, uint32_t s, uint32_t e, uint32_t i)
{
    const tac_tok *t = c->toks.v;
    uint32_t b = i;
    while (b > s && skip_left(&t[b - 1]))
        b--;
    if (b == s || c->tok_group[b - 1 - s] < 0 || tac_code_is_passive(c, s, i))
        return 0;
    const group *gr = &c->groups[c->tok_group[b - 1 - s]];
    if (gr->start > s && (t[gr->start - 1].wflags & TAC_LX_BY))
        return 0;
    for (uint32_t m = gr->first; m < gr->first + gr->n; m++) {
        const mention *mn = &c->ments[m];
        if (mn->n_agents == 0 || mn->person)
            return 0;
        for (int q = 0; q < mn->n_agents; q++)
            if (!mn->agents[q] || !agent_in(mn->agents[q], "CVLLABOPPEDUAGRHLH"))
                return 0;
    }
    if (i + 1 >= e)
        return 1;
    const tac_tok *n = &t[i + 1];
    return !(n->flags & TAC_TOK_WORD) || (n->flags & TAC_TOK_NUM) ||
           (n->wflags & (TAC_LX_PREP | TAC_LX_CONJ | TAC_LX_TIME | TAC_LX_BOUNDARY));
}

int tac_code_find_matches(tac_coder *c, uint32_t s, uint32_t e)
{
    const tac_dict *d = c->dict;
    const tac_tok *t = c->toks.v;
    c->n_matches = 0;
    for (uint32_t i = s; i < e;) {
        /* anchors inside an actor phrase are names, not verbs */
        int g = c->tok_group[i - s];
        if (g >= 0 && !(c->toks.v[i].wflags & TAC_LX_DET)) {
            i++;
            continue;
        }
        uint32_t child = 0;
        if (!(t[i].wflags & TAC_LX_PAT_START) || (t[i].norm_len == 5 && month_march(c, s, e, i))) {
            i++;
            continue;
        }
        /* "U.S.-backed fighters attacked government positions": a
         * participle joined by a hyphen to a name before it (split off
         * after the name's dot) is an adjective, no verb: it opens no
         * pattern ("back * position"), which would take the real verb's
         * words */
        if (i > s + 1 && ends_with(&t[i], "ed") && t[i].off > 0 &&
            c->doc_text[t[i].off - 1] == '-' && (t[i - 2].flags & (TAC_TOK_CAP | TAC_TOK_UPPER))) {
            i++;
            continue;
        }
        if (t[i].lemma)
            child = tac_trie_child(&d->patterns, 0, t[i].lemma);
        /* (an exact-form start only for the few words with one: no probe) */
        uint32_t xchild = t[i].word && (d->lex.w[t[i].word].marks & TAC_LM_PAT_EXACT_START)
                              ? tac_trie_child(&d->patterns, 0, TAC_ITEM_EXACT | t[i].word)
                              : 0;
        if (!child && !xchild) {
            i++;
            continue;
        }
        mstate ms;
        mstate_init(&ms, c, s, e);
        if (child)
            walk(&ms, child, i + 1, -1, -1, i, 0, i + 1);
        if (xchild)
            walk(&ms, xchild, i + 1, -1, -1, i, 0, i + 1);
        if (ms.budget < 0)
            c->hits.match_budget++;
        try_fronted(c, &ms, t, s, e, i, child);
        try_fronted_recipient(c, &ms, t, s, e, i, child);
        /* a null pattern ("meet the deadline", "battle tank") takes its
         * words and codes nothing */
        if (ms.have && ms.best.pat->none) {
            i = ms.best.end > i ? ms.best.end : i + 1;
            continue;
        }
        if (!ms.have || (ms.best.pat->n_items == 1 && (t[i].wclass & TAC_LC_VERB_SENSE) &&
                         verb_sense_noun(c, s, e, i)) ||
            (ms.best.pat->n_items == 1 && (t[i].wclass & TAC_LC_HELP_VERB) &&
             help_of_purpose(c, s, e, i)) ||
            (ms.best.pat->n_items == 1 && strike_word(&t[i]) &&
             memcmp(d->cameo[ms.best.pat->cameo].code, "143", 4) == 0 &&
             !labour_strike_verb(c, s, e, i)) ||
            company_organ(c, s, &ms.best) || market_rally(c, s, e, i, &ms.best) ||
            market_demand(c, s, e, &ms.best) || trade_flow_noun(c, s, e, i, &ms.best) ||
            forced_by_no_actor(c, s, e, i, &ms.best)) {
            i++;
            continue;
        }
        /* "he was sending troops to the border", "was deploying": "be"
         * with an -ing form is no passive; the verb opens its own match */
        if (deploy_passive(c, &ms.best) && ends_with(&t[i + 1], "ing")) {
            i++;
            continue;
        }
        /* ... and that match, when fronted with a "by" agent ("aid was
         * sent by France" is no deployment) or longer, of another root and
         * with "by" right after it ("was sent to jail by the court", 17;
         * with none, "were deployed to protect civilians", the be-pattern
         * and the words after it stay), is the act; any other
         * match of the participle ("Russian soldiers were deployed" read
         * as their country's show of force, "were deployed in 12 police
         * station areas" as `deploy * police`: the be-pattern decides
         * those) goes */
        if (c->n_matches > 0 && c->matches[c->n_matches - 1].start + 1 == i &&
            deploy_passive(c, &c->matches[c->n_matches - 1])) {
            const match *bm = &c->matches[c->n_matches - 1];
            if ((!ms.best.fronted || ms.best.src_group >= 0) &&
                (ms.best.end <= i + 1 ||
                 !strcmp(d->cameo[ms.best.pat->cameo].root, d->cameo[bm->pat->cameo].root) ||
                 ms.best.end >= e || !tok_is(&t[ms.best.end], "by"))) {
                i++;
                continue;
            }
            c->n_matches--;
        }
        void *grown = tac_code_grow(c->matches, &c->cap_matches, c->n_matches + 1, sizeof *c->matches);
        if (!grown) /* c->matches keeps its block */
            return -1;
        c->matches = grown;
        c->matches[c->n_matches++] = ms.best;
        /* continue after the words of the match, but let a target slot's
         * group be a subject for what follows ("met X and Y attacked") */
        i = ms.best.anchor_end > i ? ms.best.anchor_end : i + 1;
        if (ms.best.end > i && ms.best.tgt_group == -1 && ms.best.src_group == -1)
            i = ms.best.end;
        /* "aid was sent by France to Lebanon": a passive deployment
         * pattern (deploy_passive) lets the participle open its own match
         * too, the fronted reading of its subject (try_fronted) */
        if (deploy_passive(c, &c->matches[c->n_matches - 1]))
            i = c->matches[c->n_matches - 1].start + 1;
    }
    return 0;
}
