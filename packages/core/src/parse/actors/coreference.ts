import type { Span } from "../../schemas/span.js";
import { femaleGivenNames, titleModifiers } from "./lexicon.js";
import { type CountryAt, isTitleHead } from "./titles.js";
import { isCapitalised, type Token } from "./tokens.js";

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

/** Lower case without accents: "Káčer" → "kacer". */
export const foldWord = (w: string): string =>
  w
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[’']/g, "'")
    .toLowerCase();

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

function titleMatches(person: PersonDraft, head: string, complement: string): boolean {
  const title = foldWord(person.title ?? "");
  if (!title) return false;
  if (head === "head" && complement === "state") return [...HEAD_OF_STATE].some((h) => title.includes(h));
  if (head === "head" && complement === "government") return /prime minister|premier|chancellor|head/.test(title);
  return new RegExp(`(?:^|[\\s-])${head.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?:$|[\\s-])`).test(title);
}

function nearestBefore(persons: PersonDraft[], pos: number, ok: (p: PersonDraft) => boolean): number {
  let best = -1;
  let bestAt = -1;
  persons.forEach((p, i) => {
    if (!ok(p)) return;
    for (const m of p.mentions)
      if (m.start < pos && m.start > bestAt) {
        bestAt = m.start;
        best = i;
      }
  });
  return best;
}

/**
 * Title-only references ("the Chairperson", "the Chinese president", "the Kazakh Head of State") resolved to the
 * most recent person with that office (and that country, when one is written). Returns [person index, span].
 */
export function findTitleMentions(
  tokens: Token[],
  persons: PersonDraft[],
  countryAt: CountryAt,
  taken: (start: number) => boolean,
): [number, Span][] {
  const out: [number, Span][] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i]!.lower !== "the") continue;
    let j = i + 1;
    let country: string | null = null;
    if (countryAt(j)) {
      country = countryAt(j);
      while (countryAt(j) === country) j++;
    }
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
    if (next && (next.lower === "of" || next.lower === "for") && end === j) continue;
    const span = { start: tokens[i + 1]!.start, end: tokens[end]!.end };
    if (taken(span.start)) continue;
    const head = headTok.lower;
    const who = nearestBefore(
      persons,
      span.start,
      (p) => titleMatches(p, head, complement) && (!country || p.country === country),
    );
    if (who >= 0) out.push([who, span]);
  }
  return out;
}

const MALE = new Set(["he", "him", "his", "himself"]);
const FEMALE = new Set(["she", "her", "hers", "herself"]);

/**
 * Third-person pronouns resolved to a person: at the start of a sentence to the first person named in the
 * previous sentence (its subject), inside a sentence to the last person named before it in that sentence, else
 * the subject of the previous sentence. Women are only matched by she/her, others by he/him/his.
 */
export function resolvePronouns(tokens: Token[], persons: PersonDraft[]): [number, Span][] {
  const all: { at: number; person: number; sentence: number }[] = [];
  const sentenceOf = new Map<number, number>();
  for (const t of tokens) sentenceOf.set(t.start, t.sentence);
  persons.forEach((p, i) => {
    for (const m of p.mentions) all.push({ at: m.start, person: i, sentence: sentenceOf.get(m.start) ?? -1 });
  });
  all.sort((a, b) => a.at - b.at);
  const out: [number, Span][] = [];
  let k = 0;
  const seen: typeof all = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    while (k < all.length && all[k]!.at < t.start) seen.push(all[k++]!);
    const male = MALE.has(t.lower);
    const female = FEMALE.has(t.lower);
    if (!male && !female) continue;
    const fits = (p: number) => persons[p]!.female === female;
    const sameSentence = seen.filter((m) => m.sentence === t.sentence && fits(m.person));
    const sentenceStart = i === 0 || tokens[i - 1]!.sentence !== t.sentence || /^["“‘]$/.test(tokens[i - 1]!.text);
    let pick: number | undefined;
    if (!sentenceStart && sameSentence.length) pick = sameSentence[sameSentence.length - 1]!.person;
    else {
      // the subject of the nearest earlier sentence (within three sentences) that names a fitting person
      for (let s = t.sentence - (sentenceStart ? 1 : 0); s >= t.sentence - 3 && pick === undefined; s--) {
        const first = seen.find((m) => m.sentence === s && fits(m.person));
        if (first) pick = first.person;
      }
    }
    if (pick !== undefined) out.push([pick, { start: t.start, end: t.end }]);
  }
  return out;
}
