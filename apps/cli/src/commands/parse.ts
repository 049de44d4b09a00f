import { z } from "zod";
import { defineCommand } from "../command.js";
import { SUMMARIES } from "../summaries.js";
import { EXIT } from "../errors.js";
import { resolveInputs } from "../inputs.js";
import { useColor } from "../env.js";
import { INPUT_FLAGS, InputFlagsShape, pickTaskOptions } from "../flags.js";
import { PARSED_ARTICLE_COLUMNS } from "../output/columns.js";
import { createStyle, renderArticleBlock } from "../output/table.js";
import { OutputFormatSchema, createWriter } from "../output/writer.js";
import type { ParseOutcome } from "../parse-task.js";
import { startParseRun } from "../pipeline.js";

const ParseFlagsSchema = z.object({ ...InputFlagsShape, format: OutputFormatSchema.default("json") });

type Parsed = { name: string; record: NonNullable<Extract<ParseOutcome, { ok: true }>["record"]> };

export const parseCommand = defineCommand({
  spec: {
    name: "parse",
    summary: SUMMARIES.parse,
    usage: "diplomacy parse [options] [paths|globs|folders|-]",
    description:
      "With no input, reads standard input. Folders are walked for .txt, .html, .xml, .rss, .atom, .ndjson and .jsonl\n" +
      "files. A failed input is reported on stderr (file: CODE: message); in json and ndjson output its place holds\n" +
      '{ "error": { code, message }, "file" } so records stay aligned with inputs. Exit 0 all ok, 1 some failed, 2 usage.',
    positionals: true,
    flags: {
      format: {
        type: "string",
        short: "f",
        placeholder: "FORMAT",
        allowed: OutputFormatSchema.options,
        description: "Output format (default json).",
      },
      ...INPUT_FLAGS,
    },
    schema: ParseFlagsSchema,
    examples: [
      "diplomacy parse article.txt",
      "diplomacy parse --format table samples/",
      'diplomacy parse --format ndjson "news/**/*.html" > records.ndjson',
      "curl -s https://example.org/feed.xml | diplomacy parse --input feed --format csv -",
      "diplomacy parse --published-at 2024-03-14 --source Xinhua - < story.txt",
    ],
  },
  async run(flags, positionals, ctx) {
    const { io } = ctx;
    const style = createStyle(useColor(Boolean(io.stdout.isTTY), io.env));
    const writer = createWriter<ParseOutcome>(io.stdout, {
      format: flags.format,
      columns: PARSED_ARTICLE_COLUMNS.map((c) => ({ ...c, get: (o: ParseOutcome) => c.get(o as Parsed) })),
      style,
      loneObject: true,
      toJson: (o) => (o.ok ? o.record : { error: o.error, file: o.name }),
      block: (o) => (o.ok ? renderArticleBlock(o.name, o.record, style) : ""),
    });
    const run = startParseRun(
      {
        inputs: resolveInputs(positionals, ctx.io.stdin as { isTTY?: boolean }, "parse"),
        input: flags.input,
        jobs: flags.jobs,
        timeoutSeconds: flags.timeout,
        failFast: flags.failFast,
        quiet: flags.quiet,
        task: pickTaskOptions(flags),
        verb: "parsed",
      },
      ctx,
    );
    const keepFailures = flags.format === "json" || flags.format === "ndjson";
    try {
      for await (const outcome of run.outcomes) {
        if (outcome.ok || keepFailures) await writer.write(outcome);
      }
      await writer.end();
    } finally {
      await run.close();
    }
    if (ctx.stop.stopped) return EXIT.interrupted;
    return run.counts.failed > 0 ? EXIT.someFailed : EXIT.ok;
  },
});
