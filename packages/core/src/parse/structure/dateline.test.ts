import { describe, expect, it } from "vitest";
import { readDateline } from "./dateline.js";

describe("readDateline", () => {
  it("reads place, date and agency, and the prefix length", () => {
    const text = "KELSO, Aug. 30 (Xinhua) -- The minister said ...";
    const d = readDateline(text, "2023-08-31");
    expect(d).toEqual({ place: "KELSO", date: "2023-08-30", agency: "Xinhua", length: 27 });
    expect(text.slice(d!.length)).toBe("The minister said ...");
  });

  it("accepts an outlet in parentheses glued to an em dash", () => {
    expect(readDateline("Marnville (Example-Tribune.com)—The president ...", null)).toMatchObject({
      place: "Marnville",
      agency: "Example-Tribune.com",
    });
  });

  it("reads an agency credit with no place", () => {
    expect(readDateline("(Reuters) - The minister said ...", null)).toEqual({
      place: null,
      date: null,
      agency: "Reuters",
      length: 12,
    });
    expect(readDateline("(Nobody Knows) - The minister said ...", null)).toBeNull();
  });

  it("refuses ordinary sentence openings", () => {
    for (const s of [
      "Chinese Vice President Han met the delegation.",
      "In Kelso, on the 29, the minister met ...",
      "Note: the figures are provisional.",
      "NATO - the alliance said ...",
      "UPDATE: Talks resume",
      "Kelso - The talks resumed.",
    ]) {
      expect(readDateline(s, null), s).toBeNull();
    }
  });
});
