import type {
  Actor,
  Article,
  Country,
  Event,
  Initiative,
  Quote,
  RemovedLine,
  Span,
  Statement,
} from "@org/diplomacy-core";
import type { Mark } from "./segments.js";

/** The kinds of fact the annotator highlights, in the order their cards are listed. */
export const FACT_KINDS = [
  "event",
  "actor",
  "country",
  "quote",
  "statement",
  "date",
  "location",
  "initiative",
  "relationship",
  "removed",
] as const;
export type FactKind = (typeof FACT_KINDS)[number];

export const FACT_KIND_LABELS: Record<FactKind, string> = {
  event: "Events",
  actor: "Actors",
  country: "Countries",
  quote: "Quotes",
  statement: "Statements",
  date: "Dates",
  location: "Places",
  initiative: "Initiatives",
  relationship: "Relationship",
  removed: "Removed boilerplate",
};

/** One extracted fact with the spans of text that evidence it and the record entry it comes from. */
export type Fact = {
  /** Unique within the record, e.g. "actor:a1", "quote:0". */
  key: string;
  /** Short human label for the card and the highlight's tooltip. */
  label: string;
  spans: Span[];
} & (
  | { kind: "event"; event: Event }
  | { kind: "actor"; actor: Actor }
  | { kind: "country"; country: Country }
  | { kind: "quote"; quote: Quote }
  | { kind: "statement"; statement: Statement }
  | { kind: "date"; event: Event }
  | { kind: "location"; event: Event }
  | { kind: "initiative"; initiative: Initiative }
  | { kind: "relationship"; level: string; countries: string[] }
  | { kind: "removed"; line: RemovedLine }
);

/**
 * Lists every fact of a parsed record that points into its text, each with a stable key.
 *
 * @example
 * listFacts(article).filter((f) => f.kind === "actor").map((f) => f.label); // ["Wang Yi", ...]
 */
export function listFacts(article: Article): Fact[] {
  const facts: Fact[] = [];
  const actorName = new Map(article.actors.map((a) => [a.id, a.name]));
  article.events.forEach((event, i) => {
    const key = `event:${event.id || i}`;
    facts.push({ key, kind: "event", label: describeEvent(event), spans: [event.evidence], event });
    if (event.date?.span)
      facts.push({ key: `date:${key}`, kind: "date", label: event.date.text, spans: [event.date.span], event });
    if (event.location?.span)
      facts.push({
        key: `location:${key}`,
        kind: "location",
        label: event.location.name,
        spans: [event.location.span],
        event,
      });
  });
  for (const actor of article.actors)
    facts.push({ key: `actor:${actor.id}`, kind: "actor", label: actor.name, spans: actor.mentions, actor });
  for (const country of article.countries)
    facts.push({
      key: `country:${country.code}`,
      kind: "country",
      label: country.name,
      spans: country.mentions,
      country,
    });
  article.quotes.forEach((quote, i) => {
    const who = quote.speaker ? actorName.get(quote.speaker) : undefined;
    const label = who ? `${who}: “${quote.text}”` : `“${quote.text}”`;
    facts.push({ key: `quote:${i}`, kind: "quote", label, spans: [quote.span], quote });
  });
  article.statements.forEach((statement, i) => {
    const who = statement.speaker ? actorName.get(statement.speaker) : undefined;
    const label = `${who ?? "Someone"} ${statement.verb} ${statement.text}`;
    facts.push({ key: `statement:${i}`, kind: "statement", label, spans: [statement.span], statement });
  });
  article.initiatives.forEach((initiative, i) => {
    facts.push({
      key: `initiative:${i}`,
      kind: "initiative",
      label: initiative.name,
      spans: initiative.mentions,
      initiative,
    });
  });
  const relationship = article.relationship;
  if (relationship)
    facts.push({
      key: "relationship",
      kind: "relationship",
      label: relationship.level,
      spans: relationship.span ? [relationship.span] : [],
      level: relationship.level,
      countries: relationship.countries,
    });
  article.removed.forEach((line, i) => {
    facts.push({
      key: `removed:${i}`,
      kind: "removed",
      label: `${line.reason}: ${line.text}`,
      spans: [line.span],
      line,
    });
  });

  return facts;
}

/**
 * Turns facts into highlight marks, keeping only the kinds that are switched on.
 *
 * @example
 * marksOf(listFacts(article), new Set(["actor"])); // one mark per actor mention
 */
export function marksOf(facts: readonly Fact[], visible: ReadonlySet<FactKind>): Mark[] {
  const marks: Mark[] = [];
  for (const fact of facts) {
    if (!visible.has(fact.kind)) continue;
    for (const span of fact.spans) marks.push({ key: fact.key, kind: fact.kind, start: span.start, end: span.end });
  }
  return marks;
}

/**
 * Counts the facts of each kind, for the legend.
 *
 * @example
 * countByKind(facts).actor; // 3
 */
export function countByKind(facts: readonly Fact[]): Record<FactKind, number> {
  const counts = Object.fromEntries(FACT_KINDS.map((k) => [k, 0])) as Record<FactKind, number>;
  for (const fact of facts) counts[fact.kind]++;
  return counts;
}

function describeEvent(event: Event): string {
  const name = event.type.replace(/_/g, " ");
  return event.countries.length > 0 ? `${name} · ${event.countries.join("–")}` : name;
}
