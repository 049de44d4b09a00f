import { z } from "zod";
import { CountryCodeSchema } from "./country.js";
import { DatePrecisionSchema, EventTypeSchema } from "./event.js";
import { SpanSchema } from "./span.js";

/** What fusion compares for one event: kept on each member so stories can be extended without the articles. */
export const FusionFeaturesSchema = z.object({
  type: EventTypeSchema,
  /** Earliest and latest ISO day the event can be on, or null when nothing bounds it. */
  from: z.string().nullable(),
  to: z.string().nullable(),
  /** True when the date comes from the text (not only from the publication date). */
  dated: z.boolean(),
  precision: DatePrecisionSchema.nullable(),
  /** Canonical actor keys of the participants (see resolveActors). */
  actors: z.array(z.string()),
  countries: z.array(CountryCodeSchema),
  location: z.string().nullable(),
  /** Content tokens of the evidence, sorted and unique. */
  tokens: z.array(z.string()),
});
export type FusionFeatures = z.infer<typeof FusionFeaturesSchema>;

export const StoryMemberSchema = z.object({
  articleId: z.string(),
  eventId: z.string(),
  /** True when this is its article's main (first) event. */
  main: z.boolean(),
  evidence: SpanSchema,
  evidenceText: z.string(),
  /** How strongly this member is tied to the rest of the story, 0..1. */
  confidence: z.number().min(0).max(1),
  features: FusionFeaturesSchema,
});
export type StoryMember = z.infer<typeof StoryMemberSchema>;

/** Why two members were merged: the score and the feature families that agreed. */
export const MergeReasonSchema = z.object({
  a: z.string(),
  b: z.string(),
  score: z.number(),
  agreed: z.array(z.string()),
});
export type MergeReason = z.infer<typeof MergeReasonSchema>;

/** One real event fused from every report of it. */
export const StorySchema = z.object({
  /** Hash of the sorted member keys: the same members give the same id, whatever the input order. */
  id: z.string(),
  type: EventTypeSchema,
  date: z.object({
    value: z.string().nullable(),
    precision: DatePrecisionSchema.nullable(),
    from: z.string().nullable(),
    to: z.string().nullable(),
  }),
  location: z.string().nullable(),
  participants: z.array(z.object({ id: z.string(), name: z.string() })),
  countries: z.array(CountryCodeSchema),
  members: z.array(StoryMemberSchema),
  reasons: z.array(MergeReasonSchema),
});
export type Story = z.infer<typeof StorySchema>;

export const FuseOptionsSchema = z.object({
  /** Score two members need to be merged (default 0.55). */
  threshold: z.number().optional(),
  /** Only each article's main event (default false: every event). */
  mainOnly: z.boolean().optional(),
  /** At most one event of an article in a story (default false). */
  onePerArticle: z.boolean().optional(),
});
export type FuseOptions = z.infer<typeof FuseOptionsSchema>;

/** A canonical actor across articles. */
export const CanonicalActorSchema = z.object({
  id: z.string(),
  key: z.string(),
  name: z.string(),
  kind: z.enum(["person", "organization"]),
  country: CountryCodeSchema.nullable(),
  mentions: z.array(z.object({ articleId: z.string(), actorId: z.string() })),
});
export type CanonicalActor = z.infer<typeof CanonicalActorSchema>;
