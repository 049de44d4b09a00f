import type { Span } from "../../schemas/span.js";

/** One word or punctuation mark with its UTF-16 offsets into the record's text. */
export interface Token {
  start: number;
  end: number;
  text: string;
  /** Lower-case form with typographic apostrophes straightened. */
  lower: string;
  /** Index of the sentence (within the whole document) the token belongs to. */
  sentence: number;
  /** Index of the segment (headline = 0 when present, then paragraphs). */
  segment: number;
}

// initials ("S.", "G.L.", "J."), words with inner apostrophes or hyphens ("Al-Thani", "O'Brien"), numbers,
// possessive endings, and any other single non-space character
const TOKEN = /(?:\p{Lu}\.){1,3}(?!\p{L})|[\p{L}\p{M}]+(?:['’-][\p{L}\p{M}]+)*(?:['’]s\b)?|\d+(?:[.,]\d+)*|[^\s]/gu;

const ABBREVIATIONS = new Set(
  "mr mrs ms dr prof gen lt col maj capt sgt rev st jr sr no vs etc inc ltd co corp dept govt h.e u.s u.k u.n e.u jan feb mar apr jun jul aug sep sept oct nov dec".split(
    " ",
  ),
);

export const straighten = (s: string): string =>
  s.includes("\u2018") || s.includes("\u2019") ? s.replace(/[\u2018\u2019]/g, "'") : s;

/** True when a token starts with an upper-case letter (ASCII answered without a regex). */
export const isCapitalised = (t: string): boolean => {
  const c = t.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return /^\p{Lu}/u.test(t);
};

/** Strips a possessive ending: "Kazakhstan's" → "Kazakhstan" (what /['’]s$/ removes, without a regex). */
export const stripPossessive = (t: string): string => {
  const n = t.length;
  return n >= 2 && t[n - 1] === "s" && (t[n - 2] === "'" || t[n - 2] === "’") ? t.slice(0, -2) : t;
};

/** True for "China's", "Kazakhstan’s". */
export const isPossessive = (t: string): boolean => /\p{L}['’]s$/u.test(t);

/**
 * Tokenises the given segments and splits them into sentences (a full stop, question or exclamation mark followed
 * by a space and an upper-case letter or quote ends a sentence, unless it closes an abbreviation or an initial).
 */
export function tokenizeSegments(text: string, segments: readonly Span[]): Token[] {
  const out: Token[] = [];
  let sentence = 0;
  segments.forEach((seg, segment) => {
    if (out.length && !continuesSentence(text, segments, segment)) sentence++;
    TOKEN.lastIndex = seg.start;
    let prev: Token | undefined;
    for (let m = TOKEN.exec(text); m && m.index < seg.end; m = TOKEN.exec(text)) {
      // a token never runs past its segment
      const word = m.index + m[0].length > seg.end ? m[0].slice(0, seg.end - m.index) : m[0];
      if (prev && endsSentence(text, prev, m.index, word)) sentence++;
      const tok: Token = {
        start: m.index,
        end: m.index + word.length,
        text: word,
        lower: straighten(word).toLowerCase(),
        sentence,
        segment,
      };
      out.push(tok);
      prev = tok;
    }
  });
  return out;
}

/**
 * Hard-wrapped text ("...said Venezuelan Foreign\nMinister Ali Rodriguez") splits one sentence over lines that
 * the structure stage may keep as separate paragraphs: a body line that does not end a sentence and is followed
 * by the next line after a single line break continues it. The headline never does.
 */
function continuesSentence(text: string, segments: readonly Span[], segment: number): boolean {
  if (segment < 2) return false;
  const prev = segments[segment - 1]!;
  const gap = text.slice(prev.end, segments[segment]!.start);
  if (!/^[ \t]*\r?\n[ \t]*$/.test(gap)) return false;
  return !/[.!?:"”’)\]]\s*$/.test(text.slice(Math.max(prev.start, prev.end - 3), prev.end));
}

/** True when a line break between two tokens is a hard wrap inside one sentence. */
export function isWrapped(text: string, a: Token, b: Token): boolean {
  return a.sentence === b.sentence && /^[ \t]*\r?\n[ \t]*$/.test(text.slice(a.end, b.start));
}

function endsSentence(text: string, prev: Token, nextStart: number, next: string): boolean {
  if (prev.text !== "." && prev.text !== "!" && prev.text !== "?" && !isInitials(prev.text)) {
    // a closing quote right after the stop: the stop token came earlier; handled when the quote is "prev"
    if (
      prev.text.length !== 1 ||
      !/^["”’)]$/.test(prev.text) ||
      !/[.!?]["”’)]$/.test(text.slice(prev.start - 1, prev.end))
    )
      return false;
  }
  if (nextStart === prev.end) return false;
  if (!/^[\p{Lu}"“‘(]/u.test(next)) return false;
  if (prev.text === ".") {
    const before = /([\p{L}.]+)\.$/u.exec(text.slice(Math.max(0, prev.start - 8), prev.end));
    const word = before?.[1]?.toLowerCase() ?? "";
    if (ABBREVIATIONS.has(word) || /^\p{Lu}$/u.test(before?.[1] ?? "")) return false;
  }
  // "S." or "G.L." as initials: a sentence never ends on a bare initial before a capitalised word
  if (isInitials(prev.text)) return false;
  return true;
}

/** "S.", "G.L.": upper-case letters each followed by a dot (words without a final dot are rejected at once). */
const isInitials = (t: string): boolean => t.endsWith(".") && /^(?:\p{Lu}\.)+$/u.test(t);

const sentenceLookups = new WeakMap<readonly Token[], (start: number) => number | undefined>();

/**
 * The sentence of the token starting exactly at `start`, or undefined; one lookup per token list, shared by every
 * caller (binary search over the tokens when their starts ascend, as the tokenizer writes them).
 *
 * @example
 * sentenceOfTokenAt(tokens)(tokens[3]!.start) // tokens[3]!.sentence
 * sentenceOfTokenAt(tokens)(-1) // undefined
 */
export function sentenceOfTokenAt(tokens: readonly Token[]): (start: number) => number | undefined {
  const known = sentenceLookups.get(tokens);
  if (known) return known;
  let ascending = true;
  for (let i = 1; i < tokens.length && ascending; i++) ascending = tokens[i - 1]!.start < tokens[i]!.start;
  let lookup: (start: number) => number | undefined;
  if (ascending) {
    lookup = (start) => {
      let lo = 0;
      let hi = tokens.length - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        const s = tokens[mid]!.start;
        if (s === start) return tokens[mid]!.sentence;
        if (s < start) lo = mid + 1;
        else hi = mid - 1;
      }
      return undefined;
    };
  } else {
    // out-of-order tokens: the last token with a start wins, as a map filled in order would have it
    const byStart = new Map<number, number>();
    for (const t of tokens) byStart.set(t.start, t.sentence);
    lookup = (start) => byStart.get(start);
  }
  sentenceLookups.set(tokens, lookup);
  return lookup;
}
