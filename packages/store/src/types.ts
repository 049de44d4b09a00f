import type { Article } from "@org/diplomacy-core";
import type {
  ActorDetail,
  ActorFilter,
  ActorSummary,
  ArticleFilter,
  ArticleSummary,
  CountryRelationsPage,
  CountrySummary,
  EventExportRow,
  EventFilter,
  IngestResult,
  Page,
  PageRequest,
  StoredEvent,
} from "./schemas.js";

export type StoreKind = "sqlite" | "postgres";

/**
 * One repository over SQLite or PostgreSQL. Every list takes `{ cursor?, limit? }` and returns
 * `{ items, nextCursor }`; pass `nextCursor` back to read on, until it is null.
 */
export interface DiplomacyStore {
  readonly kind: StoreKind;
  /** Stores articles in one transaction; an article whose id is already stored counts as a duplicate. */
  ingest(articles: readonly Article[]): Promise<IngestResult>;
  /** The full record as parsed, or null. */
  getArticle(id: string): Promise<Article | null>;
  /** Newest first (by publication date, then id). */
  listArticles(filter?: ArticleFilter, page?: PageRequest): Promise<Page<ArticleSummary>>;
  /** Newest first (by event date, else article date, then id). */
  listEvents(filter?: EventFilter, page?: PageRequest): Promise<Page<StoredEvent>>;
  getEvent(id: string): Promise<StoredEvent | null>;
  /** By name. */
  listActors(filter?: ActorFilter, page?: PageRequest): Promise<Page<ActorSummary>>;
  /** The actor with their latest events and quotes (at most `detailLimit` of each, default 100), or null. */
  getActor(id: string, options?: { detailLimit?: number }): Promise<ActorDetail | null>;
  /** By code. */
  listCountries(page?: PageRequest): Promise<Page<CountrySummary>>;
  /** For each counterpart of `code`, most shared events first; null when the country is not stored. */
  countryRelations(code: string, page?: PageRequest): Promise<CountryRelationsPage | null>;
  /** Every stored event as a flat row, oldest first, read in batches so memory stays constant. */
  exportEvents(filter?: EventFilter): AsyncIterable<EventExportRow>;
  /** Resolves when the database answers. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

export interface OpenStoreOptions {
  /** SQLite: open read-only (no migrations are applied). */
  readonly?: boolean;
  /** PostgreSQL: connections in the pool (default 10). */
  poolSize?: number;
}
