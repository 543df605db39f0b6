/* utf8.h -- UTF-8 decoding, repair, character classes and case folding.
 *
 * All functions are pure and thread-safe. Case folding and composition use
 * utf8proc (Unicode NFC + case fold) for non-ASCII text, without allocating:
 * the caller passes the output buffer. */
#ifndef TAC_UTF8_H
#define TAC_UTF8_H

#include <stddef.h>
#include <stdint.h>

/* Decodes one code point at s[0..len). Returns the bytes used (1..4) and
 * sets *cp, or 0 if the sequence is invalid (overlong, surrogate, > U+10FFFF,
 * truncated). */
size_t tac_utf8_decode(const char *s, size_t len, int32_t *cp);

/* Encodes cp into out (4 bytes room); returns bytes written. */
size_t tac_utf8_encode(int32_t cp, char *out);

/* Character classes used by the tokenizer. */
typedef enum tac_cclass {
    TAC_C_SPACE = 0,  /* white space, including NBSP and line breaks */
    TAC_C_ALPHA,      /* letters and combining marks */
    TAC_C_DIGIT,      /* decimal digits */
    TAC_C_APOS,       /* ' ’ ‘ ʼ */
    TAC_C_HYPHEN,     /* - ‐ ‑ */
    TAC_C_DASH,       /* – — ― */
    TAC_C_QUOTE,      /* " “ ” „ « » */
    TAC_C_PUNCT       /* anything else */
} tac_cclass;

tac_cclass tac_utf8_class(int32_t cp);

/* Case-folds and NFC-composes s[0..len) into out (cap bytes), mapping
 * typographic apostrophes, quotes and dashes to ASCII. Returns the length
 * written, or (size_t)-1 if cap is too small. */
size_t tac_utf8_fold(const char *s, size_t len, char *out, size_t cap);

/* 1 if the first code point of s is an upper-case letter. */
int tac_utf8_is_upper(const char *s, size_t len);

/* 1 if s[0..len) is valid UTF-8 without NUL bytes. */
int tac_utf8_valid(const char *s, size_t len);

#endif
