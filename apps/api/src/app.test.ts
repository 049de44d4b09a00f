import type { Article } from "@org/diplomacy-core";
import { type DiplomacyStore, openStore } from "@org/diplomacy-store";
import { makeSampleArticles } from "@org/diplomacy-store/testing";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createApp } from "./app.js";

const KEY = "test-key-123";
let store: DiplomacyStore;
let app: ReturnType<typeof createApp>;

const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
  app.request(path, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${KEY}`, ...headers },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });

beforeEach(async () => {
  store = await openStore(":memory:");
  app = createApp({ store, apiKeys: [KEY], bodyLimit: 64 * 1024, staticDir: null });
});
afterEach(async () => {
  await store.close();
});

describe("createApp", () => {
  it("answers /health with the store kind", async () => {
    const res = await app.request("/health");
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: "ok", store: "sqlite" });
  });

  it("stores articles with a key and reports duplicates on the second post", async () => {
    const articles = makeSampleArticles();
    const first = await post("/v1/articles", { articles });
    expect(first.status).toBe(201);
    expect(await first.json()).toMatchObject({ inserted: 3, duplicates: 0 });
    const again = await post("/v1/articles", articles[0]);
    expect(again.status).toBe(200);
    expect(await again.json()).toEqual({ inserted: 0, duplicates: 1, ids: [articles[0]?.id] });
  });

  it("parses plain inputs before storing them", async () => {
    const res = await post("/v1/articles", [
      { text: "Talks resumed in Astana on Monday between the two delegations." },
    ]);
    expect(res.status).toBe(201);
    const body = (await res.json()) as { ids: string[] };
    const stored = await app.request(`/v1/articles/${body.ids[0]}`);
    expect(stored.status).toBe(200);
  });

  it("finds the article in an HTML page sent for ingestion", async () => {
    const html =
      "<html><head><title>Envoys meet in Lima</title><meta property='article:published_time' content='2024-02-05'></head>" +
      "<body><nav>Home | World</nav><article><h1>Envoys meet in Lima</h1><p>The foreign ministers of Chile and Peru met " +
      "in Lima on Monday to discuss trade and border crossings.</p></article></body></html>";
    const res = await post("/v1/articles", { html, url: "https://news.example/lima" });
    expect(res.status).toBe(201);
    const { ids } = (await res.json()) as { ids: string[] };
    const stored = (await (await app.request(`/v1/articles/${ids[0]}`)).json()) as Article;
    expect(stored.url).toBe("https://news.example/lima");
    expect(stored.text).toContain("border crossings");
    expect(stored.text).not.toContain("Home | World");
    const notHtml = await post("/v1/articles", { html: "just words" });
    expect(notHtml.status).toBe(422);
    const mixed = await post("/v1/articles", { html, text: "both" });
    expect(mixed.status).toBe(400);
  });

  it("refuses writes without a key (401) and with a wrong key (403)", async () => {
    const articles = makeSampleArticles();
    const none = await app.request("/v1/articles", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(articles),
    });
    expect(none.status).toBe(401);
    expect(((await none.json()) as { error: { code: string } }).error.code).toBe("UNAUTHORIZED");
    const wrong = await post("/v1/articles", articles, { authorization: "Bearer nope" });
    expect(wrong.status).toBe(403);
    const viaHeader = await app.request("/v1/articles", {
      method: "POST",
      headers: { "content-type": "application/json", "x-api-key": KEY },
      body: JSON.stringify(articles),
    });
    expect(viaHeader.status).toBe(201);
  });

  it("refuses every write when no key is configured", async () => {
    const locked = createApp({ store, staticDir: null });
    const res = await locked.request("/v1/articles", {
      method: "POST",
      headers: { "content-type": "application/json", authorization: "Bearer anything" },
      body: "[]",
    });
    expect(res.status).toBe(403);
  });

  it("answers 400 with zod issues for an invalid body and query", async () => {
    const bad = await post("/v1/articles", { articles: [{ id: 5 }] });
    expect(bad.status).toBe(400);
    const body = (await bad.json()) as { error: { code: string; issues: unknown[] } };
    expect(body.error.code).toBe("REQUEST_INVALID");
    expect(body.error.issues.length).toBeGreaterThan(0);
    const query = await app.request("/v1/events?limit=0&type=party");
    expect(query.status).toBe(400);
    const malformed = await post("/v1/articles", "{not json");
    expect(malformed.status).toBe(400);
    const cursor = await app.request("/v1/events?cursor=garbage");
    expect(cursor.status).toBe(400);
  });

  it("answers 413 over the body limit and 415 for other media types", async () => {
    const big = await post("/v1/parse", { input: "x ".repeat(40_000) });
    expect(big.status).toBe(413);
    expect(((await big.json()) as { error: { code: string } }).error.code).toBe("BODY_TOO_LARGE");
    const streamed = await app.request("/v1/parse", {
      method: "POST",
      headers: { "content-type": "text/plain" },
      body: new ReadableStream({
        start(controller) {
          for (let i = 0; i < 20; i++) controller.enqueue(new TextEncoder().encode("y".repeat(8192)));
          controller.close();
        },
      }),
      duplex: "half",
    } as RequestInit);
    expect(streamed.status).toBe(413);
    const form = await app.request("/v1/articles", {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", authorization: `Bearer ${KEY}` },
      body: "a=1",
    });
    expect(form.status).toBe(415);
  });

  it("answers 404 for unknown ids and routes", async () => {
    for (const path of ["/v1/articles/nope", "/v1/events/nope", "/v1/actors/nope", "/v1/countries/ZZ/relations"]) {
      const res = await app.request(path);
      expect(res.status, path).toBe(404);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe("NOT_FOUND");
    }
    expect((await app.request("/v1/unknown")).status).toBe(404);
  });

  it("lists and pages events, filtered by country", async () => {
    await post("/v1/articles", makeSampleArticles());
    const first = (await (await app.request("/v1/events?country=KZ&limit=3")).json()) as {
      items: { id: string }[];
      nextCursor: string | null;
    };
    expect(first.items).toHaveLength(3);
    expect(first.nextCursor).not.toBeNull();
    const second = (await (await app.request(`/v1/events?country=KZ&limit=3&cursor=${first.nextCursor}`)).json()) as {
      items: { id: string }[];
      nextCursor: string | null;
    };
    expect(second.items).toHaveLength(1);
    expect(second.nextCursor).toBeNull();
  });

  it("answers a country's relations and an actor's page", async () => {
    await post("/v1/articles", makeSampleArticles());
    const relations = (await (await app.request("/v1/countries/KZ/relations")).json()) as {
      items: { counterpart: string; relationshipLevel: string | null }[];
    };
    expect(relations.items.map((r) => r.counterpart)).toEqual(["CN", "UZ"]);
    expect(relations.items[0]?.relationshipLevel).toBe("comprehensive strategic partnership");
    const actor = (await (await app.request("/v1/actors/aidar-bekov")).json()) as {
      events: unknown[];
      quotes: unknown[];
    };
    expect(actor.events).toHaveLength(3);
    expect(actor.quotes).toHaveLength(1);
  });

  it("parses text without storing it", async () => {
    const res = await post("/v1/parse", { input: "Leaders met in Tashkent on Tuesday to discuss water." });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { kind: string; articles: { text: string }[] };
    expect(body.kind).toBe("text");
    expect(body.articles[0]?.text).toContain("Tashkent");
    expect((await store.listArticles()).items).toHaveLength(0);
    const raw = await app.request("/v1/parse", {
      method: "POST",
      headers: { "content-type": "text/plain" },
      body: "Ministers met in Baku.",
    });
    expect(raw.status).toBe(200);
    const dated = await app.request("/v1/parse?publishedAt=2024-04-02&source=Wire", {
      method: "POST",
      headers: { "content-type": "text/plain" },
      body: "Ministers met in Baku.",
    });
    expect(((await dated.json()) as { articles: { publishedAt: string; source: string }[] }).articles[0]).toMatchObject(
      {
        publishedAt: "2024-04-02",
        source: "Wire",
      },
    );
    const badDate = await app.request("/v1/parse?referenceDate=yesterday", {
      method: "POST",
      headers: { "content-type": "text/plain" },
      body: "Ministers met in Baku.",
    });
    expect(badDate.status).toBe(400);
    const empty = await post("/v1/parse", { input: "   " });
    expect(empty.status).toBe(422);
  });

  it("parses a feed into one record per item", async () => {
    const feed =
      '<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>' +
      "<item><title>Envoys meet</title><description>Envoys of Japan and Mongolia met on Monday.</description></item>" +
      "<item><title>Talks held</title><description>Ministers of Chile and Peru held talks in Lima.</description></item>" +
      "</channel></rss>";
    const res = await app.request("/v1/parse", {
      method: "POST",
      headers: { "content-type": "application/rss+xml" },
      body: feed,
    });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { kind: string; articles: { source: string | null }[] };
    expect(body.kind).toBe("feed");
    expect(body.articles).toHaveLength(2);
    const broken = await post("/v1/parse", { input: "<rss><channel><item>", kind: "feed" });
    expect(broken.status).toBe(422);
  });

  it("serves an OpenAPI 3.1 document naming every route, and the docs page", async () => {
    const doc = (await (await app.request("/openapi.json")).json()) as {
      openapi: string;
      paths: Record<string, unknown>;
    };
    expect(doc.openapi).toBe("3.1.0");
    expect(Object.keys(doc.paths).sort()).toEqual([
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
    const docs = await app.request("/docs");
    expect(docs.headers.get("content-type")).toContain("text/html");
    const html = await docs.text();
    expect(html).toContain("/openapi.json");
    expect(html).not.toMatch(/<script[^>]+src=|<link[^>]+href="http/);
  });
});
