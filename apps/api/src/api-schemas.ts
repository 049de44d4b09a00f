import { z } from "@hono/zod-openapi";
import { ArticleInputSchema, ArticleSchema, EventTypeSchema } from "@org/diplomacy-core";
import {
  ActorDetailSchema,
  ActorFilterSchema,
  ActorSummarySchema,
  ArticleFilterSchema,
  ArticleSummarySchema,
  CountryRelationsPageSchema,
  CountrySummarySchema,
  EventFilterSchema,
  IngestResultSchema,
  IsoDateSchema,
  PageRequestSchema,
  StoredEventSchema,
  definePageSchema,
} from "@org/diplomacy-store";

// Request and response shapes of the HTTP API, named so the OpenAPI document shows them as components.
// Every shape is the core's or the store's zod schema; nothing is retyped here.

export const ArticleComponent = ArticleSchema.meta({ id: "Article" });
export const ArticleSummaryComponent = ArticleSummarySchema.meta({ id: "ArticleSummary" });
export const StoredEventComponent = StoredEventSchema.meta({ id: "StoredEvent" });
export const ActorSummaryComponent = ActorSummarySchema.meta({ id: "ActorSummary" });
export const ActorDetailComponent = ActorDetailSchema.meta({ id: "ActorDetail" });
export const CountrySummaryComponent = CountrySummarySchema.meta({ id: "CountrySummary" });
export const CountryRelationsComponent = CountryRelationsPageSchema.meta({ id: "CountryRelations" });
export const IngestResultComponent = IngestResultSchema.meta({ id: "IngestResult" });

export const ArticlePageSchema = definePageSchema(ArticleSummaryComponent).meta({ id: "ArticlePage" });
export const EventPageSchema = definePageSchema(StoredEventComponent).meta({ id: "EventPage" });
export const ActorPageSchema = definePageSchema(ActorSummaryComponent).meta({ id: "ActorPage" });
export const CountryPageSchema = definePageSchema(CountrySummaryComponent).meta({ id: "CountryPage" });

export const ErrorSchema = z
  .object({
    error: z.object({
      /** A permanent code, e.g. "NOT_FOUND" or "TEXT_EMPTY". */
      code: z.string(),
      message: z.string(),
      /** The zod issues, for invalid input. */
      issues: z
        .array(z.object({ path: z.array(z.union([z.string(), z.number()])), message: z.string() }).passthrough())
        .optional(),
    }),
  })
  .meta({ id: "Error" });

const pageQuery = PageRequestSchema.extend({
  cursor: PageRequestSchema.shape.cursor.meta({ description: "The `nextCursor` of the previous page." }),
  limit: PageRequestSchema.shape.limit.meta({ description: "Items per page, 1 to 500 (default 50)." }),
});

export const ArticleQuerySchema = ArticleFilterSchema.extend(pageQuery.shape);
export const EventQuerySchema = EventFilterSchema.extend(pageQuery.shape);
export const ActorQuerySchema = ActorFilterSchema.extend(pageQuery.shape);
export const PageQuerySchema = pageQuery;

export const ParseRequestSchema = z
  .object({
    /** The article's text, an HTML page, or an RSS/Atom feed. */
    input: z.string().min(1),
    kind: z.enum(["auto", "text", "html", "feed", "ndjson"]).default("auto"),
    url: z.string().optional(),
    publishedAt: z.string().optional(),
    source: z.string().optional(),
    headline: z.string().optional(),
    referenceDate: IsoDateSchema.optional(),
  })
  .meta({
    id: "ParseRequest",
    example: {
      input: "ASTANA, May 2 -- The foreign ministers of Kazakhstan and China met in Astana on Thursday.",
      kind: "auto",
    },
  });

/** What the caller knows about a raw input sent to /v1/parse (JSON bodies carry these fields themselves). */
export const ParseQuerySchema = z.object({
  url: z.string().optional(),
  publishedAt: z.string().optional(),
  source: z.string().optional(),
  referenceDate: IsoDateSchema.optional(),
});

export const ParseResponseSchema = z
  .object({
    kind: z.enum(["text", "html", "feed", "ndjson"]),
    articles: z.array(ArticleComponent),
    errors: z.array(z.object({ index: z.number().int(), error: z.object({ code: z.string(), message: z.string() }) })),
  })
  .meta({ id: "ParseResponse" });

/** A web page to store: the server finds the article in it and parses it. */
export const HtmlInputSchema = z
  .object({
    html: z.string().min(1),
    url: z.string().optional(),
    publishedAt: z.string().optional(),
    source: z.string().optional(),
  })
  .strict()
  .meta({ id: "HtmlInput" });

/** An article to store: a parsed record, or a text or HTML input the server parses first. */
export const IngestItemSchema = z.union([
  ArticleComponent,
  ArticleInputSchema.strict().meta({ id: "ArticleInput" }),
  HtmlInputSchema,
]);

export const IngestRequestSchema = z
  .union([
    IngestItemSchema,
    z.array(IngestItemSchema).min(1).max(1000),
    z.object({ articles: z.array(IngestItemSchema).min(1).max(1000) }),
  ])
  .meta({
    id: "IngestRequest",
    example: {
      articles: [
        {
          text: "ASTANA, May 2 -- The foreign ministers of Kazakhstan and China met in Astana on Thursday.",
          publishedAt: "2024-05-02",
          source: "Example Wire",
        },
      ],
    },
  });

export const HealthSchema = z
  .object({ status: z.literal("ok"), store: z.enum(["sqlite", "postgres"]), version: z.string() })
  .meta({ id: "Health" });

export const IdParamSchema = z.object({
  id: z
    .string()
    .min(1)
    .max(200)
    .openapi({ param: { name: "id", in: "path" } }),
});
export const CodeParamSchema = z.object({
  code: z
    .string()
    .regex(/^[A-Z][A-Z0-9]{1,9}$/)
    .openapi({ param: { name: "code", in: "path" }, example: "KZ" }),
});

export { EventTypeSchema };
