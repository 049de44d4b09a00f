import { KNOWN_PEOPLE, type KnownPerson } from "../../gazetteer/person-names.js";
import { foldWord } from "./coreference.js";
import { honorifics } from "./lexicon.js";

/** Look-ups into the gazetteer of well-known office holders ("Obama said" is the US president). */

/** A name folded for comparison: lower case, no accents, no dots, honorifics and initials dropped. */
export function foldKey(name: string): string {
  return name
    .split(/\s+/)
    .map((w) => foldWord(w).replace(/\./g, ""))
    .filter((w) => w && !honorifics.has(w) && !/^\p{Ll}$/u.test(w))
    .join(" ");
}

const knownByName = new Map<string, KnownPerson>(KNOWN_PEOPLE.map((p) => [foldKey(p.name), p]));
const knownBySurname = new Map<string, KnownPerson | null>();
for (const p of KNOWN_PEOPLE) {
  const surname = foldKey(p.name).split(" ").at(-1)!;
  const prior = knownBySurname.get(surname);
  knownBySurname.set(surname, prior === undefined || prior?.country === p.country ? p : null);
}

/** A well-known office holder by full name, or by surname alone when the text names only the surname. */
export function lookupKnown(name: string): KnownPerson | undefined {
  const key = foldKey(name);
  const direct = knownByName.get(key);
  if (direct) return direct;
  const words = key.split(" ");
  if (words.length === 1) return knownBySurname.get(words[0]!) ?? undefined;
  return undefined;
}

/** True when the name is a well-known office holder's full name. */
export function isKnownPerson(name: string): boolean {
  return knownByName.has(foldKey(name));
}
