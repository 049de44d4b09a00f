#!/usr/bin/env node
import { redactLocation } from "@org/diplomacy-store";
import { readApiEnv } from "./env.js";
import { startServer } from "./start-server.js";

// `diplomacy-api`: serves the API from environment settings (PORT, HOST, DIPLOMACY_DB, DIPLOMACY_API_KEYS).
const env = readApiEnv();
const server = await startServer({
  db: env.db,
  port: env.port,
  host: env.host,
  apiKeys: env.apiKeys,
  ...(env.bodyLimit ? { bodyLimit: env.bodyLimit } : {}),
});
process.stdout.write(`diplomacy API on ${server.url} (store: ${redactLocation(env.db)}; docs at ${server.url}/docs)\n`);
const stop = () => {
  server.close().then(
    () => process.exit(0),
    () => process.exit(1),
  );
};
process.once("SIGINT", stop);
process.once("SIGTERM", stop);
