import { describe, expect, it } from "vitest";
import { DEFAULT_DB_PATH, readApiEnv, splitKeys } from "./env.js";

describe("readApiEnv", () => {
  it("defaults to the local SQLite file on 127.0.0.1:8787 with no keys", () => {
    expect(readApiEnv({})).toEqual({
      port: 8787,
      host: "127.0.0.1",
      db: DEFAULT_DB_PATH,
      apiKeys: [],
      bodyLimit: undefined,
    });
  });

  it("reads the database, keys and limits", () => {
    expect(
      readApiEnv({
        PORT: "0",
        DATABASE_URL: "postgres://x@h/db",
        DIPLOMACY_API_KEYS: "a, b,,",
        DIPLOMACY_BODY_LIMIT: "1024",
      }),
    ).toMatchObject({ port: 0, db: "postgres://x@h/db", apiKeys: ["a", "b"], bodyLimit: 1024 });
    expect(readApiEnv({ DIPLOMACY_DB: "a.db", DATABASE_URL: "b.db" }).db).toBe("a.db");
  });

  it("throws on an invalid port", () => {
    expect(() => readApiEnv({ PORT: "http" })).toThrow();
    expect(() => readApiEnv({ PORT: "70000" })).toThrow();
  });
});

describe("splitKeys", () => {
  it("drops blanks", () => {
    expect(splitKeys(" k1 ,, k2 ")).toEqual(["k1", "k2"]);
    expect(splitKeys(undefined)).toEqual([]);
  });
});
