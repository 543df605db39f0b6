/* fuzz_dict.c -- fuzz target: the dictionary loader on one untrusted file.
 *
 * tac_dict_load reads a directory; tac_dict_load_mem (src/dict.h) runs the
 * same parser over buffers. The input is loaded twice:
 *   1. appended to a copy of a small valid preamble (CAMEO codes, a
 *      country, an agent, markers, patterns), as one file, so that its
 *      lines can refer to codes and words that exist;
 *   2. alone.
 * A set that loads is then used: a coder codes a fixed document with it
 * and every event is written as JSON, which tac_json_object must accept
 * (abort() if not). */
#include <string.h>

#include "dict.h"
#include "fuzz.h"
#include "json.h"
#include "tacitus.h"

static const char preamble[] =
    "# preamble of fuzz_dict.c\n"
    "cameo 01 0.0 Make public statement\n"
    "cameo 04 1.0 Consult\n"
    "cameo 046 7.0 Engage in negotiation\n"
    "cameo 03 4.0 Express intent to cooperate\n"
    "cameo 036 4.0 Express intent to meet or negotiate\n"
    "cameo 17 -7.0 Coerce\n"
    "cameo 173 -5.0 Arrest, detain\n"
    "cameo 19 -10.0 Fight\n"
    "cameo 190 -10.0 Use conventional military force\n"
    "marker abbrev jan. | gen.\n"
    "marker title mr. | gen.\n"
    "marker starter the | he | they\n"
    "marker pronoun-person he\n"
    "marker pronoun-group they\n"
    "marker negation not | n't | never\n"
    "marker conjunction and\n"
    "marker intent plan to | ready to\n"
    "modal intent 04 036\n"
    "country RUS Russia | Russian Federation\n"
    "adj RUS Russian | Russians\n"
    "capital RUS Moscow\n"
    "country UKR Ukraine\n"
    "agent MIL troops | army | peacekeepers\n"
    "agent COP police\n"
    "actor IGOUNO - United Nations | UN\n"
    "person RUSGOV 2000-05-07.. Vladimir Putin\n"
    "event 046 hold talks with + | negotiate with +\n"
    "event 173 arrest +\n"
    "event 190 attack + | shell +\n";

static const char document[] =
    "Russian troops attacked Ukraine on Jan. 3. Gen. Smith said they plan to hold "
    "talks with the United Nations. Police arrested protesters in Moscow, and Putin "
    "did not negotiate with Ukraine.";

static void use(tac_dict *d)
{
    tac_dict_stats stats;
    tac_dict_get_stats(d, &stats);
    tac_doc doc = fuzz_doc("fuzz", "2023-01-05", document, sizeof document - 1);
    doc.title = "Russia shells Ukraine";
    doc.title_len = strlen(doc.title);
    fuzz_code_json(d, &doc, "fuzz_dict");
}

static void load(const char *name, const char *buf, size_t len)
{
    tac_dict *d = NULL;
    tac_status st = tac_dict_load_mem(&name, &buf, &len, 1, NULL, NULL, &d);
    FUZZ_CHECK(st == TAC_OK || st == TAC_EDICT || st == TAC_ENOMEM);
    FUZZ_CHECK((st == TAC_OK) == (d != NULL));
    if (d)
        use(d);
    tac_dict_free(d);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    size_t pl = sizeof preamble - 1;
    char *buf = malloc(pl + size + 1);
    if (!buf)
        return 0;
    memcpy(buf, preamble, pl);
    memcpy(buf + pl, data, size);
    load("fuzz.dict", buf, pl + size);
    /* alone, in an exact-size block */
    memmove(buf, buf + pl, size);
    char *alone = realloc(buf, size ? size : 1);
    if (!alone) {
        free(buf);
        return 0;
    }
    load("input.dict", alone, size);
    free(alone);
    return 0;
}
