import { CountryCodeSchema, EventTypeSchema } from "@org/diplomacy-core";
import { z } from "zod";
import type { FlagSpec } from "./args.js";
import { InputFlagSchema } from "./inputs.js";
import { JobsSchema, TimeoutSchema } from "./pipeline.js";

/** A calendar date as YYYY-MM-DD. */
export const IsoDayFlagSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "a date as YYYY-MM-DD");
/** A date or date-time the parser accepts as a publication date. */
export const PublishedAtFlagSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}([T ][0-9:.]+(Z|[+-]\d{2}:?\d{2})?)?$/, "an ISO date or date-time");
/** A country as an alpha-2 or organisation code, any case. */
export const CountryFlagSchema = z
  .string()
  .transform((s) => s.trim().toUpperCase())
  .pipe(CountryCodeSchema);
export { EventTypeSchema };

export const QUIET_FLAG: FlagSpec = { type: "boolean", short: "q", description: "No progress line on stderr." };
export const DB_FLAG: FlagSpec = {
  type: "string",
  placeholder: "PATH|URL",
  description: "SQLite file or postgres:// URL (default: $DIPLOMACY_DB, else ./diplomacy.db).",
};

/** Flags shared by the commands that read inputs (`parse`, `ingest`). */
export const INPUT_FLAGS: Record<string, FlagSpec> = {
  input: {
    type: "string",
    short: "i",
    placeholder: "KIND",
    allowed: InputFlagSchema.options,
    description: "Force the input kind instead of recognising it.",
  },
  "published-at": { type: "string", placeholder: "DATE", description: "Publication date (ISO) for the input." },
  "reference-date": {
    type: "string",
    placeholder: "DATE",
    description: "Date (YYYY-MM-DD) that relative dates resolve against when the article has none.",
  },
  url: { type: "string", placeholder: "URL", description: "Address of the input's article." },
  source: { type: "string", placeholder: "NAME", description: "Publisher of the input's article." },
  jobs: {
    type: "string",
    short: "j",
    placeholder: "N",
    description: "Parsing worker threads (default: one per core; ingest keeps one core for the database; 0: none).",
  },
  timeout: {
    type: "string",
    placeholder: "SECONDS",
    description: "Give up on one input after this long (default 60).",
  },
  "fail-fast": { type: "boolean", description: "Stop at the first input that fails." },
  quiet: QUIET_FLAG,
};

/** The zod shape of {@link INPUT_FLAGS}. */
export const InputFlagsShape = {
  input: InputFlagSchema.default("auto"),
  publishedAt: PublishedAtFlagSchema.optional(),
  referenceDate: IsoDayFlagSchema.optional(),
  url: z.string().url().optional(),
  source: z.string().min(1).optional(),
  jobs: JobsSchema,
  timeout: TimeoutSchema,
  failFast: z.boolean().default(false),
  quiet: z.boolean().default(false),
};

/** The options the parse tasks get from the flags. */
export function pickTaskOptions(flags: {
  url?: string | undefined;
  publishedAt?: string | undefined;
  source?: string | undefined;
  referenceDate?: string | undefined;
}) {
  return Object.fromEntries(
    Object.entries({
      url: flags.url,
      publishedAt: flags.publishedAt,
      source: flags.source,
      referenceDate: flags.referenceDate,
    }).filter(([, v]) => v !== undefined),
  ) as { url?: string; publishedAt?: string; source?: string; referenceDate?: string };
}
