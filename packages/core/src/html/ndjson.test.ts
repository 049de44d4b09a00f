import { describe, expect, it } from "vitest";
import { parseNdjson, parseNdjsonLine } from "./ndjson.js";

const TEXT_LINE = JSON.stringify({
  text: "Nordic ministers meet in Oslo\n\nThe foreign ministers of Norway and Iceland met in Oslo on Monday to discuss Arctic shipping.",
  publishedAt: "2023-06-12",
  source: "Fjord Daily",
});
const HTML_LINE = JSON.stringify({
  url: "https://fjord.example/2023/06/13/arctic-council",
  html: "<html><head><title>Arctic council meets | Fjord Daily</title></head><body><article><h1>Arctic council meets</h1><p>Delegates from eight Arctic states met in Tromsø on Tuesday to agree on a new work plan for the council, including research on sea ice and shipping safety.</p><p>The meeting was the first in person since the council paused its work, officials said, and further sessions are planned for the autumn.</p></article></body></html>",
});

describe("parseNdjsonLine", () => {
  it("parses a text line with its date and source", () => {
    const result = parseNdjsonLine(TEXT_LINE, 1);
    expect(result?.success && result.data).toMatchObject({ publishedAt: "2023-06-12", source: "Fjord Daily" });
  });

  it("parses an html line, reading the date from its URL", () => {
    const result = parseNdjsonLine(HTML_LINE, 2);
    expect(result?.success && result.data).toMatchObject({
      headline: "Arctic council meets",
      url: "https://fjord.example/2023/06/13/arctic-council",
    });
    expect(result?.success && result.data.publishedAt?.slice(0, 10)).toBe("2023-06-13");
  });

  it("skips blank lines", () => {
    expect(parseNdjsonLine("   ", 3)).toBeNull();
  });

  it("types a line that is not JSON, naming its line number", () => {
    const result = parseNdjsonLine("{not json", 7);
    expect(result?.success).toBe(false);
    if (result?.success !== false) return;
    expect(result.error.code).toBe("NDJSON_LINE_INVALID");
    expect(result.error.details).toEqual({ line: 7 });
    expect(result.error.message).toMatch(/^Line 7: /);
  });

  it("types a JSON value without html or text", () => {
    for (const line of ['{"url":"https://x.example"}', "[1,2]", '"text"', '{"text":42}']) {
      const result = parseNdjsonLine(line, 4);
      expect(result?.success === false && result.error.code).toBe("NDJSON_LINE_INVALID");
    }
  });

  it("passes through the parser's own error for the line, with the line number", () => {
    const result = parseNdjsonLine('{"text":"   "}', 9);
    expect(result?.success === false && result.error.code).toBe("TEXT_EMPTY");
    expect(result?.success === false && result.error.details).toEqual({ line: 9 });
  });
});

describe("parseNdjson", () => {
  it("keeps going after a bad line: one result per non-blank line, in order", () => {
    const results = parseNdjson([TEXT_LINE, "oops", "", HTML_LINE].join("\n"));
    expect(results.map((r) => (r.success ? "ok" : r.error.code))).toEqual(["ok", "NDJSON_LINE_INVALID", "ok"]);
    expect(results[1]?.success === false && results[1].error.details).toEqual({ line: 2 });
  });

  it("accepts an iterable of lines (a stream split by lines)", () => {
    function* lines() {
      yield TEXT_LINE;
      yield "{}";
    }
    expect(parseNdjson(lines()).map((r) => r.success)).toEqual([true, false]);
  });
});
