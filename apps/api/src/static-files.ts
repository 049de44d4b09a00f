import { existsSync, statSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { extname, join, normalize, resolve, sep } from "node:path";
import type { MiddlewareHandler } from "hono";

const MEDIA_TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".gif": "image/gif",
  ".ico": "image/x-icon",
  ".webp": "image/webp",
  ".woff": "font/woff",
  ".woff2": "font/woff2",
  ".txt": "text/plain; charset=utf-8",
  ".wasm": "application/wasm",
};

/**
 * The file under `root` a URL path names, or null when it escapes `root` or is not a file.
 *
 * @example
 * resolveStaticPath("/srv/web", "/assets/app.js") // "/srv/web/assets/app.js" when that file exists
 */
export function resolveStaticPath(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes("\0")) return null;
  const base = resolve(root);
  const candidate = resolve(base, `.${normalize(`/${decoded}`)}`);
  if (candidate !== base && !candidate.startsWith(base + sep)) return null;
  try {
    return statSync(candidate).isFile() ? candidate : null;
  } catch {
    return null;
  }
}

/**
 * Serves the files of a built single-page app: a file when the path names one, else index.html for paths that
 * look like app routes (no file extension), else falls through (404).
 *
 * @example
 * app.get("*", serveStaticFiles("dist/web"));
 */
export function serveStaticFiles(root: string): MiddlewareHandler {
  const index = join(root, "index.html");
  return async (c, next) => {
    const file = resolveStaticPath(root, c.req.path);
    const target = file ?? (extname(c.req.path) === "" && existsSync(index) ? index : null);
    if (!target) return next();
    const body = await readFile(target);
    const immutable = target.includes(`${sep}assets${sep}`);
    return c.body(new Uint8Array(body), 200, {
      "content-type": MEDIA_TYPES[extname(target).toLowerCase()] ?? "application/octet-stream",
      "cache-control": immutable ? "public, max-age=31536000, immutable" : "no-cache",
    });
  };
}
