/* eval_ipe.c -- IndiaPoliceEvents: police actions in the Times of India, March 2002.
 *
 * ../shared/corpora/india_police_events/:
 *   metadata.jsonl  {doc_id, date, url, full_text}: 1,257 articles, in order;
 *   sents.jsonl     {doc_id, sent_id, sent_labels[], sent_text}: 21,391
 *                   sentences; each sent_text is a verbatim slice of its
 *                   article, in order. Labels answer yes/no questions about
 *                   the police: KILL, ARREST, FAIL, FORCE, ANY_ACTION.
 *
 * Items are the articles, numbered 1.. in metadata.jsonl order (odd: tuning,
 * even: held-out), so that all sentences of one story fall in the same half.
 * Each article is coded whole (pronouns and dates need their context), with
 * its publication date; each event is given to the gold sentence that holds
 * the first byte of its matched words (event text_offset). The scoring unit
 * is the gold sentence: per label, a sentence is predicted positive when it
 * holds an event whose source is police (agent COP, country IND or none) with
 * a code in the label's set:
 *
 *   ARREST      173
 *   KILL        1823, 186, 202 (the CAMEO codes that mean someone died)
 *   FORCE       175, 18x, 19x except 191/192, 20x
 *   ANY_ACTION  any code
 *   FAIL        not scored: CAMEO has no code for failing to act
 *
 * The main P/R/F1 is micro over the four scored labels (sentence x label);
 * the figures are the F1 of each label. docs/accuracy.md gives the reasons.
 *
 * The text carries UTF-8 that was decoded as Windows-1252 and encoded again
 * (U+2019 became "a-circumflex, euro, trade mark"); repair_mojibake undoes
 * that before coding, and keeps a map from repaired to original offsets so
 * that events still land in the gold sentences. The lower case is left. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "eval.h"
#include "xml.h"
#include "json.h"

#define IPE_DIR "corpora/india_police_events/"

enum { L_KILL, L_ARREST, L_FORCE, L_ANY, N_LABELS };
#define FAIL_BIT (1u << N_LABELS) /* read, shown in misses, not scored */

static const char *const label_name[N_LABELS] = {"KILL", "ARREST", "FORCE", "ANY_ACTION"};

typedef struct ipe_sent {
    long doc, id;
    const char *text; /* unescaped, in the sentence buffer; not NUL-terminated */
    size_t len;
    unsigned gold;    /* 1 << label, FAIL_BIT */
    size_t start;     /* offset in the article, or (size_t)-1 if not found */
} ipe_sent;

/* ---- reading ----------------------------------------------------------- */

typedef struct rec {
    long doc, id;
    int has_doc, has_id;
    const char *text, *date, *labels;
    size_t text_len, date_len, labels_len;
} rec;

static long num(const char *v, size_t n)
{
    char b[32];
    if (n >= sizeof b)
        n = sizeof b - 1;
    memcpy(b, v, n);
    b[n] = '\0';
    return strtol(b, NULL, 10);
}

static int keyis(const char *k, size_t kl, const char *name)
{
    return kl == strlen(name) && !memcmp(k, name, kl);
}

static int member(void *user, const char *k, size_t kl, tac_json_type t, const char *v, size_t vl)
{
    rec *r = user;
    if (keyis(k, kl, "doc_id") && t == TAC_JSON_NUMBER) {
        r->doc = num(v, vl);
        r->has_doc = 1;
    } else if (keyis(k, kl, "sent_id") && t == TAC_JSON_NUMBER) {
        r->id = num(v, vl);
        r->has_id = 1;
    } else if ((keyis(k, kl, "sent_text") || keyis(k, kl, "full_text")) &&
               t == TAC_JSON_STRING) {
        r->text = v;
        r->text_len = vl;
    } else if (keyis(k, kl, "date") && t == TAC_JSON_STRING) {
        r->date = v;
        r->date_len = vl;
    } else if (keyis(k, kl, "sent_labels") && t == TAC_JSON_NESTED) {
        r->labels = v;
        r->labels_len = vl;
    }
    return 0;
}

/* Finds needle in hay[from..n), or returns (size_t)-1. */
static size_t find(const char *hay, size_t n, size_t from, const char *needle, size_t nl)
{
    if (nl == 0 || nl > n)
        return (size_t)-1;
    for (size_t i = from; i + nl <= n; i++)
        if (hay[i] == needle[0] && !memcmp(hay + i, needle, nl))
            return i;
    return (size_t)-1;
}

/* The labels of a raw JSON array such as ["ANY_ACTION", "ARREST"]. */
static unsigned labels_of(const char *v, size_t n)
{
    unsigned bits = 0;
    char q[24];
    for (int l = 0; l < N_LABELS; l++) {
        snprintf(q, sizeof q, "\"%s\"", label_name[l]);
        if (find(v, n, 0, q, strlen(q)) != (size_t)-1)
            bits |= 1u << l;
    }
    if (find(v, n, 0, "\"FAIL\"", 6) != (size_t)-1)
        bits |= FAIL_BIT;
    return bits;
}

static int by_doc_sent(const void *a, const void *b)
{
    const ipe_sent *x = a, *y = b;
    if (x->doc != y->doc)
        return x->doc < y->doc ? -1 : 1;
    return x->id < y->id ? -1 : x->id > y->id;
}

/* Reads sents.jsonl into an array sorted by (doc_id, sent_id); the text
 * slices live in *out_strings. NULL with r->skipped set on failure. */
static ipe_sent *read_sents(const eval_ctx *ctx, size_t *out_n, char **out_strings,
                            eval_result *r)
{
    size_t len;
    char *buf = eval_slurp(ctx, IPE_DIR "sents.jsonl", &len, r);
    if (!buf)
        return NULL;
    char *strings = malloc(len + 1);
    size_t cap = 1 << 15, n = 0, used = 0;
    ipe_sent *v = malloc(cap * sizeof *v);
    long line = 0;
    char err[160];
    if (!strings || !v)
        goto nomem;
    for (char *cur = buf, *here; (here = eval_next_line(&cur)) != NULL;) {
        size_t ll = strlen(here);
        line++;
        if (ll == 0)
            continue;
        rec rc;
        memset(&rc, 0, sizeof rc);
        if (tac_json_object(here, ll, strings + used, member, &rc, err, sizeof err) < 0) {
            snprintf(r->skipped, sizeof r->skipped, IPE_DIR "sents.jsonl:%ld: %s", line, err);
            goto fail;
        }
        if (!rc.has_doc || !rc.has_id || !rc.text) {
            snprintf(r->skipped, sizeof r->skipped,
                     IPE_DIR "sents.jsonl:%ld: doc_id, sent_id or sent_text missing", line);
            goto fail;
        }
        used += ll; /* the unescaped strings of a line never outgrow it */
        if (n == cap) {
            ipe_sent *g = realloc(v, 2 * cap * sizeof *v);
            if (!g)
                goto nomem;
            v = g;
            cap *= 2;
        }
        ipe_sent *s = &v[n++];
        s->doc = rc.doc;
        s->id = rc.id;
        s->text = rc.text;
        s->len = rc.text_len;
        s->gold = rc.labels ? labels_of(rc.labels, rc.labels_len) : 0;
        s->start = (size_t)-1;
    }
    free(buf);
    qsort(v, n, sizeof *v, by_doc_sent);
    *out_n = n;
    *out_strings = strings;
    return v;
nomem:
    snprintf(r->skipped, sizeof r->skipped, "out of memory");
fail:
    free(buf);
    free(strings);
    free(v);
    return NULL;
}

/* ---- mojibake ---------------------------------------------------------- */

/* Windows-1252 bytes 0x80..0x9F as code points; 0 where the byte is undefined. */
static const unsigned cp1252_80[32] = {
    0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0, 0x017D, 0, 0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178};

#define LOST_BYTE (-2)

/* The byte a code point came from under Windows-1252: 0x80..0xFF, LOST_BYTE
 * for U+FFFD (a byte 1252 leaves undefined, replaced on the way), or -1. */
static int cp1252_byte(unsigned cp)
{
    if (cp >= 0x80 && cp <= 0xFF)
        return (int)cp; /* Latin-1 range; C1 controls pass undefined bytes through */
    for (int i = 0; i < 32; i++)
        if (cp1252_80[i] == cp)
            return 0x80 + i;
    return cp == 0xFFFD ? LOST_BYTE : -1;
}

/* Decodes one UTF-8 sequence at s[0..n); invalid bytes decode as themselves. */
static unsigned dec(const unsigned char *s, size_t n, size_t *len)
{
    unsigned c = s[0];
    size_t k = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : c >= 0xC0 ? 1 : 0;
    if (k == 0 || k >= n) {
        *len = 1;
        return c;
    }
    unsigned cp = c & (0x3Fu >> k);
    for (size_t i = 1; i <= k; i++) {
        if ((s[i] & 0xC0) != 0x80) {
            *len = 1;
            return c;
        }
        cp = cp << 6 | (s[i] & 0x3Fu);
    }
    *len = k + 1;
    return cp;
}

/* Tries to read, at s[i..n), characters that are the Windows-1252 reading of
 * one UTF-8 sequence ("\u00e2\u20ac\u2122" for U+2019). Returns the code
 * point and sets *next, or returns 0. A lost last byte (U+FFFD) is guessed
 * only where one answer is common: E2 80 ?? is U+201D, the closing quote. */
static unsigned mojibake_at(const char *s, size_t n, size_t i, size_t *next)
{
    size_t l;
    unsigned lead = dec((const unsigned char *)s + i, n - i, &l);
    if (lead < 0xC2 || lead > 0xF4)
        return 0;
    int need = lead < 0xE0 ? 1 : lead < 0xF0 ? 2 : 3;
    unsigned b[4] = {lead, 0, 0, 0};
    size_t j = i + l;
    for (int k = 1; k <= need; k++) {
        if (j >= n)
            return 0;
        int byte = cp1252_byte(dec((const unsigned char *)s + j, n - j, &l));
        if (byte == LOST_BYTE && k == need && need == 2 && b[0] == 0xE2 && b[1] == 0x80)
            byte = 0x9D;
        if (byte < 0x80 || byte > 0xBF)
            return 0;
        b[k] = (unsigned)byte;
        j += l;
    }
    unsigned cp = need == 1   ? (b[0] & 0x1F) << 6 | (b[1] & 0x3F)
                  : need == 2 ? (b[0] & 0x0F) << 12 | (b[1] & 0x3F) << 6 | (b[2] & 0x3F)
                              : (b[0] & 0x07) << 18 | (b[1] & 0x3F) << 12 |
                                    (b[2] & 0x3F) << 6 | (b[3] & 0x3F);
    unsigned min = need == 1 ? 0x80 : need == 2 ? 0x800 : 0x10000;
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
        return 0;
    *next = j;
    return cp;
}

/* Repairs s[0..n) into out (room for n + 1 bytes; repair never lengthens),
 * map[k] = offset in s of the character that gave out[k]. Returns the length.
 * Besides full sequences: "\u00c2" before a space was a no-break space whose
 * second byte became that space (dropped); "\u00c2\ufffd" is a lost C1 byte
 * (a space). */
static size_t repair_mojibake(const char *s, size_t n, char *out, size_t *map)
{
    size_t i = 0, o = 0;
    while (i < n) {
        size_t next, l;
        unsigned cp = mojibake_at(s, n, i, &next);
        if (cp) {
            size_t w = xml_utf8_put(cp, out + o);
            for (size_t k = 0; k < w; k++)
                map[o + k] = i;
            o += w;
            i = next;
            continue;
        }
        unsigned c = dec((const unsigned char *)s + i, n - i, &l);
        if (c == 0xC2 && i + l < n && s[i + l] == ' ') {
            i += l;
            continue;
        }
        if (c == 0xC2 && i + l + 3 <= n && !memcmp(s + i + l, "\xEF\xBF\xBD", 3)) {
            map[o] = i;
            out[o++] = ' ';
            i += l + 3;
            continue;
        }
        for (size_t k = 0; k < l; k++) {
            map[o] = i + k;
            out[o++] = s[i + k];
        }
        i += l;
    }
    map[o] = n;
    out[o] = '\0';
    return o;
}

/* ---- scoring ----------------------------------------------------------- */

static int is_police(const tac_actor *a)
{
    if (a->country && strcmp(a->country, "IND"))
        return 0;
    for (int i = 0; i < a->n_agents && i < TAC_MAX_AGENTS; i++)
        if (a->agents[i] && !strcmp(a->agents[i], "COP"))
            return 1;
    return 0;
}

static int code_in(const char *code, const char *const *set)
{
    for (; *set; set++)
        if (!strcmp(code, *set))
            return 1;
    return 0;
}

/* The labels an event supports (0 unless its source is police). */
static unsigned event_labels(const tac_event *ev)
{
    static const char *const kill[] = {"1823", "186", "202", NULL};
    if (!ev->code || !is_police(&ev->source))
        return 0;
    unsigned bits = 1u << L_ANY;
    int root = eval_root(ev->code);
    if (!strncmp(ev->code, "173", 3))
        bits |= 1u << L_ARREST;
    if (code_in(ev->code, kill))
        bits |= 1u << L_KILL;
    if (!strncmp(ev->code, "175", 3) || root == 18 || root == 20 ||
        (root == 19 && strncmp(ev->code, "191", 3) && strncmp(ev->code, "192", 3)))
        bits |= 1u << L_FORCE;
    return bits;
}

static void print_labels(FILE *f, unsigned bits)
{
    int any = 0;
    for (int l = 0; l < N_LABELS; l++)
        if (bits & 1u << l)
            fprintf(f, "%s%s", any++ ? "," : "", label_name[l]);
    if (bits & FAIL_BIT)
        fprintf(f, "%s(FAIL)", any++ ? "," : "");
    if (!any)
        fprintf(f, "-");
}

static void print_flat(FILE *f, const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        fputc(s[i] == '\n' || s[i] == '\r' || s[i] == '\t' ? ' ' : s[i], f);
}

typedef struct counts {
    long tp[N_LABELS], fp[N_LABELS], fn[N_LABELS];
    long lost;    /* gold sentences not found in their article */
    long refused; /* articles the coder refused */
} counts;

/* Scores one article (item k): its sentences v[0..ns), its original text
 * t[0..n). Returns 0, or -1 when out of memory. */
static int score_doc(eval_ctx *ctx, long k, const char *date, const char *t, size_t n,
                     ipe_sent *v, size_t ns, counts *c)
{
    /* where each gold sentence is in the article (they are in order) */
    size_t pos = 0;
    for (size_t i = 0; i < ns; i++) {
        size_t at = find(t, n, pos, v[i].text, v[i].len);
        v[i].start = at;
        if (at != (size_t)-1)
            pos = at + v[i].len;
        else
            c->lost++;
    }
    char *fixed = malloc(n + 1);
    size_t *map = malloc((n + 1) * sizeof *map);
    unsigned *pred = calloc(ns, sizeof *pred);
    long *owner = NULL;
    long ne = 0;
    int rc = -1;
    if (!fixed || !map || !pred)
        goto done;
    size_t fl = repair_mojibake(t, n, fixed, map);
    char id[32];
    snprintf(id, sizeof id, "%ld", v[0].doc);
    ne = eval_code(ctx, id, date, NULL, fixed);
    if (ne < 0) {
        c->refused++;
        ne = 0;
    }
    owner = malloc(((size_t)ne + 1) * sizeof *owner);
    if (!owner)
        goto done;
    /* each event goes to the last gold sentence starting at or before it */
    for (long e = 0; e < ne; e++) {
        const tac_event *ev = tac_coder_event(ctx->coder, (size_t)e);
        owner[e] = -1;
        if (!ev->field || strcmp(ev->field, "text") || ev->text_offset > fl)
            continue;
        size_t o = map[ev->text_offset];
        for (size_t i = 0; i < ns; i++)
            if (v[i].start != (size_t)-1 && v[i].start <= o)
                owner[e] = (long)i;
        if (owner[e] >= 0)
            pred[owner[e]] |= event_labels(ev);
    }
    for (size_t i = 0; i < ns; i++) {
        unsigned g = v[i].gold, p = pred[i], all = (1u << N_LABELS) - 1;
        for (int l = 0; l < N_LABELS; l++) {
            unsigned b = 1u << l;
            c->tp[l] += (g & b) && (p & b);
            c->fp[l] += !(g & b) && (p & b);
            c->fn[l] += (g & b) && !(p & b);
        }
        if (!ctx->misses || (g & all) == p)
            continue;
        fprintf(ctx->misses, "ipe %ld.%ld doc %ld: gold ", k, v[i].id, v[i].doc);
        print_labels(ctx->misses, g);
        fprintf(ctx->misses, " | tacitus ");
        print_labels(ctx->misses, p);
        for (long e = 0; e < ne; e++) {
            if (owner[e] != (long)i)
                continue;
            const tac_event *ev = tac_coder_event(ctx->coder, (size_t)e);
            fprintf(ctx->misses, " %s/%s/%s",
                    ev->source.code && ev->source.code[0] ? ev->source.code : "-", ev->code,
                    ev->has_target && ev->target.code && ev->target.code[0] ? ev->target.code
                                                                             : "-");
        }
        fprintf(ctx->misses, " | ");
        print_flat(ctx->misses, v[i].text, v[i].len);
        fprintf(ctx->misses, "\n");
    }
    rc = 0;
done:
    free(fixed);
    free(map);
    free(pred);
    free(owner);
    return rc;
}

int eval_ipe(eval_ctx *ctx, eval_result *r)
{
    size_t ns = 0, len = 0;
    char *strings = NULL;
    ipe_sent *sents = read_sents(ctx, &ns, &strings, r);
    if (!sents)
        return -1;
    char *buf = eval_slurp(ctx, IPE_DIR "metadata.jsonl", &len, r);
    char *out = buf ? malloc(len + 1) : NULL;
    if (buf && !out)
        snprintf(r->skipped, sizeof r->skipped, "out of memory");
    counts c;
    memset(&c, 0, sizeof c);
    long k = 0, line = 0, n_sents = 0;
    char err[160];
    for (char *cur = buf, *here; out && (here = eval_next_line(&cur)) != NULL;) {
        size_t ll = strlen(here);
        line++;
        if (ll == 0)
            continue;
        rec rc;
        memset(&rc, 0, sizeof rc);
        int bad = tac_json_object(here, ll, out, member, &rc, err, sizeof err) < 0;
        if (bad || !rc.has_doc || !rc.text || !rc.date) {
            snprintf(r->skipped, sizeof r->skipped, IPE_DIR "metadata.jsonl:%ld: %s", line,
                     bad ? err : "doc_id, date or full_text missing");
            break;
        }
        k++;
        if (!eval_in_split(ctx, k))
            continue;
        /* the article's sentences: a run in the sorted array */
        size_t lo = 0, hi = ns;
        while (lo < hi) {
            size_t mid = lo + (hi - lo) / 2;
            if (sents[mid].doc < rc.doc)
                lo = mid + 1;
            else
                hi = mid;
        }
        size_t end = lo;
        while (end < ns && sents[end].doc == rc.doc)
            end++;
        char date[11];
        snprintf(date, sizeof date, "%.*s", (int)(rc.date_len < 10 ? rc.date_len : 10), rc.date);
        r->items++;
        n_sents += (long)(end - lo);
        if (end > lo &&
            score_doc(ctx, k, date, rc.text, rc.text_len, sents + lo, end - lo, &c) < 0) {
            snprintf(r->skipped, sizeof r->skipped, "out of memory");
            break;
        }
    }
    free(out);
    free(buf);
    free(sents);
    free(strings);
    if (r->skipped[0])
        return -1;
    if (ctx->misses && (c.lost || c.refused))
        fprintf(ctx->misses, "ipe: %ld gold sentences not found in their article, %ld articles "
                "refused by the coder\n", c.lost, c.refused);
    static char measure[80];
    snprintf(measure, sizeof measure, "%ld sentences x 4 labels, micro", n_sents);
    r->measure = measure;
    static const char *const fig[N_LABELS] = {"KILL F1", "ARREST F1", "FORCE F1",
                                              "ANY_ACTION F1"};
    for (int l = 0; l < N_LABELS; l++) {
        r->tp += c.tp[l];
        r->fp += c.fp[l];
        r->fn += c.fn[l];
        double d = (double)(2 * c.tp[l] + c.fp[l] + c.fn[l]);
        eval_figure(r, fig[l], d > 0 ? 2.0 * (double)c.tp[l] / d : 0.0);
    }
    return 0;
}
