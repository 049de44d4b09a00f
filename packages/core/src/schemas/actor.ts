import { z } from "zod";
import { CountryCodeSchema } from "./country.js";
import { SpanSchema } from "./span.js";

export const ActorKindSchema = z.enum(["person", "organization"]);
export type ActorKind = z.infer<typeof ActorKindSchema>;

export const ActorRoleSchema = z.enum(["actor", "mentioned"]);
export type ActorRole = z.infer<typeof ActorRoleSchema>;

export const ActorSchema = z.object({
  id: z.string(),
  kind: ActorKindSchema,
  /** Full name as first written. */
  name: z.string(),
  aliases: z.array(z.string()),
  /** The office, e.g. "Foreign Minister" or "Speaker of the Mazhilis". */
  title: z.string().nullable(),
  organization: z.string().nullable(),
  country: CountryCodeSchema.nullable(),
  role: ActorRoleSchema,
  mentions: z.array(SpanSchema),
});
export type Actor = z.infer<typeof ActorSchema>;
