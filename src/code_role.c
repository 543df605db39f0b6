/* code_role.c -- the coder's roles: who does what to whom around a
 * matched pattern.
 *
 * Searches over the tokens, mentions and groups of the sentence, called by
 * the per-match steps of code_event.c (match_source, match_target,
 * refine_target, unnamed_agent) and by the matcher: the subject to the
 * left (subject_of), the object to the right (object_of,
 * object_after_words), passive "by" agents (by_agent), agents hidden in a
 * modifier or an "in" phrase, a place as the target, the target of
 * pressure, motives and conditions. The searches return a slot value (a
 * group, SINGLE(mention) or -1), the tests (is_passive, is_participle,
 * claim_code, ...) 0 or 1. Only local_source writes: it adds a mention;
 * the rest only read the coder. The rules are in docs/coding.md. */
#include "code.h"
#include "code_mention.h"
#include "code_match.h"
#include "code_role.h"

#include <ctype.h>

/* ---- roles ---------------------------------------------------------- */

/* "supported, trained and armed by Paris": the first participle of a
 * list joined by commas and "and" that ends with the participle at k
 * (right before "by"); k itself when no list leads to it. */
static uint32_t participle_list_start(const tac_coder *c, uint32_t s, uint32_t k)
{
    const tac_tok *t = c->toks.v;
    while (k > s + 1 && (tok_is(&t[k - 1], "and") || tac_code_is_punct(&t[k - 1], ',')) &&
           verbish(&t[k - 2]) && !ends_with(&t[k - 2], "ing") && tac_code_is_participle(&t[k - 2]))
        k -= 2;
    return k;
}

/* "Pakistan, a key U.S. ally in the war, has refused": a group g inside an
 * apposition (between two commas, the first right after another group)
 * stands for that group, the head; g otherwise. i is the verb. */
static int appositive_head(const tac_coder *c, uint32_t s, uint32_t i, int g)
{
    const tac_tok *t = c->toks.v;
    const group *gr = &c->groups[g];
    int comma_after = 0;
    for (uint32_t k = gr->end; k < i; k++)
        if (tac_code_is_punct(&t[k], ','))
            comma_after = 1;
    if (!comma_after)
        return g;
    for (uint32_t k = gr->start; k > s + 1;) {
        k--;
        /* "Russian forces, backed by Wagner mercenaries, captured": a
         * participle before "by" belongs to the apposition */
        int participle = verbish(&t[k]) && k + 1 < gr->start && (t[k + 1].wflags & TAC_LX_BY);
        if (participle) /* "trained and armed by": the list is the apposition's too */
            k = participle_list_start(c, s, k);
        if (is_clause_break(&t[k]) || (verbish(&t[k]) && !participle) ||
            c->tok_group[k - s] >= 0)
            return g;
        if (tac_code_is_punct(&t[k], ',')) {
            int h = c->tok_group[k - 1 - s];
            return h >= 0 && c->groups[h].end == k ? h : g;
        }
    }
    return g;
}

/* When the comma at token j closes a relative clause opened by ", which"
 * or ", who", the position of the comma that opens it; else 0. */
uint32_t tac_code_relative_before(const tac_coder *c, uint32_t s, uint32_t j)
{
    const tac_tok *t = c->toks.v;
    uint32_t k = j;
    while (k > s && !tac_code_is_punct(&t[k - 1], ',') && !is_clause_break(&t[k - 1]))
        k--;
    if (k > s + 1 && k < j && tac_code_is_punct(&t[k - 1], ',') && (t[k].wflags & TAC_LX_RELATIVE))
        return k - 1;
    return 0;
}

/* 1 if the words before the comma at token j, back to the clause's
 * break, hold a finite verb: they are a clause of their own ("the talks
 * failed, Smith said"), not a subject with an apposition ("Wayne Jones,
 * vice president at Outboard, said"). An irregular past that is also a
 * noun ("bought", "held") counts: a plural ("tonnes") or -ing form
 * ("planning") does not, nor a word after a preposition or determiner. */
int tac_code_clause_before_comma(const tac_coder *c, uint32_t s, uint32_t j)
{
    const tac_tok *t = c->toks.v;
    for (uint32_t k = j; k > s;) {
        k--;
        if (is_clause_break(&t[k]))
            return 0;
        /* a word right after a preposition or determiner is a noun
         * ("secretary of state", "the report") */
        if (k > s && (t[k - 1].wflags & (TAC_LX_PREP | TAC_LX_DET)))
            continue;
        if (verbish(&t[k]) ||
            ((t[k].wflags & TAC_LX_VERB) && !(t[k].flags & TAC_TOK_CAP) && t[k].lemma &&
             t[k].word != t[k].lemma && t[k].norm_len > 2 && t[k].norm[t[k].norm_len - 1] != 's' &&
             !ends_with(&t[k], "ing")))
            return 1;
    }
    return 0;
}

/* A word that can name a speaker: not punctuation, an adverb, auxiliary,
 * negation, determiner, preposition or time word ("Kenya, however,
 * said", "..., on Monday said"). */
static int speaker_word(const tac_tok *w)
{
    return (w->flags & TAC_TOK_WORD) && !(w->flags & TAC_TOK_NUM) &&
           !(w->wflags & (TAC_LX_ADVERB | TAC_LX_AUX | TAC_LX_BE | TAC_LX_NEGATION | TAC_LX_DET |
                          TAC_LX_PREP | TAC_LX_TIME | TAC_LX_CONJ));
}

/* "..., said the Kenyan minister": the group a saying verb at i, right
 * after a comma, is followed by, before the next comma, break or verb;
 * -1 when the speaker named there is no actor ("..., says Bhartia"). */
static int inverted_speaker(const tac_coder *c, uint32_t s, uint32_t i)
{
    const tac_tok *t = c->toks.v;
    /* "told reporters": what follows "tell" is its hearer */
    if (tell_form(&t[i]))
        return -1;
    for (uint32_t k = i + 1; k < c->sent_end && k < i + 8; k++) {
        int g = c->tok_group[k - s];
        if (g >= 0) {
            /* the speaker closes the clause: "said police.", "said the
             * minister in a statement", not "said Kenya would"; a name no
             * dictionary knows may follow the speaker's title ("said
             * Canadian MP Peter Laval.") */
            uint32_t q = c->groups[g].end;
            /* (or an office word the group leaves out: "says MI6 chief") */
            for (int n = 0; n < 4 && q < c->sent_end && (t[q].flags & TAC_TOK_WORD) &&
                            ((t[q].flags & TAC_TOK_CAP) || (t[q].wflags & TAC_LX_MEMBER)) &&
                            !verbish(&t[q]) && c->tok_group[q - s] < 0;
                 n++)
                q++;
            return q >= c->sent_end || is_clause_break(&t[q]) || tac_code_is_punct(&t[q], ',') ||
                           (t[q].wflags & (TAC_LX_PREP | TAC_LX_TIME))
                       ? g
                       : -1;
        }
        if (is_clause_break(&t[k]) || tac_code_is_punct(&t[k], ',') || verbish(&t[k]) ||
            (t[k].wflags & (TAC_LX_PREP | TAC_LX_COMPLEMENT)))
            return -1;
    }
    return -1;
}

/* "relations have been strained, with Ottawa accusing Washington of
 * failing to act": after "with", an actor group right before an -ing verb
 * at i (adverbs between) is that verb's subject, not the object of "with"
 * (an absolute clause). */
static int with_absolute(const tac_coder *c, const group *gr, uint32_t i)
{
    const tac_tok *t = c->toks.v;
    if (!tok_is(&t[gr->start - 1], "with") || !ends_with(&t[i], "ing") ||
        !(t[i].wflags & TAC_LX_VERB) || gr->end > i)
        return 0;
    for (uint32_t k = gr->end; k < i; k++)
        if (!(t[k].wflags & TAC_LX_ADVERB))
            return 0;
    return 1;
}

/* Whether the saying verb at i ends its headline (only punctuation
 * after it): "..., FED SAYS", "... - minister says". */
static int headline_attribution(const tac_coder *c, uint32_t i)
{
    const tac_tok *t = c->toks.v;
    for (uint32_t k = i + 1; k < c->sent_end && k <= i + 4; k++)
        if (t[k].flags & TAC_TOK_WORD)
            return 0;
    return 1;
}

/* Whether the saying verb at i, right after a comma, ends its headline
 * with only its speaker after it, no verb nor clause: "..., says MI6
 * chief", "..., say western leaders". */
static int headline_inverted_attribution(const tac_coder *c, uint32_t i)
{
    const tac_tok *t = c->toks.v;
    uint32_t words = 0;
    for (uint32_t k = i + 1; k < c->sent_end; k++) {
        if (!(t[k].flags & TAC_TOK_WORD))
            continue;
        if (++words > 8 || verbish(&t[k]) ||
            (t[k].wflags & (TAC_LX_COMPLEMENT | TAC_LX_RELATIVE | TAC_LX_SAY)))
            return 0;
    }
    return words > 0;
}

/* "NIGERIA, BRITAIN AGREE DEBT RESCHEDULING - GOVERNMENT SOURCES": in a
 * headline, an actor group after a dash that ends it (only punctuation
 * after) names who reported the news, as a final "..., officials say"
 * does; it is no object of the verb before the dash. After a bar it names
 * the site or its section ("... | UK News"). 1 if group g is one. */
static int headline_source_tail(const tac_coder *c, uint32_t s, int g)
{
    const tac_tok *t = c->toks.v;
    uint32_t a = c->groups[g].start;
    if (!c->in_headline || a <= s || !(t[a - 1].flags & TAC_TOK_PUNCT) ||
        !(tok_is(&t[a - 1], "-") || tok_is(&t[a - 1], "--") || tok_is(&t[a - 1], "\xe2\x80\x93") ||
          tok_is(&t[a - 1], "\xe2\x80\x94") || tok_is(&t[a - 1], "|")))
        return 0;
    /* (a section's name may go on after the actor: "| UK News"; after a
     * dash only the word "News" of the outlet's name: "- BBC News") */
    int bar = tok_is(&t[a - 1], "|"), words = 0;
    for (uint32_t k = c->groups[g].end; k < c->sent_end; k++)
        if ((t[k].flags & TAC_TOK_WORD) &&
            !(!bar && k == c->groups[g].end && (t[k].flags & TAC_TOK_CAP) && tok_is(&t[k], "news")) &&
            (!bar || ++words > 2 || !(t[k].flags & TAC_TOK_CAP) || verbish(&t[k])))
            return 0;
    return 1;
}

/* "Serb troops backed by tanks shelled", "Iraqi troops, led by
 * Colonel X, recaptured": an actor group gr after "by" and a participle
 * that follows another actor (a comma between) names who backs or leads
 * that actor, no subject; the actor before the participle is. ("attacks
 * by rebels killed", "protests organized by the opposition": no actor
 * before the participle, the group after "by" stays the subject.) */
static int by_modifier(const tac_coder *c, uint32_t s, const group *gr)
{
    const tac_tok *t = c->toks.v;
    uint32_t b = gr->start;
    if (b < s + 3 || !tok_is(&t[b - 1], "by") || !(t[b - 2].wflags & TAC_LX_VERB) ||
        ends_with(&t[b - 2], "ing") || !tac_code_is_participle(&t[b - 2]))
        return 0;
    uint32_t k = participle_list_start(c, s, b - 2); /* the participle, s + 1 or later */
    if (k > s + 1 && tac_code_is_punct(&t[k - 1], ','))
        k--;
    if (k <= s)
        return 0;
    int h = c->tok_group[k - 1 - s];
    return h >= 0 && c->groups[h].end == k;
}

/* The actor before "who" or "which" whose relative clause holds the
 * verb right before token b (a determiner or modifier words between the
 * verb and b; auxiliaries and adverbs between the pronoun and the verb),
 * with no comma: "gunmen who attacked a Nigerian army base"; or -1. */
static int relative_antecedent(const tac_coder *c, uint32_t s, uint32_t b)
{
    const tac_tok *t = c->toks.v;
    uint32_t q = b;
    for (int n = 0; q > s && n < 4; n++) {
        q--;
        if (verbish(&t[q]) && !(t[q].wflags & (TAC_LX_SAY | TAC_LX_AUX | TAC_LX_BE)))
            break;
        if (c->tok_group[q - s] >= 0 || is_clause_break(&t[q]) || tac_code_is_punct(&t[q], ',') ||
            (t[q].wflags & (TAC_LX_RELATIVE | TAC_LX_COMPLEMENT | TAC_LX_CONJ)))
            return -1;
        if (n == 3)
            return -1;
    }
    if (q <= s || !verbish(&t[q]))
        return -1;
    while (q > s && (t[q - 1].wflags & (TAC_LX_AUX | TAC_LX_ADVERB)))
        q--;
    if (q < s + 2 || !(t[q - 1].wflags & TAC_LX_RELATIVE))
        return -1;
    int a = c->tok_group[q - 2 - s];
    return a >= 0 && c->groups[a].end == q - 1 ? a : -1;
}

/* Where the words of a prepositional phrase whose object starts at start
 * begin: before the compass words between the preposition and the object
 * and a determiner before them ("in northern Nigeria", "in the eastern
 * Congo"), or start itself when no preposition stands there. */
uint32_t tac_code_pp_start(const tac_coder *c, uint32_t s, uint32_t start)
{
    const tac_tok *t = c->toks.v;
    uint32_t b = start;
    while (b > s + 1 && (t[b - 1].wclass & TAC_LC_COMPASS) && !(t[b - 1].flags & TAC_TOK_CAP))
        b--;
    if (b != start && b > s + 1 && (t[b - 1].wflags & TAC_LX_DET))
        b--;
    return b != start && (t[b - 1].wflags & TAC_LX_PREP) ? b : start;
}


/* The words [a, i) opening a clause before its verb at i hold a subject
 * that is no actor: a noun or a capitalised name, after no pronoun nor
 * possessive ("said it would", "said his nation would": the speaker's
 * own) and before no comma or quotation mark (a phrase set off, the
 * words of a quotation). */
static int own_clause_subject(const tac_coder *c, uint32_t s, uint32_t a, uint32_t i)
{
    const tac_tok *t = c->toks.v;
    if ((t[a].wflags & (TAC_LX_PRON_PERSON | TAC_LX_PRON_GROUP | TAC_LX_COMPLEMENT)) ||
        personal_possessive(&t[a]) || tok_is(&t[a], "my"))
        return 0; /* "said his nation would not": the speaker's own */
    int noun = 0;
    for (uint32_t k = a; k < i; k++) {
        const tac_tok *w = &t[k];
        if (c->tok_group[k - s] >= 0 || (w->flags & (TAC_TOK_PUNCT | TAC_TOK_QUOTE)) ||
            (w->wflags & (TAC_LX_SAY | TAC_LX_RELATIVE | TAC_LX_COMPLEMENT)) || tok_is(w, "it"))
            return 0;
        if (w->wflags & TAC_LX_TIME)
            continue;
        if ((w->flags & TAC_TOK_WORD) &&
            ((w->wflags & TAC_LX_NOUN) || ((w->flags & TAC_TOK_CAP) && !w->word)))
            noun = 1;
    }
    return noun;
}

/* The member word at k ("envoy") ends an actor of a state or an IGO of its
 * own ("the U.N. envoy", "the U.S. envoy"), not a bare agent. */
static int owned_member(const tac_coder *c, uint32_t s, uint32_t k)
{
    int g = c->tok_group[k - s];
    if (g < 0 || c->groups[g].end != k + 1 || c->groups[g].n != 1)
        return 0;
    const mention *m = &c->ments[c->groups[g].first];
    return m->country[0] || (m->code && !strncmp(m->code, "IGO", 3));
}

/* "Obama left Cuba", "On Monday Obama leaves Cuba": an inflected verb
 * form that is also a noun ("left", "leaves"), which verbish() leaves
 * out, is the verb when it follows right after the clause's first actor
 * group, no verb before that group. */
static int noun_form_verb(const tac_coder *c, uint32_t s, uint32_t j)
{
    const tac_tok *t = c->toks.v;
    if (!(t[j].wflags & TAC_LX_VERB) || t[j].word == t[j].lemma || !t[j].lemma ||
        (t[j].flags & TAC_TOK_CAP) || j <= s || c->tok_group[j - 1 - s] < 0)
        return 0;
    const group *g = &c->groups[c->tok_group[j - 1 - s]];
    if (g->end != j)
        return 0;
    for (uint32_t k = s; k < g->start; k++)
        if (verbish(&t[k]) || c->tok_group[k - s] >= 0 || is_clause_break(&t[k]))
            return 0;
    return 1;
}

/* The subject group of the clause whose verb starts at token i. */
int tac_code_subject_of(const tac_coder *c, uint32_t s, uint32_t i)
{
    const tac_tok *t = c->toks.v;
    /* a saying verb after a comma that closes a clause reports that
     * clause: its speaker stands between the comma and the verb ("...,
     * the ministry said") or right after it ("..., said the minister"),
     * never inside the words reported ("the mother was inside the car,
     * Reardon said" is no statement by the mother) */
    /* (", saying ..." is a participle that shares the subject of the
     * clause before) */
    int say = (t[i].wflags & TAC_LX_SAY) && !ends_with(&t[i], "ing");
    /* "..., French MPs told": a headline's closing "told" is a passive;
     * whoever spoke is not named */
    if (say && c->in_headline && tok_is(&t[i], "told") && headline_attribution(c, i))
        return -1;
    /* "..., he said", "Toyota, she added, expects": a personal pronoun
     * right before a saying verb is its subject; when it stands for no
     * actor (no antecedent), no actor of the words before it speaks
     * ("35 cents per farmer, he said" is no statement by farmers) */
    if (say) {
        uint32_t k = i;
        while (k > s && skip_left(&t[k - 1]))
            k--;
        if (k > s && (t[k - 1].wflags & (TAC_LX_PRON_PERSON | TAC_LX_PRON_GROUP)) &&
            c->tok_group[k - 1 - s] < 0)
            return -1;
    }
    /* "Trump staked out a position, vowing that ...", "Obama left Cuba,
     * promising to return": an -ing participle right after a comma shares
     * the subject of the verb of the clause before, whose object stands
     * before the comma; with no verb there the participle is an aside on
     * the actor before it ("Russia, accusing Ukraine of aggression,
     * closed ...") */
    if (i > s + 1 && tac_code_is_punct(&t[i - 1], ',') && ends_with(&t[i], "ing") &&
        (t[i].wflags & TAC_LX_VERB) && !(t[i].flags & TAC_TOK_CAP)) {
        for (uint32_t j = i - 1; j > s;) {
            j--;
            if (is_clause_break(&t[j]) || tac_code_is_punct(&t[j], ',') ||
                (t[j].wflags & (TAC_LX_RELATIVE | TAC_LX_COMPLEMENT)))
                break;
            /* "Obama left Cuba": an inflected verb form that is also a
             * noun ("left", "leaves") is the verb right after the actor
             * group that opens the clause */
            if (c->tok_group[j - s] < 0 && (verbish(&t[j]) || noun_form_verb(c, s, j)))
                return tac_code_subject_of(c, s, j);
            /* "the delegation left Cuba, promising": such a form right
             * before the object that ends at the comma is that clause's
             * verb also when its subject is no actor; the object is
             * never the participle's subject */
            if (c->tok_group[j - s] < 0 && c->tok_group[j + 1 - s] >= 0 &&
                c->groups[c->tok_group[j + 1 - s]].start == j + 1 &&
                c->groups[c->tok_group[j + 1 - s]].end == i - 1 && (t[j].wflags & TAC_LX_VERB) &&
                t[j].lemma && t[j].word != t[j].lemma && !(t[j].flags & TAC_TOK_CAP))
                return tac_code_subject_of(c, s, j);
        }
    }
    /* "Europe will have seen 2 million deaths by end of winter says WHO",
     * "Beef plan will 'legalise deforestation' say critics": a headline may
     * leave out the comma before its closing attribution; a saying verb
     * that closes it with only its speaker after it, right after a word
     * that is no actor and after a clause (a verb before it), attributes
     * the clause, whose subject is no speaker */
    /* (a closing quote may end the clause: "... will 'legalise
     * deforestation' say critics") */
    uint32_t w = i > s + 2 && ((t[i - 1].flags & TAC_TOK_QUOTE) || tok_is(&t[i - 1], "'")) ? i - 1 : i;
    if (say && c->in_headline && w > s + 1 && (t[w - 1].flags & TAC_TOK_WORD) &&
        c->tok_group[w - 1 - s] < 0 &&
        !(t[w - 1].wflags & (TAC_LX_PRON_PERSON | TAC_LX_PRON_GROUP | TAC_LX_ADVERB |
                             TAC_LX_AUX | TAC_LX_NEGATION | TAC_LX_RELATIVE)) &&
        headline_inverted_attribution(c, i)) {
        for (uint32_t j = s; j + 1 < w; j++)
            if (verbish(&t[j]) && c->tok_group[j - s] < 0)
                return inverted_speaker(c, s, i);
    }
    int named = 0;
    /* once no clause stands before a comma, none stands before an earlier
     * one (the same words are scanned): "A, B, C, ..., said" stays linear */
    int clause_left = 1;
    /* '"We will respond," said the minister': the quote closed right
     * after the comma ends the words reported, and the speaker follows */
    if (say && i > s + 1 && (t[i - 1].flags & TAC_TOK_QUOTE) && tac_code_is_punct(&t[i - 2], ','))
        return inverted_speaker(c, s, i);
    for (uint32_t j = i; j > s;) {
        j--;
        if (is_clause_break(&t[j])) {
            return -1;
        }
        if (say && clause_left && tac_code_is_punct(&t[j], ',') &&
            !tac_code_relative_before(c, s, j) &&
            !(!named && j > s && c->tok_group[j - 1 - s] >= 0)) {
            /* "SUPPLY RISES 2.1 BILLION DLRS, FED SAYS": a saying verb
             * that closes a headline after a comma attributes all that
             * comes before it, verb or not */
            if (tac_code_clause_before_comma(c, s, j) ||
                (c->in_headline && headline_attribution(c, i)))
                return named ? -1 : inverted_speaker(c, s, i);
            /* "CHINA TARGETING POOR COUNTRIES, SAYS MI6 CHIEF": the
             * speaker after the verb ends the headline; the words
             * before the comma are reported, clause or not */
            if (c->in_headline && j + 1 == i && headline_inverted_attribution(c, i))
                return inverted_speaker(c, s, i);
            clause_left = 0;
        }
        if (say && speaker_word(&t[j]) && c->tok_group[j - s] < 0)
            named = 1;
        /* "The attack, which Ukraine blamed on Russia, killed": a relative
         * clause between commas before the verb is skipped */
        if (tac_code_is_punct(&t[j], ',')) {
            uint32_t k = tac_code_relative_before(c, s, j);
            if (k) {
                j = k; /* the comma before the relative pronoun */
                continue;
            }
        }
        if (t[j].wflags & (TAC_LX_RELATIVE | TAC_LX_COMPLEMENT)) {
            /* "Kenya announced that it would withdraw": "it" ("they")
             * opening a complement clause is the subject of the verb
             * before "that";
             * an object of that verb right before "that" is the one told,
             * no relative antecedent ("Ankara warned Stockholm that it
             * would block ..."), save before a demand ("told Iraq that it
             * must withdraw": the one told must act) */
            if ((t[j].wflags & TAC_LX_COMPLEMENT) && j + 1 < i &&
                (tok_is(&t[j + 1], "it") || tok_is(&t[j + 1], "they"))) {
                int og = j > s + 1 ? c->tok_group[j - 1 - s] : -1;
                if (og >= 0 && c->groups[og].end == j && c->groups[og].start > s &&
                    verbish(&t[c->groups[og].start - 1]) && j + 2 < i &&
                    !(t[j + 2].wflags & TAC_LX_DEMAND))
                    j = c->groups[og].start;
                continue;
            }
            /* "the troops that attacked", "Russia, which attacked" */
            uint32_t k = j;
            if (k > s && tac_code_is_punct(&t[k - 1], ','))
                k--;
            if (k > s && c->tok_group[k - 1 - s] >= 0) {
                int g = c->tok_group[k - 1 - s];
                if (c->groups[g].end == k)
                    return g;
            }
            return -1;
        }
        /* "police said the man attacked a soldier", "prosecutors said
         * Ahmed Farouk planned to kill": a saying verb right before the
         * clause of verb i, the clause opening with a subject of its own
         * that is no actor, reports that subject's act, not the
         * speaker's, as after "said that" */
        if (j + 1 < i && word_class(c, &t[j], TAC_LC_CLAUSE_SAY) && c->tok_group[j - s] < 0 &&
            own_clause_subject(c, s, j + 1, i))
            return -1;
        int g = c->tok_group[j - s];
        if (g < 0)
            continue;
        const group *gr = &c->groups[g];
        if (gr->end != j + 1) {
            j = gr->start;
            continue;
        }
        /* a prepositional object is not a subject: "talks with Russia";
         * but "hundreds of workers", "a group of soldiers" are */
        /* ... nor "a spokesman for the Somali government", "a member of
         * the ruling party": a head, member or spokesperson speaks and acts
         * for the body after "for" or "of" */
        uint32_t pb = tac_code_pp_start(c, s, gr->start);
        if (pb > s && (t[pb - 1].wflags & TAC_LX_PREP) &&
            !(t[pb - 1].wflags & TAC_LX_BY) && !with_absolute(c, gr, i) &&
            !(pb > s + 1 && tok_is(&t[pb - 1], "of") && quantity_word(&t[pb - 2])) &&
            !(pb > s + 1 && (tok_is(&t[pb - 1], "for") || tok_is(&t[pb - 1], "of")) &&
              (t[pb - 2].wflags & TAC_LX_MEMBER) &&
              /* "the U.N. envoy for Burundi met": a member word that ends
               * a state's or an IGO's actor is sent to the place after "for" */
              !(tok_is(&t[pb - 1], "for") && owned_member(c, s, pb - 2)))) {
            j = gr->start;
            continue;
        }
        if (by_modifier(c, s, gr)) {
            j = gr->start;
            continue;
        }
        /* "Gunmen who attacked a Nigerian army base killed five": an
         * actor that is the object of a relative clause's verb ("who" or
         * "which" and a verb before it, right after an actor) is no
         * subject of the verb after the clause; the antecedent is */
        if (verbish(&t[i])) {
            int ante = relative_antecedent(c, s, gr->start);
            if (ante >= 0)
                return ante;
        }
        /* "Russia 's troops": the owner is inside the mention; "Iran 's
         * position" (not an actor): the owner is the subject */
        return appositive_head(c, s, i, g);
    }
    return -1;
}

/* "A camp for Congolese refugees was attacked": in the passive, when the
 * subject is no actor, the actor it belongs to ("of", "for" inside the
 * subject phrase right before the verb) is the target; or -1. */
int tac_code_subject_owner(const tac_coder *c, uint32_t s, uint32_t i)
{
    const tac_tok *t = c->toks.v;
    uint32_t j = i;
    while (j > s && (t[j - 1].wflags & (TAC_LX_AUX | TAC_LX_BE | TAC_LX_ADVERB | TAC_LX_NEGATION)))
        j--;
    for (uint32_t k = 0; j > s && k < 8; k++) {
        j--;
        int g = c->tok_group[j - s];
        if (g >= 0) {
            uint32_t b = c->groups[g].start;
            if (c->groups[g].end == j + 1 && b > s &&
                (tok_is(&t[b - 1], "of") || tok_is(&t[b - 1], "for")))
                return g;
            return -1;
        }
        if (is_clause_break(&t[j]) || tac_code_is_punct(&t[j], ',') || verbish(&t[j]) ||
            (t[j].wflags & (TAC_LX_RELATIVE | TAC_LX_COMPLEMENT | TAC_LX_SAY)))
            return -1;
    }
    return -1;
}

/* A verb whose past tense and participle are its base form ("was set on
 * fire", "were hit by", "was put under house arrest"): the lemmatiser
 * cannot tell them from the present, so English's closed list of such
 * verbs is data (`marker unchanged-past`), read for a verb form that is
 * its own lemma. */
int tac_code_same_form_participle(const tac_tok *v)
{
    return (v->wclass & TAC_LC_UNCHANGED_PAST) && v->word == v->lemma &&
           (v->wflags & TAC_LX_VERB);
}

/* A past participle (or a past tense, which looks the same): "attacked",
 * "taken", "held", "set". */
int tac_code_is_participle(const tac_tok *v)
{
    return tac_code_same_form_participle(v) ||
           (v->norm_len > 3 && (memcmp(v->norm + v->norm_len - 2, "ed", 2) == 0 ||
                                memcmp(v->norm + v->norm_len - 2, "en", 2) == 0)) ||
           (v->word != v->lemma && v->norm[v->norm_len - 1] != 's' &&
            !(v->norm_len > 3 && memcmp(v->norm + v->norm_len - 3, "ing", 3) == 0));
}

/* "killed", "wounded", "injured", "martyred", "hurt" (`marker
 * harm-participle`): a participle that says people were harmed. */
static int harm_participle(const tac_coder *c, const tac_tok *w)
{
    return form_class(c, w, TAC_LC_HARM_PARTICIPLE);
}

/* What token n after a verb says of an object there, where the two tests
 * below agree: 1 none (the sentence ends, or a punctuation mark other
 * than a quotation mark, or "at" that opens a place), 0 one ("at least
 * 12", "at most"), -1 undecided (the callers' own word lists decide). */
static int phrase_end_at(const tac_coder *c, uint32_t n)
{
    const tac_tok *t = c->toks.v;
    if (n >= c->sent_end)
        return 1;
    const tac_tok *w = &t[n];
    if ((w->flags & TAC_TOK_PUNCT) && !(w->flags & TAC_TOK_QUOTE))
        return 1;
    if (tok_is(w, "at"))
        return !(n + 1 < c->sent_end && (tok_is(&t[n + 1], "least") || tok_is(&t[n + 1], "most")));
    return -1;
}

/* Token n, right after a participle of harm (and any adverb, time phrase
 * or joined participle), cannot begin its object: the sentence ends, a
 * punctuation mark, a conjunction before anything but a verb, or a word
 * that opens a phrase of place, time or cause ("at" not before "least"
 * or "most": "killed at least 12" is active). A comma before a verb lists
 * verbs that share what follows the list: "killed, wounded and captured
 * dozens" is active, "12 killed, martyred and dozens wounded" is not. */
static int no_object_after_harm(const tac_coder *c, uint32_t n)
{
    const tac_tok *t = c->toks.v;
    while (n + 1 < c->sent_end && tac_code_is_punct(&t[n], ',') && verbish(&t[n + 1]))
        n += 2;
    int end = phrase_end_at(c, n);
    if (end >= 0)
        return end;
    const tac_tok *w = &t[n];
    if (w->wflags & TAC_LX_CONJ)
        return !(n + 1 < c->sent_end && verbish(&t[n + 1]));
    return tok_is(w, "in") || tok_is(w, "during") || tok_is(w, "near") || tok_is(w, "on") ||
           tok_is(w, "since") || tok_is(w, "after") || tok_is(w, "due") || tok_is(w, "following") ||
           tok_is(w, "amid") || tok_is(w, "while") || tok_is(w, "including") ||
           tok_is(w, "inside") || tok_is(w, "within") || tok_is(w, "across");
}

/* A resultative right after the verb at i ("shot dead", "burnt alive",
 * "beaten to death"): the number of its words, or 0. */
uint32_t tac_code_resultative(const tac_coder *c, uint32_t i)
{
    const tac_tok *t = c->toks.v;
    if (i + 1 < c->sent_end && (tok_is(&t[i + 1], "dead") || tok_is(&t[i + 1], "alive")))
        return 1;
    if (i + 2 < c->sent_end && tok_is(&t[i + 1], "to") && tok_is(&t[i + 2], "death"))
        return 2;
    return 0;
}

/* "shortened by one hour", "cut by 10 percent", "extended by a week",
 * "reduced by half": "by" at n opens a measure of the change (a number,
 * "a", "an" or "one", then `marker measure-unit`; or the unit alone), no
 * agent of a passive. */
static int by_measure(const tac_coder *c, uint32_t n)
{
    const tac_tok *t = c->toks.v;
    uint32_t k = n + 1;
    if (k < c->sent_end && ((t[k].flags & TAC_TOK_NUM) || (t[k].wclass & TAC_LC_NUMBER) ||
                            tok_is(&t[k], "a") || tok_is(&t[k], "an") || tok_is(&t[k], "one")))
        k++;
    return k < c->sent_end && word_class(c, &t[k], TAC_LC_MEASURE_UNIT);
}

/* A phrase that completes a verb of harm before its place or agent
 * ("set on fire", "left for dead", "shot dead", "beaten to death",
 * "set ablaze"): the number of its words after the verb at i, or 0. */
static uint32_t harm_tail(const tac_coder *c, uint32_t i)
{
    const tac_tok *t = c->toks.v;
    uint32_t r = tac_code_resultative(c, i);
    if (r)
        return r;
    if (i + 1 < c->sent_end && (tok_is(&t[i + 1], "ablaze") || tok_is(&t[i + 1], "alight")))
        return 1;
    if (i + 2 < c->sent_end && ((tok_is(&t[i + 1], "on") && tok_is(&t[i + 2], "fire")) ||
                                (tok_is(&t[i + 1], "for") && tok_is(&t[i + 2], "dead"))))
        return 2;
    return 0;
}

/* Token n, after a participle and its harm_tail, ends the verb phrase
 * with no object: the sentence or a clause ends, or a phrase of place,
 * time or agent opens ("lynched and set on fire in Pakistan", "stabbed
 * and left for dead"); "at least" counts an object, "to" may open one. */
static int no_object_after(const tac_coder *c, uint32_t n)
{
    int end = phrase_end_at(c, n);
    if (end >= 0)
        return end;
    const tac_tok *w = &c->toks.v[n];
    return (w->wflags & (TAC_LX_BY | TAC_LX_CONJ)) || tok_is(w, "in") || tok_is(w, "on") ||
           tok_is(w, "near") || tok_is(w, "during") || tok_is(w, "after") || tok_is(w, "outside") ||
           tok_is(w, "inside") || tok_is(w, "when") || tok_is(w, "while") || tok_is(w, "amid") ||
           tok_is(w, "for");
}

/* A participle joined by "and" to the one before it ("lynched and set on
 * fire", "beaten and robbed", "stabbed and left for dead"): an "-ed" form,
 * or another past form of a verb that takes no object before its place
 * or agent ("and men wounded": "men" is a noun) */
static int joined_participle(const tac_coder *c, uint32_t k)
{
    const tac_tok *t = c->toks.v;
    /* ("had been reached and said": a verb of saying has a speaker of
     * its own) */
    if (!tac_code_is_participle(&t[k]) || (t[k].wflags & (TAC_LX_SAY | TAC_LX_AUX | TAC_LX_BE)))
        return 0;
    if (ends_with(&t[k], "ed"))
        return 1;
    return (t[k].wflags & TAC_LX_VERB) && !ends_with(&t[k], "ing") && !ends_with(&t[k], "s") &&
           no_object_after(c, k + 1 + harm_tail(c, k));
}

/* A number among the three words before the verb at i, with no verb
 * between ("8 people", "Two Indian journalists"): a subject counted as
 * victims are in headlines. */
static int counted_subject(const tac_coder *c, uint32_t s, uint32_t i)
{
    const tac_tok *t = c->toks.v;
    for (uint32_t j = i; j > s && i - j < 3;) {
        j--;
        if (verbish(&t[j]))
            return 0;
        if ((t[j].flags & TAC_TOK_NUM) || (t[j].wclass & TAC_LC_NUMBER))
            return 1;
    }
    return 0;
}

/* A possessive "'s" among the three words before the verb at i, with a
 * word between and no verb or mark ("tribe's land", "Ukraine's eastern
 * territory"): the subject is a thing owned. */
static int owned_thing_subject(const tac_coder *c, uint32_t s, uint32_t i)
{
    const tac_tok *t = c->toks.v;
    for (uint32_t j = i - 1; j > s && i - j <= 3;) {
        j--;
        if (t[j].flags & TAC_TOK_POSS)
            return 1;
        if (verbish(&t[j]) || (t[j].flags & TAC_TOK_PUNCT))
            return 0;
    }
    return 0;
}

/* The prepositions that follow the object of a verb of `marker
 * object-first`: "accused X of", "jailed X for", "charged X with",
 * "banned X from", "sued X over". Right after the participle they mean
 * it has no object. "over" before a count is a quantity ("arrested over
 * 100 people", "over a dozen" have their object), not the cause. */
static int object_first_prep(const tac_coder *c, uint32_t n)
{
    const tac_tok *t = c->toks.v;
    if (n >= c->sent_end)
        return 0;
    if (tok_is(&t[n], "of") || tok_is(&t[n], "for") || tok_is(&t[n], "on") ||
        tok_is(&t[n], "with") || tok_is(&t[n], "from"))
        return 1;
    return tok_is(&t[n], "over") && n + 1 < c->sent_end && !hedged_count(t, n, c->sent_end);
}

int tac_code_is_passive(const tac_coder *c, uint32_t s, uint32_t i)
{
    const tac_tok *t = c->toks.v;
    /* ("shot", "burnt": an irregular past that is also a noun or an
     * adjective is a participle before a resultative) */
    if (!tac_code_is_participle(&t[i]) &&
        !((t[i].wflags & TAC_LX_VERB) && !ends_with(&t[i], "ing") && !ends_with(&t[i], "s") &&
          tac_code_resultative(c, i)))
        return 0;
    /* "were on Wednesday taken into custody", "was yesterday arrested": a
     * time phrase may stand between "be" and the participle; so may
     * "found" ("three people were found shot": they were shot, found so) */
    for (uint32_t j = i; j > s;) {
        j--;
        if (t[j].wflags & TAC_LX_BE)
            return 1;
        if (j + 1 == i && tok_is(&t[j], "found"))
            continue;
        if (!(t[j].wflags & (TAC_LX_ADVERB | TAC_LX_NEGATION | TAC_LX_TIME)) &&
            !(tok_is(&t[j], "on") && j + 1 < i && (t[j + 1].wflags & TAC_LX_TIME)))
            break;
    }
    /* "were killed and wounded", "were martyred and killed": a participle
     * of harm joined by "and" to one right after a form of "be" shares it */
    if (i > s + 2 && (t[i - 1].wflags & TAC_LX_CONJ) && tac_code_is_participle(&t[i - 2]) &&
        (t[i - 3].wflags & TAC_LX_BE) && harm_participle(c, &t[i]) && harm_participle(c, &t[i - 2]))
        return 1;
    /* "was lynched and set on fire in Pakistan", "Sri Lankan man lynched
     * and set on fire": a participle joined by "and" to a passive one,
     * with no object of its own, shares its voice (the man was set on
     * fire; an active "was arrested and met his family" has an object) */
    if (i > s + 1 && tok_is(&t[i - 1], "and") && tac_code_is_participle(&t[i - 2]) &&
        joined_participle(c, i) && no_object_after(c, i + 1 + harm_tail(c, i)) &&
        tac_code_is_passive(c, s, i - 2))
        return 1;
    /* a reduced passive: "civilians killed by government forces"; in a
     * headline also "5 killed in air strike on Idlib" (a time phrase or a
     * second participle may come between: "killed on Monday in Idlib",
     * "killed yesterday by", "killed and wounded in") */
    uint32_t n = i + 1;
    /* a resultative between the participle and its agent: "shot dead by
     * police", "beaten to death by a mob", "burnt alive in Idlib" */
    n += harm_tail(c, i);
    while (n < c->sent_end) {
        if ((t[n].wflags & (TAC_LX_ADVERB | TAC_LX_TIME)) ||
            (tok_is(&t[n], "on") && n + 1 < c->sent_end && (t[n + 1].wflags & TAC_LX_TIME)))
            n++;
        /* "5 killed and wounded in Idlib", "lynched and set on fire in" */
        else if ((t[n].wflags & TAC_LX_CONJ) && n + 1 < c->sent_end &&
                 joined_participle(c, n + 1))
            n += 2 + harm_tail(c, n + 1);
        else
            break;
    }
    /* "people accused of belonging to a cell", "soldiers jailed for
     * desertion": a verb whose object comes before its preposition
     * (`marker object-first`: "accused X of", "jailed X for", "sentenced X
     * to"), as a participle right before that preposition (or "in" of the
     * place: "jailed in Russia"), has no object: a reduced passive, whose
     * subject is the target */
    if (n == i + 1 && n < c->sent_end && i > s && (t[i].wclass & TAC_LC_OBJECT_FIRST) &&
        !(t[i - 1].wflags & (TAC_LX_AUX | TAC_LX_RELATIVE)) &&
        /* ("sued in federal court": the court, whoever sued) */
        (tok_is(&t[n], "to") || (tok_is(&t[n], "in") && !tok_is(&t[i], "sued")) ||
         object_first_prep(c, n)))
        return 1;
    /* "Minister attacked over pension plan", "Biden slammed for remarks":
     * in a headline a participle of censure (`marker censure-verb`) right
     * before "over" or "for" has no object, so it is a reduced passive:
     * the named one was criticised, no force was used by them */
    if (c->in_headline && n == i + 1 && n < c->sent_end && i > s &&
        word_class(c, &t[i], TAC_LC_CENSURE_VERB) &&
        !(t[i - 1].wflags & (TAC_LX_AUX | TAC_LX_RELATIVE)) &&
        (tok_is(&t[n], "over") || tok_is(&t[n], "for")))
        return 1;
    /* "police officer found guilty of murder": the object of "found" comes
     * before "guilty", so right before it the participle is passive */
    if (n == i + 1 && n < c->sent_end && i > s && tok_is(&t[i], "found") &&
        tok_is(&t[n], "guilty") && !(t[i - 1].wflags & (TAC_LX_AUX | TAC_LX_RELATIVE)))
        return 1;
    /* "8 people shot at a party in Texas", "Two journalists shot at a
     * protest": in a headline, a participle after a subject counted by a
     * number, right before "at" and an article, tells where the counted
     * were hit (a reduced passive); "Police shot at protesters" is active */
    if (c->in_headline && n == i + 1 && n + 1 < c->sent_end && tok_is(&t[n], "at") &&
        (t[n + 1].wflags & TAC_LX_DET) && i > s &&
        !(t[i - 1].wflags & (TAC_LX_AUX | TAC_LX_RELATIVE)) && counted_subject(c, s, i))
        return 1;
    /* in running text too, a participle of harm ("killed", "wounded")
     * right before "in", "during", "near" has no object: "five militants
     * killed in an air strike" were hit; an active "killed" takes its
     * object first ("gunmen killed five people in a raid") */
    /* "Turkey stood by Qatar", "stuck by its ally", "abided by the
     * ruling": a verb whose "by" is its own particle, no agent */
    if (n < c->sent_end && (t[n].wflags & TAC_LX_BY) &&
        (tok_is(&t[i], "stood") || tok_is(&t[i], "stuck") || tok_is(&t[i], "abided")))
        return 0;
    int place_after = n < c->sent_end && (tok_is(&t[n], "in") || tok_is(&t[n], "during") ||
                                          tok_is(&t[n], "near"));
    if (n < c->sent_end && i > s && !(t[i - 1].wflags & (TAC_LX_AUX | TAC_LX_RELATIVE)) &&
        (((t[n].wflags & TAC_LX_BY) && !by_measure(c, n)) ||
         (place_after && harm_participle(c, &t[i])) ||
         (c->in_headline && (place_after || tok_is(&t[n], "after") ||
                             /* "149 killed yesterday, including 25 soldiers" */
                             tok_is(&t[n], "including") ||
                             (tac_code_is_punct(&t[n], ',') && n + 1 < c->sent_end &&
                              tok_is(&t[n + 1], "including"))))))
        return 1;
    /* the same in running text where nothing after the participle of
     * harm can be its object: the sentence or a clause ends, a comma, a
     * conjunction not joining another verb, or a phrase of place, time or
     * cause opens ("9 civilians killed, 25 injured", "45 civilians killed
     * and 70 fighters", "soldiers killed on the first day", "two children
     * killed due to cluster bombs"); an active "killed" takes its object
     * first ("killed at least 12", "killed five and wounded ten"); after
     * a conjunction or determiner it is a noun ("casualties and wounded",
     * "the wounded") */
    if (i > s && !(t[i - 1].wflags & (TAC_LX_AUX | TAC_LX_RELATIVE | TAC_LX_CONJ | TAC_LX_DET)) &&
        harm_participle(c, &t[i]) && !tok_is(&t[i], "hurt") && no_object_after_harm(c, n))
        return 1;
    /* in a headline so is a participle of an assault (`marker
     * assault-participle`) with no object after it: "Teen fatally stabbed
     * on subway platform", "5 teens shot, two critical", "Woman found
     * shot to death on freeway" say who was hit; not before "at" ("Police
     * shot at protesters" is active) */
    if (c->in_headline && i > s &&
        !(t[i - 1].wflags & (TAC_LX_AUX | TAC_LX_RELATIVE | TAC_LX_CONJ | TAC_LX_DET)) &&
        word_class(c, &t[i], TAC_LC_ASSAULT_PARTICIPLE) &&
        !(n < c->sent_end && tok_is(&t[n], "at")) && no_object_after_harm(c, n))
        return 1;
    return 0;
}

/* "Tribe's land invaded", "Ukraine's territory invaded, army says": in
 * a headline, a participle with no object whose subject is a thing owned
 * (no actor: land, offices, home) says what was done to it and its
 * owner; "Putin's army retreated" has an actor as subject. The caller
 * asks only for acts that need a target (seizure, violence): "Johnson's
 * aides quit" is done by the aides. */
int tac_code_owned_passive(const tac_coder *c, uint32_t s, uint32_t i)
{
    const tac_tok *t = c->toks.v;
    if (!c->in_headline || i <= s + 2 || !tac_code_is_participle(&t[i]) ||
        ends_with(&t[i], "ing") || (t[i - 1].wflags & (TAC_LX_AUX | TAC_LX_RELATIVE)) ||
        c->tok_group[i - 1 - s] >= 0 || !owned_thing_subject(c, s, i))
        return 0;
    uint32_t n = i + 1;
    while (n < c->sent_end && (t[n].wflags & (TAC_LX_ADVERB | TAC_LX_TIME)))
        n++;
    return no_object_after(c, n);
}

/* "spoke by phone with", "voted by a show of hands to": a pattern whose
 * second word is "by" and whose own words go on from it names a means, not
 * the agent of a reduced passive ("kill by $" ends at its "by"). */
int tac_code_by_is_means(const match *mt)
{
    const char *w = strchr(mt->pat->text, ' ');
    return w && !strncmp(w + 1, "by ", 3) && w[4] != '$' && w[4] != '+' && w[4] != '\0';
}

/* The group after "by" within a few words from i that does not cross a
 * verb, a comma or a clause word: the agent of a noun event ending at i
 * ("the release of the hostages by the kidnappers"); a participle right
 * before "by" is passed over ("a strike called by the unions"), and so is
 * a passive verb whose subject the noun event is ("sanctions were imposed
 * on Libya by ..."; *out_verb is then its participle, else 0). Else -1. */
int tac_code_noun_agent(const tac_coder *c, uint32_t s, uint32_t e, uint32_t i, uint32_t *out_verb)
{
    const tac_tok *t = c->toks.v;
    int passive = 0;
    *out_verb = 0;
    for (uint32_t j = i; j < e && j < i + 7; j++) {
        if (t[j].wflags & TAC_LX_BY)
            return group_at(c, s, e, j + 1);
        /* "sanctions were imposed on Libya by the Security Council": the
         * noun event is the subject of a passive verb, whose agent it
         * takes */
        if (!passive && j + 1 < e && (t[j].wflags & TAC_LX_BE) &&
            tac_code_is_participle(&t[j + 1])) {
            passive = 1;
            *out_verb = ++j;
            continue;
        }
        if (is_clause_break(&t[j]) || tac_code_is_punct(&t[j], ',') ||
            (verbish(&t[j]) &&
             !(j + 1 < e && (t[j + 1].wflags & TAC_LX_BY) && tac_code_is_participle(&t[j]))))
            return -1;
    }
    return -1;
}

/* The group after "by" following token i, within a few tokens. */
int tac_code_by_agent(const tac_coder *c, uint32_t s, uint32_t e, uint32_t i)
{
    const tac_tok *t = c->toks.v;
    for (uint32_t j = i; j < e && j < i + 6; j++) {
        if (is_clause_break(&t[j]))
            return -1;
        if (t[j].wflags & TAC_LX_BY)
            return group_at(c, s, e, j + 1);
    }
    return -1;
}

/* "military exercises", "a military offensive", "police crackdown": a
 * group that is one bare agent (no country, person or name) right before a
 * common noun is that noun's modifier, not an actor. A member noun after
 * it (`marker member`: "Judiciary Committee members", "union members")
 * names the body's own people, who act as the body. */
int tac_code_modifier_agent(const tac_coder *c, uint32_t e, int g)
{
    const tac_tok *t = c->toks.v;
    const group *gr = &c->groups[g];
    const mention *m = &c->ments[gr->first];
    if (gr->n != 1 || m->country[0] || m->person || m->n_agents != 1 || !m->code ||
        strlen(m->code) != 3 || m->end >= e)
        return 0;
    const tac_tok *w = &t[m->end];
    return (w->flags & TAC_TOK_WORD) && !(w->flags & TAC_TOK_CAP) &&
           (w->wflags & TAC_LX_NOUN) && !verbish(w) &&
           !(w->wflags & (TAC_LX_PREP | TAC_LX_CONJ | TAC_LX_DET | TAC_LX_AUX | TAC_LX_BE |
                          TAC_LX_SAY | TAC_LX_BOUNDARY | TAC_LX_RELATIVE | TAC_LX_COMPLEMENT |
                          TAC_LX_ADVERB | TAC_LX_MEMBER));
}

/* "aid for Bosnia aimed at uniting its forces", "aid to refugees fleeing
 * the war": a participle at token k after the object of a preposition
 * opens a reduced relative clause about it (an -ing form, or an -ed form
 * before a preposition), not a clause of which it is the subject. */
static int reduced_relative(const tac_coder *c, uint32_t e, uint32_t k)
{
    const tac_tok *t = c->toks.v;
    const tac_tok *v = &t[k];
    if (v->wflags & (TAC_LX_AUX | TAC_LX_BE | TAC_LX_SAY | TAC_LX_NEGATION))
        return 0;
    if (ends_with(v, "ing"))
        return 1;
    return tac_code_is_participle(v) && k + 1 < e && (t[k + 1].wflags & TAC_LX_PREP);
}

/* "farmers hurt by the drought", "the town held by rebels": a past
 * participle at token k, after a noun, with "by" after it is passive: it
 * opens a reduced relative clause about the noun, not a clause of which
 * the noun is the subject. So does a verb whose object comes before its
 * preposition (`marker object-first`) right before that preposition ("an
 * imam accused of inciting hatred", "a man jailed for fraud"): with no
 * object it cannot be active. */
static int passive_relative(const tac_coder *c, uint32_t e, uint32_t k)
{
    const tac_tok *t = c->toks.v;
    if (k + 1 >= e || !tac_code_is_participle(&t[k]) ||
        (t[k].wflags & (TAC_LX_AUX | TAC_LX_BE | TAC_LX_SAY)))
        return 0;
    if (t[k + 1].wflags & TAC_LX_BY)
        return 1;
    return (t[k].wclass & TAC_LC_OBJECT_FIRST) && object_first_prep(c, k + 1);
}

/* "Rebels who attacked Malian troops fled": 1 if the verb whose words
 * end at token i opens a relative clause about an actor ("who" or
 * "which", auxiliaries and adverbs between, no comma): the verb after
 * its object is the antecedent's, and the object stays an object. */
static int subject_relative_before(const tac_coder *c, uint32_t s, uint32_t i)
{
    const tac_tok *t = c->toks.v;
    for (uint32_t q = i, n = 0; q > s + 1 && n < 6; n++) {
        q--;
        if (is_clause_break(&t[q]) || tac_code_is_punct(&t[q], ',') || c->tok_group[q - s] >= 0)
            return 0;
        if (t[q].wflags & TAC_LX_RELATIVE) {
            int a = c->tok_group[q - 1 - s];
            return a >= 0 && c->groups[a].end == q;
        }
    }
    return 0;
}

/* 1 if the group g is the subject of a verb right after it (it opens a
 * clause, no object); with rel, not when that verb opens a reduced
 * relative clause about it ("aid to refugees fleeing the war"); and never
 * when it is a participle before "by", a passive one ("promised to help
 * farmers hurt by the drought"). */
static int subject_of_next(const tac_coder *c, uint32_t e, int g, int rel)
{
    const tac_tok *t = c->toks.v;
    uint32_t v = c->groups[g].end;
    return v < e && verbish(&t[v]) && !passive_relative(c, e, v) &&
           !(rel && reduced_relative(c, e, v));
}

/* "on", "over", "about" at token k (of a sentence ending at e): a
 * preposition that opens what an event is about. Before a count it hedges
 * the count ("arrested about 100 protesters", "over a dozen"): the
 * counted are the object, not a topic. */
static int topic_prep(const tac_tok *t, uint32_t k, uint32_t e)
{
    if (tok_is(&t[k], "on"))
        return 1;
    return (tok_is(&t[k], "over") || tok_is(&t[k], "about")) && !hedged_count(t, k, e);
}

#define OBJECT_WORDS 6      /* how far object_after_words looks */
#define JOINED_NOUN_WORDS 4 /* ... and further, once, past nouns joined by and/or */

/* "threatened further action against Russia", "rejected proposed Israeli
 * changes": an actor group a few words into the object noun phrase, right
 * after a preposition of direction or as its modifier. The words before it
 * must not be verbs, clause breaks, conjunctions or other actors. verbal:
 * the event is verbal (roots 01-13), so "by" after the noun names its
 * author. */
static int object_after_words(const tac_coder *c, uint32_t s, uint32_t e, uint32_t j,
                              int verbal)
{
    const tac_tok *t = c->toks.v;
    /* after "on", "over", "about": what the event is about */
    int topic = j > s && topic_prep(t, j - 1, e);
    /* "send 500 tons of food and medicine to Sudan", "press their demands
     * for greater freedom and opportunities from the government": nouns
     * joined by "and" or "or" (no actor, no verb after it) go on to the
     * preposition that names the recipient, author or owner */
    uint32_t lim = j + OBJECT_WORDS;
    for (uint32_t k = j; k < e && k < lim; k++) {
        const tac_tok *w = &t[k];
        if (k > s && lim == j + OBJECT_WORDS && (tok_is(w, "and") || tok_is(w, "or")) &&
            (t[k - 1].wflags & TAC_LX_NOUN) && !verbish(&t[k - 1]) && c->tok_group[k - s] < 0 &&
            k + 1 < e && !verbish(&t[k + 1]) &&
            !(t[k + 1].wflags & (TAC_LX_DET | TAC_LX_ADVERB)) &&
            ((t[k + 1].wflags & TAC_LX_NOUN) || !(t[k + 1].wflags & TAC_LX_VERB)) &&
            c->tok_group[k + 1 - s] < 0) {
            lim += JOINED_NOUN_WORDS;
            continue;
        }
        int g = c->tok_group[k - s];
        if (g >= 0 && tac_code_modifier_agent(c, e, g) && group_at(c, s, e, k) == g) {
            k = c->groups[g].end - 1;
            continue;
        }
        if (g >= 0) {
            /* the group must start here, not follow "and", not open a clause */
            if (group_at(c, s, e, k) != g || (k > j && (t[k - 1].wflags & TAC_LX_CONJ)) ||
                subject_of_next(c, e, g, k > j))
                return -1;
            return g;
        }
        /* "kidnapped up to 16 Russian advisers": "up to" before a number
         * bounds a quantity, it is no preposition */
        if (tok_is(w, "up") && k + 2 < e && tok_is(&t[k + 1], "to") &&
            (t[k + 2].flags & TAC_TOK_NUM)) {
            k++;
            continue;
        }
        /* "arrested about 100 protesters", "detained around a dozen": a
         * hedge before a count is no preposition either */
        if (hedged_count(t, k, e))
            continue;
        /* "rejected proposed Israeli changes": an -ed word right after
         * the verb is an adjective of the object */
        int adj_ed = k == j && ends_with(w, "ed") &&
                     !(w->wflags & (TAC_LX_AUX | TAC_LX_BE | TAC_LX_SAY));
        /* "praised the slain Israeli leader": so is a participle of
         * assault (`marker assault-participle`) right after the object's
         * determiner */
        if (k > j && (t[k - 1].wflags & TAC_LX_DET) && !(t[k - 1].wflags & TAC_LX_RELATIVE) &&
            form_class(c, w, TAC_LC_ASSAULT_PARTICIPLE))
            adj_ed = 1;
        /* "a summit on the unrest in Iran": in a topic phrase, the country
         * where the topic happens is the topic */
        int topic_in = topic && tok_is(w, "in");
        /* "rejected the plan proposed by the UN": a participle before "by"
         * after the object noun names the noun's author (verbal events) */
        if (k > s && k + 1 < e && tac_code_is_participle(w) && tok_is(&t[k + 1], "by") &&
            !(w->wflags & (TAC_LX_AUX | TAC_LX_BE | TAC_LX_SAY)) &&
            (t[k - 1].wflags & TAC_LX_NOUN) && !verbish(&t[k - 1]))
            continue;
        /* "20 million dollars in emergency aid to Ethiopia": "in" after a
         * sum of money (`marker currency-noun`) names its kind, no place */
        if (tok_is(w, "in") && k > s && k + 1 < e && !(t[k + 1].flags & TAC_TOK_CAP) &&
            !(t[k + 1].wflags & TAC_LX_DET) && c->tok_group[k + 1 - s] < 0 &&
            form_class(c, &t[k - 1], TAC_LC_CURRENCY_NOUN))
            continue;
        /* "held talks in Bonn with West German leaders", "met at Camp David
         * with": where the act took place, between it and "with", is passed
         * over */
        if ((tok_is(w, "in") || tok_is(w, "at")) && !topic_in && k + 2 < e) {
            int lm = loc_at(c, e, k + 1);
            if (lm >= 0 && c->ments[lm].end < e && tok_is(&t[c->ments[lm].end], "with")) {
                k = c->ments[lm].end - 1;
                continue;
            }
        }
        if (is_clause_break(w) || (w->wflags & (TAC_LX_CONJ | TAC_LX_RELATIVE | TAC_LX_SAY |
                                                TAC_LX_AUX | TAC_LX_BE | TAC_LX_COMPLEMENT)) ||
            (verbish(w) && !adj_ed) || tac_code_is_punct(w, ',') || (tok_is(w, "in") && !topic_in))
            return -1;
        /* "promised military aid to Mozambique", "rejected calls by
         * Belarus", "dismissed an appeal from the president", "demanded the
         * removal of X": after the object noun (the pattern's last word or
         * a word after it), the recipient, author or owner of that noun,
         * within three words of the preposition (not "to" before a verb:
         * "agreed to talks to end ...") */
        /* "by" names the author only when the event answers the noun
         * (verbal events, roots 01-13: "rejected demands by Belarus"); in
         * "ordered patrols by police" the police act */
        /* ... but a participle before "by" names the holder of the object
         * of any event: "recapture territory held by rebel Serbs" */
        if (tok_is(w, "by") && !verbal &&
            !(k > s + 1 && tac_code_is_participle(&t[k - 1]) && !verbish(&t[k - 2]) &&
              (t[k - 2].wflags & TAC_LX_NOUN)))
            return -1;
        if (tok_is(w, "to") || tok_is(w, "by") || tok_is(w, "from") || tok_is(w, "of") ||
            topic_in) {
            const tac_tok *pw = k > s ? &t[k - 1] : NULL; /* the noun before */
            if (pw && tok_is(w, "by") && k > s + 1 && tac_code_is_participle(pw) &&
                (t[k - 2].wflags & TAC_LX_NOUN) && !verbish(&t[k - 2]))
                pw = &t[k - 2]; /* "the plan proposed by" */
            /* "recaptured the town of Palmyra from X": a place in an "of"
             * phrase is part of the object; the search goes on after it */
            if (tok_is(w, "of") && pw && !verbish(pw) && (pw->wflags & TAC_LX_NOUN)) {
                int lm = loc_at(c, e, k + 1);
                if (lm >= 0 && c->tok_group[k + 1 - s] < 0) {
                    k = c->ments[lm].end - 1;
                    continue;
                }
            }
            if (!pw || verbish(pw) || !(pw->wflags & TAC_LX_NOUN) || (k == j && k == s + 1) ||
                (k + 1 < e && tok_is(w, "to") && (t[k + 1].wflags & TAC_LX_VERB) &&
                 !(t[k + 1].wflags & TAC_LX_NOUN)))
                return -1;
            if (topic_in) {
                int lm = loc_at(c, e, k + 1); /* "in Iran" is a place, no actor */
                if (lm >= 0)
                    return SINGLE(lm);
            }
            uint32_t ql = k + 3;
            for (uint32_t q = k + 1; q < e && q <= ql; q++) {
                int g2 = c->tok_group[q - s];
                if (g2 >= 0)
                    return group_at(c, s, e, q) == g2 && !subject_of_next(c, e, g2, 1) ? g2 : -1;
                /* "granted asylum to thousands of Syrian refugees": a
                 * quantity and its "of" count the recipients, they end
                 * no phrase (once) */
                if (ql == k + 3 && q + 2 < e && quantity_word(&t[q]) && tok_is(&t[q + 1], "of") &&
                    !tok_is(w, "of")) {
                    ql = q + 4;
                    q++;
                    continue;
                }
                if (is_clause_break(&t[q]) || verbish(&t[q]) || (t[q].wflags & TAC_LX_PREP) ||
                    tac_code_is_punct(&t[q], ','))
                    return -1;
            }
            return -1;
        }
        if (topic_prep(t, k, e))
            topic = 1;
        if ((w->wflags & TAC_LX_PREP) &&
            !(tok_is(w, "against") || tok_is(w, "with") || tok_is(w, "on") ||
              tok_is(w, "toward") || tok_is(w, "towards") || tok_is(w, "at") || tok_is(w, "over") ||
              tok_is(w, "upon") || tok_is(w, "for") || tok_is(w, "between")))
            return -1;
    }
    return -1;
}

/* In a headline's reduced passive, the actor group inside the "in"
 * phrase after token i: "killed in Russian air strike". */
int tac_code_in_agent(const tac_coder *c, uint32_t s, uint32_t e, uint32_t i)
{
    const tac_tok *t = c->toks.v;
    if (i >= e || !tok_is(&t[i], "in"))
        return -1;
    for (uint32_t j = i + 1; j < e && j < i + 4; j++) {
        if (is_clause_break(&t[j]) || verbish(&t[j]))
            return -1;
        int g = group_at(c, s, e, j);
        /* "killed in northern Syria": a country with no agent after "in"
         * is the place, not the agent; "in Russian air strike" is */
        if (g >= 0) {
            const group *gr = &c->groups[g];
            const mention *m = &c->ments[gr->first];
            if (gr->n == 1 && !m->n_agents && !m->person && m->country[0] &&
                m->code && !strcmp(m->code, m->country) &&
                (gr->end >= e || !(t[gr->end].wflags & TAC_LX_NOUN) ||
                 (t[gr->end].wflags & (TAC_LX_PREP | TAC_LX_CONJ))))
                return -1;
            return g;
        }
    }
    return -1;
}

/* 1 if the pattern text (words between spaces, as written) holds the
 * word of token w; a short walk over one pattern's text, per match. */
static int pattern_has_word(const char *text, const tac_tok *w)
{
    for (const char *q = text; *q;) {
        while (*q == ' ')
            q++;
        const char *b = q;
        while (*q && *q != ' ')
            q++;
        size_t k = 0;
        if ((size_t)(q - b) == w->norm_len)
            while (k < w->norm_len && tolower((unsigned char)b[k]) == (unsigned char)w->norm[k])
                k++;
        if (k == w->norm_len && (size_t)(q - b) == k)
            return 1;
    }
    return 0;
}

/* "99 persons were killed in police firing": in a passive with no "by"
 * agent, an actor inside the "in" or "during" phrase of the verb's own
 * pattern (`kill * in * police firing`), right before the pattern's noun,
 * names the agent; so does one after a "by" inside the pattern ("picked
 * up by police", `pick up by * police`). i: the verb, mt: its match,
 * own_prep: see below. The group, or -1. (A noun event after the match, "killed in Israeli tank shelling", is
 * coded itself, with the victims as its target: the kill is not coded
 * apart.) */
int tac_code_in_event_agent(const tac_coder *c, uint32_t s, uint32_t e, uint32_t i,
                            const match *mt, int own_prep)
{
    const tac_tok *t = c->toks.v;
    uint32_t end = mt->end;
    uint32_t p = i + 1;
    while (p < e && p <= end && !tok_is(&t[p], "in") && !tok_is(&t[p], "during") &&
           !(t[p].wflags & TAC_LX_BY))
        p++;
    if (p >= e || p > end)
        return -1;
    /* own_prep: an "in" or "during" must be one of the pattern's own
     * words. A participle with no "be" may be an active perfect ("have
     * booked 62 people in Godhra under", `book * under`): an "in" in the
     * words a `*` skipped names a place of its object ("was convicted in
     * federal court of", a passive, keeps the court; a "by" always names
     * the agent: "hit by a Turkish air strike") */
    if (own_prep && !(t[p].wflags & TAC_LX_BY) && !pattern_has_word(mt->pat->text, &t[p]))
        return -1;
    /* "picked up by police" (`pick up by * police`): the actor after a
     * "by" inside the pattern */
    if (t[p].wflags & TAC_LX_BY) {
        for (uint32_t j = p + 1; j < end; j++)
            if (c->tok_group[j - s] >= 0)
                return c->tok_group[j - s];
        return -1;
    }
    for (uint32_t j = p + 1; j < e && j < p + 5; j++) {
        if (is_clause_break(&t[j]) || verbish(&t[j]) || tac_code_is_punct(&t[j], ','))
            return -1;
        int g = c->tok_group[j - s];
        if (g < 0)
            continue;
        uint32_t n = c->groups[g].end;
        if (n >= e || verbish(&t[n]))
            return -1;
        return n < end ? g : -1;
    }
    return -1;
}

/* "detained Ahmed Yilmaz, a German citizen, in Istanbul": a name no
 * dictionary knows (one to four capitalised words at j, no actor) with an
 * apposition after its comma that opens with "a" or "an" and names a
 * country is that person: the apposition's group, which gives the
 * country (DEUCVL), not two people ("arrested John Miller, a Briton, and
 * two others": the list's next member keeps its own). The group, or -1. */
static int unknown_name_apposition(const tac_coder *c, uint32_t s, uint32_t e, uint32_t j)
{
    const tac_tok *t = c->toks.v;
    uint32_t w = j;
    while (w < e && w < j + 4 && (t[w].flags & TAC_TOK_WORD) && (t[w].flags & TAC_TOK_CAP) &&
           !(t[w].flags & TAC_TOK_POSS) && c->tok_group[w - s] < 0 &&
           !(t[w].wflags & (TAC_LX_DET | TAC_LX_PREP | TAC_LX_CONJ | TAC_LX_TIME)))
        w++;
    if (w == j || w + 2 >= e || !tac_code_is_punct(&t[w], ',') ||
        !(tok_is(&t[w + 1], "a") || tok_is(&t[w + 1], "an")))
        return -1;
    int g = c->tok_group[w + 1 - s] >= 0 ? c->tok_group[w + 1 - s] : c->tok_group[w + 2 - s];
    if (g < 0 || c->groups[g].start > w + 2 || c->groups[g].n != 1 ||
        !c->ments[c->groups[g].first].country[0])
        return -1;
    /* "a British national": a plain noun or two may end the phrase */
    uint32_t end = c->groups[g].end;
    for (uint32_t k = 0; k < 2 && end < e && (t[end].flags & TAC_TOK_WORD) &&
                         !(t[end].flags & (TAC_TOK_CAP | TAC_TOK_POSS)) && (t[end].wflags & TAC_LX_NOUN) &&
                         !(t[end].wflags & (TAC_LX_PREP | TAC_LX_CONJ | TAC_LX_DET)) &&
                         c->tok_group[end - s] < 0;
         k++)
        end++;
    if (end < e && !tac_code_is_punct(&t[end], ',') && !tac_code_is_punct(&t[end], '.') &&
        !(t[end].wflags & TAC_LX_PREP))
        return -1;
    if (end + 1 < e && tac_code_is_punct(&t[end], ',') &&
        ((t[end + 1].wflags & TAC_LX_CONJ) || (t[end + 1].flags & TAC_TOK_CAP)))
        return -1;
    return g;
}

/* The object group right after token i (at most one determiner or
 * adverb between), unless it opens a new clause; else one a few words into
 * the object phrase (object_after_words; verbal as there). infinitive: the
 * event is an intent, refusal or threat (roots 03, 12, 13), whose object
 * may be that of an infinitive after the verb. */
int tac_code_object_of(const tac_coder *c, uint32_t s, uint32_t e, uint32_t i, int verbal,
                       int infinitive)
{
    const tac_tok *t = c->toks.v;
    uint32_t j = i;
    /* "killed, wounded and captured dozens of soldiers": verbs in a list
     * share the object after the last one (the verb right before i and
     * each later one a lower-case past form in -ed, the later ones after a
     * comma or a conjunction; not a passive or perfect: "have been killed
     * and wounded"; nor an adjective: "the number of killed and injured
     * people") */
    int listed = i > s + 1 && verbish(&t[i - 1]) && ends_with(&t[i - 1], "ed") &&
                 !(t[i - 2].wflags & (TAC_LX_BE | TAC_LX_AUX | TAC_LX_PREP | TAC_LX_DET));
    for (int k = 0; listed && k < 3 && j + 2 < e; k++) {
        uint32_t v = j + 1;
        if (tac_code_is_punct(&t[j], ',') && (t[v].wflags & TAC_LX_CONJ))
            v++;
        if (!(tac_code_is_punct(&t[j], ',') || (t[j].wflags & TAC_LX_CONJ)) || v >= e ||
            !verbish(&t[v]) || !(t[v].wflags & TAC_LX_VERB) || (t[v].flags & TAC_TOK_CAP) ||
            !ends_with(&t[v], "ed") || c->tok_group[v - s] >= 0)
            break;
        j = v + 1;
    }
    if (j != i && j < e && c->tok_group[j - s] < 0 && !quantity_word(&t[j]) &&
        !(t[j].flags & TAC_TOK_NUM) && !(t[j].wflags & TAC_LX_DET))
        j = i; /* no object right after the list: not a shared one */
    while (j < e && j < i + 2 && (t[j].wflags & TAC_LX_ADVERB))
        j++;
    /* "threatened to deliver devastating blows to the United States": an
     * intent, refusal or threat (infinitive: roots 03, 12, 13) whose verb
     * has an infinitive complement that codes no event of its own is aimed
     * at the infinitive's object ("to" and a verb in its base form, with a
     * particle: "to blow up"). Not an infinitive of purpose after a noun
     * ("agreed to talks to end the war") */
    if (infinitive && j + 2 < e && j > s &&
        (verbish(&t[j - 1]) ||
         ((t[j - 1].wflags & TAC_LX_VERB) && !(t[j - 1].wflags & TAC_LX_NOUN))) &&
        tok_is(&t[j], "to") &&
        (t[j + 1].wflags & TAC_LX_VERB) &&
        !(t[j + 1].flags & TAC_TOK_CAP) && t[j + 1].word == t[j + 1].lemma &&
        !verbish(&t[j + 1])) {
        j += 2;
        if (j + 1 < e && (tok_is(&t[j], "up") || tok_is(&t[j], "out") || tok_is(&t[j], "off") ||
                          tok_is(&t[j], "down") || tok_is(&t[j], "back") || tok_is(&t[j], "away")))
            j++;
    }
    /* "held talks with X", "launched an offensive against X" */
    int prep = 0;
    if (j < e && (tok_is(&t[j], "with") || tok_is(&t[j], "against") || tok_is(&t[j], "on") ||
                  tok_is(&t[j], "upon") || tok_is(&t[j], "toward") || tok_is(&t[j], "towards") ||
                  tok_is(&t[j], "into") || tok_is(&t[j], "between"))) {
        j++;
        prep = 1;
    }
    /* "dozens of protesters", "two of the soldiers" */
    if (j + 1 < e && tok_is(&t[j + 1], "of") && quantity_word(&t[j]))
        j += 2;
    int ap = unknown_name_apposition(c, s, e, j);
    if (ap >= 0)
        return ap;
    int g = group_at(c, s, e, j);
    if (g >= 0 && tac_code_modifier_agent(c, e, g))
        g = object_after_words(c, s, e, c->groups[g].end, verbal);
    else if (g < 0)
        g = object_after_words(c, s, e, j, verbal);
    else {
        /* "Gunmen who attacked a base killed five": an object right before
         * a verb is that verb's subject; not one after a preposition
         * ("China's crackdown against protesters continued", "the airstrike
         * by Russia on Syrian rebels killed 20": the noun phrase is the
         * subject, the actor after its preposition its target) */
        uint32_t end = c->groups[g].end;
        if (!prep && end < e && verbish(&t[end]) && !passive_relative(c, e, end) &&
            !subject_relative_before(c, s, i))
            return -1;
    }
    if (g >= 0 && headline_source_tail(c, s, g))
        return -1;
    return g;
}

/* "engaged Filipino peacekeepers in a firefight", "were killed in a
 * bombing", "arrested 100 Palestinians in a security sweep", "hosted X
 * for talks": the verb whose clause a noun event at token i belongs to,
 * when the noun stands in a prepositional phrase ("in", "during", "with",
 * "through", "for") after that verb and its object (a place phrase may
 * stand between); or -1. A bare noun right after the preposition ("in
 * protest", "in talks") is mostly an idiom and counts only with bare set,
 * which also takes "by" ("were killed in air strikes", "killed by
 * shelling": the caller asks for a passive verb and one-sided violence). */
int tac_code_pp_host_verb(const tac_coder *c, uint32_t s, uint32_t i, int bare)
{
    const tac_tok *t = c->toks.v;
    uint32_t j = i, k = 0;
    /* "in a", "in a deadly", "during the" */
    while (j > s && k < 3) {
        const tac_tok *w = &t[j - 1];
        if (tok_is(w, "in") || tok_is(w, "during") || tok_is(w, "with") || tok_is(w, "through") ||
            tok_is(w, "for") || (bare && (w->wflags & TAC_LX_BY)))
            break;
        if (c->tok_group[j - 1 - s] >= 0 || verbish(w) || is_clause_break(w) ||
            tac_code_is_punct(w, ',') || (w->wflags & (TAC_LX_PREP | TAC_LX_CONJ)))
            return -1;
        j--;
        k++;
    }
    if (j == s || (j == i && !bare))
        return -1;
    j--; /* the preposition */
    for (k = 0; j > s && k < 10; k++) {
        j--;
        const tac_tok *w = &t[j];
        if (is_clause_break(w) || tac_code_is_punct(w, ',') || (w->wflags & (TAC_LX_CONJ | TAC_LX_SAY)))
            return -1;
        if (c->tok_group[j - s] >= 0 || (w->wflags & TAC_LX_TIME))
            continue;
        if (verbish(w))
            return (int)j;
        /* "on Saturday", "last week" */
        if (tok_is(w, "on") && j + 1 < i && (t[j + 1].wflags & TAC_LX_TIME))
            continue;
        /* "hosted X in this Siberian city for an informal meeting" */
        if (w->wflags & TAC_LX_LOCATIVE)
            continue;
        if (w->wflags & TAC_LX_PREP)
            return -1;
    }
    return -1;
}

/* A word that describes a region of a country before its name: a compass
 * word in any case ("Western Cambodia") or one lower-case word that is no
 * verb, preposition or other function word ("northern", "war-torn"). */
static int region_modifier(const tac_tok *w)
{
    if (w->wclass & TAC_LC_COMPASS) /* `marker compass` */
        return 1;
    return (w->flags & TAC_TOK_WORD) && !(w->flags & TAC_TOK_CAP) && !verbish(w) &&
           !(w->wflags & (TAC_LX_DET | TAC_LX_PREP | TAC_LX_CONJ | TAC_LX_AUX | TAC_LX_BE |
                          TAC_LX_BOUNDARY | TAC_LX_RELATIVE | TAC_LX_NEGATION | TAC_LX_TIME |
                          TAC_LX_SAY | TAC_LX_COMPLEMENT));
}

/* "Four children were killed in Israeli tank shelling": a noun event
 * whose source is the group src right before it (a determiner may stand
 * before the group) in an "in" or "during" phrase right after a passive
 * verb with no "by" agent was done to that verb's subject, its target;
 * or -1. */
int tac_code_passive_host_target(const tac_coder *c, uint32_t s, uint32_t e, int src)
{
    const tac_tok *t = c->toks.v;
    uint32_t j = c->groups[src].start;
    if (j > s && (t[j - 1].wflags & TAC_LX_DET))
        j--;
    if (j < s + 2 || !(tok_is(&t[j - 1], "in") || tok_is(&t[j - 1], "during")))
        return -1;
    uint32_t v = j - 2;
    /* "were wounded on Monday in a Taliban attack" */
    while (v > s && ((t[v].wflags & (TAC_LX_TIME | TAC_LX_ADVERB)) ||
                     (tok_is(&t[v], "on") && (t[v + 1].wflags & TAC_LX_TIME))))
        v--;
    if (!verbish(&t[v]) || !tac_code_is_passive(c, s, v) || tac_code_by_agent(c, s, e, v + 1) != -1)
        return -1;
    int g = tac_code_subject_of(c, s, v);
    return g != src ? g : -1;
}

/* "imposed a curfew in the town of Cizre", "demonstrated in Serbia",
 * "fired at targets in Jericho": the place where an event happens, in the
 * words after its pattern up to the end of the clause (a verb, a clause
 * word, a comma or another actor ends the search). Returns a location
 * mention as a slot value, a country group after a locative preposition
 * ("in the Gaza Strip"), or -1. */
int tac_code_place_target(const tac_coder *c, uint32_t s, uint32_t e, uint32_t j)
{
    const tac_tok *t = c->toks.v;
    /* "bombed villages near Kuwait City" with `bomb * city`: the pattern's
     * last word is the last word of a place's name that starts inside it, or
     * outside a headline (which capitalises every word) a capitalised word
     * right after a place's name ("in Gaza City"); the place is where it
     * happened */
    for (size_t k = 0; k < c->n_locs && j > s; k++)
        if (c->locs[k].start >= s && c->locs[k].start + 1 < j &&
            (c->locs[k].end == j ||
             (c->locs[k].end + 1 == j && !c->in_headline && (t[j - 1].flags & TAC_TOK_CAP) &&
              (t[j - 1].flags & TAC_TOK_WORD))))
            return SINGLE(c->loc_ment + k);
    for (uint32_t k = j; k < e && k < j + 12; k++) {
        const tac_tok *w = &t[k];
        int g = c->tok_group[k - s];
        if (g >= 0 && tac_code_modifier_agent(c, e, g)) {
            k = c->groups[g].end - 1;
            continue;
        }
        if (g >= 0) {
            const group *gr = &c->groups[g];
            const mention *m = &c->ments[gr->first];
            uint32_t b = gr->start;
            /* "in northern Israel", "in Western Cambodia", "in the
             * war-torn Congo": one modifier of the country, lower-case or
             * a compass word */
            if (b > s + 1 && region_modifier(&t[b - 1]))
                b--;
            if (b > s && (t[b - 1].wflags & TAC_LX_DET))
                b--;
            if (gr->start == k && gr->n == 1 && m->country[0] && !m->n_agents && !m->person &&
                b > s && (t[b - 1].wflags & TAC_LX_LOCATIVE))
                return g;
            return -1;
        }
        int lm = loc_at(c, e, k);
        if (lm >= 0)
            return SINGLE(lm);
        /* "in a crowded market in Colombo": a participle after a
         * determiner is an adjective */
        if (is_clause_break(w) || tac_code_is_punct(w, ',') ||
            (verbish(w) && !(k > j && (t[k - 1].wflags & TAC_LX_DET) && ends_with(w, "ed"))) ||
            (w->wflags & (TAC_LX_SAY | TAC_LX_RELATIVE | TAC_LX_COMPLEMENT)))
            return -1;
    }
    return -1;
}

/* "the Kabul bombing killed 20", "Ottawa protest enters third week": the
 * place named right before the noun event that starts at j (one or two
 * plain nouns between: "a Mogadishu car bomb"), which the mention finder
 * kept as a location (`marker incident-noun`), is where it happened.
 * opening: the place must open its clause (the sentence's start, a comma,
 * a colon or a conjunction before it, a determiner between), as a
 * headline's bare report does ("Texas shooting: ..."), not "after the
 * Uvalde shooting", a topic. Returns the location mention as a slot
 * value, or -1. */
int tac_code_place_before(const tac_coder *c, uint32_t s, uint32_t j, int opening)
{
    const tac_tok *t = c->toks.v;
    for (size_t k = 0; k < c->n_locs; k++) {
        uint32_t b = c->locs[k].end;
        if (c->locs[k].start < s || b > j || j > b + 2)
            continue;
        uint32_t w = b;
        /* (nouns only: "a Florida boy accidentally shoots" names no
         * shooting in Florida by nobody) */
        while (w < j && (t[w].flags & TAC_TOK_WORD) && !(t[w].flags & TAC_TOK_POSS) &&
               (t[w].wflags & TAC_LX_NOUN) && !(t[w].wflags & TAC_LX_ADVERB) &&
               !ends_with(&t[w], "ly"))
            w++;
        if (w != j)
            continue;
        uint32_t a = c->locs[k].start;
        if (a > s && (t[a - 1].wflags & TAC_LX_DET))
            a--;
        if (opening && a > s &&
            !(tac_code_is_punct(&t[a - 1], ',') || tac_code_is_punct(&t[a - 1], ':') ||
              tac_code_is_punct(&t[a - 1], ';') ||
              ((t[a - 1].wflags & TAC_LX_CONJ) && !(t[a - 1].wflags & TAC_LX_PREP))))
            continue;
        return SINGLE(c->loc_ment + k);
    }
    return -1;
}

/* The source slot value src with the country of the place slot value
 * place when src is one bare agent or one ethnic group (ETH) of no
 * country, not an IGO, NGO or other named group: a new mention after the
 * others, in *out (else src). -1 when out of memory, else 0 (no slot value
 * is free to mean "out of memory": SINGLE(1) is -3). */
int tac_code_local_source(tac_coder *c, int src, int place, int *out)
{
    *out = src;
    uint32_t f, n, pf, pn;
    slot_members(c, src, &f, &n);
    slot_members(c, place, &pf, &pn);
    const mention *m = &c->ments[f];
    if (n != 1 || pn != 1 || m->country[0] || m->person || !m->code ||
        ((m->n_agents != 1 || strlen(m->code) != 3) && !has_agent(m, "ETH")) ||
        tac_code_region_code(m->code) || has_agent(m, "IGO") || has_agent(m, "NGO") ||
        has_agent(m, "IMG") || !c->ments[pf].country[0])
        return 0;
    /* the place must follow a locative preposition ("in Algiers", "in the
     * town of Cizre"), not be a name that looks like one */
    const tac_tok *t = c->toks.v;
    /* ("attacked the embassy in Kabul": an embassy or an ambassador is
     * posted abroad, `marker posting-agent`) */
    if ((m->end > m->start && word_class(c, &t[m->end - 1], TAC_LC_POSTING_AGENT)) ||
        court_at_seat(c, m))
        return 0;
    uint32_t b = c->ments[pf].start, k = 0;
    while (b > 0 && k < 4 && !(t[b - 1].wflags & TAC_LX_LOCATIVE)) {
        if (verbish(&t[b - 1]) || is_clause_break(&t[b - 1]) || tac_code_is_punct(&t[b - 1], ','))
            return 0;
        b--;
        k++;
    }
    if (b == 0 || !(t[b - 1].wflags & TAC_LX_LOCATIVE))
        return 0;
    /* ("Kurdish villages near the Iranian border": a country before a
     * border word that ends its phrase names a line with two sides, not
     * where they are; "the Vadodara railway station" is a place) */
    uint32_t pe = c->ments[pf].end;
    if (pe < c->toks.n && (t[pe].wclass & TAC_LC_BOUNDARY) && !(t[pe].flags & TAC_TOK_CAP) &&
        !(pe + 1 < c->toks.n && (t[pe + 1].flags & TAC_TOK_WORD) && (t[pe + 1].wflags & TAC_LX_NOUN) &&
          !(t[pe + 1].wflags & (TAC_LX_PREP | TAC_LX_CONJ))))
        return 0;
    mention l = *m;
    memcpy(l.country, c->ments[pf].country, 4);
    l.code = NULL;
    l.group = -1;
    if (tac_code_finish_code(c, &l) < 0 || tac_code_push_mention(c, &l) < 0)
        return -1;
    *out = SINGLE(c->n_ments - 1);
    return 0;
}

/* The one a demand or a threat is aimed at, when nothing else is:
 *   "reiterated its demand today that Israel ease restrictions": the
 *     subject of the "that" clause right after a demand (10) or appeal (02);
 *   "threatened to stop the talks if the United States goes ahead",
 *     "will withdraw unless Baghdad accepts": the subject of the condition
 *     after a threat (13).
 * j is the end of the pattern; returns a group or -1. */
int tac_code_condition_target(const tac_coder *c, uint32_t s, uint32_t e, uint32_t j,
                              const tac_cameo *cm)
{
    const tac_tok *t = c->toks.v;
    int demand = (cm->root[0] == '1' && cm->root[1] == '0') ||
                 (cm->root[0] == '0' && cm->root[1] == '2');
    int threat = cm->root[0] == '1' && cm->root[1] == '3';
    if (demand) {
        uint32_t k = j;
        while (k < e && k < j + 3 && (t[k].wflags & (TAC_LX_TIME | TAC_LX_ADVERB)))
            k++;
        if (k + 1 < e && (t[k].wflags & TAC_LX_COMPLEMENT))
            return group_at(c, s, e, k + 1);
        return -1;
    }
    if (!threat)
        return -1;
    for (uint32_t k = j; k + 1 < e; k++) {
        if (tok_is(&t[k], "unless") || tok_is(&t[k], "if"))
            return group_at(c, s, e, k + 1);
        if (is_clause_break(&t[k]) || tac_code_is_punct(&t[k], ','))
            return -1;
    }
    return -1;
}

/* A claim of responsibility (015): a statement about an act, aimed at the
 * one the act was done to ("claimed that they had attacked Iraq"), unlike
 * other statements. */
int tac_code_claim_code(const tac_cameo *cm)
{
    return strncmp(cm->code, "015", 3) == 0;
}

/* 1 if the slot value tgt is armed forces of the source src: every
 * member a military or police agent (or a named body's troops) of no
 * country or of the country of src's first member ("its troops", "army
 * reservists", "extra police"). */
int tac_code_own_forces(const tac_coder *c, int src, int tgt)
{
    uint32_t sf, sn, tf, tn;
    slot_members(c, src, &sf, &sn);
    slot_members(c, tgt, &tf, &tn);
    if (!sn || !tn)
        return 0;
    const char *sc = c->ments[sf].country;
    for (uint32_t k = 0; k < tn; k++) {
        const mention *m = &c->ments[tf + k];
        if (!(has_agent(m, "MIL") || has_agent(m, "COP") || m->armed) || m->person ||
            (m->country[0] && strcmp(m->country, sc) != 0))
            return 0;
    }
    return 1;
}

/* 1 if group g is one actor of a country's own armed forces ("Ethiopian
 * troops", "Russian warships"): whoever moves them is that country. */
int tac_code_national_forces(const tac_coder *c, int g)
{
    if (g < 0 || c->groups[g].n != 1)
        return 0;
    const mention *m = &c->ments[c->groups[g].first];
    return m->country[0] && !m->person && (has_agent(m, "MIL") || m->armed);
}

/* 1 if a modal stands in the verb group before the participle at i
 * ("will be massed", "could have been moved"): a move still to come, which
 * the agentless passive of a show of force leaves to the intent rules. */
int tac_code_modal_passive(const tac_coder *c, uint32_t s, uint32_t i)
{
    const tac_tok *t = c->toks.v;
    for (uint32_t k = i; k > s && (t[k - 1].wflags & (TAC_LX_BE | TAC_LX_AUX | TAC_LX_ADVERB |
                                                       TAC_LX_NEGATION));
         k--) {
        const tac_tok *w = &t[k - 1];
        if ((w->wflags & TAC_LX_AUX) && !(w->wflags & TAC_LX_BE) && !tok_is(w, "has") &&
            !tok_is(w, "have") && !tok_is(w, "had"))
            return 1;
    }
    return 0;
}

/* The adversary named after the forces tgt in the same clause: a group
 * after "against", "with", "toward", "on" or "at" ("reservists for a
 * possible war against Iraq", "troops on alert along the border with
 * Pakistan"); or -1. */
int tac_code_adversary_after(const tac_coder *c, uint32_t s, uint32_t e, int tgt)
{
    const tac_tok *t = c->toks.v;
    uint32_t tf, tn;
    slot_members(c, tgt, &tf, &tn);
    if (!tn)
        return -1;
    uint32_t from = c->ments[tf + tn - 1].end;
    for (uint32_t k = from; k < e && k < from + 12; k++) {
        const tac_tok *w = &t[k];
        int g = group_at(c, s, e, k);
        if (g >= 0) {
            uint32_t b = c->ments[c->groups[g].first].start;
            while (b > k && b > s && (t[b - 1].wflags & TAC_LX_DET))
                b--;
            const tac_tok *pw = b > s ? &t[b - 1] : NULL;
            return pw && (tok_is(pw, "against") || tok_is(pw, "with") || tok_is(pw, "toward") ||
                          tok_is(pw, "towards") || tok_is(pw, "on") || tok_is(pw, "at"))
                       ? g
                       : -1;
        }
        if (c->tok_group[k - s] >= 0 || is_clause_break(w) || tac_code_is_punct(w, ',') ||
            verbish(w) || (w->wflags & (TAC_LX_SAY | TAC_LX_RELATIVE | TAC_LX_COMPLEMENT)))
            return -1;
    }
    return -1;
}

#define RIVALRY_SPAN 14 /* words after the match that may hold the noun */

/* "deployed warships to the Gulf as a warning to Iran", "mobilized its
 * reserves as tensions rose with Azerbaijan": after a show of force that
 * names no adversary, a noun of warning or quarrel (`marker rivalry-noun`)
 * later in the clause from token j, then within three words "to", "with"
 * or "against" and a group, names whom the force is shown to. A verb may
 * stand between the noun and its preposition ("tensions rose with"); a
 * saying verb, a relative pronoun or a clause break ends the search, as
 * an actor before the noun does (it would be the one warned). Returns that
 * group, or -1. */
int tac_code_rivalry_target(const tac_coder *c, uint32_t s, uint32_t e, uint32_t j)
{
    const tac_tok *t = c->toks.v;
    for (uint32_t k = j; k + 1 < e && k < j + RIVALRY_SPAN; k++) {
        /* "warning" is also a saying verb: the class is tested first */
        if (word_class(c, &t[k], TAC_LC_RIVALRY_NOUN) && c->tok_group[k - s] < 0) {
            for (uint32_t q = k + 1; q + 1 < e && q <= k + 3; q++) {
                if (is_clause_break(&t[q]) || tac_code_is_punct(&t[q], ',') ||
                    c->tok_group[q - s] >= 0)
                    return -1;
                if (tok_is(&t[q], "to") || tok_is(&t[q], "with") || tok_is(&t[q], "against"))
                    return group_at(c, s, e, q + 1);
            }
            return -1;
        }
        /* "as" and "amid" open the phrase ("as a warning", "amid tensions") */
        if ((is_clause_break(&t[k]) && !tok_is(&t[k], "as") && !tok_is(&t[k], "amid")) ||
            c->tok_group[k - s] >= 0 || (t[k].wflags & (TAC_LX_SAY | TAC_LX_RELATIVE)))
            return -1;
    }
    return -1;
}

/* "staged a protest outside the British embassy", "held a sit-in in front
 * of the Chinese consulate": the group right after "outside" or "in front
 * of" at token j, just after a protest's match by src, is whom it faces
 * (as the patterns `protest outside +` say for the bare verb) when it names
 * a country other than the protesters' own: a foreign mission. A building
 * of no country ("outside the embassy") or of their own ("a vigil outside
 * parliament") is where they gather, not whom they face. Returns that
 * group, or -1. */
int tac_code_facing_target(const tac_coder *c, uint32_t s, uint32_t e, uint32_t j, int src)
{
    const tac_tok *t = c->toks.v;
    int g = -1;
    if (j + 1 < e && tok_is(&t[j], "outside"))
        g = group_at(c, s, e, j + 1);
    else if (j + 3 < e && tok_is(&t[j], "in") && tok_is(&t[j + 1], "front") &&
             tok_is(&t[j + 2], "of"))
        g = group_at(c, s, e, j + 3);
    if (g < 0 || c->groups[g].n != 1)
        return -1;
    const char *gc = c->ments[c->groups[g].first].country;
    const char *sc = src >= 0 ? c->ments[c->groups[src].first].country : "";
    return gc[0] && strcmp(gc, sc) != 0 ? g : -1;
}

/* The actor after "in protest of", "at", "against", "over" or "to" in
 * the clause after token j ("in protest of the Russian government's
 * refusal" -> RUSGOV); or -1. */
int tac_code_motive_target(const tac_coder *c, uint32_t s, uint32_t e, uint32_t j)
{
    const tac_tok *t = c->toks.v;
    for (uint32_t k = j; k + 2 < e && k < j + 10; k++) {
        if (is_clause_break(&t[k]) || tac_code_is_punct(&t[k], ',') || verbish(&t[k]))
            return -1;
        if (tok_is(&t[k], "in") && tok_is(&t[k + 1], "protest") &&
            (tok_is(&t[k + 2], "of") || tok_is(&t[k + 2], "at") || tok_is(&t[k + 2], "against") ||
             tok_is(&t[k + 2], "over") || tok_is(&t[k + 2], "to")))
            return tac_code_object_of(c, s, e, k + 3, 1, 0);
    }
    return -1;
}

#define PRESSURE_SPAN 12     /* words after the match that may open the phrase */
#define PRESSURE_MODIFIERS 4 /* words from the opener to the pressure noun */

/* "declined to resign despite growing pressure by the anti-corruption
 * commission", "stepped down under pressure from the army", "rejected the
 * plan, defying calls from the UN": a refusal or a yielding (roots 12,
 * 08) answers whoever pressed for it, named after "by" or "from" in a
 * "despite", "under", "defying" or "resisting" phrase of pressure, calls,
 * demands, appeals or pleas (`marker pressure`) that follows the match
 * (token j) in the sentence's clause. Returns that group, or -1. */
int tac_code_pressure_target(const tac_coder *c, uint32_t s, uint32_t e, uint32_t j)
{
    const tac_tok *t = c->toks.v;
    for (uint32_t k = j; k + 2 < e && k < j + PRESSURE_SPAN; k++) {
        int opener = tok_is(&t[k], "despite") || tok_is(&t[k], "under") ||
                     tok_is(&t[k], "defying") || tok_is(&t[k], "resisting");
        if (!opener) {
            if (is_clause_break(&t[k]) || tac_code_is_punct(&t[k], ',') ||
                c->tok_group[k - s] >= 0)
                return -1;
            continue;
        }
        /* a few words may qualify the noun: "growing international" */
        for (uint32_t n = k + 1; n + 1 < e && n <= k + PRESSURE_MODIFIERS; n++) {
            if (t[n].wclass & TAC_LC_PRESSURE)
                return tok_is(&t[n + 1], "by") || tok_is(&t[n + 1], "from")
                           ? group_at(c, s, e, n + 2)
                           : -1;
            /* ("repeated", "renewed" calls: an -ed word here qualifies) */
            if ((t[n].wflags & (TAC_LX_AUX | TAC_LX_BE | TAC_LX_SAY)) ||
                c->tok_group[n - s] >= 0 || (t[n].flags & TAC_TOK_PUNCT))
                return -1;
        }
        return -1;
    }
    return -1;
}

/* The events pressure_target answers for: a refusal (12) or a yielding
 * (08). */
int tac_code_yields_to_pressure(const tac_cameo *cm)
{
    return (cm->root[0] == '1' && cm->root[1] == '2') || (cm->root[0] == '0' && cm->root[1] == '8');
}

/* 1 if the first members of slot values a and b have the same country. */
int tac_code_same_country(const tac_coder *c, int a, int b)
{
    uint32_t af, an, bf, bn;
    slot_members(c, a, &af, &an);
    slot_members(c, b, &bf, &bn);
    return an && bn && c->ments[af].country[0] &&
           strcmp(c->ments[af].country, c->ments[bf].country) == 0;
}

/* Events that take the place where they happen as their target when they
 * have no other: all but statements and appeals (01, 02) and meetings
 * (04, whose target is the other party) except travel to a place (042). */
int tac_code_place_root(const tac_cameo *cm)
{
    if (cm->root[0] == '0' && (cm->root[1] == '1' || cm->root[1] == '2') &&
        !tac_code_claim_code(cm))
        return 0;
    if (cm->root[0] == '0' && cm->root[1] == '4')
        return strncmp(cm->code, "042", 3) == 0;
    return 1;
}

/* Slot value v is a place only: a location, or one mention with a country
 * and no agent or person ("in Baghdad", "Paris"). */
static int place_only(const tac_coder *c, int v)
{
    if (v == -1)
        return 0;
    uint32_t f, n;
    slot_members(c, v, &f, &n);
    if (n != 1)
        return 0;
    const mention *m = &c->ments[f];
    return (f >= c->loc_ment && f < c->loc_ment + c->n_locs) ||
           (m->country[0] && !m->n_agents && !m->person);
}

/* "at least", "more than", "up to", "nearly": words that hedge the count
 * at n; the number of them, or 0. */
static uint32_t count_hedge(const tac_coder *c, uint32_t n)
{
    const tac_tok *t = c->toks.v;
    if (n + 1 < c->sent_end &&
        ((tok_is(&t[n], "at") && (tok_is(&t[n + 1], "least") || tok_is(&t[n + 1], "most"))) ||
         (tok_is(&t[n], "more") && tok_is(&t[n + 1], "than")) ||
         (tok_is(&t[n], "up") && tok_is(&t[n + 1], "to"))))
        return 2;
    if (n < c->sent_end && (tok_is(&t[n], "nearly") || tok_is(&t[n], "almost") ||
                            tok_is(&t[n], "about") || tok_is(&t[n], "around") ||
                            tok_is(&t[n], "some") || tok_is(&t[n], "over")))
        return 1;
    return 0;
}

static int victims_from(tac_coder *c, uint32_t s, uint32_t e, uint32_t j, uint32_t n, int tgt,
                        int groups, int *out);

int tac_code_participle_victims(tac_coder *c, uint32_t s, uint32_t e, uint32_t j, int tgt,
                                int *out)
{
    const tac_tok *t = c->toks.v;
    *out = -1;
    if (tgt != -1 && !place_only(c, tgt))
        return 0;
    /* the participle after a comma in the act's clause: no other verb or
     * clause break between ("in a crowded market": an adjective) */
    uint32_t k = j;
    for (; k < e && k < j + 16; k++) {
        if (k > s && tac_code_is_punct(&t[k - 1], ',') &&
            word_class(c, &t[k], TAC_LC_VICTIM_PARTICIPLE))
            break;
        if (is_clause_break(&t[k]) || (t[k].wflags & (TAC_LX_RELATIVE | TAC_LX_COMPLEMENT)) ||
            (verbish(&t[k]) &&
             !(k > j && (t[k - 1].wflags & TAC_LX_DET) && ends_with(&t[k], "ed"))))
            return 0;
    }
    if (k >= e || k >= j + 16)
        return 0;
    return victims_from(c, s, e, j, k + 1, tgt, 1, out);
}

int tac_code_count_victims(tac_coder *c, uint32_t s, uint32_t e, uint32_t j, int tgt, int *out)
{
    *out = -1;
    if (tgt != -1 && !place_only(c, tgt))
        return 0;
    return victims_from(c, s, e, j, j, tgt, 0, out);
}

/* The victims from token n on, right after a participle or verb of harm
 * (tac_code_participle_victims), for an act ending at j with target tgt;
 * a group only when groups is set (the object finder already gave a
 * verb's group object). */
static int victims_from(tac_coder *c, uint32_t s, uint32_t e, uint32_t j, uint32_t n, int tgt,
                        int groups, int *out)
{
    const tac_tok *t = c->toks.v;
    n += count_hedge(c, n);
    uint32_t num = n;
    while (n < e && ((t[n].flags & TAC_TOK_NUM) ||
                     (t[n].wclass & (TAC_LC_NUMBER | TAC_LC_COUNT_NOUN))))
        n++;
    if (n > num && n < e && tok_is(&t[n], "of")) /* "dozens of people" */
        n++;
    if (n < e && c->tok_group[n - s] >= 0) {
        if (!groups)
            return 0;
        int g = c->tok_group[n - s];
        int place = tgt != -1 ? tgt : tac_code_place_target(c, s, e, j);
        *out = g;
        return place == -1 ? 0 : tac_code_local_source(c, g, place, out);
    }
    if (n == num)
        return 0;
    /* a count alone names people: "killing 12", "wounding 40 others",
     * "killing five and wounding 26" */
    uint32_t end = n;
    if (end < e && (tok_is(&t[end], "others") || tok_is(&t[end], "more")))
        end++;
    if (end < e && !(t[end].flags & TAC_TOK_PUNCT) && !(t[end].wflags & TAC_LX_CONJ) &&
        !(t[end].wflags & TAC_LX_LOCATIVE) && !tok_is(&t[end], "on"))
        return 0;
    int place = tgt != -1 ? tgt : tac_code_place_target(c, s, e, j);
    mention m;
    memset(&m, 0, sizeof m);
    m.start = m.tstart = num;
    m.end = end;
    m.group = -1;
    if (place != -1) {
        uint32_t pf, pn;
        slot_members(c, place, &pf, &pn);
        memcpy(m.country, c->ments[pf].country, 4);
    }
    m.agents[m.n_agents++] = "CVL";
    if (tac_code_finish_code(c, &m) < 0 || tac_code_push_mention(c, &m) < 0)
        return -1;
    *out = SINGLE(c->n_ments - 1);
    return 0;
}
