import { z } from "zod";
import { CountryCodeSchema } from "./country.js";
import { SpanSchema } from "./span.js";

export const InitiativeSchema = z.object({
  /** Canonical name, e.g. "Belt and Road Initiative" for "BRI". */
  name: z.string(),
  mentions: z.array(SpanSchema),
  /** Other ways the article writes it: an acronym ("NPT"), the name without a leading year. Optional. */
  aliases: z.array(z.string()).optional(),
});
export type Initiative = z.infer<typeof InitiativeSchema>;

export const RelationshipSchema = z.object({
  /** Lowercase, e.g. "comprehensive strategic partnership". */
  level: z.string(),
  countries: z.array(CountryCodeSchema),
  span: SpanSchema.optional(),
});
export type Relationship = z.infer<typeof RelationshipSchema>;

export const TopicSchema = z.enum([
  "trade",
  "investment",
  "energy",
  "connectivity",
  "infrastructure",
  "security",
  "counterterrorism",
  "defense",
  "tourism",
  "education",
  "culture",
  "sports",
  "health",
  "climate",
  "technology",
  "agriculture",
  "finance",
  "legislation",
  "people-to-people",
  "migration",
  "human rights",
  "territorial dispute",
  "nuclear",
  "sanctions",
  "humanitarian",
  "peace process",
  "multilateralism",
]);
export type Topic = z.infer<typeof TopicSchema>;
