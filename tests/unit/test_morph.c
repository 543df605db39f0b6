/* test_morph.c -- WordNet lemmas and the vocabulary. */
#include <string.h>

#include "morph.h"
#include "test.h"

static tac_morph m;

static const char *lemma(const char *w)
{
    static char buf[256], out[256];
    const char *l;
    uint32_t f;
    size_t n = tac_morph_lemma(&m, w, strlen(w), buf, sizeof buf, &l, &f);
    memcpy(out, l, n);
    out[n] = '\0';
    return out;
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
    tac_morph_fini(&m);
    return test_report("morph");
}
