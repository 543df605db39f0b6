/* eval_reign.c -- leader recall: REIGN's heads of state and government, by date.
 *
 * ../shared/corpora/world_leaders/reign_leaderlist_3_21.csv: the REIGN
 * leader list (Bell, Besaw and Frank 2021, building on Archigos): one row per
 * leader's term, 2,524 rows for 200 states, 1945 to March 2021; Windows-1252,
 * comma-separated, a name with a comma quoted. Columns used: stateabb, ccode
 * (the Correlates of War state code), leader, sdate, smonth, syear (start),
 * emonth, eyear (end; empty = in office in March 2021).
 *
 * For each row tacitus resolves the leader's name as REIGN writes it (often
 * the surname alone: "Truman", "Nakasone"; "Surname, Given" is turned round
 * to "Given Surname") with tac_coder_actor at the middle of the term, as
 * `tacitus actor NAME --date D` does. A surname alone resolves to the one
 * person of that name in office on the date (docs/dictionaries.md, `person`),
 * so the suite measures what a story that names the leader by surname alone
 * gets. Items are the rows (1.. in file order: odd = tuning half).
 *
 * A row is met when the actor's country is the row's state through the COW
 * mapping below and its first agent is GOV, the code the dictionaries give
 * heads of state and government. P/R/F1: tp = met, fp = resolved but not met,
 * fn = not met. Figures: resolved share (any actor), country right, met for
 * terms whose middle falls in 1945-1989 and in 1990-2021.
 *
 * COW -> ISO 3166-1 alpha-3 (facts; docs/accuracy.md lists them): former
 * states take the code countries.dict gives them, the state that continues
 * them: the Soviet Union (365) RUS, Yugoslavia (345) SRB, Czechoslovakia
 * (315) CZE, West and East Germany (260, 265) DEU, North and South Yemen
 * (678, 680) YEM, North and South Vietnam (816, 817) VNM; Kosovo XKX. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "eval.h"
#include "xml.h"

typedef struct cow_iso {
    int cow;
    const char iso[4];
} cow_iso;

/* Sorted by COW code. */
static const cow_iso cow_map[] = {
    {2, "USA"},   {20, "CAN"},  {31, "BHS"},  {40, "CUB"},  {41, "HTI"},  {42, "DOM"},
    {51, "JAM"},  {52, "TTO"},  {53, "BRB"},  {54, "DMA"},  {55, "GRD"},  {56, "LCA"},
    {57, "VCT"},  {58, "ATG"},  {60, "KNA"},  {70, "MEX"},  {80, "BLZ"},  {90, "GTM"},
    {91, "HND"},  {92, "SLV"},  {93, "NIC"},  {94, "CRI"},  {95, "PAN"},  {100, "COL"},
    {101, "VEN"}, {110, "GUY"}, {115, "SUR"}, {130, "ECU"}, {135, "PER"}, {140, "BRA"},
    {145, "BOL"}, {150, "PRY"}, {155, "CHL"}, {160, "ARG"}, {165, "URY"}, {200, "GBR"},
    {205, "IRL"}, {210, "NLD"}, {211, "BEL"}, {212, "LUX"}, {220, "FRA"}, {221, "MCO"},
    {223, "LIE"}, {225, "CHE"}, {230, "ESP"}, {232, "AND"}, {235, "PRT"}, {255, "DEU"},
    {260, "DEU"}, {265, "DEU"}, {290, "POL"}, {305, "AUT"}, {310, "HUN"}, {315, "CZE"},
    {316, "CZE"}, {317, "SVK"}, {325, "ITA"}, {331, "SMR"}, {338, "MLT"}, {339, "ALB"},
    {341, "MNE"}, {343, "MKD"}, {344, "HRV"}, {345, "SRB"}, {346, "BIH"}, {347, "XKX"},
    {349, "SVN"}, {350, "GRC"}, {352, "CYP"}, {355, "BGR"}, {359, "MDA"}, {360, "ROU"},
    {365, "RUS"}, {366, "EST"}, {367, "LVA"}, {368, "LTU"}, {369, "UKR"}, {370, "BLR"},
    {371, "ARM"}, {372, "GEO"}, {373, "AZE"}, {375, "FIN"}, {380, "SWE"}, {385, "NOR"},
    {390, "DNK"}, {395, "ISL"}, {402, "CPV"}, {403, "STP"}, {404, "GNB"}, {411, "GNQ"},
    {420, "GMB"}, {432, "MLI"}, {433, "SEN"}, {434, "BEN"}, {435, "MRT"}, {436, "NER"},
    {437, "CIV"}, {438, "GIN"}, {439, "BFA"}, {450, "LBR"}, {451, "SLE"}, {452, "GHA"},
    {461, "TGO"}, {471, "CMR"}, {475, "NGA"}, {481, "GAB"}, {482, "CAF"}, {483, "TCD"},
    {484, "COG"}, {490, "COD"}, {500, "UGA"}, {501, "KEN"}, {510, "TZA"}, {516, "BDI"},
    {517, "RWA"}, {520, "SOM"}, {522, "DJI"}, {530, "ETH"}, {531, "ERI"}, {540, "AGO"},
    {541, "MOZ"}, {551, "ZMB"}, {552, "ZWE"}, {553, "MWI"}, {560, "ZAF"}, {565, "NAM"},
    {570, "LSO"}, {571, "BWA"}, {572, "SWZ"}, {580, "MDG"}, {581, "COM"}, {590, "MUS"},
    {591, "SYC"}, {600, "MAR"}, {615, "DZA"}, {616, "TUN"}, {620, "LBY"}, {625, "SDN"},
    {626, "SSD"}, {630, "IRN"}, {640, "TUR"}, {645, "IRQ"}, {651, "EGY"}, {652, "SYR"},
    {660, "LBN"}, {663, "JOR"}, {666, "ISR"}, {670, "SAU"}, {678, "YEM"}, {679, "YEM"},
    {680, "YEM"}, {690, "KWT"}, {692, "BHR"}, {694, "QAT"}, {696, "ARE"}, {698, "OMN"},
    {700, "AFG"}, {701, "TKM"}, {702, "TJK"}, {703, "KGZ"}, {704, "UZB"}, {705, "KAZ"},
    {710, "CHN"}, {712, "MNG"}, {713, "TWN"}, {731, "PRK"}, {732, "KOR"}, {740, "JPN"},
    {750, "IND"}, {760, "BTN"}, {770, "PAK"}, {771, "BGD"}, {775, "MMR"}, {780, "LKA"},
    {781, "MDV"}, {790, "NPL"}, {800, "THA"}, {811, "KHM"}, {812, "LAO"}, {816, "VNM"},
    {817, "VNM"}, {820, "MYS"}, {830, "SGP"}, {835, "BRN"}, {840, "PHL"}, {850, "IDN"},
    {860, "TLS"}, {900, "AUS"}, {910, "PNG"}, {920, "NZL"}, {935, "VUT"}, {940, "SLB"},
    {946, "KIR"}, {947, "TUV"}, {950, "FJI"}, {955, "TON"}, {970, "NRU"}, {983, "MHL"},
    {986, "PLW"}, {987, "FSM"}, {990, "WSM"},
};
#define N_COW (sizeof cow_map / sizeof cow_map[0])

static const char *cow_to_iso(int cow)
{
    size_t lo = 0, hi = N_COW;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (cow_map[mid].cow == cow)
            return cow_map[mid].iso;
        if (cow_map[mid].cow < cow)
            lo = mid + 1;
        else
            hi = mid;
    }
    return NULL;
}

/* Windows-1252 bytes 0x80..0x9F as code points (0 = undefined). */
static const unsigned short cp1252_hi[32] = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178,
};

/* Copies the Windows-1252 string s into o (room n) as UTF-8. */
static void to_utf8(const char *s, char *o, size_t n)
{
    size_t k = 0;
    for (; *s && k + 5 < n; s++) {
        unsigned c = (unsigned char)*s;
        if (c >= 0x80 && c < 0xA0)
            c = cp1252_hi[c - 0x80] ? cp1252_hi[c - 0x80] : '?';
        k += xml_utf8_put(c, o + k);
    }
    o[k] = '\0';
}

/* Splits a CSV line in place into at most max fields ("..." quoting, no
 * doubled quotes in this file); returns the number of fields. */
static int split_csv(char *line, char **f, int max)
{
    int nf = 0;
    char *p = line;
    while (nf < max) {
        if (*p == '"') {
            f[nf++] = ++p;
            char *q = strchr(p, '"');
            if (!q)
                return nf;
            *q = '\0';
            p = q + 1;
            if (*p != ',')
                return nf;
            p++;
        } else {
            f[nf++] = p;
            char *c = strchr(p, ',');
            if (!c)
                return nf;
            *c = '\0';
            p = c + 1;
        }
    }
    return nf;
}

/* Days since 0000-03-01 in the proleptic Gregorian calendar, and back. */
static long days_from(long y, long m, long d)
{
    y -= m <= 2;
    long era = y / 400, yoe = y - era * 400;
    long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    return era * 146097 + yoe * 365 + yoe / 4 - yoe / 100 + doy;
}

static void date_of(long z, long *y, long *m, long *d)
{
    long era = z / 146097, doe = z - era * 146097;
    long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    long mp = (5 * doy + 2) / 153;
    *d = doy - (153 * mp + 2) / 5 + 1;
    *m = mp < 10 ? mp + 3 : mp - 9;
    *y = yoe + era * 400 + (*m <= 2);
}

/* REIGN's "Surname, Given" as "Given Surname"; a given name cut short
 * ("Duvalier, Jean-") is left out. Other names as they are. */
static void name_of(const char *raw, char *o, size_t n)
{
    const char *comma = strchr(raw, ',');
    if (!comma) {
        snprintf(o, n, "%s", raw);
        return;
    }
    const char *given = comma + 1;
    while (*given == ' ')
        given++;
    size_t gl = strlen(given);
    if (gl == 0 || given[gl - 1] == '-')
        snprintf(o, n, "%.*s", (int)(comma - raw), raw);
    else
        snprintf(o, n, "%s %.*s", given, (int)(comma - raw), raw);
}

int eval_reign(eval_ctx *ctx, eval_result *r)
{
    char *buf = eval_slurp(ctx, "corpora/world_leaders/reign_leaderlist_3_21.csv", NULL, r);
    if (!buf)
        return -1;
    r->measure = "leaders resolved to the state's GOV";
    long k = 0, resolved = 0, country = 0;
    long era_n[2] = {0, 0}, era_met[2] = {0, 0};
    char *cur = buf, *line;
    while ((line = eval_next_line(&cur)) != NULL) {
        char *f[14];
        if (!strncmp(line, "stateabb,", 9) || split_csv(line, f, 14) < 9)
            continue;
        k++;
        if (!eval_in_split(ctx, k))
            continue;
        const char *iso = cow_to_iso(atoi(f[1]));
        long sy = atol(f[6]), sm = atol(f[5]), sd = atol(f[4]);
        long ey = *f[8] ? atol(f[8]) : 2021, em = *f[8] && *f[7] ? atol(f[7]) : 3;
        if (sm < 1 || sm > 12)
            sm = 1;
        if (sd < 1 || sd > 31)
            sd = 1;
        if (em < 1 || em > 12)
            em = 1;
        long a = days_from(sy, sm, sd), b = days_from(ey, em, 1);
        if (b < a)
            b = a;
        long y, m, d;
        date_of(a + (b - a) / 2, &y, &m, &d);
        char date[64], raw[256], name[256];
        snprintf(date, sizeof date, "%04ld-%02ld-%02ld", y, m, d);
        to_utf8(f[3], raw, sizeof raw);
        name_of(raw, name, sizeof name);
        tac_actor act;
        memset(&act, 0, sizeof act);
        int found = tac_coder_actor(ctx->coder, name, strlen(name), date, &act);
        found = found && act.code && *act.code;
        int c_ok = found && iso && act.country && !strcmp(act.country, iso);
        int ok = c_ok && act.n_agents > 0 && !strcmp(act.agents[0], "GOV");
        int era = y >= 1990;
        r->items++;
        resolved += found;
        country += c_ok;
        era_n[era]++;
        era_met[era] += ok;
        r->tp += ok;
        r->fp += found && !ok;
        r->fn += !ok;
        if (ctx->misses && !ok)
            fprintf(ctx->misses, "reign %ld %s \"%s\" @%s want %sGOV | tacitus %s\n", k, f[0],
                    name, date, iso ? iso : "?", found ? act.code : "none");
    }
    free(buf);
    if (k == 0) {
        snprintf(r->skipped, sizeof r->skipped, "no leader rows read");
        return -1;
    }
    double n = r->items ? (double)r->items : 1;
    eval_figure(r, "resolved", (double)resolved / n);
    eval_figure(r, "country right", (double)country / n);
    eval_figure(r, "met 1945-89", era_n[0] ? (double)era_met[0] / (double)era_n[0] : 0);
    eval_figure(r, "met 1990-2021", era_n[1] ? (double)era_met[1] / (double)era_n[1] : 0);
    return 0;
}
