export { NO_DATE } from "./database.js";
export { decodeCursor, encodeCursor } from "./cursor.js";
export { MIGRATIONS, STORE_SCHEMA_VERSION, migrateToLatest } from "./migrations.js";
export { isPostgresUrl, openStore, redactLocation } from "./open-store.js";
export { articleSortDay, toActorId, toArticleRows, toSortDay } from "./rows.js";
export * from "./schemas.js";
export type { DiplomacyStore, OpenStoreOptions, StoreKind } from "./types.js";
