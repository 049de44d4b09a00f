import { z } from "zod";
import { ActorSchema } from "./actor.js";
import { CountrySchema } from "./country.js";
import { EventSchema } from "./event.js";
import { InitiativeSchema, RelationshipSchema, TopicSchema } from "./initiative.js";
import { QuoteSchema, StatementSchema } from "./quote.js";
import { SpanSchema } from "./span.js";

export const RemovalReasonSchema = z.enum([
  "navigation",
  "share",
  "related",
  "counter",
  "advertisement",
  "cookie",
  "comment",
  "copyright",
  "read-more",
  "back-to-top",
  "subscribe",
  "repeated-headline",
  "repeated-lead",
  "metadata",
  "empty",
  "other",
]);
export type RemovalReason = z.infer<typeof RemovalReasonSchema>;

export const RemovedLineSchema = z.object({
  text: z.string(),
  reason: RemovalReasonSchema,
  span: SpanSchema,
});
export type RemovedLine = z.infer<typeof RemovedLineSchema>;

export const DatelineSchema = z.object({
  place: z.string().nullable(),
  date: z.string().nullable(),
  agency: z.string().nullable().optional(),
  span: SpanSchema,
});
export type Dateline = z.infer<typeof DatelineSchema>;

export const ParagraphSchema = SpanSchema;

/**
 * Whether the page reports a diplomatic act at all, and why: the sum of the signs of diplomatic actors (offices of
 * state, the diplomatic service, titled heads, international organisations, named states). A page that is not
 * diplomatic has no events.
 */
export const RelevanceSchema = z.object({
  diplomatic: z.boolean(),
  score: z.number(),
  /** One entry a signal family found, as `family:count x weight`, e.g. "office:3x2". */
  reasons: z.array(z.string()),
});
export type Relevance = z.infer<typeof RelevanceSchema>;

export const ArticleSchema = z.object({
  id: z.string(),
  url: z.string().nullable(),
  source: z.string().nullable(),
  headline: z.string().nullable(),
  /** ISO date or date-time, or null. */
  publishedAt: z.string().nullable(),
  language: z.string(),
  dateline: DatelineSchema.nullable(),
  byline: z.string().nullable(),
  body: z.array(z.string()),
  removed: z.array(RemovedLineSchema),
  countries: z.array(CountrySchema),
  actors: z.array(ActorSchema),
  events: z.array(EventSchema),
  quotes: z.array(QuoteSchema),
  statements: z.array(StatementSchema),
  initiatives: z.array(InitiativeSchema),
  relationship: RelationshipSchema.nullable(),
  topics: z.array(TopicSchema),
  /** Always set by the parser; optional so records stored before it existed still read. */
  relevance: RelevanceSchema.optional(),
  /** The exact text every span indexes. */
  text: z.string(),
  /** Spans of `headline` and of each `body` paragraph in `text`. */
  spans: z
    .object({
      headline: SpanSchema.nullable(),
      byline: SpanSchema.nullable(),
      body: z.array(SpanSchema),
    })
    .optional(),
});
export type Article = z.infer<typeof ArticleSchema>;

export const ArticleInputSchema = z.object({
  text: z.string(),
  /** The headline when the caller knows it (e.g. from an HTML page's metadata); beats guesses from the text. */
  headline: z.string().optional(),
  /**
   * True when `text` is already the article's paragraphs as extracted from a page or feed (not a raw scrape):
   * paragraphs that repeat are then kept, since the page itself repeats them.
   */
  extracted: z.boolean().optional(),
  url: z.string().optional(),
  publishedAt: z.string().optional(),
  source: z.string().optional(),
});
export type ArticleInput = z.infer<typeof ArticleInputSchema>;

export const ParseOptionsSchema = z.object({
  /** Anchor for relative dates when the article has no date of its own (ISO date). */
  referenceDate: z.string().optional(),
  /** Inputs longer than this many characters are rejected with TEXT_TOO_LONG. */
  maxLength: z.number().int().positive().optional(),
});
export type ParseOptions = z.infer<typeof ParseOptionsSchema>;
