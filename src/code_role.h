/* code_role.h -- the coder's roles (code_role.c): the subject, object and
 * target searches the per-match steps of code_event.c call. */
#ifndef TAC_CODE_ROLE_H
#define TAC_CODE_ROLE_H

#include "code.h"

/* defined in code_role.c, used by the other parts of the coder (each one
 * is described at its definition) */
uint32_t tac_code_relative_before(const tac_coder *c, uint32_t s, uint32_t j);
/* The subject group of the clause whose verb starts at token i. */
uint32_t tac_code_pp_start(const tac_coder *c, uint32_t s, uint32_t start);
int tac_code_subject_of(const tac_coder *c, uint32_t s, uint32_t i);
int tac_code_subject_owner(const tac_coder *c, uint32_t s, uint32_t i);
int tac_code_same_form_participle(const tac_tok *v);
int tac_code_is_participle(const tac_tok *v);
/* A resultative right after the verb at i ("shot dead", "burnt alive",
 * "beaten to death"): the number of its words, or 0. Such a word is the
 * verb, whatever noun it also is ("shot", "beaten"). */
uint32_t tac_code_resultative(const tac_coder *c, uint32_t i);
int tac_code_is_passive(const tac_coder *c, uint32_t s, uint32_t i);
/* A headline's participle with a thing owned as subject and no object
 * ("Tribe's land invaded"): passive for acts that need a target. */
int tac_code_owned_passive(const tac_coder *c, uint32_t s, uint32_t i);
/* 1 if the words before the comma at token j, back to the clause's break,
 * hold a finite verb: a clause of their own ("the talks failed, Smith
 * said"), not a subject with an apposition. */
int tac_code_clause_before_comma(const tac_coder *c, uint32_t s, uint32_t j);
int tac_code_by_is_means(const match *mt);
int tac_code_noun_agent(const tac_coder *c, uint32_t s, uint32_t e, uint32_t i, uint32_t *out_verb);
int tac_code_by_agent(const tac_coder *c, uint32_t s, uint32_t e, uint32_t i);
int tac_code_modifier_agent(const tac_coder *c, uint32_t e, int g);
int tac_code_in_agent(const tac_coder *c, uint32_t s, uint32_t e, uint32_t i);
int tac_code_in_event_agent(const tac_coder *c, uint32_t s, uint32_t e, uint32_t i,
                            const match *mt, int own_prep);
int tac_code_object_of(const tac_coder *c, uint32_t s, uint32_t e, uint32_t i, int verbal,
                       int infinitive);
int tac_code_pp_host_verb(const tac_coder *c, uint32_t s, uint32_t i, int bare);
int tac_code_passive_host_target(const tac_coder *c, uint32_t s, uint32_t e, int src);
int tac_code_place_target(const tac_coder *c, uint32_t s, uint32_t e, uint32_t j);
/* The place named right before the noun event at j ("the Kabul bombing"),
 * as a slot value, or -1. */
int tac_code_place_before(const tac_coder *c, uint32_t s, uint32_t j, int opening);
int tac_code_local_source(tac_coder *c, int src, int place, int *out);
/* "a car bomb exploded in Baghdad, killing five people", "opened fire on
 * a bus, killing 12": the victims a participle of harm (`marker
 * victim-participle`) after a comma in the act's clause names, for an act
 * ending at token j whose target tgt is none or a place only. The victims'
 * group (of the place's country when it has none), or for a count alone
 * a new mention of civilians (CVL) of the place's country over the count,
 * in *out; -1 in *out when there are none. -1 when out of memory, else 0. */
int tac_code_participle_victims(tac_coder *c, uint32_t s, uint32_t e, uint32_t j, int tgt,
                                int *out);
/* "a roadside bomb killed 14 in Helmand": a count alone right at token j,
 * after an active verb of harm whose act has target tgt none or a place
 * only, names civilians of the place's country, as above. */
int tac_code_count_victims(tac_coder *c, uint32_t s, uint32_t e, uint32_t j, int tgt, int *out);
int tac_code_condition_target(const tac_coder *c, uint32_t s, uint32_t e, uint32_t j,
                              const tac_cameo *cm);
int tac_code_claim_code(const tac_cameo *cm);
int tac_code_own_forces(const tac_coder *c, int src, int tgt);
int tac_code_modal_passive(const tac_coder *c, uint32_t s, uint32_t i);
int tac_code_national_forces(const tac_coder *c, int g);
int tac_code_adversary_after(const tac_coder *c, uint32_t s, uint32_t e, int tgt);
int tac_code_rivalry_target(const tac_coder *c, uint32_t s, uint32_t e, uint32_t j);
int tac_code_facing_target(const tac_coder *c, uint32_t s, uint32_t e, uint32_t j, int src);
int tac_code_motive_target(const tac_coder *c, uint32_t s, uint32_t e, uint32_t j);
int tac_code_pressure_target(const tac_coder *c, uint32_t s, uint32_t e, uint32_t j);
int tac_code_yields_to_pressure(const tac_cameo *cm);
int tac_code_same_country(const tac_coder *c, int a, int b);
int tac_code_place_root(const tac_cameo *cm);

#endif
