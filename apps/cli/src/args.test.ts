import { z } from "zod";
import { describe, expect, it } from "vitest";
import { type CommandSpec, parseCommand, renderHelp, toCamelCase, toKebabCase } from "./args.js";
import { UsageError } from "./errors.js";

const spec: CommandSpec = {
  name: "demo",
  summary: "A demo command.",
  usage: "diplomacy demo [options] [files]",
  positionals: true,
  flags: {
    format: { type: "string", short: "f", allowed: ["json", "csv"], description: "Output format." },
    limit: { type: "string", placeholder: "N", description: "At most N rows." },
    "published-at": { type: "string", placeholder: "DATE", description: "Publication date." },
    quiet: { type: "boolean", description: "No progress." },
  },
  schema: z.object({
    format: z.enum(["json", "csv"]).default("json"),
    limit: z.coerce.number().int().min(1).default(10),
    publishedAt: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/)
      .optional(),
    quiet: z.boolean().default(false),
  }),
  examples: ["diplomacy demo a.txt"],
};

function usageMessage(argv: string[]): string {
  try {
    parseCommand(spec, argv);
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError);
    return (error as UsageError).message;
  }
  throw new Error("expected a usage error");
}

describe("parseCommand", () => {
  it("validates flags into camelCase values with defaults and keeps positionals", () => {
    const parsed = parseCommand(spec, ["-f", "csv", "--published-at", "2024-05-01", "a.txt", "b.txt"]);
    expect(parsed).toEqual({
      flags: { format: "csv", limit: 10, publishedAt: "2024-05-01", quiet: false },
      positionals: ["a.txt", "b.txt"],
      help: false,
    });
  });

  it("coerces numbers", () => {
    expect(parseCommand(spec, ["--limit", "5"]).flags).toMatchObject({ limit: 5 });
  });

  it("reports --help without validating the other flags", () => {
    expect(parseCommand(spec, ["--format", "xml", "--help"]).help).toBe(true);
  });

  it("names an unknown flag and lists the accepted ones", () => {
    expect(usageMessage(["--colour"])).toBe(
      "unknown flag --colour; `diplomacy demo` accepts --format, --limit, --published-at, --quiet, --help",
    );
  });

  it("names the allowed values of a closed flag", () => {
    expect(usageMessage(["--format", "xml"])).toBe('invalid value "xml" for --format: expected one of json, csv');
  });

  it("says which flag misses its value", () => {
    expect(usageMessage(["--limit"])).toContain("--limit needs a value");
  });

  it("rejects a value given to a switch", () => {
    expect(usageMessage(["--quiet=yes"])).toBe("--quiet is a switch and takes no value");
  });

  it("explains a value the schema refuses", () => {
    expect(usageMessage(["--limit", "0"])).toMatch(/^invalid value "0" for --limit: /);
    expect(usageMessage(["--published-at", "yesterday"])).toMatch(/^invalid value "yesterday" for --published-at/);
  });

  it("refuses positionals when the command takes none", () => {
    expect(() => parseCommand({ ...spec, positionals: false }, ["x"])).toThrow(/takes flags only/);
  });
});

describe("renderHelp", () => {
  it("shows usage, each flag with its allowed values, and the examples", () => {
    const help = renderHelp(spec);
    expect(help).toContain("Usage: diplomacy demo [options] [files]");
    expect(help).toContain("-f, --format");
    expect(help).toContain("Output format. (json|csv)");
    expect(help).toContain("--published-at DATE");
    expect(help).toContain("-h, --help");
    expect(help).toContain("  diplomacy demo a.txt");
  });
});

describe("toCamelCase / toKebabCase", () => {
  it("round-trips flag names", () => {
    for (const name of ["published-at", "reference-date", "fail-fast", "format"]) {
      expect(toKebabCase(toCamelCase(name))).toBe(name);
    }
  });
});
