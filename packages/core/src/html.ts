// `@org/diplomacy-core/html`: HTML pages, RSS/Atom feeds and NDJSON inputs. Kept out of the main entry so the
// plain-text parser stays light in the browser.
export { decodeBytes, sniffCharset } from "./html/decode.js";
export { findTextDates, findUrlDate, normalizeMachineDate } from "./html/dates.js";
export { extractArticle } from "./html/extract-article.js";
export type { ExtractedArticle } from "./html/extract-article.js";
export { readMetadata, stripSiteName } from "./html/metadata.js";
export type { PageMetadata } from "./html/metadata.js";
export { extractHtml, parseHtml } from "./html/parse-html.js";
export type { ExtractedPage, ParseHtmlOptions } from "./html/parse-html.js";
