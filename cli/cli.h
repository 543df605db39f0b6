/* cli.h -- what the files of the tacitus command-line tool share.
 *
 * main.c holds the coding pipeline (code, ingest) and the small verbs;
 * filter.c (filter.h) the filters of the events code and ingest write and
 * the store verbs count;
 * store_cmds.c the verbs that read an event store (query, series, top). */
#ifndef TAC_CLI_H
#define TAC_CLI_H

#include <stddef.h>

#include "tacitus.h"

/* Exit status of every verb (docs/cli.md). */
enum { EXIT_SKIPPED = 1, EXIT_USAGE = 2, EXIT_DICT = 3, EXIT_SYSTEM = 4 };

/* "tacitus: message" on stderr. */
void errf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* Buffered standard output; the first write error is kept and reported by
 * finish_out, which returns 0 or EXIT_SYSTEM. */
void write_out(const char *s, size_t n);
/* Writes s[0..n) to standard output as a JSON string (store_cmds.c). */
void put_json_strn(const char *s, size_t n);
int finish_out(void);
/* --dict, else $TACITUS_DICT, else the set beside the binary. */
const char *default_dict(char *buf, size_t cap);
/* The GeoNames gazetteer to read: given (--gazetteer), else
 * $TACITUS_GAZETTEER; NULL if none or "". */
const char *default_gazetteer(const char *given);

int cmd_query(int argc, char **argv);
int cmd_series(int argc, char **argv);
int cmd_top(int argc, char **argv);
int cmd_eval(int argc, char **argv);

#endif
