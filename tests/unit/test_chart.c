/* test_chart.c -- the SVG time-series chart writer (chart.c).
 *
 * Builds charts for small hand-made series and checks the SVG text: well
 * formed (through xmllint when it is installed), title, legend, axis
 * labels, one tooltip per period, nice tick values, calendar ticks,
 * escaping, empty and large series, bad input.
 *
 * Usage: test_chart [DIR]   with DIR, also writes example charts
 * (chart-monthly.svg, chart-daily.svg, chart-weekly-lines.svg) there. */
#include <locale.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "chart.h"
#include "date.h"
#include "tacitus.h"
#include "test.h"

static int have_xmllint = -1;

/* 1 if xmllint accepts the document, or if xmllint is not installed. */
static int xml_ok(const tac_buf *b)
{
    char path[512];
    const char *tmp = getenv("TMPDIR");
    char cmd[700];
    int fd, rc;
    FILE *f;

    if (have_xmllint < 0) {
        have_xmllint = system("xmllint --version >/dev/null 2>&1") == 0;
        if (!have_xmllint)
            printf("chart: xmllint checks skipped: xmllint not installed "
                   "(Debian package libxml2-utils)\n");
    }
    if (!have_xmllint)
        return 1;
    snprintf(path, sizeof path, "%s/tac_chart_XXXXXX", tmp && *tmp ? tmp : "/tmp");
    fd = mkstemp(path);
    if (fd < 0)
        return 0;
    f = fdopen(fd, "w");
    if (!f) {
        close(fd);
        unlink(path);
        return 0;
    }
    fwrite(b->data, 1, b->len, f);
    fclose(f);
    snprintf(cmd, sizeof cmd, "xmllint --noout '%s'", path);
    rc = system(cmd);
    unlink(path);
    return rc == 0;
}

static size_t count(const char *hay, const char *needle)
{
    size_t n = 0, len = strlen(needle);
    for (const char *p = strstr(hay, needle); p; p = strstr(p + len, needle))
        n++;
    return n;
}

/* The text of each <text> element inside the group that starts with
 * `open`, joined with '|': "0|100|200". */
static void group_texts(const char *svg, const char *open, char *out, size_t cap)
{
    const char *p = strstr(svg, open), *end;
    size_t o = 0;
    out[0] = '\0';
    if (!p)
        return;
    end = strstr(p, "</g>");
    while ((p = strstr(p, "<text")) && p < end) {
        const char *s = strchr(p, '>') + 1, *e = strstr(s, "</text>");
        if (o && o + 1 < cap)
            out[o++] = '|';
        while (s < e && o + 1 < cap)
            out[o++] = *s++;
        out[o] = '\0';
        p = e;
    }
}

/* Parses a left-axis label: "1,500", "2.5M", "500k". */
static double label_value(const char *s, size_t len)
{
    char digits[64];
    size_t o = 0;
    double mult = 1;
    for (size_t i = 0; i < len && o + 1 < sizeof digits; i++) {
        if (s[i] == ',')
            continue;
        if (s[i] == 'k')
            mult = 1e3;
        else if (s[i] == 'M')
            mult = 1e6;
        else if (s[i] == 'B')
            mult = 1e9;
        else if (s[i] == 'T')
            mult = 1e12;
        else
            digits[o++] = s[i];
    }
    digits[o] = '\0';
    return strtod(digits, NULL) * mult;
}

/* 1 if the left-axis labels run 0, s, 2s, ... with s = 1, 2 or 5 x 10^k. */
static int nice_ticks(const char *svg, int *out_n)
{
    char t[1024];
    double v[64];
    int n = 0;
    group_texts(svg, "<g class=\"axis-y\"", t, sizeof t);
    for (const char *p = t; *p && n < 64;) {
        const char *e = strchr(p, '|');
        size_t len = e ? (size_t)(e - p) : strlen(p);
        v[n++] = label_value(p, len);
        p += len + (e ? 1 : 0);
    }
    *out_n = n;
    if (n < 2 || v[0] != 0)
        return 0;
    double step = v[1] - v[0], mag = 1;
    while (mag * 10 <= step)
        mag *= 10;
    double m = step / mag;
    if (fabs(m - 1) > 1e-9 && fabs(m - 2) > 1e-9 && fabs(m - 5) > 1e-9)
        return 0;
    for (int i = 1; i < n; i++)
        if (fabs(v[i] - v[i - 1] - step) > step * 1e-9)
            return 0;
    return 1;
}

static unsigned long rng = 12345;
static long rnd(long max)
{
    rng = rng * 1103515245UL + 12345UL;
    return (long)((rng >> 8) % (unsigned long)(max + 1));
}

static void set_row(tac_series_row *r, const char *period, long q1, long q2, long q3,
                    long q4, double gsum)
{
    size_t len = strlen(period);
    memset(r, 0, sizeof *r);
    memcpy(r->period, period, len < 10 ? len : 10);
    r->quad[0] = q1;
    r->quad[1] = q2;
    r->quad[2] = q3;
    r->quad[3] = q4;
    r->events = q1 + q2 + q3 + q4;
    r->goldstein_sum = gsum;
}

/* Months of 2021..2023 (36), with April and May 2022 absent; a plausible
 * drift from cooperation to conflict. */
static size_t monthly(tac_series_row *rows)
{
    size_t n = 0;
    for (int y = 2021; y <= 2023; y++) {
        for (int m = 1; m <= 12; m++) {
            char p[32];
            if (y == 2022 && (m == 4 || m == 5))
                continue;
            int t = (y - 2021) * 12 + m;
            long q1 = 40 + rnd(30) - t / 2, q2 = 10 + rnd(10), q3 = 15 + rnd(20) + t / 2,
                 q4 = 5 + rnd(10) + (t > 28 ? 60 : t / 3);
            snprintf(p, sizeof p, "%04d-%02d-01", y, m);
            set_row(&rows[n], p, q1, q2, q3, q4,
                    q1 * 3.4 + q2 * 6.0 - q3 * 2.2 - q4 * 8.5);
            n++;
        }
    }
    return n;
}

/* n consecutive days from 2010-01-01, every 9th day absent. */
static size_t daily(tac_series_row *rows, size_t n)
{
    tac_ymd d0 = {2010, 1, 1};
    long day = tac_date_to_days(d0);
    for (size_t i = 0; i < n; day++) {
        char p[32];
        if (day % 9 == 4)
            continue;
        tac_date_format(tac_date_from_days(day), p);
        long base = 3 + (long)(i / 400);
        set_row(&rows[i], p, rnd(base * 3), rnd(base), rnd(base * 2), rnd(base * 2),
                (double)rnd(200) - 90);
        i++;
    }
    return n;
}

static tac_chart_spec spec_of(const char *title, const char *by)
{
    tac_chart_spec s;
    memset(&s, 0, sizeof s);
    s.title = title;
    s.by = by;
    return s;
}

static int no_bad_numbers(const char *svg)
{
    return !strstr(svg, "nan") && !strstr(svg, "NaN") && !strstr(svg, "inf") &&
           !strstr(svg, "e+") && !strstr(svg, "e-0");
}

static void write_file(const char *dir, const char *name, const tac_buf *b)
{
    char path[1024];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    FILE *f = fopen(path, "w");
    CHECK(f != NULL);
    if (!f)
        return;
    fwrite(b->data, 1, b->len, f);
    fclose(f);
    printf("chart: wrote %s\n", path);
}

int main(int argc, char **argv)
{
    static tac_series_row rows[6000];
    const char *outdir = argc > 1 ? argv[1] : NULL;
    char t[2048];
    int nt;

    /* A 3-year monthly series: the whole document. */
    {
        size_t n = monthly(rows);
        tac_chart_spec s = spec_of("ARM \xE2\x80\x93 AZE, events per month", "month");
        s.subtitle = "2021-01-01 to 2023-12-31 \xC2\xB7 source: tacitus";
        tac_buf b = {0};
        CHECK_INT(n, 34);
        CHECK_INT(tac_chart_svg(&b, &s, rows, n), TAC_OK);
        CHECK(b.data && strncmp(b.data, "<?xml version=\"1.0\"", 19) == 0);
        CHECK(xml_ok(&b));
        CHECK(strstr(b.data, "xmlns=\"http://www.w3.org/2000/svg\"") != NULL);
        CHECK(strstr(b.data, "viewBox=\"0 0 960 480\"") != NULL);
        CHECK(strstr(b.data, "font-family=\"sans-serif\"") != NULL);
        CHECK(strstr(b.data, ">ARM \xE2\x80\x93 AZE, events per month</tspan>") != NULL);
        CHECK(strstr(b.data, ">2021-01-01 to 2023-12-31 \xC2\xB7 source: tacitus</text>") != NULL);
        CHECK(strstr(b.data, ">verbal cooperation</text>") != NULL);
        CHECK(strstr(b.data, ">material cooperation</text>") != NULL);
        CHECK(strstr(b.data, ">verbal conflict</text>") != NULL);
        CHECK(strstr(b.data, ">material conflict</text>") != NULL);
        CHECK(strstr(b.data, ">mean Goldstein (right axis)</text>") != NULL);
        CHECK(strstr(b.data, ">events per month</text>") != NULL);
        CHECK(strstr(b.data, ">mean Goldstein (\xE2\x88\x92" "10 \xE2\x80\xA6 +10)</text>") != NULL);
        CHECK(strstr(b.data, ">month</text>") != NULL);
        /* one tooltip per bar, with the period and the numbers */
        CHECK_INT(count(b.data, "<g class=\"p\"><title>"), n);
        CHECK(strstr(b.data, "<title>Jan 2021: ") != NULL);
        CHECK(strstr(b.data, "<title>Apr 2022") == NULL); /* absent month */
        CHECK(strstr(b.data, "\nmaterial conflict: ") != NULL);
        CHECK(strstr(b.data, "\nmean Goldstein: ") != NULL);
        /* four segments per bar, in the class colours */
        CHECK_INT(count(b.data, "fill=\"#D55E00\"/>"), n + 1); /* + legend */
        /* right axis and its zero line */
        CHECK(strstr(b.data, ">+10</text>") != NULL);
        CHECK(strstr(b.data, ">\xE2\x88\x92" "10</text>") != NULL);
        CHECK(strstr(b.data, "stroke-dasharray=\"4 4\"") != NULL);
        CHECK(nice_ticks(b.data, &nt));
        CHECK(nt >= 3 && nt <= 9);
        /* x ticks of 3 years of months: yearly or quarterly, at most 12 */
        group_texts(b.data, "<g class=\"axis-x\"", t, sizeof t);
        CHECK_STR(t, "2021|2022|2023|2024");
        CHECK(no_bad_numbers(b.data));
        /* deterministic, and appended after what the buffer held */
        tac_buf b2 = {0};
        tac_buf_append(&b2, "X", 1);
        CHECK_INT(tac_chart_svg(&b2, &s, rows, n), TAC_OK);
        CHECK(b2.len == b.len + 1 && memcmp(b2.data + 1, b.data, b.len) == 0);
        /* the same under a locale with a decimal comma, when there is one */
        if (setlocale(LC_NUMERIC, "de_DE.UTF-8") || setlocale(LC_NUMERIC, "fr_FR.UTF-8")) {
            tac_buf b3 = {0};
            CHECK_INT(tac_chart_svg(&b3, &s, rows, n), TAC_OK);
            CHECK(b3.len == b.len && memcmp(b3.data, b.data, b.len) == 0);
            tac_buf_free(&b3);
            setlocale(LC_NUMERIC, "C");
        } else {
            printf("chart: decimal-comma locale check skipped: no de_DE or fr_FR locale\n");
        }
        if (outdir)
            write_file(outdir, "chart-monthly.svg", &b);
        tac_buf_free(&b);
        tac_buf_free(&b2);
    }

    /* Shorter spans get finer calendar ticks. */
    {
        size_t n = 12;
        tac_chart_spec s = spec_of("one year", "month");
        tac_buf b = {0};
        for (size_t i = 0; i < n; i++) {
            char p[32];
            snprintf(p, sizeof p, "2023-%02d-01", (int)i + 1);
            set_row(&rows[i], p, 1, 2, 3, 4, 0);
        }
        CHECK_INT(tac_chart_svg(&b, &s, rows, n), TAC_OK);
        group_texts(b.data, "<g class=\"axis-x\"", t, sizeof t);
        CHECK_STR(t, "Jan|2023|Apr|Jul|Oct|Jan|2024");
        CHECK(nice_ticks(b.data, &nt));
        tac_buf_free(&b);

        s = spec_of("ten days", "day");
        for (size_t i = 0; i < 10; i++) {
            char p[32];
            snprintf(p, sizeof p, "2023-03-%02d", (int)i + 10);
            set_row(&rows[i], p, 1, 0, 0, 0, 1);
        }
        b = (tac_buf){0};
        CHECK_INT(tac_chart_svg(&b, &s, rows, 10), TAC_OK);
        CHECK(xml_ok(&b));
        group_texts(b.data, "<g class=\"axis-x\"", t, sizeof t);
        CHECK_STR(t, "10 Mar|2023|11 Mar|12 Mar|13 Mar|14 Mar|15 Mar|16 Mar|17 Mar|18 Mar|19 Mar|20 Mar");
        tac_buf_free(&b);

        s = spec_of("weeks", "week");
        for (size_t i = 0; i < 30; i++) {
            char p[32];
            tac_ymd d = {2023, 1, 2}; /* a Monday */
            tac_date_format(tac_date_from_days(tac_date_to_days(d) + 7 * (long)i), p);
            set_row(&rows[i], p, 5, 1, 2, 1, 9);
        }
        b = (tac_buf){0};
        CHECK_INT(tac_chart_svg(&b, &s, rows, 30), TAC_OK);
        CHECK(xml_ok(&b));
        group_texts(b.data, "<g class=\"axis-x\"", t, sizeof t);
        CHECK_STR(t, "Feb|2023|Mar|Apr|May|Jun|Jul");
        CHECK(strstr(b.data, "<title>week of 2023-01-02: 9 events") != NULL);
        tac_buf_free(&b);

        s = spec_of("years", "year");
        set_row(&rows[0], "1995-01-01", 1, 0, 0, 0, 1);
        set_row(&rows[1], "2024-06-30", 0, 0, 0, 3, -30); /* any day of the year */
        b = (tac_buf){0};
        CHECK_INT(tac_chart_svg(&b, &s, rows, 2), TAC_OK);
        group_texts(b.data, "<g class=\"axis-x\"", t, sizeof t);
        CHECK_STR(t, "1995|2000|2005|2010|2015|2020|2025");
        CHECK(strstr(b.data, "<title>2024: 3 events") != NULL);
        CHECK(strstr(b.data, "mean Goldstein: -10.00</title>") != NULL);
        tac_buf_free(&b);
    }

    /* Escaping, invalid UTF-8, control characters, long titles. */
    {
        tac_chart_spec s = spec_of("A&B <x> \"q\" 'a'", "month");
        s.subtitle = "bad \xFF\xC0 bytes\x01\ttab \xEF\xBF\xBF end";
        tac_buf b = {0};
        set_row(&rows[0], "2023-01-01", 1, 1, 1, 1, 4);
        CHECK_INT(tac_chart_svg(&b, &s, rows, 1), TAC_OK);
        CHECK(xml_ok(&b));
        CHECK(strstr(b.data, "A&amp;B &lt;x&gt; &quot;q&quot; &#39;a&#39;") != NULL);
        CHECK(strstr(b.data, "A&B") == NULL && strstr(b.data, "<x>") == NULL);
        CHECK(strstr(b.data, "bad \xEF\xBF\xBD\xEF\xBF\xBD bytes  tab \xEF\xBF\xBD end") != NULL);
        CHECK(strstr(b.data, "\x01") == NULL);
        CHECK_INT(count(b.data, "<g class=\"p\"><title>"), 1);
        tac_buf_free(&b);

        char longt[600];
        memset(longt, 'W', sizeof longt - 1);
        longt[sizeof longt - 1] = '\0';
        s = spec_of(longt, "month");
        b = (tac_buf){0};
        CHECK_INT(tac_chart_svg(&b, &s, rows, 1), TAC_OK);
        CHECK(strstr(b.data, "W\xE2\x80\xA6</tspan>") != NULL); /* cut, with … */
        CHECK(strstr(b.data, longt) != NULL);                   /* whole in <title> */
        tac_buf_free(&b);
    }

    /* n = 0: axes and a note. */
    {
        tac_chart_spec s = spec_of("nothing", "week");
        tac_buf b = {0};
        CHECK_INT(tac_chart_svg(&b, &s, NULL, 0), TAC_OK);
        CHECK(xml_ok(&b));
        CHECK(strstr(b.data, ">no events</text>") != NULL);
        CHECK(strstr(b.data, ">events per week</text>") != NULL);
        CHECK_INT(count(b.data, "<g class=\"p\">"), 0);
        CHECK(nice_ticks(b.data, &nt));
        CHECK(strstr(b.data, "</svg>\n") != NULL);
        tac_buf_free(&b);
    }

    /* One row; all-zero rows; huge counts; NaN and infinite sums. */
    {
        tac_chart_spec s = spec_of("one", "day");
        tac_buf b = {0};
        set_row(&rows[0], "2023-05-05", 3, 0, 2, 0, 7.5);
        CHECK_INT(tac_chart_svg(&b, &s, rows, 1), TAC_OK);
        CHECK(xml_ok(&b));
        CHECK(strstr(b.data, "mean Goldstein: +1.50</title>") != NULL);
        CHECK(strstr(b.data, "<circle") != NULL); /* a lone mean is a dot */
        tac_buf_free(&b);

        s = spec_of("zeros", "month");
        for (int i = 0; i < 6; i++) {
            char p[32];
            snprintf(p, sizeof p, "2023-%02d-01", i + 1);
            set_row(&rows[i], p, 0, 0, 0, 0, 0);
        }
        b = (tac_buf){0};
        CHECK_INT(tac_chart_svg(&b, &s, rows, 6), TAC_OK);
        CHECK(xml_ok(&b));
        CHECK(strstr(b.data, ">no events</text>") != NULL);
        CHECK(strstr(b.data, "mean Goldstein: n/a") != NULL);
        CHECK_INT(count(b.data, "<g class=\"p\"><title>"), 6);
        CHECK(no_bad_numbers(b.data));
        tac_buf_free(&b);

        s = spec_of("huge", "month");
        set_row(&rows[0], "2023-01-01", 1000000000L, 2000000000L, 5, 1000000000L, NAN);
        set_row(&rows[1], "2023-02-01", 7, 1000000000L, 0, 0, INFINITY);
        set_row(&rows[2], "2023-03-01", 1, 1, 1, 1, -1e300);
        CHECK_INT(tac_chart_svg(&b, &s, rows, 3), TAC_OK);
        CHECK(xml_ok(&b));
        CHECK(no_bad_numbers(b.data));
        CHECK(nice_ticks(b.data, &nt));
        CHECK(strstr(b.data, ">4B</text>") != NULL);
        CHECK(strstr(b.data, "Jan 2023: 4,000,000,005 events") != NULL);
        CHECK(strstr(b.data, "mean Goldstein: n/a") != NULL);
        tac_buf_free(&b);

        s.style = TAC_CHART_LINES;
        set_row(&rows[0], "2023-01-01", 9000000000000000000L, 0, 0, 0, 1);
        CHECK_INT(tac_chart_svg(&b, &s, rows, 1), TAC_OK);
        CHECK(xml_ok(&b));
        CHECK(no_bad_numbers(b.data));
        tac_buf_free(&b);
    }

    /* 5,000 daily rows over 14 years. */
    {
        size_t n = daily(rows, 5000);
        tac_chart_spec s = spec_of("5,000 days", "day");
        s.subtitle = "daily, 2010 onwards";
        tac_buf b = {0};
        CHECK_INT(tac_chart_svg(&b, &s, rows, n), TAC_OK);
        CHECK(xml_ok(&b));
        CHECK_INT(count(b.data, "<g class=\"p\"><title>"), 5000);
        group_texts(b.data, "<g class=\"axis-x\"", t, sizeof t);
        CHECK_STR(t, "2010|2012|2014|2016|2018|2020|2022|2024");
        CHECK(nice_ticks(b.data, &nt));
        CHECK(no_bad_numbers(b.data));
        printf("chart: 5,000 daily rows -> %zu bytes of SVG\n", b.len);
        if (outdir)
            write_file(outdir, "chart-daily.svg", &b);
        tac_buf_free(&b);

        s.style = TAC_CHART_LINES;
        b = (tac_buf){0};
        CHECK_INT(tac_chart_svg(&b, &s, rows, n), TAC_OK);
        CHECK(xml_ok(&b));
        CHECK(no_bad_numbers(b.data));
        tac_buf_free(&b);
    }

    /* LINES style: a weekly series with a gap. */
    {
        tac_chart_spec s = spec_of("Weekly, lines", "week");
        s.style = TAC_CHART_LINES;
        s.width = 800;
        s.height = 400;
        size_t n = 0;
        for (long i = 0; i < 40; i++) {
            char p[32];
            tac_ymd d = {2023, 1, 2};
            if (i >= 14 && i < 18)
                continue;
            tac_date_format(tac_date_from_days(tac_date_to_days(d) + 7 * i), p);
            set_row(&rows[n++], p, 20 + rnd(15), 5 + rnd(6), 10 + rnd(10) + i / 2,
                    rnd(5) + i / 3, 50 - 3.0 * (double)i);
        }
        tac_buf b = {0};
        CHECK_INT(tac_chart_svg(&b, &s, rows, n), TAC_OK);
        CHECK(xml_ok(&b));
        CHECK(strstr(b.data, "viewBox=\"0 0 800 400\"") != NULL);
        CHECK_INT(count(b.data, "<path stroke="), 4);
        CHECK_INT(count(b.data, "stroke-dasharray=\"6 3\""), 2);
        CHECK_INT(count(b.data, "<g class=\"p\"><title>"), n);
        CHECK(nice_ticks(b.data, &nt));
        if (outdir)
            write_file(outdir, "chart-weekly-lines.svg", &b);
        tac_buf_free(&b);
    }

    /* Bad input: TAC_EARG, nothing appended, a reason. */
    {
        tac_chart_spec s = spec_of("bad", "month");
        tac_buf b = {0};
        char err[200];
        set_row(&rows[0], "2023-01-01", 1, 0, 0, 0, 0);
        set_row(&rows[1], "2023-13-01", 1, 0, 0, 0, 0);
        CHECK_INT(tac_chart_svg(&b, &s, rows, 2), TAC_EARG);
        CHECK(b.len == 0);
        CHECK_INT(tac_chart_check(&s, rows, 2, err, sizeof err), TAC_EARG);
        CHECK_STR(err, "row 2: period \"2023-13-01\" is not a YYYY-MM-DD date");
        set_row(&rows[1], "2023-01-15", 1, 0, 0, 0, 0); /* same month again */
        CHECK_INT(tac_chart_check(&s, rows, 2, err, sizeof err), TAC_EARG);
        CHECK(strstr(err, "row 2") && strstr(err, "period order"));
        set_row(&rows[1], "2023-02-01", 1, -1, 0, 0, 0);
        CHECK_INT(tac_chart_check(&s, rows, 2, err, sizeof err), TAC_EARG);
        CHECK(strstr(err, "negative") != NULL);
        memcpy(rows[1].period, "2023-02-01X", 11); /* no NUL */
        CHECK_INT(tac_chart_check(&s, rows, 2, err, sizeof err), TAC_EARG);
        set_row(&rows[1], "2023-02-01", 1, 0, 0, 0, 0);
        CHECK_INT(tac_chart_check(&s, rows, 2, err, sizeof err), TAC_OK);
        CHECK_INT(tac_chart_svg(NULL, &s, rows, 2), TAC_EARG);
        CHECK_INT(tac_chart_svg(&b, NULL, rows, 2), TAC_EARG);
        CHECK_INT(tac_chart_svg(&b, &s, NULL, 2), TAC_EARG);
        s.by = "fortnight";
        CHECK_INT(tac_chart_check(&s, rows, 2, err, sizeof err), TAC_EARG);
        CHECK_STR(err, "by must be day, week, month or year");
        s.by = NULL;
        CHECK_INT(tac_chart_svg(&b, &s, rows, 2), TAC_EARG);
        s = spec_of(NULL, "day");
        CHECK_INT(tac_chart_svg(&b, &s, rows, 2), TAC_EARG);
        s = spec_of("t", "month");
        s.width = 10;
        CHECK_INT(tac_chart_svg(&b, &s, rows, 2), TAC_EARG);
        s.width = 0;
        s.height = -1;
        CHECK_INT(tac_chart_svg(&b, &s, rows, 2), TAC_EARG);
        s.height = 0;
        s.style = (tac_chart_style)7;
        CHECK_INT(tac_chart_svg(&b, &s, rows, 2), TAC_EARG);
        CHECK(b.len == 0 && b.data == NULL);
        /* a buffer that already failed stays failed */
        s.style = TAC_CHART_STACKED;
        b.failed = 1;
        CHECK_INT(tac_chart_svg(&b, &s, rows, 2), TAC_ENOMEM);
        tac_buf_free(&b);
    }

    /* Out of memory at every allocation (in a fault-injection build; a
     * no-op loop otherwise): TAC_ENOMEM and the buffer back where it was. */
    {
        tac_chart_spec s = spec_of("oom", "month");
        size_t n = monthly(rows), ok = 0;
        for (long k = 1; k <= 20; k++) {
            tac_buf b = {0};
            tac_fault_inject(k);
            tac_status st = tac_chart_svg(&b, &s, rows, n);
            tac_fault_inject(0);
            CHECK(st == TAC_OK || (st == TAC_ENOMEM && b.len == 0));
            ok += st == TAC_OK;
            tac_buf_free(&b);
        }
        CHECK(ok > 0);
        /* dense mode allocates its spans first */
        s = spec_of("oom", "day");
        n = daily(rows, 800);
        for (long k = 1; k <= 20; k++) {
            tac_buf b = {0};
            tac_buf_append(&b, "keep", 4);
            tac_fault_inject(k);
            tac_status st = tac_chart_svg(&b, &s, rows, n);
            tac_fault_inject(0);
            CHECK(st == TAC_OK || (st == TAC_ENOMEM && b.len == 4 && strcmp(b.data, "keep") == 0));
            tac_buf_free(&b);
        }
    }
    return test_report("chart");
}
