import { type Article, type Story, fuseEvents } from "@org/diplomacy-core";
import { z } from "zod";
import { defineCommand } from "../command.js";
import { useColor } from "../env.js";
import { EXIT } from "../errors.js";
import { INPUT_FLAGS, InputFlagsShape, pickTaskOptions } from "../flags.js";
import { resolveInputs } from "../inputs.js";
import { createStyle } from "../output/table.js";
import { createWriter } from "../output/writer.js";
import { startParseRun } from "../pipeline.js";
import { SUMMARIES } from "../summaries.js";

const FuseFormatSchema = z.enum(["json", "ndjson", "table"]);
const FuseFlagsSchema = z.object({ ...InputFlagsShape, format: FuseFormatSchema.default("ndjson") });

/** A story as `fuse` prints it: each member also names the input it came from. */
type Printed = Omit<Story, "members"> & { members: (Story["members"][number] & { file: string })[] };

export const fuseCommand = defineCommand({
  spec: {
    name: "fuse",
    summary: SUMMARIES.fuse,
    usage: "diplomacy fuse [options] [paths|globs|folders|-]",
    description:
      "Parses every input, then fuses the events that report one real event into stories, printed one a line.\n" +
      "Each member carries file (the input as given), articleId, eventId and main (its article's main event).\n" +
      "Stateless: nothing is stored. Exit 0 all ok, 1 some inputs failed, 2 usage.",
    positionals: true,
    flags: {
      format: {
        type: "string",
        short: "f",
        placeholder: "FORMAT",
        allowed: FuseFormatSchema.options,
        description: "Output format (default ndjson).",
      },
      ...INPUT_FLAGS,
    },
    schema: FuseFlagsSchema,
    examples: ["diplomacy fuse corpus/", "diplomacy fuse --format table a.txt b.txt c.txt"],
  },
  async run(flags, positionals, ctx) {
    const run = startParseRun(
      {
        inputs: resolveInputs(positionals, ctx.io.stdin as { isTTY?: boolean }, "fuse"),
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
    const articles: Article[] = [];
    const fileOf = new Map<string, string>();
    try {
      for await (const outcome of run.outcomes) {
        if (!outcome.ok) continue;
        if (!fileOf.has(outcome.record.id)) articles.push(outcome.record);
        fileOf.set(outcome.record.id, outcome.name);
      }
    } finally {
      await run.close();
    }
    if (ctx.stop.stopped) return EXIT.interrupted;
    const stories: Printed[] = fuseEvents(articles).map((s) => ({
      ...s,
      members: s.members.map((m) => ({ file: fileOf.get(m.articleId) ?? "", ...m })),
    }));
    const style = createStyle(useColor(Boolean(ctx.io.stdout.isTTY), ctx.io.env));
    const writer = createWriter<Printed>(ctx.io.stdout, {
      format: flags.format,
      style,
      columns: [
        { header: "story", get: (s) => s.id.slice(0, 14) },
        { header: "type", get: (s) => s.type },
        { header: "date", get: (s) => s.date.value ?? "" },
        { header: "countries", get: (s) => s.countries.join(" ") },
        { header: "sources", get: (s) => String(new Set(s.members.map((m) => m.articleId)).size) },
        { header: "files", get: (s) => [...new Set(s.members.map((m) => m.file))].join(" ") },
      ],
    });
    for (const story of stories) await writer.write(story);
    await writer.end();
    return run.counts.failed > 0 ? EXIT.someFailed : EXIT.ok;
  },
});
