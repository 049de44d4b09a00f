import type { Article } from "@org/diplomacy-core";
import type { ActorSummary, ArticleSummary, CountrySummary, StoredEvent } from "@org/diplomacy-store";
import type { Cell } from "./csv.js";

/** One column of a CSV or table output: its header and how to read it from a row. */
export interface Column<T> {
  header: string;
  get: (row: T) => Cell;
  /** Widest a table cell gets before it is cut with an ellipsis. */
  width?: number;
}

const join = (values: readonly (string | null | undefined)[]): string => values.filter(Boolean).join("; ");

/** Columns of `parse --format csv`: one row per article, the facts a spreadsheet wants first. */
export const PARSED_ARTICLE_COLUMNS: Column<{ name: string; record: Article }>[] = [
  { header: "file", get: (r) => r.name },
  { header: "id", get: (r) => r.record.id },
  { header: "headline", get: (r) => r.record.headline },
  { header: "published_at", get: (r) => r.record.publishedAt },
  { header: "source", get: (r) => r.record.source },
  { header: "url", get: (r) => r.record.url },
  { header: "language", get: (r) => r.record.language },
  { header: "dateline_place", get: (r) => r.record.dateline?.place },
  { header: "parties", get: (r) => join(r.record.countries.filter((c) => c.role === "party").map((c) => c.code)) },
  { header: "countries", get: (r) => join(r.record.countries.map((c) => c.code)) },
  {
    header: "actors",
    get: (r) => join(r.record.actors.filter((a) => a.role === "actor").map((a) => describeActor(a))),
  },
  { header: "main_event_type", get: (r) => r.record.events[0]?.type },
  { header: "main_event_date", get: (r) => r.record.events[0]?.date?.value },
  { header: "main_event_location", get: (r) => r.record.events[0]?.location?.name },
  { header: "event_count", get: (r) => r.record.events.length },
  { header: "quote_count", get: (r) => r.record.quotes.length },
  { header: "initiatives", get: (r) => join(r.record.initiatives.map((i) => i.name)) },
  { header: "relationship", get: (r) => r.record.relationship?.level },
  { header: "topics", get: (r) => join(r.record.topics) },
];

/** "Wang Yi (Foreign Minister, CN)". */
export function describeActor(actor: { name: string; title: string | null; country: string | null }): string {
  const extra = [actor.title, actor.country].filter(Boolean).join(", ");
  return extra ? `${actor.name} (${extra})` : actor.name;
}

export const ARTICLE_SUMMARY_COLUMNS: Column<ArticleSummary>[] = [
  { header: "id", get: (r) => r.id, width: 32 },
  { header: "published_at", get: (r) => r.publishedAt, width: 10 },
  { header: "source", get: (r) => r.source, width: 16 },
  { header: "headline", get: (r) => r.headline, width: 60 },
  { header: "countries", get: (r) => join(r.countries), width: 20 },
  { header: "events", get: (r) => r.eventCount },
  { header: "url", get: (r) => r.url, width: 40 },
];

export const STORED_EVENT_COLUMNS: Column<StoredEvent>[] = [
  { header: "id", get: (r) => r.id, width: 16 },
  { header: "date", get: (r) => r.effectiveDate },
  { header: "type", get: (r) => r.type },
  { header: "cameo", get: (r) => r.cameo },
  { header: "plover", get: (r) => r.plover },
  { header: "goldstein", get: (r) => r.goldstein },
  { header: "participants", get: (r) => join(r.participants.map((p) => p.name)), width: 40 },
  { header: "countries", get: (r) => join(r.countries), width: 16 },
  { header: "location", get: (r) => r.location?.name, width: 16 },
  { header: "headline", get: (r) => r.article.headline, width: 40 },
  { header: "evidence", get: (r) => r.evidenceText, width: 60 },
];

export const ACTOR_COLUMNS: Column<ActorSummary>[] = [
  { header: "id", get: (r) => r.id, width: 24 },
  { header: "name", get: (r) => r.name, width: 30 },
  { header: "kind", get: (r) => r.kind },
  { header: "title", get: (r) => r.title, width: 30 },
  { header: "organization", get: (r) => r.organization, width: 24 },
  { header: "country", get: (r) => r.country },
  { header: "articles", get: (r) => r.articleCount },
  { header: "events", get: (r) => r.eventCount },
  { header: "quotes", get: (r) => r.quoteCount },
];

export const COUNTRY_COLUMNS: Column<CountrySummary>[] = [
  { header: "code", get: (r) => r.code },
  { header: "name", get: (r) => r.name, width: 32 },
  { header: "articles", get: (r) => r.articleCount },
  { header: "events", get: (r) => r.eventCount },
];
