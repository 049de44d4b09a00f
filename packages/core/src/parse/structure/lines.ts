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

/** Builds a {@link Line} for `text.slice(start, end)` (already trimmed). */
export function makeLine(text: string, start: number, end: number, index: number, blankBefore: boolean): Line {
  const slice = text.slice(start, end);
  const tokens = slice.split(/\s+/).filter(Boolean);
  let letterWords = 0;
  let lower = 0;
  let content = 0;
  let capital = 0;
  for (const token of tokens) {
    const m = /\p{L}/u.exec(token);
    if (!m) continue;
    const first = m[0];
    // a word counts by its first letter unless a symbol or digit opens it ("(LEAD)", "'Anti-Iranian'")
    if (m.index > 0 && /[\p{N}]/u.test(token.slice(0, m.index))) continue;
    letterWords++;
    const isLower = first !== first.toUpperCase() && first === first.toLowerCase();
    if (isLower) lower++;
    if (!FUNCTION_WORDS.has(token.toLowerCase().replace(/[^\p{L}]/gu, ""))) {
      content++;
      if (!isLower) capital++;
    }
  }
  return {
    index,
    start,
    end,
    text: slice,
    words: tokens.length,
    lowerRatio: letterWords ? lower / letterWords : 0,
    capitalRatio: content ? capital / content : 0,
    endsSentence: /[.!?…](?:["'”’»)\]]{0,3})$/u.test(slice),
    blankBefore,
  };
}

/** Lowercases and replaces punctuation by spaces so phrase lists can be matched: "Read more..." → "read more". */
export function foldLine(s: string): string {
  return s
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
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
  return line.capitalRatio >= 0.75 && !/[.]$/.test(line.text);
}
