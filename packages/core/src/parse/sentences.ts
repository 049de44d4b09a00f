import type { Sentence, TextStructure } from "./context.js";

/** Splits the headline and every body paragraph into sentences. (First version: one sentence per paragraph.) */
export function splitSentences(_text: string, structure: TextStructure): Sentence[] {
  const out: Sentence[] = [];
  if (structure.headline) out.push({ ...structure.headline.span, paragraph: -1 });
  structure.paragraphs.forEach((p, i) => {
    out.push({ start: p.start, end: p.end, paragraph: i });
  });
  return out;
}
