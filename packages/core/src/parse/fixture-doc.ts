import type { Actor } from "../schemas/actor.js";
import type { Span } from "../schemas/span.js";
import type { CountryMention, Doc } from "./context.js";

/** Test helper: an invented person or organisation and the exact strings that mention it. */
export interface FixtureActor {
  id: string;
  name: string;
  kind?: Actor["kind"];
  title?: string;
  country?: string;
  /** Strings whose occurrences (or the `nth` occurrence) are mentions of this actor. */
  mentions: (string | { text: string; nth: number })[];
}

const isLetter = (c: string | undefined) => c !== undefined && /\p{L}/u.test(c);

/** Whole-word occurrences of `needle` ("he" does not match inside "the"). */
function occurrences(text: string, needle: string): Span[] {
  const out: Span[] = [];
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + needle.length))
    if (!isLetter(text[i - 1]) && !isLetter(text[i + needle.length])) out.push({ start: i, end: i + needle.length });
  return out;
}

/**
 * Builds a pipeline `Doc` for unit tests: paragraphs are the text's non-empty lines, one sentence per paragraph,
 * and actors / country mentions are located by string search.
 *
 * @example
 * makeDoc("“We are ready,” Zhao said.", { actors: [{ id: "zhao", name: "Zhao Leji", mentions: ["Zhao"] }] })
 */
export function makeDoc(
  text: string,
  options: { actors?: FixtureActor[]; countries?: [string, string][]; parties?: string[] } = {},
): Doc {
  const paragraphs: Span[] = [];
  let pos = 0;
  for (const line of text.split("\n")) {
    const lead = line.length - line.trimStart().length;
    const body = line.trim();
    if (body) paragraphs.push({ start: pos + lead, end: pos + lead + body.length });
    pos += line.length + 1;
  }
  const actors: Actor[] = (options.actors ?? []).map((a) => ({
    id: a.id,
    kind: a.kind ?? "person",
    name: a.name,
    aliases: [],
    title: a.title ?? null,
    organization: null,
    country: a.country ?? null,
    role: "actor",
    mentions: a.mentions
      .flatMap((m) => (typeof m === "string" ? occurrences(text, m) : [occurrences(text, m.text)[m.nth]!]))
      .filter(Boolean)
      .sort((x, y) => x.start - y.start),
  }));
  const countryMentions: CountryMention[] = (options.countries ?? [])
    .flatMap(([needle, code]) => occurrences(text, needle).map((span) => ({ code, span, kind: "name" as const })))
    .sort((a, b) => a.span.start - b.span.start);
  const codes = [...new Set(countryMentions.map((c) => c.code))];
  return {
    text,
    input: { url: null, headline: null, publishedAt: null, source: null },
    referenceDate: null,
    structure: {
      headline: null,
      dateline: null,
      byline: null,
      publishedAt: null,
      source: null,
      paragraphs,
      removed: [],
    },
    language: "en",
    sentences: paragraphs.map((p, i) => ({ ...p, paragraph: i })),
    anchorDate: null,
    countryMentions,
    actors,
    dates: [],
    quotes: [],
    statements: [],
    events: [],
    countries: codes.map((code) => ({
      code,
      name: code,
      role: (options.parties ?? codes).includes(code) ? "party" : "mentioned",
      mentions: countryMentions.filter((c) => c.code === code).map((c) => c.span),
    })),
    initiatives: [],
    relationship: null,
    topics: [],
    relevance: null,
  };
}
