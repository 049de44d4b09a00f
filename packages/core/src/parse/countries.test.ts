import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { TextStructure } from "./context.js";
import { findCountryMentions } from "./countries.js";

/** A structure whose headline is the first line and whose paragraphs are the following lines. */
function structureOf(text: string): TextStructure {
  const lines: { start: number; end: number }[] = [];
  let start = 0;
  for (const line of text.split("\n")) {
    if (line.trim()) lines.push({ start, end: start + line.length });
    start += line.length + 1;
  }
  const [head, ...rest] = lines;
  return {
    headline: head ? { text: text.slice(head.start, head.end), span: head } : null,
    dateline: null,
    byline: null,
    publishedAt: null,
    source: null,
    paragraphs: rest,
    removed: [],
  };
}

const find = (text: string) => findCountryMentions(text, structureOf(text));
const codes = (text: string) => find(text).map((m) => m.code);
const surfaces = (text: string) => find(text).map((m) => text.slice(m.span.start, m.span.end));

describe("findCountryMentions", () => {
  it("finds names, official names, short forms and demonyms with exact spans", () => {
    const text =
      "Headline\nThe Kazakh envoy met U.S. and Republic of Korea officials in the People's Republic of China.";
    expect(surfaces(text)).toEqual(["Kazakh", "U.S.", "Republic of Korea", "People's Republic of China"]);
    expect(codes(text)).toEqual(["KZ", "US", "KR", "CN"]);
  });

  it("reads hyphenated pairs and news abbreviations", () => {
    expect(codes("Title\nThe China-Kazakhstan talks and the DPRK, the UK and Türkiye.")).toEqual([
      "CN",
      "KZ",
      "KP",
      "GB",
      "TR",
    ]);
  });

  it("counts a capital that stands for a government but not a capital that is only a venue", () => {
    expect(codes("Title\nMoscow said it would respond. The ministers met in Bucharest on Monday.")).toEqual(["RU"]);
    expect(codes("Title\nTalks between Washington and Tehran resumed.")).toEqual(["US", "IR"]);
    expect(codes("Title\nBeijing's position is clear.")).toEqual(["CN"]);
    expect(codes("Title\nThe delegation arrived in Tehran.")).toEqual([]);
  });

  it("extends a government reading to a capital joined by 'and'", () => {
    expect(codes("Title\nTehran and Riyadh agreed to restore relations.")).toEqual(["IR", "SA"]);
    expect(codes("Title\nFlights between cities resumed in Tehran and Riyadh.")).toEqual([]);
  });

  it("treats a city-state as a country unless it is the venue", () => {
    expect(codes("Title\nHe called counterparts from Nepal, Singapore and Bhutan.")).toEqual(["NP", "SG", "BT"]);
    expect(codes("Title\nThe summit was held in Singapore.")).toEqual([]);
  });

  it("counts government seats such as the Kremlin", () => {
    expect(codes("Title\nThe Kremlin welcomed the offer.")).toEqual(["RU"]);
  });

  it("finds international organisations by name and acronym", () => {
    const found = find("Title\nThe EU, ASEAN and the Shanghai Cooperation Organisation met.");
    expect(found.map((m) => [m.code, m.kind])).toEqual([
      ["EU", "organization"],
      ["ASEAN", "organization"],
      ["SCO", "organization"],
    ]);
  });

  it("reads AU as the African Union only when the African Union is named", () => {
    expect(codes("Title\nThe African Union said the AU would send observers.")).toEqual(["AFU", "AFU"]);
    expect(codes("Title\nThe AU team won the match.")).toEqual([]);
  });

  it("ignores lower-case us, currency US$ and pronoun US in capitals", () => {
    expect(codes("Title\nHe told us that trade reached US$ 5 million.")).toEqual([]);
    expect(codes("CONTACT US FOR MORE ABOUT THE PROGRAMME\nNothing here.")).toEqual([]);
  });

  it("reads all-caps headlines case-insensitively, acronyms included", () => {
    expect(codes("CHINA AND KAZAKHSTAN SIGN NEW TRADE DEAL\nBody text.")).toEqual(["CN", "KZ"]);
    expect(codes("US AND UAE LEADERS MEET IN PARIS TODAY\nBody text.")).toEqual(["US", "AE"]);
  });

  it("does not read a country in a personal name or a US state", () => {
    expect(codes("Title\nThe coach Chad Brennan and the writer Jordan Ellis spoke in New Mexico.")).toEqual([]);
    expect(codes("Title\nJordan Government officials met Chad President.")).toEqual(["JO", "TD"]);
  });

  it("does not count places named after a country or people named like one", () => {
    expect(codes("Title\nShips crossed the Indian Ocean and the South China Sea to Latin America.")).toEqual([]);
    expect(codes("Title\nThe forward Michael Jordan scored.")).toEqual([]);
    expect(codes("Title\nKing Abdullah of Jordan spoke.")).toEqual(["JO"]);
  });

  it("only reads the headline and body paragraphs", () => {
    const text = "Title\nIndia and Nepal.\nCopyright France 2023";
    const structure = structureOf(text);
    structure.paragraphs = structure.paragraphs.slice(0, 1);
    expect(findCountryMentions(text, structure).map((m) => m.code)).toEqual(["IN", "NP"]);
  });

  it("returns nothing for empty input", () => {
    expect(find("")).toEqual([]);
  });
});

describe("findCountryMentions: promises", () => {
  it("never throws, and every mention lies inside its segment", () => {
    const pieces = [
      "US",
      "us",
      "U.S.",
      "China",
      "Chinese",
      "Beijing",
      "said",
      "in",
      "Jordan",
      "AU",
      "African Union",
      "\n",
      ",",
      "’s",
    ];
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 5 })), { maxLength: 30 }),
        (parts) => {
          const text = `Title\n${parts.join(" ")}`;
          const structure = structureOf(text);
          for (const m of findCountryMentions(text, structure)) {
            const inside = [structure.headline!.span, ...structure.paragraphs].some(
              (s) => m.span.start >= s.start && m.span.end <= s.end,
            );
            expect(inside).toBe(true);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
