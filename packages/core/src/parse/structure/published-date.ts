import { isLocalizedWeekday, LOCALIZED_MONTHS, localizedMonth } from "../../gazetteer/calendar.js";

/**
 * Reads calendar dates and times written in the shapes news pages use ("Updated: August 31, 2023 08:30",
 * "07 January 2022 09:44 IST", "2023-08-30 10:15:02", "30.08.2023", "30 août 2023") and tells apart a line
 * that only carries a date from running text that merely contains one.
 */

// Month names come from date-fns's locales (see gazetteer/calendar.ts): English, French, Spanish, Portuguese,
// Indonesian, German, Italian and Russian, with and without accents.
const MONTH_BY_NAME = LOCALIZED_MONTHS;

/** Alternation of month names, longest first so "sept" wins over "sep". */
export const MONTH_PATTERN = [...MONTH_BY_NAME.keys()]
  .sort((a, b) => b.length - a.length)
  .map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
  .join("|");

const L = "\\p{L}";
const YEAR = "((?:19|20)\\d{2})(?!\\d)";
const DAY = "(\\d{1,2})(?!\\d)";
const ORDINAL = "(?:st|nd|rd|th|er|º|o)?";

// Each pattern has a fixed order of groups: see `toParts`.
const DATE_PATTERNS: ReadonlyArray<{ re: RegExp; order: "ymd" | "dmy" | "mdy-name" | "dmy-name" }> = [
  { re: new RegExp(`(?<!\\d)${YEAR}[-/.](\\d{1,2})[-/.]${DAY}`, "u"), order: "ymd" },
  { re: new RegExp(`(?<!\\d)${DAY}[./-](\\d{1,2})[./-]${YEAR}`, "u"), order: "dmy" },
  // month names are matched as any word and checked in `toParts`: a 150-name alternation is slow to fail
  {
    re: new RegExp(`(?<!${L})(${L}{3,10})\\.?[ \\t]{1,3}${DAY}${ORDINAL},?[ \\t]{1,3}${YEAR}`, "u"),
    order: "mdy-name",
  },
  {
    re: new RegExp(
      `(?<!\\d)${DAY}${ORDINAL}\\.?[ \\t]{1,3}(?:de[ \\t]{1,3})?(${L}{3,10})(?!${L})\\.?,?[ \\t]{1,3}(?:de[ \\t]{1,3})?${YEAR}`,
      "u",
    ),
    order: "dmy-name",
  },
];

const TIME =
  /(?<!\d)(\d{1,2}):(\d{2})(?::(\d{2}))?(?!\d)(?:[ \t]{0,2}([AaPp])\.?[Mm]\.?(?![\p{L}]))?(?:[ \t]{0,2}\(?([A-Z]{2,4})\)?(?![\p{L}]))?/u;

const ZONES: Record<string, string> = {
  GMT: "Z",
  UTC: "Z",
  Z: "Z",
  IST: "+05:30",
  PKT: "+05:00",
  BST: "+01:00",
  CET: "+01:00",
  CEST: "+02:00",
  EET: "+02:00",
  EEST: "+03:00",
  MSK: "+03:00",
  GST: "+04:00",
  JST: "+09:00",
  KST: "+09:00",
  HKT: "+08:00",
  SGT: "+08:00",
  AEST: "+10:00",
  AEDT: "+11:00",
  EST: "-05:00",
  EDT: "-04:00",
  CST: "-06:00",
  CDT: "-05:00",
  PST: "-08:00",
  PDT: "-07:00",
};

export interface FoundDate {
  /** ISO calendar date. */
  date: string;
  /** Offsets of the date's words within the searched string. */
  start: number;
  end: number;
}

const HAS_YEAR = /(?:19|20)\d\d/;

const pad = (n: number): string => String(n).padStart(2, "0");

/** ISO date for year, month, day, or null when the day does not exist. */
export function toIsoDate(year: number, month: number, day: number): string | null {
  if (!(year >= 1900 && year <= 2100 && month >= 1 && month <= 12 && day >= 1)) return null;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > days) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** Month number (1–12) for a month name or abbreviation in English, French, Spanish, Portuguese, German, Italian or Russian. */
export function monthNumber(name: string): number | null {
  return localizedMonth(name);
}

/**
 * The first full calendar date (day, month and year) written in `s`, or null.
 *
 * @example
 * findFullDate("First Published: Oct 14 2022 | 6:41 PM IST") // { date: "2022-10-14", start: 17, end: 28 }
 */
export function findFullDate(s: string): FoundDate | null {
  // every full date has a year: look only in a window around each year instead of across the whole string
  YEARS.lastIndex = 0;
  let year: RegExpExecArray | null = YEARS.exec(s);
  while (year !== null) {
    const from = Math.max(0, year.index - 32);
    const window = s.slice(from, year.index + 14);
    let best: FoundDate | null = null;
    for (const { re, order } of DATE_PATTERNS) {
      const m = re.exec(window);
      if (!m) continue;
      const date = toParts(m, order);
      if (!date) continue;
      const start = from + m.index;
      if (!best || start < best.start) best = { date, start, end: start + m[0].length };
    }
    if (best) return best;
    year = YEARS.exec(s);
  }
  return null;
}

const YEARS = /(?<!\d)(?:19|20)\d\d(?!\d)/g;

function toParts(m: RegExpExecArray, order: "ymd" | "dmy" | "mdy-name" | "dmy-name"): string | null {
  const a = m[1] ?? "";
  const b = m[2] ?? "";
  const c = m[3] ?? "";
  switch (order) {
    case "ymd":
      return toIsoDate(Number(a), Number(b), Number(c));
    case "dmy": {
      // day first, as most of the world writes it, unless the first number cannot be a day-of-month pair
      const d = Number(a);
      const mo = Number(b);
      if (mo > 12 && d <= 12) return toIsoDate(Number(c), d, mo);
      return toIsoDate(Number(c), mo, d);
    }
    case "mdy-name": {
      const mo = monthNumber(a);
      return mo ? toIsoDate(Number(c), mo, Number(b)) : null;
    }
    case "dmy-name": {
      const mo = monthNumber(b);
      return mo ? toIsoDate(Number(c), mo, Number(a)) : null;
    }
  }
}

/**
 * The first clock time in `s` as "HH:MM:SS" plus a UTC offset when a known zone follows ("09:44 IST").
 *
 * @example
 * findTime("Oct 14 2022 | 6:41 PM IST") // { time: "18:41:00", offset: "+05:30" }
 */
export function findTime(s: string): { time: string; offset: string | null } | null {
  const m = TIME.exec(s);
  if (!m) return null;
  let h = Number(m[1]);
  const min = Number(m[2]);
  const sec = Number(m[3] ?? "0");
  const ampm = m[4]?.toLowerCase();
  if (ampm === "p" && h < 12) h += 12;
  if (ampm === "a" && h === 12) h = 0;
  if (h > 23 || min > 59 || sec > 59) return null;
  const zone = m[5] ? (ZONES[m[5]] ?? null) : null;
  return { time: `${pad(h)}:${pad(min)}:${pad(sec)}`, offset: zone };
}

/** Which kind of publication stamp a label announces. */
export type DateLabel = "published" | "updated" | "none";

const PUBLISHED_LABEL =
  /(?<![\p{L}])(?:first published|published|posted|publication date|date published|publié|publicado|publicada|publicação|veröffentlicht|опубликовано|pubblicato|created|released|issued)(?![\p{L}])/iu;
const UPDATED_LABEL =
  /(?<![\p{L}])(?:last updated|updated|modified|last modified|mis à jour|actualizado|actualización|atualizado|aktualisiert|обновлено|aggiornato|edited)(?![\p{L}])/iu;

const FILLER_WORDS = new Set([
  "on",
  "at",
  "by",
  "date",
  "time",
  "le",
  "el",
  "em",
  "am",
  "um",
  "de",
  "the",
  "local",
  "hrs",
  "hours",
  "feria",
  "feira",
  "г",
  "года",
]);

const UTC_OFFSET = /\(?(?<![\p{L}])(?:UTC|GMT)[ \t]*[+\-−–][ \t]*\d{1,2}(?::?\d{2})?\)?/giu;

const STAMP_BYLINE = /(?<![\p{L}])(?:[Bb]y|[Pp]or|[Pp]ar|[Vv]on|[Oo]leh)[ \t]+\p{Lu}[^|]*$/u;

const CREDIT_FIELDS =
  /(?<![\p{L}])(?:source|sources|editor|editors|author|authors|credit|by|fuente|fonte|quelle|источник|автор)\s*[:：]\s*[^|:：]{1,40}?(?=\||$|\s(?:\d|[\p{L}]+\s*[:：]))/giu;

export interface DateLine {
  /** ISO date, or date-time when the line gives a time. */
  value: string;
  label: DateLabel;
  /** True when the stamp runs on into a byline ("Published on ... By Jane Roe"). */
  byline?: boolean;
}

/**
 * Reads a line that carries only a publication stamp (a date, maybe a time, a label and a few other words)
 * and returns it, or null for running text that merely contains a date.
 *
 * @example
 * readDateLine("Updated: August 31, 2023 08:30") // { value: "2023-08-31T08:30:00", label: "updated" }
 * readDateLine("The talks were held on 30 August 2023 in Beijing.") // null
 */
export function readDateLine(line: string): DateLine | null {
  if (line.length > 160) return null;
  const found = findFullDate(line);
  if (!found) return null;
  const label: DateLabel = PUBLISHED_LABEL.test(line) ? "published" : UPDATED_LABEL.test(line) ? "updated" : "none";
  const rest = (line.slice(0, found.start) + " " + line.slice(found.end))
    // a zone written as an offset: "(UTC +04:00)", "GMT+3", "UTC−05:30"
    .replace(UTC_OFFSET, " ")
    .replace(TIME, " ")
    .replace(PUBLISHED_LABEL, " ")
    .replace(UPDATED_LABEL, " ")
    // credit fields next to the stamp: "Source: Xinhua | 2023-08-30 10:15:02 | Editor: Li Ming"
    .replace(CREDIT_FIELDS, " ");
  // a labelled stamp that runs on into the byline: "Published on 3/5/2021 - 10:45 By Jane Roe - Agency - City"
  const restWords = label !== "none" && found.start <= 24 ? rest.replace(STAMP_BYLINE, " ") : rest;
  const words = restWords
    .split(/[^\p{L}\p{M}\p{N}]+/u)
    .filter((w) => w && !isLocalizedWeekday(w) && !FILLER_WORDS.has(w.toLowerCase()) && !/^[A-Z]{2,4}$/.test(w));
  const hasUpdatedAndPublished = label === "published" && UPDATED_LABEL.test(line);
  if (words.length > 3) return null;
  const time = findTime(line.slice(found.start)) ?? findTime(line);
  const value = time ? `${found.date}T${time.time}${time.offset ?? ""}` : found.date;
  // "Published 30 Aug, updated 31 Aug" on one line: the first date is the publication
  const result: DateLine = { value, label: hasUpdatedAndPublished ? "published" : label };
  if (restWords !== rest) result.byline = true;
  return result;
}

/**
 * The date a URL's path carries ("/2023/08/30/", "/20230830", "/2023-08-30/", "/2023/0830/"), or null.
 *
 * @example
 * dateFromUrl("https://example.com/world/2023/08/30/talks.html") // "2023-08-30"
 */
export function dateFromUrl(url: string | null): string | null {
  if (!url) return null;
  const path = url.replace(/^[a-z]+:\/\/[^/]*/i, "").replace(/[?#].*$/, "");
  for (const { re, order } of URL_DATES) {
    const m = re.exec(path);
    if (!m) continue;
    const [a, b, c] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const iso = order === "ymd" ? toIsoDate(a, b, c) : toIsoDate(c, b, a);
    if (iso) return iso;
  }
  return null;
}

/**
 * URL date families, most explicit first:
 * - year, month, day as separate path parts or slug parts, with one-digit days and months: "/2023/08/30/",
 *   "/2017/8/9/", "/2023-08-30/", "-2023-08-30" at the end of a slug;
 * - "/2023/0830/" (year folder, then month and day glued);
 * - day first, as much of the world writes it: "/30-08-2023/", "_30.08.2023";
 * - eight digits "20230830" on their own, then eight digits opening a longer numeric id ("/202308300512.html",
 *   a date followed by a clock or a serial of up to six digits).
 */
const URL_DATES: ReadonlyArray<{ re: RegExp; order: "ymd" | "dmy" }> = [
  { re: /(?<![\d])((?:19|20)\d{2})[/-](\d{1,2})[/-](\d{1,2})(?=[/._-]|$)/, order: "ymd" },
  { re: /\/((?:19|20)\d{2})\/(\d{2})(\d{2})(?!\d)/, order: "ymd" },
  { re: /(?<![\d])(\d{1,2})[-_.](\d{1,2})[-_.]((?:19|20)\d{2})(?!\d)/, order: "dmy" },
  { re: /(?<![\d])((?:19|20)\d{2})(\d{2})(\d{2})(?![\d])/, order: "ymd" },
  { re: /(?<![\d])((?:19|20)\d{2})(\d{2})(\d{2})(?=\d{2,6}(?!\d))/, order: "ymd" },
];

const MONTH_DAY = new RegExp(`(?<!${L})(${MONTH_PATTERN})\\.?[ \\t]{1,3}${DAY}`, "iu");
const DAY_MONTH = new RegExp(
  `(?<!\\d)${DAY}${ORDINAL}\\.?[ \\t]{1,3}(?:de[ \\t]{1,3})?(${MONTH_PATTERN})(?!${L})`,
  "iu",
);

/**
 * A day and month written without a year ("Aug. 30", "30 August", "August 16."), dated in the year that puts it
 * on or shortly before `anchor` (ISO date); null without an anchor or when no such words start `s`.
 *
 * @example
 * resolveDayMonth("Oct. 18", "2023-10-19") // "2023-10-18"
 */
export function resolveDayMonth(s: string, anchor: string | null): string | null {
  const full = findFullDate(s);
  if (full) return full.date;
  const md = MONTH_DAY.exec(s);
  const dm = DAY_MONTH.exec(s);
  let month: number | null = null;
  let day = 0;
  if (md && (!dm || md.index <= dm.index)) {
    month = monthNumber(md[1] ?? "");
    day = Number(md[2]);
  } else if (dm) {
    month = monthNumber(dm[2] ?? "");
    day = Number(dm[1]);
  }
  return month ? resolveYear(month, day, anchor) : null;
}

/**
 * The date of `day` `month` in the year that puts it on or shortly before `anchor`; null without an anchor.
 *
 * @example
 * resolveYear(12, 31, "2024-01-02") // "2023-12-31"
 */
export function resolveYear(month: number, day: number, anchor: string | null): string | null {
  if (!anchor) return null;
  const year = Number(anchor.slice(0, 4));
  const candidate = toIsoDate(year, month, day);
  if (!candidate) return null;
  // a dateline a few days after the anchor is fine (time zones, late filing); months after means last year
  const diffDays = (Date.parse(candidate) - Date.parse(anchor.slice(0, 10))) / 86_400_000;
  if (diffDays > 7) return toIsoDate(year - 1, month, day);
  return candidate;
}

/** Where a date stamp label ("Updated:", "Published") closes a line that starts with other words, or -1. */
export function findTrailingStamp(line: string): number {
  if (!HAS_YEAR.test(line) || !/published|posted|updated/i.test(line)) return -1;
  const m = /(?<![\p{L}])(?:first published|published|posted|updated|last updated)(?![\p{L}])\s*(?:on|at)?\s*:?/iu.exec(
    line,
  );
  if (!m || m.index === 0) return -1;
  const after = line.slice(m.index);
  const found = findFullDate(after);
  if (!found || found.start > m[0].length + 12) return -1;
  if (
    after
      .slice(found.end)
      .replace(TIME, "")
      .replace(/[^\p{L}]/gu, "").length > 6
  )
    return -1;
  return m.index;
}

const RELATIVE_AGE =
  /^[ \t]*[/|·•,-]?[ \t]*(?:\d{1,3}|an?|one)[ \t]+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)[ \t]+ago(?![\p{L}])/iu;

/** Length of a full date (and time) that opens `line` and is glued to further words, or 0. */
export function findLeadingDate(line: string): number {
  if (!/^[\p{L}\d]/u.test(line) || !HAS_YEAR.test(line.slice(0, 40))) return 0;
  const found = findFullDate(line.slice(0, 40));
  if (found?.start !== 0) return 0;
  let end = found.end;
  const time =
    /^[ \t,|/·•-]{0,4}\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]{0,2}[AaPp]\.?[Mm]\.?)?(?:[ \t]{0,2}[A-Z]{2,4}(?![\p{L}]))?/u.exec(
      line.slice(end),
    );
  if (time) end += time[0].length;
  // a relative age glued after the clock: "June 2, 2010 / 4:05 AM / 9 years ago", "· 3 hours ago"
  const age = RELATIVE_AGE.exec(line.slice(end));
  if (age) end += age[0].length;
  return end;
}
