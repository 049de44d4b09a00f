import { formatRoute } from "../lib/route.js";
import { RemoteView } from "../lib/status.js";
import { usePaged } from "../lib/use-paged.js";
import { apiPaths } from "./api-client.js";
import { EVENT_TYPE_COLORS, formatEventType } from "./event-types.js";
import { Pager } from "./pager.js";
import { GRAPH_HEIGHT, GRAPH_WIDTH, RelationsGraphChart } from "./relations-graph-chart.js";
import { buildEgoGraph, goldsteinColor } from "./relations-graph.js";
import { TimelineChart } from "./timeline-chart.js";
import { buildTimeline } from "./timeline.js";

/** A country's relations: each counterpart with how often, how warmly and how recently they dealt. */
export function CountryPage({ code }: { code: string }) {
  const list = usePaged((cursor) => apiPaths.relations(code, cursor, 100), "relationsPage");
  return (
    <RemoteView remote={list.remote} label={`the relations of ${code}`}>
      {(page) => {
        const maxEvents = Math.max(1, ...page.items.map((r) => r.eventCount));
        const timeline = buildTimeline(
          page.items.flatMap((r) => r.byMonth.map((m) => ({ type: m.type, effectiveDate: m.month, count: m.count }))),
        );
        return (
          <article className="entity-page" aria-labelledby="country-name">
            <p className="eyebrow">
              <a href={formatRoute({ name: "explore", tab: "countries", filters: {} })}>Countries</a> /{" "}
              <code>{page.country.code}</code>
            </p>
            <h2 id="country-name">{page.country.name}</h2>
            <p>
              <a href={formatRoute({ name: "explore", tab: "events", filters: { country: page.country.code } })}>
                All events of {page.country.name} in the explorer →
              </a>
            </p>
            <section className="panel" aria-labelledby="country-timeline">
              <h3 id="country-timeline">Shared events by month</h3>
              <TimelineChart timeline={timeline} title={`Events of ${page.country.name} with other countries`} />
            </section>
            {page.items.length > 0 ? (
              <section className="panel" aria-labelledby="country-graph">
                <h3 id="country-graph">Counterparts at a glance</h3>
                <RelationsGraphChart
                  graph={buildEgoGraph(page.country.code, page.items, { width: GRAPH_WIDTH, height: GRAPH_HEIGHT })}
                  names={
                    new Map([
                      [page.country.code, page.country.name],
                      ...page.items.map((r) => [r.counterpart, r.name] as const),
                    ])
                  }
                />
              </section>
            ) : null}
            <section aria-labelledby="country-relations">
              <h3 id="country-relations">Counterparts</h3>
              {page.items.length === 0 ? (
                <p className="muted">No events with another country yet.</p>
              ) : (
                <table className="data-table relations-table">
                  <caption>Counterparts of {page.country.name}, most shared events first</caption>
                  <thead>
                    <tr>
                      <th scope="col">Counterpart</th>
                      <th scope="col">Events</th>
                      <th scope="col">By type</th>
                      <th scope="col" title="Mean Goldstein value: −10 hostile to +10 cooperative">
                        Mean G
                      </th>
                      <th scope="col">Last meeting</th>
                      <th scope="col">Relationship</th>
                      <th scope="col">Span</th>
                    </tr>
                  </thead>
                  <tbody>
                    {page.items.map((r) => (
                      <tr key={r.counterpart} data-counterpart={r.counterpart}>
                        <td>
                          <a href={formatRoute({ name: "country", code: r.counterpart })}>{r.name}</a>{" "}
                          <code className="muted">{r.counterpart}</code>
                        </td>
                        <td className="num">
                          <span className="bar-cell" style={{ width: `${(100 * r.eventCount) / maxEvents}%` }} />
                          {r.eventCount}
                        </td>
                        <td>
                          <ul className="chips">
                            {r.byType.map((t) => (
                              <li key={t.type}>
                                <span
                                  className="dot"
                                  style={{ background: EVENT_TYPE_COLORS[t.type] }}
                                  aria-hidden="true"
                                />
                                {formatEventType(t.type)} {t.count}
                              </li>
                            ))}
                          </ul>
                        </td>
                        <td className="num" style={{ color: goldsteinColor(r.meanGoldstein) }}>
                          {r.meanGoldstein === null ? "—" : r.meanGoldstein.toFixed(1)}
                        </td>
                        <td>
                          {r.lastMeeting ? (
                            <a
                              href={formatRoute({
                                name: "annotate",
                                articleId: r.lastMeeting.articleId,
                              })}
                            >
                              {r.lastMeeting.date ?? "undated"} · {formatEventType(r.lastMeeting.type)}
                              {r.lastMeeting.location ? ` in ${r.lastMeeting.location}` : ""}
                            </a>
                          ) : (
                            "—"
                          )}
                        </td>
                        <td>{r.relationshipLevel ?? "—"}</td>
                        <td className="nowrap small">
                          {r.firstDate ?? "?"} – {r.lastDate ?? "?"}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
            </section>
            <Pager page={list.page} next={list.next} previous={list.previous} label="Counterparts" />
          </article>
        );
      }}
    </RemoteView>
  );
}
