import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { UsageError } from "./errors.js";
import { type InputSource, type ParseTask, expandInputs, isNdjsonInput, readTasks, resolveInputs } from "./inputs.js";
import { sniffKind } from "./parse-task.js";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "diplomacy-inputs-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function toArray<T>(source: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of source) out.push(item);
  return out;
}

describe("sniffKind", () => {
  it("goes by the file extension first", () => {
    expect(sniffKind("anything", "a.html")).toBe("html");
    expect(sniffKind("anything", "feed.RSS")).toBe("feed");
    expect(sniffKind("<html>", "a.txt")).toBe("text");
    expect(sniffKind("{}", "x.jsonl")).toBe("ndjson");
  });

  it("recognises feeds, pages, NDJSON and text by their first characters", () => {
    expect(sniffKind('<?xml version="1.0"?>\n<rss version="2.0">')).toBe("feed");
    expect(sniffKind('\uFEFF<feed xmlns="http://www.w3.org/2005/Atom">')).toBe("feed");
    expect(sniffKind("  <!DOCTYPE html><html>")).toBe("html");
    expect(sniffKind('{"text":"a"}\n{"text":"b"}')).toBe("ndjson");
    expect(sniffKind("BEIJING, Aug. 30 (Xinhua) -- talks")).toBe("text");
    expect(sniffKind("")).toBe("text");
  });
});

describe("isNdjsonInput", () => {
  it("goes by the extension, else by a first line opening a JSON object", () => {
    expect(isNdjsonInput("anything", "a.jsonl")).toBe(true);
    expect(isNdjsonInput('{"text":"a"}', "a.txt")).toBe(false);
    expect(isNdjsonInput('{"html":"<p>very long', "crawl.log")).toBe(true);
    expect(isNdjsonInput("{ braces in prose }", "")).toBe(false);
    expect(isNdjsonInput("<rss>", "feed.xml")).toBe(false);
  });
});

describe("expandInputs", () => {
  it("walks folders in sorted order, skipping hidden and unknown files", async () => {
    mkdirSync(join(dir, "b"));
    for (const name of ["z.txt", "a.html", ".hidden.txt", "notes.pdf", "b/inner.ndjson"]) {
      writeFileSync(join(dir, name), "x");
    }
    const sources = await toArray(expandInputs([dir]));
    expect(sources.map((s) => s.name)).toEqual([
      join(dir, "a.html"),
      join(dir, "z.txt"),
      join(dir, "b", "inner.ndjson"),
    ]);
  });

  it("reports a missing path and a glob without matches as failures", async () => {
    const sources = await toArray(expandInputs([join(dir, "missing.txt"), join(dir, "*.nothing")]));
    expect(sources.map((s) => s.type === "missing" && s.failure.code)).toEqual(["FILE_NOT_FOUND", "FILE_NOT_FOUND"]);
  });

  it("keeps standard input as `-`", async () => {
    const sources: InputSource[] = await toArray(expandInputs(["-"]));
    expect(sources).toEqual([{ type: "stdin", name: "-" }]);
  });
});

describe("readTasks", () => {
  it("reads NDJSON files line by line with line numbers, skipping blank lines", async () => {
    const path = join(dir, "batch.ndjson");
    writeFileSync(path, '{"text":"a"}\n\n{"text":"b"}\n');
    const tasks = await toArray(readTasks(expandInputs([path]), { kind: "auto", stdin: Readable.from([]) }));
    expect(tasks.map((t) => t.name)).toEqual([`${path}:1`, `${path}:3`]);
  });

  it("leaves other files for the worker to read", async () => {
    const path = join(dir, "a.txt");
    writeFileSync(path, "Headline\nBody.");
    const [task] = await toArray(readTasks(expandInputs([path]), { kind: "auto", stdin: Readable.from([]) }));
    expect(task).toEqual({ name: path, kind: "auto", path, bytes: 14 });
  });

  it("reads standard input whole, or line by line when it is NDJSON", async () => {
    const whole = await toArray(
      readTasks(expandInputs(["-"]), {
        kind: "auto",
        stdin: Readable.from([Buffer.from("Head\n"), Buffer.from("Body")]),
      }),
    );
    expect(whole).toEqual([{ name: "-", kind: "auto", content: Buffer.from("Head\nBody"), bytes: 9 }]);
    const lines: ParseTask[] = await toArray(
      readTasks(expandInputs(["-"]), {
        kind: "auto",
        stdin: Readable.from([Buffer.from('{"text":"a"}\n{"te'), Buffer.from('xt":"b"}\n')]),
      }),
    );
    expect(lines.map((t) => ("content" in t ? t.content : null))).toEqual(['{"text":"a"}', '{"text":"b"}']);
  });
});

describe("resolveInputs", () => {
  it("reads the arguments, else piped standard input", () => {
    expect(resolveInputs(["a.txt"], { isTTY: true }, "parse")).toEqual(["a.txt"]);
    expect(resolveInputs([], { isTTY: false }, "parse")).toEqual(["-"]);
  });

  it("refuses to wait on an interactive terminal with nothing to read", () => {
    expect(() => resolveInputs([], { isTTY: true }, "ingest")).toThrow(UsageError);
  });
});
