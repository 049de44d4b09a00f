import { useEffect, useRef } from "react";
import { AnnotateView } from "./annotate/annotate-view.js";
import { ActorPage } from "./explore/actor-page.js";
import { CountryPage } from "./explore/country-page.js";
import { ExploreView } from "./explore/explore-view.js";
import { type Route, formatRoute } from "./lib/route.js";
import { useRoute } from "./lib/use-route.js";

const TITLES: Record<Route["name"], string> = {
  annotate: "Annotate",
  explore: "Explore",
  actor: "Actor",
  country: "Country relations",
  "not-found": "Not found",
};

/** The whole app: a header with the two sections and the screen the address names. */
export function App() {
  const route = useRoute();
  const mainRef = useRef<HTMLElement>(null);
  useEffect(() => {
    document.title = `${TITLES[route.name]} · diplomacy`;
  }, [route.name]);
  const section = route.name === "annotate" ? "annotate" : route.name === "not-found" ? null : "explore";
  return (
    <>
      <button type="button" className="skip-link" onClick={() => mainRef.current?.focus()}>
        Skip to content
      </button>
      <header className="site-header">
        <a className="brand" href={formatRoute({ name: "annotate" })}>
          diplomacy
        </a>
        <nav aria-label="Sections">
          <a href={formatRoute({ name: "annotate" })} aria-current={section === "annotate" ? "page" : undefined}>
            Annotate
          </a>
          <a
            href={formatRoute({ name: "explore", tab: "events", filters: {} })}
            aria-current={section === "explore" ? "page" : undefined}
          >
            Explore
          </a>
          <a href="/docs" className="muted-link">
            API docs
          </a>
        </nav>
      </header>
      <main id="main" ref={mainRef} tabIndex={-1}>
        <Screen route={route} />
      </main>
    </>
  );
}

function Screen({ route }: { route: Route }) {
  switch (route.name) {
    case "annotate":
      return <AnnotateView articleId={route.articleId} fact={route.fact} />;
    case "explore":
      return <ExploreView tab={route.tab} filters={route.filters} />;
    case "actor":
      return <ActorPage key={route.id} id={route.id} />;
    case "country":
      return <CountryPage key={route.code} code={route.code} />;
    case "not-found":
      return (
        <div className="alert" role="alert">
          <strong>Nothing here</strong>
          <p>
            There is no page at <code>{route.path}</code>.{" "}
            <a href={formatRoute({ name: "annotate" })}>Annotate an article</a> or{" "}
            <a href={formatRoute({ name: "explore", tab: "events", filters: {} })}>explore the corpus</a>.
          </p>
        </div>
      );
  }
}
