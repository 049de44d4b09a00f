import { type DiplomacyStore, EVENT_EXPORT_COLUMNS, type EventExportRow } from "@org/diplomacy-store";
import { z } from "zod";
import { defineCommand } from "../command.js";
import { SUMMARIES } from "../summaries.js";
import { EXIT } from "../errors.js";
import { CountryFlagSchema, DB_FLAG, EventTypeSchema, IsoDayFlagSchema } from "../flags.js";
import type { Column } from "../output/columns.js";
import { createStyle } from "../output/table.js";
import { createWriter } from "../output/writer.js";
import { openCliStore, readPages, reportStoreError } from "../store.js";

/** A row of the events table: the store's row with each of the two first participants' titles beside them. */
export type EventTableRow = EventExportRow & { actor1Title: string | null; actor2Title: string | null };

/** The store's columns, with `actor1Title` / `actor2Title` after each actor's country. */
export const EVENT_TABLE_KEYS: (keyof EventTableRow)[] = EVENT_EXPORT_COLUMNS.flatMap((key) =>
  key === "actor1Country"
    ? [key, "actor1Title" as const]
    : key === "actor2Country"
      ? [key, "actor2Title" as const]
      : [key],
);

/** The events table's columns, headed by snake_case names like GDELT's own exports. */
export const EVENT_TABLE_COLUMNS: Column<EventTableRow>[] = EVENT_TABLE_KEYS.map((key) => ({
  header: key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`),
  get: (row) => row[key],
}));

/**
 * Looks up actors' titles, each actor once (the last `max` kept), so a long export costs one lookup per actor.
 *
 * @example
 * const titleOf = createTitleLookup(store);
 * await titleOf("wang-yi"); // "Foreign Minister"
 */
export function createTitleLookup(store: DiplomacyStore, max = 10_000): (id: string | null) => Promise<string | null> {
  const cache = new Map<string, string | null>();
  return async (id) => {
    if (!id) return null;
    const known = cache.get(id);
    if (known !== undefined) return known;
    const title = (await store.getActor(id, { detailLimit: 1 }).catch(() => null))?.title ?? null;
    if (cache.size >= max) cache.delete(cache.keys().next().value!);
    cache.set(id, title);
    return title;
  };
}

/** Puts the titles beside the store's row, in column order. */
async function addTitles(row: EventExportRow, titleOf: (id: string | null) => Promise<string | null>) {
  const titles = { actor1Title: await titleOf(row.actor1Id), actor2Title: await titleOf(row.actor2Id) };
  const full: EventTableRow = { ...row, ...titles };
  return Object.fromEntries(EVENT_TABLE_KEYS.map((key) => [key, full[key]])) as EventTableRow;
}

const ExportEventsSchema = z
  .object({
    db: z.string().min(1).optional(),
    format: z.enum(["csv", "ndjson"]).default("csv"),
    country: CountryFlagSchema.optional(),
    actor: z.string().trim().min(1).max(200).optional(),
    type: EventTypeSchema.optional(),
    from: IsoDayFlagSchema.optional(),
    to: IsoDayFlagSchema.optional(),
  })
  .refine((f) => !f.from || !f.to || f.from <= f.to, { message: "--from must not be after --to", path: ["to"] });

export const exportEventsCommand = defineCommand({
  spec: {
    name: "export events",
    summary: SUMMARIES["export events"],
    usage: "diplomacy export events [options] > events.csv",
    description:
      "One row per event, oldest first, in the spirit of GDELT's events table: date and precision, type, CAMEO code,\n" +
      "PLOVER type, Goldstein score, the first two participants with their countries and titles, every country, the\n" +
      "location, the source, URL, headline and article id, and the evidence sentence. Read in batches: memory stays flat.",
    positionals: false,
    flags: {
      format: {
        type: "string",
        short: "f",
        placeholder: "FORMAT",
        allowed: ["csv", "ndjson"],
        description: "Output format (default csv).",
      },
      country: { type: "string", short: "c", placeholder: "CODE", description: "Only events involving this country." },
      actor: { type: "string", short: "a", placeholder: "NAME|ID", description: "Only events with this actor." },
      type: { type: "string", placeholder: "TYPE", allowed: EventTypeSchema.options, description: "Only this type." },
      from: { type: "string", placeholder: "DATE", description: "First day (YYYY-MM-DD), inclusive." },
      to: { type: "string", placeholder: "DATE", description: "Last day (YYYY-MM-DD), inclusive." },
      db: DB_FLAG,
    },
    schema: ExportEventsSchema,
    examples: [
      "diplomacy export events > events.csv",
      "diplomacy export events --format ndjson --country CN --from 2024-01-01 | jq .cameo",
    ],
  },
  async run(flags, _positionals, ctx) {
    let opened: Awaited<ReturnType<typeof openCliStore>>;
    try {
      opened = await openCliStore(flags.db, ctx, { readonly: true });
    } catch (error) {
      return reportStoreError("export events", error, ctx);
    }
    try {
      const writer = createWriter(ctx.io.stdout, {
        format: flags.format,
        columns: EVENT_TABLE_COLUMNS,
        style: createStyle(false),
      });
      const { db: _db, format: _format, ...filter } = flags;
      const defined = Object.fromEntries(Object.entries(filter).filter(([, v]) => v !== undefined));
      const titleOf = createTitleLookup(opened.store);
      for await (const row of opened.store.exportEvents(defined)) {
        if (ctx.stop.stopped) break;
        await writer.write(await addTitles(row, titleOf));
      }
      await writer.end();
      return ctx.stop.stopped ? EXIT.interrupted : EXIT.ok;
    } catch (error) {
      return reportStoreError("export events", error, ctx);
    } finally {
      await opened.store.close();
    }
  },
});

const ExportArticlesSchema = z.object({
  db: z.string().min(1).optional(),
  format: z.enum(["ndjson"]).default("ndjson"),
  country: CountryFlagSchema.optional(),
  from: IsoDayFlagSchema.optional(),
  to: IsoDayFlagSchema.optional(),
});

export const exportArticlesCommand = defineCommand({
  spec: {
    name: "export articles",
    summary: SUMMARIES["export articles"],
    usage: "diplomacy export articles [options] > articles.ndjson",
    positionals: false,
    flags: {
      format: {
        type: "string",
        short: "f",
        placeholder: "FORMAT",
        allowed: ["ndjson"],
        description: "Output format (default ndjson).",
      },
      country: { type: "string", short: "c", placeholder: "CODE", description: "Only articles naming this country." },
      from: { type: "string", placeholder: "DATE", description: "Published on or after (YYYY-MM-DD)." },
      to: { type: "string", placeholder: "DATE", description: "Published on or before (YYYY-MM-DD)." },
      db: DB_FLAG,
    },
    schema: ExportArticlesSchema,
    examples: [
      "diplomacy export articles > corpus.ndjson",
      "diplomacy export articles --country KZ | diplomacy ingest --db copy.db -",
    ],
  },
  async run(flags, _positionals, ctx) {
    let opened: Awaited<ReturnType<typeof openCliStore>>;
    try {
      opened = await openCliStore(flags.db, ctx, { readonly: true });
    } catch (error) {
      return reportStoreError("export articles", error, ctx);
    }
    const { store } = opened;
    try {
      const writer = createWriter(ctx.io.stdout, { format: "ndjson", columns: [], style: createStyle(false) });
      const filter = Object.fromEntries(
        Object.entries({ country: flags.country, from: flags.from, to: flags.to }).filter(([, v]) => v !== undefined),
      );
      for await (const summary of readPages((page) => store.listArticles(filter, page))) {
        if (ctx.stop.stopped) break;
        const record = await store.getArticle(summary.id);
        if (record) await writer.write(record);
      }
      await writer.end();
      return ctx.stop.stopped ? EXIT.interrupted : EXIT.ok;
    } catch (error) {
      return reportStoreError("export articles", error, ctx);
    } finally {
      await store.close();
    }
  },
});
