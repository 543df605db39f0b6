/* gazetteer.h -- place names from a GeoNames download, added to a
 * dictionary set as `place` phrases (tac_dict_options.gazetteer).
 *
 * Internal: dict.c calls tac_gazetteer_load once, after both passes over
 * the *.dict files and before tac_dict_finish compiles the phrase-start
 * flags, so the gazetteer's places live in the one actor trie and the
 * coder has no second lookup path. The rules that keep a name out are in
 * gazetteer.c and docs/dictionaries.md ("GeoNames gazetteer"). */
#ifndef TAC_GAZETTEER_H
#define TAC_GAZETTEER_H

#include "dict.h"
#include "tacitus.h"

/* Reads the GeoNames files of path (a folder, or the path of a cities
 * file with countryInfo.txt beside it) and adds their names to d's actor
 * trie as places. Bad lines go to diag as file:line: reason and count in
 * d->stats.errors; the counts of names added and left out go to d->stats.
 * Returns TAC_OK, TAC_EIO (no cities file or countryInfo.txt, or one
 * cannot be read) or TAC_ENOMEM. */
tac_status tac_gazetteer_load(tac_dict *d, const char *path, tac_diag_fn diag,
                              void *user);

#endif
