import { createHash, timingSafeEqual } from "node:crypto";
import type { MiddlewareHandler } from "hono";
import { ApiError } from "./errors.js";

function digest(value: string): Buffer {
  return createHash("sha256").update(value, "utf8").digest();
}

/**
 * True when `candidate` equals one of `keys`. Compares fixed-length digests in constant time and always
 * checks every key, so neither the time taken nor an early exit tells an attacker anything about a key.
 *
 * @example
 * isValidApiKey("s3cret", ["s3cret"]) // true
 */
export function isValidApiKey(candidate: string, keys: readonly string[]): boolean {
  const given = digest(candidate);
  let found = false;
  for (const key of keys) {
    if (timingSafeEqual(given, digest(key)) && key.length > 0) found = true;
  }
  return found;
}

/** The key a request carries: `Authorization: Bearer <key>`, else `X-API-Key`, else null. */
export function readApiKey(headers: Headers): string | null {
  const authorization = headers.get("authorization");
  if (authorization) {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
    return match?.[1] ?? authorization.trim();
  }
  const key = headers.get("x-api-key");
  return key && key.trim().length > 0 ? key.trim() : null;
}

/** Lets a request through only with a valid key: 401 without one, 403 with a wrong one (or when no key is configured). */
export function requireApiKey(keys: readonly string[]): MiddlewareHandler {
  return async (c, next) => {
    const key = readApiKey(c.req.raw.headers);
    if (key === null) throw new ApiError("UNAUTHORIZED");
    if (keys.length === 0) {
      throw new ApiError("FORBIDDEN", {
        message: "This server accepts no writes: no API key is configured (set DIPLOMACY_API_KEYS).",
      });
    }
    if (!isValidApiKey(key, keys)) throw new ApiError("FORBIDDEN");
    await next();
  };
}
