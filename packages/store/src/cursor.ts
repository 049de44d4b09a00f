import { DiplomacyError } from "@org/diplomacy-core";

/**
 * Encodes a list position (the sort keys of the last item returned) as an opaque URL-safe string.
 *
 * @example
 * encodeCursor(["2024-05-01", "abc-e1"]) // "WyIyMDI0LTA1LTAxIiwiYWJjLWUxIl0"
 */
export function encodeCursor(keys: readonly (string | number)[]): string {
  return Buffer.from(JSON.stringify(keys), "utf8").toString("base64url");
}

/**
 * Decodes a cursor made by `encodeCursor`, checking it holds `shape` (one "s" or "n" per key).
 * Throws OPTIONS_INVALID for anything else, so a caller's typo becomes a 400, not a crash.
 *
 * @example
 * decodeCursor(encodeCursor(["a", 1]), "sn") // ["a", 1]
 */
export function decodeCursor(cursor: string, shape: string): (string | number)[] {
  let keys: unknown;
  try {
    keys = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  } catch {
    keys = undefined;
  }
  const valid =
    Array.isArray(keys) &&
    keys.length === shape.length &&
    keys.every((key, i) => (shape[i] === "n" ? Number.isFinite(key) : typeof key === "string"));
  if (!valid) {
    throw new DiplomacyError("OPTIONS_INVALID", {
      message: "The cursor is not one this list returned: pass back `nextCursor` unchanged, or omit it to start over.",
    });
  }
  return keys as (string | number)[];
}
