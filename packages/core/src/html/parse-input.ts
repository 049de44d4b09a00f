import { DiplomacyError } from "../errors.js";
import { parseArticle } from "../index.js";
import { type Result, fail } from "../result.js";
import type { Article } from "../schemas/article.js";
import { decodeBytes } from "./decode.js";
import { type InputKind, InputKindSchema, detectInputKind } from "./detect-kind.js";
import { parseFeed } from "./feed.js";
import { parseNdjson } from "./ndjson.js";
import { parseHtml } from "./parse-html.js";

/** What the caller knows about an input of any kind. */
export interface ParseInputOptions {
  /** The kind when known ("text", "html", "feed", "ndjson"); otherwise detected from `filename` and the content. */
  kind?: InputKind;
  /** The file name, used to detect the kind by extension. */
  filename?: string;
  url?: string;
  publishedAt?: string;
  referenceDate?: string;
  source?: string;
  /** The character set to assume for undeclared bytes (HTML). */
  charset?: string;
}

/**
 * Parses any supported input (plain text, an HTML page, an RSS/RDF/Atom feed, NDJSON) into its records: one result
 * for text and HTML, one per item for feeds, one per non-blank line for NDJSON. Never throws; every failure is a
 * typed result.
 *
 * @example
 * const results = parseInput(readFileSync("news.rss"), { filename: "news.rss" });
 * for (const r of results) console.log(r.success ? r.data.headline : r.error.code);
 */
export function parseInput(content: string | Uint8Array, options: ParseInputOptions = {}): Result<Article>[] {
  try {
    return dispatch(content, options);
  } catch (cause) {
    return [fail(new DiplomacyError("INTERNAL", { cause }))];
  }
}

function dispatch(content: string | Uint8Array, options: ParseInputOptions): Result<Article>[] {
  if (options.kind !== undefined && !InputKindSchema.safeParse(options.kind).success)
    return [
      fail(
        new DiplomacyError("INPUT_KIND_UNKNOWN", {
          message: `Unknown input kind "${String(options.kind)}": pass text, html, feed or ndjson.`,
        }),
      ),
    ];
  const kind = options.kind ?? detectInputKind(content, options.filename);
  const referenceDate = options.referenceDate ? { referenceDate: options.referenceDate } : {};
  switch (kind) {
    case "html":
      return [
        parseHtml(content, {
          ...referenceDate,
          ...(options.url ? { url: options.url } : {}),
          ...(options.publishedAt ? { publishedAt: options.publishedAt } : {}),
          ...(options.source ? { source: options.source } : {}),
          ...(options.charset ? { charset: options.charset } : {}),
        }),
      ];
    case "feed":
      return parseFeed(content, { ...referenceDate, ...(options.source ? { source: options.source } : {}) });
    case "ndjson": {
      const text = toText(content, options.charset);
      if (!text.success) return [text];
      return parseNdjson(text.data, referenceDate);
    }
    default: {
      const text = toText(content, options.charset);
      if (!text.success) return [text];
      return [
        parseArticle(
          {
            text: text.data,
            ...(options.url ? { url: options.url } : {}),
            ...(options.publishedAt ? { publishedAt: options.publishedAt } : {}),
            ...(options.source ? { source: options.source } : {}),
          },
          referenceDate,
        ),
      ];
    }
  }
}

function toText(content: string | Uint8Array, charset?: string): Result<string> {
  if (typeof content === "string") return { success: true, data: content };
  const decoded = decodeBytes(content, charset);
  return decoded.success ? { success: true, data: decoded.data.text } : decoded;
}
