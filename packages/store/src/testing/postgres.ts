// PostgreSQL helpers for the contract tests: a throwaway database per suite on the server named by
// DIPLOMACY_PG_URL (or a cluster the global setup started with tooling/ci/start-postgres.sh).
import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { fileURLToPath } from "node:url";
import pg from "pg";

export const START_POSTGRES_SCRIPT = fileURLToPath(
  new URL("../../../../tooling/ci/start-postgres.sh", import.meta.url),
);

/** Starts a throwaway cluster with the repository's script; returns its URL and a function that stops it. */
export function startPostgresCluster(): { url: string; stop: () => void } {
  const url = execFileSync(START_POSTGRES_SCRIPT, { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] }).trim();
  return { url, stop: () => execFileSync(START_POSTGRES_SCRIPT, ["stop", url], { stdio: "ignore" }) };
}

/** Creates an empty database on the server of `adminUrl`; returns its URL and a function that drops it. */
export async function createTestDatabase(adminUrl: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `store_test_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`create database ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const client = new pg.Client({ connectionString: adminUrl });
      await client.connect();
      try {
        await client.query(`drop database if exists ${name} with (force)`);
      } finally {
        await client.end();
      }
    },
  };
}

/** Runs one SQL statement on a database directly (outside the store), e.g. to break a table on purpose. */
export async function runPostgresSql(url: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}
