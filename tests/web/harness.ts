import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { parseArticle } from "@org/diplomacy-core";
import { type RunningServer, startServer } from "@org/diplomacy-api";
import { type DiplomacyStore, openStore } from "@org/diplomacy-store";
import { type BrowserContext, chromium } from "playwright-core";

/** Debian's Chromium; never Playwright's own download. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** The built web UI of @org/diplomacy-web. */
export function findWebDist(): string {
  const require = createRequire(import.meta.url);
  const dist = join(dirname(require.resolve("@org/diplomacy-web/package.json")), "dist");
  if (!existsSync(join(dist, "index.html")))
    throw new Error(`The web UI is not built (no ${dist}/index.html): run "pnpm turbo run build" first.`);
  return dist;
}

export interface Stack {
  dir: string;
  server: RunningServer;
  store: DiplomacyStore;
  context: BrowserContext;
  /** Ids of the stored articles, in input order. */
  ids: string[];
  close(): Promise<void>;
}

/**
 * Parses `articles` with the core, stores them in a fresh SQLite file, serves the API and the built web UI on
 * 127.0.0.1, and opens Chromium. `close()` undoes all of it, whatever failed half-way.
 */
export async function startStack(articles: readonly { name: string; text: string; url?: string }[]): Promise<Stack> {
  const dir = mkdtempSync(join(tmpdir(), "diplomacy-web-test-"));
  // Chromium's helpers may still be writing into the profile for a moment after close: retry the removal.
  const cleanups: (() => Promise<void> | void)[] = [
    () => rmSync(dir, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 }),
  ];
  const close = async () => {
    for (const cleanup of cleanups.reverse()) {
      try {
        await cleanup();
      } catch (error) {
        // Keep cleaning up the rest, but say what was left behind.
        process.stderr.write(`tests/web cleanup: ${(error as Error).message}\n`);
      }
    }
  };
  try {
    const staticDir = findWebDist();
    if (!existsSync(CHROMIUM_PATH))
      throw new Error(`No Chromium at ${CHROMIUM_PATH}: apt-get install -y chromium (.ci/run does it).`);
    const records = articles.map(({ name, text, url }) => {
      const result = parseArticle(url ? { text, url } : text);
      if (!result.success) throw new Error(`The core could not parse fixture ${name}: ${result.error.code}`);
      return result.data;
    });
    const store = await openStore(join(dir, "web-test.db"));
    cleanups.push(() => store.close());
    const { ids } = await store.ingest(records);
    const server = await startServer({ store, port: 0, host: "127.0.0.1", staticDir });
    cleanups.push(() => server.close());
    const context = await chromium.launchPersistentContext(mkdtempSync(join(dir, "profile-")), {
      executablePath: CHROMIUM_PATH,
      args: CHROMIUM_ARGS,
      viewport: { width: 1400, height: 1000 },
      acceptDownloads: true,
    });
    cleanups.push(() => context.close());
    return { dir, server, store, context, ids, close };
  } catch (error) {
    await close();
    throw error;
  }
}
