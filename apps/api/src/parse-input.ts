import { type Article, DiplomacyError, type Result, parseArticle } from "@org/diplomacy-core";
import { detectInputKind, parseInput as parseAnyInput } from "@org/diplomacy-core/html";

export type InputKind = "text" | "html" | "feed" | "ndjson";

export interface ParseInputRequest {
  input: string;
  kind: InputKind | "auto";
  url?: string;
  publishedAt?: string;
  source?: string;
  headline?: string;
  referenceDate?: string;
}

export interface ParsedInput {
  kind: InputKind;
  articles: Article[];
  /** Items (of a feed or NDJSON) that could not be parsed, by position. */
  errors: { index: number; error: { code: string; message: string } }[];
}

/** The input kind a request's Content-Type names, or null for JSON and anything unknown. */
export function kindOfMediaType(contentType: string | undefined): InputKind | null {
  const type = (contentType ?? "").split(";")[0]?.trim().toLowerCase() ?? "";
  if (type === "text/plain") return "text";
  if (type === "text/html" || type === "application/xhtml+xml") return "html";
  if (/^(application|text)\/(rss\+xml|atom\+xml|rdf\+xml|xml)$/.test(type)) return "feed";
  if (type === "application/x-ndjson" || type === "application/ndjson") return "ndjson";
  return null;
}

/**
 * Splits per-item results into records and positioned errors. A single failure, or nothing but failures, becomes
 * the thrown error, so the caller answers with its code (e.g. 422 TEXT_EMPTY or FEED_INVALID).
 *
 * @example
 * collectResults([{ success: true, data: article }]) // { articles: [article], errors: [] }
 */
export function collectResults(results: Result<Article>[]): Pick<ParsedInput, "articles" | "errors"> {
  const articles: Article[] = [];
  const errors: ParsedInput["errors"] = [];
  results.forEach((result, index) => {
    if (result.success) articles.push(result.data);
    else errors.push({ index, error: { code: result.error.code, message: result.error.message } });
  });
  const firstFailure = results.find((r) => !r.success);
  if (articles.length === 0) {
    throw firstFailure && !firstFailure.success ? firstFailure.error : new DiplomacyError("TEXT_EMPTY");
  }
  return { articles, errors };
}

/**
 * Parses text, an HTML page, a feed or NDJSON into records, without storing them. Throws a DiplomacyError (with
 * its permanent code) when nothing could be parsed.
 *
 * @example
 * const { kind, articles } = parseInput({ input: "ASTANA, May 2 -- ...", kind: "auto" });
 */
export function parseInput(request: ParseInputRequest): ParsedInput {
  const kind: InputKind = request.kind === "auto" ? detectInputKind(request.input) : request.kind;
  const options = {
    ...(request.url ? { url: request.url } : {}),
    ...(request.publishedAt ? { publishedAt: request.publishedAt } : {}),
    ...(request.source ? { source: request.source } : {}),
    ...(request.referenceDate ? { referenceDate: request.referenceDate } : {}),
  };
  if (kind === "text") {
    const { referenceDate, ...rest } = options;
    const input = { text: request.input, ...rest, ...(request.headline ? { headline: request.headline } : {}) };
    return { kind, ...collectResults([parseArticle(input, referenceDate ? { referenceDate } : {})]) };
  }
  return { kind, ...collectResults(parseAnyInput(request.input, { ...options, kind })) };
}
