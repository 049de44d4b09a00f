import { existsSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { AGREEMENT, MEETING, PHONE_CALL, PROTEST } from "./fixtures/articles.js";
import { makeTempDir, readCsv, readNdjson, runCli, writeFiles } from "./helpers.js";

let dir: string;
let cleanup: () => void;
let db: string;
let inputs: string[];
beforeEach(() => {
  ({ dir, cleanup } = makeTempDir());
  db = join(dir, "corpus.db");
  inputs = writeFiles(dir, { "1.txt": MEETING, "2.txt": PHONE_CALL, "3.txt": PROTEST, "4.txt": AGREEMENT });
});
afterEach(() => cleanup());

async function ingestAll(): Promise<void> {
  const result = await runCli(["ingest", "--db", db, ...inputs]);
  expect(result.code).toBe(0);
}

describe("diplomacy ingest", () => {
  it("stores articles once, however often they are ingested", async () => {
    const first = await runCli(["ingest", "--db", db, ...inputs]);
    expect(first.code).toBe(0);
    expect(first.stdout.trim()).toBe("4 new, 0 already present, 0 failed");
    expect(existsSync(db)).toBe(true);
    const second = await runCli(["ingest", "--db", db, "--format", "json", dir]);
    expect(second.code).toBe(0);
    expect(JSON.parse(second.stdout)).toMatchObject({ inserted: 0, duplicates: 4, failed: 0, interrupted: false });
    const articles = await runCli(["query", "articles", "--db", db, "--format", "json"]);
    expect(JSON.parse(articles.stdout)).toHaveLength(4);
  });

  it("counts failed inputs, stores the rest and exits 1", async () => {
    const [empty] = writeFiles(dir, { "empty.txt": "" });
    const result = await runCli(["ingest", "--db", db, "--batch-size", "1", inputs[0]!, empty!, inputs[1]!]);
    expect(result.code).toBe(1);
    expect(result.stdout.trim()).toBe("2 new, 0 already present, 1 failed");
    expect(result.stderr).toContain(`${empty}: TEXT_EMPTY:`);
  });

  it("uses DIPLOMACY_DB when --db is not given, and ./diplomacy.db by default", async () => {
    const fromEnv = join(dir, "from-env.db");
    const withEnv = await runCli(["ingest", inputs[0]!], { env: { DIPLOMACY_DB: fromEnv } });
    expect(withEnv.code).toBe(0);
    expect(existsSync(fromEnv)).toBe(true);
    const byDefault = await runCli(["ingest", inputs[0]!], { cwd: dir });
    expect(byDefault.code).toBe(0);
    expect(existsSync(join(dir, "diplomacy.db"))).toBe(true);
  });

  it("lets --db win over DIPLOMACY_DB", async () => {
    const ignored = join(dir, "ignored.db");
    const result = await runCli(["ingest", "--db", db, inputs[0]!], { env: { DIPLOMACY_DB: ignored } });
    expect(result.code).toBe(0);
    expect(existsSync(db)).toBe(true);
    expect(existsSync(ignored)).toBe(false);
  });

  it("ingests NDJSON from standard input", async () => {
    const input = `${[MEETING, PROTEST].map((text) => JSON.stringify({ text, url: "https://example.org/x" })).join("\n")}\n`;
    const result = await runCli(["ingest", "--db", db, "-"], { input });
    expect(result.code).toBe(0);
    expect(result.stdout.trim()).toBe("2 new, 0 already present, 0 failed");
  });

  it("reports peak memory with --stats on stderr only", async () => {
    const result = await runCli(["ingest", "--db", db, "--stats", ...inputs]);
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/peak memory \d+ MB/);
    expect(result.stdout).not.toContain("peak memory");
  });

  it("refuses a bad --batch-size with exit 2", async () => {
    const result = await runCli(["ingest", "--db", db, "--batch-size", "lots", inputs[0]!]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("for --batch-size");
    expect(existsSync(db)).toBe(false);
  });

  it("exits 1 with a message when the database cannot be opened", async () => {
    const [file] = writeFiles(dir, { "plain-file": "x" });
    const result = await runCli(["ingest", "--db", join(file!, "sub", "x.db"), inputs[0]!]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("diplomacy ingest: cannot open the database");
  });
});

describe("diplomacy query", () => {
  beforeEach(ingestAll);

  it("lists articles in every format", async () => {
    const json = JSON.parse((await runCli(["query", "articles", "--db", db, "--format", "json"])).stdout);
    expect(json.map((a: { headline: string }) => a.headline).sort()).toEqual(
      [MEETING, PHONE_CALL, PROTEST, AGREEMENT].map((t) => t.split("\n")[0]).sort(),
    );
    const ndjson = readNdjson((await runCli(["query", "articles", "--db", db, "--format", "ndjson"])).stdout);
    expect(ndjson).toHaveLength(4);
    const csv = readCsv((await runCli(["query", "articles", "--db", db, "--format", "csv"])).stdout);
    expect(csv[0]).toContain("headline");
    expect(csv).toHaveLength(5);
    const table = (await runCli(["query", "articles", "--db", db, "--format", "table"])).stdout;
    expect(table.split("\n")[0]).toMatch(/^id\s+published_at\s+source\s+headline/);
    expect(table).toContain("Morocco and Portugal sign water management agreement");
  });

  it("writes NDJSON by default when stdout is not a terminal", async () => {
    const result = await runCli(["query", "articles", "--db", db]);
    expect(readNdjson(result.stdout)).toHaveLength(4);
  });

  it("honours --limit", async () => {
    const result = await runCli(["query", "articles", "--db", db, "--limit", "2", "--format", "json"]);
    expect(JSON.parse(result.stdout)).toHaveLength(2);
  });

  it("filters articles by country, case-insensitively", async () => {
    const result = await runCli(["query", "articles", "--db", db, "--country", "lt", "--format", "json"]);
    expect(result.code).toBe(0);
    const items = JSON.parse(result.stdout) as { countries: string[]; headline: string }[];
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) expect(item.countries).toContain("LT");
  });

  it("lists countries with counts", async () => {
    const result = await runCli(["query", "countries", "--db", db, "--format", "json"]);
    expect(result.code).toBe(0);
    const countries = JSON.parse(result.stdout) as { code: string; articleCount: number }[];
    expect(countries.map((c) => c.code)).toEqual(expect.arrayContaining(["CL", "ID", "NO", "GH"]));
    const one = JSON.parse(
      (await runCli(["query", "countries", "--db", db, "--country", "no", "--format", "json"])).stdout,
    );
    expect(one).toEqual([expect.objectContaining({ code: "NO", articleCount: 1 })]);
  });

  it("lists actors and events in json, csv and table", async () => {
    for (const target of ["actors", "events"]) {
      const json = await runCli(["query", target, "--db", db, "--format", "json"]);
      expect(json.code).toBe(0);
      expect(Array.isArray(JSON.parse(json.stdout))).toBe(true);
      const csv = await runCli(["query", target, "--db", db, "--format", "csv"]);
      expect(readCsv(csv.stdout)[0]![0]).toBe("id");
      const table = await runCli(["query", target, "--db", db, "--format", "table"]);
      expect(table.code).toBe(0);
    }
  });

  it("only returns events matching the filters", async () => {
    const result = await runCli([
      "query",
      "events",
      "--db",
      db,
      "--country",
      "NO",
      "--from",
      "2025-01-01",
      "--format",
      "json",
    ]);
    expect(result.code).toBe(0);
    const events = JSON.parse(result.stdout) as { countries: string[]; effectiveDate: string | null }[];
    for (const event of events) {
      expect(event.countries).toContain("NO");
      expect(event.effectiveDate! >= "2025-01-01").toBe(true);
    }
  });

  it("exits 1 when the database does not exist", async () => {
    const result = await runCli(["query", "events", "--db", join(dir, "none", "missing.db")]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("cannot open the database");
  });
});

describe("diplomacy export", () => {
  beforeEach(ingestAll);

  it("streams the events table as CSV with a GDELT-like header", async () => {
    const result = await runCli(["export", "events", "--db", db]);
    expect(result.code).toBe(0);
    const rows = readCsv(result.stdout);
    expect(rows[0]).toEqual(
      expect.arrayContaining([
        "event_id",
        "article_id",
        "date",
        "type",
        "cameo",
        "plover",
        "goldstein",
        "actor1_title",
        "evidence",
      ]),
    );
    expect(rows.slice(1).every((row) => row.length === rows[0]!.length)).toBe(true);
  });

  it("streams events as NDJSON with the same fields", async () => {
    const csv = readCsv((await runCli(["export", "events", "--db", db])).stdout);
    const ndjson = readNdjson((await runCli(["export", "events", "--db", db, "--format", "ndjson"])).stdout);
    expect(ndjson).toHaveLength(csv.length - 1);
    for (const row of ndjson) expect(Object.keys(row)).toEqual(expect.arrayContaining(["eventId", "cameo", "plover"]));
  });

  it("refuses table output for the events table", async () => {
    const result = await runCli(["export", "events", "--db", db, "--format", "table"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("expected one of csv, ndjson");
  });

  it("exports article records that ingest back into another database unchanged", async () => {
    const exported = await runCli(["export", "articles", "--db", db]);
    expect(exported.code).toBe(0);
    const records = readNdjson(exported.stdout);
    expect(records.map((r) => r.text).sort()).toEqual([MEETING, PHONE_CALL, PROTEST, AGREEMENT].sort());
    const copy = join(dir, "copy.db");
    const reingested = await runCli(["ingest", "--db", copy, "--format", "json", "-"], { input: exported.stdout });
    expect(JSON.parse(reingested.stdout)).toMatchObject({ inserted: 4, failed: 0 });
    const ids = (text: string) =>
      readNdjson(text)
        .map((r) => r.id)
        .sort();
    expect(ids((await runCli(["export", "articles", "--db", copy])).stdout)).toEqual(ids(exported.stdout));
  });
});

describe.runIf(process.env.DIPLOMACY_PG_URL)("diplomacy ingest and query on PostgreSQL", () => {
  it("stores articles once and finds them again", async () => {
    const url = process.env.DIPLOMACY_PG_URL!;
    const first = await runCli(["ingest", "--db", url, "--format", "json", ...inputs]);
    expect(first.code).toBe(0);
    expect(JSON.parse(first.stdout)).toMatchObject({ failed: 0 });
    const second = await runCli(["ingest", "--format", "json", ...inputs], { env: { DIPLOMACY_DB: url } });
    expect(JSON.parse(second.stdout)).toMatchObject({ inserted: 0, duplicates: 4 });
    const found = await runCli(["query", "articles", "--db", url, "--text", "Jakarta", "--format", "json"]);
    expect(JSON.parse(found.stdout).map((a: { headline: string }) => a.headline)).toContain(
      "Chilean, Indonesian foreign ministers meet in Jakarta",
    );
  });
});
