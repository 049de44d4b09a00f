import { useState } from "react";
import type { Resource, ResourceKey } from "../explore/api-client.js";
import { type Remote, useApi } from "./use-api.js";

type PageKey = { [K in ResourceKey]: Resource<K> extends { nextCursor: string | null } ? K : never }[ResourceKey];

/**
 * One page of a cursor-paginated list, with next/previous moves; starts over when `pathOf` changes its answer.
 *
 * @example
 * const list = usePaged((c) => apiPaths.events(filters, c), "eventsPage");
 */
export function usePaged<K extends PageKey>(
  pathOf: (cursor: string | undefined) => string,
  key: K,
): {
  remote: Remote<Resource<K>>;
  page: number;
  next: (() => void) | null;
  previous: (() => void) | null;
} {
  const base = pathOf(undefined);
  const [trail, setTrail] = useState<{ base: string; cursors: (string | undefined)[] }>({ base, cursors: [undefined] });
  // A new list (other filters) starts over at its first page, in the same render: no request with a stale cursor.
  const cursors = trail.base === base ? trail.cursors : [undefined];
  const cursor = cursors.at(-1);
  const remote = useApi(pathOf(cursor), key);
  const nextCursor = remote.status === "ok" ? (remote.data as { nextCursor: string | null }).nextCursor : null;
  return {
    remote,
    page: cursors.length,
    next: nextCursor ? () => setTrail({ base, cursors: [...cursors, nextCursor] }) : null,
    previous: cursors.length > 1 ? () => setTrail({ base, cursors: cursors.slice(0, -1) }) : null,
  };
}
