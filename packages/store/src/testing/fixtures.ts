// Invented articles for the store's tests: complete records, so no test depends on the parser's accuracy.
import { type Article, sha256Hex } from "@org/diplomacy-core";

interface EventSeed {
  type: Article["events"][number]["type"];
  date: string | null;
  countries: string[];
  participants: string[];
  goldstein: number;
  location?: string;
}

export interface ArticleSeed {
  headline: string;
  publishedAt: string | null;
  source?: string;
  countries: [code: string, name: string, role: "party" | "mentioned"][];
  actors: [name: string, title: string | null, country: string | null][];
  events: EventSeed[];
  quotes?: [text: string, speakerIndex: number | null][];
  relationship?: { level: string; countries: string[] };
}

/**
 * Builds a valid Article from a short description: the text is the headline followed by one sentence per event.
 *
 * @example
 * const article = makeArticle({ headline: "A meets B", publishedAt: "2024-05-02", countries: [], actors: [], events: [] });
 */
export function makeArticle(seed: ArticleSeed): Article {
  const sentences = seed.events.map(
    (e, i) =>
      `Event ${i + 1}: a ${e.type} between ${e.countries.join(" and ")} ${e.date ? `on ${e.date}` : "recently"}.`,
  );
  const quoteLines = (seed.quotes ?? []).map(([text]) => `"${text}," an official said.`);
  const text = [seed.headline, ...sentences, ...quoteLines].join("\n\n");
  let offset = seed.headline.length + 2;
  const sentenceSpans = sentences.map((s) => {
    const span = { start: offset, end: offset + s.length };
    offset += s.length + 2;
    return span;
  });
  const quoteSpans = quoteLines.map((q, i) => {
    const span = { start: offset + 1, end: offset + 1 + (seed.quotes?.[i]?.[0].length ?? 0) };
    offset += q.length + 2;
    return span;
  });
  return {
    id: sha256Hex(text).slice(0, 32),
    url: `https://news.example/${encodeURIComponent(seed.headline.toLowerCase().replace(/\s+/g, "-"))}`,
    source: seed.source ?? "Example Wire",
    headline: seed.headline,
    publishedAt: seed.publishedAt,
    language: "en",
    dateline: null,
    byline: null,
    body: [...sentences, ...quoteLines],
    removed: [],
    countries: seed.countries.map(([code, name, role]) => ({ code, name, role, mentions: [] })),
    actors: seed.actors.map(([name, title, country], i) => ({
      id: `a${i + 1}`,
      kind: "person" as const,
      name,
      aliases: [name.split(" ").at(-1) ?? name],
      title,
      organization: null,
      country,
      role: "actor" as const,
      mentions: [],
    })),
    events: seed.events.map((e, i) => ({
      id: `e${i + 1}`,
      type: e.type,
      date: e.date ? { value: e.date, precision: "day" as const, text: e.date } : null,
      location: e.location ? { name: e.location, country: e.countries[0] ?? null } : null,
      participants: e.participants,
      countries: e.countries,
      cameo: e.type === "meeting" ? "042" : e.type === "agreement" ? "057" : "010",
      plover:
        e.type === "meeting" ? ("CONSULT" as const) : e.type === "agreement" ? ("AGREE" as const) : ("OTHER" as const),
      goldstein: e.goldstein,
      evidence: sentenceSpans[i] ?? { start: 0, end: 0 },
    })),
    quotes: (seed.quotes ?? []).map(([q, speaker], i) => ({
      text: q,
      speaker: speaker === null ? null : `a${speaker + 1}`,
      verb: "said",
      span: quoteSpans[i] ?? { start: 0, end: 0 },
    })),
    statements: [],
    initiatives: [],
    relationship: seed.relationship ?? null,
    topics: [],
    text,
  };
}

/** Three related invented articles: Kazakhstan–China talks, a Kazakhstan–Uzbekistan agreement, an undated note. */
export function makeSampleArticles(): Article[] {
  return [
    makeArticle({
      headline: "Kazakh and Chinese foreign ministers hold talks in Astana",
      publishedAt: "2024-03-04",
      countries: [
        ["KZ", "Kazakhstan", "party"],
        ["CN", "China", "party"],
        ["RU", "Russia", "mentioned"],
      ],
      actors: [
        ["Aidar Bekov", "Foreign Minister", "KZ"],
        ["Li Wen", "Foreign Minister", "CN"],
      ],
      events: [
        {
          type: "meeting",
          date: "2024-03-04",
          countries: ["KZ", "CN"],
          participants: ["a1", "a2"],
          goldstein: 4,
          location: "Astana",
        },
        { type: "agreement", date: "2024-03-04", countries: ["KZ", "CN"], participants: ["a1", "a2"], goldstein: 6 },
      ],
      quotes: [["Our partnership grows stronger every year", 0]],
      relationship: { level: "comprehensive strategic partnership", countries: ["KZ", "CN"] },
    }),
    makeArticle({
      headline: "Kazakhstan and Uzbekistan sign water accord",
      publishedAt: "2024-05-20T09:30:00Z",
      source: "Steppe Daily",
      countries: [
        ["KZ", "Kazakhstan", "party"],
        ["UZ", "Uzbekistan", "party"],
      ],
      actors: [
        ["Aidar Bekov", null, "KZ"],
        ["Dilnoza Karimova", "Foreign Minister", "UZ"],
      ],
      events: [
        { type: "agreement", date: "2024-05-19", countries: ["KZ", "UZ"], participants: ["a1", "a2"], goldstein: 5 },
        {
          type: "visit",
          date: "2024-05-18",
          countries: ["UZ", "KZ"],
          participants: ["a2"],
          goldstein: 2,
          location: "Astana",
        },
      ],
      quotes: [
        ["Water unites our peoples", 1],
        ["This is a 100% win_win deal", null],
      ],
    }),
    makeArticle({
      headline: "Chinese envoy criticises new tariffs",
      publishedAt: null,
      countries: [
        ["CN", "China", "party"],
        ["US", "United States", "mentioned"],
      ],
      actors: [["Li Wen", "Foreign Minister", "CN"]],
      events: [{ type: "protest", date: null, countries: ["CN", "US"], participants: ["a1"], goldstein: -4 }],
    }),
  ];
}
