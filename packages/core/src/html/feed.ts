import { Parser } from "htmlparser2";
import { DiplomacyError } from "../errors.js";
import { type Result, attempt, fail, ok } from "../result.js";
import { parseArticle } from "../index.js";
import type { Article } from "../schemas/article.js";
import { normalizeMachineDate } from "./dates.js";
import { decodeBytes } from "./decode.js";
import { extractFragmentParagraphs, splitTextParagraphs } from "./parse-html.js";

/** One item of a feed, as the feed states it. `content` is HTML when `contentIsHtml`, else plain text. */
export interface FeedItem {
  title: string | null;
  link: string | null;
  publishedAt: string | null;
  author: string | null;
  content: string | null;
  contentIsHtml: boolean;
}

/** A feed read from XML: its format, title and items in document order. */
export interface Feed {
  format: "rss" | "rdf" | "atom";
  title: string | null;
  link: string | null;
  items: FeedItem[];
}

/** What the caller knows about a feed. */
export interface ParseFeedOptions {
  /** ISO date that relative dates resolve against when an item carries no date. */
  referenceDate?: string;
  /** The source name for every record (default: the feed's title). */
  source?: string;
}

/**
 * Parses a feed into one record per item, in order: each item's title is its headline, its pubDate / published /
 * updated its `publishedAt`, its link its `url`, and its content (HTML or text) the article text. A feed-level
 * failure (FEED_INVALID, FEED_EMPTY, FEED_ENTITY_FORBIDDEN) comes back as a single failed result.
 *
 * @example
 * for (const result of parseFeed(xml)) {
 *   if (result.success) console.log(result.data.headline, result.data.publishedAt);
 *   else console.log(result.error.code);
 * }
 */
export function parseFeed(xml: string | Uint8Array, options: ParseFeedOptions = {}): Result<Article>[] {
  const feed = readFeed(xml);
  if (!feed.success) return [feed];
  const source = options.source ?? feed.data.title ?? undefined;
  return feed.data.items.map((item) => parseFeedItem(item, { ...options, ...(source ? { source } : {}) }));
}

/**
 * Parses one feed item into a record (see {@link parseFeed}).
 *
 * @example
 * parseFeedItem({ title: "Talks resume", link: null, publishedAt: "2023-08-30", author: null, content: "<p>...</p>", contentIsHtml: true });
 */
export function parseFeedItem(item: FeedItem, options: ParseFeedOptions = {}): Result<Article> {
  return attempt(() => {
    const paragraphs = item.content
      ? item.contentIsHtml
        ? extractFragmentParagraphs(item.content)
        : splitTextParagraphs(item.content)
      : [];
    const headline = item.title ?? undefined;
    const body = headline && paragraphs[0]?.toLowerCase() === headline.toLowerCase() ? paragraphs.slice(1) : paragraphs;
    const text = [headline, ...body].filter(Boolean).join("\n\n");
    if (!text.trim())
      return fail(new DiplomacyError("TEXT_EMPTY", { message: "This feed item has no title or content." }));
    return parseArticle(
      {
        text,
        extracted: true,
        ...(headline ? { headline } : {}),
        ...(item.publishedAt ? { publishedAt: item.publishedAt } : {}),
        ...(item.link ? { url: item.link } : {}),
        ...(options.source ? { source: options.source } : {}),
      },
      { ...(options.referenceDate ? { referenceDate: options.referenceDate } : {}) },
    );
  });
}

/** Feeds larger than this (UTF-16 units) are refused. */
const MAX_FEED_LENGTH = 50_000_000;

const ITEM_TAGS = new Set(["item", "entry"]);

interface OpenItem {
  fields: Map<string, string>;
  attrs: Map<string, Record<string, string>>;
  links: Array<Record<string, string>>;
  authorName: string | null;
}

/**
 * Reads an RSS 2.0, RSS 1.0 (RDF) or Atom feed into its items without parsing them. XML entity expansion is off:
 * a feed declaring its own entities (a DOCTYPE internal subset, as in "billion laughs") is refused, and no DOCTYPE
 * is ever fetched. Only the five XML entities and numeric references are decoded.
 *
 * @example
 * const feed = readFeed('<rss version="2.0"><channel><title>News</title><item><title>Talks</title></item></channel></rss>');
 * if (feed.success) console.log(feed.data.items[0]?.title); // "Talks"
 */
export function readFeed(xml: string | Uint8Array): Result<Feed> {
  return attempt(() => {
    let source: string;
    if (typeof xml === "string") source = xml;
    else if (xml instanceof Uint8Array) {
      const decoded = decodeBytes(xml);
      if (!decoded.success) return decoded;
      source = decoded.data.text;
    } else return fail(new DiplomacyError("FEED_INVALID", { message: "Pass the feed as a string or bytes." }));
    if (source.length > MAX_FEED_LENGTH)
      return fail(new DiplomacyError("FEED_INVALID", { message: "The feed is too large: split it." }));
    const prolog = readProlog(source);
    if (/<!ENTITY/i.test(prolog)) return fail(new DiplomacyError("FEED_ENTITY_FORBIDDEN"));
    return scanFeed(source);
  });
}

/** Everything before the root element: the XML declaration, comments and any DOCTYPE with its internal subset. */
function readProlog(source: string): string {
  let i = 0;
  while (i < source.length) {
    const lt = source.indexOf("<", i);
    if (lt < 0) return source;
    const next = source[lt + 1] ?? "";
    if (next === "?") {
      const end = source.indexOf("?>", lt);
      i = end < 0 ? source.length : end + 2;
    } else if (source.startsWith("<!--", lt)) {
      const end = source.indexOf("-->", lt);
      i = end < 0 ? source.length : end + 3;
    } else if (next === "!") {
      const bracket = source.indexOf("[", lt);
      const close = source.indexOf(">", lt);
      if (bracket >= 0 && (close < 0 || bracket < close)) {
        const end = source.indexOf("]", bracket);
        const after = end < 0 ? -1 : source.indexOf(">", end);
        i = after < 0 ? source.length : after + 1;
      } else i = close < 0 ? source.length : close + 1;
    } else return source.slice(0, lt);
  }
  return source;
}

function scanFeed(source: string): Result<Feed> {
  const stack: string[] = [];
  const items: FeedItem[] = [];
  let format: Feed["format"] | null = null;
  let feedTitle: string | null = null;
  let feedLink: string | null = null;
  let item: OpenItem | null = null;
  let itemDepth = -1;
  let text = "";
  let xhtmlDepth = -1;
  let xhtml = "";
  let malformed: string | null = null;

  const parser = new Parser(
    {
      onopentag(rawName, attribs) {
        const name = rawName.toLowerCase();
        if (xhtmlDepth >= 0) {
          xhtml += `<${localName(name)}${serializeAttributes(attribs)}>`;
          stack.push(name);
          return;
        }
        if (stack.length === 0) {
          if (name === "rss") format = "rss";
          else if (name === "rdf:rdf" || localName(name) === "rdf") format = "rdf";
          else if (localName(name) === "feed") format = "atom";
        }
        stack.push(name);
        text = "";
        if (ITEM_TAGS.has(localName(name)) && item === null) {
          item = { fields: new Map(), attrs: new Map(), links: [], authorName: null };
          itemDepth = stack.length;
          return;
        }
        if (item !== null) {
          if (localName(name) === "link" && (attribs.href || attribs.rel)) item.links.push(attribs);
          item.attrs.set(name, attribs);
          if ((name === "content" || name === "summary") && attribs.type === "xhtml") {
            xhtmlDepth = stack.length;
            xhtml = "";
          }
        } else if (localName(name) === "link" && attribs.href && !feedLink && format === "atom") {
          if (!attribs.rel || attribs.rel === "alternate") feedLink = attribs.href;
        }
      },
      ontext(data) {
        if (xhtmlDepth >= 0) xhtml += escapeText(data);
        else text += data;
      },
      onclosetag(rawName, isImplied) {
        const name = rawName.toLowerCase();
        const selfClosing = source[parser.endIndex] === ">" && source[parser.endIndex - 1] === "/";
        if (isImplied && !selfClosing) malformed ??= `the element <${name}> is not closed properly`;
        if (xhtmlDepth >= 0 && stack.length > xhtmlDepth) {
          xhtml += `</${localName(name)}>`;
          stack.pop();
          return;
        }
        const depth = stack.length;
        stack.pop();
        if (xhtmlDepth >= 0 && depth === xhtmlDepth) {
          if (item) item.fields.set(name, xhtml);
          xhtmlDepth = -1;
          text = "";
          return;
        }
        if (item !== null && depth === itemDepth) {
          items.push(finishItem(item));
          item = null;
          itemDepth = -1;
        } else if (item !== null && depth === itemDepth + 1) {
          if (!item.fields.has(name)) item.fields.set(name, text);
        } else if (
          item !== null &&
          depth === itemDepth + 2 &&
          name.endsWith("name") &&
          stack.at(-1)?.endsWith("author")
        ) {
          item.authorName ??= text.trim() || null;
        } else if (item === null && depth <= 3 && localName(name) === "title" && feedTitle === null) {
          feedTitle = text.trim() || null;
        } else if (item === null && depth <= 3 && localName(name) === "link" && feedLink === null && text.trim()) {
          feedLink = text.trim();
        }
        text = "";
      },
    },
    { xmlMode: true, decodeEntities: true },
  );
  parser.write(source);
  parser.end();
  if (format === null)
    return fail(
      new DiplomacyError("FEED_INVALID", {
        message: "The feed is not RSS, RDF or Atom: its root element is not <rss>, <rdf:RDF> or <feed>.",
      }),
    );
  if (malformed !== null)
    return fail(new DiplomacyError("FEED_INVALID", { message: `The feed is not well-formed XML: ${malformed}.` }));
  if (items.length === 0) return fail(new DiplomacyError("FEED_EMPTY"));
  return ok({ format, title: feedTitle, link: feedLink, items });
}

function finishItem(item: OpenItem): FeedItem {
  const f = (name: string): string | null => {
    const v = item.fields.get(name);
    return v?.trim() ? v.trim() : null;
  };
  const alternate =
    item.links.find((l) => l.href && (!l.rel || l.rel === "alternate"))?.href ?? item.links[0]?.href ?? null;
  const guid = f("guid");
  const link = f("link") ?? alternate ?? (guid && /^https?:\/\//i.test(guid) ? guid : null);
  const date =
    f("pubdate") ??
    f("dc:date") ??
    f("published") ??
    f("dcterms:issued") ??
    f("issued") ??
    f("updated") ??
    f("dc:created");
  const content = f("content:encoded") ?? f("content") ?? f("description") ?? f("summary");
  const type = item.attrs.get(f("content:encoded") ? "content:encoded" : f("content") ? "content" : "summary")?.type;
  const contentIsHtml =
    content !== null && (type === "html" || type === "xhtml" || (type !== "text" && looksLikeHtml(content)));
  return {
    title: readTitle(f("title"), item.attrs.get("title")?.type),
    link,
    publishedAt: normalizeMachineDate(date),
    author: f("dc:creator") ?? item.authorName ?? f("author"),
    content,
    contentIsHtml,
  };
}

/** True when a string holds HTML markup (tags or escaped entities), not plain text. */
export function looksLikeHtml(text: string): boolean {
  return /<\/?(?:p|br|div|span|a|img|b|i|em|strong|ul|ol|li|h[1-6]|blockquote|figure|table)\b[^<>]*>/i.test(
    text.slice(0, 200_000),
  );
}

function readTitle(raw: string | null, type: string | undefined): string | null {
  if (!raw) return null;
  const isHtml = type === "html" || type === "xhtml" || looksLikeHtml(raw);
  const title = collapse(isHtml ? decodeHtmlEntities(stripTags(raw)) : raw);
  return title || null;
}

const NAMED_ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " " };

/** Decodes the few HTML entities that survive in titles marked as HTML ("&amp;", "&#8217;"). */
function decodeHtmlEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,8});/gi, (whole, ref: string) => {
    if (ref[0] === "#") {
      const code = ref[1] === "x" || ref[1] === "X" ? Number.parseInt(ref.slice(2), 16) : Number(ref.slice(1));
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[ref.toLowerCase()] ?? whole;
  });
}

function localName(name: string): string {
  const colon = name.indexOf(":");
  return colon >= 0 ? name.slice(colon + 1) : name;
}

function serializeAttributes(attribs: Record<string, string>): string {
  let out = "";
  for (const [k, v] of Object.entries(attribs)) out += ` ${k}="${v.replace(/&/g, "&amp;").replace(/"/g, "&quot;")}"`;
  return out;
}

function escapeText(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

function stripTags(text: string): string {
  return text.replace(/<[^<>]*>/g, " ");
}

function collapse(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}
