import { type MouseEvent, useMemo } from "react";
import { type Mark, splitIntoSegments } from "./segments.js";

/** Structural parts of the text styled but not clickable. */
export type StructureKind = "headline" | "dateline" | "byline";

export interface AnnotatedTextProps {
  text: string;
  marks: readonly Mark[];
  structure: readonly { kind: StructureKind; start: number; end: number }[];
  labels: ReadonlyMap<string, string>;
  selectedKey: string | null;
  hoveredKey: string | null;
  onSelect: (key: string) => void;
}

/** The `data-keys` token for a fact key (attribute tokens cannot hold spaces). */
export const keyToken = (key: string): string => key.replace(/\s+/g, "_");

/**
 * The highlight where the span starting at `start` of fact `key` begins (the first run at or after it).
 *
 * @example
 * findHighlight(container, "actor:a1", 120)?.scrollIntoView();
 */
export function findHighlight(container: ParentNode | null, key: string, start: number): HTMLElement | null {
  if (!container) return null;
  for (const mark of container.querySelectorAll<HTMLElement>(highlightSelector(key)))
    if (Number(mark.dataset.start) >= start) return mark;
  return null;
}

/** A CSS selector matching every highlight of `key`. */
export const highlightSelector = (key: string): string => `mark[data-keys~="${cssString(keyToken(key))}"]`;

/**
 * The article text with every fact highlighted. Clicking a highlight selects its innermost fact, clicking again
 * cycles to the facts around it. Lighting follows `hoveredKey` and `selectedKey` through one style rule, so hovering
 * does not re-render thousands of runs.
 */
export function AnnotatedText({
  text,
  marks,
  structure,
  labels,
  selectedKey,
  hoveredKey,
  onSelect,
}: AnnotatedTextProps) {
  const runs = useMemo(() => {
    const all: Mark[] = [
      ...marks,
      ...structure.map((s) => ({ key: `@${s.kind}`, kind: s.kind, start: s.start, end: s.end })),
    ];
    return splitIntoSegments(text.length, all).map((segment) => {
      const facts = segment.marks.filter((m) => !m.key.startsWith("@"));
      const kinds = [...new Set(segment.marks.map((m) => m.kind))];
      return {
        ...segment,
        keys: facts.map((m) => keyToken(m.key)),
        title: facts.map((m) => labels.get(m.key) ?? m.key).join("\n"),
        className: kinds.map((k) => `k-${k}`).join(" "),
      };
    });
  }, [text, marks, structure, labels]);

  const handleClick = (event: MouseEvent<HTMLDivElement>) => {
    const target = (event.target as Element).closest("mark[data-keys]");
    if (!target) return;
    const keys = (target.getAttribute("data-keys") ?? "").split(" ").filter(Boolean);
    const original = keys.map((token) => [...labels.keys()].find((k) => keyToken(k) === token) ?? token);
    const current = selectedKey ? original.indexOf(selectedKey) : -1;
    const next = original[(current + 1) % original.length];
    if (next) onSelect(next);
  };

  const lit = [
    hoveredKey
      ? `${highlightSelector(hoveredKey)}{background-image:linear-gradient(var(--lit-tint),var(--lit-tint))}`
      : "",
    selectedKey
      ? `${highlightSelector(selectedKey)}{background-image:linear-gradient(var(--sel-tint),var(--sel-tint));box-shadow:inset 0 -2px 0 var(--sel)}`
      : "",
  ].join("");

  return (
    // biome-ignore lint/a11y/useKeyWithClickEvents: keyboard users select facts through their cards, each a button.
    // biome-ignore lint/a11y/noStaticElementInteractions: the click is delegated from the highlights inside.
    <div className="doc" onClick={handleClick} data-testid="annotated-text">
      <style>{lit}</style>
      {runs.map((run) => {
        const slice = text.slice(run.start, run.end);
        if (run.keys.length > 0)
          return (
            <mark
              key={run.start}
              className={`hl ${run.className}`}
              data-keys={run.keys.join(" ")}
              data-start={run.start}
              title={run.title}
            >
              {slice}
            </mark>
          );
        if (run.className)
          return (
            <span key={run.start} className={run.className}>
              {slice}
            </span>
          );
        return slice;
      })}
    </div>
  );
}

function cssString(value: string): string {
  return value.replace(/["\\]/g, "\\$&");
}
