import { describe, expect, it } from "vitest";
import { FIXTURE_TEXT, makeArticle } from "../testing/article-fixture.js";
import { FACT_KINDS, countByKind, listFacts, marksOf } from "./facts.js";

describe("listFacts", () => {
  it("lists each fact once with a unique key", () => {
    const facts = listFacts(makeArticle());
    expect(new Set(facts.map((f) => f.key)).size).toBe(facts.length);
    expect(countByKind(facts)).toMatchObject({
      event: 1,
      actor: 2,
      country: 2,
      quote: 1,
      statement: 1,
      date: 1,
      location: 1,
      initiative: 1,
      relationship: 0,
      removed: 1,
    });
  });

  it("gives every span a slice of the text that names the fact", () => {
    const facts = listFacts(makeArticle());
    const dahl = facts.find((f) => f.key === "actor:a1")!;
    expect(dahl.spans.map((s) => FIXTURE_TEXT.slice(s.start, s.end))).toEqual(["Ingrid Dahl", "Dahl"]);
    const date = facts.find((f) => f.kind === "date")!;
    expect(FIXTURE_TEXT.slice(date.spans[0]!.start, date.spans[0]!.end)).toBe("on Monday");
  });

  it("labels quotes and statements with the speaker's name", () => {
    const labels = listFacts(makeArticle()).map((f) => f.label);
    expect(labels).toContain("Ingrid Dahl: “We share the sea,”");
    expect(labels).toContain("Pablo Reyes urged closer ties under the Blue Ocean Compact");
  });

  it("falls back to the bare quote when the speaker is unknown or dangling", () => {
    const article = makeArticle();
    article.quotes = [
      { ...article.quotes[0]!, speaker: null },
      { ...article.quotes[0]!, speaker: "nobody" },
    ];
    const quotes = listFacts(article).filter((f) => f.kind === "quote");
    expect(quotes.map((q) => q.label)).toEqual(["“We share the sea,”", "“We share the sea,”"]);
  });

  it("skips dates and places that carry no span", () => {
    const article = makeArticle();
    article.events = [{ ...article.events[0]!, date: { value: null, precision: "day", text: "soon" }, location: null }];
    const kinds = listFacts(article).map((f) => f.kind);
    expect(kinds).not.toContain("date");
    expect(kinds).not.toContain("location");
  });

  it("lists the relationship even when it has no span, with nothing to highlight", () => {
    const facts = listFacts(makeArticle({ relationship: { level: "strategic partnership", countries: ["NO", "CL"] } }));
    const relationship = facts.find((f) => f.kind === "relationship")!;
    expect(relationship.label).toBe("strategic partnership");
    expect(relationship.spans).toEqual([]);
  });

  it("lists nothing for an article with no facts", () => {
    const empty = makeArticle({
      countries: [],
      actors: [],
      events: [],
      quotes: [],
      statements: [],
      initiatives: [],
      removed: [],
    });
    expect(listFacts(empty)).toEqual([]);
  });
});

describe("marksOf", () => {
  it("emits one mark per span of the visible kinds only", () => {
    const facts = listFacts(makeArticle());
    const marks = marksOf(facts, new Set(["actor"]));
    expect(marks).toHaveLength(4);
    expect(marks.every((m) => m.kind === "actor")).toBe(true);
    expect(marksOf(facts, new Set())).toEqual([]);
    expect(marksOf(facts, new Set(FACT_KINDS)).length).toBeGreaterThan(marks.length);
  });
});
