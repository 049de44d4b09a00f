import { describe, expect, it } from "vitest";
import { detectInputKind, readIsoDate } from "./read-input.js";

describe("detectInputKind", () => {
  it("trusts the file extension", () => {
    expect(detectInputKind("story.HTML", "plain words")).toBe("html");
    expect(detectInputKind("page.htm", "")).toBe("html");
    expect(detectInputKind("notes.txt", "<html><body>x</body></html>")).toBe("text");
  });

  it("sniffs the content when there is no telling extension", () => {
    expect(detectInputKind("", "\n  <!DOCTYPE html><html><body>x</body></html>")).toBe("html");
    expect(detectInputKind("", "<html lang=en>")).toBe("html");
    expect(detectInputKind("clip", "BEIJING, May 6 -- <b>bold</b> claims")).toBe("text");
    expect(detectInputKind("", "")).toBe("text");
  });
});

describe("readIsoDate", () => {
  it("keeps ISO dates and date-times", () => {
    expect(readIsoDate(" 2024-05-06 ")).toBe("2024-05-06");
    expect(readIsoDate("2024-05-06T09:00:00+02:00")).toBe("2024-05-06T09:00:00+02:00");
  });

  it("cuts an unparseable tail down to the date", () => {
    expect(readIsoDate("2024-05-06 at noon")).toBe("2024-05-06");
  });

  it("rejects what is not an ISO date", () => {
    expect(readIsoDate("May 6, 2024")).toBeUndefined();
    expect(readIsoDate("")).toBeUndefined();
    expect(readIsoDate(null)).toBeUndefined();
    expect(readIsoDate(undefined)).toBeUndefined();
  });
});
