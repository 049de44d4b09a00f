import { useEffect, useState } from "react";
import type { z } from "zod";
import { type Remote, useApi } from "./use-api.js";

/**
 * One page of a cursor-paginated list, with next/previous moves; starts over when `pathOf` changes its answer.
 *
 * @example
 * const list = usePaged((c) => apiPaths.events(filters, c), EventsPageSchema);
 */
export function usePaged<S extends z.ZodType<{ items: unknown[]; nextCursor: string | null }>>(
  pathOf: (cursor: string | undefined) => string,
  schema: S,
): {
  remote: Remote<z.infer<S>>;
  page: number;
  next: (() => void) | null;
  previous: (() => void) | null;
} {
  const base = pathOf(undefined);
  const [cursors, setCursors] = useState<(string | undefined)[]>([undefined]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: start over whenever the list asked for changes.
  useEffect(() => setCursors([undefined]), [base]);
  const cursor = cursors.at(-1);
  const remote = useApi(pathOf(cursor), schema);
  const nextCursor = remote.status === "ok" ? remote.data.nextCursor : null;
  return {
    remote,
    page: cursors.length,
    next: nextCursor ? () => setCursors((c) => [...c, nextCursor]) : null,
    previous: cursors.length > 1 ? () => setCursors((c) => c.slice(0, -1)) : null,
  };
}
