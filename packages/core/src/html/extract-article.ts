import { Readability } from "@mozilla/readability";
import { type TextBlock, collectBlocks } from "./blocks.js";
import { extractByDensity } from "./density.js";

/** The article found in a page: its paragraphs in order, and what Readability read about it. */
export interface ExtractedArticle {
  paragraphs: string[];
  method: "readability" | "density" | "none";
  title: string | null;
  byline: string | null;
}

type NodeLike = Parameters<typeof collectBlocks>[0];

/** Class, id or role names of page furniture around a block. */
const FURNITURE_HINT =
  /(?:^|[\s_-])(?:caption|credits?|byline|share|sharing|social|related|newsletter|promo|advert\w*|ads?|breadcrumbs?|timestamp|dateline|subscribe|signup|comments?|toolbar|tools|tags|read-?more|more-from|recommend\w*|outbrain|taboola|teaser|author-bio|disclaimer|copyright|sponsored|navigation|nav|menu)(?:$|[\s_-])/;

/** Openings of short lines that are page furniture rather than article prose. */
const FURNITURE_LINE =
  /^(?:https?:\/\/\S+$|image (?:copyright|caption|source)|(?:photo|foto|фото|bild|picture|credit)s?\s*:|reading time\b|lesezeit\b|tempo de leitura\b|temps de lecture\b|tiempo de lectura\b|\d+\s*min(?:ute)?s?\s+read$|file photo|getty images|advertisement|anzeige|werbung|read more|read next|click here|sign up|subscribe|follow us|share this|share on|related:|see also|comments?(?:\s*\(?\d+\)?)?\s*$|copyright|©|all rights reserved|text size|print article|order reprints|by:?$|von:?$|par:?$|follow \S+ on\b|(?:additional )?reporting by\b|writing by\b|editing by\b|citation:|breaking news$|listen to\b|watch:|video:)/iu;

/** A byline: "By Jane Doe", "Von Max Muster | 12.03.2021" (short, a name after the preposition). */
const BYLINE = /^(?:[Bb]y|BY|[Vv]on|[Pp]ar|[Pp]or|[Dd]i|[Dd]oor)\s+\p{Lu}/u;
const NOT_BYLINE =
  /^by\s+(?:contrast|comparison|then|now|the|law|far|design|default|chance|mistake|all|most|early|late|mid|some|many|way)\b/i;

/** Publication or update lines ("Published 14 March 2023", "Aktualisiert: 12:05 Uhr"): they carry a digit. */
const STAMP_LINE =
  /^(?:published|updated|posted|last updated|first published|veröffentlicht|aktualisiert|stand|erstellt|publié|mis à jour|publicado|actualizado)\b/iu;

/** Headings after which a page lists other stories, not this one. */
const TAIL_HEADING =
  /^(?:related(?: stories| articles| coverage| content)?|more from\b|more on this\b|more stories|recommended|you may also like|you might also like|read more|see also|weitere artikel|mehr zum thema|das könnte sie auch interessieren|lesen sie auch|à lire aussi|lire aussi|sur le même sujet|leia também|te puede interesar)\s*:?$/iu;

/**
 * Finds the article text in a parsed page: Readability first, then our own clean-up of its blocks (bylines, share
 * and related blocks, captions, link lists); falls back to the densest text container when Readability finds
 * nothing usable. Readability changes the DOM it reads, so the fallback gets a fresh copy from `reparse`.
 *
 * @example
 * const { document } = parseHTML(html);
 * extractArticle(document, () => parseHTML(html).document).paragraphs; // ["First paragraph ...", ...]
 */
export function extractArticle(document: NodeLike, reparse?: () => NodeLike): ExtractedArticle {
  let parsed: ReturnType<Readability<unknown>["parse"]> = null;
  try {
    parsed = new Readability<unknown>(document as never, {
      serializer: (node: unknown) => node,
      keepClasses: true,
    }).parse();
  } catch {
    parsed = null;
  }
  const title = parsed?.title ?? null;
  const byline = parsed?.byline ?? null;
  const content = parsed?.content as NodeLike | undefined;
  const fromReadability = content ? cleanBlocks(collectBlocks(content)) : [];
  if (wordsIn(fromReadability) >= 40) return { paragraphs: fromReadability, method: "readability", title, byline };
  const fallback = reparse ? safely(reparse) : null;
  const fromDensity = fallback ? cleanBlocks(extractByDensity(fallback)) : [];
  if (wordsIn(fromDensity) > wordsIn(fromReadability))
    return { paragraphs: fromDensity, method: "density", title, byline };
  if (fromReadability.length > 0) return { paragraphs: fromReadability, method: "readability", title, byline };
  return { paragraphs: [], method: "none", title, byline };
}

/**
 * Keeps the blocks that read as article prose: drops captions, bylines and date lines, share and related blocks,
 * link lists, and everything after a "Related stories" heading near the end.
 *
 * @example
 * cleanBlocks([{ text: "By Jane Doe", tag: "P", linkChars: 0, hints: "byline" }, ...]); // the prose only
 */
export function cleanBlocks(blocks: TextBlock[]): string[] {
  const kept: string[] = [];
  const total = blocks.length;
  for (let i = 0; i < total; i++) {
    const block = blocks[i];
    if (!block) continue;
    const words = countWords(block.text);
    if (/^H[1-6]$/.test(block.tag) && TAIL_HEADING.test(block.text) && i > total * 0.5) break;
    if (TAIL_HEADING.test(block.text) && words <= 6 && i > total * 0.6) break;
    if (isFurniture(block, words)) continue;
    kept.push(block.text);
  }
  return kept;
}

function isFurniture(block: TextBlock, words: number): boolean {
  const { text, hints, tag, linkChars } = block;
  if (tag === "FIGCAPTION" || tag === "CAPTION") return true;
  if (hints && FURNITURE_HINT.test(hints) && words < 60) return true;
  if (words <= 25 && FURNITURE_LINE.test(text)) return true;
  if (words <= 10 && BYLINE.test(text) && !NOT_BYLINE.test(text)) return true;
  if (words <= 25 && STAMP_LINE.test(text) && /\d/.test(text)) return true;
  if (text.length > 0 && linkChars / text.length > 0.6 && words < 40) return true;
  if (!/[\p{L}\p{N}]/u.test(text)) return true;
  if (words <= 12 && isDateLine(text)) return true;
  return false;
}

/** Words that may stand around a date in a date line ("Apr. 3, 2011, 8:17 AM UTC", "Mittwoch, 7. Juni 2023, 14:05 Uhr"). */
const DATE_WORDS =
  /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|august|september|october|november|december|januar|februar|märz|mai|juni|juli|oktober|dezember|janvier|février|mars|avril|juin|juillet|août|septembre|octobre|novembre|décembre|mon|tue|wed|thu|fri|sat|sun|monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|heute|gestern|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|am|pm|a\.m|p\.m|utc|gmt|et|est|edt|pt|pst|pdt|cet|cest|mez|uhr|h|at|on|um|am|le|à)\b/giu;

/** True for a line that is only a date and time, the kind printed under a headline. */
function isDateLine(text: string): boolean {
  if (!/\d/.test(text)) return false;
  const rest = text
    .toLowerCase()
    .replace(DATE_WORDS, " ")
    .replace(/[\d\s.,:/|\-–—()]+/g, "");
  return rest.length <= 2;
}

function countWords(text: string): number {
  let n = 0;
  for (const part of text.split(/\s+/)) if (part) n++;
  return n;
}

function wordsIn(paragraphs: string[]): number {
  let n = 0;
  for (const p of paragraphs) n += countWords(p);
  return n;
}

function safely(make: () => NodeLike): NodeLike | null {
  try {
    return make();
  } catch {
    return null;
  }
}
