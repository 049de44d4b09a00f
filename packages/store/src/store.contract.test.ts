import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Article, isDiplomacyError } from "@org/diplomacy-core";
import Sqlite from "better-sqlite3";
import { afterEach, beforeEach, describe, expect, inject, it } from "vitest";
import { openStore } from "./open-store.js";
import type { Page } from "./schemas.js";
import { makeArticle, makeSampleArticles } from "./testing/fixtures.js";
import { createTestDatabase, runPostgresSql } from "./testing/postgres.js";
import type { DiplomacyStore } from "./types.js";

// One suite, two databases: every behaviour of the store must be the same on SQLite and PostgreSQL.

interface Database {
  location: string;
  /** Runs SQL outside the store, e.g. to break a table on purpose. */
  run(statement: string): Promise<void>;
  dispose(): Promise<void>;
}

const pgUrl = inject("pgUrl");

const backends: { name: string; enabled: boolean; create(): Promise<Database> }[] = [
  {
    name: "sqlite",
    enabled: true,
    async create() {
      const dir = mkdtempSync(join(tmpdir(), "store-test-"));
      const location = join(dir, "nested", "store.db");
      return {
        location,
        async run(statement) {
          const db = new Sqlite(location);
          db.exec(statement);
          db.close();
        },
        async dispose() {
          rmSync(dir, { recursive: true, force: true });
        },
      };
    },
  },
  {
    name: "postgres",
    enabled: pgUrl !== "",
    async create() {
      const database = await createTestDatabase(pgUrl);
      return {
        location: database.url,
        run: (statement) => runPostgresSql(database.url, statement),
        dispose: database.drop,
      };
    },
  },
];

async function collect<T>(
  read: (cursor: string | undefined) => Promise<Page<T>>,
): Promise<{ items: T[]; pages: number }> {
  const items: T[] = [];
  let cursor: string | undefined;
  let pages = 0;
  do {
    const page = await read(cursor);
    items.push(...page.items);
    cursor = page.nextCursor ?? undefined;
    pages++;
  } while (cursor && pages < 1000);
  return { items, pages };
}

async function errorOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error("expected the promise to reject");
}

for (const backend of backends) {
  describe.skipIf(!backend.enabled)(`DiplomacyStore on ${backend.name}`, () => {
    let database: Database;
    let store: DiplomacyStore;
    let articles: Article[];
    const [kzcn, kzuz, cnus] = makeSampleArticles() as [Article, Article, Article];

    beforeEach(async () => {
      database = await backend.create();
      store = await openStore(database.location);
      articles = [kzcn, kzuz, cnus];
    });

    afterEach(async () => {
      await store.close();
      await database.dispose();
    });

    it("reports its kind and answers ping", async () => {
      expect(store.kind).toBe(backend.name);
      await expect(store.ping()).resolves.toBeUndefined();
    });

    it("ingests once: the same articles again are duplicates", async () => {
      expect(await store.ingest(articles)).toEqual({ inserted: 3, duplicates: 0, ids: articles.map((a) => a.id) });
      expect(await store.ingest([cnus, kzcn])).toEqual({ inserted: 0, duplicates: 2, ids: [cnus.id, kzcn.id] });
      expect((await store.listArticles()).items).toHaveLength(3);
    });

    it("counts a repeat inside one batch as a duplicate", async () => {
      expect(await store.ingest([kzcn, kzcn])).toEqual({ inserted: 1, duplicates: 1, ids: [kzcn.id, kzcn.id] });
    });

    it("rolls back the whole batch when a write fails midway, keeping earlier batches whole", async () => {
      await store.ingest([cnus]);
      await database.run("alter table quotes rename to quotes_off");
      const error = await errorOf(store.ingest([kzcn, kzuz]));
      expect(error).toBeInstanceOf(Error);
      await database.run("alter table quotes_off rename to quotes");
      const ids = (await store.listArticles()).items.map((a) => a.id);
      expect(ids).toEqual([cnus.id]);
      expect((await store.listEvents()).items.map((e) => e.articleId)).toEqual([cnus.id]);
      expect(await store.ingest([kzcn, kzuz])).toMatchObject({ inserted: 2, duplicates: 0 });
    });

    it("stores each article once when overlapping batches are ingested at the same time", async () => {
      // PostgreSQL: two pools racing on the same rows. SQLite: one store (better-sqlite3 waits for a lock
      // synchronously, so two connections in one thread would block each other; across processes it waits).
      const other = backend.name === "postgres" ? await openStore(database.location) : store;
      try {
        const results = await Promise.all([store.ingest([kzcn, kzuz, cnus]), other.ingest([cnus, kzuz, kzcn])]);
        expect(results.map((r) => r.inserted + r.duplicates)).toEqual([3, 3]);
        expect(results[0].inserted + results[1].inserted).toBe(3);
        expect((await other.listEvents()).items).toHaveLength(5);
        expect((await store.listActors()).items.map((a) => a.articleCount)).toEqual([2, 1, 2]);
      } finally {
        if (other !== store) await other.close();
      }
    });

    it("refuses an invalid record with INPUT_INVALID and the issue's path, storing nothing", async () => {
      const broken = { ...kzuz, events: [{ ...kzuz.events[0], goldstein: 42 }] } as unknown as Article;
      const error = await errorOf(store.ingest([kzcn, broken]));
      expect(isDiplomacyError(error) && error.code).toBe("INPUT_INVALID");
      expect(isDiplomacyError(error) && error.issues?.[0]?.path).toEqual([1, "events", 0, "goldstein"]);
      expect((await store.listArticles()).items).toHaveLength(0);
    });

    it("gives back the full record as ingested, and null for an unknown id", async () => {
      await store.ingest(articles);
      expect(await store.getArticle(kzcn.id)).toEqual(kzcn);
      expect(await store.getArticle("0".repeat(32))).toBeNull();
    });

    it("keeps data and schema across reopening", async () => {
      await store.ingest(articles);
      await store.close();
      store = await openStore(database.location);
      expect((await store.listArticles()).items).toHaveLength(3);
    });

    it("lists articles newest first, undated last, with summaries", async () => {
      await store.ingest(articles);
      const { items, nextCursor } = await store.listArticles();
      expect(items.map((a) => a.id)).toEqual([kzuz.id, kzcn.id, cnus.id]);
      expect(nextCursor).toBeNull();
      expect(items[1]).toMatchObject({
        headline: kzcn.headline,
        countries: ["KZ", "CN", "RU"],
        eventCount: 2,
        publishedAt: "2024-03-04",
      });
      expect(Number.isNaN(Date.parse(items[1]?.ingestedAt ?? ""))).toBe(false);
    });

    it("filters articles by country, source, date range and headline words", async () => {
      await store.ingest(articles);
      const ids = async (filter: Parameters<DiplomacyStore["listArticles"]>[0]) =>
        (await store.listArticles(filter)).items.map((a) => a.id);
      expect(await ids({ country: "CN" })).toEqual([kzcn.id, cnus.id]);
      expect(await ids({ source: "Steppe Daily" })).toEqual([kzuz.id]);
      expect(await ids({ from: "2024-04-01" })).toEqual([kzuz.id]);
      expect(await ids({ to: "2024-04-01" })).toEqual([kzcn.id]);
      expect(await ids({ text: "WATER" })).toEqual([kzuz.id]);
      expect(await ids({ country: "FR" })).toEqual([]);
    });

    it("pages through articles without gaps or repeats", async () => {
      await store.ingest(articles);
      const { items, pages } = await collect((cursor) => store.listArticles({}, { cursor, limit: 1 }));
      expect(items.map((a) => a.id)).toEqual([kzuz.id, kzcn.id, cnus.id]);
      expect(pages).toBe(3);
    });

    it("lists events newest first with participants as store-wide actors", async () => {
      await store.ingest(articles);
      const { items } = await store.listEvents();
      expect(items.map((e) => e.id)).toEqual([
        `${kzuz.id}-e1`,
        `${kzuz.id}-e2`,
        `${kzcn.id}-e1`,
        `${kzcn.id}-e2`,
        `${cnus.id}-e1`,
      ]);
      expect(items[0]).toMatchObject({
        localId: "e1",
        articleId: kzuz.id,
        type: "agreement",
        effectiveDate: "2024-05-19",
        participants: [
          { id: "aidar-bekov", name: "Aidar Bekov" },
          { id: "dilnoza-karimova", name: "Dilnoza Karimova" },
        ],
        article: { headline: kzuz.headline, source: "Steppe Daily" },
      });
      expect(items[0]?.evidenceText).toBe(
        kzuz.text.slice(kzuz.events[0]?.evidence.start, kzuz.events[0]?.evidence.end),
      );
      expect(items.at(-1)?.effectiveDate).toBeNull();
    });

    it("filters events by country, actor id or name, type, dates, text and article", async () => {
      await store.ingest(articles);
      const ids = async (filter: Parameters<DiplomacyStore["listEvents"]>[0]) =>
        (await store.listEvents(filter)).items.map((e) => e.id);
      expect(await ids({ country: "US" })).toEqual([`${cnus.id}-e1`]);
      expect(await ids({ actor: "li-wen" })).toEqual([`${kzcn.id}-e1`, `${kzcn.id}-e2`, `${cnus.id}-e1`]);
      expect(await ids({ actor: "karimova" })).toEqual([`${kzuz.id}-e1`, `${kzuz.id}-e2`]);
      expect(await ids({ type: "agreement" })).toEqual([`${kzuz.id}-e1`, `${kzcn.id}-e2`]);
      expect(await ids({ from: "2024-05-19", to: "2024-05-31" })).toEqual([`${kzuz.id}-e1`]);
      expect(await ids({ to: "2030-01-01", country: "CN" })).toEqual([`${kzcn.id}-e1`, `${kzcn.id}-e2`]);
      expect(await ids({ text: "tariffs" })).toEqual([`${cnus.id}-e1`]);
      expect(await ids({ articleId: kzcn.id, type: "meeting" })).toEqual([`${kzcn.id}-e1`]);
      expect(await ids({ country: "KZ", actor: "li-wen", type: "meeting", text: "astana" })).toEqual([`${kzcn.id}-e1`]);
    });

    it("treats LIKE wildcards in text filters as plain characters", async () => {
      const percent = makeArticle({
        headline: "A 100% agreement",
        publishedAt: "2024-01-02",
        countries: [["FR", "France", "party"]],
        actors: [],
        events: [{ type: "agreement", date: "2024-01-02", countries: ["FR"], participants: [], goldstein: 3 }],
      });
      await store.ingest([...articles, percent]);
      expect((await store.listEvents({ text: "100%" })).items.map((e) => e.articleId)).toEqual([percent.id]);
      expect((await store.listArticles({ text: "_" })).items).toEqual([]);
    });

    it("pages through events, and gets one by id", async () => {
      await store.ingest(articles);
      const all = (await store.listEvents()).items.map((e) => e.id);
      const { items } = await collect((cursor) => store.listEvents({}, { cursor, limit: 2 }));
      expect(items.map((e) => e.id)).toEqual(all);
      const event = await store.getEvent(`${kzcn.id}-e1`);
      expect(event).toMatchObject({ type: "meeting", location: { name: "Astana" }, cameo: "042", goldstein: 4 });
      expect(await store.getEvent("nope")).toBeNull();
    });

    it("merges an actor named in several articles and counts their articles, events and quotes", async () => {
      await store.ingest(articles);
      const { items } = await store.listActors();
      expect(items.map((a) => a.id)).toEqual(["aidar-bekov", "dilnoza-karimova", "li-wen"]);
      expect(items[0]).toEqual({
        id: "aidar-bekov",
        kind: "person",
        name: "Aidar Bekov",
        aliases: ["Bekov"],
        title: "Foreign Minister",
        organization: null,
        country: "KZ",
        articleCount: 2,
        eventCount: 3,
        quoteCount: 1,
      });
      expect((await store.listActors({ country: "CN" })).items.map((a) => a.id)).toEqual(["li-wen"]);
      expect((await store.listActors({ text: "KARIM" })).items.map((a) => a.id)).toEqual(["dilnoza-karimova"]);
      expect((await store.listActors({ kind: "organization" })).items).toEqual([]);
      const paged = await collect((cursor) => store.listActors({}, { cursor, limit: 2 }));
      expect(paged.items.map((a) => a.id)).toEqual(["aidar-bekov", "dilnoza-karimova", "li-wen"]);
    });

    it("gives an actor's events and quotes, and null for an unknown actor", async () => {
      await store.ingest(articles);
      const actor = await store.getActor("dilnoza-karimova");
      expect(actor?.events.map((e) => e.id)).toEqual([`${kzuz.id}-e1`, `${kzuz.id}-e2`]);
      expect(actor?.quotes).toEqual([
        {
          id: `${kzuz.id}-q1`,
          articleId: kzuz.id,
          text: "Water unites our peoples",
          verb: "said",
          speaker: { id: "dilnoza-karimova", name: "Dilnoza Karimova" },
          span: kzuz.quotes[0]?.span,
          article: { headline: kzuz.headline, url: kzuz.url, publishedAt: kzuz.publishedAt },
        },
      ]);
      expect(kzuz.text.slice(kzuz.quotes[0]?.span.start, kzuz.quotes[0]?.span.end)).toBe("Water unites our peoples");
      expect((await store.getActor("aidar-bekov", { detailLimit: 1 }))?.events).toHaveLength(1);
      expect(await store.getActor("nobody")).toBeNull();
    });

    it("lists countries by code with their counts, page by page", async () => {
      await store.ingest(articles);
      const { items } = await collect((cursor) => store.listCountries({ cursor, limit: 2 }));
      expect(items).toEqual([
        { code: "CN", name: "China", articleCount: 2, eventCount: 3 },
        { code: "KZ", name: "Kazakhstan", articleCount: 2, eventCount: 4 },
        { code: "RU", name: "Russia", articleCount: 1, eventCount: 0 },
        { code: "US", name: "United States", articleCount: 1, eventCount: 1 },
        { code: "UZ", name: "Uzbekistan", articleCount: 1, eventCount: 2 },
      ]);
    });

    it("sums a country's relations per counterpart", async () => {
      await store.ingest(articles);
      const relations = await store.countryRelations("KZ");
      expect(relations?.country).toEqual({ code: "KZ", name: "Kazakhstan" });
      expect(relations?.nextCursor).toBeNull();
      expect(relations?.items).toEqual([
        {
          counterpart: "CN",
          name: "China",
          eventCount: 2,
          byType: [
            { type: "agreement", count: 1 },
            { type: "meeting", count: 1 },
          ],
          byMonth: [
            { month: "2024-03", type: "agreement", count: 1 },
            { month: "2024-03", type: "meeting", count: 1 },
          ],
          meanGoldstein: 5,
          lastMeeting: {
            eventId: `${kzcn.id}-e1`,
            articleId: kzcn.id,
            type: "meeting",
            date: "2024-03-04",
            location: "Astana",
            headline: kzcn.headline,
          },
          relationshipLevel: "comprehensive strategic partnership",
          firstDate: "2024-03-04",
          lastDate: "2024-03-04",
        },
        {
          counterpart: "UZ",
          name: "Uzbekistan",
          eventCount: 2,
          byType: [
            { type: "agreement", count: 1 },
            { type: "visit", count: 1 },
          ],
          byMonth: [
            { month: "2024-05", type: "agreement", count: 1 },
            { month: "2024-05", type: "visit", count: 1 },
          ],
          meanGoldstein: 3.5,
          lastMeeting: expect.objectContaining({ eventId: `${kzuz.id}-e2`, type: "visit", date: "2024-05-18" }),
          relationshipLevel: null,
          firstDate: "2024-05-18",
          lastDate: "2024-05-19",
        },
      ]);
      const cn = await store.countryRelations("CN");
      expect(cn?.items.map((r) => [r.counterpart, r.eventCount, r.firstDate, r.byMonth.length])).toEqual([
        ["KZ", 2, "2024-03-04", 2],
        ["US", 1, null, 0],
      ]);
      const paged = await collect(async (cursor) => {
        const page = await store.countryRelations("KZ", { cursor, limit: 1 });
        return page ?? { items: [], nextCursor: null };
      });
      expect(paged.items.map((r) => r.counterpart)).toEqual(["CN", "UZ"]);
      expect(await store.countryRelations("ZZ")).toBeNull();
    });

    it("exports every event as flat rows, oldest first, across read batches", async () => {
      const many = makeArticle({
        headline: "A very long communique",
        publishedAt: "2023-06-01",
        countries: [
          ["FR", "France", "party"],
          ["DE", "Germany", "party"],
        ],
        actors: [
          ["Claire Martin", "Foreign Minister", "FR"],
          ["Jonas Weber", null, "DE"],
        ],
        events: Array.from({ length: 520 }, (_, i) => ({
          type: "meeting" as const,
          date: `2023-0${1 + (i % 5)}-1${i % 10}`,
          countries: ["FR", "DE"],
          participants: ["a1", "a2"],
          goldstein: 1,
        })),
      });
      await store.ingest([...articles, many]);
      const rows = [];
      for await (const row of store.exportEvents()) rows.push(row);
      expect(rows).toHaveLength(525);
      const dated = rows.filter((r) => r.date !== null).map((r) => r.date as string);
      expect(dated).toEqual([...dated].sort());
      expect(new Set(rows.map((r) => r.eventId)).size).toBe(525);
      const meeting = rows.find((r) => r.eventId === `${kzcn.id}-e1`);
      expect(meeting).toEqual({
        eventId: `${kzcn.id}-e1`,
        articleId: kzcn.id,
        date: "2024-03-04",
        datePrecision: "day",
        dateText: "2024-03-04",
        type: "meeting",
        cameo: "042",
        plover: "CONSULT",
        goldstein: 4,
        actor1Id: "aidar-bekov",
        actor1Name: "Aidar Bekov",
        actor1Country: "KZ",
        actor2Id: "li-wen",
        actor2Name: "Li Wen",
        actor2Country: "CN",
        countries: "KZ;CN",
        locationName: "Astana",
        locationCountry: "KZ",
        source: "Example Wire",
        url: kzcn.url,
        headline: kzcn.headline,
        publishedAt: "2024-03-04",
        evidence: "Event 1: a meeting between KZ and CN on 2024-03-04.",
      });
      const filtered = [];
      for await (const row of store.exportEvents({ country: "US" })) filtered.push(row.eventId);
      expect(filtered).toEqual([`${cnus.id}-e1`]);
    });

    it("refuses a bad cursor, limit or filter with OPTIONS_INVALID", async () => {
      for (const promise of [
        store.listEvents({}, { cursor: "not-a-cursor" }),
        store.listEvents({}, { limit: 0 }),
        store.listArticles({}, { limit: 501 }),
        store.listActors({ country: "kazakhstan" }),
        store.listEvents({ from: "May 2024" }),
        store.listCountries({ cursor: Buffer.from("[1]").toString("base64url") }),
      ]) {
        const error = await errorOf(promise);
        expect(isDiplomacyError(error) && error.code).toBe("OPTIONS_INVALID");
      }
    });

    it("closes idempotently", async () => {
      await store.close();
      await store.close();
      store = await openStore(database.location);
    });
  });
}

describe("openStore on SQLite", () => {
  it("lets several stores open the same new file at once", async () => {
    const dir = mkdtempSync(join(tmpdir(), "store-race-"));
    const location = join(dir, "race.db");
    try {
      const stores = await Promise.all([openStore(location), openStore(location), openStore(location)]);
      await stores[0]?.ingest(makeSampleArticles());
      expect((await stores[2]?.listArticles())?.items).toHaveLength(3);
      await Promise.all(stores.map((s) => s.close()));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("opens read-only without migrating, and refuses a folder that cannot hold a file", async () => {
    const dir = mkdtempSync(join(tmpdir(), "store-ro-"));
    try {
      const writer = await openStore(join(dir, "a.db"));
      await writer.ingest(makeSampleArticles());
      await writer.close();
      const reader = await openStore(join(dir, "a.db"), { readonly: true });
      expect((await reader.listEvents()).items).toHaveLength(5);
      await expect(reader.ingest([makeSampleArticles()[0] as Article])).rejects.toThrow();
      await reader.close();
      const error = await errorOf(openStore(join(dir, "a.db", "inside.db")));
      expect(isDiplomacyError(error) && error.code).toBe("OPTIONS_INVALID");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
