/* lexicon.h -- the vocabulary: every word the dictionaries use, interned.
 *
 * Each distinct folded word gets a dense id (1..n; 0 = unknown) with its
 * lemma id and the marker flags the dictionaries gave it. The text side
 * looks a token up once (tac_lexicon_lookup) and from then on compares ids.
 *
 *   "held" --hash--> not in vocabulary --morph--> "hold" --hash--> id 812
 *   "talks" --hash--> id 97 (lemma id 97, flags 0)
 *
 * Built single-threaded at dictionary load; read-only afterwards. */
#ifndef TAC_LEXICON_H
#define TAC_LEXICON_H

#include <stddef.h>
#include <stdint.h>

#include "arena.h"
#include "hash.h"
#include "morph.h"

/* Word flags, set by `marker` lines (and TAC_LX_VERB/NOUN by WordNet). */
#define TAC_LX_FLAG_LIST(X)                                                  \
    X(NEGATION, 0, "negation")         /* not, never, n't */                 \
    X(NEGVERB, 1, "negverb")           /* deny, refuse: complement denied */ \
    X(LOCATIVE, 2, "locative")         /* in, at, near: place follows */     \
    X(PRON_PERSON, 3, "pronoun-person") /* he, she */                        \
    X(PRON_GROUP, 4, "pronoun-group")  /* they, it */                        \
    X(BOUNDARY, 5, "boundary")         /* but, while, ; : opens a clause */  \
    X(ABBREV, 6, "abbrev")             /* gen, mr, jan: takes a '.' */       \
    X(STARTER, 7, "starter")           /* the, he: may start a sentence */   \
    X(BE, 8, "be")                     /* is, was, been: passive voice */    \
    X(AUX, 9, "aux")                   /* has, will, said: verb-like */      \
    X(DET, 10, "determiner")           /* the, its, their */                 \
    X(PREP, 11, "preposition")         /* with, to, of */                    \
    X(RELATIVE, 12, "relative")        /* who, which, that */                \
    X(CONJ, 13, "conjunction")         /* and, or, as well as */             \
    X(ADVERB, 14, "adverb")            /* also, reportedly: skipped */       \
    X(BY, 15, "agent-by")              /* by: passive agent follows */       \
    X(INTENT, 16, "intent")            /* ready to, plans to */              \
    X(THREAT, 17, "threat")            /* threatened to */                   \
    X(SAY, 18, "say")                  /* said, told: reported speech */     \
    X(TITLE, 19, "title")              /* mr, gen: a name follows */         \
    X(COMPLEMENT, 20, "complement")    /* that: a clause follows */         \
    X(TIME, 21, "time")                /* words that may start a date */     \
    X(DISCARD, 22, "discard")          /* league, stocks: not political news */ \
    X(DEMAND, 23, "demand")            /* must, should: the speaker demands */ \
    X(MEMBER, 24, "member")            /* leader, spokesman: "... of" a body */

enum {
#define TAC_LX_ENUM(name, bit, text) TAC_LX_##name = 1u << (bit),
    TAC_LX_FLAG_LIST(TAC_LX_ENUM)
#undef TAC_LX_ENUM
    TAC_LX_ACTOR_START = 1u << 25, /* some actor phrase starts with it */
    TAC_LX_PAT_START = 1u << 26,   /* some event pattern starts with it */
    TAC_LX_MARK_START = 1u << 27,  /* some multi-word marker starts with it */
    TAC_LX_VERB = 1u << 28, /* lemma is a WordNet verb */
    TAC_LX_NOUN = 1u << 29, /* lemma is a WordNet noun */
    TAC_LX_SPELLING = 1u << 30 /* lemma set by a `spelling` line: kept */
};
/* Every flag a `marker` line gives (the list above), as one mask. */
#define TAC_LX_FLAG_BIT(name, bit, text) | (1u << (bit))
#define TAC_LX_MARKER_FLAGS (0u TAC_LX_FLAG_LIST(TAC_LX_FLAG_BIT))
/* "former", "ex", "erstwhile": an office held no more ("marker former").
 * Outside the enum, which holds only values an int can. */
#define TAC_LX_FORMER (1u << 31)
/* TABARI sets (tabari.h). All 32 bits are taken, so these reuse bits of
 * flags that only native sets give (MEMBER, SPELLING, FORMER): a
 * dictionary is one kind or the other, and each coder reads only its own
 * kind's flags. */
#define TAC_LX_TBNOUN (1u << 24) /* in a <NOUN> list */
#define TAC_LX_TBSTEM (1u << 30) /* some TABARI phrase uses it as a stem */
#define TAC_LX_TBADJ (1u << 31)  /* in an <ADJECTIVE> list */

/* The flag for a marker kind name, or 0 if unknown. */
uint32_t tac_lexicon_flag(const char *kind, size_t len);

/* Word classes, set by `marker` lines of single words: closed sets of word
 * forms that rules of the coder test ("the city of Kharkiv", "Western
 * powers", "thousands protested"). A class belongs to the word form as
 * written, never to its lemma ("states" is a polity noun, "state" one of
 * polity-noun-one); the coder reads it in tac_tok.wclass. */
#define TAC_LC_CLASS_LIST(X)                                                   \
    X(PLACE_NOUN, 0, "place-noun")        /* city, town, province */          \
    X(POLITY, 1, "polity-noun")           /* states, powers: a region's */    \
    X(POLITY_ONE, 2, "polity-noun-one")   /* state, power: one of them */     \
    X(NUMBER, 3, "number-word")           /* two, ten, both */                \
    X(COUNT_NOUN, 4, "count-noun")        /* thousands, dozens */             \
    X(QUANTITY, 5, "quantity")            /* hundreds, group, batch (of) */   \
    X(COMPASS, 6, "compass")              /* northern, east */                \
    X(PRESSURE, 7, "pressure")            /* pressure, calls, pleas */        \
    X(UNCHANGED_PAST, 8, "unchanged-past") /* cut, hit, put */         \
    X(CORP_SUFFIX, 9, "corp-suffix")      /* Corp, Inc, Plc: a company */   \
    X(VERB_SENSE, 10, "verb-sense")       /* demand, lending: verbs only */ \
    X(CASUALTY, 11, "casualty-noun")      /* casualties, losses: victims */ \
    X(AIRCRAFT, 12, "aircraft")           /* warplanes, drones: air strikes */ \
    X(ADJ_SENSE, 13, "adjective-sense")   /* general, official: "general strike" */ \
    X(HELP_VERB, 14, "help-verb")         /* help: with a bare verb, purpose */ \
    X(COMPANY_ORGAN, 15, "company-organ") /* board, shareholders, annual */ \
    X(MARKET, 16, "market-noun")          /* market, economy: a state's */ \
    X(BOUNDARY, 17, "boundary-noun")      /* border, road: "border between" */ \
    X(AIR_ATTACK, 18, "air-attack")       /* airstrikes, aerial: from the air */ \
    X(CAUSE_VERB, 19, "cause-verb")       /* sparked, triggered: "sparked protests" */ \
    X(TRADED, 20, "traded-noun")          /* shares, futures: "a rally in futures" */ \
    X(MEDIA_EVENT, 21, "media-event")     /* conference, release: "press conference" */ \
    X(OBJECT_FIRST, 22, "object-first")   /* accused, jailed: "accused X of" */ \
    X(WITNESS_VERB, 23, "witness-verb")   /* witnesses: "the town witnesses clashes" */ \
    X(POLICE_MEASURE, 24, "police-measure") /* curfew, security: the police's */ \
    X(CANCEL_VERB, 25, "cancel-verb")     /* cancelled, postponed: not held */ \
    X(GIVE_VERB, 26, "give-verb")         /* gave, sent: "gave Israel military aid" */ \
    X(WISH_VERB, 27, "wish-verb")         /* urged, expects: "urged X to act" */ \
    X(MARKET_DEMAND, 28, "market-demand") /* oil, consumer, rose: "oil demand" */ \
    X(HARM_WORD, 29, "harm-word")         /* killed, destroyed: people or things harmed */ \
    X(BODY_NOUN, 30, "body-noun")         /* parliament, army: a body, no title */

enum {
#define TAC_LC_ENUM(name, bit, text) TAC_LC_##name = 1u << (bit),
    TAC_LC_CLASS_LIST(TAC_LC_ENUM)
#undef TAC_LC_ENUM
};

/* The marker word classes of tac_tok.wclass (the list above), as one
 * mask: tac_lexword.classes[0] holds them in the same bits. */
#define TAC_LC_MASK_BIT(name, bit, text) | (1u << (bit))
#define TAC_LC_TOK_MASK (0u TAC_LC_CLASS_LIST(TAC_LC_MASK_BIT))

/* Word classes beyond the 31 that tac_tok.wclass keeps: set by `marker`
 * lines like the others, but read from tac_lexword.classes by rules that
 * run rarely (tac_lexicon_has). One line per class: X(NAME, index,
 * "kind"), index from 31 up to TAC_LC_MAX - 1 (31-35 are free); the
 * TAC_LC_NAME constants below name the indices. */
#define TAC_LC_EXTRA_LIST(X)                                                     \
    X(WIRE_SERVICE, 36, "wire-service") /* reuters, afp */                       \
    X(VENUE, 37, "venue")               /* school, hospital, mosque */           \
    X(ACCORD_NOUN, 38, "accord-noun")   /* accords, summit */                    \
    X(TO_VERB, 39, "to-verb")           /* press: "to press for" */              \
    X(STANCE_NOUN, 40, "stance-noun")   /* opposition: "his opposition to" */    \
    X(POSTING_AGENT, 41, "posting-agent") /* envoy: "the UN's Yemen envoy" */    \
    X(UNDERGO_VERB, 42, "undergo-verb") /* suffered: "suffered attacks" */       \
    X(CLAUSE_SAY, 43, "clause-say")     /* said: "said the man attacked" */      \
    X(MEASURE_UNIT, 44, "measure-unit") /* hour, percent: "cut by 10 percent" */ \
    X(OPPONENT_NOUN, 45, "opponent-noun") /* critics: "critics of the government" */ \
    X(SUPPORTER_NOUN, 46, "supporter-noun") /* supporters: "Chavez supporters" */ \
    X(HEAD_TITLE, 47, "head-title")     /* president, king: "the president said" */ \
    X(CHARGE_WORD, 48, "charge-word")   /* counts, guilty: "two counts of rape" */ \
    X(INCIDENT_NOUN, 49, "incident-noun") /* bombing: "the Kabul bombing" */     \
    X(REPRESSION_NOUN, 50, "repression-noun") /* crackdown: "Uyghur crackdown" */ \
    X(CENSURE_VERB, 51, "censure-verb") /* attacked: "X attacked over Y" */      \
    X(US_STATE, 52, "us-state")         /* texas, ga, mass: "Athens, Ga." */     \
    X(STATE_ABBREV, 53, "state-abbrev") /* calif., ill.: a dot when capitalised */ \
    X(FEMALE_WORD, 54, "female-word")   /* mrs, queen: "she" may stand for her */ \
    X(MALE_WORD, 55, "male-word")       /* mr, king: "she" stands not for him */ \
    X(FORCE_NOUN, 56, "force-noun")     /* airstrike: "U.S. airstrike" is the state's */ \
    X(VICTIM_PARTICIPLE, 57, "victim-participle") /* killing: ", killing five" */ \
    X(MEDIA_SHOW, 58, "media-show")     /* debate: "his MSNBC debate" is a venue */ \
    X(NATIONALITY_NOUN, 59, "nationality-noun") /* national: "a British national" */ \
    X(BARE_OFFICER, 60, "bare-officer") /* officers: the police's in a police story */ \
    X(ARMS_NOUN, 61, "arms-noun")       /* tanks, drones: "received tanks from" */ \
    X(RIVALRY_NOUN, 62, "rivalry-noun") /* warning, tensions: "a warning to Iran" */ \
    X(TRANSFER_VERB, 63, "transfer-verb") /* extradited: "handed him over to Spain" */ \
    X(ASSAULT_PARTICIPLE, 64, "assault-participle") /* stabbed, shot: "Teen stabbed" */ \
    X(CONFINEMENT_NOUN, 65, "confinement-noun") /* jail, custody: "sent to jail" */ \
    X(MEMORY_NOUN, 66, "memory-noun")   /* victims, anniversary: "victims of the riots" */ \
    X(INQUIRY_NOUN, 67, "inquiry-noun") /* trial, probe: "murder trial", "probe into" */ \
    X(PREVENT_VERB, 68, "prevent-verb") /* prevented, averted: "prevent attacks" */ \
    X(BAR_VERB, 69, "bar-verb")         /* barred, stopped: "barred him from speaking" */ \
    X(COURT_NOUN, 70, "court-noun")     /* court, tribunal: "a tribunal in The Hague" */ \
    X(COURT_SEAT, 71, "court-seat")     /* hague: seat of international courts */ \
    X(JOINING_NOUN, 72, "joining-noun") /* bid, membership: "Sweden's NATO bid" */ \
    X(CLAIM_NOUN, 80, "claim-noun")     /* reports, allegations: "denied reports" */ \
    X(ARMOR_NOUN, 81, "armor-noun")     /* tanks, artillery: "tanks shelled" */ \
    X(STATE_BODY_NOUN, 82, "state-body-noun") /* board, agency: "Tourism Board" */ \
    X(HARM_PARTICIPLE, 83, "harm-participle") /* killed, wounded: people harmed */ \
    X(GIVE_UP_VERB, 84, "give-up-verb") /* gave: "gave up fighting" */ \
    X(CURRENCY_NOUN, 85, "currency-noun") /* dollars, euros: "millions of dollars in" */ \
    X(CASUALTY_LEAD, 86, "casualty-lead") /* more, heavy: "more casualties" */ \
    X(MEETING_DETAIL, 87, "meeting-detail") /* minutes, room: "meeting room" */ \
    X(STOP_VERB, 88, "stop-verb")       /* stopped, cease: "stopped demanding" */ \
    X(CHIEF_ADJECTIVE, 89, "chief-adjective") /* prime, main: "the prime accused" */ \
    X(RETALIATION_NOUN, 90, "retaliation-noun") /* reprisal: "in reprisal for" */ \
    X(REASON_NOUN, 91, "reason-noun")   /* suspicion, charges: "held on suspicion of" */ \
    X(MONTH_LEAD, 92, "month-lead")     /* since, early: "since March" is the month */ \
    X(OWN_PLURAL, 93, "own-plural")     /* aids: no plural of a pattern's "aid" */ \
    X(FEARED_NOUN, 97, "feared-noun")   /* risk, fears: "fears of clashes" */ \
    X(RUMOR_NOUN, 98, "rumor-noun")     /* rumours: "denied rumours of riots" */ \
    X(PRESS_ASK_VERB, 99, "press-ask-verb") /* asked: "asked by reporters" */ \
    X(UNREAL_WORD, 100, "unreal-word")  /* possible, foiled: "a possible war" */ \
    X(FUTILITY_WORD, 101, "futility-word") /* little, powerless: "little to stop" */ \
    X(FACT_FINDER, 102, "fact-finder")  /* investigators: "detectives were sent" */ \
    X(FORENSIC_WORD, 103, "forensic-word") /* forensic: "a forensic team" */ \
    X(HOME_COMPOUND, 104, "home-compound") /* based, born: "a Gaza-based group" */ \
    X(SURNAME_TITLE, 105, "surname-title") /* bishop, judge: "Paul Judge said" */ \
    X(PARLIAMENT_NAME, 94, "parliament-name") /* Diet: "Japan's Diet" is its parliament */ \
    X(HABIT_WORD, 73, "habit-word")     /* often, every: "would often march" */ \
    X(STATE_ACT_NOUN, 113, "state-act-noun") /* arrests, closure: "condemned the arrests of" */ \
    X(VIOLENT_ACT_NOUN, 114, "violent-act-noun") /* killing, bombing: "condemned the killing of" */ \
    X(SITE_NOUN, 115, "site-noun")      /* bridge, dam: "struck the bridge" */ \
    X(GIVEN_NAME_PLACE, 116, "given-name-place") /* Sydney, Jordan: "Jordan Peterson" */

/* tac_lexword.classes: TAC_LC_WORDS words of 64 bits, class index i in
 * bit i % 64 of word i / 64. Indices 0-30 are the classes of
 * TAC_LC_CLASS_LIST (bit = index), the rest those of TAC_LC_EXTRA_LIST.
 * A new class past TAC_LC_MAX needs one more word here (8 bytes a word of
 * the vocabulary); the assertions below stop the build until then. */
#define TAC_LC_WORDS 2
#define TAC_LC_MAX (64 * TAC_LC_WORDS)

/* A class of TAC_LC_EXTRA_LIST, by index. A struct, not an int, so that
 * it cannot be mixed up with the TAC_LC_* masks of tac_tok.wclass: "t->wclass
 * & TAC_LC_VENUE" and "word_class(..., TAC_LC_NUMBER)" do not compile. */
typedef struct tac_lclass {
    unsigned char i;
} tac_lclass;

enum {
#define TAC_LC_INDEX(name, index, text) TAC_LCI_##name = (index),
    TAC_LC_EXTRA_LIST(TAC_LC_INDEX)
#undef TAC_LC_INDEX
};
#define TAC_LC_WIRE_SERVICE ((tac_lclass){TAC_LCI_WIRE_SERVICE})
#define TAC_LC_VENUE ((tac_lclass){TAC_LCI_VENUE})
#define TAC_LC_PARLIAMENT_NAME ((tac_lclass){TAC_LCI_PARLIAMENT_NAME})
#define TAC_LC_ACCORD_NOUN ((tac_lclass){TAC_LCI_ACCORD_NOUN})
#define TAC_LC_TO_VERB ((tac_lclass){TAC_LCI_TO_VERB})
#define TAC_LC_STANCE_NOUN ((tac_lclass){TAC_LCI_STANCE_NOUN})
#define TAC_LC_POSTING_AGENT ((tac_lclass){TAC_LCI_POSTING_AGENT})
#define TAC_LC_UNDERGO_VERB ((tac_lclass){TAC_LCI_UNDERGO_VERB})
#define TAC_LC_CLAUSE_SAY ((tac_lclass){TAC_LCI_CLAUSE_SAY})
#define TAC_LC_MEASURE_UNIT ((tac_lclass){TAC_LCI_MEASURE_UNIT})
#define TAC_LC_OPPONENT_NOUN ((tac_lclass){TAC_LCI_OPPONENT_NOUN})
#define TAC_LC_SUPPORTER_NOUN ((tac_lclass){TAC_LCI_SUPPORTER_NOUN})
#define TAC_LC_HEAD_TITLE ((tac_lclass){TAC_LCI_HEAD_TITLE})
#define TAC_LC_CHARGE_WORD ((tac_lclass){TAC_LCI_CHARGE_WORD})
#define TAC_LC_INCIDENT_NOUN ((tac_lclass){TAC_LCI_INCIDENT_NOUN})
#define TAC_LC_REPRESSION_NOUN ((tac_lclass){TAC_LCI_REPRESSION_NOUN})
#define TAC_LC_CENSURE_VERB ((tac_lclass){TAC_LCI_CENSURE_VERB})
#define TAC_LC_US_STATE ((tac_lclass){TAC_LCI_US_STATE})
#define TAC_LC_STATE_ABBREV ((tac_lclass){TAC_LCI_STATE_ABBREV})
#define TAC_LC_FEMALE_WORD ((tac_lclass){TAC_LCI_FEMALE_WORD})
#define TAC_LC_MALE_WORD ((tac_lclass){TAC_LCI_MALE_WORD})
#define TAC_LC_FORCE_NOUN ((tac_lclass){TAC_LCI_FORCE_NOUN})
#define TAC_LC_VICTIM_PARTICIPLE ((tac_lclass){TAC_LCI_VICTIM_PARTICIPLE})
#define TAC_LC_MEDIA_SHOW ((tac_lclass){TAC_LCI_MEDIA_SHOW})
#define TAC_LC_NATIONALITY_NOUN ((tac_lclass){TAC_LCI_NATIONALITY_NOUN})
#define TAC_LC_BARE_OFFICER ((tac_lclass){TAC_LCI_BARE_OFFICER})
#define TAC_LC_ARMS_NOUN ((tac_lclass){TAC_LCI_ARMS_NOUN})
#define TAC_LC_RIVALRY_NOUN ((tac_lclass){TAC_LCI_RIVALRY_NOUN})
#define TAC_LC_TRANSFER_VERB ((tac_lclass){TAC_LCI_TRANSFER_VERB})
#define TAC_LC_ASSAULT_PARTICIPLE ((tac_lclass){TAC_LCI_ASSAULT_PARTICIPLE})
#define TAC_LC_CONFINEMENT_NOUN ((tac_lclass){TAC_LCI_CONFINEMENT_NOUN})
#define TAC_LC_MEMORY_NOUN ((tac_lclass){TAC_LCI_MEMORY_NOUN})
#define TAC_LC_INQUIRY_NOUN ((tac_lclass){TAC_LCI_INQUIRY_NOUN})
#define TAC_LC_PREVENT_VERB ((tac_lclass){TAC_LCI_PREVENT_VERB})
#define TAC_LC_BAR_VERB ((tac_lclass){TAC_LCI_BAR_VERB})
#define TAC_LC_COURT_NOUN ((tac_lclass){TAC_LCI_COURT_NOUN})
#define TAC_LC_COURT_SEAT ((tac_lclass){TAC_LCI_COURT_SEAT})
#define TAC_LC_JOINING_NOUN ((tac_lclass){TAC_LCI_JOINING_NOUN})
#define TAC_LC_CLAIM_NOUN ((tac_lclass){TAC_LCI_CLAIM_NOUN})
#define TAC_LC_ARMOR_NOUN ((tac_lclass){TAC_LCI_ARMOR_NOUN})
#define TAC_LC_STATE_BODY_NOUN ((tac_lclass){TAC_LCI_STATE_BODY_NOUN})
#define TAC_LC_HARM_PARTICIPLE ((tac_lclass){TAC_LCI_HARM_PARTICIPLE})
#define TAC_LC_GIVE_UP_VERB ((tac_lclass){TAC_LCI_GIVE_UP_VERB})
#define TAC_LC_CURRENCY_NOUN ((tac_lclass){TAC_LCI_CURRENCY_NOUN})
#define TAC_LC_CASUALTY_LEAD ((tac_lclass){TAC_LCI_CASUALTY_LEAD})
#define TAC_LC_MEETING_DETAIL ((tac_lclass){TAC_LCI_MEETING_DETAIL})
#define TAC_LC_STOP_VERB ((tac_lclass){TAC_LCI_STOP_VERB})
#define TAC_LC_CHIEF_ADJECTIVE ((tac_lclass){TAC_LCI_CHIEF_ADJECTIVE})
#define TAC_LC_RETALIATION_NOUN ((tac_lclass){TAC_LCI_RETALIATION_NOUN})
#define TAC_LC_REASON_NOUN ((tac_lclass){TAC_LCI_REASON_NOUN})
#define TAC_LC_MONTH_LEAD ((tac_lclass){TAC_LCI_MONTH_LEAD})
#define TAC_LC_OWN_PLURAL ((tac_lclass){TAC_LCI_OWN_PLURAL})
#define TAC_LC_FEARED_NOUN ((tac_lclass){TAC_LCI_FEARED_NOUN})
#define TAC_LC_RUMOR_NOUN ((tac_lclass){TAC_LCI_RUMOR_NOUN})
#define TAC_LC_PRESS_ASK_VERB ((tac_lclass){TAC_LCI_PRESS_ASK_VERB})
#define TAC_LC_UNREAL_WORD ((tac_lclass){TAC_LCI_UNREAL_WORD})
#define TAC_LC_FUTILITY_WORD ((tac_lclass){TAC_LCI_FUTILITY_WORD})
#define TAC_LC_FACT_FINDER ((tac_lclass){TAC_LCI_FACT_FINDER})
#define TAC_LC_FORENSIC_WORD ((tac_lclass){TAC_LCI_FORENSIC_WORD})
#define TAC_LC_HOME_COMPOUND ((tac_lclass){TAC_LCI_HOME_COMPOUND})
#define TAC_LC_SURNAME_TITLE ((tac_lclass){TAC_LCI_SURNAME_TITLE})
#define TAC_LC_HABIT_WORD ((tac_lclass){TAC_LCI_HABIT_WORD})
#define TAC_LC_STATE_ACT_NOUN ((tac_lclass){TAC_LCI_STATE_ACT_NOUN})
#define TAC_LC_VIOLENT_ACT_NOUN ((tac_lclass){TAC_LCI_VIOLENT_ACT_NOUN})
#define TAC_LC_SITE_NOUN ((tac_lclass){TAC_LCI_SITE_NOUN})
#define TAC_LC_GIVEN_NAME_PLACE ((tac_lclass){TAC_LCI_GIVEN_NAME_PLACE})

/* Every index in range, and no two classes on one bit: per word, the sum
 * of the classes' bits equals their union only when no bit is taken
 * twice. */
#define TAC_LC_IN_RANGE(name, index, text)                                     \
    _Static_assert((index) >= 31 && (index) < TAC_LC_MAX,                     \
                   "word class " text ": index beyond TAC_LC_MAX (widen TAC_LC_WORDS)");
TAC_LC_EXTRA_LIST(TAC_LC_IN_RANGE)
#undef TAC_LC_IN_RANGE
#define TAC_LC_HOT_IN_RANGE(name, bit, text)                                   \
    _Static_assert((bit) >= 0 && (bit) < 31,                                   \
                   "word class " text ": tac_tok.wclass keeps bits 0-30 only");
TAC_LC_CLASS_LIST(TAC_LC_HOT_IN_RANGE)
#undef TAC_LC_HOT_IN_RANGE
#define TAC_LC_BIT_IN(word, index) ((index) / 64 == (word) ? UINT64_C(1) << ((index) % 64) : 0)
#define TAC_LC_OR0(name, index, text) | TAC_LC_BIT_IN(0, index)
#define TAC_LC_SUM0(name, index, text) + TAC_LC_BIT_IN(0, index)
#define TAC_LC_OR1(name, index, text) | TAC_LC_BIT_IN(1, index)
#define TAC_LC_SUM1(name, index, text) + TAC_LC_BIT_IN(1, index)
_Static_assert((UINT64_C(0) TAC_LC_CLASS_LIST(TAC_LC_OR0) TAC_LC_EXTRA_LIST(TAC_LC_OR0)) ==
                   (UINT64_C(0) TAC_LC_CLASS_LIST(TAC_LC_SUM0) TAC_LC_EXTRA_LIST(TAC_LC_SUM0)),
               "two word classes share a bit of tac_lexword.classes[0]");
_Static_assert((UINT64_C(0) TAC_LC_EXTRA_LIST(TAC_LC_OR1)) ==
                   (UINT64_C(0) TAC_LC_EXTRA_LIST(TAC_LC_SUM1)),
               "two word classes share a bit of tac_lexword.classes[1]");
_Static_assert(TAC_LC_WORDS == 2, "the assertion above checks words 0 and 1 only");
#undef TAC_LC_OR0
#undef TAC_LC_SUM0
#undef TAC_LC_OR1
#undef TAC_LC_SUM1
#undef TAC_LC_BIT_IN

/* The class index (0 to TAC_LC_MAX - 1) for a marker kind name, or -1 if
 * it names no word class. */
int tac_lexicon_class(const char *kind, size_t len);

/* Bits of tac_lexword.marks: no marker kinds, the dictionary loader sets
 * them itself. */
enum {
    /* on the lemma that ends an `agent` phrase ("vlogger",
     * "fact-checker"), the words whose unknown plurals tac_lexicon_guess
     * reads as them */
    TAC_LM_AGENT_HEAD = 1u << 0,
    /* tac_dict_finish: on the words whose form as written starts an actor
     * phrase ("=security sources"), so that the actor walk probes the
     * root's exact-form edge for these words only */
    TAC_LM_EXACT_START = 1u << 1,
    /* ... and on those whose form as written starts a pattern (`=`
     * words), for the pattern matcher's first probe */
    TAC_LM_PAT_EXACT_START = 1u << 2,
    /* ... and on the first word (its form or lemma, as the phrase holds
     * it) of each `discard` marker phrase of two or more words, so that
     * tac_code_discarded walks the marker trie only from such words */
    TAC_LM_DISCARD_START = 1u << 3,
    /* ... and on the words (form or lemma, with or without an upper-case
     * or exact-form mark) that are a whole actor phrase by themselves:
     * only from these does an actor walk that the trie's pair filter
     * refuses still find a phrase (tac_code_actor_longest) */
    TAC_LM_ACTOR_ONE = 1u << 4,
    /* the loader: on the first word of a person's name of two words or
     * more ("Tony" of "Tony Blair"), a given name: before a title word
     * that ends a name it makes that word a surname ("Tony Judge") */
    TAC_LM_GIVEN_NAME = 1u << 5
};

typedef struct tac_lexword {
    const char *s;
    uint32_t len;
    uint32_t lemma; /* id of the lemma (itself if a base form) */
    uint32_t flags;
    uint32_t marks; /* TAC_LM_*: in what was padding, the struct stays 40 bytes */
    uint64_t classes[TAC_LC_WORDS]; /* word classes of this form, by index */
} tac_lexword;

/* Whether word w is of class cls (of TAC_LC_EXTRA_LIST). Inline and with
 * a constant cls, one load and one bit test, as a plain mask was. */
static inline int tac_lexicon_has(const tac_lexword *w, tac_lclass cls)
{
    return (int)((w->classes[cls.i / 64] >> (cls.i % 64)) & 1);
}

/* Gives word w class index cls (0 to TAC_LC_MAX - 1: tac_lexicon_class). */
static inline void tac_lexicon_set_class(tac_lexword *w, int cls)
{
    w->classes[cls / 64] |= UINT64_C(1) << (cls % 64);
}


typedef struct tac_lexicon {
    tac_strmap map;    /* word -> id */
    tac_lexword *w;    /* w[id], w[0] unused */
    /* lemmatised[id]: 1 once tac_lexicon_intern has given w[id] its lemma
     * and WordNet class, so interning it again changes nothing and returns
     * at once (a dictionary writes most words many times); 2 once
     * tac_lexicon_intern_name has, which only an ordinary intern goes on
     * from. Sized as w. */
    unsigned char *lemmatised;
    size_t n, cap;
    tac_morph morph;
    tac_arena *arena;  /* where word strings are copied (the dict's) */
} tac_lexicon;

int tac_lexicon_init(tac_lexicon *lx, tac_arena *arena);
void tac_lexicon_fini(tac_lexicon *lx);

/* Sizes the vocabulary for about n words at once (a loader that can
 * estimate its count skips the rehashes and copies of growing); 0, or -1
 * on OOM. */
int tac_lexicon_reserve(tac_lexicon *lx, size_t n);

/* Interns folded word w and its lemma; returns the word id, 0 on OOM. */
uint32_t tac_lexicon_intern(tac_lexicon *lx, const char *w, size_t len);

/* Interns folded word w of a person's name: as tac_lexicon_intern, but the
 * word's class is not added to its lemma's ("Ines", read as the plural of
 * the noun "in", leaves the preposition as it is). Returns the word id, 0
 * on OOM. */
uint32_t tac_lexicon_intern_name(tac_lexicon *lx, const char *w, size_t len);

/* The regular plural of noun lemma id when it is read as a word of its
 * own, not as id: a WordNet noun ("credits", "years", "leaders"), or a
 * plural some line writes that the guess would read as the agent head id
 * ("gunships"). Sets *out_plural to its id (interned) and answers 1; 0 if
 * the plural reads as id like any other ("convoys"), id is neither a noun
 * nor an agent head, or a `marker own-plural` line keeps the plural to its
 * own sense ("aids"); -1 on OOM. The event loader lets a pattern's noun
 * match such a plural too (docs/dictionaries.md, "How a word is read").
 * Call once every line is read: agent heads and classes are known then. */
int tac_lexicon_own_plural(tac_lexicon *lx, uint32_t id, uint32_t *out_plural);

/* Interns folded word w as it is, without a lemma (TABARI words); returns
 * the word id, 0 on OOM. */
uint32_t tac_lexicon_intern_raw(tac_lexicon *lx, const char *w, size_t len);

/* Looks up a folded token: sets *out_word (0 if unknown), *out_lemma (0 if
 * its lemma is unknown) and *out_flags (flags of word and lemma, plus the
 * WordNet class of the lemma). Thread-safe, allocates nothing. */
void tac_lexicon_lookup(const tac_lexicon *lx, const char *w, size_t len,
                        uint32_t *out_word, uint32_t *out_lemma,
                        uint32_t *out_flags);

/* The two halves of tac_lexicon_lookup, for a caller that keeps its own
 * memo of the second (the coder): tac_lexicon_word_h answers 1 and sets
 * the outputs as tac_lexicon_lookup does when the vocabulary holds w
 * itself (h = tac_hash_bytes(w, len)), else 0 and sets nothing;
 * tac_lexicon_guess gives the lemma and flags of a word the vocabulary
 * does not hold (its word id is 0). Thread-safe, allocate nothing. */
static inline int tac_lexicon_word_h(const tac_lexicon *lx, const char *w, size_t len,
                                     uint64_t h, uint32_t *out_word, uint32_t *out_lemma,
                                     uint32_t *out_flags)
{
    /* inline: the coder looks every token up */
    uint32_t id = 0;
    if (!tac_strmap_get_h(&lx->map, w, len, h, &id))
        return 0;
    uint32_t lemma = lx->w[id].lemma;
    *out_word = id;
    *out_lemma = lemma;
    *out_flags = lx->w[id].flags | lx->w[lemma].flags;
    return 1;
}
/* A word WordNet lacks whose lemma is not in the vocabulary is read as
 * an agent head word (TAC_LM_AGENT_HEAD) it is a form of: a hyphen
 * compound by the lemma of its last part ("ex-servicemen" ->
 * "ex-serviceman") or its closed spelling ("peace-keepers" ->
 * "peacekeeper"), any word by a
 * plain English plural ending -s, -es, -ies or -men ("vloggers" -> "vlogger",
 * "fact-checkers" -> "fact-checker"). */
void tac_lexicon_guess(const tac_lexicon *lx, const char *w, size_t len,
                       uint32_t *out_lemma, uint32_t *out_flags);

/* A tac_abbrev_fn for the tokenizer: is folded word w (without its dot) a
 * `marker abbrev` or `marker title` (1), or a `marker state-abbrev`, which
 * takes its dot only when capitalised (2)? user is the tac_lexicon. */
int tac_lexicon_is_abbrev(const void *lexicon, const char *w, size_t len);

#endif
