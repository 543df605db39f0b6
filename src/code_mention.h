/* code_mention.h -- the coder's actors (code_mention.c): what the other
 * parts of the coder use of mentions and groups, and the small tests on
 * them that every part makes (inline: they run per token and per match). */
#ifndef TAC_CODE_MENTION_H
#define TAC_CODE_MENTION_H

#include "code.h"

static inline int has_agent(const mention *m, const char *a)
{
    for (int i = 0; i < m->n_agents; i++)
        if (strncmp(m->agents[i], a, 3) == 0)
            return 1;
    return 0;
}

/* 1 if the agent code a is one of list, 3-letter codes written together
 * ("CVLLAB"). The loop stops at the list's end whatever its length. */
static inline int agent_in(const char *a, const char *list)
{
    /* (strncmp(a, list, 3) == 0, unrolled: a hot test; a shorter a stops
     * at its NUL, which no list letter equals) */
    for (; list[0] && list[1] && list[2]; list += 3)
        if (a[0] == list[0] && a[1] == list[1] && a[2] == list[2])
            return 1;
    return 0;
}

/* The role agents (role_agent): the state's, armed groups', the
 * opposition's and society's roles, as against a named body's own code
 * ("HMS", "DEM"). */
#define ROLE_AGENT_CODES                                                     \
    "GOVMILCOPJUDLEGSPYREBINSSEPUAFRADOPPCRMCVLREFLABEDU"                    \
    "HLHELIAGRENVPTYRELMOD"

/* The CAMEO religion codes (Muslim, Christian, Jewish, Hindu, Sikh,
 * Buddhist, Baha'i), which a faith's actor code starts with. */
#define FAITH_CODES "MOSCHRJEWHINSIKBUDBAH"

/* The agents of the state itself: government, military, police, the
 * judiciary, the legislature and intelligence. */
#define STATE_AGENT_CODES "GOVMILCOPJUDLEGSPY"

/* The group that starts at token i (its first token or its determiner). */
static inline int group_at(const tac_coder *c, uint32_t s, uint32_t e, uint32_t i)
{
    if (i >= e)
        return -1;
    int g = c->tok_group[i - s];
    if (g >= 0 && (c->groups[g].start == i || c->ments[c->groups[g].first].start == i))
        return g;
    /* "the", "its" before a group whose text did not take it, and
     * "former" (`marker former`), which makes the group an elite but
     * stays outside its text ("accused a former Mexican minister of") */
    uint32_t j = i;
    if (j + 1 < e && (c->toks.v[j].wflags & TAC_LX_DET))
        j++;
    if (j + 1 < e && (c->toks.v[j].wflags & TAC_LX_FORMER))
        j++;
    if (j > i) {
        g = c->tok_group[j - s];
        if (g >= 0 && c->groups[g].start == j)
            return g;
    }
    return -1;
}

/* The mention of the location that starts at token i (or after a
 * determiner there), or -1. A sentence has at most MAX_LOCS locations. */
static inline int loc_at(const tac_coder *c, uint32_t e, uint32_t i)
{
    for (size_t k = 0; k < c->n_locs; k++)
        if (c->locs[k].start == i ||
            (c->locs[k].start == i + 1 && i + 1 < e && (c->toks.v[i].wflags & TAC_LX_DET)))
            return (int)(c->loc_ment + k);
    return -1;
}

/* defined in code_mention.c, used by the other parts of the coder (each one
 * is described at its definition) */
uint32_t tac_code_actor_walk(const tac_dict *d, const tac_tok *t, uint32_t i, uint32_t e,
                             uint32_t *out_node);

/* inline (always): a caller as big as tac_code_find_mentions, which asks
 * for every token, otherwise gets a call instead of two tests */
#if defined(__GNUC__)
#define TAC_ACTOR_INLINE inline __attribute__((always_inline))
#else
#define TAC_ACTOR_INLINE inline
#endif

/* 0 if no walk from tokens[i] (a word that starts an actor phrase) can
 * find one: the word is no phrase by itself (TAC_LM_ACTOR_ONE) and the
 * trie's pair filter has no (first, second) pair of its ids (form or
 * lemma, as a walk probes them) and the next token's. Most walks start
 * from common words that begin only longer phrases ("the", "said") and
 * fail at the next word; this refuses most of them without a call or a
 * hash probe. (An id 0, an unknown form, is tested as any other: no
 * phrase holds it, so it can only let a walk through.) 1 if a walk may
 * find a phrase. */
static TAC_ACTOR_INLINE int tac_code_actor_may_start(const tac_dict *d, const tac_tok *t,
                                                     uint32_t i, uint32_t e)
{
    const tac_lexword *w = d->lex.w;
    if ((w[t[i].word].marks | w[t[i].lemma].marks) & TAC_LM_ACTOR_ONE)
        return 1;
    if (i + 1 >= e)
        return 0;
    const tac_trie *tr = &d->actors;
    uint32_t a0 = t[i].word, a1 = t[i].lemma, b0 = t[i + 1].word, b1 = t[i + 1].lemma;
    if (tac_trie_pair_may(tr, a1, b1) || (b0 != b1 && tac_trie_pair_may(tr, a1, b0)))
        return 1;
    return a0 != a1 &&
           (tac_trie_pair_may(tr, a0, b1) || (b0 != b1 && tac_trie_pair_may(tr, a0, b0)));
}

/* Longest actor phrase at tokens[i..e): returns the end and the trie node,
 * or 0. A phrase starting with an all-capitals word is looked up both with
 * its acronym reading and its plain one; the longer wins, the plain one on
 * a tie. Inline: it runs for every token, and most cannot start a phrase. */
static TAC_ACTOR_INLINE uint32_t tac_code_actor_longest(const tac_dict *d, const tac_tok *t,
                                                        uint32_t i, uint32_t e,
                                                        uint32_t *out_node)
{
    *out_node = 0;
    if (!(t[i].wflags & TAC_LX_ACTOR_START) || !tac_code_actor_may_start(d, t, i, e))
        return 0;
    return tac_code_actor_walk(d, t, i, e, out_node);
}

int tac_code_finish_code(tac_coder *c, mention *m);
int tac_code_region_code(const char *code);
int tac_code_push_mention(tac_coder *c, const mention *m);
int tac_code_state_side(const mention *m);
/* 1 if token i is a possessive: the split-off "'s", or a bare apostrophe
 * right after a word in s and before a word ("the protesters' march"). */
int tac_code_poss_at(const tac_tok *t, uint32_t i, uint32_t e);
int tac_code_find_mentions(tac_coder *c, uint32_t s, uint32_t e);
void tac_code_forget_context(tac_coder *c);
int tac_code_build_groups(tac_coder *c, uint32_t s, uint32_t e);
int tac_code_push_locs(tac_coder *c);

#endif
