import type { z } from "zod";

/**
 * Every error the project reports, by permanent code. The CLI, API and web UI render these same words.
 * Codes never change meaning once published; add new ones instead.
 */
export const ERROR_CATALOGUE = {
  INPUT_INVALID: {
    status: 400,
    message: "The input is not an article: pass a string or { text, url?, publishedAt?, source? }.",
  },
  OPTIONS_INVALID: { status: 400, message: "The parse options are invalid: see the issues for the field at fault." },
  TEXT_EMPTY: { status: 422, message: "The text is empty or only whitespace: pass the article's text." },
  TEXT_TOO_LONG: { status: 413, message: "The text is longer than the allowed maximum: split it or raise maxLength." },
  TEXT_BINARY: { status: 422, message: "The input looks like binary data, not text: pass UTF-8 text, HTML or a feed." },
  NO_ARTICLE_TEXT: {
    status: 422,
    message: "No article text was found: every line looked like page furniture (menus, share buttons, notices).",
  },
  HTML_NO_ARTICLE: {
    status: 422,
    message: "No article was found in this page: it may be an index page, a login wall or script-rendered.",
  },
  HTML_INVALID: {
    status: 422,
    message: "The HTML could not be read: check that it is a web page and not another format.",
  },
  ENCODING_UNSUPPORTED: {
    status: 422,
    message: "The page declares a character set this runtime cannot decode: convert it to UTF-8 first.",
  },
  FEED_INVALID: { status: 422, message: "The feed is not well-formed RSS, RDF or Atom XML." },
  FEED_EMPTY: { status: 422, message: "The feed has no items." },
  FEED_ENTITY_FORBIDDEN: {
    status: 422,
    message: "The feed declares custom XML entities, which are refused for safety: remove its DOCTYPE.",
  },
  NDJSON_LINE_INVALID: {
    status: 400,
    message: "This NDJSON line is not a JSON object with text or html: fix or drop the line.",
  },
  INPUT_KIND_UNKNOWN: {
    status: 400,
    message: "The input kind could not be recognised: pass --input text|html|feed|ndjson.",
  },
  RECORD_INVALID: {
    status: 500,
    message: "The parser produced a record that fails its own schema: please report this input.",
  },
  INTERNAL: {
    status: 500,
    message: "The parser failed unexpectedly on this input: please report it with the input attached.",
  },
} as const satisfies Record<string, { status: number; message: string }>;

export type ErrorCode = keyof typeof ERROR_CATALOGUE;

export interface DiplomacyErrorOptions {
  message?: string;
  issues?: z.core.$ZodIssue[];
  cause?: unknown;
  details?: Record<string, unknown>;
}

/** The one error class of the project: a permanent `code`, a message saying what to do, and zod issues when any. */
export class DiplomacyError extends Error {
  override readonly name = "DiplomacyError";
  readonly code: ErrorCode;
  readonly status: number;
  readonly issues: z.core.$ZodIssue[] | undefined;
  readonly details: Record<string, unknown> | undefined;

  constructor(code: ErrorCode, options: DiplomacyErrorOptions = {}) {
    super(options.message ?? ERROR_CATALOGUE[code].message, { cause: options.cause });
    this.code = code;
    this.status = ERROR_CATALOGUE[code].status;
    this.issues = options.issues;
    this.details = options.details;
  }

  toJSON(): { code: ErrorCode; message: string; issues?: z.core.$ZodIssue[] } {
    return { code: this.code, message: this.message, ...(this.issues ? { issues: this.issues } : {}) };
  }
}

/** True when `value` is a DiplomacyError (also across bundle copies). */
export function isDiplomacyError(value: unknown): value is DiplomacyError {
  return (
    value instanceof DiplomacyError || (value instanceof Error && value.name === "DiplomacyError" && "code" in value)
  );
}
