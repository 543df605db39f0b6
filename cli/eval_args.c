/* eval_args.c -- what the event-argument gold sets (RAMS, WikiEvents)
 * share: the map from an event type to CAMEO roots and to the roles that
 * are the source and the target, and buffers that grow. */
#include <stdlib.h>
#include <string.h>

#include "eval.h"

const eval_type_map *eval_find_type(const eval_type_map *types, size_t n, const char *type)
{
    const eval_type_map *best = NULL;
    size_t best_n = 0;
    for (size_t i = 0; i < n; i++) {
        size_t len = strlen(types[i].prefix);
        if (len > best_n && !strncmp(type, types[i].prefix, len) &&
            (type[len] == '\0' || type[len] == '.')) {
            best = &types[i];
            best_n = len;
        }
    }
    return best;
}

int eval_type_has_root(const eval_type_map *t, int root)
{
    for (int i = 0; i < EVAL_MAX_ROOTS && t->roots[i]; i++)
        if (t->roots[i] == root)
            return 1;
    return 0;
}

int eval_role_in(const char *const *list, const char *role)
{
    for (int i = 0; i < EVAL_MAX_ROLES && list[i]; i++)
        if (!strcmp(list[i], role))
            return 1;
    return 0;
}

int eval_grow(void **p, size_t *cap, size_t need, size_t size)
{
    if (need <= *cap)
        return 0;
    size_t c = *cap ? *cap : 64;
    while (c < need)
        c *= 2;
    void *q = realloc(*p, c * size);
    if (!q)
        return -1;
    *p = q;
    *cap = c;
    return 0;
}
