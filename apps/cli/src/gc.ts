import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

let gc: (() => void) | null | undefined;

/**
 * Runs a full garbage collection now. Long ingests call it between batches so that V8 does not let garbage pile up
 * to hundreds of megabytes before collecting it: the resident memory then follows the live data, which stays flat.
 * A no-op where the runtime refuses to expose `gc`.
 *
 * @example
 * await store.ingest(batch);
 * collectGarbage();
 */
export function collectGarbage(): void {
  if (gc === undefined) {
    try {
      setFlagsFromString("--expose-gc");
      gc = runInNewContext("gc") as () => void;
    } catch {
      gc = null;
    }
  }
  gc?.();
}
