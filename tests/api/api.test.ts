import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Article } from "@org/diplomacy-core";
import { makeSampleArticles } from "@org/diplomacy-store/testing";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { type OpenApiDocument, createResponseValidator } from "./helpers/openapi.js";
import { createDatabase } from "./helpers/postgres.js";
import { API_DIST, type ServerProcess, startServerProcess } from "./helpers/server.js";

// The real server (the `diplomacy-api` bin) on 127.0.0.1, once over SQLite and once over PostgreSQL. Every
// response to a documented route is validated against the server's own OpenAPI document, and the suite checks
// at the end that it saw every documented status of every route.

const KEYS = ["first-test-key", "second-test-key"];
const BODY_LIMIT = 256 * 1024;
const pgUrl = inject("pgUrl");

interface Backend {
  name: "sqlite" | "postgres";
  enabled: boolean;
  create(): Promise<{ location: string; dispose(): Promise<void> }>;
}

const backends: Backend[] = [
  {
    name: "sqlite",
    enabled: true,
    async create() {
      const dir = mkdtempSync(join(tmpdir(), "api-test-"));
      return { location: join(dir, "api.db"), dispose: async () => rmSync(dir, { recursive: true, force: true }) };
    },
  },
  {
    name: "postgres",
    enabled: pgUrl !== "",
    async create() {
      const database = await createDatabase(pgUrl);
      return { location: database.url, dispose: database.drop };
    },
  },
];

interface Reply<T = unknown> {
  status: number;
  headers: Headers;
  body: T;
  text: string;
}

type ErrorReply = { error: { code: string; message: string; issues?: { path: unknown[]; message: string }[] } };
type PageReply<T> = { items: T[]; nextCursor: string | null };

for (const backend of backends) {
  describe.skipIf(!backend.enabled)(`the API server over ${backend.name}`, () => {
    let server: ServerProcess;
    let database: { location: string; dispose(): Promise<void> };
    let validator: ReturnType<typeof createResponseValidator>;
    let document: OpenApiDocument;
    const seen = new Set<string>();
    const [kzcn, kzuz, cnus] = makeSampleArticles() as [Article, Article, Article];

    async function call<T = unknown>(
      method: string,
      path: string,
      options: { json?: unknown; raw?: string; contentType?: string; key?: string | null } = {},
    ): Promise<Reply<T>> {
      const headers: Record<string, string> = {};
      let body: string | undefined;
      if (options.json !== undefined) {
        body = JSON.stringify(options.json);
        headers["content-type"] = "application/json";
      }
      if (options.raw !== undefined) body = options.raw;
      if (options.contentType) headers["content-type"] = options.contentType;
      if (options.key) headers.authorization = `Bearer ${options.key}`;
      const response = await fetch(`${server.url}${path}`, {
        method,
        headers,
        ...(body !== undefined ? { body } : {}),
      });
      const text = await response.text();
      const isJson = (response.headers.get("content-type") ?? "").includes("application/json");
      const parsed = isJson ? JSON.parse(text) : text;
      const pathname = new URL(path, server.url).pathname;
      const template = Object.keys(document?.paths ?? {}).find((t) =>
        new RegExp(`^${t.replace(/\{[^}]+\}/g, "[^/]+")}$`).test(pathname),
      );
      if (template && document.paths[template]?.[method.toLowerCase()]) {
        expect(isJson, `${method} ${path} answers JSON`).toBe(true);
        expect(
          validator.validate(method, pathname, response.status, parsed),
          `${method} ${path} ${response.status}`,
        ).toEqual([]);
        seen.add(`${method} ${template} ${response.status}`);
      }
      return { status: response.status, headers: response.headers, body: parsed as T, text };
    }

    const expectError = (reply: Reply, status: number, code: string) => {
      expect(reply.status, reply.text).toBe(status);
      expect((reply.body as ErrorReply).error.code).toBe(code);
      expect((reply.body as ErrorReply).error.message.length).toBeGreaterThan(10);
    };

    beforeAll(async () => {
      database = await backend.create();
      server = await startServerProcess({
        DIPLOMACY_DB: database.location,
        DIPLOMACY_API_KEYS: KEYS.join(","),
        DIPLOMACY_BODY_LIMIT: String(BODY_LIMIT),
      });
      document = (await (await fetch(`${server.url}/openapi.json`)).json()) as OpenApiDocument;
      validator = createResponseValidator(document);
    });

    afterAll(async () => {
      await server?.stop();
      await database?.dispose();
    });

    it("listens on 127.0.0.1 and serves an OpenAPI 3.1 document of every route", async () => {
      expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      expect(document.openapi).toBe("3.1.0");
      expect(Object.keys(document.paths).sort()).toEqual([
        "/health",
        "/v1/actors",
        "/v1/actors/{id}",
        "/v1/articles",
        "/v1/articles/{id}",
        "/v1/countries",
        "/v1/countries/{code}/relations",
        "/v1/events",
        "/v1/events/{id}",
        "/v1/parse",
      ]);
      expect(Object.keys(document.components?.schemas ?? {})).toEqual(
        expect.arrayContaining(["Article", "StoredEvent", "ActorDetail", "CountryRelations", "Error"]),
      );
    });

    it("serves self-contained interactive docs at /docs", async () => {
      const docs = await call("GET", "/docs");
      expect(docs.status).toBe(200);
      expect(docs.headers.get("content-type")).toContain("text/html");
      expect(docs.text).toContain("/openapi.json");
      expect(docs.text).not.toMatch(/<(script|link)[^>]+(src|href)="(https?:)?\/\//);
    });

    it("answers /health", async () => {
      const health = await call<{ store: string }>("GET", "/health");
      expect(health.status).toBe(200);
      expect(health.body.store).toBe(backend.name);
    });

    it("guards writes: 401 without a key, 403 with a wrong one", async () => {
      expectError(await call("POST", "/v1/articles", { json: [kzcn] }), 401, "UNAUTHORIZED");
      expectError(await call("POST", "/v1/articles", { json: [kzcn], key: "not-a-key" }), 403, "FORBIDDEN");
      expectError(await call("POST", "/v1/articles", { json: [kzcn], key: `${KEYS[0]}x` }), 403, "FORBIDDEN");
      expect((await call<PageReply<unknown>>("GET", "/v1/articles")).body.items).toEqual([]);
    });

    it("refuses bad ingest bodies: 400 with zod issues, 413, 415, 422", async () => {
      const invalid = await call<ErrorReply>("POST", "/v1/articles", {
        json: { articles: [{ ...kzcn, language: 7 }] },
        key: KEYS[0],
      });
      expectError(invalid, 400, "REQUEST_INVALID");
      expect(invalid.body.error.issues?.length).toBeGreaterThan(0);
      expectError(
        await call("POST", "/v1/articles", { raw: "{oops", contentType: "application/json", key: KEYS[0] }),
        400,
        "REQUEST_INVALID",
      );
      expectError(
        await call("POST", "/v1/articles", { json: { articles: [{ text: "x".repeat(BODY_LIMIT) }] }, key: KEYS[0] }),
        413,
        "BODY_TOO_LARGE",
      );
      expectError(
        await call("POST", "/v1/articles", {
          raw: "text=hello",
          contentType: "application/x-www-form-urlencoded",
          key: KEYS[0],
        }),
        415,
        "MEDIA_TYPE_UNSUPPORTED",
      );
      expectError(await call("POST", "/v1/articles", { json: [{ text: "   " }], key: KEYS[0] }), 422, "TEXT_EMPTY");
    });

    it("ingests records with either key, once: 201 then 200 with duplicates", async () => {
      const first = await call("POST", "/v1/articles", { json: { articles: [kzcn, kzuz] }, key: KEYS[0] });
      expect(first.status).toBe(201);
      expect(first.body).toEqual({ inserted: 2, duplicates: 0, ids: [kzcn.id, kzuz.id] });
      const second = await call("POST", "/v1/articles", { json: [kzuz, cnus], key: KEYS[1] });
      expect(second.body).toEqual({ inserted: 1, duplicates: 1, ids: [kzuz.id, cnus.id] });
      const again = await call("POST", "/v1/articles", { json: kzcn, key: KEYS[1] });
      expect(again.status).toBe(200);
      expect(again.body).toEqual({ inserted: 0, duplicates: 1, ids: [kzcn.id] });
    });

    it("parses text inputs sent for ingestion before storing them", async () => {
      const text = "ASTANA, June 3 -- The foreign ministers of Kazakhstan and Kyrgyzstan met in Astana on Monday.";
      const reply = await call<{ ids: string[] }>("POST", "/v1/articles", {
        json: [{ text, publishedAt: "2024-06-03", source: "Test Wire" }],
        key: KEYS[0],
      });
      expect(reply.status).toBe(201);
      const stored = await call<Article>("GET", `/v1/articles/${reply.body.ids[0]}`);
      expect(stored.body.text).toBe(text);
      expect(stored.body.source).toBe("Test Wire");
    });

    it("parses without storing: JSON or raw text, 400, 413, 415 and 422", async () => {
      const before = (await call<PageReply<unknown>>("GET", "/v1/articles?limit=500")).body.items.length;
      const text = "TASHKENT, May 5 -- Uzbekistan's foreign minister received the Turkish ambassador on Friday.";
      const json = await call<{ kind: string; articles: Article[] }>("POST", "/v1/parse", { json: { input: text } });
      expect(json.status).toBe(200);
      expect(json.body.kind).toBe("text");
      expect(json.body.articles[0]?.text).toBe(text);
      const raw = await call<{ kind: string; articles: Article[] }>("POST", "/v1/parse?publishedAt=2024-05-05", {
        raw: text,
        contentType: "text/plain; charset=utf-8",
      });
      expect(raw.status).toBe(200);
      expect(raw.body.articles[0]?.publishedAt).toBe("2024-05-05");
      expect((await call<PageReply<unknown>>("GET", "/v1/articles?limit=500")).body.items).toHaveLength(before);
      expectError(await call("POST", "/v1/parse", { json: { text } }), 400, "REQUEST_INVALID");
      expectError(
        await call("POST", "/v1/parse", { json: { input: "y".repeat(BODY_LIMIT + 1) } }),
        413,
        "BODY_TOO_LARGE",
      );
      expectError(
        await call("POST", "/v1/parse", { raw: "a=b", contentType: "multipart/form-data; boundary=x" }),
        415,
        "MEDIA_TYPE_UNSUPPORTED",
      );
      expectError(await call("POST", "/v1/parse", { json: { input: " \n\t " } }), 422, "TEXT_EMPTY");
    });

    it("parses an HTML page and a feed", async () => {
      const page =
        "<!doctype html><html><head><title>Ministers meet in Baku</title></head><body><article><h1>Ministers meet in Baku</h1>" +
        "<p>BAKU, April 2 -- The foreign ministers of Azerbaijan and Georgia met in Baku on Tuesday to discuss transit.</p>" +
        "<p>They agreed to expand rail links across the Caspian region, officials said after the talks.</p></article></body></html>";
      const html = await call<{ kind: string; articles: Article[] }>("POST", "/v1/parse", {
        raw: page,
        contentType: "text/html",
      });
      expect(html.status, html.text).toBe(200);
      expect(html.body.kind).toBe("html");
      expect(html.body.articles[0]?.text).toContain("rail links");
      const feed =
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>' +
        "<item><title>Leaders talk by phone</title><link>https://wire.example/1</link><pubDate>Tue, 02 Apr 2024 10:00:00 GMT</pubDate>" +
        "<description>The presidents of Kazakhstan and Turkey held a phone call on Tuesday to discuss trade.</description></item>" +
        "<item><title>Envoys meet</title><link>https://wire.example/2</link><pubDate>Wed, 03 Apr 2024 10:00:00 GMT</pubDate>" +
        "<description>Envoys of Japan and Mongolia met in Ulaanbaatar on Wednesday to discuss mining investment.</description></item>" +
        "</channel></rss>";
      const parsed = await call<{ kind: string; articles: Article[]; errors: unknown[] }>("POST", "/v1/parse", {
        json: { input: feed },
      });
      expect(parsed.status, parsed.text).toBe(200);
      expect(parsed.body.kind).toBe("feed");
      expect(parsed.body.articles.length + parsed.body.errors.length).toBe(2);
    });

    it("lists, filters, pages and gets articles; 400 for a bad cursor, 404 for an unknown id", async () => {
      const all = await call<PageReply<{ id: string }>>("GET", "/v1/articles?limit=500");
      expect(all.body.items.map((a) => a.id)).toEqual(expect.arrayContaining([kzcn.id, kzuz.id, cnus.id]));
      const cn = await call<PageReply<{ id: string }>>("GET", "/v1/articles?country=CN");
      expect(cn.body.items.map((a) => a.id)).toEqual([kzcn.id, cnus.id]);
      const ids: string[] = [];
      let cursor: string | null = null;
      do {
        const page: Reply<PageReply<{ id: string }>> = await call(
          "GET",
          `/v1/articles?limit=1${cursor ? `&cursor=${cursor}` : ""}`,
        );
        ids.push(...page.body.items.map((a) => a.id));
        cursor = page.body.nextCursor;
      } while (cursor);
      expect(ids).toEqual(all.body.items.map((a) => a.id));
      expect((await call<Article>("GET", `/v1/articles/${kzuz.id}`)).body).toEqual(kzuz);
      expectError(await call("GET", "/v1/articles?cursor=%%%"), 400, "OPTIONS_INVALID");
      expectError(await call("GET", "/v1/articles?cursor=bm9wZQ"), 400, "OPTIONS_INVALID");
      expectError(await call("GET", "/v1/articles?from=yesterday"), 400, "REQUEST_INVALID");
      expectError(await call("GET", "/v1/articles/ffffffffffffffffffffffffffffffff"), 404, "NOT_FOUND");
    });

    it("lists, filters, pages and gets events; 400 and 404", async () => {
      const kz = await call<PageReply<{ id: string; participants: { id: string }[] }>>(
        "GET",
        "/v1/events?country=KZ&limit=500",
      );
      expect(kz.body.items.map((e) => e.id)).toEqual(
        expect.arrayContaining([`${kzuz.id}-e1`, `${kzuz.id}-e2`, `${kzcn.id}-e1`, `${kzcn.id}-e2`]),
      );
      const filtered = await call<PageReply<{ id: string }>>(
        "GET",
        "/v1/events?country=KZ&actor=li-wen&type=meeting&from=2024-03-01&to=2024-03-31&text=Astana",
      );
      expect(filtered.body.items.map((e) => e.id)).toEqual([`${kzcn.id}-e1`]);
      const first = await call<PageReply<{ id: string }>>("GET", "/v1/events?country=KZ&limit=2");
      expect(first.body.items).toHaveLength(2);
      const next = await call<PageReply<{ id: string }>>(
        "GET",
        `/v1/events?country=KZ&limit=2&cursor=${first.body.nextCursor}`,
      );
      expect(next.body.items.map((e) => e.id)).not.toContain(first.body.items[0]?.id);
      const event = await call<{ type: string; articleId: string }>("GET", `/v1/events/${kzcn.id}-e2`);
      expect(event.body).toMatchObject({ type: "agreement", articleId: kzcn.id });
      expectError(await call("GET", "/v1/events?type=war"), 400, "REQUEST_INVALID");
      expectError(await call("GET", "/v1/events?limit=501"), 400, "REQUEST_INVALID");
      expectError(await call("GET", `/v1/events/${kzcn.id}-e9`), 404, "NOT_FOUND");
    });

    it("lists and gets actors with their events and quotes; 400 and 404", async () => {
      const actors = await call<PageReply<{ id: string; articleCount: number }>>("GET", "/v1/actors?text=bekov");
      expect(actors.body.items).toEqual([expect.objectContaining({ id: "aidar-bekov", articleCount: 2 })]);
      const paged = await call<PageReply<{ id: string }>>("GET", "/v1/actors?limit=1");
      expect(paged.body.nextCursor).not.toBeNull();
      const actor = await call<{ events: { id: string }[]; quotes: { text: string }[] }>(
        "GET",
        "/v1/actors/aidar-bekov",
      );
      expect(actor.body.events.map((e) => e.id)).toEqual([`${kzuz.id}-e1`, `${kzcn.id}-e1`, `${kzcn.id}-e2`]);
      expect(actor.body.quotes.map((q) => q.text)).toEqual(["Our partnership grows stronger every year"]);
      expectError(await call("GET", "/v1/actors?kind=robot"), 400, "REQUEST_INVALID");
      expectError(await call("GET", "/v1/actors/no-such-person"), 404, "NOT_FOUND");
    });

    it("lists countries and a country's relations; 400 and 404", async () => {
      const countries = await call<PageReply<{ code: string }>>("GET", "/v1/countries?limit=500");
      expect(countries.body.items.map((c) => c.code)).toEqual(expect.arrayContaining(["CN", "KZ", "RU", "US", "UZ"]));
      const relations = await call<{
        country: { code: string };
        items: { counterpart: string; meanGoldstein: number }[];
      }>("GET", "/v1/countries/KZ/relations");
      expect(relations.body.country.code).toBe("KZ");
      const cn = relations.body.items.find((r) => r.counterpart === "CN");
      expect(cn).toMatchObject({ meanGoldstein: 5, relationshipLevel: "comprehensive strategic partnership" });
      const paged = await call<{ items: unknown[]; nextCursor: string | null }>(
        "GET",
        "/v1/countries/KZ/relations?limit=1",
      );
      expect(paged.body.items).toHaveLength(1);
      expect(paged.body.nextCursor).not.toBeNull();
      expectError(await call("GET", "/v1/countries?limit=0"), 400, "REQUEST_INVALID");
      expectError(await call("GET", "/v1/countries/kz/relations"), 400, "REQUEST_INVALID");
      expectError(await call("GET", "/v1/countries/ZZ/relations"), 404, "NOT_FOUND");
    });

    it("serves the web UI at / with a fallback to index.html, and JSON 404s under /v1", async () => {
      const unknown = await call("GET", "/v1/no-such-route");
      expectError(unknown, 404, "ROUTE_NOT_FOUND");
      const root = await call("GET", "/");
      const app = await call("GET", "/explore/countries/KZ");
      if (existsSync(join(API_DIST, "web", "index.html"))) {
        expect(root.status).toBe(200);
        expect(root.headers.get("content-type")).toContain("text/html");
        expect(app.text).toBe(root.text);
        expect((await call("GET", "/no-such-file.js")).status).toBe(404);
      } else {
        expect(root.status).toBe(404);
      }
    });

    it.runIf(backend.name === "postgres")("answers 503 on /health when the database is gone", async () => {
      await database.dispose();
      expectError(await call("GET", "/health"), 503, "STORE_UNAVAILABLE");
    });

    it("exercised every documented status of every route", () => {
      const skipped = (entry: string) =>
        entry.endsWith(" 500") || (backend.name === "sqlite" && entry.endsWith(" 503"));
      const missing = validator.documented().filter((entry) => !skipped(entry) && !seen.has(entry));
      expect(missing).toEqual([]);
    });
  });
}
