/* fuzz_dated.c -- fuzz target: dated-text files (tac_parse_dated).
 *
 * The real path for a file: tac_utf8_repair over the whole input, then
 * tac_parse_dated. Every slice of the parsed document must lie inside the
 * repaired text (they are views, not copies) and is read through. */
#include <string.h>

#include "fuzz.h"
#include "tacitus.h"
#include "utf8.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    tac_docbuf *db = tac_docbuf_new();
    if (!db)
        return 0;
    /* an exact-size copy: a read past the end is an ASan report even
     * when the caller's buffer is larger */
    char *buf = malloc(size ? size : 1);
    if (!buf) {
        tac_docbuf_free(db);
        return 0;
    }
    memcpy(buf, data, size);
    const char *txt;
    size_t tl;
    tac_status st = tac_utf8_repair(db, buf, size, &txt, &tl);
    FUZZ_CHECK(st == TAC_OK || st == TAC_EINPUT || st == TAC_ENOMEM);
    if (st == TAC_OK) {
        fuzz_touch(txt, tl);
        FUZZ_CHECK(tac_utf8_valid(txt, tl));
        tac_doc doc;
        char err[256];
        st = tac_parse_dated(db, txt, tl, "fuzz", &doc, err, sizeof err);
        FUZZ_CHECK(st == TAC_OK || st == TAC_EINPUT);
        if (st == TAC_OK) {
            FUZZ_CHECK(doc.id_len == 4 && memcmp(doc.id, "fuzz", 4) == 0);
            FUZZ_CHECK(doc.date && fuzz_inside(doc.date, doc.date_len, txt, tl));
            FUZZ_CHECK(doc.text && fuzz_inside(doc.text, doc.text_len, txt, tl));
            FUZZ_CHECK(!doc.title || fuzz_inside(doc.title, doc.title_len, txt, tl));
            fuzz_touch(doc.date, doc.date_len);
            fuzz_touch(doc.text, doc.text_len);
            if (doc.title)
                fuzz_touch(doc.title, doc.title_len);
        }
    }
    free(buf);
    tac_docbuf_free(db);
    return 0;
}
