import { z } from "zod";
import { type EventFilters, formatQuery } from "../lib/route.js";
import type { API_SCHEMAS } from "./api-schemas.js";

const ApiErrorBodySchema = z.object({
  error: z.object({ code: z.string(), message: z.string(), issues: z.array(z.unknown()).optional() }),
});

/** A failed API call, with the API's permanent error code when it sent one. */
export class ApiError extends Error {
  override readonly name = "ApiError";
  constructor(
    readonly code: string,
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
}

export type Fetch = (input: string, init?: RequestInit) => Promise<Response>;

/**
 * Fetches `path` and validates the JSON body with `schema`; API error bodies and network failures become ApiErrors.
 *
 * @example
 * const page = await getJson("/v1/countries", definePageSchema(CountrySummarySchema));
 */
export async function getJson<S extends z.ZodType>(
  path: string,
  schema: S,
  options: { fetch?: Fetch; signal?: AbortSignal } = {},
): Promise<z.infer<S>> {
  const doFetch = options.fetch ?? ((input: string, init?: RequestInit) => fetch(input, init));
  let response: Response;
  try {
    response = await doFetch(path, { headers: { accept: "application/json" }, signal: options.signal });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === "AbortError") throw cause;
    throw new ApiError("NETWORK", "The API could not be reached: is the server running?", 0);
  }
  const body: unknown = await response.json().catch(() => undefined);
  if (!response.ok) {
    const error = ApiErrorBodySchema.safeParse(body);
    if (error.success) throw new ApiError(error.data.error.code, error.data.error.message, response.status);
    throw new ApiError(
      `HTTP_${response.status}`,
      `The API answered ${response.status} ${response.statusText}.`,
      response.status,
    );
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success)
    throw new ApiError("RESPONSE_INVALID", `The API's answer to ${path} has an unexpected shape.`, response.status);
  return parsed.data;
}

/** The name of a response shape the UI reads. */
export type ResourceKey = keyof typeof API_SCHEMAS;
/** The validated data of a response, by name. */
export type Resource<K extends ResourceKey> = z.infer<(typeof API_SCHEMAS)[K]>;

/**
 * Fetches `path` and validates it against the named response schema, loaded on first use (it pulls in the core).
 *
 * @example
 * const actor = await loadResource(apiPaths.actor("wang-yi"), "actorDetail");
 */
export async function loadResource<K extends ResourceKey>(
  path: string,
  key: K,
  options: { fetch?: Fetch; signal?: AbortSignal } = {},
): Promise<Resource<K>> {
  const { API_SCHEMAS: schemas } = await import("./api-schemas.js");
  return getJson(path, schemas[key] as unknown as z.ZodType<Resource<K>>, options);
}

/** Where each list lives and how its query string is built. */
export const apiPaths = {
  articles: (filters: EventFilters, cursor?: string, limit = 25) =>
    `/v1/articles${formatQuery({ country: filters.country, from: filters.from, to: filters.to, text: filters.text, cursor, limit })}`,
  article: (id: string) => `/v1/articles/${encodeURIComponent(id)}`,
  events: (filters: EventFilters, cursor?: string, limit = 25) =>
    `/v1/events${formatQuery({ ...filters, cursor, limit })}`,
  actors: (filters: EventFilters, cursor?: string, limit = 25) =>
    `/v1/actors${formatQuery({ country: filters.country, text: filters.actor ?? filters.text, cursor, limit })}`,
  actor: (id: string) => `/v1/actors/${encodeURIComponent(id)}`,
  countries: (cursor?: string, limit = 100) => `/v1/countries${formatQuery({ cursor, limit })}`,
  relations: (code: string, cursor?: string, limit = 100) =>
    `/v1/countries/${encodeURIComponent(code)}/relations${formatQuery({ cursor, limit })}`,
};

/**
 * Reads every page of a list until the end or until `max` items, for charts that need the whole set.
 *
 * @example
 * const { items } = await getAllPages((c) => apiPaths.events(filters, c, 500), (p) => loadResource(p, "eventsPage"), 2000);
 */
export async function getAllPages<T>(
  pathOf: (cursor: string | undefined) => string,
  loadPage: (path: string) => Promise<{ items: T[]; nextCursor: string | null }>,
  max: number,
): Promise<{ items: T[]; complete: boolean }> {
  const items: T[] = [];
  let cursor: string | undefined;
  const seen = new Set<string>();
  for (;;) {
    const page = await loadPage(pathOf(cursor));
    items.push(...page.items);
    if (!page.nextCursor) return { items, complete: true };
    if (items.length >= max || seen.has(page.nextCursor)) return { items: items.slice(0, max), complete: false };
    seen.add(page.nextCursor);
    cursor = page.nextCursor;
  }
}
