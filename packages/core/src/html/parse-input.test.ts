import { describe, expect, it } from "vitest";
import { parseInput } from "./parse-input.js";

const FEED = `<rss version="2.0"><channel><title>Coast Wire</title>
<item><title>Ports deal signed</title><link>https://coast.example/1</link><pubDate>Mon, 05 Jun 2023 08:00:00 GMT</pubDate>
<description>Ministers from Ghana and Togo signed a ports agreement in Accra on Monday.</description></item>
<item><title>Fishing talks open</title><link>https://coast.example/2</link><pubDate>Tue, 06 Jun 2023 08:00:00 GMT</pubDate>
<description>Talks on fishing rights opened in Lomé on Tuesday.</description></item></channel></rss>`;

describe("parseInput", () => {
  it("detects a feed and gives one record per item", () => {
    const results = parseInput(FEED);
    expect(results.map((r) => r.success && r.data.publishedAt?.slice(0, 10))).toEqual(["2023-06-05", "2023-06-06"]);
  });

  it("parses text as one record, honouring the caller's date", () => {
    const results = parseInput("Ghana and Togo sign ports deal\n\nMinisters signed the deal in Accra on Monday.", {
      publishedAt: "2023-06-05",
    });
    expect(results).toHaveLength(1);
    expect(results[0]?.success && results[0].data.publishedAt).toBe("2023-06-05");
  });

  it("follows an explicit kind over sniffing", () => {
    const results = parseInput(FEED, { kind: "text" });
    expect(results).toHaveLength(1);
  });

  it("routes NDJSON and HTML by file name", () => {
    const ndjson = parseInput('{"text":"Talks in Accra on Monday."}\nbad', { filename: "batch.ndjson" });
    expect(ndjson.map((r) => r.success)).toEqual([true, false]);
    const fragment = parseInput("<p>Ministers met in Accra on Monday.</p>", { filename: "snippet.html" });
    expect(fragment[0]?.success && fragment[0].data.body).toEqual(["Ministers met in Accra on Monday."]);
    const empty = parseInput("<html><body><nav><a href='/'>Home</a></nav></body></html>", { filename: "page.html" });
    expect(empty[0]?.success === false && empty[0].error.code).toBe("HTML_NO_ARTICLE");
  });

  it("types an unknown kind", () => {
    const results = parseInput("x", { kind: "pdf" as never });
    expect(results[0]?.success === false && results[0].error.code).toBe("INPUT_KIND_UNKNOWN");
  });
});
