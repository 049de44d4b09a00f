import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { CallerInput } from "./context.js";
import { segmentText } from "./structure.js";

const NO_INPUT: CallerInput = { url: null, headline: null, publishedAt: null, source: null };

const LEAD =
  "The foreign ministers of Freedonia and Sylvania met on Tuesday to discuss trade, border crossings and a new water-sharing treaty.";
const SECOND =
  "Both sides agreed to set up a joint commission that will meet twice a year and report to the two heads of government.";

function segment(text: string, input: Partial<CallerInput> = {}, referenceDate: string | null = null) {
  const s = segmentText(text, { ...NO_INPUT, ...input }, referenceDate);
  return {
    ...s,
    body: s.paragraphs.map((p) => text.slice(p.start, p.end)),
    reasons: s.removed.map((r) => `${r.reason}: ${r.text}`),
  };
}

describe("segmentText", () => {
  it("takes the first title-like line as headline, skipping menus and section labels", () => {
    const text = `Home > World > Europe\nDiplomacy\nFreedonia and Sylvania agree on water talks\n\n${LEAD}\n\n${SECOND}`;
    const s = segment(text);
    expect(s.headline?.text).toBe("Freedonia and Sylvania agree on water talks");
    expect(text.slice(s.headline!.span.start, s.headline!.span.end)).toBe(s.headline!.text);
    expect(s.body).toEqual([LEAD, SECOND]);
    expect(s.reasons).toEqual(["navigation: Home > World > Europe", "navigation: Diplomacy"]);
  });

  it("skips a menu spread over short title-cased lines", () => {
    const text = `Embassies and Consulates\nPress Room\nForeign Policy Priorities\nVisa Services\nFreedonia and Sylvania agree on water talks\n${LEAD}`;
    const s = segment(text);
    expect(s.headline?.text).toBe("Freedonia and Sylvania agree on water talks");
    expect(s.body).toEqual([LEAD]);
    const noTitle = segment(`Embassies and Consulates\nPress Room\nForeign Policy Priorities\n${LEAD}\n${SECOND}`);
    expect(noTitle.headline).toBeNull();
    expect(noTitle.body).toEqual([LEAD, SECOND]);
  });

  it("finds no headline when the text opens with its lead paragraph", () => {
    const s = segment(`${LEAD}\n${SECOND}`);
    expect(s.headline).toBeNull();
    expect(s.body).toEqual([LEAD, SECOND]);
  });

  it("prefers the caller's headline and drops its repeats", () => {
    const text = `Ministers meet in Kelso\nMinisters meet in Sylvania\nMinisters meet in Sylvania\n${LEAD}`;
    const s = segment(text, { headline: "Ministers meet in Sylvania" });
    expect(s.headline).toEqual({ text: "Ministers meet in Sylvania", span: { start: 24, end: 50 } });
    expect(s.reasons).toContain("repeated-headline: Ministers meet in Sylvania");
    expect(s.body).toEqual([LEAD]);
  });

  it("ignores an empty caller headline", () => {
    expect(segment(`Ministers meet in Kelso\n${LEAD}`, { headline: "  " }).headline?.text).toBe(
      "Ministers meet in Kelso",
    );
  });

  it("keeps a caller headline that the text does not contain, with an empty span", () => {
    const s = segment(LEAD, { headline: "Not in the text" });
    expect(s.headline).toEqual({ text: "Not in the text", span: { start: 0, end: 0 } });
    expect(s.body).toEqual([LEAD]);
  });

  it("drops a truncated headline repeated at the bottom and a numbered breadcrumb copy", () => {
    const title = "Freedonia signs revised trade pact with Sylvania";
    const text = `1. News\n2. ${title}\n${title}\n${LEAD}\n${SECOND}\n${title} - Fo`;
    const s = segment(text);
    expect(s.headline?.text).toBe(title);
    expect(s.body).toEqual([LEAD, SECOND]);
    expect(s.reasons.at(-1)).toBe(`repeated-headline: ${title} - Fo`);
  });

  it("reads wire datelines and starts the paragraph after them", () => {
    const cases: [string, { place: string | null; date: string | null; agency: string | null }][] = [
      ["VALDORIA, Aug. 30 (Xinhua) -- ", { place: "VALDORIA", date: "2023-08-30", agency: "Xinhua" }],
      ["PORT LEMAN (AP) — ", { place: "PORT LEMAN", date: null, agency: "AP" }],
      ["OSTRAVIA, June 5. /TASS/. ", { place: "OSTRAVIA", date: "2023-06-05", agency: "TASS" }],
      ["NEW VALDORIA: ", { place: "NEW VALDORIA", date: null, agency: null }],
      ["Kelso [Freedonia], August 19 (ANI): ", { place: "Kelso", date: "2023-08-19", agency: "ANI" }],
      ["Kelso – Marn: ", { place: "Kelso – Marn", date: null, agency: null }],
      ["(MENAFN- Gulf Daily) ", { place: null, date: null, agency: "MENAFN" }],
    ];
    for (const [prefix, expected] of cases) {
      const text = `Ministers meet in Kelso\n${prefix}${LEAD}`;
      const s = segment(text, { publishedAt: "2023-09-01" });
      expect(s.dateline).toMatchObject(expected);
      expect(s.body).toEqual([LEAD]);
      expect(text.slice(s.dateline!.span.start, s.dateline!.span.end)).toBe(prefix.trim());
    }
  });

  it("reads a place line above the date stamp as the dateline", () => {
    const text = `Kelso\n\n07 January 2022 09:44 IST\n\n${LEAD}`;
    const s = segment(text);
    expect(s.dateline).toEqual({ place: "Kelso", date: "2022-01-07", agency: null, span: { start: 0, end: 5 } });
    expect(s.body).toEqual([LEAD]);
    // a wire dateline in the paragraph wins, and the place line stays in the body
    const both = segment(`Kelso\n07 January 2022\nMARN (AP) — ${LEAD}`);
    expect(both.dateline?.place).toBe("MARN");
    expect(both.body).toEqual(["Kelso", LEAD]);
  });

  it("does not mistake a capitalised word and a colon for a dateline", () => {
    const s = segment(`Note: ${LEAD}\nNATO - ${SECOND}`);
    expect(s.dateline).toBeNull();
  });

  it("dates a yearless dateline from the reference date, or leaves it null", () => {
    expect(segment(`VALDORIA, Jan. 3 (Reuters) - ${LEAD}`, {}, "2024-01-04").dateline?.date).toBe("2024-01-03");
    expect(segment(`VALDORIA, Dec. 31 (Reuters) - ${LEAD}`, {}, "2024-01-02").dateline?.date).toBe("2023-12-31");
    expect(segment(`VALDORIA, Dec. 31 (Reuters) - ${LEAD}`).dateline?.date).toBeNull();
  });

  it("reads publication stamps in many shapes", () => {
    const cases: [string, string][] = [
      ["Updated: August 31, 2023 08:30", "2023-08-31T08:30:00"],
      ["07 January 2022 09:44 IST", "2022-01-07T09:44:00+05:30"],
      ["Published on Tuesday, 5 March 2024", "2024-03-05"],
      ["2023-08-30 10:15:02", "2023-08-30T10:15:02"],
      ["Aug 30, 2023", "2023-08-30"],
      ["30.08.2023", "2023-08-30"],
      ["Publié le 30 août 2023", "2023-08-30"],
      ["30 de agosto de 2023", "2023-08-30"],
      ["By Jane Roe | March 2, 2021", "2021-03-02"],
    ];
    for (const [stamp, expected] of cases) {
      const s = segment(`Ministers meet in Sylvania\n${stamp}\n${LEAD}`);
      expect(s.publishedAt, stamp).toBe(expected);
      expect(s.body, stamp).toEqual([LEAD]);
    }
  });

  it("prefers the original publication over an update, and the caller's date over both", () => {
    const text = `Ministers meet in Kelso\nUpdated: 2 September 2023\nFirst published: 1 September 2023\n${LEAD}`;
    expect(segment(text).publishedAt).toBe("2023-09-01");
    expect(segment(text, { publishedAt: "2023-08-01" }).publishedAt).toBe("2023-08-01");
  });

  it("takes a glued store date and a URL date when the text has no stamp", () => {
    expect(segment(` date 2022-09-15 Ministers meet in Sylvania\n\n${LEAD}`).publishedAt).toBe("2022-09-15");
    expect(segment(` date 2022-09-15 Ministers meet in Sylvania\n\n${LEAD}`).headline?.text).toBe(
      "Ministers meet in Sylvania",
    );
    expect(segment(LEAD, { url: "https://news.example/world/2023/08/30/talks.html" }).publishedAt).toBe("2023-08-30");
    expect(segment(LEAD).publishedAt).toBeNull();
  });

  it("ignores dates inside running text and in related-story lists", () => {
    const text = `Ministers meet in Kelso\n${LEAD} The treaty of 12 May 2001 was also discussed.\n${SECOND}\nWorld\nSylvania Opens New Embassy In Kelso\n25 December 2022, 16:32 GMT`;
    const s = segment(text);
    expect(s.publishedAt).toBeNull();
    expect(s.reasons).toEqual([
      "navigation: World",
      "related: Sylvania Opens New Embassy In Kelso",
      "metadata: 25 December 2022, 16:32 GMT",
    ]);
  });

  it("dates a press release from its sign-off line, and a story from a dateline with a year", () => {
    expect(segment(`Ministers meet in Kelso\n${LEAD}\n${SECOND}\nKelso, 5 June 2023`).publishedAt).toBe("2023-06-05");
    expect(segment(`KELSO, Aug. 30, 2023 (AP) — ${LEAD}`).publishedAt).toBe("2023-08-30");
    expect(segment(`KELSO, Aug. 30 (AP) — ${LEAD}`).publishedAt).toBeNull();
  });

  it("splits a stamp and an agency credit off the headline line", () => {
    const s = segment(`Envoys recalled after dispute (Reuters) Updated: 2011-04-03 08:17\n${LEAD}`);
    expect(s.headline?.text).toBe("Envoys recalled after dispute");
    expect(s.publishedAt).toBe("2011-04-03T08:17:00");
    expect(s.source).toBe("Reuters");
  });

  it("recognises bylines and credit lines", () => {
    const s = segment(`Ministers meet in Kelso\nBy Jane Roe and Tom Poe\n${LEAD}\nSource: REUTERS`);
    expect(s.byline?.text).toBe("By Jane Roe and Tom Poe");
    expect(s.source).toBe("Reuters");
    expect(s.body).toEqual([LEAD]);
    expect(segment(`By contrast, ${LEAD}`).byline).toBeNull();
    expect(segment(`Ministers meet in Kelso\nPress Trust of India Kelso\n${LEAD}`).source).toBe("Press Trust of India");
  });

  it("falls back to the URL host for the source", () => {
    expect(segment(LEAD, { url: "https://www.example-news.com/a/1" }).source).toBe("example-news.com");
    expect(segment(LEAD, { source: "Caller Times", url: "https://x.example/" }).source).toBe("Caller Times");
  });

  it("removes furniture in several languages, each with its reason", () => {
    const text = [
      "Aller au contenu principal",
      "Ministers meet in Sylvania",
      "Compartilhar",
      LEAD,
      "Advertisement",
      SECOND,
      "Читайте также",
      "Leave a Reply",
      "Your e-mail will not be shown. Required fields are marked *",
      "© 2024 Example Media. All rights reserved.",
      "This site uses cookies for a better experience.",
      "Back To Top",
    ].join("\n");
    const s = segment(text);
    expect(s.body).toEqual([LEAD, SECOND]);
    expect(s.removed.map((r) => r.reason)).toEqual([
      "navigation",
      "share",
      "advertisement",
      "related",
      "comment",
      "comment",
      "copyright",
      "cookie",
      "back-to-top",
    ]);
    for (const r of s.removed) expect(text.slice(r.span.start, r.span.end)).toBe(r.text);
  });

  it("cuts a comment thread after a 'Continue reading' marker, but not when the rest is the bigger part", () => {
    const comments = "Typical, nobody ever asks the rest of us what we think about these meetings.";
    const cut = segment(`Ministers meet in Kelso\n${LEAD}\n${SECOND}\nContinue reading...\n${comments}`);
    expect(cut.body).toEqual([LEAD, SECOND]);
    const third =
      "Officials from both ministries will draft the commission's terms of reference before the end of the year.";
    const fourth = "The next round of talks is planned for the spring in the Sylvanian capital, a spokesman said.";
    const long = `${LEAD}\nComments\n${SECOND}\n${third}\n${fourth}`;
    expect(segment(long).body).toEqual([LEAD, SECOND, third, fourth]);
  });

  it("drops a teaser that repeats the lead and keeps the copy in the article's flow", () => {
    const text = `Ministers meet in Kelso\n${LEAD}\nKELSO (AP) - ${LEAD}\n${SECOND}`;
    const s = segment(text);
    expect(s.body).toEqual([LEAD, SECOND]);
    expect(s.reasons).toContain(`repeated-lead: ${LEAD}`);
  });

  it("joins hard-wrapped lines into paragraphs", () => {
    const text = [
      "Ministers meet in Kelso",
      "The foreign ministers of Freedonia and Sylvania met on",
      "Tuesday to discuss trade, border crossings and a new",
      "water-sharing treaty, officials said after the talks.",
      "Both sides agreed to set up a joint commission that",
      "will meet twice a year and report to the two heads",
      "of government, according to a statement released late.",
    ].join("\n");
    const s = segment(text);
    expect(s.body).toHaveLength(2);
    expect(s.body[0]).toMatch(/^The foreign .* the talks\.$/s);
  });

  it("keeps in-article subheadings and captions", () => {
    const text = `Ministers meet in Kelso\n${LEAD}\nFreedonia\n${SECOND}\nThe two ministers shake hands in Kelso on Tuesday`;
    expect(segment(text).body).toEqual([
      LEAD,
      "Freedonia",
      SECOND,
      "The two ministers shake hands in Kelso on Tuesday",
    ]);
  });

  it("returns no paragraphs when every line is furniture", () => {
    const s = segment("Home\nShare\nAdvertisement\nBack to top");
    expect(s.paragraphs).toEqual([]);
    expect(s.headline).toBeNull();
    expect(s.removed).toHaveLength(4);
  });
});

describe("segmentText on further layouts", () => {
  it("reads a stamp line with credit fields and takes its source", () => {
    const s = segment(`Ministers meet in Kelso\nSource: Xinhua | 2023-08-30 10:15:02 | Editor: Li Ming\n${LEAD}`);
    expect(s.publishedAt).toBe("2023-08-30T10:15:02");
    expect(s.source).toBe("Xinhua");
    expect(s.body).toEqual([LEAD]);
  });

  it("removes link lines, tag lists, editor credits and share rows", () => {
    const text = [
      "Ministers meet in Kelso",
      LEAD,
      "Read more: Sylvania opens an embassy in Kelso",
      "ALSO READ | Freedonia hosts regional summit",
      SECOND,
      "Tags: trade, water, diplomacy",
      "Editor: Li Ming",
      "Print Email Facebook Twitter",
    ].join("\n");
    const s = segment(text);
    expect(s.body).toEqual([LEAD, SECOND]);
    expect(s.removed.map((r) => r.reason)).toEqual(["read-more", "related", "navigation", "metadata", "share"]);
  });

  it("keeps sentences that merely start like a link or a tag", () => {
    const text = `Ministers meet in Kelso\n${LEAD}\nRelated talks: the two sides will meet again in May, officials said.\n${SECOND}`;
    expect(segment(text).body).toHaveLength(3);
  });

  it("accepts staff bylines", () => {
    expect(segment(`Ministers meet in Kelso\nBy Staff Reporter\n${LEAD}`).byline?.text).toBe("By Staff Reporter");
  });
});

describe("segmentText, splitSentences and detectLanguage on pathological input", () => {
  const shapes = [
    "Aa.".repeat(40_000),
    "A. ".repeat(40_000),
    `${"word ".repeat(20_000)}\n`.repeat(2),
    "Home\n".repeat(20_000),
    "(((((((((( [[[[ ---- :::: ".repeat(4_000),
    "Title Case Words Here\n".repeat(5_000),
    "“".repeat(100_000),
  ];
  it("stays fast (linear) on long, repetitive or odd texts", async () => {
    const { splitSentences } = await import("./sentences.js");
    const { detectLanguage } = await import("./language.js");
    for (const text of shapes) {
      const started = performance.now();
      const s = segmentText(text, NO_INPUT);
      splitSentences(text, s);
      detectLanguage(text, s);
      // generous for a loaded CI machine; a quadratic step would take minutes at this size
      expect(performance.now() - started, text.slice(0, 20)).toBeLessThan(4000);
    }
  }, 60_000);
});

describe("segmentText properties", () => {
  const pieces = [
    "KELSO, Aug. 30 (Xinhua) -- ",
    "(Reuters) - ",
    " date 2023-10-29 ",
    "Updated: August 31, 2023 08:30",
    "By Jane Roe",
    "Source: Xinhua | 2023-08-30 21:50:15 | Editor: Li Ming",
    "Read more: Talks resume",
    "Home > World",
    "Related posts",
    "Leave a Reply",
    "Title Case Words",
    LEAD,
    SECOND,
    "\n",
    "\n\n",
    " ",
  ];
  const texts = fc
    .array(fc.oneof(fc.constantFrom(...pieces), fc.string({ unit: "grapheme", maxLength: 15 })), { maxLength: 30 })
    .map((parts) => parts.join(""));

  it("keeps every span inside the text, removed texts equal to their spans, and paragraphs clear of removals", () => {
    fc.assert(
      fc.property(texts, fc.option(fc.string({ maxLength: 30 })), (text, headline) => {
        const s = segmentText(text, { ...NO_INPUT, headline }, "2023-08-30");
        const spans = [
          ...s.paragraphs,
          ...s.removed.map((r) => r.span),
          ...[s.headline?.span, s.byline?.span, s.dateline?.span].filter((x) => x !== undefined),
        ];
        for (const span of spans)
          expect(span.start >= 0 && span.start <= span.end && span.end <= text.length).toBe(true);
        for (const r of s.removed) expect(text.slice(r.span.start, r.span.end)).toBe(r.text);
        for (const p of s.paragraphs) {
          for (const r of s.removed) expect(p.end <= r.span.start || r.span.end <= p.start).toBe(true);
        }
      }),
      { numRuns: 400 },
    );
  }, 60_000);
});
