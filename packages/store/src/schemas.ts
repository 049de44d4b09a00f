import {
  ActorKindSchema,
  ArticleSchema,
  CountryCodeSchema,
  DatePrecisionSchema,
  EventSchema,
  EventTypeSchema,
  PloverTypeSchema,
} from "@org/diplomacy-core";
import { z } from "zod";

/** A calendar date `YYYY-MM-DD` (filters compare event dates against it, inclusive). */
export const IsoDateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "a date as YYYY-MM-DD");

/** An opaque position in a list, returned as `nextCursor` and passed back to get the next page. */
export const CursorSchema = z.string().min(1).max(512);

/** How many items per page and where to continue. */
export const PageRequestSchema = z.object({
  cursor: CursorSchema.optional(),
  limit: z.coerce.number().int().min(1).max(500).default(50),
});
export type PageRequest = z.input<typeof PageRequestSchema>;

/** Builds the schema of one page of `item`: the items and the cursor of the next page, null at the end. */
export function definePageSchema<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), nextCursor: z.string().nullable() });
}
export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

const TextFilterSchema = z.string().trim().min(1).max(200);

export const ArticleFilterSchema = z.object({
  /** Articles naming this country (alpha-2 or organisation code). */
  country: CountryCodeSchema.optional(),
  /** Publisher, exact. */
  source: z.string().min(1).max(200).optional(),
  from: IsoDateSchema.optional(),
  to: IsoDateSchema.optional(),
  /** Case-insensitive words in the headline or URL. */
  text: TextFilterSchema.optional(),
});
export type ArticleFilter = z.infer<typeof ArticleFilterSchema>;

export const EventFilterSchema = z.object({
  /** Events involving this country. */
  country: CountryCodeSchema.optional(),
  /** An actor id, or part of an actor's name (case-insensitive). */
  actor: z.string().trim().min(1).max(200).optional(),
  type: EventTypeSchema.optional(),
  /** First day, inclusive, of the event's date (the article's date when the event has none). */
  from: IsoDateSchema.optional(),
  /** Last day, inclusive. */
  to: IsoDateSchema.optional(),
  /** Case-insensitive words in the event's evidence sentence or its article's headline. */
  text: TextFilterSchema.optional(),
  /** Only the events of this article. */
  articleId: z.string().min(1).max(128).optional(),
});
export type EventFilter = z.infer<typeof EventFilterSchema>;

export const ActorFilterSchema = z.object({
  country: CountryCodeSchema.optional(),
  kind: ActorKindSchema.optional(),
  /** Case-insensitive part of the name. */
  text: TextFilterSchema.optional(),
});
export type ActorFilter = z.infer<typeof ActorFilterSchema>;

export const ArticleSummarySchema = ArticleSchema.pick({
  id: true,
  url: true,
  source: true,
  headline: true,
  publishedAt: true,
  language: true,
}).extend({
  /** Codes of the countries the article names, parties first. */
  countries: z.array(CountryCodeSchema),
  eventCount: z.number().int(),
  /** When the store received it (ISO date-time). */
  ingestedAt: z.string(),
});
export type ArticleSummary = z.infer<typeof ArticleSummarySchema>;

export const ActorRefSchema = z.object({ id: z.string(), name: z.string() });
export type ActorRef = z.infer<typeof ActorRefSchema>;

/** An event as stored: the parsed event, with store-wide ids and its article's context. */
export const StoredEventSchema = EventSchema.omit({ id: true, participants: true }).extend({
  /** Store-wide id: `<articleId>-<local id>`. */
  id: z.string(),
  /** The id inside its article's record (e.g. "e1"). */
  localId: z.string(),
  articleId: z.string(),
  participants: z.array(ActorRefSchema),
  /** The words `evidence` points at in the article's text. */
  evidenceText: z.string(),
  /** The event's date, else the article's date (YYYY-MM-DD, month and year precision on their first day), or null. */
  effectiveDate: IsoDateSchema.nullable(),
  article: ArticleSchema.pick({ headline: true, url: true, source: true, publishedAt: true }),
});
export type StoredEvent = z.infer<typeof StoredEventSchema>;

export const ActorSummarySchema = z.object({
  /** Store-wide id, derived from the name, shared by every article naming the same person or body. */
  id: z.string(),
  kind: ActorKindSchema,
  name: z.string(),
  aliases: z.array(z.string()),
  title: z.string().nullable(),
  organization: z.string().nullable(),
  country: CountryCodeSchema.nullable(),
  articleCount: z.number().int(),
  eventCount: z.number().int(),
  quoteCount: z.number().int(),
});
export type ActorSummary = z.infer<typeof ActorSummarySchema>;

export const StoredQuoteSchema = z.object({
  id: z.string(),
  articleId: z.string(),
  text: z.string(),
  verb: z.string().nullable(),
  speaker: ActorRefSchema.nullable(),
  span: z.object({ start: z.number().int(), end: z.number().int() }),
  article: ArticleSchema.pick({ headline: true, url: true, publishedAt: true }),
});
export type StoredQuote = z.infer<typeof StoredQuoteSchema>;

/** An actor with their latest events and quotes (each list at most `detailLimit`, newest first). */
export const ActorDetailSchema = ActorSummarySchema.extend({
  events: z.array(StoredEventSchema),
  quotes: z.array(StoredQuoteSchema),
});
export type ActorDetail = z.infer<typeof ActorDetailSchema>;

export const CountrySummarySchema = z.object({
  code: CountryCodeSchema,
  name: z.string(),
  articleCount: z.number().int(),
  eventCount: z.number().int(),
});
export type CountrySummary = z.infer<typeof CountrySummarySchema>;

export const TypeCountSchema = z.object({ type: EventTypeSchema, count: z.number().int() });
export const MonthTypeCountSchema = z.object({
  /** YYYY-MM */
  month: z.string().regex(/^\d{4}-\d{2}$/),
  type: EventTypeSchema,
  count: z.number().int(),
});

export const LastMeetingSchema = z.object({
  eventId: z.string(),
  articleId: z.string(),
  type: EventTypeSchema,
  date: IsoDateSchema.nullable(),
  location: z.string().nullable(),
  headline: z.string().nullable(),
});

/** What one country's events with one counterpart add up to. */
export const CountryRelationSchema = z.object({
  counterpart: CountryCodeSchema,
  name: z.string(),
  eventCount: z.number().int(),
  byType: z.array(TypeCountSchema),
  byMonth: z.array(MonthTypeCountSchema),
  /** Mean Goldstein value of their shared events (-10 hostile .. +10 cooperative), null without events. */
  meanGoldstein: z.number().nullable(),
  /** The latest meeting, visit or summit involving both. */
  lastMeeting: LastMeetingSchema.nullable(),
  /** The relationship level most recently named for the pair, e.g. "comprehensive strategic partnership". */
  relationshipLevel: z.string().nullable(),
  firstDate: IsoDateSchema.nullable(),
  lastDate: IsoDateSchema.nullable(),
});
export type CountryRelation = z.infer<typeof CountryRelationSchema>;

export const CountryRelationsPageSchema = definePageSchema(CountryRelationSchema).extend({
  country: z.object({ code: CountryCodeSchema, name: z.string() }),
});
export type CountryRelationsPage = z.infer<typeof CountryRelationsPageSchema>;

export const IngestResultSchema = z.object({
  inserted: z.number().int(),
  duplicates: z.number().int(),
  /** The id of every article passed, in input order (new or already stored). */
  ids: z.array(z.string()),
});
export type IngestResult = z.infer<typeof IngestResultSchema>;

/** One row of the flat events table (in the spirit of GDELT's), as `exportEvents()` yields it. */
export const EventExportRowSchema = z.object({
  eventId: z.string(),
  articleId: z.string(),
  date: IsoDateSchema.nullable(),
  datePrecision: DatePrecisionSchema.nullable(),
  dateText: z.string().nullable(),
  type: EventTypeSchema,
  cameo: z.string(),
  plover: PloverTypeSchema,
  goldstein: z.number(),
  actor1Id: z.string().nullable(),
  actor1Name: z.string().nullable(),
  actor1Country: z.string().nullable(),
  actor2Id: z.string().nullable(),
  actor2Name: z.string().nullable(),
  actor2Country: z.string().nullable(),
  /** Every country code of the event, joined by ";". */
  countries: z.string(),
  locationName: z.string().nullable(),
  locationCountry: z.string().nullable(),
  source: z.string().nullable(),
  url: z.string().nullable(),
  headline: z.string().nullable(),
  publishedAt: z.string().nullable(),
  evidence: z.string(),
});
export type EventExportRow = z.infer<typeof EventExportRowSchema>;

/** The column order of the events table, for CSV headers. */
export const EVENT_EXPORT_COLUMNS = Object.keys(EventExportRowSchema.shape) as (keyof EventExportRow)[];
