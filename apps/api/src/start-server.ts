import { existsSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { fileURLToPath } from "node:url";
import { serve } from "@hono/node-server";
import { type DiplomacyStore, openStore } from "@org/diplomacy-store";
import { createApp } from "./app.js";

/**
 * The built web UI shipped beside this module (`dist/web`), or null when the package was built without it.
 *
 * @example
 * defaultStaticDir() // "/…/node_modules/@org/diplomacy-api/dist/web"
 */
export function defaultStaticDir(): string | null {
  const dir = fileURLToPath(new URL("./web", import.meta.url));
  return existsSync(`${dir}/index.html`) ? dir : null;
}

export interface StartServerOptions {
  /** An open store; the caller keeps ownership and closes it. */
  store?: DiplomacyStore;
  /** Or a location for `openStore` (SQLite path, ":memory:", postgres:// URL); the server closes it. */
  db?: string;
  /** 0 picks a free port. Default 8787. */
  port?: number;
  /** Default 127.0.0.1: the API is local unless asked otherwise. */
  host?: string;
  apiKeys?: readonly string[];
  bodyLimit?: number;
  /** Folder of the built web UI; default `defaultStaticDir()`; null serves none. */
  staticDir?: string | null;
}

export interface RunningServer {
  /** e.g. "http://127.0.0.1:8787" */
  url: string;
  port: number;
  host: string;
  store: DiplomacyStore;
  /** Stops listening, then closes the store if the server opened it. */
  close(): Promise<void>;
}

/**
 * Opens the store if needed and serves the API (and the web UI) on `host:port`.
 *
 * @example
 * const server = await startServer({ db: "./diplomacy.db", port: 8787, apiKeys: ["s3cret"] });
 * console.log(`listening on ${server.url}`);
 * await server.close();
 */
export async function startServer(options: StartServerOptions): Promise<RunningServer> {
  const owned = !options.store;
  const store = options.store ?? (await openStore(options.db ?? ":memory:"));
  const host = options.host ?? "127.0.0.1";
  const app = createApp({
    store,
    ...(options.apiKeys ? { apiKeys: options.apiKeys } : {}),
    ...(options.bodyLimit ? { bodyLimit: options.bodyLimit } : {}),
    staticDir: options.staticDir === undefined ? defaultStaticDir() : options.staticDir,
  });
  try {
    const server = await new Promise<ReturnType<typeof serve>>((resolvePromise, reject) => {
      const instance = serve({ fetch: app.fetch, port: options.port ?? 8787, hostname: host }, () =>
        resolvePromise(instance),
      );
      instance.once("error", reject);
    });
    const port = (server.address() as AddressInfo).port;
    const urlHost = host.includes(":") ? `[${host}]` : host;
    let closing: Promise<void> | null = null;
    return {
      url: `http://${urlHost}:${port}`,
      port,
      host,
      store,
      close() {
        closing ??= new Promise<void>((resolveClose) => {
          server.close(() => resolveClose());
          if ("closeAllConnections" in server) (server as { closeAllConnections(): void }).closeAllConnections();
        }).then(() => (owned ? store.close() : undefined));
        return closing;
      },
    };
  } catch (error) {
    if (owned) await store.close();
    throw error;
  }
}
