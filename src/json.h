/* json.h -- a strict, non-recursive reader for one JSON object per line.
 *
 * Reads the top-level members of an object; string values are unescaped
 * (all escapes, \uXXXX surrogate pairs; a lone surrogate becomes U+FFFD),
 * numbers, true/false/null are kept as text, nested arrays and objects are
 * validated and skipped (depth limit TAC_JSON_MAX_DEPTH). Nothing recurses,
 * so no input can exhaust the stack. */
#ifndef TAC_JSON_H
#define TAC_JSON_H

#include <stddef.h>

#define TAC_JSON_MAX_DEPTH 512

typedef enum tac_json_type {
    TAC_JSON_STRING = 0,
    TAC_JSON_NUMBER,
    TAC_JSON_BOOL,
    TAC_JSON_NULL,
    TAC_JSON_NESTED
} tac_json_type;

/* Called for each member. key and val are slices of out (unescaped) or of
 * the input (numbers and literals). Return 0 to go on, non-zero to stop. */
typedef int (*tac_json_member_fn)(void *user, const char *key, size_t klen,
                                  tac_json_type type, const char *val,
                                  size_t vlen);

/* Parses s[0..len) as one object (white space around it allowed). out must
 * have room for len bytes (unescaped text is never longer than its
 * source). Returns 0, or -1 with a message in err ("column 17: ..."). */
int tac_json_object(const char *s, size_t len, char *out,
                    tac_json_member_fn fn, void *user, char *err,
                    size_t errlen);

#endif
