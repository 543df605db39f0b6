/* filter.c -- the event filters of `tacitus code` and `tacitus ingest`, also
 * parsed for `query`, `series` and `top`, which hand them to the store.
 *
 * --political keeps the events that event data sets keep: a state, an IGO
 * or an armed or political non-state group on at least one side. An actor
 * code is read in three-letter blocks, as the CAMEO codebook builds it
 * (docs/dictionaries.md): a country, region or organisation block, then
 * agent blocks, then perhaps a group's own block. The rule:
 *
 *   an actor is political if its code
 *     - holds a block of kind STATE, IGO or GROUP anywhere   RUSMIL, IGOUNO,
 *       (a country's, a region's or no country's agent, an   SYRREBHTS, COP,
 *       international body, an armed or political group)     RUSCCNETHREB
 *     - or is a country alone (the code is its country's)    RUS
 *     - or is a bloc of states alone (kind BLOC)             WST, UIS
 *   an event is political if its source or its target is.
 *
 * Every other actor is dropped: businesses, media, civilians, criminals,
 * NGOs, labour, elites, faiths and peoples, unknown codes ("USABUS", "CVL",
 * "MEXCRMSIN", "NGOAMN", "KURETH"). A BLOC block counts alone only, as a
 * country does: "African farmers" (AFRAGR) are no state. No country,
 * region or people block of the dictionaries is spelt like a STATE, IGO or
 * GROUP block, so reading every block cannot mistake one for an agent. */
#include "filter.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

typedef enum block_kind { BLOCK_STATE, BLOCK_IGO, BLOCK_GROUP, BLOCK_BLOC, BLOCK_KINDS } block_kind;

/* The blocks that make an actor political. The dictionaries' agent codes
 * not here (CVL BUS MED EDU HLH REF CRM LAB NGO ENV HRI AGR REL ETH)
 * make none. ELI (elites) counts: the CAMEO manual's elites are former
 * officials and leaders of political movements, and the coder gives ELI to
 * office holders named outside the terms the dictionaries list. GOVBUS and
 * GOVMED hold GOV: a state's firm or broadcaster is the state's, as the
 * CAMEO manual codes it. */
static const struct political_block {
    char block[4];
    block_kind kind;
} political_blocks[] = {
    /* a state's institutions, with a country or alone ("police") */
    {"GOV", BLOCK_STATE}, {"MIL", BLOCK_STATE}, {"COP", BLOCK_STATE},
    {"JUD", BLOCK_STATE}, {"LEG", BLOCK_STATE}, {"SPY", BLOCK_STATE},
    /* intergovernmental organisations and their organs */
    {"IGO", BLOCK_IGO},
    /* armed non-state groups, then political ones (parties, opposition,
     * the factions the tertiary roles name) */
    {"REB", BLOCK_GROUP}, {"INS", BLOCK_GROUP}, {"SEP", BLOCK_GROUP},
    {"UAF", BLOCK_GROUP}, {"IMG", BLOCK_GROUP}, {"OPP", BLOCK_GROUP},
    {"PTY", BLOCK_GROUP}, {"RAD", BLOCK_GROUP}, {"MOD", BLOCK_GROUP},
    {"ELI", BLOCK_GROUP},
    /* blocs of states (the CAMEO region codes the dictionaries use; UIS
     * world powers, foreign governments; INT the international community) */
    {"WST", BLOCK_BLOC}, {"EUR", BLOCK_BLOC}, {"EEU", BLOCK_BLOC}, {"CEU", BLOCK_BLOC},
    {"BLK", BLOCK_BLOC}, {"CAU", BLOCK_BLOC}, {"SCN", BLOCK_BLOC}, {"AFR", BLOCK_BLOC},
    {"NAF", BLOCK_BLOC}, {"WAF", BLOCK_BLOC}, {"EAF", BLOCK_BLOC}, {"CFR", BLOCK_BLOC},
    {"SAF", BLOCK_BLOC}, {"MEA", BLOCK_BLOC}, {"PGS", BLOCK_BLOC}, {"ASA", BLOCK_BLOC},
    {"SAS", BLOCK_BLOC}, {"SEA", BLOCK_BLOC}, {"CAS", BLOCK_BLOC}, {"LAM", BLOCK_BLOC},
    {"SAM", BLOCK_BLOC}, {"NMR", BLOCK_BLOC}, {"CRB", BLOCK_BLOC}, {"UIS", BLOCK_BLOC},
    {"INT", BLOCK_BLOC},
};

#define N_BLOCKS (sizeof political_blocks / sizeof political_blocks[0])

/* The kind of the block at s (three bytes), or BLOCK_KINDS for none. */
static block_kind kind_of(const char *s)
{
    for (size_t k = 0; k < N_BLOCKS; k++)
        if (memcmp(s, political_blocks[k].block, 3) == 0)
            return political_blocks[k].kind;
    return BLOCK_KINDS;
}

int filter_political_actor(const tac_actor *a)
{
    const char *c = a->code;
    if (!c || !*c)
        return 0;
    size_t n = strlen(c);
    if (a->country && strcmp(c, a->country) == 0)
        return 1;
    if (n == 3 && kind_of(c) == BLOCK_BLOC)
        return 1;
    for (size_t i = 0; i + 3 <= n; i += 3) {
        block_kind k = kind_of(c + i);
        if (k == BLOCK_STATE || k == BLOCK_IGO || k == BLOCK_GROUP)
            return 1;
    }
    return 0;
}

/* ---- the other filters ------------------------------------------------ */

int filter_flag(const char *opt)
{
    if (!strcmp(opt, "--political"))
        return 1;
    if (!strcmp(opt, "--root") || !strcmp(opt, "--quad") || !strcmp(opt, "--code") ||
        !strcmp(opt, "--actor"))
        return 2;
    return 0;
}

/* A number of one or two digits at *p, from lo to hi; advances *p. */
static int small_number(const char **p, int lo, int hi)
{
    const char *s = *p;
    if (!isdigit((unsigned char)s[0]))
        return -1;
    int v = s[0] - '0', len = 1;
    if (isdigit((unsigned char)s[1]))
        v = v * 10 + (s[1] - '0'), len = 2;
    if (isdigit((unsigned char)s[len]) || v < lo || v > hi)
        return -1;
    *p = s + len;
    return v;
}

/* A comma list of numbers lo..hi, with ranges A-B when ranges: the bit
 * set of the numbers, or 0 if the list is malformed. */
static unsigned number_list(const char *s, int lo, int hi, int ranges)
{
    unsigned bits = 0;
    for (;;) {
        int a = small_number(&s, lo, hi), b = a;
        if (a < 0)
            return 0;
        if (ranges && *s == '-') {
            s++;
            b = small_number(&s, lo, hi);
            if (b < a)
                return 0;
        }
        for (int v = a; v <= b; v++)
            bits |= 1u << v;
        if (*s == '\0')
            return bits;
        if (*s++ != ',')
            return 0;
    }
}

/* The item of a comma list at *p, up to the next comma or the end, into
 * out[cap] when its bytes all pass ok and it has 1 to max of them;
 * advances *p past a comma. Returns its length, or 0 if it is malformed. */
static size_t list_item(const char **p, int (*ok)(int), size_t max, char *out, size_t cap)
{
    const char *s = *p;
    size_t n = 0;
    while (s[n] && s[n] != ',') {
        if (!ok((unsigned char)s[n]))
            return 0;
        n++;
    }
    if (n == 0 || n > max || n >= cap || (s[n] == ',' && !s[n + 1]))
        return 0;
    for (size_t k = 0; k < n; k++)
        out[k] = (char)toupper((unsigned char)s[k]);
    out[n] = '\0';
    *p = s + n + (s[n] == ',');
    return n;
}

static int is_digit(int c)
{
    return isdigit(c);
}

static int is_alnum(int c)
{
    return isalnum(c);
}

int filter_set(ev_filter *f, const char *opt, const char *val)
{
    f->on = 1;
    if (!strcmp(opt, "--political")) {
        f->political = 1;
    } else if (!strcmp(opt, "--root")) {
        unsigned bits = number_list(val, 1, 20, 1);
        if (!bits) {
            errf("--root wants CAMEO roots 01 to 20, a comma list with ranges (14,18-20), "
                 "not '%s'", val);
            return -1;
        }
        f->roots |= bits;
    } else if (!strcmp(opt, "--quad")) {
        unsigned bits = number_list(val, 1, 4, 0);
        if (!bits) {
            errf("--quad wants quad classes 1 to 4, one or a comma list (3,4), not '%s'", val);
            return -1;
        }
        f->quads |= bits;
    } else if (!strcmp(opt, "--code") || !strcmp(opt, "--actor")) {
        /* prefixes, each checked before any is kept: a bad list adds none */
        int code = opt[2] == 'c';
        int (*ok)(int) = code ? is_digit : is_alnum;
        size_t max = code ? 4 : sizeof f->actor[0] - 1;
        size_t *count = code ? &f->n_code : &f->n_actor;
        size_t n = *count;
        const char *p = val;
        char item[64];
        do {
            if (!list_item(&p, ok, max, item, sizeof item)) {
                if (code)
                    errf("--code wants CAMEO code prefixes of 1 to 4 digits, one or a comma "
                         "list (19, 190,141), not '%s'", val);
                else
                    errf("--actor wants actor codes or their starts, letters and digits, one "
                         "or a comma list (ARM, IGOUNO,RUSMIL), not '%s'", val);
                return -1;
            }
            if (n == FILTER_MAX_PREFIXES) {
                errf("%s takes at most %d values", opt, FILTER_MAX_PREFIXES);
                return -1;
            }
            memcpy(code ? f->code[n] : f->actor[n], item, strlen(item) + 1);
            n++;
        } while (*p);
        *count = n;
    }
    return 0;
}

static int has_prefix(const char *s, const char *prefix)
{
    return s && strncmp(s, prefix, strlen(prefix)) == 0;
}

int filter_keep(const ev_filter *f, const tac_event *e)
{
    if (f->roots) {
        int r = atoi(e->root); /* a TABARI codebook may have roots past 20 */
        if (r < 1 || r > 20 || !(f->roots & (1u << r)))
            return 0;
    }
    if (f->quads && (e->quad < 1 || e->quad > 4 || !(f->quads & (1u << e->quad))))
        return 0;
    if (f->n_code) {
        size_t k = 0;
        while (k < f->n_code && !has_prefix(e->code, f->code[k]))
            k++;
        if (k == f->n_code)
            return 0;
    }
    if (f->n_actor) {
        size_t k = 0;
        while (k < f->n_actor && !has_prefix(e->source.code, f->actor[k]) &&
               !(e->has_target && has_prefix(e->target.code, f->actor[k])))
            k++;
        if (k == f->n_actor)
            return 0;
    }
    if (f->political && !filter_political_actor(&e->source) &&
        !(e->has_target && filter_political_actor(&e->target)))
        return 0;
    return 1;
}

/* ---- the political rule for a store ----------------------------------- */

/* Appends s and a comma to the growing string *b (length *n, capacity
 * *cap); -1 when out of memory. */
static int append_item(char **b, size_t *n, size_t *cap, const char *s)
{
    size_t k = strlen(s);
    if (*n + k + 2 > *cap) {
        size_t nc = *cap ? *cap * 2 : 256;
        while (*n + k + 2 > nc)
            nc *= 2;
        char *g = realloc(*b, nc);
        if (!g)
            return -1;
        *b = g;
        *cap = nc;
    }
    memcpy(*b + *n, s, k);
    (*b)[*n + k] = ',';
    *n += k + 1;
    (*b)[*n] = '\0';
    return 0;
}

int filter_political_lists(const tac_dict *dict, char **any, char **alone)
{
    size_t na = 0, ca = 0, nl = 0, cl = 0;
    int bad = 0;
    *any = *alone = NULL;
    for (size_t k = 0; k < N_BLOCKS; k++) {
        if (political_blocks[k].kind == BLOCK_BLOC)
            bad |= append_item(alone, &nl, &cl, political_blocks[k].block);
        else
            bad |= append_item(any, &na, &ca, political_blocks[k].block);
    }
    /* A store keeps codes, not the actors' countries: a code alone is a
     * country's when the dictionaries know it as one. Country codes are
     * three capital letters, so asking for each of the 17,576 is the whole
     * list (well under a millisecond). */
    char c[4] = {0};
    for (c[0] = 'A'; c[0] <= 'Z' && !bad; c[0]++)
        for (c[1] = 'A'; c[1] <= 'Z'; c[1]++)
            for (c[2] = 'A'; c[2] <= 'Z'; c[2]++)
                if (tac_dict_is_country(dict, c, 3))
                    bad |= append_item(alone, &nl, &cl, c);
    if (bad) {
        free(*any);
        free(*alone);
        *any = *alone = NULL;
        return -1;
    }
    return 0;
}

/* ---- help ----------------------------------------------------------------- */

/* The blocks of one kind after lead, space-separated, wrapped under the
 * help's description column. */
static void put_blocks(FILE *f, block_kind kind, const char *lead)
{
    int col = fprintf(f, "%22s%s", "", lead), first = 1;
    for (size_t k = 0; k < N_BLOCKS; k++) {
        if (political_blocks[k].kind != kind)
            continue;
        if (col > 74) {
            col = fprintf(f, "\n%22s", "") - 1;
            first = 1;
        }
        col += fprintf(f, first ? "%s" : " %s", political_blocks[k].block);
        first = 0;
    }
    fputc('\n', f);
}

void filter_help(FILE *f, const char *head)
{
    fputs(head, f);
    fputs("  (the values of a list are alternatives; a flag given twice adds to its list)\n"
          "  --root LIST         CAMEO roots 01..20: one, or a comma list with ranges\n"
          "                      (14,18-20)\n"
          "  --quad LIST         quad classes, one or a comma list (3,4): 1 verbal\n"
          "                      cooperation, 2 material cooperation, 3 verbal\n"
          "                      conflict, 4 material conflict\n"
          "  --code LIST         CAMEO code prefixes, one or a comma list (19 = 190..196;\n"
          "                      19,141)\n"
          "  --actor LIST        actor codes as source or target, one or a comma list\n"
          "                      (prefixes: ARM matches ARM, ARMGOV, ARMMIL)\n"
          "  --political         an event with a political side: an actor whose code\n"
          "                      holds a block of\n",
          f);
    put_blocks(f, BLOCK_STATE, "state:  ");
    put_blocks(f, BLOCK_IGO, "IGO:    ");
    put_blocks(f, BLOCK_GROUP, "group:  ");
    fputs("                      or is a country alone (RUS) or a bloc of states alone:\n", f);
    put_blocks(f, BLOCK_BLOC, "");
    fputs("                      Businesses, media, civilians, criminals, NGOs, peoples\n"
          "                      and faiths are not (docs/cli.md).\n",
          f);
}
