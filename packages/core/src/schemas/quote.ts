import { z } from "zod";
import { SpanSchema } from "./span.js";

export const QuoteSchema = z.object({
  /** The words inside the quotation marks. */
  text: z.string(),
  /** Actor id, or null when the text does not say who spoke. */
  speaker: z.string().nullable(),
  verb: z.string().nullable(),
  span: SpanSchema,
});
export type Quote = z.infer<typeof QuoteSchema>;

export const StatementSchema = z.object({
  speaker: z.string().nullable(),
  verb: z.string(),
  text: z.string(),
  span: SpanSchema,
});
export type Statement = z.infer<typeof StatementSchema>;
