/* fuzz_gazetteer.c -- fuzz target: the GeoNames gazetteer loader
 * (src/gazetteer.c) on untrusted files.
 *
 * The loader reads a folder, so the target keeps a temporary folder
 * (made once, removed at exit) holding a small dictionary set (the
 * preamble below, as fuzz.dict) and a GeoNames folder written from each
 * input, which is split at its 0x1E (record separator) bytes:
 *   part 1               cities15000.txt
 *   part 2 (if any)      countryInfo.txt, after a fixed valid head
 *                        (FR, LY, LB, RU, UA, US), so that city lines of
 *                        part 1 can name known countries
 *   part 3 (if any)      admin1CodesASCII.txt (absent without it)
 * An input of odd length passes the cities file's path instead of the
 * folder. The set must load (TAC_OK: the files exist and bad lines are
 * skipped, never fatal), every message must name a file and a line, the
 * gazetteer's counts must add up, and the loaded set codes a fixed
 * document whose events must be valid JSON (abort() if not). */
#include <stdint.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "fuzz.h"
#include "json.h"
#include "tacitus.h"

static const char preamble[] =
    "# preamble of fuzz_gazetteer.c\n"
    "cameo 01 0.0 Make public statement\n"
    "cameo 04 1.0 Consult\n"
    "cameo 046 7.0 Engage in negotiation\n"
    "cameo 17 -7.0 Coerce\n"
    "cameo 173 -5.0 Arrest, detain\n"
    "cameo 19 -10.0 Fight\n"
    "cameo 190 -10.0 Use conventional military force\n"
    "marker title mr. | gen.\n"
    "marker starter the | he | they\n"
    "marker pronoun-person he\n"
    "marker negation not | n't | never\n"
    "marker conjunction and\n"
    "country RUS Russia\n"
    "adj RUS Russian | Russians\n"
    "capital RUS Moscow\n"
    "country UKR Ukraine\n"
    "country FRA France\n"
    "country LBY Libya\n"
    "country LBN Lebanon\n"
    "agent MIL troops | army\n"
    "agent COP police\n"
    "person RUSGOV 2000-05-07.. Vladimir Putin\n"
    "event 046 hold talks with + | negotiate with +\n"
    "event 173 arrest +\n"
    "event 190 attack + | shell +\n";

static const char country_head[] =
    "#ISO\tISO3\tISO-Numeric\tfips\tCountry\n"
    "FR\tFRA\t250\tFR\tFrance\n"
    "LY\tLBY\t434\tLY\tLibya\n"
    "LB\tLBN\t422\tLE\tLebanon\n"
    "RU\tRUS\t643\tRS\tRussia\n"
    "UA\tUKR\t804\tUP\tUkraine\n"
    "US\tUSA\t840\tUS\tUnited States\n";

static const char document[] =
    "Russian troops attacked Kharkiv and Tripoli on Monday. Police in Lyon arrested "
    "protesters from Marseille. Putin did not hold talks with officials in Odesa. "
    "Troops shelled Sidon, Gen. Smith said.";

static char root[64]; /* the temporary folder; "" before initialisation */
static char dict_dir[96], geo_dir[96], cities[128], countries[128], admin1[128];

static void cleanup(void)
{
    if (!root[0])
        return;
    unlink(cities);
    unlink(countries);
    unlink(admin1);
    char p[128];
    snprintf(p, sizeof p, "%s/fuzz.dict", dict_dir);
    unlink(p);
    rmdir(geo_dir);
    rmdir(dict_dir);
    rmdir(root);
}

static int write_file(const char *path, const char *a, size_t na, const char *b, size_t nb)
{
    FILE *f = fopen(path, "wb");
    if (!f)
        return -1;
    int ok = fwrite(a, 1, na, f) == na && (nb == 0 || fwrite(b, 1, nb, f) == nb);
    return fclose(f) == 0 && ok ? 0 : -1;
}

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    const char *tmp = getenv("TMPDIR");
    snprintf(root, sizeof root, "%s/tac-fuzz-gaz-XXXXXX", tmp && *tmp && strlen(tmp) < 32 ? tmp : "/tmp");
    if (!mkdtemp(root)) {
        perror("fuzz_gazetteer: mkdtemp");
        exit(2);
    }
    snprintf(dict_dir, sizeof dict_dir, "%s/dict", root);
    snprintf(geo_dir, sizeof geo_dir, "%s/geo", root);
    snprintf(cities, sizeof cities, "%s/cities15000.txt", geo_dir);
    snprintf(countries, sizeof countries, "%s/countryInfo.txt", geo_dir);
    snprintf(admin1, sizeof admin1, "%s/admin1CodesASCII.txt", geo_dir);
    atexit(cleanup);
    char p[128];
    snprintf(p, sizeof p, "%s/fuzz.dict", dict_dir);
    if (mkdir(dict_dir, 0700) != 0 || mkdir(geo_dir, 0700) != 0 ||
        write_file(p, preamble, sizeof preamble - 1, NULL, 0) != 0) {
        perror("fuzz_gazetteer: cannot write the fixture");
        exit(2);
    }
    return 0;
}

/* Every message names a file and says something. */
static void diag(void *user, const char *file, size_t line, const char *msg)
{
    (void)line;
    FUZZ_CHECK(file != NULL && file[0] != 0);
    FUZZ_CHECK(msg != NULL && msg[0] != 0);
    fuzz_touch(file, strlen(file));
    fuzz_touch(msg, strlen(msg));
    (*(size_t *)user)++;
}

static void use(tac_dict *d)
{
    tac_doc doc = fuzz_doc("fuzz", "2023-01-05", document, sizeof document - 1);
    fuzz_code_json(d, &doc, "fuzz_gazetteer");
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (!root[0])
        LLVMFuzzerInitialize(NULL, NULL);
    const char *s = (const char *)data;
    const char *part[3] = {s, NULL, NULL};
    size_t len[3] = {size, 0, 0};
    for (int k = 0; k < 2; k++) {
        const char *sep = len[k] ? memchr(part[k], 0x1E, len[k]) : NULL;
        if (!sep)
            break;
        part[k + 1] = sep + 1;
        len[k + 1] = len[k] - (size_t)(sep + 1 - part[k]);
        len[k] = (size_t)(sep - part[k]);
    }
    unlink(admin1);
    if (write_file(cities, part[0], len[0], NULL, 0) != 0 ||
        write_file(countries, country_head, sizeof country_head - 1, part[1] ? part[1] : "",
                   len[1]) != 0 ||
        (part[2] && write_file(admin1, part[2], len[2], NULL, 0) != 0)) {
        perror("fuzz_gazetteer: cannot write the input");
        abort();
    }
    tac_dict_options opts;
    memset(&opts, 0, sizeof opts);
    opts.gazetteer = size & 1 ? cities : geo_dir;
    size_t msgs = 0;
    tac_dict *d = NULL;
    tac_status st = tac_dict_load_opts(dict_dir, &opts, diag, &msgs, &d);
    if (st != TAC_OK)
        fprintf(stderr, "fuzz_gazetteer: load failed: %s\n", tac_status_str(st));
    FUZZ_CHECK(st == TAC_OK && d != NULL);
    tac_dict_stats stats;
    tac_dict_get_stats(d, &stats);
    FUZZ_CHECK(stats.errors <= msgs);
    FUZZ_CHECK(stats.gaz_skipped == stats.gaz_known + stats.gaz_common +
                                        stats.gaz_ambiguous + stats.gaz_other);
    use(d);
    tac_dict_free(d);
    return 0;
}
