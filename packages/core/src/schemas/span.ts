import { z } from "zod";

/** A UTF-16 range into the record's `text`: `text.slice(start, end)` is the evidence. */
export const SpanSchema = z
  .object({
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
  })
  .refine((s) => s.end >= s.start, { message: "span end must not be before its start" });
export type Span = z.infer<typeof SpanSchema>;
