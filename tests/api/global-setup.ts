import type { TestProject } from "vitest/node";
import { startPostgresCluster } from "./helpers/postgres.js";

declare module "vitest" {
  export interface ProvidedContext {
    /** The PostgreSQL server to test against; "" when none could be found or started outside CI. */
    pgUrl: string;
  }
}

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
    console.warn(`PostgreSQL not available, its API tests are skipped: ${(error as Error).message}`);
    project.provide("pgUrl", "");
  }
}
