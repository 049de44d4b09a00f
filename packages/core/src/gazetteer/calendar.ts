import { de, enUS, es, fr, id, it, pt, ru } from "date-fns/locale";

/** English month and weekday words, lower case: shared by the sentence splitter and the name rules. */
export const MONTH_NAMES = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
] as const;

/** Abbreviations written with a dot ("Aug.", "Sept."); "may" has none. */
export const MONTH_ABBREVIATIONS = [
  "jan",
  "feb",
  "mar",
  "apr",
  "jun",
  "jul",
  "aug",
  "sep",
  "sept",
  "oct",
  "nov",
  "dec",
] as const;

export const WEEKDAY_NAMES = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"] as const;

export const WEEKDAY_ABBREVIATIONS = ["mon", "tue", "tues", "wed", "thu", "thurs", "fri", "sat", "sun"] as const;

// ---------------------------------------------------------------------------------------------------------------
// Month and weekday names in the languages news sites print around English text.
//
// Pages in English often carry a date stamp written by a site built for another language ("publié le 5 février
// 2020", "Rabu, 6 Desember 2017", "5. März 2020"). The names are derived from date-fns's own locales (wide,
// abbreviated and formatting-context forms) instead of being typed out, and each is also stored without its
// accents and trailing dot ("fevrier", "dec") because scraped text often loses them.
// ---------------------------------------------------------------------------------------------------------------

type Localize = (typeof enUS)["localize"];

/** The locales whose calendar words the date readers understand, English first. */
const CALENDAR_LOCALES: ReadonlyArray<{ code: string; localize: Localize }> = [
  { code: "en", localize: enUS.localize },
  { code: "fr", localize: fr.localize },
  { code: "es", localize: es.localize },
  { code: "pt", localize: pt.localize },
  { code: "id", localize: id.localize },
  { code: "de", localize: de.localize },
  { code: "it", localize: it.localize },
  { code: "ru", localize: ru.localize },
];

/**
 * Regional spellings date-fns does not carry: Latin American "setiembre", Austrian "Jänner", English "sept" and
 * Russian short forms without their dot.
 */
const EXTRA_MONTH_SPELLINGS: ReadonlyArray<readonly [string, number]> = [
  ["setiembre", 9],
  ["jänner", 1],
  ["sept", 9],
];

/** Lower case, without a trailing dot; the accent-free spelling too when it differs. */
function spellings(word: string): string[] {
  const lower = word.toLowerCase().replace(/\.$/, "").trim();
  if (!lower) return [];
  const bare = lower.normalize("NFD").replace(/\p{M}/gu, "");
  return bare !== lower ? [lower, bare] : [lower];
}

function buildMonthTable(): Map<string, number> {
  const table = new Map<string, number>();
  for (const { localize } of CALENDAR_LOCALES) {
    for (let i = 0; i < 12; i++) {
      const forms = [
        localize.month(i as 0, { width: "wide" }),
        localize.month(i as 0, { width: "abbreviated" }),
        localize.month(i as 0, { width: "wide", context: "formatting" }),
        localize.month(i as 0, { width: "abbreviated", context: "formatting" }),
        localize.month(i as 0, { width: "wide", context: "standalone" }),
        localize.month(i as 0, { width: "abbreviated", context: "standalone" }),
      ];
      for (const form of forms)
        for (const s of spellings(form)) if (s.length >= 3 && !table.has(s)) table.set(s, i + 1);
    }
  }
  for (const [name, n] of EXTRA_MONTH_SPELLINGS) for (const s of spellings(name)) if (!table.has(s)) table.set(s, n);
  return table;
}

function buildWeekdaySet(): Set<string> {
  const set = new Set<string>();
  for (const { localize } of CALENDAR_LOCALES) {
    for (let i = 0; i < 7; i++) {
      const forms = [
        localize.day(i as 0, { width: "wide" }),
        localize.day(i as 0, { width: "abbreviated" }),
        localize.day(i as 0, { width: "wide", context: "formatting" }),
      ];
      for (const form of forms) {
        for (const s of spellings(form)) {
          set.add(s);
          // Portuguese weekdays: "segunda-feira" is also written "segunda"
          const head = s.split("-")[0];
          if (head && head !== s) set.add(head);
        }
      }
    }
  }
  for (const w of [...WEEKDAY_NAMES, ...WEEKDAY_ABBREVIATIONS]) set.add(w);
  return set;
}

/**
 * Month number (1–12) by month name or abbreviation, lower case, in English, French, Spanish, Portuguese,
 * Indonesian, German, Italian and Russian (genitive forms included: "марта").
 */
export const LOCALIZED_MONTHS: ReadonlyMap<string, number> = buildMonthTable();

/** Weekday names and abbreviations, lower case, in the same languages. */
export const LOCALIZED_WEEKDAYS: ReadonlySet<string> = buildWeekdaySet();

/**
 * Month number for a month word in any of the calendar languages, or null.
 *
 * @example
 * localizedMonth("Desember") // 12
 * localizedMonth("févr.") // 2
 */
export function localizedMonth(word: string): number | null {
  const lower = word.toLowerCase().replace(/\.$/, "");
  return LOCALIZED_MONTHS.get(lower) ?? LOCALIZED_MONTHS.get(lower.normalize("NFD").replace(/\p{M}/gu, "")) ?? null;
}

/** True for a weekday name or abbreviation in any of the calendar languages ("Rabu", "mercredi", "Mon"). */
export function isLocalizedWeekday(word: string): boolean {
  const lower = word.toLowerCase().replace(/\.$/, "");
  return LOCALIZED_WEEKDAYS.has(lower) || LOCALIZED_WEEKDAYS.has(lower.normalize("NFD").replace(/\p{M}/gu, ""));
}
