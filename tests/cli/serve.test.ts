import { once } from "node:events";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { MEETING, makeArticle } from "./fixtures/articles.js";
import { makeTempDir, readNdjson, runCli, spawnCli, writeFiles } from "./helpers.js";

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = makeTempDir()));
afterEach(() => cleanup());

/** Resolves with the first line the child prints on stdout that matches `pattern`. */
function waitForLine(child: ReturnType<typeof spawnCli>, pattern: RegExp): Promise<string> {
  return new Promise((resolve, reject) => {
    let seen = "";
    let errors = "";
    child.stderr!.setEncoding("utf8").on("data", (chunk: string) => (errors += chunk));
    child.stdout!.setEncoding("utf8").on("data", (chunk: string) => {
      seen += chunk;
      const line = seen.split("\n").find((l) => pattern.test(l));
      if (line) resolve(line.trim());
    });
    child.on("close", (code) => reject(new Error(`exited with ${code} before printing ${pattern}: ${seen}${errors}`)));
  });
}

describe("diplomacy serve", () => {
  it("serves the API over the database, prints the URL and stops cleanly on SIGINT", async () => {
    const db = join(dir, "served.db");
    const [file] = writeFiles(dir, { "a.txt": MEETING });
    expect((await runCli(["ingest", "--db", db, file!])).code).toBe(0);
    const child = spawnCli(["serve", "--db", db, "--port", "0", "--quiet"]);
    try {
      const url = await waitForLine(child, /^http:\/\/127\.0\.0\.1:\d+$/);
      const health = await fetch(`${url}/health`);
      expect(health.status).toBe(200);
      const articles = (await (await fetch(`${url}/v1/articles`)).json()) as { items: { headline: string }[] };
      expect(articles.items.map((a) => a.headline)).toEqual(["Chilean, Indonesian foreign ministers meet in Jakarta"]);
    } finally {
      child.kill("SIGINT");
    }
    const [code] = await once(child, "close");
    expect(code).toBe(0);
  });

  it("ingests the bundled samples with --ingest-samples into the default database", async () => {
    const child = spawnCli(["serve", "--port", "0", "--ingest-samples"], { cwd: dir });
    try {
      const url = await waitForLine(child, /^http:\/\//);
      const page = (await (await fetch(`${url}/v1/articles?limit=100`)).json()) as { items: unknown[] };
      expect(page.items.length).toBeGreaterThanOrEqual(5);
    } finally {
      child.kill("SIGINT");
    }
    await once(child, "close");
    const listed = await runCli(["query", "articles", "--format", "ndjson", "--limit", "100"], { cwd: dir });
    expect(readNdjson(listed.stdout).length).toBeGreaterThanOrEqual(5);
  });

  it("refuses a port out of range with exit 2", async () => {
    const result = await runCli(["serve", "--port", "70000"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("for --port");
  });
});

describe("Ctrl-C during ingest", () => {
  it("exits 130 and keeps every committed batch whole, in input order", async () => {
    const corpus = join(dir, "corpus");
    mkdirSync(corpus);
    const names = Array.from({ length: 1500 }, (_, i) => `${String(i).padStart(4, "0")}.txt`);
    writeFiles(corpus, Object.fromEntries(names.map((name, i) => [name, makeArticle(i)])));
    const db = join(dir, "interrupted.db");
    const child = spawnCli(["ingest", "--db", db, "--batch-size", "10", "--format", "json", corpus]);
    let stdout = "";
    child.stdout!.setEncoding("utf8").on("data", (d: string) => (stdout += d));
    child.stdin!.end();
    setTimeout(() => child.kill("SIGINT"), 2500);
    const [code] = await once(child, "close");
    expect(code).toBe(130);
    const summary = JSON.parse(stdout) as { inserted: number; interrupted: boolean };
    expect(summary.interrupted).toBe(true);
    const listed = await runCli(["query", "articles", "--db", db, "--format", "ndjson", "--limit", "2000"]);
    const stored = readNdjson(listed.stdout).length;
    expect(stored).toBe(summary.inserted);
    expect(stored).toBeLessThan(1500);
    const firstFiles = names.slice(0, Math.min(stored, 20)).map((name) => join(corpus, name));
    if (firstFiles.length > 0) {
      const again = await runCli(["ingest", "--db", db, "--format", "json", ...firstFiles]);
      expect(JSON.parse(again.stdout)).toMatchObject({ inserted: 0, duplicates: firstFiles.length });
    }
  });
});
