// A throwaway PostgreSQL for the suite: DIPLOMACY_PG_URL when set (CI), else a cluster started with
// tooling/ci/start-postgres.sh; one fresh database per server under test.
import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { fileURLToPath } from "node:url";
import pg from "pg";

const SCRIPT = fileURLToPath(new URL("../../../tooling/ci/start-postgres.sh", import.meta.url));

export function startPostgresCluster(): { url: string; stop: () => void } {
  const url = execFileSync(SCRIPT, { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] }).trim();
  return { url, stop: () => execFileSync(SCRIPT, ["stop", url], { stdio: "ignore" }) };
}

async function run(url: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

/** An empty database on the server of `adminUrl`, and a function that drops it (even with open connections). */
export async function createDatabase(adminUrl: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `api_test_${randomBytes(6).toString("hex")}`;
  await run(adminUrl, `create database ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => run(adminUrl, `drop database if exists ${name} with (force)`) };
}
