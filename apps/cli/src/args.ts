import { parseArgs } from "node:util";
import type { z } from "zod";
import { UsageError } from "./errors.js";

/** One flag of a command, as shown in its help and handed to `node:util` parseArgs. */
export interface FlagSpec {
  type: "string" | "boolean";
  short?: string;
  description: string;
  /** Shown after the flag in help, e.g. "PATH". */
  placeholder?: string;
  /** Closed set of values, listed in help and in error messages. */
  allowed?: readonly string[];
  multiple?: boolean;
}

/** What a command declares: its flags (kebab-case), the zod schema that validates them, and its help. */
export interface CommandSpec<S extends z.ZodType = z.ZodType> {
  /** e.g. "parse" or "query events". */
  name: string;
  summary: string;
  usage: string;
  flags: Record<string, FlagSpec>;
  /** Validates the flags after their names are turned to camelCase (`--published-at` → `publishedAt`). */
  schema: S;
  /** Whether positional arguments are accepted. */
  positionals: boolean;
  examples: string[];
  description?: string;
}

export interface ParsedCommand<T> {
  flags: T;
  positionals: string[];
  help: boolean;
}

const HELP_FLAG: FlagSpec = { type: "boolean", short: "h", description: "Show this help and exit." };

/**
 * Parses and validates a command's arguments. Unknown flags, missing values and values the schema refuses throw a
 * {@link UsageError} whose message names the flag and what is allowed.
 *
 * @example
 * parseCommand(parseSpec, ["--format", "ndjson", "a.txt"]).flags.format; // "ndjson"
 */
export function parseCommand<S extends z.ZodType>(spec: CommandSpec<S>, argv: string[]): ParsedCommand<z.infer<S>> {
  const options = Object.fromEntries(
    Object.entries({ ...spec.flags, help: HELP_FLAG }).map(([name, flag]) => [
      name,
      { type: flag.type, ...(flag.short ? { short: flag.short } : {}), ...(flag.multiple ? { multiple: true } : {}) },
    ]),
  );
  let parsed: { values: Record<string, unknown>; positionals: string[] };
  try {
    parsed = parseArgs({ args: argv, options, allowPositionals: true, strict: true }) as typeof parsed;
  } catch (error) {
    throw new UsageError(spec.name, describeArgsError(spec, error));
  }
  const { help, ...values } = parsed.values;
  if (help) return { flags: {} as z.infer<S>, positionals: parsed.positionals, help: true };
  if (!spec.positionals && parsed.positionals.length > 0) {
    throw new UsageError(
      spec.name,
      `unexpected argument ${JSON.stringify(parsed.positionals[0])}: \`diplomacy ${spec.name}\` takes flags only`,
    );
  }
  const camel = Object.fromEntries(Object.entries(values).map(([k, v]) => [toCamelCase(k), v]));
  const checked = spec.schema.safeParse(camel);
  if (!checked.success) throw new UsageError(spec.name, describeIssue(spec, checked.error.issues[0]!, camel));
  return { flags: checked.data, positionals: parsed.positionals, help: false };
}

function describeArgsError(spec: CommandSpec, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const code = (error as { code?: string }).code;
  const flag = /'[^']*?(--[\w-]+)/.exec(message)?.[1] ?? /'(-{1,2}[^', ]+)/.exec(message)?.[1] ?? "";
  const known = Object.keys(spec.flags)
    .map((f) => `--${f}`)
    .concat("--help");
  if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") {
    return `unknown flag ${flag}; \`diplomacy ${spec.name}\` accepts ${known.join(", ")}`;
  }
  if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") {
    const name = flag.replace(/^-+/, "");
    const entry = spec.flags[name] ?? Object.values(spec.flags).find((f) => f.short === name);
    if (entry?.type === "boolean") return `${flag} is a switch and takes no value`;
    return `${flag} needs a value${entry ? `: ${describeAllowed(entry)}` : ""}`;
  }
  return message;
}

function describeIssue(spec: CommandSpec, issue: z.core.$ZodIssue, values: Record<string, unknown>): string {
  const key = String(issue.path[0] ?? "");
  const flagName = toKebabCase(key);
  const flag = spec.flags[flagName];
  const given = values[key];
  const shown = given === undefined ? "" : ` ${JSON.stringify(given)}`;
  if (!flag) return issue.message;
  return `invalid value${shown} for --${flagName}: ${describeAllowed(flag, issue.message)}`;
}

function describeAllowed(flag: FlagSpec, fallback?: string): string {
  if (flag.allowed) return `expected one of ${flag.allowed.join(", ")}`;
  return fallback ?? `expected ${flag.placeholder ?? "a value"} (${flag.description.replace(/\.$/, "")})`;
}

/** `published-at` → `publishedAt`. */
export function toCamelCase(name: string): string {
  return name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
}

/** `publishedAt` → `published-at`. */
export function toKebabCase(name: string): string {
  return name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}

/**
 * Renders a command's help: usage, description, flags with their allowed values, and examples.
 *
 * @example
 * process.stdout.write(renderHelp(parseSpec));
 */
export function renderHelp(spec: CommandSpec): string {
  const rows = Object.entries({ ...spec.flags, help: HELP_FLAG }).map(([name, flag]) => {
    const head = `${flag.short ? `-${flag.short}, ` : "    "}--${name}${flag.placeholder ? ` ${flag.placeholder}` : ""}`;
    const allowed = flag.allowed ? ` (${flag.allowed.join("|")})` : "";
    return [head, `${flag.description}${allowed}`] as const;
  });
  const width = Math.min(34, Math.max(...rows.map(([head]) => head.length)) + 2);
  const lines = [
    `Usage: ${spec.usage}`,
    "",
    spec.summary,
    ...(spec.description ? ["", spec.description] : []),
    "",
    "Options:",
    ...rows.map(([head, text]) =>
      head.length >= width ? `  ${head}\n  ${" ".repeat(width)}${text}` : `  ${head.padEnd(width)}${text}`,
    ),
    "",
    "Examples:",
    ...spec.examples.map((e) => `  ${e}`),
    "",
  ];
  return lines.join("\n");
}
