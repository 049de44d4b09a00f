import { describe, expect, it } from "vitest";
import { createPhraseMatcher } from "./phrase-matcher.js";

describe("createPhraseMatcher", () => {
  const m = createPhraseMatcher<string>([
    ["United States", "US"],
    ["United States of America", "US-long"],
    ["U.S.", "US"],
    ["Côte d'Ivoire", "CI"],
  ]);

  it("prefers the longest phrase", () => {
    const text = "the United States of America said";
    expect(m.findAll(text).map((h) => text.slice(h.start, h.end))).toEqual(["United States of America"]);
  });

  it("matches punctuated abbreviations and apostrophe variants", () => {
    const text = "U.S. envoy in Côte d\u2019Ivoire";
    expect(m.findAll(text).map((h) => h.value)).toEqual(["US", "CI"]);
  });

  it("does not match inside a longer word or across a line break", () => {
    expect(m.findAll("Unitedstates")).toEqual([]);
    expect(m.findAll("United\nStates")).toEqual([]);
  });

  it("is case-sensitive unless asked", () => {
    expect(m.findAll("united states")).toEqual([]);
    const ci = createPhraseMatcher([["united states", 1]], { caseInsensitive: true });
    expect(ci.findAll("UNITED STATES")).toHaveLength(1);
  });

  it("matchAt finds a phrase starting at an offset only", () => {
    const text = "in the United States";
    expect(m.matchAt(text, 7)?.value).toBe("US");
    expect(m.matchAt(text, 8)).toBeNull();
  });

  it("matches within a range, also one that cuts a word, the same as on that slice alone", () => {
    const text = "xUnited States and United States";
    // the letter before the range still glues "United" to a longer word
    expect(m.findAll(text, 1, 14)).toEqual([]);
    expect(m.findAll(`${text}.`, 15, 33).map((h) => [h.start, h.end])).toEqual([[19, 32]]);
    expect(m.findAll(text, 19, 25)).toEqual([]);
    expect(m.findAll(text, 19).map((h) => h.start)).toEqual([19]);
  });

  it("gives each matcher its own case rule on the same text", () => {
    const ci = createPhraseMatcher([["united states", 1]], { caseInsensitive: true });
    const text = "The UNITED STATES and the United States";
    expect(m.findAll(text).map((h) => h.start)).toEqual([26]);
    expect(ci.findAll(text).map((h) => h.start)).toEqual([4, 26]);
    expect(m.findAll(text).map((h) => h.start)).toEqual([26]);
  });
});
