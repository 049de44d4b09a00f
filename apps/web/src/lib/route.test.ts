import { describe, expect, it } from "vitest";
import { type Route, formatQuery, formatRoute, parseRoute, readFilters } from "./route.js";

describe("parseRoute", () => {
  it("opens the annotator on an empty hash", () => {
    expect(parseRoute("")).toEqual({ name: "annotate" });
    expect(parseRoute("#/")).toEqual({ name: "annotate" });
  });

  it("reads a stored article and a fact to select", () => {
    expect(parseRoute("#/annotate?article=abc123&fact=event%3Ae1")).toEqual({
      name: "annotate",
      articleId: "abc123",
      fact: "event:e1",
    });
  });

  it("reads the explorer's tab and filters, normalising the country code", () => {
    expect(parseRoute("#/explore/articles?country=cn&type=visit&from=2024-01-01&text=%20gas%20")).toEqual({
      name: "explore",
      tab: "articles",
      filters: { country: "CN", type: "visit", from: "2024-01-01", text: "gas" },
    });
  });

  it("drops invalid filter values and unknown tabs instead of failing", () => {
    expect(parseRoute("#/explore/bogus?type=war&from=yesterday&country=%25%25&actor=")).toEqual({
      name: "explore",
      tab: "events",
      filters: {},
    });
  });

  it("decodes actor ids and upper-cases country codes", () => {
    expect(parseRoute("#/actors/wang%20yi")).toEqual({ name: "actor", id: "wang yi" });
    expect(parseRoute("#/countries/kz")).toEqual({ name: "country", code: "KZ" });
  });

  it("survives broken percent-encoding", () => {
    expect(parseRoute("#/actors/%E0%A4%A")).toEqual({ name: "actor", id: "%E0%A4%A" });
  });

  it("reports unknown paths", () => {
    expect(parseRoute("#/nowhere/at/all")).toEqual({ name: "not-found", path: "/nowhere/at/all" });
    expect(parseRoute("#/actors")).toEqual({ name: "not-found", path: "/actors" });
  });
});

describe("formatRoute", () => {
  it("round-trips every kind of route", () => {
    const routes: Route[] = [
      { name: "annotate" },
      { name: "annotate", articleId: "a b", fact: "actor:x" },
      { name: "explore", tab: "events", filters: {} },
      {
        name: "explore",
        tab: "actors",
        filters: { country: "CN", actor: "Wang Yi", type: "phone_call", to: "2024-12-31" },
      },
      { name: "actor", id: "zhao/leji" },
      { name: "country", code: "AFU" },
    ];
    for (const route of routes) expect(parseRoute(formatRoute(route))).toEqual(route);
  });
});

describe("readFilters", () => {
  it("ignores keys that are not filters", () => {
    expect(readFilters(new URLSearchParams("cursor=abc&limit=5&actor=Reyes"))).toEqual({ actor: "Reyes" });
  });
});

describe("formatQuery", () => {
  it("leaves out empty values", () => {
    expect(formatQuery({ a: "1", b: "", c: undefined, d: null, e: 0 })).toBe("?a=1&e=0");
    expect(formatQuery({})).toBe("");
  });
});
