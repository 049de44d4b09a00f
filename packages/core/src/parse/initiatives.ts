import { KNOWN_INITIATIVES, NOT_INITIATIVES } from "../gazetteer/initiatives.js";
import { createPhraseMatcher } from "../gazetteer/phrase-matcher.js";
import { RELATIONSHIP_MODIFIERS } from "../gazetteer/relationship-levels.js";
import type { Initiative } from "../schemas/initiative.js";
import type { Span } from "../schemas/span.js";
import { type Word, listWords } from "./attribution.js";
import type { Doc } from "./context.js";

const isAcronym = (s: string): boolean =>
  /^[A-Z][A-Za-z0-9-]*[A-Z0-9]$/.test(s) && s.replace(/[^A-Z]/g, "").length >= 2;

const curatedAcronyms = createPhraseMatcher(
  KNOWN_INITIATIVES.flatMap(([canonical, ...aliases]) =>
    aliases.filter((a) => isAcronym(a) && !a.includes(" ")).map((a) => [a, canonical] as const),
  ),
);
const curatedNames = createPhraseMatcher(
  KNOWN_INITIATIVES.flatMap(([canonical, ...aliases]) =>
    [canonical, ...aliases].filter((a) => !(isAcronym(a) && !a.includes(" "))).map((a) => [a, canonical] as const),
  ),
  { caseInsensitive: true },
);

const CURATED_BY_FOLD = new Map(
  KNOWN_INITIATIVES.flatMap(([canonical, ...aliases]) =>
    [canonical, ...aliases]
      .filter((a) => a.includes(" ") || a.includes("-"))
      .map((a) => [foldName(a), canonical] as const),
  ),
);

/** Capitalised words that end a named thing: "... Free Trade Agreement", "... Economic Corridor". */
const HEADS = new Set([
  "initiative",
  "initiatives",
  "agreement",
  "agreements",
  "treaty",
  "treaties",
  "declaration",
  "strategy",
  "corridor",
  "framework",
  "plan",
  "programme",
  "program",
  "partnership",
  "accord",
  "accords",
  "charter",
  "convention",
  "protocol",
  "memorandum",
  "pact",
  "agenda",
  "compact",
  "roadmap",
  "doctrine",
  "commission",
  "area",
  "resolution",
  "year",
  "years",
  // negotiating formats and their outcomes: "the Minsk Process", "the Weimar Triangle", "the Quad Format"
  "process",
  "format",
  "triangle",
  "dialogue",
  "communique",
  "communiqué",
  "decisions",
  // a free trade agreement by its usual acronym: "the Chile-Korea FTA"
  "fta",
]);
/** Heads that also count in lower case after a proper name: "the Japan-ROK agreement", "the Abuja declaration". */
const LOWER_HEADS = new Set([
  "agreement",
  "agreements",
  "declaration",
  "accord",
  "accords",
  "treaty",
  "protocol",
  "deal",
  // a negotiating track named after its first venue: "the Normandy format"
  "format",
]);
/** Plain words that may sit between a proper name and a lower-case head: "US-Taliban peace deal". */
const DESCRIPTORS = new Set([
  "trade",
  "free",
  "peace",
  "nuclear",
  "grain",
  "security",
  "defence",
  "defense",
  "investment",
  "economic",
  "gas",
  "energy",
  "border",
  "ceasefire",
  "cooperation",
  "partnership",
]);
const COMMISSION_MARKERS = new Set([
  "joint",
  "bi-national",
  "binational",
  "intergovernmental",
  "mixed",
  "consultative",
]);
const CONNECTORS = new Set(["and", "of", "for", "on", "the", "between", "&"]);
const LEFT_CONNECTORS = new Set(["and", "of", "&"]);
const RIGHT_OPENERS = new Set(["of", "on", "for", "between", "regarding", "concerning"]);
const LEADING_STOPS = new Set([
  "the",
  "a",
  "an",
  "this",
  "that",
  "these",
  "those",
  "under",
  "in",
  "on",
  "at",
  "by",
  "with",
  "from",
  "for",
  "as",
  "after",
  "before",
  "during",
  "following",
  "both",
  "its",
  "their",
  "his",
  "her",
  "our",
  "and",
  "of",
  "to",
  "while",
  "since",
  "signing",
  "signed",
  "new",
  "draft",
  "revised",
  "final",
  "landmark",
  "historic",
]);
/** "the Nairobi Declaration on Friday": dates end a name. */
const CALENDAR = new Set(
  "monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december".split(
    " ",
  ),
);
const GENERIC_WORDS = new Set([
  "memorandum",
  "memoranda",
  "of",
  "on",
  "and",
  "the",
  "understanding",
  "free",
  "trade",
  "agreement",
  "agreements",
  "joint",
  "statement",
  "declaration",
  "communique",
  "communiqué",
  "action",
  "plan",
  "cooperation",
  "framework",
  "strategic",
  "comprehensive",
  "economic",
  "partnership",
  "bilateral",
  "investment",
  "treaty",
  "protocol",
  "programme",
  "program",
  "strategy",
  "initiative",
  "agenda",
  "roadmap",
  "accord",
  "pact",
  "intergovernmental",
  "commission",
  "joint commission",
  "process",
  "peace",
  "format",
  "dialogue",
  "strategic dialogue",
  "final",
  "decisions",
]);
const SIGNING = new Set(["signed", "adopted", "issued", "inked", "sign", "adopt", "signing", "adopting"]);
const MAX_WORDS = 40;
// Each acronym an article defines costs one pass over its text.
const MAX_ACRONYMS = 40;

const isCapitalised = (w: Word): boolean => /^[\p{Lu}\d]/u.test(w.raw);
const isYear = (w: Word): boolean => /^(?:1[89]|20)\d\d$/.test(w.raw);
const isPunct = (w: Word): boolean => !/[\p{L}\p{N}]/u.test(w.raw);

interface Found {
  name: string;
  span: Span;
  /** Acronym defined right after the name: "African Continental Free Trade Area (AfCFTA)". */
  acronym: string | null;
}

/**
 * Named initiatives, agreements, treaties, declarations, strategies, corridors and frameworks, with a canonical
 * name and every mention. Known short forms map to their canonical name ("BRI", "Belt and Road" → "Belt and Road
 * Initiative"); other names are found by a general rule over capitalised names ending in Initiative, Agreement,
 * Treaty, Declaration, Corridor, Framework ... and kept as the article writes them.
 *
 * @example
 * findInitiatives(doc) // [{ name: "Belt and Road Initiative", mentions: [{ start: 120, end: 123 }] }]
 */
export function findInitiatives(doc: Doc): Initiative[] {
  const { text } = doc;
  const paragraphs = doc.structure.paragraphs;
  const byKey = new Map<string, Initiative>();
  const order: string[] = [];
  const add = (name: string, span: Span) => {
    const key = foldName(name);
    let item = byKey.get(key);
    if (!item) {
      item = { name, mentions: [] };
      byKey.set(key, item);
      order.push(key);
    }
    const last = item.mentions[item.mentions.length - 1];
    if (!last || !(last.start < span.end && span.start < last.end)) item.mentions.push(span);
  };

  const general: Found[] = [];
  // only country names and demonyms: "Beijing Declaration" and "Abuja declaration" are names of things
  const countrySpans = doc.countryMentions.filter((c) => c.kind === "name" || c.kind === "demonym").map((c) => c.span);
  for (const para of paragraphs) {
    const words = listWords(text, para.start, para.end);
    if (!isTitleCaseLine(words)) for (const f of findNamed(text, words, countrySpans)) general.push(f);
  }
  const curated: { canonical: string; span: Span; written: string }[] = [];
  for (const para of paragraphs) {
    for (const hit of curatedNames.findAll(text, para.start, para.end))
      if (keepsCase(text.slice(hit.start, hit.end), hit.value))
        curated.push({ canonical: hit.value, span: { start: hit.start, end: hit.end }, written: "" });
    for (const hit of curatedAcronyms.findAll(text, para.start, para.end))
      curated.push({
        canonical: hit.value,
        span: { start: hit.start, end: hit.end },
        written: text.slice(hit.start, hit.end),
      });
  }

  // general names first (as written), unless a curated name covers them
  curated.sort((a, b) => a.span.start - b.span.start);
  const coveredByCurated = (s: Span) => containedIn(curated, s);
  const acronyms = new Map<string, string>();
  for (const f of general) {
    if (coveredByCurated(f.span) && !f.acronym) continue;
    if (NOT_INITIATIVES.has(f.name.toLowerCase()) || isGeneric(f.name)) continue;
    add(f.name, f.span);
    if (f.acronym) acronyms.set(f.acronym, f.name);
  }
  // a written name that only differs from a known one in spacing or hyphens takes the canonical spelling
  for (const key of order) {
    const item = byKey.get(key)!;
    const canonical = CURATED_BY_FOLD.get(key);
    if (canonical) item.name = canonical;
  }
  const written = [...byKey.values()].map((i) => i.name);
  for (const c of curated) {
    const holder = containerOf(general, c.span);
    if (holder && !coveredByCurated(holder.span)) continue;
    // an acronym whose initials spell a name the article wrote out joins that name ("CPTPP")
    const spelled = c.written ? written.find((n) => initials(n) === c.written.replace(/[^A-Z]/g, "")) : undefined;
    add(acronyms.get(c.written) ?? spelled ?? c.canonical, c.span);
  }
  // acronyms the article defined itself: "Joint Commission Meetings (JCM)" ... "the JCM"
  for (const [acronym, name] of [...acronyms].slice(0, MAX_ACRONYMS)) {
    for (const para of paragraphs) {
      const re = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(acronym)}(?![\\p{L}\\p{N}])`, "gu");
      const slice = text.slice(para.start, para.end);
      for (let m = re.exec(slice); m !== null; m = re.exec(slice))
        add(name, { start: para.start + m.index, end: para.start + m.index + acronym.length });
    }
  }
  const merged = new Map<string, Initiative>();
  for (const k of order) {
    const item = byKey.get(k)!;
    const same = merged.get(item.name);
    if (same) for (const m of item.mentions) same.mentions.push(m);
    else merged.set(item.name, { name: item.name, mentions: [...item.mentions] });
  }
  return [...merged.values()].map((i) => {
    const mentions = i.mentions.sort((a, b) => a.start - b.start);
    const aliases = aliasesOf(
      i.name,
      mentions.map((m) => text.slice(m.start, m.end).replace(/\s+/g, " ")),
    );
    return aliases.length ? { name: i.name, mentions, aliases } : { name: i.name, mentions };
  });
}

/**
 * The other forms of a name: each distinct way the article wrote it ("NPT" for the Non-Proliferation Treaty), and
 * the name without a leading year ("the 2019 Harbor Accord" is the Harbor Accord adopted that year).
 */
function aliasesOf(name: string, written: readonly string[]): string[] {
  const out = new Set<string>();
  for (const w of written) if (foldName(w) !== foldName(name)) out.add(w);
  const yearless = /^(?:1[89]|20)\d\d\s+(\p{Lu}.*)$/u.exec(name);
  if (yearless) out.add(yearless[1]!);
  return [...out];
}

/**
 * A known name matched without regard to case still has to look like a name: when the list writes it with capitals
 * ("Partnership for Peace") and the text writes every word in lower case ("a partnership for peace and growth"),
 * the words are ordinary prose, not the named thing. Names the list itself writes in lower case match as written.
 */
function keepsCase(written: string, canonical: string): boolean {
  if (!/\p{Lu}/u.test(canonical)) return true;
  return /\p{Lu}/u.test(written);
}

/** The item (sorted by start, not overlapping each other) whose span contains `s`, by binary search. */
function containerOf<T extends { span: Span }>(items: readonly T[], s: Span): T | null {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid]!.span.start <= s.start) lo = mid + 1;
    else hi = mid;
  }
  const candidate = items[lo - 1];
  return candidate && s.end <= candidate.span.end ? candidate : null;
}

const containedIn = <T extends { span: Span }>(items: readonly T[], s: Span): boolean => containerOf(items, s) !== null;

/** Lines written in title case (headings, captions in headline style) are not read by the general rule. */
function isTitleCaseLine(words: Word[]): boolean {
  const lettered = words.filter((w) => /\p{L}/u.test(w.raw) && !CONNECTORS.has(w.lower));
  if (lettered.length < 4 || /^[.!?]$/.test(words[words.length - 1]?.raw ?? "")) return false;
  return lettered.filter(isCapitalised).length / lettered.length > 0.75 && lettered.length < 25;
}

function findNamed(text: string, words: Word[], countrySpans: Span[]): Found[] {
  const out: Found[] = [];
  let skipUntil = -1;
  for (let i = 0; i < words.length; i++) {
    if (i <= skipUntil) continue;
    const w = words[i]!;
    const signed = readSignedJointDocument(text, words, i);
    if (signed) {
      out.push(signed.item);
      skipUntil = signed.last;
      continue;
    }
    const lastPart = w.lower.slice(w.lower.lastIndexOf("-") + 1);
    const capital = isCapitalised(w) && (HEADS.has(lastPart) || HEADS.has(w.lower));
    if (!capital && !LOWER_HEADS.has(w.lower)) continue;
    const found = capital ? readCapitalised(text, words, i, countrySpans) : readLowerHead(text, words, i, countrySpans);
    if (found) {
      out.push(found.item);
      skipUntil = found.last;
    }
  }
  return out;
}

function readCapitalised(
  text: string,
  words: Word[],
  head: number,
  countrySpans: Span[],
): { item: Found; last: number } | null {
  // "Pacific-Partnership": the head is the last part of a hyphenated word, the rest modifies it
  const headParts = words[head]!.lower.split("-");
  const headWord = headParts[headParts.length - 1]!;
  // extend left over capitalised words, years and inner connectors
  let first = head;
  for (let j = head - 1; j >= 0 && head - j < MAX_WORDS; j--) {
    const w = words[j]!;
    if (isPunct(w) && w.raw !== "&") break;
    if (isCapitalised(w) && !/['\u2019]s$/u.test(w.raw)) {
      first = j;
      continue;
    }
    if (LEFT_CONNECTORS.has(w.lower) && j > 0 && isCapitalised(words[j - 1]!)) continue;
    break;
  }
  while (first < head && (LEADING_STOPS.has(words[first]!.lower) || CONNECTORS.has(words[first]!.lower))) first++;
  // and right: "Protocol on Free Movement of Persons", "Agenda for Sustainable Development", "Resolution 2735"
  let last = head;
  let between = false;
  const after = words[head + 1];
  // "Treaty Organization", "Commission Chairperson": the head is not the end of this name
  if (after && isCapitalised(after) && !/^\d/.test(after.raw)) {
    if (!(headWord === "commission" && /^meetings?$/i.test(after.raw))) return null;
  }
  for (let j = head + 1; j < words.length && j - first < MAX_WORDS; j++) {
    const w = words[j]!;
    if (w.lower === "between") between = true;
    if (j === head + 1 && !/^\d/.test(w.raw) && !RIGHT_OPENERS.has(w.lower)) break;
    if (/^\d/.test(w.raw) && j > head + 1) break;
    if (isCapitalised(w) && !isPunct(w)) {
      if (w.lower === "the" && j > head + 1 && !CONNECTORS.has(words[j - 1]!.lower)) break;
      if (CALENDAR.has(w.lower)) break;
      last = j;
      continue;
    }
    const next = words[j + 1];
    if (!next) break;
    if (w.lower === "and" && !between && !isCapitalised(next)) break;
    if (
      CONNECTORS.has(w.lower) &&
      (isCapitalised(next) || (next.lower === "the" && words[j + 2] && isCapitalised(words[j + 2]!)))
    )
      continue;
    break;
  }
  if (headWord === "resolution" && !/^\d/.test(words[last]!.raw)) return null;
  // "Year of Culture and Tourism": a named year needs its "of ..." part
  if ((headWord === "year" || headWord === "years") && last === head) return null;
  if (headWord === "area" && !(words[head - 1]?.lower === "trade" && words[head - 2]?.lower === "free")) return null;
  if (headWord === "commission") {
    if (!words.slice(first, head).some((w) => COMMISSION_MARKERS.has(w.lower))) return null;
    last = head;
  }
  // "the Flood Relief Plan of Examplia": a complement that only names a country says whose thing it is, not its name
  if (
    last > head + 1 &&
    words[head + 1]!.lower === "of" &&
    first < head &&
    words.slice(head + 2, last + 1).every((w) => isCountryWord(w, countrySpans) || w.lower === "the")
  )
    last = head;
  const modifiers = words.slice(first, head);
  const tail = words.slice(head + 1, last + 1);
  if (modifiers.length === 0 && tail.length === 0) return null;
  if (modifiers.length === 0 && tail.every((w) => CONNECTORS.has(w.lower))) return null;
  // "the Partnership for Coastal Ports and Shipping", "an Initiative on Ocean Data Sharing": a head with no words
  // before it is a name when a complement of two or more capitalised words follows it, mid-sentence
  const namedComplement =
    tail.filter((w) => isCapitalised(w) && !CONNECTORS.has(w.lower)).length >= 2 &&
    RIGHT_OPENERS.has(tail[0]?.lower ?? "") &&
    head > 0 &&
    !/^[.!?:]$/.test(words[head - 1]!.raw) &&
    !isCapitalised(words[head - 1]!);
  if (
    modifiers.length === 0 &&
    headWord !== "memorandum" &&
    !namedComplement &&
    !["protocol", "treaty", "convention", "agreement", "declaration", "charter"].includes(headWord)
  )
    return null;
  // a relationship grade ("Chile-Peru Enhanced Strategic Partnership") is not an initiative
  const gradeOnly = modifiers.every(
    (w) =>
      isCountryWord(w, countrySpans) ||
      w.lower.split("-").every((p) => RELATIONSHIP_MODIFIERS.has(p) || p === "weather" || p === "all"),
  );
  if (gradeOnly && tail.length === 0 && ["partnership", "cooperation"].includes(headWord)) return null;
  if (headWord === "partnership" && tail.length === 0 && partsOf(modifiers) + headParts.length - 1 < 2) return null;
  if (modifiers.length > 0 && modifiers.every((w) => isCountryWord(w, countrySpans)) && tail.length === 0) {
    // "the China-Kazakhstan Agreement" reads as a name; a lone country ("Kenya Agreement") is too vague
    if (!modifiers.some((w) => w.raw.includes("-"))) return null;
  }
  const span = { start: words[first]!.start, end: words[last]!.end };
  const name = text.slice(span.start, span.end).replace(/\s+/g, " ");
  return { item: { name, span, acronym: readAcronym(text, span.end) }, last };
}

function readLowerHead(
  text: string,
  words: Word[],
  head: number,
  countrySpans: Span[],
): { item: Found; last: number } | null {
  // "the EU-Mercosur free trade agreement": up to two plain descriptors between the name and the head
  let named = head - 1;
  while (named >= head - 2 && named >= 0 && DESCRIPTORS.has(words[named]!.lower)) named--;
  if (words[head]!.lower === "deal" && named === head - 1) return null;
  const prev = words[named];
  if (!prev || !isCapitalised(prev) || LEADING_STOPS.has(prev.lower)) return null;
  const beforePrev = words[named - 1];
  // sentence-initial capitals are not names
  if (!beforePrev || /^[.!?:]$/.test(beforePrev.raw)) return null;
  const hyphenated = prev.raw.includes("-") && prev.raw.split("-").every((p) => /^[\p{Lu}\d]/u.test(p));
  if (!hyphenated && isCountryWord(prev, countrySpans)) return null;
  if (named < head - 1 && !hyphenated) return null;
  let first = named;
  while (first > 0 && (isCapitalised(words[first - 1]!) || isYear(words[first - 1]!))) {
    if (LEADING_STOPS.has(words[first - 1]!.lower)) break;
    first--;
  }
  const span = { start: words[first]!.start, end: words[head]!.end };
  return { item: { name: text.slice(span.start, span.end), span, acronym: null }, last: head };
}

/** "signed the Joint Declaration marking ...": a signed joint document's title runs to the clause end. */
function readSignedJointDocument(text: string, words: Word[], i: number): { item: Found; last: number } | null {
  const w = words[i]!;
  if (w.raw !== "Joint" || words[i - 1]?.lower !== "the" || !SIGNING.has(words[i - 2]?.lower ?? "")) return null;
  if (!["statement", "declaration", "communique", "communiqué"].includes(words[i + 1]?.lower ?? "")) return null;
  if (!RIGHT_OPENERS.has(words[i + 2]?.lower ?? "")) return null;
  let j = i + 2;
  while (j < words.length && j - i < MAX_WORDS && !/^[,.;:!?]$/.test(words[j]!.raw)) j++;
  const span = { start: w.start, end: words[j - 1]!.end };
  return { item: { name: text.slice(span.start, span.end).replace(/\s+/g, " "), span, acronym: null }, last: j - 1 };
}

/** "Memorandum of Understanding", "Joint Declaration", "Free Trade Agreement": kinds of document, not names. */
function isGeneric(name: string): boolean {
  return name
    .toLowerCase()
    .split(/[\s-]+/)
    .every((w) => GENERIC_WORDS.has(w));
}

function isCountryWord(w: Word, countrySpans: Span[]): boolean {
  return countrySpans.some((s) => s.start < w.end && w.start < s.end);
}

const partsOf = (ws: Word[]): number => ws.reduce((n, w) => n + w.raw.split("-").length, 0);

/** "(AfCFTA)" right after a name. */
function readAcronym(text: string, end: number): string | null {
  const m = /^\s*\(([A-Z][A-Za-z0-9-]{1,9})\)/.exec(text.slice(end, end + 16));
  return m && isAcronym(m[1]!) ? m[1]! : null;
}

/** Capital initials of a name, hyphen parts included: "Trans-Pacific Partnership" → "TPP". */
function initials(name: string): string {
  return name
    .split(/[\s-]+/)
    .filter((p) => /^\p{Lu}/u.test(p))
    .map((p) => p[0])
    .join("");
}

function foldName(s: string): string {
  return s
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[\u2018\u2019'"]/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
