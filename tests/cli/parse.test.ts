import { once } from "node:events";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { AGREEMENT, HTML_PAGE, MEETING, PHONE_CALL, PROTEST, RSS_FEED, makeArticle } from "./fixtures/articles.js";
import { makeTempDir, readCsv, readNdjson, runCli, spawnCli, writeFiles } from "./helpers.js";

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = makeTempDir()));
afterEach(() => cleanup());

const headlineOf = (record: Record<string, unknown>) => record.headline as string;

describe("diplomacy parse", () => {
  it("prints one record as a JSON object for one file", async () => {
    const [file] = writeFiles(dir, { "meeting.txt": MEETING });
    const result = await runCli(["parse", file!]);
    expect(result.code).toBe(0);
    const record = JSON.parse(result.stdout) as Record<string, unknown>;
    expect(record.headline).toBe("Chilean, Indonesian foreign ministers meet in Jakarta");
    expect(record.text).toBe(MEETING);
    expect(result.stderr).toBe("");
  });

  it("prints a JSON array in input order for several files", async () => {
    const files = writeFiles(dir, { "b.txt": PHONE_CALL, "a.txt": MEETING, "c.txt": PROTEST });
    const result = await runCli(["parse", "--format", "json", ...files]);
    expect(result.code).toBe(0);
    const records = JSON.parse(result.stdout) as Record<string, unknown>[];
    expect(records.map(headlineOf)).toEqual([PHONE_CALL, MEETING, PROTEST].map((t) => t.split("\n")[0]));
  });

  it("keeps input order in NDJSON across the worker pool", async () => {
    const names = Array.from({ length: 40 }, (_, i) => `article-${String(39 - i).padStart(2, "0")}.txt`);
    const files = writeFiles(dir, Object.fromEntries(names.map((name, i) => [name, makeArticle(i)])));
    const result = await runCli(["parse", "--format", "ndjson", "--jobs", "2", ...files]);
    expect(result.code).toBe(0);
    const records = readNdjson(result.stdout);
    expect(records).toHaveLength(40);
    expect(records.map((record) => headlineOf(record).replace(/.*round /, ""))).toEqual(names.map((_, i) => String(i)));
  });

  it("walks folders in sorted order and expands globs", async () => {
    writeFiles(dir, { "2.txt": PHONE_CALL, "1.txt": MEETING, "notes.pdf": "%PDF-1.4", ".hidden.txt": PROTEST });
    const folder = await runCli(["parse", "--format", "ndjson", dir]);
    expect(folder.code).toBe(0);
    expect(readNdjson(folder.stdout).map(headlineOf)).toEqual([MEETING, PHONE_CALL].map((t) => t.split("\n")[0]));
    const glob = await runCli(["parse", "--format", "ndjson", "2*.txt"], { cwd: dir });
    expect(readNdjson(glob.stdout).map(headlineOf)).toEqual([PHONE_CALL.split("\n")[0]]);
  });

  it("reads standard input with -", async () => {
    const result = await runCli(["parse", "--format", "ndjson", "-"], { input: AGREEMENT });
    expect(result.code).toBe(0);
    expect(readNdjson(result.stdout)[0]!.text).toBe(AGREEMENT);
  });

  it("reads standard input when no input is named", async () => {
    const result = await runCli(["parse"], { input: PROTEST });
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).text).toBe(PROTEST);
  });

  it("applies --published-at, --url and --source to the input", async () => {
    const result = await runCli(
      ["parse", "--published-at", "2024-05-22", "--url", "https://example.org/a", "--source", "Example Wire", "-"],
      { input: MEETING },
    );
    expect(result.code).toBe(0);
    const record = JSON.parse(result.stdout);
    expect(record).toMatchObject({ publishedAt: "2024-05-22", url: "https://example.org/a" });
  });

  it("refuses a malformed --published-at and --url with exit 2", async () => {
    const date = await runCli(["parse", "--published-at", "last week", "-"], { input: MEETING });
    expect(date.code).toBe(2);
    expect(date.stderr).toContain('invalid value "last week" for --published-at');
    const url = await runCli(["parse", "--url", "not a url", "-"], { input: MEETING });
    expect(url.code).toBe(2);
    expect(url.stderr).toContain("for --url");
  });

  it("writes CSV with a header and one row per article", async () => {
    const files = writeFiles(dir, { "a.txt": MEETING, "b.txt": AGREEMENT });
    const result = await runCli(["parse", "--format", "csv", ...files]);
    expect(result.code).toBe(0);
    const rows = readCsv(result.stdout);
    expect(rows[0]!.slice(0, 3)).toEqual(["file", "id", "headline"]);
    expect(rows).toHaveLength(3);
    expect(rows[1]![2]).toBe("Chilean, Indonesian foreign ministers meet in Jakarta");
    expect(rows.every((row) => row.length === rows[0]!.length)).toBe(true);
  });

  it("writes a readable table, coloured only when asked and never with NO_COLOR", async () => {
    const [file] = writeFiles(dir, { "a.txt": MEETING });
    const plain = await runCli(["parse", "--format", "table", file!]);
    expect(plain.code).toBe(0);
    expect(plain.stdout).toContain("Headline");
    expect(plain.stdout).toContain("Chilean, Indonesian foreign ministers meet in Jakarta");
    expect(plain.stdout).not.toContain("\x1b[");
    const forced = await runCli(["parse", "--format", "table", file!], { env: { FORCE_COLOR: "1" } });
    expect(forced.stdout).toContain("\x1b[");
    const noColor = await runCli(["parse", "--format", "table", file!], { env: { FORCE_COLOR: "1", NO_COLOR: "1" } });
    expect(noColor.stdout).not.toContain("\x1b[");
  });

  it("reads NDJSON line by line, one record per line", async () => {
    const lines = [
      JSON.stringify({ text: MEETING, url: "https://example.org/1", publishedAt: "2024-05-21" }),
      "",
      JSON.stringify({ text: PHONE_CALL }),
    ];
    const [file] = writeFiles(dir, { "batch.ndjson": `${lines.join("\n")}\n` });
    const result = await runCli(["parse", "--format", "ndjson", file!]);
    expect(result.code).toBe(0);
    const records = readNdjson(result.stdout);
    expect(records.map(headlineOf)).toEqual([MEETING, PHONE_CALL].map((t) => t.split("\n")[0]));
    expect(records[0]!.url).toBe("https://example.org/1");
  });

  it("reports a bad NDJSON line with its line number and carries on", async () => {
    const [file] = writeFiles(dir, { "batch.jsonl": `{"text": 42}\n${JSON.stringify({ text: PROTEST })}\n` });
    const result = await runCli(["parse", "--format", "ndjson", file!]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`${file}:1: NDJSON_LINE_INVALID`);
    const records = readNdjson(result.stdout);
    expect(records[0]).toMatchObject({ error: { code: "NDJSON_LINE_INVALID" }, file: `${file}:1` });
    expect(records[1]!.text).toBe(PROTEST);
  });

  it("recognises HTML pages and reads the article out of them", async () => {
    const [file] = writeFiles(dir, { "page.html": HTML_PAGE });
    const result = await runCli(["parse", file!]);
    expect(result.code).toBe(0);
    const record = JSON.parse(result.stdout);
    expect(record.headline).toBe("Thailand and Kenya agree to expand rice trade");
    expect(record.text).not.toContain("<p>");
    expect(record.text).not.toContain("All rights reserved");
  });

  it("parses every item of a feed, in order, from a file or from standard input", async () => {
    const [file] = writeFiles(dir, { "world.xml": RSS_FEED });
    const fromFile = await runCli(["parse", "--format", "ndjson", file!]);
    expect(fromFile.code).toBe(0);
    const records = readNdjson(fromFile.stdout);
    expect(records.map(headlineOf)).toEqual([
      "Finland and Senegal open talks on renewable energy",
      "Greece, Vietnam leaders hold phone call",
    ]);
    expect(records[0]!.url).toBe("https://example.org/world/finland-senegal");
    const fromStdin = await runCli(["parse", "--input", "feed", "--format", "csv", "-"], { input: RSS_FEED });
    expect(fromStdin.code).toBe(0);
    expect(readCsv(fromStdin.stdout).map((row) => row[0])).toEqual(["file", "-#1", "-#2"]);
  });

  it("reports a broken feed as FEED_INVALID", async () => {
    const [file] = writeFiles(dir, { "broken.rss": "<rss><channel><item><title>Cut" });
    const result = await runCli(["parse", "--format", "ndjson", file!]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/broken\.rss: FEED_(INVALID|EMPTY):/);
  });

  it("treats a page as text when forced with --input text", async () => {
    const [file] = writeFiles(dir, { "page.html": HTML_PAGE });
    const result = await runCli(["parse", "--input", "text", file!]);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).text).toBe(HTML_PAGE);
  });

  it("keeps going past bad inputs, reports each with file and code, and exits 1", async () => {
    const [empty, good] = writeFiles(dir, { "empty.txt": "   \n", "good.txt": MEETING });
    const missing = join(dir, "missing.txt");
    const result = await runCli(["parse", "--format", "ndjson", empty!, missing, good!]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`${empty}: TEXT_EMPTY:`);
    expect(result.stderr).toContain(`${missing}: FILE_NOT_FOUND:`);
    const records = readNdjson(result.stdout);
    expect(records).toHaveLength(3);
    expect(records[0]).toMatchObject({ error: { code: "TEXT_EMPTY" }, file: empty });
    expect(records[1]).toMatchObject({ error: { code: "FILE_NOT_FOUND" }, file: missing });
    expect(records[2]!.text).toBe(MEETING);
  });

  it("leaves failures out of CSV but still reports them on stderr", async () => {
    const [empty, good] = writeFiles(dir, { "empty.txt": "", "good.txt": MEETING });
    const result = await runCli(["parse", "--format", "csv", empty!, good!]);
    expect(result.code).toBe(1);
    expect(readCsv(result.stdout)).toHaveLength(2);
    expect(result.stderr).toContain("TEXT_EMPTY");
  });

  it("stops at the first failure with --fail-fast", async () => {
    const files = writeFiles(dir, { "1.txt": "", "2.txt": MEETING, "3.txt": PHONE_CALL });
    const result = await runCli(["parse", "--format", "ndjson", "--fail-fast", ...files]);
    expect(result.code).toBe(1);
    expect(readNdjson(result.stdout)).toHaveLength(1);
  });

  it("writes no progress when stderr is not a terminal", async () => {
    const files = writeFiles(
      dir,
      Object.fromEntries(Array.from({ length: 5 }, (_, i) => [`${i}.txt`, makeArticle(i)])),
    );
    const result = await runCli(["parse", "--format", "ndjson", ...files]);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe("");
  });

  it("reports lines that are not JSON when --input ndjson is forced", async () => {
    writeFileSync(join(dir, "x.ndjson"), "not json\n");
    const result = await runCli(["parse", "--input", "ndjson", "--format", "ndjson", join(dir, "x.ndjson")]);
    expect(result.code).toBe(1);
    expect(readNdjson(result.stdout)[0]).toMatchObject({ error: { code: "NDJSON_LINE_INVALID" } });
  });

  it("ends quietly with exit 0 when the reader stops early, like `| head -1`", async () => {
    const files = writeFiles(
      dir,
      Object.fromEntries(Array.from({ length: 60 }, (_, i) => [`${i}.txt`, makeArticle(i)])),
    );
    const child = spawnCli(["parse", "--format", "ndjson", ...files]);
    let stderr = "";
    child.stderr!.setEncoding("utf8").on("data", (d: string) => (stderr += d));
    child.stdout!.once("data", () => child.stdout!.destroy());
    child.stdin!.end();
    const [code] = await once(child, "close");
    expect(code).toBe(0);
    expect(stderr).not.toContain("unexpected failure");
  });
});
