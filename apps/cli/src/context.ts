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
  /** Calls `listener` once when stop() is first called (at once if it already was). */
  onStop(listener: () => void): void;
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
  const listeners: (() => void)[] = [];
  return {
    get stopped() {
      return stopped;
    },
    stop() {
      if (stopped) return;
      stopped = true;
      for (const listener of listeners.splice(0)) listener();
    },
    onStop(listener) {
      if (stopped) listener();
      else listeners.push(listener);
    },
  };
}
