import { sql } from "kysely";
import { NO_DATE } from "../database.js";
import { type Db, likeLower } from "../query-helpers.js";
import type { EventExportRow, EventFilter, StoredEvent } from "../schemas.js";

/** The public event filter, plus an exact store-wide actor id (for an actor's page). */
export interface EventQuery extends EventFilter {
  actorId?: string;
}

/** Events joined to their article, narrowed by `filter`; the caller adds order, keyset and limit. */
export function selectEvents(db: Db, filter: EventQuery) {
  let query = db
    .selectFrom("events")
    .innerJoin("articles", "articles.id", "events.article_id")
    .select([
      "events.id",
      "events.article_id",
      "events.local_id",
      "events.sort_date",
      "events.evidence_text",
      "events.record",
      "articles.headline",
      "articles.url",
      "articles.source",
      "articles.published_at",
    ]);
  if (filter.country) {
    const country = filter.country;
    query = query.where("events.id", "in", (eb) =>
      eb.selectFrom("event_countries").select("event_countries.event_id").where("event_countries.code", "=", country),
    );
  }
  if (filter.actorId) {
    const actorId = filter.actorId;
    query = query.where("events.id", "in", (eb) =>
      eb.selectFrom("event_actors").select("event_actors.event_id").where("event_actors.actor_id", "=", actorId),
    );
  }
  if (filter.actor) {
    const actor = filter.actor;
    query = query.where("events.id", "in", (eb) =>
      eb
        .selectFrom("event_actors")
        .innerJoin("actors", "actors.id", "event_actors.actor_id")
        .select("event_actors.event_id")
        .where((w) => w.or([w("actors.id", "=", actor), likeLower(w.ref("actors.name"), actor)])),
    );
  }
  if (filter.type) query = query.where("events.type", "=", filter.type);
  if (filter.from) query = query.where("events.sort_date", ">=", filter.from);
  if (filter.to) query = query.where("events.sort_date", "<=", filter.to).where("events.sort_date", "<>", NO_DATE);
  if (filter.articleId) query = query.where("events.article_id", "=", filter.articleId);
  if (filter.text) {
    const text = filter.text;
    query = query.where((w) =>
      w.or([
        likeLower(w.ref("events.evidence_text"), text),
        likeLower(w.fn.coalesce("articles.headline", sql.lit("")), text),
      ]),
    );
  }
  return query;
}

/** One row of `selectEvents`. */
export type EventRow = {
  id: string;
  article_id: string;
  local_id: string;
  sort_date: string;
  evidence_text: string;
  record: string;
  headline: string | null;
  url: string | null;
  source: string | null;
  published_at: string | null;
};

/** The API shape of an event row: the stored event JSON plus ids, evidence and its article's context. */
export function toStoredEvent(row: EventRow): StoredEvent {
  const record = JSON.parse(row.record) as Omit<
    StoredEvent,
    "id" | "localId" | "articleId" | "evidenceText" | "effectiveDate" | "article"
  >;
  return {
    ...record,
    id: row.id,
    localId: row.local_id,
    articleId: row.article_id,
    evidenceText: row.evidence_text,
    effectiveDate: row.sort_date === NO_DATE ? null : row.sort_date,
    article: { headline: row.headline, url: row.url, source: row.source, publishedAt: row.published_at },
  };
}

/** The flat, GDELT-like export row of an event; actor countries come from the actors table. */
export function toExportRow(event: StoredEvent, actorCountries: Map<string, string | null>): EventExportRow {
  const [actor1, actor2] = event.participants;
  return {
    eventId: event.id,
    articleId: event.articleId,
    date: event.effectiveDate,
    datePrecision: event.date?.precision ?? null,
    dateText: event.date?.text ?? null,
    type: event.type,
    cameo: event.cameo,
    plover: event.plover,
    goldstein: event.goldstein,
    actor1Id: actor1?.id ?? null,
    actor1Name: actor1?.name ?? null,
    actor1Country: actor1 ? (actorCountries.get(actor1.id) ?? null) : null,
    actor2Id: actor2?.id ?? null,
    actor2Name: actor2?.name ?? null,
    actor2Country: actor2 ? (actorCountries.get(actor2.id) ?? null) : null,
    countries: event.countries.join(";"),
    locationName: event.location?.name ?? null,
    locationCountry: event.location?.country ?? null,
    source: event.article.source,
    url: event.article.url,
    headline: event.article.headline,
    publishedAt: event.article.publishedAt,
    evidence: event.evidenceText,
  };
}
