import { describe, expect, it } from "vitest";
import { makeDoc } from "./fixture-doc.js";
import { findInitiatives } from "./initiatives.js";
import { findQuotes } from "./quotes.js";
import { findRelationship } from "./relationship.js";
import { findStatements } from "./statements.js";
import { findTopics } from "./topics.js";

const stages = [findQuotes, findStatements, findInitiatives, findRelationship, findTopics] as const;

function timeAll(text: string, actors = [{ id: "holm", name: "Erik Holm", mentions: ["Holm"] }]) {
  const doc = makeDoc(text, { actors });
  const t0 = performance.now();
  for (const stage of stages) stage(doc);
  return performance.now() - t0;
}

// Generous bounds: these guard against quadratic blow-ups, not against a busy machine.
describe("speech, initiative, relationship and topic stages on hostile input", { timeout: 60_000 }, () => {
  it("stay fast on a 1 MB paragraph with one stray quote mark", () => {
    const text = `The delegation "arrived ${"and the ministers talked about trade and energy in Nairobi with Holm. ".repeat(14_000)}`;
    expect(timeAll(text)).toBeLessThan(20_000);
  });

  it("stay fast on a 300 kB paragraph full of quotes, verbs, heads and grades", () => {
    const unit =
      '"We agree," Holm said, and Holm urged the sides to sign the Lake Accord (LA) of the \u2018strategic comprehensive partnership\u2019 on trade. ';
    const text = unit.repeat(Math.ceil(300_000 / unit.length));
    expect(timeAll(text)).toBeLessThan(20_000);
  });

  it("stay fast on one huge sentence without any full stop", () => {
    const text = "Holm said that Holm stressed that Holm noted , said Holm , ".repeat(5_000);
    expect(timeAll(text)).toBeLessThan(20_000);
  });

  it("stay fast on many short paragraphs with stray marks", () => {
    const text = Array.from({ length: 20_000 }, (_, i) => (i % 2 ? "\" Holm it's" : "\u201cThe Agreement")).join("\n");
    expect(timeAll(text)).toBeLessThan(20_000);
  });
});
