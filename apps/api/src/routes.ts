import { createRoute, z } from "@hono/zod-openapi";
import {
  ActorDetailComponent,
  ActorPageSchema,
  ActorQuerySchema,
  ArticleComponent,
  ArticlePageSchema,
  ArticleQuerySchema,
  CodeParamSchema,
  CountryPageSchema,
  CountryRelationsComponent,
  ErrorSchema,
  EventPageSchema,
  EventQuerySchema,
  HealthSchema,
  IdParamSchema,
  IngestRequestSchema,
  IngestResultComponent,
  PageQuerySchema,
  ParseQuerySchema,
  ParseRequestSchema,
  ParseResponseSchema,
  StoredEventComponent,
} from "./api-schemas.js";

const json = <T extends z.ZodType>(schema: T, description: string) => ({
  content: { "application/json": { schema } },
  description,
});
const error = (description: string) => json(ErrorSchema, description);

const listErrors = { 400: error("Invalid filter, limit or cursor"), 500: error("Server error") };
const getErrors = { 404: error("Nothing stored under this id"), 500: error("Server error") };

export const healthRoute = createRoute({
  method: "get",
  path: "/health",
  tags: ["meta"],
  summary: "Liveness and database check",
  responses: {
    200: json(HealthSchema, "The server and its database answer"),
    503: error("The database does not answer"),
  },
});

export const parseRoute = createRoute({
  method: "post",
  path: "/v1/parse",
  tags: ["parse"],
  summary: "Parse text, an HTML page or a feed, without storing",
  description:
    "Send JSON `{ input, kind? }`, or the raw input with Content-Type text/plain, text/html, application/rss+xml, application/atom+xml or application/x-ndjson. A feed or NDJSON yields one record per item; items that fail are listed in `errors`.",
  request: {
    query: ParseQuerySchema,
    body: {
      content: {
        "application/json": { schema: ParseRequestSchema },
        "text/plain": { schema: z.string() },
        "text/html": { schema: z.string() },
        "application/rss+xml": { schema: z.string() },
        "application/atom+xml": { schema: z.string() },
        "application/x-ndjson": { schema: z.string() },
      },
      required: true,
    },
  },
  responses: {
    200: json(ParseResponseSchema, "The records parsed from the input"),
    400: error("Invalid request"),
    413: error("Body or text too large"),
    415: error("Unsupported Content-Type"),
    422: error("The input could not be parsed (see the code)"),
    500: error("Server error"),
  },
});

export const ingestRoute = createRoute({
  method: "post",
  path: "/v1/articles",
  tags: ["articles"],
  summary: "Store one or many articles (records, or text or HTML inputs to parse first)",
  security: [{ bearerAuth: [] }, { apiKeyHeader: [] }],
  request: { body: { content: { "application/json": { schema: IngestRequestSchema } }, required: true } },
  responses: {
    200: json(IngestResultComponent, "Every article was already stored"),
    201: json(IngestResultComponent, "At least one article was stored"),
    400: error("Invalid body"),
    401: error("No API key"),
    403: error("Wrong API key"),
    413: error("Body too large"),
    415: error("Unsupported Content-Type"),
    422: error("An input could not be parsed"),
    500: error("Server error"),
  },
});

export const listArticlesRoute = createRoute({
  method: "get",
  path: "/v1/articles",
  tags: ["articles"],
  summary: "List stored articles, newest first",
  request: { query: ArticleQuerySchema },
  responses: { 200: json(ArticlePageSchema, "One page of articles"), ...listErrors },
});

export const getArticleRoute = createRoute({
  method: "get",
  path: "/v1/articles/{id}",
  tags: ["articles"],
  summary: "One stored article, the full record",
  request: { params: IdParamSchema },
  responses: { 200: json(ArticleComponent, "The record"), ...getErrors },
});

export const listEventsRoute = createRoute({
  method: "get",
  path: "/v1/events",
  tags: ["events"],
  summary: "List events, newest first, by country, actor, type, date range and text",
  request: { query: EventQuerySchema },
  responses: { 200: json(EventPageSchema, "One page of events"), ...listErrors },
});

export const getEventRoute = createRoute({
  method: "get",
  path: "/v1/events/{id}",
  tags: ["events"],
  summary: "One event",
  request: { params: IdParamSchema },
  responses: { 200: json(StoredEventComponent, "The event"), ...getErrors },
});

export const listActorsRoute = createRoute({
  method: "get",
  path: "/v1/actors",
  tags: ["actors"],
  summary: "List actors by name",
  request: { query: ActorQuerySchema },
  responses: { 200: json(ActorPageSchema, "One page of actors"), ...listErrors },
});

export const getActorRoute = createRoute({
  method: "get",
  path: "/v1/actors/{id}",
  tags: ["actors"],
  summary: "One actor with their latest events and quotes",
  request: { params: IdParamSchema },
  responses: { 200: json(ActorDetailComponent, "The actor"), ...getErrors },
});

export const listCountriesRoute = createRoute({
  method: "get",
  path: "/v1/countries",
  tags: ["countries"],
  summary: "List countries (and organisations) by code",
  request: { query: PageQuerySchema },
  responses: { 200: json(CountryPageSchema, "One page of countries"), ...listErrors },
});

export const countryRelationsRoute = createRoute({
  method: "get",
  path: "/v1/countries/{code}/relations",
  tags: ["countries"],
  summary: "A country's counterparts: events by type and month, mean Goldstein, last meeting, relationship level",
  request: { params: CodeParamSchema, query: PageQuerySchema },
  responses: {
    200: json(CountryRelationsComponent, "One page of counterparts, most shared events first"),
    400: error("Invalid code, limit or cursor"),
    404: error("The country is not stored"),
    500: error("Server error"),
  },
});
