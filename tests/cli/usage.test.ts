import { describe, expect, it } from "vitest";
import { runCli } from "./helpers.js";

const COMMANDS = [
  ["parse"],
  ["ingest"],
  ["query", "events"],
  ["query", "articles"],
  ["query", "actors"],
  ["query", "countries"],
  ["export", "events"],
  ["export", "articles"],
  ["serve"],
  ["schema"],
];

describe("diplomacy (usage)", () => {
  it("prints the version with --version and exits 0", async () => {
    const result = await runCli(["--version"]);
    expect(result.code).toBe(0);
    expect(result.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });

  it("lists every command with --help", async () => {
    const result = await runCli(["--help"]);
    expect(result.code).toBe(0);
    for (const command of COMMANDS) expect(result.stdout).toContain(command.join(" "));
  });

  it("prints usage on stderr and exits 2 without a command", async () => {
    const result = await runCli([]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toContain("Usage: diplomacy <command>");
  });

  it.each(COMMANDS)("shows help with examples for `%s %s`", async (...command) => {
    const result = await runCli([...command.filter(Boolean), "--help"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`Usage: diplomacy ${command.join(" ")}`);
    expect(result.stdout).toContain("Examples:");
  });

  it("rejects an unknown command with exit 2 and the list of commands", async () => {
    const result = await runCli(["parsee"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('unknown command "parsee"');
    expect(result.stderr).toContain("parse");
  });

  it("rejects an unknown query target with exit 2", async () => {
    const result = await runCli(["query", "people"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("expected one of events, articles, actors, countries");
  });

  it("names the unknown flag and the accepted ones", async () => {
    const result = await runCli(["parse", "--colour"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("unknown flag --colour");
    expect(result.stderr).toContain("--format");
  });

  it("names the flag and the allowed values for a bad value", async () => {
    const result = await runCli(["parse", "--format", "xml"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('invalid value "xml" for --format: expected one of json, ndjson, csv, table');
  });

  it("says which flag is missing its value", async () => {
    const result = await runCli(["query", "events", "--limit"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("--limit needs a value");
  });

  it("validates numbers, dates and codes", async () => {
    const limit = await runCli(["query", "events", "--limit", "0"]);
    expect(limit.code).toBe(2);
    expect(limit.stderr).toContain("for --limit");
    const date = await runCli(["query", "events", "--from", "2024-13-45x"]);
    expect(date.code).toBe(2);
    expect(date.stderr).toContain("for --from");
    const type = await runCli(["query", "events", "--type", "brawl"]);
    expect(type.code).toBe(2);
    expect(type.stderr).toContain("expected one of meeting, phone_call");
    const order = await runCli(["query", "events", "--from", "2024-05-01", "--to", "2024-01-01"]);
    expect(order.code).toBe(2);
    expect(order.stderr).toContain("--from must not be after --to");
  });

  it("refuses positional arguments where a command takes none", async () => {
    const result = await runCli(["schema", "extra"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('unexpected argument "extra"');
  });

  it("prints the record's JSON Schema", async () => {
    const result = await runCli(["schema"]);
    expect(result.code).toBe(0);
    const schema = JSON.parse(result.stdout) as { properties: Record<string, unknown>; $schema?: string };
    expect(Object.keys(schema.properties)).toEqual(
      expect.arrayContaining(["id", "headline", "countries", "actors", "events", "quotes", "text"]),
    );
  });
});
