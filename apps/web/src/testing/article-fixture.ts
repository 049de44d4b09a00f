import type { Article, Span } from "@org/diplomacy-core";

/** Invented article text used by the unit tests. */
export const FIXTURE_TEXT =
  "Norway and Chile sign fisheries pact\n\nOSLO, May 6 -- Norwegian Foreign Minister Ingrid Dahl met Chilean " +
  'Foreign Minister Pablo Reyes in Oslo on Monday. "We share the sea," Dahl said. Reyes urged closer ties ' +
  "under the Blue Ocean Compact.\n\nShare on social media";

/** Span of the `nth` (0-based) occurrence of `needle` in the fixture text; throws when absent so tests fail loudly. */
export function spanOf(needle: string, nth = 0): Span {
  let from = 0;
  let start = -1;
  for (let i = 0; i <= nth; i++) {
    start = FIXTURE_TEXT.indexOf(needle, from);
    if (start < 0) throw new Error(`fixture text has no occurrence ${nth} of ${needle}`);
    from = start + 1;
  }
  return { start, end: start + needle.length };
}

/** A small but complete record over {@link FIXTURE_TEXT}; pass overrides to vary it. */
export function makeArticle(overrides: Partial<Article> = {}): Article {
  return {
    id: "fixture-1",
    url: "https://example.org/news/norway-chile",
    source: "Example Wire",
    headline: "Norway and Chile sign fisheries pact",
    publishedAt: "2024-05-06",
    language: "en",
    dateline: { place: "OSLO", date: "2024-05-06", span: spanOf("OSLO, May 6 --") },
    byline: null,
    body: [],
    removed: [{ text: "Share on social media", reason: "share", span: spanOf("Share on social media") }],
    countries: [
      { code: "NO", name: "Norway", role: "party", mentions: [spanOf("Norway"), spanOf("Norwegian")] },
      { code: "CL", name: "Chile", role: "party", mentions: [spanOf("Chile"), spanOf("Chilean")] },
    ],
    actors: [
      {
        id: "a1",
        kind: "person",
        name: "Ingrid Dahl",
        aliases: ["Dahl"],
        title: "Foreign Minister",
        organization: null,
        country: "NO",
        role: "actor",
        mentions: [spanOf("Ingrid Dahl"), spanOf("Dahl", 1)],
      },
      {
        id: "a2",
        kind: "person",
        name: "Pablo Reyes",
        aliases: ["Reyes"],
        title: "Foreign Minister",
        organization: null,
        country: "CL",
        role: "actor",
        mentions: [spanOf("Pablo Reyes"), spanOf("Reyes", 1)],
      },
    ],
    events: [
      {
        id: "e1",
        type: "meeting",
        date: { value: "2024-05-06", precision: "day", text: "on Monday", span: spanOf("on Monday") },
        location: { name: "Oslo", country: "NO", span: spanOf("Oslo") },
        participants: ["a1", "a2"],
        countries: ["NO", "CL"],
        cameo: "042",
        plover: "CONSULT",
        goldstein: 1.9,
        evidence: spanOf(
          "Norwegian Foreign Minister Ingrid Dahl met Chilean Foreign Minister Pablo Reyes in Oslo on Monday.",
        ),
      },
    ],
    quotes: [
      { text: "We share the sea,", speaker: "a1", verb: "said", span: spanOf('"We share the sea," Dahl said.') },
    ],
    statements: [
      {
        speaker: "a2",
        verb: "urged",
        text: "closer ties under the Blue Ocean Compact",
        span: spanOf("Reyes urged closer ties under the Blue Ocean Compact."),
      },
    ],
    initiatives: [{ name: "Blue Ocean Compact", mentions: [spanOf("Blue Ocean Compact")] }],
    relationship: null,
    topics: ["agriculture"],
    text: FIXTURE_TEXT,
    ...overrides,
  };
}
