import { countryOfCity, findCountryByName, listCountryPhrases } from "../../gazetteer/countries.js";
import { EAST_ASIAN_FAMILY_NAMES, FEMALE_GIVEN_NAMES, NAME_PARTICLES } from "../../gazetteer/person-names.js";
import {
  ACTION_VERBS,
  HONORIFICS,
  NON_NAME_WORDS,
  ORGANIZATION_HEADS,
  TITLE_HEADS,
  TITLE_MODIFIERS,
} from "../../gazetteer/titles.js";
import { stripPossessive, straighten } from "./tokens.js";

/** Word sets compiled once from the gazetteer lists; every lookup takes a lower-case word. */
export const titleHeads = new Set(TITLE_HEADS);
export const titleModifiers = new Set(TITLE_MODIFIERS);
export const honorifics = new Set(HONORIFICS);
export const nonNameWords = new Set(NON_NAME_WORDS);
export const organizationHeads = new Set(ORGANIZATION_HEADS);
export const particles = new Set(NAME_PARTICLES);
export const eastAsianFamilyNames = new Set(EAST_ASIAN_FAMILY_NAMES);
export const femaleGivenNames = new Set(FEMALE_GIVEN_NAMES);

/** Present-tense and headline verbs that end a capitalised run ("Wang Yi Meets ..."). */
const HEADLINE_VERBS = [
  "meets",
  "holds",
  "says",
  "calls",
  "urges",
  "vows",
  "hails",
  "receives",
  "welcomes",
  "congratulates",
  "thanks",
  "talks",
  "phones",
  "sends",
  "pays",
  "hosts",
  "arrives",
  "begins",
  "ends",
  "visits",
  "attends",
  "signs",
  "speaks",
  "discusses",
  "leads",
  "holds",
  "warns",
  "slams",
  "rejects",
  "summons",
  "recalls",
  "joins",
  "backs",
  "seeks",
  "wants",
  "agree",
  "agrees",
  "meet",
  "hold",
  "discuss",
  "sign",
  "vow",
  "pledge",
  "pledges",
  "mulls",
  "eyes",
  "plans",
];
export const actionVerbs = new Set([...ACTION_VERBS, ...HEADLINE_VERBS]);

/** Connectors that may stand inside a title ("Minister of Foreign Affairs", "Coordinator for the Middle East"). */
export const titleConnectors = new Set(["of", "for", "and", "the", "to", "on", "&"]);

/** True for a lower-case name particle or a particle glued by a hyphen ("al-Sisi", "el-Sisi", "bin"). */
export function isParticle(word: string): boolean {
  const w = straighten(word);
  if (particles.has(w)) return true;
  return /^(?:al|el|ad|as|ash|ul|bin|abu|ibn|ben)-\p{L}/u.test(w) && /^\p{Ll}/u.test(w);
}

/** True for "Dr", "Mr", "H.E." or "Sheikh", with or without a dot. */
export function isHonorific(lower: string): boolean {
  return honorifics.has(lower.endsWith(".") ? lower.slice(0, -1) : lower);
}

const exactCountryWords = new Map<string, string>();
for (const [phrase, meaning] of listCountryPhrases())
  if (meaning.code && meaning.kind !== "capital" && !phrase.includes(" ")) exactCountryWords.set(phrase, meaning.code);

/** The country or organisation code a single word stands for, written as the gazetteer writes it ("China's", "Chinese", "U.S."), or null ("Un" is not the UN). */
export function countryOfWord(word: string): string | null {
  return (
    exactCountryWords.get(stripPossessive(straighten(word))) ?? exactCountryWords.get(stripPossessive(word)) ?? null
  );
}

/** True when the words are a place (country, demonym, capital, city) rather than a name. */
export function isPlaceName(words: string): boolean {
  return findCountryByName(words) !== null || countryOfCity(words) !== null;
}

/** A title-cased copy of a title phrase, small words left lower-case: "speaker of the Mazhilis" → "Speaker of the Mazhilis". */
export function titleCase(phrase: string): string {
  return phrase
    .split(/(\s+)/)
    .map((w, i) =>
      i > 0 && /^(?:of|for|and|the|to|on|in|at|a|an)$/i.test(w)
        ? w.toLowerCase()
        : w.replace(/^\p{Ll}/u, (c) => c.toUpperCase()),
    )
    .join("");
}
