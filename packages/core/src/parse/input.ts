import { z } from "zod";
import { DiplomacyError } from "../errors.js";
import { type ArticleInput, ArticleInputSchema, type ParseOptions, ParseOptionsSchema } from "../schemas/article.js";

/** Default ceiling on input length: 5 million UTF-16 units (a very long article is ~100k). */
export const DEFAULT_MAX_LENGTH = 5_000_000;

const IsoDateSchema = z.string().refine((s) => !Number.isNaN(Date.parse(s)) && /^\d{4}-\d{2}-\d{2}/.test(s), {
  message: "an ISO date such as 2023-08-30 or 2023-08-30T09:00:00Z",
});

/** Validates the caller's input and options, returning typed errors for anything unusable. */
export function normalizeInput(
  input: unknown,
  options: unknown,
): { input: ArticleInput; options: ParseOptions } | DiplomacyError {
  const parsedOptions = ParseOptionsSchema.safeParse(options ?? {});
  if (!parsedOptions.success) return new DiplomacyError("OPTIONS_INVALID", { issues: parsedOptions.error.issues });
  if (parsedOptions.data.referenceDate !== undefined) {
    const ref = IsoDateSchema.safeParse(parsedOptions.data.referenceDate);
    if (!ref.success)
      return new DiplomacyError("OPTIONS_INVALID", {
        message: "referenceDate must be an ISO date such as 2023-08-30.",
        issues: ref.error.issues,
      });
  }
  const raw = typeof input === "string" ? { text: input } : input;
  const parsedInput = ArticleInputSchema.safeParse(raw);
  if (!parsedInput.success) return new DiplomacyError("INPUT_INVALID", { issues: parsedInput.error.issues });
  const data = parsedInput.data;
  if (data.publishedAt !== undefined && !IsoDateSchema.safeParse(data.publishedAt).success)
    return new DiplomacyError("INPUT_INVALID", { message: "publishedAt must be an ISO date such as 2023-08-30." });
  const max = parsedOptions.data.maxLength ?? DEFAULT_MAX_LENGTH;
  if (data.text.length > max)
    return new DiplomacyError("TEXT_TOO_LONG", {
      message: `The text is ${data.text.length} characters, over the limit of ${max}: split it or raise maxLength.`,
      details: { length: data.text.length, max },
    });
  if (!/\S/.test(data.text)) return new DiplomacyError("TEXT_EMPTY");
  if (looksBinary(data.text)) return new DiplomacyError("TEXT_BINARY");
  return { input: data, options: parsedOptions.data };
}

function looksBinary(text: string): boolean {
  const sample = text.slice(0, 4096);
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c === 0) return true;
    if (c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) control++;
    else if (c === 0xfffd) control++;
  }
  return control > sample.length * 0.1;
}
