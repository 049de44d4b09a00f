import { describe, expect, it } from "vitest";
import {
  countryName,
  countryOfCapital,
  countryOfCity,
  findCountryByName,
  isOrganizationCode,
  listCountryPhrases,
} from "./countries.js";

describe("countryName", () => {
  it("names countries and organisations by code", () => {
    expect(countryName("KZ")).toBe("Kazakhstan");
    expect(countryName("AFU")).toBe("African Union");
    expect(countryName("TR")).toBe("Turkey");
  });

  it("returns an unknown code unchanged", () => {
    expect(countryName("ZZ")).toBe("ZZ");
  });
});

describe("findCountryByName", () => {
  it("finds names, news variants, demonyms and accents in any case", () => {
    expect(findCountryByName("Côte d'Ivoire")).toBe("CI");
    expect(findCountryByName("cote d’ivoire")).toBe("CI");
    expect(findCountryByName("Ivory Coast")).toBe("CI");
    expect(findCountryByName("U.S.")).toBe("US");
    expect(findCountryByName("DPRK")).toBe("KP");
    expect(findCountryByName("Kazakh")).toBe("KZ");
    expect(findCountryByName("Türkiye")).toBe("TR");
    expect(findCountryByName("Britain")).toBe("GB");
    expect(findCountryByName("African Union")).toBe("AFU");
  });

  it("returns null for places that only contain a country word and for unknown names", () => {
    expect(findCountryByName("Indian Ocean")).toBeNull();
    expect(findCountryByName("Latin America")).toBeNull();
    expect(findCountryByName("Narnia")).toBeNull();
    expect(findCountryByName("")).toBeNull();
  });
});

describe("countryOfCapital and countryOfCity", () => {
  it("maps capitals, spelling variants and seats of government", () => {
    expect(countryOfCapital("Astana")).toBe("KZ");
    expect(countryOfCapital("Brasilia")).toBe("BR");
    expect(countryOfCapital("Washington")).toBe("US");
    expect(countryOfCapital("Kiev")).toBe("UA");
  });

  it("maps major cities only through countryOfCity", () => {
    expect(countryOfCapital("Geneva")).toBeNull();
    expect(countryOfCity("Geneva")).toBe("CH");
    expect(countryOfCity("sochi")).toBe("RU");
    expect(countryOfCity("Bucharest")).toBe("RO");
  });

  it("does not treat personal names that are also small capitals as cities", () => {
    expect(countryOfCapital("Victoria")).toBeNull();
    expect(countryOfCapital("Hamilton")).toBeNull();
    expect(countryOfCity("Atlantis")).toBeNull();
  });
});

describe("isOrganizationCode", () => {
  it("tells organisations from countries", () => {
    expect(isOrganizationCode("ASEAN")).toBe(true);
    expect(isOrganizationCode("AFU")).toBe(true);
    expect(isOrganizationCode("AU")).toBe(false);
  });
});

describe("listCountryPhrases", () => {
  it("keeps blocking phrases and drops ordinary words taken from the data", () => {
    const table = new Map(listCountryPhrases());
    expect(table.get("Indian Ocean")?.code).toBeNull();
    expect(table.has("Island")).toBe(false);
    expect(table.get("G20")?.code).toBe("G20");
  });
});
