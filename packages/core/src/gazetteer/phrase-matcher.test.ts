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
});
