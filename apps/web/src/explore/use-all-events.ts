import { useEffect, useState } from "react";
import type { EventFilters } from "../lib/route.js";
import { type Remote, toApiError } from "../lib/use-api.js";
import { apiPaths, getAllPages, loadResource } from "./api-client.js";
import type { StoredEvent } from "./api-schemas.js";

/**
 * Every event matching `filters`, up to `max`, for the charts (reads 500 a page).
 *
 * @example
 * const all = useAllEvents({ country: "CN" }, 2000);
 */
export function useAllEvents(filters: EventFilters, max: number): Remote<{ items: StoredEvent[]; complete: boolean }> {
  const [state, setState] = useState<Remote<{ items: StoredEvent[]; complete: boolean }>>({ status: "loading" });
  const key = JSON.stringify(filters);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` stands for the filters' value.
  useEffect(() => {
    const controller = new AbortController();
    setState({ status: "loading" });
    getAllPages(
      (cursor) => apiPaths.events(filters, cursor, 500),
      (path) => loadResource(path, "eventsPage", { signal: controller.signal }),
      max,
    ).then(
      (data) => setState({ status: "ok", data }),
      (error: unknown) => {
        if (!controller.signal.aborted) setState({ status: "error", error: toApiError(error) });
      },
    );
    return () => controller.abort();
  }, [key, max]);
  return state;
}
