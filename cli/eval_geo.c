/* eval_geo.c -- geocoding: the country tacitus gives a toponym of news text.
 *
 * Three geoparsing gold sets, ../shared/corpora/geoparsing_gold/ (read with
 * cli/xml.c), each a file of articles with their toponyms resolved to
 * GeoNames:
 *   lgl.xml      LGL, local US news: <toponym><phrase/><gaztag geonameid>
 *                <name/><fcode/><country geonameid>Name</country>...
 *   TR-News.xml  TR-News, international news, same shape, with demonyms
 *                ("Turkish" -> Turkey)
 *   GWN.xml      GeoWebNews: <toponym><extractedName/><type/><geonamesID/>
 *                ... with no country.
 * GeoNames tables in ../shared/corpora/geonames give the ISO-3 codes:
 * countryInfo.txt maps a country's geonameid (or its name) to ISO-3, and a
 * GWN geonamesID is looked up among the countries, admin1CodesASCII.txt,
 * admin2Codes.txt and cities15000.txt (their country is the ISO-2 prefix or
 * column). GWN toponyms of type Literal with a geonamesID found there are
 * scored; the other types (metonymic, demonym, modifier, expression ...)
 * and Literal ones with only a latitude and longitude are left out.
 *
 * Each toponym's phrase alone goes to tac_coder_actor (the public API, as
 * `tacitus actor "Kannur"`); the actor's country is the answer, none if
 * the phrase names no actor or place. A kind is given from the gold:
 *   demonym  LGL/TR-News: gold a country or first-level division (fcode
 *            PCL..., ADM1), the phrase neither the gold name nor the
 *            country's GeoNames name, and ending like an English demonym
 *            (-ish -ian -an -ese -i -ic -ch -ss -ek -iot, plurals in -s)
 *   country  gold fcode PCL... (GWN: the geonamesID is a country's)
 *   place    the rest: towns, regions, rivers ... (what a gazetteer adds)
 *
 * Items and split: ARTICLES are numbered 1.. in each file (odd: tuning,
 * even: held out), so an article's toponyms stay in one half. Measures:
 * main P/R/F1 over toponyms: tp a right country, fp a wrong one, fn every
 * toponym without the right one (P = accuracy among resolved, R = accuracy
 * over all); figures: coverage (resolved share), F1 per corpus, accuracy
 * (over all) of country names, other places and demonyms, and accuracy
 * over all with the article title as context (tac_coder_actor_in).
 * docs/accuracy.md describes it. */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "eval.h"
#include "xml.h"

#define GOLD "corpora/geoparsing_gold/"
#define GEONAMES "corpora/geonames/"

/* ---- GeoNames: countries and geonameid -> country ------------------------ */

#define MAX_COUNTRIES 300

typedef struct country {
    char iso2[3], iso3[4];
    char name[80];
    long gid;
} country;

typedef struct gid_country {
    long gid;
    int country; /* index into geo.c */
} gid_country;

typedef struct geo {
    country c[MAX_COUNTRIES];
    int nc;
    gid_country *ids; /* sorted by gid after loading */
    size_t nids, cap;
} geo;

/* Cuts the tab-separated fields of line (in place) into f; returns their number. */
static int tab_fields(char *line, char **f, int max)
{
    int n = 0;
    for (char *p = line; n < max;) {
        f[n++] = p;
        char *t = strchr(p, '\t');
        if (!t)
            break;
        *t = '\0';
        p = t + 1;
    }
    return n;
}

static int country_by_iso2(const geo *g, const char *cc)
{
    for (int i = 0; i < g->nc; i++)
        if (cc[0] == g->c[i].iso2[0] && cc[1] == g->c[i].iso2[1])
            return i;
    return -1;
}

static int add_id(geo *g, long gid, int ci)
{
    if (g->nids == g->cap) {
        size_t nc = g->cap ? g->cap * 2 : 4096;
        gid_country *n = realloc(g->ids, nc * sizeof *n);
        if (!n)
            return -1;
        g->ids = n;
        g->cap = nc;
    }
    g->ids[g->nids].gid = gid;
    g->ids[g->nids].country = ci;
    g->nids++;
    return 0;
}

static int cmp_gid(const void *a, const void *b)
{
    long x = ((const gid_country *)a)->gid, y = ((const gid_country *)b)->gid;
    return x < y ? -1 : x > y;
}

/* The country (index) of a geonameid, or -1. */
static int country_of_gid(const geo *g, long gid)
{
    size_t lo = 0, hi = g->nids;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (g->ids[mid].gid == gid)
            return g->ids[mid].country;
        if (g->ids[mid].gid < gid)
            lo = mid + 1;
        else
            hi = mid;
    }
    return -1;
}

static int is_country_gid(const geo *g, long gid)
{
    for (int i = 0; i < g->nc; i++)
        if (g->c[i].gid == gid)
            return 1;
    return 0;
}

static int country_by_name(const geo *g, const char *name)
{
    for (int i = 0; i < g->nc; i++)
        if (!strcmp(g->c[i].name, name))
            return i;
    return -1;
}

/* Reads the GeoNames tables. countryInfo.txt is needed (0, or -1 with
 * r->skipped set); the others only serve GWN and may be missing. */
static int geo_load(const eval_ctx *ctx, geo *g, eval_result *r)
{
    char *buf = eval_slurp(ctx, GEONAMES "countryInfo.txt", NULL, r);
    if (!buf)
        return -1;
    char *cur = buf, *line;
    while ((line = eval_next_line(&cur)) && g->nc < MAX_COUNTRIES) {
        if (line[0] == '#' || !line[0])
            continue;
        char *f[20];
        if (tab_fields(line, f, 20) < 17 || strlen(f[0]) != 2 || strlen(f[1]) != 3)
            continue;
        country *c = &g->c[g->nc++];
        memcpy(c->iso2, f[0], 3);
        memcpy(c->iso3, f[1], 4);
        snprintf(c->name, sizeof c->name, "%s", f[4]);
        c->gid = strtol(f[16], NULL, 10);
    }
    free(buf);
    if (g->nc == 0) {
        snprintf(r->skipped, sizeof r->skipped, GEONAMES "countryInfo.txt: no countries read");
        return -1;
    }
    for (int i = 0; i < g->nc; i++)
        if (add_id(g, g->c[i].gid, i) < 0)
            goto nomem;
    /* CC.ADM1 / CC.ADM1.ADM2 <TAB> name <TAB> asciiname <TAB> geonameid; cities:
     * geonameid in column 1, ISO-2 in column 9 */
    static const char *const tables[] = {GEONAMES "admin1CodesASCII.txt",
                                         GEONAMES "admin2Codes.txt", GEONAMES "cities15000.txt"};
    for (size_t t = 0; t < 3; t++) {
        eval_result quiet;
        memset(&quiet, 0, sizeof quiet);
        buf = eval_slurp(ctx, tables[t], NULL, &quiet);
        if (!buf)
            continue;
        cur = buf;
        while ((line = eval_next_line(&cur))) {
            char *f[20];
            int nf = tab_fields(line, f, 20);
            const char *cc;
            long gid;
            if (t < 2) {
                if (nf < 4 || strlen(f[0]) < 3)
                    continue;
                cc = f[0];
                gid = strtol(f[3], NULL, 10);
            } else {
                if (nf < 9 || strlen(f[8]) != 2)
                    continue;
                cc = f[8];
                gid = strtol(f[0], NULL, 10);
            }
            int k = country_by_iso2(g, cc);
            if (k >= 0 && gid > 0 && add_id(g, gid, k) < 0) {
                free(buf);
                goto nomem;
            }
        }
        free(buf);
    }
    qsort(g->ids, g->nids, sizeof *g->ids, cmp_gid);
    return 0;
nomem:
    snprintf(r->skipped, sizeof r->skipped, "out of memory");
    return -1;
}

/* ---- kinds of toponym and of miss ---------------------------------------- */

enum { K_COUNTRY, K_DEMONYM, K_PLACE, N_KINDS };
static const char *const kind_name[N_KINDS] = {"country name", "demonym", "place"};

enum { C_LGL, C_TR, C_GWN, N_CORPORA };
static const char *const corpus_name[N_CORPORA] = {"LGL", "TR-News", "GWN"};

enum {
    M_UNRES_COUNTRY,
    M_UNRES_DEMONYM,
    M_UNRES_PLACE,
    M_WRONG_COUNTRY,   /* a country name or demonym read as another country */
    M_WRONG_HOMONYM,   /* a place named like a country read as that country: the
                        * whole phrase gave the bare country code */
    M_WRONG_ELSEWHERE, /* a place read as a same-name place in another country */
    N_MISS
};
static const char *const miss_name[N_MISS] = {
    "unresolved country name", "unresolved demonym", "unresolved place (town, region ...)",
    "wrong: a country name or demonym read as another country",
    "wrong: a place named like a country read as that country (US state Georgia)",
    "wrong: a same-name place in another country"};

typedef struct tally {
    long n, resolved, correct;
} tally;

typedef struct geo_run {
    eval_ctx *ctx;
    geo *g;
    tally all, corpus[N_CORPORA], kind[N_KINDS];
    long ctx_correct;  /* right with the title as context */
    long miss[N_MISS];
    long no_gold[N_CORPORA]; /* toponyms with no country derivable */
    long gwn_other;          /* GWN toponyms not of type Literal */
} geo_run;

static int ieq(const char *a, const char *b)
{
    for (; *a && *b; a++, b++)
        if (tolower((unsigned char)*a) != tolower((unsigned char)*b))
            return 0;
    return *a == *b;
}

static int ends_with(const char *s, size_t n, const char *suf)
{
    size_t k = strlen(suf);
    return n > k && !memcmp(s + n - k, suf, k);
}

/* The demonym rule of the file comment. */
static int demonym(const char *phrase, const char *gold_name, const char *country_name,
                   const char *fcode)
{
    if (!fcode || (strncmp(fcode, "PCL", 3) != 0 && strcmp(fcode, "ADM1") != 0))
        return 0;
    if ((gold_name && ieq(phrase, gold_name)) || ieq(phrase, country_name))
        return 0;
    static const char *const sufs[] = {"ish", "ian", "ean", "an", "ese", "i",
                                       "ic",  "ch",  "ss",  "ek", "iot"};
    size_t n = strlen(phrase);
    if (n > 3 && phrase[n - 1] == 's' && phrase[n - 2] != 's')
        n--; /* "Americans" */
    for (size_t i = 0; i < sizeof sufs / sizeof sufs[0]; i++)
        if (ends_with(phrase, n, sufs[i]))
            return 1;
    return 0;
}

static void print_flat(FILE *f, const char *s)
{
    for (; s && *s; s++)
        fputc(*s == '\n' || *s == '\r' || *s == '\t' ? ' ' : *s, f);
}

/* The de-facto states tacitus codes on their own (countries.dict's project
 * codes) and the country GeoNames puts them in: a place there is right
 * either way (places.dict gives "Tskhinvali" SOS, GeoNames GE). */
static const char de_facto[][2][4] = {{"ABK", "GEO"}, {"SOS", "GEO"}, {"PMR", "MDA"},
                                      {"NCY", "CYP"}, {"SML", "SOM"}, {"NKR", "AZE"}};

static int same_country(const char *got, const char *want)
{
    if (!strcmp(got, want))
        return 1;
    for (size_t i = 0; i < sizeof de_facto / sizeof de_facto[0]; i++)
        if (!strcmp(got, de_facto[i][0]) && !strcmp(want, de_facto[i][1]))
            return 1;
    return 0;
}

/* Scores one toponym: phrase, the gold country (index into g->c), kind. */
static void score(geo_run *st, int corpus, long art, const char *phrase, int gold, int kind,
                  const char *title)
{
    const char *want = st->g->c[gold].iso3;
    tac_actor a;
    char got_s[4] = ""; /* a copy: the next call reuses the coder's strings */
    int bare_country = 0; /* the whole phrase read as a country's name */
    if (tac_coder_actor(st->ctx->coder, phrase, strlen(phrase), NULL, &a) && a.country) {
        snprintf(got_s, sizeof got_s, "%s", a.country);
        bare_country = a.code && !strcmp(a.code, a.country) && a.text_len == strlen(phrase);
    }
    const char *got = got_s[0] ? got_s : NULL;
    int ok = got && same_country(got, want);
    tally *ts[3] = {&st->all, &st->corpus[corpus], &st->kind[kind]};
    for (int i = 0; i < 3; i++) {
        ts[i]->n++;
        ts[i]->resolved += got != NULL;
        ts[i]->correct += ok;
    }
    if (title && title[0] &&
        tac_coder_actor_in(st->ctx->coder, phrase, strlen(phrase), title, strlen(title), NULL,
                           &a) &&
        a.country && same_country(a.country, want))
        st->ctx_correct++;
    else if ((!title || !title[0]) && ok)
        st->ctx_correct++;
    if (ok)
        return;
    int m;
    if (!got) {
        m = kind == K_COUNTRY ? M_UNRES_COUNTRY : kind == K_DEMONYM ? M_UNRES_DEMONYM
                                                                    : M_UNRES_PLACE;
    } else if (kind != K_PLACE) {
        m = M_WRONG_COUNTRY;
    } else {
        m = bare_country ? M_WRONG_HOMONYM : M_WRONG_ELSEWHERE;
    }
    st->miss[m]++;
    if (!st->ctx->misses)
        return;
    fprintf(st->ctx->misses, "geo %s article %ld \"", corpus_name[corpus], art);
    print_flat(st->ctx->misses, phrase);
    fprintf(st->ctx->misses, "\" (%s) gold %s tacitus %s: %s | ", kind_name[kind], want,
            got ? got : "-", miss_name[m]);
    print_flat(st->ctx->misses, title);
    fputc('\n', st->ctx->misses);
}

/* Reads and parses one gold file; NULL with r->skipped set. */
static char *load_xml(eval_ctx *ctx, const char *rel, xml_doc *d, eval_result *r)
{
    char *buf = eval_slurp(ctx, rel, NULL, r);
    if (!buf)
        return NULL;
    if (xml_parse(buf, strlen(buf), d) < 0) {
        snprintf(r->skipped, sizeof r->skipped, "%.100s: %.150s (not the XML this suite reads)",
                 rel, d->err);
        xml_doc_free(d);
        free(buf);
        return NULL;
    }
    return buf;
}

/* One toponym of an article: reads its gold and scores it. */
typedef void (*toponym_fn)(geo_run *st, int corpus, const xml_doc *d, long t, long art,
                           const char *title);

/* LGL and TR-News: <toponym><phrase/><gaztag><country geonameid=/><fcode/><name/>. */
static void gaztag_toponym(geo_run *st, int corpus, const xml_doc *d, long t, long art,
                           const char *title)
{
    const char *phrase = xml_child_text(d, t, "phrase");
    long gz = xml_child(d, t, "gaztag");
    long cn = xml_child(d, gz, "country");
    int gold = -1;
    char gid[32];
    if (cn >= 0 && xml_attr(d, cn, "geonameid", gid, sizeof gid))
        gold = country_of_gid(st->g, strtol(gid, NULL, 10));
    if (cn >= 0 && gold < 0)
        gold = country_by_name(st->g, d->nodes[cn].text);
    if (!phrase || !phrase[0] || gold < 0) {
        st->no_gold[corpus]++;
        return;
    }
    const char *fcode = xml_child_text(d, gz, "fcode");
    int kind = demonym(phrase, xml_child_text(d, gz, "name"), st->g->c[gold].name, fcode)
                   ? K_DEMONYM
               : fcode && !strncmp(fcode, "PCL", 3) ? K_COUNTRY
                                                    : K_PLACE;
    score(st, corpus, art, phrase, gold, kind, title);
}

/* GeoWebNews: <toponym><type/><extractedName/><geonamesID/>; only "Literal" names count. */
static void gwn_toponym(geo_run *st, int corpus, const xml_doc *d, long t, long art,
                        const char *title)
{
    const char *type = xml_child_text(d, t, "type");
    if (!type || strcmp(type, "Literal") != 0) {
        st->gwn_other++;
        return;
    }
    const char *phrase = xml_child_text(d, t, "extractedName");
    const char *id = xml_child_text(d, t, "geonamesID");
    long gid = id ? strtol(id, NULL, 10) : 0;
    int gold = gid > 0 ? country_of_gid(st->g, gid) : -1;
    if (!phrase || !phrase[0] || gold < 0) {
        st->no_gold[corpus]++;
        return;
    }
    score(st, corpus, art, phrase, gold, is_country_gid(st->g, gid) ? K_COUNTRY : K_PLACE, title);
}

/* All three sets: <articles><article><title/>...<toponyms><toponym>; each toponym of an
   article of the split goes to fn. */
static int run_corpus(geo_run *st, int corpus, const char *rel, toponym_fn fn, eval_result *r)
{
    xml_doc d;
    char *buf = load_xml(st->ctx, rel, &d, r);
    if (!buf)
        return -1;
    long k = 0;
    for (long art = xml_child(&d, 0, "article"); art >= 0; art = xml_next(&d, art, "article")) {
        k++;
        if (!eval_in_split(st->ctx, k))
            continue;
        const char *title = xml_child_text(&d, art, "title");
        long tops = xml_child(&d, art, "toponyms");
        for (long t = xml_child(&d, tops, "toponym"); t >= 0; t = xml_next(&d, t, "toponym"))
            fn(st, corpus, &d, t, k, title);
    }
    xml_doc_free(&d);
    free(buf);
    return 0;
}

static double share(long a, long b)
{
    return b > 0 ? (double)a / (double)b : 0.0;
}

static double f1_of(const tally *t)
{
    double p = share(t->correct, t->resolved), rc = share(t->correct, t->n);
    return p + rc > 0 ? 2 * p * rc / (p + rc) : 0.0;
}

int eval_geo(eval_ctx *ctx, eval_result *r)
{
    geo *g = calloc(1, sizeof *g);
    geo_run *st = calloc(1, sizeof *st);
    int rc = -1;
    if (!g || !st) {
        snprintf(r->skipped, sizeof r->skipped, "out of memory");
        goto done;
    }
    if (geo_load(ctx, g, r) < 0)
        goto done;
    st->ctx = ctx;
    st->g = g;
    if (run_corpus(st, C_LGL, GOLD "lgl.xml", gaztag_toponym, r) < 0 ||
        run_corpus(st, C_TR, GOLD "TR-News.xml", gaztag_toponym, r) < 0 ||
        run_corpus(st, C_GWN, GOLD "GWN.xml", gwn_toponym, r) < 0)
        goto done;
    r->measure = "toponyms given the right country";
    r->items = st->all.n;
    r->tp = st->all.correct;
    r->fp = st->all.resolved - st->all.correct;
    r->fn = st->all.n - st->all.correct;
    eval_figure(r, "coverage", share(st->all.resolved, st->all.n));
    eval_figure(r, "LGL F1", f1_of(&st->corpus[C_LGL]));
    eval_figure(r, "TR-News F1", f1_of(&st->corpus[C_TR]));
    eval_figure(r, "GWN F1", f1_of(&st->corpus[C_GWN]));
    eval_figure(r, "country names acc", share(st->kind[K_COUNTRY].correct, st->kind[K_COUNTRY].n));
    eval_figure(r, "other places acc", share(st->kind[K_PLACE].correct, st->kind[K_PLACE].n));
    eval_figure(r, "demonyms acc", share(st->kind[K_DEMONYM].correct, st->kind[K_DEMONYM].n));
    eval_figure(r, "acc with title context", share(st->ctx_correct, st->all.n));
    if (ctx->misses) {
        FILE *f = ctx->misses;
        fprintf(f, "geo: toponyms / resolved / right, by corpus and kind:\n");
        for (int c = 0; c < N_CORPORA; c++)
            fprintf(f, "geo:   %-13s %5ld / %5ld / %5ld (left out: %ld without a country)\n",
                    corpus_name[c], st->corpus[c].n, st->corpus[c].resolved,
                    st->corpus[c].correct, st->no_gold[c]);
        for (int k = 0; k < N_KINDS; k++)
            fprintf(f, "geo:   %-13s %5ld / %5ld / %5ld\n", kind_name[k], st->kind[k].n,
                    st->kind[k].resolved, st->kind[k].correct);
        fprintf(f, "geo:   GWN toponyms of other types than Literal, left out: %ld\n",
                st->gwn_other);
        fprintf(f, "geo: misses by kind:\n");
        for (int m = 0; m < N_MISS; m++)
            fprintf(f, "geo:   %5ld  %s\n", st->miss[m], miss_name[m]);
    }
    rc = 0;
done:
    if (g)
        free(g->ids);
    free(g);
    free(st);
    return rc;
}
