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

function mainOf(text: string, publishedAt: string) {
  const r = parseArticle({ text, publishedAt });
  if (!r.success) throw new Error("parse failed");
  return r.data.events[0];
}

describe("dates that belong to something other than the event", () => {
  it("a possessive date dates the noun it modifies, not the condemnation", () => {
    const main = mainOf(
      [
        "Norway condemns border raid",
        "",
        "The Norwegian government strongly condemned Tuesday's raid on a border village that left four people dead.",
      ].join("\n"),
      "2022-05-12",
    );
    expect(main?.type).toBe("statement");
    expect(main?.date).toBeNull();
  });
  it("a possessive date on the trigger itself still dates it", () => {
    const main = mainOf(
      [
        "Leaders hail summit",
        "",
        "Leaders of Chile and Peru praised Tuesday's summit in Lima as a turning point for the two governments.",
      ].join("\n"),
      "2022-05-12",
    );
    expect(main?.type).toBe("summit");
    expect(main?.date).toMatchObject({ value: "2022-05-10", basis: "relative" });
  });
  it("a future act is not dated by a past month in the same sentence", () => {
    const main = mainOf(
      [
        "Norway to expel envoy",
        "",
        "Norway is to expel a Danish diplomat over forged visas used in a smuggling case uncovered in February.",
      ].join("\n"),
      "2022-05-12",
    );
    expect(main?.date).toBeNull();
  });
  it("a dated event carries the basis of its date", () => {
    const main = mainOf(
      [
        "Chile and Peru sign trade pact",
        "",
        "Chilean Foreign Minister Ana Soto and Peruvian Foreign Minister Luis Rojas signed a trade pact in Lima on 3 May 2022.",
      ].join("\n"),
      "2022-05-05",
    );
    expect(main?.date).toMatchObject({ value: "2022-05-03", basis: "stated" });
  });
});
