/* fuzz.h -- what every fuzz target and the replay driver share.
 *
 * A target defines LLVMFuzzerTestOneInput (and LLVMFuzzerInitialize when
 * it loads a dictionary once). It is built two ways: with clang's libFuzzer
 * (make fuzz) and with fuzz/replay.c as main() (make fuzz-replay, run under
 * ASan+UBSan by make test), so it must compile cleanly with gcc and clang.
 *
 * A finding is a sanitizer report, a crash, or a broken invariant, which a
 * target turns into abort() through FUZZ_CHECK. */
#ifndef TAC_FUZZ_H
#define TAC_FUZZ_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "json.h"
#include "tacitus.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerInitialize(int *argc, char ***argv);

/* Aborts with the broken condition when cond is false. */
#define FUZZ_CHECK(cond)                                                     \
    do {                                                                     \
        if (!(cond)) {                                                       \
            fprintf(stderr, "%s:%d: invariant broken: %s\n", __FILE__,       \
                    __LINE__, #cond);                                        \
            abort();                                                         \
        }                                                                    \
    } while (0)

/* Reads every byte of s[0..n) so that ASan sees a slice that is out of
 * bounds or freed; the sum goes to a volatile sink. */
static volatile unsigned fuzz_sink;

static inline void fuzz_touch(const char *s, size_t n)
{
    unsigned h = fuzz_sink;
    for (size_t i = 0; i < n; i++)
        h = h * 31u + (unsigned char)s[i];
    fuzz_sink = h;
}

/* 1 if s[0..n) lies inside base[0..len). */
static inline int fuzz_inside(const char *s, size_t n, const char *base,
                              size_t len)
{
    uintptr_t a = (uintptr_t)s, b = (uintptr_t)base;
    return a >= b && a - b <= len && n <= len - (a - b);
}

/* A document with id, date ("YYYY-MM-DD") and text, no headline; the
 * strings are borrowed. */
static inline tac_doc fuzz_doc(const char *id, const char *date, const char *text, size_t len)
{
    tac_doc doc;
    memset(&doc, 0, sizeof doc);
    doc.id = id;
    doc.id_len = strlen(id);
    doc.date = date;
    doc.date_len = strlen(date);
    doc.text = text;
    doc.text_len = len;
    return doc;
}

/* The dictionary directory for targets that load one: $TACITUS_FUZZ_DICT,
 * else data/dict (make runs the fuzzers from the top of the tree). */
static inline const char *fuzz_dict_dir(void)
{
    const char *d = getenv("TACITUS_FUZZ_DICT");
    return d && *d ? d : "data/dict";
}

/* Codes doc with dictionary d and checks every event: written as JSON it
 * is one line that tac_json_object accepts (abort() if not; target names
 * the fuzz target in the message). A coder that cannot be made, or a
 * document the coder refuses, is no finding. */
static inline void fuzz_code_json(const tac_dict *d, const tac_doc *doc, const char *target)
{
    tac_coder *c;
    if (tac_coder_new(d, NULL, &c) != TAC_OK)
        return;
    size_t n = 0;
    if (tac_coder_code(c, doc, &n) == TAC_OK) {
        tac_buf buf = {NULL, 0, 0, 0};
        for (size_t i = 0; i < n; i++) {
            buf.len = 0;
            FUZZ_CHECK(tac_event_write(&buf, tac_coder_event(c, i), TAC_FORMAT_JSON,
                                       TAC_EMIT_EXPLAIN) == TAC_OK);
            FUZZ_CHECK(buf.len > 0 && buf.data[buf.len - 1] == '\n');
            char *out = malloc(buf.len);
            char err[128];
            FUZZ_CHECK(out != NULL);
            if (tac_json_object(buf.data, buf.len - 1, out, NULL, NULL, err, sizeof err) < 0) {
                fprintf(stderr, "%s: emitted JSON does not parse: %s\n%s", target, err,
                        buf.data);
                abort();
            }
            free(out);
        }
        tac_buf_free(&buf);
    }
    tac_coder_free(c);
}

#endif
