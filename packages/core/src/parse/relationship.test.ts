import { describe, expect, it } from "vitest";
import { makeDoc } from "./fixture-doc.js";
import { findRelationship } from "./relationship.js";

const countries: [string, string][] = [
  ["Kenya", "KE"],
  ["Sweden", "SE"],
  ["Chile", "CL"],
  ["Peru", "PE"],
];

describe("findRelationship", () => {
  it("keeps a level's list of aims after for or of", () => {
    const level = (text: string) => findRelationship(makeDoc(text, { countries }))?.level;
    expect(level("Kenya and Sweden set up a comprehensive partnership for peace, growth and shared prosperity.")).toBe(
      "comprehensive partnership for peace, growth and shared prosperity",
    );
    expect(level("Chile and Peru hailed their strategic partnership of friendship and progress today.")).toBe(
      "strategic partnership of friendship and progress",
    );
    // a complement that is not a list of aims is no part of the level
    expect(level("Chile and Peru hailed their strategic partnership for the ports sector.")).toBe(
      "strategic partnership",
    );
  });

  it("prefers the most specific graded phrase and lists the countries it links", () => {
    const text =
      "Kenya and Sweden deepen strategic partnership\nKenya and Sweden agreed to advance their comprehensive strategic partnership.";
    const rel = findRelationship(makeDoc(text, { countries }));
    expect(rel?.level).toBe("comprehensive strategic partnership");
    expect(rel?.countries).toEqual(["KE", "SE"]);
    expect(text.slice(rel!.span!.start, rel!.span!.end)).toBe("comprehensive strategic partnership");
  });

  it("lowercases capitalised grades and drops the country prefix", () => {
    const text = "Chile reaffirmed the Chile-Peru All-Weather Strategic Cooperative Partnership.";
    expect(findRelationship(makeDoc(text, { countries }))?.level).toBe("all-weather strategic cooperative partnership");
  });

  it("keeps the new level in an upgrade from one level to another", () => {
    const text =
      "The leaders moved relations from a comprehensive partnership of cooperation up to a strategic partnership of cooperation.";
    expect(findRelationship(makeDoc(text))?.level).toBe("strategic partnership of cooperation");
  });

  it("reads fixed expressions, partners and allies", () => {
    expect(findRelationship(makeDoc("They will build a Kenya-Sweden community with a shared future."))?.level).toBe(
      "community with a shared future",
    );
    expect(findRelationship(makeDoc("Chile and Peru are strategic partners of Sweden."))?.level).toBe(
      "strategic partners",
    );
    expect(findRelationship(makeDoc("Lima hopes to be seen as a loyal U.S. ally in the region."))?.level).toBe("ally");
    expect(
      findRelationship(makeDoc("The two countries enjoy a special and privileged strategic partnership."))?.level,
    ).toBe("special and privileged strategic partnership");
  });

  it("prefers a twice-graded partnership over a fixed vision phrase, but not a once-graded one", () => {
    const both =
      "They will build a community with a shared future and deepen their comprehensive strategic partnership.";
    expect(findRelationship(makeDoc(both))?.level).toBe("comprehensive strategic partnership");
    const weak = "They will build a community with a shared future and a strategic partnership.";
    expect(findRelationship(makeDoc(weak))?.level).toBe("community with a shared future");
    expect(findRelationship(makeDoc("The two nations remain all-weather friends."))?.level).toBe("all-weather friends");
  });

  it("returns null when no graded phrase is named", () => {
    expect(
      findRelationship(makeDoc("Relations between the two countries have grown closer, and allies met.")),
    ).toBeNull();
    expect(findRelationship(makeDoc("The partnership and cooperation will continue."))).toBeNull();
    expect(findRelationship(makeDoc("Kenya thanked its global partners for their friendly relations."))).toBeNull();
    expect(findRelationship(makeDoc(""))).toBeNull();
  });
});
