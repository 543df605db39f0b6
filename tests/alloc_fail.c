/* alloc_fail.c -- allocation-failure injection over the whole pipeline.
 *
 * Built with -DTAC_FAULT_INJECTION (src/alloc.c: tac_fault_inject(n) makes
 * the nth allocation from now fail) and ASan+LSan. For N = 1, 2, ... the
 * Nth allocation of a run fails; every run must end in TAC_ENOMEM or in
 * success with the events of a clean run, without a crash, and with
 * everything freed (LeakSanitizer checks at exit). Two phases:
 *
 *   loader  tac_dict_load of the dictionary set: the full set makes about
 *           a hundred thousand allocations, so N steps by a stride through
 *           it (and takes every N of the first and last allocations);
 *   coding  with the set loaded once: tac_coder_new, three documents (a
 *           JSON Lines record with an invalid byte, so the UTF-8 repair
 *           runs, a dated text, and a 300 KB text so that the arena and
 *           the token, sentence and event arrays grow), every event
 *           written as JSON and TSV with --explain fields; every N until a
 *           run makes fewer than N allocations. After a failed document
 *           the next one is still coded with the same coder: a failure
 *           must leave it usable.
 *
 *   gazetteer  tac_dict_load_opts of a small dictionary set plus a small
 *           GeoNames folder of invented towns (both written by this
 *           program into a temporary folder), every N until a run makes
 *           fewer than N allocations: each load ends in TAC_ENOMEM, or
 *           in success with the clean load's counts and events (a
 *           document naming the towns), never a partial gazetteer; a
 *           clean load after the failures must be complete too. Then the
 *           same with the given dictionary folder and the same gazetteer,
 *           every N in the window of the gazetteer's allocations (found
 *           from the allocation count at its first message and the count
 *           the gazetteer adds to the load). Not run with a TABARI set.
 *
 * A path ending in ".project" is a TABARI set (tac_dict_load_tabari).
 *
 * Usage: alloc_fail [DICT_DIR|X.project [STRIDE]]   (defaults data/dict, 97)
 *        alloc_fail --gazetteer [DICT_DIR]           (that phase alone) */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "tacitus.h"

static const char jsonl[] =
    "{\"id\":\"a1\",\"date\":\"2022-02-24\",\"title\":\"Russia launches attack on "
    "Ukraine\",\"text\":\"Russian forces attacked Ukraine on Thursday. The United Nations "
    "Security Council held an emergency meeting. France, Germany and Britain condemned "
    "Russia and imposed sanctions on Moscow. Joe Biden and Vladimir Putin held talks in "
    "Geneva \xff on Wednesday. Biden said the meeting was constructive.\"}";

static const char dated[] =
    " date 2023-03-27 The Russian peacekeepers held negotiations with the Azerbaijani "
    "side on Saturday, the Russian defence ministry said in a statement.\n\n"
    "Armenia accused Azerbaijan of violating the ceasefire two days ago. Azerbaijani "
    "forces shelled Armenian positions near the border. Armenian Prime Minister Nikol "
    "Pashinyan said he was ready to negotiate. He met the Iranian foreign minister in "
    "Yerevan last week.\n\nArmenia accuses Azerbaijan of shelling\n";

static char *big; /* the long text, built once (not counted: plain malloc) */
static size_t big_len;

/* Outputs of one coding run: the TSV header, then each document's events. */
enum { N_OUT = 4 };
typedef struct run_out {
    tac_buf buf[N_OUT];
    tac_status st[N_OUT];
} run_out;

static void run_out_free(run_out *r)
{
    for (int k = 0; k < N_OUT; k++)
        tac_buf_free(&r->buf[k]);
}

/* Codes one parsed document and writes its events to out. */
/* Plain text with its date from the caller: id, date and text, no headline. */
static tac_doc plain_doc(const char *id, const char *text, size_t len)
{
    tac_doc doc;
    memset(&doc, 0, sizeof doc);
    doc.id = id;
    doc.id_len = strlen(id);
    doc.date = "2023-03-27";
    doc.date_len = 10;
    doc.text = text;
    doc.text_len = len;
    return doc;
}

static tac_status code_one(tac_coder *c, const tac_doc *doc, tac_buf *out)
{
    size_t n;
    tac_status st = tac_coder_code(c, doc, &n);
    if (st != TAC_OK)
        return st;
    for (size_t i = 0; i < n; i++) {
        const tac_event *ev = tac_coder_event(c, i);
        if (tac_event_write(out, ev, TAC_FORMAT_JSON, TAC_EMIT_EXPLAIN) != TAC_OK ||
            tac_event_write(out, ev, TAC_FORMAT_TSV, TAC_EMIT_EXPLAIN) != TAC_OK)
            return TAC_ENOMEM;
    }
    return out->failed ? TAC_ENOMEM : TAC_OK;
}

/* The coding phase: everything but the dictionary. Every document is
 * coded even after one failed; r->st[k] says how each went. */
static void code_docs(const tac_dict *d, run_out *r)
{
    tac_coder *c = NULL;
    tac_docbuf *db = NULL;
    char err[256];
    memset(r, 0, sizeof *r);
    tac_status st = tac_coder_new(d, NULL, &c);
    if (st == TAC_OK && !(db = tac_docbuf_new()))
        st = TAC_ENOMEM;
    if (st != TAC_OK) {
        for (int k = 0; k < N_OUT; k++)
            r->st[k] = st;
        tac_coder_free(c);
        return;
    }
    r->st[0] = tac_event_write_tsv_header(&r->buf[0], TAC_EMIT_EXPLAIN);
    /* the JSON Lines record: repair, parse, code, write */
    const char *txt;
    size_t tl;
    tac_doc doc;
    st = tac_utf8_repair(db, jsonl, sizeof jsonl - 1, &txt, &tl);
    if (st == TAC_OK)
        st = tac_parse_jsonl(db, txt, tl, &doc, err, sizeof err);
    r->st[1] = st == TAC_OK ? code_one(c, &doc, &r->buf[1]) : st;
    /* the dated text, with the same coder and docbuf */
    st = tac_utf8_repair(db, dated, sizeof dated - 1, &txt, &tl);
    if (st == TAC_OK)
        st = tac_parse_dated(db, txt, tl, "dated.txt", &doc, err, sizeof err);
    r->st[2] = st == TAC_OK ? code_one(c, &doc, &r->buf[2]) : st;
    /* the long text, as plain text with its date from the caller */
    doc = plain_doc("big", big, big_len);
    r->st[3] = code_one(c, &doc, &r->buf[3]);
    tac_docbuf_free(db);
    tac_coder_free(c);
}

static int failures;

static void fail(const char *phase, long n, int k, const char *what, tac_status st)
{
    failures++;
    fprintf(stderr, "alloc_fail: FAIL: %s, allocation %ld failing, output %d: %s (%s)\n", phase,
            n, k, what, tac_status_str(st));
}

/* Checks a run whose Nth allocation was made to fail: each output ends in
 * TAC_ENOMEM or holds exactly the clean run's events. Returns 1 if all
 * outputs succeeded. */
static int check(const char *phase, long n, const run_out *r, const run_out *ref)
{
    int all = 1;
    for (int k = 0; k < N_OUT; k++) {
        if (r->st[k] == TAC_ENOMEM) {
            all = 0;
            continue;
        }
        if (r->st[k] != TAC_OK) {
            fail(phase, n, k, "a status other than out-of-memory", r->st[k]);
            all = 0;
        } else if (r->buf[k].len != ref->buf[k].len ||
                   (ref->buf[k].len &&
                    memcmp(r->buf[k].data, ref->buf[k].data, ref->buf[k].len) != 0)) {
            fail(phase, n, k, "success but the events differ from a clean run", r->st[k]);
        }
    }
    return all;
}

/* ---- the gazetteer phase -------------------------------------------- */

static const char gaz_dict[] =
    "cameo 04 1.0 Consult\n"
    "cameo 046 7.0 Engage in negotiation\n"
    "cameo 173 -5.0 Arrest, detain\n"
    "cameo 190 -10.0 Use conventional military force\n"
    "marker starter the | he | they\n"
    "marker pronoun-person he\n"
    "marker negation not | never\n"
    "marker conjunction and\n"
    "country RUS Russia\n"
    "adj RUS Russian | Russians\n"
    "capital RUS Moscow\n"
    "country UKR Ukraine\n"
    "country FRA France\n"
    "adj FRA French\n"
    "agent MIL troops | army\n"
    "agent COP police\n"
    "person RUSGOV 2000-05-07.. Vladimir Putin\n"
    "event 046 hold talks with + | negotiate with +\n"
    "event 173 arrest +\n"
    "event 190 attack + | shell +\n";

static const char gaz_countries[] =
    "#ISO\tISO3\tISO-Numeric\tfips\tCountry\n"
    "FR\tFRA\t250\tFR\tFrance\n"
    "RU\tRUS\t643\tRS\tRussia\n"
    "UA\tUKR\t804\tUP\tUkraine\n"
    "DE\tDEU\t276\tGM\tGermany\n"
    "FR\tFRA\t250\tFR\tFrance twice\n"
    "bad line\n";

/* Invented towns, in the GeoNames layout (gaz_fixture generates more and
 * adds two bad lines). */
static const char *const gaz_towns[][5] = {
    /* name, alternate names, country, admin1, population */
    {"Velmora", "Velmore,Welmora", "FR", "11", "412000"},
    {"Castrelle-sur-Lune", "Castrelle", "FR", "11", "38000"},
    {"Brienval", "", "FR", "52", "91000"},
    {"Saint-Orvan", "St. Orvan", "FR", "52", "12000"},
    {"Dunholt", "Dunholtsk,Dunholt City", "UA", "07", "655000"},
    {"Perevka", "Perewka", "UA", "07", "84000"},
    {"Zarnitsa", "Zarnitza,Sarnitsa", "RU", "48", "1210000"},
    {"Ostrova Bay", "Ostrovabay", "RU", "48", "45000"},
    {"Tarvel", "", "FR", "52", "50000"},
    {"Tarvel", "", "UA", "07", "60000"},
    {"Kelmarsk", "", "RU", "48", "900000"},
    {"Kelmarsk", "", "UA", "07", "20000"},
    {"Police", "", "FR", "11", "7000"},
    {"Moscow", "", "RU", "48", "800"},
    {"Putin", "", "RU", "48", "900"},
    {"Gramwell", "", "DE", "01", "30000"},
    {"Nowhere", "", "ZZ", "01", "3000"},
    {"Lindqvist Harbour", "Lindqvist,Harbour Lindqvist", "UA", "12", "5200"},
    {"Ember Falls", "", "RU", "30", "31000"},
    {"Aubrecourt", "Aubre", "FR", "93", "27000"},
};

static const char *const gaz_admin1[] = {
    "FR.11\tVelmoria\tVelmoria\t3012874",
    "FR.52\tBrienvale Region\tBrienvale Region\t3012875",
    "UA.07\tDunholt Oblast\tDunholt Oblast\t3012876",
    "RU.48\tZarnitsa Krai\tZarnitsa Krai\t3012877",
    "ZZ.01\tNowhere\tNowhere\t3012878",
    "FR.93\tthree columns\t3012879",
};

static const char gaz_text[] =
    "Russian troops attacked Velmora and Dunholt on Monday. French police arrested "
    "protesters in Zarnitsa. Troops shelled Castrelle-sur-Lune, and the army attacked "
    "Ostrova Bay. Putin did not hold talks with officials from Tarvel and Kelmarsk. "
    "Police in Brienval arrested activists from Velmoria and Dunholt Oblast.";

static char gaz_root[64];

static int put_file(const char *dir, const char *name, const char *text)
{
    char path[256];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    FILE *f = fopen(path, "w");
    if (!f)
        return -1;
    fputs(text, f);
    return fclose(f);
}

/* Writes the phase's set and GeoNames folder; returns 0 or -1. */
static int gaz_fixture(char *dict_dir, char *geo_dir, size_t n)
{
    const char *tmp = getenv("TMPDIR");
    snprintf(gaz_root, sizeof gaz_root, "%s/tac-alloc-gaz-XXXXXX",
             tmp && *tmp && strlen(tmp) < 32 ? tmp : "/tmp");
    if (!mkdtemp(gaz_root))
        return -1;
    snprintf(dict_dir, n, "%s/dict", gaz_root);
    snprintf(geo_dir, n, "%s/geo", gaz_root);
    if (mkdir(dict_dir, 0700) != 0 || mkdir(geo_dir, 0700) != 0 ||
        put_file(dict_dir, "small.dict", gaz_dict) != 0 ||
        put_file(geo_dir, "countryInfo.txt", gaz_countries) != 0)
        return -1;
    char path[256];
    snprintf(path, sizeof path, "%s/cities15000.txt", geo_dir);
    FILE *f = fopen(path, "w");
    if (!f)
        return -1;
    size_t nt = sizeof gaz_towns / sizeof gaz_towns[0];
    for (size_t i = 0; i < nt; i++) {
        const char *const *t = gaz_towns[i];
        fprintf(f, "%zu\t%s\t%s\t%s\t48.5\t2.25\tP\tPPL\t%s\t\t%s\t\t\t\t%s\t\t35\tEurope/Paris\t"
                "2024-01-01\n",
                100 + i, t[0], t[0], t[1], t[2], t[3], t[4]);
    }
    /* generated towns, so that the name table, the province sums and
     * the hash maps grow: "Balford", "Balmere", ... in three countries
     * and 90 provinces */
    static const char *const head[] = {"Bal", "Cor", "Dun", "Fel", "Gar", "Hol", "Kav", "Lor",
                                       "Mar", "Nev", "Ost", "Pel"};
    static const char *const tail[] = {"ford", "mere", "holt", "stad", "vik", "grad", "brook",
                                       "wick", "dorf", "ovo", "enne", "ach"};
    static const char *const cc[] = {"FR", "UA", "RU"};
    for (size_t i = 0; i < 144; i++)
        fprintf(f, "%zu\t%s%s\t%s%s\t\t48.5\t2.25\tP\tPPL\t%s\t\tG%zu\t\t\t\t%zu\t\t35\t"
                "Europe/Paris\t2024-01-01\n",
                1000 + i, head[i / 12], tail[i % 12], head[i / 12], tail[i % 12], cc[i % 3], i % 90,
                1000 + 37 * i);
    fputs("200\tShort line\n", f);
    fputs("201\tBadpop\tBadpop\t\t48.5\t2.25\tP\tPPL\tFR\t\t11\t\t\t\tmany\t\t35\tx\ty\n", f);
    if (fclose(f) != 0)
        return -1;
    snprintf(path, sizeof path, "%s/admin1CodesASCII.txt", geo_dir);
    if (!(f = fopen(path, "w")))
        return -1;
    for (size_t i = 0; i < sizeof gaz_admin1 / sizeof gaz_admin1[0]; i++)
        fprintf(f, "%s\n", gaz_admin1[i]);
    return fclose(f);
}

static void gaz_cleanup(const char *dict_dir, const char *geo_dir)
{
    static const char *const geo_files[] = {"countryInfo.txt", "cities15000.txt",
                                            "admin1CodesASCII.txt"};
    char path[256];
    for (size_t i = 0; i < 3; i++) {
        snprintf(path, sizeof path, "%s/%s", geo_dir, geo_files[i]);
        unlink(path);
    }
    snprintf(path, sizeof path, "%s/small.dict", dict_dir);
    unlink(path);
    rmdir(geo_dir);
    rmdir(dict_dir);
    rmdir(gaz_root);
}

/* The events of gaz_text coded with d, as JSON; TAC_ENOMEM or TAC_OK. */
static tac_status gaz_code(const tac_dict *d, tac_buf *out)
{
    tac_coder *c = NULL;
    tac_status st = tac_coder_new(d, NULL, &c);
    if (st != TAC_OK)
        return st;
    tac_doc doc = plain_doc("gaz", gaz_text, sizeof gaz_text - 1);
    st = code_one(c, &doc, out);
    tac_coder_free(c);
    return st;
}

/* Whether two loads gave the same counts. */
static int same_stats(const tac_dict_stats *a, const tac_dict_stats *b)
{
    return a->places == b->places && a->errors == b->errors && a->gaz_places == b->gaz_places &&
           a->gaz_skipped == b->gaz_skipped && a->gaz_known == b->gaz_known &&
           a->gaz_common == b->gaz_common && a->gaz_ambiguous == b->gaz_ambiguous &&
           a->gaz_other == b->gaz_other && a->actors == b->actors && a->people == b->people;
}

/* Compares a successful load with the clean one: counts and events. */
static void gaz_check(long n, const tac_dict *d, const tac_dict_stats *ref_stats,
                      const tac_buf *ref_out)
{
    tac_dict_stats s;
    tac_dict_get_stats(d, &s);
    if (!same_stats(&s, ref_stats))
        fail("gazetteer", n, 0, "success but the counts differ from a clean load", TAC_OK);
    tac_buf out = {NULL, 0, 0, 0};
    tac_status st = gaz_code(d, &out);
    if (st != TAC_OK)
        fail("gazetteer", n, 0, "the set loaded but cannot code", st);
    else if (out.len != ref_out->len || memcmp(out.data, ref_out->data, out.len) != 0)
        fail("gazetteer", n, 0, "success but the events differ from a clean load", TAC_OK);
    tac_buf_free(&out);
}

/* Counts the allocations made before the gazetteer's first message (a
 * bad line of the fixture's countryInfo.txt): tac_fault_inject(0) there
 * returns them and restarts the count. */
static long gaz_first_msg = -1;

static void gaz_diag(void *user, const char *file, size_t line, const char *msg)
{
    (void)user, (void)file, (void)line, (void)msg;
    if (gaz_first_msg < 0)
        gaz_first_msg = tac_fault_inject(0);
}

/* One sweep: set dict_dir with the fixture's gazetteer, allocation N
 * failing for every N from `from` to `to` (0: until a run makes fewer
 * than N allocations). Returns the runs, or -1 if the clean load failed
 * or lacks coverage; *n_alloc: the clean load's allocations; *first: the
 * allocation of the gazetteer's first message. */
static long gaz_sweep(const char *label, const char *dict_dir, const char *geo_dir, long from,
                      long to, long *n_alloc, long *first, long *absorbed)
{
    tac_dict_options opts;
    memset(&opts, 0, sizeof opts);
    opts.gazetteer = geo_dir;
    tac_dict *d = NULL;
    tac_fault_inject(0);
    gaz_first_msg = -1;
    tac_status st = tac_dict_load_opts(dict_dir, &opts, gaz_diag, NULL, &d);
    *n_alloc = tac_fault_inject(0) + (gaz_first_msg > 0 ? gaz_first_msg : 0);
    *first = gaz_first_msg;
    tac_dict_stats ref_stats;
    memset(&ref_stats, 0, sizeof ref_stats);
    tac_buf ref_out = {NULL, 0, 0, 0};
    if (st == TAC_OK) {
        tac_dict_get_stats(d, &ref_stats);
        st = gaz_code(d, &ref_out);
    }
    tac_dict_free(d);
    /* the fixture must give places, names left out for each reason, bad
     * lines, and events */
    if (st != TAC_OK || ref_stats.gaz_places < 8 || !ref_stats.gaz_known ||
        !ref_stats.gaz_common || !ref_stats.gaz_ambiguous || !ref_stats.gaz_other ||
        ref_stats.errors < 4 || ref_out.len == 0 || gaz_first_msg < 0) {
        fprintf(stderr, "alloc_fail: %s: the clean load failed or lacks coverage (%s)\n", label,
                tac_status_str(st));
        fprintf(stderr, "alloc_fail: gazetteer: %zu places, %zu known, %zu common, %zu ambiguous, "
                "%zu other, %zu errors\n", ref_stats.gaz_places, ref_stats.gaz_known,
                ref_stats.gaz_common, ref_stats.gaz_ambiguous, ref_stats.gaz_other,
                ref_stats.errors);
        tac_buf_free(&ref_out);
        return -1;
    }
    if (to >= 0) /* not for the dry run that counts */
        printf("alloc_fail: %s: the clean load adds %zu places, leaves out %zu names, reports %zu "
               "bad lines, and codes %zu bytes of events\n", label, ref_stats.gaz_places,
               ref_stats.gaz_skipped, ref_stats.errors, ref_out.len);
    long runs = 0;
    *absorbed = 0;
    for (long n = from < 1 ? 1 : from; !to || n <= to; n++) {
        tac_dict *d2 = NULL;
        tac_fault_inject(n);
        tac_status st2 = tac_dict_load_opts(dict_dir, &opts, NULL, NULL, &d2);
        long made = tac_fault_inject(0);
        runs++;
        if (st2 == TAC_OK) {
            gaz_check(n, d2, &ref_stats, &ref_out);
            *absorbed += made >= n;
        } else if (made < n) {
            fail(label, n, 0, "no allocation failed, yet the load failed", st2);
        } else if (st2 != TAC_ENOMEM) {
            fail(label, n, 0, "a status other than out-of-memory", st2);
        }
        if (st2 != TAC_OK && d2)
            fail(label, n, 0, "a failed load returned a dictionary", st2);
        tac_dict_free(d2);
        if (made < n)
            break;
    }
    /* after all the failures, a clean load is complete */
    tac_dict *d3 = NULL;
    tac_fault_inject(0);
    st = tac_dict_load_opts(dict_dir, &opts, NULL, NULL, &d3);
    if (st != TAC_OK)
        fail(label, 0, 0, "the clean load after the failures failed", st);
    else
        gaz_check(0, d3, &ref_stats, &ref_out);
    tac_dict_free(d3);
    tac_buf_free(&ref_out);
    return runs;
}

/* The gazetteer phase: the small set, every N; then, when big_dir is not
 * NULL, that set with the same gazetteer, every N from a little before
 * the gazetteer's first message for as many allocations as the
 * gazetteer adds to the load (the set alone is loaded to count them).
 * Returns 0, or -1 if a sweep could not start. */
static int gaz_phase(const char *big_dir)
{
    char dict_dir[128], geo_dir[128];
    if (gaz_fixture(dict_dir, geo_dir, sizeof dict_dir) != 0) {
        perror("alloc_fail: cannot write the gazetteer fixture");
        return -1;
    }
    long n_alloc, first, absorbed, rc = 0;
    long runs = gaz_sweep("gazetteer", dict_dir, geo_dir, 1, 0, &n_alloc, &first, &absorbed);
    if (runs < 0)
        rc = -1;
    else
        printf("alloc_fail: gazetteer: small set: %ld allocations, %ld runs (every N), %ld "
               "absorbed\n", n_alloc, runs, absorbed);
    if (big_dir && rc == 0) {
        tac_dict *d = NULL;
        tac_fault_inject(0);
        tac_status st = tac_dict_load(big_dir, NULL, NULL, &d);
        long n_plain = tac_fault_inject(0);
        tac_dict_free(d);
        /* the count of a dry run first, for the window */
        long n_with = 0, at = 0, absorbed2 = 0;
        runs = st == TAC_OK ? gaz_sweep("gazetteer+set", big_dir, geo_dir, 1, -1, &n_with, &at,
                                        &absorbed2)
                            : -1;
        if (runs < 0) {
            rc = -1;
        } else {
            long from = at - 20, to = at + (n_with - n_plain) + 20;
            runs = gaz_sweep("gazetteer+set", big_dir, geo_dir, from, to, &n_with, &at,
                             &absorbed2);
            if (runs < 0)
                rc = -1;
            else
                printf("alloc_fail: gazetteer: %s: %ld allocations with it, %ld without, the "
                       "first message at %ld; %ld runs (every N of %ld..%ld), %ld absorbed\n",
                       big_dir, n_with, n_plain, at, runs, from, to, absorbed2);
        }
    }
    gaz_cleanup(dict_dir, geo_dir);
    return (int)rc;
}

static const char *dict_path;

/* Loads dict_path in its format. */
static tac_status load(tac_dict **out)
{
    size_t n = strlen(dict_path);
    if (n > 8 && strcmp(dict_path + n - 8, ".project") == 0)
        return tac_dict_load_tabari(dict_path, NULL, NULL, out);
    return tac_dict_load(dict_path, NULL, NULL, out);
}

int main(int argc, char **argv)
{
    if (argc > 1 && strcmp(argv[1], "--gazetteer") == 0) {
        if (gaz_phase(argc > 2 ? argv[2] : NULL) < 0)
            return 2;
        printf("alloc_fail: %d failure(s)\n", failures);
        return failures ? 1 : 0;
    }
    const char *dir = argc > 1 ? argv[1] : "data/dict";
    dict_path = dir;
    long stride = argc > 2 ? atol(argv[2]) : 97;
    if (stride < 1)
        stride = 1;
    const long edge = 300; /* every N of the first and last allocations */
    static const char para[] =
        "Police arrested dozens of protesters in Baku on Monday. The Iranian foreign "
        "minister met his Qatari counterpart in Doha. France and Germany condemned the "
        "attack and urged Russia to withdraw its troops. Arnor assailed Gondor on Monday "
        "after talks with officials in the capital city.\n\n";
    const size_t reps = 1500;
    big_len = reps * (sizeof para - 1);
    big = malloc(big_len);
    if (!big)
        return 2;
    for (size_t k = 0; k < reps; k++)
        memcpy(big + k * (sizeof para - 1), para, sizeof para - 1);

    /* clean runs: the reference events and the allocation counts */
    tac_dict *d = NULL;
    tac_fault_inject(0);
    tac_status st = load(&d);
    long n_load = tac_fault_inject(0);
    if (st != TAC_OK) {
        fprintf(stderr, "alloc_fail: cannot load %s: %s\n", dir, tac_status_str(st));
        return 2;
    }
    if (n_load == 0) {
        fprintf(stderr, "alloc_fail: no allocation counted: build with -DTAC_FAULT_INJECTION\n");
        tac_dict_free(d);
        return 2;
    }
    run_out ref;
    code_docs(d, &ref);
    long n_code = tac_fault_inject(0);
    /* every document coded; the long text gives events with either set
     * (its last sentence names actors of TABARI's demonstration set) */
    for (int k = 0; k < N_OUT; k++) {
        if (ref.st[k] != TAC_OK || ref.buf[0].len == 0 || ref.buf[3].len == 0) {
            fprintf(stderr, "alloc_fail: the clean run failed: %s\n", tac_status_str(ref.st[k]));
            return 2;
        }
    }

    /* coding phase, dictionary loaded once: every N */
    long tried_code = 0, absorbed = 0;
    for (long n = 1;; n++) {
        run_out r;
        tac_fault_inject(n);
        code_docs(d, &r);
        long made = tac_fault_inject(0);
        tried_code++;
        int all = check("coding", n, &r, &ref);
        run_out_free(&r);
        if (made < n) {
            /* the fault was never reached: a complete clean run */
            if (!all)
                fail("coding", n, 0, "no allocation failed, yet the run failed", TAC_OK);
            break;
        }
        absorbed += all;
    }

    /* loader phase: a stride through the load, every N near its ends */
    long tried_load = 0, absorbed_load = 0;
    for (long n = 1; n <= n_load + 1;) {
        tac_dict *d2 = NULL;
        tac_fault_inject(n);
        tac_status st2 = load(&d2);
        long made = tac_fault_inject(0);
        tried_load++;
        if (st2 == TAC_OK) {
            /* the set must code exactly as the clean one */
            run_out r;
            code_docs(d2, &r);
            tac_fault_inject(0);
            if (!check("loader", n, &r, &ref))
                fail("loader", n, 0, "the set loaded but cannot code", TAC_OK);
            run_out_free(&r);
            absorbed_load += made >= n;
        } else if (made < n) {
            fail("loader", n, 0, "no allocation failed, yet the load failed", st2);
        } else if (st2 != TAC_ENOMEM) {
            fail("loader", n, 0, "a status other than out-of-memory", st2);
        }
        if (st2 != TAC_OK && d2)
            fail("loader", n, 0, "a failed load returned a dictionary", st2);
        tac_dict_free(d2);
        n += (n < edge || n > n_load - edge) ? 1 : stride;
    }

    /* gazetteer phase: its own small set, then this one */
    size_t dl = strlen(dir);
    if (!(dl > 8 && strcmp(dir + dl - 8, ".project") == 0) && gaz_phase(dir) < 0)
        failures++;

    run_out_free(&ref);
    tac_dict_free(d);
    free(big);
    printf("alloc_fail: coding: %ld allocations, %ld runs (every N), %ld failures absorbed "
           "with the same events\n",
           n_code, tried_code, absorbed);
    printf("alloc_fail: loader: %ld allocations, %ld runs (every N of the first and last %ld, "
           "else every %ld-th), %ld absorbed\n",
           n_load, tried_load, edge, stride, absorbed_load);
    printf("alloc_fail: %d failure(s)\n", failures);
    return failures ? 1 : 0;
}
