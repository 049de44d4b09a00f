import { z } from "zod";
import { DiplomacyError } from "../errors.js";
import { parseArticle } from "../index.js";
import { type Result, attempt, fail } from "../result.js";
import type { Article } from "../schemas/article.js";
import { parseHtml } from "./parse-html.js";

/** One NDJSON line: an article given as HTML or as text, with what the caller knows about it. */
export const NdjsonLineSchema = z
  .object({
    url: z.string().optional(),
    html: z.string().optional(),
    text: z.string().optional(),
    headline: z.string().optional(),
    publishedAt: z.string().optional(),
    source: z.string().optional(),
  })
  .refine((line) => typeof line.html === "string" || typeof line.text === "string", {
    message: "each line needs an html or a text field",
  });
export type NdjsonLine = z.infer<typeof NdjsonLineSchema>;

/** Options shared by every line. */
export interface ParseNdjsonOptions {
  /** ISO date that relative dates resolve against when a line carries no date. */
  referenceDate?: string;
}

/**
 * Parses one NDJSON line into a record. A blank line gives null (skip it); a line that is not a JSON object with
 * `html` or `text` gives a typed NDJSON_LINE_INVALID error naming the line, so a stream can go on.
 *
 * @example
 * parseNdjsonLine('{"text":"Wang Yi met Cleverly in Beijing on Wednesday.","publishedAt":"2023-08-30"}', 1);
 * parseNdjsonLine("not json", 2); // { success: false, error: { code: "NDJSON_LINE_INVALID", details: { line: 2 } } }
 */
export function parseNdjsonLine(
  line: string,
  lineNumber: number,
  options: ParseNdjsonOptions = {},
): Result<Article> | null {
  if (!line.trim()) return null;
  return attempt(() => {
    let raw: unknown;
    try {
      raw = JSON.parse(line);
    } catch (cause) {
      return fail(lineError(lineNumber, "it is not valid JSON", { cause }));
    }
    const parsed = NdjsonLineSchema.safeParse(raw);
    if (!parsed.success)
      return fail(
        lineError(lineNumber, "it is not an object with an html or a text field", { issues: parsed.error.issues }),
      );
    const result = parseNdjsonRecord(parsed.data, options);
    if (result.success) return result;
    const { error } = result;
    return fail(
      new DiplomacyError(error.code, {
        message: `Line ${lineNumber}: ${error.message}`,
        ...(error.issues ? { issues: error.issues } : {}),
        details: { ...(error.details ?? {}), line: lineNumber },
        cause: error,
      }),
    );
  });
}

/**
 * Parses NDJSON (one JSON object a line) into one result per non-blank line, in order; bad lines become typed
 * errors for that line and the rest still parse.
 *
 * @example
 * const results = parseNdjson('{"text":"..."}\nnot json\n{"html":"<p>...</p>","url":"https://example.com/a"}');
 * results.map((r) => r.success); // [true, false, true]
 */
export function parseNdjson(input: string | Iterable<string>, options: ParseNdjsonOptions = {}): Result<Article>[] {
  const lines = typeof input === "string" ? input.split(/\r?\n/) : input;
  const results: Result<Article>[] = [];
  let lineNumber = 0;
  for (const line of lines) {
    lineNumber++;
    const result = parseNdjsonLine(line, lineNumber, options);
    if (result) results.push(result);
  }
  return results;
}

function parseNdjsonRecord(line: NdjsonLine, options: ParseNdjsonOptions): Result<Article> {
  const known = {
    ...(line.url ? { url: line.url } : {}),
    ...(line.publishedAt ? { publishedAt: line.publishedAt } : {}),
    ...(line.source ? { source: line.source } : {}),
    ...(options.referenceDate ? { referenceDate: options.referenceDate } : {}),
  };
  if (typeof line.html === "string") return parseHtml(line.html, known);
  return parseArticle(
    {
      text: line.text ?? "",
      ...(line.headline ? { headline: line.headline } : {}),
      ...(line.url ? { url: line.url } : {}),
      ...(line.publishedAt ? { publishedAt: line.publishedAt } : {}),
      ...(line.source ? { source: line.source } : {}),
    },
    { ...(options.referenceDate ? { referenceDate: options.referenceDate } : {}) },
  );
}

function lineError(
  lineNumber: number,
  why: string,
  extra: { cause?: unknown; issues?: z.core.$ZodIssue[] },
): DiplomacyError {
  return new DiplomacyError("NDJSON_LINE_INVALID", {
    message: `Line ${lineNumber}: ${why}. Each line must be a JSON object with an html or a text field.`,
    details: { line: lineNumber },
    ...extra,
  });
}
