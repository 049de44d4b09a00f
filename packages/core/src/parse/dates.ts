import { addDays, addMonths, addYears, format, getDay, isValid, parseISO } from "date-fns";
import type { DateBasis, DatePrecision, EventDate } from "../schemas/event.js";
import type { Span } from "../schemas/span.js";
import type { DateMention, Doc, TextStructure } from "./context.js";

/**
 * Date expressions ("on Thursday", "Aug. 30", "from March 6 to 10", "last week", "in May 2019") found in the
 * headline and body, each resolved against the article's anchor date. Relative expressions with no anchor keep
 * their words and a null value: the program's own clock is never consulted.
 */

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
/** How far either side of a date its tense is looked for. */
const CONTEXT_CHARS = 240;

/**
 * The date relative expressions resolve against: publication, else the dateline's date, else the caller's
 * reference date, else null.
 *
 * @example
 * resolveAnchorDate({ ...structure, publishedAt: "2023-08-30T09:00:00Z" }, null) // "2023-08-30"
 */
export function resolveAnchorDate(structure: TextStructure, referenceDate: string | null): string | null {
  for (const candidate of [structure.publishedAt, structure.dateline?.date, referenceDate]) {
    const day = candidate?.slice(0, 10);
    if (day && ISO_DAY.test(day) && isValidDay(day)) return day;
  }
  return null;
}

const MONTHS: Record<string, number> = {
  january: 1,
  jan: 1,
  february: 2,
  feb: 2,
  march: 3,
  mar: 3,
  april: 4,
  apr: 4,
  may: 5,
  june: 6,
  jun: 6,
  july: 7,
  jul: 7,
  august: 8,
  aug: 8,
  september: 9,
  sep: 9,
  sept: 9,
  october: 10,
  oct: 10,
  november: 11,
  nov: 11,
  december: 12,
  dec: 12,
};
const WEEKDAYS: Record<string, number> = {
  sunday: 0,
  monday: 1,
  tuesday: 2,
  wednesday: 3,
  thursday: 4,
  friday: 5,
  saturday: 6,
};
const NUMBER_WORDS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, a: 1 };

const MONTH_RE =
  "(January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept\\.?|Sep\\.?|Oct\\.?|Nov\\.?|Dec\\.?)";
const DAY_RE = "([0-3]?\\d)(?:st|nd|rd|th)?(?![\\d:])";
const YEAR_RE = "(1[89]\\d\\d|20\\d\\d)(?!\\d)";
const JOIN_RE = "\\s*(?:-|–|—|to|and|until|till|through|thru)\\s*";
const WEEKDAY_RE = "(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?!s)";
const PART_OF_DAY = "(?:\\s+(?:morning|afternoon|evening|night))?";

interface Pattern {
  kind:
    | "iso"
    | "month-day"
    | "day-month"
    | "month-year"
    | "month"
    | "year"
    | "weekday"
    | "relative-day"
    | "relative-period"
    | "ago";
  re: RegExp;
  /** Cheap tests a sentence must all pass for `re` to have any chance of matching (skips the scan otherwise). */
  needs: readonly RegExp[];
}

// pre-checks: every month spelling starts with one of these (case as the patterns require), every weekday ends in "day"
const HAS_MONTH = /Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec/;
const HAS_DIGIT = /\d/;
const HAS_DAY = /day/i;
const HAS_RELATIVE_DAY = /day|tonight|tomorrow|this |last (?:evening|night)/i;
const HAS_PERIOD = /week|month|year/i;
const HAS_AGO = / ago/i;

// Every pattern is a flat sequence of bounded alternations (no nested quantifiers), so matching is linear.
const PATTERNS: readonly Pattern[] = [
  { kind: "iso", re: /\b(\d{4})-(\d{2})-(\d{2})\b/g, needs: [HAS_DIGIT] },
  {
    kind: "month-day",
    re: new RegExp(
      `\\b(?:(?:[Ff]rom|[Bb]etween|[Oo]n|[Ss]ince|[Bb]y|[Uu]ntil)\\s+)?${MONTH_RE}(?:\\s+|(?<=\\.))${DAY_RE}(?:${JOIN_RE}(?:${MONTH_RE}\\s+)?${DAY_RE})?(?:,?\\s+${YEAR_RE})?`,
      "g",
    ),
    needs: [HAS_MONTH, HAS_DIGIT],
  },
  {
    kind: "day-month",
    re: new RegExp(
      `\\b(?:(?:[Ff]rom|[Bb]etween|[Oo]n|[Ss]ince|[Bb]y|[Uu]ntil)\\s+)?(?:the\\s+)?${DAY_RE}(?:${JOIN_RE}(?:the\\s+)?${DAY_RE})?\\s+(?:of\\s+)?${MONTH_RE}(?:,?\\s+${YEAR_RE})?`,
      "g",
    ),
    needs: [HAS_MONTH, HAS_DIGIT],
  },
  {
    kind: "month-year",
    re: new RegExp(
      `\\b(?:(?:in|since|of|by|until|during|early|late|mid-?)\\s+)?${MONTH_RE},?\\s+(?:${YEAR_RE}|(last|this|next) year)`,
      "g",
    ),
    needs: [HAS_MONTH],
  },
  {
    kind: "month",
    re: /\b([Ii]n|[Ss]ince|[Tt]his|[Ll]ast|[Nn]ext|[Ee]arly|[Ll]ate|[Mm]id-|[Uu]ntil|[Bb]y)\s*(January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Aug\.|Sept\.|Oct\.|Nov\.|Dec\.)(?![\s,]*\d)(?!\s+(?:be|have|not|also|well)\b)/g,
    needs: [HAS_MONTH],
  },
  {
    kind: "year",
    re: new RegExp(`\\b(?:in|since|during|by|until|of|from)\\s+(?:early\\s+|late\\s+|mid-)?${YEAR_RE}`, "g"),
    needs: [HAS_DIGIT],
  },
  {
    kind: "weekday",
    re: new RegExp(
      `\\b(?:(?:(earlier|later|late|early)\\s+on|(last|next|this|coming|past|on|from|by|until)(?:\\s+the)?)\\s+)?${WEEKDAY_RE}${PART_OF_DAY}`,
      "gi",
    ),
    needs: [HAS_DAY],
  },
  {
    kind: "relative-day",
    // "last evening", "late last night", "yesterday afternoon": the part of the day adds nothing to the date
    re: /\b(the day before yesterday|the day after tomorrow|today|tonight|yesterday|tomorrow|this (?:morning|afternoon|evening)|last (?:evening|night))(?:\s+(?:morning|afternoon|evening|night))?\b/gi,
    needs: [HAS_RELATIVE_DAY],
  },
  {
    kind: "relative-period",
    re: /\b(?:(earlier|later) )?(last|next|this|past|coming|previous|the coming|the past|the next|at the) (week|weekend|month|year|weeks|months)\b/gi,
    needs: [HAS_PERIOD],
  },
  {
    kind: "ago",
    re: /\b(\d{1,2}|one|two|three|four|five|six|seven|a) (day|days|week|weeks) ago\b/gi,
    needs: [HAS_AGO],
  },
];

const FUTURE_WORDS = new Set([
  "will",
  "shall",
  "'ll",
  "scheduled",
  "expected",
  "due",
  "set",
  "plans",
  "planned",
  "planning",
  "upcoming",
  "forthcoming",
  "would",
  "going",
  "intends",
  "slated",
]);
const PAST_IRREGULAR = new Set(
  (
    "was were had did said met held spoke told took made gave came went left began sent saw paid flew wrote " +
    "brought thought found became ran stood sat led felt kept won lost laid broke struck sought got put " +
    "has have been"
  ).split(" "),
);
const NOT_PAST_ED = new Set([
  "scheduled",
  "expected",
  "planned",
  "proposed",
  "supposed",
  "invited",
  "slated",
  "united",
  "interested",
  "concerned",
  "related",
  "based",
  "red",
  "need",
  "indeed",
  "speed",
  "proceed",
  "exceed",
  "succeed",
  "feed",
]);
const CLAUSE_BREAK = /[;:!?]|\s[-–—]\s|\b(?:which|who|but|while|whereas|after|before|when|as)\b/gi;

/** Options for {@link findDateMentions}. */
export interface FindDatesOptions {
  /** Year for a day and month written without one when there is no anchor (a year the article itself states). */
  fallbackYear?: number | null;
}

/**
 * Every date expression in the body and headline of `doc`, resolved against `doc.anchorDate`.
 *
 * @example
 * // anchor 2023-08-31 (a Thursday): "met on Wednesday" → { value: "2023-08-30", precision: "day" }
 * findDates(doc)[0]?.date
 */
export function findDates(doc: Doc): DateMention[] {
  const ranges: Span[] = doc.sentences.length
    ? doc.sentences
    : [...(doc.structure.headline ? [doc.structure.headline.span] : []), ...doc.structure.paragraphs];
  const fallbackYear = doc.anchorDate ? null : findStatedYear(doc.text, ranges);
  return findDateMentions(doc.text, ranges, doc.anchorDate, { fallbackYear });
}

/**
 * Date expressions in `text` within each of `ranges` (sentences), resolved against `anchor` (ISO date or null).
 *
 * @example
 * findDateMentions("They met on Wednesday.", [{ start: 0, end: 22 }], "2023-08-31")[0]?.date.value // "2023-08-30"
 * findDateMentions("They met on Wednesday.", [{ start: 0, end: 22 }], null)[0]?.date.value // null
 */
export function findDateMentions(
  text: string,
  ranges: readonly Span[],
  anchor: string | null,
  options: FindDatesOptions = {},
): DateMention[] {
  const anchorDate = anchor && ISO_DAY.test(anchor) && isValidDay(anchor) ? anchor : null;
  const out: DateMention[] = [];
  for (const range of ranges) {
    const sentence = text.slice(range.start, range.end);
    const raw = matchAll(sentence);
    for (const m of mergeAdjacent(sentence, raw)) {
      const start = range.start + m.start;
      const end = range.start + m.end;
      // tense is read from the words around the date only, so one giant "sentence" stays linear
      const from = Math.max(0, m.start - CONTEXT_CHARS);
      const context = sentence.slice(from, Math.min(sentence.length, m.end + CONTEXT_CHARS));
      const future = isFutureContext(context, m.start - from, m.end - from, m.match[0]);
      const resolved = resolveMatch(m, anchorDate, future, options.fallbackYear ?? null);
      if (!resolved) continue;
      // "by 2030", "until March 6": a deadline or a limit, never the day something happened
      if (
        DEADLINE_BEFORE.test(sentence.slice(Math.max(0, m.start - 24), m.start)) ||
        DEADLINE_WORD.test(sentence.slice(m.start, m.end))
      )
        continue;
      const span = { start, end };
      out.push({
        span,
        future,
        vague: resolved.vague,
        date: {
          value: resolved.value,
          precision: resolved.precision,
          basis: basisOf(m),
          text: text.slice(start, end),
          span,
        },
      });
    }
  }
  return out;
}

const DEADLINE_BEFORE =
  /\b(?:by|until|till|before|through|no later than|ahead of)\s+(?:the\s+(?:end|middle|start)\s+of\s+)?$/i;

const DEADLINE_WORD = /^(?:by|until|till|before|through)\s/i;

interface RawMatch {
  kind: Pattern["kind"];
  start: number;
  end: number;
  match: RegExpExecArray;
  /** A weekday written right before this explicit date ("Thursday, December 14"). */
  weekday?: number;
}

function matchAll(sentence: string): RawMatch[] {
  const found: RawMatch[] = [];
  for (const p of PATTERNS) {
    if (!p.needs.every((n) => n.test(sentence))) continue;
    p.re.lastIndex = 0;
    let m = p.re.exec(sentence);
    while (m !== null) {
      if (m[0].length > 0) found.push({ kind: p.kind, start: m.index, end: m.index + m[0].length, match: m });
      else p.re.lastIndex++;
      m = p.re.exec(sentence);
    }
  }
  // in text order, the longer of two overlapping matches wins (one sweep, linear after the sort)
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: RawMatch[] = [];
  for (const f of found) {
    const last = kept.at(-1);
    if (!last || f.start >= last.end) kept.push(f);
    else if (f.end - f.start > last.end - last.start && (kept.at(-2)?.end ?? 0) <= f.start) kept[kept.length - 1] = f;
  }
  return kept;
}

/** Joins "Thursday, December 14" and "Monday (Jul. 3)" into one mention dated by the explicit date. */
function mergeAdjacent(sentence: string, matches: RawMatch[]): RawMatch[] {
  const out: RawMatch[] = [];
  for (let i = 0; i < matches.length; i++) {
    const cur = matches[i]!;
    const next = matches[i + 1];
    if (
      cur.kind === "weekday" &&
      next &&
      (next.kind === "month-day" || next.kind === "day-month") &&
      /^\s*[,(]?\s*$/.test(sentence.slice(cur.end, next.start))
    ) {
      const close = sentence[next.end] === ")" && sentence.slice(cur.end, next.start).includes("(") ? 1 : 0;
      out.push({
        ...next,
        start: cur.start,
        end: next.end + close,
        weekday: WEEKDAYS[cur.match[3]!.toLowerCase()],
      });
      i++;
      continue;
    }
    out.push(cur);
  }
  return out;
}

/**
 * Whether a match writes its date out (`stated`: "12 May 2021", "May 12", "in 2019") or names it relative to the
 * anchor (`relative`: weekdays, "yesterday", "last month", "in May", "two days ago", "May last year").
 */
function basisOf(m: RawMatch): DateBasis {
  switch (m.kind) {
    case "iso":
    case "month-day":
    case "day-month":
    case "year":
      return "stated";
    case "month-year":
      return m.match[2] ? "stated" : "relative";
    default:
      return "relative";
  }
}

interface Resolved {
  value: string | null;
  precision: DatePrecision;
  vague?: boolean;
}

function resolveMatch(
  m: RawMatch,
  anchor: string | null,
  future: boolean,
  fallbackYear: number | null,
): Resolved | null {
  const g = m.match;
  switch (m.kind) {
    case "iso":
      return dayValue(Number(g[1]), Number(g[2]), Number(g[3]));
    case "month-day":
    case "day-month": {
      const [monthText, dayText, yearText] = m.kind === "month-day" ? [g[1], g[2], g[5]] : [g[3], g[1], g[4]];
      const month = monthNumber(monthText);
      const day = Number(dayText);
      if (!month || day < 1 || day > 31) return null;
      let year = yearText ? Number(yearText) : inferYear(month, day, anchor, future, fallbackYear);
      if (year === null) return { value: null, precision: "day" };
      if (!yearText && !anchor && m.weekday !== undefined && weekdayOf(year, month, day) !== m.weekday) year = null;
      if (year === null) return { value: null, precision: "day" };
      return dayValue(year, month, day);
    }
    case "month-year": {
      const month = monthNumber(g[1]);
      if (!month) return null;
      if (g[2]) return { value: `${g[2]}-${pad(month)}`, precision: "month" };
      if (!anchor) return { value: null, precision: "month" };
      const shift = g[3]!.toLowerCase() === "last" ? -1 : g[3]!.toLowerCase() === "next" ? 1 : 0;
      return { value: `${Number(anchor.slice(0, 4)) + shift}-${pad(month)}`, precision: "month" };
    }
    case "month":
      return resolveMonth(g[1]!.toLowerCase(), monthNumber(g[2]), anchor, future);
    case "year":
      return { value: g[1]!, precision: "year" };
    case "weekday":
      return resolveWeekdayMatch(g, anchor, future);
    case "relative-day":
      return resolveRelativeDay(g[1]!.toLowerCase(), anchor);
    case "relative-period":
      return resolveRelativePeriod((g[1] ?? "").toLowerCase(), g[2]!.toLowerCase(), g[3]!.toLowerCase(), anchor);
    case "ago": {
      const n = NUMBER_WORDS[g[1]!.toLowerCase()] ?? Number(g[1]);
      if (!anchor || !Number.isFinite(n)) return { value: null, precision: "day" };
      const days = g[2]!.toLowerCase().startsWith("week") ? n * 7 : n;
      if (days >= 7) return { value: null, precision: "day", vague: true };
      return { value: shiftDays(anchor, -days), precision: "day" };
    }
  }
}

/** "in May", "last May", "next March": the month nearest the anchor in the direction the words point. */
function resolveMonth(
  which: string,
  month: number | undefined,
  anchor: string | null,
  future: boolean,
): Resolved | null {
  if (!month) return null;
  if (!anchor) return { value: null, precision: "month" };
  const year = Number(anchor.slice(0, 4));
  const current = Number(anchor.slice(5, 7));
  let y = year;
  if (which === "last") y = month < current ? year : year - 1;
  else if (which === "next") y = month > current ? year : year + 1;
  else if (which !== "this") y = future ? (month >= current ? year : year + 1) : month <= current ? year : year - 1;
  return { value: `${y}-${pad(month)}`, precision: "month" };
}

function resolveWeekdayMatch(g: RegExpExecArray, anchor: string | null, future: boolean): Resolved {
  const weekday = WEEKDAYS[g[3]!.toLowerCase()]!;
  if (!anchor) return { value: null, precision: "day" };
  const modifier = (g[2] ?? g[1] ?? "").toLowerCase();
  if (modifier === "next" || modifier === "coming")
    return { value: resolveWeekday(anchor, weekday, "after"), precision: "day" };
  if (modifier === "last" || modifier === "past")
    return { value: resolveWeekday(anchor, weekday, "before"), precision: "day" };
  const forward = future || modifier === "later" || modifier === "until";
  return { value: resolveWeekday(anchor, weekday, forward ? "on-or-after" : "on-or-before"), precision: "day" };
}

/**
 * The date of `weekday` (0 = Sunday) relative to `anchor` (ISO date): the latest on or before it, the earliest
 * on or after it, or strictly before/after it ("last Friday", "next Friday").
 *
 * @example
 * resolveWeekday("2023-08-31", 3, "on-or-before") // "2023-08-30" (the Wednesday before a Thursday)
 * resolveWeekday("2023-08-31", 3, "on-or-after") // "2023-09-06"
 */
export function resolveWeekday(
  anchor: string,
  weekday: number,
  direction: "on-or-before" | "on-or-after" | "before" | "after",
): string {
  return remember(`w|${anchor}|${weekday}|${direction}`, () => computeWeekday(anchor, weekday, direction));
}

function computeWeekday(
  anchor: string,
  weekday: number,
  direction: "on-or-before" | "on-or-after" | "before" | "after",
): string {
  const base = parseISO(anchor);
  const today = getDay(base);
  let delta: number;
  if (direction === "on-or-before" || direction === "before") {
    delta = -((today - weekday + 7) % 7);
    if (direction === "before" && delta === 0) delta = -7;
  } else {
    delta = (weekday - today + 7) % 7;
    if (direction === "after" && delta === 0) delta = 7;
  }
  return format(addDays(base, delta), "yyyy-MM-dd");
}

function resolveRelativeDay(word: string, anchor: string | null): Resolved {
  if (!anchor) return { value: null, precision: "day" };
  const offset: Record<string, number> = {
    "the day before yesterday": -2,
    yesterday: -1,
    "last evening": -1,
    "last night": -1,
    tomorrow: 1,
    "the day after tomorrow": 2,
  };
  return { value: shiftDays(anchor, offset[word] ?? 0), precision: "day" };
}

function resolveRelativePeriod(_edge: string, which: string, unit: string, anchor: string | null): Resolved {
  const w = which.replace(/^the /, "");
  if (unit.startsWith("week") || unit === "weekend" || unit.endsWith("s") || w === "at") {
    return { value: null, precision: "day", vague: true };
  }
  const shift = w === "last" || w === "past" || w === "previous" ? -1 : w === "next" || w === "coming" ? 1 : 0;
  if (!anchor) return { value: null, precision: unit === "month" ? "month" : "year" };
  if (unit === "month") {
    const value = remember(`m|${anchor}|${shift}`, () => format(addMonths(parseISO(anchor), shift), "yyyy-MM"));
    return { value, precision: "month" };
  }
  return {
    value: remember(`y|${anchor}|${shift}`, () => format(addYears(parseISO(anchor), shift), "yyyy")),
    precision: "year",
  };
}

function inferYear(
  month: number,
  day: number,
  anchor: string | null,
  future: boolean,
  fallbackYear: number | null,
): number | null {
  if (!anchor) return fallbackYear;
  const year = Number(anchor.slice(0, 4));
  const candidate = `${year}-${pad(month)}-${pad(day)}`;
  // a date more than half a year away from the article's own date belongs to the neighbouring year
  const gap = daysBetween(anchor, candidate);
  if (gap > 183 && !future) return year - 1;
  if (gap < -183 && future) return year + 1;
  return year;
}

const STATED_YEAR = new RegExp(
  `(?:\\b(?:in|since|during)\\s+${YEAR_RE})|(?:${MONTH_RE}\\s+${DAY_RE},?\\s+${YEAR_RE})|(?:${DAY_RE}\\s+${MONTH_RE},?\\s+${YEAR_RE})`,
  "g",
);

/** A year the article states outright ("in 2012", "30 November 2021"), the latest one, for yearless dates. */
function findStatedYear(text: string, ranges: readonly Span[]): number | null {
  let best: number | null = null;
  const re = STATED_YEAR;
  for (const r of ranges) {
    const s = text.slice(r.start, r.end);
    re.lastIndex = 0;
    let m = re.exec(s);
    while (m !== null) {
      const y = Number(m[1] ?? m[4] ?? m[7]);
      if (Number.isFinite(y) && (best === null || y > best)) best = y;
      m = re.exec(s);
    }
  }
  return best;
}

/** True when the words around a date point to the future ("will travel ... on Wednesday"). */
function isFutureContext(sentence: string, start: number, end: number, matched: string): boolean {
  if (/^(next|coming)\b/i.test(matched) || /\b(tomorrow|next|coming)\b/i.test(matched)) return true;
  if (/^(last|past|earlier)\b/i.test(matched) || /\b(yesterday|ago)\b/i.test(matched)) return false;
  let clauseStart = 0;
  let clauseEnd = sentence.length;
  CLAUSE_BREAK.lastIndex = 0;
  let b = CLAUSE_BREAK.exec(sentence);
  while (b !== null) {
    if (b.index + b[0].length <= start) clauseStart = b.index + b[0].length;
    else if (b.index >= end && b.index < clauseEnd) clauseEnd = b.index;
    b = CLAUSE_BREAK.exec(sentence);
  }
  // the nearest tense word before the date decides; failing one, the first after it
  const before = tenseWords(sentence.slice(clauseStart, start));
  if (before.length > 0) return before[before.length - 1] === "future";
  return tenseWords(sentence.slice(end, clauseEnd))[0] === "future";
}

function tenseWords(s: string): ("future" | "past")[] {
  const out: ("future" | "past")[] = [];
  const words = s.toLowerCase().match(/[a-z']+/g) ?? [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const next = words[i + 1];
    if (FUTURE_WORDS.has(w) || w.endsWith("'ll") || ((w === "is" || w === "are") && next === "to")) out.push("future");
    else if (PAST_IRREGULAR.has(w) || (w.length > 4 && w.endsWith("ed") && !NOT_PAST_ED.has(w))) out.push("past");
  }
  return out;
}

function monthNumber(word: string | undefined): number | undefined {
  return word ? MONTHS[word.replace(".", "").toLowerCase()] : undefined;
}

/** Results of date arithmetic by key ("s|2023-08-30|-1"): articles repeat the same few anchors and offsets. */
const arithmetic = new Map<string, string | number | boolean>();
const ARITHMETIC_LIMIT = 20_000;

function remember<T extends string | number | boolean>(key: string, compute: () => T): T {
  const known = arithmetic.get(key);
  if (known !== undefined) return known as T;
  const value = compute();
  if (arithmetic.size >= ARITHMETIC_LIMIT) arithmetic.clear();
  arithmetic.set(key, value);
  return value;
}

function isValidDay(iso: string): boolean {
  return remember(`a|${iso}`, () => isValid(parseISO(iso)));
}

function dayValue(year: number, month: number, day: number): Resolved | null {
  const iso = `${year}-${pad(month)}-${pad(day)}`;
  const exists = remember(`v|${iso}`, () => {
    const d = parseISO(iso);
    return isValid(d) && format(d, "yyyy-MM-dd") === iso;
  });
  if (!exists) return { value: null, precision: "day" };
  return { value: iso, precision: "day" };
}

function weekdayOf(year: number, month: number, day: number): number {
  const iso = `${year}-${pad(month)}-${pad(day)}`;
  return remember(`d|${iso}`, () => getDay(parseISO(iso)));
}

function shiftDays(anchor: string, days: number): string {
  return remember(`s|${anchor}|${days}`, () => format(addDays(parseISO(anchor), days), "yyyy-MM-dd"));
}

function daysBetween(from: string, to: string): number {
  return remember(`b|${from}|${to}`, () =>
    Math.round((parseISO(to).getTime() - parseISO(from).getTime()) / 86_400_000),
  );
}

const pad = (n: number) => String(n).padStart(2, "0");

export type { EventDate };
