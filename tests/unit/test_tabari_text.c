/* test_tabari_text.c -- TABARI record files (cli/tabari_text.c) and the
 * library's side of them: detection (tac_input_detect) and the event-file
 * writer (TAC_FORMAT_TABARI). */
#include <stdlib.h>
#include <string.h>

#include "tabari_text.h"
#include "tacitus.h"
#include "test.h"

/* Feeds a whole text line by line; returns the number of records and
 * keeps the last record's fields and the last bad record's message. */
static char last_id[256], last_text[4096], last_com[4096], last_date[11], last_err[300];
static size_t last_err_line, last_line;
static int n_bad;

static int records(const char *s, int yyyy, size_t max)
{
    tabari_reader r;
    tabari_reader_init(&r, max);
    r.four_digit_years = yyyy;
    int n = 0;
    size_t lineno = 0;
    n_bad = 0;
    last_id[0] = last_text[0] = last_com[0] = last_date[0] = last_err[0] = '\0';
    for (int done = 0; !done;) {
        tabari_rec rec;
        char err[300];
        size_t err_line = 0;
        int rc;
        if (!*s) {
            rc = tabari_reader_end(&r, &rec, err, sizeof err, &err_line);
            done = 1;
        } else {
            const char *e = strchr(s, '\n');
            size_t len = e ? (size_t)(e - s) : strlen(s);
            rc = tabari_reader_line(&r, s, len, ++lineno, &rec, err, sizeof err, &err_line);
            s += e ? len + 1 : len;
        }
        if (rc == TABARI_RECORD) {
            n++;
            snprintf(last_id, sizeof last_id, "%.*s", (int)rec.id_len, rec.id);
            snprintf(last_text, sizeof last_text, "%.*s", (int)rec.text_len, rec.text);
            snprintf(last_com, sizeof last_com, "%.*s", (int)rec.comment_len, rec.comment);
            memcpy(last_date, rec.date, sizeof last_date);
            last_line = rec.line;
        } else if (rc == TABARI_BAD) {
            n_bad++;
            snprintf(last_err, sizeof last_err, "%s", err);
            last_err_line = err_line;
        }
    }
    tabari_reader_fini(&r);
    return n;
}

static void test_records(void)
{
    CHECK_INT(records("990101 R1\nfirst line\nsecond line\n\n", 0, 1000), 1);
    CHECK_STR(last_id, "R1");
    CHECK_STR(last_text, "first line second line");
    CHECK_STR(last_date, "1999-01-01");
    CHECK_INT(last_line, 1);
    /* pivot: 00-29 -> 20xx, 30-99 -> 19xx */
    CHECK_INT(records("290101 A\nx\n", 0, 1000), 1);
    CHECK_STR(last_date, "2029-01-01");
    CHECK_INT(records("300101 A\nx\n", 0, 1000), 1);
    CHECK_STR(last_date, "1930-01-01");
    CHECK_INT(records("000229 A\nx\n", 0, 1000), 1); /* 2000 is a leap year */
    CHECK_STR(last_date, "2000-02-29");
    CHECK_INT(records("990229 A\nx\n", 0, 1000), 0);
    CHECK_INT(n_bad, 1);
    /* eight digits and a space: a four-digit year */
    CHECK_INT(records("20240229 A\nx\n", 0, 1000), 1);
    CHECK_STR(last_date, "2024-02-29");
    CHECK_STR(last_id, "A");
    /* seven digits: TABARI's reading, six digits of date and the rest id */
    CHECK_INT(records("9501201  ACTORSYN-01\nx\n", 0, 1000), 1);
    CHECK_STR(last_date, "1995-01-20");
    CHECK_STR(last_id, "1  ACTORSYN-01");
    /* four-digit years set: the first eight characters, whatever follows */
    CHECK_INT(records("186010029 YYYY-03\nx\n", 1, 1000), 1);
    CHECK_STR(last_date, "1860-10-02");
    CHECK_STR(last_id, "9 YYYY-03");
    CHECK_INT(records("950101 A\nx\n", 1, 1000), 0);
    CHECK(strstr(last_err, "YYYYMMDD") != NULL);
    /* ids: separators, spaces inside, trailing blanks and \r dropped */
    CHECK_INT(records("950101*INTRO\nx\n", 0, 1000), 1);
    CHECK_STR(last_id, "*INTRO");
    CHECK_INT(records("950101 \t an id  \r\nx\r\n\r\n", 0, 1000), 1);
    CHECK_STR(last_id, "an id");
    CHECK_STR(last_text, "x");
}

static void test_comments(void)
{
    /* a comment over several lines, text after it on its last line */
    CHECK_INT(records("990101 C\nsome text /* one\ntwo */ more\n\n", 0, 1000), 1);
    CHECK_STR(last_text, "some text  more");
    CHECK_STR(last_com, " one\ntwo ");
    /* two comments are kept apart; a comment alone on its lines */
    CHECK_INT(records("990101 C\ntext\n/* a */\n/* b\n*/\n", 0, 1000), 1);
    CHECK_STR(last_text, "text");
    CHECK_STR(last_com, " a \n b\n");
    /* an unclosed comment ends with its record */
    CHECK_INT(records("990101 C\ntext /* open\n\n990102 D\nnext\n", 0, 1000), 2);
    CHECK_STR(last_text, "next");
    CHECK_STR(last_com, "");
    /* '/' and '*' on their own are text */
    CHECK_INT(records("990101 C\na / b * c */ d\n", 0, 1000), 1);
    CHECK_STR(last_text, "a / b * c */ d");
    /* only a comment: a record with empty text */
    CHECK_INT(records("990101 C\n/* x */\n", 0, 1000), 1);
    CHECK_STR(last_text, "");
}

static void test_bad(void)
{
    /* text outside a record, then a good record */
    CHECK_INT(records("# comment\nstray\nmore\n\n990101 G\nx\n", 0, 1000), 1);
    CHECK_INT(n_bad, 1);
    CHECK_INT(last_err_line, 2);
    CHECK(strstr(last_err, "text outside a record") != NULL);
    /* short header, no id, bad month */
    CHECK_INT(records("9901 A\nx\n\n990101\nx\n\n991301 B\nx\n", 0, 1000), 0);
    CHECK_INT(n_bad, 3);
    CHECK_INT(last_err_line, 7);
    CHECK(strstr(last_err, "991301") != NULL);
    /* an empty record is a record, not an error */
    CHECK_INT(records("990101 E\n\n\n990102 F\nx\n", 0, 1000), 2);
    CHECK_INT(n_bad, 0);
    /* over max bytes: refused, with the header's line */
    CHECK_INT(records("990101 L\n0123456789\n0123456789\n\n990101 S\nok\n", 0, 15), 1);
    CHECK_INT(n_bad, 1);
    CHECK_INT(last_err_line, 1);
    CHECK(strstr(last_err, "over 15 bytes") != NULL);
    CHECK_STR(last_id, "S");
    /* binary in a message is shown as '?' */
    CHECK_INT(records("\xff\x01zz\n", 0, 1000), 0);
    CHECK(strstr(last_err, "'??zz'") != NULL);
}

static void test_detect(void)
{
    const char *tabari[] = {"990101 R1\ntext\n", "\n\n  \n990101 R1\n", "# a\n#b\n\n990101 X\n",
                            "950101*INTRO\n", "19990101 X\n", "990101\tX"};
    for (size_t i = 0; i < sizeof tabari / sizeof *tabari; i++)
        CHECK_INT(tac_input_detect(tabari[i], strlen(tabari[i])), TAC_INPUT_TABARI);
    const char *plain[] = {"1999 was a year\n", "99010 X\n", "990101\n", "990101   \r\n",
                           "# only a comment\n", "", "Police arrested 990101 people\n",
                           "9901011 X\n", "  990101 X\n", "\n\t990101 X\n"};
    for (size_t i = 0; i < sizeof plain / sizeof *plain; i++)
        CHECK_INT(tac_input_detect(plain[i], strlen(plain[i])), TAC_INPUT_PLAIN);
    CHECK_INT(tac_input_detect("{\"id\":1}", 8), TAC_INPUT_JSONL);
    CHECK_INT(tac_input_detect(" date 2023-01-02 x", 18), TAC_INPUT_DATED);
    CHECK_INT(tac_input_detect("\xef\xbb\xbf" "990101 X\n", 13), TAC_INPUT_TABARI);
}

static void test_write(void)
{
    tac_event ev;
    memset(&ev, 0, sizeof ev);
    ev.doc_id = "R000S0001";
    ev.doc_id_len = 9;
    memcpy(ev.date, "1999-01-01", 11);
    ev.source.code = "CHE";
    ev.target.code = "HRVGOV";
    ev.has_target = 1;
    ev.code = "120";
    ev.name = "Reject";
    tac_buf b = {0};
    CHECK_INT(tac_event_write(&b, &ev, TAC_FORMAT_TABARI, 0), TAC_OK);
    CHECK_STR(b.data, "990101\tCHE\tHRVGOV\t120\tReject\tR000S0001\n");
    /* no target: TABARI's null code; a tab in an id becomes a space */
    b.len = 0;
    ev.has_target = 0;
    ev.doc_id = "a\tb";
    ev.doc_id_len = 3;
    memcpy(ev.date, "2029-12-31", 11);
    CHECK_INT(tac_event_write(&b, &ev, TAC_FORMAT_TABARI, TAC_EMIT_EXPLAIN), TAC_OK);
    CHECK_STR(b.data, "291231\tCHE\t---\t120\tReject\ta b\n");
    tac_buf_free(&b);
}

int main(void)
{
    test_records();
    test_comments();
    test_bad();
    test_detect();
    test_write();
    return test_report("tabari_text");
}
