import { describe, expect, it } from "vitest";
import {
  isCapitalised,
  sentenceOfTokenAt,
  straighten,
  stripPossessive,
  type Token,
  tokenizeSegments,
} from "./tokens.js";

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

describe("isCapitalised", () => {
  it("agrees with an upper-case-letter test on ASCII, accented and non-letter starts", () => {
    for (const w of ["Wang", "wang", "Élysée", "élysée", "Ålesund", "Δελτα", "δελτα", "42", "'Tis", "", "𝐀bc"])
      expect(isCapitalised(w)).toBe(/^\p{Lu}/u.test(w));
  });
});

describe("stripPossessive", () => {
  it("removes a straight or curly possessive ending and nothing else", () => {
    for (const w of ["China's", "Kazakhstan’s", "Davis", "s", "'s", "bosses", "Paris'", "it'S"])
      expect(stripPossessive(w)).toBe(w.replace(/['’]s$/u, ""));
    expect(stripPossessive("Iran’s")).toBe("Iran");
  });
});
