import { z } from "zod";
import { CountryCodeSchema } from "./country.js";
import { SpanSchema } from "./span.js";

export const EventTypeSchema = z.enum([
  "meeting",
  "phone_call",
  "visit",
  "summit",
  "agreement",
  "statement",
  "protest",
  "sanction",
  "other",
]);
export type EventType = z.infer<typeof EventTypeSchema>;

export const DatePrecisionSchema = z.enum(["day", "month", "year"]);
export type DatePrecision = z.infer<typeof DatePrecisionSchema>;

/**
 * How a date's value was reached: `stated` — the text writes the date itself ("on 12 May 2021", "May 12");
 * `relative` — a relative expression ("on Monday", "yesterday", "last month") resolved against the anchor;
 * `dateline` — the dateline's date; `published` — the publication date, as a fallback.
 */
export const DateBasisSchema = z.enum(["stated", "relative", "dateline", "published"]);
export type DateBasis = z.infer<typeof DateBasisSchema>;

/** A date as the text gives it; `value` is null when nothing anchors it. */
export const EventDateSchema = z.object({
  value: z
    .string()
    .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, "an ISO date")
    .nullable(),
  precision: DatePrecisionSchema,
  // optional so records written before the field existed still validate on ingest; the parser always sets it
  basis: DateBasisSchema.optional(),
  text: z.string(),
  span: SpanSchema.optional(),
});
export type EventDate = z.infer<typeof EventDateSchema>;

export const LocationSchema = z.object({
  name: z.string(),
  country: CountryCodeSchema.nullable(),
  span: SpanSchema.optional(),
});
export type Location = z.infer<typeof LocationSchema>;

export const PloverTypeSchema = z.enum([
  "AGREE",
  "CONSULT",
  "SUPPORT",
  "CONCEDE",
  "COOPERATE",
  "AID",
  "RETREAT",
  "REQUEST",
  "ACCUSE",
  "REJECT",
  "THREATEN",
  "PROTEST",
  "SANCTION",
  "MOBILIZE",
  "COERCE",
  "ASSAULT",
  "OTHER",
]);
export type PloverType = z.infer<typeof PloverTypeSchema>;

export const EventSchema = z.object({
  id: z.string(),
  type: EventTypeSchema,
  date: EventDateSchema.nullable(),
  location: LocationSchema.nullable(),
  participants: z.array(z.string()),
  countries: z.array(CountryCodeSchema),
  host: z.string().nullable().optional(),
  guest: z.string().nullable().optional(),
  trigger: z.string().optional(),
  cameo: z.string().regex(/^\d{2,4}$/, "a CAMEO code of 2-4 digits"),
  plover: PloverTypeSchema,
  goldstein: z.number().min(-10).max(10),
  evidence: SpanSchema,
});
export type Event = z.infer<typeof EventSchema>;
