import { z } from "zod";

/** Splits "a, b,,c" into ["a", "b", "c"]. */
export function splitKeys(value: string | undefined): string[] {
  return (value ?? "")
    .split(",")
    .map((key) => key.trim())
    .filter((key) => key.length > 0);
}

export const ApiEnvSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(8787),
  HOST: z.string().min(1).default("127.0.0.1"),
  /** A SQLite file path or a postgres:// URL. */
  DIPLOMACY_DB: z.string().min(1).optional(),
  DATABASE_URL: z.string().min(1).optional(),
  DIPLOMACY_API_KEYS: z.string().optional(),
  DIPLOMACY_BODY_LIMIT: z.coerce.number().int().positive().optional(),
});

export interface ApiEnv {
  port: number;
  host: string;
  db: string;
  apiKeys: string[];
  bodyLimit: number | undefined;
}

/** The default SQLite file, relative to the working directory. */
export const DEFAULT_DB_PATH = ".diplomacy/diplomacy.db";

/**
 * Reads the server's settings from environment variables (the only place the API reads `process.env`).
 *
 * @example
 * readApiEnv({ PORT: "0", DIPLOMACY_API_KEYS: "k1,k2" }) // { port: 0, apiKeys: ["k1", "k2"], ... }
 */
export function readApiEnv(env: Record<string, string | undefined> = process.env): ApiEnv {
  const parsed = ApiEnvSchema.parse(env);
  return {
    port: parsed.PORT,
    host: parsed.HOST,
    db: parsed.DIPLOMACY_DB ?? parsed.DATABASE_URL ?? DEFAULT_DB_PATH,
    apiKeys: splitKeys(parsed.DIPLOMACY_API_KEYS),
    bodyLimit: parsed.DIPLOMACY_BODY_LIMIT,
  };
}
