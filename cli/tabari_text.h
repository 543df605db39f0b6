/* tabari_text.h -- TABARI's record files, read a line at a time.
 *
 * A TABARI text file is a run of records (docs/tabari.md):
 *
 *   990101 R000S0000                      header: YYMMDD (or YYYYMMDD), the id
 *   In September, a car bomb in Kiev      text: any number of lines of any
 *   killed another ethnic Chechen ...     length, UTF-8, '&' and all
 *   [a comment: slash-star ... star-slash, not part of the text]
 *                                         a blank line ends the record
 *
 * Lines before a header that start with '#' are comments (TABARI's own
 * validation file opens with a block of them). The reader keeps no line:
 * each record is assembled in the reader's buffers, which the next call
 * reuses, so a record's strings stay valid until then. Used by `tacitus
 * code` (main.c) and the TABARI comparison suite (eval_tabari_corpus.c). */
#ifndef TAC_TABARI_TEXT_H
#define TAC_TABARI_TEXT_H

#include <stddef.h>

/* One record: text lines joined by single spaces with the comments taken
 * out; comment holds the comments' text (lines joined by '\n') for tools
 * that read the expectations TABARI's validation records keep there. */
typedef struct tabari_rec {
    char date[11]; /* YYYY-MM-DD; two-digit years 00-29 are 2000-2029, 30-99 1930-1999 */
    const char *id;
    size_t id_len;
    const char *text;
    size_t text_len;
    const char *comment;
    size_t comment_len;
    size_t line; /* line of the header */
} tabari_rec;

/* What a line (or the end of input) gave. */
enum { TABARI_MORE = 0, TABARI_RECORD, TABARI_BAD, TABARI_NOMEM };

typedef struct tabari_reader {
    int state;      /* between records, in a record, skipping a bad one */
    int in_comment; /* inside a slash-star comment */
    int over;       /* the record's text went over max bytes */
    int four_digit_years; /* set by the caller: TABARI's "SET: YYYY = TRUE",
                           * headers start with YYYYMMDD (else YYMMDD, or
                           * YYYYMMDD when exactly eight digits and a space) */
    size_t max;     /* largest record text accepted */
    size_t line;    /* header line of the current record */
    char date[11];
    char *id, *text, *com;
    size_t id_len, text_len, com_len;
    size_t id_cap, text_cap, com_cap;
} tabari_reader;

/* max: records whose text is longer are refused (TABARI_BAD). */
void tabari_reader_init(tabari_reader *r, size_t max);
void tabari_reader_fini(tabari_reader *r);

/* Feeds line number lineno (s[0..n), without its '\n'; a '\r' before it is
 * dropped). Returns TABARI_MORE; TABARI_RECORD with *out when a blank line
 * ends a record (its text may be empty: a header and a blank line, which
 * TABARI reads as a record without events); TABARI_BAD with a reason in
 * err and its line in *err_line (a malformed header, text outside a
 * record, an over-long record: the record is skipped up to the next blank
 * line); or TABARI_NOMEM. */
int tabari_reader_line(tabari_reader *r, const char *s, size_t n, size_t lineno,
                       tabari_rec *out, char *err, size_t errlen, size_t *err_line);

/* A line of lineno too long to hold: its record is refused. Returns
 * TABARI_MORE, or TABARI_BAD for a line outside a record. */
int tabari_reader_overlong(tabari_reader *r, size_t lineno, char *err, size_t errlen,
                           size_t *err_line);

/* The end of the input: the last record if no blank line closed it. */
int tabari_reader_end(tabari_reader *r, tabari_rec *out, char *err, size_t errlen,
                      size_t *err_line);

/* Parses a header line (yyyy: four-digit years are set); 1 and date
 * (YYYY-MM-DD) and the id's span, or 0 with a reason in err. */
int tabari_header(const char *s, size_t n, int yyyy, char date[11], size_t *id_at,
                  size_t *id_len, char *err, size_t errlen);

#endif
