import { describe, expect, it } from "vitest";
import { DEFAULT_DB, readApiKeys, readEnv, resolveDb, useColor } from "./env.js";

describe("resolveDb", () => {
  it("prefers the flag, then DIPLOMACY_DB, then ./diplomacy.db", () => {
    expect(resolveDb("flag.db", readEnv({ DIPLOMACY_DB: "env.db" }))).toBe("flag.db");
    expect(resolveDb(undefined, readEnv({ DIPLOMACY_DB: "env.db" }))).toBe("env.db");
    expect(resolveDb(undefined, readEnv({}))).toBe(DEFAULT_DB);
  });

  it("ignores a blank DIPLOMACY_DB", () => {
    expect(resolveDb(undefined, readEnv({ DIPLOMACY_DB: "  " }))).toBe(DEFAULT_DB);
  });
});

describe("useColor", () => {
  it("colours terminals unless NO_COLOR is set", () => {
    expect(useColor(true, readEnv({}))).toBe(true);
    expect(useColor(false, readEnv({}))).toBe(false);
    expect(useColor(true, readEnv({ NO_COLOR: "1" }))).toBe(false);
    expect(useColor(true, readEnv({ NO_COLOR: "" }))).toBe(true);
    expect(useColor(false, readEnv({ FORCE_COLOR: "1" }))).toBe(true);
  });
});

describe("readEnv", () => {
  it("drops a PORT that is not a port", () => {
    expect(readEnv({ PORT: "eighty" }).PORT).toBeUndefined();
    expect(readEnv({ PORT: "3000" }).PORT).toBe(3000);
  });

  it("splits API keys", () => {
    expect(readApiKeys(readEnv({ DIPLOMACY_API_KEYS: " a, ,b " }))).toEqual(["a", "b"]);
    expect(readApiKeys(readEnv({}))).toEqual([]);
  });
});
