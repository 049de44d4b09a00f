import type { Kysely } from "kysely";

// Row shapes of the tables (see migrations.ts). Dates are ISO strings; `sort_date` is the effective
// day `YYYY-MM-DD`, or NO_DATE so that undated rows sort last when newest come first.

export const NO_DATE = "0000-00-00";

export interface ArticlesTable {
  id: string;
  url: string | null;
  source: string | null;
  headline: string | null;
  published_at: string | null;
  sort_date: string;
  language: string;
  /** JSON array of country codes, parties first. */
  country_codes: string;
  event_count: number;
  ingested_at: string;
  /** The full record as JSON. */
  record: string;
}

export interface CountriesTable {
  code: string;
  name: string;
}

export interface ArticleCountriesTable {
  article_id: string;
  code: string;
  role: string;
}

export interface ActorsTable {
  id: string;
  kind: string;
  name: string;
  name_key: string;
  /** JSON array of strings. */
  aliases: string;
  title: string | null;
  organization: string | null;
  country: string | null;
}

export interface ArticleActorsTable {
  article_id: string;
  local_id: string;
  actor_id: string;
  role: string;
  title: string | null;
}

export interface EventsTable {
  id: string;
  article_id: string;
  local_id: string;
  type: string;
  sort_date: string;
  date_value: string | null;
  date_precision: string | null;
  date_text: string | null;
  location_name: string | null;
  location_country: string | null;
  cameo: string;
  plover: string;
  goldstein: number;
  evidence_text: string;
  /** JSON of the stored event (participants and host/guest as store-wide actor ids). */
  record: string;
}

export interface EventCountriesTable {
  event_id: string;
  code: string;
}

export interface EventActorsTable {
  event_id: string;
  actor_id: string;
  position: number;
}

export interface QuotesTable {
  id: string;
  article_id: string;
  actor_id: string | null;
  text: string;
  verb: string | null;
  span_start: number;
  span_end: number;
  sort_date: string;
}

export interface RelationshipsTable {
  article_id: string;
  code: string;
  counterpart: string;
  level: string;
  sort_date: string;
}

export interface Database {
  articles: ArticlesTable;
  countries: CountriesTable;
  article_countries: ArticleCountriesTable;
  actors: ActorsTable;
  article_actors: ArticleActorsTable;
  events: EventsTable;
  event_countries: EventCountriesTable;
  event_actors: EventActorsTable;
  quotes: QuotesTable;
  relationships: RelationshipsTable;
}

export type Db = Kysely<Database>;
