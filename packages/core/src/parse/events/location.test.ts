import { describe, expect, it } from "vitest";
import { capitalOf, findPlaces, locateEvent, normalizePlaceName } from "./location.js";

const places = (s: string) => findPlaces(s, 0, s.length);

describe("findPlaces", () => {
  it("finds known cities after a preposition with their country", () => {
    expect(places("The ministers met in Bucharest on Monday.")).toMatchObject([
      { name: "Bucharest", country: "RO", level: "city" },
    ]);
    expect(places("Talks resumed in the Qatari capital of Doha.")[0]).toMatchObject({ name: "Doha", country: "QA" });
    expect(places("He met his counterpart at the Chinese city Huangshan.")[0]).toMatchObject({ name: "Huangshan" });
  });

  it('reads "the Chinese capital" as the capital of that country', () => {
    expect(places("The envoys met in the Kenyan capital on Friday.")).toMatchObject([
      { name: "Nairobi", country: "KE", level: "city" },
    ]);
    expect(places("They met in the Qatari capital Doha.")).toMatchObject([{ name: "Doha", country: "QA" }]);
  });

  it("reads countries as country-level places, but not a list of destinations", () => {
    expect(places("She paid a visit to Uruguay.")[0]).toMatchObject({ country: "UY", level: "country" });
    expect(places("He will travel to Brazil, Paraguay and Argentina.")).toEqual([]);
  });

  it("accepts an unknown place only where the wording makes it a venue", () => {
    expect(places("The summit was held in Puerto Esmeralda, in the southern province.")[0]).toMatchObject({
      name: "Puerto Esmeralda",
      country: null,
    });
    expect(places("He spoke in Parliament.")).toEqual([]);
    expect(places("The talks took place in September.")).toEqual([]);
  });

  it("ignores places that belong to an envoy or an embassy", () => {
    expect(places("Manila summoned the ambassador to Manila.").filter((p) => p.name === "Manila")).toEqual([]);
    expect(places("They gathered outside the embassy in Lima.")).toEqual([]);
  });

  it("offsets spans into the whole text", () => {
    const text = "Headline.\nThey met in Oslo.";
    const [p] = findPlaces(text, 10, text.length);
    expect(text.slice(p!.start, p!.end)).toBe("Oslo");
  });
});

describe("locateEvent", () => {
  const base = { triggerAt: 0, datelinePlace: null, actingCountry: null };

  it("gives calls no location", () => {
    expect(
      locateEvent({ ...base, type: "phone_call", places: places("They spoke by phone from Oslo to Lima.") }),
    ).toBeNull();
  });

  it("prefers the nearest city after the trigger", () => {
    const found = locateEvent({ ...base, type: "meeting", places: places("They met in Lima after a stop in Quito.") });
    expect(found).toMatchObject({ name: "Lima", country: "PE", level: "city" });
  });

  it("uses the dateline city when the sentence names no venue or only its country", () => {
    expect(locateEvent({ ...base, type: "meeting", places: [], datelinePlace: "STOCKHOLM" })).toMatchObject({
      name: "Stockholm",
      country: "SE",
    });
    const inCountry = places("Officials began talks in Sweden.");
    expect(locateEvent({ ...base, type: "meeting", places: inCountry, datelinePlace: "STOCKHOLM" })?.name).toBe(
      "Stockholm",
    );
    const abroad = places("The envoy arrived in Venezuela.");
    expect(locateEvent({ ...base, type: "visit", places: abroad, datelinePlace: "KINGSTOWN" })?.name).toBe("Venezuela");
  });

  it("places a summoned envoy at the summoning government's capital", () => {
    expect(locateEvent({ ...base, type: "protest", places: [], actingCountry: "IR" })).toMatchObject({
      name: "Tehran",
      country: "IR",
    });
    expect(locateEvent({ ...base, type: "meeting", places: [], actingCountry: "IR" })).toBeNull();
  });
});

describe("place helpers", () => {
  it("title-cases all-caps dateline places only", () => {
    expect(normalizePlaceName("NEW DELHI,")).toBe("New Delhi");
    expect(normalizePlaceName("Huangshan")).toBe("Huangshan");
  });

  it("knows capitals", () => {
    expect(capitalOf("KZ")).toBe("Astana");
    expect(capitalOf("ZZ")).toBeNull();
  });
});

describe("findPlaces: gatherings named for their city", () => {
  it('reads "the Lisbon summit" and "the 2019 Osaka talks" as venues', () => {
    expect(places("In opening remarks to the Lisbon summit, the host spoke of unity.")).toMatchObject([
      { name: "Lisbon", country: "PT", level: "city" },
    ]);
    expect(places("The 2019 Osaka talks ended without a deal.")).toMatchObject([{ name: "Osaka", country: "JP" }]);
  });
  it("takes a city-named declaration as the venue only where the sentence adopts or signs it", () => {
    expect(places("The leaders adopted the Accra Declaration on trade.")).toMatchObject([
      { name: "Accra", country: "GH", level: "city" },
    ]);
    expect(places("He recalled the spirit of the Accra Declaration of 2001.")).toEqual([]);
  });
  it("does not read a title or weekday in front of the noun as a city", () => {
    expect(places("The Foreign Ministers Meeting ended late.")).toEqual([]);
    expect(places("Monday talks ended late.")).toEqual([]);
  });
});
