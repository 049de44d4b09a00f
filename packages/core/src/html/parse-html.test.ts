import { describe, expect, it } from "vitest";
import { extractFragmentParagraphs, extractHtml, parseHtml, splitTextParagraphs } from "./parse-html.js";

const PARAGRAPHS = [
  "VIENNA, March 14 -- The foreign ministers of Austria and Slovenia met in Vienna on Tuesday to discuss energy links, rail connections across the Karawanks and the protection of minorities on both sides of the border.",
  "Both ministers said the talks had been frank and constructive, and agreed to set up a joint commission that will report on cross-border infrastructure projects before the end of the year.",
  "The Slovenian minister also invited her Austrian counterpart to Ljubljana in the autumn, where the two governments plan to sign an agreement on electricity interconnectors.",
  "Officials from both countries said a separate working group would look at the funding of bilingual schools, a long-standing request of the Slovene-speaking community in Carinthia.",
];

/** An invented news page with the usual furniture around the article. */
const PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<title>Austria and Slovenia agree on joint commission | Alpine Courier</title>
<meta property="og:title" content="Austria and Slovenia agree on joint commission">
<meta property="og:site_name" content="Alpine Courier">
<meta property="article:published_time" content="2023-03-14T18:20:00+01:00">
<link rel="canonical" href="https://courier.example/politics/2023/03/14/austria-slovenia-commission">
</head><body>
<header><nav><ul><li><a href="/">Home</a></li><li><a href="/politics">Politics</a></li><li><a href="/sport">Sport</a></li></ul></nav></header>
<main><article>
<h1>Austria and Slovenia agree on joint commission</h1>
<div class="byline">By Lena Kovač</div>
<p class="dateline">Published 14 March 2023</p>
<div class="share-tools"><a href="#">Share on Facebook</a> <a href="#">Share on X</a></div>
<figure><img src="a.jpg"><figcaption>The two ministers at the press conference. Photo: Courier archive</figcaption></figure>
${PARAGRAPHS.map((p) => `<p>${p}</p>`).join("\n")}
<div class="newsletter-signup"><p>Sign up for our morning briefing and get the day's news in your inbox.</p></div>
<h2>Related stories</h2>
<ul><li><a href="/a">Rail tunnel opens after ten years of work</a></li><li><a href="/b">Minority schools get new funding</a></li></ul>
</article></main>
<footer><p>© 2023 Alpine Courier. All rights reserved.</p></footer>
</body></html>`;

describe("extractHtml", () => {
  it("finds the article paragraphs and drops bylines, share tools, captions, sign-ups and related links", () => {
    const page = extractHtml(PAGE);
    expect(page.success).toBe(true);
    if (!page.success) return;
    expect(page.data.paragraphs).toEqual(PARAGRAPHS);
    expect(page.data.headline).toBe("Austria and Slovenia agree on joint commission");
    expect(page.data.publishedAt).toBe("2023-03-14T18:20:00+01:00");
    expect(page.data.siteName).toBe("Alpine Courier");
    expect(page.data.url).toBe("https://courier.example/politics/2023/03/14/austria-slovenia-commission");
  });

  it("builds the text as headline, blank line, paragraphs joined by blank lines", () => {
    const page = extractHtml(PAGE);
    expect(page.success && page.data.text).toBe(
      ["Austria and Slovenia agree on joint commission", ...PARAGRAPHS].join("\n\n"),
    );
  });

  it("accepts bytes and lets the caller's date win", () => {
    const page = extractHtml(new TextEncoder().encode(PAGE), { publishedAt: "2023-03-15" });
    expect(page.success && page.data.publishedAt).toBe("2023-03-15");
  });

  it("fails with HTML_NO_ARTICLE for a page without an article", () => {
    const page = extractHtml(
      '<html><head><title>Sign in | Alpine Courier</title></head><body><nav><a href="/">Home</a></nav><form><input name="user"><button>Sign in</button></form></body></html>',
    );
    expect(page.success).toBe(false);
    if (!page.success) expect(page.error.code).toBe("HTML_NO_ARTICLE");
  });

  it("fails with HTML_INVALID for content that is not HTML", () => {
    const page = extractHtml("just some words without any markup");
    expect(page.success).toBe(false);
    if (!page.success) expect(page.error.code).toBe("HTML_INVALID");
  });

  it("falls back to the densest container when Readability finds too little", () => {
    const long =
      "The delegation discussed trade, transit fees, and visa rules with their hosts, and agreed to meet again.";
    const html = `<html><body><table><tr><td><div>${Array.from({ length: 3 }, (_, i) => `<div>${long} (${i + 1})</div>`).join("")}</div></td></tr></table></body></html>`;
    const page = extractHtml(html);
    expect(page.success).toBe(true);
    if (page.success) expect(page.data.paragraphs.join(" ")).toContain("(3)");
  });
});

describe("parseHtml", () => {
  it("runs the record pipeline on the page's text, with the page's metadata", () => {
    const result = parseHtml(PAGE);
    expect(result.success).toBe(true);
    if (!result.success) return;
    const record = result.data;
    expect(record.headline).toBe("Austria and Slovenia agree on joint commission");
    expect(record.publishedAt?.slice(0, 10)).toBe("2023-03-14");
    expect(record.text).toBe(["Austria and Slovenia agree on joint commission", ...PARAGRAPHS].join("\n\n"));
    expect(record.body.slice(1)).toEqual(PARAGRAPHS.slice(1));
    expect(PARAGRAPHS[0]).toContain(record.body[0]);
    expect(record.spans?.body.map((span) => record.text.slice(span.start, span.end))).toEqual(record.body);
  });

  it("never throws on garbage", () => {
    for (const input of ["", "<", "<<<>>>", "<html><body></body></html>", new Uint8Array([0, 1, 2, 255])]) {
      const result = parseHtml(input);
      expect(result.success).toBe(false);
    }
  });
});

describe("extractFragmentParagraphs", () => {
  it("reads every paragraph of a fragment", () => {
    expect(extractFragmentParagraphs("<p>First.</p><p>Second <b>bold</b>.</p><br>Third")).toEqual([
      "First.",
      "Second bold.",
      "Third",
    ]);
  });
});

describe("splitTextParagraphs", () => {
  it("splits at blank lines, or at line breaks when there are none", () => {
    expect(splitTextParagraphs("One\nline.\n\nTwo.")).toEqual(["One line.", "Two."]);
    expect(splitTextParagraphs("One.\r\nTwo.")).toEqual(["One.", "Two."]);
  });
});
