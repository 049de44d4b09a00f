import { ActorKindSchema } from "@org/diplomacy-core";
import { z } from "zod";
import type { FlagSpec } from "../args.js";
import { type Command, defineCommand } from "../command.js";
import { SUMMARIES } from "../summaries.js";
import type { RunContext } from "../context.js";
import { useColor } from "../env.js";
import { EXIT } from "../errors.js";
import { CountryFlagSchema, DB_FLAG, EventTypeSchema, IsoDayFlagSchema } from "../flags.js";
import {
  ACTOR_COLUMNS,
  ARTICLE_SUMMARY_COLUMNS,
  COUNTRY_COLUMNS,
  type Column,
  STORED_EVENT_COLUMNS,
} from "../output/columns.js";
import { createStyle } from "../output/table.js";
import { OutputFormatSchema, createWriter } from "../output/writer.js";
import { openCliStore, readPages, reportStoreError } from "../store.js";

const FORMAT_FLAG: FlagSpec = {
  type: "string",
  short: "f",
  placeholder: "FORMAT",
  allowed: OutputFormatSchema.options,
  description: "Output format (default table on a terminal, else ndjson).",
};
const LIMIT_FLAG: FlagSpec = {
  type: "string",
  short: "n",
  placeholder: "N",
  description: "At most N rows (default 50).",
};
const COUNTRY_FLAG: FlagSpec = {
  type: "string",
  short: "c",
  placeholder: "CODE",
  description: "Country code, e.g. KZ, CN, EU.",
};
const FROM_FLAG: FlagSpec = { type: "string", placeholder: "DATE", description: "First day (YYYY-MM-DD), inclusive." };
const TO_FLAG: FlagSpec = { type: "string", placeholder: "DATE", description: "Last day (YYYY-MM-DD), inclusive." };
const TEXT_FLAG: FlagSpec = {
  type: "string",
  short: "t",
  placeholder: "WORDS",
  description: "Words to look for (case-insensitive).",
};

const BaseShape = {
  db: z.string().min(1).optional(),
  format: OutputFormatSchema.optional(),
  limit: z.coerce.number().int().min(1).max(1_000_000).default(50),
};

const TextShape = { text: z.string().trim().min(1).max(200).optional() };

const dateOrder = <T extends { from?: string | undefined; to?: string | undefined }>(flags: T) =>
  !flags.from || !flags.to || flags.from <= flags.to;
const DATE_ORDER_ISSUE = { message: "--from must not be after --to", path: ["to"] };

/** Removes undefined values, so filters only carry what the user asked for. */
function definedOnly<T extends Record<string, unknown>>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

async function writeRows<T>(
  rows: AsyncIterable<T>,
  columns: Column<T>[],
  format: z.infer<typeof OutputFormatSchema> | undefined,
  ctx: RunContext,
): Promise<void> {
  const { io } = ctx;
  const chosen = format ?? (io.stdout.isTTY ? "table" : "ndjson");
  const writer = createWriter(io.stdout, {
    format: chosen,
    columns,
    style: createStyle(useColor(Boolean(io.stdout.isTTY), io.env)),
  });
  for await (const row of rows) {
    if (ctx.stop.stopped) break;
    await writer.write(row);
  }
  await writer.end();
}

interface QueryDefinition<S extends z.ZodObject> {
  target: string;
  summary: string;
  flags: Record<string, FlagSpec>;
  schema: S;
  examples: string[];
  rows: (store: Awaited<ReturnType<typeof openCliStore>>["store"], flags: z.infer<S>) => AsyncIterable<unknown>;
  columns: Column<never>[];
}

function defineQuery<S extends z.ZodObject>(definition: QueryDefinition<S>): Command<S> {
  return defineCommand({
    spec: {
      name: `query ${definition.target}`,
      summary: definition.summary,
      usage: `diplomacy query ${definition.target} [options]`,
      positionals: false,
      flags: { ...definition.flags, limit: LIMIT_FLAG, format: FORMAT_FLAG, db: DB_FLAG },
      schema: definition.schema,
      examples: definition.examples,
    },
    async run(flags, _positionals, ctx) {
      let opened: Awaited<ReturnType<typeof openCliStore>>;
      try {
        opened = await openCliStore((flags as { db?: string }).db, ctx, { readonly: true });
      } catch (error) {
        return reportStoreError(`query ${definition.target}`, error, ctx);
      }
      try {
        await writeRows(
          definition.rows(opened.store, flags),
          definition.columns as Column<unknown>[],
          (flags as { format?: z.infer<typeof OutputFormatSchema> }).format,
          ctx,
        );
        return EXIT.ok;
      } catch (error) {
        return reportStoreError(`query ${definition.target}`, error, ctx);
      } finally {
        await opened.store.close();
      }
    },
  });
}

const EventQuerySchema = z
  .object({
    ...BaseShape,
    ...TextShape,
    country: CountryFlagSchema.optional(),
    actor: z.string().trim().min(1).max(200).optional(),
    type: EventTypeSchema.optional(),
    from: IsoDayFlagSchema.optional(),
    to: IsoDayFlagSchema.optional(),
    article: z.string().min(1).max(128).optional(),
  })
  .refine(dateOrder, DATE_ORDER_ISSUE);

const ArticleQuerySchema = z
  .object({
    ...BaseShape,
    ...TextShape,
    country: CountryFlagSchema.optional(),
    source: z.string().min(1).max(200).optional(),
    from: IsoDayFlagSchema.optional(),
    to: IsoDayFlagSchema.optional(),
  })
  .refine(dateOrder, DATE_ORDER_ISSUE);

const ActorQuerySchema = z.object({
  ...BaseShape,
  ...TextShape,
  country: CountryFlagSchema.optional(),
  kind: ActorKindSchema.optional(),
});

const CountryQuerySchema = z.object({ ...BaseShape, ...TextShape, country: CountryFlagSchema.optional() });

export const queryCommands = {
  events: defineQuery({
    target: "events",
    summary: SUMMARIES["query events"],
    flags: {
      country: COUNTRY_FLAG,
      actor: { type: "string", short: "a", placeholder: "NAME|ID", description: "Actor id or part of a name." },
      type: {
        type: "string",
        placeholder: "TYPE",
        allowed: EventTypeSchema.options,
        description: "Event type.",
      },
      from: FROM_FLAG,
      to: TO_FLAG,
      text: TEXT_FLAG,
      article: { type: "string", placeholder: "ID", description: "Only the events of this article." },
    },
    schema: EventQuerySchema,
    examples: [
      "diplomacy query events --country KZ --type meeting",
      "diplomacy query events --actor 'Wang Yi' --from 2024-01-01 --to 2024-06-30 --format csv",
      "diplomacy query events --text 'strategic partnership' --limit 10 --format json",
    ],
    rows: (store, f) =>
      readPages(
        (page) =>
          store.listEvents(
            definedOnly({
              country: f.country,
              actor: f.actor,
              type: f.type,
              from: f.from,
              to: f.to,
              text: f.text,
              articleId: f.article,
            }),
            page,
          ),
        f.limit,
      ),
    columns: STORED_EVENT_COLUMNS as Column<never>[],
  }),
  articles: defineQuery({
    target: "articles",
    summary: SUMMARIES["query articles"],
    flags: {
      country: COUNTRY_FLAG,
      source: { type: "string", placeholder: "NAME", description: "Publisher, exact." },
      from: FROM_FLAG,
      to: TO_FLAG,
      text: TEXT_FLAG,
    },
    schema: ArticleQuerySchema,
    examples: [
      "diplomacy query articles --country VN --from 2024-03-01",
      "diplomacy query articles --text summit --format json",
    ],
    rows: (store, f) =>
      readPages(
        (page) =>
          store.listArticles(
            definedOnly({ country: f.country, source: f.source, from: f.from, to: f.to, text: f.text }),
            page,
          ),
        f.limit,
      ),
    columns: ARTICLE_SUMMARY_COLUMNS as Column<never>[],
  }),
  actors: defineQuery({
    target: "actors",
    summary: SUMMARIES["query actors"],
    flags: {
      country: COUNTRY_FLAG,
      kind: {
        type: "string",
        placeholder: "KIND",
        allowed: ActorKindSchema.options,
        description: "Person or organisation.",
      },
      text: TEXT_FLAG,
    },
    schema: ActorQuerySchema,
    examples: ["diplomacy query actors --country CN", "diplomacy query actors --text lavrov --format json"],
    rows: (store, f) =>
      readPages(
        (page) => store.listActors(definedOnly({ country: f.country, kind: f.kind, text: f.text }), page),
        f.limit,
      ),
    columns: ACTOR_COLUMNS as Column<never>[],
  }),
  countries: defineQuery({
    target: "countries",
    summary: SUMMARIES["query countries"],
    flags: { country: COUNTRY_FLAG, text: TEXT_FLAG },
    schema: CountryQuerySchema,
    examples: ["diplomacy query countries", "diplomacy query countries --text korea --format csv"],
    rows: (store, f) =>
      filterCountries(
        readPages((page) => store.listCountries(page)),
        f.country,
        f.text,
        f.limit,
      ),
    columns: COUNTRY_COLUMNS as Column<never>[],
  }),
};

async function* filterCountries<T extends { code: string; name: string }>(
  rows: AsyncIterable<T>,
  code: string | undefined,
  text: string | undefined,
  limit: number,
): AsyncGenerator<T> {
  let left = limit;
  const words = text?.toLowerCase();
  for await (const row of rows) {
    if (code && row.code !== code) continue;
    if (words && !row.name.toLowerCase().includes(words) && row.code.toLowerCase() !== words) continue;
    yield row;
    if (--left <= 0) return;
  }
}
