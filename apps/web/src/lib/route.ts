import { z } from "zod";
import { EventTypeFilterSchema } from "../explore/event-types.js";

const Trimmed = z.string().trim().min(1).max(200);
const IsoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** The explorer's filters, as they appear in the address bar and in `GET /v1/events` query strings. */
export const EventFiltersSchema = z.object({
  country: z
    .string()
    .trim()
    .transform((s) => s.toUpperCase())
    .pipe(z.string().regex(/^[A-Z][A-Z0-9]{1,9}$/))
    .optional()
    .catch(undefined),
  actor: Trimmed.optional().catch(undefined),
  type: EventTypeFilterSchema.optional().catch(undefined),
  from: IsoDay.optional().catch(undefined),
  to: IsoDay.optional().catch(undefined),
  text: Trimmed.optional().catch(undefined),
});
export type EventFilters = z.infer<typeof EventFiltersSchema>;
export const FILTER_KEYS = Object.keys(EventFiltersSchema.shape) as (keyof EventFilters)[];

export const ExploreTabSchema = z.enum(["events", "articles", "actors", "countries"]);
export type ExploreTab = z.infer<typeof ExploreTabSchema>;

/** Every screen of the app, as the hash part of the URL names it. */
export type Route =
  | { name: "annotate"; articleId?: string; fact?: string }
  | { name: "explore"; tab: ExploreTab; filters: EventFilters }
  | { name: "actor"; id: string }
  | { name: "country"; code: string }
  | { name: "not-found"; path: string };

/**
 * Reads a route from `location.hash`. Unknown or malformed filter values are dropped rather than failing the page.
 *
 * @example
 * parseRoute("#/explore?country=cn&type=visit"); // { name: "explore", tab: "events", filters: { country: "CN", type: "visit" } }
 */
export function parseRoute(hash: string): Route {
  const raw = hash.replace(/^#/, "");
  const [pathPart = "", queryPart = ""] = raw.split("?", 2);
  const query = new URLSearchParams(queryPart);
  const parts = pathPart.split("/").filter(Boolean).map(safeDecode);
  const [head, second] = parts;
  if (parts.length === 0 || (head === "annotate" && parts.length === 1)) {
    return compactRoute({
      name: "annotate",
      articleId: query.get("article") || undefined,
      fact: query.get("fact") || undefined,
    });
  }
  if (head === "explore" && parts.length <= 2) {
    const tab = ExploreTabSchema.catch("events").parse(second ?? "events");
    return { name: "explore", tab, filters: readFilters(query) };
  }
  if (head === "actors" && second && parts.length === 2) return { name: "actor", id: second };
  if (head === "countries" && second && parts.length === 2) return { name: "country", code: second.toUpperCase() };
  return { name: "not-found", path: pathPart };
}

/**
 * Writes a route as a hash, the inverse of {@link parseRoute}.
 *
 * @example
 * formatRoute({ name: "actor", id: "wang-yi" }); // "#/actors/wang-yi"
 */
export function formatRoute(route: Route): string {
  switch (route.name) {
    case "annotate":
      return `#/annotate${formatQuery({ article: route.articleId, fact: route.fact })}`;
    case "explore":
      return `#/explore/${route.tab}${formatQuery(route.filters)}`;
    case "actor":
      return `#/actors/${encodeURIComponent(route.id)}`;
    case "country":
      return `#/countries/${encodeURIComponent(route.code)}`;
    case "not-found":
      return `#/${route.path.replace(/^\//, "")}`;
  }
}

/**
 * Reads the filters from a query string, dropping empty and invalid values.
 *
 * @example
 * readFilters(new URLSearchParams("type=bogus&text=%20gas%20")); // { text: "gas" }
 */
export function readFilters(query: URLSearchParams): EventFilters {
  const raw: Record<string, string> = {};
  for (const key of FILTER_KEYS) {
    const value = query.get(key);
    if (value?.trim()) raw[key] = value;
  }
  return dropUndefined(EventFiltersSchema.parse(raw));
}

/**
 * Builds "?a=1&b=2" from the defined, non-empty values, or "" when there are none.
 *
 * @example
 * formatQuery({ country: "CN", actor: undefined, limit: 20 }); // "?country=CN&limit=20"
 */
export function formatQuery(values: Record<string, string | number | undefined | null>): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(values))
    if (value !== undefined && value !== null && value !== "") query.set(key, String(value));
  const text = query.toString();
  return text ? `?${text}` : "";
}

function safeDecode(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}

function dropUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

function compactRoute<T extends object>(route: T): T {
  return dropUndefined(route);
}
