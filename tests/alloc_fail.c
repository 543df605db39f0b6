/* alloc_fail.c -- allocation-failure injection over the whole pipeline.
 *
 * Built with -DTAC_FAULT_INJECTION (src/alloc.c: tac_fault_inject(n) makes
 * the nth allocation from now fail) and ASan+LSan. For N = 1, 2, ... the
 * Nth allocation of a run fails; every run must end in TAC_ENOMEM or in
 * success with the events of a clean run, without a crash, and with
 * everything freed (LeakSanitizer checks at exit). Two phases:
 *
 *   loader  tac_dict_load of the dictionary set: the full set makes about
 *           a hundred thousand allocations, so N steps by a stride through
 *           it (and takes every N of the first and last allocations);
 *   coding  with the set loaded once: tac_coder_new, three documents (a
 *           JSON Lines record with an invalid byte, so the UTF-8 repair
 *           runs, a dated text, and a 300 KB text so that the arena and
 *           the token, sentence and event arrays grow), every event
 *           written as JSON and TSV with --explain fields; every N until a
 *           run makes fewer than N allocations. After a failed document
 *           the next one is still coded with the same coder: a failure
 *           must leave it usable.
 *
 * A path ending in ".project" is a TABARI set (tac_dict_load_tabari).
 *
 * Usage: alloc_fail [DICT_DIR|X.project [STRIDE]]   (defaults data/dict, 97) */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tacitus.h"

static const char jsonl[] =
    "{\"id\":\"a1\",\"date\":\"2022-02-24\",\"title\":\"Russia launches attack on "
    "Ukraine\",\"text\":\"Russian forces attacked Ukraine on Thursday. The United Nations "
    "Security Council held an emergency meeting. France, Germany and Britain condemned "
    "Russia and imposed sanctions on Moscow. Joe Biden and Vladimir Putin held talks in "
    "Geneva \xff on Wednesday. Biden said the meeting was constructive.\"}";

static const char dated[] =
    " date 2023-03-27 The Russian peacekeepers held negotiations with the Azerbaijani "
    "side on Saturday, the Russian defence ministry said in a statement.\n\n"
    "Armenia accused Azerbaijan of violating the ceasefire two days ago. Azerbaijani "
    "forces shelled Armenian positions near the border. Armenian Prime Minister Nikol "
    "Pashinyan said he was ready to negotiate. He met the Iranian foreign minister in "
    "Yerevan last week.\n\nArmenia accuses Azerbaijan of shelling\n";

static char *big; /* the long text, built once (not counted: plain malloc) */
static size_t big_len;

/* Outputs of one coding run: the TSV header, then each document's events. */
enum { N_OUT = 4 };
typedef struct run_out {
    tac_buf buf[N_OUT];
    tac_status st[N_OUT];
} run_out;

static void run_out_free(run_out *r)
{
    for (int k = 0; k < N_OUT; k++)
        tac_buf_free(&r->buf[k]);
}

/* Codes one parsed document and writes its events to out. */
static tac_status code_one(tac_coder *c, const tac_doc *doc, tac_buf *out)
{
    size_t n;
    tac_status st = tac_coder_code(c, doc, &n);
    if (st != TAC_OK)
        return st;
    for (size_t i = 0; i < n; i++) {
        const tac_event *ev = tac_coder_event(c, i);
        if (tac_event_write(out, ev, TAC_FORMAT_JSON, TAC_EMIT_EXPLAIN) != TAC_OK ||
            tac_event_write(out, ev, TAC_FORMAT_TSV, TAC_EMIT_EXPLAIN) != TAC_OK)
            return TAC_ENOMEM;
    }
    return out->failed ? TAC_ENOMEM : TAC_OK;
}

/* The coding phase: everything but the dictionary. Every document is
 * coded even after one failed; r->st[k] says how each went. */
static void code_docs(const tac_dict *d, run_out *r)
{
    tac_coder *c = NULL;
    tac_docbuf *db = NULL;
    char err[256];
    memset(r, 0, sizeof *r);
    tac_status st = tac_coder_new(d, NULL, &c);
    if (st == TAC_OK && !(db = tac_docbuf_new()))
        st = TAC_ENOMEM;
    if (st != TAC_OK) {
        for (int k = 0; k < N_OUT; k++)
            r->st[k] = st;
        tac_coder_free(c);
        return;
    }
    r->st[0] = tac_event_write_tsv_header(&r->buf[0], TAC_EMIT_EXPLAIN);
    /* the JSON Lines record: repair, parse, code, write */
    const char *txt;
    size_t tl;
    tac_doc doc;
    st = tac_utf8_repair(db, jsonl, sizeof jsonl - 1, &txt, &tl);
    if (st == TAC_OK)
        st = tac_parse_jsonl(db, txt, tl, &doc, err, sizeof err);
    r->st[1] = st == TAC_OK ? code_one(c, &doc, &r->buf[1]) : st;
    /* the dated text, with the same coder and docbuf */
    st = tac_utf8_repair(db, dated, sizeof dated - 1, &txt, &tl);
    if (st == TAC_OK)
        st = tac_parse_dated(db, txt, tl, "dated.txt", &doc, err, sizeof err);
    r->st[2] = st == TAC_OK ? code_one(c, &doc, &r->buf[2]) : st;
    /* the long text, as plain text with its date from the caller */
    memset(&doc, 0, sizeof doc);
    doc.id = "big";
    doc.id_len = 3;
    doc.date = "2023-03-27";
    doc.date_len = 10;
    doc.text = big;
    doc.text_len = big_len;
    r->st[3] = code_one(c, &doc, &r->buf[3]);
    tac_docbuf_free(db);
    tac_coder_free(c);
}

static int failures;

static void fail(const char *phase, long n, int k, const char *what, tac_status st)
{
    failures++;
    fprintf(stderr, "alloc_fail: FAIL: %s, allocation %ld failing, output %d: %s (%s)\n", phase,
            n, k, what, tac_status_str(st));
}

/* Checks a run whose Nth allocation was made to fail: each output ends in
 * TAC_ENOMEM or holds exactly the clean run's events. Returns 1 if all
 * outputs succeeded. */
static int check(const char *phase, long n, const run_out *r, const run_out *ref)
{
    int all = 1;
    for (int k = 0; k < N_OUT; k++) {
        if (r->st[k] == TAC_ENOMEM) {
            all = 0;
            continue;
        }
        if (r->st[k] != TAC_OK) {
            fail(phase, n, k, "a status other than out-of-memory", r->st[k]);
            all = 0;
        } else if (r->buf[k].len != ref->buf[k].len ||
                   (ref->buf[k].len &&
                    memcmp(r->buf[k].data, ref->buf[k].data, ref->buf[k].len) != 0)) {
            fail(phase, n, k, "success but the events differ from a clean run", r->st[k]);
        }
    }
    return all;
}

static const char *dict_path;

/* Loads dict_path in its format. */
static tac_status load(tac_dict **out)
{
    size_t n = strlen(dict_path);
    if (n > 8 && strcmp(dict_path + n - 8, ".project") == 0)
        return tac_dict_load_tabari(dict_path, NULL, NULL, out);
    return tac_dict_load(dict_path, NULL, NULL, out);
}

int main(int argc, char **argv)
{
    const char *dir = argc > 1 ? argv[1] : "data/dict";
    dict_path = dir;
    long stride = argc > 2 ? atol(argv[2]) : 97;
    if (stride < 1)
        stride = 1;
    const long edge = 300; /* every N of the first and last allocations */
    static const char para[] =
        "Police arrested dozens of protesters in Baku on Monday. The Iranian foreign "
        "minister met his Qatari counterpart in Doha. France and Germany condemned the "
        "attack and urged Russia to withdraw its troops. Arnor assailed Gondor on Monday "
        "after talks with officials in the capital city.\n\n";
    const size_t reps = 1500;
    big_len = reps * (sizeof para - 1);
    big = malloc(big_len);
    if (!big)
        return 2;
    for (size_t k = 0; k < reps; k++)
        memcpy(big + k * (sizeof para - 1), para, sizeof para - 1);

    /* clean runs: the reference events and the allocation counts */
    tac_dict *d = NULL;
    tac_fault_inject(0);
    tac_status st = load(&d);
    long n_load = tac_fault_inject(0);
    if (st != TAC_OK) {
        fprintf(stderr, "alloc_fail: cannot load %s: %s\n", dir, tac_status_str(st));
        return 2;
    }
    if (n_load == 0) {
        fprintf(stderr, "alloc_fail: no allocation counted: build with -DTAC_FAULT_INJECTION\n");
        tac_dict_free(d);
        return 2;
    }
    run_out ref;
    code_docs(d, &ref);
    long n_code = tac_fault_inject(0);
    /* every document coded; the long text gives events with either set
     * (its last sentence names actors of TABARI's demonstration set) */
    for (int k = 0; k < N_OUT; k++) {
        if (ref.st[k] != TAC_OK || ref.buf[0].len == 0 || ref.buf[3].len == 0) {
            fprintf(stderr, "alloc_fail: the clean run failed: %s\n", tac_status_str(ref.st[k]));
            return 2;
        }
    }

    /* coding phase, dictionary loaded once: every N */
    long tried_code = 0, absorbed = 0;
    for (long n = 1;; n++) {
        run_out r;
        tac_fault_inject(n);
        code_docs(d, &r);
        long made = tac_fault_inject(0);
        tried_code++;
        int all = check("coding", n, &r, &ref);
        run_out_free(&r);
        if (made < n) {
            /* the fault was never reached: a complete clean run */
            if (!all)
                fail("coding", n, 0, "no allocation failed, yet the run failed", TAC_OK);
            break;
        }
        absorbed += all;
    }

    /* loader phase: a stride through the load, every N near its ends */
    long tried_load = 0, absorbed_load = 0;
    for (long n = 1; n <= n_load + 1;) {
        tac_dict *d2 = NULL;
        tac_fault_inject(n);
        tac_status st2 = load(&d2);
        long made = tac_fault_inject(0);
        tried_load++;
        if (st2 == TAC_OK) {
            /* the set must code exactly as the clean one */
            run_out r;
            code_docs(d2, &r);
            tac_fault_inject(0);
            if (!check("loader", n, &r, &ref))
                fail("loader", n, 0, "the set loaded but cannot code", TAC_OK);
            run_out_free(&r);
            absorbed_load += made >= n;
        } else if (made < n) {
            fail("loader", n, 0, "no allocation failed, yet the load failed", st2);
        } else if (st2 != TAC_ENOMEM) {
            fail("loader", n, 0, "a status other than out-of-memory", st2);
        }
        if (st2 != TAC_OK && d2)
            fail("loader", n, 0, "a failed load returned a dictionary", st2);
        tac_dict_free(d2);
        n += (n < edge || n > n_load - edge) ? 1 : stride;
    }

    run_out_free(&ref);
    tac_dict_free(d);
    free(big);
    printf("alloc_fail: coding: %ld allocations, %ld runs (every N), %ld failures absorbed "
           "with the same events\n",
           n_code, tried_code, absorbed);
    printf("alloc_fail: loader: %ld allocations, %ld runs (every N of the first and last %ld, "
           "else every %ld-th), %ld absorbed\n",
           n_load, tried_load, edge, stride, absorbed_load);
    printf("alloc_fail: %d failure(s)\n", failures);
    return failures ? 1 : 0;
}
