/** What the relations graph needs of an event. */
export interface GraphEvent {
  countries: readonly string[];
  goldstein: number;
}

export interface GraphNode {
  code: string;
  /** Events this country takes part in (among those drawn). */
  events: number;
  x: number;
  y: number;
}

export interface GraphEdge {
  a: string;
  b: string;
  /** Events naming both countries. */
  events: number;
  meanGoldstein: number;
}

export interface RelationsGraph {
  nodes: GraphNode[];
  edges: GraphEdge[];
  /** Countries left off because only the busiest `maxNodes` are drawn. */
  hidden: number;
}

export interface GraphLayout {
  width: number;
  height: number;
  /** The busiest countries drawn; the rest are counted in `hidden`. */
  maxNodes: number;
}

const DEFAULT_LAYOUT: GraphLayout = { width: 640, height: 480, maxNodes: 24 };

/**
 * Builds a country-to-country graph from events: an edge per pair of countries sharing events, weighted by how
 * many, coloured by their mean Goldstein value; nodes on a circle, busiest first, clockwise from the top.
 *
 * @example
 * buildRelationsGraph([{ countries: ["CN", "KZ"], goldstein: 4 }]).edges; // [{ a: "CN", b: "KZ", events: 1, meanGoldstein: 4 }]
 */
export function buildRelationsGraph(events: readonly GraphEvent[], layout: Partial<GraphLayout> = {}): RelationsGraph {
  const { width, height, maxNodes } = { ...DEFAULT_LAYOUT, ...layout };
  const nodeEvents = new Map<string, number>();
  const pairs = new Map<string, { a: string; b: string; events: number; total: number }>();
  for (const event of events) {
    const codes = [...new Set(event.countries)].sort();
    for (const code of codes) nodeEvents.set(code, (nodeEvents.get(code) ?? 0) + 1);
    for (let i = 0; i < codes.length; i++)
      for (let j = i + 1; j < codes.length; j++) {
        const key = `${codes[i]}|${codes[j]}`;
        const pair = pairs.get(key) ?? { a: codes[i]!, b: codes[j]!, events: 0, total: 0 };
        pair.events++;
        pair.total += Number.isFinite(event.goldstein) ? event.goldstein : 0;
        pairs.set(key, pair);
      }
  }
  const linked = new Set([...pairs.values()].flatMap((p) => [p.a, p.b]));
  const ranked = [...linked].sort((x, y) => nodeEvents.get(y)! - nodeEvents.get(x)! || x.localeCompare(y));
  const shown = ranked.slice(0, Math.max(0, maxNodes));
  const shownSet = new Set(shown);
  const cx = width / 2;
  const cy = height / 2;
  const radius = Math.max(0, Math.min(width, height) / 2 - 48);
  const nodes = shown.map((code, i) => {
    const angle = shown.length === 1 ? -Math.PI / 2 : -Math.PI / 2 + (2 * Math.PI * i) / shown.length;
    return {
      code,
      events: nodeEvents.get(code)!,
      x: round(cx + radius * Math.cos(angle)),
      y: round(cy + radius * Math.sin(angle)),
    };
  });
  const edges = [...pairs.values()]
    .filter((p) => shownSet.has(p.a) && shownSet.has(p.b))
    .map((p) => ({ a: p.a, b: p.b, events: p.events, meanGoldstein: round(p.total / p.events) }))
    .sort((x, y) => x.events - y.events || x.a.localeCompare(y.a) || x.b.localeCompare(y.b));
  return { nodes, edges, hidden: ranked.length - shown.length };
}

/**
 * Colour for a Goldstein value: red for hostile (-10), grey for neutral (0), green for cooperative (+10).
 *
 * @example
 * goldsteinColor(7); // "hsl(140 60% 36%)"
 */
export function goldsteinColor(value: number | null): string {
  if (value === null || !Number.isFinite(value)) return "hsl(0 0% 55%)";
  const t = Math.max(-1, Math.min(1, value / 10));
  if (Math.abs(t) < 0.05) return "hsl(0 0% 55%)";
  const hue = t > 0 ? 140 : 0;
  const saturation = Math.round(25 + 50 * Math.abs(t));
  return `hsl(${hue} ${saturation}% ${t > 0 ? 36 : 45}%)`;
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

/** What the ego graph needs of one counterpart's relation. */
export interface Counterpart {
  counterpart: string;
  eventCount: number;
  meanGoldstein: number | null;
}

/**
 * A star of one country's relations: the country in the middle, its busiest counterparts on a circle around it, an
 * edge to each weighted by shared events and coloured by their mean Goldstein value.
 *
 * @example
 * buildEgoGraph("NO", [{ counterpart: "CL", eventCount: 4, meanGoldstein: 3 }]).edges; // [{ a: "NO", b: "CL", events: 4, meanGoldstein: 3 }]
 */
export function buildEgoGraph(
  code: string,
  relations: readonly Counterpart[],
  layout: Partial<GraphLayout> = {},
): RelationsGraph {
  const { width, height, maxNodes } = { ...DEFAULT_LAYOUT, ...layout };
  const ranked = relations
    .filter((r) => r.counterpart !== code && r.eventCount > 0)
    .sort((x, y) => y.eventCount - x.eventCount || x.counterpart.localeCompare(y.counterpart));
  const shown = ranked.slice(0, Math.max(0, maxNodes - 1));
  if (shown.length === 0) return { nodes: [], edges: [], hidden: 0 };
  const radius = Math.max(0, Math.min(width, height) / 2 - 48);
  const total = shown.reduce((sum, r) => sum + r.eventCount, 0);
  const nodes: GraphNode[] = [
    { code, events: total, x: round(width / 2), y: round(height / 2) },
    ...shown.map((r, i) => {
      const angle = -Math.PI / 2 + (2 * Math.PI * i) / shown.length;
      return {
        code: r.counterpart,
        events: r.eventCount,
        x: round(width / 2 + radius * Math.cos(angle)),
        y: round(height / 2 + radius * Math.sin(angle)),
      };
    }),
  ];
  const edges = shown
    .map((r) => ({ a: code, b: r.counterpart, events: r.eventCount, meanGoldstein: round(r.meanGoldstein ?? 0) }))
    .sort((x, y) => x.events - y.events || x.b.localeCompare(y.b));
  return { nodes, edges, hidden: ranked.length - shown.length };
}
