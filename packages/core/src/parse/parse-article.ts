import { DiplomacyError } from "../errors.js";
import { type Result, attempt, fail, ok, unwrap } from "../result.js";
import { type Article, ArticleSchema, type Relevance } from "../schemas/article.js";
import { sha256Hex } from "../util/hash.js";
import { findActors } from "./actors.js";
import type { Doc } from "./context.js";
import { findCountryMentions } from "./countries.js";
import { findDates, resolveAnchorDate } from "./dates.js";
import { findEvents } from "./events.js";
import { assessRelevance } from "./events/relevance.js";
import { findInitiatives } from "./initiatives.js";
import { normalizeInput } from "./input.js";
import { detectLanguage } from "./language.js";
import { findQuotes } from "./quotes.js";
import { findRelationship } from "./relationship.js";
import { assignCountryRoles } from "./roles.js";
import { splitSentences } from "./sentences.js";
import { findStatements } from "./statements.js";
import { segmentText } from "./structure.js";
import { findTopics } from "./topics.js";

/** What `parseArticle` accepts: the text alone, or the text with what the caller knows about it. */
export type ArticleInputLike =
  | string
  | { text: string; url?: string; headline?: string; publishedAt?: string; source?: string; extracted?: boolean };

export interface ParseArticleOptions {
  /** ISO date that relative dates resolve against when the article carries no date of its own. */
  referenceDate?: string;
  /** Maximum input length in UTF-16 units (default 5,000,000). */
  maxLength?: number;
}

/**
 * Parses one diplomatic news text into an {@link Article} record. Never throws: failures come back as
 * `{ success: false, error }` with a permanent error code.
 *
 * @example
 * const result = parseArticle("Wang Yi meets Cleverly\nBEIJING, Aug. 30 (Xinhua) -- ...", { referenceDate: "2023-08-30" });
 * if (result.success) console.log(result.data.events[0]?.type); // "meeting"
 */
export function parseArticle(input: ArticleInputLike, options: ParseArticleOptions = {}): Result<Article> {
  return attempt(() => {
    const normalized = normalizeInput(input, options);
    if (normalized instanceof DiplomacyError) return fail(normalized);
    const { input: article, options: opts } = normalized;
    const doc = runPipeline(
      article.text,
      {
        url: article.url ?? null,
        headline: article.headline ?? null,
        extracted: article.extracted ?? false,
        publishedAt: article.publishedAt ?? null,
        source: article.source ?? null,
      },
      opts.referenceDate ?? null,
    );
    if (doc.structure.paragraphs.length === 0 && !doc.structure.headline)
      return fail(new DiplomacyError("NO_ARTICLE_TEXT"));
    const record = assembleRecord(doc);
    const checked = ArticleSchema.safeParse(record);
    if (!checked.success) return fail(new DiplomacyError("RECORD_INVALID", { issues: checked.error.issues }));
    return ok(checked.data);
  });
}

/**
 * Like {@link parseArticle} but returns the record or throws a `DiplomacyError`.
 *
 * @example
 * const article = parseArticleOrThrow({ text, publishedAt: "2023-08-30" });
 */
export function parseArticleOrThrow(input: ArticleInputLike, options: ParseArticleOptions = {}): Article {
  return unwrap(parseArticle(input, options));
}

function runPipeline(text: string, input: Doc["input"], referenceDate: string | null): Doc {
  const structure = segmentText(text, input, referenceDate);
  const doc: Doc = {
    text,
    input,
    referenceDate,
    structure,
    language: detectLanguage(text, structure),
    sentences: splitSentences(text, structure),
    anchorDate: resolveAnchorDate(structure, referenceDate),
    countryMentions: [],
    actors: [],
    dates: [],
    quotes: [],
    statements: [],
    events: [],
    countries: [],
    initiatives: [],
    relationship: null,
    topics: [],
    relevance: null,
  };
  doc.countryMentions = findCountryMentions(text, structure);
  doc.actors = findActors(doc);
  doc.dates = findDates(doc);
  doc.quotes = findQuotes(doc);
  doc.statements = findStatements(doc);
  doc.relevance = judgeRelevance(doc);
  doc.events = findEvents(doc);
  doc.countries = assignCountryRoles(doc);
  doc.initiatives = findInitiatives(doc);
  doc.relationship = findRelationship(doc);
  doc.topics = findTopics(doc);
  return doc;
}

function judgeRelevance(doc: Doc): Relevance {
  const { relevant, score, reasons } = assessRelevance(doc.text, doc.countryMentions);
  return { diplomatic: relevant, score, reasons };
}

function assembleRecord(doc: Doc): Article {
  const { structure, text } = doc;
  return {
    id: sha256Hex(text).slice(0, 32),
    url: doc.input.url,
    source: structure.source,
    headline: structure.headline?.text ?? null,
    publishedAt: structure.publishedAt,
    language: doc.language,
    dateline: structure.dateline,
    byline: structure.byline?.text ?? null,
    body: structure.paragraphs.map((p) => text.slice(p.start, p.end)),
    removed: structure.removed,
    countries: doc.countries,
    actors: doc.actors,
    events: doc.events,
    quotes: doc.quotes,
    statements: doc.statements,
    initiatives: doc.initiatives,
    relationship: doc.relationship,
    topics: doc.topics,
    ...(doc.relevance ? { relevance: doc.relevance } : {}),
    text,
    spans: {
      headline: structure.headline?.span ?? null,
      byline: structure.byline?.span ?? null,
      body: structure.paragraphs,
    },
  };
}
