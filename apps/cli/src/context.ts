import type { Readable, Writable } from "node:stream";
import type { Env } from "./env.js";

/** The streams and environment a command runs with (process streams in the bin, fakes in unit tests). */
export interface Io {
  stdout: Writable & { isTTY?: boolean };
  stderr: Writable & { isTTY?: boolean };
  stdin: Readable;
  env: Env;
}

/** Set once the user presses Ctrl-C: commands stop taking new inputs and finish what is in flight. */
export interface StopSignal {
  readonly stopped: boolean;
  stop(): void;
}

export interface RunContext {
  io: Io;
  stop: StopSignal;
}

/**
 * A stop flag that commands poll between inputs.
 *
 * @example
 * const stop = createStopSignal(); process.once("SIGINT", () => stop.stop());
 */
export function createStopSignal(): StopSignal {
  let stopped = false;
  return {
    get stopped() {
      return stopped;
    },
    stop() {
      stopped = true;
    },
  };
}
