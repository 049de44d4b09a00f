import { sql } from "kysely";
import { type Db, toCount } from "../query-helpers.js";
import type { ActorSummary } from "../schemas.js";

/** Actors with their article, event and quote counts (correlated counts over indexed link tables). */
export function actorSummarySelect(db: Db) {
  return db
    .selectFrom("actors")
    .select([
      "actors.id",
      "actors.kind",
      "actors.name",
      "actors.name_key",
      "actors.aliases",
      "actors.title",
      "actors.organization",
      "actors.country",
      sql<number>`(select count(distinct aa.article_id) from article_actors aa where aa.actor_id = actors.id)`.as(
        "article_count",
      ),
      sql<number>`(select count(*) from event_actors ea where ea.actor_id = actors.id)`.as("event_count"),
      sql<number>`(select count(*) from quotes q where q.actor_id = actors.id)`.as("quote_count"),
    ]);
}

/** One row of `actorSummarySelect`. */
export type ActorRow = {
  id: string;
  kind: string;
  name: string;
  aliases: string;
  title: string | null;
  organization: string | null;
  country: string | null;
  article_count: number;
  event_count: number;
  quote_count: number;
};

/** The API shape of an actor row (counts as numbers: PostgreSQL returns bigint counts as strings). */
export function toActorSummary(row: ActorRow): ActorSummary {
  return {
    id: row.id,
    kind: row.kind as ActorSummary["kind"],
    name: row.name,
    aliases: JSON.parse(row.aliases) as string[],
    title: row.title,
    organization: row.organization,
    country: row.country,
    articleCount: toCount(row.article_count),
    eventCount: toCount(row.event_count),
    quoteCount: toCount(row.quote_count),
  };
}
