import type { Writable } from "node:stream";

/**
 * Writes to a stream and waits for it to drain when its buffer is full, so output never piles up in memory.
 * Resolves quietly once the reader has gone away (EPIPE, e.g. `| head`).
 *
 * @example
 * await writeChunk(process.stdout, "line\n");
 */
export function writeChunk(stream: Writable, chunk: string): Promise<void> {
  if (stream.destroyed || stream.writableEnded) return Promise.resolve();
  if (stream.write(chunk)) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      stream.off("drain", done);
      stream.off("close", done);
      stream.off("error", done);
      resolve();
    };
    stream.on("drain", done);
    stream.on("close", done);
    stream.on("error", done);
  });
}
