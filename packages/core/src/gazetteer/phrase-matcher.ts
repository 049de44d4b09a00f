/**
 * A word-level trie for finding many known phrases in one left-to-right pass (longest match wins).
 * Built once, on first use; matching is linear in the text times the longest phrase in words.
 */

export interface PhraseHit<T> {
  start: number;
  end: number;
  value: T;
}

interface Node<T> {
  next: Map<string, Node<T>>;
  value?: T;
}

export interface PhraseMatcherOptions {
  /** Compare words case-insensitively (default false: "US" and "us" differ). */
  caseInsensitive?: boolean;
}

export interface PhraseMatcher<T> {
  /** Every non-overlapping longest match in `text` between `from` and `to`. */
  findAll(text: string, from?: number, to?: number): PhraseHit<T>[];
  /** The longest phrase starting exactly at `offset` (which must begin a word), or null. */
  matchAt(text: string, offset: number, to?: number): PhraseHit<T> | null;
}

// Words are runs of letters/digits (with inner apostrophes, hyphens and dots kept as separate tokens): the scan
// below is the hand-written, allocation-light equivalent of /[\p{L}\p{M}\p{N}]+|[^\s\p{L}\p{M}\p{N}]/gu.
const WORD_CHAR = /^[\p{L}\p{M}\p{N}]$/u;
const SPACE_CHAR = /^\s$/u;

/** 0 = space, 1 = word character, 2 = other; ASCII without a regex, other code points by Unicode property. */
function classifyCodePoint(cp: number): number {
  if (cp < 128) {
    if ((cp >= 97 && cp <= 122) || (cp >= 65 && cp <= 90) || (cp >= 48 && cp <= 57)) return 1;
    return cp === 32 || (cp >= 9 && cp <= 13) ? 0 : 2;
  }
  const ch = String.fromCodePoint(cp);
  if (WORD_CHAR.test(ch)) return 1;
  return SPACE_CHAR.test(ch) ? 0 : 2;
}

/** Tokens between `from` and `to` as parallel arrays (starts, ends, words as written). */
interface Tokens {
  starts: number[];
  ends: number[];
  words: string[];
}

function tokenize(text: string, from: number, to: number): Tokens {
  const starts: number[] = [];
  const ends: number[] = [];
  const words: string[] = [];
  const n = text.length;
  let i = from;
  while (i < to) {
    const cp = text.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    const kind = classifyCodePoint(cp);
    if (kind === 0) {
      i += width;
      continue;
    }
    const start = i;
    i += width;
    if (kind === 1) {
      while (i < n) {
        const c = text.codePointAt(i)!;
        if (classifyCodePoint(c) !== 1) break;
        i += c > 0xffff ? 2 : 1;
      }
    }
    const end = Math.min(i, to);
    starts.push(start);
    ends.push(end);
    words.push(text.slice(start, end));
  }
  return { starts, ends, words };
}

/** Whether the UTF-16 unit at `i` is a word character (false outside the text). */
function isWordCharAt(text: string, i: number): boolean {
  if (i < 0 || i >= text.length) return false;
  const unit = text.charCodeAt(i);
  // one UTF-16 unit, as `text[i]` reads it: a surrogate half alone is never a letter
  if (unit >= 0xd800 && unit <= 0xdfff) return false;
  return classifyCodePoint(unit) === 1;
}

/** The last text tokenised whole, with its words folded both ways on first use: stages match one text many times. */
let cached: { text: string; tokens: Tokens; exact?: string[]; lower?: string[] } | null = null;

function tokensOf(text: string): NonNullable<typeof cached> {
  if (cached === null || cached.text !== text) cached = { text, tokens: tokenize(text, 0, text.length) };
  return cached;
}

/** First index in the ascending `values` whose value is greater than `limit` (or `values.length`). */
function firstAbove(values: readonly number[], limit: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (values[mid]! > limit) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

function isInlineGap(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c !== 32 && c !== 9 && c !== 0xa0) return false;
  }
  return true;
}

const normalizeApostrophe = (w: string): string => (w === "\u2019" ? "'" : w);

/**
 * Builds a matcher over `entries` (phrase → value). Phrases are tokenised like the text, so "U.S." and
 * "Côte d'Ivoire" match as written.
 *
 * @example
 * const m = createPhraseMatcher([["United States", "US"], ["U.S.", "US"]]);
 * m.findAll("The U.S. and China") // [{ start: 4, end: 8, value: "US" }]
 */
export function createPhraseMatcher<T>(
  entries: Iterable<readonly [string, T]>,
  options: PhraseMatcherOptions = {},
): PhraseMatcher<T> {
  const fold = options.caseInsensitive
    ? (w: string) => normalizeApostrophe(w).toLowerCase()
    : (w: string) => normalizeApostrophe(w);
  // the trie is built on first use, once: importing the package stays cheap for callers that never parse
  let pending: (readonly [string, T])[] | null = [...entries];
  const root: Node<T> = { next: new Map() };
  const ensureBuilt = (): void => {
    if (pending === null) return;
    for (const [phrase, value] of pending) addPhrase(phrase, value);
    pending = null;
  };
  const addPhrase = (phrase: string, value: T): void => {
    const words = tokenize(phrase, 0, phrase.length).words.map(fold);
    if (words.length === 0) return;
    let node = root;
    for (const w of words) {
      let child = node.next.get(w);
      if (!child) {
        child = { next: new Map() };
        node.next.set(w, child);
      }
      node = child;
    }
    if (node.value === undefined) node.value = value;
  };

  const longestFrom = (text: string, tokens: Tokens, folded: string[], i: number): PhraseHit<T> | null => {
    let node: Node<T> | undefined = root;
    let best: PhraseHit<T> | null = null;
    const { starts, ends } = tokens;
    for (let j = i; j < starts.length && node; j++) {
      // a phrase never runs across a line break or other punctuation-free gap wider than spaces
      if (j > i && !isInlineGap(text, ends[j - 1]!, starts[j]!)) break;
      node = node.next.get(folded[j]!);
      if (node?.value !== undefined) best = { start: starts[i]!, end: ends[j]!, value: node.value };
    }
    return best;
  };

  const foldedOf = (entry: NonNullable<typeof cached>): string[] => {
    if (options.caseInsensitive) {
      if (!entry.lower) entry.lower = entry.tokens.words.map(fold);
      return entry.lower;
    }
    if (!entry.exact) entry.exact = entry.tokens.words.map(fold);
    return entry.exact;
  };

  /** Hits among tokens [lo, hi) of `tokens`. */
  const scan = (text: string, tokens: Tokens, folded: string[], lo: number, hi: number): PhraseHit<T>[] => {
    const { starts, ends } = tokens;
    const hits: PhraseHit<T>[] = [];
    for (let i = lo; i < hi; ) {
      // most words begin no phrase: skip them before walking the trie
      let node = root.next.get(folded[i]!);
      if (node === undefined) {
        i++;
        continue;
      }
      let best: PhraseHit<T> | null =
        node.value !== undefined ? { start: starts[i]!, end: ends[i]!, value: node.value } : null;
      for (let j = i + 1; j < hi && node; j++) {
        // a phrase never runs across a line break or other punctuation-free gap wider than spaces
        if (!isInlineGap(text, ends[j - 1]!, starts[j]!)) break;
        node = node.next.get(folded[j]!);
        if (node?.value !== undefined) best = { start: starts[i]!, end: ends[j]!, value: node.value };
      }
      if (best && !isWordCharAt(text, best.end) && !isWordCharAt(text, best.start - 1)) {
        hits.push(best);
        while (i < hi && starts[i]! < best.end) i++;
      } else i++;
    }
    return hits;
  };

  return {
    findAll(text, from = 0, to = text.length) {
      ensureBuilt();
      const entry = tokensOf(text);
      const { starts, ends } = entry.tokens;
      const lo = firstAbove(ends, from);
      const hi = firstAbove(starts, to - 1);
      // a range that cuts a word tokenises on its own (its first or last word differs from the whole text's)
      if ((lo < hi && starts[lo]! < from) || (lo < hi && ends[hi - 1]! > to)) {
        const tokens = tokenize(text, from, to);
        return scan(text, tokens, tokens.words.map(fold), 0, tokens.starts.length);
      }
      return scan(text, entry.tokens, foldedOf(entry), lo, hi);
    },
    matchAt(text, offset, to = text.length) {
      ensureBuilt();
      const tokens = tokenize(text, offset, Math.min(to, offset + 200));
      if (tokens.starts[0] !== offset) return null;
      const hit = longestFrom(text, tokens, tokens.words.map(fold), 0);
      return hit && !isWordCharAt(text, hit.end) ? hit : null;
    },
  };
}
