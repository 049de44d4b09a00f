import { createReadStream } from "node:fs";
import { open, opendir, stat } from "node:fs/promises";
import { extname, join } from "node:path";
import { createInterface } from "node:readline";
import type { Readable } from "node:stream";
import { glob } from "tinyglobby";
import type { InputKind } from "@org/diplomacy-core/html";
import { z } from "zod";
import { type InputFailure, UsageError, cliFailure } from "./errors.js";

export type { InputKind };
// The core's input kinds, spelled out so the main thread does not load the HTML parser just to validate a flag;
// `satisfies` keeps the list in step with the core's `InputKindSchema`.
const INPUT_KINDS = ["text", "html", "feed", "ndjson"] as const satisfies readonly InputKind[];
/** The `--input` flag: a kind, or `auto` to recognise each input by its name and first bytes. */
export const InputFlagSchema = z.enum(["auto", ...INPUT_KINDS]);
export type InputFlag = z.infer<typeof InputFlagSchema>;

/** Where articles come from: a file found on disk, standard input, or a path that matched nothing. */
export type InputSource =
  | { type: "file"; name: string; path: string; size: number }
  | { type: "stdin"; name: string }
  | { type: "missing"; name: string; failure: InputFailure };

/** One unit of parsing work: a file the worker reads itself, text already in hand, or a failure to report. */
export type ParseTask =
  | { name: string; kind: InputFlag; path: string; bytes: number }
  | { name: string; kind: InputFlag; content: string | Uint8Array; bytes: number }
  | { name: string; failure: InputFailure; bytes: number };

const EXTENSION_KINDS: Record<string, InputKind> = {
  ".txt": "text",
  ".text": "text",
  ".md": "text",
  ".html": "html",
  ".htm": "html",
  ".xhtml": "html",
  ".xml": "feed",
  ".rss": "feed",
  ".atom": "feed",
  ".ndjson": "ndjson",
  ".jsonl": "ndjson",
};

const GLOB_CHARS = /[*?[\]{}]/;

/**
 * Turns command-line arguments into input sources, lazily: folders are walked one directory at a time (sorted,
 * hidden entries and unknown extensions skipped), globs expanded, `-` is standard input.
 *
 * @example
 * for await (const source of expandInputs(["articles/", "extra/*.html", "-"])) console.log(source.name);
 */
export async function* expandInputs(args: readonly string[]): AsyncGenerator<InputSource> {
  for (const arg of args) {
    if (arg === "-") {
      yield { type: "stdin", name: "-" };
      continue;
    }
    const info = await stat(arg).catch(() => null);
    if (info?.isFile()) yield { type: "file", name: arg, path: arg, size: info.size };
    else if (info?.isDirectory()) yield* walkFolder(arg);
    else if (!info && GLOB_CHARS.test(arg)) {
      const matches = (await glob(arg, { onlyFiles: true, expandDirectories: false })).sort();
      if (matches.length === 0) yield { type: "missing", name: arg, failure: cliFailure("FILE_NOT_FOUND", "no match") };
      for (const path of matches) {
        const size = (await stat(path).catch(() => null))?.size ?? 0;
        yield { type: "file", name: path, path, size };
      }
    } else if (info) {
      yield { type: "missing", name: arg, failure: cliFailure("FILE_UNREADABLE", "not a regular file") };
    } else yield { type: "missing", name: arg, failure: cliFailure("FILE_NOT_FOUND") };
  }
}

async function* walkFolder(root: string): AsyncGenerator<InputSource> {
  const pending = [root];
  while (pending.length > 0) {
    const folder = pending.pop()!;
    const files: string[] = [];
    const folders: string[] = [];
    const dir = await opendir(folder).catch(() => null);
    if (!dir) {
      yield { type: "missing", name: folder, failure: cliFailure("FILE_UNREADABLE", "folder not readable") };
      continue;
    }
    for await (const entry of dir) {
      if (entry.name.startsWith(".")) continue;
      if (entry.isDirectory()) folders.push(entry.name);
      else if (entry.isFile() && EXTENSION_KINDS[extname(entry.name).toLowerCase()]) files.push(entry.name);
    }
    files.sort();
    for (const name of files) {
      const path = join(folder, name);
      const size = (await stat(path).catch(() => null))?.size ?? 0;
      yield { type: "file", name: path, path, size };
    }
    pending.push(
      ...folders
        .sort()
        .reverse()
        .map((name) => join(folder, name)),
    );
  }
}

/**
 * Tells on the main thread whether an input is NDJSON (read line by line there) rather than one document (read by a
 * worker, which recognises HTML, feeds and text with the core's `detectInputKind`): by extension, else by a first
 * line that opens a JSON object.
 *
 * @example
 * isNdjsonInput('{"text":"..."}\n', "crawl.log"); // true
 * isNdjsonInput("<rss>", "feed.xml"); // false
 */
export function isNdjsonInput(head: string, name = ""): boolean {
  const byName = EXTENSION_KINDS[extname(name).toLowerCase()];
  if (byName) return byName === "ndjson";
  return /^\uFEFF?\s*\{\s*("|\})/.test(head);
}

/**
 * Turns sources into parse tasks in order. NDJSON is read line by line (one task per line); other files become a
 * task that names the path, so the worker reads it and the main thread never holds its bytes.
 *
 * @example
 * for await (const task of readTasks(expandInputs(["corpus.ndjson"]), { kind: "auto", stdin: process.stdin })) {}
 */
export async function* readTasks(
  sources: AsyncIterable<InputSource>,
  options: { kind: InputFlag; stdin: Readable },
): AsyncGenerator<ParseTask> {
  for await (const source of sources) {
    if (source.type === "missing") {
      yield { name: source.name, failure: source.failure, bytes: 0 };
    } else if (source.type === "stdin") {
      yield* readStdinTasks(options.stdin, options.kind);
    } else {
      const isNdjson =
        options.kind === "ndjson" ||
        (options.kind === "auto" && isNdjsonInput(await readHead(source.path), source.path));
      if (isNdjson) yield* readNdjsonTasks(createReadStream(source.path), source.name);
      else yield { name: source.name, kind: options.kind, path: source.path, bytes: source.size };
    }
  }
}

async function readHead(path: string): Promise<string> {
  const handle = await open(path, "r").catch(() => null);
  if (!handle) return "";
  try {
    const buffer = Buffer.alloc(2048);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    return buffer.subarray(0, bytesRead).toString("utf8");
  } finally {
    await handle.close();
  }
}

async function* readNdjsonTasks(stream: Readable, name: string, firstLine = 1): AsyncGenerator<ParseTask> {
  const lines = createInterface({ input: stream, crlfDelay: Number.POSITIVE_INFINITY });
  let lineNo = firstLine - 1;
  try {
    for await (const line of lines) {
      lineNo++;
      if (line.trim() === "") continue;
      yield { name: `${name}:${lineNo}`, kind: "ndjson", content: line, bytes: Buffer.byteLength(line) + 1 };
    }
  } catch (error) {
    yield { name, failure: cliFailure("FILE_UNREADABLE", (error as Error).message), bytes: 0 };
  } finally {
    lines.close();
    stream.destroy();
  }
}

async function* readStdinTasks(stdin: Readable, kind: InputFlag): AsyncGenerator<ParseTask> {
  const chunks: Buffer[] = [];
  let size = 0;
  const iterator = stdin[Symbol.asyncIterator]() as AsyncIterator<Buffer | string>;
  const first = await iterator.next();
  if (!first.done) {
    const buffer = Buffer.isBuffer(first.value) ? first.value : Buffer.from(first.value);
    if (kind === "ndjson" || (kind === "auto" && isNdjsonInput(buffer.subarray(0, 2048).toString("utf8")))) {
      const { Readable: ReadableStream } = await import("node:stream");
      const rest = ReadableStream.from(
        (async function* () {
          yield buffer;
          for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield next.value;
        })(),
      );
      yield* readNdjsonTasks(rest, "-");
      return;
    }
    chunks.push(buffer);
    size += buffer.length;
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) {
      const chunk = Buffer.isBuffer(next.value) ? next.value : Buffer.from(next.value);
      chunks.push(chunk);
      size += chunk.length;
    }
  }
  // Kept as bytes: an HTML page or a feed read from a pipe is decoded by the charset it declares.
  yield { name: "-", kind, content: Buffer.concat(chunks, size), bytes: size };
}

/**
 * Adds up the bytes of every file the arguments name (folders walked, globs expanded), for progress ETAs.
 *
 * @example
 * await sumInputBytes(["corpus/"]); // 123456
 */
export async function sumInputBytes(args: readonly string[]): Promise<number> {
  let total = 0;
  for await (const source of expandInputs(args.filter((a) => a !== "-"))) {
    if (source.type === "file") total += source.size;
  }
  return total;
}

/**
 * The inputs a command reads: the arguments, else standard input when something is piped in. With no arguments on
 * an interactive terminal there is nothing to read, which is a usage error rather than a silent wait.
 *
 * @example
 * resolveInputs([], { isTTY: false }); // ["-"]
 */
export function resolveInputs(positionals: string[], stdin: { isTTY?: boolean }, command: string): string[] {
  if (positionals.length > 0) return positionals;
  if (stdin.isTTY) {
    throw new UsageError(command, "no input: name files, folders or globs, or pipe an article to standard input (-)");
  }
  return ["-"];
}
