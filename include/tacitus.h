/* tacitus.h -- the public API of the tacitus political event coder.
 *
 * This header is the specification: what is not declared here is not API.
 *
 * tacitus reads dated news documents (UTF-8) and writes CAMEO events: who did
 * what to whom, when, from which sentence and pattern.
 *
 *   tac_dict_load()  ->  tac_dict (immutable, shared by all threads)
 *                          |
 *   tac_coder_new()  ->  tac_coder (one per thread) --tac_coder_code(doc)-->
 *                          events, valid until the next call on that coder
 *
 * Ownership: every object returned by a _new/_load call is freed by the
 * matching _free call; _free(NULL) is a no-op. Strings inside events point
 * into the coder's per-document memory or into the dictionary and stay valid
 * until the next tac_coder_code() on that coder or until it is freed.
 *
 * Errors: calls return a tac_status; a detailed message is kept on the
 * handle (tac_coder_errmsg) or passed to the diagnostic callback.
 * The library never aborts or exits; out-of-memory is TAC_ENOMEM.
 *
 * Threads: a tac_dict may be shared read-only by any number of threads once
 * loaded; a tac_coder must be used by one thread at a time. */
#ifndef TACITUS_H
#define TACITUS_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#if defined(__GNUC__)
#define TAC_API __attribute__((visibility("default")))
#else
#define TAC_API
#endif

#define TAC_VERSION "0.1.0"

/* Status codes. The X-macro keeps the names, the values and the messages
 * (tac_status_str) in one place. */
#define TAC_STATUS_LIST(X)                                   \
    X(TAC_OK, 0, "ok")                                       \
    X(TAC_ENOMEM, 1, "out of memory")                        \
    X(TAC_EIO, 2, "input/output error")                      \
    X(TAC_EDICT, 3, "dictionary error")                      \
    X(TAC_EINPUT, 4, "invalid input document")               \
    X(TAC_ELIMIT, 5, "input over a size limit")              \
    X(TAC_EARG, 6, "invalid argument")

typedef enum tac_status {
#define TAC_STATUS_ENUM(name, value, text) name = value,
    TAC_STATUS_LIST(TAC_STATUS_ENUM)
#undef TAC_STATUS_ENUM
} tac_status;

/* A static English message for a status. Never NULL. */
TAC_API const char *tac_status_str(tac_status status);

/* The library version, TAC_VERSION at build time. */
TAC_API const char *tac_version(void);

/* ------------------------------------------------------------------ */
/* Diagnostics                                                         */

/* Called for every recoverable problem (a bad dictionary line, a skipped
 * document): file (may be NULL), 1-based line (0 if none), reason. */
typedef void (*tac_diag_fn)(void *user, const char *file, size_t line,
                            const char *reason);

/* ------------------------------------------------------------------ */
/* Dictionaries                                                        */

typedef struct tac_dict tac_dict;

/* Counts of what a dictionary set holds. */
typedef struct tac_dict_stats {
    size_t files;      /* *.dict files read */
    size_t cameo;      /* CAMEO codes */
    size_t countries;  /* country, adj and capital phrases */
    size_t agents;     /* agent phrases */
    size_t places;     /* place phrases (cities, regions) */
    size_t actors;     /* named collective actor phrases */
    size_t people;     /* person entries (one per office) */
    size_t patterns;   /* event patterns */
    size_t roots;      /* CAMEO roots (01-20) that have a pattern */
    size_t markers;    /* marker phrases */
    size_t errors;     /* lines rejected */
    /* the GeoNames gazetteer (tac_dict_options.gazetteer; all 0 without):
     * place phrases it added, and the distinct names it did not add, by
     * reason (docs/dictionaries.md, "GeoNames gazetteer") */
    size_t gaz_places;    /* added */
    size_t gaz_skipped;   /* not added: the sum of the four below */
    size_t gaz_known;     /* a phrase or person's name of the dictionaries */
    size_t gaz_common;    /* a common English word, or only such words */
    size_t gaz_ambiguous; /* places in two countries, none 3x as populous */
    size_t gaz_other;     /* one word of under 4 letters or from alternate names only;
                           * country not in the dictionaries; too long */
} tac_dict_stats;

/* Options for tac_dict_load_opts. The all-zero value means the defaults. */
typedef struct tac_dict_options {
    /* NULL, or a GeoNames download to add place names from: a folder
     * holding cities500.txt, cities1000.txt, cities5000.txt or
     * cities15000.txt (the most detailed present is read) and
     * countryInfo.txt, optionally admin1CodesASCII.txt; or the path of one
     * such cities file, with the others beside it. Names already in the
     * dictionaries, common English words, non-Latin names and names shared
     * by countries are left out (docs/dictionaries.md). */
    const char *gazetteer;
} tac_dict_options;

/* Loads every *.dict file of directory dir (sorted by name) into a compiled,
 * read-only index. Bad lines are reported through diag (may be NULL) as
 * file:line: reason and skipped; they count in stats.errors but do not fail
 * the load. Returns TAC_OK and *out, TAC_EIO if dir cannot be read,
 * TAC_EDICT if the set holds no CAMEO table or no patterns, TAC_ENOMEM. */
TAC_API tac_status tac_dict_load(const char *dir, tac_diag_fn diag, void *user,
                                 tac_dict **out);
/* As tac_dict_load, with options (opts may be NULL: tac_dict_load). With
 * a gazetteer, its places are added before the indexes are compiled, so
 * the coder looks them up as the shipped places; a bad gazetteer line is
 * reported through diag as file:line: reason, counted in stats.errors and
 * skipped. Returns TAC_EIO also when the gazetteer's cities file or
 * countryInfo.txt cannot be read. */
TAC_API tac_status tac_dict_load_opts(const char *dir, const tac_dict_options *opts,
                                      tac_diag_fn diag, void *user, tac_dict **out);
TAC_API void tac_dict_free(tac_dict *dict);
/* Loads a TABARI dictionary set into the same engine: path is a TABARI
 * .project file (its <actorsfile>, <verbsfile>, <agentsfile> and
 * <optionsfile> lines name the files, relative to the project's folder) or a
 * directory holding *.verbs, *.actors, *.agents and *.options files. Bad
 * lines are reported through diag as file:line: reason and skipped.
 * Returns TAC_OK and *out, TAC_EIO, TAC_EDICT or TAC_ENOMEM as
 * tac_dict_load. See docs/tabari.md. */
TAC_API tac_status tac_dict_load_tabari(const char *path, tac_diag_fn diag,
                                        void *user, tac_dict **out);
/* Applies one TABARI options line ("SET: TIME SHIFT = FALSE", "COMPLEX: ...",
 * "LABEL: 010= ...") to a loaded TABARI set, as TABARI's validation records
 * do mid-run. Not thread-safe: call only while no coder uses dict. Returns
 * TAC_OK, or TAC_EARG for a line it does not understand. */
TAC_API tac_status tac_dict_tabari_option(tac_dict *dict, const char *line,
                                          size_t len);
/* 1 when the documents must be coded in their order by one coder: a
 * TABARI set whose options turn FORWARD on, where a record's pronouns may
 * stand for an actor of the story's record before it (the coder keeps that
 * actor from one document to the next). 0 otherwise. Thread-safe. */
TAC_API int tac_dict_in_order(const tac_dict *dict);
TAC_API void tac_dict_get_stats(const tac_dict *dict, tac_dict_stats *out);
/* 1 if code[0..len) is the code of a country or territory of the
 * dictionaries (a `country` line of a native set; ISO 3166 alpha-3), 0
 * if not (a TABARI set declares no countries). Thread-safe. */
TAC_API int tac_dict_is_country(const tac_dict *dict, const char *code, size_t len);

/* ------------------------------------------------------------------ */
/* Documents and events                                                */

/* One input document. Strings need not be NUL-terminated; all must be
 * UTF-8 (the readers repair or reject invalid input before this point).
 * date is "YYYY-MM-DD". title may be NULL (no headline). */
typedef struct tac_doc {
    const char *id;
    size_t id_len;
    const char *date;
    size_t date_len;
    const char *title;
    size_t title_len;
    const char *text;
    size_t text_len;
    const char *source; /* optional, may be NULL */
    size_t source_len;
    const char *url; /* optional, may be NULL */
    size_t url_len;
} tac_doc;

#define TAC_MAX_AGENTS 4

/* An actor of an event. code is the full CAMEO-style actor code ("RUSMIL",
 * "IGOUNO"); country is an ISO 3166 alpha-3 code or NULL; agents are the
 * 3-letter agent codes after the country. text is the span of the sentence
 * that names the actor (for a pronoun: the pronoun). */
typedef struct tac_actor {
    const char *code;
    const char *country;
    const char *agents[TAC_MAX_AGENTS];
    int n_agents;
    const char *text;
    size_t text_len;
    size_t offset;  /* byte offset of text in the document's field */
    int resolved;   /* 1 if text is a pronoun or short name resolved to code */
} tac_actor;

/* One coded event. */
typedef struct tac_event {
    const char *doc_id;
    size_t doc_id_len;
    int sentence;  /* 0 = headline, 1.. = body sentences in order */
    int headline;  /* 1 if the sentence is the headline */
    char date[11]; /* "YYYY-MM-DD": document date moved by a time expression */
    const char *date_precision; /* "day", "month" or "year" */
    tac_actor source;
    tac_actor target;
    int has_target;
    const char *code;    /* CAMEO event code, e.g. "046" */
    char root[3];        /* "04" */
    const char *name;    /* CAMEO name */
    int quad;            /* 1..4, GDELT convention */
    double goldstein;
    const char *text;    /* the words of the sentence that matched */
    size_t text_len;
    size_t text_offset;
    const char *pattern_file; /* dictionary file name (no directory) */
    int pattern_line;
    const char *pattern;      /* the pattern as written in the dictionary */
    const char *modality;     /* NULL, or "intent"/"threat": the code was derived */
    const char *sentence_text; /* the whole sentence */
    size_t sentence_len;
    size_t sentence_offset;
    const char *field;         /* "title" or "text": where the offsets point */
} tac_event;

/* Options for a coder. The all-zero value means the defaults. Larger
 * values than the caps below are lowered to the cap (docs/robustness.md). */
typedef struct tac_options {
    size_t max_doc_bytes;       /* default 8 MiB: larger documents are refused */
    size_t max_sentence_tokens; /* default 400: longer sentences are cut in pieces */
    int no_headline;            /* 1: do not code the title */
    int no_coref;               /* 1: do not resolve pronouns and short names */
    size_t max_doc_events;      /* default 100000: a document giving more is refused */
} tac_options;

#define TAC_MAX_DOC_BYTES_CAP ((size_t)1 << 30)  /* token offsets are 32-bit */
#define TAC_MAX_SENTENCE_TOKENS_CAP 1000         /* work grows as length squared */

typedef struct tac_coder tac_coder;

/* A coder for dict (which must outlive it). opts may be NULL. */
TAC_API tac_status tac_coder_new(const tac_dict *dict, const tac_options *opts,
                                 tac_coder **out);
TAC_API void tac_coder_free(tac_coder *coder);

/* Codes one document. On TAC_OK *out_n is the number of events, fetched with
 * tac_coder_event(coder, 0 .. n-1). Returns TAC_EINPUT (bad date or UTF-8),
 * TAC_ELIMIT (over max_doc_bytes or max_doc_events) or TAC_ENOMEM with a message in
 * tac_coder_errmsg; the coder stays usable. */
TAC_API tac_status tac_coder_code(tac_coder *coder, const tac_doc *doc,
                                  size_t *out_n);
TAC_API const tac_event *tac_coder_event(const tac_coder *coder, size_t i);
TAC_API const char *tac_coder_errmsg(const tac_coder *coder);
/* Sentences seen in the last document (headline included). */
TAC_API size_t tac_coder_sentences(const tac_coder *coder);

/* How often the last document ran into the coder's work bounds; what was
 * found before a bound is kept. */
typedef struct tac_limit_hits {
    size_t match_budget;    /* pattern searches stopped at their step budget */
    size_t sentence_events; /* sentences whose events stopped at 100 */
} tac_limit_hits;
TAC_API void tac_coder_limit_hits(const tac_coder *coder, tac_limit_hits *out);

/* Resolves an actor phrase on its own ("Armenian Prime Minister",
 * "Joe Biden"), as `tacitus actor` does. date may be NULL (today's
 * dictionary state: open-ended offices). Returns 1 and fills *out if the
 * phrase names an actor, 0 if not. Strings in *out point into the coder. */
TAC_API int tac_coder_actor(tac_coder *coder, const char *text, size_t len,
                            const char *date, tac_actor *out);

/* As tac_coder_actor, with a context: words that stood around the phrase
 * or the country a story is about ("Saudi", "Mexico", "Colombian
 * defense"). context may be NULL. A phrase that names no country and is
 * no person or organisation of its own takes the country the context
 * names ("the National Guard" in "Saudi" -> SAUMIL); the phrase's own
 * country always wins, and an IGO or NGO stays without one. A phrase that
 * is only a three-letter abbreviation the dictionaries leave out as
 * ambiguous ("The PAN") names the one actor of the context's country
 * whose code ends in it (MEXPTYPAN in "Mexico"). */
TAC_API int tac_coder_actor_in(tac_coder *coder, const char *text, size_t len,
                               const char *context, size_t context_len, const char *date,
                               tac_actor *out);

/* ------------------------------------------------------------------ */
/* Output                                                              */

/* A growable byte buffer owned by the caller; free data with tac_buf_free. */
typedef struct tac_buf {
    char *data;
    size_t len, cap;
    int failed; /* set once an allocation failed; later appends are dropped */
} tac_buf;

TAC_API void tac_buf_free(tac_buf *buf);
/* Appends s[0..n) to buf, keeping buf->data NUL-terminated. On allocation
 * failure sets buf->failed; once it is set, appends are dropped. */
TAC_API void tac_buf_append(tac_buf *buf, const char *s, size_t n);

typedef enum tac_format {
    TAC_FORMAT_JSON = 0, /* JSON Lines, one event per line */
    TAC_FORMAT_TSV,      /* tab-separated, GDELT-like columns */
    TAC_FORMAT_TABARI    /* TABARI's event file: YYMMDD, source, target, code,
                          * label, record id (tab-separated; docs/tabari.md) */
} tac_format;

#define TAC_EMIT_EXPLAIN 1 /* add spans, pattern text and the sentence */

/* Appends ev in format fmt (one line, with '\n') to buf. */
TAC_API tac_status tac_event_write(tac_buf *buf, const tac_event *ev,
                                   tac_format fmt, int flags);
/* Appends the TSV header line to buf. */
TAC_API tac_status tac_event_write_tsv_header(tac_buf *buf, int flags);

/* ------------------------------------------------------------------ */
/* Input readers                                                       */

typedef enum tac_input_kind {
    TAC_INPUT_JSONL = 0, /* one JSON object per line */
    TAC_INPUT_DATED,     /* " date YYYY-MM-DD body ... headline" */
    TAC_INPUT_PLAIN,     /* text; date and id come from the caller */
    TAC_INPUT_TABARI     /* TABARI records: a "YYMMDD ID" line, the text on the
                          * next lines, a blank line (docs/tabari.md) */
} tac_input_kind;

/* Guesses the layout of the start of an input: JSON Lines if it starts
 * with '{', dated text if with "date YYYY-MM-DD", TABARI records if its first
 * non-blank line that is not a '#' comment is six (or eight) digits and a
 * record id, else plain text. */
TAC_API tac_input_kind tac_input_detect(const char *buf, size_t len);

/* A document parsed from input; its strings live in the parser's memory and
 * stay valid until the next parse call on the same tac_docbuf. */
typedef struct tac_docbuf tac_docbuf;
TAC_API tac_docbuf *tac_docbuf_new(void);
TAC_API void tac_docbuf_free(tac_docbuf *db);

/* Parses one JSON Lines record. On failure returns TAC_EINPUT with a reason
 * in errbuf ("invalid JSON at column 17: ..."). */
TAC_API tac_status tac_parse_jsonl(tac_docbuf *db, const char *line, size_t len,
                                   tac_doc *out, char *errbuf, size_t errlen);
/* As tac_parse_jsonl; a record whose "date" is missing or null takes
 * default_date ("YYYY-MM-DD", borrowed, not copied) if it is not NULL. */
TAC_API tac_status tac_parse_jsonl_default(tac_docbuf *db, const char *line, size_t len,
                                           const char *default_date, tac_doc *out,
                                           char *errbuf, size_t errlen);
/* Parses a dated-text document (whole file); id names it. */
TAC_API tac_status tac_parse_dated(tac_docbuf *db, const char *buf, size_t len,
                                   const char *id, tac_doc *out, char *errbuf,
                                   size_t errlen);
/* Repairs text to valid UTF-8 in db (invalid bytes become U+FFFD, NUL
 * bytes become spaces, a BOM is dropped). Returns TAC_EINPUT when over a
 * quarter of the bytes are invalid, NUL or control characters other than
 * white space (binary or another encoding). */
TAC_API tac_status tac_utf8_repair(tac_docbuf *db, const char *buf, size_t len,
                                   const char **out, size_t *out_len);

/* Test hook: in a -DTAC_FAULT_INJECTION build, the Nth allocation from
 * now fails (0 = none); returns the number of allocations made since the
 * previous call. A no-op returning 0 in ordinary builds. */
TAC_API long tac_fault_inject(long n);

#ifdef __cplusplus
}
#endif

#endif
