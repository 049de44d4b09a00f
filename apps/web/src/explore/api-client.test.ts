import { describe, expect, it } from "vitest";
import { z } from "zod";
import { ApiError, type Fetch, apiPaths, getAllPages, getJson, loadResource } from "./api-client.js";
import { definePageSchema } from "./api-schemas.js";

const respond =
  (status: number, body: unknown): Fetch =>
  async () =>
    new Response(typeof body === "string" ? body : JSON.stringify(body), { status, statusText: "Status" });

const NumberPage = definePageSchema(z.number());

describe("getJson", () => {
  it("returns the validated body", async () => {
    const data = await getJson("/x", NumberPage, { fetch: respond(200, { items: [1, 2], nextCursor: null }) });
    expect(data).toEqual({ items: [1, 2], nextCursor: null });
  });

  it("turns the API's error body into an ApiError with its code", async () => {
    const fetch = respond(404, { error: { code: "NOT_FOUND", message: "No article abc." } });
    await expect(getJson("/x", NumberPage, { fetch })).rejects.toMatchObject({
      name: "ApiError",
      code: "NOT_FOUND",
      message: "No article abc.",
      status: 404,
    });
  });

  it("names the status when the error body is not the API's", async () => {
    await expect(getJson("/x", NumberPage, { fetch: respond(502, "<html>bad gateway</html>") })).rejects.toMatchObject({
      code: "HTTP_502",
      status: 502,
    });
  });

  it("rejects a body of the wrong shape", async () => {
    await expect(getJson("/x", NumberPage, { fetch: respond(200, { items: "no" }) })).rejects.toMatchObject({
      code: "RESPONSE_INVALID",
    });
  });

  it("reports an unreachable server", async () => {
    const fetch: Fetch = async () => {
      throw new TypeError("Failed to fetch");
    };
    const error = await getJson("/x", NumberPage, { fetch }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ code: "NETWORK", status: 0 });
  });
});

describe("getAllPages", () => {
  const pages: Record<string, unknown> = {
    "/p": { items: [1, 2], nextCursor: "c2" },
    "/p?cursor=c2": { items: [3, 4], nextCursor: "c3" },
    "/p?cursor=c3": { items: [5], nextCursor: null },
  };
  const fetch: Fetch = async (path) => new Response(JSON.stringify(pages[path]), { status: 200 });
  const pathOf = (cursor?: string) => (cursor ? `/p?cursor=${cursor}` : "/p");
  const load = (f: Fetch) => (path: string) => getJson(path, NumberPage, { fetch: f });

  it("follows cursors to the end", async () => {
    expect(await getAllPages(pathOf, load(fetch), 100)).toEqual({ items: [1, 2, 3, 4, 5], complete: true });
  });

  it("stops at the cap and says the set is incomplete", async () => {
    expect(await getAllPages(pathOf, load(fetch), 3)).toEqual({ items: [1, 2, 3], complete: false });
  });

  it("stops when a cursor repeats instead of looping", async () => {
    const loop: Fetch = async () => new Response(JSON.stringify({ items: [1], nextCursor: "same" }), { status: 200 });
    expect(await getAllPages(pathOf, load(loop), 100)).toEqual({ items: [1, 1], complete: false });
  });
});

describe("apiPaths", () => {
  it("passes the event filters, cursor and limit as a query string", () => {
    expect(apiPaths.events({ country: "CN", type: "visit", text: "gas pipeline" }, "abc", 10)).toBe(
      "/v1/events?country=CN&type=visit&text=gas+pipeline&cursor=abc&limit=10",
    );
  });

  it("sends articles only the filters the articles route knows", () => {
    expect(apiPaths.articles({ actor: "Wang", type: "visit", from: "2024-01-01" })).toBe(
      "/v1/articles?from=2024-01-01&limit=25",
    );
  });

  it("encodes ids in paths", () => {
    expect(apiPaths.actor("a/b c")).toBe("/v1/actors/a%2Fb%20c");
    expect(apiPaths.relations("CN")).toBe("/v1/countries/CN/relations?limit=100");
  });
});

describe("loadResource", () => {
  it("validates with the named schema, filling the defaults", async () => {
    const fetch = respond(200, { items: [{ code: "KZ", name: "Kazakhstan" }], nextCursor: null });
    await expect(loadResource("/v1/countries", "countriesPage", { fetch })).resolves.toEqual({
      items: [{ code: "KZ", name: "Kazakhstan", articleCount: 0, eventCount: 0 }],
      nextCursor: null,
    });
  });

  it("rejects a body that does not match the named schema", async () => {
    const fetch = respond(200, { items: [{ code: "not a code", name: 3 }], nextCursor: null });
    await expect(loadResource("/v1/countries", "countriesPage", { fetch })).rejects.toMatchObject({
      code: "RESPONSE_INVALID",
    });
  });
});
