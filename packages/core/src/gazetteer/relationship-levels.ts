/**
 * Vocabulary for the phrases diplomacy uses to grade a bilateral relationship: "comprehensive strategic
 * partnership", "all-weather strategic cooperative partnership", "special and privileged strategic partnership".
 */

/** Formal grading words that may precede a relationship noun. Informal praise ("good", "close") is not here. */
export const RELATIONSHIP_MODIFIERS: ReadonlySet<string> = new Set([
  "permanent",
  "comprehensive",
  "strategic",
  "all-weather",
  "cooperative",
  "global",
  "special",
  "privileged",
  "enhanced",
  "expanded",
  "extended",
  "all-round",
  "all-around",
  "everlasting",
  "new-type",
  "new-era",
  "innovative",
  "multidimensional",
  "multi-dimensional",
  "good-neighbourly",
  "good-neighborly",
  "friendly",
  "traditional",
  "time-tested",
  "ironclad",
  "iron-clad",
  "unbreakable",
  "high-level",
  "upgraded",
  "reinforced",
  "all-dimensional",
  "multi-tiered",
  "wide-ranging",
  "future-oriented",
  "green",
  "integrated",
  "pragmatic",
  "priority",
  "fraternal",
  "brotherly",
  "exceptional",
  "deep",
  "full-fledged",
  "mutually-beneficial",
  "win-win",
  "intensified",
  "all-encompassing",
  "constructive",
  "values-based",
  "iron",
]);

/** Grading words too common to grade a relationship alone ("global partners", "friendly relations"). */
export const SOFT_MODIFIERS: ReadonlySet<string> = new Set([
  "global",
  "deep",
  "green",
  "friendly",
  "traditional",
  "pragmatic",
  "priority",
  "constructive",
  "integrated",
  "exceptional",
  "intensified",
  "expanded",
  "extended",
  "upgraded",
  "reinforced",
  "high-level",
  "win-win",
  "mutually-beneficial",
  "mutually beneficial",
  "full-fledged",
  "multi-tiered",
  "wide-ranging",
  "future-oriented",
  "values-based",
  "innovative",
  "multidimensional",
  "multi-dimensional",
  "fraternal",
  "brotherly",
  "good-neighbourly",
  "good-neighborly",
  "all-encompassing",
]);

/** Two-word grading expressions written with a space ("long term", "new era"), folded to one token. */
export const RELATIONSHIP_MODIFIER_PAIRS: ReadonlyMap<string, string> = new Map([
  ["high level", "high-level"],
  ["all round", "all-round"],
  ["all weather", "all-weather"],
  ["new type", "new-type"],
  ["mutually beneficial", "mutually beneficial"],
  ["time tested", "time-tested"],
]);

/** Nouns that name the relationship itself; `needsModifier` ones only count with a grading word before them. */
export const RELATIONSHIP_NOUNS: ReadonlyMap<string, { needsModifier: boolean }> = new Map([
  ["partnership", { needsModifier: true }],
  ["partnerships", { needsModifier: true }],
  ["partner", { needsModifier: true }],
  ["partners", { needsModifier: true }],
  ["alliance", { needsModifier: true }],
  ["ally", { needsModifier: false }],
  ["allies", { needsModifier: true }],
  ["relationship", { needsModifier: true }],
  ["relations", { needsModifier: true }],
  ["ties", { needsModifier: true }],
  ["cooperation", { needsModifier: true }],
  ["friendship", { needsModifier: true }],
  ["friends", { needsModifier: true }],
  ["brothers", { needsModifier: true }],
]);

/** Nouns weaker than partnership/alliance: "strategic cooperation" only wins when nothing better is named. */
export const WEAK_RELATIONSHIP_NOUNS: ReadonlySet<string> = new Set([
  "relationship",
  "relations",
  "ties",
  "cooperation",
  "friendship",
]);

/** Tails that belong to the level: "strategic partnership of cooperation", "... for a new era". */
export const RELATIONSHIP_TAILS: readonly string[] = [
  "of cooperation",
  "of coordination",
  "of friendship",
  "of friendship and cooperation",
  "for a new era",
  "for the new era",
  "of coordination for a new era",
  "of coordination for the new era",
  "for peace and prosperity",
  "for development",
];

/** Fixed expressions for a relationship level that follow no modifier-noun pattern. */
export const RELATIONSHIP_PHRASES: readonly string[] = [
  "community with a shared future",
  "community with a shared future for mankind",
  "community of shared future",
  "community of common destiny",
  "community of a shared future",
  "special relationship",
  "special and privileged strategic partnership",
  "iron-clad friendship",
  "all-weather friendship",
];
