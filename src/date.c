/* date.c -- calendar arithmetic and the time-expression finder; see date.h.
 *
 * Calendar: proleptic Gregorian, counted in days since 0001-01-01 (day 0,
 * a Monday), so weekdays and day offsets are plain integer arithmetic.
 * Functions that get an invalid date never abort: they return a sentinel
 * (-1, "0000-00-00") or clamp, as documented at each one.
 *
 * Finder: one left-to-right pass. At each word every matcher is tried and
 * the longest hit wins; a hit consumes its words, so expressions never
 * overlap and come out in sentence order.
 *
 *     police said on tuesday night that ...
 *                 ^^^^^^^^^^^^^^^^ m_on: first = "on", last = "night"
 *
 * A hit is either a date, or a skip: words that form a time expression we
 * must not resolve (future, vague, impossible day, "since ...") but must
 * still consume, so that "next tuesday" does not leave a bare "tuesday" to
 * be matched and "february 30 2020" does not leave "2020". A resolved date
 * after the document date is turned into a skip: the event keeps the
 * document date.
 *
 * Month and weekday names are only accepted in the frames listed in the
 * matchers, never alone: "may" (modal) and "march" (verb, noun) would
 * otherwise produce dates out of ordinary sentences. */
#include "date.h"

#include <string.h>

/* Day number of 9999-12-31, the last day of the supported range. */
#define MAX_DAYS 3652058L

/* Years accepted in running text: a wider range makes counts such as
 * "march 9 1500 people" look like dates. */
#define TEXT_YEAR_MIN 1900
#define TEXT_YEAR_MAX 2100

static int is_leap(int y)
{
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

/* m must be 1..12. */
static int days_in_month(int y, int m)
{
    static const int dim[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (m == 2 && is_leap(y))
        return 29;
    return dim[m - 1];
}

int tac_date_valid(tac_ymd d)
{
    return d.y >= 1 && d.y <= 9999 && d.m >= 1 && d.m <= 12 && d.d >= 1 &&
           d.d <= days_in_month(d.y, d.m);
}

int tac_date_parse_iso(const char *s, size_t len, tac_ymd *out)
{
    static const int digit_at[8] = {0, 1, 2, 3, 5, 6, 8, 9};
    tac_ymd d;
    size_t k;

    if (!s || len != 10 || s[4] != '-' || s[7] != '-')
        return -1;
    for (k = 0; k < 8; k++) {
        if (s[digit_at[k]] < '0' || s[digit_at[k]] > '9')
            return -1;
    }
    d.y = (s[0] - '0') * 1000 + (s[1] - '0') * 100 + (s[2] - '0') * 10 + (s[3] - '0');
    d.m = (s[5] - '0') * 10 + (s[6] - '0');
    d.d = (s[8] - '0') * 10 + (s[9] - '0');
    if (!tac_date_valid(d))
        return -1;
    if (out)
        *out = d;
    return 0;
}

/* Returns -1 for an invalid date, so a bad date cannot pass for a real one. */
long tac_date_to_days(tac_ymd d)
{
    static const int before[12] = {0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334};
    long y1;

    if (!tac_date_valid(d))
        return -1;
    y1 = d.y - 1L;
    return y1 * 365 + y1 / 4 - y1 / 100 + y1 / 400 + before[d.m - 1] +
           (d.m > 2 && is_leap(d.y)) + d.d - 1;
}

/* Out-of-range day numbers are clamped to 0001-01-01 .. 9999-12-31 so the
 * result is always a valid date. */
tac_ymd tac_date_from_days(long days)
{
    long n400, n100, n4, n1, r;
    tac_ymd out;

    if (days < 0)
        days = 0;
    if (days > MAX_DAYS)
        days = MAX_DAYS;
    /* Cycles of 400, 100, 4 and 1 years; the last year of a 4-year block
     * (and of a 400-year cycle) is the leap one, hence the clamps to 3. */
    n400 = days / 146097;
    r = days % 146097;
    n100 = r / 36524;
    if (n100 == 4)
        n100 = 3;
    r -= n100 * 36524;
    n4 = r / 1461;
    r %= 1461;
    n1 = r / 365;
    if (n1 == 4)
        n1 = 3;
    r -= n1 * 365;
    out.y = (int)(400 * n400 + 100 * n100 + 4 * n4 + n1 + 1);
    out.m = 1;
    while (r >= days_in_month(out.y, out.m)) {
        r -= days_in_month(out.y, out.m);
        out.m++;
    }
    out.d = (int)r + 1;
    return out;
}

/* -1 for an invalid date. */
int tac_date_weekday(tac_ymd d)
{
    long n = tac_date_to_days(d);
    return n < 0 ? -1 : (int)(n % 7);
}

/* An invalid date is written as "0000-00-00": never more than 10 chars. */
void tac_date_format(tac_ymd d, char out[11])
{
    if (!tac_date_valid(d))
        d.y = d.m = d.d = 0;
    out[0] = (char)('0' + d.y / 1000);
    out[1] = (char)('0' + d.y / 100 % 10);
    out[2] = (char)('0' + d.y / 10 % 10);
    out[3] = (char)('0' + d.y % 10);
    out[4] = '-';
    out[5] = (char)('0' + d.m / 10);
    out[6] = (char)('0' + d.m % 10);
    out[7] = '-';
    out[8] = (char)('0' + d.d / 10);
    out[9] = (char)('0' + d.d % 10);
    out[10] = '\0';
}

/* ---- finder: words ---------------------------------------------------- */

typedef struct scan {
    const tac_word *w;
    size_t n;
    tac_ymd doc;
} scan;

enum { HIT_DATE, HIT_SKIP };

typedef struct hit {
    int kind;
    tac_ymd date;
    tac_date_prec prec;
    size_t last;
} hit;

#if defined(__GNUC__)
#define TAC_INLINE inline __attribute__((always_inline))
#else
#define TAC_INLINE inline
#endif

/* Inlined: called for every word and form, mostly with literals. */
static TAC_INLINE int word_is(const scan *sc, size_t i, const char *lit)
{
    /* first-byte test first: this runs for every word and every form */
    if (i >= sc->n || !sc->w[i].s || !sc->w[i].len || sc->w[i].s[0] != lit[0])
        return 0;
    size_t len = strlen(lit);
    return i < sc->n && sc->w[i].s && sc->w[i].len == len &&
           memcmp(sc->w[i].s, lit, len) == 0;
}

/* list is NULL-terminated. */
static int word_in(const scan *sc, size_t i, const char *const *list)
{
    for (; *list; list++) {
        if (word_is(sc, i, *list))
            return 1;
    }
    return 0;
}

/* Word i (which exists) is lit[0..n); word_eq_dotted: lit[0..n) and a dot
 * inside the same word ("nov."). For the lists of months and weekdays,
 * whose lengths are known: no strlen per try. */
static TAC_INLINE int word_eq(const scan *sc, size_t i, const char *lit, size_t n)
{
    return sc->w[i].len == n && memcmp(sc->w[i].s, lit, n) == 0;
}

static TAC_INLINE int word_eq_dotted(const scan *sc, size_t i, const char *lit, size_t n)
{
    return sc->w[i].len == n + 1 && memcmp(sc->w[i].s, lit, n) == 0 && sc->w[i].s[n] == '.';
}

static int starts_with_digit(const scan *sc, size_t i)
{
    return i < sc->n && sc->w[i].s && sc->w[i].len > 0 && sc->w[i].s[0] >= '0' &&
           sc->w[i].s[0] <= '9';
}

/* Reads the leading ASCII digits of word i (at most maxdig of them, so the
 * value cannot overflow); returns how many there are, 0 if none or too many. */
static size_t digits_at(const scan *sc, size_t i, size_t maxdig, long *val)
{
    size_t k = 0;
    long v = 0;

    if (i >= sc->n || !sc->w[i].s)
        return 0;
    while (k < sc->w[i].len && sc->w[i].s[k] >= '0' && sc->w[i].s[k] <= '9') {
        if (k == maxdig)
            return 0;
        v = v * 10 + (sc->w[i].s[k] - '0');
        k++;
    }
    *val = v;
    return k;
}

/* A whole word of digits, 1..maxdig long. */
static int number_at(const scan *sc, size_t i, size_t maxdig, long *val)
{
    size_t k = digits_at(sc, i, maxdig, val);
    return k > 0 && k == sc->w[i].len;
}

/* A day of the month, 1..31: "9", "09", or an ordinal with the right
 * suffix ("1st", "22nd", "11th"). */
static int day_at(const scan *sc, size_t i, int *day, int *ordinal)
{
    long v;
    size_t k = digits_at(sc, i, 2, &v);
    const char *suf;

    if (k == 0 || v < 1 || v > 31)
        return 0;
    *day = (int)v;
    *ordinal = 0;
    if (k == sc->w[i].len)
        return 1;
    if (sc->w[i].len != k + 2)
        return 0;
    if (v / 10 == 1)
        suf = "th";
    else if (v % 10 == 1)
        suf = "st";
    else if (v % 10 == 2)
        suf = "nd";
    else if (v % 10 == 3)
        suf = "rd";
    else
        suf = "th";
    if (memcmp(sc->w[i].s + k, suf, 2) != 0)
        return 0;
    *ordinal = 1;
    return 1;
}

static int year_at(const scan *sc, size_t i, int *y)
{
    long v;
    if (!number_at(sc, i, 4, &v) || sc->w[i].len != 4 || v < TEXT_YEAR_MIN ||
        v > TEXT_YEAR_MAX)
        return 0;
    *y = (int)v;
    return 1;
}

/* How many units back: digits (at most 6, so products stay small) or a
 * number word. "a few" and "several" are vague on purpose: no value. */
static int count_at(const scan *sc, size_t i, long *k)
{
    static const char *const words[] = {
        "one",    "two",     "three",    "four",     "five",    "six",     "seven",
        "eight",  "nine",    "ten",      "eleven",   "twelve",  "thirteen", "fourteen",
        "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"};
    size_t j;

    if (word_is(sc, i, "a") || word_is(sc, i, "an")) {
        *k = 1;
        return 1;
    }
    for (j = 0; j < sizeof words / sizeof words[0]; j++) {
        if (word_is(sc, i, words[j])) {
            *k = (long)j + 1;
            return 1;
        }
    }
    return number_at(sc, i, 6, k) && *k >= 1;
}

static int part_of_day_at(const scan *sc, size_t i)
{
    static const char *const parts[] = {"morning", "afternoon", "evening", "night", NULL};
    return word_in(sc, i, parts);
}

static int period_at(const scan *sc, size_t i)
{
    static const char *const periods[] = {"week", "month", "year", "weekend", NULL};
    return word_in(sc, i, periods);
}

/* A month name at word i; *next is the word after it. Abbreviations may
 * carry their dot inside the word ("nov.") or as the next word ("nov" "."),
 * but a separate dot is only taken when a number follows: otherwise it is
 * the full stop of the sentence. */
static int month_at(const scan *sc, size_t i, int *m, size_t *next)
{
    static const char *const names[12] = {
        "january", "february", "march",     "april",   "may",      "june",
        "july",    "august",   "september", "october", "november", "december"};
    static const unsigned char name_len[12] = {7, 8, 5, 5, 3, 4, 4, 6, 9, 7, 8, 8};
    static const struct {
        const char *s;
        int m;
        size_t len;
    } abbrs[] = {{"jan", 1, 3}, {"feb", 2, 3}, {"mar", 3, 3},   {"apr", 4, 3},
                 {"jun", 6, 3}, {"jul", 7, 3}, {"aug", 8, 3},   {"sep", 9, 3},
                 {"sept", 9, 4}, {"oct", 10, 3}, {"nov", 11, 3}, {"dec", 12, 3}};
    size_t j;

    /* most words are not months: reject them on length and first letter;
     * then try only the names and abbreviations with that first letter
     * (bit j of nm: names[j]; bit j of am: abbrs[j]), in their order */
    if (i >= sc->n || !sc->w[i].s || sc->w[i].len < 3 || sc->w[i].len > 10)
        return 0;
    unsigned nm, am;
    switch (sc->w[i].s[0]) {
    case 'j': nm = 1u << 0 | 1u << 5 | 1u << 6, am = 1u << 0 | 1u << 4 | 1u << 5; break;
    case 'f': nm = 1u << 1, am = 1u << 1; break;
    case 'm': nm = 1u << 2 | 1u << 4, am = 1u << 2; break;
    case 'a': nm = 1u << 3 | 1u << 7, am = 1u << 3 | 1u << 6; break;
    case 's': nm = 1u << 8, am = 1u << 7 | 1u << 8; break;
    case 'o': nm = 1u << 9, am = 1u << 9; break;
    case 'n': nm = 1u << 10, am = 1u << 10; break;
    case 'd': nm = 1u << 11, am = 1u << 11; break;
    default: return 0;
    }
    for (; nm; nm &= nm - 1) { /* the set bits, lowest first */
        j = (size_t)__builtin_ctz(nm);
        if (word_eq(sc, i, names[j], name_len[j])) {
            *m = (int)j + 1;
            *next = i + 1;
            return 1;
        }
    }
    for (; am; am &= am - 1) {
        j = (size_t)__builtin_ctz(am);
        if (word_eq_dotted(sc, i, abbrs[j].s, abbrs[j].len)) {
            *m = abbrs[j].m;
            *next = i + 1;
            return 1;
        }
        if (word_eq(sc, i, abbrs[j].s, abbrs[j].len)) {
            *m = abbrs[j].m;
            *next = i + 1;
            if (word_is(sc, i + 1, ".") && starts_with_digit(sc, i + 2))
                *next = i + 2;
            return 1;
        }
    }
    return 0;
}

/* A weekday name at word i (0 = monday). Abbreviations are common words or
 * names ("sun", "sat", "wed"), so callers allow them only after "on" or
 * "last". A separate dot after one is never taken (it ends the sentence). */
static int weekday_at(const scan *sc, size_t i, int allow_abbr, int *wd, size_t *next)
{
    static const char *const names[7] = {"monday", "tuesday",  "wednesday", "thursday",
                                         "friday", "saturday", "sunday"};
    static const unsigned char name_len[7] = {6, 7, 9, 8, 6, 8, 6};
    static const struct {
        const char *s;
        int wd;
        size_t len;
    } abbrs[] = {{"mon", 0, 3},  {"tue", 1, 3},   {"tues", 1, 4}, {"wed", 2, 3},
                 {"thu", 3, 3},  {"thur", 3, 4},  {"thurs", 3, 5}, {"fri", 4, 3},
                 {"sat", 5, 3},  {"sun", 6, 3}};
    size_t j;

    /* most words are not weekdays: reject them on their first letter;
     * then try only the names and abbreviations with that letter (bit j
     * of nm: names[j]; of am: abbrs[j]), in their order */
    if (i >= sc->n || !sc->w[i].s || !sc->w[i].len)
        return 0;
    unsigned nm, am;
    switch (sc->w[i].s[0]) {
    case 'm': nm = 1u << 0, am = 1u << 0; break;
    case 't': nm = 1u << 1 | 1u << 3, am = 1u << 1 | 1u << 2 | 1u << 4 | 1u << 5 | 1u << 6; break;
    case 'w': nm = 1u << 2, am = 1u << 3; break;
    case 'f': nm = 1u << 4, am = 1u << 7; break;
    case 's': nm = 1u << 5 | 1u << 6, am = 1u << 8 | 1u << 9; break;
    default: return 0;
    }
    for (; nm; nm &= nm - 1) {
        j = (size_t)__builtin_ctz(nm);
        if (word_eq(sc, i, names[j], name_len[j])) {
            *wd = (int)j;
            *next = i + 1;
            return 1;
        }
    }
    if (!allow_abbr)
        return 0;
    for (; am; am &= am - 1) {
        j = (size_t)__builtin_ctz(am);
        if (word_eq(sc, i, abbrs[j].s, abbrs[j].len) ||
            word_eq_dotted(sc, i, abbrs[j].s, abbrs[j].len)) {
            *wd = abbrs[j].wd;
            *next = i + 1;
            return 1;
        }
    }
    return 0;
}

/* ---- finder: resolution ------------------------------------------------ */

static tac_ymd ymd(int y, int m, int d)
{
    tac_ymd r;
    r.y = y;
    r.m = m;
    r.d = d;
    return r;
}

static int ymd_cmp(tac_ymd a, tac_ymd b)
{
    if (a.y != b.y)
        return a.y < b.y ? -1 : 1;
    if (a.m != b.m)
        return a.m < b.m ? -1 : 1;
    if (a.d != b.d)
        return a.d < b.d ? -1 : 1;
    return 0;
}

/* from must be valid; 0 if the result leaves years 1..9999. */
static int shift_days(tac_ymd from, long delta, tac_ymd *out)
{
    long n = tac_date_to_days(from) + delta;
    if (n < 0 || n > MAX_DAYS)
        return 0;
    *out = tac_date_from_days(n);
    return 1;
}

/* Same day k months earlier, clamped to the end of a shorter month
 * (03-31 minus one month is 02-28 or 02-29). */
static int months_back(tac_ymd from, long k, tac_ymd *out)
{
    long total = from.y * 12L + (from.m - 1) - k;
    int dim;

    if (total < 12)
        return 0;
    out->y = (int)(total / 12);
    out->m = (int)(total % 12) + 1;
    dim = days_in_month(out->y, out->m);
    out->d = from.d < dim ? from.d : dim;
    return 1;
}

/* Latest day on or before from that falls on weekday wd; strict excludes
 * from itself ("last tuesday" said on a tuesday is a week ago). */
static int weekday_back(tac_ymd from, int wd, int strict, tac_ymd *out)
{
    int diff = (tac_date_weekday(from) - wd + 7) % 7;
    if (strict && diff == 0)
        diff = 7;
    return shift_days(from, -diff, out);
}

static void set_skip(hit *h, size_t last)
{
    h->kind = HIT_SKIP;
    h->date = ymd(0, 0, 0);
    h->prec = TAC_DATE_DAY;
    h->last = last;
}

/* A resolved date after the document date is a future reference: skip. */
static void set_date(const scan *sc, hit *h, tac_ymd date, tac_date_prec prec, size_t last)
{
    if (!tac_date_valid(date) || ymd_cmp(date, sc->doc) > 0) {
        set_skip(h, last);
        return;
    }
    h->kind = HIT_DATE;
    h->date = date;
    h->prec = prec;
    h->last = last;
}

/* A day of a month, with a year (y != 0) or without one: then the one
 * nearest the document date, this year's or an earlier year's; when that
 * is this year's and after the document date ("on March 2" in a story of
 * February 26, "December 5" in one of November 12) it is a future
 * reference, a skip, not the same day a year before. An impossible day
 * is a skip. */
static void set_month_day(const scan *sc, hit *h, int y, int m, int d, size_t last)
{
    int yy;

    if (y) {
        set_date(sc, h, ymd(y, m, d), TAC_DATE_DAY, last);
        return;
    }
    long doc = tac_date_to_days(sc->doc);
    tac_ymd ahead = ymd(sc->doc.y, m, d);
    long ahead_days = tac_date_valid(ahead) && ymd_cmp(ahead, sc->doc) > 0
                          ? tac_date_to_days(ahead) - doc
                          : -1;
    /* Back at most 8 years: the longest gap between two february 29ths. */
    for (yy = sc->doc.y; yy >= 1 && yy >= sc->doc.y - 8; yy--) {
        tac_ymd c = ymd(yy, m, d);
        if (tac_date_valid(c) && ymd_cmp(c, sc->doc) <= 0) {
            if (ahead_days >= 0 && ahead_days < doc - tac_date_to_days(c))
                break;
            set_date(sc, h, c, TAC_DATE_DAY, last);
            return;
        }
    }
    set_skip(h, last);
}

/* ---- finder: matchers -------------------------------------------------
 * Each tries a pattern starting at word i; on a match it fills h (kind,
 * date, last word) and returns 1. */

/* "today", "tonight", "this morning"; "this week" is too vague: skip. */
static int m_present(const scan *sc, size_t i, hit *h)
{
    static const char *const parts[] = {"morning", "afternoon", "evening", NULL};

    if (word_is(sc, i, "today") || word_is(sc, i, "tonight")) {
        set_date(sc, h, sc->doc, TAC_DATE_DAY, i);
        return 1;
    }
    if (!word_is(sc, i, "this"))
        return 0;
    if (word_in(sc, i + 1, parts)) {
        set_date(sc, h, sc->doc, TAC_DATE_DAY, i + 1);
        return 1;
    }
    if (period_at(sc, i + 1)) {
        set_skip(h, i + 1);
        return 1;
    }
    return 0;
}

/* "yesterday [evening]", "[the] day before yesterday". */
static int m_yesterday(const scan *sc, size_t i, hit *h)
{
    tac_ymd d;
    size_t j = word_is(sc, i, "the") ? i + 1 : i;

    if (word_is(sc, j, "day") && word_is(sc, j + 1, "before") &&
        word_is(sc, j + 2, "yesterday")) {
        if (shift_days(sc->doc, -2, &d))
            set_date(sc, h, d, TAC_DATE_DAY, j + 2);
        else
            set_skip(h, j + 2);
        return 1;
    }
    if (!word_is(sc, i, "yesterday"))
        return 0;
    j = part_of_day_at(sc, i + 1) ? i + 1 : i;
    if (shift_days(sc->doc, -1, &d))
        set_date(sc, h, d, TAC_DATE_DAY, j);
    else
        set_skip(h, j);
    return 1;
}

/* Future and vague references, consumed so that no part of them matches:
 * "tomorrow [night]", "[the] day after tomorrow", "next|coming tuesday",
 * "next week|month|year|march", "earlier|later this week|month|year". */
static int m_future(const scan *sc, size_t i, hit *h)
{
    size_t j = word_is(sc, i, "the") ? i + 1 : i;
    size_t next;
    int wd, m;

    if (word_is(sc, j, "day") && word_is(sc, j + 1, "after") &&
        word_is(sc, j + 2, "tomorrow")) {
        set_skip(h, j + 2);
        return 1;
    }
    if (word_is(sc, i, "tomorrow")) {
        set_skip(h, part_of_day_at(sc, i + 1) ? i + 1 : i);
        return 1;
    }
    if (word_is(sc, i, "next") || word_is(sc, i, "coming")) {
        if (period_at(sc, i + 1)) {
            set_skip(h, i + 1);
            return 1;
        }
        if (weekday_at(sc, i + 1, 1, &wd, &next)) {
            set_skip(h, part_of_day_at(sc, next) ? next : next - 1);
            return 1;
        }
        if (month_at(sc, i + 1, &m, &next)) {
            set_skip(h, next - 1);
            return 1;
        }
        return 0;
    }
    if ((word_is(sc, i, "earlier") || word_is(sc, i, "later")) &&
        word_is(sc, i + 1, "this") && period_at(sc, i + 2)) {
        set_skip(h, i + 2);
        return 1;
    }
    return 0;
}

/* "N days|weeks|fortnights|months|years ago"; months and years keep the
 * day of the month, clamped. */
static int m_ago(const scan *sc, size_t i, hit *h)
{
    long k;
    tac_ymd d;
    int ok;

    /* "ago" first: count_at tries twenty number words on every word */
    if (!word_is(sc, i + 2, "ago") || !count_at(sc, i, &k))
        return 0;
    if (word_is(sc, i + 1, "day") || word_is(sc, i + 1, "days"))
        ok = shift_days(sc->doc, -k, &d);
    else if (word_is(sc, i + 1, "week") || word_is(sc, i + 1, "weeks"))
        ok = shift_days(sc->doc, -7 * k, &d);
    else if (word_is(sc, i + 1, "fortnight") || word_is(sc, i + 1, "fortnights"))
        ok = shift_days(sc->doc, -14 * k, &d);
    else if (word_is(sc, i + 1, "month") || word_is(sc, i + 1, "months"))
        ok = months_back(sc->doc, k, &d);
    else if (word_is(sc, i + 1, "year") || word_is(sc, i + 1, "years"))
        ok = months_back(sc->doc, 12 * k, &d);
    else
        return 0;
    if (ok)
        set_date(sc, h, d, TAC_DATE_DAY, i + 2);
    else
        set_skip(h, i + 2);
    return 1;
}

/* "last night|week|month|year|tuesday [night]". After "the" these are
 * durations or a series ("over the last year", "the last tuesday of the
 * month"), not a date: skip. */
static int m_last(const scan *sc, size_t i, hit *h)
{
    int the = i > 0 && word_is(sc, i - 1, "the");
    size_t next, last;
    tac_ymd d;
    int wd, ok;

    if (!word_is(sc, i, "last"))
        return 0;
    if (word_is(sc, i + 1, "night") || word_is(sc, i + 1, "week")) {
        last = i + 1;
        ok = shift_days(sc->doc, word_is(sc, i + 1, "week") ? -7 : -1, &d);
        if (the || !ok)
            set_skip(h, last);
        else
            set_date(sc, h, d, TAC_DATE_DAY, last);
        return 1;
    }
    if (word_is(sc, i + 1, "month")) {
        ok = months_back(sc->doc, 1, &d);
        d.d = 1;
        if (the || !ok)
            set_skip(h, i + 1);
        else
            set_date(sc, h, d, TAC_DATE_MONTH, i + 1);
        return 1;
    }
    if (word_is(sc, i + 1, "year")) {
        if (the || sc->doc.y <= 1)
            set_skip(h, i + 1);
        else
            set_date(sc, h, ymd(sc->doc.y - 1, 1, 1), TAC_DATE_YEAR, i + 1);
        return 1;
    }
    if (weekday_at(sc, i + 1, 1, &wd, &next)) {
        last = part_of_day_at(sc, next) ? next : next - 1;
        if (!the && weekday_back(sc->doc, wd, 1, &d))
            set_date(sc, h, d, TAC_DATE_DAY, last);
        else
            set_skip(h, last);
        return 1;
    }
    return 0;
}

/* Explicit dates: "2020-11-09", "november 9[th][,] [2020]", "nov. 9 2020",
 * "9 november [2020]", "9th of november". */
static int m_explicit(const scan *sc, size_t i, hit *h)
{
    /* After "<day> may", these show the modal verb: "5 may be dead". */
    static const char *const modal_next[] = {"be",   "have",  "not",   "also",
                                             "well", "still", "never", NULL};
    tac_ymd iso;
    size_t j, next;
    int m, d, y, ord;

    if (i < sc->n && sc->w[i].s && tac_date_parse_iso(sc->w[i].s, sc->w[i].len, &iso) == 0) {
        set_date(sc, h, iso, TAC_DATE_DAY, i);
        return 1;
    }
    if (month_at(sc, i, &m, &next) && day_at(sc, next, &d, &ord)) {
        size_t last = next;
        j = word_is(sc, next + 1, ",") ? next + 2 : next + 1;
        y = 0;
        if (year_at(sc, j, &y))
            last = j;
        if (d > days_in_month(y ? y : 2000, m))
            set_skip(h, last);
        else
            set_month_day(sc, h, y, m, d, last);
        return 1;
    }
    if (day_at(sc, i, &d, &ord)) {
        j = ord && word_is(sc, i + 1, "of") ? i + 2 : i + 1;
        if (!month_at(sc, j, &m, &next))
            return 0;
        y = 0;
        if (year_at(sc, next, &y)) {
            next++;
        } else if (word_is(sc, j, "may") && word_in(sc, next, modal_next)) {
            return 0;
        }
        if (d > days_in_month(y ? y : 2000, m))
            set_skip(h, next - 1);
        else
            set_month_day(sc, h, y, m, d, next - 1);
        return 1;
    }
    return 0;
}

/* A weekday, alone (full name only) or after "on" (abbreviations too), with
 * an optional part of the day. A following explicit date wins ("tuesday,
 * november 9, 2020"): the weekday then only widens the span. */
static int weekday_expr(const scan *sc, size_t i, int allow_abbr, hit *h)
{
    /* Named days that are not the latest such weekday, and habitual use. */
    static const char *const not_before[] = {"every", "each",   "a",    "good",
                                             "black", "bloody", "super", "ash",
                                             "palm",  "easter", "holy", "maundy",
                                             "cyber", NULL};
    size_t next, j;
    int wd;
    tac_ymd d;

    if (!weekday_at(sc, i, allow_abbr, &wd, &next))
        return 0;
    if (!allow_abbr && i > 0 && word_in(sc, i - 1, not_before))
        return 0;
    if (part_of_day_at(sc, next))
        next++;
    j = word_is(sc, next, ",") ? next + 1 : next;
    if (m_explicit(sc, j, h))
        return 1;
    if (weekday_back(sc->doc, wd, 0, &d))
        set_date(sc, h, d, TAC_DATE_DAY, next - 1);
    else
        set_skip(h, next - 1);
    return 1;
}

static int m_weekday(const scan *sc, size_t i, hit *h)
{
    return weekday_expr(sc, i, 0, h);
}

/* "on tuesday [night]", "on tue.", "on november 9", "on 2020-11-09". */
static int m_on(const scan *sc, size_t i, hit *h)
{
    if (!word_is(sc, i, "on"))
        return 0;
    return weekday_expr(sc, i + 1, 1, h) || m_explicit(sc, i + 1, h);
}

/* "march 2020" -> 2020-03-01, month precision. */
static int month_year(const scan *sc, size_t i, hit *h)
{
    size_t next;
    int m, y;

    if (!month_at(sc, i, &m, &next) || !year_at(sc, next, &y))
        return 0;
    set_date(sc, h, ymd(y, m, 1), TAC_DATE_MONTH, next);
    return 1;
}

/* "in march 2020", "in march" (latest march, the document's month
 * included), "in 2019" (year precision). */
static int m_in(const scan *sc, size_t i, hit *h)
{
    size_t next;
    int m, y;

    if (!word_is(sc, i, "in"))
        return 0;
    if (month_year(sc, i + 1, h))
        return 1;
    if (month_at(sc, i + 1, &m, &next)) {
        y = m <= sc->doc.m ? sc->doc.y : sc->doc.y - 1;
        if (y >= 1)
            set_date(sc, h, ymd(y, m, 1), TAC_DATE_MONTH, next - 1);
        else
            set_skip(h, next - 1);
        return 1;
    }
    if (year_at(sc, i + 1, &y)) {
        set_date(sc, h, ymd(y, 1, 1), TAC_DATE_YEAR, i + 1);
        return 1;
    }
    return 0;
}

typedef int (*matcher)(const scan *, size_t, hit *);

/* Whether some matcher can match at word i: a word that opens an
 * expression (the first word each matcher tests, with the word after it
 * for "the", "in" and "on"), a digit, a month, a weekday's full name, or
 * "ago" two words on. Most words open none; this
 * spares them the ten matchers. Keep in step with the matchers. */
static int may_start(const scan *sc, size_t i)
{
    size_t next;
    int m, wd;

    if (i >= sc->n || !sc->w[i].s || !sc->w[i].len)
        return 0;
    if (word_is(sc, i + 2, "ago"))
        return 1;
    switch (sc->w[i].s[0]) {
    case '0': case '1': case '2': case '3': case '4':
    case '5': case '6': case '7': case '8': case '9':
        return 1;
    case 't': /* "the" first: the commonest word, opening only "the day ..." */
        if (word_is(sc, i, "the"))
            return word_is(sc, i + 1, "day");
        return word_is(sc, i, "this") || word_is(sc, i, "today") ||
               word_is(sc, i, "tonight") || word_is(sc, i, "tomorrow") ||
               weekday_at(sc, i, 0, &wd, &next);
    case 'y':
        return word_is(sc, i, "yesterday");
    case 'c':
        return word_is(sc, i, "coming");
    case 'e':
        return word_is(sc, i, "earlier");
    case 'l':
        return word_is(sc, i, "last") || word_is(sc, i, "later");
    case 'i': /* "in" opens only m_in: a month or a year after it */
        return word_is(sc, i, "in") && (month_at(sc, i + 1, &m, &next) || year_at(sc, i + 1, &wd));
    case 'd':
        return word_is(sc, i, "day") || month_at(sc, i, &m, &next);
    case 'n':
        return word_is(sc, i, "next") || month_at(sc, i, &m, &next);
    case 'o': /* "on" opens only m_on: a weekday, a digit or a month after it */
        if (word_is(sc, i, "on"))
            return weekday_at(sc, i + 1, 1, &wd, &next) || starts_with_digit(sc, i + 1) ||
                   month_at(sc, i + 1, &m, &next);
        return month_at(sc, i, &m, &next);
    case 'j': case 'a':
        return month_at(sc, i, &m, &next);
    case 'f': case 'm': case 's': case 'w':
        return month_at(sc, i, &m, &next) || weekday_at(sc, i, 0, &wd, &next);
    default:
        return 0;
    }
}

/* Longest hit of the matchers at word i. */
static int match_core(const scan *sc, size_t i, hit *best)
{
    static const matcher all[] = {m_present, m_yesterday, m_future, m_ago, m_last,
                                  m_on,      m_weekday,   m_explicit, month_year, m_in};
    size_t j;
    int found = 0;
    hit h;

    if (!may_start(sc, i))
        return 0;
    for (j = 0; j < sizeof all / sizeof all[0]; j++) {
        if (all[j](sc, i, &h) && (!found || h.last > best->last)) {
            *best = h;
            found = 1;
        }
    }
    return found;
}

/* "since|until|till <expression>": the start or end of a span, not the day
 * the event happened. One level only, so the depth of the search does not
 * depend on the input. */
static int match_at(const scan *sc, size_t i, hit *h)
{
    if ((word_is(sc, i, "since") || word_is(sc, i, "until") || word_is(sc, i, "till")) &&
        match_core(sc, i + 1, h)) {
        set_skip(h, h->last);
        return 1;
    }
    return match_core(sc, i, h);
}

size_t tac_date_find(const tac_word *words, size_t n, tac_ymd doc,
                     tac_timex *out, size_t max)
{
    scan sc;
    size_t i = 0, count = 0;
    hit h;

    if (!words || !out || !tac_date_valid(doc))
        return 0;
    sc.w = words;
    sc.n = n;
    sc.doc = doc;
    while (i < n && count < max) {
        if (!match_at(&sc, i, &h)) {
            i++;
            continue;
        }
        if (h.kind == HIT_DATE) {
            out[count].date = h.date;
            out[count].prec = h.prec;
            out[count].first = i;
            out[count].last = h.last;
            count++;
        }
        i = h.last + 1;
    }
    return count;
}
