/* test_tabari.c -- unit tests for tabari.c (the TABARI dictionary loader)
 * and the TABARI rules of the coder.
 *
 * A small TABARI set holding every syntax element (and one malformed line
 * of each kind) is written to a temporary folder and loaded: each bad line
 * must give exactly one file:line: reason and the rest must load and code.
 * Then the real CAMEO dictionaries from ../shared are loaded when they are
 * there (skipped with a message otherwise). */
#include <stdlib.h>
#include <time.h>
#include <unistd.h>

#include "dict.h"
#include "tabari.h"
#include "test.h"

#define MAX_DIAG 64

typedef struct diag_log {
    char file[MAX_DIAG][64];
    size_t line[MAX_DIAG];
    char reason[MAX_DIAG][160];
    int n;
} diag_log;

static void on_diag(void *user, const char *file, size_t line, const char *reason)
{
    diag_log *g = user;
    if (g->n >= MAX_DIAG)
        return;
    snprintf(g->file[g->n], sizeof g->file[0], "%s", file ? file : "");
    g->line[g->n] = line;
    snprintf(g->reason[g->n], sizeof g->reason[0], "%s", reason);
    g->n++;
}

/* 1 if the log holds file:line with a reason containing what. */
static int logged(const diag_log *g, const char *file, size_t line, const char *what)
{
    for (int i = 0; i < g->n; i++)
        if (!strcmp(g->file[i], file) && g->line[i] == line && strstr(g->reason[i], what))
            return 1;
    return 0;
}

static void write_file(const char *dir, const char *name, const char *text, size_t len)
{
    char path[512];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    FILE *f = fopen(path, "wb");
    if (!f) {
        fprintf(stderr, "cannot write %s\n", path);
        exit(1);
    }
    fwrite(text, 1, len, f);
    fclose(f);
}

static const char verbs[] =
    "<SYNSETS>\n"                                   /* 1 */
    "&MONEY\n"                                      /* 2 */
    "+DOLLAR\n"                                     /* 3 */
    "+SWISS_FRANC\n"                                /* 4 */
    "</SYNSETS>\n"                                  /* 5 */
    "<TIME>\n"                                      /* 6 */
    "YESTERDAY [-1]\n"                              /* 7 */
    "LAST_WEEK [-7]\n"                              /* 8 */
    "- * AND A DAY [-8]\n"                          /* 9 */
    "ONCE_UPON_A_TIME [###]\n"                      /* 10 */
    "</TIME>\n"                                     /* 11 */
    "MEET [031:031] ;paired\n"                      /* 12 */
    "- % HAVE POSTPONED * [191]\n"                  /* 13 */
    "ARRIVE [032:033]\n"                            /* 14 */
    "CONTRIBUT [070]\n"                             /* 15 */
    "- * &MONEY [071]\n"                            /* 16 */
    "ASK [090]\n"                                   /* 17 */
    "- * FOR { SANCTIONS | EMBARGO } [172]\n"       /* 18 */
    "BAN= [191]\n"                                  /* 19 */
    "ACT_ [100]\n"                                  /* 20 */
    "{ ACTING_ ACTXD_ }\n"                          /* 21 */
    "SAY [023?]\n"                                  /* 22 */
    "ABANDON [---]\n"                               /* 23 */
    "DAVIS_CUP [###]\n"                             /* 24 */
    "FREE [066]\n"                                  /* 25 */
    "- + * FROM $ [066]\n"                          /* 26 */
    "ALLOW [060]\n"                                 /* 27 */
    "- * REAL~_PLEASANT [024]\n"                    /* 28 */
    "- IN_* [074]\n"                                /* 29 */
    "- * TWO * STARS [031]\n"                       /* 30: two verbs */
    "- * &NOSUCH [031]\n"                           /* 31: unknown synset */
    "BOGUS [12345678]\n"                            /* 32: bad code */
    "<WHATEVER>\n"                                  /* 33: unknown block */
    "WARN [160]\n";                                 /* 34 */

static const char agents[] =
    "GOVERNMENT_ [~GOV]\n"                          /* 1 */
    "HUMAN_RIGHTS_ACTIVISTS_ [NGM~]\n"              /* 2 */
    "<NOUN>\n"                                      /* 3 */
    "TALKS_\n"                                      /* 4 */
    "</NOUN>\n"                                     /* 5 */
    "<ADJECTIVE>\n"                                 /* 6 */
    "EVIL\n"                                        /* 7 */
    "</ADJECTIVE>\n"                                /* 8 */
    "PROSECUTORS_ [~JUD]\n"                         /* 9 */
    "GUARD_ [~BGO]\n";                              /* 10 */

static const char options[] =
    "// comment\n"                                  /* 1 */
    "COMPLEX: VERBS[5] CONJ[4] NOACTPRIOR\n"        /* 2 */
    "SET: TIME SHIFT = TRUE\n"                      /* 3 */
    "LABEL: 031=MEET\n"                             /* 4 */
    "OUTPUT: ID\n"                                  /* 5 */
    "FROBNICATE: yes\n"                             /* 6: unknown option */
    "SET: MINIMUM WORDS = 1\n";                     /* 7: short test texts */

static const char project[] =
    "Test project\n"
    "<actorsfile> t.actors\n"
    "<verbsfile> t.verbs\n"
    "<agentsfile> t.agents\n"
    "<optionsfile> t.options\n"
    "<textfile> t.text\n"
    "<coder> TEST\n";

/* The actors file; line numbers of the bad lines are checked below. */
static char *actors_text(size_t *len)
{
    static const char head[] =
        "ARNOR [ARN]\n"                              /* 1 */
        "GONDOR ;indented form\n"                    /* 2 */
        "+MINAS_TIRITH\n"                            /* 3 */
        "\t[GON]\n"                                  /* 4 */
        "AL_GORE [AGR]\n"                            /* 5 */
        "GOLLUM\n"                                   /* 6 */
        "\t[HOB <950601]\n"                          /* 7 */
        "\t[HOBGOV 950601 - 990815]\n"               /* 8 */
        "\t[HOBREB > 990816]\n"                      /* 9 */
        "ALBRIGHT [USAGOV 991201-010114] [---]\n"    /* 10 */
        "SMITH_&_WESSON_ [USABUS]\n"                 /* 11 */
        "THE_SHIRE [FRO/BIL/SAM]\n"                  /* 12 */
        "NASGUL [###]\n"                             /* 13 */
        "VOLLEYBALL [+++]\n"                         /* 14 */
        "BROKEN [ARN\n"                              /* 15: unclosed */
        "BADCODE [AR$]\n"                            /* 16: bad code */
        "BADDATE [ARN 991301-000101]\n"              /* 17: bad date */
        "<WHATEVER>\n"                               /* 18: unknown block */
        "ORPHAN ;no code\n"                          /* 19: no code */
        "CAF\xC9_ [CAF]\n";                          /* 20: Latin-1, loads */
    static const char tail[] =
        "ROHAN [ROH]\n"                              /* 23 */
        "~~FINISH\n"                                 /* 24 */
        "NOTREAD [NRD]\n";                           /* 25 */
    size_t hl = sizeof head - 1, tl = sizeof tail - 1, big = 10 * 1024;
    char *s = malloc(hl + big + 32 + tl);
    if (!s)
        exit(1);
    memcpy(s, head, hl);
    size_t n = hl;
    memset(s + n, 'A', big);                         /* 21: a 10 KB name */
    n += big;
    memcpy(s + n, " [XXX]\n", 7);
    n += 7;
    memcpy(s + n, "\x01\x02\x7f\x00zz [YYY]\n", 13);  /* 22: binary */
    n += 13;
    memcpy(s + n, tail, tl);
    n += tl;
    *len = n;
    return s;
}

typedef struct got {
    char ev[16][48];
    int n;
} got;

static void code(tac_coder *co, const char *date, const char *text, got *g)
{
    tac_doc doc;
    memset(&doc, 0, sizeof doc);
    doc.id = "t";
    doc.id_len = 1;
    doc.date = date;
    doc.date_len = strlen(date);
    doc.text = text;
    doc.text_len = strlen(text);
    size_t n = 0;
    g->n = 0;
    if (tac_coder_code(co, &doc, &n) != TAC_OK)
        return;
    for (size_t i = 0; i < n && g->n < 16; i++) {
        const tac_event *e = tac_coder_event(co, i);
        snprintf(g->ev[g->n++], sizeof g->ev[0], "%s/%s/%s@%s", e->source.code,
                 e->has_target ? e->target.code : "", e->code, e->date);
    }
}

static int has(const got *g, const char *ev)
{
    for (int i = 0; i < g->n; i++)
        if (!strcmp(g->ev[i], ev))
            return 1;
    return 0;
}

static void test_small_set(void)
{
    char dir[] = "/tmp/tacitus-tabari-XXXXXX";
    if (!mkdtemp(dir)) {
        fprintf(stderr, "mkdtemp failed\n");
        test_failed++;
        return;
    }
    size_t al;
    char *act = actors_text(&al);
    write_file(dir, "t.verbs", verbs, sizeof verbs - 1);
    write_file(dir, "t.actors", act, al);
    write_file(dir, "t.agents", agents, sizeof agents - 1);
    write_file(dir, "t.options", options, sizeof options - 1);
    write_file(dir, "t.project", project, sizeof project - 1);
    free(act);
    char path[512];
    snprintf(path, sizeof path, "%s/t.project", dir);
    diag_log g;
    memset(&g, 0, sizeof g);
    tac_dict *d = NULL;
    CHECK_INT(tac_dict_load_tabari(path, on_diag, &g, &d), TAC_OK);
    if (!d)
        return;
    /* every bad line: one message naming its file and line */
    CHECK(logged(&g, "t.verbs", 30, "'*'"));
    CHECK(logged(&g, "t.verbs", 31, "unknown synset"));
    CHECK(logged(&g, "t.verbs", 32, "bad event code"));
    CHECK(logged(&g, "t.verbs", 33, "unknown block"));
    CHECK(logged(&g, "t.actors", 15, "unclosed '['"));
    CHECK(logged(&g, "t.actors", 16, "bad actor code"));
    CHECK(logged(&g, "t.actors", 17, "bad date restriction"));
    CHECK(logged(&g, "t.actors", 18, "unknown block"));
    CHECK(logged(&g, "t.actors", 19, "no [code]"));
    CHECK(logged(&g, "t.actors", 21, "longer than"));
    CHECK(logged(&g, "t.actors", 22, "control character"));
    CHECK(logged(&g, "t.options", 6, "unknown option"));
    CHECK_INT(g.n, 12);
    tac_dict_stats st;
    tac_dict_get_stats(d, &st);
    CHECK_INT(st.errors, 12);
    CHECK_INT(st.files, 4);
    CHECK_INT(st.agents, 4);
    /* ARNOR GONDOR MINAS_TIRITH AL_GORE GOLLUM ALBRIGHT SMITH_&_WESSON_
     * THE_SHIRE NASGUL VOLLEYBALL CAFE ROHAN; ~~FINISH stops the file */
    CHECK_INT(st.actors, 12);
    CHECK_INT(st.people, 2); /* GOLLUM, ALBRIGHT: dated entries */
    CHECK(st.patterns >= 18);
    CHECK_STR(tac_dict_cameo(d, "031", 3)->name, "MEET");
    CHECK(d->tabari->n_syn == 1 && d->tabari->n_time == 4);
    CHECK(d->tabari->opt.time_shift == 1 && d->tabari->opt.complex_verbs == 5 &&
          d->tabari->opt.noactprior == 1);
    /* options applied later, as validation records do */
    CHECK_INT(tac_dict_tabari_option(d, "SET: CODE BY SENTENCE", 21), TAC_OK);
    CHECK_INT(d->tabari->opt.code_by, TAC_TB_BY_SENTENCE);
    CHECK_INT(tac_dict_tabari_option(d, "SET: CODE BY CLAUSE", 19), TAC_OK);
    CHECK_INT(tac_dict_tabari_option(d, "DEFAULT: SOURCE [DEF] PRIOR", 27), TAC_OK);
    CHECK_STR(d->tabari->opt.def_src, "DEF");
    CHECK_INT(tac_dict_tabari_option(d, "DEFAULT: OFF", 12), TAC_OK);
    CHECK_INT(tac_dict_tabari_option(d, "NONSENSE", 8), TAC_EARG);
    CHECK_INT(tac_dict_tabari_option(d, "SET: NO SUCH THING = TRUE", 25), TAC_EARG);

    tac_coder *co = NULL;
    CHECK_INT(tac_coder_new(d, NULL, &co), TAC_OK);
    got r;
    /* paired code, indented entry with a '+' synonym */
    code(co, "1995-01-01", "Arnor will meet officials from Minas Tirith.", &r);
    CHECK(has(&r, "ARN/GON/031@1995-01-01") && has(&r, "GON/ARN/031@1995-01-01"));
    /* stem ARRIVE + ed, paired 032:033 */
    code(co, "1995-01-01", "Arnor arrived in Gondor.", &r);
    CHECK(has(&r, "ARN/GON/032@1995-01-01") && has(&r, "GON/ARN/033@1995-01-01"));
    /* synset in a pattern; stem verb CONTRIBUT; an open synset (&MONEY,
     * not &MONEY_) matches its members' first word whole, as TABARI does:
     * "dollars" is not DOLLAR there, and the root's code stands */
    code(co, "1995-01-01", "Arnor contributed a million dollar to Gondor.", &r);
    CHECK_INT(r.n, 1);
    CHECK(has(&r, "ARN/GON/071@1995-01-01"));
    code(co, "1995-01-01", "Arnor contributed a million dollars to Gondor.", &r);
    CHECK_INT(r.n, 1);
    CHECK(has(&r, "ARN/GON/070@1995-01-01"));
    code(co, "1995-01-01", "Arnor contributes swiss francs to Gondor.", &r);
    CHECK(has(&r, "ARN/GON/071@1995-01-01"));
    /* { | } alternatives */
    code(co, "1995-01-01", "Arnor asked for an embargo against Gondor.", &r);
    CHECK(has(&r, "ARN/GON/172@1995-01-01"));
    /* BAN= takes no endings */
    code(co, "1995-01-01", "Arnor baned Gondor.", &r);
    CHECK_INT(r.n, 0);
    code(co, "1995-01-01", "Arnor will ban Gondor.", &r);
    CHECK(has(&r, "ARN/GON/191@1995-01-01"));
    /* + and $ slots reverse the roles */
    code(co, "1995-01-01", "Gondor was freed from Arnor.", &r);
    CHECK(has(&r, "ARN/GON/066@1995-01-01"));
    /* agents: appended, prefixed, not repeated */
    code(co, "1995-01-01", "The Arnor government will meet Gondor.", &r);
    CHECK(has(&r, "ARNGOV/GON/031@1995-01-01"));
    code(co, "1995-01-01", "Arnor human rights activists will meet Gondor.", &r);
    CHECK(has(&r, "NGMARN/GON/031@1995-01-01"));
    /* null verb, discard actor and verb, complex actor */
    code(co, "1995-01-01", "Arnor abandoned Gondor.", &r);
    CHECK_INT(r.n, 0);
    code(co, "1995-01-01", "The Nasgul warned Gondor.", &r);
    CHECK_INT(r.n, 0);
    code(co, "1995-01-01", "Arnor will meet Gondor at the davis cup.", &r);
    CHECK_INT(r.n, 0);
    code(co, "1995-01-01", "Arnor warned Gondor about volleyball.", &r);
    CHECK_INT(r.n, 0);
    /* capitalised mid-sentence, a verb phrase is a name */
    code(co, "1995-01-01", "Arnor will meet Gondor at the Davis Cup.", &r);
    CHECK_INT(r.n, 2);
    /* [---] actor: not an actor, so no source */
    code(co, "1995-01-01", "Albright warned Gondor.", &r);
    CHECK_INT(r.n, 0);
    code(co, "2000-06-01", "Albright warned Gondor.", &r);
    CHECK(has(&r, "USAGOV/GON/160@2000-06-01"));
    /* dated codes in the indented form */
    code(co, "1994-01-01", "Gollum warned Gondor.", &r);
    CHECK(has(&r, "HOB/GON/160@1994-01-01"));
    code(co, "1996-01-01", "Gollum warned Gondor.", &r);
    CHECK(has(&r, "HOBGOV/GON/160@1996-01-01"));
    code(co, "2001-01-01", "Gollum warned Gondor.", &r);
    CHECK(has(&r, "HOBREB/GON/160@2001-01-01"));
    /* '&' inside a name */
    code(co, "1995-01-01", "Smith & Wesson warned Gondor.", &r);
    CHECK(has(&r, "USABUS/GON/160@1995-01-01"));
    /* a slash code is a compound; hyphen joins like '_' */
    code(co, "1995-01-01", "The Shire warned Al-Gore.", &r);
    CHECK(has(&r, "FRO/AGR/160@1995-01-01") && has(&r, "SAM/AGR/160@1995-01-01"));
    /* time shift and time discard */
    code(co, "1995-01-10", "Arnor warned Gondor last week.", &r);
    CHECK(has(&r, "ARN/GON/160@1995-01-03"));
    code(co, "1995-01-10", "Once upon a time Arnor warned Gondor.", &r);
    CHECK_INT(r.n, 0);
    /* '~' stem joined to the next word */
    code(co, "1995-01-10", "Arnor allowed that Gondor is a really pleasant place.", &r);
    CHECK(has(&r, "ARN/GON/024@1995-01-10"));
    /* ADJECTIVE list: "the evil X" still joins a compound */
    code(co, "1995-01-10", "Arnor and the evil Gondor have postponed their meeting.", &r);
    CHECK(has(&r, "ARN/GON/191@1995-01-10") && has(&r, "GON/ARN/191@1995-01-10"));
    /* Latin-1 line read as such */
    code(co, "1995-01-10", "Caf\xC3\xA9 warned Gondor.", &r);
    CHECK(has(&r, "CAF/GON/160@1995-01-10"));
    /* SET: MINIMUM WORDS (TABARI's default is 8; commas count) */
    CHECK_INT(tac_dict_tabari_option(d, "SET: MINIMUM WORDS = 8", 22), TAC_OK);
    code(co, "1995-01-10", "Arnor warned Gondor yesterday.", &r);
    CHECK_INT(r.n, 0);
    code(co, "1995-01-10", "Arnor, in fact, warned Gondor today.", &r);
    CHECK(r.n >= 1);
    CHECK_INT(tac_dict_tabari_option(d, "SET: MINIMUM WORDS = 1", 22), TAC_OK);
    /* "former" makes the agent ELI; an agent takes the actor after it
     * across of/in/from, not across a verb */
    code(co, "1995-01-10", "Arnor former prosecutors warned Gondor.", &r);
    CHECK(has(&r, "ARNELI/GON/160@1995-01-10"));
    code(co, "1995-01-10", "Prosecutors of Arnor warned Gondor.", &r);
    CHECK(has(&r, "ARNJUD/GON/160@1995-01-10"));
    code(co, "1995-01-10", "Prosecutors warned Gondor.", &r);
    CHECK(!has(&r, "GONJUD/GON/160@1995-01-10") && !has(&r, "GONJUD//160@1995-01-10"));
    /* a redundant agent is a three-letter part of the code, not any
     * substring: HOBGOV + BGO is HOBGOVBGO */
    code(co, "1996-01-10", "Gollum guard warned Gondor.", &r);
    CHECK(has(&r, "HOBGOVBGO/GON/160@1996-01-10"));
    /* a time phrase: the longest at a word wins */
    code(co, "1995-01-10", "Arnor warned Gondor last week and a day.", &r);
    CHECK(has(&r, "ARN/GON/160@1995-01-02"));
    /* FORWARD: a pronoun with no actor before it is the first actor of
     * the previous sentence of the same story */
    CHECK_INT(tac_dict_tabari_option(d, "FORWARD: ^^*NNN*SSS", 19), TAC_OK);
    {
        static const char *ids[] = {"S001-001", "S001-002", "S001-004", "S002-001"};
        static const char *texts[] = {"Arnor warned Gondor.", "He warned Rohan.",
                                      "He warned Rohan.", "He warned Rohan."};
        int want[] = {1, 1, 0, 0};
        for (int i = 0; i < 4; i++) {
            tac_doc doc;
            memset(&doc, 0, sizeof doc);
            doc.id = ids[i];
            doc.id_len = strlen(ids[i]);
            doc.date = "1995-01-10";
            doc.date_len = 10;
            doc.text = texts[i];
            doc.text_len = strlen(texts[i]);
            size_t n = 0;
            CHECK_INT(tac_coder_code(co, &doc, &n), TAC_OK);
            if (i == 0)
                continue;
            int fwd = n == 1 && !strcmp(tac_coder_event(co, 0)->source.code, "ARN");
            CHECK_INT(fwd, want[i]);
        }
    }
    CHECK_INT(tac_dict_tabari_option(d, "FORWARD: ^^*NNN*SSS OFF", 23), TAC_OK);
    /* COMPLEX: NOACTPRIOR: no actor before the verb, no event */
    code(co, "1995-01-10", "Yesterday warned Arnor that Gondor will act.", &r);
    CHECK_INT(r.n, 0);
    CHECK_INT(tac_dict_tabari_option(d, "COMPLEX: VERBS[5] CONJ[4]", 25), TAC_OK);
    code(co, "1995-01-10", "Yesterday warned Arnor that Gondor will act.", &r);
    CHECK(r.n >= 1);
    CHECK_INT(tac_dict_tabari_option(d, "COMPLEX: VERBS[5] CONJ[4] NOACTPRIOR", 36), TAC_OK);
    tac_coder_free(co);
    tac_dict_free(d);
    /* a folder holding the same files loads the same way */
    memset(&g, 0, sizeof g);
    CHECK_INT(tac_dict_load_tabari(dir, on_diag, &g, &d), TAC_OK);
    CHECK_INT(g.n, 12);
    tac_dict_free(d);
    const char *names[] = {"t.verbs", "t.actors", "t.agents", "t.options", "t.project"};
    for (size_t i = 0; i < sizeof names / sizeof *names; i++) {
        snprintf(path, sizeof path, "%s/%s", dir, names[i]);
        unlink(path);
    }
    rmdir(dir);
    /* no verbs: a dictionary error */
    memset(&g, 0, sizeof g);
    CHECK_INT(tac_dict_load_tabari("/nonexistent/x.project", on_diag, &g, &d), TAC_EIO);
    CHECK(d == NULL);
}

/* The real CAMEO set (CountryInfo is kept zipped: unzipped to a temporary
 * folder here, never into the project). */
static void test_cameo_set(void)
{
    const char *dicts = "../shared/peers/tabari/dictionaries";
    char probe[512];
    snprintf(probe, sizeof probe, "%s/CAMEO.091003.master.verbs", dicts);
    if (access(probe, R_OK) != 0) {
        printf("tabari: ../shared not found, the real CAMEO set is not tested\n");
        return;
    }
    char dir[] = "/tmp/tacitus-cameo-XXXXXX";
    if (!mkdtemp(dir))
        return;
    char cmd[1024];
    snprintf(cmd, sizeof cmd, "unzip -q -o %s/CountryInfo.120116.actors.zip -d %s 2>/dev/null",
             dicts, dir);
    if (system(cmd) != 0) {
        printf("tabari: unzip failed or missing, the real CAMEO set is not tested\n");
        rmdir(dir);
        return;
    }
    char cwd[512];
    if (!getcwd(cwd, sizeof cwd))
        return;
    char proj[4096];
    int pl = snprintf(proj, sizeof proj,
                      "<actorsfile> %s/CountryInfo.120116.actors\n"
                      "<actorsfile> %s/%s/Internatnl.120521.actors\n"
                      "<actorsfile> %s/%s/CAMEO.ECS.120522.actors\n"
                      "<actorsfile> %s/%s/CAMEO.RCS.120521.actors\n"
                      "<agentsfile> %s/%s/PSU.120522.agents\n"
                      "<verbsfile> %s/%s/CAMEO.091003.master.verbs\n"
                      "<optionsfile> %s/%s/CAMEO.09b5.options\n",
                      dir, cwd, dicts, cwd, dicts, cwd, dicts, cwd, dicts, cwd, dicts, cwd, dicts);
    write_file(dir, "cameo.project", proj, (size_t)pl);
    char path[512];
    snprintf(path, sizeof path, "%s/cameo.project", dir);
    diag_log g;
    memset(&g, 0, sizeof g);
    tac_dict *d = NULL;
    struct timespec a, b;
    clock_gettime(CLOCK_MONOTONIC, &a);
    CHECK_INT(tac_dict_load_tabari(path, on_diag, &g, &d), TAC_OK);
    clock_gettime(CLOCK_MONOTONIC, &b);
    if (d) {
        tac_dict_stats st;
        tac_dict_get_stats(d, &st);
        printf("tabari: CAMEO set: %zu patterns, %zu actor and %zu agent phrases, %zu codes, "
               "%zu lines rejected, loaded in %.2f s\n", st.patterns, st.actors, st.agents,
               st.cameo, st.errors, (double)(b.tv_sec - a.tv_sec) + (double)(b.tv_nsec - a.tv_nsec) / 1e9);
        CHECK(st.patterns > 15000);
        CHECK(st.actors > 30000);
        CHECK(st.agents > 1000);
        CHECK(st.errors < 300); /* malformed lines of the real files, each reported */
        /* names with '&' load (TABARI needs them removed) */
        tac_coder *co = NULL;
        CHECK_INT(tac_coder_new(d, NULL, &co), TAC_OK);
        got r;
        code(co, "1999-01-01", "Russian troops attacked Chechen rebels in the mountains on Monday.", &r);
        CHECK(r.n >= 1);
        tac_coder_free(co);
    }
    tac_dict_free(d);
    snprintf(path, sizeof path, "%s/CountryInfo.120116.actors", dir);
    unlink(path);
    snprintf(path, sizeof path, "%s/cameo.project", dir);
    unlink(path);
    rmdir(dir);
}

int main(void)
{
    test_small_set();
    test_cameo_set();
    return test_report("tabari");
}
