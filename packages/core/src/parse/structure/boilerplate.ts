import {
  BOILERPLATE_FAMILIES,
  type BoilerplateFamily,
  LABEL_WORDS,
  LINK_PREFIXES,
  NAVIGATION_WORDS,
  SHARE_WORDS,
  WIDGET_WORDS,
} from "../../gazetteer/boilerplate.js";
import type { RemovalReason } from "../../schemas/article.js";
import { foldedOf, foldLine, type Line } from "./lines.js";

export interface BoilerplateMatch {
  reason: RemovalReason;
  /** True when the line opens a block of furniture that may run to the end of the page ("Related posts"). */
  opensTail: boolean;
}

const EXACT = new Map<string, BoilerplateFamily>();
for (const family of BOILERPLATE_FAMILIES) for (const phrase of family.exact) EXACT.set(phrase, family);

// One cheap test on the lowercased line before folding it: the longest word of every "contains" phrase.
// One cheap test on the lowercased line before folding it: the first two words of every "contains" phrase,
// separated by anything but ASCII letters and digits ("don't miss" → /don\W+t/); no unicode flag, for speed.
const CONTAINS_TRIGGER = new RegExp(
  [
    ...new Set(
      BOILERPLATE_FAMILIES.flatMap((f) =>
        f.contains.map((phrase) =>
          phrase
            .split(" ")
            .slice(0, 2)
            .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
            .join("\\W+"),
        ),
      ),
    ),
  ].join("|"),
);

// "contains" phrases indexed by their first word, so a line is scanned once whatever the number of phrases
const CONTAINS_BY_FIRST_WORD = new Map<string, { phrase: string; family: BoilerplateFamily }[]>();
for (const family of BOILERPLATE_FAMILIES) {
  for (const phrase of family.contains) {
    const first = phrase.split(" ")[0]!;
    const list = CONTAINS_BY_FIRST_WORD.get(first) ?? [];
    list.push({ phrase, family });
    CONTAINS_BY_FIRST_WORD.set(first, list);
  }
}

// Lines longer than this are running text even when they contain a furniture phrase.
const MAX_CONTAINS_WORDS = 40;
// Longer than the longest exact phrase (in words, counting "©" and "|" as words).
const MAX_EXACT_WORDS = 9;

const COUNTER =
  /\b\d[\d,.]*\s*(?:k\s*)?(?:views?|reads?|comments?|shares?|likes?|followers?|subscribers?|readers?|press releases|articles|stories|posts|votes)\b/i;
const RELATIVE_TIME =
  /^(?:\d{1,3}|an?|one)\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?)\s+ago$|^(?:il y a|hace|há|vor)\s+\d{1,3}\s+\p{L}+$|^\d{1,3}\s+\p{L}+\s+назад$/iu;
// Labels of two widgets glued together by the scraper: "Video PlayerClose", "userprofile IconSearch".
const GLUED_WIDGETS =
  /\b(?:Player|Icon|Button|Close|Search|Menu|Share|Login)(?:Close|Search|Menu|Share|Icon|Login|Open)\b/;
const URL_TOKEN = /(?:https?:\/\/|www\.)\S+/i;
const BREADCRUMB_SEPARATOR = /\s(?:>|»|›|\/|\|)\s/;

/**
 * Recognises a line of page furniture by its phrase family (in English, French, Spanish, Portuguese, German
 * and Russian) and by shape (counters, bare links, symbol rows, relative timestamps). Position-dependent
 * rules (navigation bars, link lists) live in the caller; this judges the line alone, told only whether it sits
 * near the top or bottom of the page (`atEdge`), where long notices (cookies, comment forms) are looked for.
 *
 * @example
 * matchBoilerplate(line("Leave a Reply")) // { reason: "comment", opensTail: true }
 * matchBoilerplate(line("The ministers shared the view that ...")) // null
 */
export function matchBoilerplate(line: Line, atEdge = true): BoilerplateMatch | null {
  // a line longer than any furniture phrase or notice is running text
  if (line.words > MAX_CONTAINS_WORDS) return null;
  if (line.words <= MAX_EXACT_WORDS) {
    const folded = foldedOf(line);
    if (folded.length === 0) return { reason: "other", opensTail: false };
    const exact = EXACT.get(folded);
    if (exact) return { reason: exact.reason, opensTail: exact.opensTail === true };
  }
  if (line.words <= 30) {
    const link = matchLinkPrefix(line);
    if (link) return { reason: link, opensTail: false };
  }
  if (line.words <= 10 && line.words >= 2 && isShareRow(line)) return { reason: "share", opensTail: false };
  // notices and prompts are short, or sit at the top or bottom of the page
  if ((atEdge || line.words <= 15) && CONTAINS_TRIGGER.test(line.text.toLowerCase())) {
    const family = findContainedPhrase(foldedOf(line));
    if (family) return { reason: family.reason, opensTail: false };
  }
  if (/^(?:©|\(c\)|copyright\b)/i.test(line.text) && line.words <= 30) return { reason: "copyright", opensTail: false };
  if (line.words <= 25 && COUNTER.test(line.text) && !/[a-z]{3,}\s+(?:said|says|told)\b/i.test(line.text)) {
    // "1,234 views", "312 stories were filed in the last 24 hours"
    if (line.words <= 4 || /\bin the last\b|\btotal\b|\btoday\b/i.test(line.text))
      return { reason: "counter", opensTail: false };
  }
  if (line.words <= 4 && RELATIVE_TIME.test(foldedOf(line))) return { reason: "metadata", opensTail: false };
  if (line.words <= 14 && URL_TOKEN.test(line.text) && !/[.!?]["”]?$/.test(line.text.replace(URL_TOKEN, "")))
    return { reason: "other", opensTail: false };
  if (isSymbolRow(line.text)) return { reason: "other", opensTail: false };
  if (line.words <= 6 && (isWidgetLabel(foldedOf(line)) || GLUED_WIDGETS.test(line.text)))
    return { reason: "other", opensTail: false };
  return null;
}

/** True for a short line made only of navigation words ("World", "Press Releases", "Explore News", "Home > News"). */
export function isNavigationLine(line: Line): boolean {
  if (line.words > 8) return false;
  if (/[.!?]$/.test(line.text.slice(-1)) && !line.text.endsWith("...")) return false;
  const words = foldedOf(line).split(" ").filter(Boolean);
  if (words.length === 0) return false;
  if (BREADCRUMB_SEPARATOR.test(line.text) && line.capitalRatio >= 0.6 && words.length <= 10) return true;
  return words.length <= 5 && words.every((w) => NAVIGATION_WORDS.has(w));
}

/** A run of menu entries on one line: many capitalised words, several "&" or separators, no sentence. */
export function isMenuRow(line: Line): boolean {
  if (line.words < 6 || line.endsSentence) return false;
  if (line.capitalRatio < 0.85) return false;
  const separators = (line.text.match(/\s(?:&|\||·|•)\s/g) ?? []).length;
  if (separators >= 2) return true;
  const words = foldedOf(line).split(" ");
  return words.filter((w) => NAVIGATION_WORDS.has(w)).length >= words.length * 0.8;
}

/**
 * A title-cased name of an institution or section rather than a headline ("Japan-Korea Relations",
 * "Foreign, Commonwealth and Development Office", "Portal do Governo Brasileiro").
 */
export function isInstitutionLabel(line: Line): boolean {
  if (line.words > 8 || line.capitalRatio < 0.99) return false;
  const words = foldedOf(line).split(" ").filter(Boolean);
  const first = words[0] ?? "";
  const last = words.at(-1) ?? "";
  return LABEL_WORDS.has(last) || LABEL_WORDS.has(first);
}

function findContainedPhrase(folded: string): BoilerplateFamily | null {
  let at = 0;
  while (at < folded.length) {
    let next = folded.indexOf(" ", at);
    if (next < 0) next = folded.length;
    const candidates = CONTAINS_BY_FIRST_WORD.get(folded.slice(at, next));
    if (candidates) {
      for (const { phrase, family } of candidates) {
        const endAt = at + phrase.length;
        if (folded.startsWith(phrase, at) && (endAt === folded.length || folded.charCodeAt(endAt) === 32))
          return family;
      }
    }
    at = next + 1;
  }
  return null;
}

function isSymbolRow(text: string): boolean {
  if (text.length > 80) return false;
  let letters = 0;
  for (const ch of text) if (/\p{L}/u.test(ch)) letters++;
  return text.length >= 2 && letters / text.length < 0.34 && !/\d{1,2}[:.]\d{2}|\d{4}/.test(text) && letters < 8;
}

function isWidgetLabel(folded: string): boolean {
  const words = folded.split(" ");
  let widget = 0;
  for (const w of words) {
    if (WIDGET_WORDS.has(w) || /^\d+[a-z]+$/.test(w)) widget++;
  }
  return widget >= 2 || (widget > 0 && widget >= words.length / 2);
}

const LINK_PREFIX = new Map<string, RemovalReason>(LINK_PREFIXES.map(([p, r]) => [p, r]));
const LINK_SEPARATOR = /^\s*[:|»›>–—-]/u;

/** "Read more: Talks resume", "ALSO READ | Ministers meet", "Tags: trade, energy" → the prefix's reason. */
function matchLinkPrefix(line: Line): RemovalReason | null {
  const head = line.text.slice(0, 40);
  const colon = head.search(/[:|»›]|\s[–—-]\s/u);
  if (colon <= 0) return null;
  const reason = LINK_PREFIX.get(foldLine(head.slice(0, colon)));
  if (!reason) return null;
  const rest = line.text.slice(colon);
  return LINK_SEPARATOR.test(rest) && /\p{L}/u.test(rest) ? reason : null;
}

function isShareRow(line: Line): boolean {
  const first = /^[A-Za-z]+/.exec(line.text)?.[0].toLowerCase();
  if (!first || !SHARE_WORDS.has(first)) return false;
  const words = foldedOf(line).split(" ");
  return words.length >= 2 && words.every((w) => SHARE_WORDS.has(w));
}
