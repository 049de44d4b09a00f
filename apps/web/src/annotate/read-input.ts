/** What the annotator passes to `parseArticle`: the text plus what the page's metadata told us. */
export interface ArticleDraft {
  text: string;
  headline?: string;
  publishedAt?: string;
  url?: string;
  source?: string;
}

/**
 * Tells HTML from plain text by the file name, else by the content's first tag.
 *
 * @example
 * detectInputKind("story.html", ""); // "html"
 * detectInputKind("", "<!doctype html><html>..."); // "html"
 */
export function detectInputKind(fileName: string, content: string): "html" | "text" {
  if (/\.x?html?$/i.test(fileName)) return "html";
  if (/\.(txt|text|md)$/i.test(fileName)) return "text";
  const head = content.slice(0, 2048).trimStart().toLowerCase();
  return /^(<!doctype html|<html[\s>]|<head[\s>]|<body[\s>]|<meta[\s>]|<article[\s>])/.test(head) ? "html" : "text";
}

/**
 * Reads an ISO date from a metadata value such as "2024-05-06T09:00:00+02:00", or undefined when it is not one.
 *
 * @example
 * readIsoDate("2024-05-06T09:00:00Z"); // "2024-05-06T09:00:00Z"
 * readIsoDate("May 6, 2024"); // undefined
 */
export function readIsoDate(value: string | null | undefined): string | undefined {
  const trimmed = value?.trim();
  if (!trimmed || !/^\d{4}-\d{2}-\d{2}/.test(trimmed)) return undefined;
  return Number.isNaN(Date.parse(trimmed)) ? trimmed.slice(0, 10) : trimmed;
}

const DROPPED = "script,style,noscript,template,svg,nav,header,footer,aside,form,button,iframe,figure > img";
const BLOCKS = "h1,h2,h3,h4,h5,h6,p,li,blockquote,figcaption,pre";

/**
 * Finds the article in an HTML page parsed by the browser: its paragraphs joined by blank lines, and its headline,
 * publication date, URL and publisher from meta tags or JSON-LD. Uses only the DOM, so linkedom and Readability stay
 * out of the browser bundle.
 *
 * @example
 * extractHtmlArticle(new DOMParser().parseFromString(html, "text/html")).text;
 */
export function extractHtmlArticle(doc: Document): ArticleDraft {
  const ld = readJsonLd(doc);
  const meta = (selector: string) => doc.querySelector<HTMLMetaElement>(selector)?.content?.trim() || undefined;
  const headline =
    meta('meta[property="og:title"]') ??
    meta('meta[name="twitter:title"]') ??
    ld.headline ??
    (doc.querySelector("h1")?.textContent?.trim() || undefined) ??
    (doc.title.trim() || undefined);
  const publishedAt =
    readIsoDate(meta('meta[property="article:published_time"]')) ??
    readIsoDate(meta('meta[name="date"]')) ??
    readIsoDate(meta('meta[itemprop="datePublished"]')) ??
    readIsoDate(ld.datePublished) ??
    readIsoDate(doc.querySelector("time[datetime]")?.getAttribute("datetime"));
  const url =
    doc.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.getAttribute("href")?.trim() ||
    meta('meta[property="og:url"]');
  const source = meta('meta[property="og:site_name"]') ?? ld.publisher;

  const root = pickArticleRoot(doc);
  const clone = root.cloneNode(true) as Element;
  for (const node of clone.querySelectorAll(DROPPED)) node.remove();
  const paragraphs: string[] = [];
  clone.querySelectorAll(BLOCKS).forEach((block) => {
    if (block.querySelector(BLOCKS)) return;
    const line = (block.textContent ?? "").replace(/\s+/g, " ").trim();
    if (line) paragraphs.push(line);
  });
  if (paragraphs.length === 0) {
    const whole = (clone.textContent ?? "").replace(/[ \t]+/g, " ").trim();
    if (whole) paragraphs.push(whole);
  }
  if (headline && paragraphs[0] !== headline && !paragraphs.includes(headline)) paragraphs.unshift(headline);
  return compact({ text: paragraphs.join("\n\n"), headline, publishedAt, url, source });
}

function pickArticleRoot(doc: Document): Element {
  const candidates = [...doc.querySelectorAll("article, [itemprop='articleBody'], main, [role='main']")];
  let best: Element | null = null;
  let bestScore = 0;
  for (const candidate of candidates) {
    const score = candidate.querySelectorAll("p").length;
    if (score > bestScore) {
      best = candidate;
      bestScore = score;
    }
  }
  return best ?? doc.body ?? doc.documentElement;
}

function readJsonLd(doc: Document): { headline?: string; datePublished?: string; publisher?: string } {
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      const parsed: unknown = JSON.parse(script.textContent ?? "");
      const items = Array.isArray(parsed) ? parsed : [parsed];
      for (const item of items.flatMap((i) => (isRecord(i) && Array.isArray(i["@graph"]) ? i["@graph"] : [i]))) {
        if (!isRecord(item) || !/Article|Posting/i.test(String(item["@type"] ?? ""))) continue;
        const publisher = isRecord(item.publisher) ? item.publisher.name : undefined;
        return {
          headline: typeof item.headline === "string" ? item.headline : undefined,
          datePublished: typeof item.datePublished === "string" ? item.datePublished : undefined,
          publisher: typeof publisher === "string" ? publisher : undefined,
        };
      }
    } catch {
      // A broken JSON-LD block is common in the wild; the meta tags may still do.
    }
  }
  return {};
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null;
}

function compact(draft: ArticleDraft): ArticleDraft {
  return Object.fromEntries(Object.entries(draft).filter(([, v]) => v !== undefined && v !== "")) as ArticleDraft;
}
