import type { Writable } from "node:stream";

/** Formats seconds as `m:ss` or `h:mm:ss`. */
export function formatDuration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const rest = String(s % 60).padStart(2, "0");
  return h > 0 ? `${h}:${String(m).padStart(2, "0")}:${rest}` : `${m}:${rest}`;
}

/**
 * Describes progress in one line: count, rate, failures and, when the total size is known, the ETA.
 *
 * @example
 * describeProgress({ done: 50, failed: 1, bytesDone: 500, bytesTotal: 1000, seconds: 5 }, "parsed");
 * // "parsed 50 · 10.0/s · 1 failed · 50% · ETA 0:05"
 */
export function describeProgress(
  state: { done: number; failed: number; bytesDone: number; bytesTotal: number | null; seconds: number },
  verb: string,
): string {
  const rate = state.seconds > 0 ? state.done / state.seconds : 0;
  const parts = [`${verb} ${state.done.toLocaleString("en-US")}`, `${rate.toFixed(1)}/s`];
  if (state.failed > 0) parts.push(`${state.failed.toLocaleString("en-US")} failed`);
  if (state.bytesTotal && state.bytesDone > 0 && state.seconds > 0) {
    const share = Math.min(1, state.bytesDone / state.bytesTotal);
    const byteRate = state.bytesDone / state.seconds;
    parts.push(`${Math.floor(share * 100)}%`, `ETA ${formatDuration((state.bytesTotal - state.bytesDone) / byteRate)}`);
  }
  return parts.join(" · ");
}

/**
 * A progress line on stderr, redrawn at most every 100 ms. Disabled (a no-op) unless stderr is a terminal and
 * --quiet is off; messages printed through {@link Progress.log} clear the line first.
 */
export class Progress {
  private done = 0;
  private failed = 0;
  private bytesDone = 0;
  private bytesTotal: number | null = null;
  private lastDraw = 0;
  private drawn = false;
  private readonly started = performance.now();

  constructor(
    private readonly stream: Writable,
    private readonly enabled: boolean,
    private readonly verb: string,
    private readonly color: boolean,
  ) {}

  setTotalBytes(total: number): void {
    this.bytesTotal = total;
  }

  add(ok: boolean, bytes: number): void {
    this.done++;
    if (!ok) this.failed++;
    this.bytesDone += bytes;
    const now = performance.now();
    if (this.enabled && now - this.lastDraw > 100) {
      this.lastDraw = now;
      this.draw();
    }
  }

  /** Writes a diagnostic line to stderr, keeping the progress line below it. */
  log(line: string): void {
    if (this.drawn) this.stream.write("\r\x1b[2K");
    this.stream.write(`${line}\n`);
    if (this.drawn) this.draw();
  }

  /** Removes the progress line. */
  finish(): void {
    if (this.drawn) this.stream.write("\r\x1b[2K");
    this.drawn = false;
  }

  private draw(): void {
    const seconds = (performance.now() - this.started) / 1000;
    const text = describeProgress(
      { done: this.done, failed: this.failed, bytesDone: this.bytesDone, bytesTotal: this.bytesTotal, seconds },
      this.verb,
    );
    this.stream.write(`\r\x1b[2K${this.color ? `\x1b[2m${text}\x1b[22m` : text}`);
    this.drawn = true;
  }
}
