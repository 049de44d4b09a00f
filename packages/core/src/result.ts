import { DiplomacyError } from "./errors.js";

export type Result<T> = { success: true; data: T } | { success: false; error: DiplomacyError };

export const ok = <T>(data: T): Result<T> => ({ success: true, data });
export const fail = <T>(error: DiplomacyError): Result<T> => ({ success: false, error });

/** Runs `fn`, turning anything it throws into a typed INTERNAL error unless it is already a DiplomacyError. */
export function attempt<T>(fn: () => Result<T>): Result<T> {
  try {
    return fn();
  } catch (cause) {
    if (cause instanceof DiplomacyError) return fail(cause);
    return fail(new DiplomacyError("INTERNAL", { cause }));
  }
}

/** Returns the data or throws the typed error. */
export function unwrap<T>(result: Result<T>): T {
  if (result.success) return result.data;
  throw result.error;
}
