import { describe, expect, it } from "vitest";
import type { Doc, TextStructure } from "./context.js";
import { findDateMentions, findDates, resolveAnchorDate, resolveWeekday } from "./dates.js";

const one = (text: string, anchor: string | null, fallbackYear: number | null = null) =>
  findDateMentions(text, [{ start: 0, end: text.length }], anchor, { fallbackYear });
const first = (text: string, anchor: string | null) => one(text, anchor)[0]?.date;

const structure = (publishedAt: string | null, datelineDate: string | null): TextStructure => ({
  headline: null,
  dateline: datelineDate ? { place: "ROME", date: datelineDate, span: { start: 0, end: 4 } } : null,
  byline: null,
  publishedAt,
  source: null,
  paragraphs: [],
  removed: [],
});

describe("resolveAnchorDate", () => {
  it("prefers the publication date, cut to a day", () => {
    expect(resolveAnchorDate(structure("2024-03-05T10:00:00Z", "2024-03-04"), "2020-01-01")).toBe("2024-03-05");
  });
  it("falls back to the dateline, then the caller's reference date", () => {
    expect(resolveAnchorDate(structure(null, "2024-03-04"), "2020-01-01")).toBe("2024-03-04");
    expect(resolveAnchorDate(structure(null, null), "2020-01-01")).toBe("2020-01-01");
  });
  it("is null with nothing to anchor on, and ignores malformed dates", () => {
    expect(resolveAnchorDate(structure(null, null), null)).toBeNull();
    expect(resolveAnchorDate(structure("yesterday", null), "2021-02-30")).toBeNull();
  });
});

describe("resolveWeekday", () => {
  it("goes back to the latest such day, counting the anchor itself", () => {
    expect(resolveWeekday("2024-05-16", 2, "on-or-before")).toBe("2024-05-14");
    expect(resolveWeekday("2024-05-16", 4, "on-or-before")).toBe("2024-05-16");
  });
  it("goes forward for the future and strictly for next/last", () => {
    expect(resolveWeekday("2024-05-16", 1, "on-or-after")).toBe("2024-05-20");
    expect(resolveWeekday("2024-05-16", 4, "after")).toBe("2024-05-23");
    expect(resolveWeekday("2024-05-16", 4, "before")).toBe("2024-05-09");
  });
});

describe("findDateMentions", () => {
  // 2024-05-16 is a Thursday
  const anchor = "2024-05-16";

  it('resolves "on Tuesday" in a past sentence to the Tuesday before', () => {
    expect(first("The envoys met in Lima on Tuesday.", anchor)).toMatchObject({
      value: "2024-05-14",
      precision: "day",
      text: "on Tuesday",
    });
  });

  it("resolves a weekday forward when the clause is about the future", () => {
    expect(first("The minister will travel to Oslo on Monday.", anchor)?.value).toBe("2024-05-20");
    expect(first("On Saturday, she is expected to open the forum.", anchor)?.value).toBe("2024-05-18");
    expect(first("Talks are set to resume in Lima on Thursday.", anchor)?.value).toBe("2024-05-16");
  });

  it("keeps the past reading when a future verb sits in a following relative clause", () => {
    expect(first("He arrived in Lima on Wednesday evening for a visit which will include talks.", anchor)?.value).toBe(
      "2024-05-15",
    );
  });

  it('handles "next", "last" and "later on"', () => {
    expect(first("They meet again next Friday.", anchor)?.value).toBe("2024-05-17");
    expect(first("He spoke last Thursday.", anchor)?.value).toBe("2024-05-09");
    expect(first("She is meeting him later on Thursday.", anchor)?.value).toBe("2024-05-16");
  });

  it("leaves relative dates unresolved with no anchor, keeping the words", () => {
    const d = first("The ministers met on Thursday in Accra.", null);
    expect(d).toMatchObject({ value: null, text: "on Thursday" });
    expect(first("The talks ended today.", null)?.value).toBeNull();
  });

  it("resolves today, yesterday and tomorrow", () => {
    expect(first("Today the two sides signed a plan.", anchor)?.value).toBe(anchor);
    expect(first("They spoke yesterday evening.", anchor)?.value).toBe("2024-05-15");
    expect(first("He leaves tomorrow.", anchor)?.value).toBe("2024-05-17");
  });

  it("gives a day and month without a year the anchor's year", () => {
    expect(first("The accord was signed on Aug. 30 in Tunis.", "2024-09-02")).toMatchObject({
      value: "2024-08-30",
      text: "on Aug. 30",
    });
    expect(first("They met on 30 November 2021.", anchor)?.value).toBe("2021-11-30");
    expect(first("Talks opened on the morning of January 16.", "2018-01-16")?.value).toBe("2018-01-16");
  });

  it("moves a yearless date that would lie far ahead of a past report into the previous year", () => {
    expect(first("The pact was signed on December 30.", "2024-01-04")?.value).toBe("2023-12-30");
  });

  it("dates a range by its first day and keeps the whole range as text", () => {
    expect(first("He will visit from March 6 to 10.", anchor)).toMatchObject({
      value: "2024-03-06",
      text: "from March 6 to 10",
    });
    expect(first("The summit runs from September 9-10.", "2023-09-08")?.value).toBe("2023-09-09");
    expect(first("Between March 28 and April 2, she toured Africa.", "2015-08-01")?.text).toBe(
      "Between March 28 and April 2",
    );
    expect(first("Two rounds of talks: on the 5th and the 6th of December 2020.", anchor)?.value).toBe("2020-12-05");
  });

  it("reads month-year and year-only expressions with their precision", () => {
    expect(first("They first met in May 2019.", anchor)).toMatchObject({ value: "2019-05", precision: "month" });
    expect(first("The cabinets met in Warsaw in 2011.", anchor)).toMatchObject({ value: "2011", precision: "year" });
    expect(first("They met earlier this month.", anchor)).toMatchObject({ value: "2024-05", precision: "month" });
  });

  it("dates a month named without a year by the direction of the sentence", () => {
    expect(first("The leaders met in March.", anchor)).toMatchObject({ value: "2024-03", precision: "month" });
    expect(first("They met in November.", anchor)?.value).toBe("2023-11");
    expect(first("She will visit in June.", anchor)?.value).toBe("2024-06");
    expect(first("The forum held last May.", anchor)?.value).toBe("2023-05");
    expect(first("The forum held this May.", anchor)?.value).toBe("2024-05");
    expect(one("It may be held in May 2025.", anchor)).toHaveLength(1);
    expect(first("In May, officials may visit.", null)?.value).toBeNull();
  });

  it("marks vague spans of time as unresolved", () => {
    const d = one("He will visit next week.", anchor)[0];
    expect(d?.date.value).toBeNull();
    expect(d?.vague).toBe(true);
  });

  it("dates a weekday followed by an explicit date by that date", () => {
    expect(first("They met this Thursday, December 14.", "2023-12-15")).toMatchObject({
      value: "2023-12-14",
      text: "this Thursday, December 14",
    });
  });

  it("uses an article year for a yearless date only when the weekday agrees", () => {
    expect(one("They met on Monday (Jul. 3).", null, 2023)[0]?.date.value).toBe("2023-07-03");
    expect(one("They met on Thursday, December 14.", null, 1966)[0]?.date.value).toBeNull();
  });

  it("rejects impossible days and never reads the clock", () => {
    expect(first("Signed on February 30.", anchor)?.value).toBeNull();
    expect(one("No dates at all here.", anchor)).toEqual([]);
  });

  it("offsets spans into the whole text", () => {
    const text = "Headline\nThey met on Friday.";
    const [m] = findDateMentions(text, [{ start: 9, end: text.length }], anchor);
    expect(text.slice(m!.span.start, m!.span.end)).toBe("on Friday");
  });
});

describe("findDateMentions on any input", () => {
  it("never throws and always returns spans inside the text with valid ISO values", async () => {
    const fc = await import("fast-check");
    const words = fc.constantFrom(
      "on",
      "Monday",
      "next",
      "last",
      "Aug.",
      "30",
      "2021",
      "from",
      "to",
      "May",
      "today",
      "week",
      "the",
      "5th",
      "December",
      "(",
      ")",
      ",",
      "will",
      "met",
      "-",
    );
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.array(words).map((w) => w.join(" ")),
        ),
        fc.option(fc.constantFrom("2024-02-29", "2023-12-31", "2000-01-01")),
        (text, anchor) => {
          const found = findDateMentions(text, [{ start: 0, end: text.length }], anchor ?? null, {
            fallbackYear: 2020,
          });
          for (const m of found) {
            expect(m.span.start).toBeGreaterThanOrEqual(0);
            expect(m.span.end).toBeLessThanOrEqual(text.length);
            expect(text.slice(m.span.start, m.span.end)).toBe(m.date.text);
            if (m.date.value !== null) expect(m.date.value).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it("stays fast on long adversarial input", () => {
    const text = "on 1 1 1 1 Monday Monday , ( ".repeat(5_000);
    const started = performance.now();
    findDateMentions(text, [{ start: 0, end: text.length }], "2024-01-01");
    expect(performance.now() - started).toBeLessThan(3000);
  });
});

describe("findDates", () => {
  const docOf = (text: string, anchorDate: string | null) =>
    ({
      text,
      anchorDate,
      sentences: [{ start: 0, end: text.length, paragraph: 0 }],
      structure: structure(null, null),
    }) as unknown as Doc;

  it("gives a yearless date the latest year the article states when nothing anchors it", () => {
    const text =
      "On 14 November the ministers met. The first joint cabinet met in 2011; in 2012 the talks moved to Berlin.";
    expect(findDates(docOf(text, null))[0]?.date).toMatchObject({ value: "2012-11-14", text: "On 14 November" });
  });

  it("ignores years that only name things, and prefers the anchor when there is one", () => {
    const text = "They met on 14 November under the 1966 accord.";
    expect(findDates(docOf(text, null))[0]?.date.value).toBeNull();
    expect(findDates(docOf("They met on 14 November. It began in 2012.", "2020-11-20"))[0]?.date.value).toBe(
      "2020-11-14",
    );
  });
});

describe("findDateMentions deadlines", () => {
  it('skips a deadline ("by 2030", "until March 6"): it is not when anything happened', () => {
    const text = "They agreed to double trade by 2030 and to keep talking until March 6. They met on Friday.";
    const found = findDateMentions(text, [{ start: 0, end: text.length }], "2025-05-07").map((d) => d.date.text);
    expect(found).toEqual(["on Friday"]);
  });
});

describe("findDateMentions basis and relative evenings", () => {
  it("marks written-out dates as stated and anchor-resolved ones as relative", () => {
    expect(first("The pact was signed on 4 June 2019.", "2019-06-10")?.basis).toBe("stated");
    expect(first("The pact was signed on June 4.", "2019-06-10")?.basis).toBe("stated");
    expect(first("The pact was signed in 2019.", "2020-06-10")?.basis).toBe("stated");
    expect(first("The pact was signed on Tuesday.", "2019-06-10")?.basis).toBe("relative");
    expect(first("The pact was signed yesterday.", "2019-06-10")?.basis).toBe("relative");
    expect(first("The pact was signed in May last year.", "2019-06-10")?.basis).toBe("relative");
  });
  it('reads "last evening", "last night" and "yesterday afternoon" as the day before the anchor', () => {
    expect(first("The two leaders spoke by phone last evening.", "2022-03-09")?.value).toBe("2022-03-08");
    expect(first("Envoys held talks late last night in the capital.", "2022-03-09")?.value).toBe("2022-03-08");
    expect(first("The minister arrived yesterday afternoon.", "2022-03-09")).toMatchObject({
      value: "2022-03-08",
      text: "yesterday afternoon",
    });
  });
  it('reads an abbreviated month glued to its day ("Dec.6", "Sept.14")', () => {
    expect(first("The ministry issued a protest on Dec.6 over the remarks.", "2021-12-07")?.value).toBe("2021-12-06");
    expect(first("Talks resumed Sept.14, 2020 in the capital.", null)?.value).toBe("2020-09-14");
  });
});
