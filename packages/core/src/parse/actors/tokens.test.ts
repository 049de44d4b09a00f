import { describe, expect, it } from "vitest";
import { sentenceOfTokenAt, straighten, type Token, tokenizeSegments } from "./tokens.js";

const token = (start: number, sentence: number): Token => ({
  start,
  end: start + 1,
  text: "x",
  lower: "x",
  sentence,
  segment: 0,
});

describe("sentenceOfTokenAt", () => {
  it("finds the sentence of the token starting at an offset, as a map of starts would", () => {
    const text = "The envoy arrived. Talks began on Monday. Both sides spoke.";
    const tokens = tokenizeSegments(text, [{ start: 0, end: text.length }]);
    const lookup = sentenceOfTokenAt(tokens);
    const byStart = new Map(tokens.map((t) => [t.start, t.sentence]));
    for (let at = -1; at <= text.length; at++) expect(lookup(at)).toBe(byStart.get(at));
    expect(lookup(text.indexOf("Both"))).toBe(2);
  });

  it("returns undefined for an offset inside a word or for an empty token list", () => {
    const text = "Ministers met.";
    const tokens = tokenizeSegments(text, [{ start: 0, end: text.length }]);
    expect(sentenceOfTokenAt(tokens)(3)).toBeUndefined();
    expect(sentenceOfTokenAt([])(0)).toBeUndefined();
  });

  it("lets the last token win when starts are out of order", () => {
    const tokens = [token(10, 0), token(2, 1), token(10, 2)];
    const lookup = sentenceOfTokenAt(tokens);
    expect(lookup(10)).toBe(2);
    expect(lookup(2)).toBe(1);
    expect(lookup(5)).toBeUndefined();
  });
});

describe("straighten", () => {
  it("straightens typographic single quotes and leaves other text as it is", () => {
    expect(straighten("China\u2019s \u2018deal\u2019")).toBe("China's 'deal'");
    expect(straighten("plain")).toBe("plain");
  });
});
