import { readFileSync } from "node:fs";
import { type Article, type Result, isDiplomacyError, parseArticle } from "@org/diplomacy-core";
import {
  NdjsonLineSchema as CoreNdjsonLineSchema,
  type InputKind,
  detectInputKind,
  parseFeed,
  parseHtml,
} from "@org/diplomacy-core/html";
import { DiplomacyError } from "@org/diplomacy-core";
import { z } from "zod";
import { type InputFailure, cliFailure } from "./errors.js";
import { type ParseTask, isNdjsonInput } from "./inputs.js";

/** What the caller knows about the inputs (from --url, --published-at, --source, --reference-date). */
export interface ParseTaskOptions {
  url?: string;
  publishedAt?: string;
  source?: string;
  referenceDate?: string;
}

/** The result of one article: its record, or the failure to report. Feeds give one outcome per item. */
export type ParseOutcome =
  | { name: string; ok: true; record: Article }
  | { name: string; ok: false; error: InputFailure };

/**
 * One line of an NDJSON input: the core's line schema, with null fields (as exported records carry them) read as
 * absent, so `diplomacy export articles | diplomacy ingest -` round-trips.
 */
export const NdjsonLineSchema = z.preprocess(
  (value) =>
    value && typeof value === "object" && !Array.isArray(value)
      ? Object.fromEntries(Object.entries(value).filter(([, v]) => v !== null))
      : value,
  CoreNdjsonLineSchema,
);

/**
 * Parses one task into outcomes. Never throws: every failure becomes an outcome with a code and a message.
 *
 * @example
 * runParseTask({ name: "a.txt", kind: "auto", path: "a.txt", bytes: 10 }, {}); // [{ name: "a.txt", ok: true, record }]
 */
export function runParseTask(task: ParseTask, options: ParseTaskOptions): ParseOutcome[] {
  if ("failure" in task) return [{ name: task.name, ok: false, error: task.failure }];
  let content: string | Buffer;
  try {
    content = "path" in task ? readFileSync(task.path) : toBufferOrString(task.content);
  } catch (error) {
    return [
      { name: task.name, ok: false, error: cliFailure("FILE_UNREADABLE", (error as NodeJS.ErrnoException).code) },
    ];
  }
  try {
    const head = typeof content === "string" ? content.slice(0, 2048) : content.subarray(0, 2048).toString("utf8");
    const kind: InputKind = task.kind === "auto" ? sniffKind(head, task.name) : task.kind;
    return parseContent(task.name, kind, content, options);
  } catch (error) {
    return [{ name: task.name, ok: false, error: toFailure(error) }];
  }
}

function parseContent(
  name: string,
  kind: InputKind,
  content: string | Buffer,
  options: ParseTaskOptions,
): ParseOutcome[] {
  const text = () => (typeof content === "string" ? content : content.toString("utf8"));
  switch (kind) {
    case "text":
      return [toOutcome(name, parseArticle(withMeta(text(), options), pickReference(options)))];
    case "html":
      return [toOutcome(name, parseHtmlInput(content, options))];
    case "feed":
      return parseFeedInput(name, content, options);
    case "ndjson":
      return text()
        .split("\n")
        .filter((line) => line.trim() !== "")
        .map((line, i, all) => toOutcome(all.length > 1 ? `${name}:${i + 1}` : name, parseNdjsonLine(line, options)));
  }
}

function withMeta(text: string, options: ParseTaskOptions) {
  return {
    text,
    ...(options.url ? { url: options.url } : {}),
    ...(options.publishedAt ? { publishedAt: options.publishedAt } : {}),
    ...(options.source ? { source: options.source } : {}),
  };
}

function pickReference(options: ParseTaskOptions) {
  return options.referenceDate ? { referenceDate: options.referenceDate } : {};
}

function parseHtmlInput(content: string | Uint8Array, options: ParseTaskOptions): Result<Article> {
  return parseHtml(content, options);
}

function parseFeedInput(name: string, content: string | Buffer, options: ParseTaskOptions): ParseOutcome[] {
  const results = parseFeed(content, {
    ...(options.referenceDate ? { referenceDate: options.referenceDate } : {}),
    ...(options.source ? { source: options.source } : {}),
  });
  if (results.length === 1 && !results[0]!.success) return [toOutcome(name, results[0]!)];
  return results.map((result, i) => toOutcome(`${name}#${i + 1}`, result));
}

/** Bytes posted to a worker arrive as a plain Uint8Array: view them as a Buffer again (no copy). */
function toBufferOrString(content: string | Uint8Array): string | Buffer {
  if (typeof content === "string" || Buffer.isBuffer(content)) return content;
  return Buffer.from(content.buffer, content.byteOffset, content.byteLength);
}

/**
 * Recognises an input's kind with the core's `detectInputKind` (extension, else first characters); a sample cut
 * inside a long first NDJSON line still counts as NDJSON.
 *
 * @example
 * sniffKind("<?xml version='1.0'?><rss>", "feed"); // "feed"
 */
export function sniffKind(head: string, name = ""): InputKind {
  const kind = detectInputKind(head, name || undefined);
  return kind === "text" && isNdjsonInput(head, name) ? "ndjson" : kind;
}

/**
 * Parses one NDJSON line `{ text | html, url?, headline?, publishedAt?, source? }`; the line's own fields win over
 * the flags.
 *
 * @example
 * parseNdjsonLine('{"text":"BEIJING, Aug. 30 -- ..."}', {}).success; // true
 */
export function parseNdjsonLine(line: string, options: ParseTaskOptions): Result<Article> {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return { success: false, error: new DiplomacyError("NDJSON_LINE_INVALID") };
  }
  const checked = NdjsonLineSchema.safeParse(value);
  if (!checked.success) {
    return { success: false, error: new DiplomacyError("NDJSON_LINE_INVALID", { issues: checked.error.issues }) };
  }
  const { text, html, headline, ...meta } = checked.data;
  const merged: ParseTaskOptions = { ...options, ...stripEmpty(meta) };
  if (typeof html === "string" && typeof text !== "string") return parseHtmlInput(html, merged);
  return parseArticle({ ...withMeta(text ?? "", merged), ...(headline ? { headline } : {}) }, pickReference(merged));
}

function stripEmpty(value: Record<string, string | null | undefined>): Record<string, string> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => typeof v === "string" && v !== "")) as Record<
    string,
    string
  >;
}

function toOutcome(name: string, result: Result<Article>): ParseOutcome {
  if (result.success) return { name, ok: true, record: result.data };
  return { name, ok: false, error: toFailure(result.error) };
}

/** Turns anything thrown or returned as an error into `{ code, message }`. */
export function toFailure(error: unknown): InputFailure {
  if (isDiplomacyError(error)) return { code: error.code, message: error.message };
  return { code: "INTERNAL", message: error instanceof Error ? error.message : String(error) };
}
