/**
 * A word-level trie for finding many known phrases in one left-to-right pass (longest match wins).
 * Compile once at module load; matching is linear in the text times the longest phrase in words.
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

// Words are runs of letters/digits (with inner apostrophes, hyphens and dots kept as separate tokens).
const TOKEN = /[\p{L}\p{M}\p{N}]+|[^\s\p{L}\p{M}\p{N}]/gu;

function tokenize(text: string, from: number, to: number): { start: number; end: number; word: string }[] {
  const out: { start: number; end: number; word: string }[] = [];
  const re = new RegExp(TOKEN.source, "gu");
  re.lastIndex = from;
  for (let m = re.exec(text); m !== null && m.index < to; m = re.exec(text)) {
    const end = Math.min(m.index + m[0].length, to);
    out.push({ start: m.index, end, word: end === m.index + m[0].length ? m[0] : m[0].slice(0, end - m.index) });
  }
  return out;
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
  const root: Node<T> = { next: new Map() };
  for (const [phrase, value] of entries) {
    const words = tokenize(phrase, 0, phrase.length).map((t) => fold(t.word));
    if (words.length === 0) continue;
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
  }

  const longestFrom = (
    text: string,
    tokens: { start: number; end: number; word: string }[],
    i: number,
  ): PhraseHit<T> | null => {
    let node: Node<T> | undefined = root;
    let best: PhraseHit<T> | null = null;
    for (let j = i; j < tokens.length && node; j++) {
      const tok = tokens[j]!;
      // a phrase never runs across a line break or other punctuation-free gap wider than spaces
      if (j > i && !isInlineGap(text, tokens[j - 1]!.end, tok.start)) break;
      node = node.next.get(fold(tok.word));
      if (node?.value !== undefined) best = { start: tokens[i]!.start, end: tok.end, value: node.value };
    }
    return best;
  };

  const isWordChar = (ch: string | undefined) => ch !== undefined && /[\p{L}\p{M}\p{N}]/u.test(ch);

  return {
    findAll(text, from = 0, to = text.length) {
      const tokens = tokenize(text, from, to);
      const hits: PhraseHit<T>[] = [];
      for (let i = 0; i < tokens.length; ) {
        const hit = longestFrom(text, tokens, i);
        if (hit && !isWordChar(text[hit.end]) && !isWordChar(text[hit.start - 1])) {
          hits.push(hit);
          while (i < tokens.length && tokens[i]!.start < hit.end) i++;
        } else i++;
      }
      return hits;
    },
    matchAt(text, offset, to = text.length) {
      const tokens = tokenize(text, offset, Math.min(to, offset + 200));
      if (tokens[0]?.start !== offset) return null;
      const hit = longestFrom(text, tokens, 0);
      return hit && !isWordChar(text[hit.end]) ? hit : null;
    },
  };
}
