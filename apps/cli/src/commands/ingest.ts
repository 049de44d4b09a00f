import type { Article } from "@org/diplomacy-core";
import type { DiplomacyStore } from "@org/diplomacy-store";
import { z } from "zod";
import { defineCommand } from "../command.js";
import { SUMMARIES } from "../summaries.js";
import type { RunContext } from "../context.js";
import { EXIT } from "../errors.js";
import { resolveInputs } from "../inputs.js";
import { collectGarbage } from "../gc.js";
import { DB_FLAG, INPUT_FLAGS, InputFlagsShape, pickTaskOptions } from "../flags.js";
import { writeChunk } from "../output/write.js";
import { defaultJobs, startParseRun } from "../pipeline.js";
import { openCliStore, reportStoreError } from "../store.js";

const IngestFlagsSchema = z.object({
  ...InputFlagsShape,
  db: z.string().min(1).optional(),
  batchSize: z.coerce.number().int().min(1).max(10_000).default(200),
  format: z.enum(["text", "json"]).default("text"),
  stats: z.boolean().default(false),
});
export type IngestFlags = z.infer<typeof IngestFlagsSchema>;

/** What an ingest run did: counts of new, already present and failed inputs, and its cost. */
export const IngestSummarySchema = z.object({
  db: z.string(),
  inserted: z.number().int(),
  duplicates: z.number().int(),
  failed: z.number().int(),
  interrupted: z.boolean(),
  seconds: z.number(),
  /** Peak resident memory of the process, workers included (MB). */
  maxRssMb: z.number(),
  /** Largest V8 heap of the main thread seen at a batch commit (MB): the rest of the peak is workers and native. */
  mainHeapMb: z.number(),
});
export type IngestSummary = z.infer<typeof IngestSummarySchema>;

export const INGEST_FLAGS = {
  db: DB_FLAG,
  "batch-size": {
    type: "string",
    placeholder: "N",
    description: "Articles per transaction (default 200); a batch is stored whole or not at all.",
  },
  format: {
    type: "string",
    short: "f",
    placeholder: "FORMAT",
    allowed: ["text", "json"],
    description: "How the summary is printed (default text).",
  },
  stats: { type: "boolean", description: "Also print elapsed time and peak memory (max RSS) on stderr." },
  ...INPUT_FLAGS,
} as const;

/**
 * Parses the inputs and stores the records in batches, one transaction each. Returns the summary; a store failure
 * is thrown after the batches before it were committed.
 *
 * @example
 * const summary = await ingestInputs(store, ["samples/"], flags, ctx);
 */
export async function ingestInputs(
  store: DiplomacyStore,
  location: string,
  inputs: string[],
  flags: IngestFlags,
  ctx: RunContext,
): Promise<IngestSummary> {
  const started = performance.now();
  const run = startParseRun(
    {
      inputs,
      input: flags.input,
      // The main thread writes to the database, so it keeps a core of its own.
      jobs: flags.jobs ?? defaultJobs(1),
      timeoutSeconds: flags.timeout,
      failFast: flags.failFast,
      quiet: flags.quiet,
      task: pickTaskOptions(flags),
      verb: "ingested",
    },
    ctx,
  );
  let inserted = 0;
  let duplicates = 0;
  let batch: Article[] = [];
  let mainHeap = 0;
  const commit = async () => {
    mainHeap = Math.max(mainHeap, process.memoryUsage().heapTotal);
    if (batch.length === 0) return;
    const result = await store.ingest(batch);
    inserted += result.inserted;
    duplicates += result.duplicates;
    batch = [];
    collectGarbage();
  };
  try {
    for await (const outcome of run.outcomes) {
      if (!outcome.ok) continue;
      batch.push(outcome.record);
      if (batch.length >= flags.batchSize) await commit();
    }
    await commit();
  } finally {
    await run.close();
  }
  return {
    db: location,
    inserted,
    duplicates,
    failed: run.counts.failed,
    interrupted: ctx.stop.stopped,
    seconds: Number(((performance.now() - started) / 1000).toFixed(3)),
    maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
    mainHeapMb: Math.round(mainHeap / 2 ** 20),
  };
}

/** "12 new, 3 already present, 1 failed". */
export function describeIngest(summary: IngestSummary): string {
  const head = `${summary.inserted} new, ${summary.duplicates} already present, ${summary.failed} failed`;
  return `${head}${summary.interrupted ? " (interrupted: committed batches kept)" : ""}`;
}

export const ingestCommand = defineCommand({
  spec: {
    name: "ingest",
    summary: SUMMARIES.ingest,
    usage: "diplomacy ingest [options] [paths|globs|folders|-]",
    description:
      "Inputs are read like `diplomacy parse` reads them. Records are written in batches, each one transaction, so\n" +
      "Ctrl-C or a crash keeps every committed batch whole. Prints how many were new, already present and failed.",
    positionals: true,
    flags: INGEST_FLAGS,
    schema: IngestFlagsSchema,
    examples: [
      "diplomacy ingest articles/",
      "diplomacy ingest --db corpus.db 'news/**/*.html' feeds/world.xml",
      "DIPLOMACY_DB=postgres://localhost/diplomacy diplomacy ingest corpus.ndjson",
      "cat crawl.ndjson | diplomacy ingest --input ndjson --format json -",
    ],
  },
  async run(flags, positionals, ctx) {
    const inputs = resolveInputs(positionals, ctx.io.stdin as { isTTY?: boolean }, "ingest");
    let opened: Awaited<ReturnType<typeof openCliStore>>;
    try {
      opened = await openCliStore(flags.db, ctx);
    } catch (error) {
      return reportStoreError("ingest", error, ctx);
    }
    try {
      const summary = await ingestInputs(opened.store, opened.location, inputs, flags, ctx);
      await writeChunk(
        ctx.io.stdout,
        flags.format === "json" ? `${JSON.stringify(summary)}\n` : `${describeIngest(summary)}\n`,
      );
      if (flags.stats) {
        await writeChunk(
          ctx.io.stderr,
          `stats: ${summary.inserted + summary.duplicates + summary.failed} inputs in ${summary.seconds} s, peak memory ${summary.maxRssMb} MB (max RSS; main thread heap ${summary.mainHeapMb} MB)\n`,
        );
      }
      if (summary.interrupted) return EXIT.interrupted;
      return summary.failed > 0 ? EXIT.someFailed : EXIT.ok;
    } catch (error) {
      return reportStoreError("ingest", error, ctx);
    } finally {
      await opened.store.close();
    }
  },
});
