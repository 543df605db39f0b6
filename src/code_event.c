/* code_event.c -- the coder's events: a sentence coded, from its matches
 * to its events.
 *
 *   tac_code_sentence: find_mentions, build_groups, push_locs (code_mention.c),
 *                  find_matches (code_match.c), then per match:
 *     modality and negation (modality, negated, match_modality, modal_code)
 *     match_source, match_target, unnamed_agent, refine_target: the roles,
 *                  from the searches of code_role.c; time expressions
 *     emit_match: one event per (source member x target member)
 *   drop passes: background, elaborations, purposes, subsumed events
 *
 * Writes c->events (tac_code_push_event, also used by code_tabari.c) and
 * their actors' strings in the coder's arena; the per-sentence state is
 * sent_state. The rules are in docs/coding.md. Not thread-safe: per coder. */
#include <ctype.h>

#include "code.h"
#include "code_mention.h"
#include "code_match.h"
#include "code_role.h"
#include "code_event.h"

/* strcmp(field, lit) and strncmp(field, lit, strlen(lit)) for a code or a
 * root held in its tac_cameo array (code[8], root[3]), 0 when equal: a
 * compare of a size known at compile time, which the compiler inlines
 * (these run for the matches of every sentence). A literal longer than
 * the array ("145" against a root) would read past it, inside the struct
 * where no sanitizer sees it: CAMEO_FITS makes that a compile error (an
 * array of negative size). */
#define CAMEO_FITS(field, n) ((void)sizeof(char[sizeof(field) >= (n) ? 1 : -1]))
#define CAMEO_CMP(field, lit) \
    (CAMEO_FITS(field, sizeof(lit)), memcmp((field), "" lit, sizeof(lit)))
#define CAMEO_NCMP(field, lit) \
    (CAMEO_FITS(field, sizeof(lit) - 1), memcmp((field), "" lit, sizeof(lit) - 1))

/* ---- modality and negation ------------------------------------------ */

/* A word that may stand between a modal and its verb: an adverb
 * ("could soon", "may well", "can only", "might eventually"). */
static int modal_filler(const tac_tok *t)
{
    return (t->wflags & TAC_LX_ADVERB) || (ends_with(t, "ly") && !(t->flags & TAC_TOK_CAP)) ||
           tok_is(t, "soon") || tok_is(t, "well") || tok_is(t, "even") || tok_is(t, "only") ||
           tok_is(t, "yet");
}

/* "failed to", "unable to", "its failure to", "inability to": a refusing
 * word (`marker negverb`) that says the act did not come about, not that
 * it was turned down. */
static int failure_word(const tac_tok *t)
{
    return begins_with(t, "fail") || tok_is(t, "unable") || tok_is(t, "inability");
}

static int ing_verb(const tac_tok *t);

/* A verb of stopping at j whose object may be a gerund ("stopped
 * demanding", "ceased attacking", "quit protesting", "gave up
 * fighting"): the act it governs was not done. Not "halt" or "end",
 * whose -ing object is a noun ("ended the fighting"). The verbs are
 * `marker stop-verb` and, before "up", `marker give-up-verb`. */
static int stop_verb(const tac_coder *c, uint32_t s, uint32_t j)
{
    const tac_tok *t = c->toks.v;
    const tac_tok *w = &t[j];
    if (form_class(c, w, TAC_LC_STOP_VERB))
        return 1;
    if (tok_is(w, "up") && j > s)
        return form_class(c, &t[j - 1], TAC_LC_GIVE_UP_VERB);
    return 0;
}

/* 0 if the event at token i is asserted; 1 if it is denied ("has not
 * withdrawn", "denied that its troops attacked"); 2 if it is refused, a
 * stance rather than a fact ("refused to withdraw", "will not lift"); 3
 * if it failed ("failed to release", "Japan's failure to honour the
 * pact", "was unable to comply"). */
static int negated(const tac_coder *c, uint32_t s, uint32_t i)
{
    const tac_tok *t = c->toks.v;
    /* "has not withdrawn", "did n't attack", "never attacked"; "will not
     * lift", "won't negotiate" refuse */
    for (uint32_t j = i, k = 0; j > s && k < 4; k++) {
        j--;
        /* "has yet to be approved", "is yet to release": not done so far */
        if (tok_is(&t[j], "yet") && j + 1 < i && tok_is(&t[j + 1], "to") && j > s &&
            (t[j - 1].wflags & (TAC_LX_AUX | TAC_LX_BE)))
            return 1;
        if (t[j].wflags & TAC_LX_NEGATION) {
            /* "would not hesitate to use force": a denied hesitation is
             * the act's intent, not its denial */
            if (j + 2 < i && begins_with(&t[j + 1], "hesitat") && t[j + 1].norm_len > 7 &&
                tok_is(&t[j + 2], "to"))
                return 0;
            const tac_tok *b = j > s ? &t[j - 1] : NULL;
            int will = tok_is(&t[j], "won't") || tok_is(&t[j], "wont") ||
                       (b && (tok_is(b, "will") || tok_is(b, "would") || tok_is(b, "wo") ||
                              tok_is(b, "'ll") || tok_is(b, "shall")));
            return will ? 2 : 1;
        }
        /* "No Republicans have announced plans", "no OPEC member is
         * violating", "no French export requests": "no" opening the
         * subject right before the verb (auxiliaries and adverbs between),
         * or an actor that modifies the noun event (one plain word
         * between, no preposition: "no charity for riot victims" tells
         * of a riot), denies the act */
        int g = c->tok_group[j - s];
        if (g >= 0) {
            uint32_t b = c->groups[g].start;
            if (b > s && tok_is(&t[b - 1], "no")) {
                int plain = 1;
                for (uint32_t q = j + 1; q < i; q++)
                    if (!(t[q].wflags & (TAC_LX_AUX | TAC_LX_BE | TAC_LX_ADVERB)) &&
                        (verbish(&t[i]) || verbish(&t[q]) || (t[q].wflags & TAC_LX_PREP) ||
                         q + 1 < i))
                        plain = 0;
                if (plain)
                    return 1;
            }
        }
        if (g >= 0 || is_clause_break(&t[j]))
            break;
    }
    /* "denied that its troops attacked", "refused to withdraw" (not past a
     * "but" that opens a clause of its own: "declined to give details,
     * but confirmed that the offenders had been booked", "declined to
     * comment, but a spokesman denied that", where a subject of its own
     * opens the clause of the verb at i) */
    int crossed = 0; /* a comma, conjunction or verb of saying since i */
    for (uint32_t j = i, k = 0; j > s && k < 16; k++) {
        j--;
        if (tac_code_is_punct(&t[j], '.') || tac_code_is_punct(&t[j], ';') ||
            (tok_is(&t[j], "but") && j + 1 < i &&
             (verbish(&t[j + 1]) ||
              (verbish(&t[i]) && (c->tok_group[j + 1 - s] >= 0 ||
                                  (t[j + 1].wflags & (TAC_LX_DET | TAC_LX_PRON_PERSON |
                                                      TAC_LX_PRON_GROUP)))))))
            break;
        /* "denied attacking the convoy", "avoided shelling the town": a
         * gerund right after the verb is what is denied */
        if ((t[j].wflags & TAC_LX_NEGVERB) && j + 1 == i && ing_verb(&t[i]))
            return 1;
        /* "stopped demanding", "ceased attacking", "gave up fighting":
         * an act stopped is not done that day */
        if (j + 1 == i && ing_verb(&t[i]) && stop_verb(c, s, j))
            return 1;
        if ((t[j].wflags & TAC_LX_NEGVERB) && j + 1 < i) {
            const tac_tok *n = &t[j + 1];
            /* what failed is the verb right after "to" (adverbs
             * between): "failed to stop the riots" tells riots that
             * took place, "its failure to keep the pact will cost us
             * all, he said" a saying */
            if (tok_is(n, "to") && failure_word(&t[j])) {
                uint32_t v = j + 2;
                for (int f = 0; v < i && f < 2 && modal_filler(&t[v]); f++)
                    v++;
                if (v == i)
                    return 3;
            } else if (tok_is(n, "to"))
                return 2;
            /* "rejected calls to amend the constitution", "refused
             * demands to step down": the act a turned-down request asks
             * of the refuser is refused */
            uint32_t q = j + 1;
            if (t[q].wflags & TAC_LX_DET)
                q++;
            if (q + 1 < i && tok_is(&t[q + 1], "to") &&
                (begins_with(&t[q], "call") || begins_with(&t[q], "demand") ||
                 begins_with(&t[q], "appeal") || begins_with(&t[q], "request") ||
                 begins_with(&t[q], "plea") || begins_with(&t[q], "pressure") ||
                 begins_with(&t[q], "urging")))
                return 2;
            /* "denied reports that", "rejected allegations of": what a
             * claim noun (`marker claim-noun`) tells */
            if ((n->wflags & TAC_LX_COMPLEMENT) || tok_is(n, "any") ||
                form_class(c, n, TAC_LC_CLAIM_NOUN) || c->tok_group[j + 1 - s] >= 0)
                return 1;
            /* "denied rumours of race riots": what a rumour tells
             * (`marker rumor-noun`; in the same clause: not "dismissing
             * speculation about polls, Modi asserted") */
            if (!crossed && form_class(c, n, TAC_LC_RUMOR_NOUN))
                return 1;
            /* "has denied it signed a memorandum", "denied they had
             * attacked": a complement clause with "that" left out */
            if (!crossed && j + 2 <= i && verbish(&t[j + 2]) &&
                (tok_is(n, "it") || tok_is(n, "they") || tok_is(n, "he") || tok_is(n, "she") ||
                 tok_is(n, "we")))
                return 1;
        }
        if (tac_code_is_punct(&t[j], ',') || (t[j].wflags & (TAC_LX_CONJ | TAC_LX_SAY)))
            crossed = 1;
    }
    return 0;
}

/* The child of node in the marker trie for token tk: by the form as
 * written where a marker has one there (`=has to`: "has to", never "had
 * to"), else by its lemma; 0 if none. */
static uint32_t marker_child(const tac_dict *d, uint32_t node, const tac_tok *tk)
{
    uint32_t ch = 0;
    if (tk->word && tac_trie_has(&d->markers, node, TAC_TRIE_K_EXACT))
        ch = tac_trie_child(&d->markers, node, TAC_ITEM_EXACT | tk->word);
    if (!ch && tk->lemma)
        ch = tac_trie_child(&d->markers, node, tk->lemma);
    return ch;
}

/* 1 if tokens [s, e) hold a discard phrase ("league", "stocks plunged",
 * "storm battered"): sports, business or weather, not political news. */
int tac_code_discarded(const tac_coder *c, uint32_t s, uint32_t e)
{
    const tac_dict *d = c->dict;
    const tac_tok *t = c->toks.v;
    for (uint32_t i = s; i < e; i++) {
        /* (one test for the many words that are neither) */
        if (!(t[i].wflags & (TAC_LX_DISCARD | TAC_LX_MARK_START)))
            continue;
        if (t[i].wflags & TAC_LX_DISCARD)
            return 1;
        /* no `discard` phrase starts with its form or its lemma: none to
         * find from here */
        if (!((d->lex.w[t[i].word].marks | d->lex.w[t[i].lemma].marks) & TAC_LM_DISCARD_START))
            continue;
        uint32_t node = 0;
        for (uint32_t j = i; j < e && j < i + 8; j++) {
            node = marker_child(d, node, &t[j]);
            if (!node)
                break;
            for (uint32_t m = d->markers.first[node]; m; m = d->ment[m - 1].next)
                if (d->ment[m - 1].flag & TAC_LX_DISCARD)
                    return 1;
        }
    }
    return 0;
}

/* "continued", "keeps", "to resume": a verb of going on with an act;
 * the act keeps the modality of the words before it */
static int aspect_verb(const tac_tok *t)
{
    return begins_with(t, "continu") || begins_with(t, "resum") || tok_is(t, "keep") ||
           tok_is(t, "keeps") || tok_is(t, "kept") || tok_is(t, "keeping");
}

/* "agreed to try to increase purchases", "pledged to work to restore
 * ties": a verb of attempt between a marker and the act; the attempt is
 * no act of its own, so the act keeps the marker's modality */
static int attempt_verb(const tac_tok *t)
{
    return tok_is(t, "try") || tok_is(t, "tries") || tok_is(t, "tried") || tok_is(t, "trying") ||
           tok_is(t, "attempt") || tok_is(t, "strive") || tok_is(t, "work");
}

/* "warned Libya it would retaliate", "warned Kenya that they might
 * strike": the modal word at m says what a warning announces. */
static int warning_before(const tac_coder *c, uint32_t s, uint32_t m)
{
    const tac_tok *t = c->toks.v;
    uint32_t j = m;
    if (j > s && (tok_is(&t[j - 1], "it") || tok_is(&t[j - 1], "they") ||
                  tok_is(&t[j - 1], "he") || tok_is(&t[j - 1], "she") || tok_is(&t[j - 1], "we")))
        j--;
    else if (j > s && c->tok_group[j - 1 - s] >= 0)
        j = c->groups[c->tok_group[j - 1 - s]].start;
    else
        return 0;
    if (j > s && (t[j - 1].wflags & TAC_LX_COMPLEMENT))
        j--;
    if (j > s && c->tok_group[j - 1 - s] >= 0) /* the one warned */
        j = c->groups[c->tok_group[j - 1 - s]].start;
    while (j > s && (t[j - 1].wflags & (TAC_LX_ADVERB | TAC_LX_TIME)))
        j--;
    return j > s && begins_with(&t[j - 1], "warn");
}

/* "prepared to attack", "are preparing to resume shelling": the verb at i
 * is the infinitive of "prepare" with no form of "be" before it ("was
 * prepared to negotiate" is willingness). */
static int getting_ready(const tac_coder *c, uint32_t s, uint32_t i)
{
    const tac_tok *t = c->toks.v;
    uint32_t j = i;
    while (j > s && (t[j - 1].wflags & TAC_LX_ADVERB))
        j--;
    if (j > s + 1 && aspect_verb(&t[j - 1]) && tok_is(&t[j - 2], "to"))
        j--;
    if (j < s + 2 || !tok_is(&t[j - 1], "to") || !begins_with(&t[j - 2], "prepar"))
        return 0;
    uint32_t p = j - 2, b = j - 2;
    if (b > s && (t[b - 1].wflags & TAC_LX_ADVERB))
        b--;
    int be = b > s && (t[b - 1].wflags & TAC_LX_BE);
    /* "are preparing to": the progressive is getting ready */
    return !be || tok_is(&t[p], "preparing");
}

/* "JAPAN TO RATIFY COCOA PACT", "U.S., Soviets to resume talks": in a
 * headline, "to" right after its subject (actors only, joined by commas
 * or "and", from the headline's start) stands for "is to" / "will": an
 * act still to come, an intent. [s, end) ends in that "to". */
static int headline_future(const tac_coder *c, uint32_t s, uint32_t end)
{
    const tac_tok *t = c->toks.v;
    if (!c->in_headline || end < s + 2 || !tok_is(&t[end - 1], "to") || end - s > 12)
        return 0;
    /* the words before are the subject: actors, their modifiers ("DUTCH
     * PORT UNION"), commas and "and"; no verb, preposition
     * or clause */
    int actors = 0;
    for (uint32_t j = s; j + 1 < end; j++) {
        if (c->tok_group[j - s] >= 0) {
            actors = 1;
            continue;
        }
        if (tok_is(&t[j], ",") || tok_is(&t[j], "and") || tok_is(&t[j], "&") ||
            tok_is(&t[j], "'s"))
            continue;
        if ((t[j].flags & TAC_TOK_PUNCT) || verbish(&t[j]) || is_clause_break(&t[j]) ||
            (t[j].wflags & (TAC_LX_PREP | TAC_LX_BY | TAC_LX_AUX | TAC_LX_BE | TAC_LX_SAY |
                            TAC_LX_NEGATION | TAC_LX_DET)))
            return 0;
        if (!(t[j].wflags & TAC_LX_VERB))
            continue;
        /* a word that may be a verb is a modifier only between two actor
         * words, and neither it nor the word before ends in -s: "DUTCH
         * PORT UNION", not "Putin orders troops", "rebels attack towns" */
        if (j == s || c->tok_group[j - 1 - s] < 0 || c->tok_group[j + 1 - s] < 0 ||
            ends_with(&t[j], "s") || ends_with(&t[j - 1], "s"))
            return 0;
    }
    /* the subject ends in an actor word: not "EC MINISTERS LIKELY TO",
     * "MEXICO YET TO", "signs agreement to" */
    return actors && c->tok_group[end - 2 - s] >= 0;
}

/* The modality marker ending right before token i: TAC_LX_INTENT,
 * TAC_LX_THREAT, TAC_LX_DEMAND or 0 (a headline's "X to" is an intent:
 * headline_future). */
static uint32_t modality(const tac_coder *c, uint32_t s, uint32_t i)
{
    const tac_dict *d = c->dict;
    const tac_tok *t = c->toks.v;
    /* "must be arrested and booked": a participle joined by "and" to the
     * one before it shares that one's modality */
    if (i > s + 1 && tok_is(&t[i - 1], "and") && tac_code_is_participle(&t[i - 2]) &&
        verbish(&t[i - 2]) && tac_code_is_participle(&t[i])) {
        uint32_t m = modality(c, s, i - 2);
        if (m)
            return m;
    }
    /* "pledged to keep the sealanes open and to protect Kuwaiti tankers":
     * an infinitive joined by "and to" to an earlier one of its clause
     * shares the modality that earlier "to" carries */
    if (i > s + 2 && tok_is(&t[i - 1], "to") && tok_is(&t[i - 2], "and")) {
        uint32_t lo = i - 2 > s + 12 ? i - 14 : s;
        for (uint32_t q = i - 3; q > lo; q--) {
            if (is_clause_break(&t[q]) || verbish(&t[q]))
                break;
            if (tok_is(&t[q], "to") && q + 1 < i - 2 && (t[q + 1].wflags & TAC_LX_VERB) &&
                !(t[q + 1].flags & TAC_TOK_CAP)) {
                uint32_t m = modality(c, s, q + 1);
                if (m)
                    return m;
                break;
            }
        }
    }
    uint32_t end = i;
    for (int f = 0; end > s && f < 3 && modal_filler(&t[end - 1]); f++)
        end--;
    /* "vowed to continue fighting", "pledged to keep supporting" */
    if (end > s + 1 && aspect_verb(&t[end - 1]) && tok_is(&t[end - 2], "to"))
        end--;
    else if (end > s + 2 && tok_is(&t[end - 1], "to") &&
             (aspect_verb(&t[end - 2]) || attempt_verb(&t[end - 2])) && tok_is(&t[end - 3], "to"))
        end -= 2;
    if (end == s)
        return 0;
    /* "threatened on Monday to break", "agreed last week to": a time
     * expression [gb, ge) inside a marker that ends in "to" is skipped */
    uint32_t gb = end - 1, ge = end - 1;
    if (tok_is(&t[end - 1], "to")) {
        while (gb > s && end - 1 - gb < 3 &&
               ((t[gb - 1].wflags & TAC_LX_TIME) || tok_is(&t[gb - 1], "on") ||
                (gb - 1 > s && tok_is(&t[gb - 2], "last")))) /* "last week" */
            gb--;
        if (gb < ge && !(t[gb].wflags & TAC_LX_TIME) && !tok_is(&t[gb], "on"))
            gb = ge;
        /* ... and "pledged in a statement to send", "agreed at talks to
         * release": "in" or "at", a determiner or not, and one plain
         * lower-case noun that is no actor, right after a verb other
         * than "be" ("were at pains to explain", "been in a position to"
         * are no intent verbs) */
        uint32_t n = end > s + 3 ? end - 2 : s, p = n;
        if (gb == ge && n > s + 1 && (t[p - 1].wflags & TAC_LX_DET))
            p--;
        if (gb == ge && n > s + 1 && p > s + 1 && (tok_is(&t[p - 1], "in") || tok_is(&t[p - 1], "at")) &&
            verbish(&t[p - 2]) && !(t[p - 2].wflags & (TAC_LX_BE | TAC_LX_AUX)) &&
            (t[n].flags & TAC_TOK_WORD) && !(t[n].flags & TAC_TOK_CAP) && c->tok_group[n - s] < 0 &&
            !(t[n].wflags & (TAC_LX_PREP | TAC_LX_DET | TAC_LX_CONJ | TAC_LX_AUX | TAC_LX_BE |
                             TAC_LX_BOUNDARY | TAC_LX_RELATIVE | TAC_LX_NEGATION | TAC_LX_PRON_PERSON |
                             TAC_LX_PRON_GROUP)))
            gb = p - 1;
    }
    /* multi-word markers ending at end-1: try every start up to 5 back */
    uint32_t lo = gb > s + 5 ? gb - 5 : s;
    for (uint32_t st = lo; st < end; st++) {
        if (!(t[st].wflags & TAC_LX_MARK_START))
            continue;
        uint32_t node = 0;
        uint32_t j;
        for (j = st; j < end; j++) {
            if (j == gb && st < gb)
                j = ge;
            uint32_t child = marker_child(d, node, &t[j]);
            if (!child)
                break;
            node = child;
        }
        if (j == end && node) {
            for (uint32_t m = d->markers.first[node]; m; m = d->ment[m - 1].next) {
                uint32_t f = d->ment[m - 1].flag;
                if (f & (TAC_LX_INTENT | TAC_LX_THREAT | TAC_LX_DEMAND))
                    return f & (TAC_LX_INTENT | TAC_LX_THREAT | TAC_LX_DEMAND);
            }
        }
    }
    if (t[end - 1].wflags & TAC_LX_THREAT)
        return TAC_LX_THREAT;
    if (((t[end - 1].wflags & TAC_LX_INTENT) || tok_is(&t[end - 1], "might") ||
         tok_is(&t[end - 1], "could") || tok_is(&t[end - 1], "may")) &&
        warning_before(c, s, end - 1))
        return TAC_LX_THREAT;
    if (t[end - 1].wflags & TAC_LX_INTENT)
        return TAC_LX_INTENT;
    if (t[end - 1].wflags & TAC_LX_DEMAND)
        return TAC_LX_DEMAND;
    if (headline_future(c, s, end))
        return TAC_LX_INTENT;
    return 0;
}

/* ---- events --------------------------------------------------------- */

/* Fills *a from mention m, the country copied into the coder's arena.
 * Returns -1 on out of memory (a is then incomplete), else 0. */
int tac_code_fill_actor(const tac_coder *c, tac_actor *a, const mention *m)
{
    const tac_tok *t = c->toks.v;
    memset(a, 0, sizeof *a);
    a->code = m->code;
    /* mentions are reused per sentence: the event keeps its own copy */
    if (m->country[0] &&
        !(a->country = tac_arena_strndup((tac_arena *)&c->arena, m->country, 3)))
        return -1;
    for (int i = 0; i < m->n_agents && i < TAC_MAX_AGENTS; i++)
        a->agents[a->n_agents++] = m->agents[i];
    uint32_t o1 = t[m->tstart].off;
    /* an implied actor (police_of_arrest) has no words */
    uint32_t o2 = m->end > m->tstart ? t[m->end - 1].off + t[m->end - 1].len : o1;
    a->text = c->doc_text + o1;
    a->text_len = o2 - o1;
    a->offset = o1;
    a->resolved = m->resolved;
    return 0;
}

/* 1 if the code's root is a violent one (18 assault, 19 fight; not 20,
 * see mass_violent_root). */
static int violent_root(const tac_cameo *cm)
{
    return cm->root[0] == '1' && (cm->root[1] == '8' || cm->root[1] == '9');
}

/* violent_root or 20, unconventional mass violence. */
static int mass_violent_root(const tac_cameo *cm)
{
    return violent_root(cm) || (cm->root[0] == '2' && cm->root[1] == '0');
}

/* Whether CAMEO code s is of an act of violence, roots 18-20. */
static int mass_violent_code(const char *s)
{
    return s && ((s[0] == '1' && (s[1] == '8' || s[1] == '9')) || (s[0] == '2' && s[1] == '0'));
}

/* A protest (root 14): demonstrations, strikes, riots. */
static int protest_root(const tac_cameo *cm)
{
    return cm->root[0] == '1' && cm->root[1] == '4';
}

/* An act done to a gathering that says the gathering took place: coercion
 * or violence (17-20: "dispersed", "attacked"), not a ban (172), nor a
 * calling off or a postponement ("the strike was called off by the union"). */
int tac_code_acted_on_happened(const tac_cameo *cm)
{
    if (cm->root[0] == '2' && cm->root[1] == '0')
        return 1;
    return cm->root[0] == '1' && cm->root[1] >= '7' &&
           !(cm->root[1] == '7' && cm->code[2] == '2');
}

/* A demonstration, hunger strike, strike, blockade or riot (141-145 and
 * their subcodes; not 14 or 140, whose nouns, "protest vote", "dissent",
 * name no gathering): as the subject of a verb of happening matched with it
 * (`protest * erupt`) it is reported as having happened, by people the
 * sentence need not name. */
int tac_code_protest_gathering(const tac_cameo *cm)
{
    return protest_root(cm) && cm->code[2] >= '1' && cm->code[2] <= '5';
}

/* "the verdict sparked protests in Nairobi", "igniting riots", "Acquittal
 * sparks protests across US": the noun at i, a gathering, is the object of
 * a verb of causing (`marker cause-verb`, an inflected form: what was
 * brought about happened) with at most three words between that are no
 * actor, verb or clause break ("sparked violent street protests"); not
 * one only foreseen ("could spark protests", "threatened to trigger a
 * strike"). The subject of that verb is the cause, not the protesters. */
static int caused_gathering(const tac_coder *c, uint32_t s, uint32_t i)
{
    const tac_tok *t = c->toks.v;
    uint32_t lo = i > s + 4 ? i - 4 : s;
    for (uint32_t j = i; j > lo;) {
        j--;
        if (t[j].wclass & TAC_LC_CAUSE_VERB) {
            /* "has sparked" is told as done; "would have triggered",
             * "could spark", "to trigger" are not */
            uint32_t b = j;
            while (b > s && (t[b - 1].wflags & (TAC_LX_ADVERB | TAC_LX_TIME | TAC_LX_AUX))) {
                if ((t[b - 1].wflags & TAC_LX_AUX) && !begins_with(&t[b - 1], "ha"))
                    return 0;
                b--;
            }
            return !(b > s && (tok_is(&t[b - 1], "to") ||
                               (t[b - 1].wflags & (TAC_LX_INTENT | TAC_LX_THREAT |
                                                   TAC_LX_NEGATION | TAC_LX_DEMAND))));
        }
        /* "amid protests in Harare", "during a protest in Ficksburg",
         * "spoke at a rally in Durban": a protest in a phrase of time or
         * occasion took place (after "during", "after", "following", "at"
         * one that the
         * sentence introduces: "during the protests" points back at one
         * told before; "after staging a strike" is the subject's own) */
        if (tok_is(&t[j], "amid") || tok_is(&t[j], "amidst"))
            return 1;
        if ((tok_is(&t[j], "during") || tok_is(&t[j], "after") || tok_is(&t[j], "following") ||
             tok_is(&t[j], "at")) &&
            !ends_with(&t[i], "ing")) {
            for (uint32_t q = j + 1; q < i; q++)
                if (t[q].wflags & TAC_LX_DET)
                    return tok_is(&t[q], "a") || tok_is(&t[q], "an");
            return 1;
        }
        /* only the noun's own modifiers between: "caused due to rioting"
         * is rioting that caused something */
        if (c->tok_group[j - s] >= 0 || verbish(&t[j]) || is_clause_break(&t[j]) ||
            (t[j].flags & TAC_TOK_PUNCT) || (t[j].wflags & (TAC_LX_PREP | TAC_LX_BY)) ||
            tok_is(&t[j], "to") || tok_is(&t[j], "due"))
            return 0;
    }
    return 0;
}

/* "They took to the streets" with no antecedent for "they": the subject
 * right before the verb at i (past adverbs and auxiliaries) is a group
 * pronoun that names no actor. */
static int unnamed_pronoun_subject(const tac_coder *c, uint32_t s, uint32_t i)
{
    const tac_tok *t = c->toks.v;
    uint32_t b = i;
    while (b > s && (t[b - 1].wflags & (TAC_LX_ADVERB | TAC_LX_AUX | TAC_LX_BE | TAC_LX_TIME)))
        b--;
    return b > s && (t[b - 1].wflags & TAC_LX_PRON_GROUP) && c->tok_group[b - 1 - s] < 0;
}

/* A verb of happening in a protest pattern: an inflected verb, or an
 * irregular past that is also a noun ("riots broke out", "a protest took
 * place"), which verbish() leaves out. */
static int protest_verb(const tac_cameo *cm, const tac_tok *t)
{
    return verbish(t) ||
           (tac_code_protest_gathering(cm) && (t->wflags & TAC_LX_VERB) && t->word != t->lemma &&
            !(t->flags & TAC_TOK_CAP) && !ends_with(t, "s") && !ends_with(t, "ing"));
}

/* Agent codes that name a role any country has (the government, rebels,
 * the police, civilians), not a body or a people of its own; not business,
 * media and rights groups, which work across borders ("Dutch employers
 * criticised the revaluation of the German mark"). */
static int role_agent(const char *a)
{
    return agent_in(a, ROLE_AGENT_CODES);
}

/* Whether m is an international news medium named by an `actor` line and
 * nothing more ("Reuters", "AFP": a word of `marker wire-service`; not
 * "Bolivian journalists", whose adjective says whose press they are, nor
 * "KCNA"). One trie walk over the mention's own words. */
static int named_media(const tac_coder *c, const mention *m)
{
    const tac_dict *d = c->dict;
    uint32_t node;
    if (m->n_agents != 1 || strcmp(m->agents[0], "MED") != 0 || m->person || m->resolved ||
        tac_code_actor_longest(d, c->toks.v, m->start, m->end, &node) != m->end)
        return 0;
    /* an international wire service (`marker wire-service`: Reuters, AFP),
     * not a state's news agency, which reports its own state's news
     * ("the ministry condemned the attack, KCNA said") */
    int wire = 0;
    for (uint32_t i = m->start; i < m->end && !wire; i++)
        wire = word_class(c, &c->toks.v[i], TAC_LC_WIRE_SERVICE);
    if (!wire)
        return 0;
    for (uint32_t k = d->actors.first[node]; k; k = d->aent[k - 1].next)
        if (d->aent[k - 1].kind == TAC_AK_ACTOR)
            return 1;
    return 0;
}

/* When mention m is a country or place name alone, no agent or person,
 * after a locative preposition ("in northern Nigeria", "near Goma", "in
 * the Sudan"), the first token of its phrase after the preposition; else
 * 0. s is the start of m's sentence. */
static uint32_t bare_place_phrase(const tac_coder *c, uint32_t s, const mention *m)
{
    if (m->n_agents || m->person || m->resolved || m->start <= s)
        return 0;
    uint32_t b = tac_code_pp_start(c, s, m->start);
    if (b == m->start && b > s + 1 && (c->toks.v[b - 1].wflags & TAC_LX_DET))
        b--;
    return b > s && (c->toks.v[b - 1].wflags & TAC_LX_LOCATIVE) ? b : 0;
}

/* Whether mention k lies in the reason of the sentence's arrest (after
 * "over", "for", "in connection with"), and is an actor, not a town or
 * a country named as where it happened: "arrested two men for spying
 * for Russia" names Russia, not whose police made the arrest. */
static int in_arrest_reason(const tac_coder *c, uint32_t s, size_t k)
{
    const mention *m = &c->ments[k];
    return c->reason_to && m->start >= c->reason_from && m->start < c->reason_to &&
           k < c->loc_ment && !bare_place_phrase(c, s, m);
}

/* Whether mention m is an agent that took its country from a place joined
 * to it after a locative preposition ("soldiers near Goma", "police in
 * Mumbai", joined in code_mention.c): an agent with a country of
 * its own ("Rwandan troops") joins none, so a locative inside the phrase
 * tells it. */
static int place_joined(const tac_coder *c, const mention *m)
{
    if (m->n_agents == 0 || m->person || m->resolved)
        return 0;
    for (uint32_t j = m->start + 1; j + 1 < m->end; j++)
        if (c->toks.v[j].wflags & TAC_LX_LOCATIVE)
            return 1;
    return 0;
}

/* how many words a verb of handing over may stand before its "to" */
#define TRANSFER_SPAN 8

/* Whether mention m is the recipient of a handing over: it follows "to"
 * (a determiner between), and a `marker transfer-verb` word stands before
 * that "to" in its clause ("arrested two men and handed them over to
 * Spain", "was extradited to the United States"). The act ends in the
 * recipient's hands; it did not take place in its country. */
static int transfer_recipient(const tac_coder *c, uint32_t s, const mention *m)
{
    const tac_tok *t = c->toks.v;
    uint32_t b = m->start;
    if (b > s + 1 && (t[b - 1].wflags & TAC_LX_DET))
        b--;
    if (b <= s + 1 || !tok_is(&t[b - 1], "to"))
        return 0;
    for (uint32_t k = b - 1, n = 0; k > s && n < TRANSFER_SPAN; n++) {
        k--;
        if (is_clause_break(&t[k]) || (t[k].flags & TAC_TOK_PUNCT))
            return 0;
        if (word_class(c, &t[k], TAC_LC_TRANSFER_VERB))
            return 1;
    }
    return 0;
}

/* The one country the sentence [s, ...) names (an actor's, or a place's,
 * its dateline's included; not a news medium's), or NULL when it names
 * none or several; *places_only 0 when an actor's country is among them.
 * In *place_cc the one country of its places alone ("near Samarra", "in
 * northern Nigeria"; with none, the dateline's), or NULL. One pass over the
 * mentions, read before the events add mentions. */
static const char *sentence_country(const tac_coder *c, uint32_t s, int *places_only,
                                    const char **place_cc)
{
    /* the dateline before it names a country of the first sentence */
    const char *dl = s == c->dateline_sent && c->dateline_cc[0] ? c->dateline_cc : NULL;
    const char *one = dl;
    /* and its place when the sentence's own places name none: a story
     * filed from Beirut may tell of "an attack in eastern Syria" */
    const char *place = NULL;
    int many = 0, many_places = 0;
    *places_only = 1;
    for (size_t k = 0; k < c->n_ments; k++) {
        const char *cc = c->ments[k].country;
        if (!cc[0])
            continue;
        /* "handed them over to Spain": the recipient's country is not
         * where the act took place */
        if (transfer_recipient(c, s, &c->ments[k]))
            continue;
        /* an actor's country, not a place's; a country's name after
         * "in" or "near" is a place ("in northern Nigeria") */
        int is_place = k >= c->loc_ment || bare_place_phrase(c, s, &c->ments[k]);
        /* "government forces near Goma", "police in Mumbai": an agent that
         * took its country from the place after its locative names that
         * place too, which is then no location mention of its own */
        if ((is_place || place_joined(c, &c->ments[k])) && !many_places) {
            if (!place)
                place = cc;
            else if (memcmp(place, cc, 3) != 0)
                many_places = 1;
        }
        if (many)
            continue;
        /* "a government spokesman told Reuters", "..., AFP reported": an
         * international news medium reports from everywhere, so its home
         * country names no country of the sentence */
        if (k < c->loc_ment && named_media(c, &c->ments[k]))
            continue;
        if (in_arrest_reason(c, s, k))
            continue;
        if (!is_place)
            *places_only = 0;
        if (!one)
            one = cc;
        else if (memcmp(one, cc, 3) != 0)
            many = 1;
    }
    *place_cc = many_places ? NULL : place ? place : dl;
    return many ? NULL : one;
}

/* Notes the countries the sentence [s, ...) names into the story's
 * (story_cc): one country over all sentences so far, or several. A
 * dateline's country stays the story's whatever the sentences name. */
static void story_note(tac_coder *c, uint32_t s)
{
    if (c->story_dateline || c->story_ccs > 2)
        return;
    for (size_t k = 0; k < c->n_ments; k++) {
        const char *cc = c->ments[k].country;
        if (!cc[0] || (k < c->loc_ment && named_media(c, &c->ments[k])) ||
            in_arrest_reason(c, s, k))
            continue;
        if (!c->story_ccs) {
            memcpy(c->story_cc, cc, 3);
            c->story_cc[3] = '\0';
            memcpy(c->story_first, c->story_cc, 4);
            c->story_ccs = 1;
        } else if (memcmp(c->story_cc, cc, 3) != 0 &&
                   (c->story_ccs == 1 || memcmp(c->story_second, cc, 3) != 0)) {
            if (++c->story_ccs > 2)
                return;
            memcpy(c->story_second, cc, 3);
        }
    }
}

/* A word that opens the reason of an arrest: "over", "for", "in
 * connection with", "on suspicion of", "on charges of" (`marker
 * reason-noun`), "accused of", "suspected of". Returns the number of its
 * words (1-3), or 0. */
static int reason_opener(const tac_coder *c, uint32_t i, uint32_t e)
{
    const tac_tok *t = c->toks.v;
    /* ("arrested over 100 protesters": "over" before a count hedges it) */
    if (tok_is(&t[i], "over") && hedged_count(t, i, e))
        return 0;
    if (tok_is(&t[i], "over") || tok_is(&t[i], "for"))
        return 1;
    if (i + 1 < e && tok_is(&t[i + 1], "of") &&
        (tok_is(&t[i], "accused") || tok_is(&t[i], "suspected")))
        return 2;
    if (i + 2 < e && tok_is(&t[i], "in") && tok_is(&t[i + 1], "connection") &&
        tok_is(&t[i + 2], "with"))
        return 3;
    if (i + 1 < e && tok_is(&t[i], "on") && form_class(c, &t[i + 1], TAC_LC_REASON_NOUN))
        return 2;
    return 0;
}

#define REASON_REACH 10 /* the most words from an arrest's verb to its reason */

/* "Police arrested five over the attack on the Turkish embassy",
 * "detained two men for spying for Russia": the words after an arrest
 * (173) and "over", "for", "in connection with" name why, not whom, as
 * the arrest patterns ending in those words already read them (see
 * active_target). Sets reason_verb, reason_from and reason_to for the
 * first arrest of the sentence [s, e) with a reason; the reason runs to
 * the end of its clause (a comma, a clause break, a saying verb, or "and"
 * or "but" before a verb). */
static void arrest_reason(tac_coder *c, uint32_t s, uint32_t e)
{
    const tac_dict *d = c->dict;
    const tac_tok *t = c->toks.v;
    c->reason_to = 0;
    for (size_t k = 0; k < c->n_matches; k++) {
        const match *mt = &c->matches[k];
        /* (an arrest for spying, `arrest * on suspicion of spy`, is
         * coded 1125 and is an arrest too) */
        if (CAMEO_CMP(d->cameo[mt->pat->cameo].code, "173") &&
            !(!CAMEO_CMP(d->cameo[mt->pat->cameo].code, "1125") &&
              (begins_with(&t[mt->start], "arrest") || begins_with(&t[mt->start], "detain"))))
            continue;
        /* "A jailed Saudi activist went on hunger strike for women's
         * rights": a participle after a determiner describes its noun;
         * what follows is no arrest's reason */
        if (mt->start > s && (t[mt->start - 1].wflags & TAC_LX_DET))
            continue;
        uint32_t i = mt->start + 1, from = 0;
        for (; i < e && i < mt->start + REASON_REACH && !from; i++) {
            if (is_clause_break(&t[i]) || tac_code_is_punct(&t[i], ',') ||
                (t[i].wflags & TAC_LX_SAY))
                break;
            /* "arrested two men and handed them over to Spain": a second
             * verb's particle is no reason of the arrest */
            if (tok_is(&t[i], "and") || tok_is(&t[i], "but")) {
                uint32_t v = i + 1;
                while (v < e && (t[v].wflags & TAC_LX_ADVERB)) /* "and then handed" */
                    v++;
                if (v < e && verbish(&t[v]))
                    break;
            }
            /* ("arrest warrants for two Brazilian men": whom the warrant
             * is for, no reason) */
            if (reason_opener(c, i, e) && !begins_with(&t[i - 1], "warrant"))
                from = i;
        }
        if (!from)
            continue;
        uint32_t to = from + (uint32_t)reason_opener(c, from, e);
        for (; to < e; to++) {
            if (is_clause_break(&t[to]) || tac_code_is_punct(&t[to], ',') ||
                (t[to].wflags & TAC_LX_SAY))
                break;
            if ((tok_is(&t[to], "and") || tok_is(&t[to], "but")) && to + 1 < e &&
                verbish(&t[to + 1]))
                break;
        }
        c->reason_verb = mt->start;
        c->reason_from = from;
        c->reason_to = to;
        return;
    }
}

/* Whether m and other are a government, a party or an opposition of no
 * country facing each other (other may be of the country cc): "the
 * opposition and the ruling party clashed in Kenya's parliament". Such
 * sides are domestic by nature, so even in violence they are of the one
 * country the sentence names. */
static int domestic_pair(const mention *m, const mention *other, const char *cc)
{
    static const char political[] = "GOVPTYOPP";
    if (!other || other->person || other->resolved || m->armed || other->armed ||
        m->n_agents < 1 || other->n_agents < 1 ||
        (other->country[0] && memcmp(other->country, cc, 3) != 0))
        return 0;
    for (int a = 0; a < m->n_agents; a++)
        if (!agent_in(m->agents[a], political))
            return 0;
    for (int a = 0; a < other->n_agents; a++)
        if (!agent_in(other->agents[a], political))
            return 0;
    return 1;
}

/* "Russian-backed separatists shelled Ukrainian positions near Donetsk",
 * "jihadists stormed a military post in northern Burkina Faso": armed men
 * of no state (rebels, insurgents, separatists, gunmen; no body's own
 * code) fight where they are from, whoever they fight and whoever backs
 * them (a "-backed" patron is never their country), so in an act of
 * violence (cm) they are of the one country of the sentence's places (its
 * dateline's in the first sentence) or, in a sentence with no place and
 * no country other than the dateline's, of the story's dateline. The
 * state's forces may fight abroad: local_role's own rule keeps them.
 * Returns that country, or NULL. */
static const char *armed_home(const tac_coder *c, const mention *m, const tac_cameo *cm)
{
    static const char nonstate[] = "REBINSSEPUAF";
    if (!mass_violent_root(cm) || m->armed || m->n_agents < 1 ||
        strlen(m->code) != 3 * (size_t)m->n_agents)
        return NULL;
    for (int a = 0; a < m->n_agents; a++)
        if (!agent_in(m->agents[a], nonstate))
            return NULL;
    if (c->sent_place_cc)
        return c->sent_place_cc;
    if (!c->story_dateline || !c->story_cc[0])
        return NULL;
    for (size_t k = 0; k < c->n_ments; k++)
        if (c->ments[k].country[0] && memcmp(c->ments[k].country, c->story_cc, 3) != 0)
            return NULL;
    return c->story_cc;
}

/* Whether m is only a state's organs at home (JUD, LEG: courts and
 * legislatures), which deal with their own state's other organs, not
 * abroad: "members of Iran's new parliament criticized the judiciary" is
 * Iran's judiciary, where "the government thanked the Kenyan government"
 * may be any state's; police arrest foreign soldiers and spies too. */
static int domestic_organ(const mention *m)
{
    if (m->n_agents < 1)
        return 0;
    for (int a = 0; a < m->n_agents; a++)
        if (!agent_in(m->agents[a], "JUDLEG"))
            return 0;
    return 1;
}

/* Whether m is armed men of no state (REB, INS, SEP, UAF among its roles)
 * and of no state role (GOV, MIL, COP, SPY). */
static int nonstate_armed(const mention *m)
{
    int armed = 0;
    for (int a = 0; a < m->n_agents; a++) {
        if (agent_in(m->agents[a], "REBINSSEPUAF"))
            armed = 1;
        else if (agent_in(m->agents[a], "GOVMILCOPSPY"))
            return 0;
    }
    return armed;
}

/* "Tamil rebels", "Kurdish guerrillas", "Muslim militants": a people (an
 * ethnic group, `…ETH`, or a faith) of no home country, with armed roles
 * of no state (REB, INS, SEP, UAF) only, in an act of violence (cm). Such
 * fighters are of the state they fight in or against (the CAMEO actor
 * codebook gives a group its home state), so local_role gives them the
 * sentence's one country (a place's or an actor's), as "Kurdish guerrillas
 * in Turkey" takes Turkey's; a sentence of two ("Kurdish rebels attacked
 * Turkish troops in northern Iraq") gives none. */
static int armed_people(const mention *m, const tac_cameo *cm)
{
    static const char nonstate[] = "REBINSSEPUAF";
    static const char faiths[] = FAITH_CODES;
    if (!mass_violent_root(cm) || m->armed || m->n_agents < 2 ||
        strlen(m->code) != 3 * (size_t)m->n_agents)
        return 0;
    int armed = 0, people = 0;
    for (int a = 0; a < m->n_agents; a++) {
        const char *ag = m->agents[a];
        if (agent_in(ag, nonstate))
            armed = 1;
        else if (agent_in(ag, faiths) || !strcmp(ag, "ETH") ||
                 (a + 1 < m->n_agents && !strcmp(m->agents[a + 1], "ETH")))
            people = 1;
        else
            return 0;
    }
    return armed && people;
}

/* tmp filled as m with country cc and a code of cc's before m's whole
 * code (a people or faith kept: `MOSOPP` in Egypt is `EGYMOSOPP`), and
 * returned; m when the code would not fit, NULL when out of memory. */
static const mention *country_before_code(tac_coder *c, const mention *m, const char *cc,
                                          mention *tmp)
{
    char buf[32];
    size_t n = strlen(m->code);
    if (n + 3 >= sizeof buf)
        return m;
    memcpy(buf, cc, 3);
    memcpy(buf + 3, m->code, n);
    *tmp = *m;
    memcpy(tmp->country, cc, 3);
    tmp->country[3] = '\0';
    tmp->code = tac_arena_strndup(&c->arena, buf, n + 3);
    return tmp->code ? tmp : NULL;
}

/* "Rebels in the Ivory Coast dismissed an appeal from the president",
 * "General Avril resigned to allow Haiti's first free elections": an
 * actor that is a role only (no country, person, body or people) in a
 * sentence that names one country and no other is that country's, but
 *  - not in acts of violence (18-20), which cross borders ("troops killed
 *    three Iranian fishermen"), unless the role is not the military and
 *    the country is only a place's or the other party's, that party being
 *    neither the military nor the state ("rebels attacked the northern
 *    city of Goma", "police shot dead three robbers in Lagos": armed
 *    groups and police act where they are from; armies and spies also
 *    abroad);
 *  - when the other party of the event is of that country, not for a
 *    state role dealing with that country's state ("the government
 *    thanked China": states deal with other states; but a party, even the
 *    ruling one, is domestic: "the ruling party accused the Kenyan
 *    government" is Kenya's ruling party) nor for civilians and
 *    migrants, who are often foreigners where they are held or live
 *    ("Israel released the prisoners"), unless they are the source of a
 *    protest: crowds that march against a government are its people
 *    ("Thousands protested against the government in Tbilisi").
 * m is the actor, other the other party or NULL, cc the sentence's country
 * or NULL, places_only 1 when only places name it, src the event's source. Returns m, or tmp
 * filled as m with the country; NULL when out of memory. */
static const mention *local_role(tac_coder *c, const mention *m, const mention *other,
                                 const tac_cameo *cm, const char *cc, int places_only,
                                 const mention *src, mention *tmp)
{
    /* "Moslem fundamentalist demonstrators", "Muslim rebels": a faith
     * of no country with a role is that role among the country's faithful
     * (`EGYMOSOPP`); the faith alone ("Christians") is a people */
    static const char faiths[] = FAITH_CODES;
    if (m->country[0] || m->person || m->resolved || !m->code)
        return m; /* (the cheap tests first: most mentions leave here) */
    /* "Tamil rebels attacked a navy boat off Sri Lanka's coast" */
    if (cc && armed_people(m, cm))
        return country_before_code(c, m, cc, tmp);
    const char *home = armed_home(c, m, cm);
    if (home)
        cc = home;
    if (!cc)
        return m;
    int faith = agent_in(m->code, faiths), roles = 0;
    for (int a = 0; a < m->n_agents; a++)
        roles += !agent_in(m->agents[a], faiths);
    /* (a pronoun or short name refers to an actor named before, whose
     * sentence gave it its country or none) */
    if (!cc || m->country[0] || m->person || m->resolved || roles < 1 || !m->code ||
        (strlen(m->code) != 3 * (size_t)m->n_agents &&
         !(faith && strlen(m->code) == 3 * (size_t)(m->n_agents + 1))))
        return m;
    /* "Tuareg rebels in northern Niger attacked a military post": armed
     * men of no state placed in a country fight its forces ("Hamas
     * attacked soldiers" tells not whose); "troops killed 30 guerrillas
     * east of Algiers": armed men of no state where the sentence's places
     * all lie are that country's */
    int home_fight = (other && other->country[0] && !memcmp(other->country, cc, 3) &&
                      nonstate_armed(other) && tac_code_state_side(m) &&
                      (place_joined(c, other) ||
                       (c->sent_place_cc && !memcmp(c->sent_place_cc, cc, 3)))) ||
                     (c->sent_place_cc && !memcmp(c->sent_place_cc, cc, 3) && nonstate_armed(m));
    if (!home && !home_fight && mass_violent_root(cm) && !domestic_pair(m, other, cc) &&
        (has_agent(m, "MIL") || has_agent(m, "SPY") || m->armed ||
         (!places_only &&
          (!other || !other->country[0] || memcmp(other->country, cc, 3) != 0 ||
           other->n_agents == 0 || has_agent(other, "MIL") || other->armed))))
        return m;
    for (int a = 0; a < m->n_agents; a++)
        if (!role_agent(m->agents[a]) && !(faith && agent_in(m->agents[a], faiths)))
            return m;
    /* "protesters gathered outside the embassy in New Delhi": an embassy
     * or an ambassador (`marker posting-agent`) is posted abroad, most
     * often where the sentence's places are; an actor's country still
     * names the side ("Argentina's chief debt negotiator") */
    if (places_only && m->end > m->start &&
        word_class(c, &c->toks.v[m->end - 1], TAC_LC_POSTING_AGENT))
        return m;
    /* "the tribunal in The Hague": an international court, of no country */
    if (court_at_seat(c, m))
        return m;
    /* civilians where the sentence's places all lie in that country, or
     * hit by armed men of no state placed in it, are its people: "arrested
     * 30 people after riots in Ambon", "Islamic militants in Algeria
     * killed 15 villagers" ("Hamas took 200 hostages" tells not whose;
     * people who go to a place, the other party, may come from anywhere) */
    int local_people = (c->sent_place_cc && !memcmp(c->sent_place_cc, cc, 3) &&
                        !(other && other->n_agents == 0)) ||
                       (other && mass_violent_root(cm) && nonstate_armed(other) &&
                        place_joined(c, other));
    if (other && other->country[0] && memcmp(other->country, cc, 3) == 0 &&
        (((has_agent(m, "CVL") || has_agent(m, "REF")) && !(m == src && protest_root(cm)) &&
          !local_people) ||
         (tac_code_state_side(m) && !has_agent(m, "PTY") &&
          (other->n_agents == 0 ||
           (tac_code_state_side(other) && !domestic_organ(m) && !domestic_organ(other))))))
        return m;
    if (faith)
        return country_before_code(c, m, cc, tmp);
    *tmp = *m;
    memcpy(tmp->country, cc, 3);
    tmp->country[3] = '\0';
    tmp->code = NULL;
    return tac_code_finish_code(c, tmp) < 0 ? NULL : tmp;
}

/* An irregular past at i of a verb whose lemma is a noun too, which
 * verbish leaves out ("fought", "threw", "broke"; not "taken", which is
 * mostly a participle), with an object or a phrase after it: right after
 * its subject it is that subject's verb ("rioters fought with police").
 * Not before an adverb, "for" or the end of the clause, where it is mostly
 * a figure of speech ("he fought very hard", "what the people fought for"). */
static int irregular_past(const tac_coder *c, uint32_t s, uint32_t e, uint32_t i)
{
    const tac_tok *v = &c->toks.v[i];
    if (!((v->wflags & TAC_LX_VERB) && v->lemma && v->word != v->lemma && v->norm_len > 2 &&
          tac_code_is_participle(v) && !(v->flags & TAC_TOK_CAP) &&
          memcmp(v->norm + v->norm_len - 2, "en", 2) != 0) ||
        i + 1 >= e)
        return 0;
    const tac_tok *n = v + 1;
    if ((n->wflags & TAC_LX_ADVERB) || is_clause_break(n) || tac_code_is_punct(n, ',') ||
        tok_is(n, "for"))
        return 0;
    return (n->wflags & (TAC_LX_PREP | TAC_LX_DET)) || c->tok_group[i + 1 - s] >= 0 ||
           ((n->wflags & TAC_LX_NOUN) && !verbish(n));
}

/* Whether mention m is a country's name and nothing more ("Britain",
 * "the United States"), not its people ("Israelis", "Hundreds of
 * Kenyans", a country adjective): an entry of kind country at the
 * node of its words. One trie walk over the mention's own words. */
static int state_name(const tac_coder *c, const mention *m)
{
    const tac_dict *d = c->dict;
    uint32_t node;
    if (m->n_agents != 0 || m->person || !m->country[0] || !m->code ||
        strcmp(m->code, m->country) != 0 ||
        tac_code_actor_longest(d, c->toks.v, m->start, m->end, &node) != m->end)
        return 0;
    for (uint32_t k = d->actors.first[node]; k; k = d->aent[k - 1].next)
        if (d->aent[k - 1].kind == TAC_AK_COUNTRY)
            return 1;
    return 0;
}

/* "British troops arrived in Mali": forces that travel to a country are
 * deployed there (the `modal military` table); "police were put on high
 * alert": the police's alert is a police alert (`modal police`); "the
 * Greek press attacked the remarks": the press attacks in words (`modal
 * media`); "Ankara protested against the exercises", "China protested Japan's decision": a
 * government, or a state named bare, protests officially, it does not
 * demonstrate (`modal state`); "angry mobs attacked shops":
 * civilians riot (`modal civilian`); "a suicide bomber killed 12 people":
 * a suicide attack (`modal suicide`); "warplanes pounded the village": an
 * air strike (`modal air`); "tanks fired on the town": fighting with tanks
 * and artillery (`modal armor`); "Russian hackers attacked the grid": an
 * attack by hackers damages property, it is no battle (`modal cyber`);
 * "gunmen attacked a police station": armed men's assault on a place or
 * force is an armed attack, not a riot (`modal armed`).
 * Returns the code of event ev (its
 * word at i) done by the slot value src: the table's, or ev. */
static int street_side(const mention *m);

static uint32_t source_modal(const tac_coder *c, uint32_t s, uint32_t e, uint32_t i, int src,
                             uint32_t ev)
{
    const tac_dict *d = c->dict;
    const tac_tok *t = c->toks.v;
    uint32_t f0, n0;
    slot_members(c, src, &f0, &n0);
    /* media, state and civilian: the source is the subject right before
     * the verb ("Clinton's supporters rallied" is no act of Clinton's) */
    uint32_t b = i;
    while (b > s && (t[b - 1].wflags & (TAC_LX_ADVERB | TAC_LX_AUX | TAC_LX_TIME)))
        b--;
    int mil = 1, med = b > s && c->tok_group[b - 1 - s] == src, civ = med;
    int pol = n0 > 0; /* "police were put on high alert": `modal police` */
    /* (the state's test walks the actor trie: only for an act the
     * `modal state` table changes) */
    int gov = med && tac_dict_modal(d, "state", ev) >= 0;
    /* ... or, for civilians, the agent right after "by" of a passive verb
     * ("shops were looted by rioters", "the station was attacked by
     * pupils": a riot as in the active) */
    if (!civ && verbish(&t[i]) && i + 2 < e && (t[i + 1].wflags & TAC_LX_BY) &&
        tac_code_is_passive(c, s, i) && group_at(c, s, e, i + 2) == src)
        civ = 1;
    int suicide = n0 > 0; /* "two suicide bombers killed": `modal suicide` */
    int cyber = n0 > 0;   /* "Russian hackers attacked banks": `modal cyber` */
    int air = n0 > 0;     /* "Israeli jets struck": `modal air` */
    /* "Israeli tanks fired on", "strikes by Ukrainian artillery": `modal
     * armor`, for the subject right before the word or the agent right
     * after it, not a source carried over to another act of the sentence */
    int armed = n0 > 0; /* "gunmen attacked a police station": `modal armed` */
    int armor = n0 > 0 && ((b > s && c->tok_group[b - 1 - s] == src) ||
                           (i + 2 < e && (t[i + 1].wflags & TAC_LX_BY) &&
                            group_at(c, s, e, i + 2) == src));
    for (uint32_t a = 0; a < n0; a++) {
        const mention *sm = &c->ments[f0 + a];
        int sw = 0, aw = 0, tw = 0;
        for (uint32_t w = sm->tstart; w < sm->end && !sw; w++)
            sw = begins_with(&t[w], "suicide");
        int hw = 0;
        for (uint32_t w = sm->tstart; w < sm->end && !hw; w++)
            hw = begins_with(&t[w], "hacker");
        /* "suicide bombers" are men, not aircraft: with "suicide" in the
         * phrase only a word that is no bomber names the air */
        for (uint32_t w = sm->tstart; w < sm->end && !aw; w++)
            aw = (t[w].wclass & TAC_LC_AIRCRAFT) != 0 &&
                 !(sw && (tok_is(&t[w], "bombers") || tok_is(&t[w], "fighter-bombers")));
        /* tanks and artillery (`marker armor-noun`) of a named force
         * ("Israeli tanks"; "air and artillery strikes" name no force and
         * no one gun) */
        for (uint32_t w = sm->tstart; w < sm->end && armor && !tw && sm->country[0] && !aw; w++)
            tw = form_class(c, &t[w], TAC_LC_ARMOR_NOUN);
        suicide = suicide && sw;
        cyber = cyber && hw;
        air = air && aw;
        armor = armor && tw;
        /* a defence minister (GOV first, then MIL) is a civilian
         * official: "the defence secretary arrived in Riyadh" visits */
        mil = mil && ((has_agent(sm, "MIL") && strcmp(sm->agents[0], "GOV") != 0) || sm->armed);
        /* soldiers, rebels, insurgents, separatists, gunmen: men who
         * carry arms, none of them civilians or protesters */
        armed = armed && !sm->person && street_side(sm) != 1 &&
                (sm->armed || has_agent(sm, "MIL") || has_agent(sm, "REB") ||
                 has_agent(sm, "INS") || has_agent(sm, "SEP") || has_agent(sm, "UAF"));
        /* police officers and forces, no soldiers among them */
        pol = pol && has_agent(sm, "COP") && !has_agent(sm, "MIL") && !sm->armed;
        med = med && has_agent(sm, "MED");
        /* a government, or a state named bare ("China protested
         * Japan's decision", "Beijing protested"): a country or its
         * capital standing for its government */
        gov = gov && ((sm->n_agents > 0 && strcmp(sm->agents[0], "GOV") == 0 &&
                       !has_agent(sm, "MIL")) ||
                      state_name(c, sm));
        /* "rioters set fire to", "striking truckers blockaded":
         * civilians, workers, students, farmers, the opposition */
        int only = sm->n_agents > 0 && !sm->person;
        for (int q = 0; q < sm->n_agents && only; q++)
            only = sm->agents[q] && agent_in(sm->agents[q], "CVLLABOPPEDUAGR");
        civ = civ && only;
    }
    /* aircraft are military too: their other acts keep the military table */
    long ai = air ? tac_dict_modal(d, "air", ev) : armor ? tac_dict_modal(d, "armor", ev) : -1;
    /* (a verb only: "the riots, said the army chief" is no act of his) */
    if (ai < 0 && armed && verbish(&t[i]))
        ai = tac_dict_modal(d, "armed", ev);
    long ci = suicide && verbish(&t[i]) ? tac_dict_modal(d, "suicide", ev)
              : cyber                   ? tac_dict_modal(d, "cyber", ev)
              : ai >= 0                 ? ai
              : mil                     ? tac_dict_modal(d, "military", ev)
              : pol                     ? tac_dict_modal(d, "police", ev)
              /* a noun's source is less sure; a base form after an
               * auxiliary is a verb ("they would blockade Paris"), and so
               * is a past that is its own base form right after its
               * subject ("rioters set fire to buses"; "civilians hit by
               * shelling" is a participle) */
              : !verbish(&t[i]) && !(i > s && (t[i - 1].wflags & TAC_LX_AUX)) &&
                      !(b == i && (tac_code_same_form_participle(&t[i]) || irregular_past(c, s, e, i)) &&
                        !(i + 1 < e && (t[i + 1].wflags & TAC_LX_BY)))
                  ? -1
              : med ? tac_dict_modal(d, "media", ev)
              : gov ? tac_dict_modal(d, "state", ev)
              : civ ? tac_dict_modal(d, "civilian", ev)
                    : -1;
    return ci >= 0 ? (uint32_t)ci : ev;
}

/* The side a mention takes in a street clash: 1 civilians, workers,
 * students, farmers or protesters (CVL LAB EDU AGR OPP), 2 the police
 * (COP), 0 anyone else (a person, a named body's role of another kind). */
static int street_side(const mention *m)
{
    if (m->n_agents == 0 || m->person)
        return 0;
    int civ = 1, cop = 1;
    for (int q = 0; q < m->n_agents; q++) {
        civ = civ && m->agents[q] && agent_in(m->agents[q], "CVLLABOPPEDUAGR");
        cop = cop && m->agents[q] && strcmp(m->agents[q], "COP") == 0;
    }
    return civ ? 1 : cop ? 2 : 0;
}

/* 1 if every member of slot value g is civilians or refugees (`CVL`,
 * `REF` agents only, no person): "20 civilians", "displaced people". */
static int civilians_only(const tac_coder *c, int g)
{
    uint32_t f0, n0;
    slot_members(c, g, &f0, &n0);
    for (uint32_t a = 0; a < n0; a++) {
        const mention *m = &c->ments[f0 + a];
        if (m->n_agents == 0 || m->person)
            return 0;
        for (int q = 0; q < m->n_agents; q++)
            if (!m->agents[q] || !agent_in(m->agents[q], "CVLREF"))
                return 0;
    }
    return n0 > 0;
}

/* 1 if the phrase of the fight of match mt names a side ("clashes with
 * police", "fighting between", "clashes involving the army", "battles
 * against the Organization"): its words and at most four after them,
 * up to a clause break or comma. */
static int parties_named(const tac_coder *c, uint32_t e, const match *mt)
{
    const tac_tok *t = c->toks.v;
    for (uint32_t j = mt->start; j < e && j < mt->end + 4; j++) {
        if (j >= mt->end && (is_clause_break(&t[j]) || tac_code_is_punct(&t[j], ',')))
            break;
        if (tok_is(&t[j], "with") || tok_is(&t[j], "involving") || tok_is(&t[j], "between") ||
            tok_is(&t[j], "against"))
            return 1;
    }
    return 0;
}

/* The sides (bits 1 and 2 of street_side) of slot value g's members, or 0
 * when one of them is neither. */
static int street_sides(const tac_coder *c, int g)
{
    uint32_t f0, n0;
    int sides = 0;
    slot_members(c, g, &f0, &n0);
    for (uint32_t a = 0; a < n0; a++) {
        int sd = street_side(&c->ments[f0 + a]);
        if (!sd)
            return 0;
        sides |= sd;
    }
    return sides;
}

/* "detained a journalist, a French citizen, in Tehran", "arrested Ahmed
 * Khan, a Pakistani lawyer": a second member that follows the first after
 * a comma alone and opens with "a" or "an", with no "and" or "or" after
 * it, is the first one again, said another way, and names one person or
 * group: one event, not two. The member that names a country is kept.
 * Returns the index (0 or 1) of the member to drop, or -1 when a and b are
 * two of a list or neither or both name a country. */
static int appositive_pair(const tac_coder *c, const mention *a, const mention *b)
{
    const tac_tok *t = c->toks.v;
    uint32_t end = c->sent_end;
    if (!!a->country[0] == !!b->country[0] || a->end + 1 != b->tstart || b->tstart >= b->start ||
        !tac_code_is_punct(&t[a->end], ',') ||
        !(tok_is(&t[b->tstart], "a") || tok_is(&t[b->tstart], "an")))
        return -1;
    /* the noun phrase after "a Ukrainian" runs on to the next comma or
     * word of a clause ("a Ukrainian national, on Friday") */
    for (uint32_t j = b->end; j < end && j < b->end + 3; j++) {
        if (tok_is(&t[j], "and") || tok_is(&t[j], "or"))
            return -1;
        if (tac_code_is_punct(&t[j], ',') || is_clause_break(&t[j]) ||
            (t[j].wflags & TAC_LX_PREP))
            break;
    }
    return a->country[0] ? 1 : 0;
}

/* Pushes e0 with source sm and target tm (NULL: no target), each with the
 * sentence's country where local_role gives it (cc, places_only as
 * there). Returns tac_code_push_event's value, or -1 when out of memory. */
static int push_dyad(tac_coder *c, tac_event *e0, const mention *sm, const mention *tm,
                     const tac_cameo *cm, const char *cc, int places_only)
{
    mention ls, lt;
    const mention *lsm = local_role(c, sm, tm, cm, cc, places_only, sm, &ls), *ltm = NULL;
    if (!lsm || (tm && !(ltm = local_role(c, tm, sm, cm, cc, places_only, sm, &lt))))
        return -1;
    if (tac_code_fill_actor(c, &e0->source, lsm) < 0)
        return -1;
    if (ltm) {
        if (tac_code_fill_actor(c, &e0->target, ltm) < 0)
            return -1;
        e0->has_target = 1;
    } else {
        e0->has_target = 0;
        memset(&e0->target, 0, sizeof e0->target);
    }
    return tac_code_push_event(c, e0);
}

/* Gives ev the code cm: its code, root, name, quad class and Goldstein
 * value. */
static void set_event_code(tac_event *ev, const tac_cameo *cm)
{
    ev->code = cm->code;
    memcpy(ev->root, cm->root, 3);
    ev->name = cm->name;
    ev->quad = cm->quad;
    ev->goldstein = cm->goldstein;
}

/* "Kenya deployed police to Haiti", "Kenya will send police to Haiti": a
 * pattern of mobilizing police (153) whose target is another country
 * itself (no agent) sends the police abroad to keep order there: that is
 * providing protection or peacekeeping (074), and its intent 0334 (the
 * `modal intent` of 074). Police deployed in one's own country stay 153.
 * Events [first, c->n_events) are those match mt pushed. */
static void police_abroad(tac_coder *c, const match *mt, size_t first)
{
    const tac_dict *d = c->dict;
    if (CAMEO_CMP(d->cameo[mt->pat->cameo].code, "153"))
        return;
    const tac_cameo *pk = tac_dict_cameo(d, "074", 3);
    if (!pk)
        return;
    long ii = tac_dict_modal(d, "intent", mt->pat->cameo);
    long pi = tac_dict_modal(d, "intent", (uint32_t)(pk - d->cameo));
    for (size_t j = first; j < c->n_events; j++) {
        tac_event *x = &c->events[j];
        if (!x->has_target || !x->source.country || !x->target.country || x->target.n_agents ||
            !strcmp(x->source.country, x->target.country))
            continue;
        if (!CAMEO_CMP(x->code, "153"))
            set_event_code(x, pk);
        else if (ii >= 0 && pi >= 0 && !strcmp(x->code, d->cameo[ii].code))
            set_event_code(x, &d->cameo[pi]);
    }
}

/* "Syrian troops arrived in Aleppo", "Indian police visited Kolkata":
 * forces that travel (a 042 pattern the `modal military` or `modal
 * police` table made 074) to a place of their own country give no
 * protection or peacekeeping, which is given abroad: troops add to the
 * forces there (154, as "troops were sent to the border"), police only
 * travel (042, as before the table), and so do police who go to no
 * country; police of no country are the place's. Events [first,
 * c->n_events) are those match mt pushed. */
static void deployment_at_home(tac_coder *c, const match *mt, size_t first)
{
    const tac_dict *d = c->dict;
    if (CAMEO_CMP(d->cameo[mt->pat->cameo].code, "042"))
        return;
    for (size_t j = first; j < c->n_events; j++) {
        tac_event *x = &c->events[j];
        if (CAMEO_CMP(x->code, "074"))
            continue;
        int cop = 0, mil = 0;
        for (int a = 0; a < x->source.n_agents; a++) {
            cop = cop || !strcmp(x->source.agents[a], "COP");
            mil = mil || !strcmp(x->source.agents[a], "MIL");
        }
        int police = cop && !mil;
        int place = x->has_target && x->target.country && !x->target.n_agents;
        /* police who go to no country, or to an actor with an agent
         * ("police were visiting the bar"), only travel; others must go
         * to a place of their own country (police of no country, "Police
         * arrived in Lahore", are the place's own) */
        if (place && (x->source.country ? strcmp(x->source.country, x->target.country) != 0
                                        : !police))
            continue;
        if (!place && !police)
            continue;
        const tac_cameo *cm = tac_dict_cameo(d, police ? "042" : "154", 3);
        if (cm)
            set_event_code(x, cm);
    }
}

/* "Algeria lifted the ban on the Islamic Salvation Front": easing an
 * administrative sanction (081) whose target is a political party eases the
 * ban on a party (0812); the pattern ("lift * ban on +") cannot tell a party
 * from a newspaper or a group of protesters, the target's agent can.
 * Events [first, c->n_events) are those match mt pushed. */
static void party_unbanned(tac_coder *c, const match *mt, size_t first)
{
    const tac_dict *d = c->dict;
    if (CAMEO_CMP(d->cameo[mt->pat->cameo].code, "081"))
        return;
    const tac_cameo *pb = tac_dict_cameo(d, "0812", 4);
    if (!pb)
        return;
    for (size_t j = first; j < c->n_events; j++) {
        tac_event *x = &c->events[j];
        if (!x->has_target || CAMEO_CMP(x->code, "081"))
            continue;
        for (int a = 0; a < x->target.n_agents; a++)
            if (!strcmp(x->target.agents[a], "PTY")) {
                set_event_code(x, pb);
                break;
            }
    }
}

/* The group that says the demand at token i, whose match ends at end: the
 * subject of a saying verb before it ("Russia said Sudan must return the
 * helicopter"), else the group after a comma right before a saying verb
 * after it ("the rebels must lay down their arms, the president said");
 * or -1. */
static int demand_speaker(const tac_coder *c, uint32_t s, uint32_t e, uint32_t i, uint32_t end)
{
    const tac_tok *t = c->toks.v;
    int speaker = -1;
    for (uint32_t j = i; j > s && speaker < 0;) {
        j--;
        if (t[j].wflags & TAC_LX_SAY)
            speaker = tac_code_subject_of(c, s, j);
    }
    for (uint32_t j = end; j < e && speaker < 0; j++)
        if ((t[j].wflags & TAC_LX_SAY) && verbish(&t[j]) && j > s + 1 &&
            c->tok_group[j - 1 - s] >= 0) {
            uint32_t b = c->groups[c->tok_group[j - 1 - s]].start;
            /* (not a headline's closing "told": "..., MPs told" were told) */
            if (b > s && tac_code_is_punct(&t[b - 1], ',') &&
                !(c->in_headline && tok_is(&t[j], "told")))
                speaker = c->tok_group[j - 1 - s];
        }
    return speaker;
}

/* Whether match k is blame told as its subject's state ("was to blame",
 * "were behind the attacks"): an accusation pattern written from "be".
 * Its subject is the one accused; the accuser is who says it. */
static int blame_predicate(const tac_coder *c, size_t k)
{
    const tac_pattern *p = c->matches[k].pat;
    const tac_cameo *cm = &c->dict->cameo[p->cameo];
    /* the lexicon leaves "is" and "are" unlemmatised: written out */
    return (!strncmp(p->text, "be ", 3) || !strncmp(p->text, "=is ", 4) ||
            !strncmp(p->text, "=are ", 5)) &&
           !strncmp(cm->code, "112", 3);
}

/* "French Assembly president Laurent Fabius and a group of deputies held
 * talks with Chinese officials": a state role of no country (officials,
 * deputies, ministers, troops, police; not rebels or the opposition, who
 * may stand against it) joined to a person or a state actor of country X
 * in the same group is X's entourage, when the other party of the event
 * is of another country. k is the member's index in the group whose
 * members start at first; other is the other party. Returns the member,
 * or tmp filled as it with X; NULL when out of memory. */
static const mention *joined_role(tac_coder *c, uint32_t first, uint32_t k, const mention *other,
                                  mention *tmp)
{
    static const char state_roles[] = STATE_AGENT_CODES "ELI";
    const mention *m = &c->ments[first + k];
    if (k == 0 || !other || !other->country[0] || m->country[0] || m->person || m->resolved ||
        !m->code || m->n_agents < 1 || strlen(m->code) != 3 * (size_t)m->n_agents)
        return m;
    for (int a = 0; a < m->n_agents; a++)
        if (!agent_in(m->agents[a], state_roles))
            return m;
    const mention *p = &c->ments[first + k - 1];
    if (!p->country[0] || memcmp(p->country, other->country, 3) == 0)
        return m;
    int state = !p->person && p->n_agents > 0;
    for (int a = 0; a < p->n_agents && state; a++)
        state = agent_in(p->agents[a], state_roles);
    if (!p->person && !state)
        return m;
    *tmp = *m;
    memcpy(tmp->country, p->country, 3);
    tmp->country[3] = '\0';
    tmp->code = NULL;
    return tac_code_finish_code(c, tmp) < 0 ? NULL : tmp;
}

/* Pushes e0 for each member of the slot value src as source and each
 * member of tgt (-1: none) as target; with no target and mutual (a
 * reciprocal event: "X and Y held talks"), between each two members of
 * src, each the other's target. cm, cc and places_only as push_dyad.
 * Returns 0, or the first nonzero value of tac_code_push_event. */
static int push_slots(tac_coder *c, tac_event *e0, int src, int tgt, int mutual,
                      const tac_cameo *cm, const char *cc, int places_only)
{
    uint32_t sfirst, sn, tfirst = 0, tn = 0;
    int pushed;
    slot_members(c, src, &sfirst, &sn);
    if (tgt != -1)
        slot_members(c, tgt, &tfirst, &tn);
    int recip = tgt == -1 && sn > 1 && mutual;
    for (uint32_t a = 0; a < sn; a++) {
        const mention *sm = &c->ments[sfirst + a];
        if (recip) {
            for (uint32_t b = 0; b < sn; b++) {
                const mention *tm = &c->ments[sfirst + b];
                if (b == a || strcmp(tm->code, sm->code) == 0)
                    continue;
                if ((pushed = push_dyad(c, e0, sm, tm, cm, cc, places_only)) != 0)
                    return pushed;
            }
        } else if (tgt != -1 && tgt != src) {
            int drop = tn == 2 ? appositive_pair(c, &c->ments[tfirst], &c->ments[tfirst + 1]) : -1;
            for (uint32_t b = 0; b < tn; b++) {
                const mention *tm = &c->ments[tfirst + b];
                if ((strcmp(tm->code, sm->code) == 0 && tm->start == sm->start) || (int)b == drop)
                    continue;
                mention js, jt;
                const mention *jsm = joined_role(c, sfirst, a, tm, &js);
                const mention *jtm = joined_role(c, tfirst, b, sm, &jt);
                if (!jsm || !jtm)
                    return -1;
                if ((pushed = push_dyad(c, e0, jsm, jtm, cm, cc, places_only)) != 0)
                    return pushed;
            }
        } else {
            if ((pushed = push_dyad(c, e0, sm, NULL, cm, cc, places_only)) != 0)
                return pushed;
        }
    }
    return 0;
}

/* Whether match mt names victims: one of its words is a casualty noun
 * (`marker casualty-noun`: "casualties", "human losses", "martyrs") read
 * as a noun. */
static int casualty_match(const tac_coder *c, const match *mt)
{
    const tac_tok *t = c->toks.v;
    if (verbish(&t[mt->start]))
        return 0;
    for (uint32_t j = mt->start; j < mt->end; j++)
        if (t[j].wclass & TAC_LC_CASUALTY)
            return 1;
    return 0;
}

/* "24 casualties and injuries in Aleppo", "More casualties in the raids
 * on Idlib": the casualty noun at j (or the words of a count before it)
 * reads as the start of a headline's clause when only a count, a word of
 * `marker casualty-lead` ("more", "new", "heavy", "further", "least")
 * and function words stand before it. 1 if so. */
static int casualty_opens_clause(const tac_coder *c, uint32_t s, uint32_t j)
{
    const tac_tok *t = c->toks.v;
    while (j > s) {
        const tac_tok *w = &t[--j];
        if (is_clause_break(w) || tac_code_is_punct(w, ',') || (w->wflags & TAC_LX_CONJ))
            return 1;
        if (c->tok_group[j - s] >= 0 || verbish(w))
            return 0;
        if ((w->flags & TAC_TOK_NUM) || (w->wclass & (TAC_LC_NUMBER | TAC_LC_COUNT_NOUN)) ||
            (w->wflags & (TAC_LX_DET | TAC_LX_ADVERB)) || tok_is(w, "at") || tok_is(w, "of"))
            continue;
        if (!form_class(c, w, TAC_LC_CASUALTY_LEAD))
            return 0;
    }
    return 1;
}

/* "wounded", "injured", "dead", "killed": a word that says people were
 * harmed, beside casualties ("Martyrs and wounded in shelling"). */
static int harmed_word(const tac_tok *w)
{
    return begins_with(w, "wound") || begins_with(w, "injur") || tok_is(w, "dead") ||
           tok_is(w, "killed");
}

/* "24 casualties and injuries in the raids": whether the preposition at
 * j follows casualties (a few words back: counts, "and", other casualty
 * nouns) that open the headline's clause. */
static int casualty_cause(const tac_coder *c, uint32_t s, uint32_t j)
{
    const tac_tok *t = c->toks.v;
    for (uint32_t q = j, n = 0; q > s && n < 5; n++) {
        const tac_tok *w = &t[--q];
        if ((w->wclass & TAC_LC_CASUALTY) && !verbish(w))
            return casualty_opens_clause(c, s, q);
        if (!((w->wflags & (TAC_LX_CONJ | TAC_LX_ADVERB)) || (w->flags & TAC_TOK_NUM) ||
              tok_is(w, "least") || tok_is(w, "at") || harmed_word(w)))
            return 0;
    }
    return 0;
}

/* the most words between the verb "to witness" and the event it has seen */
#define WITNESS_OBJECT_WORDS 10

/* "Daraa city witnesses the heaviest land and air shelling", "witnesses a
 * continuation of the battles": the verb "to witness" (`marker
 * witness-verb`, no actor) a few words before the event at i in its
 * clause, with no actor between: its token, or UINT32_MAX. */
static uint32_t witness_before(const tac_coder *c, uint32_t s, uint32_t i)
{
    const tac_tok *t = c->toks.v;
    uint32_t w = i;
    for (int n = 0; w > s && n < WITNESS_OBJECT_WORDS; n++) {
        const tac_tok *x = &t[--w];
        if (is_clause_break(x) || tac_code_is_punct(x, ',') || (x->wflags & TAC_LX_SAY) ||
            c->tok_group[w - s] >= 0)
            return UINT32_MAX;
        if (x->wclass & TAC_LC_WITNESS_VERB)
            return w;
    }
    return UINT32_MAX;
}

/* "Continued clashes in Hama countryside", "Heavy shelling on the outskirts
 * of Damascus": a headline's violent noun event at i that opens its clause
 * (the headline's start, or a comma, "and" or clause word before it, with
 * only modifiers between: no verb, no actor) reports violence with no named
 * agent. So does one that is the object of the verb "to witness" (`marker
 * witness-verb`, no actor: "Daraa province witnesses violent clashes").
 * end: the end of its match. 1 if so. */
static int headline_report(const tac_coder *c, uint32_t s, uint32_t e, uint32_t i,
                           uint32_t end)
{
    const tac_tok *t = c->toks.v;
    /* "Shell Canada cuts prices": an actor right after the noun makes it
     * part of a name */
    if (end < e && c->tok_group[end - s] >= 0)
        return 0;
    /* an all-capitals headline cannot tell its nouns from its verbs
     * ("WALLENBERGS FIGHT BID") */
    if (!c->in_headline || verbish(&t[i]) || (t[i].flags & TAC_TOK_UPPER) ||
        ((t[i].wflags & TAC_LX_VERB) && !(t[i].wflags & TAC_LX_NOUN)))
        return 0;
    /* "Sanctions target Russian positions" (`target * position`): a word
     * that may be a verb, with its object in the pattern, after a plural
     * noun (no time word or count) is that noun's verb */
    if ((t[i].wflags & TAC_LX_VERB) && end > i + 1 && i > s && (t[i - 1].wflags & TAC_LX_NOUN) &&
        ends_with(&t[i - 1], "s") && !ends_with(&t[i - 1], "ss") &&
        !(t[i - 1].wflags &
          (TAC_LX_TIME | TAC_LX_DET | TAC_LX_CONJ | TAC_LX_PREP | TAC_LX_ADVERB)) &&
        !(t[i - 1].wclass & (TAC_LC_NUMBER | TAC_LC_COUNT_NOUN | TAC_LC_QUANTITY)) &&
        c->tok_group[i - 1 - s] < 0)
        return 0;
    for (uint32_t j = i; j > s;) {
        j--;
        if (is_clause_break(&t[j]) || tac_code_is_punct(&t[j], ',') ||
            (t[j].wflags & TAC_LX_CONJ))
            return 1;
        if ((t[j].wclass & TAC_LC_WITNESS_VERB) && c->tok_group[j - s] < 0)
            return 1;
        /* "and continued clashes", "the renewed shelling": a participle
         * right before the noun, opening the phrase, is its adjective */
        if (j + 1 == i && ends_with(&t[j], "ed") && !(t[j].wflags & (TAC_LX_AUX | TAC_LX_BE)) &&
            (j == s || (t[j - 1].wflags & (TAC_LX_CONJ | TAC_LX_DET)) ||
             (t[j - 1].wclass & TAC_LC_WITNESS_VERB) || tac_code_is_punct(&t[j - 1], ',')))
            continue;
        /* "8 casualties and injuries in the raids on Idlib", "Human
         * losses after bombardment": an act in a phrase after casualties
         * that open the headline's clause is reported, not a topic */
        if (tok_is(&t[j], "in") || tok_is(&t[j], "during") || tok_is(&t[j], "after") ||
            tok_is(&t[j], "by") || tok_is(&t[j], "from"))
            return casualty_cause(c, s, j) || witness_before(c, s, i) != UINT32_MAX;
        /* "witnesses a continuation of the battles" */
        if ((t[j].wflags & TAC_LX_PREP) && witness_before(c, s, i) != UINT32_MAX)
            return 1;
        if (verbish(&t[j]) || c->tok_group[j - s] >= 0 ||
            (t[j].wflags & (TAC_LX_PREP | TAC_LX_SAY | TAC_LX_RELATIVE | TAC_LX_COMPLEMENT)))
            return 0;
    }
    return 1;
}

/* "The city of Deir Ezzor and its outskirts are witnessing battles",
 * "Daraa city witnesses the heaviest land and air shelling": when the
 * verb "to witness" (`marker witness-verb`, no actor) comes a few words
 * before the event at i in its clause, with no actor between, its subject
 * names where the event happens: the place nearest before the verb (a
 * location, or a group that is a country alone) as a slot value, or -1. */
static int witness_place(const tac_coder *c, uint32_t s, uint32_t e, uint32_t i)
{
    const tac_tok *t = c->toks.v;
    uint32_t w = witness_before(c, s, i);
    if (w == UINT32_MAX)
        return -1;
    for (uint32_t k = w; k > s;) {
        k--;
        if (is_clause_break(&t[k]) || tac_code_is_punct(&t[k], ',') ||
            (t[k].wflags & TAC_LX_SAY))
            return -1;
        int g = c->tok_group[k - s];
        if (g >= 0) {
            const group *gr = &c->groups[g];
            const mention *m = &c->ments[gr->first];
            return gr->n == 1 && m->country[0] && !m->n_agents && !m->person ? g : -1;
        }
        int lm = loc_at(c, e, k);
        if (lm >= 0)
            return SINGLE(lm);
    }
    return -1;
}

/* "8 casualties, most of them children, in raids on Qabtan al-Jabal",
 * "Casualties from the regime forces in a car bomb explosion": in a
 * headline, a noun event at i in an "in" or "during" phrase (up to three
 * lower-case modifiers between) right after a group with no verb before it
 * in the clause, names what hit that group: the group is the
 * target of a one-sided act, never its source (in clashes it is a party).
 * Returns the group, or -1. */
static int victims_before(const tac_coder *c, uint32_t s, uint32_t i)
{
    const tac_tok *t = c->toks.v;
    if (!c->in_headline || verbish(&t[i]))
        return -1;
    uint32_t j = i;
    for (int k = 0; j > s && k < 3 && !tok_is(&t[j - 1], "in") && !tok_is(&t[j - 1], "during");
         k++, j--)
        if (verbish(&t[j - 1]) || c->tok_group[j - 1 - s] >= 0 || is_clause_break(&t[j - 1]) ||
            tac_code_is_punct(&t[j - 1], ',') || (t[j - 1].wflags & TAC_LX_PREP) ||
            (t[j - 1].flags & TAC_TOK_CAP))
            return -1;
    if (j < s + 2 || !(tok_is(&t[j - 1], "in") || tok_is(&t[j - 1], "during")))
        return -1;
    /* the group stands right before "in", or before a comma there */
    uint32_t b = j - 1;
    if (b > s + 1 && tac_code_is_punct(&t[b - 1], ','))
        b--;
    int g = c->tok_group[b - 1 - s];
    if (g < 0 || c->groups[g].end != b)
        return -1;
    for (uint32_t q = c->groups[g].start; q > s;) {
        q--;
        if (is_clause_break(&t[q]))
            break;
        if (verbish(&t[q]) || (t[q].wflags & (TAC_LX_SAY | TAC_LX_RELATIVE | TAC_LX_COMPLEMENT)))
            return -1;
    }
    return g;
}

/* A noun event that may be reported with no actor: violence (18, 19) or
 * a gathering (141-145, "protests erupted"). */
static int happens_unnamed(const tac_cameo *cm)
{
    return violent_root(cm) || tac_code_protest_gathering(cm);
}

/* Whether an actor group stands before token i in its clause (quotes
 * do not end it: 'The "Islamic State" organization carries out'): then
 * the word at i is no subject noun of its own. */
static int group_before_in_clause(const tac_coder *c, uint32_t s, uint32_t i)
{
    const tac_tok *t = c->toks.v;
    for (uint32_t j = i; j > s;) {
        j--;
        if (c->tok_group[j - s] >= 0)
            return 1;
        if (((t[j].wflags & TAC_LX_BOUNDARY) || (t[j].flags & TAC_TOK_PUNCT)) &&
            !(t[j].flags & TAC_TOK_QUOTE))
            return 0;
        if (t[j].wflags & TAC_LX_CONJ)
            return 0;
        /* "Iraqi officials say car bomb kills 20": a saying verb or "that"
         * opens the clause reported; the speaker before it is outside */
        if ((t[j].wflags & TAC_LX_COMPLEMENT) ||
            ((t[j].wflags & TAC_LX_SAY) && !ends_with(&t[j], "ing")))
            return 0;
    }
    return 0;
}

/* The first word of a protest pattern that is a noun, the subject of a
 * headline's verb in the present ("Protests erupt in Vienna", "Riots
 * erupt"): a plural noun, or a noun that is no verb; not a verb's base or
 * -s form ("refuse to eat", "disrupts rail traffic", "hold rallies"). */
static int headline_protest_noun(const tac_tok *t)
{
    if (!(t->wflags & TAC_LX_NOUN) || ends_with(t, "ing"))
        return 0;
    return !(t->wflags & TAC_LX_VERB) || (ends_with(t, "s") && t->word != t->lemma);
}

/* "a suspected car bomb", "an improvised explosive device", "the
 * remote-controlled bomb": an -ed word between a determiner and the noun
 * it comes before is an adjective, not a finite verb. Whether the -ed
 * word at j (with s the sentence start) follows a determiner, past at most
 * one other such word. */
static int attributive_participle(const tac_tok *t, uint32_t s, uint32_t j)
{
    for (int n = 0; n < 2 && j > s; n++) {
        const tac_tok *p = &t[j - 1];
        if ((p->wflags & TAC_LX_DET) && !(p->wflags & TAC_LX_RELATIVE))
            return 1;
        if (!ends_with(p, "ed") || (p->flags & TAC_TOK_CAP) ||
            (p->wflags & (TAC_LX_AUX | TAC_LX_SAY | TAC_LX_BE)))
            return 0;
        j--;
    }
    return 0;
}

/* "A roadside bombing near Samarra killed one U.S. soldier", "a minefield
 * explosion killed two youths": the subject of the verb at i is a noun
 * event of violence (match k0 < k), no actor: the act has an unnamed
 * agent. When match k (an active verb) has such a subject (the words
 * from the clause start to i hold no other verb and a violent noun event
 * starts among them), returns that noun event's match; when match k is
 * itself a noun event that happens_unnamed whose pattern runs over its own
 * verb and that opens its clause ("a car bomb killed", `car bomb * kill`;
 * "protests erupted", `protest * erupt`), returns k; else -1. */
static long event_subject(const tac_coder *c, uint32_t s, size_t k)
{
    const tac_tok *t = c->toks.v;
    const match *mt = &c->matches[k];
    uint32_t i = mt->start;
    long found = -1;
    /* ("Activists say airstrike kills 12": a one-word match on the -s
     * form of a verb right after a violent noun event is that noun's
     * verb, as the past "killed" is; not a plural noun after a
     * conjunction or preposition: "airstrikes and clashes") */
    int present = mt->end == i + 1 && k > 0 && c->matches[k - 1].end == i &&
                  violent_root(&c->dict->cameo[c->matches[k - 1].pat->cameo]) &&
                  (t[i].wflags & TAC_LX_VERB) && t[i].word != t[i].lemma && ends_with(&t[i], "s") &&
                  !(t[i].flags & TAC_TOK_CAP);
    if (!verbish(&t[i]) && !present) {
        /* "a car bomb killed ten soldiers" matched as one pattern (`car
         * bomb * kill`): a violent noun event whose pattern runs over its
         * own verb is that verb's subject; "an explosion", "a blast" name
         * no attack (an accident explodes too) */
        const tac_cameo *cm = &c->dict->cameo[mt->pat->cameo];
        if (!happens_unnamed(cm))
            return -1;
        uint32_t v = mt->end;
        for (uint32_t j = mt->end; j > i + 1;) {
            j--;
            if (c->tok_group[j - s] >= 0) /* "missiles fired by Azerbaijan hit" */
                return -1;
            if (protest_verb(cm, &t[j]))
                v = j;
        }
        /* "Shells hit Aleppo", "Airstrikes target the SDF", "Protests
         * erupt in Vienna": in a headline,
         * the present tense of the verb that ends the pattern, when no
         * actor before the first word makes that the verb ('the "Islamic
         * State" organization carries out an attack') */
        const tac_tok *last = &t[mt->end - 1];
        if (v == mt->end && mt->end > i + 1 && c->in_headline &&
            (violent_root(cm) ||
             (tac_code_protest_gathering(cm) && headline_protest_noun(&t[i]))) &&
            (last->wflags & TAC_LX_VERB) &&
            !(last->flags & TAC_TOK_CAP) && !group_before_in_clause(c, s, i))
            v = mt->end - 1;
        if (v == mt->end || begins_with(&t[i], "blast") || begins_with(&t[i], "explosion"))
            return -1;
        found = (long)k;
    }
    /* matches start at increasing tokens (tac_code_find_matches): q walks
     * back with j, so the scan stays linear in a long sentence */
    size_t q = k;
    for (uint32_t j = i; j > s;) {
        j--;
        /* "... when a car bomb exploded", "police said a car bomb killed":
         * the noun match opens its clause */
        /* "activists said an airstrike killed 12": so does a violent noun
         * event right after a saying verb or "that", the subject of the
         * verb reported */
        if ((found == (long)k && is_clause_break(&t[j])) ||
            (found >= 0 && (t[j].wflags & (TAC_LX_COMPLEMENT | TAC_LX_SAY))))
            break;
        /* "an attack in northern Nigeria killed": the place where the
         * noun's act happened stands between it and the verb */
        if (c->tok_group[j - s] >= 0) {
            const group *pg = &c->groups[c->tok_group[j - s]];
            uint32_t b = pg->end == j + 1 && pg->n == 1
                             ? bare_place_phrase(c, s, &c->ments[pg->first])
                             : 0;
            if (b > s + 1) {
                j = b - 1;
                continue;
            }
        }
        if (is_clause_break(&t[j]) || (t[j].wflags & (TAC_LX_RELATIVE | TAC_LX_COMPLEMENT)) ||
            c->tok_group[j - s] >= 0)
            return -1;
        if (tac_code_is_punct(&t[j], ','))
            break;
        while (q > 0 && c->matches[q - 1].start > j)
            q--;
        long noun_ev = -1;
        int verb = verbish(&t[j]) &&
                   !(ends_with(&t[j], "ed") &&
                     !(t[j].wflags & (TAC_LX_AUX | TAC_LX_SAY | TAC_LX_BE)) &&
                     attributive_participle(t, s, j));
        if (q > 0 && c->matches[q - 1].start == j && !verb &&
            violent_root(&c->dict->cameo[c->matches[q - 1].pat->cameo]))
            noun_ev = (long)(q - 1);
        if (noun_ev >= 0 && found != (long)k)
            found = noun_ev;
        else if (verb)
            return -1;
    }
    return found;
}

/* Whether the subject of match k is a noun event with no actor, so that
 * no actor to its left is the source: a car bomb or a protest matched
 * with its own verb (event_subject gives k), or an attack noun before a
 * verb of violence ("activists say an airstrike killed 12": the speakers
 * only report the killing; a speaker is the source of a reported act
 * only when the clause reported has no subject of its own). */
static int noun_event_subject(const tac_coder *c, uint32_t s, size_t k)
{
    const tac_cameo *cm = &c->dict->cameo[c->matches[k].pat->cameo];
    if (!happens_unnamed(cm))
        return 0;
    long q = event_subject(c, s, k);
    return q == (long)k || (q >= 0 && violent_root(cm));
}

/* "Russia faces genocide probe", "Belarus faces new sanctions", "Minister
 * facing criticism": a form of "face" before a noun event of pressure
 * (investigation, demand, criticism, sanction) makes its subject the one
 * the act is aimed at, as a verb of undergoing does for violence. */
static int face_verb(const tac_tok *w)
{
    return tok_is(w, "face") || tok_is(w, "faces") || tok_is(w, "faced") || tok_is(w, "facing");
}

/* 1 for the roots of pressure short of force that a subject can "face":
 * 09-17 (investigation to coercion). */
static int faced_root(const tac_cameo *cm)
{
    return (cm->root[0] == '0' && cm->root[1] == '9') ||
           (cm->root[0] == '1' && cm->root[1] >= '0' && cm->root[1] <= '7');
}

/* "Germany suffered a spate of attacks", "Kenya has endured two
 * bombings", "the president survived an assassination attempt": the
 * noun event at i is the object of a verb of undergoing (suffer, sustain,
 * endure, experience, survive, escape; at most four words of its noun phrase
 * between, no actor, punctuation, preposition but "of" nor noun but one
 * before "of"); returns that verb's subject, the group right before it,
 * or -1. */
static int undergone_subject(const tac_coder *c, uint32_t s, uint32_t i, int face_only)
{
    const tac_tok *t = c->toks.v;
    uint32_t j = i;
    for (int n = 0; j > s && n < 5; n++) {
        j--;
        const tac_tok *w = &t[j];
        /* ("faces" reads as a noun too: an actor's group right
         * before it, checked below, makes it the verb) */
        if (face_only ? face_verb(w) : (verbish(w) && word_class(c, w, TAC_LC_UNDERGO_VERB))) {
            uint32_t b = j;
            while (b > s && (t[b - 1].wflags & (TAC_LX_AUX | TAC_LX_ADVERB)))
                b--;
            return b > s ? c->tok_group[b - 1 - s] : -1;
        }
        /* (what one faces may carry its agent and modifiers: "faces new
         * EU sanctions", "faces genocide probe") */
        if (face_only && !(w->flags & TAC_TOK_PUNCT) && !verbish(w) && !(w->wflags & TAC_LX_PREP))
            continue;
        /* (not across a preposition other than "of", nor a noun other
         * than one before "of": "sustained injuries during a clash" tells
         * where they were hurt; "a spate of attacks" is undergone) */
        if (c->tok_group[j - s] >= 0 || (w->flags & TAC_TOK_PUNCT) || verbish(w) ||
            tok_is(w, "during") || ((w->wflags & TAC_LX_PREP) && !tok_is(w, "of")) ||
            ((w->wflags & TAC_LX_NOUN) && !(w->wflags & TAC_LX_DET) && !tok_is(&t[j + 1], "of")))
            return -1;
    }
    return -1;
}

/* 0: added (or a duplicate); 1: the sentence has MAX_EVENTS_SENT events,
 * stop coding it; -1: out of memory or over max_doc_events. */
int tac_code_push_event(tac_coder *c, const tac_event *ev)
{
    for (size_t k = c->n_events; k > 0; k--) {
        const tac_event *o = &c->events[k - 1];
        if (o->sentence != ev->sentence)
            break;
        if (strcmp(o->code, ev->code) == 0 && strcmp(o->source.code, ev->source.code) == 0 &&
            o->has_target == ev->has_target &&
            (!ev->has_target || strcmp(o->target.code, ev->target.code) == 0))
            return 0;
    }
    if (c->n_events - c->sent_first_event >= MAX_EVENTS_SENT) {
        c->hits.sentence_events++;
        return 1;
    }
    if (c->n_events >= c->opt.max_doc_events) {
        c->events_over = 1;
        return -1;
    }
    void *grown = tac_code_grow(c->events, &c->cap_events, c->n_events + 1, sizeof *c->events);
    if (!grown) /* c->events keeps its block */
        return -1;
    c->events = grown;
    c->ev_bg[c->n_events - c->sent_first_event] = c->cur_bg;
    c->events[c->n_events++] = *ev;
    return 0;
}

/* Events that two actors do together: meet, negotiate, cooperate, clash,
 * and the intents to (031, 032, 036). */
static int reciprocal(const tac_cameo *cm)
{
    return CAMEO_CMP(cm->root, "04") == 0 || CAMEO_CMP(cm->root, "05") == 0 ||
           CAMEO_CMP(cm->root, "06") == 0 || CAMEO_CMP(cm->code, "190") == 0 ||
           CAMEO_CMP(cm->code, "193") == 0 || CAMEO_NCMP(cm->code, "087") == 0 ||
           /* intents to do those together: "agreed to resume talks" */
           CAMEO_NCMP(cm->code, "031") == 0 || CAMEO_NCMP(cm->code, "032") == 0 ||
           CAMEO_NCMP(cm->code, "036") == 0 ||
           /* "Russia and China agreed to expand cooperation": cooperation
             * in general, with no one else named, is between the two */
           CAMEO_CMP(cm->code, "030") == 0;
}

/* "accused each other of", "held talks with one another": a `marker
 * mutual` phrase right after the match ends at end, or after one
 * preposition there. */
static int mutual_after(const tac_coder *c, uint32_t e, uint32_t end)
{
    const tac_dict *d = c->dict;
    const tac_tok *t = c->toks.v;
    uint32_t st = end;
    if (st < e && (t[st].wflags & TAC_LX_PREP))
        st++;
    if (st >= e || !(t[st].wflags & TAC_LX_MARK_START))
        return 0;
    uint32_t node = 0;
    for (uint32_t j = st; j < e && j < st + 4; j++) {
        node = marker_child(d, node, &t[j]);
        if (!node)
            return 0;
        for (uint32_t m = d->markers.first[node]; m; m = d->ment[m - 1].next)
            if (d->ment[m - 1].mutual)
                return 1;
    }
    return 0;
}

/* Whether the words of match mt say both sides fight ("exchange of fire",
 * "gunfight", "clashes", "encounter with"). */
static int reciprocal_span(const tac_coder *c, uint32_t from, uint32_t to)
{
    static const char *const both[] = {"exchang", "trad", "gunfight", "firefight", "battle",
                                       "shootout", "shoot-out", "fight", "clash", "combat",
                                       "confrontation", "encounter", "hand-to-hand", "skirmish"};
    const tac_tok *t = c->toks.v;
    for (uint32_t j = from; j < to; j++)
        for (size_t k = 0; k < sizeof both / sizeof both[0]; k++)
            if (begins_with(&t[j], both[k]))
                return 1;
    return 0;
}

static int reciprocal_words(const tac_coder *c, const match *mt)
{
    return reciprocal_span(c, mt->start, mt->end);
}

/* reciprocal() for match mt of event cm: small-arms fire (193) is a fight
 * of two sides only when its words say so; "the firing", "gunfire",
 * "sniper fire" is one side shooting, so "one person was injured in the
 * firing" is its target, not a party. */
static int reciprocal_match(const tac_coder *c, const tac_cameo *cm, const match *mt)
{
    if (!reciprocal(cm))
        return 0;
    /* ("20 policemen were wounded in an attack": an attack, 190, is
     * one-sided unless its words say both sides fight, as in
     * refine_target) */
    if (CAMEO_CMP(cm->code, "193") != 0 && CAMEO_CMP(cm->code, "190") != 0)
        return 1;
    return reciprocal_words(c, mt);
}

/* "Minister attacked over pension plan": a participle of censure (`marker
 * censure-verb`) right before "over" or "for" tells criticism, no force
 * used on the one named (tac_code_is_passive reads it so in a headline). */
static int censured(const tac_coder *c, const match *mt)
{
    const tac_tok *t = c->toks.v;
    uint32_t n = mt->start + 1;
    return word_class(c, &t[mt->start], TAC_LC_CENSURE_VERB) && n < c->sent_end &&
           (tok_is(&t[n], "over") || tok_is(&t[n], "for"));
}

/* An act of violence (18, 19) done by one side to the other, as match mt
 * of event cm words it: the victims are its target, not a party. */
static int one_sided_violence(const tac_coder *c, const tac_cameo *cm, const match *mt)
{
    return violent_root(cm) && !reciprocal_match(c, cm, mt);
}

/* Whether the noun or verb of match k is said not to have happened:
 * called possible, or the motive of a protest, or what a demand asks for
 * or an accusation alleges. */
static int not_reported_done(const tac_coder *c, uint32_t s, size_t k)
{
    const tac_tok *t = c->toks.v;
    uint32_t i = c->matches[k].start;
    /* "mobilized reservists for a possible war", "would retaliate against
     * any US attack", "a foiled attack": a noun event called possible,
     * potential, foiled or thwarted, or any such event (`marker
     * unreal-word`), is not reported as done ("alleged" is not among
     * these words: news hedges acts that happened with it; nor "planned":
     * a planned visit or protest is told as the intent its verb gives) */
    if (!verbish(&t[i])) {
        for (uint32_t j = i; j > s && j + 3 > i;) {
            j--;
            if (form_class(c, &t[j], TAC_LC_UNREAL_WORD))
                return 1;
            if (is_clause_break(&t[j]) || tac_code_is_punct(&t[j], ','))
                break;
        }
    }
    /* "in case of an attack", "in the event of an Iranian attack", "in
     * case Iran attacks", "in the event that Iran attacks": a case
     * provided for, not one that came about (not "in any case", nor "in
     * the event" alone, "as it turned out") */
    for (uint32_t j = i, n = 0; j > s + 1 && n < 8; j--, n++) {
        const tac_tok *w = &t[j - 1];
        if (is_clause_break(w) || tac_code_is_punct(w, ','))
            break;
        if (tok_is(w, "case") && tok_is(&t[j - 2], "in"))
            return 1;
        if (tok_is(w, "event") && j < i && (tok_is(&t[j], "of") || tok_is(&t[j], "that")) &&
            ((tok_is(&t[j - 2], "the") && j > s + 2 && tok_is(&t[j - 3], "in")) ||
             tok_is(&t[j - 2], "in")))
            return 1;
    }
    /* "recalled its ambassador in protest at the arrest of its traders":
     * "in protest" after another event is that event's motive, and a noun
     * event in the phrase after it is its topic */
    if (k > 0 && c->matches[k - 1].end <= i) {
        if (i > s && tok_is(&t[i - 1], "in") && tok_is(&t[i], "protest"))
            return 1;
        for (uint32_t j = i, n = 0; j > s + 2 && n < 4; j--, n++) {
            if (is_clause_break(&t[j - 1]) || tac_code_is_punct(&t[j - 1], ','))
                break;
            if (tok_is(&t[j - 2], "protest") && tok_is(&t[j - 3], "in") &&
                (t[j - 1].wflags & TAC_LX_PREP))
                return 1;
        }
    }
    /* "accepted demands from Shona rebels that it initiate reforms": what
     * a demand or request noun asks for in its "that" clause is not done */
    for (uint32_t j = i; j > s + 1 && j + 8 > i;) {
        j--;
        if (is_clause_break(&t[j]) || tac_code_is_punct(&t[j], ','))
            break;
        if (!(t[j].wflags & TAC_LX_COMPLEMENT))
            continue;
        for (uint32_t q = j; q > s && q + 5 > j;) {
            q--;
            const tac_tok *w = &t[q];
            if (begins_with(w, "demand") || begins_with(w, "appeal") || begins_with(w, "request"))
                return 1;
            if (verbish(w) || is_clause_break(w) || tac_code_is_punct(w, ','))
                break;
        }
        break;
    }
    /* "accused Egypt of backing rebels who attacked government forces":
     * what an accusation alleges, to the end of its clause, is not
     * reported as done */
    int accusation = 0; /* the accusing verb is matched as an event first */
    for (size_t q = 0; q < k && !accusation; q++) {
        const tac_tok *av = &t[c->matches[q].start];
        accusation = begins_with(av, "accus");
    }
    for (uint32_t j = i, of = 0; accusation && j > s;) {
        j--;
        /* ... but "accused Hamas of firing rockets and launched air
         * strikes": a verb after "and" is the accuser's next act */
        if (is_clause_break(&t[j]) || tac_code_is_punct(&t[j], ',') ||
            ((t[j].wflags & TAC_LX_CONJ) && verbish(&t[j + 1])))
            break;
        if (tok_is(&t[j], "of") && j + 1 < i && ends_with(&t[j + 1], "ing"))
            of = 1;
        if (of && begins_with(&t[j], "accus"))
            return 1;
    }
    return 0;
}

static int custody_words(const tac_coder *c, const match *mt);
static int hypothetical_modal(const tac_tok *t);

/* "police said the arrests were made after the clash", "alleged that the
 * police firing was unprovoked": after a verb of saying or a claim with
 * its "that" (the match before k; no denial or demand), a noun event of the police that a finite verb follows (adverbs
 * between) is the subject of the clause said, which tells the act as
 * done, not a topic of the saying. A police act: custody words, which only
 * the police do, or a noun the police name right before it ("the police
 * firing"). Not when that verb is a modal ("said the arrests would
 * follow"). k > 0. */
static int said_police_act(const tac_coder *c, uint32_t s, size_t k)
{
    const tac_tok *t = c->toks.v;
    const match *mt = &c->matches[k];
    const tac_tok *pv = &t[c->matches[k - 1].start];
    uint32_t i = mt->start, j = mt->end;
    if (verbish(&t[i]) || (pv->wflags & (TAC_LX_NEGATION | TAC_LX_NEGVERB | TAC_LX_DEMAND)) ||
        c->matches[k - 1].end > i || i - c->matches[k - 1].end > 4)
        return 0;
    /* a verb of saying, or a claim with its "that" ("alleged that the
     * police firing was unprovoked") */
    int that = (pv->wflags & TAC_LX_SAY) != 0;
    for (uint32_t q = c->matches[k - 1].start + 1; q < i && !that; q++)
        that = (t[q].wflags & TAC_LX_COMPLEMENT) && tok_is(&t[q], "that");
    if (!that)
        return 0;
    while (j < c->sent_end && (t[j].wflags & TAC_LX_ADVERB))
        j++;
    /* ("demanded that the arrests be made": not done) */
    if (j >= c->sent_end || !(verbish(&t[j]) || (t[j].wflags & TAC_LX_BE)) ||
        tok_is(&t[j], "be") ||
        (t[j].wflags & TAC_LX_SAY) || hypothetical_modal(&t[j]))
        return 0;
    return custody_words(c, mt) ||
           (i > s && c->tok_group[i - 1 - s] >= 0 && street_sides(c, c->tok_group[i - 1 - s]) == 2);
}

/* A form of "say" or "tell": "said on a visit to India" is said there
 * (after other verbs "on" names a topic: "commented on the visit"). */
static int say_tell(const tac_tok *w)
{
    return tok_is(w, "said") || tok_is(w, "says") || tok_is(w, "say") || tok_is(w, "saying") ||
           tell_form(w);
}

/* Whether every mention of slot value g (not -1) is a news outlet or
 * reporter (agent MED); [*b, *en) gets the tokens of the slot. */
static int media_slot(const tac_coder *c, int g, uint32_t *b, uint32_t *en)
{
    uint32_t f, n;
    slot_members(c, g, &f, &n);
    if (g >= 0) {
        *b = c->groups[g].start;
        *en = c->groups[g].end;
    } else {
        *b = c->ments[f].tstart;
        *en = c->ments[f].end;
    }
    int med = n > 0;
    for (uint32_t a = 0; a < n && med; a++)
        med = has_agent(&c->ments[f + a], "MED");
    return med;
}

/* "told Reuters", "told reporters", "asked by reporters", "queried by
 * Reuters", "contacted by Reuters": whether slot value g is a news outlet
 * or reporter that hears or questions the one who speaks (before "by", a
 * verb of `marker press-ask-verb`). The press only carries what it is
 * told: it is no party to the acts of the sentence. */
static int media_hearer(const tac_coder *c, uint32_t s, int g)
{
    const tac_tok *t = c->toks.v;
    uint32_t b, en;
    if (g == -1 || !media_slot(c, g, &b, &en) || b <= s)
        return 0;
    const tac_tok *w = &t[b - 1];
    if (tell_form(w))
        return 1;
    if (!tok_is(w, "by") || b < s + 2)
        return 0;
    return form_class(c, &t[b - 2], TAC_LC_PRESS_ASK_VERB);
}

/* "The radio said the six planes attacked the village", "prices must
 * rise, the China Daily said": a news outlet or reporter that reports is
 * no source of the acts it reports (a verb of saying between it and the
 * event's words at i): the reported clause's own subject is (when it is
 * an actor, the match has it). "CNN said it reached an agreement" keeps
 * CNN: a pronoun opening the words said may stand for the outlet. The outlet's questions
 * ("a reporter asked whether", "asked by reporters") are no appeal
 * either. */
static int media_reports(const tac_coder *c, int g, uint32_t i)
{
    const tac_tok *t = c->toks.v;
    uint32_t b, en;
    if (g == -1 || !media_slot(c, g, &b, &en))
        return 0;
    if (tok_is(&t[i], "ask") || tok_is(&t[i], "asks") || tok_is(&t[i], "asked") ||
        tok_is(&t[i], "asking")) {
        /* a question, unless the press asks someone to act or asks for
         * something: "journalists asked the government to end the
         * emergency" is their appeal */
        for (uint32_t j = i + 1; j < c->sent_end && j < i + 8; j++) {
            if (tok_is(&t[j], "to") || tok_is(&t[j], "for"))
                return 0;
            if (is_clause_break(&t[j]) || (t[j].wflags & TAC_LX_COMPLEMENT))
                break;
        }
        return 1;
    }
    uint32_t lo = i < en ? i + 1 : en, hi = i < b ? b : i;
    for (uint32_t j = lo; j < hi && j < c->sent_end; j++) {
        if (!(t[j].wflags & TAC_LX_SAY) || !verbish(&t[j]))
            continue;
        /* "said it criticized Iran", "said that its reporters visited":
         * a pronoun opening the words said may be the outlet itself */
        uint32_t q = j + 1;
        if (q < c->sent_end && tok_is(&t[q], "that"))
            q++;
        if (q < c->sent_end && (tok_is(&t[q], "it") || tok_is(&t[q], "its") ||
                                tok_is(&t[q], "they") || tok_is(&t[q], "their") ||
                                tok_is(&t[q], "we") || tok_is(&t[q], "our")))
            continue;
        return 1;
    }
    return 0;
}

/* A word that opens a phrase of occasion after the verb at v: "during",
 * "while", or "on" after a form of "say" or "tell". */
static int occasion_word(const tac_tok *w, const tac_tok *v)
{
    return tok_is(w, "during") || tok_is(w, "while") || (tok_is(w, "on") && v && say_tell(v));
}

/* Whether the token before j (j > s) opens a phrase of occasion, with the
 * word before it, if any, as its verb. */
static int occasion_before(const tac_tok *t, uint32_t s, uint32_t j)
{
    return occasion_word(&t[j - 1], j > s + 1 ? &t[j - 2] : NULL);
}

/* An inflected verb form that is neither -s nor -ing, in lower case: a
 * past form ("met", "held") whose lemma may be a noun too, read as the
 * verb it is where the context wants a verb. */
static int past_verb_form(const tac_tok *w)
{
    return (w->wflags & TAC_LX_VERB) && w->lemma && w->word != w->lemma &&
           !(w->flags & TAC_TOK_CAP) && !ends_with(w, "s") && !ends_with(w, "ing");
}

/* "condemned the raid", "talked about the attack": whether the noun event
 * of match k (k > 0, a noun) is the topic of the event matched before it
 * rather than an event of its own (not a visit or meeting after "during"
 * or "while": "said during a visit to China" tells of a visit). */
static int topic_of_previous(const tac_coder *c, uint32_t s, size_t k)
{
    const tac_tok *t = c->toks.v;
    const match *mt = &c->matches[k];
    uint32_t i = mt->start;
    const match *pm = &c->matches[k - 1];
    const char *root = c->dict->cameo[pm->pat->cameo].root;
    /* "announced a suspension of air links", "declared a ceasefire":
     * what is announced is done, not talked about */
    const tac_tok *pv = &t[pm->start];
    int announce = (pv->norm_len >= 7 && (memcmp(pv->norm, "announc", 7) == 0 ||
                                           memcmp(pv->norm, "declar", 6) == 0)) ||
                   (pv->norm_len >= 6 && memcmp(pv->norm, "unveil", 6) == 0);
    /* "threatened on Monday to break relations": the infinitive of a
     * threat or intent marker is the event threatened, not a topic */
    int marked = tok_is(&t[i - 1], "to") && modality(c, s, i);
    /* "arrived in Sudan to investigate": "to" and a verb's base form
     * that is no noun is an infinitive of purpose, not a topic (what an
     * appeal, demand or rejection (02, 10, 12) is about stays one) */
    if (tok_is(&t[i - 1], "to") && (t[i].wflags & TAC_LX_VERB) &&
        !(t[i].wflags & TAC_LX_NOUN) && t[i].word == t[i].lemma && strcmp(root, "02") &&
        strcmp(root, "10") && strcmp(root, "12"))
        marked = 1;
    /* "Sudan must return the helicopter": the demand marker matched
     * as a word (`event 100 must`) is no verb to take a topic; nor is
     * a refusing verb ("refused to release": the negation layer) */
    if ((pv->wflags & TAC_LX_DEMAND) ||
        ((pv->wflags & TAC_LX_NEGVERB) && tok_is(&t[i - 1], "to")))
        marked = 1;
    /* "said a car bomb killed four soldiers": a noun pattern that runs
     * over its own verb is a clause of its own, no topic */
    for (uint32_t j = i + 1; j < mt->end && !marked; j++)
        if (protest_verb(&c->dict->cameo[mt->pat->cameo], &t[j]))
            marked = 1;
    /* ... as in a headline's present right after a saying verb or
     * "that" (a determiner between): "Officials say car bomb kills 20";
     * not the plural of a compound noun: "warns of missile strikes" */
    const tac_tok *lv = &t[mt->end - 1];
    uint32_t o = i > s && (t[i - 1].wflags & TAC_LX_DET) ? i - 1 : i;
    if (!marked && c->in_headline && mt->end > i + 1 && o > s &&
        ((t[o - 1].wflags & TAC_LX_COMPLEMENT) ||
         ((t[o - 1].wflags & TAC_LX_SAY) && !ends_with(&t[o - 1], "ing"))) &&
        (lv->wflags & TAC_LX_VERB) && !(lv->flags & TAC_TOK_CAP) &&
        ((lv->word != lv->lemma && ends_with(lv, "s")) ||
         /* (a plural noun's verb in its base form: "say protests erupt") */
         (lv->word == lv->lemma && headline_protest_noun(&t[i]) && ends_with(&t[i], "s") &&
          t[i].word != t[i].lemma)) &&
        happens_unnamed(&c->dict->cameo[mt->pat->cameo]))
        marked = 1;
    /* "police said the arrests were made after the clash" */
    if (!marked && said_police_act(c, s, k))
        marked = 1;
    /* "condemned the police firing on the farmers", "demanded an inquiry
     * into the police lathi-charge": force (175, 18-20) named as the
     * police's by the noun phrase itself is told as a fact the criticism
     * or demand is about; it is coded too. Not an arrest ("demanded the
     * police arrest of"), which the demand may only ask for */
    const tac_cameo *mc = &c->dict->cameo[mt->pat->cameo];
    if (!marked && !verbish(&t[i]) && i > s && c->tok_group[i - 1 - s] >= 0 &&
        street_sides(c, c->tok_group[i - 1 - s]) == 2 &&
        ((mc->root[0] == '1' && (mc->root[1] == '8' || mc->root[1] == '9')) ||
         !strcmp(mc->root, "20") || !CAMEO_CMP(mc->code, "175")))
        marked = 1;
    if (!announce && !marked && atoi(root) <= 13 && pm->end <= i && i - pm->end <= 3) {
        int clear = 1;
        for (uint32_t j = pm->end; j < i; j++) {
            /* "condemned the Somali raid", "condemned Russia's attack":
             * an actor between a determiner (or with 's) and the noun is
             * its source, the noun still the topic; not "said that
             * workers went on strike" */
            int g = c->tok_group[j - s];
            uint32_t gs = g >= 0 ? c->groups[g].start : 0;
            /* (the group's text may hold the determiner: "the Indian") */
            int own = g >= 0 &&
                      ((c->groups[g].end == i &&
                        (((t[gs].wflags & TAC_LX_DET) && !(t[gs].wflags & TAC_LX_COMPLEMENT)) ||
                         (gs > s && (t[gs - 1].wflags & TAC_LX_DET) &&
                          !(t[gs - 1].wflags & TAC_LX_COMPLEMENT)))) ||
                       (c->groups[g].end + 1 == i && (t[i - 1].flags & TAC_TOK_POSS)));
            /* "said during a visit to China", "said on a visit to
             * India": a visit, meeting or talks (04) after "during",
             * "while" or a saying verb's "on" is the occasion the speaker
             * said it at, an event of its own, no topic */
            if (is_clause_break(&t[j]) || (g >= 0 && !own) || verbish(&t[j]) ||
                (occasion_word(&t[j], pv) && !strcmp(c->dict->cameo[mt->pat->cameo].root, "04")))
                clear = 0;
            /* "flew to Dhaka and met the prime minister", "X, who
             * arrived in Dhaka on Friday, met": an inflected verb right
             * after "and", "but" or a comma is a second verb of the same
             * subject, though its lemma is a noun too ("meet", "hold"),
             * which verbish leaves out; -s and -ing forms after "and" are
             * mostly nouns ("the arrests and killings") and stay topics */
            if (j + 1 == i &&
                (tok_is(&t[j], "and") || tok_is(&t[j], "but") || tac_code_is_punct(&t[j], ',')) &&
                past_verb_form(&t[i]))
                clear = 0;
        }
        if (clear)
            return 1;
    }
    return 0;
}

/* "four were burnt alive and two killed in police firing", "three
 * injured by the blast": a numeral standing alone before a participle and
 * a preposition is the participle's subject with "were" left out, not a
 * determiner of the participle as an adjective ("two detained activists").
 * Not other quantifiers: "all accused in the case", "many rebuked" are
 * nouns or adjectives as often. q: the numeral's token. 1 if so. */
static int quantity_alone(const tac_coder *c, uint32_t q)
{
    static const char *const quant[] = {"two", "three", "four", "five"};
    const tac_tok *t = c->toks.v;
    size_t k = 0;
    while (k < sizeof quant / sizeof quant[0] && !tok_is(&t[q], quant[k]))
        k++;
    if (k == sizeof quant / sizeof quant[0])
        return 0;
    uint32_t n = q + 2; /* the token after the participle */
    return n < c->sent_end && (t[n].wflags & (TAC_LX_PREP | TAC_LX_BY | TAC_LX_LOCATIVE));
}

/* "Greece and Turkey both accused", "the three states all condemned": a
 * quantifier right after an actor and before a participle floats off that
 * actor, its subject; it determines no adjective ("both injured men"). */
static int floated_quantifier(const tac_coder *c, uint32_t s, uint32_t q)
{
    const tac_tok *t = c->toks.v;
    return q > s && c->tok_group[q - 1 - s] >= 0 &&
           (tok_is(&t[q], "both") || tok_is(&t[q], "all") || tok_is(&t[q], "each"));
}

/* "the unprotected strike began", "a coordinated attack", "an improvised
 * explosive device": an -ed word that opens a pattern whose next item is a
 * word of its own, a noun (no preposition, determiner or conjunction), is
 * an adjective inside the event's own noun phrase, not a participle used
 * as the adjective of something else ("the detained activists"). Native
 * patterns only (a TABARI set's text is not written in items). */
static int adjective_of_pattern_noun(const tac_coder *c, const match *mt)
{
    const tac_tok *t = c->toks.v;
    const char *p = mt->pat->text;
    uint32_t i = mt->start;
    if (mt->pat->items || !p || i + 1 >= mt->end || !(t[i + 1].flags & TAC_TOK_WORD) ||
        (t[i + 1].wflags & (TAC_LX_PREP | TAC_LX_DET | TAC_LX_CONJ | TAC_LX_BY)))
        return 0;
    if (*p == '~')
        p++;
    while (*p && *p != ' ' && *p != '\t')
        p++;
    while (*p == ' ' || *p == '\t')
        p++;
    /* the second item: a word, not a `*`, `+` or `$` slot */
    return *p && !((*p == '*' || *p == '+' || *p == '$') &&
                   (p[1] == '\0' || p[1] == ' ' || p[1] == '\t'));
}

/* "prime", "main", "key" (`marker chief-adjective`): a word that makes
 * "accused" a noun ("the prime accused"). */
static int chief_word(const tac_coder *c, const tac_tok *w)
{
    return form_class(c, w, TAC_LC_CHIEF_ADJECTIVE);
}

/* A word of a criminal charge (`marker charge-word`): "a charge of",
 * "three counts of", "on suspicion of", "convicted of", "guilty of" name
 * the offence a person is held or tried for; not "in charge of". w is
 * token j of the sentence [s, ...). */
static int charge_word(const tac_coder *c, uint32_t s, uint32_t j)
{
    const tac_tok *t = c->toks.v;
    return word_class(c, &t[j], TAC_LC_CHARGE_WORD) && !(j > s && tok_is(&t[j - 1], "in"));
}

static int reduced_arrest(const tac_coder *c, uint32_t s, uint32_t e, const match *mt);

/* "was charged with felonious assault", "faces two counts of rape",
 * "convicted of aggravated assault": a crime named after the "with" of a
 * charge, or after the "of" of a charge, count, conviction or guilt, is
 * what the charge alleges, not an act the charged one is reported to have
 * done (local news names one in most arrest stories). Only modifiers
 * (no verb, clause word or comma) stand between that preposition and the
 * crime's word at i. */
static int charged_crime(const tac_coder *c, uint32_t s, uint32_t i)
{
    const tac_tok *t = c->toks.v;
    for (uint32_t j = i; j > s + 1 && i - j < 5;) {
        j--;
        const tac_tok *p = &t[j - 1];
        if (tok_is(&t[j], "with")) {
            /* "charged the student with assault": past the one charged */
            uint32_t q = j - 1;
            while (q > s && j - q < 6 && c->tok_group[q - s] >= 0)
                q--;
            return begins_with(p, "charg") || begins_with(&t[q], "charg");
        }
        if (tok_is(&t[j], "of"))
            return charge_word(c, s, j - 1);
        /* a participle right before a word is a modifier ("aggravated
         * assault"), any other verb opens a clause of its own */
        if (is_clause_break(&t[j]) || tac_code_is_punct(&t[j], ',') ||
            (verbish(&t[j]) && !ends_with(&t[j], "ed")) || c->tok_group[j - s] >= 0)
            return 0;
    }
    return 0;
}

/* "approved the budget at its Monday night meeting", "during the regular
 * meeting", "board meeting minutes": the noun "meeting" of match mt (the
 * verb pattern `meet`, which reads it) in a phrase of time or place with
 * no party after it ("with", "between", "of", "among"), or before a noun
 * it modifies, is a body's session, where the clause's own act is done;
 * no consultation (040) of the subject. */
static int session_meeting(const tac_coder *c, uint32_t s, const match *mt)
{
    const tac_tok *t = c->toks.v;
    uint32_t i = mt->start;
    if (mt->end != i + 1 || !(tok_is(&t[i], "meeting") || tok_is(&t[i], "meetings")))
        return 0;
    if (mt->end < c->sent_end) {
        const tac_tok *n = &t[mt->end];
        /* "at a high-level meeting attended by the home minister", "at an
         * emergency meeting to be held": a meeting described, of parties */
        if (tok_is(n, "with") || tok_is(n, "between") || tok_is(n, "of") || tok_is(n, "among") ||
            tok_is(n, "to") || tok_is(n, "by") || ends_with(n, "ed"))
            return 0;
        /* "meeting minutes", "the meeting room" (`marker meeting-detail`) */
        if (form_class(c, n, TAC_LC_MEETING_DETAIL))
            return 1;
    }
    for (uint32_t j = i; j > s && i - j < 7;) {
        j--;
        if (tok_is(&t[j], "at") || tok_is(&t[j], "during") || tok_is(&t[j], "before") ||
            tok_is(&t[j], "after") || tok_is(&t[j], "following") || tok_is(&t[j], "throughout"))
            return 1;
        if (c->tok_group[j - s] >= 0 || is_clause_break(&t[j]) || tac_code_is_punct(&t[j], ',') ||
            (verbish(&t[j]) && !(t[j].flags & TAC_TOK_CAP)))
            return 0;
    }
    return 0;
}

/* A year before the article's own at w ("1984", "1992-93"): a past
 * year. A count in that range after a word of quantity ("nearly 1900
 * wounded") is no year; the caller checks the word before. */
static int earlier_year(const tac_coder *c, const tac_tok *w)
{
    if (c->date.y <= 0 || w->norm_len < 4 || !(w->flags & TAC_TOK_NUM))
        return 0;
    int y = 0;
    for (size_t k = 0; k < 4; k++) {
        if (w->norm[k] < '0' || w->norm[k] > '9')
            return 0;
        y = y * 10 + (w->norm[k] - '0');
    }
    if (w->norm_len > 4 && w->norm[4] >= '0' && w->norm[4] <= '9')
        return 0;
    return y >= 1900 && y < c->date.y;
}

/* Whether the word at j, a year, stands as a date: after a determiner, a
 * preposition, a month or a possessive, or opening the sentence. */
static int year_slot(const tac_coder *c, uint32_t s, uint32_t j)
{
    const tac_tok *t = c->toks.v;
    if (!earlier_year(c, &t[j]))
        return 0;
    if (j == s)
        return 1;
    const tac_tok *p = &t[j - 1];
    return (p->wflags & (TAC_LX_DET | TAC_LX_PREP | TAC_LX_TIME)) || (p->flags & TAC_TOK_POSS) ||
           tac_code_is_punct(p, '(');
}

/* "victims of the Godhra carnage", "the 1984 riots", "the riots of 1969",
 * "last year's attack on parliament", "since the 2011 uprising", "the
 * massacre memorial", "the murder trial": whether the noun event of match
 * mt is a past event the sentence names, not news of the day. The
 * evidence is a year before the article's own, or "last year", in the
 * noun's phrase or right after it, or a noun of its remembrance or of
 * those it left (`marker memory-noun`) whose "of", "to" or "for" phrase
 * holds it or that follows it, an inquiry or trial (`marker
 * inquiry-noun`) that follows it or whose "into" phrase holds it, or
 * "since" before its phrase. A place or a name alone ("the Kabul
 * bombing") is no evidence: headlines name the day's events that way.
 * After a form of "be" the remembrance noun reports the event ("12
 * people are the victims of a massacre" is kept). */
static int past_named(const tac_coder *c, uint32_t s, const match *mt)
{
    const tac_tok *t = c->toks.v;
    uint32_t i = mt->start, e = c->sent_end;
    /* a base form after "to" or an auxiliary is a verb ("would help
     * investigations") */
    if (verbish(&t[i]) || ((t[i].wflags & TAC_LX_VERB) && !(t[i].wflags & TAC_LX_NOUN)) ||
        (i > s && (tok_is(&t[i - 1], "to") || (t[i - 1].wflags & (TAC_LX_AUX | TAC_LX_BE)))))
        return 0;
    /* an inflected form is a verb's ("went on strike in 1986", "sold the
     * company in 1986", "beaten"), a verb dated in its own way; a plural
     * or an -ing form after a determiner, a possessive or a noun is the
     * noun ("the killings", "police firing"; not "from traveling") */
    if (t[i].word != t[i].lemma && !ends_with(&t[i], "s") && !ends_with(&t[i], "ing"))
        return 0;
    if (ends_with(&t[i], "ing") && i > s &&
        ((t[i - 1].wflags & (TAC_LX_PREP | TAC_LX_CONJ | TAC_LX_RELATIVE)) || verbish(&t[i - 1])))
        return 0;
    /* the words of its phrase before it, back to a preposition */
    for (uint32_t j = i, n = 0; j > s && n < 6; n++) {
        j--;
        const tac_tok *w = &t[j];
        if (tac_code_is_punct(w, ',') || is_clause_break(w) || verbish(w) ||
            (w->wflags & TAC_LX_CONJ))
            break;
        if (year_slot(c, s, j))
            return 1;
        /* "last year's attack" (not "last year sought": a verb's time) */
        if (tok_is(w, "year") && j > s && tok_is(&t[j - 1], "last") && j + 1 < i &&
            (t[j + 1].flags & TAC_TOK_POSS))
            return 1;
        if (!(w->wflags & TAC_LX_PREP))
            continue;
        if (tok_is(w, "since"))
            return 1;
        if (j == s)
            break;
        const tac_tok *h = &t[j - 1];
        uint32_t q = j - 1;
        while (q > s && (t[q - 1].wflags & TAC_LX_DET))
            q--;
        if (tok_is(w, "into") && word_class(c, h, TAC_LC_INQUIRY_NOUN))
            return 1;
        /* "12 people are the victims of a massacre", "the 73 victims of
         * three massacres", "the number of victims of the massacre": the
         * event reported and its toll counted */
        if ((tok_is(w, "of") || tok_is(w, "to") || tok_is(w, "for")) &&
            word_class(c, h, TAC_LC_MEMORY_NOUN) && !(j - 1 > s && (t[j - 2].flags & TAC_TOK_NUM)) &&
            !(q > s && (t[q - 1].wflags & TAC_LX_BE)) &&
            !(q > s + 1 && tok_is(&t[q - 1], "of") &&
              (tok_is(&t[q - 2], "number") || tok_is(&t[q - 2], "toll"))))
            return 1;
        break;
    }
    /* ... and right after it: "riot victims", "the massacre memorial",
     * "the murder trial" (a noun of one or two words: "calls for a
     * probe", "gather to mark the Tiananmen anniversary" are acts of the
     * day), "the riots of December 1992", "the assassination in 1984",
     * "the attack on parliament last year", "the war 50 years ago" (a
     * time phrase of no preposition or a list of months, "airstrikes
     * January - August 2018", reports a span: kept) */
    uint32_t a = mt->end;
    if (a < e && a <= i + 2 && !(t[a - 1].wflags & (TAC_LX_PREP | TAC_LX_DET)) &&
        (word_class(c, &t[a], TAC_LC_MEMORY_NOUN) || word_class(c, &t[a], TAC_LC_INQUIRY_NOUN)))
        return 1;
    /* "U.S. sanctions imposed in 1982": a participle between */
    if (a + 2 < e && ends_with(&t[a], "ed") && (t[a].wflags & TAC_LX_VERB) &&
        !(t[a].flags & TAC_TOK_CAP))
        a++;
    if (a + 1 < e && (tok_is(&t[a], "in") || tok_is(&t[a], "of") || tok_is(&t[a], "on") ||
                      tok_is(&t[a], "during"))) {
        uint32_t k = a + 1;
        /* "on June 9, 1985": a month, a day and a comma inside a date */
        while (k < e && k < a + 5 &&
               ((t[k].wflags & TAC_LX_TIME) ||
                ((t[k].flags & TAC_TOK_NUM) && !earlier_year(c, &t[k])) ||
                (tac_code_is_punct(&t[k], ',') && (t[k - 1].flags & TAC_TOK_NUM))))
            k++;
        if (k < e && earlier_year(c, &t[k]))
            return 1;
    }
    a = mt->end;
    for (uint32_t k = a; k < e && k < a + 6; k++) {
        const tac_tok *w = &t[k];
        if (tac_code_is_punct(w, ',') || is_clause_break(w) || verbish(w) ||
            (w->wflags & (TAC_LX_RELATIVE | TAC_LX_COMPLEMENT)) || tok_is(w, "since"))
            return 0;
        /* ("praises last year's spending cuts": the next noun's) */
        if (tok_is(w, "last") && k + 1 < e && tok_is(&t[k + 1], "year") &&
            !(k + 2 < e && (t[k + 2].flags & TAC_TOK_POSS)))
            return 1;
        if (tok_is(w, "ago") && k > a && (tok_is(&t[k - 1], "years") || tok_is(&t[k - 1], "decades")))
            return 1;
    }
    return 0;
}

/* Matches that name an event without asserting it:
 *   "accused Azerbaijan of shelling", "blamed X for attacking": an
 *     allegation (the accusing verb is coded, the gerund is not);
 *   "the detained activists": a participle used as an adjective (not one
 *     inside the event's own noun: adjective_of_pattern_noun);
 *   "faces a murder charge": the crime a charge names;
 *   "demonstrated that", "demonstrated their belief": showing, no protest;
 *   "condemned the crackdown": a noun event as the topic of a verbal
 *     event (roots 01-13) just before it. */
static int not_an_event(const tac_coder *c, uint32_t s, size_t k)
{
    const tac_tok *t = c->toks.v;
    const match *mt = &c->matches[k];
    uint32_t i = mt->start;
    /* "targeted the special forces' military base" (`target * forces`): a
     * pattern's last word, after a skip, followed by a possessive owns the
     * object; it is not the object */
    /* (the words first: the pattern's text is read only after a possessive) */
    if (mt->end < c->sent_end && mt->end > i + 1 &&
        ((t[mt->end].flags & TAC_TOK_POSS) ||
         ((t[mt->end].flags & TAC_TOK_PUNCT) && t[mt->end].norm_len == 1 &&
          t[mt->end].norm[0] == '\''))) {
        size_t pl = strlen(mt->pat->text);
        if (pl > 2 && mt->pat->text[pl - 1] != '+' && mt->pat->text[pl - 1] != '$' &&
            strstr(mt->pat->text, " * "))
            return 1;
    }
    if (i > s && ends_with(&t[i], "ing") &&
        (tok_is(&t[i - 1], "of") || tok_is(&t[i - 1], "for")))
        return 1;
    /* "Killer still dangerous, court told", "..., MPs told": in a headline
     * a closing "told" after a comma and its actor is a passive, the
     * actor the one told; no statement of the actor */
    if (c->in_headline && mt->end == i + 1 && tok_is(&t[i], "told") && i > s + 1 &&
        c->tok_group[i - 1 - s] >= 0 && c->groups[c->tok_group[i - 1 - s]].start > s &&
        tac_code_is_punct(&t[c->groups[c->tok_group[i - 1 - s]].start - 1], ',')) {
        uint32_t j = i + 1;
        while (j < c->sent_end && !(t[j].flags & TAC_TOK_WORD))
            j++;
        if (j == c->sent_end)
            return 1;
    }
    /* "Ukrainian forces told to retreat", "Europe told to prepare": in a
     * headline, "told to" right after its actor is a passive with "be"
     * left out; the actor is the one told */
    if (c->in_headline && mt->end == i + 1 && tok_is(&t[i], "told") && i > s &&
        i + 1 < c->sent_end && tok_is(&t[i + 1], "to") && c->tok_group[i - 1 - s] >= 0)
        return 1;
    /* an -ed word after a determiner that opens the event's own noun
     * ("the attempted assassination") makes the match a noun event */
    int adj_noun = i > s && (t[i - 1].wflags & TAC_LX_DET) && ends_with(&t[i], "ed") &&
                   adjective_of_pattern_noun(c, mt);
    /* "those arrested included a BJP worker", "was among those detained":
     * "those" before a reduced passive of custody is a pronoun, the ones
     * taken, not a determiner of the participle as an adjective */
    if (i > s && (t[i - 1].wflags & TAC_LX_DET) && ends_with(&t[i], "ed") &&
        !quantity_alone(c, i - 1) && !adj_noun && !floated_quantifier(c, s, i - 1) &&
        !(tok_is(&t[i - 1], "those") && reduced_arrest(c, s, c->sent_end, mt)))
        return 1;
    /* "praised the slain Israeli leader", "the beaten protesters": an
     * irregular participle of assault (`marker assault-participle`, the
     * -ed ones are taken above) between a determiner and a word of its
     * noun phrase is an adjective, the harm told of earlier */
    if (i > s && mt->end == i + 1 && (t[i - 1].wflags & TAC_LX_DET) && !ends_with(&t[i], "ed") &&
        !(t[i - 1].wflags & TAC_LX_RELATIVE) && i + 1 < c->sent_end &&
        (t[i + 1].flags & TAC_TOK_WORD) &&
        !(t[i + 1].wflags & (TAC_LX_PREP | TAC_LX_CONJ | TAC_LX_BY)) &&
        form_class(c, &t[i], TAC_LC_ASSAULT_PARTICIPLE))
        return 1;
    /* "the prime accused", "the main accused": the accused person, a noun */
    if (i > s + 1 && tok_is(&t[i], "accused") && (t[i - 2].wflags & TAC_LX_DET) &&
        chief_word(c, &t[i - 1]))
        return 1;
    /* "an investigation into alleged crimes", "fined for alleged
     * violations": an -ed form right after a preposition describes the
     * thing named after it; no finite verb follows a preposition. ("the
     * number of killed and injured", "of assassinated people" count the
     * victims of an act: kept) */
    if (i > s && (t[i - 1].wflags & TAC_LX_PREP) && ends_with(&t[i], "ed") &&
        i + 1 < c->sent_end && (t[i + 1].flags & TAC_TOK_WORD) &&
        !(t[i + 1].wflags & (TAC_LX_PREP | TAC_LX_DET | TAC_LX_CONJ)) &&
        c->tok_group[i + 1 - s] < 0)
        return 1;
    /* "demonstrated that there was no problem", "have demonstrated their
     * belief in the ANC", "protested his innocence": a demonstration verb
     * alone (141) with a "that" clause or a possessive object shows or
     * claims something; the protest verb takes no such object */
    if (mt->end == i + 1 && verbish(&t[i]) && mt->end < c->sent_end &&
        !CAMEO_CMP(c->dict->cameo[mt->pat->cameo].code, "141") &&
        ((t[mt->end].wflags & TAC_LX_COMPLEMENT) || tok_is(&t[mt->end], "there") ||
         tok_is(&t[mt->end], "its") || tok_is(&t[mt->end], "their") ||
         tok_is(&t[mt->end], "his") || tok_is(&t[mt->end], "her") ||
         tok_is(&t[mt->end], "our") || tok_is(&t[mt->end], "my") ||
         tok_is(&t[mt->end], "your")))
        return 1;
    /* "faces a murder charge", "the attempted murder charges": a crime
     * named right before "charge" is what is charged, no act reported */
    if (!verbish(&t[mt->end - 1]) && mt->end < c->sent_end &&
        (tok_is(&t[mt->end], "charge") || tok_is(&t[mt->end], "charges")))
        return 1;
    if (charged_crime(c, s, i))
        return 1;
    if (past_named(c, s, mt))
        return 1;
    if (session_meeting(c, s, mt))
        return 1;
    /* "after lengthy court battles": a lawsuit, no fighting by the court
     * ("court" is an agent word, so no pattern can hold it) */
    if (i > s && begins_with(&t[i], "battle") && tok_is(&t[i - 1], "court"))
        return 1;
    /* "police charged with batons": `charge with` is the passive charge
     * ("was charged with", "had since been charged with"); right after
     * its actor the verb is a charge of force, not of law */
    if (mt->end == i + 2 && begins_with(&t[i], "charg") && tok_is(&t[i + 1], "with")) {
        uint32_t j = i;
        while (j > s && (t[j - 1].wflags & TAC_LX_ADVERB))
            j--;
        if (j == s || !(t[j - 1].wflags & TAC_LX_BE))
            return 1;
    }
    /* "..., according to a media report": the attribution of the
     * sentence, no act of its subject */
    for (uint32_t j = i; j > s + 1 && j + 4 > i;) {
        j--;
        if (tok_is(&t[j], "to") && tok_is(&t[j - 1], "according"))
            return 1;
        if (verbish(&t[j]) || is_clause_break(&t[j]) || tac_code_is_punct(&t[j], ','))
            break;
    }
    /* "the internationally recognised government", "the UN-backed
     * government": a participle after a determiner and an -ly adverb, or
     * the second half of a hyphen compound, is an adjective too */
    if (i > s + 1 && (t[i - 2].wflags & TAC_LX_DET) && ends_with(&t[i - 1], "ly") &&
        ends_with(&t[i], "ed"))
        return 1;
    if (ends_with(&t[i], "ed") && t[i].off > 0 && c->doc_text[t[i].off - 1] == '-')
        return 1;
    /* "imposed sanctions on Belarus over the crackdown", "protested about
     * the arrests": a noun event in a phrase of reason or topic right after
     * another event is what that event is about */
    if (k > 0 && !verbish(&t[i]) && c->matches[k - 1].end <= i && i - c->matches[k - 1].end <= 3) {
        uint32_t j = i;
        while (j > c->matches[k - 1].end && (t[j - 1].wflags & TAC_LX_DET))
            j--;
        if (j > c->matches[k - 1].end &&
            (tok_is(&t[j - 1], "over") || tok_is(&t[j - 1], "about")))
            return 1;
    }
    /* "were arrested in connection with the bombing", "cases of rioting,
     * arson and murder": a noun event in an "in connection with" phrase is
     * the case an act is tied to, named as a topic, not an act of its own */
    if (!verbish(&t[i]))
        for (uint32_t j = i, n = 0; j > s + 2 && n < 12; n++) {
            j--;
            if (verbish(&t[j]) || is_clause_break(&t[j]))
                break;
            if (tok_is(&t[j], "with") && tok_is(&t[j - 1], "connection") &&
                tok_is(&t[j - 2], "in"))
                return 1;
            /* "the prime accused in the train massacre": the case the
             * accused is held for */
            if ((tok_is(&t[j], "in") || tok_is(&t[j], "of")) &&
                ((tok_is(&t[j - 1], "accused") &&
                  ((t[j - 2].wflags & TAC_LX_DET) || chief_word(c, &t[j - 2])))))
                return 1;
        }
    /* "pleaded guilty to a charge of manslaughter", "faces two counts of
     * aggravated assault", "charges for stealing": the offence a court
     * tries is what the person is charged with, not an act the court or
     * the state did (the plea, arrest or sentence is coded by its own
     * words); within three words after the charge (an adjective may come
     * between), and not "in charge of" */
    for (uint32_t j = i, n = 0; j > s + 1 && n < 4; n++) {
        j--;
        if (is_clause_break(&t[j]))
            break;
        if ((tok_is(&t[j], "of") || tok_is(&t[j], "for")) && charge_word(c, s, j - 1))
            return 1;
    }
    /* "was condemned by Somalia for the raid", "blamed Kenya for the
     * attack": a noun event after "for" a few words after a criticism,
     * accusation or rejection (roots 11, 12) is its reason */
    if (k > 0 && !verbish(&t[i]) && c->matches[k - 1].end <= i &&
        i - c->matches[k - 1].end <= 6) {
        const char *pr = c->dict->cameo[c->matches[k - 1].pat->cameo].root;
        uint32_t j = i;
        while (j > c->matches[k - 1].end && (t[j - 1].wflags & TAC_LX_DET))
            j--;
        if ((!strcmp(pr, "11") || !strcmp(pr, "12")) && j > c->matches[k - 1].end &&
            tok_is(&t[j - 1], "for"))
            return 1;
    }
    /* "seeking to mend ties": a bare verb of appeal (root 02) before "to"
     * and a verb is trying, not asking anyone; what is tried is coded
     * through the intent marker when it has a pattern */
    if (mt->end == i + 1 && mt->tgt_group == -1 && mt->end + 1 < c->sent_end &&
        !strcmp(c->dict->cameo[mt->pat->cameo].root, "02") && tok_is(&t[mt->end], "to") &&
        (t[mt->end + 1].wflags & TAC_LX_VERB) && !(t[mt->end + 1].wflags & TAC_LX_DET))
        return 1;
    /* "Russia was behind the attacks", "is responsible for the bombing":
     * a noun event after "behind" or "responsible for" following a form of
     * "be" is an attribution of blame, not a report of the act */
    if (!verbish(&t[i])) {
        uint32_t j = i;
        while (j > s && (t[j - 1].wflags & TAC_LX_DET))
            j--;
        uint32_t w = 0; /* words of the attribution before the event */
        if (j > s && tok_is(&t[j - 1], "behind"))
            w = 1;
        else if (j > s + 1 && tok_is(&t[j - 1], "for") && tok_is(&t[j - 2], "responsible"))
            w = 2;
        if (w && j > s + w && (t[j - w - 1].wflags & TAC_LX_BE))
            return 1;
    }
    if (not_reported_done(c, s, k))
        return 1;
    /* a word that a previous pattern already used ("accused X of sabotage") */
    if (k > 0 && i < c->matches[k - 1].end)
        return 1;
    return k > 0 && (!verbish(&t[i]) || adj_noun) && topic_of_previous(c, s, k);
}

/* The verb whose object holds the noun event at token i ("will provide
 * nearly 25,000 tons of food aid"): the nearest verb within six words
 * before it, with no clause word, comma or actor between; a base form
 * counts after an auxiliary, adverbs between ("could soon face new
 * sanctions"), or after the "to" of "expected to" ("is expected to
 * announce sanctions"); -1 if none. */
static long object_verb(const tac_coder *c, uint32_t s, uint32_t i)
{
    const tac_tok *t = c->toks.v;
    for (uint32_t j = i, k = 0; j > s && k < 6; k++) {
        j--;
        const tac_tok *w = &t[j];
        /* "is expected to announce sanctions": the verb after the "to" of
         * a forecast (a verb of saying too), which predicted_act reads */
        if ((w->wflags & TAC_LX_VERB) && j > s + 1 && tok_is(&t[j - 1], "to") &&
            tok_is(&t[j - 2], "expected"))
            return (long)j;
        if (is_clause_break(w) || tac_code_is_punct(w, ',') || c->tok_group[j - s] >= 0 ||
            (w->wflags & (TAC_LX_CONJ | TAC_LX_SAY | TAC_LX_RELATIVE | TAC_LX_COMPLEMENT)))
            return -1;
        if (verbish(w))
            return (long)j;
        if (w->wflags & TAC_LX_VERB) {
            uint32_t a = j;
            for (int f = 0; a > s && f < 2 && modal_filler(&t[a - 1]); f++)
                a--;
            if (a > s && (t[a - 1].wflags & TAC_LX_AUX))
                return (long)j;
        }
    }
    return -1;
}

/* "could attack", "may impose sanctions", "can lend", "could have
 * averted", "would have helped", "should have asked", "is likely to
 * visit": a modal of possibility, ability or permission, a counterfactual
 * ("would have", "should have"), or "likely to", ends right before the
 * verb at token i (adverbs between). What may or can be done, or could,
 * would or should have been and was not, is not reported as done. "may have" and
 * "might have" with a participle tell a suspected past act, reported like
 * an alleged one ("hackers may have launched attacks"): those stay. "May"
 * with a capital (not all capitals) is the month. */
static int possible_modal(const tac_coder *c, uint32_t s, uint32_t i)
{
    const tac_tok *t = c->toks.v;
    uint32_t j = i;
    for (int k = 0; j > s && k < 3 && modal_filler(&t[j - 1]); k++)
        j--;
    int perfect = j > s + 1 && tok_is(&t[j - 1], "have");
    if (perfect)
        j--;
    for (int k = 0; j > s && k < 3 && modal_filler(&t[j - 1]); k++)
        j--;
    if (j == s)
        return 0;
    /* "is likely to visit Moscow", "is unlikely to approve": a forecast */
    if (j > s + 1 && tok_is(&t[j - 1], "to") &&
        (tok_is(&t[j - 2], "likely") || tok_is(&t[j - 2], "unlikely")))
        return 1;
    const tac_tok *m = &t[j - 1];
    /* "would have provided support only if ...", "should have asked
     * questions": what would or should have been done was not */
    if (perfect && (tok_is(m, "would") || tok_is(m, "should") || tok_is(m, "'d")))
        return 1;
    if (tok_is(m, "may"))
        return !perfect && (!(m->flags & TAC_TOK_CAP) || (m->flags & TAC_TOK_UPPER));
    if (tok_is(m, "might"))
        return !perfect;
    return tok_is(m, "can") || tok_is(m, "could");
}

/* A verb's base form, its own lemma, lower case ("speak", not "sends",
 * "speaking", "attacked" or "Speak"), as it stands after a modal. */
static int base_verb(const tac_tok *w)
{
    return (w->wflags & TAC_LX_VERB) && !verbish(w) && !(w->lemma && w->word != w->lemma) &&
           !ends_with(w, "ing") && !(w->flags & TAC_TOK_CAP);
}

/* "could see and speak to", "would assess the situation and make
 * recommendations", "will celebrate the police and commemorate the dead":
 * a base form right after "and" whose clause (up to ten words back, no
 * finite verb, "to", comma or clause word between) has a base form right
 * after a modal word (adverbs between) shares that verb's modal. Returns
 * that earlier verb's token, or -1. */
static long coordinated_modal_verb(const tac_coder *c, uint32_t s, uint32_t i)
{
    static const char *const modals[] = {"will", "would", "could", "can", "may", "might",
                                         "should", "must", "shall", "'ll", NULL};
    const tac_tok *t = c->toks.v;
    if (i < s + 3 || !tok_is(&t[i - 1], "and") || !base_verb(&t[i]))
        return -1;
    uint32_t lo = i - 2 > s + 10 ? i - 12 : s;
    for (uint32_t j = i - 2; j > lo; j--) {
        const tac_tok *w = &t[j];
        if (is_clause_break(w) || (w->flags & TAC_TOK_PUNCT) || tok_is(w, "to") ||
            (w->wflags & (TAC_LX_RELATIVE | TAC_LX_COMPLEMENT)))
            return -1;
        if (base_verb(w)) {
            uint32_t a = j;
            for (int f = 0; a > s && f < 3 && modal_filler(&t[a - 1]); f++)
                a--;
            if (a > s)
                for (size_t q = 0; modals[q]; q++)
                    if (tok_is(&t[a - 1], modals[q]))
                        return (long)j;
        }
        if (verbish(w))
            return -1;
    }
    return -1;
}

/* "should use the money to support farmers", "plan to hold talks to end
 * the strike", "will deploy police to arrest the protesters": the verb at
 * i right after a purpose "to" serves the act of an earlier base form of
 * its clause (fourteen words back at most; no finite verb, comma, clause
 * word, relative, "that" or verb of saying between). When that act is not
 * done (a modal or a marker of intent, threat or demand before it, a
 * negation, a refusal or failure, a possibility or a forecast), neither is
 * its purpose: returns 1. An earlier act that is itself a purpose is
 * followed back the same way (depth levels at most). *out_mf is then the
 * intent or threat the earlier act carries when no pattern codes that act
 * itself, nor a noun event in its object: "is willing to provide
 * expertise to help the UN" is the intent to help (033), while "promised
 * to deploy police to arrest them" is told by the deployment's own threat
 * and "planned to join a march to protest" by the march's, and the
 * purpose adds nothing; nor when the earlier verb lets, makes or asks
 * another act ("a plan to allow states to ban"); else 0, the purpose is
 * no event. */
static int predicted_act(const tac_coder *c, uint32_t s, uint32_t i);

static int unreal_purpose(const tac_coder *c, uint32_t s, uint32_t i, int depth,
                          uint32_t *out_mf)
{
    static const char *const modals[] = {"will", "would", "could", "can", "may", "might",
                                         "should", "must", "shall", "'ll", "'d", NULL};
    /* verbs of letting or making no class holds ("allow", "ask", "urge",
     * "order" are `marker wish-verb`, tested by class below; "tell", a
     * verb of saying, ends the search before) */
    static const char *const causers[] = {"let", "force", "make", "cause", "get", "push",
                                          "pressure", "convince", "require", "compel", NULL};
    const tac_tok *t = c->toks.v;
    *out_mf = 0;
    if (depth <= 0 || i < s + 3 || !tok_is(&t[i - 1], "to") || !base_verb(&t[i]))
        return 0;
    uint32_t lo = i - 2 > s + 14 ? i - 16 : s;
    for (uint32_t q = i - 2; q > lo; q--) {
        const tac_tok *w = &t[q];
        if (is_clause_break(w) || (w->flags & TAC_TOK_PUNCT) ||
            (w->wflags & (TAC_LX_RELATIVE | TAC_LX_COMPLEMENT | TAC_LX_SAY)))
            return 0;
        /* a finite verb, or a participle ("the meeting held to discuss
         * the complaints": a meeting that was held), opens an act of its
         * own */
        if (verbish(w) || ((w->wflags & TAC_LX_VERB) && !(w->flags & TAC_TOK_CAP) &&
                           tac_code_is_participle(w)))
            return 0;
        if (!base_verb(w))
            continue;
        uint32_t a = q;
        for (int f = 0; a > s && f < 3 && modal_filler(&t[a - 1]); f++)
            a--;
        if (a == s)
            continue;
        const tac_tok *p = &t[a - 1];
        int modal = 0;
        for (size_t k = 0; modals[k]; k++)
            modal |= tok_is(p, modals[k]);
        /* a base form after no "to", modal or negation is a noun here
         * ("the aid money to support"): read on */
        if (!modal && !tok_is(p, "to") && !(p->wflags & TAC_LX_NEGATION))
            continue;
        /* "did not send troops to fight", "refused to send troops to
         * fight", "could send troops to fight", "is expected to visit
         * Cairo to discuss": not done, and no intent either */
        if ((p->wflags & TAC_LX_NEGATION) || (a > s + 1 && (t[a - 2].wflags & TAC_LX_NEGVERB)) ||
            possible_modal(c, s, q) || predicted_act(c, s, q))
            return 1;
        uint32_t mf = modality(c, s, q);
        if (mf || modal) {
            /* "a plan to allow member countries to ban leaded petrol",
             * "agreed to let the firm fulfil its contracts": what one
             * lets, makes or asks another do is no intent of one's own,
             * nor what one would block ("would block a move to impose
             * sanctions") */
            int coded = 0;
            for (size_t k = 0; causers[k] && !coded; k++)
                coded = tok_is(w, causers[k]);
            coded |= (w->wclass & (TAC_LC_WISH_VERB | TAC_LC_HELP_VERB)) != 0 ||
                     word_class(c, w, TAC_LC_BAR_VERB) || word_class(c, w, TAC_LC_PREVENT_VERB);
            /* the earlier act, or a noun event in its object ("planned
             * to join a march on Sunday to protest"), is coded itself */
            for (size_t k = 0; k < c->n_matches && !coded; k++)
                coded = (c->matches[k].start <= q && q < c->matches[k].end) ||
                        (c->matches[k].start > q && c->matches[k].start + 1 < i);
            if (!coded && (mf == TAC_LX_INTENT || mf == TAC_LX_THREAT))
                *out_mf = mf;
            return 1;
        }
        return unreal_purpose(c, s, q, depth - 1, out_mf);
    }
    return 0;
}

/* "the deal would help secure", "the money will help Kenya rebuild",
 * "this will assist farmers": a `marker help-verb` form at i right after
 * "will", "would" or "'ll" (adverbs between) whose subject right before
 * the modal is a thing: "this" or "these", or a word that is no actor,
 * pronoun, relative or "that". Not "it" ("Japan said it would help
 * Kenya" is Japan's intent). */
static int thing_will_help(const tac_coder *c, uint32_t s, uint32_t i)
{
    static const char *const persons[] = {"it", "we", "i", "you", "he", "she", "they",
                                          "that", "who", "which", "and", "or", NULL};
    const tac_tok *t = c->toks.v;
    if (!(t[i].wclass & TAC_LC_HELP_VERB))
        return 0;
    uint32_t j = i;
    for (int f = 0; j > s && f < 3 && modal_filler(&t[j - 1]); f++)
        j--;
    if (j < s + 2 || !(tok_is(&t[j - 1], "will") || tok_is(&t[j - 1], "would") ||
                       tok_is(&t[j - 1], "'ll")))
        return 0;
    const tac_tok *w = &t[j - 2];
    if (tok_is(w, "this") || tok_is(w, "these"))
        return 1;
    if (c->tok_group[j - 2 - s] >= 0 || (w->flags & TAC_TOK_PUNCT) ||
        (w->wflags & (TAC_LX_PRON_PERSON | TAC_LX_PRON_GROUP | TAC_LX_RELATIVE | TAC_LX_AUX |
                      TAC_LX_BE | TAC_LX_SAY | TAC_LX_CONJ | TAC_LX_PREP)) ||
        (w->flags & TAC_TOK_CAP))
        return 0;
    for (size_t q = 0; persons[q]; q++)
        if (tok_is(w, persons[q]))
            return 0;
    return 1;
}

/* 1 if token i is in an "unless", "if" or "whether" clause: a condition
 * or a question, not a fact ("will withdraw unless Baghdad accepts its
 * conditions", "asked whether Israel would invade Gaza"). */
static int conditional(const tac_coder *c, uint32_t s, uint32_t i)
{
    const tac_tok *t = c->toks.v;
    /* "sanction warnings should Russia invade Ukraine", "Should Iran
     * attack, ...": "should" before the subject of the verb opens a
     * condition, as "if" does (a question too: "should NATO intervene?") */
    if (i > s + 1 && c->tok_group[i - 1 - s] >= 0) {
        uint32_t a = c->groups[c->tok_group[i - 1 - s]].start;
        if (a > s && tok_is(&t[a - 1], "should"))
            return 1;
    }
    for (uint32_t j = i; j > s;) {
        j--;
        if (is_clause_break(&t[j]) || tac_code_is_punct(&t[j], ','))
            return tok_is(&t[j], "unless") || tok_is(&t[j], "if") || tok_is(&t[j], "whether");
    }
    return 0;
}

/* "Nigeria summoned Niger's ambassador to complain": the subject of an
 * infinitive after a verb and its object g is the subject of that verb,
 * unless the verb makes its object act ("forced Y to", "allowed Y to").
 * Returns the subject for the verb at token i. */
static int purpose_subject(const tac_coder *c, uint32_t s, uint32_t i, int g)
{
    static const char *const control[] = {"force", "allow", "permit", "order", "urge", "ask",
                                          "tell", "invite", "persuade", "compel", "encourage",
                                          "help", "enable", "pressure", "push", "call", "want",
                                          "expect", "require", "authorize", "instruct",
                                          "appeal", "advise", "lead", "cause", "get", "warn",
                                          NULL};
    const tac_tok *t = c->toks.v;
    /* "warned Louis DeJoy to halt the plan": after a verb that makes its
     * object act and an object that is no actor, the infinitive is that
     * object's act, not the subject's; its source is unknown */
    if (g >= 0 && i > s + 1 && tok_is(&t[i - 1], "to") && c->groups[g].end < i - 1) {
        for (uint32_t j = i - 1; j > c->groups[g].end;) {
            j--;
            if (is_clause_break(&t[j]) || tac_code_is_punct(&t[j], ',') ||
                c->tok_group[j - s] >= 0)
                break;
            if (!verbish(&t[j]))
                continue;
            /* an object: a word between the verb and "to" that is no
             * adverb, time word or preposition ("wanted only to discuss",
             * "were expected later today to announce" have none) */
            int object = 0;
            for (uint32_t q = j + 1; q + 1 < i; q++)
                if (!(t[q].wflags & (TAC_LX_ADVERB | TAC_LX_TIME | TAC_LX_PREP)) &&
                    !tok_is(&t[q], "only") && !tok_is(&t[q], "later") && !tok_is(&t[q], "today"))
                    object = 1;
            /* (not "called Erdogan to apologize": "call" without "on"
             * is as often a telephone call made to do something; not
             * "get closer to the front to besiege it") */
            if (object && !(t[j + 1].wflags & TAC_LX_PREP) && !begins_with(&t[j], "call") &&
                !begins_with(&t[j], "get") && !begins_with(&t[j], "got"))
                for (int k = 0; control[k]; k++) {
                    size_t n = strlen(control[k]);
                    if (t[j].norm_len >= n && memcmp(t[j].norm, control[k], n) == 0)
                        return -1;
                }
            break;
        }
    }
    if (g < 0 || i == s || !tok_is(&t[i - 1], "to") || c->groups[g].end > i - 1)
        return g;
    /* "would blockade Paris from Monday night to demand": a time phrase
     * may stand between the object and "to" */
    /* ... and so may a phrase of place or destination ("sent 21 military
     * observers to Bosnia on Wednesday to investigate"): a preposition
     * other than "by", then words that are no verb, comma or clause break */
    int pp = 0;
    for (uint32_t j = c->groups[g].end; j < i - 1; j++) {
        if (!pp && j == c->groups[g].end && (t[j].wflags & TAC_LX_PREP) && !tok_is(&t[j], "by") &&
            !tok_is(&t[j], "of")) {
            pp = 1;
            continue;
        }
        if (pp && !verbish(&t[j]) && !is_clause_break(&t[j]) && !tac_code_is_punct(&t[j], ',') &&
            !(t[j].wflags & (TAC_LX_RELATIVE | TAC_LX_COMPLEMENT | TAC_LX_CONJ)))
            continue;
        if (!(t[j].wflags & TAC_LX_TIME) && !tok_is(&t[j], "on") && !tok_is(&t[j], "from") &&
            !tok_is(&t[j], "this") && !tok_is(&t[j], "next") && !tok_is(&t[j], "week"))
            return g;
    }
    uint32_t b = c->groups[g].start;
    if (b > s && (t[b - 1].flags & TAC_TOK_NUM)) /* "sent 21 observers" */
        b--;
    if (b > s && (t[b - 1].wflags & TAC_LX_DET))
        b--;
    /* a finite verb, or a base form after an auxiliary ("will visit"), or
     * a verb word right after an actor ("Kuchma met Putin to discuss": "met"
     * is also a noun, so verbish alone does not take it) */
    if (b == s || !(verbish(&t[b - 1]) || ((t[b - 1].wflags & TAC_LX_VERB) && b - 1 > s &&
                                           ((t[b - 2].wflags & TAC_LX_AUX) ||
                                            c->tok_group[b - 2 - s] >= 0))))
        return g;
    const tac_tok *v = &t[b - 1];
    for (int k = 0; control[k]; k++) {
        size_t n = strlen(control[k]);
        if (v->norm_len >= n && memcmp(v->norm, control[k], n) == 0)
            return g;
    }
    int h = tac_code_subject_of(c, s, b - 1);
    return h >= 0 ? h : g;
}

/* A quotation mark: '"', a typographic quote, or the `` and '' of older
 * wire text. */
static int quote_mark(const tac_tok *t)
{
    if (t->flags & TAC_TOK_QUOTE)
        return 1;
    if (!(t->flags & TAC_TOK_PUNCT) || t->norm_len == 0)
        return 0;
    for (size_t k = 0; k < t->norm_len; k++)
        if (t->norm[k] != '`' && t->norm[k] != '\'')
            return 0;
    return 1;
}

/* 1 if the quotation mark at j opens or closes a quotation of at most
 * three words with no punctuation inside: a scare quote around a word
 * ("``mobilize''"), no quoted speech. */
static int scare_quote(const tac_coder *c, uint32_t j)
{
    const tac_tok *t = c->toks.v;
    /* the marks may come in pairs of tokens: ` ` */
    uint32_t r = j, l = j;
    while (r + 1 < c->sent_end && quote_mark(&t[r + 1]))
        r++;
    while (l > 0 && quote_mark(&t[l - 1]))
        l--;
    for (uint32_t k = r + 1; k < c->sent_end && k <= r + 4; k++) {
        if (quote_mark(&t[k]))
            return k > r + 1;
        if (!(t[k].flags & TAC_TOK_WORD))
            break;
    }
    for (uint32_t k = l; k > 0 && k + 4 >= l;) {
        k--;
        if (quote_mark(&t[k]))
            return k + 1 < l;
        if (!(t[k].flags & TAC_TOK_WORD))
            break;
    }
    return 0;
}

/* 1 if the words [a, b) between a demand and a later match are a
 * complement, not a new clause: no clause word, comma or conjunction
 * (outside an actor group). s is the sentence's first token. */
static int demanded_content(const tac_coder *c, uint32_t s, uint32_t a, uint32_t b)
{
    const tac_tok *t = c->toks.v;
    if (b < a)
        return 0;
    for (uint32_t j = a; j < b; j++) {
        /* "to press Japan and South Korea to open": a conjunction between
         * two members of one actor group joins them, it opens no clause */
        if (j > s && j + 1 < b && c->tok_group[j - s] < 0 && c->tok_group[j - 1 - s] >= 0 &&
            c->tok_group[j - 1 - s] == c->tok_group[j + 1 - s])
            continue;
        /* "called on Arabs to unite and ``mobilize''": quotes around a
         * word or two mark the word, they open no clause */
        if (quote_mark(&t[j]) && scare_quote(c, j))
            continue;
        if (is_clause_break(&t[j]) || tac_code_is_punct(&t[j], ','))
            return 0;
        /* "urged Arabs to unite and mobilize": a base form after "and"
         * goes on with the same infinitive */
        if (t[j].wflags & TAC_LX_CONJ) {
            uint32_t v = j + 1;
            while (v < b && quote_mark(&t[v]) && scare_quote(c, v))
                v++;
            if (!(v < c->sent_end && (t[v].wflags & TAC_LX_VERB) && !verbish(&t[v]) &&
                  t[v].word == t[v].lemma)) /* the base form itself ("lit" is not) */
                return 0;
        }
    }
    return 1;
}

/* "Students demanding jobs rioted in Dakar", "crowds calling for his
 * release marched": a demand or appeal in -ing right after its subject
 * is a reduced relative that says what the subject wants; a later verb
 * in the past (an -ed form with no "be", auxiliary or "to" before it) is
 * the subject's own act, the main clause, not the content demanded (which
 * would be a base form: "demanding that they withdraw"). a: the demand's
 * first word, i: the later match's. */
static int after_reduced_demand(const tac_coder *c, uint32_t s, uint32_t a, uint32_t i)
{
    const tac_tok *t = c->toks.v;
    if (a <= s || !ends_with(&t[a], "ing") || c->tok_group[a - 1 - s] < 0)
        return 0;
    if (!verbish(&t[i]) || !ends_with(&t[i], "ed") ||
        (t[i - 1].wflags & (TAC_LX_BE | TAC_LX_AUX)) || tok_is(&t[i - 1], "to"))
        return 0;
    return 1;
}

/* "threatened on Monday to break relations": a match whose words are the
 * threat or intent marker of the next match (only time words and "to"
 * between) is that marker, already coded in the next event when the
 * `modal` table maps it. */
static int marker_verb(const tac_coder *c, uint32_t s, size_t k)
{
    const tac_tok *t = c->toks.v;
    const match *mt = &c->matches[k];
    /* a verb of one or two words ("threatened", "agreed on"), not "rejected
     * a US offer to host" */
    /* ... also a verb in -s, which reads as a plural noun ("hopes to") */
    if (k + 1 >= c->n_matches || mt->tgt_group != -1 || mt->end > mt->start + 2 ||
        !(verbish(&t[mt->start]) ||
          (mt->end == mt->start + 1 && ends_with(&t[mt->start], "s") &&
           (t[mt->start].wflags & TAC_LX_VERB))))
        return 0;
    uint32_t n = c->matches[k + 1].start;
    if (n <= mt->end || !tok_is(&t[n - 1], "to"))
        return 0;
    for (uint32_t j = mt->end; j + 1 < n; j++)
        if (!(t[j].wflags & (TAC_LX_TIME | TAC_LX_ADVERB)) && !tok_is(&t[j], "on") &&
            !(j > s && tok_is(&t[j - 1], "last")))
            return 0;
    /* only when the next event is coded through the marker */
    uint32_t mf = modality(c, s, n);
    const char *kind = mf == TAC_LX_THREAT ? "threat" : mf == TAC_LX_DEMAND ? "demand" : "intent";
    /* "refused to release the prisoners": a refusing verb is no event of
     * its own when the refused act is coded as its rejection (`modal
     * negated`); "refused to freeze settlements" is the refusal (120) */
    if (!mf && (t[mt->start].wflags & TAC_LX_NEGVERB))
        return tac_dict_modal(c->dict, "negated", c->matches[k + 1].pat->cameo) >= 0;
    return mf && tac_dict_modal(c->dict, kind, c->matches[k + 1].pat->cameo) >= 0;
}

/* A year ("2019") or an ISO date ("2020-11-09"): numbers that can be part
 * of a time expression without a month or weekday word. */
static int year_like(const tac_tok *t)
{
    if (t->norm_len == 10 && t->norm[4] == '-')
        return 1;
    return t->norm_len == 4 && (memcmp(t->norm, "19", 2) == 0 || memcmp(t->norm, "20", 2) == 0);
}

/* 1 if the clause from token a to the next comma or clause break tells a
 * past event: "last March", "two years ago", "in 1999", "had", "earlier". */
static int past_clause(const tac_coder *c, uint32_t a)
{
    const tac_tok *t = c->toks.v;
    for (uint32_t k = a; k < c->sent_end; k++) {
        if (is_clause_break(&t[k]) || tac_code_is_punct(&t[k], ','))
            return 0;
        /* ("had to open fire" is an obligation, no past perfect) */
        if (tok_is(&t[k], "last") || tok_is(&t[k], "ago") || tok_is(&t[k], "earlier") ||
            (tok_is(&t[k], "had") && !(k + 1 < c->sent_end && tok_is(&t[k + 1], "to"))) ||
            year_like(&t[k]))
            return 1;
    }
    return 0;
}

/* "one day after a Serbian jet shot down a helicopter", "after fifteen
 * years of military occupation", "the Prime Minister, whom they had taken
 * hostage": a word at i read in an "after" clause or phrase, an "as"
 * clause with its own subject ("resigned as the opposition threatened to
 * storm his residence", 2: background only for a verbal act) or in a
 * non-restrictive relative clause of the object (", whom") that opens
 * before it with no comma or other clause break between. Such a clause
 * gives the background of the sentence's main event; an "until" clause,
 * its goal, is no fact either; nor is a gerund clause after "before"
 * ("demanded a truce before allowing aid convoys in"). ("before" with its
 * own subject, "following", "since", "amid", "which" and any ", where"
 * clause were tried too (a ", where" clause of a past event is kept out):
 * their clauses hold the news as often as not: "clashed for hours before
 * police fired tear gas", "arrested 30 residents following protests". A
 * "which" clause about the main event's target is dropped by
 * drop_object_relatives.) */
static int background(const tac_coder *c, uint32_t s, uint32_t i)
{
    const tac_tok *t = c->toks.v;
    /* "freed 50 peacekeepers they had seized last week": a past perfect
     * right after a pronoun that follows a noun (no comma, conjunction,
     * relative word or verb of saying between) opens a relative clause
     * with no relative word, a past act told as background; "said they had
     * seized" is reported news and is kept */
    if (i >= s + 3 && tok_is(&t[i - 1], "had") && (t[i - 2].wflags & TAC_LX_PRON_GROUP) &&
        !tok_is(&t[i - 2], "it") && !is_clause_break(&t[i - 3]) &&
        !(t[i - 3].flags & TAC_TOK_PUNCT) &&
        !(t[i - 3].wflags & (TAC_LX_SAY | TAC_LX_CONJ | TAC_LX_RELATIVE | TAC_LX_COMPLEMENT |
                             TAC_LX_PREP | TAC_LX_AUX | TAC_LX_BE)) &&
        !verbish(&t[i - 3]))
        return 1;
    /* "killed eight people in a bomb attack", "killed 12 rebels in a
     * clash": a noun event after "in" or "during" and an article (one or
     * two modifiers between) may name the act the verb before it told
     * (4: drop_same_violence drops it when it is) */
    for (uint32_t j = i, n = 0; j > s + 1 && n < 3; n++) {
        j--;
        if ((tok_is(&t[j], "a") || tok_is(&t[j], "an") || tok_is(&t[j], "the")) &&
            (tok_is(&t[j - 1], "in") || tok_is(&t[j - 1], "during")))
            return 4;
        if ((t[j].flags & TAC_TOK_PUNCT) || verbish(&t[j]) || (t[j].wflags & TAC_LX_PREP))
            break;
    }
    for (uint32_t j = i; j > s;) {
        j--;
        const tac_tok *w = &t[j];
        if (tok_is(w, "after"))
            return 1;
        /* "launched its campaign following the invasions of Dagestan":
         * "following" and an article or possessive before the noun event
         * (up to two modifiers between) names a past act as background, as
         * "after" does; a bare noun ("arrested 30 residents following
         * protests") or a clause after it is kept. Every noun event of the
         * phrase is: "following a suspected poison gas attack" */
        if (tok_is(w, "following") && j + 1 < i && i - j <= 7 &&
            (t[j + 1].wflags & TAC_LX_DET)) {
            uint32_t k = j + 2;
            while (k < i && !(t[k].flags & (TAC_TOK_PUNCT | TAC_TOK_CAP)) && !verbish(&t[k]) &&
                   !(t[k].wflags & (TAC_LX_PREP | TAC_LX_CONJ | TAC_LX_RELATIVE)))
                k++;
            if (k == i)
                return 1;
        }
        /* "demanded a truce before allowing aid convoys to feed the
         * civilians": "before" with a gerund, a later step of the subject's
         * own, is background like "after"; a clause after "before" with its
         * own subject holds news ("clashed for hours before police fired
         * tear gas") and is kept */
        if (tok_is(w, "before") && ing_verb(&t[j + 1]))
            return 1;
        /* "closed the border in response to rocket attacks by Hamas",
         * "in retaliation for the raid" (`marker retaliation-noun`): what
         * the main event answers is its background, like an "after"
         * phrase */
        if (j + 1 < i && ((tok_is(w, "response") && tok_is(&t[j + 1], "to")) ||
                          (form_class(c, w, TAC_LC_RETALIATION_NOUN) &&
                           (tok_is(&t[j + 1], "for") || tok_is(&t[j + 1], "against")))))
            return 1;
        /* "resigned as the opposition threatened to storm his residence":
         * an "as" clause with its own subject is the circumstance of the
         * main event; 2: the caller keeps a material act (14-20) there,
         * which is news of its own ("police fired tear gas as thousands
         * marched") */
        if (tok_is(w, "as") && j + 1 < i) {
            uint32_t b = j + 1;
            if (t[b].wflags & TAC_LX_DET)
                b++;
            int g = b < i ? c->tok_group[b - s] : -1;
            if (g >= 0 && c->groups[g].start <= b && c->groups[g].end <= i &&
                verbish(&t[c->groups[g].end]))
                return 2;
        }
        if (tok_is(w, "whom") && j > s && tac_code_is_punct(&t[j - 1], ','))
            return 1;
        /* "met Reagan during his visit", "signed the protocol during
         * their talks": a noun event after "during" and a possessive (up
         * to two words between) is the occasion of the main event, told
         * by it; 2: a material act there ("were killed during their
         * attack") is news of its own */
        if (tok_is(w, "during") && j + 1 < i && i - j <= 4 &&
            (tok_is(&t[j + 1], "his") || tok_is(&t[j + 1], "her") ||
             tok_is(&t[j + 1], "their") || tok_is(&t[j + 1], "its")))
            return 2;
        /* "demonstrated in Serbia, where 24 people were killed in riots
         * last March": a non-restrictive "where" clause about a place that
         * tells a past event ("last", "ago", a year, "had", "earlier") is
         * the place's background (one telling what happens there now is
         * kept: "in Kirkuk, where police fired on the crowd") */
        if (tok_is(w, "where") && j > s && tac_code_is_punct(&t[j - 1], ','))
            return past_clause(c, j + 1);
        /* "vowed to fight until they gain control of the villages": what
         * is sought, not done */
        if (tok_is(w, "until"))
            return 1;
        if (tac_code_is_punct(w, ',') || is_clause_break(w))
            return 0;
    }
    return 0;
}

/* An -ing form of a verb, in lower case: "killing", "setting". */
static int ing_verb(const tac_tok *t)
{
    return (t->wflags & TAC_LX_VERB) && ends_with(t, "ing") && !(t->flags & TAC_TOK_CAP);
}

/* "Egyptian police opened fire on the demonstrators, killing one person
 * and arresting twelve", "prisoners rioted, setting fire to their
 * mattresses": an -ing form at i that opens a participial clause after a
 * comma (an adverb may stand between), or one joined by "and" or a comma
 * to such a form earlier in that clause, tells how the sentence's main
 * act went on, with the same actors; CAMEO codes the main act alone. */
static int elaboration(const tac_coder *c, uint32_t s, uint32_t i)
{
    const tac_tok *t = c->toks.v;
    /* ", saying (that) they would fight on": what the participle says
     * elaborates the main act too */
    for (uint32_t j = i; j > s + 1;) {
        j--;
        if (is_clause_break(&t[j]) || tac_code_is_punct(&t[j], ','))
            break;
        if ((t[j].wflags & TAC_LX_SAY) && ing_verb(&t[j]) && tac_code_is_punct(&t[j - 1], ','))
            return 1;
    }
    if (!ing_verb(&t[i]))
        return 0;
    for (uint32_t j = i; j > s;) {
        j--;
        const tac_tok *w = &t[j];
        if (is_clause_break(w) || (w->wflags & (TAC_LX_RELATIVE | TAC_LX_COMPLEMENT | TAC_LX_SAY)) ||
            (verbish(w) && !ing_verb(w)))
            return 0;
        if (tac_code_is_punct(w, ',')) {
            uint32_t v = j + 1;
            while (v < i && (t[v].wflags & TAC_LX_ADVERB))
                v++;
            /* ", killing one person and arresting twelve": the list goes
             * on from an earlier -ing form */
            if (ing_verb(&t[v]))
                return 1;
        }
    }
    return 0;
}

/* "is providing intelligence to Macedonia, which is preparing an
 * offensive": 1 if the word at i is in a "which" clause opened before it
 * with no comma, clause break or conjunction between. (A "who" clause
 * about people often names the deed the main event answers: "arrested
 * the men who attacked the mosque", "praised the officers who saved
 * lives"; it is kept.) */
static int in_relative(const tac_coder *c, uint32_t s, uint32_t i)
{
    const tac_tok *t = c->toks.v;
    for (uint32_t j = i; j > s;) {
        j--;
        if (tok_is(&t[j], "which"))
            return 1;
        if (is_clause_break(&t[j]) || tac_code_is_punct(&t[j], ',') ||
            (t[j].wflags & (TAC_LX_COMPLEMENT | TAC_LX_SAY | TAC_LX_CONJ | TAC_LX_RELATIVE)))
            return 0;
    }
    return 0;
}

/* Keeps event i of the sentence's events being filtered in place, at slot
 * *k (k <= i). Most filters drop nothing, and a tac_event is some 200
 * bytes: an event already in its slot is not copied onto itself. */
static inline void keep_event(tac_coder *c, size_t *k, size_t i)
{
    if (*k != i)
        c->events[*k] = c->events[i];
    (*k)++;
}

/* An event in a relative clause whose source is the target of an earlier
 * event of the sentence describes that target, the main event's object:
 * CAMEO codes the main event ("The United States is providing
 * intelligence to Macedonia, which is preparing an offensive against the
 * rebels" codes the aid alone). A relative clause about the subject
 * ("the army, which attacked the town") is kept. */
static void drop_object_relatives(tac_coder *c)
{
    size_t first = c->sent_first_event, k = first;
    for (size_t i = first; i < c->n_events; i++) {
        const tac_event *q = &c->events[i];
        int drop = 0;
        for (size_t j = first; j < i && c->ev_bg[i - first] == 3 && !drop; j++) {
            const tac_event *m = &c->events[j];
            drop = c->ev_bg[j - first] == 0 && strcmp(m->code, "010") != 0 && m->has_target &&
                   m->target.offset == q->source.offset && m->target.text == q->source.text;
        }
        if (!drop) {
            c->ev_bg[k - first] = c->ev_bg[i - first];
            keep_event(c, &k, i);
        }
    }
    c->n_events = k;
}

/* "Militants stormed a checkpoint, killing four soldiers": the harm
 * (18-20) that elaboration i tells is whom the main act of violence hurt
 * when no main event of its source names a party hit (none, or only the
 * place: "attacked a checkpoint near Peshawar"), so its bare role ("four
 * soldiers", "12 people") is a new party. */
static int names_harmed(const tac_coder *c, size_t i)
{
    size_t first = c->sent_first_event;
    const tac_event *q = &c->events[i];
    int main_violence = 0;
    if (!mass_violent_code(q->code))
        return 0;
    for (size_t j = first; j < i; j++) {
        const tac_event *m = &c->events[j];
        if (c->ev_bg[j - first] == 2 || strcmp(m->source.code, q->source.code) != 0)
            continue;
        if (!mass_violent_code(m->code) || (m->has_target && m->target.n_agents > 0))
            return 0;
        main_violence = 1;
    }
    return main_violence;
}

/* An elaboration (above) by the source of an earlier main event of the
 * sentence is dropped when it names no new party: no target, the main
 * event's target, or a bare role of no country ("one person", "twelve
 * demonstrators"). ", killing two Iraqi soldiers" names a party and is
 * kept. Runs after drop_background. */
static void drop_elaborations(tac_coder *c)
{
    size_t first = c->sent_first_event, k = first;
    for (size_t i = first; i < c->n_events; i++) {
        const tac_event *q = &c->events[i];
        int drop = 0;
        if (c->ev_bg[i - first] == 2 &&
            (!q->has_target ||
             (!q->target.country && strlen(q->target.code) <= 3 && !names_harmed(c, i))))
            drop = 1;
        for (size_t j = first; j < i && c->ev_bg[i - first] == 2 && !drop; j++) {
            const tac_event *m = &c->events[j];
            drop = c->ev_bg[j - first] != 2 && strcmp(m->code, "010") != 0 &&
                   !strcmp(m->source.code, q->source.code) && q->has_target && m->has_target &&
                   !strcmp(m->target.code, q->target.code);
        }
        if (drop) {
            drop = 0;
            for (size_t j = first; j < i && !drop; j++)
                drop = c->ev_bg[j - first] != 2 && strcmp(c->events[j].code, "010") != 0 &&
                       !strcmp(c->events[j].source.code, q->source.code);
        }
        if (!drop) {
            c->ev_bg[k - first] = c->ev_bg[i - first];
            keep_event(c, &k, i);
        }
    }
    c->n_events = k;
}

/* The background events of a sentence are dropped when the sentence has
 * a main event of its own (one outside such clauses, other than a bare
 * statement 010): "Italy suspended air links with Serbia one day after a
 * Serbian jet shot down a helicopter" codes the suspension. A sentence
 * whose only events are background keeps them. */
static void drop_background(tac_coder *c)
{
    size_t first = c->sent_first_event, main_ev = 0, k = first;
    for (size_t i = first; i < c->n_events; i++)
        main_ev += c->ev_bg[i - first] != 1 && strcmp(c->events[i].code, "010") != 0;
    if (!main_ev)
        return;
    for (size_t i = first; i < c->n_events; i++)
        if (c->ev_bg[i - first] != 1) {
            c->ev_bg[k - first] = c->ev_bg[i - first];
            keep_event(c, &k, i);
        }
    c->n_events = k;
}

/* "Gunmen killed eight people in a bomb attack", "troops killed 12 rebels
 * in a clash": an act of violence (18-20) named by a noun after "in" or
 * "during" and an article (ev_bg 4, background) is the act the sentence's
 * main violent event (ev_bg 0) of the same named source already told, not
 * a second one, and is dropped; with no such main event (a passive "were
 * killed in a clash with rebels", whose clash names the sides) it stays.
 * Runs before drop_background. */
static void drop_same_violence(tac_coder *c)
{
    size_t first = c->sent_first_event, k = first;
    for (size_t i = first; i < c->n_events; i++) {
        const tac_event *q = &c->events[i];
        int drop = 0;
        if (c->ev_bg[i - first] == 4 && mass_violent_code(q->code) && q->source.code &&
            q->source.code[0])
            for (size_t j = first; j < i && !drop; j++) {
                tac_event *m = &c->events[j];
                drop = c->ev_bg[j - first] == 0 && mass_violent_code(m->code) &&
                       m->source.code && !strcmp(m->source.code, q->source.code);
                /* the noun tells how a bare killing (1823, "killed") was
                 * done: "killed eight in a bomb attack" is the bombing
                 * (183); a noun of a root's general code ("in a raid",
                 * 190) tells nothing more */
                const tac_cameo *qc;
                size_t ql = strlen(q->code);
                if (drop && !strcmp(m->code, "1823") && ql >= 3 && q->code[ql - 1] != '0' &&
                    (qc = tac_dict_cameo(c->dict, q->code, ql)) != NULL)
                    set_event_code(m, qc);
            }
        if (!drop) {
            /* kept: a main event of its own */
            c->ev_bg[k - first] = c->ev_bg[i - first] == 4 ? 0 : c->ev_bg[i - first];
            keep_event(c, &k, i);
        }
    }
    c->n_events = k;
}

/* The digit CAMEO appends to a protest code (141-145) for what it demands:
 * 1 leadership change, 2 policy change, 3 rights, 4 institutions or regime;
 * taken from the kind of demand (104x) or appeal (024x) that states the aim,
 * or '\0' for another aim. */
static char aim_digit(const char *code)
{
    if ((!strncmp(code, "104", 3) || !strncmp(code, "024", 3)) && code[3] >= '1' &&
        code[3] <= '4' && code[4] == '\0')
        return code[3];
    return '\0';
}

/* "students staged demonstrations to demand reforms", "Kurds demonstrated
 * in Kirkuk calling for independence": a demand (10) or appeal (02) by the
 * source of a protest (14) before it in the sentence is what the protest is
 * for (CAMEO's 141x: demonstrate for leadership change, policy change,
 * rights), not an event of its own, when it follows the protest (or a
 * threatened protest, 133: "would blockade Paris to demand") closely
 * (AIM_GAP bytes: a time or place phrase and "to" may stand between). A
 * protest of a 3-digit code (141-145) whose aim is a demand for a change
 * in leadership, policy, rights or institutions (1041-1044, 0241-0244)
 * takes the 4-digit code of that aim: "went on hunger strike to demand the
 * resignation of the president" is 1421, "blocked roads to demand a new
 * constitution" 1444. Runs after protest_targets, which gives the protest
 * the demand's target. */
#define AIM_GAP 60
static void drop_protest_aims(tac_coder *c)
{
    size_t first = c->sent_first_event, k = first;
    for (size_t i = first; i < c->n_events; i++) {
        const tac_event *q = &c->events[i];
        int aim = 0;
        if (!strcmp(q->root, "10") || !strcmp(q->root, "02"))
            for (size_t j = first; j < i && !aim; j++) {
                tac_event *p = &c->events[j];
                aim = (!strcmp(p->root, "14") || !strcmp(p->code, "133")) &&
                      !strcmp(p->source.code, q->source.code) &&
                      q->text_offset >= p->text_offset + p->text_len &&
                      q->text_offset - (p->text_offset + p->text_len) <= AIM_GAP;
                char digit = aim ? aim_digit(q->code) : '\0';
                if (digit && !strcmp(p->root, "14") && strlen(p->code) == 3 &&
                    p->code[2] >= '1' && p->code[2] <= '5') {
                    char sub[5] = {p->code[0], p->code[1], p->code[2], digit, '\0'};
                    const tac_cameo *cm = tac_dict_cameo(c->dict, sub, 4);
                    if (cm)
                        set_event_code(p, cm);
                }
            }
        if (!aim)
            keep_event(c, &k, i);
    }
    c->n_events = k;
}

/* "criticized Israel on Monday, criticizing its settlement policy",
 * "marched to parliament to protest": an event with no target is dropped
 * when the same event (source, and the same code or a more specific one)
 * with a target is told next to it (AIM_GAP bytes between the two): one
 * event told twice. */
static void drop_subsumed(tac_coder *c)
{
    size_t first = c->sent_first_event, k = first;
    for (size_t i = first; i < c->n_events; i++) {
        const tac_event *q = &c->events[i];
        int dup = 0;
        for (size_t j = first; j < c->n_events && !dup && !q->has_target; j++) {
            const tac_event *o = &c->events[j];
            /* the same code, or a code of which q's is the less specific
             * prefix ("marched to parliament to protest": 141 and 14) */
            if (j == i || !o->has_target || strncmp(o->code, q->code, strlen(q->code)) != 0 ||
                strcmp(o->source.code, q->source.code) != 0)
                continue;
            size_t a = q->text_offset < o->text_offset ? q->text_offset + q->text_len
                                                       : o->text_offset + o->text_len;
            size_t b = q->text_offset < o->text_offset ? o->text_offset : q->text_offset;
            dup = b < a || b - a <= AIM_GAP;
        }
        if (!dup)
            keep_event(c, &k, i);
    }
    c->n_events = k;
}

/* "Damascus airstrike kills seven", "Idlib shelling kills four civilians":
 * an act of violence (18-20) named by a noun after a place, right before
 * the verb of harm whose subject it is, is the act the verb tells again,
 * not a second one. The verb's event (right after the noun's, a space
 * between, the same target) whose source is named by no words (none, or
 * the unknown attackers of the place) is dropped when its source is none
 * or the noun's; the noun's event, of the more telling code (195 air
 * strike, 194 shelling), stays. An attacker named before the noun ("A
 * Syrian air strike killed ...") keeps both, the act and the killing. */
static void drop_retold_violence(tac_coder *c)
{
    size_t first = c->sent_first_event, k = first;
    for (size_t i = first; i < c->n_events; i++) {
        const tac_event *q = &c->events[i];
        const char *qs = q->source.code ? q->source.code : "";
        int dup = 0;
        for (size_t j = first; j < c->n_events && !dup && q->has_target && !q->source.text_len;
             j++) {
            const tac_event *o = &c->events[j];
            const char *os = o->source.code ? o->source.code : "";
            dup = j != i && o->has_target && !strcmp(o->field, q->field) &&
                  o->text_offset + o->text_len + 1 == q->text_offset &&
                  mass_violent_code(o->code) && mass_violent_code(q->code) &&
                  o->target.code && q->target.code && !strcmp(o->target.code, q->target.code) &&
                  (!qs[0] || !strcmp(qs, os));
        }
        if (!dup)
            keep_event(c, &k, i);
    }
    c->n_events = k;
}

/* Codes the sentence of tokens [s, e) and appends its events. */
/* "X said Y attacked Z": the sentence reports the attack; the bare
 * statement (010, from the verb of saying) adds nothing, so when a sentence
 * gives any other event its 010 events are dropped. */
static void drop_bare_statements(tac_coder *c)
{
    size_t first = c->sent_first_event, other = 0;
    for (size_t i = first; i < c->n_events; i++)
        other += strcmp(c->events[i].code, "010") != 0;
    if (!other || other == c->n_events - first)
        return;
    size_t k = first;
    for (size_t i = first; i < c->n_events; i++)
        if (strcmp(c->events[i].code, "010") != 0)
            keep_event(c, &k, i);
    c->n_events = k;
}

/* "Hungarian and Romanian officials agreed that their countries should
 * cooperate to encourage the refugees to return": the accord (019) with a
 * "that" clause is what its clause says, already coded as the joint intent
 * of those who agree (a later event of the same source with a modality);
 * the frame is not coded apart. */
static void drop_accord_frames(tac_coder *c)
{
    size_t first = c->sent_first_event, k = first;
    for (size_t i = first; i < c->n_events; i++) {
        const tac_event *p = &c->events[i];
        int frame = 0;
        if (!strcmp(p->code, "019") && !p->has_target && p->text_len >= 4 &&
            !memcmp(p->text + p->text_len - 4, "that", 4))
            for (size_t j = i + 1; j < c->n_events && !frame; j++)
                frame = c->events[j].modality && c->events[j].text_offset > p->text_offset &&
                        !strcmp(c->events[j].source.code, p->source.code);
        if (!frame)
            keep_event(c, &k, i);
    }
    c->n_events = k;
}

/* "police opened fire to disperse the demonstrators": an act with no
 * target followed by its infinitive of purpose ("to" and the next event of
 * the same source, a few bytes after it) is aimed at the purpose's
 * target. */
#define PURPOSE_GAP 24

/* Whether the doc text [a, b) between an act and the "to" of the event
 * after it holds "and", "but", "or", a comma or a semicolon: then the
 * infinitive belongs to a verb of its own ("opened fire and were able to
 * arrest 39 miscreants", "fired in the air, but failed to disperse
 * them"), no purpose of the act. b - a is at most PURPOSE_GAP. */
static int joined_after(const tac_coder *c, size_t a, size_t b)
{
    static const char *const conj[] = {"and", "but", "or"};
    const char *x = c->doc_text;
    for (size_t j = a; j < b; j++) {
        if (x[j] == ',' || x[j] == ';')
            return 1;
        /* a whole word: any white space around it (the text may wrap) */
        if (j == a || !isspace((unsigned char)x[j - 1]))
            continue;
        for (size_t k = 0; k < sizeof conj / sizeof conj[0]; k++) {
            size_t n = strlen(conj[k]);
            if (j + n < b && !memcmp(x + j, conj[k], n) && isspace((unsigned char)x[j + n]))
                return 1;
        }
    }
    return 0;
}

static void purpose_targets(tac_coder *c)
{
    for (size_t i = c->sent_first_event; i + 1 < c->n_events; i++) {
        tac_event *p = &c->events[i];
        if (p->has_target || !p->source.code || !p->source.code[0])
            continue;
        const tac_event *q = &c->events[i + 1];
        size_t pend = p->text_offset + p->text_len;
        if (!q->has_target || strcmp(q->source.code, p->source.code) != 0 ||
            q->text_offset < pend + 4 || q->text_offset - pend > PURPOSE_GAP ||
            memcmp(c->doc_text + q->text_offset - 3, "to ", 3) != 0 ||
            joined_after(c, pend, q->text_offset))
            continue;
        p->target = q->target;
        p->has_target = 1;
    }
}

/* Roots 17-19: coercion, assault, fighting. */
static int force_root(const char *root)
{
    return root[0] == '1' && root[1] >= '7' && root[1] <= '9';
}

/* "police opened fire to disperse the demonstrators": an act of force
 * (17-19) whose infinitive of purpose ("to" and the next event, a few
 * bytes after the act) is another act of force by the same source against
 * the same target (purpose_targets may have given it) is one act: the
 * purpose says what the force was for and is not coded apart; CAMEO codes
 * the act. Runs after purpose_targets. */
/* Whether an event's matched text holds "its", "their", "his" or "her"
 * as a word inside it ("recalled its ambassador"). */
static int possessive_inside(const char *txt, size_t len)
{
    static const char *const poss[] = {" its ", " their ", " his ", " her "};
    for (size_t k = 0; k < sizeof poss / sizeof poss[0]; k++) {
        size_t n = strlen(poss[k]);
        for (size_t i = 0; i + n <= len; i++)
            if (memcmp(txt + i, poss[k], n) == 0)
                return 1;
    }
    return 0;
}

static void drop_purposes(tac_coder *c)
{
    size_t first = c->sent_first_event, k = first;
    for (size_t i = first; i < c->n_events; i++) {
        const tac_event *q = &c->events[i];
        int aim = 0;
        if (k > first) {
            const tac_event *p = &c->events[k - 1];
            size_t pend = p->text_offset + p->text_len;
            aim = p->has_target && q->has_target && p->source.code[0] &&
                  !strcmp(q->source.code, p->source.code) &&
                  !strcmp(q->target.code, p->target.code) && q->text_offset >= pend + 4 &&
                  q->text_offset - pend <= PURPOSE_GAP &&
                  memcmp(c->doc_text + q->text_offset - 3, "to ", 3) == 0 &&
                  !joined_after(c, pend, q->text_offset) &&
                  (strcmp(p->root, q->root) != 0 || !strcmp(p->code, q->code)) &&
                  force_root(p->root) && force_root(q->root);
        }
        /* "will visit Mauritania and Senegal to mediate in the dispute",
         * "recalled its ambassador to protest": an infinitive of purpose
         * that names no target of its own, right after the object of an
         * act of the same source ("to" alone between), says what the act
         * is for; CAMEO codes the act. An investigation (09) is kept: the
         * visitors do it where they went ("arrived in Sudan to
         * investigate reports of mass graves") */
        for (size_t j = first; j < k && !aim && !q->has_target && strcmp(q->root, "09") != 0;
             j++) {
            const tac_event *p = &c->events[j];
            size_t tend = p->target.offset + p->target.text_len;
            /* the target's text, " to ", then the purpose's */
            /* ("met Putin in Moscow to discuss": a phrase of place, "in"
             * or "at" and no comma or conjunction, may stand between; a
             * time phrase keeps the purpose, speech.spec) */
            aim = p->has_target && p->source.code[0] && !strcmp(q->source.code, p->source.code) &&
                  p->target.offset > p->text_offset && q->text_offset >= tend + strlen(" to ") &&
                  q->text_offset - tend <= PURPOSE_GAP &&
                  memcmp(c->doc_text + q->text_offset - 3, "to ", 3) == 0 &&
                  (q->text_offset == tend + strlen(" to ") ||
                   ((!memcmp(c->doc_text + tend, " in ", 4) ||
                     !memcmp(c->doc_text + tend, " at ", 4)) &&
                    !joined_after(c, tend, q->text_offset - 3)));
            /* "recalled its ambassador to protest": an object the act's
             * own words hold after a possessive, that gave no target (the
             * source's own envoy, refine_target), ends where its matched
             * text does */
            size_t pend = p->text_offset + p->text_len;
            aim = aim || (!p->has_target && possessive_inside(p->text, p->text_len) &&
                          p->source.code[0] &&
                          !strcmp(q->source.code, p->source.code) &&
                          q->text_offset == pend + strlen(" to ") &&
                          memcmp(c->doc_text + q->text_offset - 4, " to ", 4) == 0);
        }
        if (!aim)
            keep_event(c, &k, i);
    }
    c->n_events = k;
}

/* "Vietnam accused China of ramming a boat and demanded compensation": a
 * demand (10) with no target, right after "and" that follows a criticism,
 * accusation, rejection or threat (11-13) of the same source in the
 * sentence, is made of that event's target. */
static void demand_targets(tac_coder *c)
{
    const char *x = c->doc_text;
    for (size_t i = c->sent_first_event + 1; i < c->n_events; i++) {
        tac_event *q = &c->events[i];
        size_t o = q->text_offset;
        if (q->has_target || strcmp(q->root, "10") != 0 || o < 4)
            continue;
        /* "and", then any white space (wire text breaks lines anywhere) */
        size_t w = o;
        while (w > 0 && (x[w - 1] == ' ' || x[w - 1] == '\n' || x[w - 1] == '\t' || x[w - 1] == '\r'))
            w--;
        if (w == o || w < 4 || memcmp(x + w - 3, "and", 3) != 0 ||
            (x[w - 4] != ' ' && x[w - 4] != '\n' && x[w - 4] != '\t' && x[w - 4] != '\r'))
            continue;
        const tac_event *p = &c->events[i - 1];
        if (p->has_target && p->source.code[0] && !strcmp(p->source.code, q->source.code) &&
            p->text_offset < o && p->root[0] == '1' && p->root[1] >= '1' && p->root[1] <= '3') {
            q->target = p->target;
            q->has_target = 1;
        }
    }
}

/* "students staged demonstrations to demand reforms by the government":
 * a protest (root 14) with no target is aimed at whom its source, in the
 * same sentence, demands of or disapproves of (roots 10, 11). */
static void protest_targets(tac_coder *c)
{
    for (size_t i = c->sent_first_event; i < c->n_events; i++) {
        tac_event *p = &c->events[i];
        if (p->has_target || strcmp(p->root, "14") != 0)
            continue;
        for (size_t j = i + 1; j < c->n_events; j++) {
            const tac_event *q = &c->events[j];
            if (q->has_target && (!strcmp(q->root, "10") || !strcmp(q->root, "11")) &&
                !strcmp(q->source.code, p->source.code)) {
                p->target = q->target;
                p->has_target = 1;
                break;
            }
        }
    }
}

/* "arrested an American for spying" (1125), "detained two Britons on
 * charges of espionage": when match k is an accusation (11) whose first
 * word is by itself a pattern of coercion (17: `arrest`, `detain`),
 * returns that pattern's code, else -1. */
static long arrest_of_accusation(const tac_coder *c, size_t k)
{
    const tac_dict *d = c->dict;
    const match *mt = &c->matches[k];
    const tac_tok *t = c->toks.v;
    const char *root = d->cameo[mt->pat->cameo].root;
    if (root[0] != '1' || root[1] != '1' || !t[mt->start].lemma)
        return -1;
    uint32_t node = tac_trie_child(&d->patterns, 0, t[mt->start].lemma);
    for (uint32_t q = node ? d->patterns.first[node] : 0; q; q = d->pat[q - 1].next) {
        const tac_cameo *cm = &d->cameo[d->pat[q - 1].cameo];
        if (d->pat[q - 1].n_items == 1 && cm->root[0] == '1' && cm->root[1] == '7')
            return (long)d->pat[q - 1].cameo;
    }
    return -1;
}

/* "agreed on Wednesday that their countries should cooperate": the
 * token of "agree" before the "that" clause holding the verb at i, or -1.
 * Only "that", time words and adverbs stand between them. */
static long agreed_that(const tac_coder *c, uint32_t s, uint32_t i)
{
    const tac_tok *t = c->toks.v;
    for (uint32_t j = i; j > s && i - j < 8;) {
        j--;
        if (is_clause_break(&t[j]) || tac_code_is_punct(&t[j], ','))
            return -1;
        if (!(t[j].wflags & TAC_LX_COMPLEMENT))
            continue;
        uint32_t a = j;
        while (a > s && (t[a - 1].wflags & (TAC_LX_TIME | TAC_LX_ADVERB)))
            a--;
        if (a > s && tok_is(&t[a - 1], "on") && a < j)
            a--; /* "on Wednesday" */
        while (a > s && (t[a - 1].wflags & (TAC_LX_TIME | TAC_LX_ADVERB)))
            a--;
        if (a > s && begins_with(&t[a - 1], "agree"))
            return (long)(a - 1);
        return -1;
    }
    return -1;
}

/* Whether token j is a verb of calling off: a `marker cancel-verb` form
 * ("cancelled", "postponed", "shelved"), or "call" or "put" with "off"
 * right after it ("called off", "put off"). */
static int cancel_verb(const tac_coder *c, uint32_t j, uint32_t e)
{
    const tac_tok *t = c->toks.v;
    if (t[j].wclass & TAC_LC_CANCEL_VERB)
        return 1;
    return j + 1 < e && tok_is(&t[j + 1], "off") &&
           (begins_with(&t[j], "call") || begins_with(&t[j], "put"));
}

/* "Risk of Russian attack going up", "a pretext for a Ukraine attack",
 * "fears of clashes": a noun event (match mt) after "of" or "for" that
 * follows a noun of risk or fear (`marker feared-noun`; determiners,
 * adjectives and the actor of the act may stand between) is feared or
 * foreseen, not done. */
static int feared_act(const tac_coder *c, uint32_t s, const match *mt)
{
    const tac_tok *t = c->toks.v;
    for (uint32_t j = mt->start, k = 0; j > s + 1 && k < 5; k++) {
        j--;
        if (tok_is(&t[j], "of") || tok_is(&t[j], "for"))
            return form_class(c, &t[j - 1], TAC_LC_FEARED_NOUN);
        if (verbish(&t[j]) || is_clause_break(&t[j]) || (t[j].flags & TAC_TOK_PUNCT) ||
            (t[j].wflags & (TAC_LX_PREP | TAC_LX_CONJ)))
            return 0;
    }
    return 0;
}

/* "did not prevent Shultz from saying", "will not stop the people from
 * voting": a `marker negation` word among the three words before token j
 * (the verb of prevention), or a word of failure right before its "to",
 * lets the act happen. */
static int negated_word_before(const tac_coder *c, uint32_t s, uint32_t j)
{
    const tac_tok *t = c->toks.v;
    for (uint32_t q = j, k = 0; q > s && k < 3; k++) {
        q--;
        if (t[q].wflags & TAC_LX_NEGATION)
            return 1;
    }
    /* "could do little to stop the mob from torching the train", "failed
     * to prevent the attack", "was powerless to stop": a prevention that
     * did not come about (`marker futility-word`) */
    if (j > s + 1 && tok_is(&t[j - 1], "to")) {
        const tac_tok *w = &t[j - 2];
        if (failure_word(w) || form_class(c, w, TAC_LC_FUTILITY_WORD))
            return 1;
    }
    return 0;
}

/* "to prevent terrorist attacks", "averted a strike", "barred him from
 * speaking with embassy officials", "were prevented from attending": an
 * act kept from happening is no event (the keeping, when a pattern names
 * it, is coded on its own). A noun event (match mt) is kept from
 * happening when it is the object of a `marker prevent-verb` form
 * (determiners, adjectives and actor words between, no verb, preposition,
 * conjunction, comma or clause word); a gerund right after "from" when a
 * prevent-verb or `marker bar-verb` form stands before "from", its object
 * or passive auxiliaries between (up to six words, none a verb, comma or
 * clause word). A bare object of a bar-verb stays: "stopped the fighting"
 * tells fighting. */
static int prevented_act(const tac_coder *c, uint32_t s, const match *mt)
{
    const tac_tok *t = c->toks.v;
    uint32_t i = mt->start;
    if (i > s + 1 && tok_is(&t[i - 1], "from") && ing_verb(&t[i])) {
        for (uint32_t j = i - 1, k = 0; j > s && k < 6; k++) {
            j--;
            if (word_class(c, &t[j], TAC_LC_PREVENT_VERB) || word_class(c, &t[j], TAC_LC_BAR_VERB))
                return !negated_word_before(c, s, j);
            if (is_clause_break(&t[j]) || (t[j].flags & TAC_TOK_PUNCT) ||
                (verbish(&t[j]) && !(t[j].wflags & (TAC_LX_BE | TAC_LX_AUX))))
                return 0;
        }
        return 0;
    }
    if (verbish(&t[i]))
        return 0;
    for (uint32_t j = i, k = 0; j > s && k < 5; k++) {
        j--;
        if (word_class(c, &t[j], TAC_LC_PREVENT_VERB))
            return !negated_word_before(c, s, j);
        if (verbish(&t[j]) || is_clause_break(&t[j]) || (t[j].flags & TAC_TOK_PUNCT) ||
            (t[j].wflags & (TAC_LX_PREP | TAC_LX_CONJ)))
            return 0;
    }
    return 0;
}

/* "called off the strike", "postponed their meeting", "the visit was
 * cancelled", "the talks had been put off": a noun event (match mt) that
 * is the object of a verb of calling off, or the subject of its passive
 * (up to four words of its own after it, no "to" among them, then
 * auxiliaries with a form of "be"), was not held. */
static int called_off(const tac_coder *c, uint32_t s, uint32_t e, const match *mt)
{
    const tac_tok *t = c->toks.v;
    /* the verb before its object: determiners, possessives and other
     * words that are no verb, actor, comma or clause word between */
    for (uint32_t j = mt->start, k = 0; j > s && k < 5; k++) {
        j--;
        if (cancel_verb(c, j, e))
            return 1;
        if (verbish(&t[j]) || is_clause_break(&t[j]) || tac_code_is_punct(&t[j], ',') ||
            c->tok_group[j - s] >= 0)
            break;
    }
    uint32_t j = mt->end;
    /* (not "calls for the devices to be scrapped": after "to" the
     * passive has a subject of its own) */
    for (int k = 0; j < e && k < 4 && !verbish(&t[j]) && !is_clause_break(&t[j]) &&
                    !tac_code_is_punct(&t[j], ',') && !tok_is(&t[j], "to");
         k++)
        j++;
    int be = 0;
    for (int k = 0; j < e && k < 4 && (t[j].wflags & (TAC_LX_BE | TAC_LX_AUX | TAC_LX_ADVERB));
         k++, j++)
        be |= (t[j].wflags & TAC_LX_BE) != 0;
    return be && j < e && cancel_verb(c, j, e);
}

/* 1 if the token is a form of a verb of ordering ("ordered", "instructs",
 * "commanded", "directing"), a part of `marker wish-verb`. */
static int order_verb(const tac_tok *w)
{
    return begins_with(w, "order") || begins_with(w, "instruct") || begins_with(w, "command") ||
           begins_with(w, "direct");
}

/* 1 if the code is a coercion (17x) or a reduction of relations (16x):
 * ordered, it is done by the one ordering ("ordered the newspaper to
 * suspend publication", "ordered the embassy to close"). */
static int coercive_root(const tac_cameo *cm)
{
    return !strcmp(cm->root, "16") || !strcmp(cm->root, "17");
}

/* Whether the verb at i, right after "to", follows an actor (and at most
 * four more words of its phrase: "the World Bank and other donors",
 * "the government this year") right after a `marker wish-verb` form:
 * "urged the government to lift the ban", "expects Japan to open its
 * market". The act is wanted, expected or asked for, not done ("wants to
 * lift" is the subject's own intent, a marker). */
static int wished_act(const tac_coder *c, uint32_t s, uint32_t i, uint32_t *out_verb,
                      int *out_obj)
{
    const tac_tok *t = c->toks.v;
    if (i < s + 3 || !tok_is(&t[i - 1], "to"))
        return 0;
    int actor = 0;
    for (uint32_t q = i - 1, k = 0; q > s && k < 8; k++) {
        q--;
        if (c->tok_group[q - s] >= 0) {
            if (!actor)
                *out_obj = c->tok_group[q - s];
            actor = 1;
            continue;
        }
        if (actor && (t[q].wclass & TAC_LC_WISH_VERB)) {
            *out_verb = q;
            return 1;
        }
        /* "asked the state Court of Appeals to overturn": a word between
         * a determiner and the actor is a modifier of its phrase, even
         * one WordNet also knows as a verb */
        if (actor && q > s + 1 && (t[q - 1].wflags & TAC_LX_DET) &&
            !(t[q].wclass & TAC_LC_WISH_VERB) && !(t[q].flags & TAC_TOK_PUNCT))
            continue;
        if (is_clause_break(&t[q]) || tac_code_is_punct(&t[q], ',') || verbish(&t[q]) ||
            tok_is(&t[q], "to") || (t[q].wflags & (TAC_LX_RELATIVE | TAC_LX_COMPLEMENT | TAC_LX_SAY)))
            return 0;
    }
    return 0;
}

/* "facing pressure to modify its policies", "Trump's call to pardon the
 * rioters", "the demand to ban the party": a verb right after "to" that
 * follows a noun of pressing for something (`marker pressure`) names the
 * act pressed for, not one done; the asking, if named, is coded by its own
 * pattern. A rejected demand keeps its act, coded as the rejection. */
static int pressed_act(const tac_coder *c, uint32_t s, uint32_t i)
{
    const tac_tok *t = c->toks.v;
    return i >= s + 2 && tok_is(&t[i - 1], "to") && (t[i - 2].wclass & TAC_LC_PRESSURE) &&
           c->tok_group[i - 2 - s] < 0;
}

/* 1 if the act at token i is asked about in a yes-no question: "Will
 * Russia attack Ukraine?", "Is NATO ready to fight?", or a headline that
 * opens with "Will", "Can", "Should", "Is" or "Are" (headlines often drop
 * the "?"). The question runs from its opening word to its "?": "Is China
 * considering a data tax? Signs point to yes" asks about the tax, while
 * "'Is that it?' Democrats warn Biden" tells the warning. A question that
 * opens with a question word ("Why did Russia attack?") takes the act as
 * told. */
static int yes_no_question(const tac_coder *c, uint32_t s, uint32_t e, uint32_t i)
{
    static const char *const aux[] = {"will", "would", "can", "could", "should", "shall",
                                      "is", "are", "was", "were", "do", "does", "did",
                                      "has", "have", "may", "might", "must", NULL};
    static const char *const head[] = {"will", "can", "should", "is", "are", NULL};
    const tac_tok *t = c->toks.v;
    uint32_t a = s;
    while (a < e && (t[a].flags & TAC_TOK_PUNCT))
        a++;
    /* the opening word is a verb of the question, not part of a name
     * ("Will Smith"): no actor word */
    if (a + 2 >= e || i <= a || c->tok_group[a - s] >= 0 || !(t[a].flags & TAC_TOK_CAP))
        return 0;
    /* the opening word first (head's words are all aux's): most
     * sentences open with none, and need no search for their "?" */
    const char *const *w = aux;
    while (*w && !tok_is(&t[a], *w))
        w++;
    if (!*w)
        return 0;
    uint32_t q = a + 1;
    while (q < e && !tac_code_is_punct(&t[q], '?'))
        q++;
    if (q < e)
        return i <= q; /* (its opening word is one of aux's) */
    if (!c->in_headline)
        return 0;
    for (w = head; *w; w++)
        if (tok_is(&t[a], *w))
            return 1;
    return 0;
}

/* 1 if the act at token i is weighed, not done: a gerund right after a
 * `014` pattern ("is weighing sending tanks", "is considering expelling
 * the diplomats", "mulls imposing sanctions"), or a noun event in the
 * object of one ("would consider a ban on imports") or of "debate" or
 * "discuss" ("are debating a ban on imports"). Considering an
 * option is CAMEO 014, coded by its own pattern; the option is no event. */
static int weighed_act(const tac_coder *c, uint32_t s, size_t k, long ov)
{
    const tac_tok *t = c->toks.v;
    const tac_dict *d = c->dict;
    uint32_t i = c->matches[k].start;
    /* "discussed the Ukraine war and trade with his Russian counterpart":
     * a noun joined by "and" or a comma to the object of "discuss" or
     * "debate" is a topic too (object_verb stops at the conjunction) */
    if (ov < 0 && !verbish(&t[i])) {
        int joined = 0;
        for (uint32_t j = i, n = 0; j > s && n < 10; n++) {
            const tac_tok *w = &t[--j];
            if (is_clause_break(w) ||
                (w->wflags & (TAC_LX_SAY | TAC_LX_RELATIVE | TAC_LX_COMPLEMENT)))
                break;
            if (tok_is(w, "and") || tac_code_is_punct(w, ',')) {
                joined = 1;
                continue;
            }
            if (verbish(w)) {
                if (joined && (begins_with(w, "debat") || begins_with(w, "discuss")))
                    return 1;
                break;
            }
        }
    }
    /* "are debating a ban on imports", "discussed sanctions": a measure
     * debated or discussed is weighed too, whatever pattern the verb has
     * (040 for "discuss" with a party, none for "debate") */
    if (ov >= 0 && (t[ov].wflags & TAC_LX_VERB) &&
        (begins_with(&t[ov], "debat") || begins_with(&t[ov], "discuss")))
        return 1;
    for (size_t q = 0; q < c->n_matches; q++) {
        const match *m = &c->matches[q];
        if (q == k || CAMEO_CMP(d->cameo[m->pat->cameo].code, "014"))
            continue;
        if (m->end == i && ing_verb(&t[i]))
            return 1;
        if (ov >= 0 && m->start == (uint32_t)ov)
            return 1;
    }
    return 0;
}

/* 1 if the verb at i, after "will", "would", "could", "may" or "might"
 * (adverbs between), is foretold by another: the modal's subject, a named
 * actor (no pronoun), follows a verb of prediction or fear ("analysts
 * predict China will invade Taiwan", "Egypt fears Ethiopia will cut off
 * its water", "Washington warned that Beijing would attack"). A warning or
 * a forecast about one's own act stays an intent or a threat: the
 * subject's country is then the speaker's ("Iran warned that Iranian
 * forces would respond"). */
static int predicted_act(const tac_coder *c, uint32_t s, uint32_t i)
{
    const tac_tok *t = c->toks.v;
    uint32_t j = i;
    for (int f = 0; j > s && f < 3 && modal_filler(&t[j - 1]); f++)
        j--;
    /* "is expected to announce sanctions", "are widely expected to
     * meet": foretold by others (the subject's own "expects to" is an
     * intent marker); a headline drops the "is" ("U.S. expected to
     * announce diplomatic boycott"): an actor right before it */
    if (j > s + 2 && tok_is(&t[j - 1], "to") && tok_is(&t[j - 2], "expected")) {
        uint32_t a = j - 2;
        while (a > s + 1 && modal_filler(&t[a - 1]))
            a--;
        return a > s && ((t[a - 1].wflags & TAC_LX_BE) ||
                         (c->in_headline && c->tok_group[a - 1 - s] >= 0));
    }
    if (j < s + 3 || !(tok_is(&t[j - 1], "will") || tok_is(&t[j - 1], "would") ||
                       tok_is(&t[j - 1], "could") || tok_is(&t[j - 1], "may") ||
                       tok_is(&t[j - 1], "might") || tok_is(&t[j - 1], "'ll")))
        return 0;
    int g = c->tok_group[j - 2 - s];
    if (g < 0)
        return 0;
    uint32_t b = c->groups[g].start;
    if (b > s && (t[b - 1].wflags & TAC_LX_COMPLEMENT))
        b--;
    while (b > s && (t[b - 1].wflags & (TAC_LX_ADVERB | TAC_LX_TIME)))
        b--;
    if (b == s)
        return 0;
    const tac_tok *v = &t[b - 1];
    int warn = begins_with(v, "warn");
    if (!warn && !begins_with(v, "predict") && !begins_with(v, "forecast") &&
        !tok_is(v, "fear") && !tok_is(v, "fears") && !tok_is(v, "feared") &&
        !tok_is(v, "fearing") && !begins_with(v, "anticipat") && !begins_with(v, "speculat") &&
        !tok_is(v, "expect") && !tok_is(v, "expects") && !tok_is(v, "expected") &&
        !tok_is(v, "expecting"))
        return 0;
    /* the one who foretells: an actor right before the verb (adverbs and
     * auxiliaries between), or none named ("analysts", "experts") */
    uint32_t p = b - 1;
    while (p > s && (t[p - 1].wflags & (TAC_LX_ADVERB | TAC_LX_AUX)))
        p--;
    int pg = p > s ? c->tok_group[p - 1 - s] : -1;
    const mention *sm = &c->ments[c->groups[g].first];
    if (sm->resolved)
        return 0;
    if (pg < 0)
        return !warn || p == s || !(t[p - 1].wflags & (TAC_LX_PRON_PERSON | TAC_LX_PRON_GROUP));
    const mention *pm = &c->ments[c->groups[pg].first];
    return !(pm->country[0] && sm->country[0] && !strcmp(pm->country, sm->country)) &&
           !(pm->code && sm->code && !strcmp(pm->code, sm->code));
}

/* "every Friday the protesters would march to the square", "back then
 * the troops would often shell the villages": "would" right before the
 * verb at i (adverbs between) in a sentence [s, e) with a `habit-word`
 * ("often", "routinely"; "every" or "each" before a time word) tells a
 * past habit, acts done again and again: 1, the act is coded as done, no
 * intent. Not with a condition or a question in the sentence ("would
 * march if the ban were lifted"), nor after a verb of saying ("said they
 * would march every Friday" is an intent). */
static int habitual_would(const tac_coder *c, uint32_t s, uint32_t e, uint32_t i)
{
    static const char *const periods[] = {"day", "week", "month", "year", "weekend", "summer",
                                          "winter", "spring", "autumn", NULL};
    const tac_tok *t = c->toks.v;
    uint32_t j = i;
    for (int f = 0; j > s && f < 3 && (modal_filler(&t[j - 1]) ||
                                       word_class(c, &t[j - 1], TAC_LC_HABIT_WORD));
         f++)
        j--;
    if (j == s || !(tok_is(&t[j - 1], "would") || tok_is(&t[j - 1], "'d")))
        return 0;
    for (uint32_t k = s; k < e; k++) {
        const tac_tok *w = &t[k];
        if (tok_is(w, "if") || tok_is(w, "unless") || tok_is(w, "whether") ||
            tok_is(w, "case") || tok_is(w, "?") || (k < j && (w->wflags & TAC_LX_SAY)))
            return 0;
    }
    /* the habit word stands in the clause of "would": back to a finite
     * verb, "that" or a relative ("expressed his wish that the king would
     * help" is no habit), on to the next clause */
    uint32_t b = j - 1, f = i + 1;
    while (b > s && !verbish(&t[b - 1]) && !is_clause_break(&t[b - 1]) &&
           !(t[b - 1].wflags & (TAC_LX_COMPLEMENT | TAC_LX_RELATIVE)))
        b--;
    while (f < e && !verbish(&t[f]) && !is_clause_break(&t[f]) &&
           !(t[f].wflags & (TAC_LX_COMPLEMENT | TAC_LX_RELATIVE)))
        f++;
    int habit = 0;
    for (uint32_t k = b; k < f; k++) {
        const tac_tok *w = &t[k];
        if (!word_class(c, w, TAC_LC_HABIT_WORD))
            continue;
        if (!tok_is(w, "every") && !tok_is(w, "each")) {
            habit = 1;
            continue;
        }
        if (k + 1 < f && (t[k + 1].wflags & TAC_LX_TIME))
            habit = 1;
        for (size_t q = 0; k + 1 < f && periods[q]; q++)
            habit |= tok_is(&t[k + 1], periods[q]);
    }
    return habit;
}

/* The modality of match k (TAC_LX_INTENT, TAC_LX_THREAT, TAC_LX_DEMAND
 * or 0) into *out_mf, and into *out_agreed the token of the "agree" whose
 * "that" clause makes a demand a joint intent, else -1. Returns 0 when the
 * match is no event: a demand marker a pattern follows closely. */
static int match_modality(const tac_coder *c, uint32_t s, uint32_t e, size_t k,
                          uint32_t *out_mf, long *out_agreed, long *out_order,
                          int *out_obj)
{
    *out_order = -1;
    *out_obj = -1;
    const tac_tok *t = c->toks.v;
    const match *mt = &c->matches[k];
    uint32_t i = mt->start;
    uint32_t mf = modality(c, s, i);
    /* "the Red Cross said US forces must ensure security": a demand
     * marker that is itself matched (`event 100 must`) is a demand of
     * unnamed content when no pattern follows it within three words;
     * when one does, that event carries the demand (`modal demand`) */
    if (t[i].wflags & TAC_LX_DEMAND) {
        if (k + 1 < c->n_matches && c->matches[k + 1].start <= mt->end + 3)
            return 0;
        mf = TAC_LX_DEMAND;
    }
    /* "Iran agreed to let inspectors visit": an intent marker ending in
     * "to" that is itself matched (`event 030 agree to`) is an intent of
     * unnamed content when no pattern follows it within three words; when
     * one does, that event carries the intent */
    if (mt->end > i + 1 && mt->end - i <= 4 && tok_is(&t[mt->end - 1], "to") &&
        modality(c, s, mt->end) == TAC_LX_INTENT && k + 1 < c->n_matches &&
        c->matches[k + 1].start <= mt->end + 3)
        return 0;
    /* "will provide 25,000 tons of food aid": a noun event in the
     * object of a verb takes that verb's modality */
    long ov = -1; /* that verb (object_verb), found once */
    if (!mf && !verbish(&t[i])) {
        ov = object_verb(c, s, i);
        mf = ov >= 0 ? modality(c, s, (uint32_t)ov) : 0;
    }
    /* "Will Russia attack?", "is weighing sending tanks", "analysts
     * predict China will invade": asked about, weighed or foretold */
    if (yes_no_question(c, s, e, i) || weighed_act(c, s, k, ov) || predicted_act(c, s, i) ||
        (ov >= 0 && predicted_act(c, s, (uint32_t)ov)))
        return 0;
    /* "called off the strike", "the visit was cancelled": not held */
    if (!verbish(&t[i]) && called_off(c, s, e, mt))
        return 0;
    /* "the risk of a Russian attack": feared, not done */
    if (!verbish(&t[i]) && feared_act(c, s, mt))
        return 0;
    /* "to prevent attacks", "barred him from speaking": kept from happening */
    if (prevented_act(c, s, mt))
        return 0;
    /* "urged the government to lift the ban", "expects the company to
     * report a loss": an act wanted, not done. An order to cease or
     * suspend ("ordered the opposition newspaper La Prensa to suspend
     * publication") is the coercion itself, by the one ordering
     * (ordered_coercion) */
    uint32_t wv;
    int obj = -1;
    if (!mf && wished_act(c, s, i, &wv, &obj)) {
        if (!order_verb(&t[wv]) || !coercive_root(&c->dict->cameo[mt->pat->cameo]))
            return 0;
        *out_order = (long)wv;
        *out_obj = obj;
    }
    /* "will celebrate the police and commemorate the dead": a verb joined
     * by "and" to one after a modal shares its modal */
    long cv = -1;
    if (!mf && (cv = coordinated_modal_verb(c, s, i)) >= 0)
        mf = modality(c, s, (uint32_t)cv);
    /* "Iran could close the strait", "may face an FTC probe": a possible
     * act (or one the object of a possible verb names) is no event */
    if (!mf && possible_modal(c, s, i))
        return 0;
    if (!mf && cv >= 0 && possible_modal(c, s, (uint32_t)cv))
        return 0;
    if (!mf && ov >= 0 && possible_modal(c, s, (uint32_t)ov))
        return 0;
    /* "wants to travel to Paris to meet Macron", "should use the money
     * to support farmers": the purpose of an act not done is not done */
    uint32_t pf = 0;
    if (!mf && (unreal_purpose(c, s, i, 3, &pf) ||
                (ov >= 0 && unreal_purpose(c, s, (uint32_t)ov, 3, &pf)))) {
        if (!pf)
            return 0;
        mf = pf;
    }
    /* "every Friday the protesters would march": a past habit, done */
    if (mf == TAC_LX_INTENT && habitual_would(c, s, e, ov >= 0 ? (uint32_t)ov : i))
        mf = 0;
    /* "agreed that their countries should cooperate": what those who
     * agree say should be done is their joint intent, by them */
    long agreed = mf == TAC_LX_DEMAND ? agreed_that(c, s, i) : -1;
    if (agreed >= 0)
        mf = TAC_LX_INTENT;
    /* "the deal would help secure Germany's energy needs", "this will help
     * farmers": what a thing will do is a forecast of its effect, no
     * actor's intent */
    if (mf == TAC_LX_INTENT && thing_will_help(c, s, i))
        return 0;
    /* "will withdraw its force unless X holds elections": an intent
     * under an "unless" condition is a threat */
    if (mf == TAC_LX_INTENT) {
        for (uint32_t j = mt->end; j < e; j++)
            if (tok_is(&t[j], "unless")) {
                mf = TAC_LX_THREAT;
                break;
            }
    }
    *out_mf = mf;
    *out_agreed = agreed;
    return 1;
}

/* Applies the modality mf and the negation neg (negated: 2 refused, 3
 * failed) of the event word at i to the code *ev through the `modal`
 * tables; *out_mod names the table used. Returns 0 when the table has no
 * code for it: the event is not coded. */
static int modal_code(const tac_coder *c, uint32_t s, uint32_t i, uint32_t mf, int neg,
                      uint32_t *ev, const char **out_mod)
{
    const tac_dict *d = c->dict;
    if (neg == 2 || neg == 3) {
        /* "refused to release", "will not lift the sanctions": a refused
         * cooperation is its rejection (the `modal negated` table);
         * other refused events are not events. A failed act did not
         * happen and was not refused: only what the `modal failed` table
         * names ("failed to conclude an agreement" -> 127) is coded */
        const char *kind = neg == 3 ? "failed" : "negated";
        long ci = tac_dict_modal(d, kind, *ev);
        if (ci < 0)
            return 0;
        *ev = (uint32_t)ci;
        *out_mod = kind;
    } else if (mf) {
        const char *kind = mf == TAC_LX_THREAT ? "threat" : mf == TAC_LX_DEMAND ? "demand"
                                                                               : "intent";
        /* "the army prepared to resume shelling": "prepared to" with
         * no "be" before it is getting ready, not being willing
         * (`modal prepare`: a military preparation) */
        if (mf == TAC_LX_INTENT && getting_ready(c, s, i) &&
            tac_dict_modal(d, "prepare", *ev) >= 0)
            kind = "prepare";
        long ci = tac_dict_modal(d, kind, *ev);
        if (ci < 0)
            return 0;
        *ev = (uint32_t)ci;
        *out_mod = kind;
    }
    return 1;
}

/* "was put under investigation in Italy", "were detained in Iran":
 * investigations and arrests (09, 17) are the acts of the state where
 * they happen, and so are convictions (116) and accusations of spying
 * that come with an arrest ("was arrested in Lebanon for collaborating
 * with Israel", 1125). For a passive match mt coded cm, the place after
 * it as a slot value (SINGLE), or -1. */
static int state_at_place(const tac_coder *c, uint32_t s, uint32_t e, const match *mt,
                          const tac_cameo *cm)
{
    const char *r0 = cm->root;
    if (!(!strcmp(r0, "09") || !strcmp(r0, "17") || !CAMEO_NCMP(cm->code, "116") ||
          !CAMEO_CMP(cm->code, "1125")))
        return -1;
    /* "shops were burnt in Mehsana": destroying property (1712) is no
     * power of the state where it happens; the place is only where */
    if (!CAMEO_CMP(cm->code, "1712"))
        return -1;
    int src = tac_code_place_target(c, s, e, mt->end);
    /* "were detained in Iran on charges of espionage": the place inside
     * the words a '*' of the accusation skipped */
    if (src == -1 && r0[0] == '1' && r0[1] == '1')
        src = tac_code_place_target(c, s, e, mt->start + 1);
    return src >= 0 ? -1 : src; /* a country group: only a place will do */
}

/* Whether the words of match mt name tear gas ("tear gas", "teargas",
 * "tear-gas shells", "tear-gassed"), which only the police use on a crowd. */
static int tear_gas_words(const tac_coder *c, const match *mt)
{
    for (uint32_t j = mt->start; j < mt->end; j++)
        if (begins_with(&c->toks.v[j], "tear-gas") || begins_with(&c->toks.v[j], "teargas") ||
            (tok_is(&c->toks.v[j], "tear") && j + 1 < mt->end && tok_is(&c->toks.v[j + 1], "gas")))
            return 1;
    return 0;
}

/* Whether the words of match mt name taking someone into custody
 * ("arrested", "detention", "taken into custody", "booked", "remanded",
 * "nabbed"), which only the police do, not the other acts of 173 that
 * prosecutors, courts or armies do ("indicted", "charged", "captured"). */
static int custody_words(const tac_coder *c, const match *mt)
{
    static const char *const stems[] = {"arrest", "detain", "detention", "apprehen", "nab",
                                        "book", "remand", "custod", "round", "re-arrest",
                                        "rearrest", "lock", NULL};
    const tac_tok *t = c->toks.v;
    int custody = 0;
    for (uint32_t j = mt->start; j < mt->end; j++) {
        /* "arrest warrants were issued": a court's act */
        if (begins_with(&t[j], "warrant") || begins_with(&t[j], "indict") ||
            begins_with(&t[j], "charge") || begins_with(&t[j], "summon"))
            return 0;
        for (size_t q = 0; stems[q]; q++)
            custody |= begins_with(&t[j], stems[q]);
    }
    return custody;
}

/* "two men were charged with assault": whether match mt opens with a
 * charge. Done in the passive with no "by" agent it is reported as the
 * police's, as an arrest is when the one charged is a known actor: local
 * news tells most charges so, of people no dictionary knows (police file
 * them; an indictment, a grand jury's, still names no one). */
static int opens_with_charge(const tac_coder *c, const match *mt)
{
    const tac_tok *t = &c->toks.v[mt->start];
    return begins_with(t, "charg");
}

/* "can be arrested", "may be booked", "my arrest would not be": a
 * modal that makes an act possible or supposed, not done. */
static int hypothetical_modal(const tac_tok *t)
{
    return tok_is(t, "can") || tok_is(t, "could") || tok_is(t, "may") || tok_is(t, "might") ||
           tok_is(t, "would") || tok_is(t, "will") || tok_is(t, "shall");
}

/* Whether match mt holds the word "curfew". */
static int curfew_word(const tac_coder *c, const match *mt)
{
    for (uint32_t j = mt->start; j < mt->end; j++)
        if (tok_is(&c->toks.v[j], "curfew") || tok_is(&c->toks.v[j], "curfews"))
            return 1;
    return 0;
}

/* Whether the passive verb of match mt reports an act done: not "would
 * be indicted", "must be arrested", "are likely to be arrested" (wanted,
 * supposed or yet to be done), nor "nobody was arrested", "no one was
 * detained" (denied). */
static int passive_done(const tac_coder *c, uint32_t s, const match *mt)
{
    const tac_tok *t = c->toks.v;
    for (uint32_t j = mt->start, k = 0; j > s && k < 4; k++) {
        j--;
        if ((t[j].wflags & (TAC_LX_INTENT | TAC_LX_DEMAND | TAC_LX_NEGATION | TAC_LX_THREAT)) ||
            hypothetical_modal(&t[j]))
            return 0;
        /* "are likely to be arrested", "are expected to be detained",
         * "ordered to be arrested": an infinitive names what is yet to be
         * done ("is said to have been arrested" has "have" after "to") */
        if (tok_is(&t[j], "to") && j + 1 < mt->start && tok_is(&t[j + 1], "be") &&
            !(j > s && (tok_is(&t[j - 1], "had") || tok_is(&t[j - 1], "has") ||
                        tok_is(&t[j - 1], "have"))))
            return 0;
        /* "must be arrested and booked": a participle joined by "and"
         * to one before it is read from that one */
        if (tok_is(&t[j], "and") && j > s + 1 && tac_code_is_participle(&t[j - 1]) &&
            verbish(&t[j - 1])) {
            j--;
            continue;
        }
        if (!(t[j].wflags & (TAC_LX_BE | TAC_LX_AUX | TAC_LX_ADVERB)) && !tok_is(&t[j], "even"))
            return !(tok_is(&t[j], "nobody") || tok_is(&t[j], "none") ||
                     (tok_is(&t[j], "one") && j > s && (t[j - 1].wflags & TAC_LX_NEGATION)));
    }
    return 1;
}

/* An actor the sentence implies but does not name, of one agent code
 * (the police of an agentless arrest, the air force of an air strike):
 * m holds no words, placed at match mt's first word, in no group. */
static void implied_mention(mention *m, const match *mt, const char *agent)
{
    memset(m, 0, sizeof *m);
    m->start = m->tstart = m->end = mt->start;
    m->agents[0] = agent;
    m->n_agents = 1;
    m->group = -1;
}

/* "over 50 persons were arrested in Surat", "were taken into custody": an
 * arrest (173) in the passive with no named agent is made by the police,
 * of the country of the place where it happens when one is named: an
 * implied mention with no words, as a slot value. Not one that is only
 * wanted or planned ("would be arrested"). The slot value in *out, else
 * -1; returns -1 when out of memory, else 0 (as local_source). */
static int state_agent_of(tac_coder *c, uint32_t s, uint32_t e, const match *mt,
                          const char *agent, int *out);

static int police_of_arrest(tac_coder *c, uint32_t s, uint32_t e, const match *mt, int *out)
{
    return state_agent_of(c, s, e, mt, "COP", out);
}

/* "Opposition leader sentenced to four years in prison": a conviction
 * (116) in the passive with no "by" agent is a court's, as the agentless
 * arrest is the police's. */
static int court_of_conviction(tac_coder *c, uint32_t s, uint32_t e, const match *mt, int *out)
{
    return state_agent_of(c, s, e, mt, "JUD", out);
}

/* The agent of a state (COP, JUD) that did the passive act of match mt,
 * of the country of the place named after it, else of no country; *out
 * is -1 when the act is only wanted or foreseen. Returns -1 on error. */
static int state_agent_of(tac_coder *c, uint32_t s, uint32_t e, const match *mt,
                          const char *agent, int *out)
{
    *out = -1;
    /* not a report that it was done, and no one to name */
    if (!passive_done(c, s, mt))
        return 0;
    mention m;
    implied_mention(&m, mt, agent);
    int pl = tac_code_place_target(c, s, e, mt->end);
    if (pl < -1)
        memcpy(m.country, c->ments[-2 - pl].country, 4);
    if (tac_code_finish_code(c, &m) < 0 || tac_code_push_mention(c, &m) < 0)
        return -1;
    *out = SINGLE(c->n_ments - 1);
    return 0;
}

/* "bombs were seized during the combing", "cash was recovered from
 * them": whether match mt tells arms or goods taken (seized, recovered,
 * confiscated, impounded) in the passive, not only wanted or foreseen;
 * bodies recovered are no seizure (the noun right before the passive's
 * "be" and its auxiliaries is not "body" nor "corpse"). */
static int seized_goods(const tac_coder *c, uint32_t s, const match *mt)
{
    const tac_tok *t = c->toks.v;
    int taken = 0;
    uint32_t be = mt->end;
    for (uint32_t j = mt->start; j < mt->end; j++) {
        /* "weapons may be seized", "are likely to be recovered" */
        if (be == mt->end && (hypothetical_modal(&t[j]) || tok_is(&t[j], "to") ||
                              (t[j].wflags & (TAC_LX_NEGATION | TAC_LX_INTENT | TAC_LX_DEMAND))))
            return 0;
        if ((t[j].wflags & TAC_LX_BE) && be == mt->end)
            be = j;
        else if (be < j && !ends_with(&t[j], "ing") && /* "was recovering from" */
                 (begins_with(&t[j], "seiz") || begins_with(&t[j], "recover") ||
                  begins_with(&t[j], "confiscat") || begins_with(&t[j], "impound")))
            taken = 1;
    }
    if (!taken)
        return 0;
    while (be > s && (t[be - 1].wflags & (TAC_LX_BE | TAC_LX_AUX | TAC_LX_ADVERB)))
        be--;
    return !(be > s && (begins_with(&t[be - 1], "bod") || begins_with(&t[be - 1], "corpse")));
}

/* Whether the noun event of match mt is the subject of its clause: a
 * finite verb follows its words (after adverbs), and no preposition or
 * verb stands before its noun phrase ("arrests have been made", "the
 * arrests followed"; not "following the arrest of", "over the detention
 * of", "demanded the arrest of"). */
static int noun_opens_clause(const tac_coder *c, uint32_t s, const match *mt);

static int arrest_noun_subject(const tac_coder *c, uint32_t s, uint32_t e, const match *mt)
{
    const tac_tok *t = c->toks.v;
    uint32_t j = mt->end;
    while (j < e && (t[j].wflags & TAC_LX_ADVERB))
        j++;
    if (j >= e || !(verbish(&t[j]) || (t[j].wflags & TAC_LX_BE)) || hypothetical_modal(&t[j]))
        return 0;
    return noun_opens_clause(c, s, mt);
}

/* Whether token t names a measure of public order that only the police
 * take when no one is named (`marker police-measure`): a curfew (1723,
 * 0813), security or vigil stepped up (151), patrolling intensified (150). */
static int police_measure_word(const tac_tok *t)
{
    return (t->wclass & TAC_LC_POLICE_MEASURE) != 0;
}

/* "curfew was imposed in the town", "night curfew remained in force",
 * "curfew has been lifted" (`curfew * be lift`), "security has been beefed
 * up" (`security * be beef up`): a police measure with no actor that
 * imposes, lifts or steps it up, the subject of its clause, is the
 * police's, as an agentless arrest is. The match holds a measure word
 * (police_measure_word) and either a verb after it or a finite verb
 * follows the match; no modal ("curfew may be imposed") and nothing
 * before its noun phrase that makes it a phrase's object ("despite
 * curfew", "under curfew"). */
static int measure_subject(const tac_coder *c, uint32_t s, uint32_t e, const match *mt)
{
    const tac_tok *t = c->toks.v;
    uint32_t k = mt->start;
    while (k < mt->end && !police_measure_word(&t[k]))
        k++;
    if (k >= mt->end)
        return 0;
    int verb_inside = 0;
    for (uint32_t j = k + 1; j < mt->end; j++) {
        /* "curfew may be imposed", "curfew is likely to be imposed" */
        if (hypothetical_modal(&t[j]) || (t[j].wflags & (TAC_LX_NEGATION | TAC_LX_INTENT)) ||
            (tok_is(&t[j], "to") && !tok_is(&t[j - 1], "had") && !tok_is(&t[j - 1], "has") &&
             !tok_is(&t[j - 1], "have")))
            return 0;
        if (verbish(&t[j]) || (t[j].wflags & TAC_LX_BE))
            verb_inside = 1;
    }
    if (!verb_inside && !arrest_noun_subject(c, s, e, mt))
        return 0;
    return noun_opens_clause(c, s, mt);
}

/* Whether nothing before the noun phrase of match mt, back to its
 * clause's start, makes it the object of a preposition or verb. */
static int noun_opens_clause(const tac_coder *c, uint32_t s, const match *mt)
{
    const tac_tok *t = c->toks.v;
    for (uint32_t b = mt->start; b > s;) {
        b--;
        /* "said the arrests were made": a saying verb opens the clause it
         * reports, as "that" does */
        if ((t[b].wflags & TAC_LX_SAY) && !(t[b].wflags & TAC_LX_NEGATION))
            break;
        /* "no arrests have been made" */
        if (t[b].wflags & (TAC_LX_PREP | TAC_LX_LOCATIVE | TAC_LX_BY | TAC_LX_NEGATION) ||
            verbish(&t[b]) || ends_with(&t[b], "ing") || tok_is(&t[b], "after") ||
            tok_is(&t[b], "before") || tok_is(&t[b], "since") || tok_is(&t[b], "until"))
            return 0;
        if (tac_code_is_punct(&t[b], ',') || is_clause_break(&t[b]) ||
            (t[b].wflags & (TAC_LX_CONJ | TAC_LX_RELATIVE | TAC_LX_COMPLEMENT)))
            break;
    }
    return 1;
}

/* "Lukman, asked about industry reports, said ...", "Baker, asked whether
 * he was concerned, said he was not": a participle right after the comma
 * that closes the sentence's opening actor (only determiners before it,
 * no comma inside it) is a reduced passive in apposition (a subject and
 * its own verb are not parted by one comma): the actor was asked, did
 * not ask. */
static int opening_apposition(const tac_coder *c, uint32_t s, uint32_t e, uint32_t i)
{
    const tac_tok *t = c->toks.v;
    if (i < s + 2 || !tac_code_is_punct(&t[i - 1], ',') || !verbish(&t[i]) ||
        !tac_code_is_participle(&t[i]) || c->tok_group[i - 2 - s] < 0)
        return 0;
    /* "Kingsbridge Holdings Ltd, said", "President Ashraf Ghani, rejected
     * a meeting": a stray comma before a finite verb; the participle is
     * known by what follows it: a preposition, "whether", "if", "that"
     * ("asked about", "asked whether", "worried that", "accused of") */
    if ((t[i].wflags & TAC_LX_SAY) || i + 1 >= e ||
        !((t[i + 1].wflags & (TAC_LX_PREP | TAC_LX_COMPLEMENT)) || tok_is(&t[i + 1], "whether") ||
          tok_is(&t[i + 1], "if")))
        return 0;
    uint32_t b = c->groups[c->tok_group[i - 2 - s]].start;
    while (b > s && (t[b - 1].wflags & TAC_LX_DET))
        b--;
    /* not the comma that closes an apposition ("AMR Corp, parent company
     * of American Airlines, said") */
    for (uint32_t j = s; j + 1 < i; j++)
        if (tac_code_is_punct(&t[j], ','))
            return 0;
    return b == s;
}

/* "the 62 persons arrested in Godhra", "people arrested under the act
 * are still in jail", "those detained while proceeding": an arrest
 * participle right after the ones it names, with no object after it, is
 * a reduced passive (an arrest always has an object), so the arrested are
 * not its source. Match mt. */
static int reduced_arrest(const tac_coder *c, uint32_t s, uint32_t e, const match *mt)
{
    const tac_tok *t = c->toks.v;
    uint32_t i = mt->start;
    if (CAMEO_CMP(c->dict->cameo[mt->pat->cameo].code, "173") || !(t[i].wflags & TAC_LX_VERB) ||
        !tac_code_is_participle(&t[i]) || ends_with(&t[i], "ing") ||
        (mt->end != i + 1 && (mt->pat->has_target || !custody_words(c, mt))))
        return 0;
    /* "police booked five men for rioting" (`book * for * rioting`): words
     * the pattern skips right after the participle, no preposition or
     * particle ("taken into custody", "rounded up"), are its object: the
     * verb is active */
    if (mt->end > i + 1 && !(t[i + 1].wflags & (TAC_LX_PREP | TAC_LX_LOCATIVE | TAC_LX_ADVERB)) &&
        !tok_is(&t[i + 1], "up"))
        return 0;
    uint32_t b = i;
    while (b > s && (t[b - 1].wflags & TAC_LX_ADVERB || ends_with(&t[b - 1], "ly")))
        b--;
    if (b == s || (t[b - 1].wflags & (TAC_LX_AUX | TAC_LX_BE | TAC_LX_RELATIVE | TAC_LX_NEGATION |
                                       TAC_LX_PREP | TAC_LX_SAY)))
        return 0;
    if (!(c->tok_group[b - 1 - s] >= 0 || tok_is(&t[b - 1], "those") ||
          tok_is(&t[b - 1], "others")))
        return 0;
    uint32_t n = mt->end;
    while (n < e && (t[n].wflags & TAC_LX_ADVERB))
        n++;
    /* "police arrested over 100 protesters", "detained about a dozen":
     * a preposition that hedges a count opens the object */
    if (hedged_count(t, n, e))
        return 0;
    /* "arrested in Surat", "arrested under POTO", "arrested, he said",
     * "arrested were" (not "arrested two men") */
    return n >= e || (t[n].wflags & (TAC_LX_PREP | TAC_LX_LOCATIVE | TAC_LX_TIME | TAC_LX_BE |
                                     TAC_LX_AUX | TAC_LX_BOUNDARY)) ||
           tac_code_is_punct(&t[n], ',') || is_clause_break(&t[n]) || verbish(&t[n]) ||
           tok_is(&t[n], "while") || tok_is(&t[n], "when");
}

/* Whether the passive verb at i is told as news in its own clause: not
 * after "being" ("after being captured") and not in an "after" or
 * "before" clause ("after he was captured in clashes"), which looks back
 * at the background of the news. */
static int reported_passive(const tac_coder *c, uint32_t s, uint32_t i)
{
    const tac_tok *t = c->toks.v;
    for (uint32_t j = i; j > s;) {
        j--;
        if (tok_is(&t[j], "being") || tok_is(&t[j], "after") || tok_is(&t[j], "before"))
            return 0;
        if (tac_code_is_punct(&t[j], ',') || is_clause_break(&t[j]) ||
            (t[j].wflags & (TAC_LX_RELATIVE | TAC_LX_COMPLEMENT)))
            break;
    }
    return 1;
}

/* Whether the verb at i, after "and", "but" or a comma (not one closing a
 * relative clause), shares the subject of the event before it, whose words
 * end at prev_end: "opened its borders, but was still refusing admittance
 * to Ghanaians". Not across a relative or "that" clause opened after that
 * event: in "backed a resolution that aims to tighten sanctions and impose
 * a blockade" the resolution imposes. */
/* Whether the source src is a mention with no words of its own, the
 * police an agentless arrest or curfew implies: "curfew was clamped
 * following incidents of loot and arson" shares it with no noun after
 * "and" (a verb, "were arrested and remanded", still shares it). */
static int wordless_source(const tac_coder *c, int src)
{
    return src < -1 && c->ments[-2 - src].start == c->ments[-2 - src].end;
}

static int shares_subject(const tac_coder *c, uint32_t s, uint32_t i, uint32_t prev_end)
{
    const tac_tok *t = c->toks.v;
    uint32_t j = i;
    while (j > s && skip_left(&t[j - 1]))
        j--;
    int share = j > s &&
                ((t[j - 1].wflags & TAC_LX_CONJ) || tok_is(&t[j - 1], "but") ||
                 (tac_code_is_punct(&t[j - 1], ',') && !tac_code_relative_before(c, s, j - 1))) &&
                (c->tok_group[j - 1 - s] < 0);
    for (uint32_t q = prev_end; share && q < j; q++)
        if (t[q].wflags & (TAC_LX_RELATIVE | TAC_LX_COMPLEMENT))
            share = 0;
    /* "Iraqi troops, backed by U.S. air strikes, recaptured": a comma
     * that closes ", PARTICIPLE by ..." closes an aside; an event inside it
     * ("air strikes") lends the verb after it no subject */
    if (share && tac_code_is_punct(&t[j - 1], ','))
        for (uint32_t q = j - 1, k = 0; q > s + 2 && k < 12; k++) {
            q--;
            if (is_clause_break(&t[q]) || (verbish(&t[q]) && !tok_is(&t[q + 1], "by")))
                break;
            if (tac_code_is_punct(&t[q], ',')) {
                if (q + 2 < j && tok_is(&t[q + 2], "by") && (t[q + 1].wflags & TAC_LX_VERB) &&
                    !ends_with(&t[q + 1], "ing") && tac_code_is_participle(&t[q + 1]))
                    share = 0;
                break;
            }
        }
    return share;
}

/* "policemen chased the raiders and shot one": a verb at i right after
 * "and" (adverbs between; a word that may be a noun too, such as "shot",
 * when no verb follows it), with no subject of its own, after the object
 * (an actor, a phrase may follow it) of an active verb before "and" in its
 * clause (sixteen words back at most), shares that verb's subject
 * even when that verb codes no event; the object, the nearest actor, is
 * not its subject. Nouns joined by "and" or "or" inside the object ("the
 * breakdown of law and order") are passed over; an infinitive with its
 * object counts as that verb ("going to meet the prime minister again and
 * seek"). Not across a comma, a relative or "that" clause or a saying
 * verb. The subject, or -1; *verb is that verb, or 0 when there is none
 * (then -1). */
static int coordinated_subject(const tac_coder *c, uint32_t s, uint32_t i, uint32_t *verb)
{
    const tac_tok *t = c->toks.v;
    uint32_t j = i;
    *verb = 0;
    while (j > s && skip_left(&t[j - 1]))
        j--;
    if (j < s + 2 || !tok_is(&t[j - 1], "and"))
        return -1;
    int object = 0;
    for (uint32_t q = j - 1, k = 0; q > s && k < 16; k++) {
        q--;
        if (c->tok_group[q - s] >= 0) {
            /* "warplanes target the town and kill": an actor right before
             * a verb with its object is that verb's subject, not an object */
            if (q + 2 < j && c->tok_group[q + 1 - s] < 0 && (t[q + 1].wflags & TAC_LX_VERB) &&
                !ends_with(&t[q + 1], "ing") &&
                !(t[q + 1].wflags & (TAC_LX_PREP | TAC_LX_DET)) &&
                (c->tok_group[q + 2 - s] >= 0 || (t[q + 2].wflags & TAC_LX_DET)))
                return -1;
            object = 1;
            continue;
        }
        /* "law and order", "countries and relief agencies" */
        if ((tok_is(&t[q], "and") || tok_is(&t[q], "or")) && q + 1 < j - 1 && !verbish(&t[q + 1]) &&
            !(t[q + 1].wflags & (TAC_LX_PRON_PERSON | TAC_LX_PRON_GROUP | TAC_LX_DET)))
            continue;
        if (is_clause_break(&t[q]) || tac_code_is_punct(&t[q], ',') ||
            (t[q].wflags & (TAC_LX_RELATIVE | TAC_LX_COMPLEMENT | TAC_LX_CONJ | TAC_LX_SAY)))
            return -1;
        int inf = q > s + 1 && tok_is(&t[q - 1], "to") && (t[q].wflags & TAC_LX_VERB) &&
                  t[q].word == t[q].lemma && t[i].word == t[i].lemma && q + 1 < j &&
                  (c->tok_group[q + 1 - s] >= 0 || (t[q + 1].wflags & TAC_LX_DET));
        if (verbish(&t[q]) || inf) {
            /* "were shot dead by IS in Deir Ezzor and": a participle
             * after "be" the lexicon does not mark as a verb form */
            uint32_t n = q + 1;
            while (n < j && (t[n].wflags & TAC_LX_ADVERB))
                n++;
            if (!object || tac_code_is_passive(c, s, q) ||
                ((t[q].wflags & TAC_LX_BE) && n < j && c->tok_group[n - s] < 0 &&
                 (t[n].wflags & TAC_LX_VERB) && t[n].word != t[n].lemma && !ends_with(&t[n], "ing") &&
                 !(t[n].wflags & TAC_LX_DET)))
                return -1;
            *verb = q;
            return tac_code_subject_of(c, s, q);
        }
    }
    return -1;
}

/* The agent after "by" of an act named by a noun at the end of the match
 * ending at j or right after it ("the release of prisoners by Iran"): the
 * noun (lower case, after a determiner or none), "of", the object group
 * tgt, then "by" and a group; or -1. */
static int act_by_agent(const tac_coder *c, uint32_t s, uint32_t e, uint32_t j, int tgt)
{
    const tac_tok *t = c->toks.v;
    const group *gr = &c->groups[tgt];
    uint32_t of = gr->start;
    if (of > j && (t[of - 1].wflags & TAC_LX_DET))
        of--;
    if (of <= j || !tok_is(&t[of - 1], "of"))
        return -1;
    of--;
    /* the noun: the pattern's own last word ("condemned the arrest of"),
     * or the word after the verb and a determiner ("welcomed the release
     * of") */
    uint32_t a = j;
    if (of == j)
        a = j - 1;
    else if (a < of && (t[a].wflags & TAC_LX_DET))
        a++;
    if (a + 1 != of || c->tok_group[a - s] >= 0 || !(t[a].wflags & TAC_LX_NOUN) ||
        (t[a].flags & TAC_TOK_CAP))
        return -1;
    uint32_t b = gr->end;
    if (b >= e || !(t[b].wflags & TAC_LX_BY))
        return -1;
    b++;
    uint32_t a0 = b;
    if (b < e && (t[b].wflags & TAC_LX_DET))
        b++;
    int g = b < e ? c->tok_group[b - s] : -1;
    return g >= 0 && c->groups[g].start >= a0 && c->groups[g].start <= b ? g : -1;
}

/* The country alone of group g's one mention ("protesters in Iran" ->
 * IRN): a new mention after the others, in *out. -1 when out of memory,
 * else 0. */
static int state_of(tac_coder *c, int g, int *out)
{
    mention l = c->ments[c->groups[g].first];
    l.n_agents = 0;
    l.person = 0;
    l.armed = 0;
    l.one_person = 0;
    l.code = NULL;
    l.group = -1;
    if (tac_code_finish_code(c, &l) < 0 || tac_code_push_mention(c, &l) < 0)
        return -1;
    *out = SINGLE(c->n_ments - 1);
    return 0;
}

/* 1 for a state-act noun (`marker state-act-noun`), 2 for a violent-act
 * noun (`violent-act-noun`), else 0. */
static int act_noun_kind(const tac_coder *c, const tac_tok *w)
{
    return form_class(c, w, TAC_LC_STATE_ACT_NOUN)     ? 1
           : form_class(c, w, TAC_LC_VIOLENT_ACT_NOUN) ? 2
                                                       : 0;
}

/* "on", "against" or "at": the word before the one an attack hit. */
static int hit_prep(const tac_tok *w)
{
    return tok_is(w, "on") || tok_is(w, "against") || tok_is(w, "at");
}

/* For disapproval (11) of match mt whose object was found at tgt, which
 * starts at tat, when
 * the pattern's last word or the words right after the match (a
 * determiner, up to three lower-case words; no actor among them) name an
 * act by a state-act or violent-act noun (`marker state-act-noun`,
 * `violent-act-noun`): the target its author gives (active_target).
 *   a state's act: the place after "in" within eight words of the noun (no
 *     verb, comma or "by" between; *out_state 3), or an actor there that
 *     holds its own place ("protesters in Iran"; *out_state 1: the caller
 *     keeps its country alone); else -2;
 *   a violent act with no object, or one after the noun but not after
 *     "on", "against" or "at": -1 and *out_state 2, no place may stand in.
 * -2 when the rule does not apply. */
static int authorless_act(const tac_coder *c, uint32_t s, uint32_t e, const match *mt, int tgt,
                          uint32_t tat, int *out_state)
{
    const tac_tok *t = c->toks.v;
    uint32_t k = mt->end;
    int kind = 0;
    /* the pattern's own last word (`condemn * killing`), with no actor
     * among the words its '*' skipped */
    const tac_tok *last = &t[mt->end - 1];
    if (mt->end > mt->start + 1 && !(last->flags & TAC_TOK_CAP)) {
        kind = act_noun_kind(c, last);
        for (uint32_t j = mt->start + 1; kind && j + 1 < mt->end; j++)
            if (c->tok_group[j - s] >= 0)
                return -2;
    }
    if (!kind && k < e && (t[k].wflags & TAC_LX_DET))
        k++;
    for (uint32_t n = 0; k < e && n < 4 && !kind; n++, k++) {
        const tac_tok *w = &t[k];
        if (c->tok_group[k - s] >= 0 || (w->flags & (TAC_TOK_CAP | TAC_TOK_POSS)) || verbish(w) ||
            (w->wflags & (TAC_LX_PREP | TAC_LX_CONJ | TAC_LX_RELATIVE | TAC_LX_COMPLEMENT |
                          TAC_LX_LOCATIVE | TAC_LX_BY)) ||
            tac_code_is_punct(w, ','))
            return -2;
        kind = act_noun_kind(c, w);
    }
    if (!kind)
        return -2;
    /* k: the word after the noun */
    if (kind == 2) {
        /* "condemned the attack in Paris": no actor after the noun, and no
         * "on", "against" or "at" of the one it hit */
        if (tgt == -1) {
            if (k < e && hit_prep(&t[k]))
                return -2;
            *out_state = 2;
            return -1;
        }
        if (tat < k)
            return -2;
        uint32_t pb = tat;
        while (pb > k && (t[pb - 1].wflags & TAC_LX_DET))
            pb--;
        if (pb > k && hit_prep(&t[pb - 1]))
            return -2;
        *out_state = 2;
        return -1;
    }
    for (uint32_t j = k; j < e && j < k + 8; j++) {
        const tac_tok *w = &t[j];
        if (tac_code_is_punct(w, ',') || is_clause_break(w) || (w->wflags & TAC_LX_BY) ||
            (verbish(w) && c->tok_group[j - s] < 0))
            break;
        if (tok_is(w, "in") && j + 1 < e) {
            int pl = tac_code_place_target(c, s, e, j + 1);
            if (pl != -1) {
                *out_state = 3;
                return pl;
            }
        }
        /* "the crackdown on protesters in Iran": the mention finder has
         * read the people and their place as one actor, IRNOPP; its
         * country alone is the target (the caller makes that mention) */
        int g = c->tok_group[j - s];
        if (g >= 0 && c->groups[g].n == 1) {
            const mention *m = &c->ments[c->groups[g].first];
            if (m->country[0] && m->n_agents && !m->person)
                for (uint32_t q = m->start + 1; q + 1 < m->end; q++)
                    if (tok_is(&t[q], "in")) {
                        *out_state = 1;
                        return g;
                    }
            j = c->groups[g].end - 1;
        }
    }
    return -2;
}

/* 1 if group g ends right before the last word of match mt, a common
 * noun ("criticised the Japanese move"): g modifies that noun, whose act
 * it names, as an owner with 's would. */
static int noun_modifier(const tac_coder *c, const match *mt, int g)
{
    const tac_tok *w = &c->toks.v[mt->end - 1];
    return c->groups[g].end + 1 == mt->end && (w->wflags & TAC_LX_NOUN) &&
           !(w->flags & TAC_TOK_CAP);
}

/* Whether pattern text pt has "in" as a word of its own (`gather in *
 * square`, `demonstrate in`): its place comes after that "in". */
static int pattern_has_in(const char *pt)
{
    size_t n = strlen(pt);
    return !strncmp(pt, "in ", 3) || strstr(pt, " in ") || (n >= 3 && !strcmp(pt + n - 3, " in"));
}

/* The target of the active event of match mt, coded cm, whose source is
 * src: the object after the match (object_of), unless an actor inside the
 * words a '*' of the pattern skipped stands before one found words into
 * the object ("shelled Armenian positions", "demanded that the US cancel
 * the sale to Taiwan"); or -1. */
static int active_target(const tac_coder *c, uint32_t s, uint32_t e, const match *mt, int src,
                         const tac_cameo *cm, int *out_state)
{
    const char *r = cm->root;
    /* "condemned Russia's attack on Ukraine": disapproval (11) of an act
     * named by a noun is aimed at whose act it is, the possessor in the
     * words the pattern skipped, not at the noun's own object (support or
     * rejection of "Ukraine's bid to join the EU" is left to its object);
     * an actor right before the noun is its author the same way ("the
     * Japanese move on Taiwan") */
    if (!strcmp(r, "11")) {
        for (uint32_t j = mt->start + 1; j + 1 < mt->end; j++) {
            int g = c->tok_group[j - s];
            if (g >= 0 && g != src &&
                ((c->groups[g].end + 1 < mt->end &&
                  (c->toks.v[c->groups[g].end].flags & TAC_TOK_POSS)) ||
                 noun_modifier(c, mt, g)) &&
                !tac_code_modifier_agent(c, e, g))
                return g;
        }
    }
    /* "urged Colombia to resume dialogue with the rebels" (`urge *
     * dialogue`): an appeal or demand (02, 10) is addressed to the actor
     * right after its verb ("called on": after the particle) whom an
     * infinitive follows, not to one named in the act asked for */
    if (!strcmp(r, "02") || !strcmp(r, "10")) {
        uint32_t j = mt->start + 1;
        if (j + 1 < mt->end &&
            (tok_is(&c->toks.v[j], "on") || tok_is(&c->toks.v[j], "upon") ||
             tok_is(&c->toks.v[j], "for")))
            j++;
        if (j < mt->end && c->toks.v[j].wflags & TAC_LX_DET)
            j++;
        int g = j < mt->end ? c->tok_group[j - s] : -1;
        if (g >= 0 && g != src && c->groups[g].end + 1 < mt->end &&
            tok_is(&c->toks.v[c->groups[g].end], "to") && !tac_code_modifier_agent(c, e, g))
            return g;
    }
    int tgt = tac_code_object_of(c, s, e, mt->end, atoi(r) <= 13,
                                 !strcmp(r, "03") || !strcmp(r, "12") || !strcmp(r, "13"));
    /* (a place found in a topic phrase is a mention, SINGLE) */
    uint32_t tat = tgt >= 0 ? c->groups[tgt].start : tgt < -1 ? c->ments[-2 - tgt].start : 0;
    /* "welcomed the release of prisoners by Iran", "condemned the
     * invasion of Ukraine by Russia": approval or disapproval (05, 11) of
     * an act named by a noun, "of" its object and "by" its agent, is
     * aimed at the agent, as with "Russia's invasion" */
    if (tgt >= 0 && (!strcmp(r, "05") || !strcmp(r, "11"))) {
        int by = act_by_agent(c, s, e, mt->end, tgt);
        if (by >= 0 && by != src)
            return by;
    }
    /* "condemned the arrests of journalists in Egypt", "condemned the
     * killing of three journalists": disapproval (11) of an act named by a
     * noun with no author (no actor before the noun, no "by" agent, found
     * above) is aimed at the author, not at the people the act hit: a
     * state's act (`marker state-act-noun`) at the state of the place after
     * "in"; a violent act anyone may do (`marker violent-act-noun`) at no
     * one, as its victims, or the place where it happened ("the attack in
     * Paris"), are not whom the criticism is aimed at. An attack "on" or
     * "against" someone keeps that one ("condemned the attack on Cyprus"). */
    if (!strcmp(r, "11")) {
        int auth = authorless_act(c, s, e, mt, tgt, tat, out_state);
        if (auth != -2)
            return auth;
    }
    /* "condemned Russia's attack on Kyiv" (`condemn * attack`): the
     * owner of the pattern's noun, an actor with 's among the skipped
     * words, is the one the act is aimed at, not the actor in a phrase
     * of place or aim after the noun ("on", "in", "against", "at": where
     * the owner's act took place) */
    const tac_tok *t = c->toks.v;
    uint32_t pb = tat;
    while (tgt != -1 && pb > mt->end && (t[pb - 1].wflags & TAC_LX_DET))
        pb--;
    if (tgt != -1 && pb > mt->end &&
        (tok_is(&t[pb - 1], "on") || tok_is(&t[pb - 1], "in") || tok_is(&t[pb - 1], "against") ||
         tok_is(&t[pb - 1], "at"))) {
        for (uint32_t j = mt->start + 1; j + 1 < mt->end; j++) {
            int g = c->tok_group[j - s];
            if (g >= 0 && g != src && c->groups[g].end == j + 1 &&
                (t[j + 1].flags & TAC_TOK_POSS) && c->groups[g].start > mt->start)
                return g;
        }
    }
    /* "expel U.S. troops from Iraq" (`expel * troops from`): a pattern
     * ending in "from" drives out those its skipped words name; the
     * actor after it is only where they leave */
    int from_end = tok_is(&t[mt->end - 1], "from");
    /* "arrested two men for spying for Russia" (`arrest * for`): after
     * an arrest or charge (17) pattern ending in "for", "over", "of" or
     * "with" ("in connection with") come the charges, not the one
     * arrested: that one is among the skipped words, or unnamed */
    int reason_end = !strcmp(r, "17") &&
                     (tok_is(&t[mt->end - 1], "for") || tok_is(&t[mt->end - 1], "over") ||
                      tok_is(&t[mt->end - 1], "of") || tok_is(&t[mt->end - 1], "with"));
    /* "Gunmen who attacked a Nigerian army base killed five soldiers":
     * an object found past a verb is that verb's, not the pattern's */
    int past_verb = 0;
    for (uint32_t j = mt->end; tgt != -1 && j < tat && j < mt->end + 3 && !past_verb; j++)
        past_verb = verbish(&t[j]);
    if (tgt == -1 || tat > mt->end + 2 || from_end || past_verb || reason_end) {
        /* "offered troops to the UN peacekeeping force" (`offer *
         * peacekeeping force`): after a verb of giving the actor after
         * "to" among the skipped words is the recipient, before the thing
         * given */
        if (t[mt->start].wclass & TAC_LC_GIVE_VERB)
            for (uint32_t j = mt->start + 2; j < mt->end; j++) {
                int g = c->tok_group[j - s];
                uint32_t b = j;
                if (g < 0 || c->groups[g].start != j)
                    continue;
                if (t[b - 1].wflags & TAC_LX_DET)
                    b--;
                if (b > mt->start + 1 && tok_is(&t[b - 1], "to") && g != src &&
                    !tac_code_modifier_agent(c, e, g))
                    return g;
            }
        for (uint32_t j = mt->start + 1; j < mt->end; j++)
            if (c->tok_group[j - s] >= 0 && c->tok_group[j - s] != src &&
                !tac_code_modifier_agent(c, e, c->tok_group[j - s]))
                return c->tok_group[j - s];
    }
    /* "marched in Paris against education cuts" (`march * against * cut`):
     * a protest with no one it faces is aimed at the place named right
     * after an "in" the words a `*` skipped hold (a pattern with an "in"
     * of its own, `gather in * square`, has its place already), as
     * "demonstrated in Paris" (`demonstrate in`) is at the place after it
     * ("across France" is only where it spread). The pattern's text is
     * read only for a protest that has no target yet. */
    if (tgt == -1 && !strcmp(r, "14") && !pattern_has_in(mt->pat->text))
        for (uint32_t j = mt->start + 1; j + 2 < mt->end; j++) {
            if (!tok_is(&t[j], "in"))
                continue;
            uint32_t b = j + 1;
            if (t[b].wflags & TAC_LX_DET)
                b++;
            int pl = tac_code_place_target(c, s, mt->end, j + 1);
            uint32_t at = pl >= 0 ? c->groups[pl].start : pl < -1 ? c->ments[-2 - pl].start : 0;
            if (pl != -1 && at == b)
                return pl;
        }
    return reason_end ? -1 : tgt;
}

/* The group, other than src, right after a "that" inside match mt (the one
 * a demand or appeal asks to act); or -1. */
static int that_subject(const tac_coder *c, uint32_t s, const match *mt, int src)
{
    const tac_tok *t = c->toks.v;
    for (uint32_t j = mt->start + 1; j + 1 < mt->end; j++)
        if ((t[j].wflags & TAC_LX_COMPLEMENT) && c->tok_group[j + 1 - s] >= 0 &&
            c->tok_group[j + 1 - s] != src)
            return c->tok_group[j + 1 - s];
    return -1;
}

/* Finds the time expressions of sentence [s, e) into tx[MAX_TIMEX],
 * their first and last tokens counted from s. Returns their number, or -1
 * when out of memory. */
static long sentence_timexes(tac_coder *c, uint32_t s, uint32_t e, tac_timex *tx)
{
    const tac_tok *t = c->toks.v;
    size_t n = e - s;
    int have_words = 0;
    size_t ntx = 0;
    /* the parser looks only at windows around words that could start an
     * expression, time words and years (an expression is at most four
     * words before and five after its time word) */
    size_t wa = 0, wb = 0;
    for (size_t k = 0; k <= n && ntx < MAX_TIMEX; k++) {
        int trig = 0;
        if (k < n) {
            const tac_tok *tk = &t[s + k];
            trig = (tk->wflags & TAC_LX_TIME) || ((tk->flags & TAC_TOK_NUM) && year_like(tk));
        }
        if (trig) {
            size_t a = k > 4 ? k - 4 : 0, b = k + 6 < n ? k + 6 : n;
            if (wb > wa && a <= wb) {
                wb = b; /* overlapping windows merge */
                continue;
            }
        }
        if ((trig || k == n) && wb > wa) {
            if (!have_words) {
                /* the word view the date parser reads, built on first need */
                void *grown = tac_code_grow(c->words, &c->cap_words, n + 1, sizeof *c->words);
                if (!grown) /* c->words keeps its block */
                    return -1;
                c->words = grown;
                have_words = 1;
            }
            /* only the window's words: the parser reads no others, and
             * windows do not overlap */
            for (size_t q = wa; q < wb; q++) {
                c->words[q].s = t[s + q].norm;
                c->words[q].len = t[s + q].norm_len;
            }
            size_t got = tac_date_find(c->words + wa, wb - wa, c->date, tx + ntx, MAX_TIMEX - ntx);
            for (size_t q = ntx; q < ntx + got; q++) {
                tx[q].first += wa;
                tx[q].last += wa;
            }
            ntx += got;
            wa = wb = 0;
        }
        if (trig) {
            wa = k > 4 ? k - 4 : 0;
            wb = k + 6 < n ? k + 6 : n;
        }
    }
    return (long)ntx;
}

/* 1 if the time expression [a, b] and the verb at i have no finite verb
 * (other than the verb's own auxiliaries), "that" or clause break
 * between them. */
static int same_clause_time(const tac_coder *c, uint32_t s, uint32_t i, uint32_t a, uint32_t b)
{
    const tac_tok *t = c->toks.v;
    uint32_t from = b < i ? b + 1 : i + 1, to = b < i ? i : a;
    /* "FAO said world supplies in 1986/87 were": a time after the verb is
     * of its clause only when what follows the verb is a time, a
     * preposition or its hearer ("said on Monday", "said here on Monday",
     * "said in a statement on Monday", "told members Sunday": a verb of
     * telling names its hearer first); another word starts the words
     * reported */
    if (b >= i && i + 1 < a && !begins_with(&t[i], "tell") && !tok_is(&t[i], "told")) {
        uint32_t k = i + 1;
        while (k < a && ((t[k].wflags & TAC_LX_ADVERB) || tok_is(&t[k], "here") ||
                         tok_is(&t[k], "there")))
            k++;
        int dk = k + 1 < a && (t[k].wflags & TAC_LX_DET);
        if (k < a && !(t[k].wflags & (TAC_LX_TIME | TAC_LX_PREP | TAC_LX_BY)) &&
            c->tok_group[k - s] < 0 && !(dk && c->tok_group[k + 1 - s] >= 0))
            return 0;
    }
    for (uint32_t k = from; k < to; k++) {
        if (is_clause_break(&t[k]) || (t[k].wflags & TAC_LX_COMPLEMENT) ||
            (verbish(&t[k]) && !(b < i && (t[k].wflags & (TAC_LX_AUX | TAC_LX_BE)))))
            return 0;
        /* "prices fell in January, the agency said": a comma after the
         * time closes a clause with a verb of its own, the words reported
         * ("On Monday, the agency said" keeps its date) */
        if (b < i && tac_code_is_punct(&t[k], ',') && tac_code_clause_before_comma(c, s, k))
            return 0;
    }
    return 1;
}

/* 1 if a relative or complement word ("which", "who", "that") stands in
 * [from, to). */
static int clause_word_between(const tac_coder *c, uint32_t from, uint32_t to)
{
    const tac_tok *t = c->toks.v;
    for (uint32_t k = from; k < to; k++)
        if (t[k].wflags & (TAC_LX_RELATIVE | TAC_LX_COMPLEMENT))
            return 1;
    return 0;
}

/* Fills e0 with all but the actors of the event that match mt codes as
 * cm (mod: the modality applied, or NULL): document, sentence, date (the
 * time expression in tx[0, ntx) nearest the match, else the document's),
 * code, text spans and pattern. */
static void event_frame(const tac_coder *c, tac_event *e0, uint32_t s, uint32_t e,
                        const match *mt, const tac_cameo *cm, const char *mod, int index,
                        int headline, const tac_timex *tx, size_t ntx)
{
    const tac_tok *t = c->toks.v;
    const tac_pattern *p = mt->pat;
    uint32_t i = mt->start;
    memset(e0, 0, sizeof *e0);
    e0->doc_id = c->doc->id;
    e0->doc_id_len = c->doc->id_len;
    e0->sentence = index;
    e0->headline = headline;
    /* the time expression nearest the verb */
    tac_ymd date = c->date;
    const char *prec = "day";
    long best = -1;
    /* a statement is dated only by a time expression of its own clause
     * ("said on Monday", "on Monday said"), not by one in the words it
     * reports ("said its spending peaked in 1986"): no finite verb,
     * "that" or clause break stands between them */
    int say = (t[i].wflags & TAC_LX_SAY) && !ends_with(&t[i], "ing");
    for (size_t q = 0; q < ntx; q++) {
        long a = (long)(s + tx[q].first), b = (long)(s + tx[q].last);
        if (say && !same_clause_time(c, s, i, (uint32_t)a, (uint32_t)b))
            continue;
        /* "tabled an offer to end the strikes which started January 19":
         * a time after a relative or complement word dates that clause */
        if (!say && a > (long)mt->end && clause_word_between(c, mt->end, (uint32_t)a))
            continue;
        long dist = (long)i < a ? a - (long)i : (long)i > b ? (long)i - b : 0;
        /* on a tie the expression after the verb wins: "shelled X on
         * Friday and criticized Y on Monday" */
        if (best < 0 || dist < best || (dist == best && a > (long)i)) {
            best = dist;
            date = tx[q].date;
            prec = tx[q].prec == TAC_DATE_DAY ? "day"
                   : tx[q].prec == TAC_DATE_MONTH ? "month" : "year";
        }
    }
    tac_date_format(date, e0->date);
    e0->date_precision = prec;
    set_event_code(e0, cm);
    /* the text: the pattern's words, up to its end when it runs past its
     * first slot (the words before that slot: its anchor) */
    uint32_t o1 = t[i].off, last = mt->anchor_end > i ? mt->anchor_end - 1 : i;
    if (mt->end > mt->anchor_end)
        last = mt->end - 1;
    uint32_t o2 = t[last].off + t[last].len;
    e0->text = c->doc_text + o1;
    e0->text_len = o2 - o1;
    e0->text_offset = o1;
    e0->pattern_file = p->file;
    e0->pattern_line = (int)p->line;
    e0->pattern = p->text;
    e0->modality = mod;
    e0->sentence_text = c->doc_text + t[s].off;
    e0->sentence_len = t[e - 1].off + t[e - 1].len - t[s].off;
    e0->sentence_offset = t[s].off;
    e0->field = c->field_name;
}

/* What code_sentence carries from one match of a sentence to the next. */
typedef struct sent_state {
    int index, headline;     /* the sentence's number; 1 in the headline */
    tac_timex tx[MAX_TIMEX]; /* the sentence's time expressions */
    size_t ntx;
    /* tx found: only before the first event emitted, which most sentences
     * with a match never reach (the parser costs more than the rest of a
     * sentence that codes nothing) */
    int have_tx;
    int prev_src;            /* the source of the last event, or -1 */
    uint32_t prev_end;       /* end of the last event's words (prev_src) */
    uint32_t prev_start;     /* start of the last event's words */
    uint32_t demand_end;     /* end of the last demand or appeal coded, or 0 */
    size_t demand_ev0, demand_ev1; /* the events that demand or appeal pushed */
    uint32_t demand_start;         /* the first word of that demand or appeal */
    const char *third_cc;    /* the country a meeting (040) is held in, or NULL */
    const char *sent_cc;     /* the one country the sentence names */
    int sent_places;
    const char *place_cc;    /* the one country of the sentence's places */
} sent_state;

/* The roles of one match as they are worked out. */
typedef struct roles {
    int src, tgt;           /* slot values (groups), -1 none */
    int passive;            /* the match is passive in meaning */
    int host_unnamed;       /* 1: a one-sided act done to tgt by an unnamed
                             * agent; 2: the same in a headline */
    int gathering_acted_on; /* a gathering another act is done to */
    int caused_gathering;   /* a gathering a verb of causing brought about */
    int agentless;          /* 1: coded with no source, once per target;
                             * 2: with no source, target or none */
    int between;            /* the sides of a fight named after "between"
                             * (between_sides) */
    int country_only;       /* the target is the country of tgt, not its
                             * agents ("withdrew troops from Gaza") */
    int state_place;        /* the target is the place of a state's act,
                             * found as the place fallback would */
    int unaimed;            /* no target, on purpose: the place is not whom
                             * the act is aimed at ("condemned the attack
                             * in Paris") */
} roles;

/* "a strike by teachers", "a strike at the Pontiac plant": the noun
 * "strike" right before "by" or "at" whose source is civilians, workers,
 * students, farmers or protesters (and no police) is a labour strike (143),
 * never an air strike or an attack ("strikes targeted the town" with
 * civilians named elsewhere keeps its code). */
static uint32_t labour_strike(const tac_coder *c, const match *mt, const roles *r, uint32_t ev)
{
    const tac_dict *d = c->dict;
    const tac_tok *t = c->toks.v;
    uint32_t i = mt->start;
    if (r->src == -1 || !violent_root(&d->cameo[ev]) || verbish(&t[i]) ||
        !(tok_is(&t[i], "strike") || tok_is(&t[i], "strikes")) || i + 1 >= mt->end ||
        !(tok_is(&t[i + 1], "by") || tok_is(&t[i + 1], "at")) || street_sides(c, r->src) != 1)
        return ev;
    const tac_cameo *cm = tac_dict_cameo(d, "143", 3);
    return cm ? (uint32_t)(cm - d->cameo) : ev;
}

/* "clashes broke out between police and protesters", "students and police
 * clashed": a fight (190) whose words say both sides fight (clash,
 * battle, skirmish: not "fired at the mobs", "pushed back the crowd")
 * between the police and civilians, workers, students, farmers or
 * protesters is a riot, as "protesters clashed with police" and "police
 * clashed with protesters" are (`modal civilian`).
 * Returns the code of ev for the roles r. */
static uint32_t street_clash(const tac_coder *c, const match *mt, const roles *r, uint32_t ev)
{
    const tac_dict *d = c->dict;
    if (CAMEO_CMP(d->cameo[ev].code, "190") || r->src == -1 || !reciprocal_words(c, mt))
        return ev;
    int ss = street_sides(c, r->src), ts = r->tgt != -1 ? street_sides(c, r->tgt) : 0;
    if (!((ss == 1 && ts == 2) || (ss == 2 && ts == 1) || (r->tgt == -1 && ss == 3)))
        return ev;
    long m = tac_dict_modal(d, "civilian", ev);
    return m >= 0 ? (uint32_t)m : ev;
}

/* "one person was killed when the police fired 15 rounds", "a boy was
 * killed and two injured when police opened fire to disperse the mob": an
 * act of violence in the passive with no "by" agent, followed in its
 * sentence by a "when" clause whose subject, right after "when", is an
 * actor that fires there (193, or 175 on a crowd), was done by that
 * actor; not a pronoun ("were killed when they attacked the base": the
 * dead may be the attackers) and not an attack (190), after which the
 * dead may be either side. from: the end of the passive's words. The
 * group, or -1. */
static int when_agent(const tac_coder *c, uint32_t s, uint32_t e, uint32_t from)
{
    const tac_tok *t = c->toks.v;
    for (uint32_t j = from; j < e && j < from + 24; j++) {
        if (!tok_is(&t[j], "when")) {
            if (tac_code_is_punct(&t[j], ';') || tac_code_is_punct(&t[j], '.'))
                return -1;
            continue;
        }
        uint32_t a = j + 1;
        if (a < e && (t[a].wflags & TAC_LX_DET))
            a++;
        int g = a < e ? c->tok_group[a - s] : -1;
        /* "were killed when they attacked the base": the dead fought */
        if (g < 0 || c->ments[c->groups[g].first].resolved)
            return -1;
        uint32_t v = c->groups[g].end;
        while (v < e && (t[v].wflags & (TAC_LX_ADVERB | TAC_LX_AUX)))
            v++;
        /* "when the police fired to disperse the mob": the verb alone */
        if (v < e && tok_is(&t[v], "fired"))
            return g;
        for (size_t q = 0; q < c->n_matches; q++) {
            const tac_cameo *cm = &c->dict->cameo[c->matches[q].pat->cameo];
            if (c->matches[q].start == v &&
                (!CAMEO_CMP(cm->code, "193") || !CAMEO_CMP(cm->code, "175")))
                return g;
        }
        return -1;
    }
    return -1;
}

/* "5 killed in Idlib", "70 were killed yesterday": in a headline, victims
 * of the passive verb at i counted by a number alone (up to three words
 * such as "about", "at least" may come before it; "were" after it),
 * a number that names no group. 1 if so. */
static int counted_victims(const tac_coder *c, uint32_t s, uint32_t i)
{
    const tac_tok *t = c->toks.v;
    uint32_t j = i;
    while (j > s && (t[j - 1].wflags & (TAC_LX_BE | TAC_LX_AUX | TAC_LX_ADVERB)))
        j--;
    /* (not "80-year-old": an age names one person) */
    if (j == s || !((t[j - 1].flags & TAC_TOK_NUM) || (t[j - 1].wclass & TAC_LC_NUMBER)) ||
        c->tok_group[j - 1 - s] >= 0 || memchr(t[j - 1].norm, '-', t[j - 1].norm_len))
        return 0;
    for (uint32_t k = j - 1, n = 0; k > s; n++) {
        k--;
        if (is_clause_break(&t[k]) || tac_code_is_punct(&t[k], ',') || (t[k].wflags & TAC_LX_CONJ))
            return 1;
        if (n == 3 || verbish(&t[k]) || c->tok_group[k - s] >= 0)
            return 0;
    }
    return 1;
}

/* "killed in the north of Idlib", "killed on Monday near Kandahar": the
 * place of an act named right after its words [.., j), with only
 * prepositions, determiners, time words, compass words, place nouns,
 * casualty nouns and acts of violence between ("killed in air strikes
 * on Idlib"); not "killed in floods in Kerala", whose "in" phrase names a
 * cause. Returns the place as a slot value, or -1. */
static int place_right_after(const tac_coder *c, uint32_t s, uint32_t e, uint32_t j)
{
    const tac_tok *t = c->toks.v;
    /* "Martyrs and wounded in Aleppo": other words for the harmed first */
    while (j < e && ((t[j].wflags & TAC_LX_CONJ) || harmed_word(&t[j]) ||
                     (t[j].wclass & TAC_LC_CASUALTY)))
        j++;
    int g = tac_code_place_target(c, s, e, j);
    if (g == -1)
        return -1;
    uint32_t first, n;
    slot_members(c, g, &first, &n);
    for (uint32_t q = j; q < c->ments[first].start && q < e; q++) {
        if ((t[q].wflags & (TAC_LX_LOCATIVE | TAC_LX_PREP | TAC_LX_DET | TAC_LX_TIME |
                            TAC_LX_ADVERB | TAC_LX_CONJ)) ||
            (t[q].wclass & (TAC_LC_COMPASS | TAC_LC_PLACE_NOUN | TAC_LC_CASUALTY |
                            TAC_LC_NUMBER | TAC_LC_COUNT_NOUN)) ||
            (t[q].flags & TAC_TOK_NUM) || tok_is(&t[q], "least") || harmed_word(&t[q]))
            continue;
        /* "killed in air strikes on Idlib", "by the coalition airstrikes
         * in Raqqa": an act of violence (and up to two words before it)
         * is no cause apart from the act */
        uint32_t end = q;
        for (size_t m = 0; m < c->n_matches; m++)
            if (c->matches[m].start >= q && c->matches[m].start < q + 3 &&
                c->matches[m].end > end && violent_root(&c->dict->cameo[c->matches[m].pat->cameo]))
                end = c->matches[m].end;
        if (end == q || verbish(&t[q]) || c->tok_group[q - s] >= 0)
            return -1;
        q = end - 1;
    }
    return g;
}

/* "70 were killed yesterday, including 27 members of the regime forces":
 * the group a few words after "including" (or "among them") right after
 * the words [.., j) of an act (a time phrase or comma between), before a
 * verb or clause word: the part of
 * the victims the headline names. Returns the group, or -1. */
static int included_victims(const tac_coder *c, uint32_t s, uint32_t e, uint32_t j)
{
    const tac_tok *t = c->toks.v;
    uint32_t k = j;
    while (k < e && k < j + 4 &&
           ((t[k].wflags & (TAC_LX_TIME | TAC_LX_ADVERB)) || tac_code_is_punct(&t[k], ',') ||
            (tok_is(&t[k], "on") && k + 1 < e && (t[k + 1].wflags & TAC_LX_TIME))))
        k++;
    if (k + 1 < e && tok_is(&t[k], "among") && tok_is(&t[k + 1], "them"))
        k++;
    else if (k >= e || !tok_is(&t[k], "including"))
        return -1;
    for (uint32_t q = k + 1; q < e && q < k + 5; q++) {
        if (c->tok_group[q - s] >= 0)
            return c->tok_group[q - s];
        if (verbish(&t[q]) || is_clause_break(&t[q]) || tac_code_is_punct(&t[q], ','))
            return -1;
    }
    return -1;
}

/* "Police arrested three men, including two Russians", "killed 12 people,
 * among them four Turkish soldiers", "kidnapped six aid workers, including
 * two Americans": the group after "including" or "among them" right after
 * the object of an act done by a named agent names who the victims or
 * detainees were, so it is the target, once, in place of an object that
 * names no country ("three men", "people", "aid workers"), when the group
 * names one (not "30 militants, including a senior commander", one of
 * them). An object of its own country stays ("arrested 20 Palestinians,
 * including a journalist"), as does the headline's passive with no agent, whose rule
 * (included_victims) gives each group an event. r's target may change. */
static void listed_target(const tac_coder *c, uint32_t s, uint32_t e, const match *mt, roles *r)
{
    const tac_tok *t = c->toks.v;
    uint32_t k = mt->end, first = 0, n = 0;
    if (r->src < 0 || r->agentless || r->passive || mt->fronted)
        return;
    if (r->tgt != -1) {
        slot_members(c, r->tgt, &first, &n);
        for (uint32_t b = 0; b < n; b++)
            if (c->ments[first + b].country[0] || c->ments[first + b].start < mt->start)
                return;
        if (n && c->ments[first + n - 1].end > k)
            k = c->ments[first + n - 1].end;
    }
    /* the rest of the object's phrase: "three men", "12 people on Sunday" */
    for (uint32_t j = k; j < e && j < k + 8; j++) {
        if (tac_code_is_punct(&t[j], ',') || tok_is(&t[j], "including") ||
            tok_is(&t[j], "among")) {
            int inc = included_victims(c, s, e, j);
            /* "arrested two men, both Afghan nationals": who all of them were */
            if (inc < 0 && tac_code_is_punct(&t[j], ',') && j + 2 < e &&
                (tok_is(&t[j + 1], "both") || tok_is(&t[j + 1], "all")))
                inc = c->tok_group[j + 2 - s];
            if (inc >= 0 && inc != r->tgt && inc != r->src && slot_first(c, inc)->country[0])
                r->tgt = inc;
            return;
        }
        if (verbish(&t[j]) || is_clause_break(&t[j]) || c->tok_group[j - s] >= 0)
            return;
    }
}

/* A verb at v that says people were harmed: killed, wounded, injured,
 * martyred, or an act of violence (18-20) of a match there. */
static int harm_verb(const tac_coder *c, uint32_t v)
{
    const tac_tok *t = c->toks.v;
    if (begins_with(&t[v], "wound") || begins_with(&t[v], "injur") ||
        begins_with(&t[v], "martyr") || begins_with(&t[v], "hurt"))
        return 1;
    for (size_t q = 0; q < c->n_matches; q++)
        if (c->matches[q].start == v && violent_root(&c->dict->cameo[c->matches[q].pat->cameo]))
            return 1;
    return 0;
}

/* A verb of harm whose subject is what was done to: "two soldiers died in
 * a rocket attack", "perished in the shelling". */
static int intransitive_harm(const tac_tok *w)
{
    return tok_is(w, "died") || tok_is(w, "dies") || tok_is(w, "die") || tok_is(w, "perished");
}

/* "16 citizens were martyred in aerial bombardment, shells and shelling",
 * "11 civilians were killed due to the fall of shells", "two soldiers died
 * in a rocket attack", "the army killed five civilians in shelling": the
 * verb of harm whose cause phrase ("in", "by", "during", "from", "amid",
 * "after", "due to", "as a result of") holds the noun event at token i,
 * also as a later member of a list of causes; the verb is the first of
 * "were killed and wounded". Returns its token, or -1 (a verb of another
 * kind, a clause word or no cause word before the noun). */
static int cause_host_verb(const tac_coder *c, uint32_t s, uint32_t i)
{
    const tac_tok *t = c->toks.v;
    int cause = 0;
    for (uint32_t j = i, n = 0; j > s && n < 20; n++) {
        const tac_tok *w = &t[--j];
        if (is_clause_break(w) || (w->wflags & (TAC_LX_SAY | TAC_LX_RELATIVE | TAC_LX_COMPLEMENT)))
            return -1;
        /* an actor or place, not in an "of" or "by" phrase of a cause
         * ("shelling of the regime forces") nor the verb's object, ends
         * the list: "killed in Ghouta and shelling targets Daraa" */
        int g = c->tok_group[j - s];
        if (g >= 0) {
            uint32_t b = c->groups[g].start;
            if (b <= s || !(tok_is(&t[b - 1], "of") || (t[b - 1].wflags & TAC_LX_BY) ||
                            verbish(&t[b - 1]) ||
                            ((t[b - 1].wflags & TAC_LX_DET) && b - 1 > s &&
                             (tok_is(&t[b - 2], "of") || (t[b - 2].wflags & TAC_LX_BY)))))
                return -1;
            j = b;
            continue;
        }
        if (!verbish(w) && !intransitive_harm(w)) {
            if (tok_is(w, "in") || tok_is(w, "during") || tok_is(w, "from") || tok_is(w, "amid") ||
                tok_is(w, "after") || (w->wflags & TAC_LX_BY) ||
                (tok_is(w, "due") && j + 1 < i && tok_is(&t[j + 1], "to")) ||
                (tok_is(w, "result") && j + 1 < i && tok_is(&t[j + 1], "of")))
                cause = 1;
            continue;
        }
        if (!cause || !(harm_verb(c, j) || intransitive_harm(w)))
            return -1;
        while (j > s + 1 && (t[j - 1].wflags & TAC_LX_CONJ) && verbish(&t[j - 2]) &&
               harm_verb(c, j - 2))
            j -= 2;
        return (int)j;
    }
    return -1;
}

/* The source of the match k (event code ev), and the target where the
 * same construction gives it: a noun event's actor before it, the clause
 * of the verb a noun event's phrase hangs on, a "by" agent, the subject.
 * Returns -1 on out of memory, else 0. */
/* Whether the actor tgt (a group, or -2 - a mention) ends inside the noun
 * phrase that ends right before token b: up to three plain words (no verb,
 * preposition, conjunction, punctuation) between ("the Syrian village", "a
 * camp of the Afghan army" is no such phrase; "her daughter" after "the
 * mother called police, saying" is not the mother's). */
static int owner_in_subject(const tac_coder *c, int tgt, uint32_t b)
{
    const tac_tok *t = c->toks.v;
    uint32_t end;
    if (tgt >= 0)
        end = c->groups[tgt].end;
    else if (tgt < -1)
        end = c->ments[-2 - tgt].end;
    else
        return 0;
    if (end > b || b - end > 3)
        return 0;
    for (uint32_t q = end; q < b; q++)
        if (verbish(&t[q]) || (t[q].flags & (TAC_TOK_PUNCT | TAC_TOK_NUM)) ||
            (t[q].wflags & (TAC_LX_PREP | TAC_LX_CONJ | TAC_LX_BE | TAC_LX_AUX | TAC_LX_BOUNDARY |
                            TAC_LX_RELATIVE | TAC_LX_SAY)))
            return 0;
    return 1;
}

/* Whether the act of match mt, a noun and its verb ("bomb * explode"), is
 * told as done: no negation, intent, demand, threat or hypothetical modal
 * in or right before it ("a bomb could explode", "no bomb went off"). */
static int noun_act_done(const tac_coder *c, uint32_t s, const match *mt)
{
    const tac_tok *t = c->toks.v;
    for (uint32_t j = mt->start; j < mt->end; j++)
        if ((t[j].wflags & (TAC_LX_INTENT | TAC_LX_DEMAND | TAC_LX_NEGATION | TAC_LX_THREAT)) ||
            hypothetical_modal(&t[j]) || tok_is(&t[j], "no"))
            return 0;
    return passive_done(c, s, mt);
}

/* Whether match mt opens with a weapon noun of a '!' pattern and its verb
 * ("bomb * explode") and holds, between them, a negation, intent, demand,
 * threat or hypothetical modal: "a bomb could explode", "the bomb did not
 * go off". "may have", "might have" tell a suspected past act, coded like
 * an alleged one, so they stay. */
static int weapon_act_undone(const tac_coder *c, const match *mt)
{
    const tac_tok *t = c->toks.v;
    if (!mt->pat->named_act || verbish(&t[mt->start]) || mt->end - mt->start < 2)
        return 0;
    for (uint32_t j = mt->start + 1; j < mt->end; j++) {
        if (hypothetical_modal(&t[j]) && !(j + 1 < mt->end && tok_is(&t[j + 1], "have")))
            return 1;
        if (t[j].wflags & (TAC_LX_INTENT | TAC_LX_DEMAND | TAC_LX_NEGATION | TAC_LX_THREAT))
            return 1;
    }
    return 0;
}

/* Whether match mt, a weapon's act (183, 175: a bomb, tear gas), is the instrument of an
 * act of force coded before it in the sentence: "with" or "using" right
 * before it, or before up to three plain words ("with laser-guided bombs",
 * "using drones and missiles"; no actor, verb or comma between). */
static int force_instrument(const tac_coder *c, uint32_t s, const match *mt)
{
    const tac_tok *t = c->toks.v;
    const tac_cameo *cm = &c->dict->cameo[mt->pat->cameo];
    /* (a weapon's own act, bombing (183) or tear gas (175): "with clashes",
     * "in conjunction with air strikes", "with a violent attack by the
     * Turkish forces" name a second act, 180 and roots 19-20) */
    if (verbish(&t[mt->start]) || !(!CAMEO_NCMP(cm->code, "183") || !CAMEO_NCMP(cm->code, "175")))
        return 0;
    /* (a noun of the act itself, `marker incident-noun` but the bomb:
     * "target the SDF with a suicide attack", "with an explosion in
     * Idlib" tell an act of their own, not the weapon of one) */
    for (uint32_t j = mt->start; j < mt->end; j++)
        if (word_class(c, &t[j], TAC_LC_INCIDENT_NOUN) && !tok_is(&t[j], "bomb") &&
            !tok_is(&t[j], "bombs"))
            return 0;
    uint32_t j = mt->start, k = 0;
    while (j > s && k < 3 && !tok_is(&t[j - 1], "with") && !tok_is(&t[j - 1], "using")) {
        const tac_tok *w = &t[j - 1];
        if (!(w->flags & TAC_TOK_WORD) || c->tok_group[j - 1 - s] >= 0 || verbish(w) ||
            (w->wflags & (TAC_LX_PREP | TAC_LX_BOUNDARY | TAC_LX_RELATIVE | TAC_LX_BE | TAC_LX_AUX)))
            return 0;
        j--;
        k++;
    }
    if (j <= s || !(tok_is(&t[j - 1], "with") || tok_is(&t[j - 1], "using")))
        return 0;
    for (size_t q = c->sent_first_event; q < c->n_events; q++) {
        const char *code = c->events[q].code;
        if (code[0] == '1' && (code[1] == '7' || code[1] == '8' || code[1] == '9'))
            return 1;
        if (code[0] == '2' && code[1] == '0')
            return 1;
    }
    return 0;
}

/* The actor group right after a locative word ("near", "outside", "at")
 * at j, a determiner allowed between: "exploded near the Iraqi
 * parliament". The group, or -1. */
static int actor_after_locative(const tac_coder *c, uint32_t s, uint32_t e, uint32_t j)
{
    const tac_tok *t = c->toks.v;
    if (j >= e || !(t[j].wflags & TAC_LX_LOCATIVE))
        return -1;
    j++;
    if (j < e && (t[j].wflags & TAC_LX_DET))
        j++;
    return j < e ? c->tok_group[j - s] : -1;
}

/* Whether match mt is rounds, shots or bullets told as fired in the
 * passive (`round * fire`: "ten rounds were fired", "shots had to be
 * fired"), done (passive_done), with no "by" agent after it. */
static int passive_rounds_fired(const tac_coder *c, uint32_t s, uint32_t e, const match *mt)
{
    const tac_tok *t = c->toks.v;
    uint32_t n = mt->end;
    if (n < mt->start + 3 || !begins_with(&t[n - 1], "fired") || !(t[n - 2].wflags & TAC_LX_BE) ||
        CAMEO_NCMP(c->dict->cameo[mt->pat->cameo].code, "19"))
        return 0;
    if (!(begins_with(&t[mt->start], "round") || begins_with(&t[mt->start], "shot") ||
          begins_with(&t[mt->start], "bullet")))
        return 0;
    if (n < e && (t[n].wflags & TAC_LX_BY))
        return 0;
    return noun_act_done(c, s, mt);
}

/* Whether the sentence names the police (a mention with agent COP):
 * "according to police sources, six rounds had to be fired". */
static int police_named(const tac_coder *c)
{
    for (size_t k = 0; k < c->n_ments; k++)
        for (int a = 0; c->ments[k].end > c->ments[k].start && a < c->ments[k].n_agents && a < TAC_MAX_AGENTS; a++)
            if (c->ments[k].agents[a] && !strcmp(c->ments[k].agents[a], "COP"))
                return 1;
    return 0;
}

/* An act whose pattern p names an act of political violence by its verb's
 * meaning (a pattern written with '!': kidnap, assassinate, shell, ambush,
 * loot), told by the verb v: its passive with no agent still tells which
 * act was done. Killing and wounding are not such verbs: they are the
 * outcome of most kinds of violence, and their passive ("ten were
 * killed") does not tell which act it was; nor are verbs with other
 * senses ("whisked away" to safety, "seized"). */
static int named_act(const tac_pattern *p, const tac_tok *v)
{
    return p->named_act && verbish(v);
}

/* The group after "by" (a determiner may come between) that follows the
 * first one to three words of match mt, a noun event's words, and ends
 * inside the match: the actor in words a `*` of the pattern skipped
 * ("Shelling by the regime forces targets Douma", `shelling * target`).
 * Not a `$` slot's group, which is the source already. The group, or -1. */
static int skipped_by_agent(const tac_coder *c, uint32_t s, const match *mt)
{
    const tac_tok *t = c->toks.v;
    for (uint32_t j = mt->start + 1; j < mt->end && j <= mt->start + 3; j++) {
        if (c->tok_group[j - s] >= 0 || is_clause_break(&t[j]) || tac_code_is_punct(&t[j], ','))
            return -1;
        if (!tok_is(&t[j], "by"))
            continue;
        uint32_t a = j + 1;
        if (a < mt->end && (t[a].wflags & TAC_LX_DET))
            a++;
        int g = a < mt->end ? c->tok_group[a - s] : -1;
        if (g < 0 || g == mt->src_group || c->groups[g].end >= mt->end)
            return -1;
        return g;
    }
    return -1;
}

/* "the decision sparked protests by students": a gathering a verb of
 * causing brought about (caused_gathering) is held by the agent after
 * "by", "from" or "among", if any ("sparked protests from China",
 * "sparked protests among farmers"); the verb's subject is its cause, no
 * protester. With none, r->caused_gathering is set (unnamed_agent). */
static void caused_gathering_source(const tac_coder *c, uint32_t s, uint32_t e, const match *mt,
                                    roles *r)
{
    const tac_tok *t = c->toks.v;
    uint32_t pv = 0;
    r->src = tac_code_noun_agent(c, s, e, mt->end, &pv);
    if (r->src == -1 && mt->end < e &&
        (tok_is(&t[mt->end], "from") || tok_is(&t[mt->end], "among")))
        r->src = group_at(c, s, e, mt->end + 1);
    r->caused_gathering = r->src == -1;
}

/* "bombs were seized during the combing", "cash was recovered from them"
 * (`bomb * be seize`, `be recover from`): arms or goods taken in the
 * passive (seized_goods, for a seizure, 1711) are seized by the "by" agent
 * after the match; with none, reported done, by the police, as an
 * agentless arrest is. The actor before the verb owns or names the goods
 * ("Indian currency"), or speaks ("police sources told TNN that
 * explosives were recovered"): it is neither source nor target. Returns
 * -1 when out of memory, else 0. */
static int seizure_roles(tac_coder *c, uint32_t s, uint32_t e, const match *mt, roles *r)
{
    const tac_tok *t = c->toks.v;
    if (!seized_goods(c, s, mt))
        return 0;
    if (!mt->pat->has_target)
        r->tgt = -1; /* the goods' owner or name, no target */
    if (mt->end < e && (t[mt->end].wflags & TAC_LX_BY))
        r->src = tac_code_by_agent(c, s, e, mt->end);
    else if (reported_passive(c, s, mt->start) && passive_done(c, s, mt) &&
             police_of_arrest(c, s, e, mt, &r->src) < 0)
        return -1;
    return 0;
}

/* The "by" agent after token i that belongs to the verb or noun event
 * before i, not to a later member of a list of causes: as
 * tac_code_by_agent, but a comma, or a conjunction not before a
 * participle ("killed and wounded by"), ends the search: in "killed in
 * aerial bombardment and shelling by the regime forces" the forces shell;
 * the bombardment has no named agent. The group, or -1. */
static int own_by_agent(const tac_coder *c, uint32_t s, uint32_t e, uint32_t i)
{
    const tac_tok *t = c->toks.v;
    for (uint32_t j = i; j < e && j < i + 6; j++) {
        if (is_clause_break(&t[j]) || tac_code_is_punct(&t[j], ','))
            return -1;
        if ((t[j].wflags & TAC_LX_CONJ) && !(j + 1 < e && tac_code_is_participle(&t[j + 1])))
            return -1;
        if (t[j].wflags & TAC_LX_BY)
            return group_at(c, s, e, j + 1);
    }
    return -1;
}

/* "the man behind the Godhra massacre", "opposition politicians behind the
 * protest": a noun event whose noun phrase (a determiner, actors and other
 * words that are no verb, up to four) opens after "behind" names those
 * right before "behind" as its doers; the clause's subject did not do it
 * ("the police say the man behind the massacre ..."); not "from behind
 * the border", a place, nor "those behind", whose antecedent the usual
 * subject search finds. Returns the group
 * right before "behind" (-1 if none is an actor) and sets *found, else
 * leaves *found 0. */
static int behind_agent(const tac_coder *c, uint32_t s, uint32_t i, int *found)
{
    const tac_tok *t = c->toks.v;
    *found = 0;
    for (uint32_t j = i, k = 0; j > s && k < 5; k++) {
        j--;
        const tac_tok *w = &t[j];
        /* ("came from behind the border": a place) */
        if (tok_is(w, "behind") && !(j > s && (t[j - 1].wflags & (TAC_LX_PREP | TAC_LX_LOCATIVE))) &&
            !(j > s && tok_is(&t[j - 1], "those"))) {
            *found = 1;
            return j > s ? c->tok_group[j - 1 - s] : -1;
        }
        if (verbish(w) || is_clause_break(w) || tac_code_is_punct(w, ',') ||
            (w->wflags & (TAC_LX_PREP | TAC_LX_CONJ | TAC_LX_BY | TAC_LX_RELATIVE |
                          TAC_LX_COMPLEMENT | TAC_LX_SAY)))
            return -1;
    }
    return -1;
}

static int in_the_firing(const tac_coder *c, const match *mt);
static int earlier_firing(tac_coder *c, const match *mt, roles *r);

/* A word naming a building or institution where people gather, whose
 * agent word names its people (`marker venue`: school, hospital, mosque),
 * as a common noun. */
static int venue_word(const tac_coder *c, const tac_tok *w)
{
    return !(w->flags & TAC_TOK_UPPER) && word_class(c, w, TAC_LC_VENUE);
}

/* Whether the group g, one people (a code that ends in ETH, or a faith
 * alone: MOS, CHR) and no person, ends right before the noun of
 * repression at i (`marker repression-noun`), a possessive between or not:
 * "Uyghur crackdown", "the Rohingyas' persecution". */
static int repressed_people(const tac_coder *c, int g, uint32_t i)
{
    const tac_tok *t = c->toks.v;
    const group *gr = &c->groups[g];
    uint32_t ge = gr->end;
    if (ge < i && ge + 1 == i && (t[ge].flags & TAC_TOK_POSS))
        ge++;
    if (ge != i || gr->n != 1 || !word_class(c, &t[i], TAC_LC_REPRESSION_NOUN))
        return 0;
    const mention *m = &c->ments[gr->first];
    if (m->person || m->resolved || !m->code)
        return 0;
    size_t n = strlen(m->code);
    return (n >= 3 && !strcmp(m->code + n - 3, "ETH")) ||
           (n == 3 && agent_in(m->code, FAITH_CODES));
}

/* Whether no verb or clause break stands in [a, b): "the attack in Kabul
 * killed", not "the attack ended and troops killed". */
static int no_verb_between(const tac_coder *c, uint32_t a, uint32_t b)
{
    for (uint32_t j = a; j < b; j++)
        if (verbish(&c->toks.v[j]) || is_clause_break(&c->toks.v[j]))
            return 0;
    return 1;
}

/* The match of a pattern of mass violence that starts with the noun at j
 * ("attack", "shooting", "bombing"), or -1. */
static long violence_noun_at(const tac_coder *c, uint32_t j)
{
    const tac_tok *w = &c->toks.v[j];
    if (!(w->wflags & TAC_LX_NOUN) || (w->flags & TAC_TOK_UPPER))
        return -1;
    for (size_t k = 0; k < c->n_matches; k++)
        if (c->matches[k].start == j &&
            mass_violent_root(&c->dict->cameo[c->matches[k].pat->cameo]))
            return (long)k;
    return -1;
}

static int match_source(tac_coder *c, uint32_t s, uint32_t e, size_t k, uint32_t ev,
                        const sent_state *st, roles *r)
{
    const tac_dict *d = c->dict;
    const tac_tok *t = c->toks.v;
    const match *mt = &c->matches[k];
    const tac_pattern *p = mt->pat;
    uint32_t i = mt->start;
    /* ("Student shot dead by police": a verb, not the noun "shot") */
    int vb = verbish(&t[i]) || tac_code_resultative(c, i);
    /* "Shelling by the regime forces targets Douma" (`shelling * target`):
     * the actor after "by" right after the noun event's words, in the
     * words a `*` skipped, is its agent, not what it hits */
    if (r->src == -1 && !vb && !r->passive) {
        int g = skipped_by_agent(c, s, mt);
        if (g >= 0)
            r->src = g;
    }
    /* a noun event with an actor before it: "Russian air strike on Idlib",
     * "Israel's attack": that actor is the source */
    if (r->src == -1 && !vb && i > s && !r->passive) {
        uint32_t b = i;
        if (t[b - 1].flags & TAC_TOK_POSS)
            b--;
        int g = b > s ? c->tok_group[b - 1 - s] : -1;
        /* "the UN envoy to Yemen met": a past form whose lemma is a noun
         * too ("met", "held"), after an actor that is a prepositional
         * object, is the verb of the subject before that phrase */
        int past_after_pp = b == i && g >= 0 && c->groups[g].start > s &&
                            (t[c->groups[g].start - 1].wflags & TAC_LX_PREP) &&
                            !(t[c->groups[g].start - 1].wflags & TAC_LX_BY) &&
                            past_verb_form(&t[i]);
        /* a noun, or a word WordNet does not know ("airstrike") */
        if (g >= 0 && c->groups[g].end == b && !past_after_pp &&
            ((t[i].wflags & TAC_LX_NOUN) || !(t[i].wflags & TAC_LX_VERB))) {
            r->src = g;
            if (r->tgt == -1 && !p->has_target)
                r->tgt = tac_code_passive_host_target(c, s, e, g);
        }
    }
    int host = r->src == -1 && !vb ? tac_code_pp_host_verb(c, s, i, 0) : -1;
    /* "30 civilians were killed in air strikes", "wounded by shelling": a
     * bare noun of one-sided violence after a passive verb of harm with no
     * actor as "by" agent is its cause, with an unnamed agent ("a truce
     * interrupted by shelling" is no victim) */
    if (host < 0 && r->src == -1 && !vb && one_sided_violence(c, &d->cameo[ev], mt)) {
        int h = tac_code_pp_host_verb(c, s, i, 1);
        if (h >= 0 && tac_code_is_passive(c, s, (uint32_t)h) && harm_verb(c, (uint32_t)h) &&
            own_by_agent(c, s, e, (uint32_t)h + 1) == -1 && own_by_agent(c, s, e, mt->end) == -1)
            host = h;
        /* ... also after "due to", "from", "amid", as a later member of
         * a list of causes, and after "died" */
        if (host < 0 && own_by_agent(c, s, e, mt->end) == -1 &&
            (h = cause_host_verb(c, s, i)) >= 0 &&
            (intransitive_harm(&t[h]) || own_by_agent(c, s, e, (uint32_t)h + 1) == -1))
            host = h;
        /* ... and one with its own "by" agent in that list ("killed in
         * shelling and explosions by the Islamic State") has that agent;
         * the harmed are its target */
        int ob = host < 0 && mt->end < e && (t[mt->end].wflags & TAC_LX_BY)
                     ? own_by_agent(c, s, e, mt->end)
                     : -1;
        if (ob >= 0 && (h = cause_host_verb(c, s, i)) >= 0 &&
            (intransitive_harm(&t[h]) || tac_code_is_passive(c, s, (uint32_t)h))) {
            r->src = ob;
            if (r->tgt == -1 && !p->has_target)
                r->tgt = tac_code_subject_of(c, s, (uint32_t)h);
        }
    }
    /* "three civilians were killed in a suicide bombing": the subject of a
     * passive host verb with no "by" agent is the target of a one-sided act
     * of violence in the phrase, not its source (in "soldiers were killed
     * in clashes" they are a party) */
    if (host >= 0) {
        /* a noun event in a phrase after a verb is part of that verb's
         * clause: its subject (passive: its "by" agent) is the source, its
         * object (passive: its subject) the target, when that gives a
         * source */
        uint32_t v = (uint32_t)host;
        int hs = -1, ht = r->tgt;
        /* "ten persons sustained injuries in the firing": the subject of a
         * verb of undergoing is what the act was done to, as in the
         * passive */
        int undergo = word_class(c, &t[v], TAC_LC_UNDERGO_VERB) || intransitive_harm(&t[v]);
        if (undergo) {
            if (ht == -1)
                ht = tac_code_subject_of(c, s, v);
        } else if (tac_code_is_passive(c, s, v)) {
            hs = own_by_agent(c, s, e, v + 1);
            if (ht == -1)
                ht = tac_code_subject_of(c, s, v);
        } else {
            hs = tac_code_subject_of(c, s, v);
            if (ht == -1 && !p->has_target)
                ht = tac_code_object_of(c, s, e, v + 1, atoi(d->cameo[p->cameo].root) <= 13, 0);
        }
        if (hs != -1) {
            r->src = hs;
            r->tgt = ht;
            r->passive = 0;
        } else if ((undergo || tac_code_is_passive(c, s, v)) && ht != -1 &&
                   /* ("were killed during their attack": theirs, not done
                    * to them) */
                   !(i > s && personal_possessive(&t[i - 1])) &&
                   (one_sided_violence(c, &d->cameo[ev], mt) ||
                    (violent_root(&d->cameo[ev]) && civilians_only(c, ht) &&
                     !parties_named(c, e, mt)))) {
            /* ... and "20 civilians were killed in the clashes": civilians
             * harmed in fighting are no party to it (soldiers are); not
             * when the fight's phrase names a side ("injured in clashes
             * with police": a street clash, the people one side) */
            r->tgt = ht;
            r->host_unnamed = 1;
        } else if (c->in_headline && one_sided_violence(c, &d->cameo[ev], mt) &&
                   counted_victims(c, s, v)) {
            /* headline: "12 killed in a massacre in Homs": victims counted
             * by a number alone name no group; as for the verb, the place
             * right after the act is its target */
            int pl = place_right_after(c, s, e, mt->end);
            if (pl != -1) {
                r->tgt = pl;
                r->host_unnamed = 2;
            }
        }
    }
    /* "ten were killed by barrel bombs dropped by helicopters": a noun of
     * one-sided violence whose own pattern names its agent ("dropped by
     * $") in the cause phrase of a passive verb of harm (or "died") keeps
     * that agent as source; the victims, the verb's subject, are its
     * target, never its source */
    if (host < 0 && mt->src_group >= 0 && r->tgt == -1 && !vb &&
        one_sided_violence(c, &d->cameo[ev], mt)) {
        int h = tac_code_pp_host_verb(c, s, i, 1);
        if (!(h >= 0 && tac_code_is_passive(c, s, (uint32_t)h) && harm_verb(c, (uint32_t)h)))
            h = cause_host_verb(c, s, i);
        if (h >= 0 && (intransitive_harm(&t[h]) || tac_code_is_passive(c, s, (uint32_t)h))) {
            int ht = tac_code_subject_of(c, s, (uint32_t)h);
            if (ht != mt->src_group)
                r->tgt = ht;
        }
    }
    /* "the arrest of the opposition leader by Ugandan police", "a strike
     * called by the unions": the agent after "by" of a noun event */
    if (r->src == -1 && !r->host_unnamed && !r->passive &&
        (i == s || (t[i - 1].wflags & TAC_LX_DET)) &&
        (!verbish(&t[i]) || ends_with(&t[i], "ing"))) {
        uint32_t pv = 0;
        r->src = tac_code_noun_agent(c, s, e, mt->end, &pv);
        /* "the demonstration was broken up by police": the "by" agent of
         * another act done to a gathering is not the gathering's; it took
         * place, by people the sentence need not name ("the protest was
         * organised by the unions" keeps them). Only a coercive or violent
         * act (17-20, not a ban) says it took place: "the general strike
         * was called off by the union" did not */
        if (r->src != -1 && pv && tac_code_protest_gathering(&d->cameo[ev]))
            for (size_t q = 0; q < c->n_matches; q++)
                if (c->matches[q].start == pv &&
                    !tac_code_protest_gathering(&d->cameo[c->matches[q].pat->cameo]) &&
                    tac_code_acted_on_happened(&d->cameo[c->matches[q].pat->cameo])) {
                    r->src = -1;
                    r->gathering_acted_on = 1;
                }
        /* ... and the object of that passive verb is its target */
        if (r->src != -1 && pv && r->tgt == -1 && !p->has_target)
            r->tgt = tac_code_object_of(c, s, e, pv + 1, atoi(d->cameo[ev].root) <= 13, 0);
    }
    /* "six rounds had to be fired in the area", "shots were fired": a
     * firing whose rounds are the subject of the passive "fired", with no
     * agent, is the police's when the sentence names the police ("police
     * sources said"), else that of the firing the document told last with
     * a named source; else none is named and it is not coded */
    if (r->src == -1 && !r->host_unnamed && !mt->fronted && !verbish(&t[i]) &&
        passive_rounds_fired(c, s, e, mt)) {
        if (police_named(c) ? police_of_arrest(c, s, e, mt, &r->src) < 0
                            : earlier_firing(c, mt, r) < 0)
            return -1;
        if (r->src != -1)
            return 0;
    }
    /* "a roadside bomb hit an army convoy", "a car bomb exploded near the
     * parliament": a bomb as the subject of a verb of striking or going
     * off (a '!' pattern that opens with the noun) is the act itself, told
     * with no agent; its object, else the actor right after a locative
     * ("near", "outside", "at"), else the place named after it, is the
     * target */
    if (r->src == -1 && !r->host_unnamed && !r->passive && !mt->fronted && p->named_act &&
        !verbish(&t[i]) && mt->end - i > 1 && noun_act_done(c, s, mt)) {
        int g = r->tgt;
        if (g == -1 && !p->has_target)
            g = tac_code_object_of(c, s, e, mt->end, 0, 0);
        if (g == -1 && !p->has_target)
            g = actor_after_locative(c, s, e, mt->end);
        /* "a bomb went off in Peshawar": else the place where it went
         * off, as for a verb of violence told with no agent */
        if (g == -1 && !p->has_target)
            g = tac_code_place_target(c, s, e, mt->end);
        if (g != -1) {
            r->tgt = g;
            r->host_unnamed = 2;
            return 0;
        }
    }
    if (r->src != -1 || r->host_unnamed)
        return 0;
    if (r->passive) {
        r->src = tac_code_by_agent(c, s, e, mt->end);
        /* "one person was killed when police opened fire" */
        if (r->src == -1 && mass_violent_root(&d->cameo[ev]) &&
            !reciprocal_match(c, &d->cameo[ev], mt))
            r->src = when_agent(c, s, e, mt->end);
        /* "were killed in police firing" */
        if (r->src == -1)
            r->src = tac_code_in_event_agent(c, s, e, i, mt, 0);
        /* "the police fired 15 rounds. Two persons were killed in the
         * firing": the firing the document told before, as for the
         * injured (definite_violence) */
        if (r->src == -1 && mass_violent_root(&d->cameo[ev]) && in_the_firing(c, mt) &&
            earlier_firing(c, mt, r) < 0)
            return -1;
        /* headline: "5 killed in Russian air strike" */
        if (r->src == -1 && c->in_headline)
            r->src = tac_code_in_agent(c, s, e, mt->end);
        /* "release those arrested": the ones "those" stands for are the
         * participle's subject, no actor further left */
        int those = i > s && tok_is(&t[i - 1], "those");
        /* "sailed for the Falkland Islands, occupied by Argentine
         * troops": a participle right after a comma that closes an actor
         * or a place, with its agent after "by", tells of that one */
        if (r->tgt == -1 && !mt->fronted && i > s + 1 && tac_code_is_punct(&t[i - 1], ',') &&
            mt->end < e && (t[mt->end].wflags & TAC_LX_BY) && r->src != -1 &&
            c->tok_group[i - 2 - s] >= 0 && c->groups[c->tok_group[i - 2 - s]].end == i - 1 &&
            c->tok_group[i - 2 - s] != r->src)
            r->tgt = c->tok_group[i - 2 - s];
        if (r->tgt == -1 && !mt->fronted && !those)
            r->tgt = tac_code_subject_of(c, s, i);
        if (r->tgt == -1 && !mt->fronted && !those)
            r->tgt = tac_code_subject_owner(c, s, i);
        /* "the two were arrested on Sunday": also when the one arrested is
         * no actor the dictionaries know, the arrest is reported */
        if (r->src == -1 && !CAMEO_CMP(d->cameo[ev].code, "173") &&
            (r->tgt != -1 ||
             (reported_passive(c, s, i) && (custody_words(c, mt) || opens_with_charge(c, mt)))) &&
            police_of_arrest(c, s, e, mt, &r->src) < 0)
            return -1;
        /* "rounds were fired and tear-gas shells were burst" (`fire *
         * tear gas`), "the crowd was tear-gassed": tear gas used in the
         * passive with no agent is the police's, as the agentless arrest is */
        if (r->src == -1 && !CAMEO_CMP(d->cameo[ev].code, "175") && tear_gas_words(c, mt) &&
            reported_passive(c, s, i) && police_of_arrest(c, s, e, mt, &r->src) < 0)
            return -1;
        /* "the areas were placed under curfew", "had to be brought under
         * curfew": the police's measure, as the agentless arrest is */
        if (r->src == -1 && !CAMEO_CMP(d->cameo[ev].code, "1723") && curfew_word(c, mt) &&
            police_of_arrest(c, s, e, mt, &r->src) < 0)
            return -1;
        if (r->src == -1 && r->tgt != -1) /* "were detained in Iran" */
            r->src = state_at_place(c, s, e, mt, &d->cameo[ev]);
        if (r->src == -1 && r->tgt != -1 && !CAMEO_NCMP(d->cameo[ev].code, "116") &&
            court_of_conviction(c, s, e, mt, &r->src) < 0)
            return -1;
        /* headline: "38 militants killed in northern Syria": a one-sided
         * act of violence done to the subject by an unnamed agent */
        if (r->src == -1 && r->tgt != -1 && c->in_headline &&
            one_sided_violence(c, &d->cameo[ev], mt) && !censured(c, mt))
            r->host_unnamed = 2;
        /* headline: "5 killed in Idlib", "70 were killed yesterday,
         * including 27 members of the regime forces": victims counted by
         * a number alone; those named after "including" are the target,
         * else the place where it happened */
        if (r->src == -1 && r->tgt == -1 && c->in_headline && !mt->fronted &&
            one_sided_violence(c, &d->cameo[ev], mt) && counted_victims(c, s, i)) {
            r->tgt = included_victims(c, s, e, mt->end);
            if (r->tgt == -1 && !p->has_target)
                r->tgt = place_right_after(c, s, e, mt->end);
            if (r->tgt != -1)
                r->host_unnamed = 2;
        }
        /* "two Filipina women were kidnapped on a road", "shops were
         * looted in the townships": the passive of an act that names the
         * event itself, with no agent ("raped by seven men" names one the
         * dictionaries do not know), has an unnamed agent in the body
         * too; the victims, else the place right after the verb, are
         * its target */
        if (r->src == -1 && !r->host_unnamed && !mt->fronted && named_act(p, &t[i]) && passive_done(c, s, mt) &&
            !(mt->end < e && (t[mt->end].wflags & TAC_LX_BY))) {
            /* the victims are the subject itself, not an owner of it nor
             * an actor further back ("the mother called police, saying her
             * daughter had been kidnapped"): else the place is the target */
            uint32_t b = i;
            while (b > s && (t[b - 1].wflags & (TAC_LX_BE | TAC_LX_AUX | TAC_LX_ADVERB)))
                b--;
            int g = b > s ? c->tok_group[b - 1 - s] : -1;
            int own = r->tgt != -1 && !p->has_target &&
                      !(g >= 0 && (g == r->tgt || (r->tgt < -1 && c->ments[-2 - r->tgt].group == g))) &&
                      !owner_in_subject(c, r->tgt, b);
            if ((r->tgt == -1 || own) && !p->has_target)
                r->tgt = place_right_after(c, s, e, mt->end);
            if (r->tgt != -1)
                r->host_unnamed = 2;
        }
        return 0;
    }
    /* "X attacked Y and killed Z": a verb after "and" shares the subject
     * of the verb before it */
    int vg;
    int behind;
    uint32_t cv = 0;
    /* (a word before "of" is a noun: "the deal to evacuate civilians and
     * exchange of prisoners"; so is a plural that may be one: "in the
     * shelling and clashes against the factions") */
    int cs = verbish(&t[i]) || ((t[i].wflags & TAC_LX_VERB) && !ends_with(&t[i], "ing") &&
                                !((t[i].wflags & TAC_LX_NOUN) && ends_with(&t[i], "s") &&
                                  i + 1 < e && (t[i + 1].wflags & TAC_LX_PREP) &&
                                  !(i + 2 < e && (t[i + 2].flags & TAC_TOK_NUM))) &&
                                !(i + 1 < e && (verbish(&t[i + 1]) || tok_is(&t[i + 1], "of"))))
                 ? coordinated_subject(c, s, i, &cv)
                 : -1;
    /* ("stave off an attack by the regime forces and kill six": the event
     * before "and" inside the object of that verb is not the one whose
     * subject is shared) */
    if (st->prev_src != -1 && shares_subject(c, s, i, st->prev_end) &&
        !(wordless_source(c, st->prev_src) && !verbish(&t[i])) &&
        !(cv && cs != -1 && st->prev_start > cv)) {
        r->src = st->prev_src;
    } else if (verbish(&t[i]) && tac_code_is_participle(&t[i]) && !tac_code_by_is_means(mt) &&
               (vg = tac_code_in_event_agent(c, s, e, i, mt, 1)) >= 0) {
        /* "two killed in police firing", "97 died in police firing": the
         * pattern's own "in" phrase names the agent; the subject is the
         * victims */
        r->src = vg;
        if (r->tgt == -1 && !p->has_target)
            r->tgt = tac_code_subject_of(c, s, i);
    } else if (one_sided_violence(c, &d->cameo[ev], mt) && (vg = victims_before(c, s, i)) >= 0) {
        /* "8 casualties in bombing by warplanes": the agent after "by", or
         * none; the casualties are the target */
        uint32_t pv = 0;
        r->src = tac_code_noun_agent(c, s, e, i + 1, &pv);
        if (r->tgt == -1 && !p->has_target)
            r->tgt = vg;
        if (r->src == -1)
            r->host_unnamed = 1;
    } else if (protest_root(&d->cameo[ev]) && CAMEO_CMP(d->cameo[ev].code, "140") &&
               !verbish(&t[i]) && !begins_with(&t[i], "rall") && caused_gathering(c, s, i)) {
        /* ("sparked a rally in futures" is a market's rise as often:
         * left out) */
        caused_gathering_source(c, s, e, mt, r);
    } else if (!verbish(&t[i]) && (vg = behind_agent(c, s, i, &behind), behind)) {
        /* "the man behind the massacre": the subject did not do it */
        r->src = vg;
    } else if (cv && cs != -1) {
        /* "policemen chased the raiders and shot one" */
        r->src = cs;
    } else if (!noun_event_subject(c, s, k)) {
        /* (a car bomb matched with its verb is its clause's subject:
         * "police said a car bomb killed ..."; so is an attack noun before
         * the verb of violence: "activists say an airstrike killed 12" is
         * no killing by the activists, who only report it) */
        r->src = purpose_subject(c, s, i, tac_code_subject_of(c, s, i));
    }
    /* "said while on a visit to China", "During a visit to China, Putin
     * said": a visit, meeting or talks (04) in a phrase of "during" or
     * "while" (up to three words between) with no source of its own is
     * the act of the subject of the verb right before the phrase or, for
     * a phrase that opens the sentence, of the subject after its comma
     * (a group right before a verb) */
    if (r->src == -1 && !r->passive && !verbish(&t[i]) && !CAMEO_CMP(d->cameo[ev].root, "04")) {
        uint32_t j = i;
        while (j > s && i - j < 3 && !occasion_before(t, s, j) && !verbish(&t[j - 1]) &&
               !(t[j - 1].flags & TAC_TOK_PUNCT) && c->tok_group[j - 1 - s] < 0)
            j--;
        if (j > s && occasion_before(t, s, j)) {
            j--;
            if (j > s && verbish(&t[j - 1])) {
                r->src = tac_code_subject_of(c, s, j - 1);
            } else if (j == s) {
                uint32_t q = mt->end;
                while (q < e && q < mt->end + 8 && !tac_code_is_punct(&t[q], ','))
                    q++;
                int g = q + 1 < e && tac_code_is_punct(&t[q], ',') ? c->tok_group[q + 1 - s] : -1;
                if (g >= 0 && c->groups[g].start == q + 1 && c->groups[g].end < e &&
                    verbish(&t[c->groups[g].end]))
                    r->src = g;
            }
        }
    }
    /* "told reporters during a brief visit to Malaysia": the hearer of a
     * verb of telling right before "during" (up to three words of the
     * noun phrase between) is no visitor; the visit, meeting or talks
     * (04) are the teller's */
    if (r->src >= 0 && !verbish(&t[i]) && !CAMEO_CMP(d->cameo[ev].root, "04")) {
        uint32_t j = i;
        while (j > s && i - j < 3 && !tok_is(&t[j - 1], "during") && !tok_is(&t[j - 1], "on") &&
               !verbish(&t[j - 1]) && !(t[j - 1].flags & TAC_TOK_PUNCT) &&
               c->tok_group[j - 1 - s] < 0)
            j--;
        const group *sg = &c->groups[r->src];
        if (j > s + 1 && (tok_is(&t[j - 1], "during") || tok_is(&t[j - 1], "on")) &&
            sg->end == j - 1 && sg->start > s && (t[sg->start - 1].wflags & TAC_LX_SAY) &&
            verbish(&t[sg->start - 1]))
            r->src = tac_code_subject_of(c, s, sg->start - 1);
    }
    /* "students were arrested while protesting", "police shot two miners
     * while striking": a protest participle right after "while" or "when"
     * has no subject of its own; the protesters are the nearest actor
     * before it */
    if (r->src == -1 && protest_root(&d->cameo[ev]) && CAMEO_CMP(d->cameo[ev].code, "140") &&
        i > s + 1 && ends_with(&t[i], "ing") &&
        (tok_is(&t[i - 1], "while") || tok_is(&t[i - 1], "when")))
        r->src = tac_code_subject_of(c, s, i - 1);
    /* "the BJP leader said the arrests were illegal": the speaker of
     * a clause that tells a police act is not its agent unless police */
    if (r->src != -1 && k > 0 && said_police_act(c, s, k) && street_sides(c, r->src) != 2)
        r->src = -1;
    /* "preventive arrests have been made", "the arrests followed the
     * visit": an arrest noun with no actor that makes it, the subject of
     * its clause, is the police's, as the agentless passive is (not one in
     * a phrase: "following the arrest of", "over the detention of") */
    if (r->src == -1 && !verbish(&t[i]) && !CAMEO_CMP(d->cameo[ev].code, "173") &&
        custody_words(c, mt) && arrest_noun_subject(c, s, e, mt) &&
        police_of_arrest(c, s, e, mt, &r->src) < 0)
        return -1;
    if (r->src == -1 && !verbish(&t[i]) &&
        (!CAMEO_CMP(d->cameo[ev].code, "1723") || !CAMEO_CMP(d->cameo[ev].code, "0813") ||
         !CAMEO_CMP(d->cameo[ev].code, "151") || !CAMEO_CMP(d->cameo[ev].code, "150")) &&
        measure_subject(c, s, e, mt) && police_of_arrest(c, s, e, mt, &r->src) < 0)
        return -1;
    if (!CAMEO_CMP(d->cameo[ev].code, "1711") && seizure_roles(c, s, e, mt, r) < 0)
        return -1;
    /* "tear-gas shells were lobbed", "water cannon was used": the means of
     * repression (175) of a clause with no actor are the police's */
    if (r->src == -1 && !verbish(&t[i]) && !CAMEO_CMP(d->cameo[ev].code, "175") &&
        arrest_noun_subject(c, s, e, mt) && police_of_arrest(c, s, e, mt, &r->src) < 0)
        return -1;
    return 0;
}

/* "the journalist's arrest by Turkish police", "Iraq's invasion by the
 * United States": a noun event with a possessor right before it and an
 * agent after "by" (the pattern's `$` after "by", or the noun's own "by"
 * phrase, not one of a passive verb after it: "Iraq's invasion was
 * condemned by the UN") was done by that agent to the possessor, who is
 * the target, not the source as in "Russia's invasion of Ukraine". */
static void possessed_patient(const tac_coder *c, uint32_t s, uint32_t e, const match *mt,
                              roles *r)
{
    const tac_tok *t = c->toks.v;
    uint32_t i = mt->start;
    if (r->passive || i < s + 2 || !tac_code_poss_at(t, i - 1, e) ||
        (verbish(&t[i]) && !ends_with(&t[i], "ing")))
        return;
    int own = c->tok_group[i - 2 - s];
    if (own < 0 || c->groups[own].end != i - 1)
        return;
    int by = -1;
    if (mt->src_group >= 0) {
        uint32_t a = c->groups[mt->src_group].start;
        if (a > i && (t[a - 1].wflags & TAC_LX_DET))
            a--;
        if (a > i && (t[a - 1].wflags & TAC_LX_BY))
            by = mt->src_group;
    } else {
        uint32_t pv = 0;
        by = tac_code_noun_agent(c, s, e, mt->end, &pv);
        if (pv)
            by = -1;
    }
    if (by < 0 || by == own)
        return;
    r->src = by;
    if (!mt->pat->has_target && (r->tgt == -1 || r->tgt == by || r->tgt == own ||
                                 c->groups[r->tgt].start >= mt->end))
        r->tgt = own;
}

/* "China rejected the Japanese accusation", "Russia denied Ukraine's claims",
 * "dismissed the allegation by Kyiv": a denial (016) is a statement, but
 * one answering another's words, aimed at their author: an actor the
 * pattern's `*` skipped (it modifies or owns the noun), else one right
 * after "by", "of" or "from" after the noun; or -1. Not an agent word
 * that only modifies the noun, nor the words after a "that". */
static int denial_author(const tac_coder *c, uint32_t s, uint32_t e, const match *mt, int src)
{
    const tac_tok *t = c->toks.v;
    if (mt->end < mt->start + 2 || (t[mt->end - 1].wflags & TAC_LX_COMPLEMENT))
        return -1;
    for (uint32_t j = mt->start + 1; j + 1 < mt->end; j++) {
        int g = c->tok_group[j - s];
        if (t[j].wflags & TAC_LX_COMPLEMENT)
            return -1;
        if (g >= 0 && g != src && !tac_code_modifier_agent(c, e, g))
            return g;
    }
    uint32_t j = mt->end;
    if (j + 1 >= e || !(tok_is(&t[j], "by") || tok_is(&t[j], "of") || tok_is(&t[j], "from")))
        return -1;
    j++;
    if (j + 1 < e && (t[j].wflags & TAC_LX_DET))
        j++;
    int g = c->tok_group[j - s];
    return g >= 0 && g != src && c->groups[g].start == j ? g : -1;
}

/* The target of the match k (event code ev) where the source search gave
 * none, and the source and target a clause inside the pattern gives
 * ("demanded that Somalia release", "agreed that they would"; agreed:
 * the token of "agree" before a "that" clause, or -1). */
static void match_target(tac_coder *c, uint32_t s, uint32_t e, size_t k, uint32_t ev,
                         long agreed, roles *r)
{
    const tac_dict *d = c->dict;
    const tac_tok *t = c->toks.v;
    const match *mt = &c->matches[k];
    const tac_pattern *p = mt->pat;
    uint32_t i = mt->start;
    /* "civilians killed by $", "is under pressure from $": a passive
     * pattern's target is the subject; so is that of a verb whose `$`
     * comes after it, right after its subject ("the president faces
     * pressure from $", "Sudan receives weapons from $") */
    /* "the Philippines will receive aid from $": an auxiliary (one or
     * two words) may stand between the subject and a base form */
    uint32_t sb = i;
    while (sb > s + 1 && sb + 2 > i && (t[sb - 1].wflags & TAC_LX_AUX))
        sb--;
    int aux_base = sb < i && (t[i].wflags & TAC_LX_VERB) && t[i].word == t[i].lemma;
    if (!aux_base)
        sb = i;
    if (r->tgt == -1 && mt->src_group >= 0 && !p->has_target &&
        ((verbish(&t[i]) && tac_code_is_participle(&t[i])) || tok_is(&t[i], "under") ||
         ((verbish(&t[i]) || aux_base || ((t[i].wflags & TAC_LX_VERB) && ends_with(&t[i], "s"))) &&
          !(t[i].flags & TAC_TOK_CAP) && sb > s && c->tok_group[sb - 1 - s] >= 0 &&
          c->groups[c->tok_group[sb - 1 - s]].end == sb &&
          (int)c->tok_group[sb - 1 - s] != mt->src_group))) {
        int g = tac_code_subject_of(c, s, i);
        if (g == -1)
            g = tac_code_subject_owner(c, s, i);
        if (g != r->src)
            r->tgt = g;
    }
    if (r->tgt == -1 && !p->has_target && !r->passive &&
        !(d->cameo[p->cameo].root[0] == '0' && d->cameo[p->cameo].root[1] == '1' &&
          !tac_code_claim_code(&d->cameo[p->cameo])))
    {
        int state = 0;
        r->tgt = active_target(c, s, e, mt, r->src, &d->cameo[ev], &state);
        /* (out of memory keeps the people's actor: the next push of a
         * mention or event fails and reports it) */
        int g2;
        if (state == 1 && state_of(c, r->tgt, &g2) == 0)
            r->tgt = g2;
        r->unaimed = state == 2;
        r->state_place = state == 3;
    }
    if (r->tgt == -1 && !p->has_target && !r->passive && !CAMEO_NCMP(d->cameo[ev].code, "016"))
        r->tgt = denial_author(c, s, e, mt, r->src);
    /* "demanded that Somalia release the hostages": the subject of a
     * "that" clause inside a demand (10) or appeal (02) pattern is the one
     * asked to act, before the object of the act (also when a `+` slot
     * holds that object: "demanded that Syria hand over +") */
    if (!r->passive && mt->end > i + 2 &&
        (!CAMEO_CMP(d->cameo[ev].root, "10") || !CAMEO_CMP(d->cameo[ev].root, "02"))) {
        int g = that_subject(c, s, mt, r->src);
        if (g >= 0)
            r->tgt = g;
    }
    if (agreed >= 0) {
        /* ... and those who agree are its source: "they", "their
         * countries" stand for them */
        int g = tac_code_subject_of(c, s, (uint32_t)agreed);
        if (g >= 0)
            r->src = g;
    }
}

/* "police opened fire on the mob ... one person was injured in the
 * firing": a violent noun event (18-20) in an "in the" or "during the"
 * phrase with no source of its own is the act the document told before,
 * when its last act of violence with a named source has the same code;
 * it takes that source, as an implied mention with no words (not "the
 * attack on the train in 1992": a phrase of its own names another act).
 * Returns -1 when out of memory, else 0. */
static int definite_violence(tac_coder *c, uint32_t s, size_t k, uint32_t ev, roles *r)
{
    const tac_tok *t = c->toks.v;
    const match *mt = &c->matches[k];
    uint32_t i = mt->start;
    const tac_cameo *cm = &c->dict->cameo[ev];
    if (r->src != -1 || !c->last_violence_code || c->opt.no_coref || i < s + 2 ||
        verbish(&t[i]) || !tok_is(&t[i - 1], "the") ||
        !(tok_is(&t[i - 2], "in") || tok_is(&t[i - 2], "during")) ||
        strcmp(c->last_violence_code, cm->code))
        return 0;
    mention m = c->last_violence;
    m.start = m.tstart = m.end = i;
    m.group = -1;
    m.resolved = 1;
    if (tac_code_push_mention(c, &m) < 0)
        return -1;
    r->src = SINGLE(c->n_ments - 1);
    r->host_unnamed = 0;
    r->passive = 0;
    return 0;
}

/* Whether the words of match mt end in "in the firing", "during the
 * shooting" (`kill * in * firing`): a firing the article has told. */
static int in_the_firing(const tac_coder *c, const match *mt)
{
    const tac_tok *t = c->toks.v;
    uint32_t n = mt->end;
    return n >= mt->start + 3 && (begins_with(&t[n - 1], "firing") || begins_with(&t[n - 1], "shooting")) &&
           tok_is(&t[n - 2], "the") && (tok_is(&t[n - 3], "in") || tok_is(&t[n - 3], "during"));
}

/* The source of the last one-sided firing (19x) the document told with a
 * named source, as the source of the killing of match mt in that firing:
 * r->src set when there is one; -1 when out of memory, else 0. */
static int earlier_firing(tac_coder *c, const match *mt, roles *r)
{
    if (!c->last_violence_code || c->opt.no_coref || c->last_violence_code[0] != '1' ||
        c->last_violence_code[1] != '9')
        return 0;
    mention m = c->last_violence;
    m.start = m.tstart = m.end = mt->end - 1;
    m.group = -1;
    m.resolved = 1;
    if (tac_code_push_mention(c, &m) < 0)
        return -1;
    r->src = SINGLE(c->n_ments - 1);
    return 0;
}

/* Keeps the source of a one-sided act of violence (18-20) with a named
 * source, match mt, for definite_violence: its first mention. */
static void remember_violence(tac_coder *c, const tac_cameo *cm, const match *mt, const roles *r)
{
    /* a fight ("a gunfight with the Taliban") has two sides that fire */
    if (r->src == -1 || r->agentless || !violent_root(cm) || !one_sided_violence(c, cm, mt))
        return;
    c->last_violence = *slot_first(c, r->src);
    c->last_violence_code = cm->code;
}

/* "the police acted and caught some of them", "both were caught in
 * connection with the carnage, police said": "caught" alone (`catch`, 173)
 * is an arrest only when the police catch: its source is the police, or,
 * in the passive with no agent, the sentence names them; else ("caught
 * napping", a thief caught by a shopkeeper) r->src becomes -1. */
static void police_caught(const tac_coder *c, size_t k, roles *r)
{
    const match *mt = &c->matches[k];
    /* (the pattern's own code: "seeking to catch" has become an intent) */
    if (r->src == -1 || CAMEO_CMP(c->dict->cameo[mt->pat->cameo].code, "173") || mt->pat->n_items != 1 ||
        !(begins_with(&c->toks.v[mt->start], "caught") || begins_with(&c->toks.v[mt->start], "catch")))
        return;
    const mention *m = slot_first(c, r->src);
    /* (a headline's "Police chief caught speeding" is a reduced passive) */
    if (m->n_agents < 1 || !m->agents[0] || strcmp(m->agents[0], "COP") ||
        (m->start == m->end && !police_named(c)) || (c->in_headline && m->start != m->end))
        r->src = -1;
}

/* "crash investigators were sent", "detectives were sent to the scene":
 * police words whose head names those who find out what happened (an
 * investigator, a detective, an inspector, an expert, a forensic team) are
 * sent to look, not to add force: their passive deployment is no increase
 * of police power (`marker fact-finder`, `marker forensic-word`). Heads
 * only: "police" sent with "detectives" after it ("police and
 * detectives") stays. word_class, not form_class: "inspector-general" is
 * read as "inspector". */
static int fact_finders(const tac_coder *c, const mention *m)
{
    if (m->end <= m->start)
        return 0;
    const tac_tok *h = &c->toks.v[m->end - 1];
    if (word_class(c, h, TAC_LC_FACT_FINDER))
        return 1;
    /* "inspectorate" stays out of the class: a class word enters the
     * vocabulary, and a known word no longer ends a capitalised body's
     * name ("the Government Bank Inspectorate said" read "the Government
     * Bank") */
    if (tok_is(h, "inspectorate") || tok_is(h, "inspectorates"))
        return 1;
    /* "a forensic team" (not "a SWAT team") */
    for (uint32_t j = m->start; j + 1 < m->end; j++)
        if (word_class(c, &c->toks.v[j], TAC_LC_FORENSIC_WORD))
            return 1;
    return 0;
}

/* how many words after a passive deployment may come before its line */
#define DEPLOY_LINE_SPAN 5

/* "over 1,200 policemen will be deployed", "police were posted at the
 * gate": a pattern that starts with "be" (`be deploy`, 153) reads the
 * passive of a deployment as the move of its subject; only the police
 * increase police power so (troops deployed as peacekeepers may keep the
 * peace), so with any other subject it is no event: r->src becomes -1. */
static void police_deployed(const tac_coder *c, uint32_t s, uint32_t e, size_t k, uint32_t *ev,
                            roles *r)
{
    const match *mt = &c->matches[k];
    const tac_tok *t = c->toks.v;
    /* (the pattern's code: a modal may have made the event a threat
     * already, "farmers will be sent letters" is none) */
    if (r->src == -1 || CAMEO_CMP(c->dict->cameo[mt->pat->cameo].code, "153") ||
        !(t[mt->start].wflags & TAC_LX_BE))
        return;
    /* "they have been sent to the jail": sent into custody (`marker
     * confinement-noun`), not deployed, whoever they are; nor are those
     * "sent back" or "sent home" */
    uint32_t d0 = mt->end + 1;
    if (d0 < e && (t[d0].wflags & TAC_LX_DET))
        d0++;
    if ((mt->end < e && (tok_is(&t[mt->end], "back") || tok_is(&t[mt->end], "home"))) ||
        (d0 < e && tok_is(&t[mt->end], "to") && word_class(c, &t[d0], TAC_LC_CONFINEMENT_NOUN))) {
        r->src = -1;
        return;
    }
    const mention *m = slot_first(c, r->src);
    if (m->n_agents >= 1 && m->agents[0] && !strcmp(m->agents[0], "COP") &&
        !fact_finders(c, m))
        return;
    /* "troops will be deployed": soldiers' move to come, as the modal
     * made it */
    if (CAMEO_CMP(c->dict->cameo[*ev].code, "153") && has_agent(m, "MIL"))
        return;
    /* "troops were deployed near the border", "soldiers were posted along
     * the frontier": soldiers sent to a line (`marker boundary-noun`)
     * face someone across it; that is the military's show of force,
     * mobilizing armed forces (154), whosever they are */
    /* (not a move still to come, "will be deployed"; the border's other
     * side, "the border with Ukraine", is whom the force is shown to) */
    /* "troops were deployed by Russia": with a "by" agent the agent
     * moves them, wherever to */
    int by = has_agent(m, "MIL") ? tac_code_by_agent(c, s, e, mt->end) : -1;
    const tac_cameo *mob = tac_dict_cameo(c->dict, "154", 3);
    if (by >= 0 && mob) {
        *ev = (uint32_t)(mob - c->dict->cameo);
        r->src = by;
        return;
    }
    if (has_agent(m, "MIL") && !tac_code_modal_passive(c, s, mt->start + 1)) {
        for (uint32_t j = mt->end; j < e && j < mt->end + DEPLOY_LINE_SPAN; j++) {
            if (is_clause_break(&t[j]) || tac_code_is_punct(&t[j], ',') || verbish(&t[j]) ||
                c->tok_group[j - s] >= 0)
                break;
            if ((t[j].wclass & TAC_LC_BOUNDARY) && !(t[j].flags & TAC_TOK_CAP)) {
                if (!mob)
                    break;
                *ev = (uint32_t)(mob - c->dict->cameo);
                uint32_t a = j + 1 < e && tok_is(&t[j + 1], "with") ? j + 2 : e;
                if (a < e && (t[a].wflags & TAC_LX_DET))
                    a++;
                if (a < e && c->tok_group[a - s] >= 0 && r->tgt == -1)
                    r->tgt = c->tok_group[a - s];
                return;
            }
        }
    }
    r->src = -1;
}

/* The victims a casualty match k names: the group right before it
 * ("Russian casualties", "the regime forces' losses") or after "of",
 * "among", "from" or "in the ranks of" right after it ("casualties among
 * the factions"), or after "in" when it names an agent ("casualties in
 * the regime forces", not "in Syria"). Returns the group, or -1. */
static int casualty_victims(const tac_coder *c, uint32_t s, uint32_t e, size_t k)
{
    const tac_tok *t = c->toks.v;
    const match *mt = &c->matches[k];
    uint32_t b = mt->start;
    if (b > s && (t[b - 1].flags & TAC_TOK_POSS))
        b--;
    int g = b > s ? c->tok_group[b - 1 - s] : -1;
    if (g >= 0 && c->groups[g].end == b)
        return g;
    uint32_t j = mt->end;
    int in = 0;
    if (j + 3 < e && tok_is(&t[j], "in") && (t[j + 1].wflags & TAC_LX_DET) &&
        (tok_is(&t[j + 2], "ranks") || tok_is(&t[j + 2], "rows")) && tok_is(&t[j + 3], "of"))
        j += 3;
    else if (j < e && tok_is(&t[j], "in"))
        in = 1; /* "casualties in the regime forces": an agent, not a place */
    else if (!(j < e && (tok_is(&t[j], "of") || tok_is(&t[j], "among") || tok_is(&t[j], "from"))))
        return -1;
    for (uint32_t q = j + 1; q < e && q < j + 3; q++) {
        int g2 = c->tok_group[q - s];
        if (g2 >= 0 && in && c->ments[c->groups[g2].first].n_agents == 0)
            return -1;
        if (g2 >= 0)
            return c->groups[g2].start <= q ? g2 : -1;
        if (!(t[q].wflags & TAC_LX_DET))
            break;
    }
    return -1;
}

/* The roles of a casualty match k, which names victims and never an
 * agent: in a headline, the victims it names are its target; else, when
 * it opens the headline's clause, the place named right after it (only a
 * report of violence, other casualties or place words between). The act
 * has an unnamed agent (r->agentless). Outside headlines casualties are
 * not coded: "the attack caused casualties" is the attack's. */
static void casualty_roles(tac_coder *c, uint32_t s, uint32_t e, size_t k, roles *r)
{
    const match *mt = &c->matches[k];
    r->src = -1;
    r->tgt = -1;
    if (!c->in_headline || (c->toks.v[mt->start].flags & TAC_TOK_UPPER))
        return;
    r->tgt = casualty_victims(c, s, e, k);
    if (r->tgt == -1 && casualty_opens_clause(c, s, mt->start))
        r->tgt = place_right_after(c, s, e, mt->end);
    r->agentless = r->tgt != -1;
}

/* A country named as the place of an act ("fighting in Yemen between
 * ..."): the group g is one bare country right after a locative
 * preposition (a determiner may stand between). */
static int country_as_place(const tac_coder *c, uint32_t s, int g)
{
    const tac_tok *t = c->toks.v;
    const group *gr = &c->groups[g];
    const mention *m = &c->ments[gr->first];
    uint32_t b = gr->start;
    if (b > s && (t[b - 1].wflags & TAC_LX_DET))
        b--;
    return gr->n == 1 && m->country[0] && !m->n_agents && !m->person && b > s &&
           (t[b - 1].wflags & TAC_LX_LOCATIVE);
}

/* how many words after a fight between_sides reads for its "between" */
#define BETWEEN_WORDS 12

/* "Clashes continue in Reef Dimashq between regime forces and rebels",
 * "violent clashes between the factions against the Islamic State": a
 * fight (an act of violence whose own words say both sides fight, as
 * reciprocal_words) with no source, followed in its clause by "between"
 * and the sides, is fought by them. Two actors joined by "and" in one
 * group are each other's target; "X against Y" or "X and Y" in two
 * groups give X as source and Y as target ("X and their allies against Y"
 * too); the fight is two-way whatever
 * its code ("exchange of shelling between X and Y"), and the sides are
 * no subject for the verbs after it (st->prev_src). Only the place, function words
 * and the verb of its happening ("continue", "erupted", "took place
 * yesterday") may stand between the act and "between": no other actor
 * (a country after "in" is a place) and no other act of violence; and
 * not a line between places (`marker boundary-noun`: "clashes on the
 * border between Syria and Turkey"). */
static void between_sides(const tac_coder *c, uint32_t s, uint32_t e, size_t k, uint32_t ev,
                          roles *r)
{
    const match *mt = &c->matches[k];
    const tac_tok *t = c->toks.v;
    if (r->src != -1 || r->passive || !violent_root(&c->dict->cameo[ev]) ||
        !reciprocal_words(c, mt))
        return;
    /* the pattern may end with "between" itself (`clash between`) */
    uint32_t j = tok_is(&t[mt->end - 1], "between") ? mt->end - 1 : mt->end;
    uint32_t lim = mt->end + BETWEEN_WORDS;
    /* matches start at increasing tokens (tac_code_find_matches), none
     * before k's end but after k: q walks forward with j, so the scan
     * costs the words read, not the words times the matches */
    size_t q = k + 1;
    for (; j < e && j < lim; j++) {
        if (tok_is(&t[j], "between"))
            break;
        if (is_clause_break(&t[j]) || tac_code_is_punct(&t[j], ','))
            return;
        int g = c->tok_group[j - s];
        if (g >= 0) {
            if (!country_as_place(c, s, g))
                return;
            j = c->groups[g].end - 1;
            continue;
        }
        while (q < c->n_matches && c->matches[q].start < j)
            q++;
        if (q < c->n_matches && c->matches[q].start == j &&
            violent_root(&c->dict->cameo[c->matches[q].pat->cameo]))
            return;
    }
    /* a place's name may run past the limit: the word after it must
     * still be "between" ("... in the Central African Republic as X and
     * Y looked on" names no sides); "the border between Syria and
     * Turkey" joins places */
    if (j >= e || j == lim || !tok_is(&t[j], "between") ||
        (j >= mt->end && (t[j - 1].wclass & TAC_LC_BOUNDARY)))
        return;
    uint32_t a = j + 1;
    if (a < e && (t[a].wflags & TAC_LX_DET))
        a++;
    int g1 = a < e ? c->tok_group[a - s] : -1;
    if (g1 < 0)
        return;
    uint32_t b = c->groups[g1].end;
    int g2 = -1;
    if (b + 1 < e && (tok_is(&t[b], "and") || tok_is(&t[b], "against"))) {
        uint32_t b2 = b + 1;
        if (b2 < e && (t[b2].wflags & TAC_LX_DET))
            b2++;
        if (b2 < e && c->tok_group[b2 - s] >= 0 && c->tok_group[b2 - s] != g1)
            g2 = c->tok_group[b2 - s];
    }
    /* "between the regime forces and their allies against ISIS": the
     * allies are no actor the dictionaries know; "against" still names
     * the other side */
    for (uint32_t j2 = b; g2 < 0 && j2 < e && j2 < b + 5; j2++) {
        if (is_clause_break(&t[j2]) || tac_code_is_punct(&t[j2], ',') ||
            c->tok_group[j2 - s] >= 0)
            break;
        if (!tok_is(&t[j2], "against"))
            continue;
        uint32_t a2 = j2 + 1;
        if (a2 < e && (t[a2].wflags & TAC_LX_DET))
            a2++;
        if (a2 < e && c->tok_group[a2 - s] >= 0 && c->tok_group[a2 - s] != g1)
            g2 = c->tok_group[a2 - s];
        break;
    }
    if (g2 < 0 && c->groups[g1].n < 2)
        return;
    r->src = g1;
    r->tgt = g2;
    r->host_unnamed = 0;
    r->between = 1;
}

/* "during", "following", "amid": a word naming the event a harm happened
 * on the occasion of. */
static int occasion_prep(const tac_tok *w)
{
    return tok_is(w, "during") || tok_is(w, "following") || tok_is(w, "amid") ||
           tok_is(w, "amidst");
}

/* "stores destroyed during the riots", "one person died following the
 * stabbing", "700 people have been killed during these riots": a noun
 * event of protest, assault or mass violence (roots 14, 18, 20) named as
 * the occasion ("during", "following", "amid", up to three words of its
 * own between) of a harm told of the group g before it, in the same clause
 * (at most 24 words), has those harmed as victims, not as its source,
 * unless "by" names its agent within a few words after it. Fights (19)
 * keep theirs: those killed in clashes were fighting. */
static int victims_of_occasion(const tac_coder *c, uint32_t s, uint32_t i, int g,
                               const tac_cameo *cm)
{
    const tac_tok *t = c->toks.v;
    if (verbish(&t[i]) ||
        !(protest_root(cm) || (cm->root[0] == '1' && cm->root[1] == '8') ||
          (cm->root[0] == '2' && cm->root[1] == '0')))
        return 0;
    uint32_t j = i;
    for (int k = 0; j > s && k < 4; k++) {
        const tac_tok *w = &t[j - 1];
        if (occasion_prep(w))
            break;
        if (verbish(w) || c->tok_group[j - 1 - s] >= 0 || (w->flags & TAC_TOK_PUNCT) ||
            is_clause_break(w))
            return 0;
        j--;
    }
    if (j == s || !occasion_prep(&t[j - 1]))
        return 0;
    j--; /* the preposition */
    /* "killed during attacks by the rebels": the agent is named */
    for (uint32_t b = i + 1; b < c->sent_end && b < i + 6; b++) {
        if (t[b].wflags & TAC_LX_BY)
            return 0;
        if (is_clause_break(&t[b]) || tac_code_is_punct(&t[b], ','))
            break;
    }
    uint32_t q = c->groups[g].end;
    if (q > j || j - q > 24)
        return 0;
    for (; q < j; q++) {
        if (is_clause_break(&t[q]))
            return 0;
        if (t[q].wclass & TAC_LC_HARM_WORD)
            return 1;
    }
    return 0;
}

/* Sets r->agentless for the match k with no source: violence whose
 * subject is a noun event with no actor (*ev becomes that noun's code),
 * a protest that happens with no named protester, a headline's report of
 * violence. */
static void unnamed_agent(tac_coder *c, uint32_t s, uint32_t e, size_t k, uint32_t *ev,
                          roles *r)
{
    const tac_dict *d = c->dict;
    const tac_tok *t = c->toks.v;
    const match *mt = &c->matches[k];
    const tac_pattern *p = mt->pat;
    uint32_t i = mt->start;
    /* an act of violence whose subject is a noun event with no actor ("a
     * roadside bombing killed three soldiers") is coded with no source when
     * it has a target, with the noun's code: "a grenade attack killed ten
     * people" is a grenade attack on them */
    if (r->host_unnamed == 2)
        r->agentless = 1; /* (or set already: a venue's attack, in tac_code_sentence) */
    if (r->src == -1 && !r->passive && violent_root(&d->cameo[*ev])) {
        long q = r->host_unnamed ? -1 : event_subject(c, s, k);
        /* "a car bomb exploded outside a Beirut mosque": with no actor
         * hit, the place where it went off is the target */
        if (q >= 0 && r->tgt == -1 && !p->has_target)
            r->tgt = tac_code_place_target(c, s, e, mt->end);
        /* "the Kabul bombing killed 20": the place before the noun that
         * is this verb's subject (not the noun's own match: "after the
         * Uvalde shooting" reports no act) */
        if (q >= 0 && q != (long)k && r->tgt == -1 && !p->has_target)
            r->tgt = tac_code_place_before(c, s, c->matches[q].start, 0);
        if (r->host_unnamed) {
            r->agentless = 1;
        } else if (q >= 0 && r->tgt != -1) {
            r->agentless = 1;
            *ev = c->matches[q].pat->cameo;
        }
    }
    /* "protests erupted in Harare", "the strike entered its third week": a
     * protest noun matched with its verb of happening, with no actor, is
     * coded with no source; so is a protest whose subject is "they" with
     * no antecedent ("they took to the streets"); the place where it
     * happens, if named, is its target */
    if (r->src == -1 && !r->passive && !r->agentless &&
        (tac_code_protest_gathering(&d->cameo[*ev]) || r->caused_gathering) &&
        (r->gathering_acted_on || r->caused_gathering ||
         (!verbish(&t[i]) && event_subject(c, s, k) == (long)k) ||
         ((t[i].wflags & TAC_LX_VERB) && unnamed_pronoun_subject(c, s, i)))) {
        if (r->tgt == -1 && !p->has_target)
            r->tgt = tac_code_place_target(c, s, e, mt->end);
        if (r->tgt == -1 && !p->has_target)
            r->tgt = tac_code_place_before(c, s, i, 0);
        r->agentless = 2;
    }
    /* a headline that reports violence with no agent ("Continued clashes
     * in Hama countryside", "Shelling on the outskirts of Damascus"): an
     * unnamed agent, the place named (or the `+` slot) the target */
    if (r->src == -1 && !r->agentless && !r->passive && !r->host_unnamed &&
        mass_violent_root(&d->cameo[*ev]) && headline_report(c, s, e, i, mt->end)) {
        /* also a place inside the words a `*` skipped: "Shells hit areas
         * of Aleppo city" (`shell * city`) */
        if (r->tgt == -1 && !p->has_target)
            r->tgt = tac_code_place_target(c, s, e, i + 1);
        /* "Daraa province witnesses clashes": the place that witnesses */
        if (r->tgt == -1 && !p->has_target)
            r->tgt = witness_place(c, s, e, i);
        /* "Damascus airstrike kills seven" */
        if (r->tgt == -1 && !p->has_target)
            r->tgt = tac_code_place_before(c, s, i, 1);
        r->agentless = r->tgt != -1;
    }
}

/* "a woman was sexually assaulted by soldiers", "was brutally beaten": a
 * pattern that opens with a lower-case -ly adverb before its participle
 * ("sexually assault") is passive when that participle is. */
static int manner_passive(const tac_coder *c, uint32_t s, const match *mt)
{
    const tac_tok *t = c->toks.v;
    uint32_t i = mt->start;
    return mt->end > i + 1 && (t[i].flags & TAC_TOK_WORD) && !(t[i].flags & TAC_TOK_CAP) &&
           ends_with(&t[i], "ly") && !verbish(&t[i]) && tac_code_is_passive(c, s, i + 1);
}

/* Whether what comes after an event of cm at token i is asked for, not
 * done: a demand (10), an appeal (02), a rejection (12: "dismissed an
 * appeal to lay down their arms", "rejected an invitation to attend"), an
 * invitation ("invited UN inspectors to visit the site"). */
static int opens_unfulfilled(const tac_cameo *cm, const tac_tok *ti)
{
    return (cm->root[0] == '1' && (cm->root[1] == '0' || cm->root[1] == '2')) ||
           (cm->root[0] == '0' && cm->root[1] == '2') || begins_with(ti, "invit");
}

/* "urged Iran to release the sailors", "demanded that Russia withdraw its
 * troops": the act asked for (match mt, skipped as the content of the
 * last appeal or demand) tells what is asked. An appeal (02) or demand
 * (10) coded no more precisely than its root, its "not specified" code or
 * a code the act's one extends takes the code the `modal appeal` or
 * `modal demand` table gives the act (release 0841 -> 0253 or 1053);
 * only the first act after the appeal does, and not a negated one ("urged
 * Israel not to attack"). */
static void demanded_act(tac_coder *c, uint32_t s, const match *mt, sent_state *st)
{
    const tac_dict *d = c->dict;
    size_t a = st->demand_ev0, b = st->demand_ev1;
    st->demand_ev1 = a; /* one act refines */
    if (b <= a || b > c->n_events || negated(c, s, mt->start))
        return;
    /* a vague act ("help", 070) tells no kind of demand */
    const char *ac = d->cameo[mt->pat->cameo].code;
    int vague = cameo_unspecified(ac, strlen(ac));
    for (size_t j = a; j < b; j++) {
        tac_event *x = &c->events[j];
        const char *kind = !strcmp(x->root, "02")   ? "appeal"
                           : !strcmp(x->root, "10") ? "demand"
                                                    : NULL;
        if (!kind)
            continue;
        long ci = tac_dict_modal(d, kind, mt->pat->cameo);
        if (ci < 0)
            continue;
        const tac_cameo *nc = &d->cameo[ci];
        size_t ol = strlen(x->code), nl = strlen(nc->code);
        int general = cameo_unspecified(x->code, ol);
        /* a general code takes a longer code, and a sibling of its own
         * length when the act asked for is itself named precisely
         * ("demanded that Russia support its position": 051, 100 -> 102) */
        if (general ? (nl > ol || (!vague && strcmp(nc->code, x->code) != 0 &&
                                   !strncmp(nc->code, x->root, 2)))
                    : nl > ol && !strncmp(nc->code, x->code, ol))
            set_event_code(x, nc);
    }
}

/* "the leaders of Armenia and Azerbaijan met in Brussels": the country of
 * the place a meeting (040, match mt) is told as held in
 * (tac_code_place_target), or NULL. */
static const char *meeting_place(tac_coder *c, uint32_t s, uint32_t e, const match *mt)
{
    int pl = tac_code_place_target(c, s, e, mt->end);
    const char *pc = pl < -1 ? c->ments[-2 - pl].country
                     : pl >= 0 ? c->ments[c->groups[pl].first].country
                               : NULL;
    return pc && pc[0] ? pc : NULL;
}

/* "the leaders of Armenia and Azerbaijan met in Brussels", "Russian and
 * Ukrainian delegations met in Istanbul": in a sentence that tells a
 * meeting (040) held in a place of country pc, a meeting whose source and
 * target both have a country and neither is pc is a meeting at a third
 * location (044); "Putin met Xi in Beijing" stays 040. The same meeting
 * coded twice (by "met" and by "to discuss") is kept once; one with no
 * target ("and the leaders of Armenia met on the sidelines", 044 by its
 * pattern) is no duplicate of one with a target (its target.code is NULL). */
static void third_location(tac_coder *c, const char *pc)
{
    if (!pc) /* (most sentences tell no meeting in a place: no lookup) */
        return;
    const tac_cameo *third = tac_dict_cameo(c->dict, "044", 3);
    if (!third)
        return;
    size_t first = c->sent_first_event, k = first;
    for (size_t i = first; i < c->n_events; i++) {
        tac_event *x = &c->events[i];
        if (!CAMEO_CMP(x->code, "040") && x->has_target && x->source.country &&
            x->target.country && strcmp(x->source.country, pc) && strcmp(x->target.country, pc))
            set_event_code(x, third);
        int dup = 0;
        for (size_t j = first; j < k && !dup; j++) {
            const tac_event *o = &c->events[j];
            dup = !CAMEO_CMP(x->code, "044") && x->has_target && !strcmp(o->code, x->code) &&
                  !strcmp(o->source.code, x->source.code) && o->has_target &&
                  !strcmp(o->target.code, x->target.code);
        }
        if (!dup)
            keep_event(c, &k, i);
    }
    c->n_events = k;
}

/* 1 if slot value tgt is the forces src moves: every member a military
 * or police agent (or armed men) of src's country ("scaled back its
 * military operations" by Israel: ISRMIL), or of no country after "its",
 * "their" or "his" ("withdrew its forces"). Not forces of no country
 * without such a word ("stop the regime forces' advance": the other
 * side's). */
static int moved_forces(const tac_coder *c, int src, int tgt)
{
    const tac_tok *t = c->toks.v;
    if (src < 0 || tgt < 0 || !tac_code_own_forces(c, src, tgt))
        return 0;
    const group *g = &c->groups[tgt];
    const char *sc = c->ments[c->groups[src].first].country;
    for (uint32_t k = 0; k < g->n; k++) {
        const mention *m = &c->ments[g->first + k];
        if (m->country[0] && sc[0])
            continue;
        /* the possessive opens the mention's text or stands up to two
         * words before it ("its own troops", "their military") */
        int poss = 0;
        for (uint32_t b = m->tstart > 2 ? m->tstart - 2 : 0; b <= m->tstart; b++)
            poss |= tok_is(&t[b], "its") || tok_is(&t[b], "their") || tok_is(&t[b], "his") ||
                    tok_is(&t[b], "her");
        if (!poss)
            return 0;
    }
    return 1;
}

/* An agent of the state's own apparatus: what a state or its government
 * commands, not its people, firms or parties. */
static int state_organ(const char *a)
{
    return !strcmp(a, "GOV") || !strcmp(a, "MIL") || !strcmp(a, "COP") || !strcmp(a, "SPY") ||
           !strcmp(a, "LEG") || !strcmp(a, "JUD");
}

/* 1 if slot value tgt is the source itself, or its state's own organs,
 * reached through a possessive that points back at it: every member has
 * src's country, src's own code or only state organs for agents (GOV,
 * MIL, ...: "its ambassador", not "its banks" or "its farmers", whom a
 * state deals with as others), and "its", "their", "his" or "her" opens
 * its text or stands up to two words before it ("Germany recalled its
 * ambassador", "its own envoy"). */
static int own_through_possessive(const tac_coder *c, int src, int tgt)
{
    const tac_tok *t = c->toks.v;
    uint32_t sf, sn, tf, tn;
    if (src < 0 || tgt < 0)
        return 0;
    slot_members(c, src, &sf, &sn);
    slot_members(c, tgt, &tf, &tn);
    const char *sc = sn ? c->ments[sf].country : "";
    if (!sc[0] || !tn)
        return 0;
    for (uint32_t k = 0; k < tn; k++) {
        const mention *m = &c->ments[tf + k];
        if (strcmp(m->country, sc) != 0 || !m->n_agents)
            return 0;
        int organs = !m->code || !c->ments[sf].code || strcmp(m->code, c->ments[sf].code) != 0;
        for (int a = 0; organs && a < m->n_agents; a++)
            organs = state_organ(m->agents[a]);
        if (!organs && !(m->code && c->ments[sf].code && !strcmp(m->code, c->ments[sf].code)))
            return 0;
        int poss = 0;
        for (uint32_t b = m->tstart > 2 ? m->tstart - 2 : 0; b <= m->tstart; b++)
            poss |= personal_possessive(&t[b]) && !tok_is(&t[b], "our");
        if (!poss)
            return 0;
    }
    return 1;
}

/* Whether an event of kind cm keeps a target of one's own side reached
 * through "its", "his" or "their". Only yielding (08: withdrawing its
 * troops) and cuts in relations (16: recalling its ambassador), and a
 * formal complaint (114: "summoned its ambassador" calls its own envoy
 * home), use one's own people as the means of an act aimed at others, so
 * there that target is none; elsewhere it is a real party: a meeting with
 * one's own commanders, an order to one's own army, a purge of one's own
 * generals. */
static int against_own_side(const tac_cameo *cm)
{
    if (!CAMEO_CMP(cm->code, "114"))
        return 0;
    return !(cm->root[0] == '0' && cm->root[1] == '8') &&
           !(cm->root[0] == '1' && cm->root[1] == '6');
}

/* A visit's target g that is a place's name alone (a country or a
 * capital: one mention with no agent) followed, in its clause, by "for"
 * talks, negotiations, a meeting or consultations "with" a group of
 * another country: that group, the party the visitor goes to meet, as the
 * venue is no party to the talks; g otherwise (a party of no country,
 * "flying to Japan for talks with government officials", is most often
 * the host's). */
static int talks_partner(const tac_coder *c, uint32_t s, uint32_t e, int g)
{
    const tac_tok *t = c->toks.v;
    if (g == -1 || (g >= 0 && c->groups[g].n != 1))
        return g;
    const mention *m = &c->ments[g >= 0 ? c->groups[g].first : (uint32_t)(-2 - g)];
    /* a country's name, or a capital's alone: "to Lusaka" reads as the
     * government there (a capitalised word coded GOV) */
    if (!m->country[0] || m->person || m->resolved ||
        (m->n_agents != 0 &&
         !(m->n_agents == 1 && !strcmp(m->agents[0], "GOV") && m->end == m->start + 1 &&
           (t[m->start].flags & TAC_TOK_CAP) && !(t[m->start].wflags & TAC_LX_MEMBER))))
        return g;
    uint32_t k = m->end;
    /* ("returned to Geneva on Monday for talks") */
    for (uint32_t n = 0; k < e && n < 3 && !tok_is(&t[k], "for"); k++, n++)
        if ((t[k].flags & TAC_TOK_PUNCT) || is_clause_break(&t[k]) || verbish(&t[k]) ||
            c->tok_group[k - s] >= 0)
            return g;
    if (k + 3 >= e || !tok_is(&t[k], "for"))
        return g;
    k++;
    /* "for a new round of talks", "for indirect talks": up to three words */
    uint32_t n = 0;
    while (k < e && n < 4 && !tok_is(&t[k], "with") &&
           !((t[k].flags & TAC_TOK_PUNCT) || is_clause_break(&t[k]) ||
             c->tok_group[k - s] >= 0)) {
        k++;
        n++;
    }
    if (k + 1 >= e || !tok_is(&t[k], "with") || n == 0)
        return g;
    if (!(begins_with(&t[k - 1], "talk") || begins_with(&t[k - 1], "negotiation") ||
          begins_with(&t[k - 1], "meeting") || begins_with(&t[k - 1], "consultation") ||
          begins_with(&t[k - 1], "discussion")))
        return g;
    uint32_t b = k + 1;
    while (b < e && (t[b].wflags & TAC_LX_DET))
        b++;
    int h = b < e ? c->tok_group[b - s] : -1;
    if (h < 0 || h == m->group)
        return g;
    /* (a host of the venue's own country is the visit's target already:
     * "arrived in Baghdad for talks with Saddam Hussein" stays Iraq; one of
     * no country is most often the host) */
    const char *pc = c->ments[c->groups[h].first].country;
    return !pc[0] || !memcmp(pc, m->country, 3) ? g : h;
}

/* Moves r's target where the event's kind says so (a show of force at the
 * adversary, a concession to who pressed for it, a protest at its
 * motive, the place of an act done somewhere) and tells whether the event
 * is two-way between the members of its source (*mutual). Returns -1 on
 * out of memory, else 0. */
static int refine_target(tac_coder *c, uint32_t s, uint32_t e, size_t k, const tac_cameo *cm,
                         roles *r, int *mutual, sent_state *st)
{
    const tac_dict *d = c->dict;
    const match *mt = &c->matches[k];
    const tac_pattern *p = mt->pat;
    uint32_t i = mt->start;
    /* "mobilized army reservists for a possible war against Iraq": a show
     * of force (15) is aimed at the adversary, not at the forces the
     * source moves */
    if (!r->agentless && cm->root[0] == '1' && cm->root[1] == '5' && r->tgt != -1 &&
        tac_code_own_forces(c, r->src, r->tgt))
        r->tgt = tac_code_adversary_after(c, s, e, r->tgt);
    /* "deployed warships to the Gulf as a warning to Iran": with none named
     * after its forces, a show of force is aimed at the one a later
     * warning or quarrel names */
    if (!r->agentless && cm->root[0] == '1' && cm->root[1] == '5' && r->tgt == -1)
        r->tgt = tac_code_rivalry_target(c, s, e, mt->end);
    /* "Egypt discussed the Gaza ceasefire and aid deliveries with Qatar":
     * a consultation (040) is held with the party after "with"; an actor
     * in the topic before it ("Gaza") is what it is about. (A visit, 042,
     * is aimed at the place visited: "visit Britain ... for talks with
     * officials" keeps Britain.) */
    if (!r->agentless && !CAMEO_CMP(cm->code, "040") && r->tgt >= 0 &&
        !p->has_target && c->groups[r->tgt].start >= mt->end) {
        const tac_tok *t = c->toks.v;
        for (uint32_t j = c->groups[r->tgt].end; j + 1 < e && j < mt->end + 16; j++) {
            const tac_tok *w = &t[j];
            if (is_clause_break(w) || verbish(w) ||
                (w->wflags & (TAC_LX_SAY | TAC_LX_RELATIVE | TAC_LX_COMPLEMENT)))
                break;
            if (!tok_is(w, "with"))
                continue;
            uint32_t a = j + 1;
            while (a + 1 < e && (t[a].wflags & TAC_LX_DET))
                a++;
            int g = c->tok_group[a - s];
            if (g >= 0 && g != r->src)
                r->tgt = g;
            break;
        }
        /* "Russia and China discussed Ukraine and trade": with no "with"
         * party, what several discuss is the topic; they consult each
         * other (040 is reciprocal). Not after "to" ("dispatched the
         * minister and the intelligence chief to Khartoum to discuss
         * the crisis": sent to others) */
        if (r->tgt >= 0 && c->groups[r->tgt].start >= mt->end && r->src >= 0 &&
            c->groups[r->src].n > 1 && begins_with(&t[i], "discuss") &&
            !(i > s && tok_is(&t[i - 1], "to")))
            r->tgt = -1;
    }
    /* "scaled back its military operations in southern Lebanon", "withdrew
     * troops from Gaza": a de-escalation (087x) is aimed at the country it
     * pulls back from, the place after the forces it moves, never at those
     * forces ("its military operations", or "troops from Gaza" as the
     * pattern's own words: the source's troops, not Gaza's) */
    if (!r->agentless && !CAMEO_NCMP(cm->code, "087") && r->tgt >= 0 && !p->has_target &&
        (moved_forces(c, r->src, r->tgt) ||
         (!CAMEO_CMP(cm->code, "0874") && c->groups[r->tgt].start < mt->end &&
          c->groups[r->tgt].start > i && tac_code_own_forces(c, r->tgt, r->tgt)))) {
        int forces = r->tgt;
        r->tgt = tac_code_place_target(c, s, e, c->groups[forces].end);
        /* "withdrew its last troops from southern Lebanon", "troops from
         * Gaza" read as one actor (LBNMIL): the forces are the source's,
         * their place's country the one left (LBN) */
        if (r->tgt == -1 && !moved_forces(c, r->src, forces) &&
            c->groups[forces].n == 1 && c->ments[c->groups[forces].first].country[0]) {
            r->tgt = forces;
            r->country_only = 1;
        }
        if (r->tgt != -1 && tac_code_same_country(c, r->src, r->tgt))
            r->tgt = -1;
    }
    /* "Germany recalled its ambassador", "France summoned its envoy": a
     * target reached only through a possessive that points back at the
     * source, of the source's own country, is the source's own people:
     * the act has no target ("from Russia" names one), unless it is one
     * coded against one's own side ("arrested its own generals") */
    if (!r->agentless && r->tgt >= 0 && !against_own_side(cm) &&
        own_through_possessive(c, r->src, r->tgt))
        r->tgt = -1;
    /* "negotiators returned to Geneva for talks with Syrian officials":
     * the venue of talks is no party to them; the visit is aimed at whom
     * the talks are with */
    if (!r->agentless && !CAMEO_CMP(cm->code, "042"))
        r->tgt = talks_partner(c, s, e, r->tgt);
    if (r->tgt == -1 && !p->has_target)
        r->tgt = tac_code_condition_target(c, s, e, mt->end, cm);
    if (r->tgt == -1 && !p->has_target && !r->agentless && tac_code_yields_to_pressure(cm))
        r->tgt = tac_code_pressure_target(c, s, e, mt->end);
    /* "continued a hunger strike in protest of the Russian government's
     * refusal": a protest (14) is aimed at the one its motive names */
    if (r->tgt == -1 && !p->has_target && protest_root(cm))
        r->tgt = tac_code_motive_target(c, s, e, mt->end);
    /* "staged a protest outside the British embassy": a protest is aimed
     * at the one whose building it stands before */
    if (r->tgt == -1 && !p->has_target && protest_root(cm))
        r->tgt = tac_code_facing_target(c, s, e, mt->end, r->src);
    /* "X and Y traded accusations", "accused each other of": an exchange
     * (a `~` pattern) or an act a `marker mutual` phrase says the members
     * of the subject did to each other is two-way like the reciprocal
     * codes; what is exchanged, an actor inside the match ("exchanged
     * prisoners"), is not a target */
    int explicit_mutual = r->src >= 0 && c->groups[r->src].n > 1 && !p->has_target &&
                          (p->mutual || mutual_after(c, e, mt->end));
    if (explicit_mutual && r->tgt >= 0 && c->groups[r->tgt].start >= i &&
        c->groups[r->tgt].start < mt->end)
        r->tgt = -1;
    /* "Morocco and Algeria traded accusations over the Western Sahara":
     * what an exchange is about names no third party */
    if (explicit_mutual && r->tgt >= 0 && c->groups[r->tgt].start >= mt->end) {
        const tac_tok *t = c->toks.v;
        uint32_t b = c->groups[r->tgt].start;
        while (b > mt->end && (t[b - 1].wflags & TAC_LX_DET))
            b--;
        if (b > mt->end && (tok_is(&t[b - 1], "over") || tok_is(&t[b - 1], "about")))
            r->tgt = -1;
    }
    /* "the warplanes and helicopters target villages": an attack (190)
     * by a group is one-sided unless its words say both sides fight
     * ("X and Y clashed") */
    *mutual = explicit_mutual || r->between ||
              (CAMEO_CMP(cm->code, "190") != 0 && CAMEO_CMP(d->cameo[p->cameo].code, "190") != 0
                   ? reciprocal(cm) || reciprocal(&d->cameo[p->cameo])
                   : reciprocal_words(c, mt));
    /* "police fired tear gas at rioters outside the palace in Buenos
     * Aires": a target that is one bare agent of no country, with a place
     * after it in its clause, is that place's (as a source is below) */
    if (r->tgt >= 0 && !p->has_target && c->groups[r->tgt].n == 1 &&
        !c->ments[c->groups[r->tgt].first].country[0] && tac_code_place_root(cm) && !*mutual &&
        c->groups[r->tgt].end < e) {
        int place = tac_code_place_target(c, s, e, c->groups[r->tgt].end);
        if (place != -1 && tac_code_local_source(c, r->tgt, place, &r->tgt) < 0)
            return -1;
    }
    /* (a place found for a state's act, authorless_act, makes an agent of
     * no country that place's as below) */
    if (r->state_place && !r->agentless && tac_code_local_source(c, r->src, r->tgt, &r->src) < 0)
        return -1;
    if (r->tgt != -1 || r->unaimed || p->has_target || !tac_code_place_root(cm) ||
        (r->src >= 0 && c->groups[r->src].n > 1 && *mutual))
        return 0;
    r->tgt = tac_code_place_target(c, s, e, mt->end);
    /* "rebels surrendered in the town of Soroti", "completed their
     * withdrawal from the Bosnian town of Gorazde": a place in the
     * retreating side's own country is only where it retreats (080, 087x),
     * not from whom; a place abroad is the country it leaves. (Concessions,
     * 081-083, are made to the country's people.) */
    if (r->tgt != -1 && !r->agentless &&
        (!CAMEO_CMP(cm->code, "080") || !CAMEO_NCMP(cm->code, "087")) &&
        tac_code_same_country(c, r->src, r->tgt))
        r->tgt = -1;
    /* "President Bouteflika threatened to impose a curfew in Algiers",
     * "police fired on the crowd in Cairo": an agent of no country acting
     * at a place is that place's */
    if (r->tgt != -1 && !r->agentless && tac_code_local_source(c, r->src, r->tgt, &r->src) < 0)
        return -1;
    /* "rebels attacked a police station in eastern Congo, killing five
     * officers": the next verb shares that source */
    if (!r->agentless && !r->between)
        st->prev_src = r->src;
    return 0;
}

/* The source of an act with an unnamed agent: no code, and an empty span
 * at the start of the field (the API promises every actor a text). */
static void unnamed_source(const tac_coder *c, tac_actor *a)
{
    a->code = "";
    a->text = c->doc_text;
    a->text_len = 0;
    a->offset = 0;
}

/* Whether a word of the sentence [s, e) outside its actors says both
 * sides fight (reciprocal_span): "clashes", "gun battle"; "fighters", an
 * actor's word, does not. */
static int fight_words(const tac_coder *c, uint32_t s, uint32_t e)
{
    for (uint32_t j = s; j < e; j++)
        if (c->tok_group[j - s] < 0 && reciprocal_span(c, j, j + 1))
            return 1;
    return 0;
}

/* "Airstrikes target al-Bab", "barrel bombs hit Daraya", "five killed in
 * aerial bombardment on Idlib": an air strike (195) with no named agent
 * whose own words name the air (`marker aircraft`, `marker air-attack`)
 * is the act of an armed force, MIL of no country (an air force may strike
 * abroad, so the place gives none): an implied actor with no words, as the
 * police of an agentless arrest. 1 and *a filled if so; 0 if not; -1 when
 * out of memory. */
static int air_force_source(tac_coder *c, const match *mt, const tac_cameo *cm, tac_actor *a)
{
    const tac_tok *t = c->toks.v;
    if (CAMEO_NCMP(cm->code, "195") != 0)
        return 0;
    uint32_t j = mt->start;
    while (j < mt->end && !(t[j].wclass & (TAC_LC_AIRCRAFT | TAC_LC_AIR_ATTACK)))
        j++;
    if (j == mt->end)
        return 0;
    mention m;
    implied_mention(&m, mt, "MIL");
    if (tac_code_finish_code(c, &m) < 0 || tac_code_fill_actor(c, a, &m) < 0)
        return -1;
    return 1;
}

/* "A roadside bomb near Samarra killed a U.S. soldier", "five civilians
 * were killed in Idlib": an act of violence (18-20) with no named agent,
 * in a sentence whose places all lie in one country (place_cc), is the act
 * of armed men of unknown allegiance there, that country's UAF, as event
 * data sets code "unidentified gunmen" by where they strike. Not an air
 * strike (195), whose unnamed air force may come from abroad. 1 and *a
 * filled if so; 0 if not; -1 when out of memory. */
static int unknown_attacker_source(tac_coder *c, uint32_t s, uint32_t e, const match *mt,
                                   const tac_cameo *cm, const char *place_cc,
                                   const mention *victim, tac_actor *a)
{
    /* an attack (190) is one side's act, as small-arms fire (193) is
     * ("Lagos attack kills 12"), unless a word of the sentence says both
     * sides fight ("clashes", "gun battle"): fighting has two sides, none
     * of them the place's unknown gunmen */
    if (!place_cc || !mass_violent_root(cm) ||
        (cm->root[1] == '9' && CAMEO_NCMP(cm->code, "194") != 0 &&
         ((CAMEO_CMP(cm->code, "190") != 0 && CAMEO_NCMP(cm->code, "193") != 0) ||
          fight_words(c, s, e))))
        return 0;
    /* "Iran said its forces attacked ...; 1,200 Iraqis were killed in
     * fighting near Basra": a state or armed actor of another country
     * named in the sentence, not hit by the act, may be the one who did it */
    for (size_t k = 0; k < c->loc_ment; k++) {
        const mention *o = &c->ments[k];
        if (o != victim && o->country[0] && memcmp(o->country, place_cc, 3) != 0 &&
            !named_media(c, o))
            return 0;
    }
    mention m;
    implied_mention(&m, mt, "UAF");
    memcpy(m.country, place_cc, 3);
    m.country[3] = '\0';
    if (tac_code_finish_code(c, &m) < 0 || tac_code_fill_actor(c, a, &m) < 0)
        return -1;
    return 1;
}

/* The source of an act with an unnamed agent (unnamed_source), or the
 * implied air force of an air strike (air_force_source), or the unknown
 * attackers of the place of an act of violence (unknown_attacker_source).
 * -1 when out of memory, else 0. */
static int agentless_source(tac_coder *c, uint32_t s, uint32_t e, const match *mt,
                            const tac_cameo *cm, const char *place_cc, const mention *victim,
                            tac_actor *a)
{
    int got = air_force_source(c, mt, cm, a);
    if (got == 0)
        got = unknown_attacker_source(c, s, e, mt, cm, place_cc, victim, a);
    if (got == 0)
        unnamed_source(c, a);
    return got < 0 ? -1 : 0;
}

/* Pushes the events of match k: cm coded with r's roles (mod: the modal
 * phrase that changed the code, or NULL). Returns as tac_code_push_event:
 * -1 on out of memory, 1 when the sentence is full, else 0. */
static int emit_match(tac_coder *c, uint32_t s, uint32_t e, size_t k, const tac_cameo *cm,
                      const char *mod, const roles *r, int mutual, const sent_state *st)
{
    const match *mt = &c->matches[k];
    int pushed;
    tac_event e0;
    event_frame(c, &e0, s, e, mt, cm, mod, st->index, st->headline, st->tx, st->ntx);
    if (r->agentless == 2 && r->tgt == -1) {
        if (agentless_source(c, s, e, mt, cm, st->place_cc, NULL, &e0.source) < 0)
            return -1;
        return tac_code_push_event(c, &e0);
    }
    if (r->agentless) {
        uint32_t tfirst, tn;
        slot_members(c, r->tgt, &tfirst, &tn);
        for (uint32_t b = 0; b < tn; b++) {
            /* "an attack in northern Nigeria killed five villagers": the
             * victims take the sentence's country as a named party would
             * (local_role) */
            mention lt;
            const mention *tm = local_role(c, &c->ments[tfirst + b], NULL, cm, st->sent_cc,
                                           st->sent_places, NULL, &lt);
            if (!tm || tac_code_fill_actor(c, &e0.target, tm) < 0)
                return -1;
            e0.has_target = 1;
            if (agentless_source(c, s, e, mt, cm, st->place_cc, &c->ments[tfirst + b],
                                 &e0.source) < 0)
                return -1;
            if ((pushed = tac_code_push_event(c, &e0)) != 0)
                return pushed;
        }
        return 0;
    }
    size_t ev_first = c->n_events;
    /* "X and Y held talks": each is the other's target, also when a marker
     * changed the code ("agreed to restore relations", 05 -> 032, is still
     * between them) */
    if ((pushed = push_slots(c, &e0, r->src, r->tgt, mutual, cm, st->sent_cc,
                             st->sent_places)) != 0)
        return pushed;
    /* "withdrew troops from Gaza": the country, not its troops */
    for (size_t q = ev_first; r->country_only && q < c->n_events; q++) {
        tac_event *x = &c->events[q];
        if (x->has_target && x->target.country) {
            x->target.code = x->target.country;
            x->target.n_agents = 0;
        }
    }
    /* "arrested an American for spying" (1125): an accusation made by an
     * arrest is an arrest too, coded with the verb's own pattern */
    long also = arrest_of_accusation(c, k);
    for (size_t q = ev_first, qn = c->n_events; also >= 0 && q < qn; q++) {
        tac_event x = c->events[q];
        set_event_code(&x, &c->dict->cameo[also]);
        if ((pushed = tac_code_push_event(c, &x)) != 0)
            return pushed;
    }
    return 0;
}

/* Codes the sentence [s, e): its mentions and actor groups, the pattern
 * matches, then each match's roles and events, then the passes that drop
 * what the sentence only reports as background. index: the sentence's
 * number; headline: 1 for the headline. Returns -1 on out of memory,
 * else 0. */
/* "Putin: West wants war", "White House: Iran preparing drones": in a
 * headline, a colon right after the actor that opens it (a person, or an
 * actor with an agent or a named body: not a bare country or place, which
 * labels the topic, "France: four arrested") stands for "says". Returns
 * the colon's token, or -1. */
static long speech_colon(const tac_coder *c, uint32_t s, uint32_t e)
{
    const tac_tok *t = c->toks.v;
    uint32_t k = s;
    while (k < e && k < s + 6 && !tok_is(&t[k], ":"))
        k++;
    if (k == s || k >= e || k + 2 > e || !tok_is(&t[k], ":") || (t[k - 1].flags & TAC_TOK_PUNCT))
        return -1;
    /* right after the actor's last word: not a title in quotes,
     * "'Monarch': ..." */
    for (uint32_t o = t[k - 1].off + t[k - 1].len; o < t[k].off; o++)
        if (c->doc_text[o] != ' ')
            return -1;
    int g = c->tok_group[k - 1 - s];
    if (g < 0)
        return -1;
    /* the actor opens the headline: only its own words before it */
    for (uint32_t j = s; j < k; j++)
        if (c->tok_group[j - s] != g && !(t[j].wflags & TAC_LX_DET))
            return -1;
    const group *gr = &c->groups[g];
    for (uint32_t m = gr->first; m < gr->first + gr->n; m++) {
        const mention *mn = &c->ments[m];
        if (mn->person || mn->n_agents > 0 || strlen(mn->code) > 3)
            return (long)k;
    }
    return -1;
}

int tac_code_sentence(tac_coder *c, uint32_t s, uint32_t e, int index, int headline)
{
    const tac_dict *d = c->dict;
    const tac_tok *t = c->toks.v;
    c->n_ments = 0;
    c->sent_end = e;
    c->in_headline = headline;
    if (tac_code_find_mentions(c, s, e) < 0 || tac_code_build_groups(c, s, e) < 0 ||
        tac_code_push_locs(c) < 0)
        return -1;
    /* a headline's speech colon reads as "says" (the headline is coded
     * once: the token keeps that reading) */
    long colon = headline ? speech_colon(c, s, e) : -1;
    if (colon >= 0) {
        tac_tok *ct = &c->toks.v[colon];
        ct->norm = "says";
        ct->norm_len = 4;
        tac_lexicon_lookup(&d->lex, "says", 4, &ct->word, &ct->lemma, &ct->wflags);
        ct->wclass = ct->word ? (uint32_t)(d->lex.w[ct->word].classes[0] & TAC_LC_TOK_MASK) : 0;
        ct->flags &= ~(uint32_t)TAC_TOK_PUNCT;
    }
    if (tac_code_find_matches(c, s, e) < 0)
        return -1;
    arrest_reason(c, s, e);
    story_note(c, s);
    if (c->n_matches == 0 || tac_code_discarded(c, s, e))
        return 0;

    sent_state st;
    st.index = index;
    st.headline = headline;
    st.ntx = 0;
    st.have_tx = 0;
    st.prev_src = -1;
    st.prev_end = s;
    st.prev_start = s;
    /* the one country the sentence names, before events add mentions */
    st.sent_cc = sentence_country(c, s, &st.sent_places, &st.place_cc);
    c->sent_place_cc = st.place_cc;
    st.demand_end = 0;
    st.demand_start = 0;
    st.demand_ev0 = st.demand_ev1 = 0;
    st.third_cc = NULL;
    c->sent_first_event = c->n_events;
    for (size_t k = 0; k < c->n_matches; k++) {
        const match *mt = &c->matches[k];
        uint32_t i = mt->start;
        /* "Police arrested five over the attack on the embassy": the act
         * named as the arrest's reason is what the arrested are held for,
         * no event of the sentence */
        if (c->reason_to && i >= c->reason_from && i < c->reason_to)
            continue;
        /* "demanded that the US cancel the sale", "urged Iran to release
         * them": what is demanded or asked for has not happened; the
         * demand (10) or appeal (02) is the event, and the act asked for
         * tells its kind (demanded_act) */
        if (st.demand_end && demanded_content(c, s, st.demand_end, i) &&
            !after_reduced_demand(c, s, st.demand_start, i)) {
            demanded_act(c, s, mt, &st);
            continue;
        }
        if (not_an_event(c, s, k) || marker_verb(c, s, k))
            continue;
        if (conditional(c, s, i))
            continue;
        st.demand_end = 0;
        uint32_t ev = mt->pat->cameo, mf;
        const char *mod = NULL;
        long agreed; /* the token of "agree" before a "that" clause, or -1 */
        long order;  /* the verb of an order the match is the coercion of, or -1 */
        int ordered; /* ... and the group ordered */
        if (!match_modality(c, s, e, k, &mf, &agreed, &order, &ordered))
            continue;
        /* "a bomb could explode in Lahore", "a bomb may go off": a
         * weapon as the subject of its going off, with a modal, negation
         * or intent between the noun and its verb, tells no bombing
         * (match_modality reads the words before the match only) */
        if (weapon_act_undone(c, mt))
            continue;
        /* "hit a Hezbollah base with laser-guided bombs", "dispersed them
         * with tear gas": the weapon of an act of force the sentence has
         * coded is how it was done, no second act */
        if (force_instrument(c, s, mt))
            continue;
        int neg = negated(c, s, i);
        /* (a demand rejected is coded as the rejection of its act:
         * "rejected demands to reopen schools" -> 1233) */
        if (!neg && !mf && pressed_act(c, s, i))
            continue;
        if (neg == 1 || !modal_code(c, s, i, mf, neg, &ev, &mod))
            continue;
        roles r;
        memset(&r, 0, sizeof r);
        r.src = mt->src_group;
        r.tgt = mt->tgt_group;
        /* "X has been put under investigation", "is under arrest": a
         * pattern that starts with "under" is passive in meaning */
        r.passive =
            ((tac_code_is_passive(c, s, i) || manner_passive(c, s, mt)) &&
             !tac_code_by_is_means(mt)) ||
            tok_is(&t[i], "under") ||
            reduced_arrest(c, s, e, mt) || opening_apposition(c, s, e, i) ||
            ((mass_violent_root(&d->cameo[ev]) || !CAMEO_CMP(d->cameo[ev].root, "17")) &&
             tac_code_owned_passive(c, s, i));
        /* "Ethiopian troops were massed near the border": a show of force
         * (15) in the passive with no "by" agent, whose subject is one
         * country's own forces, is that country's act: the forces are its
         * source, as in the active (not one still to come, "will be
         * massed") */
        if (r.passive && r.src == -1 && !CAMEO_CMP(d->cameo[ev].root, "15") &&
            tac_code_by_agent(c, s, e, mt->end) < 0 && !tac_code_modal_passive(c, s, i) &&
            tac_code_national_forces(c, tac_code_subject_of(c, s, i)))
            r.passive = 0;
        /* "8 people shot at a party in Texas": in the passive the one
         * shot at is the subject; what follows "at" is the place, no `+` */
        if (r.passive && r.tgt >= 0 && i + 1 < e && tok_is(&t[i + 1], "at") &&
            c->groups[r.tgt].start > i + 1)
            r.tgt = -1;
        if (casualty_match(c, mt)) {
            casualty_roles(c, s, e, k, &r);
        } else {
            if (match_source(c, s, e, k, ev, &st, &r) < 0)
                return -1;
            /* "Michigan school shooting", "the hospital attack": a place
             * that people gather in, named right before an act of
             * violence, is where it happened and whom it hit, not who did
             * it (not after a possessive: "the school's ..." is the
             * school's). Before a noun of such an act that is the subject
             * of this one ("the church attack killed five"), the act has
             * an unnamed agent and the noun's code, as "a grenade attack
             * killed ten people" has (unnamed_agent). */
            uint32_t ve = r.src >= 0 ? c->groups[r.src].end : 0;
            long vn = -1;
            int venue = -1; /* the venue, the target if the verb has none */
            if (r.src >= 0 && ve > s && mass_violent_root(&d->cameo[ev]) &&
                venue_word(c, &t[ve - 1]) &&
                (ve == i || (ve < i && (vn = violence_noun_at(c, ve)) >= 0 &&
                             no_verb_between(c, ve + 1, i)))) {
                if (vn >= 0) {
                    venue = r.src;
                    r.agentless = 1;
                    ev = c->matches[vn].pat->cameo;
                } else if (r.tgt == -1 && !mt->pat->has_target) {
                    r.tgt = r.src;
                }
                r.src = -1;
            }
            /* "Uyghur crackdown", "Rohingya persecution", "the Tigrayan
             * massacre": a people (an ethnic group or a faith) right
             * before a noun of repression (`marker repression-noun`) is
             * whom it was done to, not who did it; a state's word there
             * stays the agent ("the Chinese crackdown") */
            if (r.src >= 0 && !verbish(&t[i]) && repressed_people(c, r.src, i)) {
                if (r.tgt == -1 && !mt->pat->has_target)
                    r.tgt = r.src;
                r.src = -1;
            }
            /* "Germany suffered a spate of attacks": the subject of a
             * verb of undergoing right before a violent noun event is
             * what it hit, not who did it */
            int und = r.src >= 0 && !verbish(&t[i]) && violent_root(&d->cameo[ev])
                          ? undergone_subject(c, s, i, 0)
                          : -1;
            if (und == -1 && r.src >= 0 && !verbish(&t[i]) && faced_root(&d->cameo[ev]))
                und = undergone_subject(c, s, i, 1);
            if (und >= 0 && und == r.src) {
                if (r.tgt == -1 && !mt->pat->has_target)
                    r.tgt = r.src;
                r.src = -1;
            } else if (und >= 0 && r.tgt == -1 && !mt->pat->has_target) {
                /* "survived an assassination attempt by FARC dissidents":
                 * the agent after the noun did it to the subject */
                r.tgt = und;
            }
            possessed_patient(c, s, e, mt, &r);
            match_target(c, s, e, k, ev, agreed, &r);
            /* "arrested five over the attack on the Turkish embassy": the
             * actors of the arrest's reason are not the ones arrested */
            if (r.tgt >= 0 && c->reason_to && i >= c->reason_verb && i < c->reason_from &&
                c->groups[r.tgt].start >= c->reason_from &&
                c->groups[r.tgt].start < c->reason_to)
                r.tgt = -1;
            if (venue >= 0 && r.tgt == -1)
                r.tgt = venue;
            between_sides(c, s, e, k, ev, &r);
            /* "the government ordered the opposition newspaper La Prensa
             * to suspend publication": the one ordering coerces the one
             * ordered (the last actor before "to"); with no actor as
             * the order's subject, nothing was done */
            if (order >= 0) {
                r.src = tac_code_subject_of(c, s, (uint32_t)order);
                r.tgt = ordered;
                r.agentless = 0;
                if (r.src < 0 || r.tgt < 0 || r.src == r.tgt)
                    continue;
            }
            /* "Russia said Sudan must return the helicopter": the
             * speaker demands it of the one who must act */
            if (mf == TAC_LX_DEMAND && neg != 2 && r.src != -1) {
                int speaker = demand_speaker(c, s, e, i, mt->end);
                if (speaker < 0 || speaker == r.src)
                    continue;
                r.tgt = r.src;
                r.src = speaker;
            }
            /* "Iran said Washington was to blame": the speaker accuses
             * the subject; nobody accuses a subject that names itself
             * ("Hamas said it was behind the attack" claims it) */
            if (blame_predicate(c, k) && r.src != -1) {
                int speaker = demand_speaker(c, s, e, i, mt->end);
                if (speaker < 0 || speaker == r.src ||
                    !strcmp(c->ments[c->groups[speaker].first].code,
                            c->ments[c->groups[r.src].first].code))
                    continue;
                r.tgt = r.src;
                r.src = speaker;
            }
            /* "The opposition alleged that they had rigged the vote": a
             * pronoun target read as the source itself names no other
             * party; the act is not aimed back at its own actor */
            if (r.src >= 0 && r.tgt >= 0 && r.tgt != r.src) {
                const mention *ts = &c->ments[c->groups[r.tgt].first];
                if ((t[ts->start].wflags & (TAC_LX_PRON_PERSON | TAC_LX_PRON_GROUP)) &&
                    !strcmp(ts->code, c->ments[c->groups[r.src].first].code))
                    r.tgt = -1;
            }
            /* the press reports and asks; it does not act */
            if (media_hearer(c, s, r.src) || media_reports(c, r.src, i))
                continue;
            if (media_hearer(c, s, r.tgt)) {
                /* an act whose unnamed agent did it to the hearer
                 * (host_unnamed: "told reporters was assassinated")
                 * has no party left: agentless needs a target */
                if (r.host_unnamed)
                    continue;
                r.tgt = -1;
            }
            if (definite_violence(c, s, k, ev, &r) < 0)
                return -1;
            police_deployed(c, s, e, k, &ev, &r);
            police_caught(c, k, &r);
            unnamed_agent(c, s, e, k, &ev, &r);
            /* "stores destroyed during the riots": no rioters named */
            if (r.src >= 0 && !r.passive && victims_of_occasion(c, s, i, r.src, &d->cameo[ev])) {
                r.src = -1;
                r.agentless = 2;
            }
        }
        if (r.src == -1 && !r.agentless)
            continue;
        if (!r.agentless && !r.between) {
            st.prev_src = r.src;
            st.prev_end = mt->end;
            st.prev_start = mt->start;
        }
        if (opens_unfulfilled(&d->cameo[ev], &t[i])) {
            st.demand_end = mt->end;
            st.demand_start = i;
            st.demand_ev0 = c->n_events;
        }
        if (!r.agentless)
            ev = labour_strike(c, mt, &r,
                               street_clash(c, mt, &r, source_modal(c, s, e, i, r.src, ev)));
        const tac_cameo *cm = &d->cameo[ev];
        int bg = background(c, s, i);
        c->cur_bg = (unsigned char)(bg == 2 ? atoi(cm->root) <= 13 : bg);
        if (!c->cur_bg && elaboration(c, s, i))
            c->cur_bg = 2;
        else if (!c->cur_bg && in_relative(c, s, i))
            c->cur_bg = 3;
        int mutual;
        listed_target(c, s, e, mt, &r);
        if (refine_target(c, s, e, k, cm, &r, &mutual, &st) < 0)
            return -1;
        /* "a car bomb exploded in Baghdad, killing five people": an
         * assault (18) or mass violence (20) is aimed at the victims its
         * participle names, not at the place; so is the participle's own
         * killing ("opened fire on a bus, killing 12"). A fight (19) keeps
         * its place and the killing apart (docs/coding.md, targets) */
        int victims = -1;
        int own_participle = word_class(c, &t[i], TAC_LC_VICTIM_PARTICIPLE);
        if (mass_violent_root(cm) && !mutual &&
            (!violent_root(cm) || cm->root[1] == '8' || own_participle) &&
            tac_code_participle_victims(c, s, e, own_participle ? i : mt->end, r.tgt,
                                        &victims) < 0)
            return -1;
        /* ... and "a roadside bomb killed 14 in Helmand": a count alone
         * as the object of an active verb of harm */
        if (victims == -1 && mass_violent_root(cm) && !mutual && cm->root[1] != '9' &&
            !r.passive && mt->end > i && verbish(&t[mt->end - 1]) &&
            !tac_code_is_passive(c, s, mt->end - 1) &&
            tac_code_count_victims(c, s, e, mt->end, r.tgt, &victims) < 0)
            return -1;
        if (victims != -1)
            r.tgt = victims;
        remember_violence(c, cm, mt, &r);
        if (!st.have_tx) {
            long got_tx = sentence_timexes(c, s, e, st.tx);
            if (got_tx < 0)
                return -1;
            st.ntx = (size_t)got_tx;
            st.have_tx = 1;
        }
        size_t n_before = c->n_events;
        int pushed = emit_match(c, s, e, k, cm, mod, &r, mutual, &st);
        police_abroad(c, mt, n_before);
        deployment_at_home(c, mt, n_before);
        party_unbanned(c, mt, n_before);
        if (st.demand_end == mt->end)
            st.demand_ev1 = c->n_events;
        if (pushed == 0 && !st.third_cc && !CAMEO_CMP(cm->code, "040"))
            st.third_cc = meeting_place(c, s, e, mt);
        /* "89 people were killed yesterday, including 27 members of the
         * regime forces": the part of the victims named after "including"
         * is a target too */
        int inc;
        if (pushed == 0 && r.agentless == 1 && r.tgt >= 0 && c->in_headline &&
            (inc = included_victims(c, s, e, mt->end)) >= 0 && inc != r.tgt) {
            roles r2 = r;
            r2.tgt = inc;
            pushed = emit_match(c, s, e, k, cm, mod, &r2, mutual, &st);
        }
        if (pushed != 0)
            return pushed < 0 ? -1 : 0;
    }
    drop_same_violence(c);
    drop_background(c);
    drop_elaborations(c);
    drop_object_relatives(c);
    drop_bare_statements(c);
    drop_accord_frames(c);
    purpose_targets(c);
    drop_purposes(c);
    protest_targets(c);
    demand_targets(c);
    drop_protest_aims(c);
    drop_subsumed(c);
    drop_retold_violence(c);
    third_location(c, st.third_cc);
    return 0;
}
