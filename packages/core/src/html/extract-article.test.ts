import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import type { TextBlock } from "./blocks.js";
import { collectBlocks } from "./blocks.js";
import { extractByDensity } from "./density.js";
import { cleanBlocks } from "./extract-article.js";

const block = (text: string, extra: Partial<TextBlock> = {}): TextBlock => ({
  text,
  tag: "P",
  linkChars: 0,
  hints: "",
  ...extra,
});

describe("cleanBlocks", () => {
  it("drops bylines, date lines and stamps but keeps prose that starts the same way", () => {
    expect(
      cleanBlocks([
        block("By Jane Doe"),
        block("Apr. 3, 2011, 8:17 AM UTC"),
        block("Published 14 March 2023, 18:20"),
        block("By contrast, the Slovenian side wanted a shorter timetable for the commission."),
        block("Updated guidance from the ministry is expected next week, officials said."),
      ]),
    ).toEqual([
      "By contrast, the Slovenian side wanted a shorter timetable for the commission.",
      "Updated guidance from the ministry is expected next week, officials said.",
    ]);
  });

  it("drops bare URLs, reading times and photo credits", () => {
    expect(
      cleanBlocks([
        block("https://news.example/politics/article/talks-resume-12345.php"),
        block("Reading time 3 minutes"),
        block("4 min read"),
        block("Фото: архив редакции"),
        block("Today 12:01 AM"),
        block("The delegation left on Friday."),
      ]),
    ).toEqual(["The delegation left on Friday."]);
  });

  it("drops captions, furniture by class name and link lists", () => {
    expect(
      cleanBlocks([
        block("The minister at the border.", { tag: "FIGCAPTION" }),
        block("Share this story", { hints: "social-share" }),
        block("Rail tunnel opens after ten years", { tag: "LI", linkChars: 33 }),
        block("The talks lasted four hours."),
      ]),
    ).toEqual(["The talks lasted four hours."]);
  });

  it("stops at a related-stories heading in the second half", () => {
    const prose = Array.from({ length: 4 }, (_, i) => block(`Paragraph ${i + 1} of the article text.`));
    expect(cleanBlocks([...prose, block("Related stories", { tag: "H2" }), block("Another story entirely.")])).toEqual(
      prose.map((b) => b.text),
    );
  });

  it("keeps text in any script, and drops blocks without letters or digits", () => {
    expect(cleanBlocks([block("商標権侵害と判断される場合があります。"), block("• • •")])).toEqual([
      "商標権侵害と判断される場合があります。",
    ]);
  });
});

describe("collectBlocks", () => {
  it("splits at block elements and <br>, tracks link text and class hints", () => {
    const { document } = parseHTML(
      '<html><body><div class="story"><p>One <a href="#">link</a> here.</p>Loose text<br>after break<ul><li>Item</li></ul><script>var x = 1;</script></div></body></html>',
    );
    const blocks = collectBlocks(document.querySelector("body") as never);
    expect(blocks.map((b) => b.text)).toEqual(["One link here.", "Loose text", "after break", "Item"]);
    expect(blocks[0]).toMatchObject({ tag: "P", linkChars: 4 });
    expect(blocks[0]?.hints).toContain("story");
  });
});

describe("extractByDensity", () => {
  it("returns the blocks of the container with the most prose", () => {
    const sentence = "Delegates discussed trade, transit, and energy, and agreed to meet again soon.";
    const { document } = parseHTML(
      `<html><body><nav><p>${sentence} nav</p></nav><div id="main"><p>${sentence} 1</p><p>${sentence} 2</p></div><div><p>Short.</p></div></body></html>`,
    );
    expect(extractByDensity(document as never).map((b) => b.text)).toEqual([`${sentence} 1`, `${sentence} 2`]);
  });
});
