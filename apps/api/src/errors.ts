import { ERROR_CATALOGUE, type ErrorCode, isDiplomacyError } from "@org/diplomacy-core";
import type { Context } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";

/** Errors only the HTTP API reports; the rest come from the core's catalogue. Codes are permanent. */
export const API_ERROR_CATALOGUE = {
  REQUEST_INVALID: { status: 400, message: "The request is invalid: see the issues for the field at fault." },
  UNAUTHORIZED: {
    status: 401,
    message: "This route writes data and needs an API key: send it as `Authorization: Bearer <key>` or `X-API-Key`.",
  },
  FORBIDDEN: { status: 403, message: "The API key is not valid for this server: check DIPLOMACY_API_KEYS." },
  NOT_FOUND: { status: 404, message: "Nothing is stored under this id." },
  ROUTE_NOT_FOUND: { status: 404, message: "There is no such route: see /openapi.json for the routes." },
  BODY_TOO_LARGE: {
    status: 413,
    message: "The request body is larger than this server accepts: send fewer articles per request.",
  },
  MEDIA_TYPE_UNSUPPORTED: {
    status: 415,
    message: "The body's Content-Type is not accepted here: send application/json (or text, HTML or XML to /v1/parse).",
  },
  STORE_UNAVAILABLE: { status: 503, message: "The database does not answer: check that it is running and reachable." },
} as const satisfies Record<string, { status: number; message: string }>;

export type ApiErrorCode = keyof typeof API_ERROR_CATALOGUE;

export interface ErrorBody {
  error: { code: string; message: string; issues?: unknown[] };
}

/** An error the API answers with: an HTTP status and the body `{ error: { code, message, issues? } }`. */
export class ApiError extends Error {
  override readonly name = "ApiError";
  readonly code: ApiErrorCode;
  readonly status: number;
  readonly issues: unknown[] | undefined;

  constructor(code: ApiErrorCode, options: { message?: string; issues?: unknown[] } = {}) {
    super(options.message ?? API_ERROR_CATALOGUE[code].message);
    this.code = code;
    this.status = API_ERROR_CATALOGUE[code].status;
    this.issues = options.issues;
  }
}

/**
 * The status and body for any thrown value: ApiError and DiplomacyError keep their code; anything else is INTERNAL.
 *
 * @example
 * toErrorResponse(new ApiError("NOT_FOUND")) // { status: 404, body: { error: { code: "NOT_FOUND", ... } } }
 */
export function toErrorResponse(error: unknown): { status: number; body: ErrorBody } {
  if (error instanceof ApiError) {
    return { status: error.status, body: errorBody(error.code, error.message, error.issues) };
  }
  if (isDiplomacyError(error)) {
    const code = error.code as ErrorCode;
    const status = code === "OPTIONS_INVALID" ? 400 : (ERROR_CATALOGUE[code]?.status ?? 500);
    return { status, body: errorBody(code, error.message, error.issues) };
  }
  return { status: 500, body: errorBody("INTERNAL", ERROR_CATALOGUE.INTERNAL.message.replace("parser", "server")) };
}

/** `{ error: { code, message, issues? } }` */
export function errorBody(code: string, message: string, issues?: readonly unknown[]): ErrorBody {
  return { error: { code, message, ...(issues && issues.length > 0 ? { issues: [...issues] } : {}) } };
}

/** Answers `c` with the error response for `error`. */
export function respondWithError(c: Context, error: unknown): Response {
  const { status, body } = toErrorResponse(error);
  return c.json(body, status as ContentfulStatusCode);
}
