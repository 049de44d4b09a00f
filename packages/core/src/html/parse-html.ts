import { parseHTML } from "linkedom";
import { DiplomacyError } from "../errors.js";
import { type Result, attempt, fail, ok } from "../result.js";
import type { Article } from "../schemas/article.js";
import { parseArticle } from "../index.js";
import { decodeBytes } from "./decode.js";
import { collectBlocks } from "./blocks.js";
import { cleanBlocks, extractArticle } from "./extract-article.js";
import { type PageMetadata, readMetadata } from "./metadata.js";

/** What the caller knows about a page; the page's own metadata fills what is missing. */
export interface ParseHtmlOptions {
  /** The page's address (used for URL date patterns and the record's `url`). */
  url?: string;
  /** The publication date when the caller knows it: beats the page's metadata. */
  publishedAt?: string;
  /** ISO date that relative dates resolve against when the page carries no date. */
  referenceDate?: string;
  /** Where the page came from (site or feed name). */
  source?: string;
  /** The character set to assume when the bytes declare none (e.g. from an HTTP Content-Type header). */
  charset?: string;
}

/** The article found in a page, before the record pipeline runs. */
export interface ExtractedPage extends PageMetadata {
  paragraphs: string[];
  /** headline + blank line + paragraphs joined by blank lines: the text every span of the record indexes. */
  text: string;
  method: "readability" | "density" | "fragment" | "none";
}

/** Pages larger than this (UTF-16 units) are refused as not a news page. */
const MAX_HTML_LENGTH = 20_000_000;

/**
 * Finds the article in an HTML page (text or bytes in any declared character set) and reads its metadata, without
 * running the record pipeline.
 *
 * @example
 * const page = extractHtml("<html><head><title>Talks resume | Daily</title></head><body><article><p>...</p></article></body></html>");
 * if (page.success) console.log(page.data.headline, page.data.paragraphs.length);
 */
export function extractHtml(html: string | Uint8Array, options: ParseHtmlOptions = {}): Result<ExtractedPage> {
  return attempt(() => {
    let source: string;
    if (typeof html === "string") source = html;
    else if (html instanceof Uint8Array) {
      const decoded = decodeBytes(html, options.charset);
      if (!decoded.success) return decoded;
      source = decoded.data.text;
    } else return fail(new DiplomacyError("HTML_INVALID", { message: "Pass the page as a string or bytes." }));
    if (source.length > MAX_HTML_LENGTH)
      return fail(new DiplomacyError("HTML_INVALID", { message: "The page is too large to be a news article." }));
    if (!/<[a-z!?/]/i.test(source.slice(0, 100_000)))
      return fail(new DiplomacyError("HTML_INVALID", { message: "This is not HTML: no tags were found." }));
    const { document } = parseHTML(source);
    const metadata = readMetadata(document as never, options.url ?? null);
    const found = extractArticle(document as never, () => parseHTML(source).document as never);
    const headline = metadata.headline ?? found.title ?? null;
    const fromFragment =
      found.paragraphs.length === 0 && isFragment(source) ? extractFragmentParagraphs(source) : found.paragraphs;
    const paragraphs = dropHeadlineEcho(fromFragment, headline);
    if (paragraphs.length === 0) return fail(new DiplomacyError("HTML_NO_ARTICLE"));
    const text = [headline, ...paragraphs].filter((p): p is string => !!p).join("\n\n");
    return ok({
      ...metadata,
      headline,
      publishedAt: options.publishedAt ?? metadata.publishedAt,
      author: metadata.author ?? found.byline,
      paragraphs,
      text,
      method: fromFragment === found.paragraphs ? found.method : "fragment",
    });
  });
}

/**
 * Parses an HTML page into an {@link Article} record: the article text is found in the page, its headline and
 * publication date come from the page's metadata (caller-supplied values win), and the record's `text` is the
 * headline and paragraphs joined by blank lines, which every span indexes. Never throws.
 *
 * @example
 * const result = parseHtml(bytes, { url: "https://example.com/2023/08/30/talks" });
 * if (result.success) console.log(result.data.headline, result.data.publishedAt);
 * else console.log(result.error.code); // e.g. "HTML_NO_ARTICLE"
 */
export function parseHtml(html: string | Uint8Array, options: ParseHtmlOptions = {}): Result<Article> {
  const page = extractHtml(html, options);
  if (!page.success) return page;
  return parseArticle(toArticleInput(page.data, options), { referenceDate: options.referenceDate });
}

/** The input `parseArticle` gets for an extracted page. */
export function toArticleInput(
  page: ExtractedPage,
  options: Pick<ParseHtmlOptions, "url" | "source" | "publishedAt"> = {},
): { text: string; headline?: string; publishedAt?: string; url?: string; source?: string; extracted: true } {
  const publishedAt = options.publishedAt ?? page.publishedAt ?? undefined;
  const url = options.url ?? page.url ?? undefined;
  const source = options.source ?? page.siteName ?? undefined;
  return {
    text: page.text,
    extracted: true,
    ...(page.headline ? { headline: page.headline } : {}),
    ...(publishedAt ? { publishedAt } : {}),
    ...(url ? { url } : {}),
    ...(source ? { source } : {}),
  };
}

/** True for a snippet of HTML (an NDJSON or feed field) rather than a whole page. */
function isFragment(source: string): boolean {
  return !/<(?:html|body|head)\b/i.test(source.slice(0, 50_000));
}

const foldText = (s: string): string => s.toLowerCase().replace(/\s+/g, " ").trim();

function dropHeadlineEcho(paragraphs: string[], headline: string | null): string[] {
  if (!headline || paragraphs.length === 0) return paragraphs;
  const h = foldText(headline);
  const firstIndex = paragraphs.findIndex((p) => foldText(p) === h);
  if (firstIndex >= 0 && firstIndex < 3) return paragraphs.filter((_, i) => i !== firstIndex);
  return paragraphs;
}

/**
 * Reads the paragraphs of an HTML fragment that is all article (a feed item's `content:encoded`, an NDJSON
 * line's `html` snippet): no search for the article, only the clean-up of furniture lines.
 *
 * @example
 * extractFragmentParagraphs("<p>First.</p><p>Second.</p>"); // ["First.", "Second."]
 */
export function extractFragmentParagraphs(html: string): string[] {
  const { document } = parseHTML(`<!doctype html><html><head></head><body>${html}</body></html>`);
  const body = document.querySelector("body");
  return body ? cleanBlocks(collectBlocks(body as never)) : [];
}

/**
 * Splits plain text into paragraphs at blank lines (or at line breaks when it has no blank lines).
 *
 * @example
 * splitTextParagraphs("One.\n\nTwo."); // ["One.", "Two."]
 */
export function splitTextParagraphs(text: string): string[] {
  const normalized = text.replace(/\r\n?/g, "\n");
  const parts = /\n[ \t]*\n/.test(normalized) ? normalized.split(/\n[ \t]*\n/) : normalized.split("\n");
  return parts.map((p) => p.replace(/\s+/g, " ").trim()).filter(Boolean);
}
