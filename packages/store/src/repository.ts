import { type Article, ArticleSchema, DiplomacyError } from "@org/diplomacy-core";
import { sql } from "kysely";
import { decodeCursor } from "./cursor.js";
import { NO_DATE } from "./database.js";
import { insertBatch } from "./ingest.js";
import { actorSummarySelect, toActorSummary } from "./queries/actors.js";
import { type EventQuery, selectEvents, toExportRow, toStoredEvent } from "./queries/events.js";
import { buildRelations } from "./queries/relations.js";
import { type Db, keysetAfter, likeLower, paginate, parseOrThrow, readPage, toCount } from "./query-helpers.js";
import {
  type ActorDetail,
  type ActorFilter,
  ActorFilterSchema,
  type ArticleFilter,
  ArticleFilterSchema,
  type ArticleSummary,
  type CountryRelationsPage,
  type CountrySummary,
  EventFilterSchema,
  type IngestResult,
  type StoredQuote,
} from "./schemas.js";
import type { DiplomacyStore, StoreKind } from "./types.js";

const EXPORT_BATCH = 500;

/** The DiplomacyStore over an open, migrated Kysely database. */
export function createRepository(db: Db, kind: StoreKind): DiplomacyStore {
  let closed: Promise<void> | null = null;

  const queryEvents = async (
    filter: EventQuery,
    page: { cursor?: string; limit: number },
    direction: "asc" | "desc",
  ) => {
    let query = selectEvents(db, filter);
    if (page.cursor)
      query = query.where(keysetAfter("events.sort_date", "events.id", direction, decodeCursor(page.cursor, "ss")));
    const rows = await query
      .orderBy("events.sort_date", direction)
      .orderBy("events.id", "asc")
      .limit(page.limit + 1)
      .execute();
    return paginate(rows.map(toStoredEvent), page.limit, (e) => [e.effectiveDate ?? NO_DATE, e.id]);
  };

  const store: DiplomacyStore = {
    kind,

    async ingest(articles) {
      const valid: Article[] = articles.map((article, index) => {
        const result = ArticleSchema.safeParse(article);
        if (result.success) return result.data;
        throw new DiplomacyError("INPUT_INVALID", {
          message: `Article ${index} is not a valid record: see the issues for the field at fault.`,
          issues: result.error.issues.map((issue) => ({ ...issue, path: [index, ...issue.path] })) as never,
        });
      });
      const ids = valid.map((a) => a.id);
      const unique = [...new Map(valid.map((a) => [a.id, a])).values()];
      const ingestedAt = new Date().toISOString();
      const inserted = await db.transaction().execute((trx) => insertBatch(trx, unique, ingestedAt));
      const result: IngestResult = { inserted, duplicates: valid.length - inserted, ids };
      return result;
    },

    async getArticle(id) {
      const row = await db.selectFrom("articles").select("record").where("id", "=", id).executeTakeFirst();
      return row ? (JSON.parse(row.record) as Article) : null;
    },

    async listArticles(filterInput, pageInput) {
      const filter: ArticleFilter = parseOrThrow(ArticleFilterSchema, filterInput, "article filter");
      const page = readPage(pageInput);
      let query = db
        .selectFrom("articles")
        .select([
          "id",
          "url",
          "source",
          "headline",
          "published_at",
          "sort_date",
          "language",
          "country_codes",
          "event_count",
          "ingested_at",
        ]);
      if (filter.country) {
        const country = filter.country;
        query = query.where("articles.id", "in", (eb) =>
          eb
            .selectFrom("article_countries")
            .select("article_countries.article_id")
            .where("article_countries.code", "=", country),
        );
      }
      if (filter.source) query = query.where("articles.source", "=", filter.source);
      if (filter.from) query = query.where("articles.sort_date", ">=", filter.from);
      if (filter.to)
        query = query.where("articles.sort_date", "<=", filter.to).where("articles.sort_date", "<>", NO_DATE);
      if (filter.text) {
        const text = filter.text;
        query = query.where((w) =>
          w.or([
            likeLower(w.fn.coalesce("articles.headline", sql.lit("")), text),
            likeLower(w.fn.coalesce("articles.url", sql.lit("")), text),
          ]),
        );
      }
      if (page.cursor)
        query = query.where(keysetAfter("articles.sort_date", "articles.id", "desc", decodeCursor(page.cursor, "ss")));
      const rows = await query
        .orderBy("articles.sort_date", "desc")
        .orderBy("articles.id", "asc")
        .limit(page.limit + 1)
        .execute();
      const result = paginate(rows, page.limit, (r) => [r.sort_date, r.id]);
      return {
        nextCursor: result.nextCursor,
        items: result.items.map(
          (r): ArticleSummary => ({
            id: r.id,
            url: r.url,
            source: r.source,
            headline: r.headline,
            publishedAt: r.published_at,
            language: r.language,
            countries: JSON.parse(r.country_codes) as string[],
            eventCount: toCount(r.event_count),
            ingestedAt: r.ingested_at,
          }),
        ),
      };
    },

    async listEvents(filterInput, pageInput) {
      const filter = parseOrThrow(EventFilterSchema, filterInput, "event filter");
      return queryEvents(filter, readPage(pageInput), "desc");
    },

    async getEvent(id) {
      const row = await selectEvents(db, {}).where("events.id", "=", id).executeTakeFirst();
      return row ? toStoredEvent(row) : null;
    },

    async listActors(filterInput, pageInput) {
      const filter: ActorFilter = parseOrThrow(ActorFilterSchema, filterInput, "actor filter");
      const page = readPage(pageInput);
      let query = actorSummarySelect(db);
      if (filter.country) query = query.where("actors.country", "=", filter.country);
      if (filter.kind) query = query.where("actors.kind", "=", filter.kind);
      if (filter.text) {
        const text = filter.text;
        query = query.where((w) => likeLower(w.ref("actors.name"), text));
      }
      if (page.cursor)
        query = query.where(keysetAfter("actors.name_key", "actors.id", "asc", decodeCursor(page.cursor, "ss")));
      const rows = await query
        .orderBy("actors.name_key", "asc")
        .orderBy("actors.id", "asc")
        .limit(page.limit + 1)
        .execute();
      const result = paginate(rows, page.limit, (r) => [r.name_key, r.id]);
      return { nextCursor: result.nextCursor, items: result.items.map(toActorSummary) };
    },

    async getActor(id, options = {}) {
      const limit = Math.max(1, Math.min(options.detailLimit ?? 100, 1000));
      const row = await actorSummarySelect(db).where("actors.id", "=", id).executeTakeFirst();
      if (!row) return null;
      const events = await queryEvents({ actorId: id }, { limit }, "desc");
      const quotes = await db
        .selectFrom("quotes")
        .innerJoin("articles", "articles.id", "quotes.article_id")
        .innerJoin("actors", "actors.id", "quotes.actor_id")
        .select([
          "quotes.id",
          "quotes.article_id",
          "quotes.text",
          "quotes.verb",
          "quotes.span_start",
          "quotes.span_end",
          "actors.id as actor_id",
          "actors.name as actor_name",
          "articles.headline",
          "articles.url",
          "articles.published_at",
        ])
        .where("quotes.actor_id", "=", id)
        .orderBy("quotes.sort_date", "desc")
        .orderBy("quotes.id", "asc")
        .limit(limit)
        .execute();
      const detail: ActorDetail = {
        ...toActorSummary(row),
        events: events.items,
        quotes: quotes.map(
          (q): StoredQuote => ({
            id: q.id,
            articleId: q.article_id,
            text: q.text,
            verb: q.verb,
            speaker: { id: q.actor_id, name: q.actor_name },
            span: { start: toCount(q.span_start), end: toCount(q.span_end) },
            article: { headline: q.headline, url: q.url, publishedAt: q.published_at },
          }),
        ),
      };
      return detail;
    },

    async listCountries(pageInput) {
      const page = readPage(pageInput);
      let query = db
        .selectFrom("countries")
        .select([
          "countries.code",
          "countries.name",
          sql<number>`(select count(*) from article_countries ac where ac.code = countries.code)`.as("article_count"),
          sql<number>`(select count(*) from event_countries ec where ec.code = countries.code)`.as("event_count"),
        ]);
      if (page.cursor) {
        const [code] = decodeCursor(page.cursor, "s");
        query = query.where("countries.code", ">", code as string);
      }
      const rows = await query
        .orderBy("countries.code", "asc")
        .limit(page.limit + 1)
        .execute();
      const result = paginate(rows, page.limit, (r) => [r.code]);
      return {
        nextCursor: result.nextCursor,
        items: result.items.map(
          (r): CountrySummary => ({
            code: r.code,
            name: r.name,
            articleCount: toCount(r.article_count),
            eventCount: toCount(r.event_count),
          }),
        ),
      };
    },

    async countryRelations(code, pageInput) {
      const page = readPage(pageInput);
      const country = await db
        .selectFrom("countries")
        .select(["code", "name"])
        .where("code", "=", code)
        .executeTakeFirst();
      if (!country) return null;
      let relations = (await buildRelations(db, code)).sort(
        (a, b) =>
          b.eventCount - a.eventCount || (a.counterpart < b.counterpart ? -1 : a.counterpart > b.counterpart ? 1 : 0),
      );
      if (page.cursor) {
        const [count, after] = decodeCursor(page.cursor, "ns") as [number, string];
        relations = relations.filter((r) => r.eventCount < count || (r.eventCount === count && r.counterpart > after));
      }
      const result = paginate(relations, page.limit, (r) => [r.eventCount, r.counterpart]);
      const answer: CountryRelationsPage = { country, ...result };
      return answer;
    },

    async *exportEvents(filterInput) {
      const filter = parseOrThrow(EventFilterSchema, filterInput, "event filter");
      let cursor: string | undefined;
      do {
        const page = await queryEvents(filter, { cursor, limit: EXPORT_BATCH }, "asc");
        const actorIds = [...new Set(page.items.flatMap((e) => e.participants.slice(0, 2).map((p) => p.id)))];
        const countries = new Map<string, string | null>();
        if (actorIds.length > 0) {
          const rows = await db.selectFrom("actors").select(["id", "country"]).where("id", "in", actorIds).execute();
          for (const row of rows) countries.set(row.id, row.country);
        }
        for (const event of page.items) yield toExportRow(event, countries);
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
    },

    async ping() {
      await sql`select 1`.execute(db);
    },

    close() {
      closed ??= db.destroy();
      return closed;
    },
  };
  return store;
}
