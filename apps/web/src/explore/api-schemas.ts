// The API's response shapes. They mirror @org/diplomacy-store's schemas (which cannot be bundled for the browser:
// that package opens databases), built from the same core schemas, and keep only what the UI reads. This module
// loads the core, so the page imports it lazily (see `loadResource`) to keep the main bundle small.
import { ArticleSchema, CountryCodeSchema, EventSchema, EventTypeSchema } from "@org/diplomacy-core";
import { z } from "zod";

/** One page of a list: its items and the cursor of the next page, null at the end. */
export function definePageSchema<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), nextCursor: z.string().nullable() });
}

export const ApiErrorBodySchema = z.object({
  error: z.object({ code: z.string(), message: z.string(), issues: z.array(z.unknown()).optional() }),
});
export type ApiErrorBody = z.infer<typeof ApiErrorBodySchema>;

export const ArticleSummarySchema = z.object({
  id: z.string(),
  url: z.string().nullable(),
  source: z.string().nullable(),
  headline: z.string().nullable(),
  publishedAt: z.string().nullable(),
  language: z.string().optional(),
  countries: z.array(CountryCodeSchema).default([]),
  eventCount: z.number().int().default(0),
});
export type ArticleSummary = z.infer<typeof ArticleSummarySchema>;

export const ActorRefSchema = z.object({ id: z.string(), name: z.string() });
export type ActorRef = z.infer<typeof ActorRefSchema>;

export const StoredEventSchema = EventSchema.omit({ id: true, participants: true }).extend({
  id: z.string(),
  articleId: z.string(),
  localId: z.string().optional(),
  participants: z.array(ActorRefSchema),
  evidenceText: z.string().default(""),
  effectiveDate: z.string().nullable().default(null),
  article: z
    .object({
      headline: z.string().nullable(),
      url: z.string().nullable(),
      source: z.string().nullable().optional(),
      publishedAt: z.string().nullable(),
    })
    .optional(),
});
export type StoredEvent = z.infer<typeof StoredEventSchema>;

export const ActorSummarySchema = z.object({
  id: z.string(),
  kind: z.string(),
  name: z.string(),
  aliases: z.array(z.string()).default([]),
  title: z.string().nullable(),
  organization: z.string().nullable(),
  country: z.string().nullable(),
  articleCount: z.number().int().default(0),
  eventCount: z.number().int().default(0),
  quoteCount: z.number().int().default(0),
});
export type ActorSummary = z.infer<typeof ActorSummarySchema>;

export const StoredQuoteSchema = z.object({
  id: z.string(),
  articleId: z.string(),
  text: z.string(),
  verb: z.string().nullable(),
  speaker: ActorRefSchema.nullable(),
  article: z.object({
    headline: z.string().nullable(),
    url: z.string().nullable(),
    publishedAt: z.string().nullable(),
  }),
});
export type StoredQuote = z.infer<typeof StoredQuoteSchema>;

export const ActorDetailSchema = ActorSummarySchema.extend({
  events: z.array(StoredEventSchema),
  quotes: z.array(StoredQuoteSchema),
});
export type ActorDetail = z.infer<typeof ActorDetailSchema>;

export const CountrySummarySchema = z.object({
  code: CountryCodeSchema,
  name: z.string(),
  articleCount: z.number().int().default(0),
  eventCount: z.number().int().default(0),
});
export type CountrySummary = z.infer<typeof CountrySummarySchema>;

export const CountryRelationSchema = z.object({
  counterpart: CountryCodeSchema,
  name: z.string(),
  eventCount: z.number().int(),
  byType: z.array(z.object({ type: EventTypeSchema, count: z.number().int() })),
  byMonth: z.array(z.object({ month: z.string(), type: EventTypeSchema, count: z.number().int() })),
  meanGoldstein: z.number().nullable(),
  lastMeeting: z
    .object({
      eventId: z.string(),
      articleId: z.string(),
      type: EventTypeSchema,
      date: z.string().nullable(),
      location: z.string().nullable(),
      headline: z.string().nullable(),
    })
    .nullable(),
  relationshipLevel: z.string().nullable(),
  firstDate: z.string().nullable(),
  lastDate: z.string().nullable(),
});
export type CountryRelation = z.infer<typeof CountryRelationSchema>;

export const CountryRelationsPageSchema = definePageSchema(CountryRelationSchema).extend({
  country: z.object({ code: CountryCodeSchema, name: z.string() }),
});
export type CountryRelationsPage = z.infer<typeof CountryRelationsPageSchema>;

/** Every response the UI reads, by name. */
export const API_SCHEMAS = {
  article: ArticleSchema,
  articlesPage: definePageSchema(ArticleSummarySchema),
  eventsPage: definePageSchema(StoredEventSchema),
  actorsPage: definePageSchema(ActorSummarySchema),
  actorDetail: ActorDetailSchema,
  countriesPage: definePageSchema(CountrySummarySchema),
  relationsPage: CountryRelationsPageSchema,
};
