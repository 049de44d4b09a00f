import { describe, expect, it } from "vitest";
import { parseArticle } from "./parse-article.js";

function eventsOf(text: string) {
  const r = parseArticle({ text });
  if (!r.success) throw new Error("parse failed");
  return r.data.events;
}

describe("main event completed from later mentions of the same occasion", () => {
  it("a signing with no venue takes the city a later signing sentence gives", () => {
    const events = eventsOf(
      [
        "Two nations sign a fisheries accord",
        "",
        "Norway and Iceland marked the signing of a new fisheries accord on March 3, 2021, officials said.",
        "",
        "The accord was signed in Oslo by the two fisheries ministers, who praised the long negotiations.",
      ].join("\n"),
    );
    const first = events.find((e) => e.type === "agreement");
    expect(first?.location?.name).toBe("Oslo");
  });

  it("a country-level venue is narrowed to the city of a later mention in that country", () => {
    const events = eventsOf(
      [
        "Leaders gather for regional talks",
        "",
        "Leaders of five states opened a summit in Kenya on Tuesday, June 8, 2021, to discuss regional trade.",
        "",
        "The summit in Nairobi was chaired by the host president and ran late into the evening.",
      ].join("\n"),
    );
    const first = events.find((e) => e.type === "summit");
    expect(first?.location?.name).toBe("Nairobi");
  });

  it("a later mention in another country does not replace the venue", () => {
    const events = eventsOf(
      [
        "Leaders gather for regional talks",
        "",
        "Leaders of five states opened a summit in Kenya on Tuesday, June 8, 2021, to discuss regional trade.",
        "",
        "A summit in Lima was held by other leaders of the region the year before, officials recalled.",
      ].join("\n"),
    );
    const first = events.find((e) => e.type === "summit");
    expect(first?.location?.name).not.toBe("Lima");
  });
});
