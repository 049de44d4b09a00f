import { useEffect, useState } from "react";
import type { z } from "zod";
import { ApiError, getJson } from "../explore/api-client.js";

export type Remote<T> =
  | { status: "idle" }
  | { status: "loading" }
  | { status: "ok"; data: T }
  | { status: "error"; error: ApiError };

/**
 * Loads `path` from the API and validates it with `schema`; reloads when the path changes, `null` skips.
 *
 * @example
 * const actor = useApi(apiPaths.actor(id), ActorDetailSchema);
 */
export function useApi<S extends z.ZodType>(path: string | null, schema: S): Remote<z.infer<S>> {
  const [state, setState] = useState<Remote<z.infer<S>>>({ status: path ? "loading" : "idle" });
  useEffect(() => {
    if (!path) {
      setState({ status: "idle" });
      return;
    }
    const controller = new AbortController();
    setState({ status: "loading" });
    getJson(path, schema, { signal: controller.signal }).then(
      (data) => setState({ status: "ok", data }),
      (error: unknown) => {
        if (controller.signal.aborted) return;
        setState({ status: "error", error: toApiError(error) });
      },
    );
    return () => controller.abort();
  }, [path, schema]);
  return state;
}

/** Any thrown value as an ApiError, for display. */
export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  return new ApiError("UNEXPECTED", error instanceof Error ? error.message : String(error), 0);
}
