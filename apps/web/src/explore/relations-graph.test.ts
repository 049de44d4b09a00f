import { describe, expect, it } from "vitest";
import { buildEgoGraph, buildRelationsGraph, goldsteinColor } from "./relations-graph.js";

describe("buildRelationsGraph", () => {
  it("weights edges by shared events and colours them by mean Goldstein", () => {
    const graph = buildRelationsGraph([
      { countries: ["CN", "KZ"], goldstein: 4 },
      { countries: ["KZ", "CN"], goldstein: 1 },
      { countries: ["CN", "US", "CN"], goldstein: -2 },
    ]);
    expect(graph.edges).toEqual([
      { a: "CN", b: "US", events: 1, meanGoldstein: -2 },
      { a: "CN", b: "KZ", events: 2, meanGoldstein: 2.5 },
    ]);
    expect(graph.nodes.map((n) => [n.code, n.events])).toEqual([
      ["CN", 3],
      ["KZ", 2],
      ["US", 1],
    ]);
  });

  it("places the busiest country at the top of the circle, all nodes inside the canvas", () => {
    const graph = buildRelationsGraph(
      [
        { countries: ["CN", "KZ"], goldstein: 1 },
        { countries: ["CN", "RU"], goldstein: 1 },
        { countries: ["CN", "BR"], goldstein: 1 },
      ],
      { width: 400, height: 300 },
    );
    expect(graph.nodes[0]).toMatchObject({ code: "CN", x: 200 });
    expect(graph.nodes[0]!.y).toBeLessThan(150);
    for (const node of graph.nodes) {
      expect(node.x).toBeGreaterThanOrEqual(0);
      expect(node.x).toBeLessThanOrEqual(400);
      expect(node.y).toBeGreaterThanOrEqual(0);
      expect(node.y).toBeLessThanOrEqual(300);
    }
  });

  it("leaves out countries without a counterpart and counts those beyond the limit", () => {
    const graph = buildRelationsGraph(
      [
        { countries: ["FR"], goldstein: 0 },
        { countries: ["CN", "KZ"], goldstein: 1 },
        { countries: ["CN", "RU"], goldstein: 1 },
        { countries: ["CN", "KZ"], goldstein: 1 },
      ],
      { maxNodes: 2 },
    );
    expect(graph.nodes.map((n) => n.code)).toEqual(["CN", "KZ"]);
    expect(graph.edges.map((e) => `${e.a}-${e.b}`)).toEqual(["CN-KZ"]);
    expect(graph.hidden).toBe(1);
  });

  it("treats a non-finite Goldstein value as neutral", () => {
    const graph = buildRelationsGraph([{ countries: ["CN", "KZ"], goldstein: Number.NaN }]);
    expect(graph.edges[0]!.meanGoldstein).toBe(0);
  });

  it("is empty without events", () => {
    expect(buildRelationsGraph([])).toEqual({ nodes: [], edges: [], hidden: 0 });
  });
});

describe("goldsteinColor", () => {
  it("runs from red through grey to green", () => {
    expect(goldsteinColor(-10)).toBe("hsl(0 75% 45%)");
    expect(goldsteinColor(0)).toBe("hsl(0 0% 55%)");
    expect(goldsteinColor(7)).toBe("hsl(140 60% 36%)");
    expect(goldsteinColor(25)).toBe("hsl(140 75% 36%)");
  });

  it("is grey when there is no value", () => {
    expect(goldsteinColor(null)).toBe("hsl(0 0% 55%)");
    expect(goldsteinColor(Number.NaN)).toBe("hsl(0 0% 55%)");
  });
});

describe("buildEgoGraph", () => {
  it("puts the country in the middle and its counterparts around it, busiest at the top", () => {
    const graph = buildEgoGraph(
      "NO",
      [
        { counterpart: "VN", eventCount: 2, meanGoldstein: 2.8 },
        { counterpart: "CL", eventCount: 4, meanGoldstein: 3 },
        { counterpart: "KZ", eventCount: 1, meanGoldstein: null },
      ],
      { width: 400, height: 400 },
    );
    expect(graph.nodes[0]).toEqual({ code: "NO", events: 7, x: 200, y: 200 });
    expect(graph.nodes[1]).toMatchObject({ code: "CL", x: 200 });
    expect(graph.nodes[1]!.y).toBeLessThan(200);
    expect(graph.edges).toEqual([
      { a: "NO", b: "KZ", events: 1, meanGoldstein: 0 },
      { a: "NO", b: "VN", events: 2, meanGoldstein: 2.8 },
      { a: "NO", b: "CL", events: 4, meanGoldstein: 3 },
    ]);
  });

  it("keeps the busiest counterparts within the node limit and counts the rest", () => {
    const relations = ["AA", "BB", "CC", "DD"].map((c, i) => ({
      counterpart: c,
      eventCount: 10 - i,
      meanGoldstein: 1,
    }));
    const graph = buildEgoGraph("NO", relations, { maxNodes: 3 });
    expect(graph.nodes.map((n) => n.code)).toEqual(["NO", "AA", "BB"]);
    expect(graph.hidden).toBe(2);
  });

  it("is empty without counterparts, ignoring the country itself and empty relations", () => {
    const graph = buildEgoGraph("NO", [
      { counterpart: "NO", eventCount: 3, meanGoldstein: 1 },
      { counterpart: "CL", eventCount: 0, meanGoldstein: null },
    ]);
    expect(graph).toEqual({ nodes: [], edges: [], hidden: 0 });
  });
});
