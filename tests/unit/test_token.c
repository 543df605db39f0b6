/* test_token.c -- tokenizer and sentence splitter. */
#include <stdio.h>
#include <string.h>

#include "arena.h"
#include "lexicon.h"
#include "sent.h"
#include "test.h"
#include "token.h"
#include "utf8.h"

static int abbrev(const void *user, const char *w, size_t len)
{
    (void)user;
    static const char *const list[] = {"gen", "jan", "mr", "dr", "gov", "inc", NULL};
    /* a state's: only when capitalised (2) */
    static const char *const states[] = {"calif", "ill", "n.h", NULL};
    for (int i = 0; list[i]; i++)
        if (strlen(list[i]) == len && memcmp(list[i], w, len) == 0)
            return 1;
    for (int i = 0; states[i]; i++)
        if (strlen(states[i]) == len && memcmp(states[i], w, len) == 0)
            return 2;
    return 0;
}

static tac_toks toks;
static tac_arena arena;

static size_t split(const char *s)
{
    toks.n = 0;
    tac_arena_reset(&arena);
    CHECK(tac_token_split(s, strlen(s), 0, &arena, abbrev, NULL, 0, &toks, NULL) == 0);
    return toks.n;
}

static const char *norm(size_t i)
{
    return i < toks.n ? toks.v[i].norm : "(none)";
}

/* The lexicon flags the sentence splitter reads, as the dictionaries give
 * them, on the tokens of the last split. */
static void set_flags(void)
{
    static const struct {
        const char *w;
        uint32_t f;
    } fl[] = {{"the", TAC_LX_STARTER}, {"he", TAC_LX_STARTER},
              {"and", TAC_LX_STARTER | TAC_LX_CONJ}, {"gov.", TAC_LX_TITLE | TAC_LX_ABBREV},
              {"gen.", TAC_LX_TITLE | TAC_LX_ABBREV}, {"feb", TAC_LX_TIME}};
    for (size_t i = 0; i < toks.n; i++)
        for (size_t k = 0; k < sizeof fl / sizeof fl[0]; k++)
            if (strcmp(toks.v[i].norm, fl[k].w) == 0)
                toks.v[i].wflags = fl[k].f;
}

/* The number of sentences of s, with the lexicon flags set. */
static size_t sentences(const char *s, tac_sents *sents)
{
    split(s);
    set_flags();
    sents->n = 0;
    CHECK(tac_sent_split(toks.v, toks.n, 0, sents) == 0);
    return sents->n;
}

int main(void)
{
    tac_arena_init(&arena, 4096);

    CHECK_INT(split("Iran's foreign minister"), 4);
    CHECK_STR(norm(0), "iran");
    CHECK_STR(norm(1), "'s");
    CHECK(toks.v[1].flags & TAC_TOK_POSS);
    CHECK_STR(norm(2), "foreign");

    /* typographic apostrophe and case folding */
    CHECK_INT(split("Iran\xe2\x80\x99s CÔTE"), 3);
    CHECK_STR(norm(1), "'s");
    CHECK_STR(norm(2), "c\xc3\xb4te");
    CHECK(toks.v[2].flags & TAC_TOK_UPPER);

    /* abbreviations, initials, inner dots, decimals, thousands */
    CHECK_INT(split("Gen. J. Smith of the U.S. paid 3.5 or 1,000."), 11);
    CHECK_STR(norm(0), "gen.");
    CHECK(toks.v[0].flags & TAC_TOK_ABBR);
    CHECK_STR(norm(1), "j.");
    CHECK_STR(norm(5), "u.s.");
    CHECK_STR(norm(7), "3.5");
    CHECK_STR(norm(9), "1,000");
    CHECK_STR(norm(10), ".");

    /* n't, hyphens, ampersands, d'Ivoire */
    CHECK_INT(split("hasn't al-Shabaab AT&T Côte d'Ivoire"), 6);
    CHECK_STR(norm(0), "has");
    CHECK_STR(norm(1), "n't");
    CHECK_STR(norm(2), "al-shabaab");
    CHECK_STR(norm(3), "at&t");
    CHECK_STR(norm(5), "d'ivoire");

    /* byte offsets are kept */
    split("  Russia  said");
    CHECK_INT(toks.v[0].off, 2);
    CHECK_INT(toks.v[0].len, 6);
    CHECK_INT(toks.v[1].off, 10);

    /* quotes and dashes are punctuation of their own */
    CHECK_INT(split("\xe2\x80\x9cNo\xe2\x80\x9d \xe2\x80\x94 he said"), 6);
    CHECK(toks.v[0].flags & TAC_TOK_QUOTE);
    CHECK_STR(norm(0), "\"");
    CHECK_STR(norm(3), "-");

    /* paragraph breaks */
    split("One.\n\nTwo");
    CHECK(toks.v[2].flags & TAC_TOK_PARA);

    /* invalid UTF-8 never crashes, and an over-long run is limited */
    CHECK(split("\xff\xfe abc \xc3") >= 1);
    {
        int trunc = 0;
        toks.n = 0;
        CHECK(tac_token_split("a b c d e", 9, 0, &arena, NULL, NULL, 3, &toks, &trunc) == 0);
        CHECK_INT(toks.n, 3);
        CHECK(trunc);
    }

    /* sentences: abbreviations, decimals and quotes do not end them */
    {
        tac_sents sents = {0};
        split("Gen. Smith met Dr. Jones on Jan. 5. Growth was 3.5 percent. \xe2\x80\x9cWe agree,\xe2\x80\x9d he said. Then");
        CHECK(tac_sent_split(toks.v, toks.n, 0, &sents) == 0);
        CHECK_INT(sents.n, 4);
        /* a cut at max tokens */
        sents.n = 0;
        split("a b c d e f g");
        CHECK(tac_sent_split(toks.v, toks.n, 3, &sents) == 0);
        CHECK_INT(sents.n, 3);
        /* a caseless text ends a sentence at a full stop before a lower-case
         * word (an initial keeps its dot); a cased text does not ("Monday.
         * the toll" stays one sentence) */
        sents.n = 0;
        split("police opened fire on the mob in the old city on monday. the toll rose to six. "
              "p. k. sharma said two men were arrested. the army was called in.");
        CHECK(tac_sent_split(toks.v, toks.n, 0, &sents) == 0);
        CHECK_INT(sents.n, 4);
        sents.n = 0;
        split("Police opened fire on the mob in the old city on Monday. the toll rose to six. "
              "Sharma said two men were arrested. The Army was called in.");
        CHECK(tac_sent_split(toks.v, toks.n, 0, &sents) == 0);
        CHECK_INT(sents.n, 3);
        /* its sentences may start in lower case while a byline or footer
         * keeps capitals (more than 1 word in 50): then it is caseless too */
        sents.n = 0;
        split("This Story Is From March 8, 2002 vadodara: curfew was relaxed in the walled city "
              "for six hours on friday. no incident was reported. the army staged a flag march "
              "in two areas.\n\nShare On Facebook Twitter");
        CHECK(tac_sent_split(toks.v, toks.n, 0, &sents) == 0);
        CHECK_INT(sents.n, 4);
        sents.n = 0;
        split("the toll rose. the army came.");
        CHECK(tac_sent_split(toks.v, toks.n, 0, &sents) == 0);
        CHECK_INT(sents.n, 1);

        /* a state's abbreviation keeps its dot when capitalised only: "fell
         * ill." ends a sentence like any full stop */
        CHECK_INT(split("Houston, Calif., police fell ill."), 8);
        CHECK_STR(norm(2), "calif.");
        CHECK_INT(toks.v[2].flags & (TAC_TOK_ABBR | TAC_TOK_STATE_ABBR),
                  TAC_TOK_ABBR | TAC_TOK_STATE_ABBR);
        CHECK_STR(norm(6), "ill");
        CHECK_INT(toks.v[6].flags & TAC_TOK_ABBR, 0);
        CHECK_INT(sentences("Houston, Calif., police came.", &sents), 1);
        CHECK_INT(sentences("He fell ill. Doctors came.", &sents), 2);
        /* after a town and a comma it ends one before a capitalised word,
         * not before a title, a time word, a hyphen or a comma */
        CHECK_INT(sentences("It is in Fremont, Calif. Farmers said so.", &sents), 2);
        CHECK_INT(sentences("It is in Concord, N.H. Farmers said so.", &sents), 2);
        CHECK(toks.v[5].flags & TAC_TOK_STATE_ABBR);
        CHECK_INT(sentences("Fremont, Calif. Gov. Brown came.", &sents), 1);
        CHECK_INT(sentences("FREMONT, Calif. Feb 26 - Acme said.", &sents), 1);
        CHECK_INT(sentences("A Cupertino, Calif.-based firm came.", &sents), 1);
        /* with its closing quote */
        CHECK_INT(sentences("\"We left Fremont, Calif.\" Farmers said so.", &sents), 2);
        CHECK_INT(toks.v[sents.v[0].end - 1].norm[0], '"');
        /* elsewhere only before a sentence starter */
        CHECK_INT(sentences("Tell Calif. Farmers so.", &sents), 1);
        CHECK_INT(sentences("Tell Calif. The farmers came.", &sents), 2);
        /* other abbreviations: before a starter, not before a name nor
         * "And"; titles and initials never */
        CHECK_INT(sentences("Shares of Acme Inc. The firm fell.", &sents), 2);
        CHECK_INT(sentences("Shares of Acme Inc. Chairman Smith fell.", &sents), 1);
        CHECK_INT(sentences("He flew to the U.S. He met them.", &sents), 2);
        CHECK_INT(sentences("He met the U.S. Army there.", &sents), 1);
        CHECK_INT(sentences("Japan, the U.S. And Germany met.", &sents), 1);
        CHECK_INT(sentences("He met Gen. The Smith.", &sents), 1);
        CHECK_INT(sentences("John F. The Kennedy.", &sents), 1);
        tac_sents_fini(&sents);
    }

    /* the fast path (ASCII letters and digits) and where it hands over:
     * word ends, joiners before letters and before non-ASCII bytes,
     * acronyms, words long and short, at the end of the text */
    CHECK_INT(split("NATO Nato US A x9 Iraq, al-\xc3\x91" "and rock- AT&T."), 12);
    CHECK_STR(norm(0), "nato");
    CHECK_INT(toks.v[0].flags & (TAC_TOK_CAP | TAC_TOK_UPPER | TAC_TOK_WORD),
              TAC_TOK_CAP | TAC_TOK_UPPER | TAC_TOK_WORD);
    CHECK_INT(toks.v[1].flags & (TAC_TOK_CAP | TAC_TOK_UPPER), TAC_TOK_CAP);
    CHECK(toks.v[2].flags & TAC_TOK_UPPER);
    CHECK_INT(toks.v[3].flags & (TAC_TOK_CAP | TAC_TOK_UPPER), TAC_TOK_CAP);
    CHECK_STR(norm(4), "x9");
    CHECK_INT(toks.v[4].flags & (TAC_TOK_WORD | TAC_TOK_NUM | TAC_TOK_CAP), TAC_TOK_WORD);
    CHECK_STR(norm(5), "iraq");
    CHECK_STR(norm(6), ",");
    CHECK_INT(toks.v[6].norm_len, 1);
    CHECK_INT(toks.v[6].flags & (TAC_TOK_PUNCT | TAC_TOK_WORD), TAC_TOK_PUNCT);
    CHECK_STR(norm(7), "al-\xc3\xb1" "and");
    CHECK(toks.v[7].flags & TAC_TOK_HYPHEN);
    CHECK_STR(norm(8), "rock");
    CHECK_STR(norm(9), "-");
    CHECK_STR(norm(10), "at&t");
    CHECK_INT(toks.v[10].len, 4); /* "AT&T" before a final '.' is no abbreviation */
    CHECK_STR(norm(11), ".");
    CHECK_INT(split("Abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGHIJ 12345678901234567890 Zq"), 3);
    CHECK_STR(norm(0), "abcdefghijklmnopqrstuvwxyz0123456789abcdefghij");
    CHECK_INT(toks.v[0].norm_len, 46);
    CHECK_INT(toks.v[0].flags & (TAC_TOK_CAP | TAC_TOK_UPPER), TAC_TOK_CAP);
    CHECK_STR(norm(1), "12345678901234567890");
    CHECK(toks.v[1].flags & TAC_TOK_NUM);
    CHECK_STR(norm(2), "zq");
    CHECK_INT(toks.v[2].off + toks.v[2].len, 70);
    CHECK_INT(split("Gen.Smith ended Gen."), 3);
    CHECK_STR(norm(0), "gen.smith");
    CHECK_STR(norm(2), "gen.");
    CHECK(toks.v[2].flags & TAC_TOK_ABBR);
    CHECK_INT(split("GEN. 3. ..."), 4);
    CHECK_STR(norm(0), "gen.");
    CHECK(toks.v[0].flags & TAC_TOK_UPPER);
    CHECK_STR(norm(1), "3");
    CHECK_STR(norm(2), ".");
    CHECK_STR(norm(3), "...");
    /* line breaks: spaces, tabs, carriage returns and NBSP between two
     * line breaks still make a paragraph break */
    split("One\n \t\r\xc2\xa0\nTwo\nThree");
    CHECK(toks.v[1].flags & TAC_TOK_PARA);
    CHECK_INT(toks.v[2].flags & (TAC_TOK_NL | TAC_TOK_PARA), TAC_TOK_NL);
    /* many tokens: the array grows; tokens appended after existing ones */
    {
        char many[3000];
        for (int j = 0; j < 1000; j++)
            memcpy(many + 3 * j, j % 2 ? "Ab " : "c. ", 3);
        many[2999] = '\0';
        CHECK_INT(split(many), 1000);
        CHECK_STR(norm(998), "c.");
        CHECK_STR(norm(999), "ab");
        CHECK_INT(toks.v[999].off, 2997);
        CHECK(tac_token_split("x y", 3, 100, &arena, NULL, NULL, 0, &toks, NULL) == 0);
        CHECK_INT(toks.n, 1002);
        CHECK_STR(norm(1001), "y");
        CHECK_INT(toks.v[1001].off, 102);
    }

    /* a word's end found at every place of the 8-byte unrolled scan and
     * past it, for every byte value: only letters, digits and the joiners
     * before a letter continue a word ("," only between digits) */
    for (int p = 1; p <= 17; p++) {
        for (int ch = 0; ch < 256; ch++) {
            char w[64], d[64];
            memset(w, 'a', (size_t)p);
            memset(d, '7', (size_t)p);
            w[p] = d[p] = (char)ch;
            memcpy(w + p + 1, "bcdefghijklmnopq", 17);
            memcpy(d + p + 1, "1234567890123456", 17);
            int alnum = (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9');
            int joins = alnum || ch == '-' || ch == '.' || ch == '&' || ch == '\'';
            toks.n = 0;
            CHECK(tac_token_split(w, strlen(w) + (ch == 0 ? (size_t)17 : 0), 0, &arena, NULL, NULL, 0,
                                  &toks, NULL) == 0);
            CHECK_INT(toks.v[0].len, joins ? (uint32_t)p + 17 : (uint32_t)p);
            toks.n = 0;
            CHECK(tac_token_split(d, strlen(d) + (ch == 0 ? (size_t)17 : 0), 0, &arena, NULL, NULL, 0,
                                  &toks, NULL) == 0);
            CHECK_INT(toks.v[0].len, joins || ch == ',' ? (uint32_t)p + 17 : (uint32_t)p);
        }
    }

    /* the last bytes of a text (read from a padded copy): every byte value
     * after a word, at the very end and before one more letter */
    for (int ch = 1; ch < 256; ch++) {
        char w[8] = {'a', 'B', (char)ch, 'c', 0};
        int alnum = (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9');
        int joins = alnum || ch == '-' || ch == '.' || ch == '&' || ch == '\'';
        toks.n = 0;
        CHECK(tac_token_split(w, 3, 0, &arena, NULL, NULL, 0, &toks, NULL) == 0);
        CHECK_INT(toks.v[0].len, alnum ? 3 : 2);
        toks.n = 0;
        CHECK(tac_token_split(w, 4, 0, &arena, NULL, NULL, 0, &toks, NULL) == 0);
        CHECK_INT(toks.v[0].len, joins ? 4 : 2);
    }

    /* words of every length up to and past 8 bytes, near the end of the
     * text and far from it (the short-word fold reads 8 bytes ahead) */
    for (int wlen = 1; wlen <= 20; wlen++) {
        for (int tail = 0; tail <= 10; tail++) {
            char w[64], want[32];
            memset(w, 'Q', (size_t)wlen);
            memset(w + wlen, ' ', (size_t)tail);
            w[wlen + tail] = '\0';
            memset(want, 'q', (size_t)wlen);
            want[wlen] = '\0';
            CHECK_INT(split(w), 1);
            CHECK_STR(norm(0), want);
            CHECK_INT(toks.v[0].norm_len, wlen);
            CHECK_INT(toks.v[0].flags & TAC_TOK_UPPER, wlen >= 2 ? TAC_TOK_UPPER : 0);
        }
    }

    /* possessives: at the end of the text, in capitals, before a full stop,
     * and an apostrophe + 's' that goes on as a word */
    CHECK_INT(split("of Iran's"), 3);
    CHECK_STR(norm(1), "iran");
    CHECK_STR(norm(2), "'s");
    CHECK_INT(split("IRAN'S. Iran's, Iran'sé Iran'st"), 8);
    CHECK_STR(norm(0), "iran");
    CHECK(toks.v[0].flags & TAC_TOK_UPPER);
    CHECK_STR(norm(1), "'s");
    CHECK_STR(norm(2), ".");
    CHECK_STR(norm(3), "iran");
    CHECK_STR(norm(4), "'s");
    CHECK_STR(norm(5), ",");
    CHECK_STR(norm(6), "iran'sé");
    CHECK_STR(norm(7), "iran'st");

    /* punctuation of one character, runs of dots, apostrophes */
    {
        static const char *const want[] = {"x", ",", "-", "&", ".", "..", "...", "'", "\"", "'s", ".", "y"};
        CHECK_INT(split("x , - & . .. ... ' \" 's .y"), 12);
        for (int j = 0; j < 12; j++)
            CHECK_STR(norm((size_t)j), want[j]);
        CHECK_INT(toks.v[1].flags & (TAC_TOK_PUNCT | TAC_TOK_QUOTE | TAC_TOK_WORD), TAC_TOK_PUNCT);
        CHECK_INT(toks.v[6].len, 3);
        CHECK_INT(toks.v[8].flags & (TAC_TOK_PUNCT | TAC_TOK_QUOTE), TAC_TOK_PUNCT | TAC_TOK_QUOTE);
        CHECK_INT(toks.v[9].flags & (TAC_TOK_POSS | TAC_TOK_PUNCT), TAC_TOK_POSS);
    }

    /* capitals and digits mixed, short words far from the end (the
     * 8-byte test) and at it (byte by byte) */
    {
        static const char *const words[] = {"A1", "AB1", "A1B2", "A1b", "Ab1C", "ABCDEFGh",
                                            "ABCDEFGH", "AbCDEFGH", "A1234567", "A123456B"};
        static const int upper[] = {0, 1, 1, 0, 0, 0, 1, 0, 0, 1};
        for (int j = 0; j < 10; j++) {
            char w[64];
            for (int far = 0; far < 2; far++) {
                snprintf(w, sizeof w, "%s%s", words[j], far ? " and some more words" : "");
                CHECK(split(w) >= 1);
                CHECK_INT(toks.v[0].flags & (TAC_TOK_CAP | TAC_TOK_UPPER),
                          TAC_TOK_CAP | (upper[j] ? TAC_TOK_UPPER : 0));
            }
        }
    }

    /* the tokenizer's ASCII table agrees with the Unicode classes */
    for (int ch = 0; ch < 128; ch++) {
        char one[2] = {(char)ch, 0};
        toks.n = 0;
        tac_token_split(one, 1, 0, &arena, NULL, NULL, 0, &toks, NULL);
        tac_cclass k = tac_utf8_class(ch);
        if (k == TAC_C_SPACE)
            CHECK_INT(toks.n, 0);
        else
            CHECK_INT(toks.n, 1);
    }

    tac_toks_fini(&toks);
    tac_arena_fini(&arena);
    return test_report("token");
}
