/** One trimmed, non-empty line of the input, with the features the structure rules look at. */
export interface Line {
  /** Position among the non-empty lines. */
  index: number;
  start: number;
  end: number;
  text: string;
  /** Words (runs separated by whitespace). */
  words: number;
  /** Share of letter-initial words that start lowercase (prose has many, titles few). */
  lowerRatio: number;
  /** Share of content words (not short function words) that start with a capital. */
  capitalRatio: number;
  /** Ends with sentence punctuation (., !, ?, …, optionally followed by closing quotes or brackets). */
  endsSentence: boolean;
  /** True when an empty line separates this line from the previous one. */
  blankBefore: boolean;
  /** Cache of {@link foldLine} of `text` (see {@link foldedOf}). */
  folded?: string;
}

const FUNCTION_WORDS = new Set([
  "a",
  "an",
  "the",
  "of",
  "and",
  "or",
  "in",
  "on",
  "at",
  "to",
  "for",
  "with",
  "by",
  "from",
  "as",
  "de",
  "do",
  "da",
  "dos",
  "das",
  "del",
  "la",
  "le",
  "les",
  "el",
  "los",
  "y",
  "e",
  "et",
  "und",
  "der",
  "die",
  "des",
  "du",
  "van",
  "von",
  "bin",
  "al",
]);

const isSpace = (c: number): boolean => c === 32 || c === 9 || c === 13 || c === 0xa0 || c === 0x200b || c === 0xfeff;

/**
 * Splits `text` into trimmed non-empty lines with their offsets and features.
 *
 * @example
 * splitLines("Title\n\nBody text.")[1] // { start: 7, end: 17, text: "Body text.", blankBefore: true, ... }
 */
export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let pos = 0;
  let blank = false;
  while (pos <= text.length) {
    let nl = text.indexOf("\n", pos);
    if (nl < 0) nl = text.length;
    let s = pos;
    let e = nl;
    while (s < e && isSpace(text.charCodeAt(s))) s++;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
    if (e > s) {
      lines.push(makeLine(text, s, e, lines.length, blank && lines.length > 0));
      blank = false;
    } else blank = true;
    pos = nl + 1;
  }
  return lines;
}

/** Builds a {@link Line} for `text.slice(start, end)` (already trimmed). One pass over the characters. */
export function makeLine(text: string, start: number, end: number, index: number, blankBefore: boolean): Line {
  let words = 0;
  let letterWords = 0;
  let lower = 0;
  let content = 0;
  let capital = 0;
  let i = start;
  while (i < end) {
    while (i < end && isSpaceCode(text.charCodeAt(i))) i++;
    if (i >= end) break;
    const wordStart = i;
    while (i < end && !isSpaceCode(text.charCodeAt(i))) i++;
    words++;
    // a word counts by its first letter unless a digit comes before it ("2b", "(LEAD)" counts as L)
    let k = wordStart;
    let kind = 0; // 0 none, 1 lower, 2 upper or caseless letter
    while (k < i) {
      const c = text.charCodeAt(k);
      if (c >= 48 && c <= 57) break;
      if (c >= 97 && c <= 122) {
        kind = 1;
        break;
      }
      if (c >= 65 && c <= 90) {
        kind = 2;
        break;
      }
      if (c >= 0xc0) {
        const ch = text[k]!;
        const lo = ch.toLowerCase();
        const up = ch.toUpperCase();
        if (lo !== up) {
          kind = ch === lo ? 1 : 2;
          break;
        }
        if (/\p{L}/u.test(ch)) {
          kind = 2;
          break;
        }
      }
      k++;
    }
    if (kind === 0) continue;
    letterWords++;
    if (kind === 1) lower++;
    if (i - wordStart > 4 || !isFunctionWord(text, wordStart, i)) {
      content++;
      if (kind === 2) capital++;
    }
  }
  const slice = text.slice(start, end);
  return {
    index,
    start,
    end,
    text: slice,
    words,
    lowerRatio: letterWords ? lower / letterWords : 0,
    capitalRatio: content ? capital / content : 0,
    endsSentence: ENDS_SENTENCE.test(slice.slice(-5)),
    blankBefore,
  };
}

const ENDS_SENTENCE = /[.!?…](?:["'”’»)\]]{0,3})$/u;

function isSpaceCode(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0;
}

// Function words as numbers (five bits per lowercase ASCII letter), so a word is looked up without building a string.
const FUNCTION_CODES = new Set([...FUNCTION_WORDS].map((w) => codeOf(w, 0, w.length)));

function codeOf(s: string, from: number, to: number): number {
  let code = 0;
  for (let k = from; k < to; k++) {
    const c = s.charCodeAt(k) | 32;
    if (c >= 97 && c <= 122) code = code * 32 + (c - 96);
  }
  return code;
}

function isFunctionWord(text: string, from: number, to: number): boolean {
  return FUNCTION_CODES.has(codeOf(text, from, to));
}

/** {@link foldLine} of a line's text, computed once per line. */
export function foldedOf(line: Line): string {
  line.folded ??= foldLine(line.text);
  return line.folded;
}

const WORD_CHAR = new Map<number, boolean>();

function isWordCode(c: number): boolean {
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  let known = WORD_CHAR.get(c);
  if (known === undefined) {
    known = /[\p{L}\p{N}]/u.test(String.fromCharCode(c));
    WORD_CHAR.set(c, known);
  }
  return known;
}

/**
 * Lowercases and replaces every run of non-letters by one space so phrase lists can be matched:
 * "Read more..." → "read more", "Don't miss" → "don t miss". One pass, no regular expression.
 */
export function foldLine(s: string): string {
  const lower = s.toLowerCase();
  let out = "";
  let runStart = -1;
  for (let i = 0; i <= lower.length; i++) {
    const word = i < lower.length && isWordCode(lower.charCodeAt(i));
    if (word && runStart < 0) runStart = i;
    else if (!word && runStart >= 0) {
      out += out ? ` ${lower.slice(runStart, i)}` : lower.slice(runStart, i);
      runStart = -1;
    }
  }
  return out;
}

/** Folds like the scorer does for comparisons between lines: accents removed, letters and digits only. */
export function foldForCompare(s: string): string {
  return s
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** Prose: a sentence or part of one, rather than a title, label or menu. */
export function isProse(line: Line): boolean {
  return (
    (line.words >= 8 && line.lowerRatio >= 0.4) || (line.words >= 6 && line.endsSentence && line.lowerRatio >= 0.3)
  );
}

/** A substantial paragraph of running text (what a lead paragraph looks like). */
export function isLongProse(line: Line): boolean {
  return isProse(line) && (line.words >= 20 || (line.words >= 10 && line.endsSentence));
}

/** Title-like: most content words capitalised and no full stop at the end ("Related Story Title Here"). */
export function isTitleLike(line: Line): boolean {
  return line.capitalRatio >= 0.75 && !line.text.endsWith(".");
}
