import { formatRoute } from "../lib/route.js";
import { RemoteView } from "../lib/status.js";
import { useApi } from "../lib/use-api.js";
import { apiPaths } from "./api-client.js";
import { EventsTable } from "./events-table.js";
import { TimelineChart } from "./timeline-chart.js";
import { buildTimeline } from "./timeline.js";

/** One actor across the corpus: who they are, their events over time, and what they said. */
export function ActorPage({ id }: { id: string }) {
  const actor = useApi(apiPaths.actor(id), "actorDetail");
  return (
    <RemoteView remote={actor} label={`actor ${id}`}>
      {(a) => (
        <article className="entity-page" aria-labelledby="actor-name">
          <p className="eyebrow">
            <a href={formatRoute({ name: "explore", tab: "actors", filters: {} })}>Actors</a> / {a.kind}
          </p>
          <h2 id="actor-name">{a.name}</h2>
          <p className="lead">
            {[a.title, a.organization].filter(Boolean).join(", ") || "No title recorded"}
            {a.country ? (
              <>
                {" · "}
                <a href={formatRoute({ name: "country", code: a.country })}>{a.country}</a>
              </>
            ) : null}
          </p>
          <ul className="stats">
            <li>
              <strong>{a.articleCount}</strong> articles
            </li>
            <li>
              <strong>{a.eventCount}</strong> events
            </li>
            <li>
              <strong>{a.quoteCount}</strong> quotes
            </li>
            {a.aliases.length ? <li>also written “{a.aliases.join("”, “")}”</li> : null}
          </ul>
          <p>
            <a href={formatRoute({ name: "explore", tab: "events", filters: { actor: a.id } })}>
              All events with {a.name} in the explorer →
            </a>
          </p>
          <section className="panel" aria-labelledby="actor-timeline">
            <h3 id="actor-timeline">Over time</h3>
            <TimelineChart timeline={buildTimeline(a.events)} title={`Events of ${a.name} by month`} />
          </section>
          <section aria-labelledby="actor-events">
            <h3 id="actor-events">Latest events</h3>
            <EventsTable events={a.events} caption={`Events of ${a.name}, newest first`} />
          </section>
          <section aria-labelledby="actor-quotes">
            <h3 id="actor-quotes">Quotes</h3>
            {a.quotes.length === 0 ? (
              <p className="muted">No quotes recorded.</p>
            ) : (
              <ul className="quote-list">
                {a.quotes.map((q) => (
                  <li key={q.id}>
                    <blockquote>“{q.text}”</blockquote>
                    <p className="small muted">
                      {q.verb ?? "said"} ·{" "}
                      <a href={formatRoute({ name: "annotate", articleId: q.articleId })}>
                        {q.article.headline ?? "the article"}
                      </a>
                      {q.article.publishedAt ? ` · ${q.article.publishedAt.slice(0, 10)}` : ""}
                    </p>
                  </li>
                ))}
              </ul>
            )}
          </section>
        </article>
      )}
    </RemoteView>
  );
}
