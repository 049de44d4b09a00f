import type { Article } from "@org/diplomacy-core";
import type { Transaction } from "kysely";
import type { ActorsTable, CountriesTable, Database } from "./database.js";
import { toArticleRows } from "./rows.js";

/** Bound parameters per statement, under SQLite's 32766 and PostgreSQL's 65535. */
const MAX_PARAMETERS = 30_000;
/** Rows split so that no statement binds more than MAX_PARAMETERS values. */
function chunksOf<T>(rows: readonly T[]): T[][] {
  const columns = Math.max(1, Object.keys(rows[0] ?? {}).length);
  const size = Math.max(1, Math.floor(MAX_PARAMETERS / columns));
  const chunks: T[][] = [];
  for (let i = 0; i < rows.length; i += size) chunks.push(rows.slice(i, i + size));
  return chunks;
}

/** Plain multi-row inserts of `rows` into `table`, chunk by chunk. */
async function insertChunked<T extends keyof Database>(trx: Transaction<Database>, table: T, rows: Database[T][]) {
  for (const chunk of chunksOf(rows)) {
    await trx
      .insertInto(table)
      .values(chunk as never)
      .execute();
  }
}

const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** One row per code, keeping a real name over a placeholder that only repeats the code. */
function mergeCountries(rows: readonly CountriesTable[]): CountriesTable[] {
  const byCode = new Map<string, CountriesTable>();
  for (const row of rows) {
    const known = byCode.get(row.code);
    if (!known || (known.name === known.code && row.name !== row.code)) byCode.set(row.code, row);
  }
  return [...byCode.values()].sort((a, b) => compareText(a.code, b.code));
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
  return [...byId.values()].sort((a, b) => compareText(a.id, b.id));
}

/**
 * Writes a batch inside `trx`: the articles first (a conflict on the id means already stored), then the rows of
 * the new ones only, table by table in multi-row statements. Returns how many articles were new.
 */
export async function insertBatch(
  trx: Transaction<Database>,
  articles: readonly Article[],
  ingestedAt: string,
): Promise<number> {
  // Rows go in sorted by key so that concurrent batches lock shared rows in the same order (no deadlocks).
  const all = [...articles]
    .sort((a, b) => compareText(a.id, b.id))
    .map((article) => toArticleRows(article, ingestedAt));
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
