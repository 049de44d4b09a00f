import { countryOfCity } from "../../gazetteer/countries.js";
import {
  actionVerbs,
  eastAsianFamilyNames,
  isHonorific,
  isParticle,
  isPlaceName,
  nonNameWords,
  organizationHeads,
  titleModifiers,
} from "./lexicon.js";
import { type CountryAt, isTitleHead } from "./titles.js";
import { isCapitalised, isPossessive, isWrapped, stripPossessive, type Token } from "./tokens.js";

/** A run of words that may be a person's name, before deciding whether it is one. */
export interface NameCandidate {
  /** First and last token of the name (honorifics excluded). */
  first: number;
  last: number;
  /** First token including a leading honorific ("Dr. Abiy Ahmed" starts at "Dr"). */
  outerFirst: number;
  start: number;
  end: number;
  name: string;
  words: string[];
  honorific: string | null;
}

const SHEIKH = new Set(["sheikh", "sheikha", "shaikh", "sheik"]);
const SUFFIXES = new Set(["jr", "sr", "ii", "iii"]);

const isInitial = (t: Token): boolean => /^(?:\p{Lu}\.){1,3}$/u.test(t.text) || /^\p{Lu}$/u.test(t.text);

/** An all-capitals word is an acronym ("NPC", "CIA") unless it is a family name written Japanese-style ("HAYASHI Yoshimasa"). */
function isAcronym(tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  if (!/^\p{Lu}{2,}$/u.test(t.text)) return false;
  const next = tokens[i + 1];
  return !(t.text.length >= 3 && next && /^\p{Lu}\p{Ll}/u.test(next.text) && next.start - t.end === 1);
}

/** Words that are usually not names but are family names in some ("Theresa May", "Vice Premier He Lifeng"). */
const AMBIGUOUS_SURNAMES = new Set(["may", "he", "june", "april", "august"]);

/** Abbreviations that are courtesy titles only when written with a dot ("Sen. Rubio", but "Hun Sen"). */
/**
 * Words that end company names, not people's: "Orvex Industries", "Kestrel Drones", "Halden Systems Inc".
 * A name run ending in one of them is a company (see the organisation finder), never a person.
 */
const CORPORATE_WORDS = new Set(
  (
    "industries industry drones systems technologies technology corp corporation inc incorporated ltd llc plc " +
    "gmbh co company aerospace dynamics holdings group electronics laboratories labs concepts solutions " +
    "enterprises manufacturing motors airlines"
  ).split(" "),
);
const DOTTED_ONLY = new Set(["sen", "rep", "gov", "amb", "gen", "col", "maj", "capt", "adm", "lt"]);

function isBreaker(tokens: Token[], i: number, countryAt: CountryAt): boolean {
  const t = tokens[i]!;
  const lower = stripPossessive(t.lower);
  if (countryAt(i)) return true;
  if (AMBIGUOUS_SURNAMES.has(lower) && isCapitalised(t.text) && isAmbiguousSurname(tokens, i)) return false;
  if (nonNameWords.has(lower) || organizationHeads.has(lower) || actionVerbs.has(lower)) return true;
  if (isTitleHead(lower) || (titleModifiers.has(lower) && isCapitalised(t.text))) return true;
  if (isHonorific(lower)) {
    if (!DOTTED_ONLY.has(lower)) return true;
    // "Sen. Rubio" but "Hun Sen." (after a name word it is the name, whatever follows)
    const prev = tokens[i - 1];
    const afterName =
      !!prev &&
      prev.sentence === t.sentence &&
      prev.end + 1 === t.start &&
      /^\p{Lu}\p{Ll}/u.test(prev.text) &&
      !nonNameWords.has(prev.lower);
    return tokens[i + 1]?.text === "." && !afterName;
  }
  if (isAcronym(tokens, i)) return true;
  return /\d/.test(t.text);
}

/** "Theresa May said" (after a given name) or "Premier He Lifeng" (between a title and a given name). */
function isAmbiguousSurname(tokens: Token[], i: number): boolean {
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  if (!prev || prev.sentence !== tokens[i]!.sentence || prev.end + 1 !== tokens[i]!.start) return false;
  const nextIsName = !!next && next.start === tokens[i]!.end + 1 && /^\p{Lu}\p{Ll}/u.test(next.text);
  if (isTitleHead(prev.lower)) return nextIsName && !nonNameWords.has(next!.lower) && !actionVerbs.has(next!.lower);
  return (
    /^\p{Lu}\p{Ll}+$/u.test(prev.text) &&
    !nonNameWords.has(prev.lower) &&
    !isTitleHead(prev.lower) &&
    !titleModifiers.has(prev.lower)
  );
}

/** Whether token `i` may continue a capitalised run that started at `i - 1`. */
function joins(text: string, prev: Token, t: Token): boolean {
  const gap = text.slice(prev.end, t.start);
  if (isWrapped(text, prev, t)) return true;
  return (
    gap === " " ||
    gap === "\u00a0" ||
    (gap === "" && (t.text === "." || t.text === ")" || prev.text === "." || prev.text === "("))
  );
}

/** Starts with an upper-case letter (which is itself the letter the word needs). */
const isNameWord = (t: Token): boolean => isCapitalised(t.text);

/**
 * Capitalised word runs that may be names, split at titles, countries, organisation words and verbs, with a
 * leading honorific noted. "Chinese Foreign Minister Wang Yi" gives "Wang Yi"; "Dr. Abiy Ahmed" gives
 * "Abiy Ahmed" (honorific "Dr"); "Sheikh Hasina" keeps "Sheikh" because the rest is a single word.
 */
export function findNameCandidates(text: string, tokens: Token[], countryAt: CountryAt): NameCandidate[] {
  const out: NameCandidate[] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i]!;
    const bracketed = t.text === "(" && tokens[i + 1] && isNameWord(tokens[i + 1]!) && tokens[i + 2]?.text === ")";
    if (!bracketed && (!isNameWord(t) || isBreaker(tokens, i, countryAt))) {
      i++;
      continue;
    }
    // extend over name words, particles, initials and glued dots
    let j = i;
    while (j + 1 < tokens.length) {
      const n = tokens[j + 1]!;
      if (!joins(text, tokens[j]!, n) || n.sentence !== t.sentence) break;
      if (n.text === "." && (isInitial(tokens[j]!) || SUFFIXES.has(tokens[j]!.lower))) {
        j++;
        continue;
      }
      // "al-Sisi", "el-Sisi", "bin-Salman": a particle glued to a name is itself a name word
      if (/^\p{Ll}+-\p{Lu}/u.test(n.text) && isParticle(n.text)) {
        j++;
        continue;
      }
      if (isParticle(n.text)) {
        // "von der Leyen", "bin Abdulrahman": particles count only when a name word follows them
        let k = j + 1;
        while (k + 1 < tokens.length && isParticle(tokens[k + 1]!.text) && joins(text, tokens[k]!, tokens[k + 1]!)) k++;
        const after = tokens[k + 1];
        if (
          k - j <= 3 &&
          after &&
          isNameWord(after) &&
          joins(text, tokens[k]!, after) &&
          !isBreaker(tokens, k + 1, countryAt)
        ) {
          j = k;
          continue;
        }
        break;
      }
      if (isNameWord(n) && !isBreaker(tokens, j + 1, countryAt)) {
        j++;
        continue;
      }
      if (SUFFIXES.has(n.lower)) {
        j++;
        continue;
      }
      // "Undersecretary (Theresa) Lazaro": a given name in brackets
      if (
        n.text === ")" &&
        tokens[j - 1]?.text === "(" &&
        tokens[j + 2] &&
        isNameWord(tokens[j + 2]!) &&
        joins(text, n, tokens[j + 2]!)
      ) {
        j++;
        continue;
      }
      break;
    }
    let last = j;
    while (last > i && isParticle(tokens[last]!.text) && !/^\p{Ll}+-\p{Lu}/u.test(tokens[last]!.text)) last--;
    const candidate = makeCandidate(text, tokens, i, last);
    if (candidate) out.push(candidate);
    i = j + 1;
  }
  return out;
}

function makeCandidate(_text: string, tokens: Token[], first: number, last: number): NameCandidate | null {
  let outerFirst = first;
  let honorific: string | null = null;
  // a leading honorific just before the run: "Dr." / "Mr" / "Sheikh"
  let k = first - 1;
  if (tokens[k]?.text === "." && k > 0 && tokens[k - 1]!.end === tokens[k]!.start) k--;
  const dotted = tokens[k + 1]?.text === "." && k + 1 < first;
  if (
    k >= 0 &&
    k < first &&
    isHonorific(tokens[k]!.lower) &&
    isCapitalised(tokens[k]!.text) &&
    (dotted || !DOTTED_ONLY.has(tokens[k]!.lower))
  ) {
    honorific = tokens[k]!.lower;
    outerFirst = k;
  }
  // "Standing Committee", "Atomic Energy Organisation": a capitalised office or body word right after the run
  const next = tokens[last + 1];
  if (next && next.start - tokens[last]!.end === 1 && isCapitalised(next.text) && !isPossessive(tokens[last]!.text)) {
    const nl = next.lower.replace(/['’]s$/, "");
    if (organizationHeads.has(nl) || titleModifiers.has(nl) || isTitleHead(nl)) return null;
  }
  const words: string[] = [];
  for (let m = first; m <= last; m++)
    if (tokens[m]!.text !== "." && tokens[m]!.text !== "(" && tokens[m]!.text !== ")") words.push(tokens[m]!.text);
  if (!words.length) return null;
  // "Ramaphosa's" → "Ramaphosa"
  const possessive = isPossessive(words[words.length - 1]!);
  if (possessive) words[words.length - 1] = stripPossessive(words[words.length - 1]!);
  let start = tokens[first]!.text === "(" ? tokens[first + 1]!.start : tokens[first]!.start;
  if (honorific && SHEIKH.has(honorific) && words.length === 1) {
    start = tokens[outerFirst]!.start;
    words.unshift(tokens[outerFirst]!.text);
  }
  const end = tokens[last]!.end - (possessive ? 2 : 0);
  const name = words.join(" ").replace(/ \. /g, ". ");
  // "Beijing Zhao" is a place before a name, but "Jordan Bardella" is a given name
  if (isPlaceName(name) || (words.length > 1 && countryOfCity(words[0]!) !== null)) return null;
  // a lone word of two letters is a fragment ("Mr. Ja"), unless it is a family name such as "Xi" or "Li"
  const lone = words.length === 1 ? words[0]! : null;
  if (lone && (lone.length === 1 || (lone.length === 2 && !eastAsianFamilyNames.has(lone.toLowerCase())))) return null;
  if (lone && /^\p{Lu}+$/u.test(lone)) return null;
  if (CORPORATE_WORDS.has(words[words.length - 1]!.toLowerCase().replace(/\.$/, ""))) return null;
  return { first, last, outerFirst, start, end, name, words, honorific };
}
