import { useEffect, useState } from "react";
import { type Route, formatRoute, parseRoute } from "./route.js";

/**
 * The current route, following `location.hash`.
 *
 * @example
 * const route = useRoute(); if (route.name === "actor") ...
 */
export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(window.location.hash));
  useEffect(() => {
    const update = () => setRoute(parseRoute(window.location.hash));
    window.addEventListener("hashchange", update);
    return () => window.removeEventListener("hashchange", update);
  }, []);
  return route;
}

/**
 * Goes to `route`; with `replace` the history entry is replaced instead of added (for filter edits).
 *
 * @example
 * navigate({ name: "country", code: "KZ" });
 */
export function navigate(route: Route, options: { replace?: boolean } = {}): void {
  const hash = formatRoute(route);
  if (options.replace) {
    window.history.replaceState(null, "", hash);
    window.dispatchEvent(new HashChangeEvent("hashchange"));
  } else window.location.hash = hash;
}
