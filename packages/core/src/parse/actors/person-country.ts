import { countryOfCapital, isOrganizationCode } from "../../gazetteer/countries.js";
import type { KnownPerson } from "../../gazetteer/person-names.js";
import type { Span } from "../../schemas/span.js";
import type { Doc } from "../context.js";
import { type Evidence, PLACE_WORDS } from "./evidence.js";
import { organizationHeads, titleModifiers } from "./lexicon.js";
import { isTitleHead, type TitleFinding } from "./titles.js";
import { isCapitalised, type Token } from "./tokens.js";

/** Which country a person serves: first what the text ties to the person, then what the context suggests. */

/** What the country choice reads from a person. */
export interface CountryCandidate {
  title: string | null;
  evidence: readonly Evidence[];
  mentions: readonly Span[];
}

/** Offices that name their country ("Assistant Secretary of State" is American, "External Affairs Minister" Indian). */
const OFFICE_COUNTRIES: [RegExp, string][] = [
  [/\b(?:Assistant|Under|Deputy)\s*-?\s*Secretary of State\b|\bSecretary of State\b(?! for)/i, "US"],
  [/\bExternal Affairs Minister\b|\bMinister of External Affairs\b/i, "IN"],
  [/\bState Councill?or\b/i, "CN"],
];

function officeCountry(title: string | null): string | null {
  if (!title) return null;
  for (const [re, code] of OFFICE_COUNTRIES) if (re.test(title)) return code;
  return null;
}

export interface CountryContext {
  sentenceAt: (start: number) => number;
  /** Whether any country (even one qualifying another office) is named in the sentence. */
  sentenceMentionsCountry: (sentence: number) => boolean;
  sentenceCountries: Map<number, Set<string>>;
  sentenceCapitals: Map<number, Set<string>>;
  datelineCountry: string | null;
  /** Last resort for an official whose country the text leaves implicit ("Foreign Ministry spokesperson Mao Ning"). */
  homeCountry: string | null;
  /** Country of the person or organisation a possessive names ("Lula's", "the ministry's"), resolved late. */
  possessorCountry: (possessor: string, at: number) => string | null;
}

/** The country the text ties the person to directly: title, "of X", the side represented, a possessor, an office. */
export function strongCountry(
  d: CountryCandidate,
  best: TitleFinding | null,
  known: KnownPerson | undefined,
  ctx: CountryContext,
): string | null {
  if (best?.country) return best.country;
  for (const e of d.evidence) for (const t of e.titles) if (t.country) return t.country;
  for (const e of d.evidence) if (e.ofCountry) return e.ofCountry;
  for (const e of d.evidence) if (e.agentCountry) return e.agentCountry;
  for (const e of d.evidence)
    for (const t of e.titles) {
      const code = t.possessor ? ctx.possessorCountry(t.possessor, t.span.start) : null;
      if (code) return code;
    }
  if (known) return known.country;
  return officeCountry(d.title);
}

/** Armed or political movements whose officials serve no state ("Hamas leader Ismail Haniyeh"). */
const NON_STATE =
  /\b(?:Hamas|Hezbollah|Hizbollah|Taliban|Houthis?|Islamic State|ISIS|Daesh|al-Qaeda|Al-Shabaab|Wagner|PKK|M23)\b/i;

/** The country context suggests when the text never ties the person to one: sentences, capitals, dateline. */
export function contextCountry(d: CountryCandidate, ctx: CountryContext): string | null {
  if (d.title && NON_STATE.test(d.title)) return null;
  // "Peru's team is headed by its spy chief Ana Soto", "He stressed Jordan's solidarity": the one
  // country of a sentence that names the person (by name first, then by pronoun or title)
  const sentences = [...d.evidence.map((e) => e.sentence), ...d.mentions.map((m) => ctx.sentenceAt(m.start))];
  for (const s of sentences) {
    const codes = ctx.sentenceCountries.get(s);
    if (codes?.size === 1) return [...codes][0]!;
  }
  // "talks with President Irfaan Ali in Georgetown": the one capital of the sentence
  for (const e of d.evidence) {
    // only where the sentence names no country itself (then a capital may say where the official serves)
    if (ctx.sentenceCountries.has(e.sentence) || ctx.sentenceMentionsCountry(e.sentence)) continue;
    const codes = ctx.sentenceCapitals.get(e.sentence) ?? ctx.sentenceCapitals.get(e.sentence - 1);
    if (codes?.size === 1 && d.title) return [...codes][0]!;
  }
  return (d.title ? ctx.datelineCountry : null) ?? ctx.homeCountry;
}

/** The country the article mostly talks about: the most mentioned one, if clearly ahead of the next. */
export function homeCountryOf(mentions: { code: string }[]): string | null {
  const counts = new Map<string, number>();
  for (const m of mentions) counts.set(m.code, (counts.get(m.code) ?? 0) + 1);
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  const [first, second] = ranked;
  if (!first) return null;
  return !second || first[1] >= second[1] * 1.5 + 1 ? first[0] : null;
}

/**
 * Countries each sentence names for its own actors: not organisations, and not a country that qualifies
 * someone else's office ("the Chinese ambassador", "UK ambassador").
 */
export function countriesBySentence(own: readonly { code: string; sentence: number }[]): Map<number, Set<string>> {
  const out = new Map<number, Set<string>>();
  for (const { code, sentence } of own) {
    const set = out.get(sentence) ?? new Set<string>();
    set.add(code);
    out.set(sentence, set);
  }
  return out;
}

/** Country mentions that may describe the people around them: not organisations, venues or other offices. */
export function ownCountryMentions(
  doc: Doc,
  tokens: Token[],
  titleSpans: Span[],
): { code: string; sentence: number }[] {
  const indexAt = new Map<number, number>();
  tokens.forEach((t, i) => {
    indexAt.set(t.start, i);
  });
  const out: { code: string; sentence: number }[] = [];
  const sortedTitles = [...titleSpans].sort((a, b) => a.start - b.start);
  for (const m of doc.countryMentions) {
    const i = indexAt.get(m.span.start);
    if (i === undefined || isOrganizationCode(m.code)) continue;
    if (insideAny(sortedTitles, m.span)) continue;
    let k = i;
    while (tokens[k + 1] && tokens[k + 1]!.start < m.span.end) k++;
    const next = tokens[k + 1]?.lower ?? "";
    if (isTitleHead(next) || titleModifiers.has(next) || organizationHeads.has(next)) continue;
    if (PLACE_WORDS.has(tokens[i - 1]?.lower ?? "")) continue;
    out.push({ code: m.code, sentence: tokens[i]!.sentence });
  }
  return out;
}

/** Whether `span` lies inside one of `spans` (sorted by start); titles are short, so a few steps back suffice. */
function insideAny(spans: readonly Span[], span: Span): boolean {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.start <= span.start) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo - 1; k >= 0 && k >= lo - 8; k--)
    if (span.start >= spans[k]!.start && span.end <= spans[k]!.end) return true;
  return false;
}

/** Capitals a sentence names as places ("in Kinshasa", "from Georgetown"). */
export function capitalsBySentence(tokens: Token[]): Map<number, Set<string>> {
  const out = new Map<number, Set<string>>();
  tokens.forEach((t, i) => {
    if (!isCapitalised(t.text) || !PLACE_WORDS.has(tokens[i - 1]?.lower ?? "")) return;
    const two = tokens[i + 1] ? `${t.text} ${tokens[i + 1]!.text}` : "";
    const code = (two && countryOfCapital(two)) || countryOfCapital(t.text);
    if (!code) return;
    const set = out.get(t.sentence) ?? new Set<string>();
    set.add(code);
    out.set(t.sentence, set);
  });
  return out;
}
