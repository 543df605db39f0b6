/* filter.h -- which coded events `tacitus code` and `tacitus ingest` write.
 *
 * The filters act on each event after coding, on the worker thread that
 * coded it (so they work with -j), and a run given none never calls them.
 * Given filters all apply (AND), as those of `tacitus query`, whose flags
 * they share: --root, --quad, --code, --actor; --political is theirs alone.
 * The political rule is the table in filter.c; docs/cli.md states it. */
#ifndef TAC_CLI_FILTER_H
#define TAC_CLI_FILTER_H

#include <stdio.h>

#include "tacitus.h"

typedef struct ev_filter {
    int on;             /* some filter was given */
    unsigned roots;     /* bit r set: root r (1..20) is kept; 0: every root */
    unsigned quads;     /* bit q set: quad class q (1..4) is kept; 0: every class */
    char code[8];       /* CAMEO code prefix; "" for none */
    char actor[64];     /* actor code prefix, upper case, source or target; "" for none */
    int political;      /* --political */
} ev_filter;

/* Is opt a filter flag? 0 no, 1 a flag alone (--political), 2 a flag
 * that takes a value. */
int filter_flag(const char *opt);

/* Sets the filter opt (a flag filter_flag knows) to val (NULL for a flag
 * alone). Returns 0, or -1 after one message on stderr (a usage error). */
int filter_set(ev_filter *f, const char *opt, const char *val);

/* 1 if the event passes every filter of f. Reads only e; thread-safe. */
int filter_keep(const ev_filter *f, const tac_event *e);

/* 1 if the actor is a state, an IGO or an armed or political group by the
 * table in filter.c: the --political rule for one side of an event. */
int filter_political_actor(const tac_actor *a);

/* The filters' part of `code --help` and `ingest --help`; the political
 * blocks are printed from the table, so the help cannot drift from it. */
void filter_help(FILE *f);

#endif
