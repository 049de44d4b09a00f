import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { detectInputKind } from "./detect-kind.js";
import { readFeed } from "./feed.js";
import { parseNdjsonLine } from "./ndjson.js";
import { extractHtml } from "./parse-html.js";

/** Strings made of the characters that matter to markup parsers, so the parsers meet their edge cases. */
const markup = fc
  .array(
    fc.constantFrom(
      "<",
      ">",
      "/",
      "&",
      ";",
      '"',
      "=",
      "!",
      "?",
      "[",
      "]",
      "<p>",
      "</p>",
      "<item>",
      "</item>",
      "<rss>",
      "<feed>",
      "<!DOCTYPE x [",
      "<!ENTITY a 'b'>",
      "<![CDATA[",
      "]]>",
      "<h1>",
      "<title>",
      "2023-08-30",
      " ",
      "\n",
      "word",
      "é",
      "中",
    ),
    { maxLength: 60 },
  )
  .map((parts) => parts.join(""));

describe("HTML, feed and NDJSON readers (properties)", () => {
  it("extractHtml never throws and always returns a result", () => {
    fc.assert(
      fc.property(fc.oneof(markup, fc.string()), (input) => {
        const result = extractHtml(input);
        expect(typeof result.success).toBe("boolean");
      }),
      { numRuns: 150 },
    );
  });

  it("extractHtml never throws on random bytes", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        expect(typeof extractHtml(bytes).success).toBe("boolean");
      }),
      { numRuns: 100 },
    );
  });

  it("readFeed never throws", () => {
    fc.assert(
      fc.property(markup, (input) => {
        expect(typeof readFeed(input).success).toBe("boolean");
      }),
      { numRuns: 200 },
    );
  });

  it("readFeed refuses every feed whose DOCTYPE declares an entity, whatever follows", () => {
    const name = fc.stringMatching(/^[a-z][a-z0-9]{0,8}$/);
    fc.assert(
      fc.property(name, fc.string({ maxLength: 40 }), markup, (entity, value, body) => {
        const safeValue = value.replace(/["\]]/g, "");
        const feed = `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY ${entity} "${safeValue}">]><rss><channel><item><title>&${entity};</title>${body}</item></channel></rss>`;
        const result = readFeed(feed);
        expect(result.success === false && result.error.code).toBe("FEED_ENTITY_FORBIDDEN");
      }),
      { numRuns: 150 },
    );
  });

  it("parseNdjsonLine never throws: null for blank lines, else a result", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json()), fc.integer({ min: 1, max: 1e6 }), (line, n) => {
        const result = parseNdjsonLine(line, n);
        if (!line.trim()) expect(result).toBeNull();
        else expect(typeof result?.success).toBe("boolean");
      }),
      { numRuns: 150 },
    );
  });

  it("detectInputKind always answers one of the four kinds", () => {
    fc.assert(
      fc.property(fc.oneof(markup, fc.string()), (input) => {
        expect(["text", "html", "feed", "ndjson"]).toContain(detectInputKind(input));
      }),
      { numRuns: 200 },
    );
  });

  it("handles a large page without markup closers in linear time", () => {
    const started = performance.now();
    extractHtml(`<html><body>${"<p".repeat(100_000)}</body></html>`);
    readFeed(`<rss><channel><item><description>${"&lt;p".repeat(100_000)}</description></item></channel></rss>`);
    expect(performance.now() - started).toBeLessThan(5000);
  });
});
