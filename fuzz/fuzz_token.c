/* fuzz_token.c -- fuzz target: tokenizer and sentence splitter
 * (src/token.h, src/sent.h) on arbitrary bytes.
 *
 * The path is the coder's: tac_utf8_repair, tac_token_split with the
 * dictionary's abbreviations, lexicon lookup (the splitter reads the
 * `starter` flag), tac_sent_split. The dictionary (data/dict) is loaded
 * once in LLVMFuzzerInitialize. Invariants, abort() when broken:
 *   - every token is a non-empty span inside the text; spans increase and
 *     do not overlap; the folded form is NUL-terminated;
 *   - sentences are non-empty, increasing, non-overlapping token ranges
 *     that cover all tokens in order, none longer than the maximum;
 *   - with max_tokens = 7 and a base offset the tokens are the same
 *     first tokens, shifted by the base. */
#include <string.h>

#include "dict.h"
#include "fuzz.h"
#include "sent.h"
#include "token.h"

static tac_dict *dict;

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    if (tac_dict_load(fuzz_dict_dir(), NULL, NULL, &dict) != TAC_OK) {
        fprintf(stderr, "fuzz_token: cannot load the dictionary %s\n", fuzz_dict_dir());
        abort();
    }
    return 0;
}

static void check_tokens(const tac_toks *t, const char *text, size_t len, size_t base)
{
    size_t prev_end = base;
    for (size_t i = 0; i < t->n; i++) {
        const tac_tok *k = &t->v[i];
        FUZZ_CHECK(k->len > 0);
        FUZZ_CHECK(k->off >= prev_end);
        FUZZ_CHECK((size_t)k->off + k->len <= base + len);
        FUZZ_CHECK(k->norm != NULL && k->norm[k->norm_len] == '\0');
        FUZZ_CHECK(k->flags & (TAC_TOK_WORD | TAC_TOK_NUM | TAC_TOK_PUNCT | TAC_TOK_POSS));
        fuzz_touch(text + (k->off - base), k->len);
        fuzz_touch(k->norm, k->norm_len);
        prev_end = (size_t)k->off + k->len;
    }
}

static void check_sents(const tac_sents *s, size_t n_toks, size_t max)
{
    uint32_t at = 0;
    for (size_t i = 0; i < s->n; i++) {
        FUZZ_CHECK(s->v[i].start == at);
        FUZZ_CHECK(s->v[i].end > s->v[i].start);
        FUZZ_CHECK(s->v[i].end - s->v[i].start <= max);
        at = s->v[i].end;
    }
    FUZZ_CHECK(at == n_toks);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    tac_docbuf *db = tac_docbuf_new();
    if (!db)
        return 0;
    const char *text;
    size_t len;
    if (tac_utf8_repair(db, (const char *)data, size, &text, &len) != TAC_OK ||
        len > UINT32_MAX / 2) {
        tac_docbuf_free(db);
        return 0;
    }
    tac_arena arena;
    tac_arena_init(&arena, 4096);
    tac_toks toks = {NULL, 0, 0}, few = {NULL, 0, 0};
    tac_sents sents = {NULL, 0, 0};
    int truncated = -1;
    if (tac_token_split(text, len, 0, &arena, tac_lexicon_is_abbrev, &dict->lex, 0, &toks,
                        &truncated) < 0)
        goto out;
    FUZZ_CHECK(truncated == 0);
    check_tokens(&toks, text, len, 0);
    for (size_t i = 0; i < toks.n; i++)
        tac_lexicon_lookup(&dict->lex, toks.v[i].norm, toks.v[i].norm_len, &toks.v[i].word,
                           &toks.v[i].lemma, &toks.v[i].wflags);
    static const size_t maxes[2] = {400, 3};
    for (int m = 0; m < 2; m++) {
        sents.n = 0;
        if (tac_sent_split(toks.v, toks.n, maxes[m], &sents) < 0)
            goto out;
        check_sents(&sents, toks.n, maxes[m]);
    }
    /* the first 7 tokens, at a base offset, are the same tokens */
    const size_t base = 1000;
    if (tac_token_split(text, len, base, &arena, tac_lexicon_is_abbrev, &dict->lex, 7, &few,
                        &truncated) < 0)
        goto out;
    check_tokens(&few, text, len, base);
    FUZZ_CHECK(few.n == (toks.n < 7 ? toks.n : 7));
    FUZZ_CHECK(truncated == (toks.n > 7));
    for (size_t i = 0; i < few.n; i++) {
        FUZZ_CHECK(few.v[i].off == toks.v[i].off + base && few.v[i].len == toks.v[i].len);
        FUZZ_CHECK(few.v[i].flags == toks.v[i].flags);
        FUZZ_CHECK(few.v[i].norm_len == toks.v[i].norm_len &&
                   memcmp(few.v[i].norm, toks.v[i].norm, few.v[i].norm_len) == 0);
    }
out:
    tac_toks_fini(&toks);
    tac_toks_fini(&few);
    tac_sents_fini(&sents);
    tac_arena_fini(&arena);
    tac_docbuf_free(db);
    return 0;
}
