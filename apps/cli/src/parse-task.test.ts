import { describe, expect, it } from "vitest";
import { parseNdjsonLine, runParseTask } from "./parse-task.js";

const ARTICLE = `Peru, Poland discuss mining cooperation
LIMA, June 4, 2024 -- Peruvian Foreign Minister Ana Costa met Polish Deputy Foreign Minister Tomas Novak in Lima on Tuesday.
`;

describe("runParseTask", () => {
  it("parses text in hand with the caller's metadata", () => {
    const [outcome] = runParseTask(
      { name: "-", kind: "text", content: ARTICLE, bytes: ARTICLE.length },
      { url: "https://example.org/a", publishedAt: "2024-06-04" },
    );
    expect(outcome).toMatchObject({
      name: "-",
      ok: true,
      record: { url: "https://example.org/a", publishedAt: "2024-06-04" },
    });
  });

  it("parses bytes as a worker receives them (a plain Uint8Array)", () => {
    const bytes = new Uint8Array(Buffer.from(ARTICLE));
    const [outcome] = runParseTask({ name: "-", kind: "auto", content: bytes, bytes: bytes.length }, {});
    expect(outcome).toMatchObject({ ok: true, record: { text: ARTICLE } });
  });

  it("reports a file that cannot be read as FILE_UNREADABLE", () => {
    const [outcome] = runParseTask({ name: "gone.txt", kind: "auto", path: "/nonexistent/gone.txt", bytes: 0 }, {});
    expect(outcome).toMatchObject({ ok: false, error: { code: "FILE_UNREADABLE" } });
  });

  it("passes a failure through unchanged", () => {
    const failure = { code: "FILE_NOT_FOUND", message: "missing" };
    expect(runParseTask({ name: "x", failure, bytes: 0 }, {})).toEqual([{ name: "x", ok: false, error: failure }]);
  });

  it("reports empty text with the core's code", () => {
    const [outcome] = runParseTask({ name: "e.txt", kind: "text", content: "  ", bytes: 2 }, {});
    expect(outcome).toMatchObject({ ok: false, error: { code: "TEXT_EMPTY" } });
  });
});

describe("parseNdjsonLine", () => {
  it("parses a line's text, its fields winning over the flags", () => {
    const result = parseNdjsonLine(JSON.stringify({ text: ARTICLE, url: "https://example.org/line" }), {
      url: "https://example.org/flag",
    });
    expect(result.success && result.data.url).toBe("https://example.org/line");
  });

  it("accepts the nulls that exported records carry", () => {
    const result = parseNdjsonLine(JSON.stringify({ text: ARTICLE, url: null, publishedAt: null, source: null }), {});
    expect(result.success).toBe(true);
  });

  it.each([
    ["not JSON", "{text:"],
    ["no text or html", '{"url":"https://example.org"}'],
    ["text of the wrong type", '{"text":42}'],
    ["an array", "[1,2]"],
  ])("refuses %s with NDJSON_LINE_INVALID", (_, line) => {
    const result = parseNdjsonLine(line, {});
    expect(result.success).toBe(false);
    if (!result.success) expect(result.error.code).toBe("NDJSON_LINE_INVALID");
  });
});
