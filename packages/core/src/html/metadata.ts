import { collapseSpace, collectBlocks } from "./blocks.js";
import { findTextDates, findUrlDate, normalizeMachineDate } from "./dates.js";

/** What a page says about itself: the article's headline, original publication date, author, site and URL. */
export interface PageMetadata {
  headline: string | null;
  publishedAt: string | null;
  author: string | null;
  siteName: string | null;
  url: string | null;
  language: string | null;
  description: string | null;
}

interface ElementLike {
  getAttribute(name: string): string | null;
  textContent: string | null;
  tagName: string;
  closest?: (selector: string) => ElementLike | null;
  hasAttribute?: (name: string) => boolean;
}

interface DocumentLike {
  querySelectorAll(selector: string): ArrayLike<ElementLike>;
  querySelector(selector: string): ElementLike | null;
  documentElement?: ElementLike | null;
}

const ARTICLE_TYPES =
  /^(?:News|Reportage|Analysis|Opinion|Review|Background|Scholarly|Tech|Satirical)?Article$|^BlogPosting$|^LiveBlogPosting$|^Report$|^SocialMediaPosting$/;

const PUBLISHED_META = [
  "article:published_time",
  "og:article:published_time",
  "article:published",
  "og:published_time",
  "published_time",
  "datepublished",
  "pubdate",
  "publishdate",
  "publish_date",
  "publish-date",
  "publication_date",
  "parsely-pub-date",
  "sailthru.date",
  "dc.date.issued",
  "dc.date.created",
  "dc.date",
  "dcterms.created",
  "dcterms.date",
  "dcterms.issued",
  "citation_publication_date",
  "citation_date",
  "article.published",
  "article_date_original",
  "original-publish-date",
  "cxenseparse:recs:publishtime",
  "date",
  "created",
  "og:updated_time",
  "article:modified_time",
];

/** Meta tags that name the original publication outright; they beat JSON-LD, which some sites fill with updates. */
const STRONG_PUBLISHED_META = PUBLISHED_META.slice(0, PUBLISHED_META.indexOf("dc.date"));

const UPDATED_META = new Set(["og:updated_time", "article:modified_time"]);

/** Separators between a headline and the site name in `<title>` and `og:title`. */
const TITLE_SEPARATORS = [" | ", " - ", " – ", " — ", " :: ", " · ", " • ", " // ", " « ", " » ", " : "];

/**
 * Reads a page's metadata before any extraction touches the DOM. Metadata beats guesses: JSON-LD and meta tags
 * come first, then `<time>`, the URL, and visible date lines.
 *
 * @example
 * const { document } = parseHTML(html);
 * readMetadata(document, "https://example.com/2023/08/30/talks"); // { headline: "Talks resume", publishedAt: "2023-08-30", ... }
 */
export function readMetadata(document: DocumentLike, url?: string | null): PageMetadata {
  const meta = readMetaTags(document);
  const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute("href") ?? meta.get("og:url") ?? null;
  const ld = readJsonLd(document, url ?? canonical);
  const pageUrl = url ?? (canonical && /^https?:\/\//i.test(canonical) ? canonical : null);
  const siteName = meta.get("og:site_name") ?? ld.publisher ?? meta.get("application-name") ?? null;
  const language = document.documentElement?.getAttribute("lang") ?? meta.get("og:locale") ?? null;
  return {
    headline: chooseHeadline(document, meta, ld.headline, siteName),
    publishedAt: choosePublished(document, meta, ld.published, [url, canonical], language),
    author: ld.author ?? meta.get("author") ?? meta.get("article:author") ?? null,
    siteName: siteName ? collapseSpace(siteName) : null,
    url: pageUrl,
    language,
    description: meta.get("og:description") ?? meta.get("description") ?? null,
  };
}

function readMetaTags(document: DocumentLike): Map<string, string> {
  const found = new Map<string, string>();
  const tags = document.querySelectorAll("meta");
  for (let i = 0; i < tags.length; i++) {
    const tag = tags[i];
    if (!tag) continue;
    const key = (tag.getAttribute("property") ?? tag.getAttribute("name") ?? tag.getAttribute("itemprop") ?? "")
      .trim()
      .toLowerCase();
    const content = tag.getAttribute("content");
    if (key && content?.trim() && !found.has(key)) found.set(key, content.trim());
  }
  return found;
}

interface JsonLdFacts {
  headline: string | null;
  published: string | null;
  author: string | null;
  publisher: string | null;
}

/** Reads headline, datePublished, author and publisher from JSON-LD article objects, `@graph` included. */
export function readJsonLd(document: DocumentLike, pageUrl: string | null = null): JsonLdFacts {
  const facts: JsonLdFacts = { headline: null, published: null, author: null, publisher: null };
  const scripts = document.querySelectorAll('script[type="application/ld+json"]');
  const objects: Record<string, unknown>[] = [];
  for (let i = 0; i < scripts.length; i++) {
    const raw = scripts[i]?.textContent;
    if (!raw) continue;
    try {
      collectObjects(JSON.parse(raw.trim()), objects, 0);
    } catch {
      // malformed JSON-LD is common; the other sources still apply
    }
  }
  const articles = objects.filter((o) => typesOf(o).some((t) => ARTICLE_TYPES.test(t)));
  if (pageUrl && articles.length > 1) {
    const own = articles.findIndex((o) => urlsOf(o).some((u) => sameUrl(u, pageUrl)));
    if (own > 0) articles.unshift(...articles.splice(own, 1));
  }
  const pages = objects.filter((o) => typesOf(o).some((t) => t === "WebPage"));
  for (const group of [articles, pages]) {
    for (const o of group) {
      facts.headline ??= stringOf(o.headline) ?? null;
      facts.published ??= stringOf(o.datePublished) ?? stringOf(o.dateCreated) ?? null;
      facts.author ??= nameOf(o.author);
      facts.publisher ??= nameOf(o.publisher);
    }
  }
  return facts;
}

function urlsOf(o: Record<string, unknown>): string[] {
  const main = o.mainEntityOfPage;
  const mainId = main && typeof main === "object" ? (main as Record<string, unknown>)["@id"] : main;
  return [o.url, mainId, o["@id"]].filter((u): u is string => typeof u === "string");
}

function sameUrl(a: string, b: string): boolean {
  const strip = (u: string): string =>
    u
      .replace(/^https?:\/\/(?:www\.)?/i, "")
      .replace(/[#?].*$/, "")
      .replace(/\/$/, "");
  return strip(a) === strip(b);
}

function collectObjects(value: unknown, out: Record<string, unknown>[], depth: number): void {
  if (depth > 6 || value === null || typeof value !== "object") return;
  if (Array.isArray(value)) {
    for (const v of value) collectObjects(v, out, depth + 1);
    return;
  }
  const o = value as Record<string, unknown>;
  out.push(o);
  if (o["@graph"]) collectObjects(o["@graph"], out, depth + 1);
  if (o.mainEntity) collectObjects(o.mainEntity, out, depth + 1);
}

function typesOf(o: Record<string, unknown>): string[] {
  const t = o["@type"];
  if (typeof t === "string") return [t];
  if (Array.isArray(t)) return t.filter((x): x is string => typeof x === "string");
  return [];
}

function stringOf(v: unknown): string | undefined {
  if (typeof v === "string" && v.trim()) return collapseSpace(v);
  if (Array.isArray(v)) return stringOf(v[0]);
  return undefined;
}

function nameOf(v: unknown): string | null {
  if (typeof v === "string") return v.trim() || null;
  if (Array.isArray(v)) {
    const names = v.map(nameOf).filter((n): n is string => !!n);
    return names.length ? names.join(", ") : null;
  }
  if (v && typeof v === "object") return stringOf((v as Record<string, unknown>).name) ?? null;
  return null;
}

interface TextNode {
  nodeType: number;
  nodeValue?: string | null;
  childNodes: ArrayLike<TextNode>;
  getAttribute?: (name: string) => string | null;
}

/** Kickers and screen-reader text inside a heading ("Climate: " before the headline proper). */
const KICKER_CLASS =
  /kicker|overline|dachzeile|topline|roofline|supertitle|eyebrow|visually-hidden|sr-only|screen-reader/i;

function textWithoutKickers(node: TextNode, depth = 0): string {
  if (node.nodeType === 3) return node.nodeValue ?? "";
  if (node.nodeType !== 1 || depth > 20) return "";
  if (depth > 0 && KICKER_CLASS.test(node.getAttribute?.("class") ?? "")) return " ";
  let out = "";
  for (let i = 0; i < node.childNodes.length; i++) {
    const child = node.childNodes[i];
    if (child) out += textWithoutKickers(child, depth + 1);
  }
  return out;
}

function textOf(el: ElementLike | null | undefined): string {
  return el ? collapseSpace(el.textContent ?? "") : "";
}

const fold = (s: string): string => s.normalize("NFC").toLowerCase().replace(/\s+/g, " ").trim();

/**
 * Picks the headline: an `<h1>` that the title tags confirm, else `og:title` / JSON-LD / `<title>` without the
 * site name.
 */
function chooseHeadline(
  document: DocumentLike,
  meta: Map<string, string>,
  ldHeadline: string | null,
  siteName: string | null,
): string | null {
  const titleTag = textOf(document.querySelector("title"));
  const titles = [meta.get("og:title"), ldHeadline, meta.get("twitter:title"), titleTag]
    .filter((t): t is string => !!t?.trim())
    .map(collapseSpace);
  const site = siteName ? fold(siteName) : null;
  const h1s: string[] = [];
  const headingNodes = document.querySelectorAll(HEADING_SELECTOR);
  for (let i = 0; i < headingNodes.length && i < 20; i++) {
    const node = headingNodes[i];
    if (!node || node.closest?.("nav, footer, aside, [class*=logo], [class*=brand], [class*=site-title]")) continue;
    const text = collapseSpace(textWithoutKickers(node as unknown as TextNode));
    if (text.length < 3 || text.length > 300 || (site && fold(text) === site)) continue;
    if (!h1s.includes(text)) h1s.push(text);
  }
  const segmentsOf = (t: string): string[] => [t, stripSiteName(t, siteName), ...splitTitle(t)].map(fold);
  for (const h1 of h1s) {
    const f = fold(h1);
    if (f.length < 8 && h1s.length > 1) continue;
    if (titles.some((t) => segmentsOf(t).includes(f))) return h1;
  }
  for (const h1 of h1s) {
    const f = fold(h1);
    if (f.length >= 15 && titles.some((t) => fold(t).includes(f))) return h1;
  }
  const best = titles[0];
  if (best) return stripSiteName(best, siteName);
  return h1s[0] ?? null;
}

/** Headings that may hold the article's headline: `<h1>`, and the title classes blogs give their post headings. */
const HEADING_SELECTOR =
  "h1, .entry-title, .post-title, .article-title, .article-headline, .headline, [itemprop=headline]";

/** The parts of a title between its separators ("A | B - C" → ["A", "B", "C"]). */
function splitTitle(title: string): string[] {
  let parts = [title];
  for (const sep of TITLE_SEPARATORS) {
    if (sep === " : ") continue;
    parts = parts.flatMap((p) => p.split(sep));
  }
  return parts.map((p) => p.trim()).filter(Boolean);
}

/**
 * Removes a site name from a page title: "Talks resume | Daily News" → "Talks resume". The part that matches the
 * site name goes; without a known site name the shorter end part goes when the rest is clearly the headline.
 *
 * @example
 * stripSiteName("Talks resume - Daily News", "Daily News"); // "Talks resume"
 */
export function stripSiteName(title: string, siteName: string | null): string {
  const clean = collapseSpace(title);
  const site = siteName ? fold(siteName) : null;
  for (const sep of TITLE_SEPARATORS) {
    const at = clean.lastIndexOf(sep);
    const first = clean.indexOf(sep);
    if (at < 0) continue;
    const head = clean.slice(0, at).trim();
    const tail = clean.slice(at + sep.length).trim();
    const lead = clean.slice(0, first).trim();
    const rest = clean.slice(first + sep.length).trim();
    if (site && (fold(tail) === site || fold(tail).includes(site) || site.includes(fold(tail)))) return head;
    if (site && (fold(lead) === site || site.includes(fold(lead)))) return rest;
    if (sep === " : ") continue;
    if (!site && (sep === " | " || sep === " :: ") && wordCount(tail) <= 5 && wordCount(head) >= wordCount(tail))
      return head;
    if (!site && wordCount(tail) <= 4 && wordCount(head) >= 3 * Math.max(1, wordCount(tail)) - 1) return head;
    if (site && looksLikeSite(tail) && wordCount(head) > wordCount(tail)) return head;
  }
  return clean;
}

function looksLikeSite(text: string): boolean {
  return /\.(?:com|de|org|net|fr|co\.uk|ru|es|it|at|ch|be|info|ir)\b/i.test(text) || wordCount(text) <= 3;
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/**
 * Picks the original publication date: JSON-LD datePublished, published-time meta tags, `<time>` marked as the
 * publication, the URL, then the first date written near the top of the page.
 */
function choosePublished(
  document: DocumentLike,
  meta: Map<string, string>,
  ldPublished: string | null,
  urls: Array<string | null | undefined>,
  language: string | null,
): string | null {
  for (const key of STRONG_PUBLISHED_META) {
    const value = normalizeMachineDate(meta.get(key));
    if (value) return value;
  }
  const fromLd = normalizeMachineDate(ldPublished);
  if (fromLd) return fromLd;
  for (const key of PUBLISHED_META) {
    if (UPDATED_META.has(key)) continue;
    const value = normalizeMachineDate(meta.get(key));
    if (value) return value;
  }
  const fromItemprop = readItempropDate(document);
  if (fromItemprop) return fromItemprop;
  const fromTime = readTimeElements(document);
  if (fromTime) return fromTime;
  for (const url of urls) {
    const fromUrl = findUrlDate(url);
    if (fromUrl) return fromUrl;
  }
  const order = /^en-us|^en$/i.test(language ?? "") ? "mdy" : "dmy";
  const fromElements = readDateElements(document, order);
  if (fromElements) return fromElements;
  const fromText = readVisibleDate(document, order);
  if (fromText) return fromText;
  for (const key of UPDATED_META) {
    const value = normalizeMachineDate(meta.get(key));
    if (value) return value;
  }
  return null;
}

function readItempropDate(document: DocumentLike): string | null {
  const nodes = document.querySelectorAll('[itemprop="datePublished"],[itemprop="dateCreated"]');
  for (let i = 0; i < nodes.length; i++) {
    const el = nodes[i];
    if (!el) continue;
    const value =
      normalizeMachineDate(el.getAttribute("content")) ??
      normalizeMachineDate(el.getAttribute("datetime")) ??
      normalizeMachineDate(el.getAttribute("title")) ??
      normalizeMachineDate(textOf(el));
    if (value) return value;
  }
  return null;
}

function readTimeElements(document: DocumentLike): string | null {
  const nodes = document.querySelectorAll("time[datetime]");
  let first: string | null = null;
  for (let i = 0; i < nodes.length && i < 50; i++) {
    const el = nodes[i];
    if (!el) continue;
    const value = normalizeMachineDate(el.getAttribute("datetime"));
    if (!value) continue;
    const marks = `${el.getAttribute("class") ?? ""} ${el.getAttribute("itemprop") ?? ""} ${el.hasAttribute?.("pubdate") ? "pubdate" : ""}`;
    if (/publi|pubdate|posted|created|entry-date/i.test(marks)) return value;
    if (/updat|modif/i.test(marks)) continue;
    const inOther = el.closest?.("aside, footer, nav, [class*=comment], [class*=related], [class*=sidebar]");
    if (!inOther) first ??= value;
  }
  return first;
}

const DATE_CLASS_SELECTOR =
  '[class*="date"],[class*="Date"],[class*="datum"],[class*="publish"],[class*="posted"],[class*="timestamp"],[id*="date"],time';
const UPDATE_WORDS = /updat|modif|aktualisiert|geändert|bearbeitet|mis à jour|actualiz|atualiz|edited/i;
const PUBLISH_WORDS = /publi|posted|veröffentlicht|erschienen|erstellt|created/i;

/** Reads the text of elements whose class or id names a date ("post-date", "entry-date", "datum"), skipping updates. */
function readDateElements(document: DocumentLike, order: "dmy" | "mdy"): string | null {
  const nodes = document.querySelectorAll(DATE_CLASS_SELECTOR);
  for (let i = 0; i < nodes.length && i < 60; i++) {
    const el = nodes[i];
    if (!el) continue;
    const marks = `${el.getAttribute("class") ?? ""} ${el.getAttribute("id") ?? ""}`;
    if (UPDATE_WORDS.test(marks) && !PUBLISH_WORDS.test(marks)) continue;
    if (el.closest?.("aside, footer, nav, [class*=comment], [class*=related], [class*=sidebar], [class*=teaser]"))
      continue;
    const text = textOf(el);
    if (text.length > 200) continue;
    const found = earliestDateIn(text, order);
    if (found) return found;
  }
  return null;
}

/** The earliest date in a short text, skipping a text that only announces an update. */
function earliestDateIn(text: string, order: "dmy" | "mdy"): string | null {
  if (UPDATE_WORDS.test(text) && !PUBLISH_WORDS.test(text)) return null;
  const dates = findTextDates(text, order);
  if (dates.length === 0) return null;
  return [...dates].sort()[0] ?? null;
}

/**
 * Finds a date written near the headline: the blocks just around the first `<h1>` first (date lines are short),
 * then the first short date line of the page outside navigation, footers and sidebars.
 */
function readVisibleDate(document: DocumentLike, order: "dmy" | "mdy"): string | null {
  const body = document.querySelector("body");
  if (!body) return null;
  const blocks = collectBlocks(body as never).filter((b) => !OUTSIDE_HINT.test(b.hints));
  const h1 = blocks.findIndex((b) => b.tag === "H1");
  if (h1 >= 0) {
    for (const i of nearOrder(h1, blocks.length, 6, 25)) {
      const block = blocks[i];
      if (!block || block.text.length > 300) continue;
      const found = earliestDateIn(block.text, order);
      if (found) return found;
    }
  }
  for (const block of blocks.slice(0, 400)) {
    if (block.text.length > 200) continue;
    const found = earliestDateIn(block.text, order);
    if (found) return found;
  }
  return null;
}

/** Indexes after `center` (up to `after`), then before it (up to `before`), nearest first. */
function nearOrder(center: number, length: number, before: number, after: number): number[] {
  const out: number[] = [];
  for (let i = center; i < Math.min(length, center + after + 1); i++) out.push(i);
  for (let i = center - 1; i >= Math.max(0, center - before); i--) out.push(i);
  return out;
}

const OUTSIDE_HINT =
  /(?:^|[\s_-])(?:nav|navigation|menu|footer|sidebar|related|comments?|teaser|widget|breadcrumbs?)(?:$|[\s_-])/;
