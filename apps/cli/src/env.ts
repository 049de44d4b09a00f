import { z } from "zod";

/** The environment variables the CLI reads. This file is the only place that touches `process.env`. */
export const EnvSchema = z.object({
  /** Database location when --db is not given: a SQLite file path or a postgres:// URL. */
  DIPLOMACY_DB: z.string().trim().min(1).optional().catch(undefined),
  /** Any non-empty value turns colour off (https://no-color.org). */
  NO_COLOR: z.string().optional(),
  FORCE_COLOR: z.string().optional(),
  /** Comma-separated keys that `serve` accepts on write routes (none: writes are refused). */
  DIPLOMACY_API_KEYS: z.string().optional(),
  /** Port for `serve` when --port is not given. */
  PORT: z.coerce.number().int().min(0).max(65_535).optional().catch(undefined),
});
export type Env = z.infer<typeof EnvSchema>;

/**
 * Reads and validates the environment.
 *
 * @example
 * readEnv({ DIPLOMACY_DB: "corpus.db" }).DIPLOMACY_DB; // "corpus.db"
 */
export function readEnv(source: Record<string, string | undefined> = process.env): Env {
  return EnvSchema.parse({
    DIPLOMACY_DB: source.DIPLOMACY_DB,
    NO_COLOR: source.NO_COLOR,
    FORCE_COLOR: source.FORCE_COLOR,
    DIPLOMACY_API_KEYS: source.DIPLOMACY_API_KEYS,
    PORT: source.PORT,
  });
}

/** The database used when neither --db nor DIPLOMACY_DB says otherwise. */
export const DEFAULT_DB = "./diplomacy.db";

/**
 * Picks the database: the flag, then the environment, then `./diplomacy.db`.
 *
 * @example
 * resolveDb(undefined, { DIPLOMACY_DB: "postgres://localhost/d" }); // "postgres://localhost/d"
 */
export function resolveDb(flag: string | undefined, env: Env): string {
  return flag ?? env.DIPLOMACY_DB ?? DEFAULT_DB;
}

/**
 * True when colour may be written to a stream: it is a terminal and NO_COLOR is unset or empty.
 *
 * @example
 * useColor(false, {}); // false
 */
export function useColor(isTTY: boolean, env: Env): boolean {
  if (env.NO_COLOR) return false;
  if (env.FORCE_COLOR && env.FORCE_COLOR !== "0") return true;
  return isTTY;
}

/**
 * The API keys `serve` accepts, from DIPLOMACY_API_KEYS (comma-separated, blanks dropped).
 *
 * @example
 * readApiKeys({ DIPLOMACY_API_KEYS: "a, b" }); // ["a", "b"]
 */
export function readApiKeys(env: Env): string[] {
  return (env.DIPLOMACY_API_KEYS ?? "")
    .split(",")
    .map((key) => key.trim())
    .filter(Boolean);
}
