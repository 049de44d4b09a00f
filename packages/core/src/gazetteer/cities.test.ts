import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import worldCountries from "world-countries";
import { describe, expect, it } from "vitest";
import { findPlaces } from "../parse/events/location.js";
import { findCountryMentions } from "../parse/countries.js";
import type { TextStructure } from "../parse/context.js";
import { CITIES, MAJOR_CITIES, VENUES } from "./cities.js";
import { countryOfCity } from "./countries.js";

const places = (s: string) => findPlaces(s, 0, s.length);

/** Headline on the first line, one paragraph after it. */
function structureOf(text: string): TextStructure {
  const cut = text.indexOf("\n");
  return {
    headline: { text: text.slice(0, cut), span: { start: 0, end: cut } },
    dateline: null,
    byline: null,
    publishedAt: null,
    source: null,
    paragraphs: [{ start: cut + 1, end: text.length }],
    removed: [],
  };
}
const mentioned = (text: string) => findCountryMentions(text, structureOf(text)).map((m) => m.code);

describe("generated city table", () => {
  it("is what scripts/build-cities.mjs writes from the data packages", async () => {
    const script = fileURLToPath(new URL("../../scripts/build-cities.mjs", import.meta.url));
    const generator = (await import(script)) as { renderCitiesModule(): string };
    const committed = readFileSync(fileURLToPath(new URL("./cities.generated.ts", import.meta.url)), "utf8");
    expect(generator.renderCitiesModule()).toBe(committed);
  }, 60_000);

  it("stays compact and sorted by population", () => {
    expect(CITIES.length).toBeGreaterThan(3000);
    expect(CITIES.length).toBeLessThan(6000);
    for (let i = 1; i < CITIES.length; i++)
      expect(CITIES[i - 1]!.population).toBeGreaterThanOrEqual(CITIES[i]!.population);
  });

  it("holds the capitals of nearly every independent country", () => {
    const independent = worldCountries.filter((c) => c.independent && c.capital.length > 0);
    const withCapital = independent.filter((c) => c.capital.some((cap) => countryOfCity(cap) === c.cca2));
    // the few left out are capitals whose name is a person's name ("Victoria") or held back by another rule
    expect(withCapital.length / independent.length).toBeGreaterThan(0.95);
  });

  it("knows big cities far from the old hand-written venue list", () => {
    expect(countryOfCity("Porto Alegre")).toBe("BR");
    expect(countryOfCity("Kumasi")).toBe("GH");
    expect(countryOfCity("Lubumbashi")).toBe("CD");
    expect(countryOfCity("Novosibirsk")).toBe("RU");
    expect(countryOfCity("Chiang Mai")).toBe("TH");
  });

  it("folds diacritics and letters NFKD keeps whole", () => {
    expect(countryOfCity("Lodz")).toBe("PL");
    expect(countryOfCity("Łódź")).toBe("PL");
    expect(countryOfCity("Sao Paulo")).toBe("BR");
    expect(countryOfCity("Bogotá")).toBe("CO");
  });

  it("gives a shared name to its most populous city, or to the venue list's", () => {
    expect(countryOfCity("Valencia")).toBe("ES");
    expect(countryOfCity("Hyderabad")).toBe("IN");
    expect(countryOfCity("Santiago")).toBe("CL");
  });

  it("gives each name to one country only", () => {
    const seen = new Map<string, string>();
    for (const [code, names] of Object.entries(MAJOR_CITIES))
      for (const n of names) {
        const key = n.toLowerCase();
        expect(seen.get(key) ?? code).toBe(code);
        seen.set(key, code);
      }
    expect(VENUES.CH).toContain("Davos");
  });
});

describe("ambiguous city names", () => {
  it("leaves out cities whose name is an ordinary English word", () => {
    for (const word of ["Split", "Mobile", "Reading", "Bath", "Orange", "Surprise", "Independence"])
      expect(countryOfCity(word)).toBeNull();
  });

  it("leaves out smaller cities whose name is a person's name", () => {
    for (const person of ["Eugene", "Bolton", "Santos", "Victoria", "Jackson", "Regina"])
      expect(countryOfCity(person)).toBeNull();
  });

  it("leaves country names to the country gazetteer and drops very short names", () => {
    expect(countryOfCity("Armenia")).toBeNull();
    expect(countryOfCity("Man")).toBeNull();
    expect(countryOfCity("Van")).toBeNull();
  });

  it("does not read a title-case headline verb as a place", () => {
    expect(places("Neighbours Agree to Split Costs of New Border Bridge")).toEqual([]);
    expect(places("Carriers Rush to Mobile Payments as Sanctions Bite")).toEqual([]);
  });
});

describe("place finding with the generated table", () => {
  it("finds a big city after a preposition, with its country", () => {
    expect(places("The two foreign ministers met in Porto Alegre on Thursday.")).toMatchObject([
      { name: "Porto Alegre", country: "BR", level: "city" },
    ]);
    expect(places("Trade envoys gathered in Kumasi for a second round.")).toMatchObject([
      { name: "Kumasi", country: "GH", level: "city" },
    ]);
    expect(places("The delegation flew to Lodz after the talks.")).toMatchObject([{ country: "PL", level: "city" }]);
  });

  it("does not add the country of a city that is only a venue to the countries mentioned", () => {
    expect(mentioned("Ministers meet\nThe ministers met in Porto Alegre on Thursday.")).toEqual([]);
    expect(mentioned("Envoys meet\nKenyan and Ghanaian envoys met in Kumasi.")).toEqual(["KE", "GH"]);
  });
});
