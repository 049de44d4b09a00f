import { isDiplomacyError } from "@org/diplomacy-core";
import { describe, expect, it } from "vitest";
import { decodeCursor, encodeCursor } from "./cursor.js";

describe("encodeCursor / decodeCursor", () => {
  it("round-trips keys through a URL-safe string", () => {
    const cursor = encodeCursor(["2024-05-01", "abc-e1", 7]);
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor(cursor, "ssn")).toEqual(["2024-05-01", "abc-e1", 7]);
  });

  it.each([
    ["garbage", "s"],
    [encodeCursor(["a"]), "ss"],
    [encodeCursor([1, "a"]), "ss"],
    [Buffer.from('{"a":1}').toString("base64url"), "s"],
  ])("refuses %s for shape %s with OPTIONS_INVALID", (cursor, shape) => {
    let caught: unknown;
    try {
      decodeCursor(cursor, shape);
    } catch (error) {
      caught = error;
    }
    expect(isDiplomacyError(caught) && caught.code).toBe("OPTIONS_INVALID");
  });
});
