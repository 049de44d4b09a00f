import { useEffect, useState } from "react";
import { ApiError, type Resource, type ResourceKey, loadResource } from "../explore/api-client.js";

export type Remote<T> =
  | { status: "idle" }
  | { status: "loading" }
  | { status: "ok"; data: T }
  | { status: "error"; error: ApiError };

/**
 * Loads `path` from the API and validates it as the named resource; reloads when the path changes, `null` skips.
 *
 * @example
 * const actor = useApi(apiPaths.actor(id), "actorDetail");
 */
export function useApi<K extends ResourceKey>(path: string | null, key: K): Remote<Resource<K>> {
  const [state, setState] = useState<Remote<Resource<K>>>({ status: path ? "loading" : "idle" });
  useEffect(() => {
    if (!path) {
      setState({ status: "idle" });
      return;
    }
    const controller = new AbortController();
    setState({ status: "loading" });
    loadResource(path, key, { signal: controller.signal }).then(
      (data) => setState({ status: "ok", data }),
      (error: unknown) => {
        if (controller.signal.aborted) return;
        setState({ status: "error", error: toApiError(error) });
      },
    );
    return () => controller.abort();
  }, [path, key]);
  return state;
}

/** Any thrown value as an ApiError, for display. */
export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  return new ApiError("UNEXPECTED", error instanceof Error ? error.message : String(error), 0);
}
