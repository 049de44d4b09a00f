import { MONTH_NAMES } from "../gazetteer/calendar.js";

/** Earliest and latest years a news page's publication date can plausibly have. */
const MIN_YEAR = 1995;
// a fixed bound, not the clock: the same page must give the same record whenever it is parsed
const MAX_YEAR = 2100;

/** Month names and abbreviations in the languages news pages most often use, to their month number. */
const MONTHS: Record<string, number> = {};
const MONTH_LISTS: string[][] = [
  [...MONTH_NAMES],
  ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"],
  [
    "januar",
    "februar",
    "märz",
    "april",
    "mai",
    "juni",
    "juli",
    "august",
    "september",
    "oktober",
    "november",
    "dezember",
  ],
  ["jänner", "feber", "maerz", "apr", "mai", "jun", "jul", "aug", "sept", "okt", "nov", "dez"],
  [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
  ],
  ["janv", "févr", "mars", "avr", "mai", "juin", "juil", "août", "sept", "oct", "nov", "déc"],
  [
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "octubre",
    "noviembre",
    "diciembre",
  ],
  ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic"],
  [
    "janeiro",
    "fevereiro",
    "março",
    "abril",
    "maio",
    "junho",
    "julho",
    "agosto",
    "setembro",
    "outubro",
    "novembro",
    "dezembro",
  ],
  [
    "gennaio",
    "febbraio",
    "marzo",
    "aprile",
    "maggio",
    "giugno",
    "luglio",
    "agosto",
    "settembre",
    "ottobre",
    "novembre",
    "dicembre",
  ],
  [
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
  ],
];
for (const list of MONTH_LISTS) {
  list.forEach((name, i) => {
    if (MONTHS[name] === undefined) MONTHS[name] = i + 1;
  });
}
MONTHS.sept = 9;

const MONTH_WORD = "([A-Za-zÀ-ÿ]{3,10})\\.?";
const TEXT_PATTERNS: Array<{ re: RegExp; order: "dmy" | "mdy" | "ymd" | "dMy" | "Mdy" }> = [
  { re: /(?<!\d)((?:19|20)\d{2})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)/g, order: "ymd" },
  { re: /(?<![\d.])(\d{1,2})\.\s?(\d{1,2})\.\s?((?:19|20)\d{2})(?!\d)/g, order: "dmy" },
  { re: /(?<![\d/])(\d{1,2})[/-](\d{1,2})[/-]((?:19|20)\d{2})(?!\d)/g, order: "dmy" },
  {
    re: new RegExp(`(?<!\\d)(\\d{1,2})\\.?\\s(?:de\\s)?${MONTH_WORD},?\\s(?:de\\s)?((?:19|20)\\d{2})(?!\\d)`, "g"),
    order: "dMy",
  },
  { re: new RegExp(`\\b${MONTH_WORD}\\s(\\d{1,2})(?:st|nd|rd|th)?,?\\s((?:19|20)\\d{2})(?!\\d)`, "g"), order: "Mdy" },
];

/** RFC 822 zone names to their offsets. */
const ZONES: Record<string, string> = {
  GMT: "Z",
  UT: "Z",
  UTC: "Z",
  Z: "Z",
  EST: "-05:00",
  EDT: "-04:00",
  CST: "-06:00",
  CDT: "-05:00",
  MST: "-07:00",
  MDT: "-06:00",
  PST: "-08:00",
  PDT: "-07:00",
};

/** A calendar date as YYYY-MM-DD when the parts make a real date in a plausible range, else null. */
export function toIsoDay(year: number, month: number, day: number): string | null {
  if (year < MIN_YEAR || year > MAX_YEAR || month < 1 || month > 12 || day < 1 || day > 31) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCDate() !== day) return null;
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/**
 * Reads a machine date from metadata (ISO 8601, RFC 2822, compact 20230830) and returns it as written: the
 * calendar day, plus the time and zone when given, so the page's own day is kept.
 *
 * @example
 * normalizeMachineDate("2023-08-30T21:15:00+02:00"); // "2023-08-30T21:15:00+02:00"
 * normalizeMachineDate("Wed, 30 Aug 2023 09:00:00 GMT"); // "2023-08-30T09:00:00Z"
 */
export function normalizeMachineDate(value: string | null | undefined): string | null {
  if (!value) return null;
  const s = value.trim();
  const iso =
    /^((?:19|20)\d{2})-?(\d{2})-?(\d{2})(?:[T\s](\d{2}):(\d{2})(?::(\d{2}))?(?:[.,]\d+)?\s*(Z|[+-]\d{2}:?\d{2})?)?/i.exec(
      s,
    );
  if (iso) {
    const day = toIsoDay(Number(iso[1]), Number(iso[2]), Number(iso[3]));
    if (!day) return null;
    if (iso[4] === undefined) return day;
    const time = `${iso[4]}:${iso[5]}:${iso[6] ?? "00"}`;
    const zone = iso[7] ? (iso[7].toUpperCase() === "Z" ? "Z" : `${iso[7].slice(0, 3)}:${iso[7].slice(-2)}`) : "";
    return `${day}T${time}${zone}`;
  }
  const rfc =
    /^(?:[A-Za-z]{3},?\s+)?(\d{1,2})\s+([A-Za-z]{3,9})\.?\s+(\d{4})(?:\s+(\d{2}):(\d{2})(?::(\d{2}))?\s*([+-]\d{4}|[A-Z]{1,4})?)?/.exec(
      s,
    );
  if (rfc) {
    const month = MONTHS[(rfc[2] ?? "").toLowerCase()];
    const day = month ? toIsoDay(Number(rfc[3]), month, Number(rfc[1])) : null;
    if (!day) return null;
    if (rfc[4] === undefined) return day;
    const zoneText = rfc[7] ?? "";
    const zone = /^[+-]\d{4}$/.test(zoneText)
      ? `${zoneText.slice(0, 3)}:${zoneText.slice(3)}`
      : (ZONES[zoneText] ?? "");
    return `${day}T${rfc[4]}:${rfc[5]}:${rfc[6] ?? "00"}${zone}`;
  }
  return findTextDates(s, "dmy")[0] ?? null;
}

/**
 * Finds calendar dates written in running text ("30.08.2023", "August 30, 2023", "30 août 2023", "2023-08-30"),
 * in order of appearance, as YYYY-MM-DD. `numericOrder` says how to read 08/09/2023 (day first unless "mdy").
 *
 * @example
 * findTextDates("Published 30 August 2023, updated 31 August 2023"); // ["2023-08-30", "2023-08-31"]
 */
export function findTextDates(text: string, numericOrder: "dmy" | "mdy" = "dmy"): string[] {
  const found: Array<{ at: number; day: string }> = [];
  for (const { re, order } of TEXT_PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      const day = readMatch(m, order, numericOrder);
      if (day) found.push({ at: m.index, day });
    }
  }
  found.sort((a, b) => a.at - b.at);
  return found.map((f) => f.day);
}

function readMatch(m: RegExpExecArray, order: string, numericOrder: "dmy" | "mdy"): string | null {
  const [a, b, c] = [m[1] ?? "", m[2] ?? "", m[3] ?? ""];
  switch (order) {
    case "ymd":
      return toIsoDay(Number(a), Number(b), Number(c));
    case "dmy": {
      const dayFirst = toIsoDay(Number(c), Number(b), Number(a));
      if (m[0].includes(".")) return dayFirst;
      const monthFirst = toIsoDay(Number(c), Number(a), Number(b));
      return numericOrder === "mdy" ? (monthFirst ?? dayFirst) : (dayFirst ?? monthFirst);
    }
    case "dMy": {
      const month = MONTHS[b.toLowerCase()];
      return month ? toIsoDay(Number(c), month, Number(a)) : null;
    }
    case "Mdy": {
      const month = MONTHS[a.toLowerCase()];
      return month ? toIsoDay(Number(c), month, Number(b)) : null;
    }
    default:
      return null;
  }
}

/**
 * Reads a publication day from a URL path: /2023/08/30/, /2023-08-30-, _20230830.
 *
 * @example
 * findUrlDate("https://example.com/news/2023/08/30/talks-resume"); // "2023-08-30"
 */
export function findUrlDate(url: string | null | undefined): string | null {
  if (!url) return null;
  let path = url;
  try {
    path = new URL(url).pathname;
  } catch {
    path = url;
  }
  const sep = /(?:^|[/_-])((?:19|20)\d{2})[/_-](\d{1,2})[/_-](\d{1,2})(?:[/_.-]|$)/.exec(path);
  if (sep) {
    const day = toIsoDay(Number(sep[1]), Number(sep[2]), Number(sep[3]));
    if (day) return day;
  }
  const compact = /(?:^|[^\d])((?:19|20)\d{2})(\d{2})(\d{2})(?:[^\d]|$)/.exec(path);
  if (compact) return toIsoDay(Number(compact[1]), Number(compact[2]), Number(compact[3]));
  return null;
}
