import { availableParallelism } from "node:os";
import { z } from "zod";
import type { RunContext } from "./context.js";
import { useColor } from "./env.js";
import { type InputFlag, type ParseTask, expandInputs, readTasks, sumInputBytes } from "./inputs.js";
import { createStyle } from "./output/table.js";
import type { ParseOutcome, ParseTaskOptions } from "./parse-task.js";
import { ParsePool, mapOrdered } from "./pool.js";
import { Progress } from "./progress.js";

/** `--jobs`: how many worker threads parse in parallel; 0 parses on the main thread. */
export const JobsSchema = z.coerce.number().int().min(0).max(256).optional();

/**
 * The default number of parsing workers: one per core, less `reserved` cores kept for the main thread's own work
 * (ingest writes to the database there), and at least one.
 *
 * @example
 * defaultJobs(1); // 1 on a 2-core machine, 7 on an 8-core one
 */
export function defaultJobs(reserved = 0): number {
  return Math.max(1, availableParallelism() - reserved);
}
/** `--timeout`: seconds one input may take before it is reported as PARSE_TIMEOUT. */
export const TimeoutSchema = z.coerce.number().positive().max(86_400).default(60);

export interface ParseRunOptions {
  inputs: string[];
  input: InputFlag;
  /** Worker threads (0: parse on the main thread); default {@link defaultJobs}(). */
  jobs?: number | undefined;
  timeoutSeconds: number;
  failFast: boolean;
  quiet: boolean;
  task: ParseTaskOptions;
  /** The word the progress line starts with ("parsed", "ingested"). */
  verb: string;
}

export interface ParseRun {
  outcomes: AsyncGenerator<ParseOutcome>;
  counts: { ok: number; failed: number };
  /** Shows a diagnostic line on stderr without breaking the progress line. */
  log(line: string): void;
  close(): Promise<void>;
}

const WORKER_URL = new URL("./parse-worker.js", import.meta.url);

/**
 * Parses every input the arguments name, on a worker pool, yielding outcomes in input order. Failures are reported
 * on stderr as `file: CODE: message` as they come; progress is drawn on stderr when it is a terminal.
 *
 * @example
 * const run = startParseRun({ inputs: ["corpus/"], input: "auto", timeoutSeconds: 60, failFast: false, quiet: false, task: {}, verb: "parsed" }, ctx);
 * for await (const outcome of run.outcomes) if (outcome.ok) console.log(outcome.record.headline);
 * await run.close();
 */
export function startParseRun(options: ParseRunOptions, ctx: RunContext): ParseRun {
  const { io, stop } = ctx;
  const color = useColor(Boolean(io.stderr.isTTY), io.env);
  const style = createStyle(color);
  const progress = new Progress(io.stderr, Boolean(io.stderr.isTTY) && !options.quiet, options.verb, color);
  if (io.stderr.isTTY && !options.quiet) {
    sumInputBytes(options.inputs).then(
      (total) => progress.setTotalBytes(total),
      () => {},
    );
  }
  const jobs = options.jobs ?? defaultJobs();
  let pool: ParsePool | null = null;
  let inline = jobs === 0;
  const runTask = (task: ParseTask): Promise<ParseOutcome[]> => {
    // Loaded on demand: with workers, the main thread never loads the parser and its gazetteers.
    if (inline) return import("./parse-task.js").then(({ runParseTask }) => runParseTask(task, options.task));
    pool ??= new ParsePool(WORKER_URL, jobs, options.task, options.timeoutSeconds * 1000);
    return pool.run(task);
  };
  const counts = { ok: 0, failed: 0 };
  const tasks = lookAhead(
    readTasks(expandInputs(options.inputs), { kind: options.input, stdin: io.stdin }),
    (count) => {
      // One input is parsed on the main thread: starting a worker would cost more than the parse.
      if (count < 2) inline = true;
    },
  );
  const log = (line: string) => progress.log(line);
  let halted = false;

  async function* generate(): AsyncGenerator<ParseOutcome> {
    const results = mapOrdered(
      tasks,
      async (task) => ({ task, outcomes: await runTask(task) }),
      Math.max(1, jobs) * 4,
      () => stop.stopped || halted,
    );
    for await (const { task, outcomes } of results) {
      for (const outcome of outcomes) {
        if (outcome.ok) counts.ok++;
        else {
          counts.failed++;
          log(`${style.red("error")} ${outcome.name}: ${outcome.error.code}: ${outcome.error.message}`);
        }
        progress.add(outcome.ok, outcomes.length ? task.bytes / outcomes.length : task.bytes);
        yield outcome;
        if (!outcome.ok && options.failFast) {
          halted = true;
          return;
        }
      }
      if (outcomes.length === 0) progress.add(true, task.bytes);
    }
  }

  return {
    outcomes: generate(),
    counts,
    log,
    async close() {
      progress.finish();
      await (pool as ParsePool | null)?.close();
    },
  };
}

/** Reads the first two items before yielding any, tells `onCount` how many there were (0, 1 or 2), then streams. */
async function* lookAhead<T>(source: AsyncGenerator<T>, onCount: (count: number) => void): AsyncGenerator<T> {
  const first = await source.next();
  const second = first.done ? first : await source.next();
  onCount(first.done ? 0 : second.done ? 1 : 2);
  if (first.done) return;
  yield first.value;
  if (second.done) return;
  yield second.value;
  yield* source;
}
