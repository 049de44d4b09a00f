import { OpenAPIHono } from "@hono/zod-openapi";
import { type Article, ArticleInputSchema, DiplomacyError, parseArticle } from "@org/diplomacy-core";
import type { DiplomacyStore } from "@org/diplomacy-store";
import type { MiddlewareHandler } from "hono";
import { HTTPException } from "hono/http-exception";
import { parseHtml } from "@org/diplomacy-core/html";
import type { z } from "zod";
import {
  type IngestItemSchema,
  type IngestRequestSchema,
  ParseQuerySchema,
  type ParseRequestSchema,
} from "./api-schemas.js";
import { requireApiKey } from "./auth.js";
import { limitBodySize } from "./body-limit.js";
import { renderDocsPage } from "./docs-page.js";
import { ApiError, errorBody, respondWithError } from "./errors.js";
import { kindOfMediaType, parseInput } from "./parse-input.js";
import {
  countryRelationsRoute,
  getActorRoute,
  getArticleRoute,
  getEventRoute,
  healthRoute,
  ingestRoute,
  listActorsRoute,
  listArticlesRoute,
  listCountriesRoute,
  listEventsRoute,
  parseRoute,
} from "./routes.js";
import { serveStaticFiles } from "./static-files.js";

declare const __DIPLOMACY_API_VERSION__: string | undefined;
/** The package version (set at build time; "0.0.0-dev" when run from source). */
export const API_VERSION: string =
  typeof __DIPLOMACY_API_VERSION__ === "string" ? __DIPLOMACY_API_VERSION__ : "0.0.0-dev";
/** Bodies above this many bytes get 413 unless `bodyLimit` says otherwise (5 MiB). */
export const DEFAULT_BODY_LIMIT = 5 * 1024 * 1024;

export interface AppOptions {
  /** The open store every route reads and writes. */
  store: DiplomacyStore;
  /** Keys accepted for write routes; without any, writes answer 403. */
  apiKeys?: readonly string[];
  /** Largest request body, in bytes. */
  bodyLimit?: number;
  /** Folder of the built web UI, served at `/` with a fallback to index.html; null serves none. */
  staticDir?: string | null;
}

function onlyFor(method: string, middleware: MiddlewareHandler): MiddlewareHandler {
  return (c, next) => (c.req.method === method ? middleware(c, next) : next());
}

function parseIngestItem(item: z.infer<typeof IngestItemSchema>, index: number): Article {
  if ("id" in item) return item as Article;
  const result =
    "html" in item
      ? parseHtml(item.html, {
          ...(item.url ? { url: item.url } : {}),
          ...(item.publishedAt ? { publishedAt: item.publishedAt } : {}),
          ...(item.source ? { source: item.source } : {}),
        })
      : parseArticle(ArticleInputSchema.parse(item));
  if (result.success) return result.data;
  throw new DiplomacyError(result.error.code, {
    message: `Article ${index}: ${result.error.message}`,
    ...(result.error.issues ? { issues: result.error.issues } : {}),
  });
}

function toArticles(body: z.infer<typeof IngestRequestSchema>): Article[] {
  const items = Array.isArray(body) ? body : "articles" in body ? body.articles : [body];
  return items.map(parseIngestItem);
}

function notFound(what: string, id: string): ApiError {
  return new ApiError("NOT_FOUND", {
    message: `No ${what} is stored under "${id}": check the id, or list them first.`,
  });
}

/**
 * Builds the HTTP app (not listening): the /v1 routes over `store`, /openapi.json, /docs, /health and the web UI.
 * Serve it with `startServer`, or call `app.request()` in tests.
 *
 * @example
 * const app = createApp({ store: await openStore(":memory:"), apiKeys: ["s3cret"] });
 * const res = await app.request("/v1/events?country=KZ&limit=10");
 */
export function createApp(options: AppOptions): OpenAPIHono {
  const { store } = options;
  const apiKeys = (options.apiKeys ?? []).filter((key) => key.length > 0);
  const maxSize = options.bodyLimit ?? DEFAULT_BODY_LIMIT;

  const app = new OpenAPIHono({
    defaultHook: (result, c) => {
      if (!result.success) {
        return c.json(
          errorBody(
            "REQUEST_INVALID",
            "The request is invalid: see the issues for the field at fault.",
            result.error.issues,
          ),
          400,
        );
      }
    },
  });

  app.onError((error, c) => {
    if (error instanceof HTTPException) {
      if (error.status === 413) return respondWithError(c, new ApiError("BODY_TOO_LARGE"));
      if (error.status === 415) return respondWithError(c, new ApiError("MEDIA_TYPE_UNSUPPORTED"));
      if (error.status === 400) {
        return respondWithError(
          c,
          new ApiError("REQUEST_INVALID", { message: `The request is invalid: ${error.message}.` }),
        );
      }
    }
    const response = respondWithError(c, error);
    if (response.status >= 500) console.error(error);
    return response;
  });

  const limitBody = limitBodySize(maxSize);
  app.use("/v1/articles", onlyFor("POST", requireApiKey(apiKeys)));
  app.use("/v1/*", onlyFor("POST", limitBody));

  // Raw text, HTML or feed bodies skip the JSON validator: the route's JSON schema does not apply to them.
  app.use(
    "/v1/parse",
    onlyFor("POST", async (c, next) => {
      const kind = kindOfMediaType(c.req.header("content-type"));
      if (!kind) return next();
      const query = ParseQuerySchema.safeParse(c.req.query());
      if (!query.success) throw new ApiError("REQUEST_INVALID", { issues: query.error.issues });
      const input = await c.req.text();
      if (input.trim().length === 0) throw new DiplomacyError("TEXT_EMPTY");
      return c.json(parseInput({ ...query.data, input, kind }), 200);
    }),
  );

  app.openAPIRegistry.registerComponent("securitySchemes", "bearerAuth", { type: "http", scheme: "bearer" });
  app.openAPIRegistry.registerComponent("securitySchemes", "apiKeyHeader", {
    type: "apiKey",
    in: "header",
    name: "X-API-Key",
  });

  app.openapi(healthRoute, async (c) => {
    try {
      await store.ping();
    } catch {
      throw new ApiError("STORE_UNAVAILABLE");
    }
    return c.json({ status: "ok" as const, store: store.kind, version: API_VERSION }, 200);
  });

  app.openapi(parseRoute, async (c) => {
    const body = c.req.valid("json") as z.infer<typeof ParseRequestSchema>;
    return c.json(parseInput({ ...c.req.valid("query"), ...body }), 200);
  });

  app.openapi(ingestRoute, async (c) => {
    // The body was validated by the route's schema; its union type is wider than Hono's inference follows.
    const validated = c.req as unknown as { valid(target: "json"): z.infer<typeof IngestRequestSchema> };
    const articles = toArticles(validated.valid("json"));
    const result = await store.ingest(articles);
    return c.json(result, result.inserted > 0 ? 201 : 200);
  });

  app.openapi(listArticlesRoute, async (c) => {
    const { cursor, limit, ...filter } = c.req.valid("query");
    return c.json(await store.listArticles(filter, { cursor, limit }), 200);
  });

  app.openapi(getArticleRoute, async (c) => {
    const { id } = c.req.valid("param");
    const article = await store.getArticle(id);
    if (!article) throw notFound("article", id);
    return c.json(article, 200);
  });

  app.openapi(listEventsRoute, async (c) => {
    const { cursor, limit, ...filter } = c.req.valid("query");
    return c.json(await store.listEvents(filter, { cursor, limit }), 200);
  });

  app.openapi(getEventRoute, async (c) => {
    const { id } = c.req.valid("param");
    const event = await store.getEvent(id);
    if (!event) throw notFound("event", id);
    return c.json(event, 200);
  });

  app.openapi(listActorsRoute, async (c) => {
    const { cursor, limit, ...filter } = c.req.valid("query");
    return c.json(await store.listActors(filter, { cursor, limit }), 200);
  });

  app.openapi(getActorRoute, async (c) => {
    const { id } = c.req.valid("param");
    const actor = await store.getActor(id);
    if (!actor) throw notFound("actor", id);
    return c.json(actor, 200);
  });

  app.openapi(listCountriesRoute, async (c) => {
    return c.json(await store.listCountries(c.req.valid("query")), 200);
  });

  app.openapi(countryRelationsRoute, async (c) => {
    const { code } = c.req.valid("param");
    const relations = await store.countryRelations(code, c.req.valid("query"));
    if (!relations) throw notFound("country", code);
    return c.json(relations, 200);
  });

  app.doc31("/openapi.json", {
    openapi: "3.1.0",
    info: {
      title: "Diplomacy API",
      version: API_VERSION,
      description:
        "Parse diplomatic news into typed records, store them, and query events, actors and relations between countries. " +
        "Lists are paged: pass `nextCursor` back as `cursor`. Errors answer `{ error: { code, message, issues? } }`. " +
        "POST /v1/articles needs an API key.",
    },
  });

  app.get("/docs", (c) => c.html(renderDocsPage({ specUrl: "/openapi.json", title: "Diplomacy API" })));

  const isApiPath = (path: string) =>
    path === "/v1" || path.startsWith("/v1/") || path === "/health" || path === "/openapi.json" || path === "/docs";
  if (options.staticDir) {
    const serveWeb = serveStaticFiles(options.staticDir);
    app.get("*", (c, next) => (isApiPath(c.req.path) ? next() : serveWeb(c, next)));
  }

  app.notFound((c) => respondWithError(c, new ApiError("ROUTE_NOT_FOUND")));
  return app;
}
