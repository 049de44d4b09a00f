import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Hono } from "hono";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { resolveStaticPath, serveStaticFiles } from "./static-files.js";

let root: string;
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), "static-"));
  mkdirSync(join(root, "web", "assets"), { recursive: true });
  writeFileSync(join(root, "web", "index.html"), "<!doctype html><title>app</title>");
  writeFileSync(join(root, "web", "assets", "app.js"), "console.log(1)");
  writeFileSync(join(root, "secret.txt"), "do not serve");
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe("resolveStaticPath", () => {
  it("finds files under the root", () => {
    expect(resolveStaticPath(join(root, "web"), "/assets/app.js")).toBe(join(root, "web", "assets", "app.js"));
  });

  it("refuses paths that escape the root, folders and bad encodings", () => {
    expect(resolveStaticPath(join(root, "web"), "/../secret.txt")).toBeNull();
    expect(resolveStaticPath(join(root, "web"), "/%2e%2e/secret.txt")).toBeNull();
    expect(resolveStaticPath(join(root, "web"), "/assets")).toBeNull();
    expect(resolveStaticPath(join(root, "web"), "/%E0%A4%A")).toBeNull();
    expect(resolveStaticPath(join(root, "web"), "/a%00b")).toBeNull();
  });
});

describe("serveStaticFiles", () => {
  const app = () => {
    const hono = new Hono();
    hono.get("*", serveStaticFiles(join(root, "web")));
    return hono;
  };

  it("serves files with their media type and long caching for assets", async () => {
    const res = await app().request("/assets/app.js");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("text/javascript");
    expect(res.headers.get("cache-control")).toContain("immutable");
    expect(await res.text()).toBe("console.log(1)");
  });

  it("falls back to index.html for app routes but not for missing files", async () => {
    const route = await app().request("/explore/countries/KZ");
    expect(route.status).toBe(200);
    expect(await route.text()).toContain("<title>app</title>");
    expect((await app().request("/missing.js")).status).toBe(404);
    expect((await app().request("/../secret.txt")).status).not.toBe(200);
  });
});
