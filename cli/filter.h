/* filter.h -- which coded events `tacitus code` and `tacitus ingest` write.
 *
 * The filters act on each event after coding, on the worker thread that
 * coded it (so they work with -j), and a run given none never calls them.
 * Given filters all apply (AND); the values of one flag, in a comma list
 * or in repeated flags, are alternatives (OR). `tacitus query`, `series`
 * and `top` parse the same flags here and hand them to the store
 * (filter_political_lists gives the store the political rule), so a
 * question asked of `code` can be asked of a store. The political rule is
 * the table in filter.c; docs/cli.md states it. */
#ifndef TAC_CLI_FILTER_H
#define TAC_CLI_FILTER_H

#include <stdio.h>

#include "tacitus.h"

#define FILTER_MAX_PREFIXES 32 /* --code and --actor values, each */

typedef struct ev_filter {
    int on;             /* some filter was given */
    unsigned roots;     /* bit r set: root r (1..20) is kept; 0: every root */
    unsigned quads;     /* bit q set: quad class q (1..4) is kept; 0: every class */
    char code[FILTER_MAX_PREFIXES][8];   /* CAMEO code prefixes, any of them */
    size_t n_code;
    char actor[FILTER_MAX_PREFIXES][64]; /* actor code prefixes, upper case, any
                                          * of them as source or target */
    size_t n_actor;
    int political;      /* --political */
} ev_filter;

/* Is opt a filter flag? 0 no, 1 a flag alone (--political), 2 a flag
 * that takes a value. */
int filter_flag(const char *opt);

/* Adds val (NULL for a flag alone) to the filter opt (a flag filter_flag
 * knows): a comma list, whose values join those of the same flag given
 * before. Returns 0, or -1 after one message on stderr (a usage error). */
int filter_set(ev_filter *f, const char *opt, const char *val);

/* 1 if the event passes every filter of f. Reads only e; thread-safe. */
int filter_keep(const ev_filter *f, const tac_event *e);

/* 1 if the actor is a state, an IGO or an armed or political group by the
 * table in filter.c: the --political rule for one side of an event. */
int filter_political_actor(const tac_actor *a);

/* The --political rule as the store's query takes it (tac_query): *any
 * the comma list of the blocks that make a code political in any place,
 * *alone that of the codes political alone: the blocs of states and the
 * countries of dict. Both malloc'ed (free them). Returns 0, or -1 when
 * out of memory. */
int filter_political_lists(const tac_dict *dict, char **any, char **alone);

/* The filters' part of the help of `code`, `ingest`, `query`, `series`
 * and `top`, under the heading head; the political blocks are printed
 * from the table, so the help cannot drift from it. */
void filter_help(FILE *f, const char *head);

#endif
