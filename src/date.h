/* date.h -- calendar dates and the time expressions that move an event's date.
 *
 * Dates are proleptic Gregorian, years 1..9999. All functions are pure and
 * thread-safe. Implements the "Dates" part of docs/coding.md. */
#ifndef TAC_DATE_H
#define TAC_DATE_H

#include <stddef.h>

typedef struct tac_ymd {
    int y, m, d;
} tac_ymd;

typedef enum tac_date_prec {
    TAC_DATE_DAY = 0,
    TAC_DATE_MONTH,
    TAC_DATE_YEAR
} tac_date_prec;

/* One word of a sentence as the coder sees it: lower-cased (case-folded)
 * UTF-8, punctuation as its own word ("," "."), possessive "'s" split off. */
typedef struct tac_word {
    const char *s;
    size_t len;
} tac_word;

/* A time expression found in a sentence: the resolved date, its precision
 * (a month expression gives the 1st of the month with TAC_DATE_MONTH), and
 * the words [first, last] it spans. */
typedef struct tac_timex {
    tac_ymd date;
    tac_date_prec prec;
    size_t first, last;
} tac_timex;

/* 1 if y-m-d is a real calendar day in years 1..9999, else 0. */
int tac_date_valid(tac_ymd d);

/* Strict "YYYY-MM-DD" (exactly 10 bytes, a real day). 0 on success, -1 else. */
int tac_date_parse_iso(const char *s, size_t len, tac_ymd *out);

/* Days since 0001-01-01 (which is day 0) and back. */
long tac_date_to_days(tac_ymd d);
tac_ymd tac_date_from_days(long days);

/* Day of week, 0 = Monday … 6 = Sunday. */
int tac_date_weekday(tac_ymd d);

/* Writes "YYYY-MM-DD" and a NUL into out (11 bytes). */
void tac_date_format(tac_ymd d, char out[11]);

/* Finds the time expressions of words[0..n) that point to the past or the
 * present, resolves each against the document date doc, and stores up to max
 * of them in out in sentence order. Returns how many were stored. Future
 * expressions ("tomorrow", "next week") are not returned: the event keeps
 * the document date. Never reads outside words[0..n). */
size_t tac_date_find(const tac_word *words, size_t n, tac_ymd doc,
                     tac_timex *out, size_t max);

#endif
