/* tabari.c -- loading TABARI dictionary sets (.project, .verbs, .actors,
 * .agents, .options) into the engine's dictionary; see docs/tabari.md. */
#include "dict.h"

tac_status tac_dict_load_tabari(const char *path, tac_diag_fn diag, void *user,
                                tac_dict **out)
{
    *out = NULL;
    if (diag)
        diag(user, path, 0, "TABARI dictionaries are not supported yet");
    return TAC_EDICT;
}

tac_status tac_dict_tabari_option(tac_dict *dict, const char *line, size_t len)
{
    (void)dict;
    (void)line;
    (void)len;
    return TAC_EARG;
}
