import { describe, expect, it } from "vitest";
import { type Mark, splitIntoSegments } from "./segments.js";

const mark = (key: string, start: number, end: number, kind = "actor"): Mark => ({ key, kind, start, end });
const keysOf = (length: number, marks: Mark[]) =>
  splitIntoSegments(length, marks).map((s) => `${s.start}-${s.end}:${s.marks.map((m) => m.key).join(",")}`);

describe("splitIntoSegments", () => {
  it("returns one unmarked run for text without marks", () => {
    expect(keysOf(5, [])).toEqual(["0-5:"]);
  });

  it("returns nothing for empty text", () => {
    expect(splitIntoSegments(0, [mark("a", 0, 3)])).toEqual([]);
  });

  it("splits overlapping marks into runs covered by the same marks, the later-starting first on ties", () => {
    expect(keysOf(10, [mark("a", 2, 6), mark("e", 4, 8)])).toEqual(["0-2:", "2-4:a", "4-6:e,a", "6-8:e", "8-10:"]);
  });

  it("puts the innermost mark first inside nested marks", () => {
    expect(keysOf(20, [mark("sentence", 0, 20, "event"), mark("name", 5, 9)])).toEqual([
      "0-5:sentence",
      "5-9:name,sentence",
      "9-20:sentence",
    ]);
  });

  it("covers the text exactly once, in order, whatever the marks", () => {
    const marks = [mark("a", 3, 7), mark("b", 0, 12), mark("c", 7, 7), mark("d", 5, 9), mark("e", 11, 30)];
    const segments = splitIntoSegments(15, marks);
    expect(segments[0]!.start).toBe(0);
    expect(segments.at(-1)!.end).toBe(15);
    for (let i = 1; i < segments.length; i++) expect(segments[i]!.start).toBe(segments[i - 1]!.end);
    expect(segments.every((s) => s.end > s.start)).toBe(true);
  });

  it("clamps marks that run past the text and drops empty or inverted ones", () => {
    expect(keysOf(6, [mark("past", 4, 99), mark("empty", 2, 2), mark("inverted", 5, 1), mark("neg", -3, 1)])).toEqual([
      "0-1:neg",
      "1-4:",
      "4-6:past",
    ]);
  });

  it("reads NaN as 0 and Infinity as the end of the text", () => {
    expect(keysOf(4, [mark("nan", Number.NaN, 2), mark("inf", 1, Number.POSITIVE_INFINITY)])).toEqual([
      "0-1:nan",
      "1-2:nan,inf",
      "2-4:inf",
    ]);
  });

  it("merges identical neighbouring marks into a single run", () => {
    expect(keysOf(8, [mark("a", 0, 4), mark("b", 4, 8), mark("a2", 0, 4)])).toEqual(["0-4:a,a2", "4-8:b"]);
  });
});
