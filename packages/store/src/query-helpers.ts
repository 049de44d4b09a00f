import { DiplomacyError } from "@org/diplomacy-core";
import { type Expression, type Kysely, type SqlBool, sql } from "kysely";
import { encodeCursor } from "./cursor.js";
import type { Database } from "./database.js";
import { type Page, type PageRequest, PageRequestSchema } from "./schemas.js";

// Small pieces every query shares: input checks, LIKE patterns, keyset pagination.

export type Db = Kysely<Database>;

/** Validates caller input with `schema`, throwing OPTIONS_INVALID with the zod issues. */
export function parseOrThrow<T>(
  schema: { safeParse(v: unknown): { success: true; data: T } | { success: false; error: { issues: unknown[] } } },
  value: unknown,
  what: string,
): T {
  const result = schema.safeParse(value ?? {});
  if (result.success) return result.data;
  throw new DiplomacyError("OPTIONS_INVALID", {
    message: `The ${what} is invalid: see the issues for the field at fault.`,
    issues: result.error.issues as never,
  });
}

/** `{ cursor?, limit }` with the default limit applied. */
export function readPage(page: PageRequest | undefined): { cursor?: string; limit: number } {
  return parseOrThrow(PageRequestSchema, page, "page request");
}

/** `%words%` for LIKE, lowercased, with LIKE's own wildcards escaped by "\". */
export function toLikePattern(text: string): string {
  return `%${text.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** Case-insensitive substring match that means the same on SQLite and PostgreSQL. */
export function likeLower(column: Expression<unknown>, text: string): Expression<SqlBool> {
  return sql<SqlBool>`lower(${column}) like ${toLikePattern(text)} escape '\\'`;
}

/** A count as a number (PostgreSQL returns bigint counts as strings). */
export function toCount(value: unknown): number {
  return Number(value ?? 0);
}

/** The first `limit` rows and the cursor after them, given `limit + 1` fetched rows. */
export function paginate<T>(rows: T[], limit: number, keysOf: (row: T) => (string | number)[]): Page<T> {
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  return { items, nextCursor: rows.length > limit && last !== undefined ? encodeCursor(keysOf(last)) : null };
}

/** Rows strictly after `cursor` in `(sortColumn direction, idColumn asc)` order. */
export function keysetAfter(
  sortColumn: string,
  idColumn: string,
  direction: "asc" | "desc",
  cursor: (string | number)[],
) {
  const [sortKey, id] = cursor;
  const op = direction === "desc" ? "<" : ">";
  return sql<SqlBool>`(${sql.ref(sortColumn)} ${sql.raw(op)} ${sortKey} or (${sql.ref(sortColumn)} = ${sortKey} and ${sql.ref(idColumn)} > ${id}))`;
}
