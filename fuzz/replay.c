/* replay.c -- runs stored inputs through a fuzz target, without libFuzzer.
 *
 *   replay NAME DIR...     e.g. replay dict fuzz/corpus/dict fuzz/crashes/dict
 *
 * Linked with one fuzz/fuzz_<NAME>.c, it calls LLVMFuzzerInitialize (if the
 * target has one) and then LLVMFuzzerTestOneInput on every regular file of
 * each DIR, in name order; a missing DIR is skipped (a target may have no
 * crashes/ yet). make test builds it with gcc under ASan+UBSan, so the
 * seed corpus and every fixed crash run at each test.
 *
 * A finding must be loud: the process dies (sanitizer report, abort() from
 * a broken invariant, a signal) and the name of the input is printed by a
 * sanitizer death callback or a signal handler; the exit status is not 0.
 * Under LeakSanitizer each input is also checked for leaks on its own. */
#include <dirent.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "fuzz.h"

#if defined(__has_feature)
#if __has_feature(address_sanitizer)
#define REPLAY_ASAN 1
#endif
#endif
#if defined(__SANITIZE_ADDRESS__)
#define REPLAY_ASAN 1
#endif
#ifdef REPLAY_ASAN
#include <sanitizer/common_interface_defs.h>
#include <sanitizer/lsan_interface.h>
#endif

/* Targets without a dictionary do not define it. */
#pragma weak LLVMFuzzerInitialize

/* UBSan reports through its own runtime, which does not call the ASan
 * death callback: make it abort() so that the SIGABRT handler names the
 * input. The runtime reads this hook at start-up; it is unused without
 * UBSan. */
const char *__ubsan_default_options(void);
const char *__ubsan_default_options(void)
{
    return "abort_on_error=1:print_stacktrace=1";
}

static char current[4096] = "(initialisation)";
static const char *target = "?";

static void say_where(void)
{
    /* async-signal-safe: write(2) only */
    static const char a[] = "\nreplay: FINDING in target ";
    static const char b[] = ", input ";
    ssize_t r = write(2, a, sizeof a - 1);
    r = write(2, target, strlen(target));
    r = write(2, b, sizeof b - 1);
    r = write(2, current, strlen(current));
    r = write(2, "\n", 1);
    (void)r;
}

static void on_signal(int sig)
{
    say_where();
    signal(sig, SIG_DFL);
    raise(sig);
}

static void catch_signals(void)
{
    /* ASan has its own SEGV/BUS/FPE handlers that print the report; abort()
     * from a broken invariant is ours to name. */
    signal(SIGABRT, on_signal);
#ifndef REPLAY_ASAN
    signal(SIGSEGV, on_signal);
    signal(SIGBUS, on_signal);
    signal(SIGFPE, on_signal);
    signal(SIGILL, on_signal);
#else
    __sanitizer_set_death_callback(say_where);
#endif
}

static int cmp_names(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static unsigned char *slurp(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    size_t cap = 1 << 16, n = 0;
    unsigned char *buf = malloc(cap);
    while (buf) {
        size_t r = fread(buf + n, 1, cap - n, f);
        n += r;
        if (r == 0)
            break;
        if (n == cap) {
            unsigned char *nb = realloc(buf, cap * 2);
            if (!nb) {
                free(buf);
                buf = NULL;
                break;
            }
            buf = nb;
            cap *= 2;
        }
    }
    int bad = ferror(f);
    fclose(f);
    if (bad) {
        free(buf);
        return NULL;
    }
    *len = n;
    return buf;
}

/* Runs one input from an exact-size heap copy, so that ASan sees any read
 * past its end as libFuzzer would. */
static int run_file(const char *path)
{
    size_t len = 0;
    unsigned char *buf = slurp(path, &len);
    if (!buf) {
        fprintf(stderr, "replay: cannot read %s\n", path);
        return -1;
    }
    unsigned char *exact = malloc(len ? len : 1);
    if (!exact) {
        free(buf);
        return -1;
    }
    memcpy(exact, buf, len);
    free(buf);
    snprintf(current, sizeof current, "%s", path);
    LLVMFuzzerTestOneInput(exact, len);
    free(exact);
#ifdef REPLAY_ASAN
    if (__lsan_do_recoverable_leak_check()) {
        fprintf(stderr, "replay: FINDING in target %s, input %s: memory leak\n", target,
                path);
        return -1;
    }
#endif
    snprintf(current, sizeof current, "(between inputs, after %s)", path);
    return 0;
}

static int run_dir(const char *dir, size_t *count)
{
    DIR *dh = opendir(dir);
    if (!dh)
        return 0;
    char **names = NULL;
    size_t n = 0, cap = 0;
    struct dirent *de;
    int rc = 0;
    while ((de = readdir(dh))) {
        if (de->d_name[0] == '.')
            continue;
        if (n == cap) {
            cap = cap ? cap * 2 : 64;
            char **nn = realloc(names, cap * sizeof *nn);
            if (!nn) {
                rc = -1;
                break;
            }
            names = nn;
        }
        size_t pl = strlen(dir) + strlen(de->d_name) + 2;
        names[n] = malloc(pl);
        if (!names[n]) {
            rc = -1;
            break;
        }
        snprintf(names[n++], pl, "%s/%s", dir, de->d_name);
    }
    closedir(dh);
    if (names)
        qsort(names, n, sizeof *names, cmp_names);
    for (size_t i = 0; i < n && rc == 0; i++) {
        struct stat sb;
        if (stat(names[i], &sb) != 0 || !S_ISREG(sb.st_mode))
            continue;
        if (run_file(names[i]) < 0)
            rc = -1;
        else
            ++*count;
    }
    for (size_t i = 0; i < n; i++)
        free(names[i]);
    free(names);
    return rc;
}

int main(int argc, char **argv)
{
    if (argc < 3) {
        fprintf(stderr, "usage: replay NAME DIR...\n");
        return 2;
    }
    target = argv[1];
    catch_signals();
    if (LLVMFuzzerInitialize)
        LLVMFuzzerInitialize(&argc, &argv);
    size_t count = 0;
    for (int i = 2; i < argc; i++) {
        if (run_dir(argv[i], &count) < 0) {
            fprintf(stderr, "replay %s: FAILED\n", target);
            return 1;
        }
    }
    if (count == 0) {
        fprintf(stderr, "replay %s: no inputs found\n", target);
        return 1;
    }
    snprintf(current, sizeof current, "(exit, after all %zu inputs)", count);
    printf("replay %s: %zu inputs, no finding\n", target, count);
    return 0;
}
