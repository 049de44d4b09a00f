import { describe, expect, it } from "vitest";
import { MAX_TIMELINE_MONTHS, buildTimeline, listMonths } from "./timeline.js";

describe("buildTimeline", () => {
  it("counts events by month and type over a gap-free axis", () => {
    const timeline = buildTimeline([
      { type: "visit", effectiveDate: "2024-01-05" },
      { type: "meeting", effectiveDate: "2024-01-20" },
      { type: "meeting", effectiveDate: "2024-03-01" },
      { type: "meeting", effectiveDate: "2024-03-09" },
      { type: "meeting", effectiveDate: "2024-03-30" },
    ]);
    expect(timeline.months).toEqual(["2024-01", "2024-02", "2024-03"]);
    expect(timeline.counts).toEqual([{ visit: 1, meeting: 1 }, {}, { meeting: 3 }]);
    expect(timeline.types).toEqual(["meeting", "visit"]);
    expect(timeline.peak).toBe(3);
    expect(timeline.undated).toBe(0);
  });

  it("adds up grouped counts", () => {
    const timeline = buildTimeline([
      { type: "visit", effectiveDate: "2024-02", count: 3 },
      { type: "visit", effectiveDate: "2024-02-10" },
      { type: "summit", effectiveDate: null, count: 2 },
    ]);
    expect(timeline.counts).toEqual([{ visit: 4 }]);
    expect(timeline.undated).toBe(2);
  });

  it("counts undated and malformed dates apart", () => {
    const timeline = buildTimeline([
      { type: "statement", effectiveDate: null },
      { type: "statement", effectiveDate: "soon" },
    ]);
    expect(timeline).toEqual({ months: [], types: [], counts: [], peak: 0, undated: 2 });
  });

  it("keeps only the latest months of a very long span", () => {
    const timeline = buildTimeline([
      { type: "visit", effectiveDate: "1990-01-01" },
      { type: "visit", effectiveDate: "2024-12-01" },
    ]);
    expect(timeline.months).toHaveLength(MAX_TIMELINE_MONTHS);
    expect(timeline.months.at(-1)).toBe("2024-12");
  });
});

describe("listMonths", () => {
  it("crosses year ends", () => {
    expect(listMonths("2023-11", "2024-02")).toEqual(["2023-11", "2023-12", "2024-01", "2024-02"]);
  });

  it("returns nothing when the end is before the start", () => {
    expect(listMonths("2024-05", "2024-01")).toEqual([]);
  });
});
