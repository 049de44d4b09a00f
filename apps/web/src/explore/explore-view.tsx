import { useMemo } from "react";
import { type EventFilters, type ExploreTab, formatRoute } from "../lib/route.js";
import { RemoteView } from "../lib/status.js";
import { useApi } from "../lib/use-api.js";
import { usePaged } from "../lib/use-paged.js";
import { navigate } from "../lib/use-route.js";
import { downloadText } from "../lib/download.js";
import { apiPaths } from "./api-client.js";
import { useAllEvents } from "./use-all-events.js";
import { formatEventsCsv } from "./events-csv.js";
import { EventsTable } from "./events-table.js";
import { FiltersForm } from "./filters-form.js";
import { Pager } from "./pager.js";
import { GRAPH_HEIGHT, GRAPH_WIDTH, RelationsGraphChart } from "./relations-graph-chart.js";
import { type RelationsGraph, buildRelationsGraph, goldsteinColor } from "./relations-graph.js";
import { TimelineChart } from "./timeline-chart.js";
import { buildTimeline } from "./timeline.js";

const TABS: { tab: ExploreTab; label: string }[] = [
  { tab: "events", label: "Events" },
  { tab: "articles", label: "Articles" },
  { tab: "actors", label: "Actors" },
  { tab: "countries", label: "Countries" },
];

/** The corpus explorer: filters, a timeline and a relations graph of the matching events, and paginated lists. */
export function ExploreView({ tab, filters }: { tab: ExploreTab; filters: EventFilters }) {
  const countries = useApi(apiPaths.countries(undefined, 500), "countriesPage");
  const countryList = countries.status === "ok" ? countries.data.items : [];
  const names = useMemo(() => new Map(countryList.map((c) => [c.code, c.name])), [countryList]);
  const apply = (next: EventFilters) => navigate({ name: "explore", tab, filters: next });
  return (
    <div className="explore">
      <FiltersForm filters={filters} countries={countryList} onApply={apply} />
      <nav className="tabs" aria-label="Explorer lists">
        {TABS.map((t) => (
          <a
            key={t.tab}
            href={formatRoute({ name: "explore", tab: t.tab, filters })}
            aria-current={t.tab === tab ? "page" : undefined}
            className={t.tab === tab ? "tab is-active" : "tab"}
          >
            {t.label}
          </a>
        ))}
      </nav>
      {tab === "events" ? <EventsOverview filters={filters} names={names} onApply={apply} /> : null}
      {tab === "events" ? <EventsList filters={filters} /> : null}
      {tab === "articles" ? <ArticlesList filters={filters} /> : null}
      {tab === "actors" ? <ActorsList filters={filters} /> : null}
      {tab === "countries" ? (
        <RemoteView remote={countries} label="countries">
          {(page) => (
            <table className="data-table">
              <caption>Countries in the corpus</caption>
              <thead>
                <tr>
                  <th scope="col">Code</th>
                  <th scope="col">Name</th>
                  <th scope="col">Articles</th>
                  <th scope="col">Events</th>
                </tr>
              </thead>
              <tbody>
                {page.items.map((c) => (
                  <tr key={c.code}>
                    <td>
                      <code>{c.code}</code>
                    </td>
                    <td>
                      <a href={formatRoute({ name: "country", code: c.code })}>{c.name}</a>
                    </td>
                    <td className="num">{c.articleCount}</td>
                    <td className="num">{c.eventCount}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </RemoteView>
      ) : null}
    </div>
  );
}

const OVERVIEW_CAP = 2000;

function EventsOverview({
  filters,
  names,
  onApply,
}: {
  filters: EventFilters;
  names: ReadonlyMap<string, string>;
  onApply: (filters: EventFilters) => void;
}) {
  const all = useAllEvents(filters, OVERVIEW_CAP);
  return (
    <RemoteView remote={all} label="the overview">
      {({ items, complete }) => {
        const timeline = buildTimeline(items);
        const graph = buildRelationsGraph(items, { width: GRAPH_WIDTH, height: GRAPH_HEIGHT });
        return (
          <div className="overview">
            <section className="panel" aria-labelledby="timeline-title">
              <div className="panel-head">
                <h2 id="timeline-title">
                  Timeline{" "}
                  <span className="muted small">
                    {items.length} events{complete ? "" : ` (first ${OVERVIEW_CAP})`}
                  </span>
                </h2>
                <button
                  type="button"
                  onClick={() => downloadText("diplomacy-events.csv", formatEventsCsv(items), "text/csv")}
                  disabled={items.length === 0}
                >
                  Download CSV
                </button>
              </div>
              <TimelineChart
                timeline={timeline}
                title="Events by month and type"
                onPickMonth={(month) => {
                  const [year, monthNumber] = month.split("-").map(Number) as [number, number];
                  const lastDay = new Date(Date.UTC(year, monthNumber, 0)).toISOString().slice(0, 10);
                  onApply({ ...filters, from: `${month}-01`, to: lastDay });
                }}
              />
            </section>
            <section className="panel" aria-labelledby="graph-title">
              <h2 id="graph-title">Relations</h2>
              <div className="graph-layout">
                <RelationsGraphChart graph={graph} names={names} />
                <PairsTable graph={graph} names={names} />
              </div>
            </section>
          </div>
        );
      }}
    </RemoteView>
  );
}

function EventsList({ filters }: { filters: EventFilters }) {
  const list = usePaged((cursor) => apiPaths.events(filters, cursor, 25), "eventsPage");
  return (
    <section aria-labelledby="events-title">
      <h2 id="events-title">Events</h2>
      <RemoteView remote={list.remote} label="events">
        {(page) => <EventsTable events={page.items} caption="Events, newest first" />}
      </RemoteView>
      <Pager page={list.page} next={list.next} previous={list.previous} label="Events" />
    </section>
  );
}

function ArticlesList({ filters }: { filters: EventFilters }) {
  const list = usePaged((cursor) => apiPaths.articles(filters, cursor, 25), "articlesPage");
  return (
    <section aria-labelledby="articles-title">
      <h2 id="articles-title">Articles</h2>
      {filters.actor || filters.type ? (
        <p className="muted small">Articles are filtered by country, dates and text only.</p>
      ) : null}
      <RemoteView remote={list.remote} label="articles">
        {(page) =>
          page.items.length === 0 ? (
            <p className="muted">No articles match.</p>
          ) : (
            <table className="data-table">
              <caption>Articles, newest first</caption>
              <thead>
                <tr>
                  <th scope="col">Published</th>
                  <th scope="col">Headline</th>
                  <th scope="col">Source</th>
                  <th scope="col">Countries</th>
                  <th scope="col">Events</th>
                </tr>
              </thead>
              <tbody>
                {page.items.map((a) => (
                  <tr key={a.id}>
                    <td className="nowrap">{a.publishedAt?.slice(0, 10) ?? "—"}</td>
                    <td>
                      <a href={formatRoute({ name: "annotate", articleId: a.id })}>{a.headline ?? a.id}</a>
                    </td>
                    <td>{a.source ?? "—"}</td>
                    <td>{a.countries.join(" ")}</td>
                    <td className="num">{a.eventCount}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )
        }
      </RemoteView>
      <Pager page={list.page} next={list.next} previous={list.previous} label="Articles" />
    </section>
  );
}

function ActorsList({ filters }: { filters: EventFilters }) {
  const list = usePaged((cursor) => apiPaths.actors(filters, cursor, 50), "actorsPage");
  return (
    <section aria-labelledby="actors-title">
      <h2 id="actors-title">Actors</h2>
      <RemoteView remote={list.remote} label="actors">
        {(page) =>
          page.items.length === 0 ? (
            <p className="muted">No actors match.</p>
          ) : (
            <table className="data-table">
              <caption>Actors by name</caption>
              <thead>
                <tr>
                  <th scope="col">Name</th>
                  <th scope="col">Title</th>
                  <th scope="col">Country</th>
                  <th scope="col">Articles</th>
                  <th scope="col">Events</th>
                  <th scope="col">Quotes</th>
                </tr>
              </thead>
              <tbody>
                {page.items.map((a) => (
                  <tr key={a.id}>
                    <td>
                      <a href={formatRoute({ name: "actor", id: a.id })}>{a.name}</a>
                    </td>
                    <td>{a.title ?? a.organization ?? "—"}</td>
                    <td>
                      {a.country ? <a href={formatRoute({ name: "country", code: a.country })}>{a.country}</a> : "—"}
                    </td>
                    <td className="num">{a.articleCount}</td>
                    <td className="num">{a.eventCount}</td>
                    <td className="num">{a.quoteCount}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )
        }
      </RemoteView>
      <Pager page={list.page} next={list.next} previous={list.previous} label="Actors" />
    </section>
  );
}

/** The graph's links as a table: the busiest pairs, with their mean Goldstein value (and a text twin of the graph). */
function PairsTable({ graph, names }: { graph: RelationsGraph; names: ReadonlyMap<string, string> }) {
  const pairs = [...graph.edges].sort((a, b) => b.events - a.events || a.a.localeCompare(b.a)).slice(0, 12);
  if (pairs.length === 0) return null;
  return (
    <table className="data-table pairs-table">
      <caption>Busiest pairs</caption>
      <thead>
        <tr>
          <th scope="col">Pair</th>
          <th scope="col" className="num">
            Events
          </th>
          <th scope="col" className="num" title="Mean Goldstein value: −10 hostile to +10 cooperative">
            Mean G
          </th>
        </tr>
      </thead>
      <tbody>
        {pairs.map((edge) => (
          <tr key={`${edge.a}-${edge.b}`}>
            <td>
              <a href={formatRoute({ name: "country", code: edge.a })} title={names.get(edge.a)}>
                {edge.a}
              </a>
              {" – "}
              <a href={formatRoute({ name: "country", code: edge.b })} title={names.get(edge.b)}>
                {edge.b}
              </a>
            </td>
            <td className="num">{edge.events}</td>
            <td className="num" style={{ color: goldsteinColor(edge.meanGoldstein) }}>
              {edge.meanGoldstein > 0 ? "+" : ""}
              {edge.meanGoldstein.toFixed(1)}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
