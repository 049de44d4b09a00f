import { describe, expect, it } from "vitest";
import { highlightSelector, keyToken } from "./annotated-text.js";

describe("keyToken", () => {
  it("turns spaces into underscores so a key is one attribute token", () => {
    expect(keyToken("actor:wang yi")).toBe("actor:wang_yi");
    expect(keyToken("event:e1")).toBe("event:e1");
  });
});

describe("highlightSelector", () => {
  it("matches the key as a whole token of data-keys", () => {
    expect(highlightSelector("actor:a1")).toBe('mark[data-keys~="actor:a1"]');
  });

  it("escapes quotes and backslashes so a hostile id cannot break the style rule", () => {
    expect(highlightSelector('actor:a"]{}\\')).toBe('mark[data-keys~="actor:a\\"]{}\\\\"]');
  });
});
