/* test_dict.c -- the dictionary loader's sizing of its indexes on hostile
 * input (the parser's rules are pinned by tests/spec and tacitus dict
 * check; fuzz/fuzz_dict.c throws bytes at it). */
#include <stdlib.h>
#include <string.h>

#include "dict.h"
#include "test.h"

/* Loads one in-memory dictionary file named name, with diag and user as
 * tac_dict_load_mem takes them. Returns it (or NULL) and its status in
 * *st. */
static tac_dict *load_one(const char *name, const char *text, size_t len, tac_diag_fn diag,
                          void *user, tac_status *st)
{
    const char *bufs[1] = {text};
    tac_dict *d = NULL;
    *st = tac_dict_load_mem(&name, bufs, &len, 1, diag, user, &d);
    return d;
}

/* A line pass 2 rejects (longer than 64 KiB) is no measure of the pattern
 * trie: pass 1 sized the trie's edge table by the bytes of event lines,
 * and a 4 MB junk event line made it reserve about 2^20 slots (16 MB)
 * for a dictionary of one pattern. */
static void test_rejected_line_not_sized(void)
{
    static const char head[] = "cameo 01 0.0 Make public statement\n"
                               "cameo 010 0.0 Make statement\n"
                               "event 010 say\n"
                               "event 010 ";
    size_t junk = 4u << 20, hl = sizeof head - 1;
    char *buf = malloc(hl + junk + 1);
    CHECK(buf != NULL);
    if (!buf)
        return;
    memcpy(buf, head, hl);
    memset(buf + hl, 'x', junk);
    buf[hl + junk] = '\n';
    tac_status st;
    tac_dict *d = load_one("junk.dict", buf, hl + junk + 1, NULL, NULL, &st);
    CHECK_INT(st, TAC_OK);
    if (d) {
        CHECK(d->patterns.edges.mask < 4096);
        tac_dict_free(d);
    }
    free(buf);
}

/* A pattern written with '!' names an act of violence: kept on codes 171x
 * and roots 18-20; on any other code the phrase is skipped and its line
 * reported once, however many phrases carry the mark ("!" alone too: no
 * second report of an empty phrase); "~" and "!" may be written together,
 * in either order. */
static void test_named_act_mark(void)
{
    static const char text[] = "cameo 01 0.0 Make public statement\n"
                               "cameo 010 0.0 Make statement\n"
                               "cameo 18 -9.0 Assault\n"
                               "cameo 186 -10.0 Assassinate\n"
                               "event 186 !assassinate | ~!slay\n"
                               "event 010 !say\n"
                               "event 010 tell | !declare | !announce\n"
                               "event 010 !\n";
    tac_status st;
    tac_dict *d = load_one("mark.dict", text, sizeof text - 1, NULL, NULL, &st);
    CHECK_INT(st, TAC_OK);
    if (!d)
        return;
    CHECK_INT((int)d->n_pat, 3);
    CHECK_INT((int)d->stats.errors, 3);
    for (size_t k = 0; k < d->n_pat; k++) {
        const tac_pattern *p = &d->pat[k];
        if (!strcmp(p->text, "assassinate"))
            CHECK_INT(p->named_act, 1);
        else if (!strcmp(p->text, "slay"))
            CHECK(p->named_act && p->mutual);
        else
            CHECK(!strcmp(p->text, "tell") && !p->named_act); /* "say" etc. skipped */
    }
    tac_dict_free(d);
}

static void count_diag(void *user, const char *file, size_t line, const char *reason)
{
    (void)file;
    (void)line;
    (void)reason;
    (*(int *)user)++;
}

/* Loads one in-memory dictionary file named name, counting the lines it
 * reports in *reports; a file whose lines are all rejected may still give
 * a dictionary. Returns it, or NULL. */
static tac_dict *load_counting(const char *name, const char *text, size_t len, int *reports)
{
    tac_status st;
    *reports = 0;
    tac_dict *d = load_one(name, text, len, count_diag, reports, &st);
    CHECK(st == TAC_OK || st == TAC_EDICT);
    return d;
}

/* `modal appeal` gives what an appeal (02) becomes, `modal demand` what a
 * demand (10) becomes (demanded_act keeps only the root's code): a line
 * whose code is of another root would turn "urged Iran to release them"
 * into an act of force; it is reported and skipped. */
static void test_modal_appeal_root(void)
{
    static const char text[] = "cameo 02 3.0 Appeal\n"
                               "cameo 025 3.0 Appeal to yield\n"
                               "cameo 0253 3.0 Appeal for release of persons or property\n"
                               "cameo 08 5.0 Yield\n"
                               "cameo 0841 7.0 Return, release person(s)\n"
                               "cameo 10 -5.0 Demand\n"
                               "cameo 19 -10.0 Fight\n"
                               "cameo 190 -10.0 Use conventional military force\n"
                               "event 0841 release\n"
                               "modal appeal 0841 0253\n"
                               "modal appeal 0841 190\n"
                               "modal demand 08 190\n"
                               "modal demand 0841 0253\n";
    int reports;
    tac_dict *d = load_counting("modal.dict", text, sizeof text - 1, &reports);
    CHECK_INT(reports, 3);
    if (d)
        tac_dict_free(d);
}

/* `modal suicide`, `air` and `armor` say which weapon an act of violence
 * was done with: a line for another act ("modal armor 01 194": a tank's
 * statement made a battle) or giving another act is reported once and
 * skipped; good lines load. */
static void test_modal_weapon_root(void)
{
    static const char text[] = "cameo 01 0.0 Make public statement\n"
                               "cameo 010 0.0 Make statement\n"
                               "cameo 18 -9.0 Assault\n"
                               "cameo 19 -10.0 Fight\n"
                               "cameo 194 -10.0 Fight with artillery and tanks\n"
                               "cameo 195 -10.0 Employ aerial weapons\n"
                               "event 19 fire on\n"
                               "modal armor 19 194\n"
                               "modal armor 18 194\n"
                               "modal armor 01 194\n"
                               "modal air 19 010\n"
                               "modal suicide 010 19\n"
                               "modal air 1 195\n";
    int reports;
    tac_dict *d = load_counting("weapon.dict", text, sizeof text - 1, &reports);
    CHECK_INT(reports, 4);
    if (!d)
        return;
    const tac_cameo *fire = tac_dict_cameo(d, "19", 2), *tanks = tac_dict_cameo(d, "194", 3);
    CHECK(fire && tanks);
    if (fire && tanks) {
        CHECK_INT((int)tac_dict_modal(d, "armor", (uint32_t)(fire - d->cameo)),
                  (int)(tanks - d->cameo));
        CHECK_INT((int)tac_dict_modal(d, "air", (uint32_t)(fire - d->cameo)), -1);
    }
    const tac_cameo *say = tac_dict_cameo(d, "010", 3);
    if (say)
        CHECK_INT((int)tac_dict_modal(d, "armor", (uint32_t)(say - d->cameo)), -1);
    tac_dict_free(d);
}

/* A person's name is no inflected word: "Ines" (WordNet reads "ines" as the
 * plural of the noun "in") must leave the preposition as it was, neither a
 * noun nor a word that starts an actor phrase, while the name still starts
 * one; and a surname with a plural-like ending ("Walters") is its own short
 * name, not "walter". */
static void test_person_name_words(void)
{
    static const char text[] = "cameo 01 0.0 Make public statement\n"
                               "cameo 010 0.0 Make statement\n"
                               "event 010 say in\n"
                               "person AUTGOV 2019-06-03..2020-01-07 Ines Stilling\n"
                               "official USAGOV 2019-01-01..2020-01-01 Anna Walters\n";
    int reports;
    tac_dict *d = load_counting("names.dict", text, sizeof text - 1, &reports);
    CHECK_INT(reports, 0);
    if (!d)
        return;
    uint32_t in = 0, ines = 0, walters = 0;
    CHECK(tac_strmap_get(&d->lex.map, "in", 2, &in));
    CHECK(tac_strmap_get(&d->lex.map, "ines", 4, &ines));
    CHECK(tac_strmap_get(&d->lex.map, "walters", 7, &walters));
    if (in && ines && walters) {
        CHECK(!(d->lex.w[in].flags & (TAC_LX_NOUN | TAC_LX_ACTOR_START)));
        CHECK(d->lex.w[ines].flags & TAC_LX_ACTOR_START);
        for (size_t i = 0; i < d->n_aent; i++)
            if (d->aent[i].kind == TAC_AK_PERSON && d->aent[i].official)
                CHECK_INT((int)d->aent[i].short_word, (int)walters);
    }
    tac_dict_free(d);
}

/* `within`: a state's host, and the lines it rejects (a code not in
 * capitals, a third field, a state its own host, a second host); and
 * `marker state-abbrev`, which the tokenizer asks about (2: a dot only
 * when capitalised) apart from `marker abbrev` (1). */
static void test_within_and_state_abbrev(void)
{
    static const char text[] = "cameo 01 0.0 Make public statement\n"
                               "event 01 say\n"
                               "within SOS GEO\n"
                               "within ABK geo\n"
                               "within ABK GEO RUS\n"
                               "within GEO GEO\n"
                               "within SOS RUS\n"
                               "marker abbrev inc.\n"
                               "marker state-abbrev calif. | n.h.\n";
    int reports;
    tac_dict *d = load_counting("within.dict", text, sizeof text - 1, &reports);
    CHECK_INT(reports, 4);
    if (!d)
        return;
    CHECK(tac_dict_within(d, "SOS", "GEO"));
    CHECK(tac_dict_within(d, "GEO", "GEO"));
    CHECK(!tac_dict_within(d, "GEO", "SOS"));
    CHECK(!tac_dict_within(d, "ABK", "GEO"));
    CHECK(!tac_dict_within(d, "SOS", "RUS"));
    CHECK_INT(tac_lexicon_is_abbrev(&d->lex, "inc", 3), 1);
    CHECK_INT(tac_lexicon_is_abbrev(&d->lex, "calif", 5), 2);
    CHECK_INT(tac_lexicon_is_abbrev(&d->lex, "n.h", 3), 2);
    CHECK_INT(tac_lexicon_is_abbrev(&d->lex, "ill", 3), 0);
    tac_dict_free(d);
}

/* Word classes are indices into tac_lexword.classes, two 64-bit words:
 * a class of each word (place-noun 0, transfer-verb 63,
 * assault-participle 64) is set on its own bit and no other, the loader's
 * marks live apart, and an unknown kind is reported. */
static void test_word_class_words(void)
{
    static const char text[] = "cameo 01 0.0 Make public statement\n"
                               "event 01 say\n"
                               "marker place-noun city\n"
                               "marker transfer-verb handed\n"
                               "marker assault-participle stabbed\n"
                               "marker confinement-noun jail\n"
                               "marker no-such-class town\n";
    int reports;
    tac_dict *d = load_counting("classes.dict", text, sizeof text - 1, &reports);
    CHECK_INT(reports, 1);
    if (!d)
        return;
    CHECK_INT(tac_lexicon_class("place-noun", 10), 0);
    CHECK_INT(tac_lexicon_class("assault-participle", 18), TAC_LCI_ASSAULT_PARTICIPLE);
    CHECK_INT(tac_lexicon_class("no-such-class", 13), -1);
    CHECK(TAC_LCI_ASSAULT_PARTICIPLE >= 64 && TAC_LCI_CONFINEMENT_NOUN < TAC_LC_MAX);
    uint32_t city = 0, handed = 0, stabbed = 0, jail = 0;
    CHECK(tac_strmap_get(&d->lex.map, "city", 4, &city));
    CHECK(tac_strmap_get(&d->lex.map, "handed", 6, &handed));
    CHECK(tac_strmap_get(&d->lex.map, "stabbed", 7, &stabbed));
    CHECK(tac_strmap_get(&d->lex.map, "jail", 4, &jail));
    if (city && handed && stabbed && jail) {
        const tac_lexword *w = d->lex.w;
        CHECK(w[city].classes[0] == TAC_LC_PLACE_NOUN && w[city].classes[1] == 0);
        CHECK(tac_lexicon_has(&w[handed], TAC_LC_TRANSFER_VERB) && w[handed].classes[1] == 0);
        CHECK(w[stabbed].classes[0] == 0 &&
              w[stabbed].classes[1] == UINT64_C(1) << (TAC_LCI_ASSAULT_PARTICIPLE - 64));
        CHECK(tac_lexicon_has(&w[stabbed], TAC_LC_ASSAULT_PARTICIPLE));
        CHECK(!tac_lexicon_has(&w[stabbed], TAC_LC_CONFINEMENT_NOUN));
        CHECK(!tac_lexicon_has(&w[stabbed], TAC_LC_TRANSFER_VERB));
        CHECK(tac_lexicon_has(&w[jail], TAC_LC_CONFINEMENT_NOUN));
    }
    uint32_t town = 0;
    CHECK(!tac_strmap_get(&d->lex.map, "town", 4, &town));
    tac_dict_free(d);
}

/* Two states' bodies may share an acronym ("NPA": the story's state
 * chooses), but a longer name written for two states is a slip: it is
 * reported and the second line skipped. */
static void test_shared_actor_phrase(void)
{
    static const char text[] = "cameo 01 0.0 Make public statement\n"
                               "event 01 say\n"
                               "actor PHLREBNPA PHL New People's Army | NPA\n"
                               "actor ZAFJUD ZAF National Prosecuting Authority | NPA\n"
                               "actor ZAFREB ZAF New People's Army\n";
    int reports;
    tac_dict *d = load_counting("actors.dict", text, sizeof text - 1, &reports);
    CHECK_INT(reports, 1);
    if (d)
        tac_dict_free(d);
}

/* The actor trie's pair filter lets through the first two words of each
 * phrase of two or more, and a word that is a phrase by itself ("NPA",
 * its upper-case edge) is marked as one, the first word of only longer
 * phrases ("new") is not: the coder walks from "new" only when the pair
 * filter lets the next word through. */
static void test_actor_pair_filter(void)
{
    static const char text[] = "cameo 01 0.0 Make public statement\n"
                               "event 01 say\n"
                               "actor PHLREBNPA PHL New People's Army | NPA\n"
                               "actor USAGOV USA Department of State\n";
    int reports;
    tac_dict *d = load_counting("actors.dict", text, sizeof text - 1, &reports);
    CHECK_INT(reports, 0);
    if (!d)
        return;
    CHECK(d->actors.pair_bits != NULL && d->actors.pairs == NULL);
    uint32_t npa = 0, nw = 0, people = 0, dept = 0, of = 0;
    CHECK(tac_strmap_get(&d->lex.map, "npa", 3, &npa));
    CHECK(tac_strmap_get(&d->lex.map, "new", 3, &nw));
    CHECK(tac_strmap_get(&d->lex.map, "people", 6, &people));
    CHECK(tac_strmap_get(&d->lex.map, "department", 10, &dept));
    CHECK(tac_strmap_get(&d->lex.map, "of", 2, &of));
    if (npa && nw && people && dept && of) {
        CHECK(d->lex.w[npa].marks & TAC_LM_ACTOR_ONE);
        CHECK(!(d->lex.w[nw].marks & TAC_LM_ACTOR_ONE));
        CHECK(!(d->lex.w[dept].marks & TAC_LM_ACTOR_ONE));
        CHECK(tac_trie_pair_may(&d->actors, d->lex.w[nw].lemma, d->lex.w[people].lemma));
        CHECK(tac_trie_pair_may(&d->actors, d->lex.w[dept].lemma, d->lex.w[of].lemma));
        /* and it refuses: of the pairs of these words that no phrase
         * has, some are refused (a filter of all ones would pass the
         * checks above; one pair alone may share a bit with a real one) */
        const uint32_t ids[] = {npa, nw, people, dept, of};
        int refused = 0;
        for (size_t i = 0; i < 5; i++)
            for (size_t j = 0; j < 5; j++) {
                uint32_t a = d->lex.w[ids[i]].lemma, b = d->lex.w[ids[j]].lemma;
                if (!(i == 1 && j == 2) && !(i == 3 && j == 4))
                    refused += !tac_trie_pair_may(&d->actors, a, b);
            }
        CHECK(refused > 0);
    }
    tac_dict_free(d);
}

/* The pattern trie's node of the pattern written as words (each word
 * read as its lemma, as the loader reads it), or 0 if it has none. */
static uint32_t pattern_node(const tac_dict *d, const char *const *words, size_t n)
{
    uint32_t node = 0;
    for (size_t i = 0; i < n && (i == 0 || node); i++) {
        uint32_t id, item;
        if (words[i][0] == '*')
            item = TAC_ITEM_SKIP;
        else if (words[i][0] == '+')
            item = TAC_ITEM_TARGET;
        else if (tac_strmap_get(&d->lex.map, words[i], strlen(words[i]), &id))
            item = d->lex.w[id].lemma;
        else
            return 0;
        node = tac_trie_child(&d->patterns, node, item);
    }
    return node;
}

/* The pattern's noun in its base form matches the plural WordNet keeps
 * as a noun of its own ("suspend * credit": "suspended credits"), added
 * after every line is read: a pattern written for the plural keeps its
 * own code, a `marker own-plural` keeps "aids" to itself, and a word at a
 * pattern's start that is a verb too, or a form not written as its base
 * ("funding"), gets no plural. */
static void test_own_plural(void)
{
    static const char text[] = "cameo 01 0.0 Make public statement\n"
                               "cameo 010 0.0 Make statement\n"
                               "cameo 16 -4.0 Reduce relations\n"
                               "cameo 1621 -5.6 Reduce or stop economic assistance\n"
                               "cameo 03 4.0 Express intent to cooperate\n"
                               "cameo 0331 5.2 Express intent to provide economic aid\n"
                               "marker own-plural aids\n"
                               /* any line that interns the words */
                               "marker aircraft funds | beats | talks\n"
                               "event 1621 suspend * credit | halt * talk | cut * funding\n"
                               "event 010 halt * talks\n"
                               "event 0331 promise * aid\n"
                               "event 010 beat +\n";
    tac_status st;
    tac_dict *d = load_one("plural.dict", text, sizeof text - 1, NULL, NULL, &st);
    CHECK_INT(st, TAC_OK);
    if (!d)
        return;
    const char *credits[] = {"suspend", "*", "credits"}, *talks[] = {"halt", "*", "talks"},
               *aids[] = {"promise", "*", "aids"}, *funds[] = {"cut", "*", "funds"},
               *beats[] = {"beats", "+"};
    uint32_t node = pattern_node(d, credits, 3);
    CHECK(node != 0 && d->patterns.first[node] != 0);
    if (node && d->patterns.first[node])
        CHECK_STR(d->cameo[d->pat[d->patterns.first[node] - 1].cameo].code, "1621");
    /* "halt * talks" is written: its own code, not the singular's */
    node = pattern_node(d, talks, 3);
    CHECK(node != 0 && d->patterns.first[node] != 0);
    if (node && d->patterns.first[node])
        CHECK_STR(d->cameo[d->pat[d->patterns.first[node] - 1].cameo].code, "010");
    CHECK(pattern_node(d, aids, 3) == 0);
    CHECK(pattern_node(d, funds, 3) == 0);
    CHECK(pattern_node(d, beats, 2) == 0);
    tac_dict_free(d);
}

int main(void)
{
    test_rejected_line_not_sized();
    test_named_act_mark();
    test_modal_appeal_root();
    test_modal_weapon_root();
    test_person_name_words();
    test_within_and_state_abbrev();
    test_word_class_words();
    test_shared_actor_phrase();
    test_actor_pair_filter();
    test_own_plural();
    return test_report("dict");
}
