import { describe, expect, it } from "vitest";
import { makeDoc } from "./fixture-doc.js";
import { findStatements } from "./statements.js";

const actors = [
  { id: "amani", name: "Grace Amani", title: "Foreign Minister", mentions: ["Grace Amani", "Amani"] },
  { id: "holm", name: "Erik Holm", title: "Prime Minister", mentions: ["Erik Holm", "Holm"] },
];

const read = (text: string) =>
  findStatements(makeDoc(text, { actors })).map((s) => [s.speaker, s.verb, s.text] as const);

describe("findStatements", () => {
  it("reads a named speaker's reported position up to the sentence end", () => {
    expect(read("Amani urged both countries to speed up the border talks.")).toEqual([
      ["amani", "urged", "both countries to speed up the border talks"],
    ]);
    expect(read("On Friday, Holm said that Sweden would double its aid.")).toEqual([
      ["holm", "said", "Sweden would double its aid"],
    ]);
  });

  it("keeps the particle of phrasal verbs and resolves pronouns", () => {
    expect(read("Erik Holm arrived in Nairobi. He called for closer trade ties with Kenya.")).toEqual([
      ["holm", "called for", "closer trade ties with Kenya"],
    ]);
  });

  it("gives a null speaker to collective subjects", () => {
    expect(read("The two sides agreed to hold the next round in Oslo.")).toEqual([
      [null, "agreed", "to hold the next round in Oslo"],
    ]);
  });

  it("ignores direct quotations, unnamed subjects and verbs without content", () => {
    expect(read("Amani said \u201cwe are ready to talk about everything\u201d.")).toEqual([]);
    expect(read("Analysts said the talks could stall.")).toEqual([]);
    expect(read("\u201cWe are ready,\u201d Amani said.")).toEqual([]);
    expect(read("The delegation called the hotel.")).toEqual([]);
    expect(read("")).toEqual([]);
  });

  it("skips passives, quote attributions and inverted attributions", () => {
    expect(read("Amani was welcomed by officials at the airport.")).toEqual([]);
    expect(read("\u201cThe border stays open,\u201d Amani said during a press briefing in Nairobi.")).toEqual([]);
    expect(read("The talks went well, said Erik Holm, the prime minister.")).toEqual([]);
    expect(read("Delegates from the Union of Associated States met in Oslo.")).toEqual([]);
  });

  it("skips an adverbial before that-clauses", () => {
    expect(read("Holm said on Monday that the corridor would open in May.")).toEqual([
      ["holm", "said", "the corridor would open in May"],
    ]);
  });

  it("keeps every span inside the text", () => {
    const text = "Amani stressed that the corridor must open soon. Holm noted progress on energy links.";
    for (const s of findStatements(makeDoc(text, { actors }))) {
      expect(s.span.end).toBeLessThanOrEqual(text.length);
      expect(text.slice(s.span.start, s.span.end)).toContain(s.text);
    }
  });
});
