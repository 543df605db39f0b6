/* fuzz_jsonl.c -- fuzz target: JSON Lines records (tac_parse_jsonl).
 *
 * The input is parsed twice: as it is, as one record (the parser must
 * refuse or accept any bytes), and split on '\n' the way the CLI reads a
 * .jsonl file: each line repaired with tac_utf8_repair, then parsed. Each
 * line is copied to a heap block of its exact size so that ASan sees a
 * read past its end. On success every string of the tac_doc is read
 * through (fuzz_touch) and the required fields must be there. */
#include <string.h>

#include "fuzz.h"
#include "tacitus.h"

static void check_doc(const tac_doc *d)
{
    FUZZ_CHECK(d->id && d->id_len > 0);
    FUZZ_CHECK(d->date != NULL);
    FUZZ_CHECK(d->text || d->title);
    fuzz_touch(d->id, d->id_len);
    fuzz_touch(d->date, d->date_len);
    if (d->title)
        fuzz_touch(d->title, d->title_len);
    if (d->text)
        fuzz_touch(d->text, d->text_len);
    if (d->source)
        fuzz_touch(d->source, d->source_len);
    if (d->url)
        fuzz_touch(d->url, d->url_len);
}

static void parse_one(tac_docbuf *db, const char *s, size_t len)
{
    tac_doc doc;
    char err[256];
    err[0] = '\0';
    tac_status st = tac_parse_jsonl(db, s, len, &doc, err, sizeof err);
    FUZZ_CHECK(st == TAC_OK || st == TAC_EINPUT || st == TAC_ENOMEM);
    if (st == TAC_OK)
        check_doc(&doc);
    else
        FUZZ_CHECK(memchr(err, '\0', sizeof err) != NULL);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    tac_docbuf *db = tac_docbuf_new();
    if (!db)
        return 0;
    parse_one(db, (const char *)data, size);
    size_t st = 0;
    while (st < size) {
        const uint8_t *nl = memchr(data + st, '\n', size - st);
        size_t ll = nl ? (size_t)(nl - (data + st)) : size - st;
        char *line = malloc(ll ? ll : 1);
        if (!line)
            break;
        memcpy(line, data + st, ll);
        const char *txt;
        size_t tl;
        if (tac_utf8_repair(db, line, ll, &txt, &tl) == TAC_OK)
            parse_one(db, txt, tl);
        free(line);
        st += ll + 1;
    }
    tac_docbuf_free(db);
    return 0;
}
