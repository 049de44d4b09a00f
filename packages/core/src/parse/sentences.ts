import type { Span } from "../schemas/span.js";
import type { Sentence, TextStructure } from "./context.js";
import { MONTH_ABBREVIATIONS, WEEKDAY_ABBREVIATIONS } from "../gazetteer/calendar.js";

/** Words that end with a full stop without ending the sentence ("Mr. Wang", "Aug. 30", "No. 10"). */
const ABBREVIATIONS = new Set([
  "mr",
  "mrs",
  "ms",
  "dr",
  "prof",
  "gen",
  "lt",
  "col",
  "maj",
  "capt",
  "cmdr",
  "sgt",
  "adm",
  "brig",
  "gov",
  "sen",
  "rep",
  "amb",
  "pres",
  "hon",
  "rev",
  "st",
  "mt",
  "ft",
  "jr",
  "sr",
  "sra",
  "sr",
  "mme",
  "mlle",
  "messrs",
  "h.e",
  "u.s",
  "u.k",
  "u.n",
  "e.u",
  "u.s.a",
  "a.m",
  "p.m",
  "e.g",
  "i.e",
  "etc",
  "vs",
  "cf",
  "approx",
  "dept",
  "govt",
  "inc",
  "ltd",
  "corp",
  "co",
  "bros",
  ...MONTH_ABBREVIATIONS,
  ...WEEKDAY_ABBREVIATIONS,
  "art",
  "sec",
  "ch",
  "para",
  "fig",
  "vol",
  "pp",
  "ed",
  "est",
  "ave",
  "blvd",
  "rd",
  "gral",
  "sr",
  "dra",
  "ing",
  "lic",
  "hr",
  "abg",
]);

/** Abbreviations that end a sentence when a sentence-like word follows ("... in the U.S. The talks ..."). */
const AMBIGUOUS = new Set(["u.s", "u.k", "u.n", "e.u", "u.s.a", "a.m", "p.m", "etc", "inc", "ltd", "corp", "co"]);

/** Words that only take a number after them ("No. 10", "Art. 5"). */
const BEFORE_NUMBER = new Set(["no", "nos", "nr", "art", "vol", "p", "pp", "para", "sec", "ch", "fig", "op"]);

const SENTENCE_STARTERS = new Set([
  "the",
  "a",
  "an",
  "he",
  "she",
  "it",
  "they",
  "we",
  "i",
  "this",
  "that",
  "these",
  "those",
  "in",
  "on",
  "at",
  "but",
  "and",
  "however",
  "meanwhile",
  "both",
  "his",
  "her",
  "their",
  "its",
  "there",
  "after",
  "during",
  "earlier",
  "later",
  "last",
  "on",
  "according",
  "speaking",
  "while",
]);

const CLOSERS = new Set(['"', "'", "”", "’", "»", ")", "]"]);
const OPENERS = new Set(['"', "'", "“", "‘", "«", "(", "[", "„", "¿", "¡"]);

const isUpper = (ch: string): boolean => ch !== ch.toLowerCase() && ch === ch.toUpperCase();
const isLower = (ch: string): boolean => ch !== ch.toUpperCase() && ch === ch.toLowerCase();
const isDigit = (ch: string): boolean => ch >= "0" && ch <= "9";
const isSpace = (ch: string): boolean => ch === " " || ch === "\n" || ch === "\t" || ch === "\r" || ch === "\u00a0";

/**
 * Splits the headline and every body paragraph into sentences (UTF-16 spans into `text`). Abbreviations,
 * initials ("S. Jaishankar", "G.L. Peiris"), "No. 10", decimals and closing quotes do not cut a sentence;
 * a full stop glued to the next sentence ("Hasina.Both") does. The headline is its own sentence (paragraph -1).
 *
 * @example
 * splitSentences("Mr. Wang met Dr. Lee in the U.S. on Aug. 30. They talked.", structure)
 * // two sentences: "Mr. Wang met Dr. Lee in the U.S. on Aug. 30." and "They talked."
 */
export function splitSentences(text: string, structure: TextStructure): Sentence[] {
  const out: Sentence[] = [];
  const headline = structure.headline?.span;
  if (headline && headline.end > headline.start && headline.end <= text.length)
    out.push({ ...headline, paragraph: -1 });
  structure.paragraphs.forEach((p, i) => {
    for (const span of splitSpan(text, p)) out.push({ ...span, paragraph: i });
  });
  return out;
}

/**
 * Sentence spans of one paragraph `span` of `text`.
 *
 * @example
 * splitSpan("No. 10 said so. Fine.", { start: 0, end: 21 }) // [{ start: 0, end: 15 }, { start: 16, end: 21 }]
 */
export function splitSpan(text: string, span: Span): Span[] {
  const end = Math.min(span.end, text.length);
  const out: Span[] = [];
  let start = skipSpace(text, span.start, end);
  for (let i = start; i < end; i++) {
    const ch = text[i]!;
    if (ch !== "." && ch !== "!" && ch !== "?" && ch !== "…") continue;
    let close = i + 1;
    while (close < end && (text[close] === "." || text[close] === "!" || text[close] === "?")) close++;
    while (close < end && CLOSERS.has(text[close]!)) close++;
    if (close >= end) break;
    const glued = ch === "." && !isSpace(text[close]!) && isGluedBoundary(text, start, i, close, end);
    if (!glued && !isSpace(text[close]!)) continue;
    const next = skipSpace(text, close, end);
    if (next >= end) break;
    if (!startsSentence(text, next, end)) continue;
    if (ch === "." && close === i + 1 && !isSentenceEnd(text, start, i, next)) continue;
    out.push(trimSpan(text, start, close));
    start = next;
    i = next - 1;
  }
  if (start < end) out.push(trimSpan(text, start, end));
  return out.filter((s) => s.end > s.start);
}

function skipSpace(text: string, from: number, end: number): number {
  let i = from;
  while (i < end && isSpace(text[i]!)) i++;
  return i;
}

function trimSpan(text: string, start: number, end: number): Span {
  let e = end;
  while (e > start && isSpace(text[e - 1]!)) e--;
  return { start, end: e };
}

function startsSentence(text: string, at: number, end: number): boolean {
  let i = at;
  while (i < end && OPENERS.has(text[i]!)) i++;
  if (i >= end) return false;
  const ch = text[i]!;
  return isUpper(ch) || isDigit(ch) || (!isLower(ch) && /\p{L}/u.test(ch));
}

/** The word (letters and inner dots) that ends just before the full stop at `dot`. */
function wordBefore(text: string, from: number, dot: number): string {
  let s = dot;
  // abbreviations are short: looking further back would make long dotted runs ("Aa.Aa.Aa...") quadratic
  const limit = Math.max(from, dot - 24);
  while (s > limit && /[\p{L}\p{N}.]/u.test(text[s - 1]!)) s--;
  return text.slice(s, dot);
}

function isSentenceEnd(text: string, from: number, dot: number, next: number): boolean {
  const word = wordBefore(text, from, dot);
  if (word.length === 0) return true;
  // a list number opening the paragraph ("1. At the outset ...")
  if (/^\d{1,2}$/.test(word) && dot - from <= 3) return false;
  const lower = word.toLowerCase();
  const nextWord = /^[\p{L}\p{N}]+/u.exec(text.slice(next, next + 30))?.[0] ?? "";
  if (AMBIGUOUS.has(lower)) return SENTENCE_STARTERS.has(nextWord.toLowerCase());
  // initials: "S. Jaishankar", "J. Blinken", "G.L. Peiris", "A.K. Abdul Momen"
  if (/^\p{Lu}$/u.test(word) || /^(?:\p{Lu}\.)+\p{Lu}$/u.test(word)) return false;
  if (BEFORE_NUMBER.has(lower)) return !isDigit(nextWord.charAt(0));
  if (ABBREVIATIONS.has(lower)) return false;
  // other dotted acronyms ("N.K.", "U.A.E.") end a sentence only before a typical sentence opener
  if (/^(?:\p{L}\.)+\p{L}$/u.test(word)) return SENTENCE_STARTERS.has(nextWord.toLowerCase());
  return true;
}

/** "Hasina.Both foreign leaders": a word of two or more lowercase letters, a full stop, then a capitalised word. */
function isGluedBoundary(text: string, from: number, dot: number, close: number, end: number): boolean {
  if (close + 1 >= end) return false;
  if (!isUpper(text[close]!) || !isLower(text[close + 1]!)) return false;
  const word = wordBefore(text, from, dot);
  if (word.length < 3 || word.includes(".")) return false;
  if (!isLower(word.at(-1)!) || !isLower(word.at(-2)!)) return false;
  return !ABBREVIATIONS.has(word.toLowerCase());
}
