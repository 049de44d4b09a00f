import { describe, expect, it } from "vitest";
import { NO_DATE } from "./database.js";
import { toActorId, toArticleRows, toSortDay } from "./rows.js";
import { makeArticle, makeSampleArticles } from "./testing/fixtures.js";

describe("toSortDay", () => {
  it("pads month and year precision to their first day", () => {
    expect(toSortDay("2024")).toBe("2024-01-01");
    expect(toSortDay("2024-03")).toBe("2024-03-01");
    expect(toSortDay("2024-03-09T10:00:00Z")).toBe("2024-03-09");
  });

  it("gives null for missing or non-ISO dates", () => {
    expect(toSortDay(null)).toBeNull();
    expect(toSortDay("")).toBeNull();
    expect(toSortDay("March 9")).toBeNull();
  });
});

describe("toActorId", () => {
  it("folds case, accents and punctuation so spellings of one name meet", () => {
    expect(toActorId("Sergey  Lavrov")).toBe("sergey-lavrov");
    expect(toActorId("José Álvarez-Peña")).toBe("jose-alvarez-pena");
    expect(toActorId(" SERGEY LAVROV ")).toBe(toActorId("Sergey Lavrov"));
  });

  it("hashes names without Latin letters instead of returning an empty id", () => {
    const id = toActorId("王毅");
    expect(id).toMatch(/^actor-[0-9a-f]{12}$/);
    expect(id).not.toBe(toActorId("李强"));
  });
});

describe("toArticleRows", () => {
  it("gives events store-wide ids and replaces local actor ids by store-wide ones", () => {
    const [article] = makeSampleArticles();
    if (!article) throw new Error("fixture missing");
    const rows = toArticleRows(article, "2024-06-01T00:00:00.000Z");
    expect(rows.events.map((e) => e.id)).toEqual([`${article.id}-e1`, `${article.id}-e2`]);
    expect(JSON.parse(rows.events[0]?.record ?? "{}").participants).toEqual([
      { id: "aidar-bekov", name: "Aidar Bekov" },
      { id: "li-wen", name: "Li Wen" },
    ]);
    expect(rows.quotes[0]?.actor_id).toBe("aidar-bekov");
    expect(rows.relationships.map((r) => [r.code, r.counterpart])).toEqual([
      ["KZ", "CN"],
      ["CN", "KZ"],
    ]);
    expect(rows.articleCountries.map((c) => c.code)).toEqual(["KZ", "CN", "RU"]);
  });

  it("files undated articles under NO_DATE and keeps duplicate local ids apart", () => {
    const article = makeArticle({
      headline: "Undated note",
      publishedAt: null,
      countries: [["FR", "France", "party"]],
      actors: [],
      events: [
        { type: "statement", date: null, countries: ["FR", "XK"], participants: ["a9"], goldstein: 0 },
        { type: "statement", date: "2020", countries: ["FR"], participants: [], goldstein: 0 },
      ],
    });
    const twin = { ...article, events: article.events.map((e) => ({ ...e, id: "e1" })) };
    const rows = toArticleRows(twin, "2024-06-01T00:00:00.000Z");
    expect(rows.article.sort_date).toBe(NO_DATE);
    expect(new Set(rows.events.map((e) => e.id)).size).toBe(2);
    expect(rows.events.map((e) => e.sort_date)).toEqual([NO_DATE, "2020-01-01"]);
    expect(rows.eventActors).toEqual([]);
    expect(rows.countries.map((c) => c.code).sort()).toEqual(["FR", "XK"]);
  });
});
