import { isDiplomacyError } from "@org/diplomacy-core";
import { type DiplomacyStore, type Page, openStore, redactLocation } from "@org/diplomacy-store";
import type { RunContext } from "./context.js";
import { resolveDb } from "./env.js";
import { writeChunk } from "./output/write.js";

/** The store could not be opened or answered with an error: the CLI prints it and exits 1. */
export class StoreOpenError extends Error {
  override readonly name = "StoreOpenError";
}

/**
 * Opens the store the flags and environment name (`--db`, then DIPLOMACY_DB, then ./diplomacy.db).
 *
 * @example
 * const store = await openCliStore(flags.db, ctx, { readonly: true });
 */
export async function openCliStore(
  dbFlag: string | undefined,
  ctx: RunContext,
  options: { readonly?: boolean } = {},
): Promise<{ store: DiplomacyStore; location: string }> {
  const location = resolveDb(dbFlag, ctx.io.env);
  try {
    return { store: await openStore(location, options), location };
  } catch (error) {
    const code = isDiplomacyError(error) ? `${error.code}: ` : "";
    throw new StoreOpenError(
      `cannot open the database ${redactLocation(location)}: ${code}${(error as Error).message}`,
    );
  }
}

/**
 * Reads every item of a paged list, page by page, up to `limit` items (all when undefined).
 *
 * @example
 * for await (const event of readPages((page) => store.listEvents({ country: "KZ" }, page), 1000)) {}
 */
export async function* readPages<T>(
  list: (page: { cursor?: string; limit: number }) => Promise<Page<T>>,
  limit?: number,
): AsyncGenerator<T> {
  let cursor: string | undefined;
  let left = limit ?? Number.POSITIVE_INFINITY;
  while (left > 0) {
    const page = await list({ ...(cursor ? { cursor } : {}), limit: Math.min(500, left) });
    for (const item of page.items) {
      yield item;
      left--;
      if (left <= 0) return;
    }
    if (!page.nextCursor || page.items.length === 0) return;
    cursor = page.nextCursor;
  }
}

/** Prints a store failure as `diplomacy <command>: message` and returns exit code 1. */
export async function reportStoreError(command: string, error: unknown, ctx: RunContext): Promise<number> {
  const text = isDiplomacyError(error) ? `${error.code}: ${error.message}` : (error as Error).message;
  await writeChunk(ctx.io.stderr, `diplomacy ${command}: ${text}\n`);
  return 1;
}
