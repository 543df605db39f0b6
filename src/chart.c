/* chart.c -- SVG time-series charts of event counts; see chart.h.
 *
 * The document is written straight into the caller's tac_buf, layer by
 * layer; the only other allocation is the array of spans in dense mode.
 * Layout (default 960 x 480):
 *
 *   title                                          (bold, left)
 *   subtitle                                       (grey)
 *   [#] verbal coop. [#] material coop. ...  -o- mean Goldstein
 *          +----------------------------------------------+
 *    e  400|-  -  -  grid  -  -  -  -  -  -  -  -  -  -  -|+10   m
 *    v     |      ##                    o---o             |      e
 *    e  200|- - - ## - - ##- - o---o - /- - -\- - - - - - |  0   a
 *    n     |   ## ##  ## ##   /      ##      ##  ##       |      n
 *    t    0+----------------------------------------------+-10   G
 *              Jan    Apr    Jul    Oct    Jan
 *              2023                        2024
 *                             month
 *
 * Conventions (one of each, so a reader can rely on them):
 * - x is a true time axis in days. Row i covers its calendar bucket
 *   [start, end): a day, 7 days from its period, a calendar month or year.
 *   Absent periods stay empty space; ticks sit on calendar boundaries.
 * - STACKED: all four quad classes stack upward from zero in class order,
 *   1 verbal cooperation at the bottom, then 2 material cooperation,
 *   3 verbal conflict, 4 material conflict on top: cooperation below,
 *   conflict above, the bar height is the number of classed events.
 *   Colours (Okabe-Ito, colour-blind-safe): blues for cooperation, orange
 *   and vermillion for conflict; verbal is the lighter tone of each pair.
 * - LINES: one line per class, verbal classes dashed; an absent period
 *   means zero events, so the lines drop to zero across a gap.
 * - Mean Goldstein (goldstein_sum / events) on the right axis, fixed
 *   -10..+10 with a dashed zero line; black with a white halo so it reads
 *   over bars. It breaks where a period is absent or has no events.
 * - Every period is one <g> whose first child is a <title> (the tooltip:
 *   period, total, per-class counts, mean) and whose transparent "hit" rect
 *   spans the plot height, so hovering anywhere over a period shows it.
 *   Lines and dots have pointer-events="none" so they do not hide it.
 * - Dense mode (buckets under 2 px wide, e.g. 5,000 days): bars and lines
 *   are drawn from 2-px spans, see DENSE_PX below; tooltips stay per period.
 * - Numbers are formatted by hand (integers scaled by 10^decimals, never
 *   printf's %f), so LC_NUMERIC cannot change the output; a NaN or an
 *   infinity is never printed.
 * - All caller text is XML-escaped and repaired to valid UTF-8 without the
 *   control characters XML 1.0 forbids. */
#include "chart.h"

#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "alloc.h"
#include "date.h"
#include "utf8.h"

/* ------------------------------------------------------------------ */
/* Calendar                                                            */

typedef enum unit { U_DAY, U_WEEK, U_MONTH, U_YEAR } unit;

static const char *const month_abbr[12] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                           "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

/* Day number of y-m-01. Year 10000 (the end of a bucket in 9999) lies past
 * tac_date's range: days there are extrapolated, which keeps them ordered. */
static long ym_first(int y, int m)
{
    while (m > 12) {
        m -= 12;
        y++;
    }
    while (m < 1) {
        m += 12;
        y--;
    }
    if (y > 9999) {
        tac_ymd last = {9999, 12, 31};
        return tac_date_to_days(last) + 1 + (y - 10000) * 366L + (m - 1) * 31L;
    }
    if (y < 1)
        return 0;
    tac_ymd d = {y, m, 1};
    return tac_date_to_days(d);
}

static int parse_by(const char *by, unit *out)
{
    static const char *const names[4] = {"day", "week", "month", "year"};
    for (int i = 0; by && i < 4; i++) {
        if (strcmp(by, names[i]) == 0) {
            *out = (unit)i;
            return 0;
        }
    }
    return -1;
}

/* Start of the bucket that holds day d. */
static long bucket_start(unit by, tac_ymd d)
{
    switch (by) {
    case U_MONTH:
        return ym_first(d.y, d.m);
    case U_YEAR:
        return ym_first(d.y, 1);
    default:
        return tac_date_to_days(d);
    }
}

/* The start of the bucket after (step = 1) or before (step = -1) the one
 * starting at start. */
static long bucket_step(unit by, long start, int step)
{
    tac_ymd d;
    switch (by) {
    case U_DAY:
        return start + step;
    case U_WEEK:
        return start + 7L * step;
    case U_MONTH:
        d = tac_date_from_days(start);
        return ym_first(d.y, d.m + step);
    default:
        d = tac_date_from_days(start);
        return ym_first(d.y + step, 1);
    }
}

/* A row's bucket and its numbers, derived again wherever needed (cheap, and
 * it saves an allocation). Only called on rows tac_chart_check accepted. */
typedef struct rowinfo {
    long start, end;   /* days, [start, end) */
    double classed;    /* quad[0] + ... + quad[3] */
    int has_mean;
    double mean;       /* goldstein_sum / events, if has_mean */
} rowinfo;

static void row_info(unit by, const tac_series_row *r, rowinfo *ri)
{
    tac_ymd d = {1, 1, 1};
    tac_date_parse_iso(r->period, 10, &d);
    ri->start = bucket_start(by, d);
    ri->end = bucket_step(by, ri->start, 1);
    ri->classed = 0;
    for (int q = 0; q < 4; q++)
        ri->classed += (double)r->quad[q];
    ri->has_mean = 0;
    ri->mean = 0;
    if (r->events > 0 && isfinite(r->goldstein_sum)) {
        double m = r->goldstein_sum / (double)r->events;
        if (isfinite(m)) {
            ri->has_mean = 1;
            ri->mean = m;
        }
    }
}

/* ------------------------------------------------------------------ */
/* Checking                                                            */

static void set_err(char *err, size_t errlen, const char *msg, size_t row,
                    const char *period)
{
    char p[11];
    if (!err || errlen == 0)
        return;
    if (!period) {
        snprintf(err, errlen, "%s", msg);
        return;
    }
    /* The period may hold anything: show printable ASCII only. */
    for (int i = 0; i < 10; i++) {
        unsigned char c = (unsigned char)period[i];
        if (c == '\0') {
            p[i] = '\0';
            break;
        }
        p[i] = (c >= 0x20 && c < 0x7f && c != '"') ? (char)c : '?';
        p[i + 1] = '\0';
    }
    snprintf(err, errlen, "row %zu: period \"%s\" %s", row + 1, p, msg);
}

tac_status tac_chart_check(const tac_chart_spec *spec, const tac_series_row *rows,
                           size_t n, char *err, size_t errlen)
{
    unit by;
    long prev_end = 0;

    if (err && errlen)
        err[0] = '\0';
    if (!spec || !spec->title) {
        set_err(err, errlen, spec ? "chart has no title" : "no chart spec", 0, NULL);
        return TAC_EARG;
    }
    if (parse_by(spec->by, &by) != 0) {
        set_err(err, errlen, "by must be day, week, month or year", 0, NULL);
        return TAC_EARG;
    }
    if (spec->style != TAC_CHART_STACKED && spec->style != TAC_CHART_LINES) {
        set_err(err, errlen, "unknown chart style", 0, NULL);
        return TAC_EARG;
    }
    if ((spec->width != 0 &&
         (spec->width < TAC_CHART_MIN_WIDTH || spec->width > TAC_CHART_MAX_SIZE)) ||
        (spec->height != 0 &&
         (spec->height < TAC_CHART_MIN_HEIGHT || spec->height > TAC_CHART_MAX_SIZE))) {
        set_err(err, errlen, "chart size out of range (320..16384 x 200..16384)", 0, NULL);
        return TAC_EARG;
    }
    if (n > 0 && !rows) {
        set_err(err, errlen, "no rows", 0, NULL);
        return TAC_EARG;
    }
    for (size_t i = 0; i < n; i++) {
        const tac_series_row *r = &rows[i];
        tac_ymd d;
        if (r->period[10] != '\0' || tac_date_parse_iso(r->period, 10, &d) != 0) {
            set_err(err, errlen, "is not a YYYY-MM-DD date", i, r->period);
            return TAC_EARG;
        }
        long start = bucket_start(by, d);
        if (i > 0 && start < prev_end) {
            set_err(err, errlen,
                    "does not start after the previous row's bucket (rows must be "
                    "in period order, one per bucket)",
                    i, r->period);
            return TAC_EARG;
        }
        prev_end = bucket_step(by, start, 1);
        if (r->events < 0 || r->quad[0] < 0 || r->quad[1] < 0 || r->quad[2] < 0 ||
            r->quad[3] < 0) {
            set_err(err, errlen, "has a negative count", i, r->period);
            return TAC_EARG;
        }
    }
    return TAC_OK;
}

/* ------------------------------------------------------------------ */
/* Output primitives                                                   */

static void out_s(tac_buf *b, const char *s)
{
    tac_buf_append(b, s, strlen(s));
}

/* v with at most dec (0..3) decimals, trailing zeros dropped unless keep;
 * clamped to +-1e15; NaN and infinities become 0. Locale-independent. */
static void fmt_fixed(char *dst, size_t cap, double v, int dec, int keep)
{
    static const unsigned long long scale_of[4] = {1, 10, 100, 1000};
    unsigned long long scale = scale_of[dec], a, ip, fp;
    double sv;
    int neg;

    if (!isfinite(v))
        v = 0;
    if (v > 1e15)
        v = 1e15;
    if (v < -1e15)
        v = -1e15;
    sv = v * (double)scale;
    neg = sv < 0;
    a = (unsigned long long)((neg ? -sv : sv) + 0.5);
    if (a == 0)
        neg = 0;
    ip = a / scale;
    fp = a % scale;
    if (!keep) {
        while (dec > 0 && fp % 10 == 0) {
            fp /= 10;
            dec--;
        }
    }
    if (dec > 0) {
        char frac[4];
        for (int k = dec - 1; k >= 0; k--) {
            frac[k] = (char)('0' + fp % 10);
            fp /= 10;
        }
        frac[dec] = '\0';
        snprintf(dst, cap, "%s%llu.%s", neg ? "-" : "", ip, frac);
    } else
        snprintf(dst, cap, "%s%llu", neg ? "-" : "", ip);
}

/* An integer with thousands separators: 1234567 -> "1,234,567". */
static void fmt_group(char *dst, size_t cap, unsigned long long v)
{
    char digits[32], tmp[48];
    size_t nd, o = 0;

    snprintf(digits, sizeof digits, "%llu", v);
    nd = strlen(digits);
    for (size_t i = 0; i < nd; i++) {
        if (i > 0 && (nd - i) % 3 == 0)
            tmp[o++] = ',';
        tmp[o++] = digits[i];
    }
    tmp[o] = '\0';
    snprintf(dst, cap, "%s", tmp);
}

/* A count held in a double (sums of longs): exact below 2^53. */
static void fmt_count(char *dst, size_t cap, double v)
{
    if (!(v > 0))
        v = 0;
    if (v > 1.8e19)
        v = 1.8e19;
    fmt_group(dst, cap, (unsigned long long)(v + 0.5));
}

static void out_num(tac_buf *b, double v)
{
    char tmp[48];
    fmt_fixed(tmp, sizeof tmp, v, 2, 0);
    out_s(b, tmp);
}

static void out_int(tac_buf *b, long long v)
{
    char tmp[32];
    snprintf(tmp, sizeof tmp, "%lld", v);
    out_s(b, tmp);
}

/* ` name="v"` with a coordinate. */
static void attr_num(tac_buf *b, const char *name, double v)
{
    out_s(b, " ");
    out_s(b, name);
    out_s(b, "=\"");
    out_num(b, v);
    out_s(b, "\"");
}

/* ` name="v"` with a value that needs no escaping (ours, ASCII). */
static void attr_str(tac_buf *b, const char *name, const char *v)
{
    out_s(b, " ");
    out_s(b, name);
    out_s(b, "=\"");
    out_s(b, v);
    out_s(b, "\"");
}

/* Caller text s[0..len) as XML character data or attribute value: escaped,
 * invalid UTF-8 as U+FFFD, control characters as spaces. At most max_cp
 * code points (0 = all); a longer text is cut and ends with "…". */
static void out_text(tac_buf *b, const char *s, size_t len, size_t max_cp)
{
    size_t total = 0, i = 0, run = 0, cps = 0, limit;
    int32_t cp;

    if (max_cp) {
        for (size_t k = 0; k < len; total++) {
            size_t used = tac_utf8_decode(s + k, len - k, &cp);
            k += used ? used : 1;
        }
    }
    limit = (max_cp && total > max_cp) ? max_cp - 1 : (size_t)-1;
    while (i < len && cps < limit) {
        unsigned char c = (unsigned char)s[i];
        const char *rep = NULL;
        size_t used = 1;
        if (c < 0x80) {
            if (c == '&')
                rep = "&amp;";
            else if (c == '<')
                rep = "&lt;";
            else if (c == '>')
                rep = "&gt;";
            else if (c == '"')
                rep = "&quot;";
            else if (c == '\'')
                rep = "&#39;";
            else if (c < 0x20)
                rep = " ";
        } else {
            used = tac_utf8_decode(s + i, len - i, &cp);
            if (used == 0 || cp == 0xFFFE || cp == 0xFFFF) {
                rep = "\xEF\xBF\xBD";
                if (used == 0)
                    used = 1;
            }
        }
        if (rep) {
            tac_buf_append(b, s + run, i - run);
            out_s(b, rep);
            run = i + used;
        }
        i += used;
        cps++;
    }
    tac_buf_append(b, s + run, i - run);
    if (i < len)
        out_s(b, "\xE2\x80\xA6"); /* … */
}

/* Code points in a text, for width estimates. */
static size_t text_cps(const char *s)
{
    size_t n = 0;
    for (; *s; s++)
        n += ((unsigned char)*s & 0xC0) != 0x80;
    return n;
}

/* ------------------------------------------------------------------ */
/* Layout                                                              */

#define FONT_TICK 11.0
#define FONT_LEGEND 12.0
#define FONT_TITLE 17.0
#define FONT_SUB 12.0
#define CHAR_W 0.6 /* average advance of a sans-serif character, in em */
#define MARGIN 16.0
#define MAX_XLABELS 12
#define MAX_BAR_PX 60.0
#define GOLD_MAX 10.0

static const struct {
    const char *name;
    const char *color;
    int verbal;
} quads[4] = {
    {"verbal cooperation", "#56B4E9", 1},
    {"material cooperation", "#0072B2", 0},
    {"verbal conflict", "#E69F00", 1},
    {"material conflict", "#D55E00", 0},
};

/* Dense mode: when buckets are narrower than DENSE_PX, a bar per period
 * would be a sub-pixel sliver (rendered washed out) and the mean line a
 * scribble, so bars, class lines and the Goldstein line are drawn from
 * BIN_PX-wide spans of the plot instead: per span, the mean count per bucket
 * (absent buckets count as zero, so areas are preserved) and the
 * event-weighted mean Goldstein score. Each period keeps its own tooltip
 * group; the x axis title says the span. */
#define DENSE_PX 2.0
#define BIN_PX 2.0

typedef struct bin {
    double q[4];      /* events per class of the rows centred in the span */
    double gevents;   /* events of those rows with a finite Goldstein sum */
    double gsum;      /* and their Goldstein sum */
    double buckets;   /* buckets the span covers (fractional) */
    double x0, x1;    /* pixels */
} bin;

#define GOLD_COLOR "#1a1a1a"
#define GRID_COLOR "#e4e4e4"
#define AXIS_COLOR "#333333"
#define TEXT_COLOR "#222222"
#define MUTED_COLOR "#555555"

typedef struct chart {
    tac_buf *b;
    const tac_chart_spec *spec;
    const tac_series_row *rows;
    size_t n;
    unit by;
    double w, h;
    double pl, pr, pt, pb; /* plot box: left, right, top, bottom */
    long d0, d1;           /* x domain in days, [d0, d1); d1 > d0 if n > 0 */
    double ytop, ystep;    /* left axis runs 0..ytop in steps of ystep */
    double bucket_px;      /* width of the shortest bucket */
    double total_events, total_classed;
    bin *bins;             /* dense mode only (else NULL): BIN_PX-wide spans */
    size_t nbins;
} chart;

static double x_of(const chart *c, double day)
{
    return c->pl + (day - (double)c->d0) / (double)(c->d1 - c->d0) * (c->pr - c->pl);
}

static double y_of(const chart *c, double v)
{
    return c->pb - v / c->ytop * (c->pb - c->pt);
}

static double g_of(const chart *c, double g)
{
    if (g > GOLD_MAX)
        g = GOLD_MAX;
    if (g < -GOLD_MAX)
        g = -GOLD_MAX;
    return c->pt + (GOLD_MAX - g) / (2 * GOLD_MAX) * (c->pb - c->pt);
}

/* Rounded as printed, so that adjacent shapes computed from the same value
 * meet without seams. */
static double r2(double v)
{
    return v >= 0 ? (double)(long long)(v * 100 + 0.5) / 100
                  : -(double)(long long)(-v * 100 + 0.5) / 100;
}

/* Nice steps for a count axis from 0: 1, 2 or 5 x 10^k, at least 1 (counts
 * are whole), about 5 intervals. No libm: the loop finds the magnitude. */
static void nice_scale(double maxv, double *step, double *top)
{
    double raw, mag = 1, s;
    if (!(maxv > 0))
        maxv = 1;
    raw = maxv / 5;
    while (mag * 10 <= raw)
        mag *= 10;
    if (raw <= mag)
        s = mag;
    else if (raw <= 2 * mag)
        s = 2 * mag;
    else if (raw <= 5 * mag)
        s = 5 * mag;
    else
        s = 10 * mag;
    *step = s;
    double k = (double)(unsigned long long)(maxv / s);
    if (k * s < maxv)
        k += 1;
    *top = k * s;
}

/* A left-axis label: grouped digits below 10,000, else k / M / B / T with
 * as many decimals as the step needs ("2.5M"). */
static void fmt_tick(char *dst, size_t cap, double v, double top, double step)
{
    static const struct {
        double div;
        const char *suffix;
    } units[] = {{1e12, "T"}, {1e9, "B"}, {1e6, "M"}, {1e3, "k"}};
    char num[48];
    if (top < 10000 || v == 0) {
        fmt_count(dst, cap, v);
        return;
    }
    for (size_t i = 0; i < sizeof units / sizeof units[0]; i++) {
        if (top >= units[i].div || i + 1 == sizeof units / sizeof units[0]) {
            double s = step / units[i].div;
            int dec = s >= 1 ? 0 : s >= 0.1 ? 1 : s >= 0.01 ? 2 : 3;
            fmt_fixed(num, sizeof num, v / units[i].div, dec, 0);
            snprintf(dst, cap, "%s%s", num, units[i].suffix);
            return;
        }
    }
}

/* ------------------------------------------------------------------ */
/* x ticks: calendar intervals, finest first                           */

typedef struct interval {
    unit u;
    int k;
} interval;

static const interval intervals[] = {
    {U_DAY, 1},    {U_WEEK, 1},    {U_MONTH, 1},   {U_MONTH, 3},   {U_YEAR, 1},
    {U_YEAR, 2},   {U_YEAR, 5},    {U_YEAR, 10},   {U_YEAR, 20},   {U_YEAR, 50},
    {U_YEAR, 100}, {U_YEAR, 200},  {U_YEAR, 500},  {U_YEAR, 1000}, {U_YEAR, 2000},
    {U_YEAR, 5000},
};
#define N_INTERVALS (sizeof intervals / sizeof intervals[0])

static double approx_days(interval iv)
{
    switch (iv.u) {
    case U_DAY:
        return iv.k;
    case U_WEEK:
        return 7.0 * iv.k;
    case U_MONTH:
        return 30.44 * iv.k;
    default:
        return 365.25 * iv.k;
    }
}

/* 1 if every tick of a is also a tick of b's finer grid (a divides b). */
static int divides(interval a, interval b)
{
    switch (a.u) {
    case U_DAY:
        return a.k == 1;
    case U_WEEK:
        return b.u == U_WEEK;
    case U_MONTH:
        return b.u == U_MONTH ? b.k % a.k == 0 : b.u == U_YEAR ? 12 % a.k == 0 : 0;
    default:
        return b.u == U_YEAR && b.k % a.k == 0;
    }
}

typedef struct tick_it {
    interval iv;
    long day, d1;
    int y, m;
} tick_it;

static void tick_set_day(tick_it *t)
{
    if (t->iv.u == U_MONTH)
        t->day = ym_first(t->y, t->m);
    else if (t->iv.u == U_YEAR)
        t->day = ym_first(t->y, 1);
}

/* First tick of iv in [d0, d1]; returns 1 while t->day is a tick. */
static int tick_first(tick_it *t, interval iv, long d0, long d1)
{
    tac_ymd d = tac_date_from_days(d0);
    t->iv = iv;
    t->d1 = d1;
    t->y = d.y;
    t->m = d.m;
    switch (iv.u) {
    case U_DAY:
        t->day = d0;
        break;
    case U_WEEK: /* Mondays: day 0 (0001-01-01) is a Monday */
        t->day = d0 + (7 - d0 % 7) % 7;
        break;
    case U_MONTH:
        if (d.d != 1)
            t->m++;
        while ((t->m - 1) % iv.k != 0)
            t->m++;
        while (t->m > 12) {
            t->m -= 12;
            t->y++;
        }
        tick_set_day(t);
        break;
    default:
        if (d.d != 1 || d.m != 1)
            t->y++;
        while (t->y % iv.k != 0)
            t->y++;
        tick_set_day(t);
        break;
    }
    return t->day <= d1;
}

static int tick_next(tick_it *t)
{
    switch (t->iv.u) {
    case U_DAY:
        t->day += t->iv.k;
        break;
    case U_WEEK:
        t->day += 7L * t->iv.k;
        break;
    case U_MONTH:
        t->m += t->iv.k;
        while (t->m > 12) {
            t->m -= 12;
            t->y++;
        }
        tick_set_day(t);
        break;
    default:
        t->y += t->iv.k;
        tick_set_day(t);
        break;
    }
    return t->day <= t->d1;
}

static size_t count_ticks(interval iv, long d0, long d1, size_t cap)
{
    tick_it t;
    size_t n = 0;
    for (int ok = tick_first(&t, iv, d0, d1); ok && n <= cap; ok = tick_next(&t))
        n++;
    return n;
}

/* Characters of the widest label of an interval's unit. */
static double label_chars(unit u)
{
    return u == U_DAY || u == U_WEEK ? 6 : 4; /* "14 Mar" / "2023" */
}

/* The finest interval no finer than the buckets whose labels fit: at most
 * MAX_XLABELS and at least one label width plus a gap apart. */
static size_t pick_major(const chart *c)
{
    interval bucket = {c->by, 1};
    double plotw = c->pr - c->pl;
    for (size_t i = 0; i < N_INTERVALS; i++) {
        interval iv = intervals[i];
        if (approx_days(iv) < approx_days(bucket))
            continue;
        double spacing = label_chars(iv.u) * CHAR_W * FONT_TICK + 18;
        size_t fit = (size_t)(plotw / spacing) + 1;
        if (fit > MAX_XLABELS)
            fit = MAX_XLABELS;
        if (fit < 2)
            fit = 2;
        if (count_ticks(iv, c->d0, c->d1, fit) <= fit)
            return i;
    }
    return N_INTERVALS - 1;
}

/* The finest interval that divides the major one, is no finer than the
 * buckets and leaves at least 8 px between ticks; N_INTERVALS if none. */
static size_t pick_minor(const chart *c, size_t major)
{
    interval bucket = {c->by, 1};
    double px_per_day = (c->pr - c->pl) / (double)(c->d1 - c->d0);
    for (size_t i = 0; i < major; i++) {
        interval iv = intervals[i];
        if (approx_days(iv) < approx_days(bucket) || !divides(iv, intervals[major]))
            continue;
        if (approx_days(iv) * px_per_day >= 8)
            return i;
    }
    return N_INTERVALS;
}

/* ------------------------------------------------------------------ */
/* Drawing                                                             */

static void text_open(tac_buf *b, double x, double y, const char *anchor, double size,
                      const char *fill)
{
    out_s(b, "<text");
    attr_num(b, "x", x);
    attr_num(b, "y", y);
    if (anchor)
        attr_str(b, "text-anchor", anchor);
    if (size != FONT_TICK)
        attr_num(b, "font-size", size);
    if (fill)
        attr_str(b, "fill", fill);
    out_s(b, ">");
}

static void line(tac_buf *b, double x1, double y1, double x2, double y2,
                 const char *stroke, const char *extra)
{
    out_s(b, "<line");
    attr_num(b, "x1", x1);
    attr_num(b, "y1", y1);
    attr_num(b, "x2", x2);
    attr_num(b, "y2", y2);
    attr_str(b, "stroke", stroke);
    if (extra) {
        out_s(b, " ");
        out_s(b, extra);
    }
    out_s(b, "/>\n");
}

static void draw_head(chart *c)
{
    tac_buf *b = c->b;
    const tac_chart_spec *s = c->spec;
    char num[64];

    out_s(b, "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\"?>\n"
             "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\"");
    attr_num(b, "width", c->w);
    attr_num(b, "height", c->h);
    out_s(b, " viewBox=\"0 0 ");
    out_num(b, c->w);
    out_s(b, " ");
    out_num(b, c->h);
    out_s(b, "\" font-family=\"sans-serif\" font-size=\"11\">\n<title>");
    out_text(b, s->title, strlen(s->title), 0);
    out_s(b, "</title>\n<desc>");
    if (s->subtitle) {
        out_text(b, s->subtitle, strlen(s->subtitle), 0);
        out_s(b, ". ");
    }
    out_s(b, c->spec->style == TAC_CHART_LINES ? "Lines of" : "Stacked bars of");
    out_s(b, " events per ");
    out_s(b, c->spec->by);
    out_s(b, " by CAMEO quad class (left axis) and the mean Goldstein score (right "
             "axis); ");
    out_int(b, (long long)c->n);
    out_s(b, " periods, ");
    fmt_count(num, sizeof num, c->total_events);
    out_s(b, num);
    out_s(b, " events.</desc>\n"
             "<style type=\"text/css\"><![CDATA[\n"
             ".p:hover .h { fill-opacity: 0.08 }\n"
             "]]></style>\n"
             "<rect x=\"0\" y=\"0\"");
    attr_num(b, "width", c->w);
    attr_num(b, "height", c->h);
    out_s(b, " fill=\"#ffffff\"/>\n");
}

/* Title, subtitle and legend; sets c->pt below them. */
static void draw_top(chart *c)
{
    tac_buf *b = c->b;
    const tac_chart_spec *s = c->spec;
    double avail = c->w - 2 * MARGIN, y = 26;

    text_open(b, MARGIN, y, NULL, FONT_TITLE, TEXT_COLOR);
    out_s(b, "<tspan font-weight=\"bold\">");
    out_text(b, s->title, strlen(s->title), (size_t)(avail / (FONT_TITLE * 0.65)));
    out_s(b, "</tspan></text>\n");
    if (s->subtitle && s->subtitle[0]) {
        y += 20;
        text_open(b, MARGIN, y, NULL, FONT_SUB, MUTED_COLOR);
        out_text(b, s->subtitle, strlen(s->subtitle), (size_t)(avail / (FONT_SUB * CHAR_W)));
        out_s(b, "</text>\n");
    }

    /* Legend: four classes and the Goldstein line, wrapped to the width. */
    y += 24;
    double x = MARGIN;
    const int lines = c->spec->style == TAC_CHART_LINES;
    out_s(b, "<g class=\"legend\"");
    attr_num(b, "font-size", FONT_LEGEND);
    attr_str(b, "fill", TEXT_COLOR);
    out_s(b, ">\n");
    for (int i = 0; i < 5; i++) {
        const char *label = i < 4 ? quads[i].name : "mean Goldstein (right axis)";
        double wdt = 22 + (double)text_cps(label) * CHAR_W * FONT_LEGEND + 18;
        if (x > MARGIN && x + wdt > c->w - MARGIN) {
            x = MARGIN;
            y += 20;
        }
        if (i < 4 && !lines) {
            out_s(b, "<rect");
            attr_num(b, "x", x);
            attr_num(b, "y", y - 10);
            out_s(b, " width=\"14\" height=\"12\"");
            attr_str(b, "fill", quads[i].color);
            out_s(b, "/>\n");
        } else if (i < 4) {
            line(b, x, y - 4, x + 16, y - 4, quads[i].color,
                 quads[i].verbal ? "stroke-width=\"2.5\" stroke-dasharray=\"5 3\""
                                 : "stroke-width=\"2.5\"");
        } else {
            line(b, x, y - 4, x + 16, y - 4, GOLD_COLOR, "stroke-width=\"1.75\"");
            out_s(b, "<circle");
            attr_num(b, "cx", x + 8);
            attr_num(b, "cy", y - 4);
            out_s(b, " r=\"2.5\" fill=\"" GOLD_COLOR "\"/>\n");
        }
        text_open(b, x + 22, y, NULL, FONT_LEGEND, NULL);
        out_s(b, label);
        out_s(b, "</text>\n");
        x += wdt;
    }
    out_s(b, "</g>\n");
    c->pt = y + 18;
}

static void fmt_period(const chart *c, const rowinfo *ri, const char *period, char *dst,
                       size_t cap)
{
    tac_ymd d = tac_date_from_days(ri->start);
    switch (c->by) {
    case U_DAY:
        snprintf(dst, cap, "%.10s", period);
        break;
    case U_WEEK:
        snprintf(dst, cap, "week of %.10s", period);
        break;
    case U_MONTH:
        snprintf(dst, cap, "%s %04d", month_abbr[d.m - 1], d.y);
        break;
    default:
        snprintf(dst, cap, "%04d", d.y);
        break;
    }
}

/* The tooltip of one period, as <title> text. */
static void draw_tooltip(chart *c, const tac_series_row *r, const rowinfo *ri)
{
    tac_buf *b = c->b;
    char tmp[64];

    out_s(b, "<title>");
    fmt_period(c, ri, r->period, tmp, sizeof tmp);
    out_s(b, tmp);
    out_s(b, ": ");
    fmt_count(tmp, sizeof tmp, (double)r->events);
    out_s(b, tmp);
    out_s(b, r->events == 1 ? " event" : " events");
    for (int q = 0; q < 4; q++) {
        out_s(b, "\n");
        out_s(b, quads[q].name);
        out_s(b, ": ");
        fmt_count(tmp, sizeof tmp, (double)r->quad[q]);
        out_s(b, tmp);
    }
    out_s(b, "\nmean Goldstein: ");
    if (ri->has_mean) {
        fmt_fixed(tmp, sizeof tmp, ri->mean, 2, 1);
        if (ri->mean > 0 && strcmp(tmp, "0.00") != 0)
            out_s(b, "+");
        out_s(b, tmp);
    } else {
        out_s(b, "n/a");
    }
    out_s(b, "</title>");
}

static void draw_grid(chart *c, size_t major)
{
    tac_buf *b = c->b;
    out_s(b, "<g class=\"grid\" stroke=\"" GRID_COLOR "\" stroke-width=\"1\">\n");
    for (double v = c->ystep; v <= c->ytop + c->ystep / 2; v += c->ystep) {
        double y = r2(y_of(c, v));
        out_s(b, "<line");
        attr_num(b, "x1", c->pl);
        attr_num(b, "y1", y);
        attr_num(b, "x2", c->pr);
        attr_num(b, "y2", y);
        out_s(b, "/>\n");
    }
    if (c->n > 0 && major < N_INTERVALS) {
        tick_it t;
        for (int ok = tick_first(&t, intervals[major], c->d0, c->d1); ok; ok = tick_next(&t)) {
            double x = r2(x_of(c, (double)t.day));
            if (t.day == c->d0 || t.day == c->d1)
                continue;
            out_s(b, "<line");
            attr_num(b, "x1", x);
            attr_num(b, "y1", c->pt);
            attr_num(b, "x2", x);
            attr_num(b, "y2", c->pb);
            out_s(b, "/>\n");
        }
    }
    out_s(b, "</g>\n");
}

/* One <g> per period: tooltip, hover rect over the whole bucket column and,
 * in STACKED style outside dense mode, the bar segments. */
static void draw_periods(chart *c)
{
    tac_buf *b = c->b;
    const int bars = c->spec->style == TAC_CHART_STACKED && !c->bins;

    /* One bar width for all, from the shortest bucket (a 28-day month), so
     * months of different lengths do not give bars of different widths. */
    static const double min_days[4] = {1, 7, 28, 365};
    double nominal = c->n ? min_days[c->by] * (c->pr - c->pl) / (double)(c->d1 - c->d0) : 0;
    double barw_all = nominal;
    if (nominal >= 4) {
        double gap = nominal * 0.2;
        gap = gap < 1 ? 1 : gap > 12 ? 12 : gap;
        barw_all = nominal - gap;
        if (barw_all > MAX_BAR_PX)
            barw_all = MAX_BAR_PX;
    }

    out_s(b, "<g class=\"periods\">\n");
    for (size_t i = 0; i < c->n; i++) {
        const tac_series_row *r = &c->rows[i];
        rowinfo ri;
        row_info(c->by, r, &ri);
        double xs = x_of(c, (double)ri.start), xe = x_of(c, (double)ri.end);
        double bw = xe - xs, barw = barw_all < bw ? barw_all : bw;
        double x0 = r2(xs + (bw - barw) / 2), x1 = r2(xs + (bw + barw) / 2);

        out_s(b, "<g class=\"p\">");
        draw_tooltip(c, r, &ri);
        out_s(b, "<rect class=\"h\"");
        attr_num(b, "x", r2(xs));
        attr_num(b, "y", c->pt);
        attr_num(b, "width", r2(xe) - r2(xs));
        attr_num(b, "height", c->pb - c->pt);
        out_s(b, " fill=\"#000000\" fill-opacity=\"0\"/>");
        if (bars) {
            double cum = 0, ylow = r2(c->pb);
            for (int q = 0; q < 4; q++) {
                if (r->quad[q] <= 0)
                    continue;
                cum += (double)r->quad[q];
                double yhigh = r2(y_of(c, cum));
                if (ylow - yhigh > 0) {
                    out_s(b, "\n<rect");
                    attr_num(b, "x", x0);
                    attr_num(b, "y", yhigh);
                    attr_num(b, "width", x1 - x0);
                    attr_num(b, "height", ylow - yhigh);
                    attr_str(b, "fill", quads[q].color);
                    out_s(b, "/>");
                }
                ylow = yhigh;
            }
        }
        out_s(b, "</g>\n");
    }
    out_s(b, "</g>\n");
}

/* Mean count per bucket of class q (q = 4: all classes) in a span. */
static double bin_value(const bin *bn, int q)
{
    double v = 0;
    if (q < 4)
        v = bn->q[q];
    else
        v = bn->q[0] + bn->q[1] + bn->q[2] + bn->q[3];
    return bn->buckets > 0 ? v / bn->buckets : 0;
}

/* Dense STACKED mode: one stacked rect per span, spans touching. */
static void draw_bins(chart *c)
{
    tac_buf *b = c->b;
    out_s(b, "<g class=\"bins\" pointer-events=\"none\">\n");
    for (size_t k = 0; k < c->nbins; k++) {
        const bin *bn = &c->bins[k];
        double cum = 0, ylow = r2(c->pb);
        for (int q = 0; q < 4; q++) {
            if (!(bn->q[q] > 0))
                continue;
            cum += bin_value(bn, q);
            double yhigh = r2(y_of(c, cum));
            if (ylow - yhigh > 0) {
                out_s(b, "<rect");
                attr_num(b, "x", bn->x0);
                attr_num(b, "y", yhigh);
                attr_num(b, "width", bn->x1 - bn->x0);
                attr_num(b, "height", ylow - yhigh);
                attr_str(b, "fill", quads[q].color);
                out_s(b, "/>\n");
            }
            ylow = yhigh;
        }
    }
    out_s(b, "</g>\n");
}

/* One path point, " M x y" or " L x y" (leading white space is allowed). */
static void path_pt(tac_buf *b, int move, double x, double y)
{
    out_s(b, move ? " M" : " L");
    out_num(b, r2(x));
    out_s(b, " ");
    out_num(b, r2(y));
}

/* LINES style: one path per class; absent periods count as zero. */
static void draw_lines(chart *c)
{
    tac_buf *b = c->b;
    const int dots = !c->bins && (c->bucket_px >= 8 || c->n == 1);

    out_s(b, "<g class=\"lines\" fill=\"none\" stroke-width=\"2\" "
             "stroke-linejoin=\"round\" pointer-events=\"none\">\n");
    for (int q = 0; q < 4; q++) {
        out_s(b, "<path");
        attr_str(b, "stroke", quads[q].color);
        if (quads[q].verbal)
            out_s(b, " stroke-dasharray=\"6 3\"");
        out_s(b, " d=\"");
        long prev_end = 0;
        for (size_t i = 0; c->bins && i < c->nbins; i++) {
            const bin *bn = &c->bins[i];
            path_pt(b, i == 0, (bn->x0 + bn->x1) / 2, y_of(c, bin_value(bn, q)));
        }
        for (size_t i = 0; !c->bins && i < c->n; i++) {
            rowinfo ri;
            row_info(c->by, &c->rows[i], &ri);
            if (i > 0 && ri.start > prev_end) {
                /* the empty buckets right after the last row and right
                 * before this one are zeros (one point if they are one) */
                long after = prev_end, before = bucket_step(c->by, ri.start, -1);
                path_pt(b, 0, (x_of(c, (double)after) +
                               x_of(c, (double)bucket_step(c->by, after, 1))) / 2,
                        c->pb);
                if (before != after)
                    path_pt(b, 0, (x_of(c, (double)before) + x_of(c, (double)ri.start)) / 2,
                            c->pb);
            }
            path_pt(b, i == 0, (x_of(c, (double)ri.start) + x_of(c, (double)ri.end)) / 2,
                    y_of(c, (double)c->rows[i].quad[q]));
            prev_end = ri.end;
        }
        out_s(b, "\"/>\n");
        if (dots) {
            out_s(b, "<g stroke=\"none\"");
            attr_str(b, "fill", quads[q].color);
            out_s(b, ">");
            for (size_t i = 0; i < c->n; i++) {
                rowinfo ri;
                row_info(c->by, &c->rows[i], &ri);
                out_s(b, "<circle");
                attr_num(b, "cx", r2((x_of(c, (double)ri.start) + x_of(c, (double)ri.end)) / 2));
                attr_num(b, "cy", r2(y_of(c, (double)c->rows[i].quad[q])));
                out_s(b, " r=\"2.5\"/>");
            }
            out_s(b, "</g>\n");
        }
    }
    out_s(b, "</g>\n");
}

/* Point i of the Goldstein line (a row, or a span in dense mode): 1 and
 * *x, *g if it has a mean. *joins: it follows point i-1 without a gap. */
static int gold_pt(const chart *c, size_t i, double *x, double *g, int *joins)
{
    if (c->bins) {
        const bin *bn = &c->bins[i];
        *x = (bn->x0 + bn->x1) / 2;
        *joins = i > 0;
        *g = bn->gevents > 0 ? bn->gsum / bn->gevents : 0;
        return bn->gevents > 0 && isfinite(*g);
    }
    rowinfo ri, prev;
    row_info(c->by, &c->rows[i], &ri);
    *x = (x_of(c, (double)ri.start) + x_of(c, (double)ri.end)) / 2;
    *g = ri.mean;
    *joins = 0;
    if (i > 0) {
        row_info(c->by, &c->rows[i - 1], &prev);
        *joins = prev.end == ri.start;
    }
    return ri.has_mean;
}

/* The mean Goldstein line over the right axis, with its zero line. A point
 * joins the previous one if both have a mean and no period lies between
 * them. Dots on every point when buckets are wide, else only on points with
 * no neighbour (a lone point would be invisible). */
static void draw_goldstein(chart *c)
{
    tac_buf *b = c->b;
    const size_t np = c->bins ? c->nbins : c->n;
    const int all_dots = !c->bins && c->bucket_px >= 6;
    double y0 = r2(g_of(c, 0)), x, g;
    int any = 0, joins;

    line(b, c->pl, y0, c->pr, y0, "#777777",
         "stroke-width=\"1\" stroke-dasharray=\"4 4\" pointer-events=\"none\"");
    for (size_t i = 0; i < np && !any; i++)
        any = gold_pt(c, i, &x, &g, &joins);
    if (!any)
        return;
    /* passes: the path as a white halo, the path as the line, the dots */
    for (int pass = 0; pass < 3; pass++) {
        if (pass == 0)
            out_s(b, "<path fill=\"none\" stroke=\"#ffffff\" stroke-opacity=\"0.85\" "
                     "stroke-width=\"4\" stroke-linejoin=\"round\" pointer-events=\"none\" d=\"");
        else if (pass == 1)
            out_s(b, "<path fill=\"none\" stroke=\"" GOLD_COLOR "\" stroke-width=\"1.75\" "
                     "stroke-linejoin=\"round\" pointer-events=\"none\" d=\"");
        else
            out_s(b, "<g class=\"goldstein-dots\" fill=\"" GOLD_COLOR "\" stroke=\"#ffffff\" "
                     "stroke-width=\"1\" pointer-events=\"none\">\n");
        int has = gold_pt(c, 0, &x, &g, &joins), joined_prev = 0;
        for (size_t i = 0; i < np; i++) {
            double nx = 0, ng = 0;
            int nhas = 0, njoins = 0, joins_next;
            if (i + 1 < np)
                nhas = gold_pt(c, i + 1, &nx, &ng, &njoins);
            joins_next = has && nhas && njoins;
            if (has) {
                double y = g_of(c, g);
                if (pass < 2) {
                    path_pt(b, !joined_prev, x, y);
                } else if (all_dots || (!joined_prev && !joins_next)) {
                    out_s(b, "<circle");
                    attr_num(b, "cx", r2(x));
                    attr_num(b, "cy", r2(y));
                    out_s(b, all_dots ? " r=\"2.75\"/>\n" : " r=\"2\"/>\n");
                }
            }
            joined_prev = joins_next;
            has = nhas;
            x = nx;
            g = ng;
        }
        out_s(b, pass < 2 ? "\"/>\n" : "</g>\n");
    }
}

static void draw_axes(chart *c, size_t major, size_t minor)
{
    tac_buf *b = c->b;
    char num[64];

    /* left axis: counts */
    out_s(b, "<g class=\"axis-y\" fill=\"#444444\">\n");
    for (double v = 0; v <= c->ytop + c->ystep / 2; v += c->ystep) {
        double y = r2(y_of(c, v));
        line(b, c->pl - 5, y, c->pl, y, AXIS_COLOR, NULL);
        fmt_tick(num, sizeof num, v, c->ytop, c->ystep);
        text_open(b, c->pl - 8, y + 4, "end", FONT_TICK, NULL);
        out_s(b, num);
        out_s(b, "</text>\n");
    }
    out_s(b, "</g>\n");
    double mid = (c->pt + c->pb) / 2;
    out_s(b, "<text");
    attr_num(b, "x", 18);
    attr_num(b, "y", mid);
    out_s(b, " text-anchor=\"middle\" font-size=\"12\" fill=\"" TEXT_COLOR "\" transform=\"rotate(-90 18 ");
    out_num(b, mid);
    out_s(b, ")\">events");
    if ((double)(11 + strlen(c->spec->by)) * CHAR_W * 12 < c->pb - c->pt + 40) {
        out_s(b, " per ");
        out_s(b, c->spec->by);
    }
    out_s(b, "</text>\n");

    /* right axis: mean Goldstein, fixed -10..+10 */
    out_s(b, "<g class=\"axis-g\" fill=\"#444444\">\n");
    for (int g = -10; g <= 10; g += 5) {
        double y = r2(g_of(c, g));
        line(b, c->pr, y, c->pr + 5, y, AXIS_COLOR, NULL);
        text_open(b, c->pr + 8, y + 4, NULL, FONT_TICK, NULL);
        out_s(b, g < 0 ? "\xE2\x88\x92" : g > 0 ? "+" : ""); /* U+2212 minus */
        out_int(b, g < 0 ? -g : g);
        out_s(b, "</text>\n");
    }
    out_s(b, "</g>\n");
    double xr = c->w - 14;
    out_s(b, "<text");
    attr_num(b, "x", xr);
    attr_num(b, "y", mid);
    out_s(b, " text-anchor=\"middle\" font-size=\"12\" fill=\"" TEXT_COLOR "\" transform=\"rotate(90 ");
    out_num(b, xr);
    out_s(b, " ");
    out_num(b, mid);
    /* the full title when the plot is tall enough for it */
    out_s(b, 26 * CHAR_W * 12 < c->pb - c->pt + 40
                 ? ")\">mean Goldstein (\xE2\x88\x92" "10 \xE2\x80\xA6 +10)</text>\n"
                 : ")\">mean Goldstein</text>\n");

    /* frame: left, bottom and right axis lines */
    line(b, c->pl, c->pt, c->pl, c->pb, AXIS_COLOR, NULL);
    line(b, c->pr, c->pt, c->pr, c->pb, AXIS_COLOR, NULL);
    line(b, c->pl, c->pb, c->pr, c->pb, AXIS_COLOR, NULL);

    /* x axis: minor ticks, then labelled major ticks */
    out_s(b, "<g class=\"axis-x\" fill=\"#444444\" text-anchor=\"middle\">\n");
    if (c->n > 0) {
        tick_it t;
        if (minor < N_INTERVALS) {
            for (int ok = tick_first(&t, intervals[minor], c->d0, c->d1); ok; ok = tick_next(&t)) {
                double x = r2(x_of(c, (double)t.day));
                line(b, x, c->pb, x, c->pb + 3, AXIS_COLOR, NULL);
            }
        }
        int first = 1, prev_year = 0;
        for (int ok = tick_first(&t, intervals[major], c->d0, c->d1); ok; ok = tick_next(&t)) {
            double x = r2(x_of(c, (double)t.day));
            tac_ymd d = tac_date_from_days(t.day);
            if (t.day > 3652058L) { /* 10000-01-01, the end of year 9999 */
                d.y = 10000;
                d.m = d.d = 1;
            }
            const char *sub = NULL;
            char sub_buf[16];
            line(b, x, c->pb, x, c->pb + 6, AXIS_COLOR, NULL);
            text_open(b, x, c->pb + 18, NULL, FONT_TICK, NULL);
            switch (t.iv.u) {
            case U_YEAR:
                snprintf(num, sizeof num, "%d", d.y);
                break;
            case U_MONTH:
                snprintf(num, sizeof num, "%s", month_abbr[d.m - 1]);
                if (first || d.m == 1)
                    sub = "y";
                break;
            default:
                snprintf(num, sizeof num, "%d %s", d.d, month_abbr[d.m - 1]);
                if (first || d.y != prev_year)
                    sub = "y";
                break;
            }
            out_s(b, num);
            out_s(b, "</text>\n");
            if (sub) {
                snprintf(sub_buf, sizeof sub_buf, "%d", d.y);
                text_open(b, x, c->pb + 31, NULL, FONT_TICK, NULL);
                out_s(b, sub_buf);
                out_s(b, "</text>\n");
            }
            first = 0;
            prev_year = d.y;
        }
    }
    out_s(b, "</g>\n");
    text_open(b, (c->pl + c->pr) / 2, c->h - 10, "middle", 12, TEXT_COLOR);
    out_s(b, c->spec->by);
    if (c->bins) {
        /* dense mode: say what a span is, in buckets */
        interval bucket = {c->by, 1};
        double per = BIN_PX / (approx_days(bucket) / (double)(c->d1 - c->d0) * (c->pr - c->pl));
        out_s(b, " \xC2\xB7 bars and lines show means over ~");
        out_int(b, (long long)(per + 0.5));
        out_s(b, "-");
        out_s(b, c->spec->by);
        out_s(b, " spans");
    }
    out_s(b, "</text>\n");
}

/* Dense mode: sums the rows into BIN_PX-wide spans of the plot, each row
 * into the span of its centre. Returns TAC_ENOMEM or TAC_OK. */
static tac_status make_bins(chart *c)
{
    interval bucket = {c->by, 1};
    double plotw = c->pr - c->pl;
    double bucket_px_avg = approx_days(bucket) / (double)(c->d1 - c->d0) * plotw;

    c->nbins = (size_t)(plotw / BIN_PX);
    if ((double)c->nbins * BIN_PX < plotw)
        c->nbins++;
    c->bins = tac_calloc(c->nbins, sizeof *c->bins);
    if (!c->bins)
        return TAC_ENOMEM;
    for (size_t k = 0; k < c->nbins; k++) {
        bin *bn = &c->bins[k];
        bn->x0 = c->pl + (double)k * BIN_PX;
        bn->x1 = bn->x0 + BIN_PX < c->pr ? bn->x0 + BIN_PX : c->pr;
        bn->buckets = (bn->x1 - bn->x0) / bucket_px_avg;
    }
    for (size_t i = 0; i < c->n; i++) {
        const tac_series_row *r = &c->rows[i];
        rowinfo ri;
        row_info(c->by, r, &ri);
        double xc = (x_of(c, (double)ri.start) + x_of(c, (double)ri.end)) / 2;
        size_t k = xc <= c->pl ? 0 : (size_t)((xc - c->pl) / BIN_PX);
        if (k >= c->nbins)
            k = c->nbins - 1;
        bin *bn = &c->bins[k];
        for (int q = 0; q < 4; q++)
            bn->q[q] += (double)r->quad[q];
        if (r->events > 0 && isfinite(r->goldstein_sum)) {
            bn->gevents += (double)r->events;
            bn->gsum += r->goldstein_sum;
        }
    }
    return TAC_OK;
}

tac_status tac_chart_svg(tac_buf *out, const tac_chart_spec *spec,
                         const tac_series_row *rows, size_t n)
{
    chart c;
    size_t start, major = N_INTERVALS, minor = N_INTERVALS;
    tac_status st;
    const int lines = spec && spec->style == TAC_CHART_LINES;

    if (!out)
        return TAC_EARG;
    st = tac_chart_check(spec, rows, n, NULL, 0);
    if (st != TAC_OK)
        return st;
    if (out->failed)
        return TAC_ENOMEM;
    start = out->len;

    memset(&c, 0, sizeof c);
    c.b = out;
    c.spec = spec;
    c.rows = rows;
    c.n = n;
    parse_by(spec->by, &c.by);
    c.w = spec->width ? spec->width : TAC_CHART_WIDTH;
    c.h = spec->height ? spec->height : TAC_CHART_HEIGHT;
    c.pl = 64;
    c.pr = c.w - 56;
    c.pb = c.h - 56;

    /* x domain and totals */
    for (size_t i = 0; i < n; i++) {
        rowinfo ri;
        row_info(c.by, &rows[i], &ri);
        if (i == 0)
            c.d0 = ri.start;
        c.d1 = ri.end;
        c.total_events += (double)rows[i].events;
        c.total_classed += ri.classed;
    }
    if (n > 0) {
        interval bucket = {c.by, 1};
        c.bucket_px = approx_days(bucket) * 0.9 / (double)(c.d1 - c.d0) * (c.pr - c.pl);
        if (c.bucket_px < DENSE_PX && make_bins(&c) != TAC_OK)
            return TAC_ENOMEM;
    }

    /* y scale: from what is drawn (spans in dense mode) */
    double ymax = 0;
    for (size_t i = 0; c.bins && i < c.nbins; i++) {
        for (int q = lines ? 0 : 4; q <= 4; q++) {
            double v = bin_value(&c.bins[i], q);
            if (v > ymax && (q < 4 || !lines))
                ymax = v;
        }
    }
    for (size_t i = 0; !c.bins && i < n; i++) {
        rowinfo ri;
        row_info(c.by, &rows[i], &ri);
        double v = ri.classed;
        if (lines) {
            v = 0;
            for (int q = 0; q < 4; q++)
                if ((double)rows[i].quad[q] > v)
                    v = (double)rows[i].quad[q];
        }
        if (v > ymax)
            ymax = v;
    }
    nice_scale(ymax, &c.ystep, &c.ytop);

    draw_head(&c);
    draw_top(&c); /* sets c.pt */
    if (n > 0) {
        major = pick_major(&c);
        minor = pick_minor(&c, major);
    }
    draw_grid(&c, major);
    draw_periods(&c);
    if (lines)
        draw_lines(&c);
    else if (c.bins)
        draw_bins(&c);
    draw_goldstein(&c);
    draw_axes(&c, major, minor);
    if (c.total_events <= 0 && c.total_classed <= 0) {
        /* above the Goldstein zero line, which runs through the middle */
        text_open(out, (c.pl + c.pr) / 2, c.pt + (c.pb - c.pt) * 0.3, "middle", 14, "#777777");
        out_s(out, "no events");
        out_s(out, "</text>\n");
    }
    out_s(out, "</svg>\n");
    tac_free(c.bins);

    if (out->failed) {
        out->len = start;
        if (out->data)
            out->data[start] = '\0';
        return TAC_ENOMEM;
    }
    return TAC_OK;
}
