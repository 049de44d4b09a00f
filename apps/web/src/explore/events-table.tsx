import { formatRoute } from "../lib/route.js";
import type { StoredEvent } from "./api-schemas.js";
import { EVENT_TYPE_COLORS, formatEventType } from "./event-types.js";
import { goldsteinColor } from "./relations-graph.js";

/** Stored events as a table: date, type, countries, who, the evidence and its article. */
export function EventsTable({ events, caption }: { events: readonly StoredEvent[]; caption: string }) {
  if (events.length === 0) return <p className="muted">No events match.</p>;
  return (
    <table className="data-table events-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Date</th>
          <th scope="col">Type</th>
          <th scope="col">Countries</th>
          <th scope="col">Who</th>
          <th scope="col">Evidence</th>
          <th scope="col" title="Goldstein scale: −10 hostile to +10 cooperative">
            G
          </th>
        </tr>
      </thead>
      <tbody>
        {events.map((event) => (
          <tr key={event.id} data-event-id={event.id}>
            <td className="nowrap">
              {event.date?.value ?? event.effectiveDate ?? "—"}
              {event.date && !event.date.value ? <div className="muted small">“{event.date.text}”</div> : null}
            </td>
            <td className="nowrap">
              <span className="dot" style={{ background: EVENT_TYPE_COLORS[event.type] }} aria-hidden="true" />
              {formatEventType(event.type)}
              <div className="muted small">
                {event.cameo} · {event.plover}
              </div>
            </td>
            <td>
              {event.countries.map((code, i) => (
                <span key={code}>
                  {i > 0 ? " " : ""}
                  <a href={formatRoute({ name: "country", code })} className="code-link">
                    {code}
                  </a>
                </span>
              ))}
            </td>
            <td>
              {event.participants.map((actor, i) => (
                <span key={actor.id}>
                  {i > 0 ? ", " : ""}
                  <a href={formatRoute({ name: "actor", id: actor.id })}>{actor.name}</a>
                </span>
              ))}
            </td>
            <td className="evidence">
              <span>{event.evidenceText}</span>
              <div className="small">
                <a
                  href={formatRoute({
                    name: "annotate",
                    articleId: event.articleId,
                    fact: `event:${event.localId ?? event.id}`,
                  })}
                >
                  {event.article?.headline ?? "Open the article"}
                </a>
                {event.location ? <span className="muted"> · {event.location.name}</span> : null}
              </div>
            </td>
            <td className="num" style={{ color: goldsteinColor(event.goldstein) }}>
              {event.goldstein > 0 ? "+" : ""}
              {event.goldstein}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
