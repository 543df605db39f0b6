/* chart.h -- SVG time-series charts of event counts (`tacitus series --svg`).
 *
 * Draws the series that tac_store_series() returns -- per period: events per
 * quad class, total, Goldstein sum -- as one standalone SVG 1.1 document:
 * stacked bars (or one line per quad class) on a dated x axis, event counts
 * on the left axis, the mean Goldstein score per period on the right axis.
 * Self-contained: no store, no SQLite; pure and thread-safe (no globals).
 * Conventions and layout are described at the top of chart.c. */
#ifndef TAC_CHART_H
#define TAC_CHART_H

#include <stddef.h>

#include "tacitus.h" /* tac_buf, tac_status */

/* tac_series_row, one period of a time series, is declared by the store's
 * header (tac_store_series returns it). */
#include "tacitus_store.h"

typedef enum tac_chart_style {
    TAC_CHART_STACKED = 0, /* stacked bars, class 1 at the bottom */
    TAC_CHART_LINES        /* one line per quad class */
} tac_chart_style;

#define TAC_CHART_WIDTH 960 /* defaults, pixels */
#define TAC_CHART_HEIGHT 480
#define TAC_CHART_MIN_WIDTH 320 /* accepted range for non-zero sizes */
#define TAC_CHART_MIN_HEIGHT 200
#define TAC_CHART_MAX_SIZE 16384

/* What to draw. The all-zero value plus a title and a `by` is a valid spec. */
typedef struct tac_chart_spec {
    const char *title;     /* e.g. "ARM – AZE, events per month" (UTF-8) */
    const char *subtitle;  /* e.g. "2023-01-01 to 2023-12-31 · 1,234 events"; may be NULL */
    const char *by;        /* "day" | "week" | "month" | "year": bucket size, x axis title */
    tac_chart_style style; /* stacked bars (default) or lines */
    int width, height;     /* pixels; 0 = defaults (960 x 480) */
} tac_chart_spec;

/* Appends a complete standalone SVG 1.1 document (UTF-8, ending in '\n') to
 * out. rows[0..n) are in period order, one per bucket; a row's period may be
 * any day of its bucket (a month row is drawn over its whole calendar
 * month, a week row over the 7 days from its period). Periods with no events
 * may be absent: the x axis is a true time axis, so gaps show as gaps. n may
 * be 0 (axes and a "no events" note). Text is XML-escaped; invalid UTF-8 in
 * title or subtitle is drawn as U+FFFD. Numbers never depend on the locale.
 *
 * Returns TAC_OK; TAC_EARG (the "invalid argument" status) for a NULL out, a
 * bad spec or bad rows (tac_chart_check says why), with out unchanged;
 * TAC_ENOMEM if out could not grow or the spans of a dense chart could not
 * be allocated (or out->failed was already set), with out->len back where
 * it was. The caller owns out (tac_buf_free).
 * Thread-safe: touches nothing but out. */
tac_status tac_chart_svg(tac_buf *out, const tac_chart_spec *spec,
                         const tac_series_row *rows, size_t n);

/* Checks spec and rows as tac_chart_svg does, without drawing. Returns TAC_OK
 * or TAC_EARG with a reason in err (may be NULL; errlen bytes, always
 * NUL-terminated), e.g. `row 3: period "2023-13-01" is not a YYYY-MM-DD
 * date`. Rejected: NULL spec or title; `by` not one of the four words; an
 * unknown style; a size outside MIN..MAX; rows NULL with n > 0; a period
 * that is not a real date; a row whose bucket does not start after the
 * previous row's bucket ends; a negative count. A non-finite goldstein_sum
 * is not an error: that period has no mean. */
tac_status tac_chart_check(const tac_chart_spec *spec, const tac_series_row *rows,
                           size_t n, char *err, size_t errlen);

#endif
