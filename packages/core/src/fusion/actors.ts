import type { Actor } from "../schemas/actor.js";
import type { Article } from "../schemas/article.js";
import type { CanonicalActor } from "../schemas/story.js";
import { sha256Hex } from "../util/hash.js";

// Actor resolution across articles. Pattern families:
// - transliteration and doubled letters: "Zelenskyy" / "Zelensky" / "Zelenskiy" fold to one surname;
// - middle names and initials: "Antony J. Blinken" = "Antony Blinken" = "A. Blinken" (given initials are compatible
//   when one list is a subsequence of the other, or one is empty);
// - two people sharing a surname with conflicting given names ("Joe Biden" / "Hunter Biden") never merge;
// - organisations: word order and "of" / "affairs" do not matter ("Ministry of Foreign Affairs" = "Foreign Ministry"),
//   the country separates them.

/** Folds a name token: lower case, no diacritics, y/j read as i, doubled letters once. */
export function foldToken(token: string): string {
  return token
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z]/g, "")
    .replace(/[yj]/g, "i")
    .replace(/(.)\1+/g, "$1")
    .replace(/ii/g, "i");
}

const SUFFIXES = new Set(["jr", "sr", "ii", "iii"]);

export interface PersonName {
  surname: string;
  initials: string[];
}

/** "Antony J. Blinken" -> { surname: "blinken", initials: ["a", "i"] } (folded). */
export function personName(name: string): PersonName | null {
  const tokens = name
    .split(/[\s.]+/)
    .map(foldToken)
    .filter((t) => t && !SUFFIXES.has(t));
  const surname = tokens.pop();
  if (!surname) return null;
  return { surname, initials: tokens.map((t) => t[0]!) };
}

function subsequence(short: string[], long: string[]): boolean {
  let i = 0;
  for (const c of long) if (i < short.length && short[i] === c) i++;
  return i === short.length;
}

/** Whether two person names can be the same person. */
export function samePerson(a: PersonName, b: PersonName): boolean {
  if (a.surname !== b.surname) return false;
  if (!a.initials.length || !b.initials.length) return true;
  return a.initials.length <= b.initials.length
    ? subsequence(a.initials, b.initials)
    : subsequence(b.initials, a.initials);
}

const ORG_NOISE = new Set(["of", "the", "for", "and", "affairs", "s"]);

/** An organisation's key: its country and its folded words, sorted. */
export function organizationKey(actor: Pick<Actor, "name" | "country">): string {
  const words = actor.name
    .split(/[\s.,'’-]+/)
    .map((w) => w.toLowerCase().replace(/[^a-z]/g, ""))
    .filter((w) => w && !ORG_NOISE.has(w))
    .map((w) => (w === "external" ? "foreign" : w));
  return `org:${actor.country ?? "-"}:${[...new Set(words)].sort().join("-")}`;
}

/** A person's key: folded surname and first given initial ("person:blinken:a"; "person:blinken:" when unknown). */
export function personKey(name: PersonName): string {
  return `person:${name.surname}:${name.initials[0] ?? ""}`;
}

/**
 * Gives every actor of every article a canonical actor: people by surname and compatible given names, organisations
 * by country and words. Ids are hashes of the canonical key, so they stay stable as the corpus grows. A surname-only
 * mention joins the one full name with that surname; with two or more conflicting full names it stays apart.
 *
 * @example
 * resolveActors(articles).byMention.get(`${article.id}/a1`); // "actor:9f2c..."
 */
export function resolveActors(articles: readonly Article[]): {
  actors: CanonicalActor[];
  byMention: Map<string, string>;
} {
  const sorted = [...articles].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const people = new Map<string, { name: PersonName; display: string; country: string | null }[]>();
  const entries: { articleId: string; actor: Actor; person: PersonName | null }[] = [];
  for (const article of sorted) {
    for (const actor of article.actors) {
      const person = actor.kind === "person" ? personName(actor.name) : null;
      entries.push({ articleId: article.id, actor, person });
      if (person?.initials.length) {
        const list = people.get(person.surname) ?? [];
        list.push({ name: person, display: actor.name, country: actor.country });
        people.set(person.surname, list);
      }
    }
  }
  const canon = new Map<string, CanonicalActor>();
  const byMention = new Map<string, string>();
  for (const { articleId, actor, person } of entries) {
    let key: string;
    if (person) {
      const full = people.get(person.surname) ?? [];
      const initials = new Set(full.map((f) => f.name.initials[0]));
      if (!person.initials.length && initials.size === 1) key = `person:${person.surname}:${[...initials][0]}`;
      else key = personKey(person);
    } else key = organizationKey(actor);
    const id = `actor:${sha256Hex(key).slice(0, 16)}`;
    let entry = canon.get(key);
    if (!entry) {
      entry = { id, key, name: actor.name, kind: actor.kind, country: actor.country, mentions: [] };
      canon.set(key, entry);
    } else if (actor.name.length > entry.name.length && actor.name.split(" ").length <= 4) entry.name = actor.name;
    entry.country ??= actor.country;
    entry.mentions.push({ articleId, actorId: actor.id });
    byMention.set(`${articleId}/${actor.id}`, id);
  }
  const actors = [...canon.values()].sort((a, b) => (a.id < b.id ? -1 : 1));
  return { actors, byMention };
}
