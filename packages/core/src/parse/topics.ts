import { TOPIC_CUES, TOPIC_THRESHOLD } from "../gazetteer/topics.js";
import { type Topic, TopicSchema } from "../schemas/initiative.js";
import type { Span } from "../schemas/span.js";
import type { Doc } from "./context.js";

// A cue can only match where a word starts: the left boundary, (?<![\p{L}\p{N}-]), is checked in code, and where the
// literal prefixes a cue can begin with are known, the cue is tried (sticky) only at word starts with those prefixes,
// instead of scanning the whole text once per cue. Same matches, a fraction of the work.
interface CompiledCue {
  /** The cue over the whole text, for cues whose first letters are not known. */
  re: RegExp;
  /** The cue anchored at one offset. */
  sticky: RegExp;
  /** Lowercase literal prefixes every match begins with, or null when unknown. */
  first: Set<string> | null;
  weight: number;
  repeats: boolean;
  /** The pattern spells capitals (an acronym, a body's name): it reads the text with proper names left in. */
  proper: boolean;
}
type CompiledTopic = { topic: Topic; cues: CompiledCue[] };
let compiled: CompiledTopic[] | null = null;

/** The cue patterns, compiled on first use, once. */
function compileTopics(): CompiledTopic[] {
  compiled ??= TopicSchema.options.map((topic) => ({
    topic,
    cues: TOPIC_CUES[topic].map((c) => ({
      re: new RegExp(`(?:${c.pattern})(?![\\p{L}\\p{N}])`, "giu"),
      sticky: new RegExp(`(?:${c.pattern})(?![\\p{L}\\p{N}])`, "iuy"),
      first: prefixesOf(c.pattern),
      weight: c.weight,
      repeats: c.repeats === true,
      proper: spellsCapitals(c.pattern),
    })),
  }));
  return compiled;
}

/** Every alternative of the pattern spells a capital ("UN General Assembly|G20 summit"), so it names a body. */
function spellsCapitals(pattern: string): boolean {
  return (splitAlternatives(pattern) ?? [pattern]).every((alt) => /[A-Z]/.test(alt.replace(/\\./g, "")));
}

/** Splits a pattern at its top-level `|` (outside groups and classes), or null on a stray bracket. */
function splitAlternatives(pattern: string): string[] | null {
  const out: string[] = [];
  let depth = 0;
  let inClass = false;
  let from = 0;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === "\\") i++;
    else if (inClass) inClass = c !== "]";
    else if (c === "[") inClass = true;
    else if (c === "(") depth++;
    else if (c === ")") depth--;
    else if (c === "|" && depth === 0) {
      out.push(pattern.slice(from, i));
      from = i + 1;
    }
    if (depth < 0) return null;
  }
  if (depth !== 0 || inClass) return null;
  out.push(pattern.slice(from));
  return out;
}

/** Index of the `)` closing the group opened at `open`, or -1. */
function closingParen(pattern: string, open: number): number {
  let depth = 0;
  let inClass = false;
  for (let i = open; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === "\\") i++;
    else if (inClass) inClass = c !== "]";
    else if (c === "[") inClass = true;
    else if (c === "(") depth++;
    else if (c === ")" && --depth === 0) return i;
  }
  return -1;
}

/** Longest literal prefix the index keys on. */
const PREFIX = 3;

/**
 * Lowercase literal prefixes (1–3 ASCII letters, digits, spaces or hyphens, starting with a letter or digit) that
 * every match of `pattern` begins with, or null when that is not plain from the pattern (a class, an escape, an
 * optional first item).
 *
 * @example
 * prefixesOf("trade(?!\\s+unions?)|(?:G20|BRICS) summit") // Set {"tra", "g20", "bri"}
 */
export function prefixesOf(pattern: string): Set<string> | null {
  const alternatives = splitAlternatives(pattern);
  if (!alternatives) return null;
  const out = new Set<string>();
  for (const alt of alternatives) {
    let pos = 0;
    // lookbehinds match nothing themselves
    while (alt.startsWith("(?<!", pos) || alt.startsWith("(?<=", pos)) {
      const close = closingParen(alt, pos);
      if (close < 0) return null;
      pos = close + 1;
    }
    if (alt.startsWith("(?:", pos)) {
      const close = closingParen(alt, pos);
      if (close < 0 || "?*{".includes(alt[close + 1] ?? "x")) return null;
      const inner = prefixesOf(alt.slice(pos + 3, close));
      if (!inner) return null;
      for (const c of inner) out.add(c);
      continue;
    }
    let prefix = "";
    while (prefix.length < PREFIX && pos < alt.length && /^[A-Za-z0-9 -]$/.test(alt[pos]!)) {
      // a character made optional by what follows it is no part of the prefix
      if ("?*{".includes(alt[pos + 1] ?? "x")) break;
      prefix += alt[pos]!.toLowerCase();
      pos++;
    }
    if (!/^[a-z0-9]/.test(prefix)) return null;
    out.add(prefix);
  }
  return out.size ? out : null;
}

const LETTER_DIGIT_OR_HYPHEN = /^[\p{L}\p{N}-]$/u;

/** Whether no letter, digit or hyphen (a whole code point) ends just before `index`. */
function isBoundaryBefore(text: string, index: number): boolean {
  if (index <= 0) return true;
  let from = index - 1;
  const unit = text.charCodeAt(from);
  if (unit < 128)
    return !((unit >= 97 && unit <= 122) || (unit >= 65 && unit <= 90) || (unit >= 48 && unit <= 57) || unit === 45);
  if (unit >= 0xdc00 && unit <= 0xdfff && from > 0) {
    const lead = text.charCodeAt(from - 1);
    if (lead >= 0xd800 && lead <= 0xdbff) from--;
  }
  return !LETTER_DIGIT_OR_HYPHEN.test(String.fromCodePoint(text.codePointAt(from)!));
}

/**
 * Offsets where a cue may start (word starts), under each of their first 1–3 characters lowercased ("t", "tr",
 * "tra"). A word start with a non-ASCII character among its first three goes under "" and is tried by every cue
 * (case folding may turn it into a letter: "ſ", the Kelvin sign).
 */
function indexWordStarts(piece: string): Map<string, number[]> {
  const byPrefix = new Map<string, number[]>();
  const put = (key: string, at: number) => {
    const list = byPrefix.get(key);
    if (list) list.push(at);
    else byPrefix.set(key, [at]);
  };
  for (let i = 0; i < piece.length; i++) {
    const unit = piece.charCodeAt(i);
    const alnum = (unit >= 65 && unit <= 90) || (unit >= 97 && unit <= 122) || (unit >= 48 && unit <= 57);
    if (!alnum && (unit < 128 || (unit >= 0xdc00 && unit <= 0xdfff))) continue;
    if (!isBoundaryBefore(piece, i)) continue;
    let key = "";
    let ascii = true;
    for (let k = i; k < i + PREFIX && k < piece.length; k++) {
      const u = piece.charCodeAt(k);
      if (u >= 128) {
        ascii = false;
        break;
      }
      key += String.fromCharCode(u >= 65 && u <= 90 ? u + 32 : u);
    }
    if (!ascii) {
      put("", i);
      continue;
    }
    for (let n = 1; n <= key.length; n++) put(key.slice(0, n), i);
  }
  return byPrefix;
}

/** Each cue counts at most this many distinct words. */
const MAX_HITS_PER_CUE = 2;

/** The distinct forms (or, for repeating cues, occurrences) a cue matches in `piece`, at most MAX_HITS_PER_CUE. */
function matchCue(cue: CompiledCue, piece: string, starts: () => Map<string, number[]>, forms: Set<string>): void {
  // "passport" and "passports" are one word said twice, not two cues
  const add = (m: RegExpExecArray) => forms.add(cue.repeats ? `${forms.size}` : m[0].toLowerCase());
  if (cue.first === null) {
    const { re } = cue;
    re.lastIndex = 0;
    for (let m = re.exec(piece); m !== null && forms.size < MAX_HITS_PER_CUE; m = re.exec(piece)) {
      if (!isBoundaryBefore(piece, m.index)) {
        re.lastIndex = m.index + 1;
        continue;
      }
      add(m);
    }
    return;
  }
  const index = starts();
  const lists: number[][] = [];
  const any = index.get("");
  if (any) lists.push(any);
  for (const prefix of cue.first) {
    const list = index.get(prefix);
    if (list) lists.push(list);
  }
  if (lists.length === 0) return;
  const candidates = lists.length === 1 ? lists[0]! : lists.flat().sort((a, b) => a - b);
  const { sticky } = cue;
  let next = 0;
  for (const at of candidates) {
    if (at < next) continue;
    sticky.lastIndex = at;
    const m = sticky.exec(piece);
    if (m === null) continue;
    add(m);
    if (forms.size >= MAX_HITS_PER_CUE) return;
    next = at + m[0].length;
  }
}

/**
 * Scores every topic of the fixed vocabulary over `text` (or the given ranges of it).
 *
 * @example
 * scoreTopics("Talks on trade and tariffs.").get("trade") // 4 (two strong cues)
 */
export function scoreTopics(
  text: string,
  ranges: readonly Span[] = [{ start: 0, end: text.length }],
  withNames: string = text,
): Map<Topic, number> {
  const scores = new Map<Topic, number>();
  // one joined piece: every cue runs once over the text, not once per paragraph
  const join = (t: string) => ranges.map((r) => t.slice(r.start, r.end)).join("\n");
  const plain = { piece: join(text), index: null as Map<string, number[]> | null };
  const named = withNames === text ? plain : { piece: join(withNames), index: null as Map<string, number[]> | null };
  for (const { topic, cues } of compileTopics()) {
    let score = 0;
    for (const cue of cues) {
      const forms = new Set<string>();
      const src = cue.proper ? named : plain;
      matchCue(
        cue,
        src.piece,
        () => {
          src.index ??= indexWordStarts(src.piece);
          return src.index;
        },
        forms,
      );
      score += forms.size * cue.weight;
    }
    if (score > 0) scores.set(topic, score);
  }
  return scores;
}

/**
 * Topics from the fixed vocabulary, found by keyword families: a topic needs several distinct cues or a strong one
 * ("counter-terrorism", "trade"), never a single passing word. Strongest first.
 *
 * @example
 * findTopics(doc) // ["trade", "connectivity", "security"]
 */
export function findTopics(doc: Doc): Topic[] {
  const ranges = [...(doc.structure.headline ? [doc.structure.headline.span] : []), ...doc.structure.paragraphs];
  const withNames = maskOrganizations(doc);
  const scores = scoreTopics(
    maskProperNames(
      withNames,
      doc.structure.paragraphs,
      doc.initiatives.flatMap((i) => i.mentions),
    ),
    ranges,
    withNames,
  );
  for (const topic of listedFields(doc.text, ranges)) scores.set(topic, (scores.get(topic) ?? 0) + TOPIC_THRESHOLD);
  return [...scores.entries()]
    .filter(([, s]) => s >= TOPIC_THRESHOLD)
    .sort((a, b) => b[1] - a[1])
    .map(([t]) => t);
}

/** The text with organisations' names blanked: "Asian Infrastructure Investment Bank" speaks of no topic. */
function maskOrganizations(doc: Doc): string {
  const spans = doc.actors.filter((a) => a.kind === "organization").flatMap((a) => a.mentions);
  if (!spans.length) return doc.text;
  spans.sort((a, b) => a.start - b.start);
  let out = "";
  let pos = 0;
  for (const s of spans) {
    if (s.start < pos) continue;
    out += doc.text.slice(pos, s.start) + " ".repeat(s.end - s.start);
    pos = s.end;
  }
  return out + doc.text.slice(pos);
}

/**
 * Pattern family: a topic word inside the name of a firm, a ministry or office, a law or a body, or inside a title,
 * is no topic of the text. A run of capitalised words (joined by "of", "for", "on", "the", "&") is blanked when
 * - it ends in a designator of a firm or body: "Blue Harbor Systems Inc.", "the Ministry of Energy", "Trade Minister",
 *   "the Foreign Investment Law", "the Institute for Security Studies";
 * - it opens with an office: "Ministry of Trade", "Department of Energy", "Secretary of Commerce";
 * - a firm's suffix follows it: "Northgate Technologies, Inc.", "Velmar Energy Ltd";
 * - it is an inner item of a comma list of names: "..., Dune Technologies, Korvo Systems, ...".
 * Other capitalised phrases stay: a named agreement or programme speaks of its field ("the Coastal Free Trade Area"),
 * and so do bodies whose name is their work ("the Coast Guard"). Capitals-only acronyms stay (they are cues of
 * their own: "LNG", "NATO"), and lines set in title case (headings) are read as they are. What a meeting is "on"
 * is its subject: "the Ministerial Meeting on Ports and Shipping".
 */
export function maskProperNames(text: string, paragraphs: readonly Span[], keep: readonly Span[] = []): string {
  const NAME =
    /(?<![\p{L}\p{N}'’-])\p{Lu}[\p{L}\p{N}'’&.-]*(?:\s+(?:(?:of|for|on|the|&)\s+)*\p{Lu}[\p{L}\p{N}'’&.-]*)*/gu;
  const WORD = /\p{Lu}[\p{L}\p{N}'’&.-]*/gu;
  let out = "";
  let pos = 0;
  for (const para of paragraphs) {
    const slice = text.slice(para.start, para.end);
    if (isTitleCase(slice)) continue;
    for (const m of slice.matchAll(NAME)) {
      const at = para.start + m.index;
      const on = / on /.exec(m[0]);
      const name = on ? m[0].slice(0, on.index) : m[0];
      // a sentence's first "The" is no part of the name
      const words = name.split(/\s+/).filter((w, i) => i > 0 || !/^(?:The|A|An)$/.test(w));
      if (words.length === 0) continue;
      const before = slice.slice(Math.max(0, m.index - 2), m.index);
      const after = slice.slice(m.index + m[0].length, m.index + m[0].length + 6);
      const isBody =
        BODY_LAST.test((words[words.length - 1] ?? "").replace(/[.,]$/, "")) ||
        (words.length > 1 && BODY_FIRST.test(words[0]!)) ||
        /^,?\s+(?:Inc|Ltd|LLC|Corp|Co\b|plc|GmbH|AG\b|SA\b)/.test(after) ||
        (before === ", " && /^,/.test(after) && words.length > 1);
      if (!isBody || DOCUMENT_HEAD.test(name) || keep.some((k) => k.start < at + name.length && at < k.end)) continue;
      out += text.slice(pos, at);
      // blank each word that is not an acronym
      out += name.replace(WORD, (w) => (/\p{Ll}/u.test(w) ? " ".repeat(w.length) : w));
      pos = at + name.length;
    }
  }
  return out + text.slice(pos);
}

const BODY_LAST =
  /^(?:Inc\.?|Corporation|Corp\.?|Ltd\.?|LLC|Group|Holdings|Industries|Enterprises|Company|Ministry|Minister|Ministers|Secretary|Department|Office|Agency|Bureau|Law|Act|Academy|Institute|Studies|Council|Commission|Committee|Bank|Fund|Authority|Administration|Service|Services)$/u;
const BODY_FIRST = /^(?:Ministry|Minister|Department|Secretary|Office|Bureau|Commissioner|Director)$/u;
const DOCUMENT_HEAD =
  /\b(?:Agreements?|Area|Treaty|Protocol|Market|Corridor|Initiative|Accords?|Convention|Pact|Partnership|Programme|Program|Plan|Strategy|Framework|Declaration|Union|Zone)$/u;

/** A heading-like line: most of its words (four or more) capitalised, no closing full stop. */
function isTitleCase(line: string): boolean {
  const words = line.match(/\p{L}[\p{L}'’-]*/gu) ?? [];
  const content = words.filter((w) => !/^(?:of|for|and|on|the|a|an|in|to|at|with|by)$/i.test(w));
  if (content.length < 4 || /[.!?]["”’]?\s*$/.test(line)) return false;
  return content.filter((w) => /^\p{Lu}/u.test(w)).length / content.length > 0.75 && content.length < 25;
}

/** The word a list of fields uses, and the topic it names. */
const FIELD_WORDS: Readonly<Record<string, Topic>> = {
  trade: "trade",
  commercial: "trade",
  investment: "investment",
  energy: "energy",
  transport: "connectivity",
  infrastructure: "infrastructure",
  security: "security",
  military: "defense",
  defence: "defense",
  defense: "defense",
  tourism: "tourism",
  education: "education",
  educational: "education",
  cultural: "culture",
  culture: "culture",
  sports: "sports",
  sporting: "sports",
  sport: "sports",
  health: "health",
  technological: "technology",
  technology: "technology",
  agricultural: "agriculture",
  agriculture: "agriculture",
  financial: "finance",
  finance: "finance",
  humanitarian: "humanitarian",
  climate: "climate",
};

/**
 * Pattern family: an enumeration of fields names each of them as a topic, weak word or not: "cooperation in the
 * political, economic, trade, military, cultural and education fields", "ties in the areas of energy, tourism and
 * health", "the trade, sporting and cultural sectors". Only the words of the list that name a topic count.
 */
export function listedFields(text: string, ranges: readonly Span[]): Set<Topic> {
  const out = new Set<Topic>();
  const ITEM = "[a-z][a-z-]*";
  const LIST = `${ITEM}(?:,\\s+${ITEM})*,?\\s+(?:and|as well as)\\s+${ITEM}`;
  const before = new RegExp(`(?<![\\p{L}-])(${LIST})\\s+(?:fields|areas|sectors|spheres|domains)\\b`, "gu");
  const after = new RegExp(
    `\\b(?:fields|areas|sectors|spheres|domains)\\s+(?:of|such as|including|like)\\s+(${LIST})(?![\\p{L}-])`,
    "gu",
  );
  for (const r of ranges) {
    const piece = text.slice(r.start, r.end);
    for (const re of [before, after])
      for (const m of piece.matchAll(re)) {
        const items = m[1]!.split(/,?\s+(?:and|as well as)\s+|,\s+/);
        const topics = items.map((w) => FIELD_WORDS[w]).filter((t): t is Topic => t !== undefined);
        // a list, not one phrase: at least two of its words name fields
        if (topics.length >= 2) for (const t of topics) out.add(t);
      }
  }
  return out;
}
