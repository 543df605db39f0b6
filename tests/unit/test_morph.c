/* test_morph.c -- WordNet lemmas and the vocabulary. */
#include <stdio.h>
#include <string.h>

#include "arena.h"
#include "lexicon.h"
#include "morph.h"
#include "test.h"

static tac_morph m;

static uint32_t last_flags; /* the class of the last lemma() */

static const char *lemma(const char *w)
{
    static char buf[256], out[256];
    const char *l;
    size_t n = tac_morph_lemma(&m, w, strlen(w), buf, sizeof buf, &l, &last_flags);
    memcpy(out, l, n);
    out[n] = '\0';
    return out;
}

static const char *lemma_text(const char *w)
{
    static char buf[256], out[256];
    const char *l;
    uint32_t f;
    size_t n = tac_morph_lemma_text(&m, w, strlen(w), buf, sizeof buf, &l, &f);
    memcpy(out, l, n);
    out[n] = '\0';
    return out;
}

/* The vocabulary: a word interned again keeps its id, lemma and class
 * (the second intern returns at once), and a `spelling` lemma set in
 * between is kept. */
static void test_lexicon(void)
{
    tac_arena a;
    tac_lexicon lx;
    tac_arena_init(&a, 4096);
    CHECK_INT(tac_lexicon_init(&lx, &a), 0);
    uint32_t held = tac_lexicon_intern(&lx, "held", 4);
    CHECK(held != 0);
    uint32_t hold = lx.w[held].lemma;
    CHECK_STR(lx.w[hold].s, "hold");
    CHECK(lx.w[held].flags & TAC_LX_VERB);
    CHECK(lx.w[hold].flags & TAC_LX_VERB);
    CHECK_INT(tac_lexicon_intern(&lx, "held", 4), held);
    CHECK_INT(lx.w[held].lemma, hold);
    /* "hold", first interned as a lemma only, gets its own class */
    CHECK_INT(tac_lexicon_intern(&lx, "hold", 4), hold);
    CHECK_INT(lx.w[hold].lemma, hold);
    uint32_t kept = tac_lexicon_intern(&lx, "mohamed", 7);
    uint32_t canon = tac_lexicon_intern(&lx, "muhammad", 8);
    lx.w[kept].lemma = canon;
    lx.w[kept].flags |= TAC_LX_SPELLING;
    CHECK_INT(tac_lexicon_intern(&lx, "mohamed", 7), kept);
    CHECK_INT(lx.w[kept].lemma, canon);
    /* many words: the arrays grow and the ids stay dense */
    CHECK_INT(tac_lexicon_reserve(&lx, 3000), 0);
    char w[16];
    uint32_t first = 0, id = 0;
    for (int i = 0; i < 5000; i++) {
        int n = snprintf(w, sizeof w, "w%dx", i);
        id = tac_lexicon_intern(&lx, w, (size_t)n);
        if (!first)
            first = id;
    }
    CHECK_INT(id, first + 4999);
    CHECK_INT(tac_lexicon_intern(&lx, "w0x", 3), first);
    CHECK_STR(lx.w[first + 4999].s, "w4999x");
    tac_lexicon_fini(&lx);
    tac_arena_fini(&a);
}

int main(void)
{
    CHECK_INT(tac_morph_init(&m), 0);
    CHECK_STR(lemma("negotiated"), "negotiate");
    CHECK_STR(lemma("held"), "hold");
    CHECK_STR(lemma("withdrew"), "withdraw");
    CHECK_STR(lemma("fled"), "flee");
    CHECK_STR(lemma("shot"), "shoot");
    CHECK_STR(lemma("stopped"), "stop");
    CHECK_STR(lemma("controlled"), "control");
    CHECK_STR(lemma("parties"), "party");
    CHECK_STR(lemma("men"), "man");
    CHECK_STR(lemma("accused"), "accuse");
    CHECK_STR(lemma("attacks"), "attack");
    CHECK_STR(lemma("talks"), "talks");
    CHECK_STR(lemma("news"), "news");
    CHECK_STR(lemma("xyzzyed"), "xyzzyed");
    /* classes from the generated base-form table */
    CHECK_STR(lemma("attack"), "attack");
    CHECK_INT(last_flags, TAC_MORPH_VERB | TAC_MORPH_NOUN);
    CHECK_STR(lemma("negotiate"), "negotiate");
    CHECK_INT(last_flags, TAC_MORPH_VERB);
    CHECK_STR(lemma("parliament"), "parliament");
    CHECK_INT(last_flags, TAC_MORPH_NOUN);
    /* a base form that is also irregular: the irregular reading wins */
    CHECK_STR(lemma("saw"), "see");
    CHECK_STR(lemma("children"), "child");
    CHECK_INT(last_flags, TAC_MORPH_NOUN);
    /* the text path: irregular forms from the small table only */
    CHECK_STR(lemma_text("held"), "hold");
    CHECK_STR(lemma_text("fled"), "flee");
    CHECK_STR(lemma_text("talks"), "talks");
    CHECK_STR(lemma_text("parliament"), "parliament");
    tac_morph_fini(&m);
    test_lexicon();
    return test_report("morph");
}
