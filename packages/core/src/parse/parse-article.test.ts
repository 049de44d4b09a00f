import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DiplomacyError } from "../errors.js";
import { type Article, ArticleSchema } from "../schemas/article.js";
import { parseArticle, parseArticleOrThrow } from "./parse-article.js";

const ARTICLE = [
  "Freedonia and Sylvania agree to deepen trade ties",
  "By Jane Roe",
  "Updated: 30 August 2023 10:15",
  "",
  "KELSO, Aug. 30 (Xinhua) -- Freedonian Foreign Minister Ana Varga on Wednesday met with her Sylvanian counterpart Tom Okafor in Kelso, the two ministries said.",
  "",
  '"We are ready to open a new chapter," Varga told reporters after the talks.',
  "",
  "Share this article",
  "Related posts",
  "Sylvania Opens New Embassy In Kelso",
].join("\n");

function codeOf(result: ReturnType<typeof parseArticle>): string | null {
  return result.success ? null : result.error.code;
}

/** Every `{ start, end }` object anywhere in the record, with the path that leads to it. */
function collectSpans(value: unknown, path = "$", out: { path: string; start: number; end: number }[] = []) {
  if (Array.isArray(value)) {
    value.forEach((v, i) => {
      collectSpans(v, `${path}[${i}]`, out);
    });
  } else if (value && typeof value === "object") {
    const record = value as Record<string, unknown>;
    if (typeof record.start === "number" && typeof record.end === "number") {
      out.push({ path, start: record.start, end: record.end });
    }
    for (const [key, v] of Object.entries(record)) if (key !== "text") collectSpans(v, `${path}.${key}`, out);
  }
  return out;
}

function expectSpansInside(article: Article): void {
  for (const span of collectSpans(article)) {
    expect(Number.isInteger(span.start) && Number.isInteger(span.end), span.path).toBe(true);
    expect(span.start >= 0 && span.start <= span.end && span.end <= article.text.length, span.path).toBe(true);
  }
}

describe("parseArticle", () => {
  it("parses a small article into a record whose spans point at its text", () => {
    const result = parseArticle(ARTICLE);
    expect(result.success).toBe(true);
    if (!result.success) return;
    const a = result.data;
    expect(a.headline).toBe("Freedonia and Sylvania agree to deepen trade ties");
    expect(a.byline).toBe("By Jane Roe");
    expect(a.publishedAt).toBe("2023-08-30T10:15:00");
    expect(a.source).toBe("Xinhua");
    expect(a.dateline).toMatchObject({ place: "KELSO", date: "2023-08-30", agency: "Xinhua" });
    expect(a.body[0]?.startsWith("Freedonian Foreign Minister")).toBe(true);
    expect(a.removed.map((r) => r.reason)).toEqual(["metadata", "share", "related", "related"]);
    expect(a.text.slice(a.spans!.headline!.start, a.spans!.headline!.end)).toBe(a.headline);
    expectSpansInside(a);
  });

  it("takes the caller's headline, date and source over what the text says", () => {
    const result = parseArticle({
      text: ARTICLE,
      headline: "Ministers meet in Kelso",
      publishedAt: "2023-08-31",
      source: "Example Wire",
      url: "https://example.org/2023/08/29/talks",
    });
    expect(result.success && result.data.headline).toBe("Ministers meet in Kelso");
    expect(result.success && result.data.publishedAt).toBe("2023-08-31");
    expect(result.success && result.data.source).toBe("Example Wire");
    expect(result.success && result.data.url).toBe("https://example.org/2023/08/29/talks");
  });

  it("rejects empty, whitespace-only, binary and over-long text with their codes", () => {
    expect(codeOf(parseArticle(""))).toBe("TEXT_EMPTY");
    expect(codeOf(parseArticle(" \n\t\n "))).toBe("TEXT_EMPTY");
    expect(codeOf(parseArticle("PK\u0003\u0004\u0000\u0000binary"))).toBe("TEXT_BINARY");
    expect(codeOf(parseArticle("\u0001\u0002\u0003\u0004\u0005\u0006 abc"))).toBe("TEXT_BINARY");
    expect(codeOf(parseArticle(ARTICLE, { maxLength: 100 }))).toBe("TEXT_TOO_LONG");
    const tooLong = parseArticle("a".repeat(101), { maxLength: 100 });
    expect(!tooLong.success && tooLong.error.details).toEqual({ length: 101, max: 100 });
  });

  it("rejects input that is not an article and options that are not options", () => {
    expect(codeOf(parseArticle(42 as never))).toBe("INPUT_INVALID");
    expect(codeOf(parseArticle({ text: 5 } as never))).toBe("INPUT_INVALID");
    expect(codeOf(parseArticle(null as never))).toBe("INPUT_INVALID");
    expect(codeOf(parseArticle({ text: ARTICLE, publishedAt: "last week" }))).toBe("INPUT_INVALID");
    expect(codeOf(parseArticle(ARTICLE, { maxLength: -1 }))).toBe("OPTIONS_INVALID");
    expect(codeOf(parseArticle(ARTICLE, { maxLength: 1.5 }))).toBe("OPTIONS_INVALID");
    expect(codeOf(parseArticle(ARTICLE, { referenceDate: "yesterday" }))).toBe("OPTIONS_INVALID");
    expect(codeOf(parseArticle(ARTICLE, "fast" as never))).toBe("OPTIONS_INVALID");
  });

  it("reports NO_ARTICLE_TEXT when every line is page furniture", () => {
    const result = parseArticle("Home\nShare\nAdvertisement\nLeave a Reply\nBack to top\n© 2024 Example Media");
    expect(codeOf(result)).toBe("NO_ARTICLE_TEXT");
    expect(!result.success && result.error.status).toBe(422);
  });

  it("has a throwing twin that raises the same typed error", () => {
    expect(parseArticleOrThrow(ARTICLE).headline).toBe("Freedonia and Sylvania agree to deepen trade ties");
    try {
      parseArticleOrThrow("   ");
      expect.unreachable("should have thrown");
    } catch (error) {
      expect(error).toBeInstanceOf(DiplomacyError);
      expect((error as DiplomacyError).code).toBe("TEXT_EMPTY");
    }
  });
});

// Pieces of realistic articles (and of page furniture) that the generator shuffles into texts.
const PIECES = [
  "Freedonia and Sylvania agree to deepen trade ties",
  "KELSO, Aug. 30 (Xinhua) -- ",
  "MARNVILLE (AP) — ",
  "OSTRAVIA, June 5. /TASS/. ",
  "(MENAFN- Gulf Daily) ",
  "NEW KELSO: ",
  "By Jane Roe",
  "Updated: August 31, 2023 08:30",
  "07 January 2022 09:44 IST",
  " date 2023-10-29 ",
  "Foreign Minister Ana Varga met Chinese Foreign Minister Wang Yi in Beijing on Wednesday.",
  "U.S. Secretary of State Antony Blinken held a phone call with his Indian counterpart S. Jaishankar.",
  '"We are ready to open a new chapter in our relations," Varga told reporters.',
  "“Both sides agreed to cooperate on trade, energy and security,” the ministry said in a statement.",
  "The two countries signed a memorandum of understanding on joint work under the Belt and Road Initiative.",
  "Russia and Ukraine will hold talks in Istanbul next week, the Kremlin said.",
  "Share this article",
  "Advertisement",
  "Read more",
  "Related posts",
  "Leave a Reply",
  "© 2024 Example Media. All rights reserved.",
  "Home > World",
  "Mr. Lee met Dr. Varga and G.L. Perera at No. 10 on Aug. 30.",
  "«Nous sommes prêts», a déclaré le ministre.",
  "Министр иностранных дел провел переговоры.",
  "\u201c",
  '"',
  "(",
  "--",
  "\t",
  "",
];

const articleLike = fc
  .array(
    fc.oneof(
      { weight: 4, arbitrary: fc.constantFrom(...PIECES) },
      { weight: 1, arbitrary: fc.string({ maxLength: 40 }) },
      { weight: 1, arbitrary: fc.string({ unit: "grapheme", maxLength: 20 }) },
    ),
    { maxLength: 30 },
  )
  .chain((parts) =>
    fc
      .array(fc.constantFrom("\n", "\n\n", " ", "", "\r\n"), { minLength: parts.length, maxLength: parts.length })
      .map((seps) => parts.map((p, i) => p + seps[i]).join("")),
  );

// properties run hundreds of parses: allow for a slow or busy CI machine
const PROPERTY_TIMEOUT = 120_000;

const anyText = fc.oneof(articleLike, fc.string({ maxLength: 300 }), fc.string({ unit: "binary", maxLength: 200 }));

describe("parseArticle properties", () => {
  it(
    "never throws on arbitrary strings and always returns a result",
    () => {
      fc.assert(
        fc.property(anyText, (text) => {
          const result = parseArticle(text);
          expect(typeof result.success).toBe("boolean");
          if (result.success) return;
          expect(result.error).toBeInstanceOf(DiplomacyError);
          // failures are about the input, never the parser's own
          expect(["INTERNAL", "RECORD_INVALID"]).not.toContain(result.error.code);
        }),
        { numRuns: 300 },
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(
    "never throws on arbitrary values as input or options",
    () => {
      fc.assert(
        fc.property(fc.anything(), fc.anything(), (input, options) => {
          const result = parseArticle(input as never, options as never);
          if (!result.success) expect(result.error).toBeInstanceOf(DiplomacyError);
        }),
        { numRuns: 200 },
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(
    "puts every span of every fact inside the text",
    () => {
      fc.assert(
        fc.property(articleLike, (text) => {
          const result = parseArticle(text, { referenceDate: "2023-08-30" });
          if (result.success) expectSpansInside(result.data);
        }),
        { numRuns: 300 },
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(
    "always produces a record that validates against ArticleSchema and keeps the text unchanged",
    () => {
      fc.assert(
        fc.property(articleLike, (text) => {
          const result = parseArticle(text);
          if (!result.success) return;
          expect(ArticleSchema.safeParse(result.data).success).toBe(true);
          expect(result.data.text).toBe(text);
          for (const [i, paragraph] of result.data.body.entries()) {
            const span = result.data.spans!.body[i]!;
            expect(text.slice(span.start, span.end)).toBe(paragraph);
          }
        }),
        { numRuns: 300 },
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(
    "gives the same output for the same input",
    () => {
      fc.assert(
        fc.property(articleLike, (text) => {
          expect(parseArticle(text, { referenceDate: "2023-08-30" })).toEqual(
            parseArticle(text, { referenceDate: "2023-08-30" }),
          );
        }),
        { numRuns: 150 },
      );
    },
    PROPERTY_TIMEOUT,
  );
});

describe("parseArticle relevance", () => {
  it("says a diplomatic page is diplomatic, with the signals that made it so", () => {
    const record = parseArticleOrThrow({ text: ARTICLE });
    expect(record.relevance?.diplomatic).toBe(true);
    expect(record.relevance?.reasons.some((r) => r.startsWith("office:"))).toBe(true);
    expect(record.events.length).toBeGreaterThan(0);
  });

  it("says a sports page with trigger words is not diplomatic and gives it no events", () => {
    const text = [
      "Rovers open talks with midfielder as transfer window nears",
      "",
      "Rovers have opened talks with the midfielder's agent and hope to sign him before the window shuts, the club's coach said on Monday.",
      "",
      "The squad will visit a children's hospital on Friday before the league summit against their rivals at the weekend.",
    ].join("\n");
    const record = parseArticleOrThrow({ text });
    expect(record.relevance?.diplomatic).toBe(false);
    expect(record.relevance?.score).toBeLessThan(4);
    expect(record.events).toEqual([]);
  });
});
