import { formatRoute } from "../lib/route.js";
import { type RelationsGraph, goldsteinColor } from "./relations-graph.js";

export const GRAPH_WIDTH = 640;
export const GRAPH_HEIGHT = 460;

/**
 * Countries on a circle, linked by the events they share: line width = number of events, colour = mean Goldstein.
 * Each country links to its relations page.
 */
export function RelationsGraphChart({ graph, names }: { graph: RelationsGraph; names: ReadonlyMap<string, string> }) {
  if (graph.edges.length === 0)
    return <p className="muted">No events name two countries, so there is nothing to link.</p>;
  const maxEdge = Math.max(...graph.edges.map((e) => e.events));
  const maxNode = Math.max(...graph.nodes.map((n) => n.events));
  const position = new Map(graph.nodes.map((n) => [n.code, n]));
  return (
    <figure className="chart">
      <svg
        role="img"
        aria-label={`Relations graph: ${graph.nodes.length} countries, ${graph.edges.length} links`}
        viewBox={`0 0 ${GRAPH_WIDTH} ${GRAPH_HEIGHT}`}
        className="graph-svg"
      >
        <g className="edges">
          {graph.edges.map((edge) => {
            const a = position.get(edge.a)!;
            const b = position.get(edge.b)!;
            return (
              <line
                key={`${edge.a}-${edge.b}`}
                x1={a.x}
                y1={a.y}
                x2={b.x}
                y2={b.y}
                stroke={goldsteinColor(edge.meanGoldstein)}
                strokeWidth={1.5 + (7 * edge.events) / maxEdge}
                strokeOpacity={0.75}
                strokeLinecap="round"
                data-edge={`${edge.a}-${edge.b}`}
              >
                <title>
                  {`${names.get(edge.a) ?? edge.a} – ${names.get(edge.b) ?? edge.b}: ${edge.events} event${edge.events === 1 ? "" : "s"}, mean Goldstein ${edge.meanGoldstein}`}
                </title>
              </line>
            );
          })}
        </g>
        <g className="nodes">
          {graph.nodes.map((node) => {
            const r = 9 + (13 * node.events) / maxNode;
            const outward = node.x < GRAPH_WIDTH / 2 - 5 ? "end" : node.x > GRAPH_WIDTH / 2 + 5 ? "start" : "middle";
            const dx = outward === "end" ? -(r + 4) : outward === "start" ? r + 4 : 0;
            const dy = outward === "middle" ? (node.y < GRAPH_HEIGHT / 2 ? -(r + 6) : r + 14) : 4;
            return (
              <a
                key={node.code}
                href={formatRoute({ name: "country", code: node.code })}
                className="node"
                data-node={node.code}
              >
                <title>{`${names.get(node.code) ?? node.code}: ${node.events} event${node.events === 1 ? "" : "s"}`}</title>
                <circle cx={node.x} cy={node.y} r={r} />
                <text x={node.x} y={node.y + 4} textAnchor="middle" className="node-code">
                  {node.code}
                </text>
                {node.x === GRAPH_WIDTH / 2 && node.y === GRAPH_HEIGHT / 2 ? null : (
                  <text x={node.x + dx} y={node.y + dy} textAnchor={outward} className="node-name">
                    {names.get(node.code) ?? ""}
                  </text>
                )}
              </a>
            );
          })}
        </g>
      </svg>
      <figcaption>
        <span className="goldstein-scale" aria-hidden="true">
          <span style={{ background: goldsteinColor(-10) }} />
          <span style={{ background: goldsteinColor(-5) }} />
          <span style={{ background: goldsteinColor(0) }} />
          <span style={{ background: goldsteinColor(5) }} />
          <span style={{ background: goldsteinColor(10) }} />
        </span>{" "}
        mean Goldstein from hostile (−10, red) to cooperative (+10, green); thicker lines, more shared events.
        {graph.hidden ? ` ${graph.hidden} less active countries not drawn.` : ""}
      </figcaption>
    </figure>
  );
}
