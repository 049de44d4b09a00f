import type { Actor } from "../schemas/actor.js";
import type { Dateline, Relevance, RemovedLine } from "../schemas/article.js";
import type { Country } from "../schemas/country.js";
import type { Event, EventDate } from "../schemas/event.js";
import type { Initiative, Relationship, Topic } from "../schemas/initiative.js";
import type { Quote, Statement } from "../schemas/quote.js";
import type { Span } from "../schemas/span.js";

/**
 * The pipeline's shared state. Each stage reads what earlier stages produced and returns its own part;
 * `parseArticle` stores it here. All offsets are UTF-16 offsets into `text`, never into a cleaned copy.
 */

export interface CallerInput {
  url: string | null;
  /** Headline the caller knows (from page metadata); the structure stage prefers it. */
  headline: string | null;
  /** The text is a page's extracted article paragraphs, not a raw scrape. */
  extracted?: boolean;
  publishedAt: string | null;
  source: string | null;
}

export interface TextStructure {
  headline: { text: string; span: Span } | null;
  dateline: Dateline | null;
  byline: { text: string; span: Span } | null;
  /** ISO date or date-time the text (or caller) gives for publication, or null. */
  publishedAt: string | null;
  source: string | null;
  /** Body paragraphs in order (captions included; no headline, dateline prefix, byline or boilerplate). */
  paragraphs: Span[];
  removed: RemovedLine[];
}

export interface Sentence extends Span {
  /** Index into `structure.paragraphs`, or -1 for the headline. */
  paragraph: number;
}

export type CountryMentionKind = "name" | "demonym" | "capital" | "organization" | "alias";

export interface CountryMention {
  code: string;
  span: Span;
  kind: CountryMentionKind;
}

export interface DateMention {
  span: Span;
  date: EventDate;
  /** True when the sentence points to the future ("will visit ... on Wednesday"). */
  future: boolean;
  /** True for spans of time that name no single day or month ("next week", "in the coming weeks"). */
  vague?: boolean;
}

export interface Doc {
  text: string;
  input: CallerInput;
  referenceDate: string | null;
  structure: TextStructure;
  language: string;
  sentences: Sentence[];
  /** The date relative expressions resolve against (publication, else dateline, else reference), or null. */
  anchorDate: string | null;
  countryMentions: CountryMention[];
  actors: Actor[];
  dates: DateMention[];
  quotes: Quote[];
  statements: Statement[];
  events: Event[];
  countries: Country[];
  initiatives: Initiative[];
  relationship: Relationship | null;
  topics: Topic[];
  /** Whether the page reports diplomacy; set before events are looked for. */
  relevance: Relevance | null;
}
