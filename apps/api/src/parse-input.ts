import * as coreHtml from "@org/diplomacy-core/html";
import { type Article, DiplomacyError, type Result, parseArticle } from "@org/diplomacy-core";

export type InputKind = "text" | "html" | "feed";

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
  /** Feed items that could not be parsed, by position in the feed. */
  errors: { index: number; error: { code: string; message: string } }[];
}

type HtmlOptions = { url?: string; publishedAt?: string; source?: string; referenceDate?: string };

// The HTML/feed entry of the core grows in parallel; the API uses each function once it exists.
interface HtmlModule {
  parseHtml(html: string, options?: HtmlOptions): Result<Article>;
  parseFeed(xml: string, options?: HtmlOptions): Result<unknown>;
  detectInputKind(input: string): string;
}
const html = coreHtml as unknown as Partial<HtmlModule>;

const FEED_START = /^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:rss|feed|rdf:RDF)\b/i;

/**
 * What kind of input a string is: a feed (RSS, RDF or Atom), an HTML page, or plain text.
 *
 * @example
 * detectKind("<rss version=\"2.0\"><channel>...</channel></rss>") // "feed"
 */
export function detectKind(input: string): InputKind {
  if (typeof html.detectInputKind === "function") {
    const kind = html.detectInputKind(input);
    if (kind === "text" || kind === "html" || kind === "feed") return kind;
  }
  const head = input.slice(0, 4096);
  if (FEED_START.test(head)) return "feed";
  if (/^\s*(?:<!doctype html|<html\b|<head\b|<body\b|<article\b|<div\b|<p\b|<meta\b)/i.test(head)) return "html";
  return "text";
}

/** The input kind a request's Content-Type names, or null for JSON and anything unknown. */
export function kindOfMediaType(contentType: string | undefined): InputKind | null {
  const type = (contentType ?? "").split(";")[0]?.trim().toLowerCase() ?? "";
  if (type === "text/plain") return "text";
  if (type === "text/html" || type === "application/xhtml+xml") return "html";
  if (/^(application|text)\/(rss\+xml|atom\+xml|rdf\+xml|xml)$/.test(type)) return "feed";
  return null;
}

function unwrapOrThrow<T>(result: Result<T>): T {
  if (result.success) return result.data;
  throw result.error;
}

function collectFeed(data: unknown): Pick<ParsedInput, "articles" | "errors"> {
  const items: unknown[] = Array.isArray(data)
    ? data
    : data && typeof data === "object"
      ? ((data as { articles?: unknown[] }).articles ?? (data as { items?: unknown[] }).items ?? [])
      : [];
  const articles: Article[] = [];
  const errors: ParsedInput["errors"] = [];
  items.forEach((item, index) => {
    if (item && typeof item === "object" && "success" in item) {
      const result = item as Result<Article>;
      if (result.success) articles.push(result.data);
      else errors.push({ index, error: { code: result.error.code, message: result.error.message } });
    } else if (item && typeof item === "object" && "id" in item && "text" in item) {
      articles.push(item as Article);
    }
  });
  return { articles, errors };
}

/**
 * Parses text, an HTML page or a feed into records, without storing them.
 * Throws a DiplomacyError (with its permanent code) when the input cannot be parsed.
 *
 * @example
 * const { kind, articles } = parseInput({ input: "ASTANA, May 2 -- ...", kind: "auto" });
 */
export function parseInput(request: ParseInputRequest): ParsedInput {
  const kind = request.kind === "auto" ? detectKind(request.input) : request.kind;
  const options: HtmlOptions = {
    ...(request.url ? { url: request.url } : {}),
    ...(request.publishedAt ? { publishedAt: request.publishedAt } : {}),
    ...(request.source ? { source: request.source } : {}),
    ...(request.referenceDate ? { referenceDate: request.referenceDate } : {}),
  };
  if (kind === "html") {
    if (typeof html.parseHtml !== "function") {
      throw new DiplomacyError("HTML_INVALID", { message: "This build cannot read HTML: pass plain text." });
    }
    return { kind, articles: [unwrapOrThrow(html.parseHtml(request.input, options))], errors: [] };
  }
  if (kind === "feed") {
    if (typeof html.parseFeed !== "function") {
      throw new DiplomacyError("FEED_INVALID", { message: "This build cannot read feeds: pass plain text." });
    }
    return { kind, ...collectFeed(unwrapOrThrow(html.parseFeed(request.input, options))) };
  }
  const { referenceDate, ...rest } = options;
  const input = { text: request.input, ...rest, ...(request.headline ? { headline: request.headline } : {}) };
  const article = unwrapOrThrow(parseArticle(input, referenceDate ? { referenceDate } : {}));
  return { kind, articles: [article], errors: [] };
}
