import { type Article, DiplomacyError, isDiplomacyError } from "@org/diplomacy-core";
import { describe, expect, it } from "vitest";
import { collectResults, kindOfMediaType, parseInput } from "./parse-input.js";

describe("kindOfMediaType", () => {
  it("names the input kind of raw bodies and nothing for JSON", () => {
    expect(kindOfMediaType("text/plain; charset=utf-8")).toBe("text");
    expect(kindOfMediaType("text/html")).toBe("html");
    expect(kindOfMediaType("application/atom+xml")).toBe("feed");
    expect(kindOfMediaType("application/x-ndjson")).toBe("ndjson");
    expect(kindOfMediaType("application/json")).toBeNull();
    expect(kindOfMediaType(undefined)).toBeNull();
  });
});

describe("collectResults", () => {
  const article = { id: "a" } as Article;
  it("keeps records and positions failures", () => {
    expect(
      collectResults([
        { success: true, data: article },
        { success: false, error: new DiplomacyError("TEXT_EMPTY") },
      ]),
    ).toEqual({
      articles: [article],
      errors: [{ index: 1, error: { code: "TEXT_EMPTY", message: expect.any(String) } }],
    });
  });

  it("throws the first error when nothing parsed", () => {
    expect(() => collectResults([{ success: false, error: new DiplomacyError("FEED_INVALID") }])).toThrowError(
      expect.objectContaining({ code: "FEED_INVALID" }),
    );
    expect(() => collectResults([])).toThrowError(expect.objectContaining({ code: "TEXT_EMPTY" }));
  });
});

describe("parseInput", () => {
  it("detects HTML and passes the caller's URL and date through", () => {
    const result = parseInput({
      input:
        "<html><body><article><p>Ministers of Chile and Peru met in Lima on Monday to discuss trade.</p></article></body></html>",
      kind: "auto",
      url: "https://news.example/a",
      publishedAt: "2024-02-05",
    });
    expect(result.kind).toBe("html");
    expect(result.articles[0]).toMatchObject({ url: "https://news.example/a", publishedAt: "2024-02-05" });
  });

  it("uses the caller's headline for text", () => {
    const result = parseInput({ input: "Ministers met in Lima on Monday.", kind: "text", headline: "Lima talks" });
    expect(result.articles[0]?.headline).toBe("Lima talks");
  });

  it("throws a typed error for empty text", () => {
    let caught: unknown;
    try {
      parseInput({ input: "  ", kind: "text" });
    } catch (error) {
      caught = error;
    }
    expect(isDiplomacyError(caught) && caught.code).toBe("TEXT_EMPTY");
  });
});
