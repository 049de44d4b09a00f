import type { Span } from "../../schemas/span.js";
import { actionVerbs, titleCase, titleModifiers } from "./lexicon.js";
import type { CountryAt } from "./titles.js";
import { isCapitalised, isPossessive, stripPossessive, type Token } from "./tokens.js";

/** An organisation actor while its mentions are gathered. */
export interface OrganizationDraft {
  name: string;
  key: string;
  head: string;
  country: string | null;
  mentions: Span[];
  acts: boolean;
}

/** Words that head a government body worth tracking as an actor ("the Ministry of Foreign Affairs said"). */
const ORG_HEADS = new Set([
  "ministry",
  "department",
  "presidency",
  "embassy",
  "office",
  "commission",
  "parliament",
  "mazhilis",
  "majlis",
  "congress",
  "agency",
  "service",
  "secretariat",
  "bureau",
  "kremlin",
  "government",
]);
/** Heads that name a body only when the phrase is capitalised ("Presidential Office", not "his office"). */
const CAPITAL_ONLY = new Set(["office", "service", "agency", "bureau", "government", "department", "commission"]);
const DETERMINERS = new Set([
  "the",
  "a",
  "an",
  "our",
  "their",
  "his",
  "her",
  "its",
  "this",
  "that",
  "my",
  "your",
  "whose",
]);
const LOWER_OK = new Set(["foreign", "defence", "defense", "interior", "trade", "finance", "presidential", "press"]);

/** Bodies that are meetings or mechanisms, not actors: "Joint Commission", "Bi-National Commission". */
const MECHANISMS = /^(?:Joint|Bi-?National|Binational|Intergovernmental|Mixed)\b/i;

const CALENDAR_AND_FUNCTION =
  /^(?:january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|the|a|an|in|on|at|said|says)$/;

/** Whether token `k` continues a body's name to the right ("... of Foreign Affairs and International Cooperation"). */
function continuesName(tokens: Token[], k: number, countryAt: CountryAt): boolean {
  const t = tokens[k]!;
  if (t.start - tokens[k - 1]!.end !== 1 || !/\p{L}/u.test(t.text)) return false;
  if (t.lower === "and") {
    // "and UNDESA", "and China" start another party
    const next = tokens[k + 1];
    return !!next && /^\p{Lu}\p{Ll}/u.test(next.text) && !countryAt(k + 1);
  }
  return isCapitalised(t.text) && !CALENDAR_AND_FUNCTION.test(t.lower) && !/^\p{Lu}{2,}$/u.test(t.text);
}

/**
 * Ministries, parliaments, presidencies, agencies and embassies named in the text, with their country
 * ("the Qatari foreign ministry" → QA; "the Ministry of Trade of Qatar" → QA) and every mention,
 * including later short references ("the ministry").
 */
export function findOrganizations(
  text: string,
  tokens: Token[],
  countryAt: CountryAt,
  personStarts: Set<number>,
): OrganizationDraft[] {
  const orgs: OrganizationDraft[] = [];
  const byKey = new Map<string, OrganizationDraft>();
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const head = stripPossessive(t.lower);
    if (!ORG_HEADS.has(head)) continue;
    // a body of an international organisation ("International Atomic Energy Agency") is already a country-like code
    if (countryAt(i)) continue;
    const headCap = isCapitalised(t.text);
    // walk left over the body's modifiers ("Chinese Ministry", "Qatari foreign ministry", "National People's")
    let from = i;
    let country: string | null = null;
    while (from > 0 && tokens[from - 1]!.sentence === t.sentence && tokens[from]!.start - tokens[from - 1]!.end <= 1) {
      const p = tokens[from - 1]!;
      const code = countryAt(from - 1);
      if (code) {
        country = code;
        if (!isPossessive(p.text)) from--;
        break;
      }
      if (personStarts.has(p.start)) break;
      if (
        (isCapitalised(p.text) && /\p{L}/u.test(p.text) && !DETERMINERS.has(p.lower)) ||
        (LOWER_OK.has(p.lower) && !headCap)
      ) {
        from--;
        continue;
      }
      break;
    }
    // walk right over "of (the) Capitalised ..." ("Ministry of Foreign Affairs of Qatar")
    let to = i;
    if (!t.text.match(/['’]s$/)) {
      while (
        to + 2 < tokens.length &&
        /^(?:of|for)$/.test(tokens[to + 1]!.lower) &&
        tokens[to + 1]!.sentence === t.sentence
      ) {
        let k = to + 2;
        if (tokens[k]!.lower === "the") k++;
        if (!tokens[k] || !isCapitalised(tokens[k]!.text)) break;
        const code = countryAt(k);
        let m = k;
        while (m + 1 < tokens.length && continuesName(tokens, m + 1, countryAt)) m++;
        if (tokens[m]!.lower === "and") m--;
        if (code && !country) country = code;
        to = m;
      }
    }
    const phraseCap = isCapitalised(tokens[from]!.text) || headCap;
    if (CAPITAL_ONLY.has(head) && !headCap) continue;
    if (from === i && to === i && !headCap) {
      // a bare "the ministry": a later mention of the last body with that head
      const prior = [...orgs].reverse().find((o) => o.head === head);
      if (prior && tokens[i - 1]?.lower === "the") prior.mentions.push({ start: t.start, end: t.end });
      continue;
    }
    if (!phraseCap && !country) continue;
    const start = tokens[from]!.start;
    const end = t.text.match(/['’]s$/) && to === i ? t.end - 2 : tokens[to]!.end;
    const name = titleCase(text.slice(start, end).replace(/\s+/g, " "));
    if (MECHANISMS.test(name)) {
      i = to;
      continue;
    }
    if (name.split(" ").length === 1 && !/^(?:Kremlin|Presidency|Mazhilis|Majlis|Parliament|Congress)$/.test(name)) {
      if (!country) continue;
    }
    const key = name.toLowerCase();
    let org = byKey.get(key);
    if (!org) {
      org = { name, key, head, country, mentions: [], acts: false };
      byKey.set(key, org);
      orgs.push(org);
    }
    org.mentions.push({ start, end });
    const after = tokens.slice(to + 1, to + 4).map((x) => x.lower);
    if (after.some((w) => actionVerbs.has(w)) || after[0] === "spokesperson" || after[0] === "spokesman")
      org.acts = true;
    i = to;
  }
  return orgs.filter((o) => !titleModifiers.has(o.key));
}
