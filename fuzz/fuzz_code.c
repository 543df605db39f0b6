/* fuzz_code.c -- fuzz target: the whole coder on one plain-text document.
 *
 * data/dict is loaded once (LLVMFuzzerInitialize). The input is repaired
 * (tac_utf8_repair, as the CLI does) and coded with a fixed date twice:
 * the whole text as the body, then, if it has several lines, the first
 * line as the headline and the rest as the body. The first line also goes
 * through tac_coder_actor (the `tacitus actor` path). Every event is read
 * through and written as JSON and TSV, plain and with TAC_EMIT_EXPLAIN;
 * the oracles, abort() when broken:
 *   - event spans lie inside the coded field;
 *   - each JSON line is one object that tac_json_object accepts;
 *   - each TSV row has as many columns as the header;
 *   - coding the whole text again after the headline run gives the same
 *     events (no state leaks from one document to the next). */
#include <string.h>

#include "fuzz.h"
#include "json.h"
#include "tacitus.h"

static tac_dict *dict;
static tac_coder *coder;

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    if (tac_dict_load(fuzz_dict_dir(), NULL, NULL, &dict) != TAC_OK ||
        tac_coder_new(dict, NULL, &coder) != TAC_OK) {
        fprintf(stderr, "fuzz_code: cannot load the dictionary %s\n", fuzz_dict_dir());
        abort();
    }
    return 0;
}

static size_t count_tabs(const char *s, size_t n)
{
    size_t k = 0;
    for (size_t i = 0; i < n; i++)
        k += s[i] == '\t';
    return k;
}

static void check_actor(const tac_actor *a, const char *field, size_t flen)
{
    FUZZ_CHECK(a->code != NULL);
    fuzz_touch(a->code, strlen(a->code));
    if (a->country)
        fuzz_touch(a->country, strlen(a->country));
    FUZZ_CHECK(a->n_agents >= 0 && a->n_agents <= TAC_MAX_AGENTS);
    for (int i = 0; i < a->n_agents; i++)
        fuzz_touch(a->agents[i], strlen(a->agents[i]));
    FUZZ_CHECK(a->text != NULL);
    /* the span is in the coded field, also for a resolved pronoun */
    FUZZ_CHECK(a->offset + a->text_len <= flen && a->text == field + a->offset);
    fuzz_touch(a->text, a->text_len);
}

static void check_json(const char *line, size_t len)
{
    FUZZ_CHECK(len > 0 && line[len - 1] == '\n');
    FUZZ_CHECK(memchr(line, '\n', len - 1) == NULL);
    char *out = malloc(len);
    char err[128];
    FUZZ_CHECK(out != NULL);
    if (tac_json_object(line, len - 1, out, NULL, NULL, err, sizeof err) < 0) {
        fprintf(stderr, "fuzz_code: emitted JSON does not parse: %s\n%.*s", err, (int)len, line);
        abort();
    }
    free(out);
}

/* Codes doc and checks its events; all JSON lines (with TAC_EMIT_EXPLAIN)
 * are appended to all. */
static void code(const tac_doc *doc, tac_buf *all)
{
    size_t n = 0;
    tac_status st = tac_coder_code(coder, doc, &n);
    FUZZ_CHECK(st == TAC_OK || st == TAC_ENOMEM || st == TAC_ELIMIT);
    if (st != TAC_OK)
        return;
    tac_buf hdr = {NULL, 0, 0, 0}, buf = {NULL, 0, 0, 0};
    for (int explain = 0; explain <= 1; explain++) {
        int flags = explain ? TAC_EMIT_EXPLAIN : 0;
        hdr.len = 0;
        FUZZ_CHECK(tac_event_write_tsv_header(&hdr, flags) == TAC_OK);
        size_t cols = count_tabs(hdr.data, hdr.len);
        for (size_t i = 0; i < n; i++) {
            const tac_event *e = tac_coder_event(coder, i);
            FUZZ_CHECK(e != NULL);
            const char *field = e->headline ? doc->title : doc->text;
            size_t flen = e->headline ? doc->title_len : doc->text_len;
            FUZZ_CHECK(field != NULL);
            FUZZ_CHECK(e->sentence_offset + e->sentence_len <= flen);
            FUZZ_CHECK(e->text_offset + e->text_len <= flen);
            fuzz_touch(e->sentence_text, e->sentence_len);
            fuzz_touch(e->text, e->text_len);
            FUZZ_CHECK(e->code && e->name && e->pattern && e->pattern_file);
            check_actor(&e->source, field, flen);
            if (e->has_target)
                check_actor(&e->target, field, flen);
            buf.len = 0;
            FUZZ_CHECK(tac_event_write(&buf, e, TAC_FORMAT_JSON, flags) == TAC_OK);
            check_json(buf.data, buf.len);
            if (explain)
                FUZZ_CHECK(tac_event_write(all, e, TAC_FORMAT_JSON, flags) == TAC_OK);
            buf.len = 0;
            FUZZ_CHECK(tac_event_write(&buf, e, TAC_FORMAT_TSV, flags) == TAC_OK);
            FUZZ_CHECK(buf.len > 0 && buf.data[buf.len - 1] == '\n');
            FUZZ_CHECK(memchr(buf.data, '\n', buf.len - 1) == NULL);
            FUZZ_CHECK(count_tabs(buf.data, buf.len) == cols);
        }
    }
    tac_buf_free(&hdr);
    tac_buf_free(&buf);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    tac_docbuf *db = tac_docbuf_new();
    if (!db)
        return 0;
    const char *text;
    size_t len;
    if (tac_utf8_repair(db, (const char *)data, size, &text, &len) != TAC_OK) {
        tac_docbuf_free(db);
        return 0;
    }
    tac_doc doc = fuzz_doc("fuzz", "2023-03-27", text, len);
    tac_buf once = {NULL, 0, 0, 0}, again = {NULL, 0, 0, 0}, split = {NULL, 0, 0, 0};
    code(&doc, &once);
    const char *nl = memchr(text, '\n', len);
    size_t first = nl ? (size_t)(nl - text) : len;
    if (nl) {
        tac_doc two = doc;
        two.title = text;
        two.title_len = first;
        two.text = nl + 1;
        two.text_len = len - first - 1;
        code(&two, &split);
        code(&doc, &again);
        FUZZ_CHECK(once.len == again.len &&
                   (once.len == 0 || memcmp(once.data, again.data, once.len) == 0));
    }
    tac_buf_free(&once);
    tac_buf_free(&again);
    tac_buf_free(&split);
    tac_actor a;
    if (tac_coder_actor(coder, text, first < 512 ? first : 512, "2023-03-27", &a)) {
        FUZZ_CHECK(a.code != NULL);
        fuzz_touch(a.code, strlen(a.code));
        fuzz_touch(a.text, a.text_len);
    }
    tac_docbuf_free(db);
    return 0;
}
