import worldCountries from "world-countries";
import { countryName, countryOfCity, findCountryByName, isOrganizationCode } from "../../gazetteer/countries.js";
import type { EventType, Location } from "../../schemas/event.js";
import type { Span } from "../../schemas/span.js";

/**
 * Where an event took place, from the words of its sentence: "in Beijing", "arrived in Abidjan", "in the
 * Qatari capital of Doha", "at the Chinese city Huangshan", "visit to Uruguay". Cities come from the
 * gazetteer; an unknown place counts only where the wording makes it a venue ("held ... in Puerto Iguazú").
 */

const CAP_WORD = "[\\p{Lu}][\\p{L}\\p{M}'’.-]*";
const PLACE_PHRASE = new RegExp(
  `\\b([Ii]n|[Aa]t|[Tt]o|[Ff]rom|visit|visits|visited|visiting)\\s+(the\\s+(?:[\\p{Lu}][\\p{L}-]*\\s+)?(?:city|capital|town|port city|resort(?: city| town)?|seaside resort)(?:\\s+of)?,?\\s+)?(${CAP_WORD}(?:\\s+(?:${CAP_WORD}|de|del|da|do|es|of))*)`,
  "gu",
);
const UNNAMED_CAPITAL = /\b(?:in|at|to)\s+the\s+([\p{Lu}][\p{L}-]+)\s+capital\b(?![\s,]+(?:of\s+)?[\p{Lu}])/gu;
/** Nouns a place attaches to without being an event's venue ("ambassador to Manila", "embassy in Washington"). */
const NOT_VENUE_BEFORE =
  /\b(?:ambassador|ambassadors|envoy|envoys|embassy|embassies|consulate|chancery|mission|representative|student|students|people|born|based|headquartered|citizens|troops|forces|ports|border|borders|region)\s+(?:of\s+\S+\s+)?$/i;
const NOT_A_PLACE =
  /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|The|A|An|His|Her|Their|Its|This|That|These|Those|Parliament|Congress|Government|President|Prime|Minister|Foreign|Mr|Mrs|Ms|Dr)$/;
/**
 * A city's name in front of a gathering noun names the gathering's venue ("the Lisbon summit", "the Osaka
 * talks"); in front of a charter noun ("the Accra Declaration") only where the sentence says it was adopted,
 * issued or signed there and then (a treaty named for a city is usually a past one).
 */
const NAMED_OCCASION =
  /(?<![\p{L}\p{M}'’-])(?:\d{4}\s+)?(\p{Lu}[\p{L}\p{M}'’-]*(?:\s+\p{Lu}[\p{L}\p{M}'’-]*)?)\s+([Ss]ummit|[Tt]alks|[Cc]onference|[Mm]eeting|[Ff]orum|[Mm]inisterial|[Dd]eclaration|[Cc]ommuniqu[eé]|[Aa]ccords?)\b/gu;
const ADOPTED_BEFORE =
  /\b(?:adopted|adopt|adopts|issued|issue|issues|signed|sign|signs|approved|endorsed|released)\s+(?:\S+\s+)?$/i;
const VENUE_VERB_BEFORE =
  /\b(?:held|hold|holds|took place|takes place|hosted|convened|met|meet|meets|gathered|signed)\b/i;

export interface PlaceCandidate extends Span {
  name: string;
  /** Alpha-2 of the city's country, or the country itself for a country-level place. */
  country: string | null;
  level: "city" | "country";
}

/**
 * Every venue-like place in `text` between `start` and `end`, in order.
 *
 * @example
 * findPlaces("They met in Bucharest on Monday.", 0, 32) // [{ name: "Bucharest", country: "RO", level: "city", ... }]
 */
export function findPlaces(text: string, start: number, end: number): PlaceCandidate[] {
  const sentence = text.slice(start, end);
  const out: PlaceCandidate[] = [];
  // "in the Chinese capital" names the capital without its name
  UNNAMED_CAPITAL.lastIndex = 0;
  let c = UNNAMED_CAPITAL.exec(sentence);
  while (c !== null) {
    const code = findCountryByName(c[1]!);
    const capital = code && !isOrganizationCode(code) ? capitalOf(code) : null;
    if (code && capital) {
      const s = start + c.index + c[0].length - c[1]!.length - " capital".length;
      out.push({ name: capital, country: code, level: "city", start: s, end: start + c.index + c[0].length });
    }
    c = UNNAMED_CAPITAL.exec(sentence);
  }
  // "the Lisbon summit", "the 2019 Osaka talks", "adopted the Accra Declaration": a gathering named for its city
  NAMED_OCCASION.lastIndex = 0;
  let o = NAMED_OCCASION.exec(sentence);
  while (o !== null) {
    const name = o[1]!;
    const noun = o[2]!.toLowerCase();
    const code = NOT_A_PLACE.test(name) ? null : countryOfCity(name);
    const charter = /^(?:declaration|communiqu[eé]|accords?)$/.test(noun);
    const adopted = ADOPTED_BEFORE.test(sentence.slice(Math.max(0, o.index - 40), o.index));
    if (code && (!charter || adopted)) {
      const s = start + o.index + o[0].indexOf(name);
      out.push({ name, country: code, level: "city", start: s, end: s + name.length });
    }
    o = NAMED_OCCASION.exec(sentence);
  }
  PLACE_PHRASE.lastIndex = 0;
  let m = PLACE_PHRASE.exec(sentence);
  while (m !== null) {
    const prep = m[1]!.toLowerCase();
    const lead = m[2] ?? "";
    const words = m[3]!.split(/\s+/);
    const placeStart = m.index + m[0].length - m[3]!.length;
    const before = sentence.slice(Math.max(0, m.index - 40), m.index);
    if (!NOT_VENUE_BEFORE.test(before)) {
      const found = matchPlace(words, lead !== "", prep, sentence, m.index, m.index + m[0].length);
      if (found) {
        const s = start + placeStart;
        out.push({ ...found, start: s, end: s + found.name.length });
      }
    }
    m = PLACE_PHRASE.exec(sentence);
  }
  return out.sort((a, b) => a.start - b.start);
}

/** A list continues right after a place: ", Paraguay and Argentina" (sticky: tried at one offset only). */
const LIST_CONTINUES = /,?\s*(?:and|or|,)\s+(?:the\s+)?\p{Lu}/uy;

/** Whether a list continues at `at` in `sentence` ("a visit to Brazil, Paraguay and Argentina"). */
function continuesList(sentence: string, at: number): boolean {
  LIST_CONTINUES.lastIndex = at;
  return LIST_CONTINUES.test(sentence);
}

const TRAILING_MARKS = /[.,’']+$/u;
const isTrailingMark = (c: string | undefined): boolean => c === "." || c === "," || c === "’" || c === "'";

/** "Doha." → "Doha" (trailing dots, commas and apostrophes; the regex runs only when the last character is one). */
const stripTrailingMarks = (s: string): string => (isTrailingMark(s[s.length - 1]) ? s.replace(TRAILING_MARKS, "") : s);

/** "Beijing's" → "Beijing" (what /['’]s$/u removes). */
const stripPossessiveEnd = (s: string): string => {
  const n = s.length;
  return n >= 2 && s[n - 1] === "s" && (s[n - 2] === "'" || s[n - 2] === "’") ? s.slice(0, -2) : s;
};

/** The place a PLACE_PHRASE match names; `phraseStart`/`phraseEnd` are the match's offsets in `sentence`. */
function matchPlace(
  words: string[],
  introducedAsCity: boolean,
  prep: string,
  sentence: string,
  phraseStart: number,
  phraseEnd: number,
): Omit<PlaceCandidate, "start" | "end"> | null {
  // "a visit to Brazil, Paraguay and Argentina" names no single venue
  const isListHead = continuesList(sentence, phraseEnd);
  for (let n = Math.min(words.length, 4); n >= 1; n--) {
    const name = stripPossessiveEnd(stripTrailingMarks(words.slice(0, n).join(" ")));
    if (!name) continue;
    const city = countryOfCity(name);
    if (city) return { name, country: city, level: "city" };
    const country = findCountryByName(name);
    if (country && isOrganizationCode(country)) return null;
    if (country && prep !== "from" && !isListHead) return { name: countryName(country), country, level: "country" };
  }
  const first = stripTrailingMarks(words[0]!);
  if (NOT_A_PLACE.test(first)) return null;
  const joined = stripTrailingMarks(words.join(" "));
  if (introducedAsCity) return { name: joined, country: null, level: "city" };
  if (
    prep === "in" &&
    VENUE_VERB_BEFORE.test(sentence.slice(Math.max(0, phraseStart - 80), phraseStart)) &&
    /^\p{Lu}\p{Ll}/u.test(first)
  )
    return { name: joined, country: null, level: "city" };
  return null;
}

/**
 * The capital of a country (alpha-2), for events that happen at a government's seat (an envoy summoned to
 * the foreign ministry), or null.
 *
 * @example
 * capitalOf("IR") // "Tehran"
 */
export function capitalOf(code: string): string | null {
  return CAPITALS.get(code) ?? null;
}

const CAPITALS = new Map<string, string>();
for (const c of worldCountries as readonly { cca2: string; capital?: readonly string[] }[]) {
  const capital = c.capital?.[0];
  if (capital) CAPITALS.set(c.cca2, capital);
}

/** "STOCKHOLM" → "Stockholm", "NEW DELHI" → "New Delhi"; mixed-case names stay as written. */
export function normalizePlaceName(name: string): string {
  const trimmed = name
    .trim()
    .replace(/[,.:;–—-]+$/u, "")
    .trim();
  if (trimmed !== trimmed.toUpperCase()) return trimmed;
  return trimmed.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_m, sep: string, ch: string) => sep + ch.toUpperCase());
}

/** A location with the words it was read from (none for a dateline or a capital) and its level. */
export interface PlacedLocation extends Location {
  span?: Span;
  level: "city" | "country";
}

export interface LocateOptions {
  type: EventType;
  /** Candidates in the event's sentence, in order. */
  places: readonly PlaceCandidate[];
  /** Where the trigger sits: the closest venue after it wins, else the closest before. */
  triggerAt: number;
  /** The dateline's place when the event is the article's lead, else null. */
  datelinePlace: string | null;
  /** The country acting first (the summoning government), for envoys summoned to a ministry. */
  actingCountry: string | null;
}

/**
 * Chooses an event's location: none for calls; the nearest venue in its sentence (a city beats a country); the
 * dateline's city when the lead has no venue or names only the dateline city's country; for a summoned envoy,
 * the summoning government's capital.
 *
 * @example
 * locateEvent({ type: "meeting", places: [], triggerAt: 0, datelinePlace: "BEIJING", actingCountry: null })
 * // { name: "Beijing", country: "CN" }
 */
export function locateEvent(options: LocateOptions): PlacedLocation | null {
  const { type, places, triggerAt, datelinePlace, actingCountry } = options;
  if (type === "phone_call") return null;
  const after = places.filter((p) => p.start >= triggerAt);
  const before = places.filter((p) => p.start < triggerAt).reverse();
  const ordered = [...after, ...before];
  const city = ordered.find((p) => p.level === "city");
  // a country named in a sanction's sentence is its target ("sanctions on officials in Ruritania"), not where the
  // measures were decided: only a city or the dateline places them
  const countries =
    type === "sanction" ? [] : [...new Set(places.filter((p) => p.level === "country").map((p) => p.country))];
  const dateline = datelinePlace ? normalizePlaceName(datelinePlace) : null;
  const datelineCountry = dateline ? countryOfCity(dateline) : null;
  if (city)
    return { name: city.name, country: city.country, span: { start: city.start, end: city.end }, level: "city" };
  if (dateline && datelineCountry && (countries.length === 0 || countries.includes(datelineCountry)))
    return { name: dateline, country: datelineCountry, level: "city" };
  if (countries.length === 1) {
    const p = ordered.find((c) => c.level === "country")!;
    return { name: p.name, country: p.country, span: { start: p.start, end: p.end }, level: "country" };
  }
  if (type === "protest" && actingCountry && countries.length === 0) {
    const capital = capitalOf(actingCountry);
    if (capital) return { name: capital, country: actingCountry, level: "city" };
  }
  return null;
}
