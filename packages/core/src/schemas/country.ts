import { z } from "zod";
import { SpanSchema } from "./span.js";

/** ISO 3166-1 alpha-2, or the code of an international organisation ("EU", "UN", "AFU", ...). */
export const CountryCodeSchema = z
  .string()
  .regex(/^[A-Z][A-Z0-9]{1,9}$/, "an ISO 3166-1 alpha-2 code or an organisation code");
export type CountryCode = z.infer<typeof CountryCodeSchema>;

export const CountryRoleSchema = z.enum(["party", "mentioned"]);
export type CountryRole = z.infer<typeof CountryRoleSchema>;

export const CountrySchema = z.object({
  code: CountryCodeSchema,
  name: z.string(),
  role: CountryRoleSchema,
  mentions: z.array(SpanSchema),
});
export type Country = z.infer<typeof CountrySchema>;
