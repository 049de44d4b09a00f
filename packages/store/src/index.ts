/** Storage for diplomacy records (grows into SQLite + PostgreSQL repositories). */
export const STORE_SCHEMA_VERSION = 0;
