import type { MiddlewareHandler } from "hono";
import { ApiError } from "./errors.js";

/** How much of an oversized body is still read (and dropped) so the client receives the 413 instead of a reset. */
const DRAIN_FACTOR = 4;
const DRAIN_MINIMUM = 16 * 1024 * 1024;

async function drain(reader: ReadableStreamDefaultReader<Uint8Array>, budget: number): Promise<void> {
  let left = budget;
  while (left > 0) {
    const { done, value } = await reader.read();
    if (done) return;
    left -= value.byteLength;
  }
  await reader.cancel().catch(() => undefined);
}

/**
 * Refuses request bodies over `maxSize` bytes with 413 BODY_TOO_LARGE, whether or not they declare a length.
 * Unlike a bare check it keeps reading (and discarding) a bounded amount of an oversized body, so an HTTP client
 * still uploading gets the 413 rather than a closed socket.
 *
 * @example
 * app.use("/v1/*", limitBodySize(5 * 1024 * 1024));
 */
export function limitBodySize(maxSize: number): MiddlewareHandler {
  const budget = Math.max(maxSize * DRAIN_FACTOR, DRAIN_MINIMUM);
  return async (c, next) => {
    const body = c.req.raw.body;
    if (!body) return next();
    const declared = c.req.header("content-length");
    if (declared !== undefined && !c.req.header("transfer-encoding")) {
      const length = Number.parseInt(declared, 10);
      if (length > maxSize) {
        await drain(body.getReader(), Math.min(length, budget));
        throw new ApiError("BODY_TOO_LARGE");
      }
      return next();
    }
    const reader = body.getReader();
    const chunks: Uint8Array[] = [];
    let size = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > maxSize) {
        await drain(reader, budget - size);
        throw new ApiError("BODY_TOO_LARGE");
      }
      chunks.push(value);
    }
    const buffer = new Uint8Array(size);
    let offset = 0;
    for (const chunk of chunks) {
      buffer.set(chunk, offset);
      offset += chunk.byteLength;
    }
    c.req.raw = new Request(c.req.raw, { body: buffer });
    return next();
  };
}
