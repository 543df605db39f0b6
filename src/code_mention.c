/* code_mention.c -- the coder's actors: the actor trie's pieces of a
 * sentence composed into mentions and conjoined into groups.
 *
 * Per sentence (called by tac_code_sentence, code_event.c):
 *   scan_pieces    actor trie --> pieces (country, adjective, agent, actor,
 *                  person, pronoun, short name)
 *   find_mentions  pieces --> mentions (start_mention, absorb,
 *                  finish_mention: "Iran 's foreign minister" = IRN+GOV)
 *   build_groups   mentions --> groups ("France, Germany and Britain")
 *   push_locs      the sentence's places, as mentions of no group
 * and the actor phrase API (tac_coder_actor, tac_coder_actor_in): one
 * phrase read as an actor outside any document.
 *
 * Writes c->ments, c->groups, c->tok_group and c->locs, the document's
 * aliases and last person/actor; strings live in the coder's arena. The
 * rules are in docs/coding.md. Not thread-safe: the coder is per thread. */
#include <ctype.h>
#include <strings.h>

#include "code.h"
#include "code_mention.h"
#include "code_event.h"

/* ---- actors --------------------------------------------------------- */

/* "IS" read as the copula rather than the Islamic State's acronym: a form
 * of "be" matched by its capitals-only acronym edge names the group only
 * in a sentence that is not shouted (a word next to it has small letters:
 * "WHY SYRIA IS BURNING" is a verb) and when what follows is not what a
 * copula takes: a determiner, a negation or adverb, "to", or a participle
 * after a possible subject ("the town IS held"; "23 IS killed", "by IS
 * killed" keep the acronym). 1 if it is the verb. */
static int upper_copula(const tac_tok *t, uint32_t i, uint32_t e)
{
    int small = 0;
    if (i > 0 && (t[i - 1].flags & TAC_TOK_WORD) && !(t[i - 1].flags & TAC_TOK_UPPER))
        small = 1;
    if (i + 1 < e && (t[i + 1].flags & TAC_TOK_WORD) && !(t[i + 1].flags & TAC_TOK_UPPER))
        small = 1;
    if (!small)
        return 1;
    if (i + 1 >= e)
        return 0;
    const tac_tok *n = &t[i + 1];
    if ((n->wflags & (TAC_LX_DET | TAC_LX_NEGATION | TAC_LX_ADVERB)) || tok_is(n, "to"))
        return 1;
    int participle = (n->wflags & TAC_LX_VERB) && !(n->flags & TAC_TOK_CAP) &&
                     (ends_with(n, "ed") || ends_with(n, "en") || ends_with(n, "ing"));
    if (participle && i > 0 && (t[i - 1].flags & TAC_TOK_WORD) && !(t[i - 1].flags & TAC_TOK_NUM) &&
        !(t[i - 1].wflags & (TAC_LX_PREP | TAC_LX_BY | TAC_LX_CONJ | TAC_LX_LOCATIVE)))
        return 1;
    return 0;
}

/* inline (always): each of the three walks of tac_code_actor_walk gets a
 * copy with its own upper_first and exact_first folded in, so the common
 * walk (neither set) pays no test of them per token */
#if defined(__GNUC__)
#define WALK_INLINE inline __attribute__((always_inline))
#define SLOW_PATH __attribute__((noinline))
#else
#define WALK_INLINE inline
#define SLOW_PATH
#endif

/* One walk of the actor trie from tokens[i]; an upper-case token follows
 * its upper-case-only edge ("FAO") before its plain one ("Fao peninsula")
 * when upper_first is set, a token its exact-form edge ("=security
 * sources") before its lemma's when exact_first is set (*saw_exact tells
 * the caller a token on the way had such an edge). Returns the end of the
 * longest phrase, or 0. */
static WALK_INLINE uint32_t actor_walk(const tac_dict *d, const tac_tok *t, uint32_t i,
                                       uint32_t e, int upper_first, int exact_first,
                                       uint32_t *out_node, int *saw_exact)
{
    uint32_t node = 0, best_end = 0, best_node = 0;
    for (uint32_t j = i; j < e; j++) {
        uint32_t child = 0;
        unsigned kinds = d->actors.kinds[node];
        int up = (t[j].flags & TAC_TOK_UPPER) && (kinds & TAC_TRIE_K_UPPER);
        /* (at the root, whose exact-form edges most words lack, the
         * word's mark (TAC_LM_EXACT_START) says whether it has one, without
         * the probe) */
        uint32_t exact = t[j].word && (kinds & TAC_TRIE_K_EXACT) &&
                                 (node || (d->lex.w[t[j].word].marks & TAC_LM_EXACT_START))
                             ? tac_trie_child(&d->actors, node, TAC_ITEM_EXACT | t[j].word)
                             : 0;
        if (exact) {
            *saw_exact = 1;
            if (exact_first)
                child = exact;
        }
        if (!child && up && upper_first) {
            if (t[j].word)
                child = tac_trie_child(&d->actors, node, TAC_ITEM_UPPER | t[j].word);
            if (!child && t[j].lemma)
                child = tac_trie_child(&d->actors, node, TAC_ITEM_UPPER | t[j].lemma);
        }
        if (!child && t[j].lemma && (kinds & TAC_TRIE_K_WORD))
            child = tac_trie_child(&d->actors, node, t[j].lemma);
        if (!child && t[j].word && up)
            child = tac_trie_child(&d->actors, node, TAC_ITEM_UPPER | t[j].word);
        if (!child && t[j].lemma && up)
            child = tac_trie_child(&d->actors, node, TAC_ITEM_UPPER | t[j].lemma);
        if (!child)
            child = exact;
        if (!child)
            break;
        node = child;
        if (d->actors.first[node]) {
            best_end = j + 1;
            best_node = node;
        }
    }
    *out_node = best_node;
    return best_end;
}

/* tac_code_actor_longest (code_mention.h) for a token that may start an
 * actor phrase: the walks. */
uint32_t tac_code_actor_walk(const tac_dict *d, const tac_tok *t, uint32_t i, uint32_t e,
                             uint32_t *out_node)
{
    uint32_t best_node;
    int saw_exact = 0;
    uint32_t best_end = actor_walk(d, t, i, e, 0, 0, &best_node, &saw_exact);
    if (t[i].flags & TAC_TOK_UPPER) {
        uint32_t n2;
        uint32_t e2 = actor_walk(d, t, i, e, 1, 0, &n2, &saw_exact);
        if (e2 > best_end) {
            best_end = e2;
            best_node = n2;
        }
    }
    /* an exact-form edge beside a lemma's ("=security sources" beside
     * "security forces"): the walk that prefers it too (rare: few agent
     * phrases write one) */
    if (saw_exact) {
        uint32_t n2;
        uint32_t e2 = actor_walk(d, t, i, e, 0, 1, &n2, &saw_exact);
        if (e2 > best_end) {
            best_end = e2;
            best_node = n2;
        }
    }
    /* "forced", "pressed": a verb form is not the agent its lemma names
     * ("forces", "the press"); "IS" in capitals may be the Islamic State */
    if (best_end == i + 1 && verbish(&t[i]) &&
        (!(t[i].flags & TAC_TOK_UPPER) || !(t[i].wflags & TAC_LX_BE) || upper_copula(t, i, e)))
        return 0;
    /* "the army deposed President Mugabe": an -ed form after a noun and
     * before a capitalised title or name is the verb, not the first word
     * of an agent ("deposed president"; "the deposed president",
     * "Haiti's ousted president" keep it) */
    if (best_end > i + 1 && i > 0 && i + 1 < e && (t[i].wflags & TAC_LX_VERB) &&
        !(t[i].flags & TAC_TOK_CAP) && ends_with(&t[i], "ed") &&
        (t[i + 1].flags & TAC_TOK_CAP) && (t[i - 1].flags & TAC_TOK_WORD) &&
        !(t[i - 1].flags & TAC_TOK_POSS) && !verbish(&t[i - 1]) &&
        !(t[i - 1].wflags & (TAC_LX_DET | TAC_LX_PREP | TAC_LX_CONJ | TAC_LX_FORMER)))
        return 0;
    /* "was pressing Canada to stop", "guarding the border": an -ing form
     * is a verb, never the plural of the agent its lemma names ("the
     * press", "guard"), even where WordNet also lists it as a noun */
    if (best_end == i + 1 && t[i].lemma != t[i].word && ends_with(&t[i], "ing"))
        return 0;
    /* "to press their demands", "to force the issue": a base form after
     * "to" and before a determiner is an infinitive, not "the press" */
    if (best_end == i + 1 && i > 0 && i + 1 < e && (t[i].wflags & TAC_LX_VERB) &&
        !(t[i].flags & TAC_TOK_CAP) && tok_is(&t[i - 1], "to") && (t[i + 1].wflags & TAC_LX_DET))
        return 0;
    *out_node = best_node;
    return best_end;
}

/* Copies a 3-letter segment into the arena; NULL on OOM. */
static const char *seg(tac_coder *c, const char *s)
{
    return tac_arena_strndup(&c->arena, s, 3);
}

/* Adds the 3-letter agent codes of codes ("GOV", "MILGOV") to m. */
static int add_agents(tac_coder *c, mention *m, const char *codes)
{
    size_t n = strlen(codes);
    for (size_t k = 0; k + 3 <= n && m->n_agents < TAC_MAX_AGENTS; k += 3) {
        if (has_agent(m, codes + k))
            continue;
        const char *a = seg(c, codes + k);
        if (!a)
            return -1;
        m->agents[m->n_agents++] = a;
    }
    return 0;
}

/* Kinds present at a trie node, and the first entry of each. */
typedef struct piece {
    uint32_t start, end;
    const tac_aentry *country, *agent, *actor, *person, *capital, *place;
    int adj;              /* country came from an adjective */
    int pronoun;          /* 1 person pronoun, 2 group pronoun, 3 the previous
                           * sentence's subject (subject_pronoun), 4 "its" or
                           * "their" owning an act (act_owner) */
    const mention *alias; /* short name or appositive alias */
} piece;

static void piece_from_node(const tac_dict *d, uint32_t node, piece *p,
                            tac_ymd date)
{
    const tac_aentry *best_person = NULL, *any_person = NULL;
    for (uint32_t e = d->actors.first[node]; e; e = d->aent[e - 1].next) {
        const tac_aentry *a = &d->aent[e - 1];
        switch (a->kind) {
        case TAC_AK_COUNTRY:
            if (!p->country || p->adj)
                p->country = a, p->adj = 0;
            break;
        case TAC_AK_ADJ:
            if (!p->country)
                p->country = a, p->adj = 1;
            break;
        case TAC_AK_CAPITAL:
            /* a capital of the past only in its period ("Bonn" in 1987);
             * an undated line is always in office */
            if (tac_dict_in_office(a, date))
                p->capital = a;
            break;
        case TAC_AK_PLACE:
            p->place = a;
            break;
        case TAC_AK_AGENT:
            p->agent = a;
            break;
        case TAC_AK_ACTOR:
            /* a dated native actor ("Taliban": REB, then GOV) takes the line
             * of the date; an undated one is always in force (TABARI sets
             * choose among theirs in code_tabari.c); a name whose lines
             * all lie outside the date names no actor then ("Meta", the
             * company only from its renaming: a surname before) */
            if (a->tb || tac_dict_in_office(a, date) ||
                (!p->actor && !a->from.y && !a->to.y))
                p->actor = a;
            break;
        case TAC_AK_PERSON:
            /* out of every office on the date, a person with a state's line
             * is that state's elite, even beside an IGO office (a former
             * minister who later led an IGO, "Cesar Gaviria" in 1987) */
            if (!any_person ||
                (!tac_dict_is_country(d, any_person->code, 3) &&
                 tac_dict_is_country(d, a->code, 3)))
                any_person = a;
            if (!best_person && tac_dict_in_office(a, date))
                best_person = a;
            break;
        default:
            break;
        }
    }
    p->person = best_person ? best_person : any_person;
}

/* Rank of an agent code in a composed actor code: the CAMEO manual puts
 * primary role codes first, then PTY, then secondary and tertiary ones
 * ("student protesters" are OPPEDU, "an opposition labor union"
 * OPPLAB). Codes that are no role (religion, ethnic and group blocks)
 * rank with the primary ones, so they keep their place. */
static int agent_rank(const char *a)
{
    if (!strncmp(a, "PTY", 3))
        return 1;
    if (!strncmp(a, "MOD", 3) || !strncmp(a, "RAD", 3))
        return 3;
    return agent_in(a, "AGRBUSCRMCVLDEVEDUELIENVHLHHRILABLEGMEDREF") ? 2 : 0;
}

/* Keeps only the CAMEO sector agents of m, the role agents and the
 * sectors that work across borders (business, media, development, rights,
 * NGOs): "Italy's Democratic Party" is the possessor's party, not the US
 * Democrats' DEM. All when none is. */
static void keep_sectors(mention *m)
{
    int n = 0;
    for (int i = 0; i < m->n_agents; i++)
        if (agent_in(m->agents[i], ROLE_AGENT_CODES) ||
            agent_in(m->agents[i], "BUSMEDDEVHRINGO"))
            m->agents[n++] = m->agents[i];
    if (n)
        m->n_agents = n;
}

/* Orders the agents of a composed mention by agent_rank (stable). */
static void order_agents(mention *m)
{
    for (int i = 1; i < m->n_agents; i++) {
        const char *a = m->agents[i];
        int r = agent_rank(a), j = i;
        while (j > 0 && agent_rank(m->agents[j - 1]) > r) {
            m->agents[j] = m->agents[j - 1];
            j--;
        }
        m->agents[j] = a;
    }
}

/* Builds the code string of m from its parts. */
int tac_code_finish_code(tac_coder *c, mention *m)
{
    if (m->code)
        return 0;
    order_agents(m);
    char buf[32];
    size_t n = 0;
    if (m->country[0]) {
        memcpy(buf, m->country, 3);
        n = 3;
    }
    for (int i = 0; i < m->n_agents && n + 3 < sizeof buf; i++) {
        memcpy(buf + n, m->agents[i], 3);
        n += 3;
    }
    if (n == 0)
        return -1;
    m->code = tac_arena_strndup(&c->arena, buf, n);
    return m->code ? 0 : -1;
}

static int set_person(tac_coder *c, mention *m, const tac_aentry *p)
{
    int valid = tac_dict_in_office(p, c->date);
    m->person = (int)(p - c->dict->aent) + 1;
    memcpy(m->country, p->country, 4);
    m->n_agents = 0;
    if (valid) {
        m->code = p->code;
        size_t n = strlen(p->code);
        for (size_t k = 3; k + 3 <= n && m->n_agents < TAC_MAX_AGENTS; k += 3)
            m->agents[m->n_agents++] = seg(c, p->code + k);
        if (!tac_dict_is_country(c->dict, p->code, 3))
            m->country[0] = '\0'; /* IGO heads: IGOUNO has no country */
    } else {
        /* out of office on this date: a former official, an elite; a
         * former head of an IGO has no country of the IGO's */
        m->code = NULL;
        m->agents[m->n_agents++] = "ELI";
        if (!tac_dict_is_country(c->dict, p->code, 3))
            m->country[0] = '\0';
    }
    return tac_code_finish_code(c, m);
}

static int set_actor(tac_coder *c, mention *m, const tac_aentry *a)
{
    m->code = a->code;
    memcpy(m->country, a->country, 4);
    m->n_agents = 0;
    size_t n = strlen(a->code);
    size_t k = tac_dict_is_country(c->dict, a->code, 3) ? 3 : 0;
    for (; k + 3 <= n && m->n_agents < TAC_MAX_AGENTS; k += 3)
        m->agents[m->n_agents++] = seg(c, a->code + k);
    return 0;
}

/* A people rather than an organisation: an ethnic group (code ...ETH), a
 * faith or its national branch (a code that starts with a CAMEO religion
 * block: "Iraqi Shias" MOSSHI, IRQ), or another group with no home country
 * ("Kurds", "Christians").
 * Such a name takes the role the phrase gives it ("Kurdish fighters") and,
 * when it has no home country, the phrase's country ("Kenyan Christians",
 * "Christians in Nigeria"); an IGO, NGO, transnational armed group or
 * national organisation keeps its own code. */
static int people_group(const tac_aentry *a)
{
    if (!a || !strncmp(a->code, "IGO", 3) || !strncmp(a->code, "NGO", 3) ||
        !strncmp(a->code, "IMG", 3))
        return 0;
    size_t n = strlen(a->code);
    if (!a->country[0] || (n >= 3 && !strcmp(a->code + n - 3, "ETH")))
        return 1;
    /* a faith's national branch ("Iraqi Shias": MOSSHI, IRQ): the CAMEO
     * religion blocks that start a code (actors.dict) */
    return n >= 3 && agent_in(a->code, FAITH_CODES "ATHCONJAN");
}

/* A code that names no country but a part of the world (docs/coding.md,
 * "Regions and blocs"): one of the CAMEO codebook's international region
 * codes ("the West" WST, "Gulf states" PGS), or its codes for states that
 * are not named (UIS: "world powers") and for the world at large (INT:
 * "the international community"). */
int tac_code_region_code(const char *code)
{
    return agent_in(code, "AFRASABLKCRBCAUCFRCASCEUEINEAFEEUEURLAMMEAMDTNAFNMR"
                          "PGSSCNSAMSASSEASAFWAFWSTUISINT");
}

/* An actor line of such a code. A region is read like a people in one
 * way only: a role after it joins its code ("Western troops" WSTMIL); it
 * never takes the country of a place or a possessor ("Western diplomats
 * in Moscow", "Ukraine's Western allies" stay WST), which is where its
 * members are or whom they back, not what they are. */
static int region_actor(const tac_aentry *a)
{
    /* IGOs, NGOs and IMGs, most of the actors of no country, first */
    return a && !a->country[0] && a->kind == TAC_AK_ACTOR &&
           !(a->code[0] == 'N' && a->code[1] == 'G') && !(a->code[0] == 'I' && a->code[1] != 'N') &&
           tac_code_region_code(a->code);
}

/* Head nouns that name the states of a region ("Western powers", "Baltic
 * states", "Asian nations", `marker polity-noun`): after a region they are
 * the region itself, as a country's name is the country; 1 if so. 2 for
 * one state of the region ("the West African nation", "a Gulf state",
 * `marker polity-noun-one`). */
static int polity_noun(const tac_tok *t)
{
    if (t->wclass & TAC_LC_POLITY)
        return 1;
    if (t->wclass & TAC_LC_POLITY_ONE)
        return 2;
    return 0;
}

/* The adjective of a region ("Western", "European", "Nordic", "Gulf
 * Arab"), not its name ("Europe", "the West"): by the ending of its last
 * word, which the region lines of actors.dict all follow. Alone an
 * adjective describes (a company, "Western said"; a thing, "a European
 * missile"); it is an actor only before a role or the states it heads. */
static int region_adjective(const tac_tok *t)
{
    size_t n = t->norm_len;
    return (n > 3 && (!memcmp(t->norm + n - 2, "an", 2) || !memcmp(t->norm + n - 2, "ic", 2) ||
                      !memcmp(t->norm + n - 2, "ab", 2))) ||
           (n > 4 && !memcmp(t->norm + n - 3, "ern", 3));
}

/* A number before a noun: "2", "two", "both" (`marker number-word`). */
static int counted(const tac_tok *t)
{
    return (t->flags & TAC_TOK_NUM) || (t->wclass & TAC_LC_NUMBER);
}

/* "thousands", "hundreds", "dozens" (`marker count-noun`): a count that
 * stands for the people counted ("Thousands protested"); before "of" or a
 * noun it only counts them ("thousands of Iranians", "hundreds of
 * protesters"). */
static int count_noun(const tac_tok *t)
{
    return (t->wclass & TAC_LC_COUNT_NOUN) != 0;
}

static void add_alias(tac_coder *c, const char *w, uint32_t len, const mention *m);

/* A person named (or standing for one: a pronoun, a short name): the
 * sentence's first person, and the last one "he" or "she" may stand for. */
static void note_person(tac_coder *c, const mention *m)
{
    if (!c->have_psubj_cur) {
        c->psubj_cur = *m;
        c->have_psubj_cur = 1;
        c->psubj_cur_unknown = 0;
    }
    if (m->gender == 2) {
        c->last_female = *m;
        c->have_female = 1;
    } else {
        c->last_he = *m;
        c->have_he = 1;
    }
}

/* What "he" or "she" stands for, or NULL when no person can be taken
 * with confidence. The heuristics of centering: the subject of the
 * sentence before (its first person) before the last person named ("Putin
 * met Erdogan. He criticized" is Putin), a person named earlier in the
 * same sentence before both ("Annan announced that he will withdraw").
 * The text's own words give the sex (marker female-word, male-word):
 * "he" never stands for a person marked female; "she" stands for the
 * last person marked female, else for the document's only person when
 * the text marks no one's sex, else for nobody (two persons named, "She
 * said" is no guess). A subject no dictionary knows in the sentence
 * before (unknown_subject) makes both stand for nobody.
 * at_start: as the sentence began (a trailing "..., he said"). */
static const mention *person_antecedent(const tac_coder *c, int she, int at_start)
{
    int fem = at_start ? c->sent_have_female : c->have_female;
    int he = at_start ? c->sent_have_he : c->have_he;
    const mention *f = at_start ? &c->sent_female : &c->last_female;
    const mention *h = at_start ? &c->sent_he : &c->last_he;
    if (she && fem)
        return f;
    if (!she && !at_start && c->have_psubj_cur && !c->psubj_cur_unknown && he)
        return h;
    /* the subject before is someone no dictionary knows: no guess */
    if (c->have_psubj_prev && c->psubj_prev_unknown)
        return NULL;
    /* (not when the text marked someone's sex: "Mrs. Thatcher met Kohl"
     * names a woman the coder may not have coded) */
    if (she)
        return he && c->n_aliases == 1 && h->gender == 0 && !c->gender_seen ? h : NULL;
    if (c->have_psubj_prev && c->psubj_prev.gender != 2)
        return &c->psubj_prev;
    return he ? h : NULL;
}

/* Whether w is a word of `marker female-word` or `marker male-word`. */
static int gender_word(const tac_coder *c, const tac_tok *w)
{
    return word_class(c, w, TAC_LC_FEMALE_WORD) || word_class(c, w, TAC_LC_MALE_WORD);
}

/* What the text says of a person's sex: a word of `marker female-word`
 * ("Mrs.", "Queen", "spokeswoman") or `marker male-word` ("Mr.", "King")
 * in the phrase or right before it, else what the person's dictionary
 * line says (`sex:f`). 2 female, 1 male, 0 nothing. */
static int text_gender(const tac_coder *c, uint32_t s, const mention *m)
{
    const tac_tok *t = c->toks.v;
    uint32_t j = m->tstart < m->start ? m->tstart : m->start;
    if (j > s)
        j--;
    for (; j < m->end; j++) {
        if (word_class(c, &t[j], TAC_LC_FEMALE_WORD))
            return 2;
        if (word_class(c, &t[j], TAC_LC_MALE_WORD))
            return 1;
    }
    /* else the sex the person's line gives (`sex:f`: "Sonia Gandhi") */
    return m->person ? c->dict->aent[m->person - 1].sex : 0;
}

/* A plural noun of the text ("militants", "Militants" opening a phrase):
 * an inflected form in -s, in lower case unless it opens its phrase (a
 * surname in -s is no plural). */
static int plural_noun(const tac_tok *w, int first)
{
    return w->lemma && w->lemma != w->word && w->norm_len > 1 && w->norm[w->norm_len - 1] == 's' &&
           (first || !(w->flags & TAC_TOK_CAP));
}

static void remember(tac_coder *c, const mention *m)
{
    if (m->resolved)
        return;
    if (m->person) {
        c->last_person = *m;
        c->have_person = 1;
        const tac_aentry *p = &c->dict->aent[m->person - 1];
        /* the short name resolves from now on in this document */
        if (p->short_word) {
            const tac_lexword *lw = &c->dict->lex.w[p->short_word];
            add_alias(c, lw->s, lw->len, m);
        }
        /* (the father's surname of a double surname, a surname written
         * first: "Sánchez", "Li") */
        if (p->short2) {
            const tac_lexword *lw = &c->dict->lex.w[p->short2];
            add_alias(c, lw->s, lw->len, m);
        }
    }
    c->last_actor = *m;
    c->have_actor = 1;
    if (!m->one_person) {
        c->last_group = *m;
        c->have_group = 1;
    }
    if (m->country[0] && m->n_agents && !m->person) {
        c->recent[c->n_recent % MAX_RECENT] = *m;
        c->n_recent++;
    }
}

/* Another piece of the sentence names an actor of a country ("Police
 * arrested two Kenyan activists who had criticized the government", "The
 * opposition urged the Pakistani prime minister"): the sentence's own
 * country is at hand, so a definite agent is not sent back to an earlier
 * sentence. A country named alone ("accused Somalia") is a party, not
 * that; a place named ("in Dhaka") gives the sentence its country. */
static int country_actor_in(const piece *pieces, size_t np, const piece *p)
{
    for (size_t k = 0; k < np; k++) {
        const piece *q = &pieces[k];
        if (q == p)
            continue;
        if ((q->country && q->adj) || (q->actor && q->actor->country[0]) ||
            (q->person && q->person->country[0]))
            return 1;
        if (q->capital || q->place)
            return 1;
        if (q->country && k + 1 < np && pieces[k + 1].agent &&
            pieces[k + 1].start <= q->end + 1)
            return 1;
    }
    return 0;
}

/* "The Kenyan interior ministry issued a statement. The ministry accused
 * Somalia": a definite agent with no country ("the ministry", "the army",
 * "the militants") is the document's last actor with a country whose
 * agents hold its one agent, or NULL. Wire copy names an actor in full
 * once and then shortens it; without this the second sentence's act has a
 * source of no country. */
static const mention *definite_antecedent(const tac_coder *c, const mention *m)
{
    const tac_tok *t = c->toks.v;
    uint32_t head = t[m->end - 1].lemma;
    if (!head)
        return NULL;
    /* only this sentence and the one before: further back, "the
     * government" is as often another country's */
    size_t n = c->n_recent - c->recent_floor;
    if (n > MAX_RECENT)
        n = MAX_RECENT;
    for (size_t k = 0; k < n; k++) {
        const mention *a = &c->recent[(c->n_recent - 1 - k) % MAX_RECENT];
        /* its head word repeated ("the ministry" after "interior
         * ministry"): "the junta" after "the Greek government" is another */
        int same_head = 0;
        for (uint32_t w = a->start; w < a->end && !same_head; w++)
            same_head = t[w].lemma == head;
        for (int j = 0; j < a->n_agents && same_head; j++)
            if (strcmp(a->agents[j], m->agents[0]) == 0)
                return a;
    }
    return NULL;
}

static void add_alias(tac_coder *c, const char *w, uint32_t len, const mention *m)
{
    if (!len)
        return;
    size_t i;
    for (i = 0; i < c->n_aliases; i++)
        if (c->aliases[i].len == len && memcmp(c->aliases[i].w, w, len) == 0)
            break;
    /* "Mrs. Thatcher ... Margaret Thatcher": the sex the text gave the
     * person stays hers */
    int gender = 0;
    if (i < c->n_aliases && c->aliases[i].m.person == m->person)
        gender = c->aliases[i].m.gender;
    if (i == c->n_aliases) {
        if (c->n_aliases == MAX_ALIASES)
            return;
        c->n_aliases++;
    }
    c->aliases[i].w = w;
    c->aliases[i].len = len;
    c->aliases[i].m = *m;
    c->aliases[i].m.resolved = 0;
    if (!m->gender)
        c->aliases[i].m.gender = gender;
    c->last_person = c->aliases[i].m;
    c->have_person = 1;
    note_person(c, &c->aliases[i].m);
}

static int letters_only(const tac_tok *w);

static const mention *find_alias(const tac_coder *c, const tac_tok *t)
{
    for (size_t i = 0; i < c->n_aliases; i++)
        if (c->aliases[i].len == t->norm_len && memcmp(c->aliases[i].w, t->norm, t->norm_len) == 0)
            return &c->aliases[i].m;
    return NULL;
}

/* A capitalised word that is not a known word: part of a name. */
static int name_word(const tac_tok *t)
{
    return (t->flags & TAC_TOK_CAP) && (t->flags & TAC_TOK_WORD) &&
           !(t->wflags & (TAC_LX_DET | TAC_LX_PREP | TAC_LX_AUX | TAC_LX_STARTER |
                          TAC_LX_CONJ | TAC_LX_BOUNDARY | TAC_LX_RELATIVE)) &&
           !(t->flags & TAC_TOK_UPPER);
}

/* In a title-case headline, a capitalised present form in -s of a verb
 * that starts an event pattern or reports speech ("Meets", "Visits",
 * "Warns", "Says"): headlines
 * tell acts in the present, so it is the headline's verb, not part of a
 * name beside it. (A form in -ed after a name is most often a passive
 * with "is" left out, "Biden Urged to Act": not taken.) */
static inline int headline_verb(const tac_coder *c, const tac_tok *t)
{
    return c->in_headline && (t->flags & TAC_TOK_CAP) && (t->wflags & TAC_LX_VERB) &&
           (t->wflags & (TAC_LX_PAT_START | TAC_LX_SAY)) && t->lemma && t->word != t->lemma &&
           t->norm_len > 2 && t->norm[t->norm_len - 1] == 's';
}

/* Whether the headline [s, e) is written in capitals: two words or more
 * in capitals and no word of two letters or more in title or lower case
 * ("SHULTZ BEGINS TALKS WITH SHEVARDNADZE"). There the capitals say
 * nothing of a name: an acronym cannot be told from a surname. */
static int caps_headline(const tac_coder *c, uint32_t s, uint32_t e)
{
    const tac_tok *t = c->toks.v;
    if (!c->in_headline)
        return 0;
    unsigned upper = 0;
    for (uint32_t i = s; i < e; i++) {
        if (!(t[i].flags & TAC_TOK_WORD) || (t[i].flags & TAC_TOK_NUM))
            continue;
        if (t[i].flags & TAC_TOK_UPPER)
            upper++;
        else if (t[i].norm_len > 1)
            return 0;
    }
    return upper >= 2;
}

/* name_word, in a headline in capitals (caps) for a word in capitals too:
 * a word that is no function word, no saying verb ("SAID" is no "Said"),
 * no form of "be", no negation and no time word may be a name. */
static inline int name_word_in(const tac_tok *t, int caps)
{
    if (!(t->flags & TAC_TOK_WORD)) /* the cheap test first: most tokens of a sentence fail */
        return 0;
    if (!caps || !(t->flags & TAC_TOK_UPPER))
        return name_word(t);
    return !(t->flags & TAC_TOK_NUM) &&
           !(t->wflags & (TAC_LX_DET | TAC_LX_PREP | TAC_LX_AUX | TAC_LX_STARTER | TAC_LX_CONJ |
                          TAC_LX_BOUNDARY | TAC_LX_RELATIVE | TAC_LX_SAY | TAC_LX_BE |
                          TAC_LX_NEGATION | TAC_LX_TIME));
}

int tac_code_push_mention(tac_coder *c, const mention *m)
{
    void *grown = tac_code_grow(c->ments, &c->cap_ments, c->n_ments + 1, sizeof *c->ments);
    if (!grown) /* c->ments keeps its block */
        return -1;
    c->ments = grown;
    c->ments[c->n_ments++] = *m;
    return 0;
}

/* A lower-case hyphen compound word ("war-torn", "military-ruled"). */
static int hyphen_modifier(const tac_tok *t)
{
    return (t->flags & TAC_TOK_WORD) && !(t->flags & TAC_TOK_CAP) && t->norm_len > 2 &&
           memchr(t->norm + 1, '-', t->norm_len - 2) != NULL;
}

/* State forces and the armed or political groups that oppose them: an
 * adjective before the one does not reach the other ("Syrian troops and
 * rebels"). */
int tac_code_state_side(const mention *m)
{
    return has_agent(m, "GOV") || has_agent(m, "MIL") || has_agent(m, "COP") ||
           has_agent(m, "SPY") || has_agent(m, "JUD") || has_agent(m, "LEG");
}

/* A title of the state alone: every agent a state role (GOV, MIL, COP,
 * JUD, LEG, SPY: "Interior Minister", "Army Chief"), the one country of
 * which is the story's when none is named. */
static int state_title(const mention *m)
{
    if (m->n_agents < 1 || m->person || m->resolved)
        return 0;
    for (int a = 0; a < m->n_agents; a++)
        if (!agent_in(m->agents[a], STATE_AGENT_CODES))
            return 0;
    return 1;
}

/* Whether the pieces of a sentence name a country, capital or place, or
 * an actor or person of a country; or its scan kept a place as a location
 * ("in Lima"), which is no piece. */
static int names_country(const tac_coder *c, const piece *pieces, size_t np)
{
    if (c->n_locs)
        return 1;
    for (size_t k = 0; k < np; k++) {
        const piece *q = &pieces[k];
        if (q->country || q->capital || q->place || (q->actor && q->actor->country[0]) ||
            (q->person && q->person->country[0]))
            return 1;
    }
    return 0;
}

/* Whether m is the title of a head of state or government alone ("the
 * president", "the premier", "the king": `marker head-title`; "the prime
 * minister"): GOV and nothing more. */
static int head_title(const tac_coder *c, const tac_tok *t, const mention *m)
{
    if (m->n_agents != 1 || strcmp(m->agents[0], "GOV") != 0 || m->person)
        return 0;
    const tac_tok *h = &t[m->end - 1];
    if (m->end == m->start + 1)
        return word_class(c, h, TAC_LC_HEAD_TITLE);
    return m->end == m->start + 2 && tok_is(h, "minister") && tok_is(&t[m->start], "prime");
}

/* "South Africa's president", "the Indian prime minister": a mention of
 * one state's head, however its country is given (head_title's title as
 * the phrase's last words). */
static int titled_head(const tac_coder *c, const tac_tok *t, const mention *m)
{
    if (m->n_agents != 1 || strcmp(m->agents[0], "GOV") != 0 || m->person)
        return 0;
    const tac_tok *h = &t[m->end - 1];
    return word_class(c, h, TAC_LC_HEAD_TITLE) ||
           (m->end >= m->start + 2 && tok_is(h, "minister") && tok_is(&t[m->end - 2], "prime"));
}

/* The person or titled head of state that opens the sentence [s, ...) as
 * the subject of a clause that ", and" at token p - 1 closes ("The Indian
 * prime minister met President Biden, and his ..."): no verb before it,
 * one after it before the comma; or NULL. */
static const mention *clause_subject_before(const tac_coder *c, uint32_t s, uint32_t p)
{
    const tac_tok *t = c->toks.v;
    if (p < s + 3 || !tok_is(&t[p - 1], "and") || !tac_code_is_punct(&t[p - 2], ','))
        return NULL;
    const mention *a = NULL;
    for (size_t k = 0; k < c->n_ments && !a; k++)
        if (c->ments[k].start >= s)
            a = &c->ments[k];
    if (!a || a->end >= p - 2 || !a->country[0] || !(a->one_person || titled_head(c, t, a)))
        return NULL;
    for (uint32_t k = s; k < a->start; k++)
        if (verbish(&t[k]) || is_clause_break(&t[k]))
            return NULL;
    int verb = 0;
    for (uint32_t k = a->end; k < p - 2; k++) {
        if (is_clause_break(&t[k]) || tac_code_is_punct(&t[k], ',') ||
            (t[k].wflags & (TAC_LX_RELATIVE | TAC_LX_COMPLEMENT | TAC_LX_SAY)))
            return NULL;
        /* (an inflected form that is also a noun counts: "met") */
        verb |= verbish(&t[k]) || ((t[k].wflags & TAC_LX_VERB) && t[k].lemma &&
                                   t[k].word != t[k].lemma && !(t[k].flags & TAC_TOK_CAP));
    }
    return verb ? a : NULL;
}

/* Whether the titled name m (title and name, [m->start, m->end)) of the
 * sentence [s, ...) takes the story's country: its title is capitalised
 * ("Interior Minister Ahmed Kamal"; "vice president Morton Handel" is as
 * often a company's), no capitalised word or acronym stands right before
 * it ("BNL president", "Federal Reserve Board Governor": the body's own
 * head), and the sentence names no country, place or actor of a country,
 * whose own rules then decide ("Brazilian Coffee Institute, IBC, President
 * Jorio Dauster"). */
static int story_title(const tac_coder *c, uint32_t s, const piece *pieces, size_t np,
                       const mention *m)
{
    const tac_tok *t = c->toks.v;
    if (!(t[m->start].flags & TAC_TOK_CAP))
        return 0;
    if (m->tstart > s && (t[m->tstart - 1].flags & TAC_TOK_CAP) &&
        (t[m->tstart - 1].flags & TAC_TOK_WORD))
        return 0;
    return !names_country(c, pieces, np);
}

static int nonstate_side(const mention *m)
{
    return has_agent(m, "REB") || has_agent(m, "INS") || has_agent(m, "SEP") ||
           has_agent(m, "UAF") || has_agent(m, "RAD") || has_agent(m, "OPP") ||
           has_agent(m, "CRM");
}

/* A noun that names a kind of place ("the city of Kharkiv", "the province
 * of Kandahar", `marker place-noun`): with "of" after it, the place name
 * that follows is the place meant. */
static int place_noun(const tac_tok *t)
{
    return (t->wclass & TAC_LC_PLACE_NOUN) != 0;
}

/* A lower-case noun of a settlement after a person's name says the name
 * is a place's, called after someone ("the al-Shaar neighbourhood",
 * "al-Assad suburbs"); not "state", "capital", "area" or "territory",
 * which follow a person's name in other senses ("Modi state visit"). */
static int named_settlement_noun(const tac_tok *t)
{
    return place_noun(t) && !(t->flags & (TAC_TOK_CAP | TAC_TOK_UPPER)) && !tok_is(t, "state") &&
           !tok_is(t, "capital") && !tok_is(t, "area") && !tok_is(t, "territory");
}

/* Token i and after name a place of the country whose adjective stands
 * before i: a place noun, "of" and the place's name ("the Bosnian town of
 * Gorazde", "the Syrian city of Homs"). Not "the Uruguayan capital of
 * Montevideo", which like "Montevideo" may be the government. ("Iraqi
 * towns" stays an actor: "shelled Iraqi towns" is aimed at Iraq.) */
static int settlement_of(const tac_tok *t, uint32_t i, uint32_t e)
{
    return i + 2 < e && place_noun(&t[i]) && tok_is(&t[i + 1], "of") &&
           (t[i + 2].flags & TAC_TOK_CAP) && !tok_is(&t[i], "capital") &&
           !tok_is(&t[i], "state");
}

/* A noun that names a pact or a meeting (`marker accord-noun`, a class
 * read from the lexicon: "accords", "summit"). */
static int accord_noun(const tac_coder *c, const tac_tok *w)
{
    return word_class(c, w, TAC_LC_ACCORD_NOUN);
}

/* Tokens [a, b) between an agent and a place name that name the place
 * by its kind: "of the city of", "in the northern town of", "on the
 * outskirts of", "of the besieged city of": "of", a locative or "from",
 * then determiners or lower-case modifiers (a participle too: the frame
 * is closed by the place noun and "of"), then a place noun and "of". */
static int place_noun_gap(const tac_tok *t, uint32_t a, uint32_t b)
{
    if (b < a + 3 || b > a + 5 || !tok_is(&t[b - 1], "of") || !place_noun(&t[b - 2]) ||
        !(tok_is(&t[a], "of") || (t[a].wflags & TAC_LX_LOCATIVE) || tok_is(&t[a], "from")))
        return 0;
    for (uint32_t w = a + 1; w < b - 2; w++)
        if (!((t[w].wflags & TAC_LX_DET) ||
              ((t[w].flags & TAC_TOK_WORD) && !(t[w].flags & TAC_TOK_CAP) &&
               !(t[w].wflags & (TAC_LX_PREP | TAC_LX_CONJ | TAC_LX_AUX | TAC_LX_BE |
                                TAC_LX_BOUNDARY | TAC_LX_RELATIVE | TAC_LX_NEGATION |
                                TAC_LX_TIME)))))
            return 0;
    return 1;
}

/* A named state institution: a country's actor coded only with state
 * roles ("the Kremlin" RUSGOV, "the Pentagon" USAGOVMIL), no group's own
 * abbreviation. */
static int state_body(const mention *m)
{
    if (!m->country[0] || !m->n_agents || !m->code ||
        strlen(m->code) != 3 + 3 * (size_t)m->n_agents)
        return 0;
    for (int i = 0; i < m->n_agents; i++)
        if (!agent_in(m->agents[i], STATE_AGENT_CODES))
            return 0;
    return 1;
}

/* An agent piece of one rank or member word ("deputy", "general"). */
static int lone_member(const tac_tok *t, const piece *p)
{
    return p->agent && !p->actor && !p->person && p->end == p->start + 1 &&
           (t[p->start].wflags & TAC_LX_MEMBER);
}

/* Tokens [a, b) between an agent and a place name that say where the
 * agent is based: "a terror group based in Trinidad", "a charity
 * headquartered in Geneva". (Not "stationed": "troops stationed in
 * Kosovo" are as often foreign troops.) */
static int based_gap(const tac_tok *t, uint32_t a, uint32_t b)
{
    return b == a + 2 && (tok_is(&t[a], "based") || tok_is(&t[a], "headquartered")) &&
           (t[a + 1].wflags & TAC_LX_LOCATIVE);
}

/* Whether an agent ending at token a - 1 is one posted abroad (`marker
 * posting-agent`) before a locative other than "of" at token a: "the
 * embassy in Kabul", "the ambassador in New Delhi" are no agents of the
 * place where they are posted; "of" and "from" still name the owner. */
static int posted_gap(const tac_coder *c, uint32_t a)
{
    const tac_tok *t = c->toks.v;
    return (t[a].wflags & TAC_LX_LOCATIVE) && !tok_is(&t[a], "of") &&
           word_class(c, &t[a - 1], TAC_LC_POSTING_AGENT);
}

/* Whether a court word (`marker court-noun`) ending at token a - 1, before
 * a locative other than "of" at token a, is followed by a place ending at
 * token pend - 1 that is a seat of international courts (`marker
 * court-seat`): "a tribunal in The Hague", "the court in Strasbourg" are
 * the international courts that sit there, no court of the host country. */
static int court_seat_gap(const tac_coder *c, uint32_t a, uint32_t pend)
{
    const tac_tok *t = c->toks.v;
    return pend > a + 1 && (t[a].wflags & TAC_LX_LOCATIVE) && !tok_is(&t[a], "of") &&
           word_class(c, &t[a - 1], TAC_LC_COURT_NOUN) &&
           word_class(c, &t[pend - 1], TAC_LC_COURT_SEAT);
}

/* Tokens [a, b) between an agent and a capital that name it as the
 * capital: "gunmen in the capital Brazzaville", "police in the Liberian
 * capital, Monrovia": a locative, determiners or a country adjective,
 * "capital" and an optional comma. */
static int capital_gap(const tac_tok *t, uint32_t a, uint32_t b)
{
    if (b > a && tac_code_is_punct(&t[b - 1], ','))
        b--;
    if (b < a + 3 || b > a + 4 || !tok_is(&t[b - 1], "capital") ||
        !(t[a].wflags & TAC_LX_LOCATIVE))
        return 0;
    for (uint32_t w = a + 1; w < b - 1; w++)
        if (!(t[w].wflags & TAC_LX_DET) && !(t[w].flags & TAC_TOK_CAP))
            return 0;
    return 1;
}

/* Whether a noun of `marker incident-noun` (a violent act or a protest)
 * follows the name [i, end) of a capital or place, directly or after one or
 * two plain nouns ("the Kabul bombing", "a Mogadishu car bomb", "the Moscow
 * metro bombing"): the name then says where it happened. The nouns between
 * are uninflected and open no actor ("Kabul police attack" is the police's).
 * A form that is also a verb's -s form ("attacks", "protests") is the noun
 * only after a determiner or a number before the name ("the Paris
 * attacks"): "Moscow attacks Kyiv" is the government's act. A country's
 * name (state: its country's code) reads so too ("Nigeria attack kills 12"), but not before
 * a noun of a state's armed force (`marker force-noun`: "U.S. airstrike
 * kills five", states strike abroad) nor before one followed by the aim
 * of the act ("Russia attack on Ukraine"). */
static int country_named(const tac_coder *c, uint32_t s, uint32_t e, uint32_t i, uint32_t end,
                         const char *cc, int own);

static int incident_after(const tac_coder *c, uint32_t s, uint32_t e, uint32_t i, uint32_t end,
                          const char *state)
{
    const tac_tok *t = c->toks.v;
    for (uint32_t k = end; k < e && k < end + 3; k++) {
        const tac_tok *w = &t[k];
        if (!(w->flags & TAC_TOK_WORD) || (w->flags & TAC_TOK_POSS) ||
            ((w->flags & TAC_TOK_CAP) && !c->in_headline))
            return 0;
        if (word_class(c, w, TAC_LC_INCIDENT_NOUN)) {
            /* ... unless a town or region of that country is named too:
             * "Syria airstrike kills 20 in Idlib", "Gaza air strike kills
             * five in Rafah" tell where the strike fell */
            if (state && ((word_class(c, w, TAC_LC_FORCE_NOUN) &&
                           !country_named(c, s, e, i, end, state, 1)) ||
                          (k + 1 < e && (tok_is(&t[k + 1], "on") || tok_is(&t[k + 1], "against") ||
                                         tok_is(&t[k + 1], "by")))))
                return 0;
            int verb_s = (w->wflags & TAC_LX_VERB) && w->word != w->lemma &&
                         w->norm[w->norm_len - 1] == 's';
            return !verb_s ||
                   (i > s && ((t[i - 1].wflags & TAC_LX_DET) || (t[i - 1].flags & TAC_TOK_NUM)));
        }
        /* (after a country a capitalised word between may name the
         * place: "U.S. Capitol riot" is no riot in the United States at
         * large) */
        if (state && (w->flags & (TAC_TOK_CAP | TAC_TOK_UPPER)))
            return 0;
        uint32_t n2;
        if (!(w->wflags & TAC_LX_NOUN) || w->word != w->lemma ||
            (w->wflags & (TAC_LX_DET | TAC_LX_PREP | TAC_LX_CONJ | TAC_LX_AUX | TAC_LX_BE |
                          TAC_LX_SAY | TAC_LX_RELATIVE | TAC_LX_BOUNDARY)) ||
            tac_code_actor_longest(c->dict, t, k, e, &n2))
            return 0;
    }
    return 0;
}

/* Whether the sentence [s, e) names, outside [i, end), a name of the kind
 * asked for: with own 0, a country, a demonym, a capital or a place of
 * another country than cc ("IRAQ REPORTS IRAN ATTACK REPULSED EAST OF
 * BASRA" tells of one state's attack on another, where a country's name
 * before an incident noun is its act); with own 1, a town, region or
 * capital of country cc (a place of the state the name [i, end) names). */
static int country_named(const tac_coder *c, uint32_t s, uint32_t e, uint32_t i, uint32_t end,
                         const char *cc, int own)
{
    const tac_dict *d = c->dict;
    for (uint32_t k = s; k < e;) {
        uint32_t node;
        uint32_t n = k >= i && k < end ? 0 : tac_code_actor_longest(d, c->toks.v, k, e, &node);
        if (!n) {
            k++;
            continue;
        }
        for (uint32_t a = d->actors.first[node]; a; a = d->aent[a - 1].next) {
            const tac_aentry *ae = &d->aent[a - 1];
            int place = ae->kind == TAC_AK_CAPITAL || ae->kind == TAC_AK_PLACE;
            if (own ? place && memcmp(ae->country, cc, 3) == 0
                    : (place || ae->kind == TAC_AK_COUNTRY || ae->kind == TAC_AK_ADJ) &&
                          ae->country[0] && memcmp(ae->country, cc, 3) != 0)
                return 1;
        }
        k = n;
    }
    return 0;
}

/* Keeps a place that is no actor as a location of the sentence. */
static void add_loc(tac_coder *c, uint32_t start, uint32_t end, const piece *p)
{
    const tac_aentry *e = p->country ? p->country : p->capital ? p->capital : p->place;
    if (!e || !e->country[0] || c->n_locs >= MAX_LOCS)
        return;
    c->locs[c->n_locs].start = start;
    c->locs[c->n_locs].end = end;
    c->locs[c->n_locs].e = e;
    c->n_locs++;
}

enum { REGION_ACTOR, REGION_NONE, REGION_LATER };

/* 1 if an agent phrase of no actor, person or country ("diplomats", "aid
 * workers") starts at t[k], k < e: the people a region's adjective before
 * it qualifies. (title_at also refuses a phrase with a capital's or
 * place's line; actor_piece's local agent_follows is another test.) */
static int bare_agent_at(const tac_coder *c, uint32_t k, uint32_t e)
{
    uint32_t n;
    if (k >= e || !tac_code_actor_longest(c->dict, c->toks.v, k, e, &n))
        return 0;
    piece q;
    memset(&q, 0, sizeof q);
    piece_from_node(c->dict, n, &q, c->date);
    return q.agent != NULL && !q.actor && !q.person && !q.country;
}

/* What the region phrase t[i..end) (actor line: actor) found by
 * find_mentions is, prev being the piece before it or NULL. A region is an
 * actor (REGION_ACTOR) only when written with a capital ("the west of the
 * country" is a direction), not after a locative preposition ("in Africa"
 * is where), not right before a country or place name, which it only
 * locates ("Western Ukraine"), and not when it is part of a name or an
 * adjective describing a thing (the rules below): else REGION_NONE.
 * REGION_LATER when a longer actor phrase starts at the word after its
 * determiner ("the West Bank"). */
static int region_reading(const tac_coder *c, uint32_t s, uint32_t e, uint32_t i, uint32_t end,
                          const tac_aentry *actor, const piece *prev)
{
    const tac_dict *d = c->dict;
    const tac_tok *t = c->toks.v;
    /* "the West Bank", "the Caribbean Community": a longer
     * phrase after the determiner of "the West" wins */
    uint32_t n3;
    if ((t[i].wflags & TAC_LX_DET) && tac_code_actor_longest(d, t, i + 1, e, &n3) > end)
        return REGION_LATER;
    uint32_t w = i;
    while (w + 1 < end && (t[w].wflags & TAC_LX_DET))
        w++;
    int world = !strncmp(actor->code, "UIS", 3) || !strncmp(actor->code, "INT", 3);
    uint32_t b = i; /* "in the Sahel": past the determiners */
    while (b > s && (t[b - 1].wflags & TAC_LX_DET) && !counted(&t[b - 1]))
        b--;
    int drop = (!world && !(t[w].flags & TAC_TOK_CAP)) ||
               (b > s && (t[b - 1].wflags & TAC_LX_LOCATIVE));
    /* "the two West African neighbours", "three Gulf states":
     * counted, they are some of its states, which the
     * sentence names, not the region; but counted people of
     * the region are still its own ("three Western diplomats",
     * "two Western aid workers"), as "three French diplomats" are
     * France's */
    if (!drop && i > s && counted(&t[i - 1]) && !bare_agent_at(c, end, e))
        drop = 1;
    /* "the Mexican Caribbean", "the Russian Far East": after a
     * country's adjective, a part of that country */
    if (!drop && prev && prev->end == i && prev->country && prev->adj && !prev->agent)
        drop = 1;
    /* "Daiwa Europe Ltd", "Merrill Lynch Europe": after a
     * name, part of the name (a headline capitalises every
     * word) */
    if (!drop && i > s && !c->in_headline && name_word(&t[i - 1]) &&
        !(t[i - 1].wflags & TAC_LX_TIME))
        drop = 1;
    /* "Nikko Securities (Europe) Ltd" */
    if (!drop && i > s && end + 1 < e && tac_code_is_punct(&t[i - 1], '(') &&
        tac_code_is_punct(&t[end], ')') && (t[end + 1].flags & TAC_TOK_CAP))
        drop = 1;
    if (!drop && end < e) {
        uint32_t n2;
        int pol = polity_noun(&t[end]);
        if (pol == 2) {
            /* "the West African nation", "a Gulf state": one
             * of its states, named elsewhere */
            drop = 1;
        } else if (pol == 1) {
            /* "Western powers", "Baltic states" */
        } else if ((t[end].flags & TAC_TOK_CAP) && (t[end].flags & TAC_TOK_WORD) &&
                   !c->in_headline && !(t[end].wflags & TAC_LX_TIME)) {
            /* "Western Digital", "Western Union", "the Europe
             * Bridge": with a capitalised word after it in running
             * text, a name */
            drop = 1;
        } else if (tac_code_actor_longest(d, t, end, e, &n2)) {
            piece q;
            memset(&q, 0, sizeof q);
            piece_from_node(d, n2, &q, c->date);
            drop = !q.agent && !q.actor && !q.person &&
                   (q.country || q.capital || q.place);
        } else if (region_adjective(&t[end - 1]) &&
                   !((t[end].wflags & TAC_LX_PAT_START) && !verbish(&t[end]) &&
                     !(t[end].flags & TAC_TOK_CAP))) {
            /* an adjective alone: "Western said", "a European
             * missile", "Asian markets"; but a noun event after
             * it is the region's ("Western sanctions") */
            drop = 1;
        } else if ((t[end].flags & TAC_TOK_WORD) && !(t[end].flags & TAC_TOK_CAP) &&
                   (t[end].wflags & TAC_LX_NOUN) && !(t[end].wflags & TAC_LX_VERB)) {
            /* a name before a noun describes it: "the Middle
             * East peace process", "Europe trip" */
            drop = 1;
        } else if (c->in_headline && (t[end].flags & TAC_TOK_CAP) &&
                   (t[end].flags & TAC_TOK_WORD) && !(t[end].wflags & TAC_LX_VERB) &&
                   !(t[end].wflags & TAC_LX_PAT_START)) {
            /* "WESTERN MINING", "Europe Bridge" in a headline */
            drop = 1;
        }
    }
    return drop ? REGION_NONE : REGION_ACTOR;
}

/* 1 if every entry at trie node is a place. */
static int place_only(const tac_dict *d, uint32_t node)
{
    uint32_t e = d->actors.first[node];
    if (!e)
        return 0;
    for (; e; e = d->aent[e - 1].next)
        if (d->aent[e - 1].kind != TAC_AK_PLACE)
            return 0;
    return 1;
}

/* ---- mentions: pieces ------------------------------------------------ */

/* 1 if the written name holds the token's folded form only as the start
 * of a longer word (with any_other, or not at all), never as a whole word:
 * the name matched the token through its lemma alone ("Patrick Manning"
 * and "Man", "Moroni" and "Moron", "Kais Saied" and "Says"). ASCII letters
 * compare without case; a short scan of one phrase. */
static int name_lemma_only(const char *name, const tac_tok *w, int any_other)
{
    size_t n = w->norm_len;
    int longer = any_other;
    for (const char *q = name; *q; q++) {
        if (q != name && isalnum((unsigned char)q[-1]))
            continue;
        size_t k = 0;
        while (k < n && q[k] && tolower((unsigned char)q[k]) == (unsigned char)w->norm[k])
            k++;
        if (k < n)
            continue;
        if (!isalnum((unsigned char)q[k]))
            return 0;
        longer = 1;
    }
    return longer;
}

/* 1 if the token is a common English word: its lemma is a WordNet noun
 * or verb ("man", "moron", "says"; not "Hasaka"). A few probes, no
 * allocation; called only for names matched through a lemma. */
static int common_word(const tac_coder *c, const tac_tok *w)
{
    char buf[256];
    const char *lemma;
    uint32_t cls = 0;
    if (w->norm_len >= sizeof buf)
        return 0;
    tac_morph_lemma(&c->dict->lex.morph, w->norm, w->norm_len, buf, sizeof buf, &lemma, &cls);
    return (cls & (TAC_MORPH_VERB | TAC_MORPH_NOUN)) != 0;
}

/* 1 if the one-word name entry a, matched by the token w, is no reading of
 * it: a common word the name only lemmatises to. */
static int lemma_only_name(const tac_coder *c, const tac_aentry *a, const tac_tok *w,
                           int any_other)
{
    return a && name_lemma_only(a->phrase, w, any_other) && common_word(c, w);
}

/* The dictionary phrase at i, found by actor_longest and ending at end, as
 * a piece of a mention: fills *p and returns 1 if it is one; returns 0 if
 * it is none (a region read as a description, a count, a place kept only
 * as a location of the sentence). *p comes filled by piece_from_node for
 * the phrase's trie node. *next is the token the scan goes on from. prev is the last piece
 * found before it, or NULL. */
static int actor_piece(tac_coder *c, uint32_t s, uint32_t e, uint32_t i, uint32_t end,
                       const piece *prev, piece *p, uint32_t *next)
{
    const tac_dict *d = c->dict;
    const tac_tok *t = c->toks.v;
    *next = end;
    p->start = i;
    p->end = end;
    /* a word that a one-word name only lemmatises to ("Moron", from
     * "Moroni"; "Man", from "Manning") is not that name */
    uint32_t w1 = i; /* the one word after determiners ("the Moron") */
    while (w1 + 1 < end && (t[w1].wflags & TAC_LX_DET))
        w1++;
    if (w1 + 1 == end && (p->capital || p->place || p->person)) {
        if (p->capital && lemma_only_name(c, p->capital, &t[w1], 0))
            p->capital = NULL;
        if (p->place && lemma_only_name(c, p->place, &t[w1], 0))
            p->place = NULL;
        if (p->person && lemma_only_name(c, p->person, &t[w1], 0))
            p->person = NULL;
        if (!p->country && !p->agent && !p->actor && !p->person && !p->capital && !p->place) {
            *next = i + 1;
            return 0;
        }
    }
    /* "New London police", "New Londoners": a capitalised "New" right
     * before a city or region names another town (most are American)
     * unless the dictionaries hold the whole name ("New Delhi", "New
     * Britain"); a country's word only inside the sentence, as "New"
     * opens a sentence as the adjective too ("New Israeli strikes"). Not
     * in a headline, which capitalises the adjective, nor before an
     * American city: "New Miami" is still in the United States. */
    const tac_aentry *pl = p->capital ? p->capital : p->place ? p->place : p->country;
    if (i > s && !c->in_headline && tok_is(&t[i - 1], "new") && (t[i - 1].flags & TAC_TOK_CAP) &&
        !p->agent && !p->actor && !p->person && pl && strcmp(pl->country, "USA") != 0 &&
        (p->capital || p->place || (p->country && i - 1 > s))) {
        *next = end;
        return 0;
    }
    /* a city's or a place's name alone, no country, agent or actor */
    int bare_city = (p->capital || p->place) && !p->agent && !p->actor && !p->person &&
                    !p->country;
    /* "a Paris man", "a Kabul man": a city right before "man" or "men"
     * says where he lives; no government, and no actor (a man is none) */
    if (bare_city && end < e && !(t[end].flags & TAC_TOK_CAP) &&
        (tok_is(&t[end], "man") || tok_is(&t[end], "men"))) {
        add_loc(c, i, end, p);
        return 0;
    }
    /* "the Kabul bombing", "a Mogadishu car bomb", "Ottawa protest": a
     * capital or place right before a noun of a violent act or a protest
     * says where it happened; the government did not do it */
    if (bare_city && incident_after(c, s, e, i, end, NULL)) {
        add_loc(c, i, end, p);
        return 0;
    }
    /* "Nigeria attack kills 12", "a Somalia bombing": a country's name
     * (not its adjective: "Israeli air strike" is Israel's) likewise, in
     * a sentence that names no other country */
    if (p->country && !p->adj && !p->capital && !p->place && !p->agent && !p->actor &&
        !p->person && incident_after(c, s, e, i, end, p->country->country) &&
        !country_named(c, s, e, i, end, p->country->country, 0)) {
        add_loc(c, i, end, p);
        return 0;
    }
    /* "the al-Shaar neighbourhood", "al-Assad suburbs": a person's name
     * alone right before a lower-case noun of a settlement names a place
     * called after someone, not the person ("state", "capital", "area"
     * and "territory" follow a person's name in other senses) */
    if (p->person && !p->country && !p->agent && !p->actor && !p->capital && !p->place &&
        end < e && named_settlement_noun(&t[end])) {
        *next = end;
        return 0;
    }
    /* a name's words share their case: "the communique said Musa and
     * Sylla agreed" holds no "Said Musa" (in a caseless text every word is
     * lower case, and the name still reads) */
    if (p->person && end - i >= 2 && (t[i].flags & TAC_TOK_WORD) &&
        !(t[i].flags & (TAC_TOK_CAP | TAC_TOK_UPPER)) && (t[i + 1].flags & TAC_TOK_CAP)) {
        p->person = NULL;
        if (!p->country && !p->agent && !p->actor && !p->capital && !p->place) {
            *next = i + 1;
            return 0;
        }
    }
    /* a region ("the West", "Europe", "Central Asian"): an actor when
     * region_reading says so; a head noun after it that names its states
     * is part of it ("Western powers", "Baltic states") */
    if (p->actor && region_actor(p->actor) && !p->agent && !p->person && !p->country &&
        !p->capital && !p->place) {
        int r = region_reading(c, s, e, i, end, p->actor, prev);
        if (r == REGION_LATER) {
            *next = i + 1;
            return 0;
        }
        if (r == REGION_NONE)
            return 0;
        while (end < e && polity_noun(&t[end]) == 1)
            end++;
        p->end = *next = end;
    } else if (p->actor && !p->actor->country[0] && !strncmp(p->actor->code, "IGO", 3) &&
               !p->agent && !p->person && !p->country && !p->capital && !p->place) {
        /* so is one after a bloc of states: "its NATO allies", "EU
         * partners", "OPEC states" are the bloc */
        while (end < e && polity_noun(&t[end]) == 1)
            end++;
        p->end = *next = end;
    }
    /* "thousands", "dozens": a count before "of" or before what it counts
     * ("thousands of Iranians", "a thousand people") is no actor; the
     * counted are */
    if (p->agent && !p->actor && !p->person && !p->country && !p->capital && !p->place &&
        count_noun(&t[end - 1]) && !strcmp(p->agent->code, "CVL")) {
        uint32_t n2;
        /* "two hundred", "a thousand": singular, a number */
        if (t[end - 1].norm[t[end - 1].norm_len - 1] != 's' ||
            (end < e && (tok_is(&t[end], "of") || (t[end].flags & TAC_TOK_NUM) ||
                         tac_code_actor_longest(d, t, end, e, &n2))))
            return 0;
    }
    /* a capital or country name after "in", "at", and a city or region
     * anywhere: a place, kept only to give an agent next to it its
     * country */
    /* "from the besieged Bosnian town of Gorazde": a country adjective
     * before a named place describes the place; it is a location of the
     * sentence, no actor */
    if (p->country && p->adj && !p->agent && !p->actor && !p->person && !p->capital &&
        !p->place && end < e && settlement_of(t, end, e)) {
        add_loc(c, i, end, p);
        return 0;
    }
    /* "the Kurdish city of Arbil", "the Tamil town of Vavuniya": a people
     * of no state before a named place says who lives there; the place
     * (its country) is meant, the people are no actor */
    if (p->actor && !p->actor->country[0] && people_group(p->actor) &&
        !region_actor(p->actor) && !p->agent && !p->person && !p->country && !p->capital &&
        !p->place && end < e && settlement_of(t, end, e))
        return 0;
    /* "the Oslo accords", "the Minsk agreements", "the Lahore declaration":
     * a city before a noun of `marker accord-noun` names a pact or a
     * meeting, neither a government nor a place of the sentence */
    if ((p->capital || p->place) && !p->agent && !p->actor && !p->person && !p->country &&
        end < e && accord_noun(c, &t[end]))
        return 0;
    int only_place = p->place && !p->agent && !p->actor && !p->person && !p->capital &&
                     !p->country;
    /* "the outskirts of Damascus", "the city of Kabul", "the capital
     * Damascus": a capital named as a place is no government */
    int capital_as_place =
        p->capital && i > s &&
        (tok_is(&t[i - 1], "capital") ||
         /* "police in the capital, Monrovia, arrested": an apposition
          * after an agent, closed by a comma or the sentence's end ("the
          * capital, Moscow said" keeps its government) */
         (prev && tac_code_is_punct(&t[i - 1], ',') && capital_gap(t, prev->end, i) &&
          (end >= e || tac_code_is_punct(&t[end], ',') || tac_code_is_punct(&t[end], '.'))) ||
         (i > s + 1 && tok_is(&t[i - 1], "of") &&
          ((place_noun(&t[i - 2]) && !tok_is(&t[i - 2], "capital")) ||
           /* "30 km east of Algiers", "north of Kabul": a bearing from the
            * capital names a place (a compass word in lower case: "the
            * North of England" names a region) */
           ((t[i - 2].wclass & TAC_LC_COMPASS) && !(t[i - 2].flags & TAC_TOK_CAP)))));
    if (only_place ||
        (i > s && ((t[i - 1].wflags & TAC_LX_LOCATIVE) || capital_as_place) && !p->agent &&
         !p->actor && !p->person && (p->capital || (p->country && !p->adj)))) {
        int agent_follows = 0;
        /* "Kharkiv's governor": the agent after a possessive 's */
        uint32_t after = end < e && (t[end].flags & TAC_TOK_POSS) ? end + 1 : end;
        if (after < e) {
            uint32_t n2;
            uint32_t e2 = tac_code_actor_longest(d, t, after, e, &n2);
            if (e2) {
                piece q;
                memset(&q, 0, sizeof q);
                piece_from_node(d, n2, &q, c->date);
                agent_follows = q.agent != NULL;
            }
        }
        /* "a court in Guyana", "police from Kenya": an agent without a
         * country takes the place's country (composed below) */
        int agent_before = i > s && prev &&
                           (prev->end + 1 == i || place_noun_gap(t, prev->end, i) ||
                            based_gap(t, prev->end, i) || capital_gap(t, prev->end, i)) &&
                           ((prev->agent && !prev->actor) ||
                            (!prev->agent && people_group(prev->actor) &&
                             !prev->actor->country[0] && !region_actor(prev->actor))) &&
                           !prev->country && !prev->person && !prev->capital && !prev->place &&
                           ((t[i - 1].wflags & TAC_LX_LOCATIVE) || tok_is(&t[i - 1], "from") ||
                            (only_place && tok_is(&t[i - 1], "of")) ||
                            capital_gap(t, prev->end, i));
        /* ("the embassy in Kabul": the place stays a place. A country
         * there may name the conflict a mediator works on: "acted as
         * mediator in the Sudan conflict") */
        if (agent_before && !p->country && prev->end + 1 == i && posted_gap(c, prev->end))
            agent_before = 0;
        if (agent_before && !p->country && court_seat_gap(c, prev->end, end))
            agent_before = 0;
        if (!agent_follows && !agent_before) {
            add_loc(c, i, end, p);
            return 0;
        }
    }
    return 1;
}

/* Whether the name word at i stands alone, not inside a longer unknown
 * name ("Pashinyan" alone): the word after it, if any, is no name word, or
 * is a short name given earlier. In a title-case headline an inflected
 * event verb beside it is no name word ("Biden Meets Xi", "Xi Meets
 * Putin"). A short name or surname is only read alone (word_piece); the
 * test is made before the call, as most name words fail it (every word of
 * a headline in capitals is a name word). */
static inline int name_alone(const tac_coder *c, uint32_t e, uint32_t i, int caps)
{
    const tac_tok *t = c->toks.v;
    return !(i + 1 < e && name_word_in(&t[i + 1], caps) && !headline_verb(c, &t[i + 1]) &&
             !find_alias(c, &t[i + 1]));
}

/* Whether the name word at i is followed by one capitalised word that no
 * dictionary and not WordNet knows (unknown_name) and that ends the name:
 * a surname and what may be a second surname ("Berger Perdomo"). */
static int unknown_name(const tac_coder *c, const tac_tok *w);
static int mother_surname(const tac_coder *c, uint32_t e, uint32_t i)
{
    const tac_tok *t = c->toks.v;
    /* (a given name of the dictionaries' people opens a name of its own:
     * "Carlos Romoleroux", "Andre Saumier") */
    return name_word(&t[i]) && !(t[i].flags & (TAC_TOK_UPPER | TAC_TOK_HYPHEN)) && t[i].word &&
           !(c->dict->lex.w[t[i].word].marks & TAC_LM_GIVEN_NAME) &&
           unknown_name(c, &t[i + 1]) && !(t[i + 1].flags & TAC_TOK_POSS) &&
           (i + 2 >= e || !name_word(&t[i + 2]));
}

/* The sentence at s opens with a group pronoun ("they", not "it"). */
static int t0_group(const tac_coder *c, uint32_t s)
{
    return (c->toks.v[s].wflags & TAC_LX_PRON_GROUP) != 0;
}

/* "The Ugandan army crossed into Congo. It attacked ADF camps.": "they"
 * or "it" opening a sentence continues the subject of the sentence before
 * (the actor that opened it, no person), not its last actor (Congo). "it"
 * only before a verb other than "be" ("It is expected", "It has been
 * raining" are empty). */
static int subject_pronoun(const tac_coder *c, uint32_t s, uint32_t e)
{
    const tac_tok *t = c->toks.v;
    if (!c->have_subj_prev || c->subj_prev.person)
        return 0;
    if (s + 1 >= e)
        return (t[s].wflags & TAC_LX_PRON_GROUP) != 0;
    /* before "be" (a passive: "They were released by a court") the pronoun
     * is more often the object of the sentence before: the last actor */
    uint32_t v = s + 1;
    if (v + 1 < e && (t[v].wflags & TAC_LX_AUX))
        v++;
    if ((t[v].wflags & TAC_LX_BE) || (t[s + 1].wflags & TAC_LX_BE))
        return 0;
    if (t[s].wflags & TAC_LX_PRON_GROUP)
        return 1;
    return tok_is(&t[s], "it") && verbish(&t[v]);
}

/* The word w is one of the words of the phrase (ASCII case folded). */
static int phrase_has_word(const char *phrase, const tac_tok *w)
{
    for (const char *p = phrase; p && *p;) {
        while (*p == ' ')
            p++;
        size_t n = strcspn(p, " ");
        size_t k = 0;
        while (n == w->norm_len && k < n &&
               tolower((unsigned char)p[k]) == (unsigned char)w->norm[k])
            k++;
        if (n == w->norm_len && k == n)
            return 1;
        p += n;
    }
    return 0;
}

/* "Paul Macron, a baker": a surname of an office holder in office (first is
 * the word before it) after a first name that is none of that holder's
 * (the two words are no dictionary phrase, or the trie would have read
 * them) names someone the dictionaries do not know; the surname alone
 * stands for that person for the rest of the document, as a short name
 * does. Initials ("George W. Bush"), titles ("Mrs"), acronyms and
 * headlines (every word capitalised) teach nothing. */
static void note_unnamed(tac_coder *c, const tac_tok *first, const tac_tok *sur, int caps)
{
    if (caps || c->in_headline || c->opt.no_coref || c->n_unnamed == MAX_UNNAMED || !sur->word ||
        !(first->flags & TAC_TOK_CAP) || (first->flags & TAC_TOK_UPPER) ||
        !(sur->flags & TAC_TOK_CAP) || (sur->flags & TAC_TOK_UPPER) || first->norm_len < 3 ||
        memchr(first->norm, '.', first->norm_len) ||
        (first->wflags & (TAC_LX_TITLE | TAC_LX_MEMBER | TAC_LX_SAY)))
        return;
    const tac_aentry *sp = tac_dict_surname(c->dict, sur->word, c->date);
    if (!sp || phrase_has_word(sp->phrase, first))
        return;
    for (size_t k = 0; k < c->n_unnamed; k++)
        if (c->unnamed[k] == sur->word)
            return;
    c->unnamed[c->n_unnamed++] = sur->word;
}

static int unnamed_word(const tac_coder *c, const tac_tok *t)
{
    for (size_t k = 0; t->word && k < c->n_unnamed; k++)
        if (c->unnamed[k] == t->word)
            return 1;
    return 0;
}

/* A pronoun or a short name at i as a piece: fills *p and returns 1 if the
 * word is one that stands for an actor (a pronoun with an antecedent, a
 * short name given earlier, a surname of a person in office), else 0.
 * pieces[0..np) are the sentence's pieces so far. The caller has made sure
 * the word at i is a pronoun, or a name word (name_word_in) that stands
 * alone (name_alone). */
static int word_piece(tac_coder *c, uint32_t s, uint32_t e, uint32_t i, const piece *pieces,
                      size_t np, piece *p, int caps)
{
    const tac_tok *t = c->toks.v;
    p->start = i;
    p->end = i + 1;
    if (i == s && subject_pronoun(c, s, e)) {
        p->pronoun = 3;
        return 1;
    }
    if (t[i].wflags & (TAC_LX_PRON_PERSON | TAC_LX_PRON_GROUP)) {
        int person = (t[i].wflags & TAC_LX_PRON_PERSON) != 0;
        /* "Annan announced that he will withdraw": the antecedent may be
         * earlier in the same sentence */
        int seen_person = 0;
        for (size_t q = 0; q < np && !seen_person; q++)
            seen_person = pieces[q].person != NULL;
        if (!((person && (c->have_person || seen_person)) ||
              (!person && (c->have_actor || np > 0))))
            return 0;
        p->pronoun = person ? 1 : 2;
        return 1;
    }
    const mention *a = find_alias(c, &t[i]);
    if (a) {
        p->alias = a;
        return 1;
    }
    /* (a title of address is no first name: "Mr. Putin", "Mr Putin",
     * "Lady Ashton" are Putin and Ashton; nor is a fronted time word:
     * "On Monday Obama left Cuba", "Yesterday Putin said") */
    if (i > s && name_word_in(&t[i - 1], caps) && !headline_verb(c, &t[i - 1]) &&
        !(t[i - 1].wflags & (TAC_LX_TITLE | TAC_LX_TIME)) &&
        !gender_word(c, &t[i - 1]) &&
        !(np && pieces[np - 1].end == i)) {
        note_unnamed(c, &t[i - 1], &t[i], caps);
        return 0;
    }
    /* "rally at Parliament Hill", "Army Street": a body (`marker
     * body-noun`) is no title, so a capitalised surname right after its
     * capitalised word is part of a name, no person of the body */
    if (np && pieces[np - 1].end == i && pieces[np - 1].start + 1 == i && pieces[np - 1].agent &&
        (t[i - 1].wclass & TAC_LC_BODY_NOUN) && (t[i - 1].flags & TAC_TOK_CAP) &&
        (t[i].flags & TAC_TOK_CAP))
        return 0;
    /* "Macron said" after "Paul Macron, a baker": the document's own
     * Macron, no office holder of the name (a title before the word
     * still names its holder) */
    if (!(np && pieces[np - 1].end == i && pieces[np - 1].agent) && unnamed_word(c, &t[i]))
        return 0;
    /* a surname alone ("Obama said", "President Bush"): the one person of
     * that name in office on the date, if only one is */
    const tac_aentry *sp = tac_dict_surname(c->dict, t[i].word, c->date);
    if (!sp && t[i].lemma != t[i].word)
        sp = tac_dict_surname(c->dict, t[i].lemma, c->date);
    /* "President Obama" in a text dated outside his term: after a title
     * the surname still names that person, when all people of the name
     * share one country; the title gives the role (composed below) */
    const piece *title = np ? &pieces[np - 1] : NULL;
    if (!sp && title && title->end == i && title->agent && !title->country && !title->actor &&
        !title->person && !title->pronoun && !title->alias && !title->capital && !title->place)
        sp = tac_dict_surname_any(c->dict, t[i].word);
    /* not the surname of a person whose name the word is only the lemma
     * of: "Man found shot" names no "Manning", "Putin Says" no "Saied",
     * and a common word the surname lemmatises to is none of its forms:
     * "WORKERS STRIKE" names no "Struck" (a `spelling` variant, "Qaddafi",
     * is a way to write the name) */
    if (sp && lemma_only_name(c, sp, &t[i], !(t[i].wflags & TAC_LX_SPELLING)))
        sp = NULL;
    /* "SANTOS SAYS IT HAS SIGNIFICANT OIL FIND": in a headline in capitals
     * a lone word whose saying verb reports "it" with a verb speaks of
     * itself as a thing, a company, where a person says "he": no person
     * ("LAWSON SAYS IT ESSENTIAL THAT ...", an empty "it", keeps Lawson) */
    if (sp && caps && i + 3 < e && !(title && title->end == i) && (t[i + 1].wflags & TAC_LX_SAY) &&
        tok_is(&t[i + 2], "it") &&
        ((t[i + 3].wflags & (TAC_LX_AUX | TAC_LX_BE)) || verbish(&t[i + 3])))
        sp = NULL;
    /* "Jordan's King Abdullah", "the Jordanian King Abdullah": a
     * surname after a country of its own phrase (with 's, or a title
     * between) is of someone of that country; the one "Abdullah" in
     * office elsewhere is not meant */
    for (size_t q = np, at = i; sp && sp->country[0] && q > 0; q--) {
        const piece *pq = &pieces[q - 1];
        if (pq->end != at && !(pq->end + 1 == at && (t[pq->end].flags & TAC_TOK_POSS)))
            break;
        /* (a country word right before the name may be part of it:
         * "Cubas Grau") */
        if (pq->country && pq->country->country[0] && (at != i || pq->end != i) &&
            strcmp(pq->country->country, sp->country) != 0)
            sp = NULL;
        at = pq->start;
    }
    /* "in al-Shaar neighborhood": a surname before a settlement's noun
     * names the place (see named_settlement_noun) */
    if (sp && !(title && title->end == i) && i + 1 < e && named_settlement_noun(&t[i + 1]))
        sp = NULL;
    p->person = sp;
    return sp != NULL;
}

#define CORP_NAME_WORDS 5 /* the most words of a name before a company suffix */

/* Whether w is a company suffix: a `corp-suffix` word or "Co" ("Co.");
 * with plural, "Cos" too. "Co" stays out of the marker class, whose other
 * readers (an agent's own word, a name's last word) it would change; this
 * is the one list the company-name tests below read. */
static int corp_suffix_tok(const tac_tok *w, int plural)
{
    return (w->wclass & TAC_LC_CORP_SUFFIX) || tok_is(w, "co") || tok_is(w, "co.") ||
           (plural && (tok_is(w, "cos") || tok_is(w, "cos.")));
}

/* A capitalised word that no dictionary and not WordNet knows, and no
 * surname, nor an acronym (which as often names a state agency, "NLRB")
 * or a hyphen compound ("Moscow-backed"): the name of something the
 * dictionaries leave out. */
static int unknown_name(const tac_coder *c, const tac_tok *w)
{
    return (w->flags & TAC_TOK_CAP) && (w->flags & TAC_TOK_WORD) &&
           !(w->flags & (TAC_TOK_NUM | TAC_TOK_HYPHEN | TAC_TOK_COMPOUND | TAC_TOK_UPPER)) &&
           !(w->wflags & (TAC_LX_NOUN | TAC_LX_VERB | TAC_LX_TITLE | TAC_LX_STARTER |
                          TAC_LX_ACTOR_START | TAC_LX_DET | TAC_LX_PREP | TAC_LX_TIME)) &&
           !tac_dict_surname_any(c->dict, w->word);
}

/* Tokens [a, b) between a state and a title that name the title's
 * portfolio: one to three capitalised words that WordNet knows (no
 * surname, no unknown name), none a function word ("Ukrainian Digital
 * Transformation Minister", "Kenya's Interior Cabinet Secretary"). Not in
 * a headline, whose words are all capitalised. a > 0: a state's word
 * stands before. */
static int portfolio_gap(const tac_coder *c, uint32_t a, uint32_t b)
{
    const tac_tok *t = c->toks.v;
    /* (a headline may capitalise every word; one that writes the title in
     * lower case capitalises the portfolio for its own sake: "says French
     * Sports ministry") */
    if ((c->in_headline && (t[b].flags & (TAC_TOK_CAP | TAC_TOK_UPPER))) || b <= a || b - a > 3)
        return 0;
    /* "... in the U.S. Wall Street investors": after an abbreviation's
     * dot the capital may open a sentence the splitter did not see */
    const tac_tok *before = &t[a - 1];
    if (before->norm_len && before->norm[before->norm_len - 1] == '.')
        return 0;
    for (uint32_t j = a; j < b; j++)
        if (!(t[j].flags & TAC_TOK_WORD) || !(t[j].flags & TAC_TOK_CAP) ||
            (t[j].flags & (TAC_TOK_NUM | TAC_TOK_POSS | TAC_TOK_UPPER)) || unknown_name(c, &t[j]) ||
            tac_dict_surname_any(c->dict, t[j].word) ||
            (t[j].wflags & (TAC_LX_DET | TAC_LX_PREP | TAC_LX_CONJ | TAC_LX_AUX | TAC_LX_BE |
                            TAC_LX_SAY | TAC_LX_BOUNDARY | TAC_LX_RELATIVE | TAC_LX_TITLE |
                            TAC_LX_STARTER | TAC_LX_TIME | TAC_LX_NEGATION)))
            return 0;
    return 1;
}

/* A piece of one agent word alone (no country, person or actor), the
 * only piece that the rules org_title to witness_verb read: their inline
 * first tests, as most pieces are none. */
static inline int lone_agent_word(const piece *p)
{
    return p->agent && !p->country && !p->person && !p->actor && p->end == p->start + 1;
}

/* 1 if the one-word agent piece p is a title in an organisation's name or
 * of its officers, no actor:
 *   - a military rank before a capitalised common word that ends the name
 *     ("General Electric said", "General Dynamics won"): a company;
 *   - a state role's head or member word right after a capitalised name
 *     no dictionary knows, inside the sentence and not an acronym ("an
 *     Upjohn official", "the Outboard president"): an officer of that
 *     unknown body, not of a government. */
static SLOW_PATH int org_title_slow(const tac_coder *c, uint32_t s, uint32_t e,
                                    const piece *p, const piece *prev)
{
    const tac_tok *t = c->toks.v;
    if (!p->agent || p->actor || p->person || p->country || p->capital || p->place ||
        p->end != p->start + 1 || !(t[p->start].wflags & TAC_LX_MEMBER))
        return 0;
    const tac_tok *w = &t[p->start];
    /* (not in a headline in capitals: "TURKISH SOLDIER KILLED") */
    if ((w->flags & TAC_TOK_CAP) && !(w->flags & TAC_TOK_UPPER) && strstr(p->agent->code, "MIL") &&
        p->end < e) {
        const tac_tok *n = &t[p->end];
        if ((n->flags & TAC_TOK_CAP) && (n->flags & TAC_TOK_WORD) && !(n->flags & TAC_TOK_UPPER) &&
            (n->wflags & (TAC_LX_NOUN | TAC_LX_VERB)) &&
            !(n->wflags & (TAC_LX_ACTOR_START | TAC_LX_TITLE)) &&
            !tac_dict_surname_any(c->dict, n->word) &&
            !(p->end + 1 < e && (t[p->end + 1].flags & TAC_TOK_CAP)))
            return 1;
    }
    /* (a state role only: "Upjohn employees" are still workers) */
    const char *a = p->agent->code;
    if (p->start > s + 1 && !(prev && prev->end == p->start) &&
        (strstr(a, "GOV") || strstr(a, "MIL") || strstr(a, "COP") || strstr(a, "JUD") ||
         strstr(a, "LEG") || strstr(a, "SPY"))) {
        const tac_tok *b = &t[p->start - 1];
        if (unknown_name(c, b))
            return 1;
    }
    /* "Cadillac President Steve Carlisle": at the start of a sentence, a
     * capitalised title after a capitalised common noun or unknown name that
     * is no verb and opens no actor, and before a capitalised name that no dictionary
     * knows, heads what the noun names (a company, a brand, a club), not a
     * government ("Acting President" is a verb form; a known office
     * holder's name keeps the title's role: "Interim President Jeanine
     * Anez") */
    if (p->start == s + 1 && !prev && p->end + 1 < e && (w->flags & TAC_TOK_CAP) &&
        (strstr(a, "GOV") || strstr(a, "MIL") || strstr(a, "COP") || strstr(a, "JUD") ||
         strstr(a, "LEG") || strstr(a, "SPY"))) {
        const tac_tok *b = &t[s], *n = &t[p->end], *n2 = &t[p->end + 1];
        int ing = b->norm_len > 4 && memcmp(b->norm + b->norm_len - 3, "ing", 3) == 0;
        if ((b->flags & TAC_TOK_CAP) && (b->flags & TAC_TOK_WORD) && !ing &&
            !(b->flags & (TAC_TOK_NUM | TAC_TOK_HYPHEN | TAC_TOK_COMPOUND | TAC_TOK_UPPER)) &&
            ((b->wflags & TAC_LX_NOUN) || unknown_name(c, b)) &&
            !(b->wflags & (TAC_LX_VERB | TAC_LX_TITLE | TAC_LX_STARTER | TAC_LX_ACTOR_START |
                           TAC_LX_DET | TAC_LX_PREP | TAC_LX_TIME)) &&
            !(b->wflags & TAC_LX_FORMER) && !(b->wclass & TAC_LC_ADJ_SENSE) &&
            !tac_dict_surname_any(c->dict, b->word) &&
            (n->flags & TAC_TOK_CAP) && (n2->flags & TAC_TOK_CAP) && (n->flags & TAC_TOK_WORD) &&
            (n2->flags & TAC_TOK_WORD) && !(n->flags & TAC_TOK_UPPER) &&
            !(n->wflags & TAC_LX_TITLE) && !tac_dict_surname_any(c->dict, n->word) &&
            !tac_dict_surname_any(c->dict, n2->word)) {
            uint32_t node;
            if (!tac_code_actor_longest(c->dict, t, p->end, e, &node))
                return 1;
        }
    }
    return 0;
}

/* Its first test inline: most pieces are no lone agent word. */
static inline int org_title(const tac_coder *c, uint32_t s, uint32_t e, const piece *p,
                            const piece *prev)
{
    if (!lone_agent_word(p) || p->capital || p->place)
        return 0;
    return org_title_slow(c, s, e, p, prev);
}

/* "Their invasion of Kuwait was condemned", "its shelling of the town
 * killed ten": "its" or "their" opening the sentence's subject, right
 * before a noun that opens an event pattern and "of" its object, owns the
 * act (not an actor's phrase: "its troops" is composed as an agent);
 * short_mention finds who that is. */
static int act_owner(const tac_coder *c, uint32_t s, uint32_t e, uint32_t i)
{
    const tac_tok *t = c->toks.v;
    uint32_t node;
    if (i != s || !(t[i].flags & TAC_TOK_WORD) || i + 2 >= e ||
        !(tok_is(&t[i], "its") || tok_is(&t[i], "their")))
        return 0;
    const tac_tok *n = &t[i + 1];
    return (n->wflags & TAC_LX_PAT_START) && (n->wflags & TAC_LX_NOUN) && !verbish(n) &&
           !(n->flags & TAC_TOK_CAP) && tok_is(&t[i + 2], "of") &&
           !tac_code_actor_longest(c->dict, t, i + 1, e, &node);
}

/* Reads the dictionary phrases, pronouns and short names of tokens [s, e)
 * into pieces (room for MAX_PIECES_SENT); places that only locate the
 * sentence go to its locations. Returns the number of pieces. */
/* "the general strike", "an official visit": a lower-case agent word of
 * `marker adjective-sense` alone, right before a lower-case noun that is no
 * verb, no function word and no actor, is the adjective: no general, no
 * official. "the general said", "an official in Kabul", "the general
 * secretary" (a phrase of its own) keep the agent. */
static int adjective_sense(const tac_coder *c, uint32_t e, const piece *p)
{
    const tac_tok *t = c->toks.v;
    if (!p->agent || p->country || p->person || p->actor || p->end != p->start + 1 ||
        p->end >= e || !(t[p->start].wclass & TAC_LC_ADJ_SENSE) ||
        (t[p->start].flags & TAC_TOK_CAP))
        return 0;
    const tac_tok *n = &t[p->end];
    uint32_t node;
    /* an -ing form may be a participle: "said another official following
     * the talks" */
    int ing = n->norm_len > 4 && memcmp(n->norm + n->norm_len - 3, "ing", 3) == 0;
    return (n->flags & TAC_TOK_WORD) && !(n->flags & TAC_TOK_CAP) && (n->wflags & TAC_LX_NOUN) &&
           !verbish(n) && !ing &&
           !(n->wflags & (TAC_LX_PREP | TAC_LX_CONJ | TAC_LX_AUX | TAC_LX_SAY | TAC_LX_BE |
                          TAC_LX_DET | TAC_LX_RELATIVE | TAC_LX_COMPLEMENT)) &&
           !tac_code_actor_longest(c->dict, t, p->end, e, &node);
}

/* "a British national", "two French nationals", "a national of Kenya": a
 * lower-case agent word of `marker nationality-noun` alone (capitalised
 * only in a headline) names people of
 * a country (CVL) only right after a country's adjective or name (prev,
 * the piece before it) and before no noun or actor ("the British national
 * team", "national police"), or right before "of"; anywhere else it is
 * the adjective and names no one ("a national strike"). */
static SLOW_PATH int nationality_adjective_slow(const tac_coder *c, uint32_t e,
                                                const piece *p, const piece *prev)
{
    const tac_tok *t = c->toks.v;
    if (!p->agent || p->country || p->person || p->actor || p->end != p->start + 1 ||
        !word_class(c, &t[p->start], TAC_LC_NATIONALITY_NOUN))
        return 0;
    /* capitalised inside a sentence it opens or ends a name ("Belgian
     * National Bank", "First National"), no person */
    if ((t[p->start].flags & TAC_TOK_CAP) && !c->in_headline)
        return 1;
    if (p->end < e && tok_is(&t[p->end], "of"))
        return 0;
    if (!prev || prev->end != p->start || !prev->country || prev->agent || prev->person ||
        prev->actor)
        return 1;
    if (p->end >= e)
        return 0;
    const tac_tok *n = &t[p->end];
    uint32_t node;
    return ((n->flags & TAC_TOK_WORD) && !(n->flags & TAC_TOK_CAP) &&
            (n->wflags & TAC_LX_NOUN) && !verbish(n) &&
            !(n->wflags & (TAC_LX_PREP | TAC_LX_CONJ | TAC_LX_AUX | TAC_LX_SAY | TAC_LX_BE |
                           TAC_LX_DET | TAC_LX_RELATIVE | TAC_LX_COMPLEMENT))) ||
           tac_code_actor_longest(c->dict, t, p->end, e, &node);
}

/* Its first test inline (lone_agent_word). */
static inline int nationality_adjective(const tac_coder *c, uint32_t e, const piece *p,
                                        const piece *prev)
{
    if (!lone_agent_word(p))
        return 0;
    return nationality_adjective_slow(c, e, p, prev);
}

/* Whether an actor or agent code holds role r ("COP" in "COPCVL"), at a
 * role's place (every three letters: the dictionary loader admits codes
 * only in groups of three). */
static int code_has_role(const char *code, const char *r)
{
    for (size_t n = code ? strlen(code) : 0, k = 0; k + 3 <= n; k += 3)
        if (memcmp(code + k, r, 3) == 0)
            return 1;
    return 0;
}

/* Whether the piece's actor or agent line names the media (a role "MED"). */
static int media_piece(const piece *p)
{
    return code_has_role(p->actor ? p->actor->code : NULL, "MED") ||
           code_has_role(p->agent ? p->agent->code : NULL, "MED");
}

/* "Police said officers arrested three men": a word of `marker
 * bare-officer` (an agent line COP) alone, with no agent right before it
 * ("intelligence officers" stay the body's member) nor a modifier
 * ("guidance officers"), is a police officer
 * only when the police are the last of the police and the military the
 * text named before it: in its own sentence (pieces [0, np)) or, reading
 * back, in the document before (c->police_story). Elsewhere it names no
 * one, as an officer of any body may be meant. 1 when the piece is to be
 * dropped. */
static SLOW_PATH int bare_officer_slow(const tac_coder *c, uint32_t s, const piece *p,
                                       const piece *pieces, size_t np)
{
    const tac_tok *t = c->toks.v;
    if (!p->agent || p->country || p->person || p->actor || p->end != p->start + 1 ||
        !word_class(c, &t[p->start], TAC_LC_BARE_OFFICER))
        return 0;
    if (np && pieces[np - 1].end == p->start && pieces[np - 1].agent)
        return 1;
    /* "navigating officer", "guidance officers", "loan officer": a word
     * before it that is no determiner, number, function word or country
     * names the kind of officer, a ship's, a school's or a bank's as
     * often; "the officers", "two officers", "Kenyan officers" are bare */
    if (p->start > s) {
        const tac_tok *b = &t[p->start - 1];
        if ((b->flags & TAC_TOK_WORD) && !(b->flags & TAC_TOK_NUM) &&
            !(b->wclass & TAC_LC_NUMBER) &&
            !(b->wflags & (TAC_LX_DET | TAC_LX_CONJ | TAC_LX_PREP | TAC_LX_BE | TAC_LX_AUX |
                           TAC_LX_SAY | TAC_LX_STARTER)) &&
            !(np && pieces[np - 1].end == p->start && pieces[np - 1].country))
            return 1;
    }
    for (size_t k = np; k-- > 0;) {
        const tac_aentry *a = pieces[k].agent;
        if (a && code_has_role(a->code, "COP"))
            return 0;
        if (a && code_has_role(a->code, "MIL"))
            return 1;
    }
    return !c->police_story;
}

/* Its first test inline (lone_agent_word). */
static inline int bare_officer(const tac_coder *c, uint32_t s, const piece *p, const piece *pieces,
                               size_t np)
{
    if (!lone_agent_word(p))
        return 0;
    return bare_officer_slow(c, s, p, pieces, np);
}

/* "strikers vowed to press for higher wages", "his opposition to tax
 * increases": a lower-case agent word of `marker to-verb` alone, right after
 * "to" and before "for", "ahead" or "home", is the verb, not the media; one
 * of `marker stance-noun` alone, right after a personal possessive (his,
 * her, its, their, our), is that actor's stance, not the opposition. Both
 * readings name no actor, so no event takes them as its target or source.
 * "to the press", "talked to press officers" and "the opposition" keep the
 * agent. */
static SLOW_PATH int verb_or_stance_slow(const tac_coder *c, uint32_t s, uint32_t e,
                                         const piece *p)
{
    const tac_tok *t = c->toks.v;
    if (!p->agent || p->country || p->person || p->actor || p->end != p->start + 1 ||
        p->start <= s || (t[p->start].flags & TAC_TOK_CAP) || !t[p->start].word)
        return 0;
    const tac_lexword *lw = &c->dict->lex.w[t[p->start].word];
    const tac_tok *b = &t[p->start - 1];
    if (tac_lexicon_has(lw, TAC_LC_TO_VERB))
        return p->end < e && tok_is(b, "to") &&
               (tok_is(&t[p->end], "for") || tok_is(&t[p->end], "ahead") ||
                tok_is(&t[p->end], "home"));
    return tac_lexicon_has(lw, TAC_LC_STANCE_NOUN) && personal_possessive(b);
}

/* Its first test inline (lone_agent_word). */
static inline int verb_or_stance(const tac_coder *c, uint32_t s, uint32_t e, const piece *p)
{
    if (!lone_agent_word(p))
        return 0;
    return verb_or_stance_slow(c, s, e, p);
}

/* "American Express said", "American Motors' board", "General Partners,
 * which", "American Express Co", "Georgia Power said": in running text, a
 * capitalised country adjective, a state's or capital's name (with a
 * company suffix or a saying verb after the name) or `marker
 * adjective-sense` agent word alone, before one
 * capitalised word that is no actor, no function word and no time, and
 * that ends the name (no "of" and no further capitalised word after it,
 * or "Co" and the like ends it), names a company: no country and no
 * general. A longer name may be a national body and keeps its country
 * ("the Brazilian Coffee Institute", "the Canadian Bureau of ..."); an
 * actor after it goes on into the actor ("American President Reagan",
 * "Iraqi Kurdistan"); a headline capitalises every word; a compass word
 * after it names a region ("Syrian South"). The tests on the piece alone,
 * which most pieces fail, are inline (name_head); the words after it are
 * read by name_head_words. */
static int name_head_words(const tac_coder *c, uint32_t s, uint32_t e, const piece *p, int named);

static inline int name_head(const tac_coder *c, uint32_t s, uint32_t e, const piece *p)
{
    const tac_tok *t = c->toks.v;
    /* a company's name takes no article: "the Syrian Desert", "the
     * British Rhine army" are a place and a body of the country */
    if (c->in_headline || p->person || p->actor || p->end != p->start + 1 || p->end >= e ||
        !(t[p->start].flags & TAC_TOK_CAP) ||
        (p->start > s && (t[p->start - 1].wflags & TAC_LX_DET)))
        return 0;
    /* a state's or a capital's name opens a company's name too, but only
     * when a company suffix ends it or a saying verb follows it ("Georgia
     * Power said", "Japan Fund said", "Georgia Power Co"): a name of one
     * word after a state's is as often an event or place named after it
     * ("boycott Beijing Olympics", "violated Minsk Agreements") */
    int named = (p->country && !p->adj && !p->agent) || (p->capital && !p->country && !p->agent);
    if (!((p->country && p->adj && !p->agent) || named ||
          (p->agent && !p->country && (t[p->start].wclass & TAC_LC_ADJ_SENSE))))
        return 0;
    return name_head_words(c, s, e, p, named);
}

/* name_head for a piece that passed its tests: whether the capitalised
 * words after it make it a company's name. named: a state's or capital's
 * name, not an adjective. */
static int name_head_words(const tac_coder *c, uint32_t s, uint32_t e, const piece *p, int named)
{
    const tac_tok *t = c->toks.v;
    uint32_t node, k = p->end;
    while (k < e && k < p->end + CORP_NAME_WORDS && (t[k].flags & TAC_TOK_WORD) &&
           (t[k].flags & TAC_TOK_CAP) && !(t[k].flags & TAC_TOK_UPPER) &&
           !(t[k].wclass & TAC_LC_COMPASS) &&
           !(t[k].wflags & (TAC_LX_TIME | TAC_LX_PREP | TAC_LX_CONJ | TAC_LX_AUX | TAC_LX_SAY |
                            TAC_LX_BE | TAC_LX_DET | TAC_LX_RELATIVE | TAC_LX_COMPLEMENT |
                            TAC_LX_PRON_PERSON | TAC_LX_PRON_GROUP)))
        k++;
    /* "American Can Co", "American Home Products Corp": a capitalised
     * function word ("Can", "Home" is none) inside a run of capitalised
     * words that a company suffix ends is part of the name, not the verb */
    uint32_t n = k;
    while (n < e && n < p->end + CORP_NAME_WORDS && (t[n].flags & TAC_TOK_WORD) &&
           (t[n].flags & TAC_TOK_CAP) && !(t[n].flags & TAC_TOK_UPPER) &&
           !corp_suffix_tok(&t[n], 0))
        n++;
    if (n > k && n < e && (t[n].flags & TAC_TOK_CAP) &&
        corp_suffix_tok(&t[n], 0))
        return 1;
    if (k == p->end || tac_code_actor_longest(c->dict, t, p->end, e, &node))
        return 0;
    /* "American Express Co", "American Can Co" */
    if (corp_suffix_tok(&t[k - 1], 0))
        return 1;
    if (named)
        return k == p->end + 1 && k < e && (t[k].wflags & TAC_LX_SAY);
    /* "Canadian Bond Rating Service said", "American Realty Trust said": a
     * longer name with no article (nor a capitalised word before it), none
     * of whose words opens an actor's phrase ("Soviet Deputy Foreign
     * Minister") or is a title or a hyphen compound ("Chinese Vice-Premier
     * Tian Jiyun"), right before a saying verb */
    if (k > p->end + 1 && k < e && (t[k].wflags & TAC_LX_SAY) && p->country && p->adj &&
        !(p->start > s && (t[p->start - 1].flags & TAC_TOK_CAP))) {
        for (uint32_t q = p->end; q < k; q++)
            if ((q > p->end && tac_code_actor_longest(c->dict, t, q, e, &node)) ||
                (t[q].flags & (TAC_TOK_HYPHEN | TAC_TOK_COMPOUND)) ||
                (t[q].wflags & TAC_LX_TITLE))
                return 0;
        return 1;
    }
    return k == p->end + 1 && !(k < e && (t[k].wflags & TAC_LX_PREP));
}

/* how many words market_head passes over between a state and its market */
#define MARKET_MODIFIERS 2

/* "U.K. money market given help", "the U.S. economy is facing", "the
 * Tokyo stock market fell": a state's name, adjective or capital alone,
 * right before a word of `marker market-noun` (or before one, two words
 * that are no actor, no function word and no verb between) names a market
 * or an economy, which does not act: no actor. After a preposition the
 * market is the state's, where goods go or are sold ("exports to the U.S.
 * market", "access to the Japanese market"): the state stays. "Japan's
 * economy" and actor phrases ("Common Market for Eastern and Southern
 * Africa") are not read here, nor a market word that opens an agent's
 * phrase or comes before one ("the Chinese economy minister"). */
static SLOW_PATH int market_head_slow(const tac_coder *c, uint32_t s, uint32_t e,
                                      const piece *p)
{
    const tac_tok *t = c->toks.v;
    if (!(p->country || p->capital) || p->agent || p->actor || p->person || p->end >= e)
        return 0;
    uint32_t b = p->start;
    if (b > s && (t[b - 1].wflags & TAC_LX_DET))
        b--;
    if (b > s && (t[b - 1].wflags & TAC_LX_PREP))
        return 0;
    uint32_t node;
    for (uint32_t k = p->end; k < e && k <= p->end + MARKET_MODIFIERS; k++) {
        const tac_tok *w = &t[k];
        if (!(w->flags & TAC_TOK_WORD))
            return 0;
        /* "the Chinese economy minister", "Kenyan market traders": the
         * market word opens an agent's phrase, or one follows it, whose
         * country the state names */
        if (w->wclass & TAC_LC_MARKET)
            return tac_code_actor_longest(c->dict, t, k, e, &node) <= k + 1 &&
                   !(k + 1 < e && tac_code_actor_longest(c->dict, t, k + 1, e, &node));
        if (verbish(w) ||
            (w->wflags & (TAC_LX_PREP | TAC_LX_CONJ | TAC_LX_AUX | TAC_LX_SAY | TAC_LX_BE |
                          TAC_LX_DET | TAC_LX_RELATIVE | TAC_LX_COMPLEMENT | TAC_LX_TIME |
                          TAC_LX_PRON_PERSON | TAC_LX_PRON_GROUP)) ||
            tac_code_actor_longest(c->dict, t, k, e, &node))
            return 0;
    }
    return 0;
}

/* Its first test inline: most pieces are no bare place. */
static inline int market_head(const tac_coder *c, uint32_t s, uint32_t e, const piece *p)
{
    if (!(p->country || p->capital) || p->agent || p->actor || p->person)
        return 0;
    return market_head_slow(c, s, e, p);
}

/* "Swiss francs", "the Canadian dollar", "Russian crude", "Chinese steel
 * prices": a country adjective alone right before a word of `marker
 * traded-noun` (a currency, a commodity, shares) that ends its phrase, or
 * that only other traded words follow, names what is traded, no actor.
 * So does a country's name there ("the Taiwan dollar has appreciated",
 * "U.S. shares fell"): a currency or a market does not act, and its
 * country's name is no subject. Market words are market_head's ("the
 * Japanese market" is the state's market); a phrase that goes on
 * ("Brazilian real estate") is left alone. */
static int traded_demonym(const tac_coder *c, uint32_t e, const piece *p)
{
    const tac_tok *t = c->toks.v;
    if (!p->country || p->agent || p->actor || p->person || p->capital ||
        p->end != p->start + 1 || p->end >= e)
        return 0;
    uint32_t k = p->end;
    while (k < e && k < p->end + 3 && (t[k].wclass & TAC_LC_TRADED) && !(t[k].wclass & TAC_LC_MARKET))
        k++;
    if (k == p->end)
        return 0;
    /* A name, unlike an adjective, may be the subject of a traded word that
     * is also a verb ("Israel pounds the Gaza Strip", "Japan shares the
     * concern"): it names the traded thing only after an article ("the
     * Taiwan dollar") or before a verb of its own ("U.S. shares fell"). */
    int name = !p->adj;
    int article = p->start > 0 && (t[p->start - 1].wflags & TAC_LX_DET);
    if (k == e)
        return !name || article;
    const tac_tok *w = &t[k];
    if (name && !article)
        return verbish(w) || (w->wflags & (TAC_LX_AUX | TAC_LX_SAY | TAC_LX_BE));
    return !(w->flags & TAC_TOK_WORD) || verbish(w) ||
           (w->wflags & (TAC_LX_PREP | TAC_LX_CONJ | TAC_LX_AUX | TAC_LX_SAY | TAC_LX_BE |
                         TAC_LX_DET | TAC_LX_RELATIVE | TAC_LX_COMPLEMENT | TAC_LX_TIME));
}

/* "Michael German said", "Monica French, a lawyer", "Great American said",
 * "Royal Dutch, which": in running text, a country adjective alone right
 * after a capitalised name word that is no actor, function word, time,
 * number or compass word, and right before a comma, a saying verb or "of",
 * is the last word of a person's or a company's name (a surname, "Royal
 * Dutch"), not the country. With an article before the two it names a
 * body ("the Supreme Soviet, the parliament"), and before a noun it stays
 * the country ("Striking Brazilian seamen"). */
static SLOW_PATH int name_demonym_slow(const tac_coder *c, uint32_t s, uint32_t e,
                                       const piece *p)
{
    const tac_tok *t = c->toks.v;
    uint32_t node;
    if (c->in_headline || !p->country || !p->adj || p->agent || p->actor || p->person ||
        p->end != p->start + 1 || p->start == s || p->end >= e)
        return 0;
    const tac_tok *prev = &t[p->start - 1], *next = &t[p->end];
    if (!name_word(prev) || (prev->flags & (TAC_TOK_HYPHEN | TAC_TOK_COMPOUND)) ||
        (prev->wflags & (TAC_LX_TIME | TAC_LX_SAY | TAC_LX_PRON_PERSON | TAC_LX_PRON_GROUP)) ||
        (prev->wclass & (TAC_LC_COMPASS | TAC_LC_NUMBER)) ||
        tac_code_actor_longest(c->dict, t, p->start - 1, e, &node) ||
        (p->start - 1 > s && (t[p->start - 2].wflags & TAC_LX_DET)))
        return 0;
    return tac_code_is_punct(next, ',') || (next->wflags & TAC_LX_SAY) || tok_is(next, "of");
}

/* Its first test inline: most pieces are no country adjective alone. */
static inline int name_demonym(const tac_coder *c, uint32_t s, uint32_t e, const piece *p)
{
    if (c->in_headline || !p->country || !p->adj || p->agent || p->actor || p->person)
        return 0;
    return name_demonym_slow(c, s, e, p);
}

/* "Stephen King criticised", "Jaime King's son", "Carole King met": in
 * running text, a one-word head-of-state title (`marker head-title`) right
 * after a capitalised name word that is no actor, title, function word,
 * time or number, with no article before that word, and that ends the
 * name (no capitalised word after it), is a surname, no head of state.
 * "Saudi King Salman", "the Zulu King said" and "King Abdullah" keep the
 * title: a state's word, an article or a name after it. A state's phrase of
 * several words ends with a word that starts no phrase of its own ("South
 * Korean President": "Korean" alone names neither Korea), so the piece
 * before the title (last) is asked too. */
static SLOW_PATH int name_title_slow(const tac_coder *c, uint32_t s, uint32_t e, const piece *p,
                                     const piece *last)
{
    const tac_tok *t = c->toks.v;
    uint32_t node;
    if (c->in_headline || !p->agent || p->country || p->actor || p->person ||
        p->end != p->start + 1 || p->start == s ||
        (last && last->end == p->start && (last->country || last->capital || last->actor)) ||
        !(t[p->start].flags & TAC_TOK_CAP))
        return 0;
    const tac_tok *prev = &t[p->start - 1];
    /* "Paul Judge", "Tony Lama", "Bilal Mufti": a title that is also a
     * surname (`marker surname-title`) after a given name of the
     * dictionaries' people or a word they and WordNet do not know; "Grand
     * Mufti", "District Judge", "Democratic Senator" keep the title */
    if (!word_class(c, &t[p->start], TAC_LC_HEAD_TITLE)) {
        if (!word_class(c, &t[p->start], TAC_LC_SURNAME_TITLE))
            return 0;
        const tac_lexword *g = prev->word ? &c->dict->lex.w[prev->word] : NULL;
        if (g ? !(g->marks & TAC_LM_GIVEN_NAME) || (g->marks & TAC_LM_AGENT_HEAD)
              : (prev->wflags & (TAC_LX_NOUN | TAC_LX_VERB)) != 0)
            return 0;
    }
    if (!name_word(prev) || (prev->flags & (TAC_TOK_HYPHEN | TAC_TOK_COMPOUND)) ||
        (prev->wflags & (TAC_LX_TIME | TAC_LX_SAY | TAC_LX_TITLE | TAC_LX_PRON_PERSON |
                         TAC_LX_PRON_GROUP)) ||
        (prev->wclass & (TAC_LC_COMPASS | TAC_LC_NUMBER)) ||
        word_class(c, prev, TAC_LC_HEAD_TITLE) ||
        tac_code_actor_longest(c->dict, t, p->start - 1, e, &node) ||
        (p->start - 1 > s && (t[p->start - 2].wflags & TAC_LX_DET)))
        return 0;
    /* the first word of the sentence is capitalised anyway ("Burger King
     * said" stays a name; "Former King" is read by `former`) */
    if (p->start - 1 == s && (prev->wflags & TAC_LX_FORMER))
        return 0;
    return p->end >= e || !name_word(&t[p->end]);
}

/* Its first test inline (lone_agent_word). */
static inline int name_title(const tac_coder *c, uint32_t s, uint32_t e, const piece *p,
                             const piece *last)
{
    if (c->in_headline || !lone_agent_word(p))
        return 0;
    return name_title_slow(c, s, e, p, last);
}

/* Whether token j closes a company's name: a company suffix in capitals
 * ("Ltd", "PLC") or the '>' of a bracketed ticker ("<STCH.L>"). */
static int company_close(const tac_tok *t, uint32_t j)
{
    return tac_code_is_punct(&t[j], '>') ||
           ((t[j].wclass & TAC_LC_CORP_SUFFIX) && (t[j].flags & TAC_TOK_CAP));
}

/* "Standard Chartered PLC <STCH.L>, London, said", "Sumitomo Bakelite Co
 * Ltd, Tokyo, Japan": a capital's or a country's name alone between
 * commas right after a company's name (company_close), or a country after
 * such a city and its comma, is where the company is, as in a business
 * dateline: it names no state. */
static int company_seat(const tac_coder *c, uint32_t s, uint32_t e, const piece *p)
{
    const tac_tok *t = c->toks.v;
    if (!(p->capital || p->country) || p->adj || p->agent || p->actor || p->person ||
        p->start < s + 2 || !tac_code_is_punct(&t[p->start - 1], ','))
        return 0;
    if (p->end < e && !tac_code_is_punct(&t[p->end], ',') && !tac_code_is_punct(&t[p->end], '.'))
        return 0;
    uint32_t j = p->start - 2;
    if (company_close(t, j))
        return 1;
    /* "..., Tokyo, Japan": the city one word before */
    return j >= s + 2 && (t[j].flags & TAC_TOK_CAP) && tac_code_is_punct(&t[j - 1], ',') &&
           company_close(t, j - 2);
}

/* Whether a town's region ("Paris, Texas", "Athens, Ga.") ends its phrase
 * at token k of the sentence ending at e: the end, a comma or a full stop,
 * or a lower-case word that is no conjunction ("Paris, Texas, police";
 * not "Paris, Texas and Oklahoma" nor a name going on). */
static int region_phrase_ends(const tac_coder *c, uint32_t e, uint32_t k)
{
    const tac_tok *t = c->toks.v;
    return k == e || tac_code_is_punct(&t[k], ',') || tac_code_is_punct(&t[k], '.') ||
           ((t[k].flags & TAC_TOK_WORD) && !(t[k].flags & TAC_TOK_CAP) &&
            !(t[k].wflags & TAC_LX_CONJ));
}

/* "Paris, Texas", "Kingstown, R.I.", "Lebanon, N.H., police": a capital's
 * or a country's name alone, then a comma and a place of another country
 * (a state, a province; `place` lines) that ends there (a comma, a full
 * stop, the sentence's end or a lower-case word after it, not "and" or
 * "or" of a list) is a town of that place's country named after the
 * state: it names no state of its own. */
static int town_in_region(const tac_coder *c, uint32_t e, const piece *p)
{
    const tac_tok *t = c->toks.v;
    const tac_aentry *own = p->capital ? p->capital : p->country;
    if (!own || p->adj || p->agent || p->actor || p->person || p->end + 2 > e ||
        !tac_code_is_punct(&t[p->end], ','))
        return 0;
    uint32_t node, end = tac_code_actor_longest(c->dict, t, p->end + 1, e, &node);
    if (!end || !place_only(c->dict, node))
        return 0;
    const tac_aentry *pl = &c->dict->aent[c->dict->actors.first[node] - 1];
    if (!pl->country[0] || strcmp(pl->country, own->country) == 0)
        return 0;
    return region_phrase_ends(c, e, end);
}

/* A US state named after a town, for the town whose name is also a famous
 * place's: "Athens, Ga.", "Lebanon, Pa.", "Paris, TX", "Birmingham, Ala.",
 * "Vancouver, Washington". */
static const tac_aentry us_state_town = {.kind = TAC_AK_PLACE, .country = "USA",
                                         .phrase = "<town, US state>"};

/* "Athens, Ga., police", "Swansea, Mass.", "Kent, Washington": a capital's,
 * a country's or a place's name alone, a comma and a word of `marker
 * us-state` (its dot after it, or a postal code in capitals) that ends
 * there (as in town_in_region) name a US town named after the famous place;
 * returns the end of the phrase, 0 if it is none. The state's word that is
 * itself a state's or its capital's name ("Georgia", "Washington") reads so
 * only after a town of another state than that one ("Tbilisi, Georgia" is
 * Georgia's), after no country's name ("Russia, Georgia, Ukraine"), and
 * where no list goes on after it ("Moscow, Washington, Beijing"). In a
 * sentence (in_sentence) a state of `place` lines after a capital or a
 * country is left to town_in_region. */
static SLOW_PATH uint32_t town_of_us_state_slow(const tac_coder *c, uint32_t e, const piece *p,
                                                int in_sentence)
{
    const tac_tok *t = c->toks.v;
    const tac_aentry *own = p->capital ? p->capital : p->country ? p->country : p->place;
    if (!own || !own->country[0] || strcmp(own->country, "USA") == 0 || p->adj || p->agent ||
        p->actor || p->person || p->end + 2 > e || !tac_code_is_punct(&t[p->end], ','))
        return 0;
    const tac_tok *w = &t[p->end + 1];
    if (!(w->flags & TAC_TOK_WORD) || !(w->flags & TAC_TOK_CAP) ||
        !(word_class(c, w, TAC_LC_US_STATE) || word_class(c, w, TAC_LC_STATE_ABBREV)))
        return 0;
    uint32_t k = p->end + 2;
    int dotted = (w->flags & TAC_TOK_ABBR) || (k < e && tac_code_is_punct(&t[k], '.'));
    /* "Ga" with no dot is a postal code only in capitals ("GA", "TX") */
    if (!dotted && w->norm_len <= 2 && !(w->flags & TAC_TOK_UPPER))
        return 0;
    if (!(w->flags & TAC_TOK_ABBR) && dotted && k + 1 < e)
        k++; /* the abbreviation's dot, unless it ends the sentence */
    uint32_t node, rend = tac_code_actor_longest(c->dict, t, p->end + 1, e, &node);
    if (rend > p->end + 2 && rend > k)
        return 0; /* "Georgia Tech", "Washington Post": a longer name */
    if (rend) {
        const tac_aentry *r = &c->dict->aent[c->dict->actors.first[node] - 1];
        /* "Tskhinvali, Georgia": a town of a state lying in Georgia
         * (`within`) is Georgia's too */
        if (strcmp(r->country, own->country) == 0 ||
            (r->country[0] && tac_dict_within(c->dict, own->country, r->country)))
            return 0;
        /* "Paris, Texas": a state of `place` lines after a capital or a
         * country is town_in_region's, which drops the town and leaves the
         * state its own piece */
        if (place_only(c->dict, node) && own != p->place && in_sentence)
            return 0;
        if (!place_only(c->dict, node) &&
            (p->country || (k + 1 < e && tac_code_is_punct(&t[k], ',') &&
                            (t[k + 1].flags & (TAC_TOK_CAP | TAC_TOK_NUM) ||
                             (t[k + 1].wflags & TAC_LX_CONJ)))))
            return 0;
    }
    return region_phrase_ends(c, e, k) ? k : 0;
}

/* Its first test inline: most pieces have no comma right after them, and
 * the call costs more than the test. */
static inline uint32_t town_of_us_state(const tac_coder *c, uint32_t e, const piece *p,
                                        int in_sentence)
{
    if (p->end + 2 > e || !tac_code_is_punct(&c->toks.v[p->end], ','))
        return 0;
    return town_of_us_state_slow(c, e, p, in_sentence);
}

/* "told a press conference", "in a press release", "a news briefing": a
 * media agent word (MED) alone, in lower case, right before a word of
 * `marker media-event` names the occasion or the paper, not the media
 * acting; "press reports said", "the Italian press" keep the agent. */
static int media_event(const tac_coder *c, uint32_t e, const piece *p)
{
    const tac_tok *t = c->toks.v;
    /* "his MSNBC debate with Clinton", "a CNN interview": a named
     * broadcaster before its show (`marker media-show`) hosts it */
    if (!p->person && !p->country && !p->capital && p->end < e &&
        word_class(c, &t[p->end], TAC_LC_MEDIA_SHOW) &&
        !(t[p->end].flags & TAC_TOK_CAP) &&
        media_piece(p) &&
        (p->actor || (t[p->start].flags & (TAC_TOK_CAP | TAC_TOK_UPPER))))
        return 1;
    return p->agent && !p->country && !p->person && !p->actor && !p->capital &&
           p->end == p->start + 1 && p->end < e && !(t[p->start].flags & TAC_TOK_CAP) &&
           (t[p->end].wclass & TAC_LC_MEDIA_EVENT) && p->agent->code &&
           strcmp(p->agent->code, "MED") == 0;
}

/* "Daraa province witnesses violent clashes", "the truce witnesses a
 * breach", "the town is witnessing fighting": a word of `marker
 * witness-verb` is the verb "to witness" (a place or a time saw an event),
 * not the witnesses who speak, when it is an -ing form, or when a noun or
 * a name is right before it (its subject; no determiner, number,
 * preposition or country adjective, which make it a noun: "the
 * witnesses", "Syrian witnesses") and its object right after it: a
 * determiner, or a word in lower case that is no verb form, no function
 * word and no verb alone ("witnesses said", "witnesses testify", "witness
 * in the trial" keep the agent). 1 if it is the verb. */
static SLOW_PATH int witness_verb_slow(const tac_coder *c, uint32_t s, uint32_t e,
                                       const piece *p, const piece *prev)
{
    const tac_tok *t = c->toks.v;
    if (!p->agent || p->country || p->person || p->actor || p->end != p->start + 1 ||
        !(t[p->start].wclass & TAC_LC_WITNESS_VERB))
        return 0;
    if (ends_with(&t[p->start], "ing"))
        return 1;
    uint32_t i = p->start;
    if (i <= s || p->end >= e)
        return 0;
    const tac_tok *b = &t[i - 1], *n = &t[p->end];
    /* "... continues and witnesses 4 explosions", "a town that witnesses
     * violent clashes": after "and" or a relative word the subject is
     * left out; the object must then be plain (determiner, number or
     * noun), never a verb ("police and witnesses said") */
    int elided = (b->wflags & (TAC_LX_CONJ | TAC_LX_RELATIVE)) && !(b->flags & TAC_TOK_CAP);
    if (!elided &&
        (!(b->flags & TAC_TOK_WORD) || (b->flags & TAC_TOK_NUM) ||
         !((b->flags & TAC_TOK_CAP) || (b->wflags & TAC_LX_NOUN)) || verbish(b) ||
         (b->wflags & (TAC_LX_DET | TAC_LX_PREP | TAC_LX_CONJ | TAC_LX_BY | TAC_LX_SAY |
                       TAC_LX_BOUNDARY | TAC_LX_RELATIVE | TAC_LX_COMPLEMENT)) ||
         (prev && prev->end == i && prev->adj)))
        return 0;
    /* "witnesses 4 explosions", "witnesses renewed clashes": a number, or
     * "renewed", "increased", "continued" before a plain lower-case word,
     * opens the object ("Kabul witnesses reported gunfire" keeps them) */
    const tac_tok *n2 = p->end + 1 < e ? &t[p->end + 1] : NULL;
    int plain2 = n2 && (n2->flags & TAC_TOK_WORD) && !(n2->flags & (TAC_TOK_CAP | TAC_TOK_NUM)) &&
                 !verbish(n2) &&
                 !(n2->wflags & (TAC_LX_PREP | TAC_LX_CONJ | TAC_LX_AUX | TAC_LX_SAY | TAC_LX_BE |
                                 TAC_LX_RELATIVE | TAC_LX_COMPLEMENT | TAC_LX_BOUNDARY | TAC_LX_BY));
    if ((n->flags & TAC_TOK_NUM) && plain2)
        return 1;
    if ((tok_is(n, "renewed") || tok_is(n, "increased") || tok_is(n, "continued")) && plain2)
        return 1;
    if (!(n->flags & TAC_TOK_WORD))
        return 0;
    if (n->wflags & TAC_LX_DET)
        return 1;
    return !(n->flags & (TAC_TOK_CAP | TAC_TOK_NUM)) && !verbish(n) &&
           ((n->wflags & TAC_LX_NOUN) || !(n->wflags & TAC_LX_VERB)) &&
           !(n->wflags & (TAC_LX_PREP | TAC_LX_CONJ | TAC_LX_AUX | TAC_LX_SAY | TAC_LX_BE |
                          TAC_LX_RELATIVE | TAC_LX_COMPLEMENT | TAC_LX_NEGATION | TAC_LX_ADVERB |
                          TAC_LX_BOUNDARY | TAC_LX_BY | TAC_LX_TIME | TAC_LX_PRON_PERSON |
                          TAC_LX_PRON_GROUP));
}

/* Its first test inline (lone_agent_word). */
static inline int witness_verb(const tac_coder *c, uint32_t s, uint32_t e, const piece *p,
                               const piece *prev)
{
    if (!lone_agent_word(p))
        return 0;
    return witness_verb_slow(c, s, e, p, prev);
}

/* the most tokens a bracketed company name of the markup may hold */
#define MARKUP_NAME_TOKENS 12

static int bus_entry(const tac_aentry *a)
{
    return a && a->code && strstr(a->code, "BUS") != NULL;
}

/* Whether the markup's brackets at open and close hold a stock ticker: one
 * word in capitals or of one capital letter ("<SO>", "<U>", "<TPN.PA>")
 * right after a capitalised name, its possessive ("Southern Co's <SO>")
 * or a bracketed short name ("Compagnie Francaise des Petroles (Total)
 * <TPN.PA>"). */
static int markup_ticker(const tac_tok *t, uint32_t s, uint32_t open, uint32_t close)
{
    const tac_tok *w = &t[open + 1];
    return close == open + 2 && open > s && (w->flags & TAC_TOK_WORD) &&
           ((w->flags & TAC_TOK_UPPER) || (w->norm_len == 1 && (w->flags & TAC_TOK_CAP))) &&
           (((t[open - 1].flags & TAC_TOK_WORD) && (t[open - 1].flags & TAC_TOK_CAP)) ||
            (t[open - 1].flags & TAC_TOK_POSS) || tac_code_is_punct(&t[open - 1], ')'));
}

/* "Chrysler Corp <C> said", "<Saudi Cairo Bank> said", "<Union Texas
 * Petroleum Co>": Reuters-style markup puts a company's stock ticker, or
 * the whole name of a company it lists no ticker for, between angle
 * brackets. A ticker (one word in capitals, bracketed right after a
 * capitalised name) is no actor; inside a bracketed name a phrase that
 * covers only part of it names no actor of its own unless it is a
 * company (BUS): "Saudi" in "<Saudi Cairo Bank>", "Union" in "<Union
 * Texas Petroleum Co>" are parts of a company's name, while "<Royal Bank
 * of Canada>" and "Manhattan Bank" in "<Chase Manhattan Bank N.A.>" stay
 * companies, and so does a place after a company word and "of" ("<Bank
 * of Nova Scotia>"). prev is the piece before p, or NULL. Returns 1 when
 * the piece p names no actor. */
static SLOW_PATH int markup_name_slow(const tac_coder *c, uint32_t s, uint32_t e,
                                      const piece *p, const piece *prev)
{
    const tac_tok *t = c->toks.v;
    uint32_t b = p->start, k = p->end;
    if (c->no_angle) /* no bracket to look for (most texts) */
        return 0;
    while (b > s && b + MARKUP_NAME_TOKENS > p->start && !tac_code_is_punct(&t[b - 1], '<') &&
           !tac_code_is_punct(&t[b - 1], '>'))
        b--;
    if (b == s || !tac_code_is_punct(&t[b - 1], '<'))
        return 0;
    while (k < e && k < p->end + MARKUP_NAME_TOKENS && !tac_code_is_punct(&t[k], '>') &&
           !tac_code_is_punct(&t[k], '<'))
        k++;
    if (k >= e || !tac_code_is_punct(&t[k], '>'))
        return 0;
    if (b == p->start && k == p->end)
        return markup_ticker(t, s, b - 1, k);
    /* "<Bank of Nova Scotia>": a company word, "of" and a place name the
     * company's home */
    if (prev && prev->end + 1 == p->start && p->start > b && tok_is(&t[p->start - 1], "of") &&
        (bus_entry(prev->agent) || bus_entry(prev->actor)) && !prev->country)
        return 0;
    return !bus_entry(p->agent) && !bus_entry(p->actor);
}

/* Its first test inline: most texts have no markup. */
static inline int markup_name(const tac_coder *c, uint32_t s, uint32_t e, const piece *p,
                              const piece *prev)
{
    if (c->no_angle)
        return 0;
    return markup_name_slow(c, s, e, p, prev);
}

/* The company a bracketed name of the markup names when no dictionary
 * phrase inside it does: a business agent of no country. */
static const tac_aentry markup_company_agent = {.kind = TAC_AK_AGENT, .code = "BUS",
                                                .phrase = "<company>"};

/* "<British Caledonian Airways> said", "<Henkel KGaA> of Dusseldorf
 * agreed": the markup's bracketed name (tokens open + 1 .. close - 1, a
 * capitalised word first) is a company, when no phrase inside it is left
 * as an actor (prev, the last piece, ends before the bracket) and it is
 * no ticker. */
static int markup_company(const tac_coder *c, uint32_t s, uint32_t open, uint32_t close,
                          const piece *prev)
{
    const tac_tok *t = c->toks.v;
    if (close <= open + 1 || close > open + MARKUP_NAME_TOKENS ||
        !(t[open + 1].flags & TAC_TOK_WORD) || !(t[open + 1].flags & TAC_TOK_CAP) ||
        (prev && prev->end > open))
        return 0;
    return !markup_ticker(t, s, open, close);
}

/* the most plain words place_company passes over between a place and a
 * business word ("Tokyo Stock Exchange") */
#define PLACE_COMPANY_GAP 2

/* "Morgan Guaranty (Switzerland) AG", "Nomura Securities (Japan) Ltd": a
 * state's or capital's name alone in brackets between a capitalised name
 * word and a capitalised word names a company's branch, as a region there
 * does ("Nikko Securities (Europe) Ltd"): part of the company's name, no
 * actor. */
static int bracketed_branch(const tac_coder *c, uint32_t s, uint32_t e, const piece *p)
{
    const tac_tok *t = c->toks.v;
    if (!(p->country || p->capital) || p->agent || p->actor || p->person ||
        p->start < s + 2 || p->end + 1 >= e)
        return 0;
    return tac_code_is_punct(&t[p->start - 1], '(') && tac_code_is_punct(&t[p->end], ')') &&
           (t[p->end + 1].flags & TAC_TOK_CAP) && (t[p->end + 1].flags & TAC_TOK_WORD) &&
           name_word(&t[p->start - 2]);
}

/* "(USA Today) He vowed ...", "(Reuters) -", "WASHINGTON (AP) --": a news
 * medium in parentheses that open the sentence (after a dateline in
 * capitals at most, and "The" inside) credits the story; it is no actor of
 * it, and a pronoun subject after it must not fall back on it. */
static int media_credit(const tac_coder *c, uint32_t s, uint32_t e, const piece *p)
{
    const tac_tok *t = c->toks.v;
    if (p->person || p->country || p->capital || p->end >= e || p->start <= s ||
        !tac_code_is_punct(&t[p->end], ')') ||
        !media_piece(p))
        return 0;
    uint32_t open = p->start - 1;
    if (open > s && (t[open].wflags & TAC_LX_DET))
        open--;
    if (!tac_code_is_punct(&t[open], '('))
        return 0;
    for (uint32_t j = s; j < open; j++)
        if (!(t[j].flags & TAC_TOK_UPPER))
            return 0;
    return 1;
}

/* "Israel G. Grossman", "Jordan B. Peterson": a state's name right
 * before a middle initial (one capital letter and a full stop) and a
 * capitalised word is a person's first name, no actor. */
static int first_name_state(const tac_coder *c, uint32_t e, const piece *p)
{
    const tac_tok *t = c->toks.v;
    if (!p->country || p->adj || p->agent || p->actor || p->person || p->capital ||
        p->end + 1 >= e || c->in_headline)
        return 0;
    const tac_tok *w = &t[p->end];
    return w->norm_len == 2 && w->norm[1] == '.' && w->norm[0] >= 'a' && w->norm[0] <= 'z' &&
           (w->flags & TAC_TOK_CAP) && (t[p->end + 1].flags & TAC_TOK_CAP) &&
           (t[p->end + 1].flags & TAC_TOK_WORD);
}

/* "Sydney Sweeney said", "Jordan Peterson criticised", "Virginia Raggi":
 * a place's one-word name that is also a given name (`marker
 * given-name-place`: state, capital or town; no demonym) right before a
 * capitalised word that is no common word (no WordNet noun or verb, no
 * marker word; the names in the dictionaries are in the vocabulary too), that opens no actor phrase
 * and is no short name of the document, is a person's given name before
 * a surname, not the place. A word the vocabulary knows keeps the place
 * ("Jordan Valley", "Lima Group"), as does a place ("Georgia Tbilisi"
 * datelines), a person ("Israel Katz"), a hyphen compound ("Paris
 * Saint-Germain") and a word in capitals. Only in mixed-case text
 * outside headlines: in capitals, in lower case and in title-case
 * headlines a capital tells no name. A list, not every place: before an
 * unknown capitalised word most places open a company's or a body's
 * name ("Tokyo Sogo", "Thailand Smelting", "London Interbank"), which
 * the vocabulary does not hold either. */
static int given_name_place(const tac_coder *c, uint32_t e, const piece *p)
{
    const tac_tok *t = c->toks.v;
    if (!(p->country || p->capital || p->place) || p->adj || p->agent || p->actor ||
        p->person || p->end != p->start + 1 || p->end >= e || c->in_headline)
        return 0;
    const tac_tok *f = &t[p->start], *w = &t[p->end];
    if (!form_class(c, f, TAC_LC_GIVEN_NAME_PLACE) || !(f->flags & TAC_TOK_CAP) || (f->flags & (TAC_TOK_UPPER | TAC_TOK_POSS)) ||
        !(w->flags & TAC_TOK_CAP) || !(w->flags & TAC_TOK_WORD) ||
        (w->flags & (TAC_TOK_UPPER | TAC_TOK_NUM | TAC_TOK_HYPHEN | TAC_TOK_COMPOUND |
                     TAC_TOK_ABBR)) ||
        (w->wflags & (TAC_LX_NOUN | TAC_LX_VERB | TAC_LX_MARKER_FLAGS)) || w->norm_len < 3 ||
        !letters_only(w) || find_alias(c, w))
        return 0;
    /* a capitalised noun after the word names a body ("the Georgia
     * Municipal Association": WordNet holds no adjectives to tell) */
    if (p->end + 1 < e && (t[p->end + 1].flags & TAC_TOK_CAP) &&
        (t[p->end + 1].wflags & TAC_LX_NOUN) && !(t[p->end + 1].flags & TAC_TOK_UPPER))
        return 0;
    uint32_t node;
    return tac_code_actor_longest(c->dict, t, p->end, e, &node) == 0;
}

/* The company a place's name opens: a business agent of no country. */
static const tac_aentry place_company_agent = {.kind = TAC_AK_AGENT, .code = "BUS",
                                               .phrase = "<company>"};

/* "London Exchange reports", "BRITISH AIRWAYS TO FLY", "the Tokyo
 * Stock Exchange": a state's name, adjective or capital (no possessive),
 * then a capitalised business word (`marker corp-suffix`: Exchange,
 * Holdings, Airways, Corp ...), directly or after one or two capitalised
 * plain words (no function word, word that may be a verb, time, compass
 * word, number or actor), is a company's name: the place is part of the name, the whole
 * a company (BUS) of no country, as "Union" or a demonym inside a
 * bracketed company name is. Works in headlines too, where every word is
 * capitalised: a verb or a function word ends the run. Returns the end of
 * the name, or 0. */
static SLOW_PATH uint32_t place_company_slow(const tac_coder *c, uint32_t e, const piece *p)
{
    const tac_tok *t = c->toks.v;
    if (!(p->country || p->capital) || p->agent || p->actor || p->person || p->end >= e ||
        (t[p->end - 1].flags & TAC_TOK_POSS) || !(t[p->start].flags & TAC_TOK_CAP))
        return 0;
    uint32_t node;
    for (uint32_t k = p->end; k < e && k <= p->end + PLACE_COMPANY_GAP; k++) {
        const tac_tok *w = &t[k];
        if (!(w->flags & TAC_TOK_WORD) || !(w->flags & TAC_TOK_CAP) ||
            (w->flags & (TAC_TOK_NUM | TAC_TOK_HYPHEN | TAC_TOK_COMPOUND)))
            return 0;
        if ((w->wclass & TAC_LC_CORP_SUFFIX) && !(w->flags & TAC_TOK_POSS) &&
            tac_code_actor_longest(c->dict, t, k, e, &node) == 0)
            return k + 1;
        /* a word that may be a verb ends the run ("ITALIAN PANEL URGES
         * EXCHANGE LIBERALIZATION"), unless it names what is traded
         * ("Stock") */
        if (verbish(w) || (w->flags & TAC_TOK_POSS) || (w->wclass & TAC_LC_COMPASS) ||
            ((w->wflags & TAC_LX_VERB) && !(w->wclass & TAC_LC_TRADED)) ||
            (w->wflags & (TAC_LX_PREP | TAC_LX_CONJ | TAC_LX_AUX | TAC_LX_SAY | TAC_LX_BE |
                          TAC_LX_DET | TAC_LX_RELATIVE | TAC_LX_COMPLEMENT | TAC_LX_TIME |
                          TAC_LX_BOUNDARY | TAC_LX_NEGATION | TAC_LX_PRON_PERSON |
                          TAC_LX_PRON_GROUP)) ||
            tac_code_actor_longest(c->dict, t, k, e, &node))
            return 0;
    }
    return 0;
}

/* Its first test inline: most pieces are no bare place. */
static inline uint32_t place_company(const tac_coder *c, uint32_t e, const piece *p)
{
    if (!(p->country || p->capital) || p->agent || p->actor || p->person)
        return 0;
    return place_company_slow(c, e, p);
}

/* Whether an agent phrase of no country, actor or person starts at i: a
 * title ("Vice Minister", "officials"). */
static int title_at(const tac_coder *c, uint32_t i, uint32_t e)
{
    uint32_t node;
    piece q;
    if (!tac_code_actor_longest(c->dict, c->toks.v, i, e, &node))
        return 0;
    memset(&q, 0, sizeof q);
    piece_from_node(c->dict, node, &q, c->date);
    return q.agent && !q.country && !q.actor && !q.person && !q.capital && !q.place;
}

/* Whether the story names country cc: its dateline's or one of the first
 * two countries its sentences before named. */
static int story_names(const tac_coder *c, const char *cc)
{
    return (c->story_first[0] && !memcmp(c->story_first, cc, 3)) ||
           (c->story_ccs >= 1 && !memcmp(c->story_cc, cc, 3)) ||
           (c->story_ccs >= 2 && !memcmp(c->story_second, cc, 3));
}

/* "King Abdullah" in 2010: a person's phrase that two people of two
 * states hold on the date (Jordan's and Saudi Arabia's kings). The one
 * whose state the story named is meant; when the story names neither or
 * both, no state decides and the phrase keeps only the role of its first
 * word's title ("King": GOV), if it is one; else it stays as read. p was
 * read from node, the phrase [i, end). */
static void shared_person(const tac_coder *c, uint32_t node, uint32_t i, uint32_t end, piece *p)
{
    const tac_dict *d = c->dict;
    const tac_aentry *first = NULL, *chosen = NULL;
    int other = 0, chosen_n = 0;
    for (uint32_t k = d->actors.first[node]; k; k = d->aent[k - 1].next) {
        const tac_aentry *a = &d->aent[k - 1];
        if (a->kind != TAC_AK_PERSON || !tac_dict_in_office(a, c->date))
            continue;
        if (!first)
            first = a;
        else if (memcmp(first->country, a->country, 3) != 0)
            other = 1;
        if (story_names(c, a->country) && (!chosen || memcmp(chosen->country, a->country, 3))) {
            chosen = a;
            chosen_n++;
        }
    }
    if (!other)
        return;
    if (chosen_n == 1) {
        p->person = chosen;
        return;
    }
    uint32_t n1;
    piece q;
    memset(&q, 0, sizeof q);
    if (end > i + 1 && tac_code_actor_longest(d, c->toks.v, i, i + 1, &n1) == i + 1) {
        piece_from_node(d, n1, &q, c->date);
        if (q.agent && !q.country && !q.actor && !q.person) {
            p->person = NULL;
            p->agent = q.agent;
        }
    }
}

/* "NPA": an actor's phrase that lines of two states name (the
 * Philippines' New People's Army, South Africa's National Prosecuting
 * Authority), both in force on the date. The one whose state the story
 * named is meant; when the story names neither or both, the first line
 * stays, as before. */
static void shared_actor(const tac_coder *c, uint32_t node, piece *p)
{
    const tac_dict *d = c->dict;
    const tac_aentry *chosen = NULL;
    int other = 0, chosen_n = 0;
    for (uint32_t k = d->actors.first[node]; k; k = d->aent[k - 1].next) {
        const tac_aentry *a = &d->aent[k - 1];
        if (a->kind != TAC_AK_ACTOR || !a->country[0] ||
            !(a->tb || tac_dict_in_office(a, c->date)))
            continue;
        if (memcmp(p->actor->country, a->country, 3) != 0)
            other = 1;
        if (story_names(c, a->country) && (!chosen || memcmp(chosen->country, a->country, 3))) {
            chosen = a;
            chosen_n++;
        }
    }
    if (other && chosen_n == 1)
        p->actor = chosen;
}

/* Whether token i is a company suffix in mixed case that opens no phrase
 * ("Co", "Co.", "Cos", "Holdings", "Industries"; not "CO", Colorado in
 * capitals) right after capitalised words: returns where the name starts,
 * or i when it is none. A sentence starter, a function word or lower-case
 * word ("Smith and Co", "the Co") ends the walk back. */
static uint32_t company_suffix_name(const tac_coder *c, uint32_t s, uint32_t i)
{
    const tac_tok *t = c->toks.v;
    if (i == s || !(t[i].flags & TAC_TOK_CAP) || (t[i].flags & TAC_TOK_UPPER) ||
        !corp_suffix_tok(&t[i], 1))
        return i;
    uint32_t b = i;
    while (b > s && b + CORP_NAME_WORDS > i && (t[b - 1].flags & TAC_TOK_CAP) &&
           (t[b - 1].flags & TAC_TOK_WORD) &&
           !(t[b - 1].flags & (TAC_TOK_UPPER | TAC_TOK_NUM | TAC_TOK_POSS)) &&
           !corp_suffix_tok(&t[b - 1], 0) &&
           !(t[b - 1].wflags & (TAC_LX_STARTER | TAC_LX_DET | TAC_LX_PREP | TAC_LX_CONJ |
                                TAC_LX_SAY | TAC_LX_PRON_PERSON | TAC_LX_PRON_GROUP)))
        b--;
    /* "Bank of New York Co", "Merrill Lynch and Co": the name goes on
     * across the function word, past what this rule reads */
    if (b < i && b > s && (t[b - 1].flags & TAC_TOK_WORD) && !(t[b - 1].flags & TAC_TOK_CAP) &&
        (tok_is(&t[b - 1], "of") || tok_is(&t[b - 1], "and") || tok_is(&t[b - 1], "&")))
        return i;
    return b;
}

/* "Ford Canada said", "Shell Canada said": one capitalised word that is
 * no function, time or title word and opens no phrase (nor follows another
 * capitalised word), right before a state's name that a saying verb
 * follows, is a company's branch in that state: the state is the
 * company's home (CANBUS), not the state acting. Not in headlines, where
 * every word is capitalised. */
static int company_branch(const tac_coder *c, uint32_t s, uint32_t e, const piece *p,
                          const piece *last)
{
    const tac_tok *t = c->toks.v;
    uint32_t node;
    if (c->in_headline || !p->country || p->adj || p->agent || p->actor || p->person ||
        p->capital || p->start == s || p->end >= e || !(t[p->end].wflags & TAC_LX_SAY) ||
        (t[p->end - 1].flags & TAC_TOK_POSS) || (last && last->end >= p->start))
        return 0;
    const tac_tok *w = &t[p->start - 1];
    if (!(w->flags & TAC_TOK_WORD) || !(w->flags & TAC_TOK_CAP) ||
        (w->flags & (TAC_TOK_UPPER | TAC_TOK_NUM | TAC_TOK_HYPHEN | TAC_TOK_COMPOUND |
                     TAC_TOK_POSS)) ||
        (w->wclass & (TAC_LC_COMPASS | TAC_LC_NUMBER)) ||
        (w->wflags & (TAC_LX_STARTER | TAC_LX_DET | TAC_LX_PREP | TAC_LX_CONJ | TAC_LX_ADVERB |
                      TAC_LX_TIME | TAC_LX_SAY | TAC_LX_TITLE | TAC_LX_BOUNDARY | TAC_LX_AUX |
                      TAC_LX_BE | TAC_LX_PRON_PERSON | TAC_LX_PRON_GROUP | TAC_LX_COMPLEMENT |
                      TAC_LX_RELATIVE | TAC_LX_NEGATION | TAC_LX_MEMBER | TAC_LX_ABBREV)) ||
        tac_code_actor_longest(c->dict, t, p->start - 1, e, &node))
        return 0;
    /* "Visiting Canada", "Following Canada": a verb form, no company
     * ("King Canada" may be one) */
    if (w->norm_len > 4 && ends_with(w, "ing"))
        return 0;
    return p->start - 1 == s || !(t[p->start - 2].flags & TAC_TOK_CAP) ||
           !(t[p->start - 2].flags & TAC_TOK_WORD);
}

/* "the west bank of the Dnipro", "the gold coast of Kenya": a place's
 * name of several words [i, end) that are all common words of the
 * vocabulary, all written in lower case in a sentence with capitals
 * past its first word, is those words, not the place ("the West Bank"):
 * mixed-case text capitalises a place's name. In lower-cased text (no
 * capital past the first word) it is still the place. */
static int common_word_place(const tac_coder *c, uint32_t s, uint32_t e, uint32_t i,
                             uint32_t end)
{
    const tac_tok *t = c->toks.v;
    /* (not after "the" inside the name, "the emirate": a generic alias
     * the dictionaries write in lower case) */
    for (uint32_t j = i; j < end; j++) {
        uint32_t node;
        if (!(t[j].flags & TAC_TOK_WORD) ||
            (t[j].flags & (TAC_TOK_CAP | TAC_TOK_HYPHEN | TAC_TOK_COMPOUND)) ||
            !(t[j].word || t[j].lemma) || (t[j].wflags & TAC_LX_DET))
            return 0;
        /* a word that names a place alone is no common word ("mexico
         * city" is Mexico City however written) */
        if (tac_code_actor_longest(c->dict, t, j, j + 1, &node)) {
            piece q;
            memset(&q, 0, sizeof q);
            piece_from_node(c->dict, node, &q, c->date);
            if (q.country || q.capital || q.place)
                return 0;
        }
    }
    for (uint32_t j = s + 1; j < e; j++)
        if ((t[j].flags & TAC_TOK_CAP) && (t[j].flags & TAC_TOK_WORD) &&
            !(t[j].flags & TAC_TOK_UPPER))
            return 1;
    return 0;
}

static size_t scan_pieces(tac_coder *c, uint32_t s, uint32_t e, piece *pieces)
{
    const tac_tok *t = c->toks.v;
    size_t np = 0;
    uint32_t open = UINT32_MAX; /* the markup's last '<' */
    int caps = caps_headline(c, s, e);
    for (uint32_t i = s; i < e && np < MAX_PIECES_SENT;) {
        piece p; /* zeroed only before a piece is made: most tokens make none */
        uint32_t node;
        uint32_t end = tac_code_actor_longest(c->dict, t, i, e, &node);
        /* a person's short name in this document ("Kerman criticized" after
         * "envoy Ali Kerman") is the person, though a town has the name */
        if (end == i + 1 && c->n_aliases && !c->opt.no_coref && place_only(c->dict, node) &&
            find_alias(c, &t[i]))
            end = 0;
        /* a phrase whose only lines are dated actors out of force on the
         * date ("Meta" before the company took the name) is no phrase: its
         * word may still be a surname */
        if (end) {
            memset(&p, 0, sizeof p);
            piece_from_node(c->dict, node, &p, c->date);
            if (p.person && !p.agent && !p.actor)
                shared_person(c, node, i, end, &p);
            /* (only a phrase of several lines can be shared: most have one) */
            if (p.actor && p.actor->country[0] && !p.actor->tb &&
                c->dict->aent[c->dict->actors.first[node] - 1].next)
                shared_actor(c, node, &p);
            if (!p.country && !p.agent && !p.actor && !p.person && !p.capital && !p.place)
                end = 0;
            /* "the Emirates News Agency", "the Emirates Red Crescent": a
             * country's name that opens with its article ("The Emirates")
             * gives way to a longer name at the word after the article, as
             * a region's does ("the West Bank", region_reading) */
            uint32_t n2;
            if (end > i + 1 && (t[i].wflags & TAC_LX_DET) && p.country && !p.agent &&
                !p.actor && !p.person && tac_code_actor_longest(c->dict, t, i + 1, e, &n2) > end) {
                i++;
                continue;
            }
            /* (its words are skipped whole: "bank" alone is no bank here) */
            if (end > i + 1 && !p.agent && !p.actor && !p.person &&
                common_word_place(c, s, e, i, end)) {
                i = end;
                continue;
            }
        }
        if (end) {
            if (actor_piece(c, s, e, i, end, np ? &pieces[np - 1] : NULL, &p, &i)) {
                /* "Woolworth Holdings Plc", "General Motors Corp": capitalised
                 * words before a company suffix (`marker corp-suffix`) name
                 * the company, whatever their own words would read as
                 * ("General" is no general there) */
                if (p.agent && p.end == p.start + 1 && (t[p.start].wclass & TAC_LC_CORP_SUFFIX) &&
                    (t[p.start].flags & TAC_TOK_CAP)) {
                    uint32_t b = p.start;
                    while (b > s && b + CORP_NAME_WORDS > p.start &&
                           (t[b - 1].flags & TAC_TOK_CAP) && (t[b - 1].flags & TAC_TOK_WORD) &&
                           !(t[b - 1].wflags & TAC_LX_STARTER))
                        b--;
                    while (np && pieces[np - 1].start >= b)
                        np--;
                    p.start = b;
                }
                uint32_t us = town_of_us_state(c, e, &p, 1);
                if (us) {
                    p.end = i = us;
                    p.country = p.capital = NULL;
                    p.place = &us_state_town;
                }
                uint32_t co = place_company(c, e, &p);
                if (co) {
                    p.end = i = co;
                    p.country = p.capital = p.place = NULL;
                    p.adj = 0;
                    p.agent = &place_company_agent;
                }
                if (company_branch(c, s, e, &p, np ? &pieces[np - 1] : NULL) &&
                    np + 1 < MAX_PIECES_SENT) {
                    /* "Ford Canada said": the company's word and the
                     * state's, side by side, compose as "Canadian firm" */
                    piece h = p;
                    h.start = p.start - 1;
                    h.end = p.start;
                    pieces[np++] = h;
                    memset(&h, 0, sizeof h);
                    h.start = p.start;
                    h.end = p.end;
                    h.agent = &place_company_agent;
                    pieces[np++] = h;
                    continue;
                }
                if (org_title(c, s, e, &p, np ? &pieces[np - 1] : NULL) ||
                    adjective_sense(c, e, &p) || verb_or_stance(c, s, e, &p) ||
                    nationality_adjective(c, e, &p, np ? &pieces[np - 1] : NULL) ||
                    bare_officer(c, s, &p, pieces, np) ||
                    name_head(c, s, e, &p) ||
                    market_head(c, s, e, &p) || traded_demonym(c, e, &p) ||
                    bracketed_branch(c, s, e, &p) || media_credit(c, s, e, &p) ||
                    first_name_state(c, e, &p) || given_name_place(c, e, &p) ||
                    markup_name(c, s, e, &p, np ? &pieces[np - 1] : NULL) ||
                    media_event(c, e, &p) || town_in_region(c, e, &p) || company_seat(c, s, e, &p) ||
                    name_demonym(c, s, e, &p) ||
                    name_title(c, s, e, &p, np ? &pieces[np - 1] : NULL) ||
                    witness_verb(c, s, e, &p, np ? &pieces[np - 1] : NULL))
                    continue;
                /* "Ministry of International Trade and Industry (MITI) Vice
                 * Minister Makoto Kuroda": a bracketed short name right
                 * after the name of the same actor repeats it; the bracket
                 * joins the name, so a title after it composes with it
                 * (with no title after it, the two stay apart: "ministers of
                 * the Gulf Cooperation Council (GCC)" reads the bracket) */
                if (np && p.actor && pieces[np - 1].actor && !pieces[np - 1].person &&
                    pieces[np - 1].end + 1 == p.start && p.end + 1 < e &&
                    tac_code_is_punct(&t[p.start - 1], '(') && tac_code_is_punct(&t[p.end], ')') &&
                    strcmp(pieces[np - 1].actor->code, p.actor->code) == 0 &&
                    title_at(c, p.end + 1, e)) {
                    pieces[np - 1].end = p.end + 1;
                    if (i < p.end + 1)
                        i = p.end + 1;
                    continue;
                }
                /* "talks with Deputy U.S. Trade Representative Michael
                 * Smith": a lone capitalised rank or member word right
                 * before a state's name or adjective that a title follows
                 * only ranks that title's holder, as it does right before
                 * the title ("deputy police chief"); it names no legislator
                 * or official of its own, and opens the state's phrase */
                if (np && lone_member(t, &pieces[np - 1]) && pieces[np - 1].end == p.start &&
                    (t[pieces[np - 1].start].flags & TAC_TOK_CAP) &&
                    !(t[pieces[np - 1].start].flags & TAC_TOK_UPPER) && (p.country || p.capital) &&
                    !p.person && !p.actor && !p.agent && title_at(c, p.end, e))
                    p.start = pieces[--np].start;
                pieces[np++] = p;
            }
            continue;
        }
        /* "Consumers Power Co said", "Pacific Gas Holdings": capitalised
         * words right before a company suffix that is no agent phrase ("Co",
         * "Cos", or a business word of `marker corp-suffix`) name the
         * company, whatever agent or state their own words would read as
         * ("Consumers" is no civilians, "Army Navy" no military): the whole
         * is a business of no country, as with "Corp" and "Inc" above. Only
         * a name holding such a phrase becomes one: "Co" is also an
         * abbreviation (Colorado, county), so a name of plain words is left
         * as it was. */
        {
            uint32_t co = company_suffix_name(c, s, i);
            /* a named body right before the suffix is the company itself
             * ("New York Times Co", "Union Carbide Corp") and keeps its code */
            if (co < i && np && pieces[np - 1].start >= co &&
                !(pieces[np - 1].end == i && pieces[np - 1].actor && !pieces[np - 1].person)) {
                /* the company's home is a business actor's among its words
                 * ("Texaco Pipeline Co" is Texaco's, USABUS), else a state's
                 * name or adjective's ("Iraq National Oil Co" → IRQBUS); a
                 * capital gives none, as in place_company */
                const piece *biz = NULL, *home = NULL;
                while (np && pieces[np - 1].start >= co) {
                    const piece *q = &pieces[--np];
                    if (q->actor && !q->person && strstr(q->actor->code, "BUS"))
                        biz = q;
                    else if (q->country && !q->agent && !q->actor && !q->person)
                        home = q;
                }
                if (biz) {
                    p = *biz;
                } else {
                    memset(&p, 0, sizeof p);
                    p.agent = &place_company_agent;
                }
                if (!biz && home) {
                    /* the state's word and the company's, side by side,
                     * compose as "Iraqi oil company" does */
                    piece h = *home;
                    h.start = co;
                    pieces[np++] = h;
                    co = h.end;
                }
                p.start = co;
                p.end = i = i + 1;
                pieces[np++] = p;
                continue;
            }
        }
        if (c->no_angle) {
            /* no markup: no '<' to open a bracketed name */
        } else if (tac_code_is_punct(&t[i], '<')) {
            open = i;
        } else if (tac_code_is_punct(&t[i], '>') && open != UINT32_MAX) {
            if (markup_company(c, s, open, i, np ? &pieces[np - 1] : NULL)) {
                memset(&p, 0, sizeof p);
                p.start = open + 1;
                p.end = i;
                p.agent = &markup_company_agent;
                pieces[np++] = p;
            }
            open = UINT32_MAX;
        }
        if (!c->opt.no_coref && act_owner(c, s, e, i)) {
            memset(&p, 0, sizeof p);
            p.start = i;
            p.end = i + 1;
            p.pronoun = 4;
            pieces[np++] = p;
            i++;
            continue;
        }
        if (!c->opt.no_coref &&
            ((t[i].wflags & (TAC_LX_PRON_PERSON | TAC_LX_PRON_GROUP)) ||
             (i == s && tok_is(&t[i], "it")) ||
             (name_word_in(&t[i], caps) && name_alone(c, e, i, caps)))) {
            memset(&p, 0, sizeof p);
            if (word_piece(c, s, e, i, pieces, np, &p, caps))
                pieces[np++] = p;
        } else if (!c->opt.no_coref && !caps && !c->in_headline && i + 1 < e &&
                   mother_surname(c, e, i)) {
            /* "Berger Perdomo", "Fernández Reyna": the surname of a person
             * of a state of double surnames, then a capitalised word no
             * dictionary and not WordNet knows that ends the name, is that
             * person with the mother's surname */
            memset(&p, 0, sizeof p);
            if (word_piece(c, s, e, i, pieces, np, &p, caps) && p.person &&
                tac_dict_double_surname(p.person->country) &&
                tac_dict_in_office(p.person, c->date)) {
                p.end = i + 2;
                pieces[np++] = p;
                i++;
            }
        }
        i++;
    }
    return np;
}

/* ---- mentions: composing pieces ------------------------------------- */

/* A mention being composed from the pieces that start at p. */
typedef struct mbuild {
    mention m;
    const piece *p;     /* its first piece */
    int named;          /* a person or a named body */
    int people;         /* a people (ethnic group, faith) named without a country */
    int region;         /* a region: roles join it, it takes no country */
    int replace_agents; /* "president of the Kenyan parliament": the agent
                         * after the country replaces the title's */
    int rank_only;      /* the agents so far come from one rank or member
                         * word alone ("deputy", "Kenyan deputy") */
} mbuild;

/* "forces loyal to Gaddafi", "supporters of Mohamed Morsi": b's agent is
 * bound to the person or body in the pieces from *k2 (bound: "loyal to",
 * "affiliated with", "allied with"; else "of"). Takes their country, or
 * codes as the body, and moves *k2 past them. Returns -1 on out of
 * memory, else 0 (the mention ends here either way). */
static int bind_to(tac_coder *c, const piece *pieces, size_t np, size_t *k2, int bound,
                   mbuild *b)
{
    const char *cc = NULL;
    const tac_aentry *body = NULL; /* a named body, no person */
    int has_person = 0;
    size_t k3 = *k2;
    uint32_t end = pieces[*k2].start;
    for (; k3 < np && pieces[k3].start == end && !pieces[k3].pronoun && !pieces[k3].alias;
         k3++) {
        const piece *r = &pieces[k3];
        has_person |= r->person != NULL;
        if (r->actor && !r->person && !body)
            body = r->actor;
        const char *rc = r->person    ? r->person->country
                         : r->actor   ? r->actor->country
                         : r->country ? r->country->country
                         : r->capital ? r->capital->country
                         : r->place   ? r->place->country
                                      : NULL;
        if (!cc && rc && rc[0])
            cc = rc;
        end = r->end;
    }
    /* "workers affiliated with the CITU", "fighters loyal to Hamas": bound
     * to an organisation, the agent acts for it and codes as it, as a
     * member does ("members of Hamas") */
    if (bound && body && !has_person && !people_group(body)) {
        if (set_actor(c, &b->m, body) < 0)
            return -1;
        b->named = 1;
    } else if (cc) {
        memcpy(b->m.country, cc, 4);
    } else {
        return 0;
    }
    b->m.end = end;
    *k2 = k3;
    return 0;
}

/* The antecedent of "them" or "it" bound to by armed men in sentence s
 * ("members of the regime forces and militiamen loyal to them"): the
 * mention found last, when it ends before token at, inside the sentence,
 * and is of a state role and no other; else NULL. */
static const mention *state_antecedent(const tac_coder *c, uint32_t s, uint32_t at)
{
    const mention *a = c->n_ments ? &c->ments[c->n_ments - 1] : NULL;
    if (!a || a->start < s || a->end > at || !tac_code_state_side(a) || nonstate_side(a))
        return NULL;
    return a;
}

/* Armed men bound to a state fight for it: m becomes a paramilitary (MIL)
 * of country cc (NULL or empty: m's own country stays), ending at end. */
static void make_militia(mention *m, const char *cc, uint32_t end)
{
    m->n_agents = 0;
    m->agents[m->n_agents++] = "MIL";
    if (cc && cc[0])
        memcpy(m->country, cc, 4);
    m->code = NULL;
    m->end = end;
}

/* "militiamen loyal to the regime", "gunmen loyal to them" (after "members
 * of the regime forces and"), "militias allied with the Syrian
 * government": armed men of no state role bound to a government or its
 * forces fight for that state; they are a paramilitary (MIL) of its
 * country, not rebels. The bound phrase from *k2 is agents of a state role
 * (with a country or not), or a group pronoun whose antecedent is the
 * mention right before b in the sentence, of a state role. Returns 1 and
 * moves *k2 past the phrase when it is so, else 0; allocates nothing. */
static int bound_to_state(const tac_coder *c, uint32_t s, const piece *pieces, size_t np,
                          size_t *k2, mbuild *b)
{
    const char *cc = NULL;
    int state = 0;
    size_t k3 = *k2;
    uint32_t end = pieces[*k2].start;
    if (pieces[k3].pronoun == 2) {
        const mention *a = state_antecedent(c, s, b->m.start);
        if (!a)
            return 0;
        state = 1;
        cc = a->country[0] ? a->country : NULL;
        end = pieces[k3].end;
        k3++;
    } else {
        for (; k3 < np && pieces[k3].start == end && !pieces[k3].pronoun && !pieces[k3].alias;
             k3++) {
            const piece *r = &pieces[k3];
            if (r->person || r->actor || r->place || r->capital)
                return 0;
            if (r->agent) {
                /* a scratch mention whose agents point into the entry's
                 * code: only read, so nothing is copied into the arena */
                mention g;
                memset(&g, 0, sizeof g);
                const char *ac = r->agent->code;
                for (size_t q = 0, n = strlen(ac); q + 3 <= n && g.n_agents < TAC_MAX_AGENTS;
                     q += 3)
                    g.agents[g.n_agents++] = ac + q;
                if (!tac_code_state_side(&g) || nonstate_side(&g))
                    return 0;
                state = 1;
            } else if (r->country && !cc) {
                cc = r->country->country;
            }
            end = r->end;
        }
    }
    if (!state)
        return 0;
    make_militia(&b->m, cc, end);
    *k2 = k3;
    return 1;
}

/* "12 members of the regime forces and militiamen loyal to them": armed
 * men of no state role "loyal to" (or "allied with") "them" or "it",
 * which stands for the mention right before them in the sentence, a
 * state's forces, fight for that state (bound_to_state): MIL, of that
 * mention's country. The words join the mention. */
static void loyal_to_pronoun(tac_coder *c, uint32_t s, uint32_t e, mbuild *b)
{
    const tac_tok *t = c->toks.v;
    mention *m = &b->m;
    uint32_t j = m->end;
    if (b->named || !nonstate_side(m) || tac_code_state_side(m) || j + 3 > e ||
        !(tok_is(&t[j], "loyal") || tok_is(&t[j], "allied") || tok_is(&t[j], "affiliated")) ||
        !(tok_is(&t[j + 1], "to") || tok_is(&t[j + 1], "with")) ||
        !(tok_is(&t[j + 2], "them") || tok_is(&t[j + 2], "it")))
        return;
    const mention *a = state_antecedent(c, s, m->start);
    if (a)
        make_militia(m, a->country, j + 3);
}

/* "Armenian Prime Minister Nikol Pashinyan", "Senator Marco Rubio": the
 * person q after b's title or country. Returns -1 on out of memory, 0 if
 * q does not join the mention, 1 if it does. */
static int absorb_person(tac_coder *c, uint32_t s, const piece *q, int poss, mbuild *b)
{
    const tac_tok *t = c->toks.v;
    mention *m = &b->m;
    if ((b->named && !b->p->country) || poss)
        return 0;
    /* "Senator Marco Rubio", "French Foreign Minister Jean-Yves Le Drian":
     * a title before the name states the person's role when the text was
     * written; the dictionary's dated office only codes a bare name. A head
     * of an IGO keeps the IGO's code. */
    const char *title[TAC_MAX_AGENTS];
    int n_title = b->named ? 0 : m->n_agents;
    char text_country[4];
    memcpy(text_country, m->country, 4);
    for (int a = 0; a < n_title; a++)
        title[a] = m->agents[a];
    if (set_person(c, m, q->person) < 0)
        return -1;
    /* "Secretary Lloyd Austin": a title the office already starts with
     * keeps the office's fuller code (GOVMIL) */
    if (n_title && tac_dict_in_office(q->person, c->date) && m->n_agents &&
        !strcmp(m->agents[0], title[0]))
        n_title = 0;
    /* "Kenyan Foreign Minister Amina Mohamed": a state's adjective and
     * title before a name the dictionaries give an IGO office say the text
     * means a minister of that state (a namesake), not the IGO's head */
    int igo_namesake = text_country[0] && !strncmp(q->person->code, "IGO", 3);
    if (n_title && (tac_dict_is_country(c->dict, q->person->code, 3) || igo_namesake) &&
        !(m->start > s && (t[m->start - 1].wflags & TAC_LX_FORMER))) {
        for (int a = 0; a < n_title; a++)
            m->agents[a] = title[a];
        m->n_agents = n_title;
        if (text_country[0])
            memcpy(m->country, text_country, 4);
        m->code = NULL;
        if (tac_code_finish_code(c, m) < 0)
            return -1;
    }
    b->named = 1;
    return 1;
}

/* q is a bare "chief of staff" ("deputy chief of staff", "vice chiefs of
 * staff"): no service or staff word of its own ("army chief of staff",
 * "chief of the general staff" are the military's). */
static int bare_chief_of_staff(const tac_tok *t, const piece *q)
{
    if (q->end < q->start + 3 || !tok_is(&t[q->end - 1], "staff") ||
        !tok_is(&t[q->end - 2], "of") ||
        !(tok_is(&t[q->end - 3], "chief") || tok_is(&t[q->end - 3], "chiefs")))
        return 0;
    for (uint32_t i = q->start; i + 3 < q->end; i++)
        if (!tok_is(&t[i], "deputy") && !tok_is(&t[i], "vice"))
            return 0;
    return 1;
}

/* Whether phrase (as written in its line) is the name q with only its
 * state around it: one word before ("Chinese Communist Party") or "of"
 * and up to three words after ("Communist Party of Vietnam", "... of the
 * Russian Federation"); a qualifier ("Communist Party of Nepal (Maoist)")
 * names one party of several. */
static int phrase_names_party(const char *phrase, const tac_tok *t, const piece *q)
{
    if (strchr(phrase, '('))
        return 0;
    for (const char *w = phrase; *w; w++) {
        if (w != phrase && w[-1] != ' ')
            continue;
        const char *x = w;
        uint32_t i = q->start;
        for (; i < q->end; i++) {
            if (strncasecmp(x, t[i].norm, t[i].norm_len) != 0)
                break;
            x += t[i].norm_len;
            /* the next word follows a space, or none when it is a mark
             * the tokenizer split off ("Workers' Party") */
            if (i + 1 < q->end) {
                if (*x == ' ')
                    x++;
                else if (isalnum((unsigned char)t[i + 1].norm[0]))
                    break;
            }
        }
        if (i < q->end || (*x != '\0' && *x != ' '))
            continue;
        int before = 0, after = 0;
        for (const char *y = phrase; y < w; y++)
            before += *y == ' ';
        if (*x && strncmp(x, " of ", 4) != 0)
            continue;
        for (const char *y = x; *y; y++)
            after += *y == ' ';
        if (before <= 1 && (before == 0 || !*x) && (!*x || (after >= 2 && after <= 4)))
            return 1;
    }
    return 0;
}

/* "China's Communist Party", "Cuba's Communist Party": a party's generic
 * name (`agent PTY`, capitalised) after a state's possessive is that
 * state's party of the name, when exactly one party line of the state in
 * force on the document's date names it in its first phrase; else NULL
 * (two of a name, as Nepal's communist parties, stay the state's PTY). */
static const tac_aentry *own_party(const tac_coder *c, const char *cc, const piece *q)
{
    const tac_dict *d = c->dict;
    const tac_aentry *found = NULL;
    for (size_t k = 0; k < d->n_aent; k++) {
        const tac_aentry *a = &d->aent[k];
        if (a->kind != TAC_AK_ACTOR || a->tb || memcmp(a->country, cc, 3) != 0 ||
            strlen(a->code) != 9 || memcmp(a->code, cc, 3) != 0 ||
            memcmp(a->code + 3, "PTY", 3) != 0 || !a->phrase ||
            !tac_dict_in_office(a, c->date) || !phrase_names_party(a->phrase, c->toks.v, q))
            continue;
        if (found && strcmp(found->code, a->code) != 0)
            return NULL;
        found = a;
    }
    return found;
}

/* The agent q ("forces", "minister") after b, gap tokens after it (poss:
 * across a possessive 's). Returns -1 on out of memory, else 0. */
static int absorb_agent(tac_coder *c, const piece *q, uint32_t gap, int poss, mbuild *b)
{
    const tac_tok *t = c->toks.v;
    mention *m = &b->m;
    if (poss && !b->people && has_agent(m, "GOV") && !has_agent(m, "MIL") &&
        bare_chief_of_staff(t, q)) {
        /* "the president's deputy chief of staff", "Biden's chief of
         * staff": the chief of staff of a civilian office or its holder
         * runs that office, a civilian role (GOV); the military's chiefs
         * of staff name their service or staff */
        m->person = 0;
        m->n_agents = 0;
        m->code = NULL;
        return add_agents(c, m, "GOV");
    }
    if (poss && !b->named && !m->person && m->country[0] && !m->n_agents &&
        !strcmp(q->agent->code, "PTY") && (t[q->start].flags & TAC_TOK_CAP)) {
        const tac_aentry *a = own_party(c, m->country, q);
        if (a) {
            if (set_actor(c, m, a) < 0)
                return -1;
            b->named = 1;
            return 0;
        }
    }
    if (b->named && !b->people && poss && m->person && m->country[0] && !lone_member(t, q)) {
        /* "Assad's forces", "Macron's party": what a person has is of the
         * person's country, in its own role */
        m->person = 0;
        m->n_agents = 0;
        m->code = NULL;
        return add_agents(c, m, q->agent->code);
    }
    if (b->named && !b->people && !m->person && state_body(m) &&
        agent_in(q->agent->code, STATE_AGENT_CODES) && !has_agent(m, q->agent->code) &&
        !(t[q->start].wflags & TAC_LX_MEMBER) && !(t[q->end - 1].wflags & TAC_LX_MEMBER)) {
        /* "Palestinian Authority security forces", "Kremlin troops": an
         * agent of a state institution is of its country, in the agent's
         * own role (a head or member of it is the institution: "White House
         * chief of staff", "Treasury deputy") */
        m->n_agents = 0;
        m->code = NULL;
        return add_agents(c, m, q->agent->code);
    }
    if (b->named && !b->people) {
        /* "Hamas fighters", "UN peacekeepers": keep the name, and note
         * troops for the `modal military` table */
        if (strstr(q->agent->code, "MIL"))
            m->armed = 1;
        return 0;
    }
    if ((gap == 0 || poss) && !b->named && m->n_agents &&
        !(t[m->end - 1].wflags & TAC_LX_MEMBER) && q->end == q->start + 1 &&
        (t[q->start].wflags & TAC_LX_MEMBER)) {
        /* "police commander", "party official": a lone head or member noun
         * after a body's agent is one of that body ("schools police chief"
         * keeps both: "police chief" is a phrase of its own); so is one
         * after the body's possessive ("the union's president") */
        return 0;
    }
    if (gap == 0 && !b->named && b->rank_only) {
        /* "deputy police chief", "deputy chancellor": a lone rank or member
         * word before a title only ranks its holder ("deputy" alone is a
         * legislator); the title names the role */
        m->n_agents = 0;
        return add_agents(c, m, q->agent->code);
    }
    if (b->replace_agents) {
        /* "president of the Kenyan parliament" */
        m->n_agents = 0;
        b->replace_agents = 0;
        return add_agents(c, m, q->agent->code);
    }
    if (gap == 0 && !b->named && has_agent(m, "COP") && q->end == q->start + 1 &&
        !strcmp(q->agent->code, "MIL")) {
        /* "police spokesman Colonel Petrov", "State Police Lt.": a
         * military rank borne in a police force only ranks its holder */
        return 0;
    }
    if (!b->named && gap == 0 && m->n_agents) {
        /* "military dictator", "student protesters": the head noun names
         * the role, the word before it the area (the CAMEO manual's GOVMIL
         * for a defence minister), so the head's agents go first;
         * order_agents then puts primary roles before secondary ones */
        const char *before[TAC_MAX_AGENTS];
        int nb = m->n_agents;
        memcpy(before, m->agents, sizeof before);
        m->n_agents = 0;
        if (add_agents(c, m, q->agent->code) < 0)
            return -1;
        for (int k = 0; k < nb && m->n_agents < TAC_MAX_AGENTS; k++)
            if (!has_agent(m, before[k]))
                m->agents[m->n_agents++] = before[k];
        return 0;
    }
    if (b->region && !strcmp(q->agent->code, "GOV")) {
        /* "Western governments", "African leaders": the states of a region
         * are the region, as the CAMEO codebook codes "world governments"
         * UIS and "Arab capitals" MEA */
        return 0;
    }
    /* "Kurdish fighters": a people's role joins its code */
    if (add_agents(c, m, q->agent->code) < 0)
        return -1;
    if (b->named)
        m->code = NULL;
    return 0;
}

/* The possessive after token i-1: the split-off "'s", or a bare apostrophe
 * written right after a word that ends in s and before a word ("the
 * Philippines' army", "Honduras' president", "Athens' government"), which
 * the tokenizer leaves as punctuation because it may also close a quote. */
int tac_code_poss_at(const tac_tok *t, uint32_t i, uint32_t e)
{
    if (t[i].flags & TAC_TOK_POSS)
        return 1;
    if (i == 0 || i + 1 >= e)
        return 0;
    const tac_tok *w = &t[i - 1];
    return (t[i].flags & TAC_TOK_PUNCT) && t[i].norm_len == 1 &&
           t[i].norm[0] == '\'' && (w->flags & TAC_TOK_WORD) && w->norm_len > 2 &&
           w->norm[w->norm_len - 1] == 's' && w->off + w->len == t[i].off &&
           (t[i + 1].flags & TAC_TOK_WORD) && t[i].off + t[i].len < t[i + 1].off;
}

/* An actor line of q's phrase, of any date, that codes it as an armed
 * group (REB, INS, SEP, UAF, RAD: the Taliban's lines before 1996 and
 * from 2001 to 2021), or NULL: the phrase names a movement, whatever
 * office it holds on the document's date. */
static const tac_aentry *armed_line(const tac_coder *c, const piece *q)
{
    const tac_dict *d = c->dict;
    uint32_t node;
    if (tac_code_actor_longest(d, c->toks.v, q->start, q->end, &node) != q->end)
        return NULL;
    for (uint32_t k = d->actors.first[node]; k; k = d->aent[k - 1].next) {
        const tac_aentry *a = &d->aent[k - 1];
        size_t n = strlen(a->code);
        if (a->kind != TAC_AK_ACTOR || !a->country[0])
            continue;
        for (size_t j = 3; j + 3 <= n; j += 3)
            if (agent_in(a->code + j, "REBINSSEPUAFRAD"))
                return a;
    }
    return NULL;
}

/* The named body q after b ("Netanyahu's Likud", "Chile's Defense
 * Department"). Returns -1 on out of memory, 0 if q does not join the
 * mention, 1 if it does. */
static int absorb_body(tac_coder *c, const piece *q, int poss, mbuild *b)
{
    mention *m = &b->m;
    if (poss && m->person && !b->p->country) {
        /* "Netanyahu's Likud", "Modi's BJP": a person's party or body is
         * that body */
        if (set_actor(c, m, q->actor) < 0)
            return -1;
        m->person = 0;
        b->people = people_group(q->actor);
        b->region = region_actor(q->actor);
        return 1;
    }
    /* "Kurdish peshmerga", "Iraqi Kurdish Peshmerga": an ethnic group's
     * word right before a named body of a state describes the body, which
     * keeps its code; a group with a home state of its own only describes
     * that state's bodies. A faith's word stays the people ("supporters of
     * the Shiite Hezbollah" are Shias) */
    if (b->named && b->people && !b->region && !poss && !m->person && q->start == m->end &&
        b->p->actor && strlen(b->p->actor->code) >= 3 &&
        !strcmp(b->p->actor->code + strlen(b->p->actor->code) - 3, "ETH") &&
        q->actor->country[0] && !people_group(q->actor) &&
        !region_actor(q->actor) &&
        (!b->p->actor->country[0] || !memcmp(b->p->actor->country, q->actor->country, 3)) &&
        (!m->country[0] || !memcmp(m->country, q->actor->country, 3))) {
        if (set_actor(c, m, q->actor) < 0)
            return -1;
        b->people = 0;
        return 1;
    }
    if (b->named || m->n_agents)
        return 0;
    /* "Chile's Defense Department": a national institution named for
     * another country's is the possessor's; a named armed or opposition
     * group keeps its own code, as a state does not own it ("Israel's
     * Hamas" is Hamas, not Israeli rebels) */
    char own[4];
    memcpy(own, m->country, 4);
    if (set_actor(c, m, q->actor) < 0)
        return -1;
    const tac_aentry *armed, *party;
    if (poss && own[0] && m->country[0] && memcmp(own, m->country, 3) != 0 &&
        !strncmp(q->actor->code + 3, "PTY", 3) && (party = own_party(c, own, q)) != NULL) {
        /* "Mexico's Labor Party", "North Korea's ruling Workers' Party": a
         * name that another state's party has is the possessor's party of
         * that name when one of its party lines names it (own_party) */
        if (set_actor(c, m, party) < 0)
            return -1;
    } else if (poss && own[0] && m->country[0] && memcmp(own, m->country, 3) != 0 &&
               m->n_agents && !nonstate_side(m) && (armed = armed_line(c, q)) != NULL) {
        /* "Pakistan's Taliban" after the Taliban took Kabul: a movement
         * that one of its lines codes as armed is no institution of the
         * possessor's state (no PAKGOV), and the possessor's is not its
         * government either: it is the armed movement it is named as */
        if (set_actor(c, m, armed) < 0)
            return -1;
    } else if (poss && own[0] && m->country[0] && memcmp(own, m->country, 3) != 0 &&
               m->n_agents && !nonstate_side(m)) {
        memcpy(m->country, own, 4);
        m->code = NULL;
        keep_sectors(m);
    }
    /* "Kenyan Christians", "Iraqi Kurds": a people takes the country the
     * phrase gives it */
    if (own[0] && !q->actor->country[0] && people_group(q->actor) && !region_actor(q->actor)) {
        memcpy(m->country, own, 4);
        m->code = NULL;
        b->people = 1;
    }
    b->region = region_actor(q->actor);
    b->named = 1;
    return 1;
}

/* "Indian Home Secretary", "Pakistani Army Chief of Staff": a title that
 * one state's actor line names (GBR, USA) but that is also a role of any
 * state, right after another state's adjective, is that state's role. */
static int other_state_title(const mention *m, const piece *q, uint32_t gap, int named)
{
    return gap == 0 && !named && m->country[0] && !m->n_agents && !q->person &&
           q->actor->country[0] && memcmp(q->actor->country, m->country, 3) != 0;
}

/* "Russia's Security Council", "the Armenian Security Council": a body's
 * generic name (an agent phrase) that is also the name of an
 * international body (IGOUNO), right after a state's possessive or
 * adjective, is the state's own body; "the Security Council" and "the UN
 * Security Council" alone stay the UN's. */
static int state_generic_body(const mbuild *b, const piece *q, uint32_t gap, int poss)
{
    const mention *m = &b->m;
    return (poss || (gap == 0 && b->p->adj)) && !b->named && !m->person && m->country[0] &&
           !m->n_agents && q->agent && q->actor && !q->person && !q->country &&
           !q->actor->country[0] && !strncmp(q->actor->code, "IGO", 3);
}

/* "a Somali commander of the navy": m, a state's member word that is an
 * agent ("commander"), and q, an agent body of no state, before which
 * "of" or "for" stands. */
static int state_member_of_body(const tac_tok *t, const mention *m, const piece *q)
{
    return m->country[0] && m->n_agents && (t[m->end - 1].wflags & TAC_LX_MEMBER) && q->agent &&
           !q->country && !q->actor && !q->person && !q->pronoun && !q->alias;
}

/* "the home secretary of India": b, one named actor of a state that is
 * also an agent phrase ("Home Secretary", GBRGOV), and q, another state
 * named as a country (not an adjective), after "of". */
static int title_of_other_state(const mbuild *b, const piece *q)
{
    const mention *m = &b->m;
    return !b->people && !b->region && !m->person && b->p->actor && b->p->agent &&
           !b->p->person && b->p->end == m->end && b->p->start == m->start && q->country &&
           !q->adj && !q->agent && !q->actor && !q->person && m->country[0] &&
           memcmp(q->country->country, m->country, 3) != 0;
}

/* Joins the piece at *k2 (and what it brings) to b when it belongs to the
 * same noun phrase: a possessive ("Poland's interior minister"), "of" or
 * a locative ("rebels in northern Iraq"), a member of a body ("the leader
 * of Hamas"), a person after a title, an agent after a country. Moves *k2
 * past what it joined. Returns -1 on out of memory, 1 to go on with the
 * next piece, 0 when the mention ends. */
static int absorb(tac_coder *c, uint32_t s, uint32_t e, const piece *pieces, size_t np,
                  size_t *k2, mbuild *b)
{
    const tac_tok *t = c->toks.v;
    mention *m = &b->m;
    const piece *q = &pieces[*k2];
    int had_agents = m->n_agents;
    int named = b->named;
    /* "gave Israel military aid", "sent Ukraine air defence systems": a
     * country's name right after a verb of giving (`marker give-verb`),
     * then a bare role word and a noun that starts no actor phrase, names
     * the recipient; so does one before aircraft ("sold Taiwan fighter
     * jets": the aircraft are the thing given). The role
     * word describes the thing given, and is no actor of its own */
    if (q->start == m->end && q->end < e && m->start > s && m->start == b->p->start &&
        m->end == b->p->end && b->p->country && !b->p->adj && !b->p->agent && !b->p->person &&
        !b->p->actor && !m->n_agents && !m->person && q->agent && !q->country && !q->capital &&
        !q->person && !q->actor && (t[m->start - 1].wclass & TAC_LC_GIVE_VERB) &&
        ((t[q->end - 1].wclass & TAC_LC_AIRCRAFT) ||
         ((t[q->end].flags & TAC_TOK_WORD) && (t[q->end].wflags & TAC_LX_NOUN) &&
          !verbish(&t[q->end]) && !(*k2 + 1 < np && pieces[*k2 + 1].start == q->end)))) {
        ++*k2;
        return 0;
    }
    /* "Ukraine received tanks from Germany", "deliveries of drones from
     * Iran": weapons (`marker arms-noun`) with no country of their own,
     * the object of a verb or of "of" (a number or determiner between),
     * are the thing given; the state after "from" is the giver, not the
     * weapons' army ("Russian tanks attacked" keeps its forces) */
    if (q->start > m->end && q->start <= m->end + 2 && tok_is(&t[m->end], "from") &&
        (q->country || q->capital) && !q->agent && !q->person && !q->actor &&
        m->start > s && m->start == b->p->start && m->end == b->p->end && b->p->agent &&
        !b->p->country && !b->p->person && !b->p->actor && !m->country[0] && !m->person &&
        word_class(c, &t[m->end - 1], TAC_LC_ARMS_NOUN)) {
        uint32_t j = m->start;
        while (j > s && j + 3 > m->start &&
               ((t[j - 1].wflags & TAC_LX_DET) || (t[j - 1].flags & TAC_TOK_NUM) ||
                (t[j - 1].wclass & TAC_LC_NUMBER)))
            j--;
        if (j > s && (tok_is(&t[j - 1], "of") ||
                      ((t[j - 1].wflags & TAC_LX_VERB) && !(t[j - 1].flags & TAC_TOK_CAP) &&
                       !(t[j - 1].wflags & TAC_LX_NOUN)) || verbish(&t[j - 1])))
            return 0;
    }
    /* "dissidents from military-ruled Myanmar": a compound read as its
     * first half ("military") with no agent after it only describes the
     * country that follows */
    if (q->start == m->end + 1 && q->end == q->start + 1 &&
        (t[q->start].flags & TAC_TOK_COMPOUND) && *k2 + 1 < np &&
        pieces[*k2 + 1].start == q->end && !pieces[*k2 + 1].agent &&
        (pieces[*k2 + 1].country || pieces[*k2 + 1].capital || pieces[*k2 + 1].place) &&
        (tok_is(&t[m->end], "of") || (t[m->end].wflags & TAC_LX_LOCATIVE) ||
         tok_is(&t[m->end], "from")))
        q = &pieces[++*k2];
    uint32_t gap = q->start - m->end;
    int after_of = tok_is(&t[m->end], "of") || (t[m->end].wflags & TAC_LX_LOCATIVE) ||
                   tok_is(&t[m->end], "from");
    /* "Poland's interior minister", "Poland's current interior minister":
     * one lower-case modifier may follow the 's */
    int poss = (gap == 1 && tac_code_poss_at(t, m->end, e)) ||
               (gap == 2 && tac_code_poss_at(t, m->end, e) && !named && q->agent &&
                !q->country && !q->actor && !q->person && m->country[0] &&
                (t[m->end + 1].flags & TAC_TOK_WORD) && !(t[m->end + 1].flags & TAC_TOK_CAP) &&
                !verbish(&t[m->end + 1]) &&
                !(t[m->end + 1].wflags & (TAC_LX_DET | TAC_LX_PREP | TAC_LX_CONJ | TAC_LX_AUX |
                                          TAC_LX_BE | TAC_LX_BOUNDARY)));
    /* ... and "Turkey's ruling AKP", "Egypt's state-run Al-Ahram": before a
     * named body of the possessor's own state the modifier only describes
     * it; a body of another state stays apart ("Iran's proxy Hezbollah"),
     * except a party, whose name several states' parties share ("North
     * Korea's ruling Workers' Party"); a people of no home state is the
     * possessor's ("Nigeria's embattled Christians", "Iraq's top Shiite
     * cleric") */
    if (!poss && gap == 2 && tac_code_poss_at(t, m->end, e) && !named && !m->n_agents &&
        !m->person && m->country[0] && q->actor && !q->agent && !q->country && !q->person &&
        !q->pronoun && !q->alias &&
        (!memcmp(q->actor->country, m->country, 3) ||
         (q->actor->country[0] && !strncmp(q->actor->code + 3, "PTY", 3)) ||
         (!q->actor->country[0] && people_group(q->actor) && !region_actor(q->actor))) &&
        (t[m->end + 1].flags & TAC_TOK_WORD) && !(t[m->end + 1].flags & TAC_TOK_CAP) &&
        /* "Hungary's governing Fidesz" as "Turkey's ruling AKP" */
        (!verbish(&t[m->end + 1]) || tok_is(&t[m->end + 1], "governing")) &&
        !(t[m->end + 1].wflags & (TAC_LX_DET | TAC_LX_PREP | TAC_LX_CONJ | TAC_LX_AUX |
                                  TAC_LX_BE | TAC_LX_BOUNDARY)))
        poss = 1;
    int owned = m->start > s &&
                (tok_is(&t[m->start - 1], "its") || tok_is(&t[m->start - 1], "their"));
    /* "president of the Riigikogu": "of the" as well as "of" */
    /* ... and "rebels in the Ivory Coast" */
    /* ... and "dissidents from military-ruled Myanmar", "rebels in
     * war-torn Syria": a lower-case hyphen compound before the country
     * describes it */
    int of_the = gap == 2 && after_of &&
                 ((t[m->end + 1].wflags & TAC_LX_DET) || hyphen_modifier(&t[m->end + 1]));
    /* ... and "rebels in northern Iraq", "the mayor of the northern West
     * Bank": one lower-case modifier, after "the" or not */
    uint32_t mod = gap == 3 && (t[m->end + 1].wflags & TAC_LX_DET) ? m->end + 2
                   : gap == 2                                       ? m->end + 1
                                                                    : 0;
    if (mod && after_of && ((q->country && !q->adj) || q->capital || q->place) &&
        (t[mod].flags & TAC_TOK_WORD) && !(t[mod].flags & TAC_TOK_CAP) && !verbish(&t[mod]) &&
        !(t[mod].wflags & (TAC_LX_DET | TAC_LX_PREP | TAC_LX_CONJ | TAC_LX_AUX | TAC_LX_BE |
                           TAC_LX_BOUNDARY | TAC_LX_RELATIVE | TAC_LX_NEGATION | TAC_LX_TIME)))
        of_the = 1;
    /* ... and "the mayor of the city of Kharkiv", "residents of the
     * northern town of Bucha" */
    if (!of_the && ((q->country && !q->adj) || q->capital || q->place) &&
        place_noun_gap(t, m->end, q->start))
        of_the = 1;
    /* ... and "police in the capital, Monrovia" */
    if (!of_the && q->capital && capital_gap(t, m->end, q->start))
        of_the = 1;
    /* "a terror group based in Trinidad": where an agent is based is
     * where it is from */
    int based = based_gap(t, m->end, q->start);
    /* "the embassy in New Delhi": no agent of the place */
    int posted = !based && !q->country &&
                 (posted_gap(c, m->end) || court_seat_gap(c, m->end, q->end));
    int of = (gap == 1 || of_the || based) && !posted &&
             (tok_is(&t[m->end], "of") || based ||
              (!owned && ((t[m->end].wflags & TAC_LX_LOCATIVE) || tok_is(&t[m->end], "from")))) &&
             (!named || (b->people && !b->region)) && m->n_agents && !m->country[0] &&
             (q->country || q->capital || q->place) && !q->agent && !q->person && !q->actor;
    /* "the leader of Hamas", "president of the Riigikogu", "leader of the
     * opposition": a member, head or spokesperson of a body acts for it
     * and codes as the body */
    int member_of = (gap == 1 || of_the) && tok_is(&t[m->end], "of") && !named &&
                    !m->country[0] && m->n_agents && (t[m->end - 1].wflags & TAC_LX_MEMBER) &&
                    !q->person && !q->pronoun && !q->alias &&
                    ((q->actor && !q->country) || (q->agent && !q->country));
    /* "Kenya's commander of the navy", "a Kenyan official for the foreign
     * ministry": a member word that is an agent itself, of a body that
     * names no state, after a state's word, is that state's body (a bare
     * "spokesperson" or "head" is no agent: "Kenya's spokesperson for the
     * army" stays MIL); "spokesman for Hamas" is the named body as after
     * "of" */
    int for_the = tok_is(&t[m->end], "for") &&
                  (gap == 1 || (gap == 2 && (t[m->end + 1].wflags & TAC_LX_DET)));
    int member_state = (((gap == 1 || of_the) && tok_is(&t[m->end], "of")) || for_the) &&
                       !named && state_member_of_body(t, m, q);
    if (for_the && !named && !m->country[0] && m->n_agents &&
        (t[m->end - 1].wflags & TAC_LX_MEMBER) && !q->person && !q->pronoun && !q->alias &&
        !q->country && (q->actor || q->agent))
        member_of = 1;
    /* "a Kenyan spokesman for the army", "the Russian head of the navy": a
     * member word that is no agent itself (spokesman, head, chairman)
     * between a state's adjective and "of"/"for" a body that names no
     * state is that state's body, as "a Somali commander of the navy" */
    int member_title = (gap == 2 || (gap == 3 && (t[m->end + 2].wflags & TAC_LX_DET))) &&
                       !named && b->p->adj && b->p->country && m->country[0] && !m->n_agents &&
                       (t[m->end].flags & TAC_TOK_WORD) && (t[m->end].wflags & TAC_LX_MEMBER) &&
                       (tok_is(&t[m->end + 1], "of") || tok_is(&t[m->end + 1], "for")) &&
                       q->agent && !q->country && !q->actor && !q->person && !q->pronoun &&
                       !q->alias;
    /* "the home secretary of Kenya": a title that one state's actor line
     * names, "of" another state, is that state's role */
    int of_other = (gap == 1 || of_the) && tok_is(&t[m->end], "of") && named &&
                   title_of_other_state(b, q);
    int adjgap = gap == 1 && !named && m->country[0] && !m->n_agents && q->agent &&
                 (t[m->end].flags & TAC_TOK_WORD) && !(t[m->end].flags & TAC_TOK_CAP) &&
                 !(t[m->end].wflags & (TAC_LX_DET | TAC_LX_PREP | TAC_LX_CONJ | TAC_LX_AUX |
                                       TAC_LX_BE | TAC_LX_SAY | TAC_LX_BOUNDARY |
                                       TAC_LX_RELATIVE)) &&
                 !verbish(&t[m->end]) &&
                 /* "Russia attacks rebels": a verb that starts an event
                  * pattern is not an adjective */
                 !((t[m->end].wflags & TAC_LX_PAT_START) && (t[m->end].wflags & TAC_LX_VERB));
    /* "Ukrainian Digital Transformation Minister", "Kenya's Interior
     * Cabinet Secretary": capitalised words naming a portfolio between a
     * state and a title; the title is the state's */
    int portfolio = !named && m->country[0] && !m->n_agents && q->agent && !q->country &&
                    !q->actor && !q->person && !q->pronoun && !q->alias &&
                    portfolio_gap(c, tac_code_poss_at(t, m->end, e) ? m->end + 1 : m->end,
                                  q->start);
    /* "local Iraqis": a civilian word before a demonym is the demonym's
     * people */
    int civ_demonym = gap == 0 && !named && !m->country[0] && m->n_agents == 1 &&
                      !strcmp(m->agents[0], "CVL") && q->country && q->adj && !q->agent &&
                      !q->actor && !q->person && !q->capital;
    /* "forces loyal to Gaddafi", "workers affiliated with the Serbian
     * Workers' Union", "militias allied with the Syrian government": an
     * agent bound to a person or body is of its country; the phrase after
     * "to" / "with" joins the mention */
    /* ... and "the government of President Laurent Gbagbo", "supporters of
     * Mohamed Morsi": an agent of a named person */
    int bound = (gap == 2 || (gap == 3 && (t[m->end + 2].wflags & TAC_LX_DET))) &&
                (tok_is(&t[m->end], "loyal") || tok_is(&t[m->end], "affiliated") ||
                 tok_is(&t[m->end], "allied")) &&
                (tok_is(&t[m->end + 1], "to") || tok_is(&t[m->end + 1], "with"));
    int of_person = !bound &&
                    (gap == 1 || (gap == 2 && (t[m->end + 1].wflags & TAC_LX_DET))) &&
                    tok_is(&t[m->end], "of") &&
                    (q->person || (q->agent && !q->country && !q->actor && *k2 + 1 < np &&
                                   pieces[*k2 + 1].start == q->end && pieces[*k2 + 1].person));
    if (bound && !named && nonstate_side(m) && !tac_code_state_side(m) &&
        bound_to_state(c, s, pieces, np, k2, b))
        return 0;
    if (!named && !m->country[0] && m->n_agents && !q->pronoun && !q->alias &&
        (bound || of_person))
        return bind_to(c, pieces, np, k2, bound, b);
    if (q->pronoun || q->alias)
        return 0;
    /* "the UN's Yemen envoy", "Washington's Iran envoy", "NATO's Kosovo
     * commander": after a state's or a body's possessive, a country's name
     * right before an envoy or a member word names the posting; the envoy
     * is the possessor's */
    if (gap == 1 && poss && q->country && !q->adj && !q->actor && !q->person && !m->person &&
        (b->named ? !b->people && !b->region : m->country[0] != '\0')) {
        const piece *ag = q->agent ? q : NULL;
        if (!ag && *k2 + 1 < np && pieces[*k2 + 1].start == q->end && pieces[*k2 + 1].agent &&
            !pieces[*k2 + 1].country && !pieces[*k2 + 1].actor && !pieces[*k2 + 1].person)
            ag = &pieces[*k2 + 1];
        const tac_tok *w = ag ? &t[ag->end - 1] : NULL;
        if (w && ((w->wflags & TAC_LX_MEMBER) || word_class(c, w, TAC_LC_POSTING_AGENT))) {
            if (!b->named) {
                m->n_agents = 0;
                m->code = NULL;
                if (add_agents(c, m, ag->agent->code) < 0)
                    return -1;
            }
            m->end = ag->end;
            *k2 += ag == q ? 1 : 2;
            return 1;
        }
    }
    /* "Sweden's NATO bid", "Ukraine's EU membership": a body's name
     * between a possessive and a noun of joining (`marker joining-noun`)
     * names what the possessor
     * seeks to join; the bid is the possessor's, who is the one a block
     * or veto aims at ("NATO's Sweden policy", "Sweden's NATO allies"
     * keep their rules) */
    if (gap == 1 && poss && q->actor && !q->country && !q->person && !q->agent && q->end < e &&
        !strncmp(q->actor->code, "IGO", 3) && word_class(c, &t[q->end], TAC_LC_JOINING_NOUN))
        return 0;
    /* "the leader of Haiti's G9 gang alliance", "the chief of Nigeria's
     * army": a member word that is an agent ("leader", "chief"), then "of"
     * and a state's name whose possessive names a body: the member acts for
     * that body, as "the leader of Hamas" does, not for the state's
     * government; the state only gives the body its country (the next
     * piece joins by the possessive) */
    const piece *body = *k2 + 1 < np ? &pieces[*k2 + 1] : NULL;
    if (gap == 1 && tok_is(&t[m->end], "of") && !named && !m->country[0] && m->n_agents &&
        (t[m->end - 1].wflags & TAC_LX_MEMBER) && q->country && !q->adj && !q->agent &&
        !q->actor && !q->person && !q->pronoun && !q->alias && body &&
        tac_code_poss_at(t, q->end, e) && body->start == q->end + 1 &&
        (body->actor || body->agent) && !body->person && !body->country && !body->pronoun &&
        !body->alias) {
        memcpy(m->country, q->country->country, 4);
        m->n_agents = 0;
        m->code = NULL;
        b->rank_only = 0;
        m->end = q->end;
        ++*k2;
        return 1;
    }
    if (!(gap == 0 || poss || of || adjgap || member_of || portfolio || member_state ||
          member_title || of_other))
        return 0;
    int r = 1;
    if (of_other) {
        memcpy(m->country, q->country->country, 4);
        m->n_agents = 0;
        m->code = NULL;
        if (add_agents(c, m, b->p->agent->code) < 0)
            return -1;
        b->named = 0;
    } else if (member_state || member_title) {
        m->n_agents = 0;
        if (add_agents(c, m, q->agent->code) < 0)
            return -1;
    } else if (civ_demonym) {
        memcpy(m->country, q->country->country, 4);
        /* "local Kazakh police": the agent after the demonym is the role,
         * "local" only modifies it */
        if (*k2 + 1 < np && pieces[*k2 + 1].start == q->end && pieces[*k2 + 1].agent)
            m->n_agents = 0;
    } else if (member_of) {
        if (q->actor) {
            if (set_actor(c, m, q->actor) < 0)
                return -1;
            b->named = 1;
            b->people = people_group(q->actor);
            b->region = region_actor(q->actor);
        } else {
            m->n_agents = 0;
            if (add_agents(c, m, q->agent->code) < 0)
                return -1;
        }
    } else if (q->person) {
        r = absorb_person(c, s, q, poss, b);
    } else if (q->agent && !q->country &&
               (!q->actor || other_state_title(m, q, gap, named) ||
                state_generic_body(b, q, gap, poss))) {
        r = absorb_agent(c, q, gap, poss, b) < 0 ? -1 : 1;
    } else if (of) {
        memcpy(m->country,
               (q->country ? q->country : q->capital ? q->capital : q->place)->country, 4);
        if (named)
            m->code = NULL; /* "Christians in Nigeria": rebuilt below */
        else if (q->country && q->adj && (t[m->end - 1].wflags & TAC_LX_MEMBER))
            b->replace_agents = 1;
    } else if (q->actor) {
        r = absorb_body(c, q, poss, b);
    } else {
        r = 0;
    }
    if (r <= 0)
        return r;
    b->rank_only = !had_agents && !b->named && lone_member(t, q);
    m->end = q->end;
    ++*k2;
    return 1;
}

/* "Low U.S. prices have discouraged the purchase of Chinese beans, they
 * said": a pronoun after a comma (and a closing quote) and before a
 * saying verb, with words before it, is the speaker of what the sentence
 * said first; the actors named there are what was said, so the pronoun
 * stands for an actor named before the sentence. */
static int trailing_speaker(const tac_coder *c, uint32_t s, uint32_t e, const piece *p)
{
    const tac_tok *t = c->toks.v;
    uint32_t b = p->start;
    if (!p->pronoun || p->end >= e || !(t[p->end].wflags & TAC_LX_SAY))
        return 0;
    if (b > s + 1 && (tac_code_is_punct(&t[b - 1], '"') || tac_code_is_punct(&t[b - 1], '\'')))
        b--;
    if (!(b > s + 1 && tac_code_is_punct(&t[b - 1], ',')))
        return 0;
    /* the saying verb closes the sentence, or only an adjunct follows it
     * ("..., he said on Tuesday", "..., they told reporters"); a clause
     * of its own after it ("When troops entered the camp, they said Hamas
     * fired at them") makes the pronoun that clause's speaker */
    for (uint32_t j = p->end + 1; j < e; j++)
        if (verbish(&t[j]))
            return 0;
    return 1;
}

/* The `` or '' of older wire text at token q: two marks of one kind,
 * each a token of its own (or one token of both). */
static int doubled_mark(const tac_tok *t, uint32_t q, uint32_t end)
{
    const tac_tok *w = &t[q];
    if (!(w->flags & TAC_TOK_PUNCT) || (w->norm[0] != '`' && w->norm[0] != '\''))
        return 0;
    if (w->norm_len == 2 && w->norm[1] == w->norm[0])
        return 1;
    return w->norm_len == 1 && q + 1 < end && (t[q + 1].flags & TAC_TOK_PUNCT) &&
           t[q + 1].norm_len == 1 && t[q + 1].norm[0] == w->norm[0] &&
           t[q + 1].off == w->off + 1;
}

/* Whether token j of the sentence from s lies inside a quotation: an odd
 * number of quotation marks ('"', typographic, `` and '', a lone `) before
 * it. */
static int in_quotation(const tac_coder *c, uint32_t s, uint32_t j)
{
    const tac_tok *t = c->toks.v;
    int n = 0;
    for (uint32_t q = s; q < j; q++) {
        /* (a lone ` opens a quotation too: "`it cannot ...,'' he said") */
        if ((t[q].flags & TAC_TOK_QUOTE) ||
            ((t[q].flags & TAC_TOK_PUNCT) && t[q].norm_len == 1 && t[q].norm[0] == '`' &&
             !doubled_mark(t, q, j))) {
            n++;
        } else if (doubled_mark(t, q, j)) {
            /* (a run of four, a doubled closing mark, is one mark) */
            n++;
            while (q + 1 < j && (t[q + 1].flags & TAC_TOK_PUNCT) &&
                   t[q + 1].norm[0] == t[q].norm[0] && t[q + 1].off == t[q].off + t[q].len)
                q++;
        }
    }
    return n & 1;
}

/* 'Zelensky said: "He is attacking our cities"', '"He will fail," he
 * said': a "he"/"she" at piece k inside a quotation is not the one who
 * speaks it, who would say "I": not a person a piece of the sentence
 * names outside the quotation (the speaker, before or after it), nor
 * anyone when a "he"/"she" outside it speaks. 1 when ante is so ruled
 * out. */
static int quoted_speaker(const tac_coder *c, uint32_t s, const piece *pieces, size_t np,
                          size_t k, const mention *ante)
{
    /* a "he" right before a saying verb speaks, whatever marks stand
     * before it (wire text may close a quotation it never opened) */
    if (!in_quotation(c, s, pieces[k].start) ||
        (pieces[k].end < c->toks.n && (c->toks.v[pieces[k].end].wflags & TAC_LX_SAY)))
        return 0;
    for (size_t q = 0; q < np; q++) {
        const piece *o = &pieces[q];
        if (q == k || in_quotation(c, s, o->start))
            continue;
        if (o->pronoun == 1 ||
            (o->person && ante->person && o->person - c->dict->aent + 1 == ante->person) ||
            (o->alias && ante->person && o->alias->person == ante->person))
            return 1;
    }
    return 0;
}

/* "Ankara warned Stockholm that it ...": for the pronoun piece p right
 * after "that", where the mention before "that" is the object of a verb
 * right before it and another mention ends right at that verb (its
 * subject, in this sentence), that subject; else NULL. */
static const mention *told_object(const tac_coder *c, uint32_t s, const piece *p)
{
    const tac_tok *t = c->toks.v;
    if (c->n_ments < 2 || p->start < s + 4 || !(t[p->start - 1].wflags & TAC_LX_COMPLEMENT))
        return NULL;
    const mention *obj = &c->ments[c->n_ments - 1], *subj = &c->ments[c->n_ments - 2];
    uint32_t v = obj->tstart - 1;
    if (obj->end + 1 != p->start || obj->tstart <= s + 1 || subj->start < s || subj->end != v ||
        !verbish(&t[v]))
        return NULL;
    return subj;
}

/* "Kim Jong Il told Kim Dae-jung in Pyongyang that he would visit
 * Seoul": for the person pronoun piece p right after "that", where the
 * one before "that" (a place after "in" or "at" between them or not) is
 * the person told, right after a verb of saying (`marker say`) whose
 * subject, one person of no other sex, ends right at that verb: the
 * subject, who speaks of himself; else NULL. Not before a demand ("told
 * him that he must resign": the one told must act). */
static const mention *told_person(const tac_coder *c, uint32_t s, uint32_t e, const piece *p,
                                  int she)
{
    const tac_tok *t = c->toks.v;
    if (c->n_ments < 2 || p->start < s + 4 || !(t[p->start - 1].wflags & TAC_LX_COMPLEMENT) ||
        (p->end < e && (t[p->end].wflags & TAC_LX_DEMAND)))
        return NULL;
    size_t n = c->n_ments;
    const mention *obj = &c->ments[n - 1];
    uint32_t end = p->start - 1;
    /* "in Pyongyang": a place after a locative, passed over (a mention
     * or no actor: capitalised words only) */
    uint32_t q = end;
    while (q > s + 1 && (t[q - 1].flags & TAC_TOK_CAP) && !(t[q - 1].wflags & TAC_LX_PREP))
        q--;
    if (q < end && q > s + 1 && (tok_is(&t[q - 1], "in") || tok_is(&t[q - 1], "at"))) {
        if (obj->start >= q && n >= 3) {
            obj = &c->ments[n - 2];
            n--;
        }
        end = q - 1;
    }
    const mention *subj = &c->ments[n - 2];
    if (obj->end != end || !obj->one_person || obj->tstart <= s + 1 || subj->start < s)
        return NULL;
    uint32_t v = obj->tstart - 1;
    if (subj->end != v || !(t[v].wflags & TAC_LX_SAY) || !subj->one_person ||
        subj->gender == (she ? 1 : 2))
        return NULL;
    return subj;
}

/* A noun of the phrase a home compound describes ("a Gaza-based aid
 * group"): a lower-case noun that is no verb form, function word or
 * member word (short_mention). */
static int home_noun(const tac_tok *w)
{
    return (w->flags & TAC_TOK_WORD) && !(w->flags & TAC_TOK_CAP) && (w->wflags & TAC_LX_NOUN) &&
           !verbish(w) &&
           !(w->wflags & (TAC_LX_DET | TAC_LX_PREP | TAC_LX_CONJ | TAC_LX_AUX | TAC_LX_BE |
                          TAC_LX_MEMBER));
}

/* Codes m, a hyphen compound's mention (short_mention), unless it has its
 * code, takes a determiner before it into its text and pushes it. -1 on
 * out of memory. */
static int push_compound(tac_coder *c, uint32_t s, mention *m)
{
    const tac_tok *t = c->toks.v;
    if (!m->code && tac_code_finish_code(c, m) < 0)
        return -1;
    if (m->start > s && (t[m->start - 1].wflags & TAC_LX_DET) &&
        !(t[m->start - 1].wflags & TAC_LX_COMPLEMENT))
        m->tstart = m->start - 1;
    if (tac_code_push_mention(c, m) < 0)
        return -1;
    remember(c, m);
    return 0;
}

/* The pieces at k that give a mention without composing (a pronoun, a
 * short name, "Hamas-run ministry"), or none ("they" after a group of the
 * sentence, a pronoun with no antecedent, a compound that only modifies).
 * Returns -1 on out of memory, the number of pieces used (1 or 2), or 0
 * when the piece at k is to be composed. */
static int short_mention(tac_coder *c, uint32_t s, uint32_t e, const piece *pieces, size_t np,
                         size_t k)
{
    const tac_tok *t = c->toks.v;
    const piece *p = &pieces[k];
    mention m;
    memset(&m, 0, sizeof m);
    m.start = p->start;
    m.end = p->end;
    m.tstart = p->start;
    int she = p->pronoun == 1 && tok_is(&t[p->start], "she");
    if (trailing_speaker(c, s, e, p)) {
        const mention *a = p->pronoun == 1 ? person_antecedent(c, she, 1) : NULL;
        if ((p->pronoun == 1 && !a) || (p->pronoun == 2 && !c->sent_have_actor))
            return 1;
        m = p->pronoun == 1 ? *a : c->sent_actor;
        m.start = p->start;
        m.end = p->end;
        m.tstart = p->start;
        m.resolved = 1;
        return tac_code_push_mention(c, &m) < 0 ? -1 : 1;
    }
    if (p->pronoun == 4) {
        /* the owner of an act that opens the sentence is the subject of
         * the sentence before, as an opening "it" or "they" and "its
         * troops" are; not a person, whom "his" or "her" would name */
        if (!c->have_subj_prev || c->subj_prev.one_person || c->subj_prev.person ||
            !c->subj_prev.code)
            return 1;
        m = c->subj_prev;
        m.start = p->start;
        m.end = p->end;
        m.tstart = p->start;
        m.resolved = 1;
        return tac_code_push_mention(c, &m) < 0 ? -1 : 1;
    }
    if (p->pronoun == 2 && c->n_ments >= 2) {
        /* "Obama and Putin said they will attack": "they" after a group of
         * the same sentence is that group, which the subject search finds;
         * one member would be too little */
        const mention *a = &c->ments[c->n_ments - 2], *b = &c->ments[c->n_ments - 1];
        int joined = b->tstart > a->end && b->tstart - a->end <= 2;
        for (uint32_t j = a->end; joined && j < b->tstart; j++)
            joined = tac_code_is_punct(&t[j], ',') || (t[j].wflags & TAC_LX_CONJ);
        if (joined && a->start >= s)
            return 1;
    }
    /* "he" after a person of its sentence that gave no mention (merged
     * into a longer phrase, or no code): no antecedent in this document,
     * so no actor */
    if ((p->pronoun == 1 && !c->have_person) || (p->pronoun == 2 && !c->have_actor))
        return 1;
    const mention *ante = p->pronoun == 1 ? person_antecedent(c, she, 0) : NULL;
    /* ... the speaker ruled out, the subject of the sentence before, as
     * for a "he" that opens a sentence ('Putin visited Ankara. Erdogan
     * said "he threatened Ukraine"' is Putin) */
    if (p->pronoun == 1 && ante && quoted_speaker(c, s, pieces, np, k, ante))
        ante = !she && c->have_psubj_prev && !c->psubj_prev_unknown &&
                       c->psubj_prev.gender != 2 &&
                       !quoted_speaker(c, s, pieces, np, k, &c->psubj_prev)
                   ? &c->psubj_prev
                   : NULL;
    if (p->pronoun == 1 && ante) {
        const mention *sp = told_person(c, s, e, p, she);
        if (sp)
            ante = sp;
    }
    if (p->pronoun == 1 && !ante)
        return 1;
    /* "they" stands for a group, a state, a body, never one person: after
     * "Funaro said", the last actor that is none */
    const mention *grp = NULL;
    if (p->pronoun == 2) {
        grp = !c->last_actor.one_person ? &c->last_actor : c->have_group ? &c->last_group : NULL;
        if (!grp)
            return 1;
        /* "Ankara warned Stockholm that it would block ...": "it" or
         * "they" opening the "that" clause of a verb with an object stands
         * for that verb's subject, not for the one told (the last actor);
         * not before a demand ("told Iraq that it must withdraw": the one
         * told must act) */
        const mention *told = told_object(c, s, p);
        if (told && !(p->end < e && (t[p->end].wflags & TAC_LX_DEMAND))) {
            /* (a subject of several members, "Kenya and Uganda told
             * Sudan that they": the group, which the subject search
             * finds past the one told) */
            const mention *a = told > c->ments ? told - 1 : NULL;
            int joined = a && a->start >= s && told->tstart > a->end && told->tstart - a->end <= 2;
            for (uint32_t j = joined ? a->end : 0; joined && j < told->tstart; j++)
                joined = tac_code_is_punct(&t[j], ',') || (t[j].wflags & TAC_LX_CONJ);
            if (joined)
                return 1;
            grp = told;
        }
    }
    if (p->pronoun || p->alias) {
        /* a pronoun or short name: the actor it stands for, here */
        m = p->alias            ? *p->alias
            : p->pronoun == 1   ? *ante
            : p->pronoun == 3   ? c->subj_prev
                                : *grp;
        m.start = p->start;
        m.end = p->end;
        m.tstart = p->start;
        m.resolved = 1;
        if (tac_code_push_mention(c, &m) < 0)
            return -1;
        /* "Reagan told reporters that he ...": a short name names its
         * person again, who is now the last person "he" stands for, not
         * one named in between ("his former adviser, John Poindexter") */
        if (p->alias) {
            c->last_person = *p->alias;
            c->have_person = 1;
        }
        if (p->alias || p->pronoun == 1)
            note_person(c, &m);
        return 1;
    }
    if (!(t[p->end - 1].flags & TAC_TOK_COMPOUND))
        return 0;
    /* "Hamas-run health ministry", "Russian-installed officials",
     * "London-based think tank": the agent after the compound is of its
     * first half's country; an organisation without a home country keeps
     * its own code ("UN-led force"). Without an agent after it the
     * compound only modifies (no actor). */
    const piece *q = k + 1 < np ? &pieces[k + 1] : NULL;
    const tac_aentry *who = p->person    ? p->person
                            : p->actor   ? p->actor
                            : p->country ? p->country
                            : p->capital ? p->capital
                                         : p->place;
    /* "a Pakistan-based group", "an Iraq-born man": a home compound
     * (`marker home-compound`) of a place before a lower-case noun that is
     * no agent gives that noun its country, as "a Pakistani group" does;
     * "a Hamas-run school" names no Hamas, and a named body after it keeps
     * its own code ("Paris-based Reporters Without Borders"); an agent
     * right after that noun is the head it modifies ("a London-based
     * investment firm" -> GBRBUS); a member word is the body's ("a
     * London-based spokeswoman for the company") */
    /* (up to three nouns of one phrase: "a Washington-based research group") */
    uint32_t nouns_end = p->end;
    if (who && !p->person && !p->actor && who->country[0] && (t[p->end - 1].flags & TAC_TOK_HOME))
        while (nouns_end < e && nouns_end < p->end + 3 && (!q || q->start > nouns_end) &&
               home_noun(&t[nouns_end]))
            nouns_end++;
    if (nouns_end > p->end) {
        memcpy(m.country, who->country, 4);
        m.end = nouns_end;
        int head = q && q->start == m.end && q->agent && !q->country && !q->actor && !q->person &&
                   !q->pronoun && !q->alias;
        if (head) {
            if (add_agents(c, &m, q->agent->code) < 0)
                return -1;
            m.end = q->end;
        }
        if (push_compound(c, s, &m) < 0)
            return -1;
        return head ? 2 : 1;
    }
    if (!who || !q || q->start != p->end || !q->agent || q->country || q->actor || q->person ||
        q->pronoun || q->alias)
        return 1;
    if (p->actor && !p->person && !p->actor->country[0]) {
        if (set_actor(c, &m, p->actor) < 0)
            return -1;
        /* "Kurdish-led forces": a people takes the role, as "Kurdish
         * forces" does; an IGO's force keeps the IGO's code, and a
         * "Shiite-led government" is a state's, not the faith's */
        if (people_group(p->actor) && !agent_in(q->agent->code, "GOVLEGJUD")) {
            if (add_agents(c, &m, q->agent->code) < 0)
                return -1;
            m.code = NULL;
        }
    } else {
        memcpy(m.country, who->country, 4);
        if (add_agents(c, &m, q->agent->code) < 0)
            return -1;
    }
    m.end = q->end;
    return push_compound(c, s, &m) < 0 ? -1 : 2;
}

/* Starts b from the piece at k alone. Returns -1 on out of memory. */
static int start_mention(tac_coder *c, const piece *pieces, size_t np, size_t k, mbuild *b)
{
    const tac_tok *t = c->toks.v;
    const piece *p = &pieces[k];
    mention *m = &b->m;
    memset(b, 0, sizeof *b);
    b->p = p;
    m->start = p->start;
    m->end = p->end;
    m->tstart = p->start;
    int ok = 1;
    if (p->person) {
        ok = set_person(c, m, p->person) == 0;
    } else if (p->actor) {
        ok = set_actor(c, m, p->actor) == 0;
    } else if (p->country) {
        memcpy(m->country, p->country->country, 4);
    } else if (p->capital) {
        /* "Moscow said": the government; "Kyiv police", "Moscow's forces":
         * the police, the forces */
        memcpy(m->country, p->capital->country, 4);
        const piece *q = k + 1 < np ? &pieces[k + 1] : NULL;
        if (!(q &&
              (q->start == p->end ||
               (q->start == p->end + 1 && tac_code_poss_at(t, p->end, q->end))) &&
              q->agent && !q->country && !q->actor && !q->person))
            m->agents[m->n_agents++] = "GOV";
    } else if (p->place) {
        memcpy(m->country, p->place->country, 4);
    } else if (p->agent) {
        ok = add_agents(c, m, p->agent->code) == 0;
    }
    if (!ok)
        return -1;
    b->named = p->person || p->actor;
    b->people = !p->person && people_group(p->actor);
    b->region = !p->person && region_actor(p->actor);
    b->rank_only = lone_member(t, p) && !p->country && !p->capital && !p->place;
    return 0;
}

/* how many capitalised words a state body's name may hold after the
 * country adjective, its noun included */
#define STATE_BODY_WORDS 4

/* "Cereals Intervention Board" from token i, right after a country
 * adjective: up to STATE_BODY_WORDS capitalised plain words that end in
 * a state body's noun (`marker state-body-noun`: "Board", "Authority",
 * "Agency", "Commission", "Office") name a body of that state. Returns
 * the token after that noun, or i when there is none.
 * A company suffix after the noun ("... Board Ltd") or a further
 * capitalised word makes the name a company's, and "News" or "Press" in it
 * a press agency, which the dictionaries name (IRQMED), not a state body. */
static uint32_t state_body_name(const tac_coder *c, uint32_t e, uint32_t i)
{
    const tac_tok *t = c->toks.v;
    for (uint32_t j = i; j < e && j < i + STATE_BODY_WORDS; j++) {
        const tac_tok *w = &t[j];
        if (!(w->flags & TAC_TOK_WORD) || !(w->flags & TAC_TOK_CAP) ||
            (w->flags & (TAC_TOK_UPPER | TAC_TOK_NUM | TAC_TOK_POSS | TAC_TOK_HYPHEN)) ||
            corp_suffix_tok(w, 1) || tok_is(w, "news") || tok_is(w, "press") ||
            (w->wflags & (TAC_LX_STARTER | TAC_LX_DET | TAC_LX_PREP | TAC_LX_CONJ |
                          TAC_LX_SAY | TAC_LX_PRON_PERSON | TAC_LX_PRON_GROUP)))
            return i;
        if (form_class(c, w, TAC_LC_STATE_BODY_NOUN)) {
            if (j + 1 < e && (t[j + 1].flags & TAC_TOK_WORD) && (t[j + 1].flags & TAC_TOK_CAP))
                return i;
            return j + 1;
        }
    }
    return i;
}

/* Completes b, whose pieces end before k2, from the words around it and
 * the mentions before it, and pushes it (a place that gave no agent its
 * country goes to the sentence's locations instead). *adj_ment is the
 * last mention coded "country adjective + agent". Returns -1 on out of
 * memory, else 0. */
static int finish_mention(tac_coder *c, uint32_t s, uint32_t e, const piece *pieces, size_t np,
                          size_t k2, mbuild *b, size_t *adj_ment)
{
    const tac_tok *t = c->toks.v;
    const piece *p = b->p;
    mention m = b->m;
    int named = b->named;
    if (!named && m.country[0] && m.n_agents == 0 && p->capital && !p->country)
        m.agents[m.n_agents++] = "GOV";
    /* "US and British activists", "Russian or Syrian jets": coordinated
     * country adjectives share the agent that follows the last one */
    if (!named && m.country[0] && !m.n_agents && !p->capital &&
        (p->adj || (t[p->start].flags & TAC_TOK_UPPER)) && k2 + 1 < np &&
        (tok_is(&t[m.end], "and") || tok_is(&t[m.end], "or"))) {
        const piece *q1 = &pieces[k2], *q2 = &pieces[k2 + 1];
        if (q1->start == m.end + 1 && q1->country && q1->adj && !q1->agent && !q1->person &&
            !q1->actor && q2->start == q1->end && q2->agent && !q2->country && !q2->person &&
            !q2->actor && add_agents(c, &m, q2->agent->code) < 0)
            return -1;
    }
    /* "ordinary Kazakhs", "average Iranians": the people of a country as
     * against its state are its civilians */
    if (!named && m.country[0] && !m.n_agents && p->adj && m.start > s &&
        (tok_is(&t[m.start - 1], "ordinary") || tok_is(&t[m.start - 1], "average") ||
         tok_is(&t[m.start - 1], "common") || tok_is(&t[m.start - 1], "local")))
        m.agents[m.n_agents++] = "CVL";
    /* "the French Cereals Intervention Board", "the British Airports
     * Authority": a country adjective before capitalised words that end
     * in the noun of a state body is that state's body, GOV */
    if (!named && m.country[0] && !m.n_agents && p->adj && !c->in_headline) {
        uint32_t j = state_body_name(c, e, m.end);
        if (j > m.end && (k2 >= np || pieces[k2].start >= j)) {
            m.agents[m.n_agents++] = "GOV";
            m.end = j;
        }
    }
    /* "Japan's Diet": a parliament's own name that is also a plain word
     * (`marker parliament-name`), capitalised right after a state's
     * possessive and ending the name, is that state's legislature; in
     * lower case ("Japan's diet of rice") or alone it is the word */
    if (!named && !m.person && m.country[0] && !m.n_agents && m.end + 1 < e &&
        (t[m.end].flags & TAC_TOK_POSS) && (t[m.end + 1].flags & TAC_TOK_CAP) &&
        !(t[m.end + 1].flags & TAC_TOK_UPPER) && !c->in_headline &&
        word_class(c, &t[m.end + 1], TAC_LC_PARLIAMENT_NAME) &&
        (k2 >= np || pieces[k2].start > m.end + 1) &&
        (m.end + 2 >= e || !(t[m.end + 2].flags & TAC_TOK_CAP))) {
        m.agents[m.n_agents++] = "LEG";
        m.end += 2;
    }
    /* "Israeli helicopters and tanks", "Syrian troops or police": a bare
     * agent joined by "and" / "or" to a mention coded from a country
     * adjective and an agent is in the adjective's scope, unless the two
     * are opposing sides (state forces and rebels) */
    if (!named && !m.country[0] && m.n_agents && *adj_ment != (size_t)-1 &&
        *adj_ment + 1 == c->n_ments && c->ments[*adj_ment].end + 1 == m.start &&
        (tok_is(&t[m.start - 1], "and") || tok_is(&t[m.start - 1], "or")) &&
        !(tac_code_state_side(&c->ments[*adj_ment]) && nonstate_side(&m)))
        memcpy(m.country, c->ments[*adj_ment].country, 4);
    /* "KIGALI - Hutu extremists killed Tutsi civilians": a people of no
     * home country (an ethnic group, ...ETH) that its phrase gives none
     * is of the country the story was filed from, as "Tutsi villagers in
     * Rwanda" is of Rwanda; not where the sentence names a country or
     * place, whose own rules decide. Only the dateline's: a country the
     * sentences before named ("Turkey said. KURDS SAY ...") is too weak
     * a sign for a people that lives across several states */
    if (named && b->people && !b->region && !m.country[0] && c->story_dateline &&
        has_agent(&m, "ETH") && !names_country(c, pieces, np)) {
        memcpy(m.country, c->story_cc, 4);
        m.code = NULL;
    }
    /* "Russia withdrew its troops": an agent after "its" / "their" belongs
     * to the country of the last actor before it */
    if (!named && !m.country[0] && m.n_agents && m.start > s &&
        (tok_is(&t[m.start - 1], "its") || tok_is(&t[m.start - 1], "their"))) {
        for (size_t k = c->n_ments; k > 0; k--) {
            if (c->ments[k - 1].country[0]) {
                memcpy(m.country, c->ments[k - 1].country, 4);
                break;
            }
        }
        /* "Kenya accused Somalia of aggression. Its army attacked": with
         * no actor before it in its sentence, the owner is
         * the subject of the sentence before, as an opening "It" is (a
         * state or body, no person: "its" and "their" stand for none) */
        if (!m.country[0] && c->n_ments == 0 && !c->opt.no_coref && c->have_subj_prev &&
            !c->subj_prev.person &&
            !c->subj_prev.one_person && c->subj_prev.country[0])
            memcpy(m.country, c->subj_prev.country, 4);
    }
    /* "met the country's president", "the country's army": the country
     * is the last one named in this sentence, else that of the last actor
     * with a country and agents of this sentence or the one before */
    if (!named && !m.country[0] && m.n_agents && m.start >= s + 3 && !c->opt.no_coref &&
        (t[m.start - 1].flags & TAC_TOK_POSS) && tok_is(&t[m.start - 2], "country") &&
        tok_is(&t[m.start - 3], "the")) {
        size_t k = c->n_ments;
        while (k > 0 && !c->ments[k - 1].country[0])
            k--;
        if (k > 0)
            memcpy(m.country, c->ments[k - 1].country, 4);
        else if (c->n_recent > c->recent_floor)
            memcpy(m.country, c->recent[(c->n_recent - 1) % MAX_RECENT].country, 4);
    }
    /* "South Africa's president said his government ...": a head of
     * state or government titled earlier in the sentence (the last actor
     * there), with no person named after it in the sentence, is the one
     * "his" / "her" means */
    int his = !named && !m.country[0] && m.n_agents && m.start > s &&
              (tok_is(&t[m.start - 1], "his") || tok_is(&t[m.start - 1], "her")) &&
              !c->opt.no_coref;
    /* "The Indian prime minister met President Biden, and his government
     * signed ...": "his" opening a clause joined by ", and" stands for
     * the subject of the clause before, not its object */
    if (his) {
        const mention *a = clause_subject_before(c, s, m.start - 1);
        if (a)
            memcpy(m.country, a->country, 4);
    }
    if (his && !m.country[0] && c->n_ments > 0 && c->ments[c->n_ments - 1].start >= s &&
        c->ments[c->n_ments - 1].country[0] && titled_head(c, t, &c->ments[c->n_ments - 1]) &&
        !(c->have_person && c->last_person.start >= c->ments[c->n_ments - 1].start))
        memcpy(m.country, c->ments[c->n_ments - 1].country, 4);
    /* "Prime Minister Mahendra Chaudhry and members of his government":
     * "his" / "her" before an agent give it the last person's country;
     * and "Erdogan met Putin in Sochi. His government criticized
     * Israel": "his" in a sentence that named no person before it is the
     * person "he" there would be (the subject of the sentence before,
     * person_antecedent), not the last person named */
    if (his && !m.country[0] && c->have_person && c->last_person.country[0]) {
        int person_before = 0;
        for (size_t k = 0; k < c->n_ments && !person_before; k++)
            person_before = c->ments[k].person && c->ments[k].start >= s;
        const mention *a = tok_is(&t[m.start - 1], "his") && !person_before
                               ? person_antecedent(c, 0, 1)
                               : &c->last_person;
        if (a && a->country[0])
            memcpy(m.country, a->country, 4);
    }
    if (!named && !m.country[0] && m.n_agents == 1 && m.start > s && !c->opt.no_coref &&
        tok_is(&t[m.start - 1], "the") && m.start == p->start &&
        !country_actor_in(pieces, np, p)) {
        const mention *a = definite_antecedent(c, &m);
        if (a) {
            uint32_t start = m.start, end = m.end;
            m = *a;
            m.start = m.tstart = start;
            m.end = end;
            m.resolved = 1;
        } else if (head_title(c, t, &m) && c->story_first[0] &&
                   (c->story_dateline || c->story_ccs <= 2) && !names_country(c, pieces, np)) {
            /* "Ugandan President Museveni met Kenyan President Kibaki.
             * The president said ...": the head of state no sentence
             * names is the story's own, the dateline's or the first
             * state it named, not whichever was named last (of a story
             * of two states at most: past that, "the president" is as
             * often any of them); a sentence that names a country or
             * place leaves it to its own rules */
            memcpy(m.country, c->story_first, 4);
            m.code = NULL;
        }
    }
    /* a place that gave no agent its country is no actor */
    if (p->place && !p->capital && !p->country && !m.n_agents && !named) {
        add_loc(c, p->start, p->end, p);
        return 0;
    }
    /* "a former defence minister", "ex-president", "an erstwhile ally"
     * (`marker former`): an elite, not the office */
    int former_person = 0; /* "former President Obama": still "he" */
    int former = (m.start > s && (t[m.start - 1].wflags & TAC_LX_FORMER)) ||
                 (t[m.start].flags & TAC_TOK_FORMER); /* "ex-FARC rebels" */
    /* "former head of Nigeria's army": an elite's phrase of `agent ELI`
     * that opens with a former word ("former head") and took a body's role
     * after it is that body's elite, as "former" before the title makes
     * one ("the former chief of Nigeria's army" -> NGAELI, not NGAMILELI) */
    if (!former && (t[m.start].wflags & TAC_LX_FORMER) && p->agent && p->start == m.start &&
        !strcmp(p->agent->code, "ELI") && m.n_agents &&
        (m.n_agents > 1 || strcmp(m.agents[0], "ELI") != 0))
        former = 1;
    /* ... and "the former chief of Nigeria's army", "former members of the
     * FARC": a member word that is no agent, between a former word and the
     * "of" before the body, makes the body's elite */
    if (!former && (m.n_agents || named) && !m.person) {
        uint32_t j = m.start;
        if (j > s && (t[j - 1].wflags & TAC_LX_DET))
            j--;
        if (j >= s + 3 && (tok_is(&t[j - 1], "of") || tok_is(&t[j - 1], "for")) &&
            (t[j - 2].wflags & TAC_LX_MEMBER) && (t[j - 3].wflags & TAC_LX_FORMER))
            former = 1;
    }
    /* "former Soviet republics", "former British colonies": "former"
     * qualifies the country, not an office; before a state noun (`marker
     * polity-noun`, "the ex-Soviet nation": `polity-noun-one`), with no
     * person and no agent, the states
     * that were once the country's are none of its actors */
    if (former && !m.person && !m.n_agents && !named && m.end < e &&
        (t[m.end].wclass & (TAC_LC_POLITY | TAC_LC_POLITY_ONE)))
        return 0;
    /* ... and "former Soviet Georgia", "ex-Yugoslav Macedonia": the
     * country named right after is the actor, the former one only its past */
    if (former && !m.person && !m.n_agents && !named && k2 < np && pieces[k2].start == m.end &&
        pieces[k2].country && !pieces[k2].agent)
        return 0;
    if (former && (m.person || m.n_agents || named)) {
        former_person = m.person != 0;
        m.code = NULL;
        m.person = 0;
        m.n_agents = 0;
        m.agents[m.n_agents++] = "ELI";
    }
    if (!m.code && tac_code_finish_code(c, &m) < 0)
        return -1;
    if (m.person || former_person) {
        m.gender = text_gender(c, s, &m);
        /* "Militants loyal to ... al-Zarqawi" holds a person, but names
         * many: an inflected plural in the phrase */
        m.one_person = 1;
        for (uint32_t j = m.start; j < m.end && m.one_person; j++)
            m.one_person = !plural_noun(&t[j], j == m.start);
    }
    /* a determiner before the phrase belongs to its text */
    if (m.start > s && (t[m.start - 1].wflags & TAC_LX_DET) &&
        !(t[m.start - 1].wflags & TAC_LX_COMPLEMENT))
        m.tstart = m.start - 1;
    /* "Armenian envoy Artur Harutyunyan": a name after an agent phrase
     * joins the mention, and its last word becomes a short name for the
     * rest of the document */
    /* (so does one after a named body's title: "MITI Vice Minister Makoto
     * Kuroda", where the body gives the code and the title ends the
     * phrase) */
    int titled = named && !m.person && k2 > 0 && pieces[k2 - 1].agent && !pieces[k2 - 1].actor &&
                 !pieces[k2 - 1].country && pieces[k2 - 1].end == m.end &&
                 pieces[k2 - 1].start > m.start;
    if ((named ? titled : m.n_agents != 0) && m.end < e && name_word(&t[m.end]) &&
        !(t[m.end].wflags & (TAC_LX_VERB | TAC_LX_NOUN)) && !find_alias(c, &t[m.end])) {
        uint32_t j = m.end;
        while (j < e && j < m.end + 3 && name_word(&t[j]))
            j++;
        m.end = j;
        m.one_person = 1;
        m.gender = text_gender(c, s, &m);
        /* "Interior Minister Ahmed Kamal said" in a story filed from
         * Cairo or about Egypt alone: wire copy names the state of a
         * title only when it is not the story's own, so a state title
         * of no country whose holder no dictionary knows is the story's
         * (its dateline's, or the one country its sentences before
         * named); in a story of several countries it stays of none */
        if (!named && !m.country[0] && c->story_ccs == 1 && state_title(&m) &&
            story_title(c, s, pieces, np, &m)) {
            memcpy(m.country, c->story_cc, 4);
            m.code = NULL;
            if (tac_code_finish_code(c, &m) < 0)
                return -1;
        }
        if (tac_code_push_mention(c, &m) < 0)
            return -1;
        remember(c, &m);
        add_alias(c, t[j - 1].norm, t[j - 1].norm_len, &m);
        return 0;
    }
    if (!named && p->adj && p->country && m.country[0] && m.n_agents && m.start == p->start)
        *adj_ment = c->n_ments;
    if (tac_code_push_mention(c, &m) < 0)
        return -1;
    remember(c, &m);
    if (former_person) {
        c->last_person = m;
        c->have_person = 1;
        note_person(c, &m);
    }
    return 0;
}

/* A word that names people by how they stand to someone: "opponents",
 * "critics", "foes" (`marker opponent-noun`: OPP) or "supporters" (`marker
 * supporter-noun`: CVL, as the dictionaries code "government
 * supporters"); else NULL. */
static const char *relation_word(const tac_coder *c, const tac_tok *t)
{
    if (word_class(c, t, TAC_LC_OPPONENT_NOUN))
        return "OPP";
    if (word_class(c, t, TAC_LC_SUPPORTER_NOUN))
        return "CVL";
    return NULL;
}

/* "opponents of Chavez", "critics of the government", "supporters of
 * Mubarak", "Chavez supporters": the people so named are not the one
 * they oppose or back, who is no actor of the sentence. Opponents and
 * critics are the opposition (OPP), supporters civilians (CVL), of the
 * country of a government, leader in office, legislature or court they
 * stand to, of none
 * otherwise (supporters of a group are not the group). The mention after
 * "of" (or the person right before the word) becomes theirs. Returns -1 on
 * out of memory, else 0. */
static int relation_mentions(tac_coder *c, uint32_t s, uint32_t e)
{
    const tac_tok *t = c->toks.v;
    for (size_t k = 0; k < c->n_ments; k++) {
        mention *m = &c->ments[k];
        uint32_t prev_end = k ? c->ments[k - 1].end : s;
        uint32_t from;
        const char *rel = NULL;
        if (m->tstart >= s + 2 && tok_is(&t[m->tstart - 1], "of") &&
            m->tstart - 2 >= prev_end) {
            from = m->tstart - 2;
            rel = relation_word(c, &t[from]);
        } else if (m->person && m->end < e && (t[m->end].flags & TAC_TOK_WORD) &&
                   !(t[m->end].flags & TAC_TOK_CAP) && t[m->end].norm_len > 1 &&
                   t[m->end].norm[t[m->end].norm_len - 1] == 's' &&
                   (k + 1 == c->n_ments || c->ments[k + 1].start > m->end) &&
                   !(m->end + 1 < e && tok_is(&t[m->end + 1], "of"))) {
            from = m->tstart;
            rel = relation_word(c, &t[m->end]);
        }
        if (!rel)
            continue;
        /* (a government, leader, legislature or court: the state) */
        int gov = 0;
        for (int a = 0; a < m->n_agents && !gov; a++)
            gov = agent_in(m->agents[a], "GOVLEGJUD");
        mention r = *m;
        if (!gov)
            r.country[0] = '\0';
        r.n_agents = 1;
        r.agents[0] = rel;
        r.person = 0;
        r.resolved = 0;
        r.armed = 0;
        r.code = NULL;
        if (from < m->start) {
            r.start = from;
            r.tstart = from > s && (t[from - 1].wflags & TAC_LX_DET) ? from - 1 : from;
        } else {
            r.end = m->end + 1;
        }
        if (tac_code_finish_code(c, &r) < 0)
            return -1;
        *m = r;
    }
    return 0;
}

/* Token j is inside a mention or a place of the sentence. */
static int in_mention(const tac_coder *c, uint32_t j)
{
    for (size_t k = 0; k < c->n_ments; k++)
        if (j >= c->ments[k].tstart && j < c->ments[k].end)
            return 1;
    for (size_t k = 0; k < c->n_locs; k++)
        if (j >= c->locs[k].start && j < c->locs[k].end)
            return 1;
    return 0;
}

#define NAMED_BEFORE_WINDOW 4096 /* tokens looked back: a few pages of news */

/* The word at j was written before it in the text (within the window),
 * capitalised after a word or a comma (inside a sentence, not opening
 * one). The window keeps a long document of many one-word sentence
 * openers linear. */
static int named_before(const tac_coder *c, uint32_t j)
{
    const tac_tok *t = c->toks.v;
    for (uint32_t k = j > NAMED_BEFORE_WINDOW ? j - NAMED_BEFORE_WINDOW : 1; k < j; k++)
        if (tok_is_n(&t[k], t[j].norm, t[j].norm_len) && (t[k].flags & TAC_TOK_CAP) &&
            ((t[k - 1].flags & TAC_TOK_WORD) || tac_code_is_punct(&t[k - 1], ',')))
            return 1;
    return 0;
}

/* A word of letters and hyphens only ("Hazelhoff", "Al-Sabah"; not "I'm"). */
static int letters_only(const tac_tok *w)
{
    for (size_t k = 0; k < w->norm_len; k++)
        if (!isalpha((unsigned char)w->norm[k]) && w->norm[k] != '-' &&
            !((unsigned char)w->norm[k] & 0x80))
            return 0;
    return 1;
}

/* A sentence written all in lower case (news text lower-cased by its
 * source: "jethmalani said that ..."), where no capital tells a name. */
static int lower_case_sentence(const tac_tok *t, uint32_t s, uint32_t e)
{
    for (uint32_t j = s; j < e; j++)
        if (t[j].flags & TAC_TOK_CAP)
            return 0;
    return e > s;
}

/* In such a sentence a name is a word the vocabulary does not know, of
 * ASCII letters only, three or more ("jethmalani", "bodawade"); a word
 * of mangled encoding or with digits is none. */
static int lower_name_word(const tac_tok *t)
{
    if (!(t->flags & TAC_TOK_WORD) || t->word || t->norm_len < 3)
        return 0;
    for (size_t k = 0; k < t->norm_len; k++)
        if (!((t->norm[k] >= 'a' && t->norm[k] <= 'z') || t->norm[k] == '-'))
            return 0;
    return 1;
}

/* A name word of the sentence: capitalised (name_word), or in a
 * lower-case sentence a word no vocabulary knows (lower_name_word). */
static int name_word_case(const tac_tok *t, int lower)
{
    return lower ? lower_name_word(t) : name_word(t);
}

/* "De Croo also criticized", "Fourtou, speaking at a news conference,",
 * "..., Marcano said": a name of one to three capitalised words that no
 * dictionary knows and no mention holds, opening the sentence before a
 * verb or a comma, or right before a saying verb, before any person the
 * sentence named, is its subject: "He" in the next sentence is most
 * likely that person, whom no actor codes, so it is no guess at another
 * (person_antecedent). Its last word is no noun or verb, nor a word a
 * marker names ("Also,", "Traders said"), nor a short name of the
 * document. */
static void unknown_subject(tac_coder *c, uint32_t s, uint32_t e)
{
    const tac_tok *t = c->toks.v;
    /* lower-cased text: words no vocabulary knows stand for the capitals,
     * and only right before a saying verb ("..., shastri said") */
    int lower = lower_case_sentence(t, s, e);
    /* only before the person the sentence named as its subject (the loop
     * sets none until it returns) */
    uint32_t stop = c->have_psubj_cur && c->psubj_cur.start < e ? c->psubj_cur.start : e;
    for (uint32_t a = s; a < stop; a++) {
        if (!name_word_case(&t[a], lower) || (a > s && name_word_case(&t[a - 1], lower)) ||
            in_mention(c, a))
            continue;
        uint32_t b = a;
        while (b < e && b < a + 4 && name_word_case(&t[b], lower) && !in_mention(c, b))
            b++;
        if (b == a + 4 || b >= e || (lower && !(t[b].wflags & TAC_LX_SAY)))
            continue;
        const tac_tok *last = &t[b - 1];
        if ((last->wflags & (TAC_LX_NOUN | TAC_LX_VERB | TAC_LX_MARKER_FLAGS)) ||
            last->norm_len < 3 || find_alias(c, last) || !letters_only(last))
            continue;
        /* (a name may open with a particle the vocabulary holds: "De Croo") */
        int first = a == s || (a == s + 1 && (t[s].flags & TAC_TOK_CAP) && t[s].norm_len <= 3 &&
                               letters_only(&t[s]));
        int opens = first && (tac_code_is_punct(&t[b], ',') || verbish(&t[b]) ||
                               ((t[b].wflags & TAC_LX_ADVERB) && b + 1 < e && verbish(&t[b + 1])));
        if (!opens && !(t[b].wflags & TAC_LX_SAY))
            continue;
        /* one word opening the sentence ("You must", "Finance from") is a
         * name only if the text wrote it capitalised inside a sentence
         * before ("chairman Robertus Hazelhoff said") */
        if (a == s && b == a + 1 && !lower && !named_before(c, a))
            continue;
        memset(&c->psubj_cur, 0, sizeof c->psubj_cur);
        c->psubj_cur.start = c->psubj_cur.tstart = a;
        c->psubj_cur.end = b;
        c->have_psubj_cur = 1;
        c->psubj_cur_unknown = 1;
        return;
    }
}

/* Finds the actor mentions of tokens [s, e) and appends them to ments:
 * scan_pieces reads the phrases, then each mention is composed from the
 * pieces of one noun phrase ("Armenian" + "Prime Minister" + "Nikol
 * Pashinyan"). Returns -1 on out of memory, else 0. */
int tac_code_find_mentions(tac_coder *c, uint32_t s, uint32_t e)
{
    piece pieces[MAX_PIECES_SENT];
    c->n_locs = 0;
    c->sent_person = c->last_person;
    c->sent_actor = c->last_actor;
    c->sent_have_person = c->have_person;
    c->sent_have_actor = c->have_actor;
    c->subj_prev = c->subj_cur;
    c->have_subj_prev = c->have_subj_cur;
    c->have_subj_cur = 0;
    /* a sentence that named no person keeps the subject before it: "He"
     * two sentences on is still that person */
    if (c->have_psubj_cur) {
        c->psubj_prev = c->psubj_cur;
        c->psubj_prev_unknown = c->psubj_cur_unknown;
        c->have_psubj_prev = 1;
    }
    c->have_psubj_cur = 0;
    c->sent_female = c->last_female;
    c->sent_he = c->last_he;
    c->sent_have_female = c->have_female;
    c->sent_have_he = c->have_he;
    c->recent_floor = c->recent_mark;
    c->recent_mark = c->n_recent;
    /* what a sentence-initial "they" read before subject_pronoun */
    mention last_before = c->last_actor;
    int had_last = c->have_actor;
    size_t np = scan_pieces(c, s, e, pieces);
    size_t adj_ment = (size_t)-1; /* the last mention coded "adjective + agent" */
    for (size_t k = 0; k < np;) {
        int used = short_mention(c, s, e, pieces, np, k);
        if (used < 0)
            return -1;
        if (used) {
            k += (size_t)used;
            continue;
        }
        mbuild b;
        if (start_mention(c, pieces, np, k, &b) < 0)
            return -1;
        size_t k2 = k + 1;
        int r = 1;
        while (k2 < np && (r = absorb(c, s, e, pieces, np, &k2, &b)) > 0)
            ;
        if (r >= 0)
            loyal_to_pronoun(c, s, e, &b);
        if (r < 0 || finish_mention(c, s, e, pieces, np, k2, &b, &adj_ment) < 0)
            return -1;
        k = k2;
    }
    if (relation_mentions(c, s, e) < 0)
        return -1;
    /* "They were not willing to take a complaint to the police": a pronoun
     * is no other actor of its own sentence, so an opening "they"/"it" that
     * continued a subject named again in the sentence is read as before
     * ("they": the last actor; "it": nothing) */
    if (np && pieces[0].pronoun == 3 && c->n_ments && c->ments[0].start == s) {
        int again = 0;
        for (size_t k = 1; k < c->n_ments && !again; k++)
            again = c->ments[k].code && c->ments[0].code &&
                    strcmp(c->ments[k].code, c->ments[0].code) == 0;
        if (again && had_last && (t0_group(c, s))) {
            uint32_t st = c->ments[0].start, en = c->ments[0].end;
            c->ments[0] = last_before;
            c->ments[0].start = c->ments[0].tstart = st;
            c->ments[0].end = en;
            c->ments[0].resolved = 1;
        } else if (again) {
            memmove(&c->ments[0], &c->ments[1], (c->n_ments - 1) * sizeof c->ments[0]);
            c->n_ments--;
        }
    }
    if (!c->in_headline && !c->opt.no_coref) {
        unknown_subject(c, s, e);
        /* a title of a sex is capitalised ("Mrs.", "Queen") or a title */
        const tac_tok *t = c->toks.v;
        for (uint32_t j = s; j < e && !c->gender_seen; j++)
            if ((t[j].flags & TAC_TOK_CAP) || (t[j].wflags & TAC_LX_TITLE))
                c->gender_seen = gender_word(c, &t[j]);
    }
    /* the last of the police and the military named, for a bare
     * "officers" of a later sentence */
    for (size_t k = 0; k < c->n_ments && !c->opt.no_coref; k++)
        if (code_has_role(c->ments[k].code, "COP"))
            c->police_story = 1;
        else if (code_has_role(c->ments[k].code, "MIL"))
            c->police_story = 0;
    if (c->n_ments && c->ments[0].tstart == s && (c->ments[0].country[0] || c->ments[0].code)) {
        c->subj_cur = c->ments[0];
        c->subj_cur.resolved = 0;
        c->have_subj_cur = 1;
    }
    return 0;
}

/* ---- groups --------------------------------------------------------- */

/* "The Indian prime minister met President Joe Biden, and his government
 * signed": an irregular verb form whose base is also a noun ("met",
 * "left"), which verbish() leaves out, is the verb right after the end of
 * an actor group (its subject). Groups before j are built already. */
static int irregular_verb_after(const tac_coder *c, uint32_t s, uint32_t j)
{
    const tac_tok *t = c->toks.v;
    return (t[j].wflags & TAC_LX_VERB) && t[j].lemma && t[j].word != t[j].lemma &&
           !(t[j].flags & TAC_TOK_CAP) && t[j].norm_len > 1 &&
           t[j].norm[t[j].norm_len - 1] != 's' && j > s && c->tok_group[j - 1 - s] >= 0 &&
           c->groups[c->tok_group[j - 1 - s]].end == j;
}

/* m ends "of"/"from" and a country's name ("the leaders of France",
 * "diplomats from the United States"): only capitalised words or a
 * determiner follow the preposition inside m. */
static int country_after_of(const tac_tok *t, const mention *m)
{
    for (uint32_t j = m->end; j > m->start + 1;) {
        j--;
        if (tok_is(&t[j], "of") || tok_is(&t[j], "from"))
            return j + 1 < m->end;
        if (!(t[j].flags & TAC_TOK_CAP) && !(t[j].wflags & TAC_LX_DET))
            return 0;
    }
    return 0;
}

int tac_code_build_groups(tac_coder *c, uint32_t s, uint32_t e)
{
    tac_tok *t = c->toks.v;
    c->n_groups = 0;
    size_t n = e - s;
    void *grown = tac_code_grow(c->tok_group, &c->cap_tok_group, n + 1, sizeof *c->tok_group);
    if (!grown) /* c->tok_group keeps its block */
        return -1;
    c->tok_group = grown;
    for (size_t i = 0; i < n; i++)
        c->tok_group[i] = -1;
    for (size_t k = 0; k < c->n_ments; k++) {
        mention *m = &c->ments[k];
        int join = 0;
        /* "Germany's Scholz", "Russia's Putin and China's Xi": a named
         * person right after his own country's possessive is one actor
         * with it, as "China's president" is; the country alone would take
         * a slot, or part a list of such persons */
        if (k && m->person && !m->resolved) {
            mention *o = &c->ments[k - 1];
            if (!o->person && !o->n_agents && o->country[0] && o->end + 1 == m->tstart &&
                tac_code_poss_at(t, o->end, e) && !strcmp(o->country, m->country) &&
                (!c->n_groups || c->groups[c->n_groups - 1].first + c->groups[c->n_groups - 1].n == k)) {
                uint32_t st = o->start < o->tstart ? o->start : o->tstart;
                uint32_t ts = o->tstart;
                int gi = o->group;
                *o = *m;
                o->start = st;
                o->tstart = ts;
                o->group = gi;
                c->groups[gi].end = o->end;
                for (uint32_t j = ts; j < o->end; j++)
                    c->tok_group[j - s] = gi;
                memmove(m, m + 1, (c->n_ments - k - 1) * sizeof *m);
                c->n_ments--;
                k--;
                continue;
            }
        }
        if (c->n_groups) {
            group *g = &c->groups[c->n_groups - 1];
            const mention *prev = &c->ments[g->first + g->n - 1];
            uint32_t a = prev->end, b = m->tstart;
            /* "Laurent Fabius and a group of deputies", "the minister and
             * dozens of officials": a conjunction and a quantity before
             * "of" join as a conjunction alone does */
            uint32_t q = a;
            if (b > a + 2 && b - a <= 5 && (t[q].wflags & TAC_LX_CONJ)) {
                q++;
                if (t[q].wflags & TAC_LX_DET)
                    q++;
                if (q + 2 == b && quantity_word(&t[q]) && tok_is(&t[q + 1], "of"))
                    b = a + 1; /* read as "X and Y" */
            }
            /* "the Sudanese government and southern rebels": a lower-case
             * compass word after the conjunction only says where the
             * member is */
            if (b == a + 2 && (t[a].wflags & TAC_LX_CONJ) && (t[a + 1].wclass & TAC_LC_COMPASS) &&
                !(t[a + 1].flags & TAC_TOK_CAP))
                b = a + 1;
            /* "and Russia's Putin praised": a country's possessive that
             * the person after it joins (above, at the next mention) ends
             * where the person does, for the tests on the word after it */
            uint32_t mend = m->end;
            if (k + 1 < c->n_ments && !m->person && !m->n_agents && m->country[0]) {
                const mention *nx = &c->ments[k + 1];
                if (nx->person && !nx->resolved && m->end + 1 == nx->tstart &&
                    tac_code_poss_at(t, m->end, e) && !strcmp(m->country, nx->country))
                    mend = nx->end;
            }
            /* separated only by ',' and conjunctions: at most two tokens */
            if (b > a && b - a <= 2) {
                join = 1;
                int has_and = 0;
                for (uint32_t j = a; j < b; j++) {
                    if (tac_code_is_punct(&t[j], ','))
                        continue;
                    if (t[j].wflags & TAC_LX_CONJ) {
                        has_and = 1;
                        continue;
                    }
                    join = 0;
                }
                /* "Russia attacked Kyiv and Ukraine fired back": the last
                 * member opens a new clause if it is followed by a verb and
                 * the group so far stands after a verb; not after a verb of
                 * saying, whose object is a clause ("the UN said France and
                 * Britain must leave": both must) */
                if (join && has_and && mend < e && verbish(&t[mend]) && g->start > s) {
                    uint32_t j = g->start - 1;
                    if (((verbish(&t[j]) || irregular_verb_after(c, s, j)) &&
                         !(t[j].wflags & TAC_LX_SAY)) ||
                        (t[j].wflags & TAC_LX_PREP))
                        join = 0;
                }
                /* "arrested two army officers, officials said": after a
                 * comma alone, a member followed by a verb opens a clause;
                 * not in a list that commas already join ("Armenia,
                 * Georgia, Azerbaijan signed ...") nor in a headline's
                 * pair of states that opens the sentence ("Germany, Poland
                 * say they will help": no clause stands before the comma) */
                if (join && !has_and && g->n < 2 && mend < e && verbish(&t[mend]) &&
                    !(g->start == s && !prev->person && !m->person && !prev->n_agents &&
                      !m->n_agents && prev->country[0] && m->country[0]))
                    join = 0;
                /* "to mediate between Armenia and Azerbaijan, the Kremlin
                 * said": a list that a conjunction has closed takes no
                 * member after a comma alone before a verb of saying; that
                 * member is the speaker of the sentence, not a third party */
                if (join && !has_and && g->n >= 2 && m->end < e && (t[m->end].wflags & TAC_LX_SAY)) {
                    for (uint32_t j = g->start; j < g->end && join; j++)
                        if (t[j].wflags & TAC_LX_CONJ)
                            join = 0;
                }
                /* "According to Syrian state media, Israeli missiles hit":
                 * the comma closes the attribution; the one who reports is
                 * no member of the group that acts */
                if (join && !has_and && g->start >= s + 2 && tok_is(&t[g->start - 1], "to") &&
                    tok_is(&t[g->start - 2], "according"))
                    join = 0;
                /* "Hungary, a NATO member, criticized": a member after a
                 * comma alone that opens with "a"/"an" and whose phrase
                 * closes with a comma before a verb is an apposition to
                 * the member before, no list (appositive_head then takes
                 * that member); "a soldier, a policeman and" goes on */
                if (join && !has_and && (tok_is(&t[m->tstart], "a") || tok_is(&t[m->tstart], "an"))) {
                    uint32_t j = m->end;
                    while (j < e && j < m->end + 4 && !tac_code_is_punct(&t[j], ',') &&
                           !(t[j].wflags & TAC_LX_CONJ) && !(t[j].flags & TAC_TOK_PUNCT))
                        j++;
                    if (j + 1 < e && tac_code_is_punct(&t[j], ',') && verbish(&t[j + 1]))
                        join = 0;
                }
                /* "the prime minister of Pakistan, Imran Khan, accused": a
                 * person of the same country between commas right after
                 * an office with no person is an apposition, one actor
                 * named twice, no list (the subject search takes the office
                 * before it, appositive_head) */
                if (join && !has_and && g->n < 2 && m->person && !prev->person &&
                    prev->country[0] && !strcmp(prev->country, m->country) && m->end + 1 < e &&
                    tac_code_is_punct(&t[m->end], ',') && verbish(&t[m->end + 1]))
                    join = 0;
            }
            /* "the leaders of Japan, Australia and India", "diplomats
             * from Italy, Spain and France": the agent before "of"/"from"
             * heads the whole list of countries after it, so a bare
             * country member takes the first member's agents */
            const mention *f = &c->ments[g->first];
            if (join && !m->person && !m->n_agents && m->country[0] && m->code &&
                strlen(m->code) == 3 && !f->person && f->n_agents && f->country[0] &&
                prev->n_agents == f->n_agents && country_after_of(t, f)) {
                for (int i = 0; i < f->n_agents; i++)
                    m->agents[i] = f->agents[i];
                m->n_agents = f->n_agents;
                m->code = NULL;
                if (tac_code_finish_code(c, m) < 0)
                    return -1;
            }
            if (join) {
                g->n++;
                g->end = m->end;
                m->group = (int)(c->n_groups - 1);
            }
        }
        if (!join) {
            grown = tac_code_grow(c->groups, &c->cap_groups, c->n_groups + 1, sizeof *c->groups);
            if (!grown) /* c->groups keeps its block */
                return -1;
            c->groups = grown;
            group *g = &c->groups[c->n_groups];
            g->first = (uint32_t)k;
            g->n = 1;
            g->start = m->tstart;
            g->end = m->end;
            m->group = (int)c->n_groups++;
        }
        for (uint32_t j = m->tstart; j < m->end; j++)
            c->tok_group[j - s] = m->group;
    }
    return 0;
}

/* Appends the sentence's locations to ments as mentions of no group (after
 * build_groups, so they join no group): the country only, coded by its
 * ISO3 code. */
int tac_code_push_locs(tac_coder *c)
{
    c->loc_ment = c->n_ments;
    for (size_t k = 0; k < c->n_locs; k++) {
        mention m;
        memset(&m, 0, sizeof m);
        m.start = m.tstart = c->locs[k].start;
        m.end = c->locs[k].end;
        memcpy(m.country, c->locs[k].e->country, 4);
        m.code = c->locs[k].e->country;
        m.group = -1;
        if (tac_code_push_mention(c, &m) < 0)
            return -1;
    }
    return 0;
}

/* ---- actor phrases (tac_coder_actor, tac_coder_actor_in) -------------- */

/* A phrase that names no actor but a place ("Mariupol", "targets in
 * Syria"): asked for an actor, it stands for the place's country. When
 * the phrase is only the name of a town or region (with determiners and
 * place nouns: "Mariupol", "the Donbas", "the city of Kharkiv"), it is
 * the people who live there, that
 * country's civilians (CVL), as "Mariupol residents" is; a capital stays
 * the government it stands for, and a place inside a longer phrase gives
 * only its country. Only tac_coder_actor does this: in a sentence a place
 * is a location, never an actor (docs/coding.md). */
static int place_actor(tac_coder *c, tac_actor *out)
{
    const tac_tok *t = c->toks.v;
    uint32_t n = (uint32_t)c->toks.n;
    for (uint32_t i = 0; i < n;) {
        uint32_t node;
        uint32_t end = tac_code_actor_longest(c->dict, t, i, n, &node);
        if (!end) {
            i++;
            continue;
        }
        piece p;
        memset(&p, 0, sizeof p);
        piece_from_node(c->dict, node, &p, c->date);
        const tac_aentry *where = p.place ? p.place : p.capital ? p.capital : p.country;
        /* "Athens, GA" is a US town, not Greece */
        p.start = i;
        p.end = end;
        uint32_t us = town_of_us_state(c, n, &p, 0);
        if (us) {
            where = &us_state_town;
            end = us;
        }
        /* "Sydney Sweeney" is a person, as in a sentence */
        if (!us && given_name_place(c, n, &p)) {
            i = end;
            continue;
        }
        if (where && where->country[0]) {
            mention m;
            memset(&m, 0, sizeof m);
            m.start = m.tstart = i;
            m.end = end;
            memcpy(m.country, where->country, 4);
            int bare = where == p.place;
            for (uint32_t j = 0; j < i && bare; j++)
                bare = (t[j].wflags & TAC_LX_DET) || place_noun(&t[j]) || tok_is(&t[j], "of");
            for (uint32_t j = end; j < n && bare; j++)
                bare = (t[j].flags & TAC_TOK_PUNCT) || place_noun(&t[j]);
            if (bare && add_agents(c, &m, "CVL") < 0)
                return 0;
            if (tac_code_finish_code(c, &m) < 0)
                return 0;
            return tac_code_fill_actor(c, out, &m) == 0;
        }
        i = end;
    }
    return 0;
}

/* Forgets what the text named so far (persons, actors, subjects, short
 * names, the last act of violence): a new document, its body after the
 * headline, or a phrase read alone starts afresh. */
void tac_code_forget_context(tac_coder *c)
{
    c->have_person = c->have_actor = 0;
    c->have_subj_prev = c->have_subj_cur = 0;
    c->have_psubj_prev = c->have_psubj_cur = c->have_female = c->have_he = c->have_group = 0;
    c->gender_seen = 0;
    c->police_story = 0;
    c->n_recent = c->recent_floor = c->recent_mark = 0;
    c->last_violence_code = NULL;
    c->n_aliases = 0;
    c->n_unnamed = 0;
}

/* Reads text as an actor phrase: tokens, mentions. 0 on failure. */
static int actor_phrase(tac_coder *c, const char *text, size_t len)
{
    c->toks.n = 0;
    c->n_ments = 0;
    tac_code_forget_context(c);
    if (tac_token_split(text, len, 0, &c->arena, tac_lexicon_is_abbrev, &c->dict->lex, 4096, &c->toks, NULL) < 0)
        return 0;
    tac_code_lookup_tokens(c, text, c->toks.v, c->toks.n);
    if (tac_code_find_mentions(c, 0, (uint32_t)c->toks.n) < 0)
        return 0;
    c->doc_text = text;
    return 1;
}

/* The longest mention of the phrase read last, or -1. A mention after a
 * preposition other than "of" that follows a mention with a country is
 * that mention's complement, not the phrase's head: "the Angolan
 * ambassador to the United Arab Emirates" is Angola's, "the Chadian
 * embassy in the Central African Republic" Chad's; then the longest
 * mention with a country before the preposition is taken. ("the head of
 * the army" is the army's: after "of" the longer one stays.) */
static long longest_mention(const tac_coder *c)
{
    if (c->n_ments == 0)
        return -1;
    size_t best = 0;
    for (size_t k = 1; k < c->n_ments; k++)
        if (c->ments[k].end - c->ments[k].start > c->ments[best].end - c->ments[best].start)
            best = k;
    const tac_tok *t = c->toks.v;
    uint32_t p = c->ments[best].start;
    while (p > 0 && (t[p - 1].wflags & TAC_LX_DET))
        p--;
    if (p == 0 || !(t[p - 1].wflags & TAC_LX_PREP) || tok_is(&t[p - 1], "of"))
        return (long)best;
    long head = -1;
    for (size_t k = 0; k < c->n_ments; k++) {
        const mention *m = &c->ments[k];
        if (m->end < p && m->country[0] &&
            (head < 0 || m->end - m->start > c->ments[head].end - c->ments[head].start))
            head = (long)k;
    }
    return head >= 0 ? head : (long)best;
}

/* The country a context names ("Saudi", "Mexico", "Colombian defense"):
 * its longest actor's country, else a place's; "" if none. */
static void context_country(tac_coder *c, const char *ctx, size_t len, char out[4])
{
    out[0] = '\0';
    if (!actor_phrase(c, ctx, len))
        return;
    long k = longest_mention(c);
    if (k >= 0) {
        memcpy(out, c->ments[k].country, 4);
        return;
    }
    tac_actor a;
    if (place_actor(c, &a) && a.country)
        snprintf(out, 4, "%s", a.country);
}

/* A mention that names no country and is no organisation or person of
 * its own ("the National Guard", "Defense Minister", "Christians"): the
 * context may give it one. An IGO, NGO or transnational group keeps none. */
static int wants_country(const mention *m)
{
    return !m->country[0] && !m->person && m->n_agents > 0 && !has_agent(m, "IGO") &&
           !has_agent(m, "NGO") && !has_agent(m, "IMG") && !has_agent(m, "ELI");
}

/* "The PAN" in "Mexico": an abbreviation actors.dict leaves out because it
 * is also a word or names several bodies names, with a context that names
 * a country, the one actor of that country whose code ends in the
 * abbreviation (MEXPTYPAN). The phrase is that abbreviation alone, after
 * determiners. Only tac_coder_actor_in reads a context, so this scan of
 * the actor entries is off the coding path. */
static int context_abbrev(tac_coder *c, const char country[4], tac_actor *out)
{
    const tac_tok *t = c->toks.v;
    long k = -1;
    for (size_t i = 0; i < c->toks.n; i++) {
        if (t[i].wflags & TAC_LX_DET)
            continue;
        if (k >= 0 || !(t[i].flags & TAC_TOK_UPPER) || t[i].norm_len != 3)
            return 0;
        k = (long)i;
    }
    if (k < 0)
        return 0;
    const tac_dict *d = c->dict;
    const tac_aentry *hit = NULL;
    for (size_t e = 0; e < d->n_aent; e++) {
        const tac_aentry *a = &d->aent[e];
        if (a->kind != TAC_AK_ACTOR || memcmp(a->country, country, 4) != 0)
            continue;
        size_t cl = strlen(a->code);
        if (cl < 6)
            continue;
        int same = 1;
        for (size_t j = 0; j < 3 && same; j++)
            same = toupper((unsigned char)t[k].norm[j]) == (unsigned char)a->code[cl - 3 + j];
        if (!same)
            continue;
        if (hit && strcmp(hit->code, a->code) != 0)
            return 0; /* two actors of the country: still ambiguous */
        hit = a;
    }
    if (!hit)
        return 0;
    mention m;
    memset(&m, 0, sizeof m);
    m.start = m.tstart = (uint32_t)k;
    m.end = (uint32_t)k + 1;
    if (set_actor(c, &m, hit) < 0)
        return 0;
    return tac_code_fill_actor(c, out, &m) == 0;
}

int tac_coder_actor_in(tac_coder *c, const char *text, size_t len, const char *context,
                       size_t context_len, const char *date, tac_actor *out)
{
    tac_arena_reset(&c->arena);
    if (!date || tac_date_parse_iso(date, strlen(date), &c->date) < 0) {
        /* no date: open-ended offices are the current ones */
        c->date.y = 9999;
        c->date.m = 12;
        c->date.d = 31;
    }
    char ctx_country[4] = "";
    if (context && context_len)
        context_country(c, context, context_len, ctx_country);
    if (!actor_phrase(c, text, len))
        return 0;
    long best = longest_mention(c);
    if (best < 0)
        return place_actor(c, out) || (ctx_country[0] && context_abbrev(c, ctx_country, out));
    mention *m = &c->ments[best];
    /* the phrase's own country wins; the context fills a missing one */
    if (ctx_country[0] && wants_country(m)) {
        memcpy(m->country, ctx_country, 4);
        m->code = NULL;
        if (tac_code_finish_code(c, m) < 0)
            return 0;
    }
    return tac_code_fill_actor(c, out, m) == 0;
}

int tac_coder_actor(tac_coder *c, const char *text, size_t len, const char *date,
                    tac_actor *out)
{
    return tac_coder_actor_in(c, text, len, NULL, 0, date, out);
}
