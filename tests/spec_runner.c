/* spec_runner.c -- runs the spec files of tests/spec through the library.
 *
 * A spec file holds examples:
 *
 *   === title of the example
 *   One or more lines of prose: the rule this example pins.
 *   --- input dated            (or: jsonl, or: plain YYYY-MM-DD)
 *    date 2023-03-27 The article text ...
 *   --- events
 *   2023-03-25 RUSMIL 046 AZE
 *   2023-03-27 COP 175 CVL
 *
 * Each expected line is "DATE SOURCE CODE TARGET" ("-" for no target), in
 * the order the coder emits events (headline first, then sentences). An
 * example with no event lines expects no events. The same files run
 * through the CLI in tests/cli.sh.
 *
 * Usage: spec_runner DICT_DIR FILE.spec ...   prints "spec: N passed, M failed" */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tacitus.h"

static char *slurp(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    size_t cap = 1 << 16, n = 0;
    char *buf = malloc(cap);
    while (buf) {
        size_t r = fread(buf + n, 1, cap - n - 1, f);
        n += r;
        if (r == 0)
            break;
        if (n + 1 == cap) {
            char *nb = realloc(buf, cap * 2);
            if (!nb) {
                free(buf);
                buf = NULL;
                break;
            }
            buf = nb;
            cap *= 2;
        }
    }
    fclose(f);
    if (buf) {
        buf[n] = '\0';
        *len = n;
    }
    return buf;
}

static void diag(void *user, const char *file, size_t line, const char *reason)
{
    (void)user;
    fprintf(stderr, "dict: %s:%zu: %s\n", file ? file : "?", line, reason);
}

/* 1 if actor a's text is non-NULL and starts at its offset in field. */
static int actor_in_field(const tac_actor *a, const char *field)
{
    return a->text && field && a->text == field + a->offset;
}

/* Appends the events of doc as "DATE SOURCE CODE TARGET" lines to out ("-":
 * no source, no target). */
static int code_doc(tac_coder *c, const tac_doc *doc, char *out, size_t cap)
{
    size_t n;
    size_t o = strlen(out);
    if (tac_coder_code(c, doc, &n) != TAC_OK) {
        snprintf(out + o, cap - o, "ERROR %s\n", tac_coder_errmsg(c));
        return 0;
    }
    for (size_t i = 0; i < n; i++) {
        const tac_event *e = tac_coder_event(c, i);
        o = strlen(out);
        snprintf(out + o, cap - o, "%s %s %s %s\n", e->date,
                 e->source.code && *e->source.code ? e->source.code : "-", e->code,
                 e->has_target ? e->target.code : "-");
        /* every actor's text is a span of its field, also the empty
         * source of an act with an unnamed agent */
        const char *field = e->headline ? doc->title : doc->text;
        if (!actor_in_field(&e->source, field) ||
            (e->has_target && !actor_in_field(&e->target, field))) {
            o = strlen(out);
            snprintf(out + o, cap - o, "BAD actor text outside its field\n");
        }
    }
    return 0;
}

static int run_example(tac_coder *c, const char *file, int line, const char *title,
                       const char *kind, const char *input, size_t ilen,
                       const char *expect)
{
    static char got[1 << 16];
    got[0] = '\0';
    tac_docbuf *db = tac_docbuf_new();
    char err[256];
    tac_doc doc;
    if (strncmp(kind, "jsonl", 5) == 0) {
        const char *p = input, *end = input + ilen;
        while (p < end) {
            const char *nl = memchr(p, '\n', (size_t)(end - p));
            size_t ll = nl ? (size_t)(nl - p) : (size_t)(end - p);
            if (ll) {
                if (tac_parse_jsonl(db, p, ll, &doc, err, sizeof err) == TAC_OK)
                    code_doc(c, &doc, got, sizeof got);
                else {
                    size_t o = strlen(got);
                    snprintf(got + o, sizeof got - o, "ERROR %s\n", err);
                }
            }
            p += ll + 1;
        }
    } else if (strncmp(kind, "dated", 5) == 0) {
        if (tac_parse_dated(db, input, ilen, "spec", &doc, err, sizeof err) == TAC_OK)
            code_doc(c, &doc, got, sizeof got);
        else
            snprintf(got, sizeof got, "ERROR %s\n", err);
    } else if (strncmp(kind, "plain ", 6) == 0) {
        memset(&doc, 0, sizeof doc);
        doc.id = "spec";
        doc.id_len = 4;
        doc.date = kind + 6;
        doc.date_len = strlen(kind + 6);
        doc.text = input;
        doc.text_len = ilen;
        code_doc(c, &doc, got, sizeof got);
    } else {
        fprintf(stderr, "%s:%d: unknown input kind '%s'\n", file, line, kind);
        tac_docbuf_free(db);
        return 1;
    }
    tac_docbuf_free(db);
    if (strcmp(got, expect) != 0) {
        fprintf(stderr, "%s:%d: FAIL %s\n  expected:\n%s  got:\n%s", file, line, title,
                *expect ? expect : "    (no events)\n", *got ? got : "    (no events)\n");
        return 1;
    }
    return 0;
}

int main(int argc, char **argv)
{
    if (argc < 3) {
        fprintf(stderr, "usage: spec_runner DICT_DIR FILE.spec ...\n");
        return 2;
    }
    tac_dict *d;
    if (tac_dict_load(argv[1], diag, NULL, &d) != TAC_OK)
        return 2;
    tac_coder *c;
    if (tac_coder_new(d, NULL, &c) != TAC_OK)
        return 2;
    int passed = 0, failed = 0;
    for (int a = 2; a < argc; a++) {
        size_t len;
        char *buf = slurp(argv[a], &len);
        if (!buf) {
            fprintf(stderr, "%s: cannot read\n", argv[a]);
            failed++;
            continue;
        }
        /* walk the file line by line with a small state machine */
        enum { NONE, PROSE, INPUT, EVENTS } state = NONE;
        char title[256] = "", kind[64] = "";
        static char input[1 << 16], expect[1 << 16];
        size_t ilen = 0;
        int tline = 0, lineno = 0, prose = 0;
        expect[0] = '\0';
        char *p = buf;
        for (;;) {
            char *nl = strchr(p, '\n');
            int last = nl == NULL;
            if (nl)
                *nl = '\0';
            lineno++;
            int header = !last && strncmp(p, "===", 3) == 0;
            if ((header || last) && state != NONE) {
                if (last && state == INPUT) {
                    /* file ends inside an input block: no events expected */
                }
                if (!prose) {
                    fprintf(stderr, "%s:%d: example '%s' has no prose line\n", argv[a], tline, title);
                    failed++;
                } else if (ilen && input[ilen - 1] == '\n') {
                    ilen--;
                }
                if (prose) {
                    if (run_example(c, argv[a], tline, title, kind, input, ilen, expect))
                        failed++;
                    else
                        passed++;
                }
                state = NONE;
            }
            if (last)
                break;
            if (header) {
                snprintf(title, sizeof title, "%s", p + 3 + (p[3] == ' '));
                tline = lineno;
                state = PROSE;
                prose = 0;
                ilen = 0;
                expect[0] = '\0';
                kind[0] = '\0';
            } else if (strncmp(p, "--- input ", 10) == 0 && state != NONE) {
                snprintf(kind, sizeof kind, "%s", p + 10);
                state = INPUT;
            } else if (strcmp(p, "--- events") == 0 && state != NONE) {
                state = EVENTS;
            } else if (state == PROSE) {
                if (*p && *p != '#')
                    prose = 1;
            } else if (state == INPUT) {
                size_t l = strlen(p);
                if (ilen + l + 2 < sizeof input) {
                    memcpy(input + ilen, p, l);
                    ilen += l;
                    input[ilen++] = '\n';
                }
            } else if (state == EVENTS) {
                if (*p && *p != '#') {
                    size_t o = strlen(expect);
                    snprintf(expect + o, sizeof expect - o, "%s\n", p);
                }
            }
            p = nl + 1;
        }
        free(buf);
    }
    tac_coder_free(c);
    tac_dict_free(d);
    printf("spec: %d passed, %d failed\n", passed, failed);
    return failed ? 1 : 0;
}
