import { parseCommand as parseArgsOf, renderHelp } from "./args.js";
import type { Command } from "./command.js";
import type { RunContext } from "./context.js";
import { EXIT, UsageError } from "./errors.js";
import { writeChunk } from "./output/write.js";
import { type CommandName, SUMMARIES } from "./summaries.js";
import { VERSION } from "./version.js";

type AnyCommand = Command<never>;
type Loader = () => Promise<AnyCommand>;
const as = (command: unknown) => command as AnyCommand;

// Commands load on demand, so `--version` or `parse` never pay for the database drivers or the HTTP server.
const LOADERS: Record<CommandName, Loader> = {
  parse: () => import("./commands/parse.js").then((m) => as(m.parseCommand)),
  fuse: () => import("./commands/fuse.js").then((m) => as(m.fuseCommand)),
  ingest: () => import("./commands/ingest.js").then((m) => as(m.ingestCommand)),
  serve: () => import("./commands/serve.js").then((m) => as(m.serveCommand)),
  schema: () => import("./commands/schema.js").then((m) => as(m.schemaCommand)),
  "query events": () => import("./commands/query.js").then((m) => as(m.queryCommands.events)),
  "query articles": () => import("./commands/query.js").then((m) => as(m.queryCommands.articles)),
  "query actors": () => import("./commands/query.js").then((m) => as(m.queryCommands.actors)),
  "query countries": () => import("./commands/query.js").then((m) => as(m.queryCommands.countries)),
  "export events": () => import("./commands/export.js").then((m) => as(m.exportEventsCommand)),
  "export articles": () => import("./commands/export.js").then((m) => as(m.exportArticlesCommand)),
};

const GROUPS: Record<string, string[]> = {
  query: ["events", "articles", "actors", "countries"],
  export: ["events", "articles"],
};

const GROUP_SUMMARIES: Record<string, string> = {
  query: "List stored events, articles, actors or countries, with filters.",
  export: "Stream every stored event (a GDELT-like table) or article.",
};

/** The top-level help: every command with its one-line summary. */
export function renderMainHelp(): string {
  const rows = Object.entries(SUMMARIES);
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
    "  diplomacy fuse corpus/ --format table",
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
    `Usage: diplomacy ${group} <${subs.join("|")}> [options]`,
    "",
    GROUP_SUMMARIES[group] ?? "",
    "",
    ...subs.map((sub) => `  ${`${group} ${sub}`.padEnd(18)}${SUMMARIES[`${group} ${sub}` as CommandName]}`),
    "",
    `Run \`diplomacy ${group} <${subs.join("|")}> --help\` for its options.`,
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
    let name: string = first;
    let args = rest;
    const subs = Object.hasOwn(GROUPS, first) ? GROUPS[first] : undefined;
    if (subs) {
      const [sub, ...subArgs] = rest;
      if (sub === undefined || sub === "--help" || sub === "-h") {
        await writeChunk(sub ? io.stdout : io.stderr, renderGroupHelp(first));
        return sub ? EXIT.ok : EXIT.usage;
      }
      if (!subs.includes(sub)) {
        throw new UsageError(
          first,
          `unknown ${first} target ${JSON.stringify(sub)}; expected one of ${subs.join(", ")}`,
        );
      }
      name = `${first} ${sub}`;
      args = subArgs;
    }
    const load = Object.hasOwn(LOADERS, name) && (subs || !name.includes(" ")) ? LOADERS[name as CommandName] : null;
    if (!load) {
      const known = [...new Set(Object.keys(LOADERS).map((n) => n.split(" ")[0]))].join(", ");
      throw new UsageError("", `unknown command ${JSON.stringify(first)}; expected one of ${known}`);
    }
    const command = await load();
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
