import { mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { DiplomacyError } from "@org/diplomacy-core";
import Sqlite from "better-sqlite3";
import { type Dialect, Kysely, PostgresDialect, SqliteDialect } from "kysely";
import pg from "pg";
import type { Database } from "./database.js";
import { migrateToLatest } from "./migrations.js";
import { createRepository } from "./repository.js";
import type { DiplomacyStore, OpenStoreOptions, StoreKind } from "./types.js";

/** True for `postgres://` and `postgresql://` connection strings. */
export function isPostgresUrl(location: string): boolean {
  return /^postgres(ql)?:\/\//i.test(location);
}

function openSqlite(location: string, options: OpenStoreOptions): Dialect {
  const memory = location === ":memory:" || location === "";
  const path = memory ? ":memory:" : resolve(location);
  if (!memory && !options.readonly) mkdirSync(dirname(path), { recursive: true });
  const database = new Sqlite(path, { readonly: options.readonly ?? false });
  if (!memory && !options.readonly) database.pragma("journal_mode = WAL");
  database.pragma("foreign_keys = ON");
  database.pragma("busy_timeout = 5000");
  database.pragma("synchronous = NORMAL");
  return new SqliteDialect({ database });
}

function openPostgres(location: string, options: OpenStoreOptions): Dialect {
  const pool = new pg.Pool({ connectionString: location, max: options.poolSize ?? 10 });
  // An idle client losing its server (restart, network) must not crash the process.
  pool.on("error", () => undefined);
  return new PostgresDialect({ pool });
}

/**
 * Opens (and creates, and migrates) a store. `location` is a SQLite file path, ":memory:", or a
 * `postgres://` connection string.
 *
 * @example
 * const store = await openStore("./diplomacy.db");
 * await store.ingest([article]);
 * const { items } = await store.listEvents({ country: "KZ" }, { limit: 20 });
 * await store.close();
 */
export async function openStore(location: string, options: OpenStoreOptions = {}): Promise<DiplomacyStore> {
  const kind: StoreKind = isPostgresUrl(location) ? "postgres" : "sqlite";
  let db: Kysely<Database>;
  try {
    db = new Kysely<Database>({
      dialect: kind === "postgres" ? openPostgres(location, options) : openSqlite(location, options),
    });
  } catch (cause) {
    throw new DiplomacyError("OPTIONS_INVALID", {
      message: `The store could not be opened at ${redactLocation(location)}: ${(cause as Error).message}`,
      cause,
    });
  }
  try {
    if (!options.readonly) await migrateWithRetry(db as Kysely<unknown>);
  } catch (cause) {
    await db.destroy().catch(() => undefined);
    if (cause instanceof DiplomacyError) throw cause;
    throw new DiplomacyError("INTERNAL", {
      message: `The store at ${redactLocation(location)} could not be prepared: ${(cause as Error).message}`,
      cause,
    });
  }
  return createRepository(db, kind);
}

// Two processes opening a fresh SQLite file at once can race on the first migration (SQLite has no migration
// lock); the loser sees "table already exists" and succeeds on a second look once the winner has committed.
async function migrateWithRetry(db: Kysely<unknown>, attempts = 3): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await migrateToLatest(db);
      return;
    } catch (error) {
      if (attempt >= attempts) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100 * attempt));
    }
  }
}

/** A location safe to print: the password of a connection string replaced by "***". */
export function redactLocation(location: string): string {
  return location.replace(/^(postgres(?:ql)?:\/\/[^:/@]*:)[^@]*@/i, "$1***@");
}
