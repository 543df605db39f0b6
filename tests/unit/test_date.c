/* test_date.c -- unit tests for date.c: calendar arithmetic, ISO parsing and
 * the time-expression finder.
 *
 * Finder cases are written as one string of space-separated words and
 * checked against a one-line rendering of what was found, so a failure
 * shows the whole result. Each word is copied into its own exact-size heap
 * block so that ASan catches any read past a word's length. */
#include <stdlib.h>

#include "date.h"
#include "test.h"

#define MAX_WORDS 64

static tac_ymd iso(const char *s)
{
    tac_ymd d = {0, 0, 0};
    if (tac_date_parse_iso(s, strlen(s), &d) != 0)
        fprintf(stderr, "bad test date %s\n", s);
    return d;
}

static const char *prec_name(tac_date_prec p)
{
    switch (p) {
    case TAC_DATE_DAY:
        return "day";
    case TAC_DATE_MONTH:
        return "month";
    case TAC_DATE_YEAR:
        return "year";
    }
    return "?";
}

/* Splits text on single spaces into words, runs the finder with doc and
 * renders the result as "YYYY-MM-DD prec first-last; ..." ("" for none). */
static const char *found(const char *text, const char *doc)
{
    static char buf[512];
    tac_word words[MAX_WORDS];
    tac_timex out[8];
    size_t n = 0, k, got, used = 0;
    const char *p = text;

    while (*p && n < MAX_WORDS) {
        const char *e = strchr(p, ' ');
        size_t len = e ? (size_t)(e - p) : strlen(p);
        char *copy = malloc(len ? len : 1);
        if (!copy)
            return "(out of memory)";
        memcpy(copy, p, len);
        words[n].s = copy;
        words[n].len = len;
        n++;
        p += len;
        if (*p == ' ')
            p++;
    }
    got = tac_date_find(words, n, iso(doc), out, 8);
    buf[0] = '\0';
    for (k = 0; k < got; k++) {
        char date[11];
        tac_date_format(out[k].date, date);
        used += (size_t)snprintf(buf + used, sizeof buf - used, "%s%s %s %zu-%zu",
                                 k ? "; " : "", date, prec_name(out[k].prec),
                                 out[k].first, out[k].last);
    }
    for (k = 0; k < n; k++)
        free((void *)words[k].s);
    return buf;
}

static const char *fmt(tac_ymd d)
{
    static char buf[11];
    tac_date_format(d, buf);
    return buf;
}

static int parses(const char *s)
{
    tac_ymd d;
    return tac_date_parse_iso(s, strlen(s), &d) == 0;
}

static void test_calendar(void)
{
    long n, bad = 0, prev = -1;
    tac_ymd d;

    CHECK(tac_date_valid(iso("2024-02-29")));
    CHECK(!tac_date_valid((tac_ymd){2023, 2, 29}));
    CHECK(!tac_date_valid((tac_ymd){1900, 2, 29}));
    CHECK(tac_date_valid((tac_ymd){2000, 2, 29}));
    CHECK(!tac_date_valid((tac_ymd){0, 1, 1}));
    CHECK(!tac_date_valid((tac_ymd){10000, 1, 1}));
    CHECK(!tac_date_valid((tac_ymd){2023, 13, 1}));
    CHECK(!tac_date_valid((tac_ymd){2023, 4, 31}));

    CHECK_INT(tac_date_to_days((tac_ymd){1, 1, 1}), 0);
    CHECK_INT(tac_date_to_days((tac_ymd){9999, 12, 31}), 3652058);
    CHECK_INT(tac_date_to_days((tac_ymd){2023, 2, 30}), -1);
    CHECK_STR(fmt(tac_date_from_days(tac_date_to_days(iso("2024-03-01")) - 1)), "2024-02-29");
    CHECK_STR(fmt(tac_date_from_days(tac_date_to_days(iso("1900-03-01")) - 1)), "1900-02-28");
    CHECK_STR(fmt(tac_date_from_days(tac_date_to_days(iso("2000-03-01")) - 1)), "2000-02-29");
    CHECK_STR(fmt(tac_date_from_days(tac_date_to_days(iso("2021-01-01")) - 1)), "2020-12-31");
    CHECK_STR(fmt(tac_date_from_days(-5)), "0001-01-01");
    CHECK_STR(fmt(tac_date_from_days(99999999L)), "9999-12-31");

    /* Every day of years 1..9999: round trip, and consecutive day numbers
     * are consecutive calendar days. */
    for (n = 0; n <= 3652058L; n++) {
        d = tac_date_from_days(n);
        if (!tac_date_valid(d) || tac_date_to_days(d) != n)
            bad++;
        if (prev >= 0) {
            tac_ymd p = tac_date_from_days(prev);
            int next_ok = (d.y == p.y && d.m == p.m && d.d == p.d + 1) ||
                          (d.y == p.y && d.m == p.m + 1 && d.d == 1) ||
                          (d.y == p.y + 1 && d.m == 1 && d.d == 1 && p.m == 12);
            if (!next_ok)
                bad++;
        }
        prev = n;
    }
    CHECK_INT(bad, 0);

    CHECK_INT(tac_date_weekday(iso("2023-03-27")), 0);
    CHECK_INT(tac_date_weekday(iso("0001-01-01")), 0);
    CHECK_INT(tac_date_weekday(iso("1970-01-01")), 3);
    CHECK_INT(tac_date_weekday(iso("2000-01-01")), 5);
    CHECK_INT(tac_date_weekday(iso("2024-02-29")), 3);
    CHECK_INT(tac_date_weekday((tac_ymd){2023, 2, 30}), -1);

    CHECK_STR(fmt((tac_ymd){7, 3, 9}), "0007-03-09");
    CHECK_STR(fmt((tac_ymd){2023, 2, 30}), "0000-00-00");
    CHECK_STR(fmt((tac_ymd){-12345, 99, 99}), "0000-00-00");
}

static void test_parse_iso(void)
{
    tac_ymd d = {0, 0, 0};

    CHECK_INT(tac_date_parse_iso("2020-11-09", 10, &d), 0);
    CHECK_STR(fmt(d), "2020-11-09");
    CHECK(parses("2024-02-29"));
    CHECK(parses("0001-01-01"));
    CHECK(parses("9999-12-31"));
    CHECK(!parses("0000-00-00"));
    CHECK(!parses("2023-02-30"));
    CHECK(!parses("2023-02-29"));
    CHECK(!parses("1900-02-29"));
    CHECK(!parses("99999-01-01"));
    CHECK(!parses("2023-1-01"));
    CHECK(!parses("2023-01-1"));
    CHECK(!parses("2023-01-01x"));
    CHECK(!parses("2023-01-01 "));
    CHECK(!parses("2023/01/01"));
    CHECK(!parses("+023-01-01"));
    CHECK(!parses("2023-13-01"));
    CHECK(!parses(""));
    CHECK_INT(tac_date_parse_iso("2023-01-01", 9, &d), -1);
    CHECK_INT(tac_date_parse_iso(NULL, 0, &d), -1);
    CHECK_INT(tac_date_parse_iso("2023-01-01\0", 11, &d), -1);
}

/* Document dates used below:
 *   2020-11-12 Thursday   2021-01-02 Saturday   2024-03-01 Friday
 *   2023-03-28 Tuesday    2021-03-31 Wednesday */
static void test_relative(void)
{
    CHECK_STR(found("police said today", "2020-11-12"), "2020-11-12 day 2-2");
    CHECK_STR(found("protests tonight", "2020-11-12"), "2020-11-12 day 1-1");
    CHECK_STR(found("clashes this morning", "2020-11-12"), "2020-11-12 day 1-2");
    CHECK_STR(found("this afternoon and this evening", "2020-11-12"),
              "2020-11-12 day 0-1; 2020-11-12 day 3-4");
    CHECK_STR(found("he said yesterday", "2020-11-12"), "2020-11-11 day 2-2");
    CHECK_STR(found("yesterday", "2024-03-01"), "2024-02-29 day 0-0");
    CHECK_STR(found("yesterday", "2021-01-01"), "2020-12-31 day 0-0");
    CHECK_STR(found("yesterday evening", "2020-11-12"), "2020-11-11 day 0-1");
    CHECK_STR(found("fighting last night", "2023-03-01"), "2023-02-28 day 1-2");
    CHECK_STR(found("on the day before yesterday", "2024-03-01"), "2024-02-28 day 1-4");
    CHECK_STR(found("day before yesterday", "2021-01-01"), "2020-12-30 day 0-2");

    CHECK_STR(found("3 days ago", "2021-01-02"), "2020-12-30 day 0-2");
    CHECK_STR(found("three days ago", "2021-01-02"), "2020-12-30 day 0-2");
    CHECK_STR(found("a day ago", "2024-03-01"), "2024-02-29 day 0-2");
    CHECK_STR(found("two weeks ago", "2020-11-12"), "2020-10-29 day 0-2");
    CHECK_STR(found("twenty days ago", "2020-11-12"), "2020-10-23 day 0-2");
    CHECK_STR(found("a week ago", "2021-01-02"), "2020-12-26 day 0-2");
    CHECK_STR(found("a month ago", "2021-03-31"), "2021-02-28 day 0-2");
    CHECK_STR(found("a month ago", "2024-03-31"), "2024-02-29 day 0-2");
    CHECK_STR(found("an month ago", "2021-01-15"), "2020-12-15 day 0-2");
    CHECK_STR(found("13 months ago", "2021-03-31"), "2020-02-29 day 0-2");
    CHECK_STR(found("a year ago", "2024-02-29"), "2023-02-28 day 0-2");
    CHECK_STR(found("a few days ago", "2020-11-12"), "");
    CHECK_STR(found("several weeks ago", "2020-11-12"), "");
    CHECK_STR(found("0 days ago", "2020-11-12"), "");
    CHECK_STR(found("9999999 days ago", "2020-11-12"), "");
    CHECK_STR(found("999999 days ago", "2020-11-12"), "");

    CHECK_STR(found("last week", "2021-01-02"), "2020-12-26 day 0-1");
    CHECK_STR(found("last month", "2021-01-02"), "2020-12-01 month 0-1");
    CHECK_STR(found("last month", "2024-03-31"), "2024-02-01 month 0-1");
    CHECK_STR(found("last year", "2021-01-02"), "2020-01-01 year 0-1");
    CHECK_STR(found("over the last year", "2021-01-02"), "");
    CHECK_STR(found("earlier this week", "2020-11-12"), "");
    CHECK_STR(found("earlier this month", "2020-11-12"), "");
    CHECK_STR(found("this week", "2020-11-12"), "");
    CHECK_STR(found("this year", "2020-11-12"), "");
}

static void test_weekdays(void)
{
    /* 2020-11-12 is a Thursday. */
    CHECK_STR(found("police said tuesday", "2020-11-12"), "2020-11-10 day 2-2");
    CHECK_STR(found("on tuesday", "2020-11-12"), "2020-11-10 day 0-1");
    CHECK_STR(found("on tuesday night", "2020-11-12"), "2020-11-10 day 0-2");
    CHECK_STR(found("friday morning", "2020-11-12"), "2020-11-06 day 0-1");
    CHECK_STR(found("on thursday", "2020-11-12"), "2020-11-12 day 0-1");
    CHECK_STR(found("last thursday", "2020-11-12"), "2020-11-05 day 0-1");
    CHECK_STR(found("last tuesday", "2020-11-12"), "2020-11-10 day 0-1");
    CHECK_STR(found("last sunday night", "2020-11-12"), "2020-11-08 day 0-2");
    /* 2023-03-28 is a Tuesday: "last tuesday" said on one is a week back. */
    CHECK_STR(found("last tuesday", "2023-03-28"), "2023-03-21 day 0-1");
    CHECK_STR(found("tuesday", "2023-03-28"), "2023-03-28 day 0-0");
    /* Across a year boundary: 2021-01-02 is a Saturday. */
    CHECK_STR(found("on wednesday", "2021-01-02"), "2020-12-30 day 0-1");
    CHECK_STR(found("on sunday", "2021-01-02"), "2020-12-27 day 0-1");

    CHECK_STR(found("on tue", "2020-11-12"), "2020-11-10 day 0-1");
    CHECK_STR(found("on tue. night", "2020-11-12"), "2020-11-10 day 0-2");
    CHECK_STR(found("last tues", "2020-11-12"), "2020-11-10 day 0-1");
    CHECK_STR(found("last wed .", "2020-11-12"), "2020-11-11 day 0-1");
    CHECK_STR(found("sun shone", "2020-11-12"), "");
    CHECK_STR(found("the sat exam", "2020-11-12"), "");
    CHECK_STR(found("wed", "2020-11-12"), "");

    CHECK_STR(found("on tuesday , november 3 , 2020", "2020-11-12"), "2020-11-03 day 0-6");
    CHECK_STR(found("every tuesday", "2020-11-12"), "");
    CHECK_STR(found("on good friday", "2020-11-12"), "");
    CHECK_STR(found("next tuesday", "2020-11-12"), "");
    CHECK_STR(found("this coming monday", "2020-11-12"), "");
    CHECK_STR(found("since tuesday", "2020-11-12"), "");
}

static void test_explicit(void)
{
    CHECK_STR(found("november 9 , 2020", "2020-11-12"), "2020-11-09 day 0-3");
    CHECK_STR(found("on november 9 , 2020", "2021-06-01"), "2020-11-09 day 0-4");
    CHECK_STR(found("9 november 2020", "2021-06-01"), "2020-11-09 day 0-2");
    CHECK_STR(found("nov. 9 , 2020", "2021-06-01"), "2020-11-09 day 0-3");
    CHECK_STR(found("nov . 9 , 2020", "2021-06-01"), "2020-11-09 day 0-4");
    CHECK_STR(found("nov 9 2020", "2021-06-01"), "2020-11-09 day 0-2");
    CHECK_STR(found("sept. 1st , 2020", "2021-06-01"), "2020-09-01 day 0-3");
    CHECK_STR(found("november 9th", "2020-11-12"), "2020-11-09 day 0-1");
    CHECK_STR(found("the 9th of november", "2020-11-12"), "2020-11-09 day 1-3");
    CHECK_STR(found("november 9", "2020-11-12"), "2020-11-09 day 0-1");
    CHECK_STR(found("9 nov", "2020-11-12"), "2020-11-09 day 0-1");
    CHECK_STR(found("in nov .", "2020-11-12"), "2020-11-01 month 0-1");
    /* a month and day with no year is the nearest such day: a day soon
     * after the document date is a future reference (skipped), not the
     * same day a year before */
    CHECK_STR(found("november 13", "2020-11-12"), "");
    CHECK_STR(found("december 5", "2020-11-12"), "");
    CHECK_STR(found("may 13", "2020-11-12"), "2020-05-13 day 0-1");
    CHECK_STR(found("october 5", "2021-01-03"), "2020-10-05 day 0-1");
    CHECK_STR(found("december 30", "2021-01-02"), "2020-12-30 day 0-1");
    CHECK_STR(found("february 29", "2023-03-01"), "2020-02-29 day 0-1");
    CHECK_STR(found("february 29 , 2024", "2024-03-01"), "2024-02-29 day 0-3");
    CHECK_STR(found("february 30", "2020-11-12"), "");
    CHECK_STR(found("february 30 , 2020", "2020-11-12"), "");
    CHECK_STR(found("30 february 2020", "2020-11-12"), "");
    CHECK_STR(found("february 29 , 2021", "2021-06-01"), "");
    CHECK_STR(found("april 31", "2020-11-12"), "");
    CHECK_STR(found("november 9 , 2030", "2020-11-12"), "");
    CHECK_STR(found("november 2nd", "2020-11-12"), "2020-11-02 day 0-1");
    CHECK_STR(found("november 2th", "2020-11-12"), "");
    CHECK_STR(found("march 9 1500 people", "2020-11-12"), "2020-03-09 day 0-1");
    CHECK_STR(found("on 2020-11-09", "2020-11-12"), "2020-11-09 day 0-1");
    CHECK_STR(found("report 2020-11-09", "2020-11-12"), "2020-11-09 day 1-1");
    CHECK_STR(found("2020-11-31", "2020-11-12"), "");
}

static void test_months_years(void)
{
    CHECK_STR(found("in march", "2020-11-12"), "2020-03-01 month 0-1");
    CHECK_STR(found("in november", "2020-11-12"), "2020-11-01 month 0-1");
    CHECK_STR(found("in december", "2020-11-12"), "2019-12-01 month 0-1");
    CHECK_STR(found("in march 2020", "2021-06-01"), "2020-03-01 month 0-2");
    CHECK_STR(found("march 2020", "2021-06-01"), "2020-03-01 month 0-1");
    CHECK_STR(found("in december 2020", "2020-11-12"), "");
    CHECK_STR(found("in 2019", "2020-11-12"), "2019-01-01 year 0-1");
    CHECK_STR(found("in 2020", "2020-11-12"), "2020-01-01 year 0-1");
    CHECK_STR(found("in 2021", "2020-11-12"), "");
    CHECK_STR(found("in 1850", "2020-11-12"), "");
    CHECK_STR(found("killed 2019 people", "2020-11-12"), "");
    CHECK_STR(found("since march", "2020-11-12"), "");
    CHECK_STR(found("since march 2020", "2020-11-12"), "");

    /* "may" the modal and "march" the protest are not months. */
    CHECK_STR(found("russia may attack", "2020-11-12"), "");
    CHECK_STR(found("5 may be dead", "2020-11-12"), "");
    CHECK_STR(found("in may", "2020-11-12"), "2020-05-01 month 0-1");
    CHECK_STR(found("may 2020", "2020-11-12"), "2020-05-01 month 0-1");
    CHECK_STR(found("may 9", "2020-11-12"), "2020-05-09 day 0-1");
    CHECK_STR(found("9 may", "2020-11-12"), "2020-05-09 day 0-1");
    CHECK_STR(found("the march on the capital", "2020-11-12"), "");
    CHECK_STR(found("thousands march to the square", "2020-11-12"), "");
    CHECK_STR(found("on march 9", "2020-11-12"), "2020-03-09 day 0-2");
    CHECK_STR(found("9 march", "2020-11-12"), "2020-03-09 day 0-1");
}

static void test_future_and_mixed(void)
{
    CHECK_STR(found("talks tomorrow", "2020-11-12"), "");
    CHECK_STR(found("tomorrow morning", "2020-11-12"), "");
    CHECK_STR(found("the day after tomorrow", "2020-11-12"), "");
    CHECK_STR(found("next week", "2020-11-12"), "");
    CHECK_STR(found("next month", "2020-11-12"), "");
    CHECK_STR(found("later this month", "2020-11-12"), "");
    CHECK_STR(found("next may", "2020-11-12"), "");

    CHECK_STR(found("troops attacked on monday and withdrew yesterday", "2020-11-12"),
              "2020-11-09 day 2-3; 2020-11-11 day 6-6");
    CHECK_STR(found("said on tuesday that on november 2 troops crossed", "2020-11-12"),
              "2020-11-10 day 1-2; 2020-11-02 day 4-6");
    CHECK_STR(found("israel struck gaza", "2020-11-12"), "");
}

static void test_robustness(void)
{
    tac_word words[6];
    tac_timex out[2];
    char junk[] = {'\0', (char)0xff, 'm', 'a', 'y', (char)0x80};
    static const char *const many[] = {"today", "yesterday", "tonight"};
    size_t k;

    /* Null-length words, embedded NULs, high bytes. */
    words[0].s = NULL;
    words[0].len = 0;
    words[1].s = junk;
    words[1].len = sizeof junk;
    words[2].s = junk + 2;
    words[2].len = 3; /* "may" */
    words[3].s = "on";
    words[3].len = 2;
    words[4].s = "";
    words[4].len = 0;
    words[5].s = "on";
    words[5].len = 2;
    CHECK_INT(tac_date_find(words, 6, iso("2020-11-12"), out, 2), 0);
    CHECK_INT(tac_date_find(NULL, 0, iso("2020-11-12"), out, 2), 0);
    CHECK_INT(tac_date_find(words, 6, iso("2020-11-12"), NULL, 0), 0);

    /* An invalid document date resolves nothing. */
    words[0].s = "today";
    words[0].len = 5;
    CHECK_INT(tac_date_find(words, 1, (tac_ymd){2023, 2, 30}, out, 2), 0);

    /* max bounds the output. */
    for (k = 0; k < 3; k++) {
        words[k].s = many[k];
        words[k].len = strlen(many[k]);
    }
    CHECK_INT(tac_date_find(words, 3, iso("2020-11-12"), out, 2), 2);
    CHECK_INT(out[1].first, 1);

    /* Near the ends of the calendar. */
    CHECK_STR(found("yesterday", "0001-01-01"), "");
    CHECK_STR(found("last year", "0001-06-01"), "");
    CHECK_STR(found("5 years ago", "0003-06-01"), "");
    CHECK_STR(found("last month", "9999-12-31"), "9999-11-01 month 0-1");

    /* Truncated patterns at the end of the sentence. */
    CHECK_STR(found("on", "2020-11-12"), "");
    CHECK_STR(found("last", "2020-11-12"), "");
    CHECK_STR(found("the day before", "2020-11-12"), "");
    CHECK_STR(found("3 days", "2020-11-12"), "");
    CHECK_STR(found("in", "2020-11-12"), "");
    CHECK_STR(found("november", "2020-11-12"), "");
    CHECK_STR(found("9th of", "2020-11-12"), "");
    CHECK_STR(found("since", "2020-11-12"), "");
}

/* The finder's pre-checks (a word that opens no expression is skipped;
 * months and weekdays are tried by their first letter): abbreviations with
 * and without their dot, "the", "in" and "on" before a month, a weekday or
 * nothing, one-letter and non-ASCII words, patterns cut at the end. */
static void test_openers(void)
{
    const char *d = "2020-11-12"; /* a Thursday */
    CHECK_STR(found("sept. 5", d), "2020-09-05 day 0-1");
    CHECK_STR(found("sep. 5", d), "2020-09-05 day 0-1");
    CHECK_STR(found("sept 5", d), "2020-09-05 day 0-1");
    CHECK_STR(found("sept . 5", d), "2020-09-05 day 0-2");
    CHECK_STR(found("jun . 5", d), "2020-06-05 day 0-2");
    CHECK_STR(found("in sept.", d), "2020-09-01 month 0-1");
    CHECK_STR(found("in june", d), "2020-06-01 month 0-1");
    CHECK_STR(found("on sept.", d), "");
    CHECK_STR(found("nov.", d), "");
    CHECK_STR(found("x jun", d), "");
    CHECK_STR(found("attacked on tue.", d), "2020-11-10 day 1-2");
    CHECK_STR(found("on mon.", d), "2020-11-09 day 0-1");
    CHECK_STR(found("on sun", d), "2020-11-08 day 0-1");
    CHECK_STR(found("on thurs night", d), "2020-11-12 day 0-2");
    CHECK_STR(found("tues. 10 november", d), "2020-11-10 day 1-2");
    CHECK_STR(found("thurs", d), "");
    CHECK_STR(found("mon.", d), "");
    CHECK_STR(found("saturday", d), "2020-11-07 day 0-0");
    CHECK_STR(found("every sunday", d), "");
    CHECK_STR(found("the last tuesday", d), "");
    CHECK_STR(found("on wednesday , november 4 , 2020", d), "2020-11-04 day 0-6");
    CHECK_STR(found("the day before yesterday", d), "2020-11-10 day 0-3");
    CHECK_STR(found("two days ago", d), "2020-11-10 day 0-2");
    CHECK_STR(found("days ago", d), "");
    CHECK_STR(found("on 2020-11-09", d), "2020-11-09 day 0-1");
    CHECK_STR(found("yesterday .", d), "2020-11-11 day 0-0");
    CHECK_STR(found("in 2019 .", d), "2019-01-01 year 0-1");
    CHECK_STR(found("the day", d), "");
    CHECK_STR(found("on the", d), "");
    CHECK_STR(found("in the", d), "");
    CHECK_STR(found("the", d), "");
    CHECK_STR(found("on t", d), "");
    CHECK_STR(found("in j", d), "");
    CHECK_STR(found("s m t w f j o", d), "");
    CHECK_STR(found("on 9", d), "");
    CHECK_STR(found("\xc3\xa9t\xc3\xa9 2020", d), "");
}

int main(void)
{
    test_calendar();
    test_parse_iso();
    test_relative();
    test_weekdays();
    test_explicit();
    test_months_years();
    test_future_and_mixed();
    test_robustness();
    test_openers();
    return test_report("date");
}
