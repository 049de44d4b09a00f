import type { TestProject } from "vitest/node";
import { startPostgresCluster } from "./postgres.js";

declare module "vitest" {
  export interface ProvidedContext {
    /** The PostgreSQL server the contract suite runs against; "" when none could be found or started. */
    pgUrl: string;
  }
}

// Uses DIPLOMACY_PG_URL when set (CI); otherwise starts a throwaway cluster for this run and stops it after.
// Outside CI a machine without PostgreSQL skips the PostgreSQL half of the suite; in CI that is an error.
export default function setup(project: TestProject) {
  const given = process.env.DIPLOMACY_PG_URL;
  if (given) {
    project.provide("pgUrl", given);
    return;
  }
  try {
    const cluster = startPostgresCluster();
    project.provide("pgUrl", cluster.url);
    return () => cluster.stop();
  } catch (error) {
    if (process.env.CI) throw error;
    console.warn(`PostgreSQL not available, its contract tests are skipped: ${(error as Error).message}`);
    project.provide("pgUrl", "");
  }
}
