import type { Article, ArticleInputLike } from "@org/diplomacy-core";
import { type DragEvent, type FormEvent, useEffect, useMemo, useRef, useState } from "react";
import { apiPaths, loadResource } from "../explore/api-client.js";
import { navigate } from "../lib/use-route.js";
import { RemoteView } from "../lib/status.js";
import { toApiError, useApi } from "../lib/use-api.js";
import { useDebounced } from "../lib/use-debounced.js";
import { AnnotatedText, type StructureKind, findHighlight, highlightSelector } from "./annotated-text.js";
import { EXAMPLE_ARTICLE } from "./example-article.js";
import { FactCards, cardId } from "./fact-cards.js";
import { FACT_KINDS, FACT_KIND_LABELS, type FactKind, countByKind, listFacts, marksOf } from "./facts.js";
import { type ArticleDraft, detectInputKind, extractHtmlArticle } from "./read-input.js";
import { RecordHeader } from "./record-header.js";
import { useParser } from "./use-parser.js";

const ISO_DATE = /^\d{4}-\d{2}-\d{2}([T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/;

/** Paste, drop or open an article and see every extracted fact highlighted and carded. */
export function AnnotateView({ articleId, fact }: { articleId?: string; fact?: string }) {
  const [draft, setDraft] = useState<ArticleDraft>({ text: "" });
  const [publishedAt, setPublishedAt] = useState("");
  const [fileNote, setFileNote] = useState<string | null>(null);
  const [dragging, setDragging] = useState(false);
  const settled = useDebounced({ draft, publishedAt }, 250);

  const input = useMemo((): ArticleInputLike | null => {
    if (!settled.draft.text.trim()) return null;
    const date = settled.publishedAt.trim();
    const publishedAt = ISO_DATE.test(date) ? date : settled.draft.publishedAt;
    return { ...settled.draft, ...(publishedAt ? { publishedAt } : {}) };
  }, [settled]);
  const parsed = useParser(input);

  const stored = useApi(articleId ? apiPaths.article(articleId) : null, "article");

  const loadText = (text: string, fileName: string) => {
    if (detectInputKind(fileName, text) === "html") {
      const extracted = extractHtmlArticle(new DOMParser().parseFromString(text, "text/html"));
      setDraft(extracted);
      setPublishedAt(extracted.publishedAt ?? "");
      setFileNote(
        `Read the article out of ${fileName || "the HTML"}${extracted.headline ? `: “${extracted.headline}”` : ""}.`,
      );
    } else {
      setDraft({ text });
      setFileNote(fileName ? `Loaded ${fileName}.` : null);
    }
    if (articleId) navigate({ name: "annotate" });
  };

  const readFile = async (file: File | undefined) => {
    if (!file) return;
    loadText(await file.text(), file.name);
  };

  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setDragging(false);
    const file = event.dataTransfer.files[0];
    if (file) void readFile(file);
    else {
      const html = event.dataTransfer.getData("text/html");
      const text = event.dataTransfer.getData("text/plain");
      if (html || text) loadText(html || text, html ? "dropped.html" : "");
    }
  };

  return (
    <div className="annotate">
      <section className="panel input-panel" aria-labelledby="input-title">
        <h2 id="input-title">Article</h2>
        {/* biome-ignore lint/a11y/noStaticElementInteractions: a drop zone around the labelled textarea */}
        <div
          className={`dropzone${dragging ? " is-dragging" : ""}`}
          onDragOver={(e) => {
            e.preventDefault();
            setDragging(true);
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={onDrop}
        >
          <label htmlFor="article-text" className="block-label">
            Paste the text, or drop a .txt or .html file here
          </label>
          <textarea
            id="article-text"
            value={draft.text}
            onChange={(e) => {
              setDraft((d) => ({ ...d, text: e.target.value }));
              if (!e.target.value) setFileNote(null);
            }}
            rows={7}
            spellCheck={false}
            placeholder="BEIJING, Aug. 30 (Xinhua) -- ..."
          />
        </div>
        <div className="input-row">
          <label>
            Published (ISO date){" "}
            <input
              type="text"
              inputMode="numeric"
              value={publishedAt}
              onChange={(e) => setPublishedAt(e.target.value)}
              placeholder="2025-03-12"
              size={12}
              aria-invalid={publishedAt.trim() !== "" && !ISO_DATE.test(publishedAt.trim())}
            />
          </label>
          <label className="file-label">
            Open a file{" "}
            <input
              type="file"
              accept=".txt,.text,.html,.htm,text/plain,text/html"
              onChange={(e) => void readFile(e.target.files?.[0])}
            />
          </label>
          <button type="button" onClick={() => loadText(EXAMPLE_ARTICLE, "")}>
            Try an example
          </button>
          <button
            type="button"
            onClick={() => {
              setDraft({ text: "" });
              setPublishedAt("");
              setFileNote(null);
            }}
            disabled={!draft.text}
          >
            Clear
          </button>
        </div>
        {fileNote ? <p className="muted">{fileNote}</p> : null}
        <OpenStored />
      </section>

      {articleId ? (
        <RemoteView remote={stored} label={`article ${articleId}`}>
          {(article) => (
            <>
              <p className="banner">
                Showing the stored record of article <code>{articleId}</code>.{" "}
                <button
                  type="button"
                  className="linkish"
                  onClick={() => {
                    setDraft({
                      text: article.text,
                      ...(article.url ? { url: article.url } : {}),
                      ...(article.source ? { source: article.source } : {}),
                    });
                    setPublishedAt(article.publishedAt ?? "");
                    navigate({ name: "annotate" });
                  }}
                >
                  Re-parse its text in the page
                </button>
              </p>
              <AnnotatedRecord key={article.id} article={article} origin="stored" initialFact={fact} />
            </>
          )}
        </RemoteView>
      ) : parsed.reply === null ? (
        <p className="muted empty-note" role="status">
          {parsed.pending ? "Parsing…" : "Paste an article above: its facts appear highlighted here as you type."}
        </p>
      ) : parsed.reply.ok ? (
        <AnnotatedRecord
          key={parsed.reply.article.id}
          article={parsed.reply.article}
          origin="page"
          ms={parsed.reply.ms}
        />
      ) : (
        <div className="alert" role="alert">
          <strong>Not parsed</strong> <code>{parsed.reply.error.code}</code>
          <p>{parsed.reply.error.message}</p>
        </div>
      )}
    </div>
  );
}

/** Opens a stored article by id, by this app's link, by its API address or by the article's own URL. */
function OpenStored() {
  const [value, setValue] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    const input = value.trim();
    if (!input) return;
    const direct = input.match(/[#?&]article=([^&#]+)/) ?? input.match(/\/v1\/articles\/([^/?#]+)/);
    if (direct?.[1]) {
      navigate({ name: "annotate", articleId: decodeURIComponent(direct[1]) });
      return;
    }
    if (!/^https?:\/\//i.test(input)) {
      navigate({ name: "annotate", articleId: input });
      return;
    }
    setBusy(true);
    try {
      const page = await loadResource(apiPaths.articles({ text: input.slice(0, 200) }, undefined, 10), "articlesPage");
      const match = page.items.find((a) => a.url === input) ?? page.items[0];
      if (match) navigate({ name: "annotate", articleId: match.id });
      else setError("No stored article has that URL.");
    } catch (cause) {
      setError(toApiError(cause).message);
    } finally {
      setBusy(false);
    }
  };
  return (
    <form className="input-row open-stored" onSubmit={submit}>
      <label>
        Or open a stored article{" "}
        <input
          type="text"
          value={value}
          onChange={(e) => setValue(e.target.value)}
          placeholder="id or URL"
          size={36}
          aria-describedby={error ? "open-stored-error" : undefined}
        />
      </label>
      <button type="submit" disabled={busy || !value.trim()}>
        Open
      </button>
      {error ? (
        <span id="open-stored-error" className="error-text" role="alert">
          {error}
        </span>
      ) : null}
    </form>
  );
}

/** A parsed or stored record: its header, the highlighted text and the fact cards, linked both ways. */
export function AnnotatedRecord({
  article,
  origin,
  ms,
  initialFact,
}: {
  article: Article;
  origin: "page" | "stored";
  ms?: number;
  initialFact?: string;
}) {
  const facts = useMemo(() => listFacts(article), [article]);
  const counts = useMemo(() => countByKind(facts), [facts]);
  const labels = useMemo(() => new Map(facts.map((f) => [f.key, f.label])), [facts]);
  const [visible, setVisible] = useState<ReadonlySet<FactKind>>(() => new Set(FACT_KINDS));
  const marks = useMemo(() => marksOf(facts, visible), [facts, visible]);
  const [selectedKey, setSelectedKey] = useState<string | null>(initialFact ?? null);
  const [hoveredKey, setHoveredKey] = useState<string | null>(null);
  const textRef = useRef<HTMLDivElement>(null);

  const structure = useMemo(() => {
    const parts: { kind: StructureKind; start: number; end: number }[] = [];
    if (article.spans?.headline) parts.push({ kind: "headline", ...article.spans.headline });
    if (article.spans?.byline) parts.push({ kind: "byline", ...article.spans.byline });
    if (article.dateline) parts.push({ kind: "dateline", ...article.dateline.span });
    return parts;
  }, [article]);

  useEffect(() => {
    if (!initialFact) return;
    const timer = setTimeout(() => {
      revealInText(textRef.current, initialFact);
      document.getElementById(cardId(initialFact))?.scrollIntoView({ block: "nearest" });
    }, 50);
    return () => clearTimeout(timer);
  }, [initialFact]);

  const selectFromText = (key: string) => {
    setSelectedKey(key);
    const card = document.getElementById(cardId(key));
    card?.scrollIntoView({ block: "nearest", behavior: "smooth" });
    card?.querySelector<HTMLButtonElement>(".card-title")?.focus({ preventScroll: true });
  };

  const selectFromCard = (key: string) => {
    setSelectedKey(key);
    const kind = facts.find((f) => f.key === key)?.kind;
    if (kind && !visible.has(kind)) setVisible(new Set([...visible, kind]));
    document.getElementById(cardId(key))?.scrollIntoView({ block: "nearest", behavior: "smooth" });
    setTimeout(() => revealInText(textRef.current, key), 0);
  };

  const revealMention = (key: string, index: number) => {
    setSelectedKey(key);
    const span = facts.find((f) => f.key === key)?.spans[index];
    if (span) findHighlight(textRef.current, key, span.start)?.scrollIntoView({ block: "center", behavior: "smooth" });
  };

  const toggle = (kind: FactKind) => {
    const next = new Set(visible);
    if (next.has(kind)) next.delete(kind);
    else next.add(kind);
    setVisible(next);
  };

  return (
    <section className="record" aria-label="Annotated article">
      <RecordHeader article={article} origin={origin} />
      <fieldset className="legend">
        <legend>
          Highlight
          {ms !== undefined ? <span className="muted"> · parsed in {Math.max(1, Math.round(ms))} ms</span> : null}
        </legend>
        {FACT_KINDS.map((kind) => (
          <label key={kind} className={`legend-item k-${kind}`}>
            <input
              type="checkbox"
              checked={visible.has(kind)}
              onChange={() => toggle(kind)}
              disabled={counts[kind] === 0}
            />
            <span className="swatch" aria-hidden="true" />
            {FACT_KIND_LABELS[kind]} <span className="count">{counts[kind]}</span>
          </label>
        ))}
      </fieldset>
      <div className="record-body">
        <div className="text-pane" ref={textRef}>
          <AnnotatedText
            text={article.text}
            marks={marks}
            structure={structure}
            labels={labels}
            selectedKey={selectedKey}
            hoveredKey={hoveredKey}
            onSelect={selectFromText}
          />
        </div>
        <section className="cards-pane" aria-label="Extracted facts">
          {facts.length === 0 ? <p className="muted">No facts were extracted from this text.</p> : null}
          <FactCards
            article={article}
            facts={facts}
            selectedKey={selectedKey}
            onHover={setHoveredKey}
            onSelect={selectFromCard}
            onReveal={revealMention}
          />
        </section>
      </div>
    </section>
  );
}

function revealInText(container: HTMLElement | null, key: string): void {
  container?.querySelector(highlightSelector(key))?.scrollIntoView({ block: "center", behavior: "smooth" });
}
