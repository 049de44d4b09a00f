import type { EventType, PloverType } from "../schemas/event.js";
import { CAMEO_CODES, goldsteinOf } from "./cameo.js";
import { ploverOf } from "./plover.js";

/**
 * How our event types map to CAMEO codes, PLOVER types and Goldstein weights.
 *
 * | type       | default CAMEO | PLOVER   | wordings that take another code                                          |
 * | ---------- | ------------- | -------- | ------------------------------------------------------------------------ |
 * | meeting    | 040 consult   | CONSULT  | "received", "hosted" → 043; "on the sidelines of" → 044; "negotiations" → 046; "mediation" → 045 |
 * | phone_call | 041 telephone | CONSULT  |                                                                          |
 * | visit      | 042 visit     | CONSULT  | seen from the host ("hosted a visit") → 043                              |
 * | summit     | 040 consult   | CONSULT  |                                                                          |
 * | agreement  | 057 sign      | AGREE    | "established diplomatic relations" → 054 (COOPERATE)                     |
 * | statement  | 010 statement | OTHER    | "joint statement" → 019 (AGREE); "condemned" → 111 (ACCUSE); "called on" → 020 (REQUEST); "rejected" → 120 (REJECT); "threatened" → 130 (THREATEN); condolences → 018 (SUPPORT) |
 * | protest    | 114 complain  | ACCUSE   | "recalled its ambassador" → 161 (SANCTION)                               |
 * | sanction   | 163 sanctions | SANCTION | asset freezes, travel bans, export controls, countermeasures: all 163    |
 * | other      | 010 statement | OTHER    | "severed ties", "expelled diplomats", "persona non grata" → 161 (SANCTION); "restored ties" → 050 (COOPERATE) |
 *
 * The trigger wordings themselves live in `gazetteer/event-triggers.ts`, each family with its CAMEO code.
 */
export const DEFAULT_CAMEO_BY_TYPE: Readonly<Record<EventType, string>> = {
  meeting: "040",
  phone_call: "041",
  visit: "042",
  summit: "040",
  agreement: "057",
  statement: "010",
  protest: "114",
  sanction: "163",
  other: "010",
};

export interface EventCodes {
  cameo: string;
  plover: PloverType;
  goldstein: number;
}

/**
 * The CAMEO code, PLOVER type and Goldstein weight for an event of `type`, using the trigger's own CAMEO code
 * when it has one we know.
 *
 * @example
 * codeEvent("visit") // { cameo: "042", plover: "CONSULT", goldstein: 1.9 }
 * codeEvent("protest", "161") // { cameo: "161", plover: "SANCTION", goldstein: -4 }
 */
export function codeEvent(type: EventType, cameo?: string): EventCodes {
  const code = cameo && CAMEO_CODES.has(cameo) ? cameo : DEFAULT_CAMEO_BY_TYPE[type];
  return { cameo: code, plover: ploverOf(code), goldstein: goldsteinOf(code) };
}
