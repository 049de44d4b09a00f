import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import { Progress, describeProgress, formatDuration } from "./progress.js";

describe("formatDuration", () => {
  it("formats minutes and hours", () => {
    expect(formatDuration(5)).toBe("0:05");
    expect(formatDuration(125)).toBe("2:05");
    expect(formatDuration(3725)).toBe("1:02:05");
    expect(formatDuration(-3)).toBe("0:00");
  });
});

describe("describeProgress", () => {
  it("shows count, rate, failures, share and ETA when the total is known", () => {
    expect(describeProgress({ done: 50, failed: 1, bytesDone: 500, bytesTotal: 1000, seconds: 5 }, "parsed")).toBe(
      "parsed 50 · 10.0/s · 1 failed · 50% · ETA 0:05",
    );
  });

  it("leaves out the ETA while the total is unknown", () => {
    expect(describeProgress({ done: 3, failed: 0, bytesDone: 30, bytesTotal: null, seconds: 1 }, "ingested")).toBe(
      "ingested 3 · 3.0/s",
    );
  });
});

describe("Progress", () => {
  it("writes nothing when disabled, but still passes log lines through", () => {
    const stream = new PassThrough();
    let text = "";
    stream.on("data", (d: Buffer) => (text += d.toString()));
    const progress = new Progress(stream, false, "parsed", false);
    progress.add(true, 10);
    progress.log("a.txt: TEXT_EMPTY: empty");
    progress.finish();
    stream.end();
    expect(text).toBe("a.txt: TEXT_EMPTY: empty\n");
  });

  it("draws a line and clears it when enabled", () => {
    const stream = new PassThrough();
    let text = "";
    stream.on("data", (d: Buffer) => (text += d.toString()));
    const progress = new Progress(stream, true, "parsed", false);
    progress.add(true, 10);
    progress.finish();
    expect(text).toContain("parsed 1");
    expect(text.endsWith("\r\x1b[2K")).toBe(true);
  });
});
