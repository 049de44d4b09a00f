// Scores the built CLI on the hand-annotated corpora that sit beside the repository (../shared, never copied in)
// and holds every metric to its floor. Without the corpora (e.g. a checkout on its own) the suite is skipped.
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const shared = resolve(root, "../shared");
const cli = join(root, "apps/cli/dist/bin.js");
const haveCorpora = existsSync(join(shared, "eval/score.mjs")) && existsSync(join(shared, "corpus/dev"));

/**
 * Runs one of the shared scorers on one corpus and returns its metrics. Article corpora are scored as a crawler
 * would feed them: one NDJSON line per article with its URL (`--with-url`). A scorer that errors throws, so the test
 * fails rather than passing on nothing.
 */
function score(scorer: string, corpus: string, withUrl = false): Record<string, number> {
  const cmd = withUrl ? `node ${cli} parse --format ndjson --input ndjson` : `node ${cli} parse --format ndjson`;
  const out = execFileSync(
    process.execPath,
    [
      join(shared, "eval", scorer),
      "--corpus",
      join(shared, "corpus", corpus),
      ...(withUrl ? ["--with-url"] : []),
      "--cmd",
      cmd,
      "--json",
    ],
    { encoding: "utf8", maxBuffer: 1 << 28 },
  );
  const metrics = JSON.parse(out.trim().split("\n").at(-1)!).metrics as Record<string, number>;
  expect(Object.keys(metrics).length, `${scorer} on ${corpus} reported no metrics`).toBeGreaterThan(0);
  return metrics;
}

function floors(name: string): Record<string, number> {
  return JSON.parse(readFileSync(join(shared, "eval", name), "utf8"));
}

/** Our own regression floors for dev-2 (measured figures less a small margin), while it climbs to the shared ones. */
function ownFloors(name: string): Record<string, number> {
  return JSON.parse(readFileSync(join(dirname(fileURLToPath(import.meta.url)), name), "utf8"));
}

describe.skipIf(!haveCorpora)("accuracy on the annotated dev corpora", () => {
  it("meets every floor on the diplomatic news articles", () => {
    const metrics = score("score.mjs", "dev", true);
    for (const [metric, floor] of Object.entries(floors("floors.json"))) {
      expect(metrics[metric], metric).toBeGreaterThanOrEqual(floor);
    }
  });

  it("holds its measured level on the second corpus of other outlets (dev-2)", () => {
    const metrics = score("score.mjs", "dev-2", true);
    const own = ownFloors("floors-dev-2.json");
    expect(Object.keys(own).length).toBeGreaterThan(10);
    for (const [metric, floor] of Object.entries(own)) {
      expect(metrics[metric], metric).toBeGreaterThanOrEqual(floor);
    }
  });

  it("gives no events to non-diplomatic news and keeps the events of every diplomatic article", () => {
    for (const positives of ["dev", "dev-2"]) {
      const out = execFileSync(
        process.execPath,
        [
          join(shared, "eval", "score-relevance.mjs"),
          "--negatives",
          join(shared, "corpus", "negatives-dev"),
          "--positives",
          join(shared, "corpus", positives),
          "--cmd",
          `node ${cli} parse --format ndjson`,
          "--json",
        ],
        { encoding: "utf8", maxBuffer: 1 << 28 },
      );
      const metrics = JSON.parse(out.trim().split("\n").at(-1)!).metrics as Record<string, number>;
      expect(metrics["negatives clean"], `negatives clean beside ${positives}`).toBeGreaterThanOrEqual(0.95);
      expect(metrics["positives with events"], `${positives} articles with events`).toBe(1);
    }
  });

  it("meets the body-text floor on real news pages", () => {
    const metrics = score("score-html.mjs", "html-dev");
    for (const [metric, floor] of Object.entries(floors("floors-html.json"))) {
      expect(metrics[metric], metric).toBeGreaterThanOrEqual(floor);
    }
  });

  it("meets the headline and date floors on real pages of many sites", () => {
    const metrics = score("score-html.mjs", "html-meta-dev");
    for (const [metric, floor] of Object.entries(floors("floors-html-meta.json"))) {
      expect(metrics[metric], metric).toBeGreaterThanOrEqual(floor);
    }
  });
});
