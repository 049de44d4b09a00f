import enLocale from "i18n-iso-countries/langs/en.json" with { type: "json" };
import worldCountries from "world-countries";
import { EXTRA_CAPITALS, GOVERNMENT_METONYMS, MAJOR_CITIES } from "./cities.js";
import { foldKey } from "../util/fold-key.js";
import { INTERNATIONAL_ORGANIZATIONS } from "./organizations.js";

/**
 * Country gazetteer built once at module load from `world-countries` (names, official names, alternative
 * spellings, demonyms, capitals) and `i18n-iso-countries` (English names and aliases), plus the variants news
 * writes ("U.S.", "DPRK", "Britain") and the international organisations that stand beside countries.
 */

export type CountryPhraseKind = "name" | "alias" | "demonym" | "capital" | "organization" | "metonym";

/** What a gazetteer phrase means; `code: null` blocks a phrase that only looks like a country ("Indian Ocean"). */
export interface CountryPhrase {
  code: string | null;
  kind: CountryPhraseKind;
}

const DISPLAY_NAMES: Record<string, string> = {
  TR: "Turkey",
  CI: "Côte d'Ivoire",
  CD: "Democratic Republic of the Congo",
  CG: "Republic of the Congo",
  VA: "Vatican City",
  CZ: "Czech Republic",
  MK: "North Macedonia",
};

/** News spellings the data packages leave out. */
const EXTRA_NAMES: Record<string, readonly string[]> = {
  US: ["U.S.", "U.S", "U.S.A.", "USA", "US", "America", "United States"],
  GB: ["UK", "U.K.", "Britain", "Great Britain", "United Kingdom", "England", "Scotland", "Wales", "Northern Ireland"],
  KP: ["DPRK", "D.P.R.K.", "North Korea", "Democratic People's Republic of Korea", "N. Korea"],
  KR: ["ROK", "R.O.K.", "South Korea", "Korea", "Republic of Korea", "S. Korea"],
  CN: ["PRC", "P.R.C.", "Mainland China", "People's Republic of China"],
  RU: ["Russia", "Russian Federation"],
  TR: ["Turkey", "Türkiye", "Turkiye", "Republic of Türkiye", "Republic of Turkey"],
  CI: ["Côte d'Ivoire", "Cote d'Ivoire", "Ivory Coast", "Côte d' Ivoire", "Cote d' Ivoire", "Cote D'Ivoire"],
  VN: ["Viet Nam", "Vietnam"],
  LA: ["Lao PDR", "Laos"],
  SY: ["Syria"],
  IR: ["Iran", "Persia"],
  CZ: ["Czechia", "Czech Republic"],
  NL: ["Holland", "the Netherlands"],
  PS: ["Palestine", "State of Palestine", "Palestinian Authority", "Palestinian National Authority"],
  TW: ["Taiwan"],
  XK: ["Kosovo"],
  CD: ["Congo", "DRC", "DR Congo", "D.R. Congo", "Democratic Republic of Congo", "Congo-Kinshasa"],
  CG: ["Congo-Brazzaville", "Republic of Congo"],
  MK: ["North Macedonia", "Macedonia"],
  SZ: ["Eswatini", "Swaziland"],
  MM: ["Myanmar", "Burma"],
  CV: ["Cabo Verde", "Cape Verde"],
  TL: ["East Timor", "Timor-Leste"],
  VA: ["Holy See", "Vatican"],
  BN: ["Brunei Darussalam"],
  AE: ["UAE", "U.A.E.", "Emirates"],
  SA: ["KSA", "Saudi"],
  ZA: ["RSA"],
  VC: ["St Vincent and the Grenadines", "St. Vincent and the Grenadines", "St Vincent", "St. Vincent", "Saint Vincent"],
  KN: ["St Kitts and Nevis", "St. Kitts and Nevis"],
  LC: ["St Lucia", "St. Lucia"],
  BA: ["Bosnia", "Bosnia-Herzegovina"],
  GM: ["The Gambia"],
  BS: ["The Bahamas"],
  FM: ["Micronesia"],
  HK: ["Hong Kong"],
  MO: ["Macau", "Macao"],
};

/** Adjectives and demonyms beyond `world-countries` (plural forms are added for all of them). */
const EXTRA_DEMONYMS: Record<string, readonly string[]> = {
  KZ: ["Kazakh", "Kazakhstani"],
  UZ: ["Uzbek", "Uzbekistani"],
  KG: ["Kyrgyz", "Kirghiz"],
  TJ: ["Tajik", "Tajikistani"],
  TM: ["Turkmen"],
  LA: ["Lao", "Laotian"],
  PH: ["Philippine", "Filipino"],
  SA: ["Saudi", "Saudi Arabian"],
  AE: ["Emirati"],
  AZ: ["Azerbaijani", "Azeri"],
  SI: ["Slovenian", "Slovene"],
  AR: ["Argentine", "Argentinian", "Argentinean"],
  EC: ["Ecuadorian", "Ecuadorean"],
  NP: ["Nepali", "Nepalese"],
  MM: ["Myanmar", "Burmese"],
  KR: ["Korean", "South Korean", "ROK"],
  KP: ["North Korean"],
  GB: ["British", "Briton"],
  US: ["American", "US", "U.S."],
  NL: ["Dutch"],
  CD: ["Congolese"],
  DO: ["Dominican"],
  VC: ["Vincentian", "Saint Vincentian"],
  CV: ["Cape Verdean", "Cabo Verdean"],
  MV: ["Maldivian"],
  TR: ["Turkish"],
  CZ: ["Czech"],
  BA: ["Bosnian"],
  TT: ["Trinidadian"],
  GN: ["Guinean"],
  BF: ["Burkinabe", "Burkinabè"],
  BW: ["Botswanan"],
  TW: ["Taiwanese"],
  HK: ["Hong Kong"],
  IR: ["Iranian"],
  PS: ["Palestinian"],
  XK: ["Kosovar", "Kosovan"],
  NE: ["Nigerien"],
  CN: ["Sino"],
  NZ: ["New Zealand"],
};

/** Phrases that contain a country word but are not a reference to that country. */
const BLOCKED_PHRASES: readonly string[] = [
  "Indian Ocean",
  "Indian Ocean Rim",
  "American Indian",
  "Latin America",
  "Latin American",
  "Latin Americans",
  "South America",
  "South American",
  "South Americans",
  "North America",
  "North American",
  "North Americans",
  "Central America",
  "Central American",
  "Pan-American",
  "Pan American",
  "Americas",
  "New Mexico",
  "New Jersey",
  "New England",
  "New South Wales",
  "New Guinea",
  "Gulf of Mexico",
  "South China Sea",
  "East China Sea",
  "China Sea",
  "Sea of Japan",
  "Korean Peninsula",
  "Korean War",
  "Indo-Pacific",
  "Indo",
  "Persian Gulf",
  "Arabian Sea",
  "Arabian Peninsula",
  "Turkish Stream",
  "TurkStream",
  "Georgia State",
  "Washington State",
  "Washington state",
  "Washington Post",
  "Washington Times",
  "New York Times",
  "Dutch disease",
  "French fries",
  "China Daily",
  "China Global Television Network",
  "Air China",
  "China Southern",
  "Korean Air",
  "Japan Times",
  "Bank of America",
  "Voice of America",
  "Radio Free Europe",
  "British Columbia",
  "Mexico City Policy",
  "Jordan River",
  "Jordan Valley",
  "Iran Air",
  "Turkish Airlines",
  "Emirates airline",
  "Qatar Airways",
  "Egyptair",
  "Saudi Aramco",
  "Kuwait Times",
  "Times of India",
  "Hindustan Times",
  "Indian Express",
  "Gulf News",
  "Arab News",
  "Caribbean Community",
  "African Development Bank",
  "Asian Development Bank",
  "Inter-American Development Bank",
  "Inter-American",
  "Niger Delta",
  "Niger River",
];

/** Alternative spellings from the data that are ordinary English words or too ambiguous to keep. */
const UNSAFE_SPELLINGS = new Set([
  "Island",
  "Mann",
  "Prathet",
  "Viti",
  "Guiana",
  "Republic of China",
  "Reunion",
  "Réunion",
]);

/** Capitals from the data that are common personal names or ordinary words. */
const UNSAFE_CAPITALS = new Set([
  "The Bottom",
  "The Valley",
  "Victoria",
  "Hamilton",
  "Douglas",
  "Stanley",
  "Jamestown",
  "Plymouth",
  "Saint-Denis",
  "West Island",
  "King Edward Point",
]);

/** City-states: the name is also the city, so "in Singapore" is a venue, judged like a capital. */
const CITY_STATES = new Set(["SG", "MC", "VA", "DJ", "LU", "SM"]);

const ACRONYM_ALT = new Set(["USA", "UAE", "DRC", "ROK", "PRC", "DPRK", "UK", "RSA", "KSA"]);

const isLatin = (s: string): boolean => /^[\p{Script=Latin}\p{M}\p{N}\s.'’\-(),&]+$/u.test(s);

function plural(d: string): string | null {
  if (/(?:ese|ss|sh|ch|s|i)$/.test(d) || d.includes(" ") || d === d.toUpperCase()) return /i$/.test(d) ? `${d}s` : null;
  return `${d}s`;
}

const independentFirst = [...worldCountries].sort((a, b) => Number(b.independent) - Number(a.independent));
const codeOrder = (code: string): number => (code === "DO" ? -1 : code === "CD" ? -1 : 0);
independentFirst.sort((a, b) => codeOrder(a.cca2) - codeOrder(b.cca2));

const names = new Map<string, string>();
for (const c of worldCountries) names.set(c.cca2, DISPLAY_NAMES[c.cca2] ?? c.name.common);
for (const o of INTERNATIONAL_ORGANIZATIONS) names.set(o.code, o.name);

/** phrase → meaning; the first writer of a phrase wins, so more specific sources are written first. */
const phraseTable = new Map<string, CountryPhrase>();
const put = (phrase: string, code: string | null, kind: CountryPhraseKind): void => {
  const p = phrase.trim();
  if (p.length < 2 || UNSAFE_SPELLINGS.has(p) || !isLatin(p)) return;
  if (!phraseTable.has(p)) phraseTable.set(p, { code, kind });
};

for (const p of BLOCKED_PHRASES) put(p, null, "name");
for (const c of worldCountries) if (CITY_STATES.has(c.cca2)) for (const cap of c.capital) put(cap, c.cca2, "capital");
for (const o of INTERNATIONAL_ORGANIZATIONS) {
  put(o.name, o.code, "organization");
  for (const a of o.aliases) put(a, o.code, "organization");
}
for (const [code, list] of Object.entries(EXTRA_NAMES)) for (const n of list) put(n, code, "name");
for (const [code, list] of Object.entries(EXTRA_DEMONYMS))
  for (const d of list) {
    put(d, code, "demonym");
    const pl = plural(d);
    if (pl) put(pl, code, "demonym");
  }
for (const [code, list] of Object.entries(GOVERNMENT_METONYMS)) for (const n of list) put(n, code, "metonym");
for (const c of independentFirst) {
  put(c.name.common, c.cca2, "name");
  put(c.name.official, c.cca2, "name");
}
const enNames = (enLocale as { countries: Record<string, string | string[]> }).countries;
for (const [code, v] of Object.entries(enNames))
  for (const n of Array.isArray(v) ? v : [v]) if (!n.includes(",") && !n.includes("(")) put(n, code, "name");
for (const c of independentFirst)
  for (const a of c.altSpellings) {
    if (a.includes(",") || a.includes("(")) continue;
    if (a === a.toUpperCase() && a.length <= 4 && !ACRONYM_ALT.has(a)) continue;
    put(a, c.cca2, "alias");
  }
for (const c of independentFirst) {
  for (const d of [c.demonyms.eng?.m, c.demonyms.eng?.f]) {
    if (!d || d.includes(",") || d.includes(" or ")) continue;
    put(d, c.cca2, "demonym");
    const pl = plural(d);
    if (pl) put(pl, c.cca2, "demonym");
  }
}

const capitalTable = new Map<string, string>();
const cityTable = new Map<string, string>();
for (const [code, list] of Object.entries(EXTRA_CAPITALS))
  for (const n of list) {
    if (!capitalTable.has(foldKey(n))) capitalTable.set(foldKey(n), code);
    put(n, code, "capital");
  }
for (const c of independentFirst) {
  if (!c.independent && !["TW", "PS", "XK", "HK"].includes(c.cca2)) continue;
  for (const cap of c.capital) {
    if (UNSAFE_CAPITALS.has(cap)) continue;
    if (!capitalTable.has(foldKey(cap))) capitalTable.set(foldKey(cap), c.cca2);
    put(cap, c.cca2, "capital");
  }
}
for (const [code, list] of Object.entries(MAJOR_CITIES))
  for (const n of list) if (!cityTable.has(foldKey(n))) cityTable.set(foldKey(n), code);

const nameLookup = new Map<string, string>();
for (const [phrase, meaning] of phraseTable)
  if (meaning.code && meaning.kind !== "capital" && !nameLookup.has(foldKey(phrase)))
    nameLookup.set(foldKey(phrase), meaning.code);

const ORGANIZATION_CODES = new Set(INTERNATIONAL_ORGANIZATIONS.map((o) => o.code));

/** Every gazetteer phrase with its meaning, for building a phrase matcher. */
export function listCountryPhrases(): [string, CountryPhrase][] {
  return [...phraseTable];
}

/**
 * The display name of a country or organisation code, or the code itself when unknown.
 *
 * @example
 * countryName("KZ") // "Kazakhstan"
 * countryName("AFU") // "African Union"
 */
export function countryName(code: string): string {
  return names.get(code) ?? code;
}

/**
 * The code for a country or organisation written as a name, alias or demonym (case and accents ignored).
 *
 * @example
 * findCountryByName("Côte d'Ivoire") // "CI"
 * findCountryByName("Kazakh") // "KZ"
 * findCountryByName("Narnia") // null
 */
export function findCountryByName(name: string): string | null {
  return nameLookup.get(foldKey(name)) ?? null;
}

/**
 * The country whose capital (or seat of government) is `city`, or null.
 *
 * @example
 * countryOfCapital("Astana") // "KZ"
 * countryOfCapital("Shanghai") // null
 */
export function countryOfCapital(city: string): string | null {
  return capitalTable.get(foldKey(city)) ?? null;
}

/**
 * The country of a capital or major city (venues of talks and summits), or null.
 *
 * @example
 * countryOfCity("Geneva") // "CH"
 * countryOfCity("Bucharest") // "RO"
 */
export function countryOfCity(name: string): string | null {
  const key = foldKey(name);
  return capitalTable.get(key) ?? cityTable.get(key) ?? null;
}

/**
 * True for the code of an international organisation ("EU", "UN", "AFU", ...), false for a country.
 *
 * @example
 * isOrganizationCode("ASEAN") // true
 * isOrganizationCode("KZ") // false
 */
export function isOrganizationCode(code: string): boolean {
  return ORGANIZATION_CODES.has(code);
}
