import type { CallerInput, TextStructure } from "./context.js";

/**
 * Splits a scraped article into headline, dateline, byline, publication date, body paragraphs and removed
 * boilerplate. (First version: headline = first non-empty line, every other non-empty line is a paragraph.)
 */
export function segmentText(text: string, input: CallerInput): TextStructure {
  const lines: { start: number; end: number }[] = [];
  let pos = 0;
  while (pos <= text.length) {
    let nl = text.indexOf("\n", pos);
    if (nl < 0) nl = text.length;
    let s = pos;
    let e = nl;
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e > s) lines.push({ start: s, end: e });
    pos = nl + 1;
  }
  const [first, ...rest] = lines;
  return {
    headline: first ? { text: text.slice(first.start, first.end), span: first } : null,
    dateline: null,
    byline: null,
    publishedAt: input.publishedAt,
    source: input.source,
    paragraphs: rest,
    removed: [],
  };
}
