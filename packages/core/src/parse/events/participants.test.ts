import { describe, expect, it } from "vitest";
import type { Actor } from "../../schemas/actor.js";
import type { CountryMention } from "../context.js";
import { findActingCountries, findAttendance, findParticipants } from "./participants.js";

const person = (
  id: string,
  name: string,
  country: string | null,
  mentions: [number, number][],
  title: string | null = null,
): Actor => ({
  id,
  kind: "person",
  name,
  aliases: [],
  title,
  organization: null,
  country,
  role: "actor",
  mentions: mentions.map(([start, end]) => ({ start, end })),
});

/** Country mentions for every listed name as it first appears in `text`. */
const mentionsOf = (text: string, names: [string, string][]): CountryMention[] =>
  names.map(([name, code]) => {
    const start = text.indexOf(name);
    return { code, kind: "name", span: { start, end: start + name.length } };
  });

/** The whole of `text` as one span. */
const whole = (text: string) => ({ start: 0, end: text.length });

/** The acting countries of the whole of `text`, with no participants and no trigger unless given. */
const acting = (
  text: string,
  mentions: CountryMention[],
  options: { people?: (string | null)[]; trigger?: { start: number; end: number }; targets?: boolean } = {},
) => findActingCountries(text, whole(text), mentions, options.people ?? [], options.trigger ?? null, options.targets);

describe("findParticipants", () => {
  const text = "Ana Ruiz met Bo Lind in Oslo, spokesperson Cy Vale said, before Ruiz left.";
  const actors = [
    person("a1", "Ana Ruiz", "ES", [
      [0, 8],
      [65, 69],
    ]),
    person("a2", "Bo Lind", "NO", [[13, 20]]),
    person("a3", "Cy Vale", "NO", [[43, 50]], "Spokesperson"),
  ];

  it("takes people mentioned in the span, spokespeople left out", () => {
    expect(findParticipants(actors, whole(text))).toEqual(["a1", "a2"]);
  });

  it("limits people to the trigger's clause when given one", () => {
    const trigger = { start: 9, end: 12 };
    expect(findParticipants(actors, whole(text), text, trigger)).toEqual(["a1", "a2"]);
    const late = { start: 70, end: 74 };
    expect(findParticipants(actors, whole(text), text, late)).toEqual(["a1"]);
  });

  it("returns nobody for a span without mentions", () => {
    expect(findParticipants(actors, { start: 21, end: 29 })).toEqual([]);
  });
});

describe("findActingCountries", () => {
  it("keeps the sides and drops topics and settings", () => {
    const text = "Envoys from Peru and Chile are to review a land swap between Bolivia and Paraguay next month.";
    const mentions = mentionsOf(text, [
      ["Peru", "PE"],
      ["Chile", "CL"],
      ["Bolivia", "BO"],
      ["Paraguay", "PY"],
    ]);
    expect(acting(text, mentions)).toEqual(["PE", "CL"]);
  });

  it("counts the target of a sanction or protest as a side when asked", () => {
    const text = "The bloc imposed sanctions on Belarus.";
    const mentions = mentionsOf(text, [["Belarus", "BY"]]);
    expect(acting(text, mentions)).toEqual([]);
    expect(acting(text, mentions, { targets: true })).toEqual(["BY"]);
  });

  it("drops a country after a city venue and a country in quoted words", () => {
    const text = 'Chile said "we back Peru" as talks opened in Abuja, Nigeria.';
    const mentions = mentionsOf(text, [
      ["Chile", "CL"],
      ["Peru", "PE"],
      ["Nigeria", "NG"],
    ]);
    expect(acting(text, mentions)).toEqual(["CL"]);
  });

  it("puts the participants' countries first and limits mentions to the trigger's clause", () => {
    const text = "Kenya recalled its envoy after Somalia hosted a rally.";
    const mentions = mentionsOf(text, [
      ["Kenya", "KE"],
      ["Somalia", "SO"],
    ]);
    const trigger = { start: 6, end: 14 };
    expect(acting(text, mentions, { people: ["ET", null], trigger })).toEqual(["ET", "KE"]);
  });
});

describe("findAttendance", () => {
  it("takes the countries listed after 'was attended by'", () => {
    const text = "The forum was held in Aldoria and was attended by leaders of Brenland, Corvia and Dastan.";
    const mentions = mentionsOf(text, [
      ["Aldoria", "AL"],
      ["Brenland", "BR"],
      ["Corvia", "CO"],
      ["Dastan", "DA"],
    ]);
    expect(findAttendance(text, [whole(text)], [], mentions).countries).toEqual(["BR", "CO", "DA"]);
  });
  it("takes the people named before 'also attended the meeting'", () => {
    const text = "Premier Ann Vale and Minister Bo Kerr also attended the meeting, officials said.";
    const actors = [person("a1", "Ann Vale", "AL", [[8, 16]]), person("a2", "Bo Kerr", "BR", [[30, 37]])];
    expect(findAttendance(text, [whole(text)], actors, []).people).toEqual(["a1", "a2"]);
  });
  it("reads every sentence in one pass, each within its own bounds, a passive statement first", () => {
    const first = "Ann Vale addressed the summit, which was attended by Bo Kerr.";
    const second = " The weather was mild. Cy Moor chaired the closing session.";
    const text = first + second;
    const actors = [
      person("a1", "Ann Vale", "AL", [[0, 8]]),
      person("a2", "Bo Kerr", "BR", [[52, 59]]),
      person("a3", "Cy Moor", "CO", [[text.indexOf("Cy Moor"), text.indexOf("Cy Moor") + 7]]),
    ];
    const sentences = [
      { start: text.indexOf("Cy Moor"), end: text.length },
      { start: first.length + 1, end: text.indexOf("Cy Moor") - 1 },
      whole(first),
    ];
    expect(findAttendance(text, sentences, actors, []).people).toEqual(["a2", "a3"]);
  });
  it("does not read a hit that runs across two sentences", () => {
    const text = "Ann Vale attended the summit in May.";
    const actors = [person("a1", "Ann Vale", "AL", [[0, 8]])];
    expect(findAttendance(text, [{ start: 0, end: 24 }], actors, []).people).toEqual([]);
    expect(findAttendance(text, [whole(text)], actors, []).people).toEqual(["a1"]);
  });
  it("finds nothing in a sentence without attendance", () => {
    const text = "The minister said the talks went well.";
    expect(findAttendance(text, [whole(text)], [], [])).toEqual({ people: [], countries: [] });
  });
});
