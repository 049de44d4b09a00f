import type { Span } from "../../schemas/span.js";
import { actionVerbs, femaleGivenNames, titleModifiers } from "./lexicon.js";
import { type CountryAt, isTitleHead } from "./titles.js";
import { isCapitalised, isPossessive, sentenceOfTokenAt, type Token } from "./tokens.js";

/** A person while mentions are still being gathered. */
export interface PersonDraft {
  name: string;
  /** Folded name words (lower case, no accents), honorifics removed. */
  words: string[];
  mentions: Span[];
  aliases: Set<string>;
  title: string | null;
  country: string | null;
  female: boolean;
}

const NON_ASCII = /[^\x00-\x7f]/;

/** foldWord for words with non-ASCII characters: accents dropped, typographic apostrophes straightened. */
const foldUnicodeWord = (w: string): string =>
  w
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[’']/g, "'")
    .toLowerCase();

/** Lower case without accents: "Káčer" → "kacer" (ASCII words skip the Unicode normalisation). */
export const foldWord = (w: string): string => (NON_ASCII.test(w) ? foldUnicodeWord(w) : w.toLowerCase());

/** Whether a person's given names mark her as a woman (used only to pick between candidates for she/her). */
export function isFemaleName(words: readonly string[]): boolean {
  return words.some((w) => femaleGivenNames.has(foldWord(w)));
}

const HEAD_OF_STATE = new Set([
  "president",
  "king",
  "queen",
  "emir",
  "amir",
  "sultan",
  "monarch",
  "chairman",
  "leader",
  "head",
]);

/** The words of a title, folded, for matching a later "the minister" ("Vice Foreign Minister" → vice, foreign, minister). */
function titleWords(title: string | null): Set<string> {
  const folded = foldWord(title ?? "");
  const words = new Set(folded.split(/[\s-]+/).filter(Boolean));
  if (folded.includes("prime minister")) words.add("prime minister");
  return words;
}

function titleMatches(words: Set<string>, head: string, complement: string): boolean {
  if (!words.size) return false;
  if (head === "head" && complement === "state") return [...HEAD_OF_STATE].some((h) => words.has(h));
  if (head === "head" && complement === "government")
    return ["prime minister", "premier", "chancellor", "head"].some((h) => words.has(h));
  return (SYNONYMS.get(head) ?? [head]).some((h) => words.has(h));
}

/** Office words that refer to the same office ("nuclear chief" for the head of an atomic energy body). */
const SYNONYMS = new Map<string, string[]>([
  ["chief", ["chief", "head", "director", "director-general"]],
  ["head", ["head", "chief", "director", "director-general"]],
  ["spokesman", ["spokesman", "spokesperson", "spokeswoman"]],
  ["spokesperson", ["spokesman", "spokesperson", "spokeswoman"]],
  ["spokeswoman", ["spokesman", "spokesperson", "spokeswoman"]],
  ["envoy", ["envoy", "ambassador", "representative"]],
  ["ambassador", ["ambassador", "envoy"]],
  ["leader", ["leader", "president", "chairman", "prime minister", "premier", "king", "emir"]],
  ["premier", ["premier", "prime minister"]],
  ["chairperson", ["chairperson", "chairman", "chair"]],
  ["chairman", ["chairperson", "chairman", "chair"]],
]);

/** The person whose name was last written before `pos` among those `ok` accepts, or -1. */
function nearestBefore(
  mentions: readonly { at: number; person: number }[],
  pos: number,
  ok: (p: number) => boolean,
): number {
  // binary search for the last mention before pos, then walk back to the first acceptable person
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[mid]!.at < pos) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo - 1, tried = 0; k >= 0 && tried < 200; k--, tried++)
    if (ok(mentions[k]!.person)) return mentions[k]!.person;
  return -1;
}

/**
 * Title-only references ("the Chairperson", "the Chinese president", "the Kazakh Head of State") resolved to the
 * most recent person with that office (and that country, when one is written). Returns [person index, span,
 * the country the reference names].
 */
export function findTitleMentions(
  tokens: Token[],
  persons: PersonDraft[],
  countryAt: CountryAt,
  taken: (start: number) => boolean,
): [number, Span, string | null][] {
  const out: [number, Span, string | null][] = [];
  const words = persons.map((p) => titleWords(p.title));
  const named = persons
    .flatMap((p, person) => p.mentions.map((m) => ({ at: m.start, person })))
    .sort((a, b) => a.at - b.at);
  for (let i = 0; i < tokens.length; i++) {
    let j: number;
    let country: string | null = null;
    if (tokens[i]!.lower === "the") {
      j = i + 1;
      if (countryAt(j)) {
        country = countryAt(j);
        while (countryAt(j) === country) j++;
      }
    } else if (countryAt(i) && isPossessive(tokens[i]!.text) && countryAt(i - 1) !== countryAt(i)) {
      // "Iran's nuclear chief"
      country = countryAt(i);
      j = i + 1;
    } else continue;
    while (j < tokens.length && titleModifiers.has(tokens[j]!.lower) && !isTitleHead(tokens[j]!.lower)) j++;
    const headTok = tokens[j];
    if (!headTok || !isTitleHead(headTok.lower) || headTok.lower === "official" || headTok.lower === "member") continue;
    // "the ... of State" / "of Government"
    let end = j;
    let complement = "";
    if (tokens[j + 1]?.lower === "of" && /^(?:state|government)$/.test(tokens[j + 2]?.lower ?? "")) {
      complement = tokens[j + 2]!.lower;
      end = j + 2;
    }
    // a title that introduces a name ("the Chinese president Xi Jinping") is not a title-only mention
    const next = tokens[end + 1];
    if (next && isCapitalised(next.text) && next.start - tokens[end]!.end === 1 && /\p{L}/u.test(next.text)) continue;
    if (next && next.lower === "of" && end === j) continue;
    const span = { start: tokens[tokens[i]!.lower === "the" ? i + 1 : i]!.start, end: tokens[end]!.end };
    if (taken(span.start)) continue;
    const head = headTok.lower;
    const who = nearestBefore(
      named,
      span.start,
      (p) =>
        titleMatches(words[p]!, head, complement) &&
        (!country || !persons[p]!.country || persons[p]!.country === country),
    );
    if (who >= 0) out.push([who, span, country]);
  }
  return out;
}

const SPEECH_VERBS = new Set(
  "said says added adds noted notes stated stressed told tells emphasized emphasised explained underlined insisted wrote warned asked replied continued concluded".split(
    " ",
  ),
);

/** Index of the first token that starts at or after `offset` (binary search). */
function tokenIndexAt(tokens: Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The person whose most recent mention (within three sentences) is the subject or object of a speech verb. */
function lastSpeaker(
  tokens: Token[],
  seen: MentionAt[],
  sentence: number,
  fits: (p: number) => boolean,
): number | undefined {
  for (let k = seen.length - 1; k >= 0 && seen.length - k <= LOOK_BACK; k--) {
    const m = seen[k]!;
    if (m.sentence < sentence - 3) break;
    if (!fits(m.person)) continue;
    const after = tokens[tokenIndexAt(tokens, m.end)]?.lower ?? "";
    const before = tokens[tokenIndexAt(tokens, m.at) - 1]?.lower ?? "";
    if (SPEECH_VERBS.has(after) || SPEECH_VERBS.has(before)) return m.person;
  }
  return undefined;
}

interface MentionAt {
  at: number;
  end: number;
  person: number;
  sentence: number;
}

/** How many earlier mentions a pronoun may weigh. */
const LOOK_BACK = 60;

const MALE = new Set(["he", "him", "his", "himself"]);
const FEMALE = new Set(["she", "her", "hers", "herself"]);

/**
 * Third-person pronouns resolved to a person: at the start of a sentence to the first person named in the
 * previous sentence (its subject), inside a sentence to the last person named before it in that sentence, else
 * the subject of the previous sentence. Women are only matched by she/her, others by he/him/his.
 */
export function resolvePronouns(tokens: Token[], persons: PersonDraft[]): [number, Span][] {
  const all: MentionAt[] = [];
  const sentenceOf = sentenceOfTokenAt(tokens);
  persons.forEach((p, i) => {
    for (const m of p.mentions) all.push({ at: m.start, end: m.end, person: i, sentence: sentenceOf(m.start) ?? -1 });
  });
  all.sort((a, b) => a.at - b.at);
  const bySentence = new Map<number, MentionAt[]>();
  for (const m of all) {
    const list = bySentence.get(m.sentence) ?? [];
    list.push(m);
    bySentence.set(m.sentence, list);
  }
  const out: [number, Span][] = [];
  let k = 0;
  const seen: MentionAt[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    while (k < all.length && all[k]!.at < t.start) seen.push(all[k++]!);
    const male = MALE.has(t.lower);
    const female = FEMALE.has(t.lower);
    if (!male && !female) continue;
    const fits = (p: number) => persons[p]!.female === female;
    // at most LOOK_BACK mentions of a sentence are weighed, so a run-on "sentence" stays linear
    const inSentence = (s: number) => {
      const list = bySentence.get(s) ?? [];
      let lo = 0;
      let hi = list.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (list[mid]!.at < t.start) lo = mid + 1;
        else hi = mid;
      }
      // short sentences keep their subject (first mention); run-ons only their last LOOK_BACK mentions
      return list.slice(Math.max(0, lo - LOOK_BACK), lo).filter((m) => fits(m.person));
    };
    const sameSentence = inSentence(t.sentence);
    const sentenceStart = i === 0 || tokens[i - 1]!.sentence !== t.sentence || /^["“‘]$/.test(tokens[i - 1]!.text);
    const subject = t.lower === "he" || t.lower === "she";
    let pick: number | undefined;
    // '"...," he said': the person last reported as speaking
    const afterQuote =
      /^["”’]$/.test(tokens[i - 1]?.text ?? "") ||
      (tokens[i - 1]?.text === "," && /^["”’]$/.test(tokens[i - 2]?.text ?? ""));
    if (subject && afterQuote && SPEECH_VERBS.has(tokens[i + 1]?.lower ?? ""))
      pick = lastSpeaker(tokens, seen, t.sentence, fits);
    const object = t.lower === "him";
    if (pick !== undefined) {
      // found
    } else if (object) {
      // "Jaishankar thanked him": an object pronoun is not the subject of its own sentence
      const subjectOfSentence = sameSentence[0]?.person;
      for (let k = seen.length - 1; k >= 0 && pick === undefined && seen.length - k <= LOOK_BACK; k--) {
        const m = seen[k]!;
        if (m.sentence < t.sentence - 3) break;
        if (fits(m.person) && m.person !== subjectOfSentence) pick = m.person;
      }
    } else if (!sentenceStart && sameSentence.length) {
      // a subject pronoun refers to the sentence's subject: the first person followed by a verb, else the first
      const acting = sameSentence.find((m) => actionVerbs.has(tokens[tokenIndexAt(tokens, m.end)]?.lower ?? ""));
      pick = subject ? (acting ?? sameSentence[0]!).person : sameSentence[sameSentence.length - 1]!.person;
    } else {
      // the subject of the nearest earlier sentence (within three sentences) that names a fitting person
      for (let s = t.sentence - (sentenceStart ? 1 : 0); s >= t.sentence - 3 && pick === undefined; s--) {
        const first = inSentence(s)[0];
        if (first) pick = first.person;
      }
    }
    if (pick !== undefined) out.push([pick, { start: t.start, end: t.end }]);
  }
  return out;
}
