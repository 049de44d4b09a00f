import { useState } from "react";
import type { Article } from "@org/diplomacy-core";
import { formatEventType } from "../explore/event-types.js";
import { goldsteinColor } from "../explore/relations-graph.js";
import { formatRoute } from "../lib/route.js";
import { FACT_KINDS, FACT_KIND_LABELS, type Fact } from "./facts.js";

/** The id of the card element of a fact, for scrolling to it. */
export const cardId = (key: string): string => `card-${key.replace(/[^A-Za-z0-9_-]/g, "_")}`;

export interface FactCardsProps {
  article: Article;
  facts: readonly Fact[];
  selectedKey: string | null;
  onHover: (key: string | null) => void;
  onSelect: (key: string) => void;
  /** Shows the `index`-th span of a fact in the text. */
  onReveal: (key: string, index: number) => void;
}

/** The facts as cards grouped by kind; hovering or focusing a card lights its spans, activating it selects it. */
export function FactCards({ article, facts, selectedKey, onHover, onSelect, onReveal }: FactCardsProps) {
  const actorName = new Map(article.actors.map((a) => [a.id, a.name]));
  return (
    <div className="cards">
      {FACT_KINDS.map((kind) => {
        const group = facts.filter((f) => f.kind === kind);
        if (group.length === 0) return null;
        return (
          <section key={kind} aria-labelledby={`cards-${kind}`}>
            <h3 id={`cards-${kind}`}>
              {FACT_KIND_LABELS[kind]} <span className="count">{group.length}</span>
            </h3>
            <ul className="card-list">
              {group.map((fact) => (
                <li key={fact.key}>
                  <article
                    id={cardId(fact.key)}
                    className={`card k-${fact.kind}${fact.key === selectedKey ? " is-selected" : ""}`}
                    onMouseEnter={() => onHover(fact.key)}
                    onMouseLeave={() => onHover(null)}
                    onFocus={() => onHover(fact.key)}
                    onBlur={() => onHover(null)}
                    data-key={fact.key}
                  >
                    <button
                      type="button"
                      className="card-title"
                      aria-pressed={fact.key === selectedKey}
                      onClick={() => onSelect(fact.key)}
                      title={fact.spans.length ? "Show in the text" : "Not tied to a passage of the text"}
                    >
                      <span className="swatch" aria-hidden="true" />
                      {fact.label}
                    </button>
                    <FactDetails fact={fact} actorName={actorName} onSelect={onSelect} />
                    {fact.spans.length > 1 ? <MentionStepper fact={fact} onReveal={onReveal} /> : null}
                  </article>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}

function FactDetails({
  fact,
  actorName,
  onSelect,
}: {
  fact: Fact;
  actorName: ReadonlyMap<string, string>;
  onSelect: (key: string) => void;
}) {
  switch (fact.kind) {
    case "event": {
      const { event } = fact;
      return (
        <dl className="facts-dl">
          <dt>Type</dt>
          <dd>{formatEventType(event.type)}</dd>
          <dt>Date</dt>
          <dd>
            {event.date ? `${event.date.value ?? "unresolved"} (${event.date.precision}; “${event.date.text}”)` : "—"}
          </dd>
          <dt>Place</dt>
          <dd>
            {event.location
              ? `${event.location.name}${event.location.country ? ` (${event.location.country})` : ""}`
              : "—"}
          </dd>
          <dt>Who</dt>
          <dd>
            {event.participants.length === 0
              ? "—"
              : event.participants.map((id, i) => (
                  <span key={id}>
                    {i > 0 ? ", " : ""}
                    <button type="button" className="linkish" onClick={() => onSelect(`actor:${id}`)}>
                      {actorName.get(id) ?? id}
                    </button>
                  </span>
                ))}
          </dd>
          <dt>Countries</dt>
          <dd>{event.countries.join(", ") || "—"}</dd>
          <dt>Codes</dt>
          <dd>
            CAMEO {event.cameo} · {event.plover} ·{" "}
            <span className="goldstein" style={{ color: goldsteinColor(event.goldstein) }}>
              Goldstein {event.goldstein > 0 ? "+" : ""}
              {event.goldstein}
            </span>
          </dd>
        </dl>
      );
    }
    case "actor": {
      const { actor } = fact;
      return (
        <dl className="facts-dl">
          <dt>Title</dt>
          <dd>{actor.title ?? "—"}</dd>
          {actor.organization ? (
            <>
              <dt>Body</dt>
              <dd>{actor.organization}</dd>
            </>
          ) : null}
          <dt>Country</dt>
          <dd>{actor.country ?? "—"}</dd>
          <dt>Role</dt>
          <dd>
            {actor.role} · {actor.kind}
          </dd>
          <dt>Mentions</dt>
          <dd>
            {actor.mentions.length}
            {actor.aliases.length ? ` · also “${actor.aliases.join("”, “")}”` : ""}
          </dd>
        </dl>
      );
    }
    case "country":
      return (
        <p className="card-meta">
          <code>{fact.country.code}</code> · {fact.country.role} · {fact.country.mentions.length} mention
          {fact.country.mentions.length === 1 ? "" : "s"} ·{" "}
          <a href={formatRoute({ name: "country", code: fact.country.code })}>relations</a>
        </p>
      );
    case "quote":
      return (
        <p className="card-meta">
          {fact.quote.speaker ? (actorName.get(fact.quote.speaker) ?? fact.quote.speaker) : "unattributed"}
          {fact.quote.verb ? ` · ${fact.quote.verb}` : ""}
        </p>
      );
    case "statement":
      return (
        <p className="card-meta">
          {fact.statement.speaker ? (actorName.get(fact.statement.speaker) ?? fact.statement.speaker) : "unattributed"}{" "}
          · {fact.statement.verb}
        </p>
      );
    case "date":
      return (
        <p className="card-meta">
          {fact.event.date?.value ?? "unresolved"} · {fact.event.date?.precision} · of the{" "}
          {formatEventType(fact.event.type)}
        </p>
      );
    case "location":
      return (
        <p className="card-meta">
          {fact.event.location?.country ?? "country unknown"} · of the {formatEventType(fact.event.type)}
        </p>
      );
    case "initiative":
      return (
        <p className="card-meta">
          {fact.initiative.mentions.length} mention{fact.initiative.mentions.length === 1 ? "" : "s"}
        </p>
      );
    case "relationship":
      return <p className="card-meta">between {fact.countries.join(" and ") || "—"}</p>;
    case "removed":
      return <p className="card-meta">dropped as {fact.line.reason}</p>;
  }
}

/** Steps through a fact's mentions in the text, one at a time. */
function MentionStepper({ fact, onReveal }: { fact: Fact; onReveal: (key: string, index: number) => void }) {
  const [index, setIndex] = useState(0);
  const count = fact.spans.length;
  const go = (delta: number) => {
    const next = (index + delta + count) % count;
    setIndex(next);
    onReveal(fact.key, next);
  };
  return (
    <fieldset className="stepper" aria-label={`Mentions of ${fact.label}`}>
      <button type="button" onClick={() => go(-1)} aria-label="Previous mention">
        ‹
      </button>
      <span aria-live="polite">
        mention {index + 1} of {count}
      </span>
      <button type="button" onClick={() => go(1)} aria-label="Next mention">
        ›
      </button>
    </fieldset>
  );
}
