import { type Article, ArticleSchema, DiplomacyError } from "@org/diplomacy-core";
import { type Expression, type Kysely, type SqlBool, type Transaction, sql } from "kysely";
import { decodeCursor, encodeCursor } from "./cursor.js";
import { type ActorsTable, type CountriesTable, type Database, NO_DATE } from "./database.js";
import { toArticleRows } from "./rows.js";
import {
  type ActorDetail,
  type ActorFilter,
  ActorFilterSchema,
  type ActorSummary,
  type ArticleFilter,
  ArticleFilterSchema,
  type ArticleSummary,
  type CountryRelation,
  type CountryRelationsPage,
  type CountrySummary,
  type EventExportRow,
  type EventFilter,
  EventFilterSchema,
  type IngestResult,
  type Page,
  type PageRequest,
  PageRequestSchema,
  type StoredEvent,
  type StoredQuote,
} from "./schemas.js";
import type { DiplomacyStore, StoreKind } from "./types.js";

/** Bound parameters per statement, under SQLite's 32766 and PostgreSQL's 65535. */
const MAX_PARAMETERS = 30_000;
const EXPORT_BATCH = 500;
const MEETING_TYPES = ["meeting", "visit", "summit"] as const;

type Db = Kysely<Database>;

function parseOrThrow<T>(
  schema: { safeParse(v: unknown): { success: true; data: T } | { success: false; error: { issues: unknown[] } } },
  value: unknown,
  what: string,
): T {
  const result = schema.safeParse(value ?? {});
  if (result.success) return result.data;
  throw new DiplomacyError("OPTIONS_INVALID", {
    message: `The ${what} is invalid: see the issues for the field at fault.`,
    issues: result.error.issues as never,
  });
}

function readPage(page: PageRequest | undefined): { cursor?: string; limit: number } {
  return parseOrThrow(PageRequestSchema, page, "page request");
}

/** `%words%` for LIKE, lowercased, with LIKE's own wildcards escaped by "\". */
function toLikePattern(text: string): string {
  return `%${text.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

function likeLower(column: Expression<unknown>, text: string): Expression<SqlBool> {
  return sql<SqlBool>`lower(${column}) like ${toLikePattern(text)} escape '\\'`;
}

function toCount(value: unknown): number {
  return Number(value ?? 0);
}

function paginate<T>(rows: T[], limit: number, keysOf: (row: T) => (string | number)[]): Page<T> {
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  return { items, nextCursor: rows.length > limit && last !== undefined ? encodeCursor(keysOf(last)) : null };
}

function chunksOf<T>(rows: readonly T[]): T[][] {
  const columns = Math.max(1, Object.keys(rows[0] ?? {}).length);
  const size = Math.max(1, Math.floor(MAX_PARAMETERS / columns));
  const chunks: T[][] = [];
  for (let i = 0; i < rows.length; i += size) chunks.push(rows.slice(i, i + size));
  return chunks;
}

async function insertChunked<T extends keyof Database>(trx: Transaction<Database>, table: T, rows: Database[T][]) {
  for (const chunk of chunksOf(rows)) {
    await trx
      .insertInto(table)
      .values(chunk as never)
      .execute();
  }
}

/** One row per code, keeping a real name over a placeholder that only repeats the code. */
function mergeCountries(rows: readonly CountriesTable[]): CountriesTable[] {
  const byCode = new Map<string, CountriesTable>();
  for (const row of rows) {
    const known = byCode.get(row.code);
    if (!known || (known.name === known.code && row.name !== row.code)) byCode.set(row.code, row);
  }
  return [...byCode.values()];
}

/** One row per actor id, the first non-null title, organisation and country winning. */
function mergeActors(rows: readonly ActorsTable[]): ActorsTable[] {
  const byId = new Map<string, ActorsTable>();
  for (const row of rows) {
    const known = byId.get(row.id);
    if (!known) byId.set(row.id, { ...row });
    else {
      known.title ??= row.title;
      known.organization ??= row.organization;
      known.country ??= row.country;
    }
  }
  return [...byId.values()];
}

/**
 * Writes a batch inside `trx`: the articles first (a conflict on the id means already stored), then the rows of
 * the new ones only, table by table in multi-row statements. Returns how many articles were new.
 */
async function insertBatch(
  trx: Transaction<Database>,
  articles: readonly Article[],
  ingestedAt: string,
): Promise<number> {
  const all = articles.map((article) => toArticleRows(article, ingestedAt));
  const fresh = new Set<string>();
  for (const chunk of chunksOf(all.map((rows) => rows.article))) {
    const inserted = await trx
      .insertInto("articles")
      .values(chunk)
      .onConflict((oc) => oc.column("id").doNothing())
      .returning("id")
      .execute();
    for (const row of inserted) fresh.add(row.id);
  }
  const rows = all.filter((r) => fresh.has(r.article.id));
  if (rows.length === 0) return 0;

  for (const chunk of chunksOf(mergeCountries(rows.flatMap((r) => r.countries)))) {
    await trx
      .insertInto("countries")
      .values(chunk)
      .onConflict((oc) =>
        oc
          .column("code")
          .doUpdateSet((eb) => ({ name: eb.ref("excluded.name") }))
          .whereRef("countries.name", "=", "countries.code"),
      )
      .execute();
  }
  await insertChunked(
    trx,
    "article_countries",
    rows.flatMap((r) => r.articleCountries),
  );
  for (const chunk of chunksOf(mergeActors(rows.flatMap((r) => r.actors)))) {
    await trx
      .insertInto("actors")
      .values(chunk)
      .onConflict((oc) =>
        oc.column("id").doUpdateSet((eb) => ({
          title: eb.fn.coalesce("actors.title", eb.ref("excluded.title")),
          organization: eb.fn.coalesce("actors.organization", eb.ref("excluded.organization")),
          country: eb.fn.coalesce("actors.country", eb.ref("excluded.country")),
        })),
      )
      .execute();
  }
  await insertChunked(
    trx,
    "article_actors",
    rows.flatMap((r) => r.articleActors),
  );
  await insertChunked(
    trx,
    "events",
    rows.flatMap((r) => r.events),
  );
  await insertChunked(
    trx,
    "event_countries",
    rows.flatMap((r) => r.eventCountries),
  );
  await insertChunked(
    trx,
    "event_actors",
    rows.flatMap((r) => r.eventActors),
  );
  await insertChunked(
    trx,
    "quotes",
    rows.flatMap((r) => r.quotes),
  );
  await insertChunked(
    trx,
    "relationships",
    rows.flatMap((r) => r.relationships),
  );
  return rows.length;
}

interface EventQuery extends EventFilter {
  actorId?: string;
}

function selectEvents(db: Db, filter: EventQuery) {
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

type EventRow = {
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

function toStoredEvent(row: EventRow): StoredEvent {
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

function keysetAfter(sortColumn: string, idColumn: string, direction: "asc" | "desc", cursor: (string | number)[]) {
  const [sortKey, id] = cursor;
  const op = direction === "desc" ? "<" : ">";
  return sql<SqlBool>`(${sql.ref(sortColumn)} ${sql.raw(op)} ${sortKey} or (${sql.ref(sortColumn)} = ${sortKey} and ${sql.ref(idColumn)} > ${id}))`;
}

function actorSummarySelect(db: Db) {
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

type ActorRow = {
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

function toActorSummary(row: ActorRow): ActorSummary {
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

async function buildRelations(db: Db, code: string): Promise<CountryRelation[]> {
  const groups = await db
    .selectFrom("event_countries as ec1")
    .innerJoin("event_countries as ec2", (join) => join.onRef("ec2.event_id", "=", "ec1.event_id"))
    .innerJoin("events as e", "e.id", "ec1.event_id")
    .select([
      "ec2.code as counterpart",
      "e.type as type",
      sql<string>`substr(e.sort_date, 1, 7)`.as("month"),
      sql<number>`count(*)`.as("n"),
      sql<number>`sum(e.goldstein)`.as("goldstein"),
      sql<string>`min(e.sort_date)`.as("first_date"),
      sql<string>`max(e.sort_date)`.as("last_date"),
    ])
    .where("ec1.code", "=", code)
    .where("ec2.code", "<>", code)
    .groupBy(["ec2.code", "e.type", sql`substr(e.sort_date, 1, 7)`])
    .execute();

  const meetings = await db
    .selectFrom((eb) =>
      eb
        .selectFrom("event_countries as ec1")
        .innerJoin("event_countries as ec2", (join) => join.onRef("ec2.event_id", "=", "ec1.event_id"))
        .innerJoin("events as e", "e.id", "ec1.event_id")
        .innerJoin("articles as a", "a.id", "e.article_id")
        .select([
          "ec2.code as counterpart",
          "e.id as event_id",
          "e.article_id as article_id",
          "e.type as type",
          "e.sort_date as sort_date",
          "e.location_name as location",
          "a.headline as headline",
          sql<number>`row_number() over (partition by ec2.code order by e.sort_date desc, e.id asc)`.as("rn"),
        ])
        .where("ec1.code", "=", code)
        .where("ec2.code", "<>", code)
        .where("e.type", "in", MEETING_TYPES)
        .as("m"),
    )
    .selectAll()
    .where("m.rn", "=", 1)
    .execute();

  const levels = await db
    .selectFrom((eb) =>
      eb
        .selectFrom("relationships as r")
        .select([
          "r.counterpart as counterpart",
          "r.level as level",
          sql<number>`row_number() over (partition by r.counterpart order by r.sort_date desc, r.article_id desc)`.as(
            "rn",
          ),
        ])
        .where("r.code", "=", code)
        .as("l"),
    )
    .selectAll()
    .where("l.rn", "=", 1)
    .execute();

  const names = new Map(
    (await db.selectFrom("countries").select(["code", "name"]).execute()).map((c) => [c.code, c.name]),
  );
  const relations = new Map<string, CountryRelation & { goldsteinSum: number }>();
  const relationOf = (counterpart: string) => {
    let relation = relations.get(counterpart);
    if (!relation) {
      relation = {
        counterpart,
        name: names.get(counterpart) ?? counterpart,
        eventCount: 0,
        byType: [],
        byMonth: [],
        meanGoldstein: null,
        lastMeeting: null,
        relationshipLevel: null,
        firstDate: null,
        lastDate: null,
        goldsteinSum: 0,
      };
      relations.set(counterpart, relation);
    }
    return relation;
  };
  for (const group of groups) {
    const relation = relationOf(group.counterpart);
    const count = toCount(group.n);
    const type = group.type as CountryRelation["byType"][number]["type"];
    relation.eventCount += count;
    relation.goldsteinSum += Number(group.goldstein);
    const byType = relation.byType.find((t) => t.type === type);
    if (byType) byType.count += count;
    else relation.byType.push({ type, count });
    if (group.first_date !== NO_DATE) {
      relation.byMonth.push({ month: group.month, type, count });
      if (relation.firstDate === null || group.first_date < relation.firstDate) relation.firstDate = group.first_date;
      if (relation.lastDate === null || group.last_date > relation.lastDate) relation.lastDate = group.last_date;
    }
  }
  for (const meeting of meetings) {
    relationOf(meeting.counterpart).lastMeeting = {
      eventId: meeting.event_id,
      articleId: meeting.article_id,
      type: meeting.type as CountryRelation["byType"][number]["type"],
      date: meeting.sort_date === NO_DATE ? null : meeting.sort_date,
      location: meeting.location,
      headline: meeting.headline,
    };
  }
  for (const level of levels) relationOf(level.counterpart).relationshipLevel = level.level;

  return [...relations.values()].map(({ goldsteinSum, ...relation }) => ({
    ...relation,
    meanGoldstein: relation.eventCount > 0 ? Math.round((goldsteinSum / relation.eventCount) * 100) / 100 : null,
    byType: relation.byType.sort((a, b) => b.count - a.count || a.type.localeCompare(b.type)),
    byMonth: relation.byMonth.sort((a, b) => a.month.localeCompare(b.month) || a.type.localeCompare(b.type)),
  }));
}

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

function toExportRow(event: StoredEvent, actorCountries: Map<string, string | null>): EventExportRow {
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
