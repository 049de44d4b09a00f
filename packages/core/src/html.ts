// `@org/diplomacy-core/html`: HTML pages, RSS/Atom feeds and NDJSON inputs. Kept out of the main entry so the
// plain-text parser stays light in the browser (linkedom, Readability and htmlparser2 load only from here).
//
//   import { parseInput } from "@org/diplomacy-core/html";
//   const results = parseInput(bytes, { filename: "news.rss" }); // Result<Article>[]: one per page, item or line
//
// parseHtml (one page), parseFeed (one record per item), parseNdjson / parseNdjsonLine (one per line, bad lines
// typed as NDJSON_LINE_INVALID), detectInputKind (sniffing and extension), and extractHtml / readFeed / readMetadata
// to look at a page or feed without running the record pipeline.
export { findTextDates, findUrlDate, normalizeMachineDate } from "./html/dates.js";
export { decodeBytes, sniffCharset } from "./html/decode.js";
export { InputKindSchema, detectInputKind } from "./html/detect-kind.js";
export type { InputKind } from "./html/detect-kind.js";
export { extractArticle } from "./html/extract-article.js";
export type { ExtractedArticle } from "./html/extract-article.js";
export { looksLikeHtml, parseFeed, parseFeedItem, readFeed } from "./html/feed.js";
export type { Feed, FeedItem, ParseFeedOptions } from "./html/feed.js";
export { readMetadata, stripSiteName } from "./html/metadata.js";
export type { PageMetadata } from "./html/metadata.js";
export { NdjsonLineSchema, parseNdjson, parseNdjsonLine } from "./html/ndjson.js";
export type { NdjsonLine, ParseNdjsonOptions } from "./html/ndjson.js";
export {
  extractFragmentParagraphs,
  extractHtml,
  parseHtml,
  splitTextParagraphs,
} from "./html/parse-html.js";
export type { ExtractedPage, ParseHtmlOptions } from "./html/parse-html.js";
export { parseInput } from "./html/parse-input.js";
export type { ParseInputOptions } from "./html/parse-input.js";
