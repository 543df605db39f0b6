/* test.h -- minimal assertion macros for the unit tests.
 *
 * Each test_<module>.c is its own program: it calls the CHECK macros from
 * main() (or helpers) and returns test_report(), which prints
 * "<name>: N passed, M failed" and exits non-zero on any failure. */
#ifndef TAC_TEST_H
#define TAC_TEST_H

#include <stdio.h>
#include <string.h>

static int test_passed;
static int test_failed;

#define CHECK(cond)                                                          \
    do {                                                                     \
        if (cond) {                                                          \
            test_passed++;                                                   \
        } else {                                                             \
            test_failed++;                                                   \
            fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, \
                    #cond);                                                  \
        }                                                                    \
    } while (0)

#define CHECK_INT(got, want)                                                 \
    do {                                                                     \
        long long g_ = (long long)(got), w_ = (long long)(want);             \
        if (g_ == w_) {                                                      \
            test_passed++;                                                   \
        } else {                                                             \
            test_failed++;                                                   \
            fprintf(stderr, "%s:%d: %s is %lld, want %lld\n", __FILE__,      \
                    __LINE__, #got, g_, w_);                                 \
        }                                                                    \
    } while (0)

#define CHECK_STR(got, want)                                                 \
    do {                                                                     \
        const char *g_ = (got), *w_ = (want);                                \
        if (g_ && w_ && strcmp(g_, w_) == 0) {                               \
            test_passed++;                                                   \
        } else {                                                             \
            test_failed++;                                                   \
            fprintf(stderr, "%s:%d: %s is \"%s\", want \"%s\"\n", __FILE__,  \
                    __LINE__, #got, g_ ? g_ : "(null)", w_ ? w_ : "(null)"); \
        }                                                                    \
    } while (0)

static int test_report(const char *name)
{
    printf("%s: %d passed, %d failed\n", name, test_passed, test_failed);
    return test_failed ? 1 : 0;
}

#endif
