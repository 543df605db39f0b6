/* eval_ucdp.c -- UCDP GED Syria 2016-2019: lethal events and their source headlines.
 *
 * ../shared/corpora/ucdp_ged_syria/ged_syria_2016_2019.csv: 16,566 rows of
 * 41 columns (RFC 4180: quoted fields hold commas, doubled quotes and line
 * breaks; missing values are NA). Each row is one lethal event coded by UCDP
 * with type_of_violence (1 state-based, 2 non-state, 3 one-sided), side_a
 * and side_b (one name, or several joined by ", "), and the headline(s) of
 * its source(s): source_article holds number_of_sources quoted records
 * "OFFICE,YYYY-MM-DD,HEADLINE" joined by ';' (source_headline and
 * source_date repeat them joined by ';', which is ambiguous because
 * headlines contain ';' and HTML entities such as "&#8217;").
 *
 * Items are the rows, numbered 1.. in file order (odd: tuning, even:
 * held-out). Each headline of a row is coded as the title of a document of
 * its own, dated by its source date (by date_start when the source date is
 * more than a year away from it: a few are junk such as 1753-01-01); the
 * row's events are the union. HTML character references are decoded first.
 *
 * Measures (docs/accuracy.md):
 *   main P/R/F1  a row is detected (tp) if some event has CAMEO root 18, 19
 *                or 20; fn: rows not detected; fp: rows given events, none
 *                of them violent. R is the share of GED events found as
 *                violence; P the share of coded rows coded as violence.
 *   violence-class recall  root 18/19/20 for types 1 and 2; 18/20 (not a
 *                fight) for type 3, one-sided violence against civilians.
 *   side_a / side_b match  some event's source or target (either role)
 *                normalises to one of the side's names (table below); a
 *                bare country code whose words name a place, not the
 *                country, is a location and no side (side_of).
 *   dyad match   one event has side_a and side_b as source and target, in
 *                either order. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "eval.h"
#include "xml.h"

#define UCDP_FILE "corpora/ucdp_ged_syria/ged_syria_2016_2019.csv"

/* ---- GED side names and tacitus actor codes ------------------------------
 *
 * Both sides of the comparison are reduced to a set of GED names (a bit
 * mask). A GED side "Ahrar al-Sham, HTS" is the set of its names; names
 * other than those below are Syrian non-state armed groups (factions, fronts,
 * operations rooms, clans) and count as "Syrian insurgents", the name GED
 * gives the rebels collectively. A tacitus actor maps through its code. */
enum {
    G_SYR = 1 << 0, /* Government of Syria */
    G_IS = 1 << 1,  /* IS */
    G_SDF = 1 << 2, /* SDF (and PKK) */
    G_REB = 1 << 3, /* Syrian insurgents and every named faction */
    G_CVL = 1 << 4, /* Civilians */
    G_TUR = 1 << 5,
    G_IRQ = 1 << 6,
    G_IRN = 1 << 7,
    G_ISR = 1 << 8,
    G_JOR = 1 << 9,
    G_USA = 1 << 10,
    G_HEZ = 1 << 11 /* Hezbollah */
};

static const struct {
    const char *name;
    unsigned bit;
} ged_names[] = {
    {"Government of Syria", G_SYR}, {"IS", G_IS},
    {"SDF", G_SDF},                 {"PKK", G_SDF},
    {"Civilians", G_CVL},           {"Government of Turkey", G_TUR},
    {"Government of Iraq", G_IRQ},  {"Government of Iran", G_IRN},
    {"Government of Israel", G_ISR}, {"Government of Jordan", G_JOR},
    {"Government of United States of America", G_USA},
    {"Hezbollah", G_HEZ},
};

/* A GED side ("A, B, C") as a mask. */
static unsigned side_mask(const char *s)
{
    unsigned m = 0;
    while (*s) {
        while (*s == ' ' || *s == ',')
            s++;
        const char *e = strchr(s, ',');
        size_t n = e ? (size_t)(e - s) : strlen(s);
        while (n > 0 && s[n - 1] == ' ')
            n--;
        if (n > 0 && !(n == 2 && !memcmp(s, "NA", 2))) {
            unsigned bit = G_REB;
            for (size_t i = 0; i < sizeof ged_names / sizeof ged_names[0]; i++)
                if (strlen(ged_names[i].name) == n && !memcmp(ged_names[i].name, s, n))
                    bit = ged_names[i].bit;
            m |= bit;
        }
        s += n;
        if (!e)
            break;
        s = e + 1;
    }
    return m;
}

/* States: the country block, its GED names. Where UCDP counts a state as a
 * secondary warring party it codes the events under the side the state
 * supports, so the state also matches that side: Russian and Iranian strikes
 * are "Government of Syria", US-led coalition strikes "SDF", Turkish-backed
 * operations the Syrian factions (SNA). Hezbollah likewise backs Damascus. */
static const struct {
    const char cc[4];
    unsigned mask;
} states[] = {
    {"SYR", G_SYR},         {"RUS", G_SYR},         {"IRN", G_IRN | G_SYR},
    {"TUR", G_TUR | G_REB}, {"USA", G_USA | G_SDF}, {"IRQ", G_IRQ},
    {"ISR", G_ISR},         {"JOR", G_JOR},
};

static int block_is(const char *b, const char *name)
{
    return b[0] == name[0] && b[1] == name[1] && b[2] == name[2];
}

/* Has code a 3-letter block equal to name (at a multiple of 3)? */
static int has_block(const char *code, size_t n, const char *name)
{
    for (size_t i = 0; i + 3 <= n; i += 3)
        if (block_is(code + i, name))
            return 1;
    return 0;
}

/* The GED names a tacitus actor code stands for (0: none). Rules in order:
 *   IMGMOSIS...                          IS
 *   a block SDF, YPG or PKK, or KUR...   SDF (Kurdish forces)
 *   a block CVL                          Civilians
 *   LBNREBHEZ                            Hezbollah, Government of Syria
 *   other IMG... (al-Qaeda and kin)      Syrian insurgents
 *   SYR or no country, first role REB, INS or SEP    Syrian insurgents
 *   SYR or no country, first role GOV, MIL, COP or SPY, or bare SYR
 *                                        Government of Syria (with no
 *     country: "regime forces", "warplanes" -- every event here is in Syria)
 *   a state of the table above, bare or GOV/MIL/COP/SPY: its names. */
static unsigned actor_mask(const char *code)
{
    if (!code)
        return 0;
    size_t n = strlen(code);
    if (!strncmp(code, "IMGMOSIS", 8))
        return G_IS;
    if (has_block(code, n, "SDF") || has_block(code, n, "YPG") || has_block(code, n, "PKK") ||
        !strncmp(code, "KUR", 3))
        return G_SDF;
    if (has_block(code, n, "CVL"))
        return G_CVL;
    if (!strncmp(code, "LBNREBHEZ", 9))
        return G_HEZ | G_SYR;
    if (!strncmp(code, "IMG", 3))
        return G_REB;
    if (n < 3)
        return 0;
    static const char *const roles[] = {"GOV", "MIL", "COP", "SPY", "REB", "INS", "SEP", "UAF",
                                        "OPP", "JUD", "LEG", "MED", NULL};
    int role_first = 0;
    for (int i = 0; roles[i]; i++)
        if (block_is(code, roles[i]))
            role_first = 1;
    const char *rest = code;
    unsigned state = 0;
    if (!role_first) {
        int known = 0;
        for (size_t i = 0; i < sizeof states / sizeof states[0]; i++)
            if (block_is(code, states[i].cc)) {
                state = states[i].mask;
                known = 1;
            }
        if (!known)
            return 0;
        rest = code + 3;
    }
    int syr_or_none = role_first || block_is(code, "SYR");
    if (!rest[0])
        return state; /* a bare country is its state */
    if (syr_or_none && (block_is(rest, "REB") || block_is(rest, "INS") || block_is(rest, "SEP")))
        return G_REB;
    if (block_is(rest, "GOV") || block_is(rest, "MIL") || block_is(rest, "COP") ||
        block_is(rest, "SPY"))
        return role_first ? G_SYR : state;
    return 0;
}

/* ---- CSV ----------------------------------------------------------------- */

#define MAX_COLS 64

typedef struct csv {
    char *p, *end;
    long line; /* physical line of p, 1-based */
} csv;

/* Reads one record into f[] (NUL-terminated fields, unescaped in place).
 * Returns the number of fields, 0 at the end, -1 on an unterminated quote. */
static int csv_record(csv *c, char **f, int max)
{
    while (c->p < c->end && (*c->p == '\n' || *c->p == '\r')) { /* blank lines */
        if (*c->p == '\n')
            c->line++;
        c->p++;
    }
    if (c->p >= c->end)
        return 0;
    int nf = 0;
    for (;;) {
        char *r = c->p, *w = c->p, *start = c->p;
        if (r < c->end && *r == '"') {
            r++;
            for (;;) {
                if (r >= c->end)
                    return -1;
                if (*r == '"') {
                    if (r + 1 < c->end && r[1] == '"') {
                        *w++ = '"';
                        r += 2;
                        continue;
                    }
                    r++;
                    break;
                }
                if (*r == '\n')
                    c->line++;
                *w++ = *r++;
            }
            /* anything up to the separator after the closing quote is kept */
            while (r < c->end && *r != ',' && *r != '\n' && *r != '\r')
                *w++ = *r++;
        } else {
            while (r < c->end && *r != ',' && *r != '\n' && *r != '\r')
                *w++ = *r++;
        }
        char sep = r < c->end ? *r : '\n';
        *w = '\0'; /* w <= r: the field never grows */
        if (nf < max)
            f[nf] = start;
        nf++;
        if (r < c->end)
            r++;
        if (sep == '\r' && r < c->end && *r == '\n')
            r++;
        c->p = r;
        if (sep != ',') {
            c->line++;
            return nf;
        }
    }
}

/* ---- headlines ----------------------------------------------------------- */

/* Copies s[0..n) to out (room for n + 1), decoding &#N; &#xH; and the five
 * XML entities plus &nbsp; (never longer than their source). */
static void unentity(const char *s, size_t n, char *out)
{
    static const struct {
        const char *name;
        unsigned cp;
    } named[] = {{"amp;", '&'}, {"quot;", '"'}, {"apos;", '\''}, {"lt;", '<'}, {"gt;", '>'},
                 {"nbsp;", 0xA0}};
    size_t o = 0;
    for (size_t i = 0; i < n;) {
        if (s[i] == '&') {
            unsigned cp = 0;
            size_t j = i + 1;
            if (j < n && s[j] == '#') {
                int hex = j + 1 < n && (s[j + 1] == 'x' || s[j + 1] == 'X');
                j += hex ? 2 : 1;
                size_t d0 = j;
                while (j < n && j - d0 < 7 &&
                       ((s[j] >= '0' && s[j] <= '9') ||
                        (hex && ((s[j] >= 'a' && s[j] <= 'f') || (s[j] >= 'A' && s[j] <= 'F'))))) {
                    unsigned dv = s[j] <= '9' ? (unsigned)(s[j] - '0')
                                              : (unsigned)((s[j] | 0x20) - 'a' + 10);
                    cp = cp * (hex ? 16u : 10u) + dv;
                    j++;
                }
                if (j == d0 || j >= n || s[j] != ';' || cp == 0 || cp > 0x10FFFF ||
                    (cp >= 0xD800 && cp <= 0xDFFF))
                    cp = 0;
                else
                    j++;
            } else {
                for (size_t k = 0; k < sizeof named / sizeof named[0]; k++) {
                    size_t l = strlen(named[k].name);
                    if (n - j >= l && !memcmp(s + j, named[k].name, l)) {
                        cp = named[k].cp;
                        j += l;
                        break;
                    }
                }
            }
            if (cp) {
                o += xml_utf8_put(cp, out + o);
                i = j;
                continue;
            }
        }
        out[o++] = s[i++];
    }
    out[o] = '\0';
}

static int is_date(const char *d)
{
    for (int i = 0; i < 10; i++)
        if (i == 4 || i == 7 ? d[i] != '-' : (d[i] < '0' || d[i] > '9'))
            return 0;
    return 1;
}

#define MAX_HEADLINES 32

typedef struct headline {
    const char *text; /* into the record (not NUL-terminated) */
    size_t len;
    char date[11];
} headline;

/* Splits source_article ("OFFICE,DATE,HEADLINE";"...") into headlines.
 * Returns their number, or 0 when the field does not have that shape. */
static int split_article(const char *a, headline *h, int max)
{
    size_t n = strlen(a);
    if (n < 2 || a[0] != '"' || a[n - 1] != '"')
        return 0;
    int k = 0;
    const char *p = a + 1, *end = a + n - 1;
    while (p <= end && k < max) {
        const char *q = p;
        const char *stop = NULL;
        for (; q + 2 < end; q++)
            if (q[0] == '"' && q[1] == ';' && q[2] == '"') {
                stop = q;
                break;
            }
        if (!stop)
            stop = end;
        /* the first ",YYYY-MM-DD," ends the office and starts the headline */
        const char *d = NULL;
        for (const char *x = p; x + 12 <= stop; x++)
            if (x[0] == ',' && is_date(x + 1) && x[11] == ',') {
                d = x + 1;
                break;
            }
        if (!d)
            return 0;
        memcpy(h[k].date, d, 10);
        h[k].date[10] = '\0';
        h[k].text = d + 11;
        h[k].len = (size_t)(stop - (d + 11));
        k++;
        if (stop == end)
            break;
        p = stop + 3;
    }
    return k;
}

/* The date to code with: the source date unless over a year from date_start. */
static void pick_date(char *date, const char *start)
{
    if (!is_date(date)) {
        memcpy(date, start, 11);
        return;
    }
    long y = strtol(date, NULL, 10), y0 = strtol(start, NULL, 10);
    if (y < y0 - 1 || y > y0 + 1)
        memcpy(date, start, 11);
}

/* ---- scoring ------------------------------------------------------------- */

typedef struct row_score {
    int any, violent, class_ok, a_ok, b_ok, dyad_ok;
} row_score;

/* One coded event, copied out of the coder: resolving a phrase (below)
 * reuses the coder and ends the life of its events. Texts are offsets into
 * the headline, which the suite owns. */
#define CODE_MAX 48

typedef struct ev_rec {
    int root;
    char code[8], src[CODE_MAX], tgt[CODE_MAX];
    int has_target;
    size_t src_off, src_len, tgt_off, tgt_len; /* len 0: no text */
} ev_rec;

static void copy_code(char *out, const char *code)
{
    snprintf(out, CODE_MAX, "%s", code ? code : "");
}

/* The offset and length of an actor's words inside the headline, or a
 * length of 0 when they lie elsewhere. */
static void actor_span(const tac_actor *a, const char *head, size_t head_len, size_t *off,
                       size_t *len)
{
    *off = *len = 0;
    if (a->text && a->text_len && a->text >= head && a->text + a->text_len <= head + head_len) {
        *off = (size_t)(a->text - head);
        *len = a->text_len;
    }
}

/* The GED names of an actor in its role. A bare country code stands for
 * the state only where its words name the country ("Israeli jets strike
 * Syria"); the coder gives a place in a country that same code as a
 * target ("warplanes bomb Aleppo" -> SYR), and a place is a location, no
 * party. The words decide: read alone (tac_coder_actor) a country's name
 * or adjective gives the bare code, a town or region gives its people
 * (SYRCVL) or, for a capital, the government. */
static unsigned side_of(eval_ctx *ctx, const char *code, const char *head, size_t off,
                        size_t len, const char *date)
{
    unsigned m = actor_mask(code);
    int state = 0;
    for (size_t i = 0; i < sizeof states / sizeof states[0]; i++)
        state |= strlen(code) == 3 && block_is(code, states[i].cc);
    if (!m || !state || !len)
        return m;
    tac_actor a;
    if (!tac_coder_actor(ctx->coder, head + off, len, date, &a) || !a.code ||
        strcmp(a.code, code) != 0)
        return 0;
    return m;
}

static void score_event(const ev_rec *ev, unsigned src, unsigned tgt, int type, unsigned ma,
                        unsigned mb, row_score *s)
{
    /* an event of an unnamed agent ("Shelling on the outskirts of Damascus")
     * has the place where it happened as its target: a bare country there
     * is a location, not the state */
    if (ev->has_target && !ev->src[0] && strlen(ev->tgt) == 3)
        tgt = 0;
    s->any = 1;
    if (ev->root >= 18 && ev->root <= 20) {
        s->violent = 1;
        if (type != 3 || ev->root != 19)
            s->class_ok = 1;
    }
    if ((src | tgt) & ma)
        s->a_ok = 1;
    if ((src | tgt) & mb)
        s->b_ok = 1;
    if (((src & ma) && (tgt & mb)) || ((src & mb) && (tgt & ma)))
        s->dyad_ok = 1;
}

/* A growable string for one row's events (misses only); on failure it
 * keeps what it has. */
typedef struct sbuf {
    char *s;
    size_t len, cap;
} sbuf;

static void sb_add(sbuf *b, const char *a, const char *c, const char *t)
{
    size_t need = b->len + strlen(a) + strlen(c) + strlen(t) + 4;
    if (need > b->cap) {
        size_t nc = need * 2;
        char *g = realloc(b->s, nc);
        if (!g)
            return;
        b->s = g;
        b->cap = nc;
    }
    b->len += (size_t)snprintf(b->s + b->len, b->cap - b->len, " %s/%s/%s", a, c, t);
}

static void print_flat(FILE *f, const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        fputc(s[i] == '\n' || s[i] == '\r' || s[i] == '\t' ? ' ' : s[i], f);
}

static const char *const want[] = {"id", "type_of_violence", "side_a", "side_b",
                                   "source_article", "source_date", "source_headline",
                                   "date_start"};
enum { C_ID, C_TYPE, C_SIDE_A, C_SIDE_B, C_ARTICLE, C_SDATE, C_HEADLINE, C_START, N_WANT };

int eval_ucdp(eval_ctx *ctx, eval_result *r)
{
    size_t len;
    char *buf = eval_slurp(ctx, UCDP_FILE, &len, r);
    if (!buf)
        return -1;
    csv c = {buf, buf + len, 1};
    char *f[MAX_COLS];
    int col[N_WANT];
    int ncols = csv_record(&c, f, MAX_COLS);
    for (int w = 0; w < N_WANT; w++) {
        col[w] = -1;
        for (int i = 0; i < ncols && i < MAX_COLS; i++)
            if (!strcmp(f[i], want[w]))
                col[w] = i;
        if (col[w] < 0) {
            snprintf(r->skipped, sizeof r->skipped, UCDP_FILE ": no column %s", want[w]);
            free(buf);
            return -1;
        }
    }
    r->measure = "rows with a violent event (18-20)";
    long class_ok = 0, a_ok = 0, b_ok = 0, dyad_ok = 0, k = 0, refused = 0;
    char *text = NULL;
    size_t text_cap = 0;
    sbuf evs = {NULL, 0, 0};
    ev_rec *recs = NULL;
    size_t recs_cap = 0;
    for (;;) {
        long line = c.line;
        int nf = csv_record(&c, f, MAX_COLS);
        if (nf == 0)
            break;
        if (nf != ncols) {
            snprintf(r->skipped, sizeof r->skipped, UCDP_FILE ":%ld: %s", line,
                     nf < 0 ? "unterminated quoted field" : "wrong number of fields");
            break;
        }
        k++;
        if (!eval_in_split(ctx, k))
            continue;
        int type = atoi(f[col[C_TYPE]]);
        unsigned ma = side_mask(f[col[C_SIDE_A]]), mb = side_mask(f[col[C_SIDE_B]]);
        char start[11] = "";
        if (is_date(f[col[C_START]]))
            memcpy(start, f[col[C_START]], 10);
        headline h[MAX_HEADLINES];
        int nh = split_article(f[col[C_ARTICLE]], h, MAX_HEADLINES);
        if (nh == 0) { /* fall back: the whole headline field, the first date */
            h[0].text = f[col[C_HEADLINE]];
            h[0].len = strlen(h[0].text);
            snprintf(h[0].date, sizeof h[0].date, "%.10s", f[col[C_SDATE]]);
            nh = 1;
        }
        row_score s;
        memset(&s, 0, sizeof s);
        evs.len = 0;
        for (int i = 0; i < nh; i++) {
            if (h[i].len + 1 > text_cap) {
                text_cap = 2 * (h[i].len + 1);
                free(text);
                text = malloc(text_cap);
                if (!text) {
                    snprintf(r->skipped, sizeof r->skipped, "out of memory");
                    break;
                }
            }
            unentity(h[i].text, h[i].len, text);
            if (start[0])
                pick_date(h[i].date, start);
            long ne = eval_code(ctx, f[col[C_ID]], h[i].date, text, "");
            if (ne < 0)
                refused++;
            if (ne > 0 && (size_t)ne > recs_cap) {
                size_t nc = 2 * (size_t)ne;
                ev_rec *g = realloc(recs, nc * sizeof *g);
                if (!g) {
                    snprintf(r->skipped, sizeof r->skipped, "out of memory");
                    break;
                }
                recs = g;
                recs_cap = nc;
            }
            size_t head_len = strlen(text);
            for (long e = 0; e < ne; e++) {
                const tac_event *ev = tac_coder_event(ctx->coder, (size_t)e);
                ev_rec *x = &recs[e];
                x->root = eval_root(ev->code);
                snprintf(x->code, sizeof x->code, "%s", ev->code ? ev->code : "");
                copy_code(x->src, ev->source.code);
                x->has_target = ev->has_target;
                copy_code(x->tgt, ev->has_target ? ev->target.code : NULL);
                actor_span(&ev->source, text, head_len, &x->src_off, &x->src_len);
                actor_span(&ev->target, text, head_len, &x->tgt_off, &x->tgt_len);
            }
            for (long e = 0; e < ne; e++) {
                const ev_rec *x = &recs[e];
                unsigned src = side_of(ctx, x->src, text, x->src_off, x->src_len, h[i].date);
                unsigned tgt = x->has_target ? side_of(ctx, x->tgt, text, x->tgt_off,
                                                       x->tgt_len, h[i].date)
                                             : 0;
                score_event(x, src, tgt, type, ma, mb, &s);
                if (ctx->misses)
                    sb_add(&evs, x->src[0] ? x->src : "-", x->code, x->tgt[0] ? x->tgt : "-");
            }
        }
        if (r->skipped[0])
            break;
        r->items++;
        r->tp += s.violent;
        r->fn += !s.violent;
        r->fp += s.any && !s.violent;
        class_ok += s.class_ok;
        a_ok += s.a_ok;
        b_ok += s.b_ok;
        dyad_ok += s.dyad_ok;
        if (!ctx->misses || (s.class_ok && s.a_ok && s.b_ok))
            continue;
        fprintf(ctx->misses, "ucdp %ld id %s type %d: gold %s / %s | tacitus%s |%s%s%s%s | ",
                k, f[col[C_ID]], type, f[col[C_SIDE_A]], f[col[C_SIDE_B]],
                evs.len ? evs.s : " -", s.violent ? "" : " no-violence",
                s.violent && !s.class_ok ? " class" : "", s.a_ok ? "" : " side_a",
                s.b_ok ? "" : " side_b");
        for (int i = 0; i < nh; i++) {
            if (i)
                fprintf(ctx->misses, " ;; ");
            print_flat(ctx->misses, h[i].text, h[i].len);
        }
        fprintf(ctx->misses, "\n");
    }
    free(text);
    free(recs);
    free(evs.s);
    free(buf);
    if (r->skipped[0])
        return -1;
    if (refused && ctx->misses)
        fprintf(ctx->misses, "ucdp: %ld headlines refused by the coder\n", refused);
    double n = r->items > 0 ? (double)r->items : 1.0;
    eval_figure(r, "violence-class recall", (double)class_ok / n);
    eval_figure(r, "side_a match", (double)a_ok / n);
    eval_figure(r, "side_b match", (double)b_ok / n);
    eval_figure(r, "dyad match", (double)dyad_ok / n);
    return 0;
}
