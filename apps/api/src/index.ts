import { Hono } from "hono";

export interface AppOptions {
  version?: string;
}

/**
 * Builds the HTTP app (not listening). Call `serve` from `@hono/node-server` or use `app.request()` in tests.
 *
 * @example
 * const app = createApp();
 * const res = await app.request("/health");
 */
export function createApp(_options: AppOptions = {}): Hono {
  const app = new Hono();
  app.get("/health", (c) => c.json({ status: "ok" }));
  return app;
}
