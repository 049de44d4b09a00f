import { createPhraseMatcher } from "../gazetteer/phrase-matcher.js";
import {
  RELATIONSHIP_MODIFIERS,
  RELATIONSHIP_MODIFIER_PAIRS,
  RELATIONSHIP_NOUNS,
  RELATIONSHIP_PHRASES,
  RELATIONSHIP_TAILS,
  SOFT_MODIFIERS,
  WEAK_RELATIONSHIP_NOUNS,
} from "../gazetteer/relationship-levels.js";
import type { Relationship } from "../schemas/initiative.js";
import type { Span } from "../schemas/span.js";
import { type Word, findSentenceEnd, findSentenceStart, listWords } from "./attribution.js";
import type { Doc } from "./context.js";

const phrases = createPhraseMatcher(
  RELATIONSHIP_PHRASES.map((p) => [p, p] as const),
  { caseInsensitive: true },
);
const tails = RELATIONSHIP_TAILS.map((t) => t.split(" ")).sort((a, b) => b.length - a.length);
const RAISE = /\b(?:elevat|upgrad|rais|lift|promot|establish|form|build|announc)\w*\b/i;

interface Candidate {
  level: string;
  span: Span;
  score: number;
}

/**
 * The phrase the article uses for the relationship between the parties ("permanent comprehensive strategic
 * partnership", "all-weather strategic cooperative partnership", "ally"), lowercased, with the countries it links.
 * The most specific phrase wins; in "elevate ties from X to Y", Y wins.
 *
 * @example
 * findRelationship(doc) // { level: "comprehensive strategic partnership", countries: ["CN", "KZ"], span }
 */
export function findRelationship(doc: Doc): Relationship | null {
  const { text } = doc;
  const blocks = [...(doc.structure.headline ? [doc.structure.headline.span] : []), ...doc.structure.paragraphs];
  const candidates: Candidate[] = [];
  for (const block of blocks) {
    const words = listWords(text, block.start, block.end);
    for (const c of readGraded(words)) candidates.push(c);
    for (const hit of phrases.findAll(text, block.start, block.end))
      candidates.push({
        level: hit.value,
        span: { start: hit.start, end: hit.end },
        // a fixed expression names the relationship unless a partnership with two or more grades is named too
        score: 5 + hit.value.length / 100,
      });
  }
  if (!candidates.length) return null;
  for (const c of candidates) c.score += contextBonus(text, c.span);
  const best = candidates.reduce((a, b) => (b.score > a.score ? b : a));
  if (best.score < 1) return null;
  return { level: best.level, countries: linkedCountries(doc, best.span), span: best.span };
}

function modifierAt(words: Word[], i: number): { word: string; first: number } | null {
  const w = words[i];
  if (!w) return null;
  const prev = words[i - 1];
  if (prev) {
    const pair = RELATIONSHIP_MODIFIER_PAIRS.get(`${prev.lower} ${w.lower}`);
    if (pair) return { word: pair, first: i - 1 };
  }
  if (RELATIONSHIP_MODIFIERS.has(w.lower)) return { word: w.lower, first: i };
  // "Pakistan-China All-Weather ...": a hyphenated grade is fine; a hyphenated country pair ends the phrase
  return null;
}

function readGraded(words: Word[]): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < words.length; i++) {
    const noun = RELATIONSHIP_NOUNS.get(words[i]!.lower);
    if (!noun) continue;
    const mods: string[] = [];
    let first = i;
    let j = i - 1;
    while (j >= 0) {
      const m = modifierAt(words, j);
      if (m) {
        mods.unshift(m.word);
        first = m.first;
        j = m.first - 1;
        continue;
      }
      // "special and privileged strategic partnership"
      if (words[j]!.lower === "and" && mods.length && modifierAt(words, j - 1)) {
        mods.unshift("and");
        j--;
        continue;
      }
      break;
    }
    const real = mods.filter((m) => m !== "and");
    // "global partners", "friendly relations": one soft word does not grade a relationship
    const grade = real.reduce((n, m) => n + (SOFT_MODIFIERS.has(m) ? 1 : 2), 0);
    if (noun.needsModifier && grade < 2) continue;
    if (words[i]!.lower === "ally" && real.length === 0 && !describesCountry(words, i)) continue;
    let last = i;
    for (const t of tails) {
      if (t.every((part, k) => words[i + 1 + k]?.lower === part)) {
        last = i + t.length;
        break;
      }
    }
    last = Math.max(last, readGoalTail(words, i));
    const tailWords = words.slice(i + 1, last + 1).map((w) => w.lower);
    const level = [...mods, words[i]!.lower, ...tailWords].join(" ").replace(/ ,/g, ",");
    const weak = WEAK_RELATIONSHIP_NOUNS.has(words[i]!.lower);
    const score = grade + (weak ? -1.5 : 1) + tailWords.length * 0.3 + (real.includes("strategic") ? 1 : 0);
    out.push({ level, span: { start: words[first]!.start, end: words[last]!.end }, score });
  }
  return out;
}

/** Aims a level may name after "for" or "of". */
const GOALS = new Set([
  "peace",
  "prosperity",
  "development",
  "cooperation",
  "coordination",
  "friendship",
  "growth",
  "stability",
  "progress",
  "era",
  "future",
  "connectivity",
  "innovation",
]);
const GOAL_FILLERS = new Set(["and", "a", "the", "new", "common", "shared", "mutual", "sustainable", "inclusive"]);

/**
 * Pattern family: a level named with its aims, "comprehensive partnership for peace, growth and shared
 * prosperity", "strategic partnership of friendship and progress". After "for" or "of", a list of lower-case aims
 * (commas, "and", a few fillers) belongs to the level up to its last aim; anything else ends it. Index of the last
 * word kept, or `i` when there is no such list.
 */
function readGoalTail(words: Word[], i: number): number {
  const opener = words[i + 1]?.lower;
  if (opener !== "for" && opener !== "of") return i;
  let last = i;
  for (let k = i + 2; k < words.length && k < i + 14; k++) {
    const w = words[k]!;
    if (GOALS.has(w.lower) && w.raw === w.lower) last = k;
    else if (!(w.raw === "," || (GOAL_FILLERS.has(w.lower) && w.raw === w.lower))) break;
  }
  return last;
}

/** "a good U.S. ally", "Washington's closest ally": an ally of somebody, not "allies in the fight". */
function describesCountry(words: Word[], i: number): boolean {
  const prev = words[i - 1];
  const next = words[i + 1];
  if (prev && /^\p{Lu}/u.test(prev.raw) && prev.lower !== "the") return true;
  if (prev && /['\u2019]s$/u.test(prev.raw)) return true;
  return next?.lower === "of";
}

/** The new level in "elevate ties from X to Y" wins over the old one. */
function contextBonus(text: string, span: Span): number {
  const before = text.slice(Math.max(0, span.start - 60), span.start).toLowerCase();
  if (/\bfrom\s+(?:an?\s+|the\s+|their\s+)?$/.test(before)) return -4;
  if (/\b(?:to|into)\s+(?:an?\s+|the\s+)?(?:level\s+of\s+(?:an?\s+)?)?$/.test(before) && RAISE.test(before)) return 3;
  if (/\blevel\s+of\s+(?:an?\s+|the\s+)?$/.test(before)) return 2;
  return 0;
}

/** Countries named in the phrase's sentence ("China-Laos community ..."), else the article's parties. */
function linkedCountries(doc: Doc, span: Span): string[] {
  const sentence = sentenceAround(doc, span);
  const near = doc.countryMentions
    .filter((c) => c.span.start >= sentence.start && c.span.end <= sentence.end && c.kind !== "organization")
    .map((c) => c.code);
  const parties = doc.countries.filter((c) => c.role === "party").map((c) => c.code);
  const codes = [...new Set(near)];
  if (codes.length >= 2) return codes.slice(0, 4);
  if (parties.length) return [...new Set([...codes, ...parties])].slice(0, 4);
  const para = doc.structure.paragraphs.find((p) => p.start <= span.start && span.end <= p.end) ?? sentence;
  const inPara = doc.countryMentions
    .filter((c) => c.span.start >= para.start && c.span.end <= para.end && c.kind !== "organization")
    .map((c) => c.code);
  return [...new Set([...codes, ...inPara])].slice(0, 4);
}

function sentenceAround(doc: Doc, span: Span): Span {
  const s = doc.sentences.find((x) => x.start <= span.start && span.end <= x.end);
  const block = s ?? { start: Math.max(0, span.start - 300), end: Math.min(doc.text.length, span.end + 300) };
  return {
    start: findSentenceStart(doc.text, span.start, block.start),
    end: findSentenceEnd(doc.text, span.end, block.end),
  };
}
