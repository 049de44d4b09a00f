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
    expect(findParticipants(actors, { start: 0, end: text.length })).toEqual(["a1", "a2"]);
  });

  it("limits people to the trigger's clause when given one", () => {
    const trigger = { start: 9, end: 12 };
    expect(findParticipants(actors, { start: 0, end: text.length }, text, trigger)).toEqual(["a1", "a2"]);
    const late = { start: 70, end: 74 };
    expect(findParticipants(actors, { start: 0, end: text.length }, text, late)).toEqual(["a1"]);
  });

  it("returns nobody for a span without mentions", () => {
    expect(findParticipants(actors, { start: 21, end: 29 })).toEqual([]);
  });
});

describe("findActingCountries", () => {
  it("keeps the sides and drops topics and settings", () => {
    const text = "The presidents of Ukraine and Turkey will discuss a swap between Russia and Georgia.";
    const mentions = mentionsOf(text, [
      ["Ukraine", "UA"],
      ["Turkey", "TR"],
      ["Russia", "RU"],
      ["Georgia", "GE"],
    ]);
    expect(findActingCountries(text, { start: 0, end: text.length }, mentions, [], null)).toEqual(["UA", "TR"]);
  });

  it("counts the target of a sanction or protest as a side when asked", () => {
    const text = "The bloc imposed sanctions on Belarus.";
    const mentions = mentionsOf(text, [["Belarus", "BY"]]);
    expect(findActingCountries(text, { start: 0, end: text.length }, mentions, [], null)).toEqual([]);
    expect(findActingCountries(text, { start: 0, end: text.length }, mentions, [], null, true)).toEqual(["BY"]);
  });

  it("drops a country after a city venue and a country in quoted words", () => {
    const text = 'Chile said "we back Peru" as talks opened in Abuja, Nigeria.';
    const mentions = mentionsOf(text, [
      ["Chile", "CL"],
      ["Peru", "PE"],
      ["Nigeria", "NG"],
    ]);
    expect(findActingCountries(text, { start: 0, end: text.length }, mentions, [], null)).toEqual(["CL"]);
  });

  it("puts the participants' countries first and limits mentions to the trigger's clause", () => {
    const text = "Kenya recalled its envoy after Somalia hosted a rally.";
    const mentions = mentionsOf(text, [
      ["Kenya", "KE"],
      ["Somalia", "SO"],
    ]);
    const trigger = { start: 6, end: 14 };
    expect(findActingCountries(text, { start: 0, end: text.length }, mentions, ["ET", null], trigger)).toEqual([
      "ET",
      "KE",
    ]);
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
    const span = { start: 0, end: text.length };
    expect(findAttendance(text, span, [], mentions)?.countries).toEqual(["BR", "CO", "DA"]);
  });
  it("takes the people named before 'also attended the meeting'", () => {
    const text = "Premier Ann Vale and Minister Bo Kerr also attended the meeting, officials said.";
    const actors = [person("a1", "Ann Vale", "AL", [[8, 16]]), person("a2", "Bo Kerr", "BR", [[30, 37]])];
    expect(findAttendance(text, { start: 0, end: text.length }, actors, [])?.people).toEqual(["a1", "a2"]);
  });
  it("finds nothing in a sentence without attendance", () => {
    const text = "The minister said the talks went well.";
    expect(findAttendance(text, { start: 0, end: text.length }, [], [])).toBeNull();
  });
});
