import { monthNumber, resolveYear, toIsoDate } from "./published-date.js";
import { canonicalAgency } from "./source.js";

/** What opens a paragraph like "BEIJING, Aug. 30 (Xinhua) --" or "MOSCOW, June 5. /TASS/.". */
export interface DatelinePrefix {
  place: string | null;
  /** ISO date, or null when the dateline has none or no year can be found for it. */
  date: string | null;
  agency: string | null;
  /** Length of the prefix, including the separator and the space after it. */
  length: number;
}

// One word of a place name: capitalised, may carry dots, hyphens, apostrophes ("St.", "Al-Quds", "N'Djamena").
const PLACE_WORD = "[\\p{Lu}][\\p{L}\\p{M}.'’-]*";
const PLACE = `${PLACE_WORD}(?: ${PLACE_WORD}){0,3}`;
const BRACKET = "(?: ?\\[[^\\]\\n]{1,30}\\])?";
const PLACES = `(?<place>${PLACE}${BRACKET}(?:, ${PLACE})?(?: ?[–—-] ?${PLACE})?)`;
// any short word next to a day number; whether the word is a month is checked after the match (a month
// alternation here would make every failed attempt slow)
// Date families after the place: "Aug. 30", "Aug 30, 2023", "30 August", "30 August 2023", "11th December, 2013",
// "December 11th, 2013".
const DATE = `(?:,? (?<date>\\p{L}{3,10}\\.? \\d{1,2}(?:st|nd|rd|th)?(?:,? \\d{4})?|\\d{1,2}(?:st|nd|rd|th)? \\p{L}{3,10}\\.?(?:,? \\d{4})?)\\.?)?`;
const AGENCY =
  "(?: ?(?:\\((?<agency1>[^()\\n]{1,40})\\)|/(?<agency2>[\\p{L}-]{2,20})/\\.?|\\[(?<agency3>[^\\]\\n]{1,30})\\]))?";
const SEPARATOR = "(?<sep> ?(?:--|[–—-]|:)|(?<=/\\.?))";
const DATELINE = new RegExp(`^${PLACES}${DATE}${AGENCY}${SEPARATOR}[ \\t]*(?=["“‘'\\p{Lu}\\p{N}(])`, "u");

// "(Reuters) - ..." with no place
const AGENCY_ONLY = /^\(([\p{L} .-]{2,30})\)[ \t]*(?:--|[–—-])[ \t]*(?=["“‘'\p{Lu}\p{N}])/u;
const MENAFN = /^\(MENAFN-? ?(?<source>[^)\n]{1,60})\)[ \t]*/u;

// Words that open wire copy but are not places ("UPDATE:", "BREAKING -").
const NOT_PLACES = new Set([
  "update",
  "updated",
  "breaking",
  "exclusive",
  "analysis",
  "watch",
  "video",
  "photos",
  "live",
  "opinion",
  "editorial",
  "note",
  "source",
  "sources",
  "photo",
  "caption",
  "read",
  "also",
  "related",
  "by",
  "text",
  "q",
  "a",
  "press release",
  "statement",
  "summary",
  "editor's note",
  "correction",
  "attention",
  // organisations and countries written in capitals open sentences too ("NATO - the alliance ...")
  "nato",
  "un",
  "eu",
  "asean",
  "opec",
  "iaea",
  "who",
  "wto",
  "imf",
  "brics",
  "sco",
  "au",
  "oas",
  "ecowas",
  "g7",
  "g20",
  "csto",
  "cis",
  "unsc",
  "oic",
  "gcc",
  "uae",
  "usa",
  "us",
  "uk",
  "pm",
  "fm",
]);

/**
 * Reads the dateline that opens a paragraph, or returns null. `anchor` (an ISO date) gives the year when the
 * dateline names only a day and month.
 *
 * @example
 * readDateline("BEIJING, Aug. 30 (Xinhua) -- Chinese Foreign Minister ...", "2023-08-31")
 * // { place: "BEIJING", date: "2023-08-30", agency: "Xinhua", length: 28 }
 */
export function readDateline(paragraph: string, anchor: string | null): DatelinePrefix | null {
  const head = paragraph.slice(0, 160);
  // a dateline opens with a word in capitals, or has a bracket, slash or dash early on
  if (!/^\(?\p{Lu}{2}/u.test(head) && !/[([/]|--/.test(head.slice(0, 70)) && !/[–—:]| - /.test(head.slice(0, 45)))
    return null;
  const menafn = MENAFN.exec(head);
  if (menafn) return { place: null, date: null, agency: "MENAFN", length: menafn[0].length };
  const bare = AGENCY_ONLY.exec(head);
  if (bare) {
    const agency = canonicalAgency(bare[1] ?? "");
    return agency ? { place: null, date: null, agency, length: bare[0].length } : null;
  }
  const m = DATELINE.exec(head);
  if (!m?.groups) return null;
  const place = (m.groups.place ?? "").trim();
  const rawAgency = (m.groups.agency1 ?? m.groups.agency2 ?? m.groups.agency3 ?? "").trim();
  const dateText = m.groups.date ?? null;
  const sep = (m.groups.sep ?? "").trim();
  if (NOT_PLACES.has(place.toLowerCase()) || NOT_PLACES.has((place.split(/[ ,]/)[0] ?? "").toLowerCase())) return null;
  const letters = place.replace(/[^\p{L}]/gu, "");
  const upper = letters.length >= 2 && letters === letters.toUpperCase();
  const doublePlace = /[–—-]/.test(place.replace(/\p{L}-\p{L}/gu, ""));
  const agency = rawAgency ? (canonicalAgency(rawAgency) ?? cleanAgency(rawAgency)) : null;
  if (rawAgency && !agency) return null;
  // a capitalised word followed by ":" or "-" is too common to be a dateline on its own ("Note: ...")
  if (!upper && !agency && !dateText && !doublePlace) return null;
  if (!upper && !agency && !dateText && sep !== ":" && doublePlace === false) return null;
  if (place.split(/\s+/).length > 7) return null;
  if (dateText && !hasMonth(dateText)) return null;
  const date = dateText ? readDatelineDate(dateText, anchor) : null;
  // the agency's name printed before the place as well: "WIRE CITY, 3rd May, 2019 (WIRE) —"
  const placeName = place.replace(/ ?\[[^\]]*\]/g, "").trim();
  const unprefixed =
    agency && placeName.toLowerCase().startsWith(`${agency.toLowerCase()} `)
      ? placeName.slice(agency.length + 1)
      : placeName;
  return {
    place: unprefixed || null,
    date,
    agency,
    length: m[0].length,
  };
}

function cleanAgency(raw: string): string | null {
  // "(OrinocoTribune.com)", "(Sputnik)", "(CMC)": an outlet's own name, one to four capitalised words
  const name = raw.replace(/\/.*$/, "").trim();
  if (!/^[\p{Lu}\p{N}][\p{L}\p{N}.&' -]{0,39}$/u.test(name)) return null;
  if (name.split(/\s+/).length > 4) return null;
  if (/^\d+$/.test(name)) return null;
  return name;
}

/** "Aug. 30", "30 August", "August 16, 2023": the words the dateline pattern captured, as an ISO date. */
function readDatelineDate(words: string, anchor: string | null): string | null {
  let month: number | null = null;
  let day = 0;
  let year = 0;
  for (const token of words.split(/[\s.,]+/)) {
    if (!token) continue;
    if (/^\d{4}$/.test(token)) year = Number(token);
    else if (/^\d{1,2}(?:st|nd|rd|th)?$/.test(token)) day = Number.parseInt(token, 10);
    else month ??= monthNumber(token);
  }
  if (!month || !day) return null;
  return year ? toIsoDate(year, month, day) : resolveYear(month, day, anchor);
}

function hasMonth(words: string): boolean {
  return words.split(/[\s.,]+/).some((w) => /^\p{L}+$/u.test(w) && monthNumber(w) !== null);
}
