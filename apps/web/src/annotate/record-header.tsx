import type { Article } from "@org/diplomacy-core";
import { downloadText } from "../lib/download.js";
import { formatRoute } from "../lib/route.js";

/**
 * The record's own fields: headline, dateline, dates, source, topics, relationship, and a JSON download.
 */
export function RecordHeader({ article, origin }: { article: Article; origin: "page" | "stored" }) {
  const download = () =>
    downloadText(`${article.id}.json`, `${JSON.stringify(article, null, 2)}\n`, "application/json");
  const dateline = article.dateline;
  return (
    <header className="record-header">
      <p className="eyebrow">
        {origin === "stored" ? "Stored record" : "Parsed in this page"} · <code title="Content hash">{article.id}</code>
      </p>
      <h2 className="record-headline">{article.headline ?? <span className="muted">(no headline found)</span>}</h2>
      <dl className="meta-grid">
        <dt>Dateline</dt>
        <dd>{dateline ? [dateline.place, dateline.date, dateline.agency].filter(Boolean).join(" · ") || "—" : "—"}</dd>
        <dt>Published</dt>
        <dd>{article.publishedAt ?? "—"}</dd>
        <dt>Source</dt>
        <dd>{article.source ?? "—"}</dd>
        <dt>Byline</dt>
        <dd>{article.byline ?? "—"}</dd>
        <dt>Language</dt>
        <dd>{article.language}</dd>
        {article.url ? (
          <>
            <dt>URL</dt>
            <dd className="wrap">{article.url}</dd>
          </>
        ) : null}
        <dt>Relationship</dt>
        <dd>
          {article.relationship
            ? `${article.relationship.level}${article.relationship.countries.length ? ` (${article.relationship.countries.join("–")})` : ""}`
            : "—"}
        </dd>
        <dt>Topics</dt>
        <dd>
          {article.topics.length === 0 ? (
            "—"
          ) : (
            <ul className="chips">
              {article.topics.map((t) => (
                <li key={t}>{t}</li>
              ))}
            </ul>
          )}
        </dd>
        <dt>Parties</dt>
        <dd>
          {article.countries.filter((c) => c.role === "party").length === 0 ? (
            "—"
          ) : (
            <ul className="chips">
              {article.countries
                .filter((c) => c.role === "party")
                .map((c) => (
                  <li key={c.code}>
                    <a href={formatRoute({ name: "country", code: c.code })}>{c.name}</a>
                  </li>
                ))}
            </ul>
          )}
        </dd>
      </dl>
      <p className="toolbar">
        <button type="button" onClick={download}>
          Download JSON
        </button>
        <span className="muted">
          {article.body.length} paragraph{article.body.length === 1 ? "" : "s"} · {article.removed.length} line
          {article.removed.length === 1 ? "" : "s"} removed as boilerplate
        </span>
      </p>
      {article.removed.length > 0 ? (
        <details className="removed">
          <summary>Removed boilerplate ({article.removed.length})</summary>
          <ul>
            {article.removed.map((line) => (
              <li key={`${line.span.start}-${line.span.end}`}>
                <span className="tag">{line.reason}</span> {line.text}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </header>
  );
}
