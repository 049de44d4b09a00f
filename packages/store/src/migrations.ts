import type { Kysely } from "kysely";
import { type Migration, type MigrationProvider, Migrator } from "kysely/migration";
import { DiplomacyError } from "@org/diplomacy-core";

// One history for SQLite and PostgreSQL: only types both understand (text, integer, double precision).
// Never edit a published migration; append a new one.
export const MIGRATIONS: Record<string, Migration> = {
  "0001_initial": {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable("articles")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("url", "text")
        .addColumn("source", "text")
        .addColumn("headline", "text")
        .addColumn("published_at", "text")
        .addColumn("sort_date", "text", (c) => c.notNull())
        .addColumn("language", "text", (c) => c.notNull())
        .addColumn("country_codes", "text", (c) => c.notNull())
        .addColumn("event_count", "integer", (c) => c.notNull())
        .addColumn("ingested_at", "text", (c) => c.notNull())
        .addColumn("record", "text", (c) => c.notNull())
        .execute();
      await db.schema.createIndex("articles_sort").on("articles").columns(["sort_date", "id"]).execute();
      await db.schema.createIndex("articles_source").on("articles").column("source").execute();

      await db.schema
        .createTable("countries")
        .addColumn("code", "text", (c) => c.primaryKey())
        .addColumn("name", "text", (c) => c.notNull())
        .execute();

      await db.schema
        .createTable("article_countries")
        .addColumn("article_id", "text", (c) => c.notNull().references("articles.id").onDelete("cascade"))
        .addColumn("code", "text", (c) => c.notNull().references("countries.code"))
        .addColumn("role", "text", (c) => c.notNull())
        .addPrimaryKeyConstraint("article_countries_pk", ["article_id", "code"])
        .execute();
      await db.schema.createIndex("article_countries_code").on("article_countries").column("code").execute();

      await db.schema
        .createTable("actors")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("kind", "text", (c) => c.notNull())
        .addColumn("name", "text", (c) => c.notNull())
        .addColumn("name_key", "text", (c) => c.notNull())
        .addColumn("aliases", "text", (c) => c.notNull())
        .addColumn("title", "text")
        .addColumn("organization", "text")
        .addColumn("country", "text")
        .execute();
      await db.schema.createIndex("actors_name").on("actors").columns(["name_key", "id"]).execute();
      await db.schema.createIndex("actors_country").on("actors").column("country").execute();

      await db.schema
        .createTable("article_actors")
        .addColumn("article_id", "text", (c) => c.notNull().references("articles.id").onDelete("cascade"))
        .addColumn("local_id", "text", (c) => c.notNull())
        .addColumn("actor_id", "text", (c) => c.notNull().references("actors.id"))
        .addColumn("role", "text", (c) => c.notNull())
        .addColumn("title", "text")
        .addPrimaryKeyConstraint("article_actors_pk", ["article_id", "local_id"])
        .execute();
      await db.schema.createIndex("article_actors_actor").on("article_actors").column("actor_id").execute();

      await db.schema
        .createTable("events")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("article_id", "text", (c) => c.notNull().references("articles.id").onDelete("cascade"))
        .addColumn("local_id", "text", (c) => c.notNull())
        .addColumn("type", "text", (c) => c.notNull())
        .addColumn("sort_date", "text", (c) => c.notNull())
        .addColumn("date_value", "text")
        .addColumn("date_precision", "text")
        .addColumn("date_text", "text")
        .addColumn("location_name", "text")
        .addColumn("location_country", "text")
        .addColumn("cameo", "text", (c) => c.notNull())
        .addColumn("plover", "text", (c) => c.notNull())
        .addColumn("goldstein", "double precision", (c) => c.notNull())
        .addColumn("evidence_text", "text", (c) => c.notNull())
        .addColumn("record", "text", (c) => c.notNull())
        .execute();
      await db.schema.createIndex("events_sort").on("events").columns(["sort_date", "id"]).execute();
      await db.schema.createIndex("events_type").on("events").columns(["type", "sort_date"]).execute();
      await db.schema.createIndex("events_article").on("events").column("article_id").execute();

      await db.schema
        .createTable("event_countries")
        .addColumn("event_id", "text", (c) => c.notNull().references("events.id").onDelete("cascade"))
        .addColumn("code", "text", (c) => c.notNull().references("countries.code"))
        .addPrimaryKeyConstraint("event_countries_pk", ["event_id", "code"])
        .execute();
      await db.schema.createIndex("event_countries_code").on("event_countries").columns(["code", "event_id"]).execute();

      await db.schema
        .createTable("event_actors")
        .addColumn("event_id", "text", (c) => c.notNull().references("events.id").onDelete("cascade"))
        .addColumn("actor_id", "text", (c) => c.notNull().references("actors.id"))
        .addColumn("position", "integer", (c) => c.notNull())
        .addPrimaryKeyConstraint("event_actors_pk", ["event_id", "actor_id"])
        .execute();
      await db.schema.createIndex("event_actors_actor").on("event_actors").columns(["actor_id", "event_id"]).execute();

      await db.schema
        .createTable("quotes")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("article_id", "text", (c) => c.notNull().references("articles.id").onDelete("cascade"))
        .addColumn("actor_id", "text", (c) => c.references("actors.id"))
        .addColumn("text", "text", (c) => c.notNull())
        .addColumn("verb", "text")
        .addColumn("span_start", "integer", (c) => c.notNull())
        .addColumn("span_end", "integer", (c) => c.notNull())
        .addColumn("sort_date", "text", (c) => c.notNull())
        .execute();
      await db.schema.createIndex("quotes_actor").on("quotes").columns(["actor_id", "sort_date"]).execute();
      await db.schema.createIndex("quotes_article").on("quotes").column("article_id").execute();

      await db.schema
        .createTable("relationships")
        .addColumn("article_id", "text", (c) => c.notNull().references("articles.id").onDelete("cascade"))
        .addColumn("code", "text", (c) => c.notNull())
        .addColumn("counterpart", "text", (c) => c.notNull())
        .addColumn("level", "text", (c) => c.notNull())
        .addColumn("sort_date", "text", (c) => c.notNull())
        .addPrimaryKeyConstraint("relationships_pk", ["article_id", "code", "counterpart"])
        .execute();
      await db.schema
        .createIndex("relationships_pair")
        .on("relationships")
        .columns(["code", "counterpart", "sort_date"])
        .execute();
    },
    async down(db: Kysely<unknown>) {
      for (const table of [
        "relationships",
        "quotes",
        "event_actors",
        "event_countries",
        "events",
        "article_actors",
        "actors",
        "article_countries",
        "countries",
        "articles",
      ]) {
        await db.schema.dropTable(table).ifExists().execute();
      }
    },
  },
};

/** The latest migration name: the schema version a store opened by this code has. */
export const STORE_SCHEMA_VERSION = Object.keys(MIGRATIONS).sort().at(-1) ?? "";

const provider: MigrationProvider = { getMigrations: async () => MIGRATIONS };

/**
 * Applies every pending migration, in name order, each in its own transaction.
 *
 * @example
 * await migrateToLatest(db);
 */
export async function migrateToLatest(db: Kysely<unknown>): Promise<void> {
  const migrator = new Migrator({
    db,
    provider,
    migrationTableName: "store_migrations",
    migrationLockTableName: "store_migrations_lock",
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === "Error")?.migrationName;
    throw new DiplomacyError("INTERNAL", {
      message: `The store could not apply migration ${failed ?? "(unknown)"}: ${String((error as Error).message ?? error)}`,
      cause: error,
    });
  }
}
