import { Worker } from "node:worker_threads";
import { cliFailure } from "./errors.js";
import type { ParseTask } from "./inputs.js";
import type { ParseOutcome, ParseTaskOptions } from "./parse-task.js";

/**
 * Maps an async source through `run` with at most `limit` items in flight, yielding results in source order.
 * The source is only pulled while the window has room and the consumer keeps up, so memory stays bounded.
 *
 * @example
 * for await (const out of mapOrdered(files, (f) => parse(f), 8)) write(out);
 */
export async function* mapOrdered<T, R>(
  source: AsyncIterable<T>,
  run: (item: T) => Promise<R>,
  limit: number,
  shouldStop: () => boolean = () => false,
): AsyncGenerator<R> {
  const iterator = source[Symbol.asyncIterator]();
  const window: Promise<R>[] = [];
  let exhausted = false;
  try {
    while (true) {
      while (!exhausted && window.length < limit && !shouldStop()) {
        const next = await iterator.next();
        if (next.done) exhausted = true;
        else {
          const pending = run(next.value);
          pending.catch(() => {});
          window.push(pending);
        }
      }
      const head = window.shift();
      if (!head) return;
      yield await head;
    }
  } finally {
    if (!exhausted) await iterator.return?.();
  }
}

interface Job {
  task: ParseTask;
  resolve: (outcomes: ParseOutcome[]) => void;
}

interface Slot {
  worker: Worker;
  job: Job | null;
  timer: NodeJS.Timeout | null;
  /** Tasks this worker has finished. */
  done: number;
}

/** A worker is replaced by a fresh one after this many tasks, so nothing a long run leaves behind can accumulate. */
const TASKS_PER_WORKER = 5000;

/**
 * A fixed set of `node:worker_threads` workers running parse tasks; a crashed or stuck worker fails only its own
 * task and is replaced.
 *
 * @example
 * const pool = new ParsePool(new URL("./parse-worker.js", import.meta.url), 4, {}, 60_000);
 * const outcomes = await pool.run(task);
 * await pool.close();
 */
export class ParsePool {
  private readonly slots: Slot[] = [];
  private readonly queue: Job[] = [];
  private closed = false;

  constructor(
    private readonly script: URL,
    private readonly size: number,
    private readonly options: ParseTaskOptions,
    private readonly timeoutMs: number,
  ) {}

  /** Parses one task on the next free worker. Never rejects. */
  run(task: ParseTask): Promise<ParseOutcome[]> {
    return new Promise((resolve) => {
      this.queue.push({ task, resolve });
      this.dispatch();
    });
  }

  /** Stops every worker; tasks not yet started are dropped. */
  async close(): Promise<void> {
    this.closed = true;
    this.queue.length = 0;
    for (const slot of this.slots) this.release(slot);
    await Promise.all(this.slots.map((slot) => slot.worker.terminate()));
  }

  private spawn(): Slot {
    // A small young generation keeps each worker's resident memory low; parsing allocates mostly short-lived objects.
    const worker = new Worker(this.script, {
      workerData: { options: this.options },
      resourceLimits: { maxYoungGenerationSizeMb: 4 },
    });
    const slot: Slot = { worker, job: null, timer: null, done: 0 };
    worker.unref();
    worker.on("message", (outcomes: ParseOutcome[]) => this.finish(slot, outcomes));
    worker.on("error", (error) => this.replace(slot, cliFailure("WORKER_FAILED", error.message)));
    worker.on("exit", (code) => {
      if (!this.closed) this.replace(slot, cliFailure("WORKER_FAILED", `exit code ${code}`));
    });
    return slot;
  }

  private dispatch(): void {
    // Workers start on demand: a run with fewer tasks than cores never pays for idle workers.
    const idle = this.slots.filter((slot) => !slot.job).length;
    for (let i = idle; i < this.queue.length && this.slots.length < this.size; i++) this.slots.push(this.spawn());
    for (const slot of this.slots) {
      if (slot.job || this.queue.length === 0) continue;
      const job = this.queue.shift()!;
      slot.job = job;
      slot.worker.ref();
      slot.timer = setTimeout(() => this.replace(slot, cliFailure("PARSE_TIMEOUT")), this.timeoutMs);
      slot.timer.unref();
      slot.worker.postMessage(job.task);
    }
  }

  private finish(slot: Slot, outcomes: ParseOutcome[]): void {
    const job = slot.job;
    this.release(slot);
    if (++slot.done >= TASKS_PER_WORKER) this.recycle(slot);
    job?.resolve(outcomes);
    this.dispatch();
  }

  private recycle(slot: Slot): void {
    const index = this.slots.indexOf(slot);
    slot.worker.removeAllListeners();
    slot.worker.on("error", () => {});
    void slot.worker.terminate();
    if (index >= 0 && !this.closed) this.slots[index] = this.spawn();
  }

  private release(slot: Slot): void {
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
    slot.job = null;
    slot.worker.unref();
  }

  private replace(slot: Slot, failure: ReturnType<typeof cliFailure>): void {
    const job = slot.job;
    const index = this.slots.indexOf(slot);
    if (index < 0) return;
    this.release(slot);
    slot.worker.removeAllListeners();
    slot.worker.on("error", () => {});
    void slot.worker.terminate();
    if (this.closed) return;
    this.slots[index] = this.spawn();
    job?.resolve([{ name: job.task.name, ok: false, error: failure }]);
    this.dispatch();
  }
}
