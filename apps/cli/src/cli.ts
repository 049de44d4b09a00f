import { VERSION as CORE_VERSION } from "@org/diplomacy-core";
import { parseCommand as parseArgsOf, renderHelp } from "./args.js";
import type { Command } from "./command.js";
import { exportArticlesCommand, exportEventsCommand } from "./commands/export.js";
import { ingestCommand } from "./commands/ingest.js";
import { parseCommand } from "./commands/parse.js";
import { queryCommands } from "./commands/query.js";
import { schemaCommand } from "./commands/schema.js";
import { serveCommand } from "./commands/serve.js";
import type { RunContext } from "./context.js";
import { EXIT, UsageError } from "./errors.js";
import { writeChunk } from "./output/write.js";
import { VERSION } from "./version.js";

type AnyCommand = Command<never>;

/** Commands with sub-commands (`query events`, `export articles`) and the plain ones. */
const GROUPS: Record<string, Record<string, AnyCommand>> = {
  query: queryCommands as unknown as Record<string, AnyCommand>,
  export: { events: exportEventsCommand, articles: exportArticlesCommand } as unknown as Record<string, AnyCommand>,
};
const COMMANDS: Record<string, AnyCommand> = {
  parse: parseCommand as unknown as AnyCommand,
  ingest: ingestCommand as unknown as AnyCommand,
  serve: serveCommand as unknown as AnyCommand,
  schema: schemaCommand as unknown as AnyCommand,
};

const GROUP_SUMMARIES: Record<string, string> = {
  query: "List stored events, articles, actors or countries, with filters.",
  export: "Stream every stored event (a GDELT-like table) or article.",
};

/** The top-level help: every command with its one-line summary. */
export function renderMainHelp(): string {
  const rows: [string, string][] = [
    ...Object.entries(COMMANDS).map(([name, c]) => [name, c.spec.summary] as [string, string]),
    ...Object.entries(GROUPS).flatMap(([group, subs]) =>
      Object.entries(subs).map(([sub, c]) => [`${group} ${sub}`, c.spec.summary] as [string, string]),
    ),
  ];
  return [
    `diplomacy ${VERSION}: turn diplomatic news into typed, auditable records.`,
    "",
    "Usage: diplomacy <command> [options]",
    "",
    "Commands:",
    ...rows.map(([name, summary]) => `  ${name.padEnd(18)}${summary}`),
    "",
    "Options:",
    "  -h, --help        Show help (also: diplomacy <command> --help)",
    "  -V, --version     Show the version",
    "",
    "Examples:",
    "  diplomacy parse article.txt",
    "  diplomacy ingest corpus/ --db corpus.db",
    "  diplomacy query events --country KZ --type meeting --from 2024-01-01 --format table",
    "  diplomacy export events --format csv > events.csv",
    "  diplomacy serve --ingest-samples",
    "",
    "Data goes to stdout, progress and errors to stderr. Exit codes: 0 ok, 1 some inputs failed, 2 usage error.",
    "The database is --db, else $DIPLOMACY_DB, else ./diplomacy.db.",
    "",
  ].join("\n");
}

function renderGroupHelp(group: string): string {
  const subs = GROUPS[group]!;
  return [
    `Usage: diplomacy ${group} <${Object.keys(subs).join("|")}> [options]`,
    "",
    GROUP_SUMMARIES[group] ?? "",
    "",
    ...Object.entries(subs).map(([sub, c]) => `  ${`${group} ${sub}`.padEnd(18)}${c.spec.summary}`),
    "",
    `Run \`diplomacy ${group} <${Object.keys(subs).join("|")}> --help\` for its options.`,
    "",
  ].join("\n");
}

/**
 * Runs the command line and returns the exit code. Usage errors print a one-line message and a hint on stderr.
 *
 * @example
 * process.exitCode = await runCli(["parse", "article.txt"], ctx);
 */
export async function runCli(argv: string[], ctx: RunContext): Promise<number> {
  const { io } = ctx;
  const [first, ...rest] = argv;
  try {
    if (first === undefined || first === "--help" || first === "-h" || first === "help") {
      const topic = first === "help" ? rest : [];
      if (topic[0]) return runCli([...topic, "--help"], ctx);
      await writeChunk(first === undefined ? io.stderr : io.stdout, renderMainHelp());
      return first === undefined ? EXIT.usage : EXIT.ok;
    }
    if (first === "--version" || first === "-V" || first === "version") {
      await writeChunk(io.stdout, `${VERSION}\n`);
      return EXIT.ok;
    }
    let command = COMMANDS[first];
    let args = rest;
    if (!command && GROUPS[first]) {
      const subs = GROUPS[first];
      const [sub, ...subArgs] = rest;
      if (sub === undefined || sub === "--help" || sub === "-h") {
        await writeChunk(sub ? io.stdout : io.stderr, renderGroupHelp(first));
        return sub ? EXIT.ok : EXIT.usage;
      }
      command = subs[sub];
      if (!command) {
        throw new UsageError(
          first,
          `unknown ${first} target ${JSON.stringify(sub)}; expected one of ${Object.keys(subs).join(", ")}`,
        );
      }
      args = subArgs;
    }
    if (!command) {
      const known = [...Object.keys(COMMANDS), ...Object.keys(GROUPS)].join(", ");
      throw new UsageError("", `unknown command ${JSON.stringify(first)}; expected one of ${known}`);
    }
    const parsed = parseArgsOf(command.spec, args);
    if (parsed.help) {
      await writeChunk(io.stdout, renderHelp(command.spec));
      return EXIT.ok;
    }
    return await command.run(parsed.flags as never, parsed.positionals, ctx);
  } catch (error) {
    if (error instanceof UsageError) {
      const where = error.command ? `diplomacy ${error.command}` : "diplomacy";
      await writeChunk(io.stderr, `${where}: ${error.message}\nRun \`${where} --help\` for usage.\n`);
      return EXIT.usage;
    }
    throw error;
  }
}

export { CORE_VERSION };
