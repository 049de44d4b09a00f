import { describe, expect, it } from "vitest";
import { assessRelevance, RELEVANCE_THRESHOLD } from "./relevance.js";

describe("assessRelevance", () => {
  it("passes articles with officials of states", () => {
    const r = assessRelevance("The foreign minister of Freedonia met the ambassador of Sylvania in the capital.", []);
    expect(r.relevant).toBe(true);
    expect(r.score).toBeGreaterThanOrEqual(RELEVANCE_THRESHOLD);
    expect(r.reasons.some((x) => x.startsWith("office"))).toBe(true);
  });

  it("passes titled heads of state and government", () => {
    expect(assessRelevance("President Ortavio received King Hamlin at the palace on Monday.", []).relevant).toBe(true);
  });

  it("counts international organisations found by the country stage", () => {
    const r = assessRelevance("The bloc's leaders gathered for a summit.", [
      { code: "EU", span: { start: 0, end: 2 }, kind: "organization" },
      { code: "UN", span: { start: 3, end: 5 }, kind: "organization" },
    ]);
    expect(r.relevant).toBe(true);
  });

  it.each([
    "The club opened talks over a striker and hopes to sign him this summer.",
    "Players visited the children's hospital and signed shirts for patients.",
    "The two firms signed a memorandum of understanding, said the company's president of sales.",
    "The sprinter faces sanctions after a failed test, the federation said.",
    "The riders fought for the summit finish in the Premier League of cycling.",
    "The governor met mayors to discuss flood recovery with the brand ambassador.",
  ])("rejects non-diplomatic pages: %s", (text) => {
    expect(assessRelevance(text, []).relevant).toBe(false);
  });

  it("does not count a vice president of a company as a head of state", () => {
    expect(assessRelevance("Senior Vice President Harlow Dunn said orders rose.", []).score).toBe(0);
  });
});

describe("assessRelevance on briefs and demonyms", () => {
  it("reads a demonym before an office as a state's official", () => {
    const r = assessRelevance("The Ruritanian premier will travel abroad next week.", []);
    expect(r.reasons).toContain("demonym-office:1x2");
  });

  it("asks less of a one-sentence brief", () => {
    expect(assessRelevance("Negotiators opened a new round of talks on Sunday.", []).relevant).toBe(true);
    expect(assessRelevance("The striker opened talks with a new club on Sunday.", []).relevant).toBe(false);
  });
});
