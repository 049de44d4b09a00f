import { describe, expect, it } from "vitest";
import { isValidApiKey, readApiKey } from "./auth.js";

describe("isValidApiKey", () => {
  it("accepts any configured key, exactly", () => {
    expect(isValidApiKey("k2", ["k1", "k2"])).toBe(true);
    expect(isValidApiKey("k2 ", ["k1", "k2"])).toBe(false);
    expect(isValidApiKey("K2", ["k1", "k2"])).toBe(false);
    expect(isValidApiKey("k", ["k1", "k2"])).toBe(false);
  });

  it("never accepts an empty key, even when one is configured", () => {
    expect(isValidApiKey("", [""])).toBe(false);
    expect(isValidApiKey("", [])).toBe(false);
  });
});

describe("readApiKey", () => {
  it("reads a bearer token, then X-API-Key", () => {
    expect(readApiKey(new Headers({ authorization: "Bearer abc" }))).toBe("abc");
    expect(readApiKey(new Headers({ authorization: "bearer   abc  " }))).toBe("abc");
    expect(readApiKey(new Headers({ "x-api-key": " xyz " }))).toBe("xyz");
  });

  it("gives null without a credential", () => {
    expect(readApiKey(new Headers())).toBeNull();
    expect(readApiKey(new Headers({ "x-api-key": "  " }))).toBeNull();
  });
});
