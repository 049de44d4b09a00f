import type { PloverType } from "../schemas/event.js";

/**
 * PLOVER (Political Language Ontology for Verifiable Event Records) event types, with what each covers in
 * our own words. PLOVER folds CAMEO's ~300 codes into 16 types plus OTHER; the mapping below follows the
 * PLOVER codebook's crosswalk for the CAMEO roots we emit.
 */
export const PLOVER_DESCRIPTIONS: Readonly<Record<PloverType, string>> = {
  AGREE: "agree to, sign or ratify an agreement; settle a dispute",
  CONSULT: "meet, visit, host, phone, negotiate or mediate",
  SUPPORT: "praise, endorse, defend or express solidarity",
  CONCEDE: "yield, apologise, ease restrictions",
  COOPERATE: "material or diplomatic cooperation beyond talks",
  AID: "give economic, military or humanitarian aid",
  RETREAT: "withdraw forces, release people, return property",
  REQUEST: "appeal, ask or call on another actor to act",
  ACCUSE: "criticise, condemn, denounce or complain officially",
  REJECT: "refuse, veto or dismiss a proposal or claim",
  THREATEN: "threaten sanctions, force or other penalties",
  PROTEST: "demonstrations, rallies, strikes and other dissent",
  SANCTION: "reduce or break relations: recall or expel envoys, embargoes, sanctions",
  MOBILIZE: "raise alert levels, mobilise or deploy forces",
  COERCE: "seize, arrest, censor or otherwise coerce",
  ASSAULT: "violent attacks",
  OTHER: "anything else, including plain public statements",
};

/** The PLOVER type for a CAMEO root (first two digits). */
const PLOVER_BY_CAMEO_ROOT: Readonly<Record<string, PloverType>> = {
  "01": "OTHER",
  "02": "REQUEST",
  "03": "COOPERATE",
  "04": "CONSULT",
  "05": "COOPERATE",
  "06": "COOPERATE",
  "07": "AID",
  "08": "CONCEDE",
  "09": "OTHER",
  "10": "REQUEST",
  "11": "ACCUSE",
  "12": "REJECT",
  "13": "THREATEN",
  "14": "PROTEST",
  "15": "MOBILIZE",
  "16": "SANCTION",
  "17": "COERCE",
  "18": "ASSAULT",
  "19": "ASSAULT",
  "20": "ASSAULT",
};

/** Finer PLOVER types where a CAMEO code leaves its root's family. */
const PLOVER_BY_CAMEO_CODE: Readonly<Record<string, PloverType>> = {
  "018": "SUPPORT",
  "019": "AGREE",
  "036": "CONSULT",
  "051": "SUPPORT",
  "057": "AGREE",
};

/**
 * The PLOVER type of a CAMEO code.
 *
 * @example
 * ploverOf("057") // "AGREE"
 * ploverOf("114") // "ACCUSE"
 */
export function ploverOf(cameo: string): PloverType {
  return PLOVER_BY_CAMEO_CODE[cameo] ?? PLOVER_BY_CAMEO_ROOT[cameo.slice(0, 2)] ?? "OTHER";
}
