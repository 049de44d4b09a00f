import { describe, expect, it } from "vitest";
import { detectInputKind } from "./detect-kind.js";

describe("detectInputKind", () => {
  it("trusts a telling file extension", () => {
    expect(detectInputKind("anything", "page.HTM")).toBe("html");
    expect(detectInputKind("anything", "news.rss")).toBe("feed");
    expect(detectInputKind("anything", "dump.jsonl")).toBe("ndjson");
    expect(detectInputKind("<p>x</p>", "notes.txt")).toBe("text");
  });

  it("sniffs feeds past the XML declaration, comments and DOCTYPE", () => {
    expect(detectInputKind('<?xml version="1.0"?>\n<!-- generated --><rss version="2.0"><channel/></rss>')).toBe(
      "feed",
    );
    expect(detectInputKind('<feed xmlns="http://www.w3.org/2005/Atom"></feed>', "feed.xml")).toBe("feed");
    expect(detectInputKind('<rdf:RDF xmlns:rdf="x"></rdf:RDF>')).toBe("feed");
  });

  it("sniffs HTML pages and fragments", () => {
    expect(detectInputKind("\ufeff<!DOCTYPE html><html><body></body></html>")).toBe("html");
    expect(detectInputKind('<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml"></html>')).toBe("html");
    expect(detectInputKind("<div><p>Some text</p></div>")).toBe("html");
  });

  it("sniffs NDJSON by a first line that is a JSON object", () => {
    expect(detectInputKind('{"text":"a"}\n{"text":"b"}')).toBe("ndjson");
    expect(detectInputKind("{not json at all}\nmore")).toBe("text");
  });

  it("sniffs bytes as well as strings", () => {
    expect(detectInputKind(new TextEncoder().encode("<rss><channel></channel></rss>"))).toBe("feed");
  });

  it("calls everything else text", () => {
    expect(detectInputKind("BEIJING, Aug. 30 (Xinhua) -- Chinese Foreign Minister Wang Yi said 3 < 5.")).toBe("text");
    expect(detectInputKind("")).toBe("text");
  });
});
