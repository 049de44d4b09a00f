import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { sha256Hex } from "./hash.js";

const reference = (s: string) => createHash("sha256").update(s, "utf8").digest("hex");

describe("sha256Hex", () => {
  it("matches the standard test vectors", () => {
    expect(sha256Hex("")).toBe("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    expect(sha256Hex("abc")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  });

  it("agrees with node:crypto across block edges and non-ASCII text", () => {
    for (const n of [55, 56, 63, 64, 65, 119, 120, 1000]) {
      const s = "Ministers met in Brasília — «talks» \u{1f30d} ".repeat(40).slice(0, n);
      expect(sha256Hex(s)).toBe(reference(s));
    }
  });

  it("gives different ids for texts that differ by one character", () => {
    expect(sha256Hex("Talks resumed.")).not.toBe(sha256Hex("Talks resumed!"));
  });
});
