/* eval_case2021.c -- CASE 2021 shared task 2: ACLED-style event types.
 *
 * ../shared/corpora/case2021_task2_acled_types/
 * test_set_final_release_with_labels.tsv: a header, then
 * `id<TAB>snippet<TAB>label`, 1,019 news snippets of one event each, the
 * label one of 30 types (25 ACLED sub-event types and 5 "unseen" ones).
 * There are no dates (every snippet is coded with 2000-01-01) and no actor
 * gold. Items are numbered 1.. in file order (the ids have gaps).
 *
 * CAMEO cannot tell some types apart, so both sides go to 20 scoring
 * classes and "outside" (the map below, docs/accuracy.md): e.g.
 * VIOL_DEMONSTR and MOB_VIOL are both 145. Types with no CAMEO equivalent (disasters,
 * organised crime, DISR_WEAP, HQ_ESTABLISHED, CHANGE_TO_GROUP_ACT, OTHER)
 * are "outside": right when tacitus gives no event of a mapped code.
 * tacitus's type for a snippet: a riot (145) together with a protest or a
 * 17x event is VIOL_DEMONSTR|MOB_VIOL (ACLED: a demonstration whose
 * participants engage in violence is a riot, whatever force meets it); a
 * protest (14x but 145) together with 175
 * is FORCE_AGAINST_PROTEST, with another 17x PROTEST_WITH_INTER; else the
 * class of the first event in the text whose code is mapped; else outside.
 *
 * Main P/R/F1: the mapped types (micro: tp = right class, fp = a wrong
 * class given, fn = a gold class missed). Figures: type accuracy over all
 * snippets, macro-F1 over the classes with gold snippets, the share of
 * disaster and crime snippets given no event at all (false-positive
 * check) and the share of all snippets given any event. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "eval.h"

enum {
    C_OUT = 0, C_PEACE, C_PINTER, C_FORCE, C_RIOT, C_ARREST, C_ABDUCT, C_SEX, C_ATTACK,
    C_EXPLOS, C_SUIC, C_CLASH, C_ART, C_AIR, C_CHEM, C_TERR, C_NVTERR, C_AGREE, C_DIPLO,
    C_PROP, C_ATTRIB, N_CLS
};

static const char *const cls_name[N_CLS] = {
    "outside CAMEO", "PEACE_PROTEST", "PROTEST_WITH_INTER", "FORCE_AGAINST_PROTEST",
    "VIOL_DEMONSTR|MOB_VIOL", "ARREST", "ABDUCT_DISSAP", "SEX_VIOL", "ATTACK",
    "REM_EXPLOS|GRENADE", "SUIC_BOMB", "ARMED_CLASH", "ART_MISS_ATTACK", "AIR_STRIKE",
    "CHEM_WEAP", "OVERTAKES|REGAINS_TERIT", "NON_VIOL_TERRIT_TRANSFER", "AGREEMENT", "DIPLO",
    "PROPERTY_DISTRUCT", "ATTRIB"};

/* The gold labels; crime marks the classes of the false-positive check. */
static const struct {
    const char *label;
    int cls, crime;
} labels[] = {
    {"ABDUCT_DISSAP", C_ABDUCT, 0},
    {"AGREEMENT", C_AGREE, 0},
    {"AIR_STRIKE", C_AIR, 0},
    {"ARMED_CLASH", C_CLASH, 0},
    {"ARREST", C_ARREST, 0},
    {"ART_MISS_ATTACK", C_ART, 0},
    {"ATTACK", C_ATTACK, 0},
    {"CHANGE_TO_GROUP_ACT", C_OUT, 0},
    {"CHEM_WEAP", C_CHEM, 0},
    {"DISR_WEAP", C_OUT, 0},
    {"FORCE_AGAINST_PROTEST", C_FORCE, 0},
    {"GOV_REGAINS_TERIT", C_TERR, 0},
    {"GRENADE", C_EXPLOS, 0},
    {"HQ_ESTABLISHED", C_OUT, 0},
    {"MOB_VIOL", C_RIOT, 0},
    {"NON_STATE_ACTOR_OVERTAKES_TER", C_TERR, 0},
    {"NON_VIOL_TERRIT_TRANSFER", C_NVTERR, 0},
    {"OTHER", C_OUT, 0},
    {"PEACE_PROTEST", C_PEACE, 0},
    {"PROPERTY_DISTRUCT", C_PROP, 0},
    {"PROTEST_WITH_INTER", C_PINTER, 0},
    {"REM_EXPLOS", C_EXPLOS, 0},
    {"SEX_VIOL", C_SEX, 0},
    {"SUIC_BOMB", C_SUIC, 0},
    {"VIOL_DEMONSTR", C_RIOT, 0},
    {"ORG_CRIME", C_OUT, 1},
    {"NATURAL_DISASTER", C_OUT, 1},
    {"MAN_MADE_DISASTER", C_OUT, 1},
    {"DIPLO", C_DIPLO, 0},
    {"ATTRIB", C_ATTRIB, 0},
};
#define N_LABELS (sizeof labels / sizeof labels[0])

/* CAMEO code prefixes and their classes; the longest prefix wins. */
static const struct {
    const char *prefix;
    int cls;
} codes[] = {
    {"015", C_ATTRIB},  {"016", C_ATTRIB},                      /* claim, deny responsibility */
    {"03", C_DIPLO},    {"04", C_DIPLO},    {"05", C_DIPLO},    /* intent, consult, cooperate */
    {"057", C_AGREE},   {"0871", C_AGREE},                      /* sign agreement, ceasefire */
    {"0874", C_NVTERR},                                         /* retreat or surrender */
    {"14", C_PEACE},    {"145", C_RIOT},                        /* protest; riot */
    {"16", C_DIPLO},                                            /* reduce relations, sanction */
    {"171", C_PROP},    {"1711", C_OUT},                        /* seize, damage; not confiscate */
    {"173", C_ARREST},  {"175", C_FORCE},                       /* arrest; violent repression */
    {"18", C_ATTACK},   {"181", C_ABDUCT},  {"1821", C_SEX},    /* assault; abduct; sexual */
    {"183", C_EXPLOS},  {"1831", C_SUIC},                       /* bombing; suicide bombing */
    {"19", C_CLASH},    {"191", C_OUT},     {"192", C_TERR},    /* fight; blockade; occupy */
    {"194", C_ART},     {"195", C_AIR},                         /* artillery; aerial weapons */
    {"204", C_CHEM},    {"2042", C_OUT},                        /* WMD, not nuclear */
};
#define N_CODES (sizeof codes / sizeof codes[0])

/* The class of a CAMEO code (C_OUT if unmapped). */
static int code_class(const char *code)
{
    int cls = C_OUT;
    size_t best = 0;
    for (size_t i = 0; i < N_CODES; i++) {
        size_t n = strlen(codes[i].prefix);
        if (n > best && !strncmp(code, codes[i].prefix, n)) {
            best = n;
            cls = codes[i].cls;
        }
    }
    return cls;
}

/* tacitus's class for the last coded snippet of n events; *out_main is
 * the event it comes from (-1 if none or a combination). */
static int snippet_class(const eval_ctx *ctx, long n, long *out_main)
{
    int protest = 0, riot = 0, force = 0, coerce = 0;
    long first = -1;
    for (long i = 0; i < n; i++) {
        const tac_event *ev = tac_coder_event(ctx->coder, (size_t)i);
        int c = code_class(ev->code);
        protest |= c == C_PEACE;
        riot |= c == C_RIOT;
        force |= !strncmp(ev->code, "175", 3);
        coerce |= !strncmp(ev->code, "17", 2) && strncmp(ev->code, "175", 3);
        if (c == C_OUT)
            continue;
        if (first >= 0) {
            const tac_event *b = tac_coder_event(ctx->coder, (size_t)first);
            if (ev->sentence > b->sentence ||
                (ev->sentence == b->sentence && ev->text_offset >= b->text_offset))
                continue;
        }
        first = i;
    }
    *out_main = -1;
    /* ACLED: protesters do not engage in violence, though violence may be
     * used against them; a demonstration whose participants riot is a riot. */
    if (riot && (protest || force || coerce))
        return C_RIOT;
    if (protest && force)
        return C_FORCE;
    if (protest && coerce)
        return C_PINTER;
    *out_main = first;
    return first >= 0 ? code_class(tac_coder_event(ctx->coder, (size_t)first)->code) : C_OUT;
}

static int label_index(const char *s)
{
    for (size_t i = 0; i < N_LABELS; i++)
        if (!strcmp(s, labels[i].label))
            return (int)i;
    return -1;
}

int eval_case2021(eval_ctx *ctx, eval_result *r)
{
    char *buf = eval_slurp(
        ctx, "corpora/case2021_task2_acled_types/test_set_final_release_with_labels.tsv", NULL, r);
    if (!buf)
        return -1;
    r->measure = "mapped event type (20 classes)";
    long gold_n[N_CLS] = {0}, pred_n[N_CLS] = {0}, hit_n[N_CLS] = {0};
    long ok = 0, any = 0, crime = 0, crime_none = 0, k = 0;
    for (char *cur = buf, *line; (line = eval_next_line(&cur)) != NULL;) {
        char *t1 = strchr(line, '\t'), *t2 = strrchr(line, '\t');
        if (!t1 || t1 == t2 || !strncmp(line, "id\t", 3))
            continue;
        *t1 = *t2 = '\0';
        const char *id = line, *text = t1 + 1;
        int li = label_index(t2 + 1);
        if (li < 0) {
            if (ctx->misses)
                fprintf(ctx->misses, "case2021 id %s: unknown label '%s', skipped\n", id, t2 + 1);
            continue;
        }
        k++;
        if (!eval_in_split(ctx, k))
            continue;
        long n = eval_code(ctx, id, "2000-01-01", NULL, text);
        if (n < 0)
            n = 0;
        long m;
        int pred = snippet_class(ctx, n, &m), gold = labels[li].cls;
        r->items++;
        gold_n[gold]++;
        pred_n[pred]++;
        if (pred == gold) {
            ok++;
            hit_n[gold]++;
            if (gold != C_OUT)
                r->tp++;
        } else {
            if (pred != C_OUT)
                r->fp++;
            if (gold != C_OUT)
                r->fn++;
        }
        any += n > 0;
        if (labels[li].crime) {
            crime++;
            crime_none += n == 0;
        }
        if (ctx->misses && (pred != gold || (labels[li].crime && n > 0))) {
            fprintf(ctx->misses, "case2021 %ld (id %s): gold %s | tacitus %s", k, id,
                    labels[li].label, cls_name[pred]);
            if (m >= 0) {
                const tac_event *ev = tac_coder_event(ctx->coder, (size_t)m);
                fprintf(ctx->misses, " %s \"%.*s\"", ev->code, (int)ev->text_len, ev->text);
            }
            int others = 0;
            for (long i = 0; i < n; i++)
                if (i != m)
                    fprintf(ctx->misses, "%s%s", others++ ? "," : m >= 0 ? " (also " : " (",
                            tac_coder_event(ctx->coder, (size_t)i)->code);
            fprintf(ctx->misses, "%s | %s\n", others ? ")" : "", text);
        }
    }
    free(buf);
    double f1_sum = 0;
    int n_cls = 0;
    for (int c = 1; c < N_CLS; c++) {
        if (!gold_n[c])
            continue;
        f1_sum += 2.0 * (double)hit_n[c] / (double)(gold_n[c] + pred_n[c]);
        n_cls++;
    }
    if (ctx->misses)
        for (int c = 0; c < N_CLS; c++)
            fprintf(ctx->misses, "case2021 class %s: gold %ld, tacitus %ld, agreeing %ld\n",
                    cls_name[c], gold_n[c], pred_n[c], hit_n[c]);
    double items = r->items ? (double)r->items : 1.0;
    eval_figure(r, "type accuracy", (double)ok / items);
    eval_figure(r, "macro-F1", n_cls ? f1_sum / n_cls : 0);
    eval_figure(r, "disaster/crime given no event", crime ? (double)crime_none / (double)crime : 0);
    eval_figure(r, "snippets given an event", (double)any / items);
    return 0;
}
