/**
 * The CAMEO event codes this library emits (Conflict and Mediation Event Observations, codebook 1.1b3),
 * each with its short label in our own words and its Goldstein weight (-10 most hostile … +10 most
 * cooperative) as the CAMEO codebook's Goldstein mapping gives it. Only the codes our event types and
 * trigger wordings map to are listed; the full codebook has ~300.
 */

export interface CameoCode {
  /** Two to four digits: the first two name the root category ("04" consult). */
  code: string;
  label: string;
  goldstein: number;
}

const rows: readonly (readonly [string, string, number])[] = [
  ["010", "make a public statement (unspecified)", 0],
  ["018", "make an empathetic comment (condolences, sympathy)", 3.4],
  ["019", "express accord (joint statement of shared positions)", 3.4],
  ["020", "make an appeal or request (unspecified)", 3],
  ["036", "express intent to meet or negotiate", 4],
  ["040", "consult (unspecified): talks, meetings", 1],
  ["041", "discuss by telephone or video link", 1],
  ["042", "make a visit", 1.9],
  ["043", "host a visit", 2.8],
  ["044", "meet at a third location (on the sidelines, at a summit abroad)", 2.5],
  ["045", "mediate", 5],
  ["046", "engage in negotiation", 7],
  ["050", "engage in diplomatic cooperation (restore or normalise relations)", 3.5],
  ["051", "praise or endorse", 3.4],
  ["054", "grant diplomatic recognition (establish diplomatic relations)", 7.4],
  ["057", "sign a formal agreement", 8],
  ["111", "criticize or denounce (condemn)", -2],
  ["120", "reject (unspecified): dismiss a demand, claim or proposal", -4],
  ["130", "threaten (unspecified)", -4.4],
  ["114", "complain officially (summon an envoy, protest note)", -2],
  ["161", "reduce or break diplomatic relations (recall or expel envoys, sever ties)", -4],
  ["163", "impose embargo, boycott or sanctions", -8],
];

/** Every CAMEO code we emit, keyed by code. */
export const CAMEO_CODES: ReadonlyMap<string, CameoCode> = new Map(
  rows.map(([code, label, goldstein]) => [code, { code, label, goldstein }]),
);

/**
 * The Goldstein weight of a CAMEO code, falling back to its root category ("0431" → "043" → "04"), or 0.
 *
 * @example
 * goldsteinOf("042") // 1.9
 */
export function goldsteinOf(code: string): number {
  for (let len = code.length; len >= 2; len--) {
    const hit = CAMEO_CODES.get(code.slice(0, len)) ?? CAMEO_CODES.get(`${code.slice(0, len)}0`);
    if (hit) return hit.goldstein;
  }
  return 0;
}
