import { describe, expect, it } from "vitest";
import type { TextStructure } from "./context.js";
import { splitSentences, splitSpan } from "./sentences.js";

function sentencesOf(text: string): string[] {
  return splitSpan(text, { start: 0, end: text.length }).map((s) => text.slice(s.start, s.end));
}

describe("splitSentences", () => {
  it("does not cut at titles, initials, month abbreviations or numbers", () => {
    expect(
      sentencesOf(
        "Mr. Lee met Dr. Varga and S. Okafor on Aug. 30 at No. 10 Harbour Road. G.L. Perera joined at 8.30 a.m. local time. The talks lasted 2.5 hours.",
      ),
    ).toEqual([
      "Mr. Lee met Dr. Varga and S. Okafor on Aug. 30 at No. 10 Harbour Road.",
      "G.L. Perera joined at 8.30 a.m. local time.",
      "The talks lasted 2.5 hours.",
    ]);
  });

  it("keeps a list number with its item but ends a sentence after a number", () => {
    expect(sentencesOf("1. At the outset, the ministers met. They talked.")).toEqual([
      "1. At the outset, the ministers met.",
      "They talked.",
    ]);
    expect(sentencesOf("The vote was 12 to 3. The motion passed.")).toHaveLength(2);
  });

  it("ends a sentence after a closing quotation mark", () => {
    expect(sentencesOf('She said: "We are ready." Then the meeting began.')).toEqual([
      'She said: "We are ready."',
      "Then the meeting began.",
    ]);
    expect(sentencesOf("“Are we ready?” he asked. Nobody answered.")).toEqual([
      "“Are we ready?” he asked.",
      "Nobody answered.",
    ]);
  });

  it("treats U.S. as an abbreviation unless a sentence plainly starts after it", () => {
    expect(sentencesOf("Talks with U.S. officials resumed. They ended late.")).toHaveLength(2);
    expect(sentencesOf("The deal was signed in the U.S. The talks ended.")).toEqual([
      "The deal was signed in the U.S.",
      "The talks ended.",
    ]);
    expect(sentencesOf("The U.S. Secretary of State arrived.")).toHaveLength(1);
  });

  it("splits sentences glued without a space", () => {
    expect(sentencesOf("The leaders met in Kelso.Both sides signed a pact.")).toEqual([
      "The leaders met in Kelso.",
      "Both sides signed a pact.",
    ]);
    expect(sentencesOf("See example.com for details.")).toHaveLength(1);
  });

  it("makes the headline its own sentence and numbers the paragraphs", () => {
    const text = "Leaders meet\nThey met. They talked.\nThey left.";
    const structure: TextStructure = {
      headline: { text: "Leaders meet", span: { start: 0, end: 12 } },
      dateline: null,
      byline: null,
      publishedAt: null,
      source: null,
      paragraphs: [
        { start: 13, end: 35 },
        { start: 36, end: 46 },
      ],
      removed: [],
    };
    expect(splitSentences(text, structure)).toEqual([
      { start: 0, end: 12, paragraph: -1 },
      { start: 13, end: 22, paragraph: 0 },
      { start: 23, end: 35, paragraph: 0 },
      { start: 36, end: 46, paragraph: 1 },
    ]);
  });

  it("skips an empty headline span and survives empty and punctuation-only paragraphs", () => {
    const text = "...  ?!";
    const structure: TextStructure = {
      headline: { text: "Given", span: { start: 0, end: 0 } },
      dateline: null,
      byline: null,
      publishedAt: null,
      source: null,
      paragraphs: [
        { start: 0, end: 0 },
        { start: 0, end: 7 },
      ],
      removed: [],
    };
    const out = splitSentences(text, structure);
    expect(out.every((s) => s.paragraph >= 0 && s.end > s.start && s.end <= text.length)).toBe(true);
  });
});
