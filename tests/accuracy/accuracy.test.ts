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

function score(scorer: string, corpus: string): Record<string, number> {
  const out = execFileSync(
    process.execPath,
    [
      join(shared, "eval", scorer),
      "--corpus",
      join(shared, "corpus", corpus),
      "--cmd",
      `node ${cli} parse --format ndjson`,
      "--json",
    ],
    { encoding: "utf8", maxBuffer: 1 << 28 },
  );
  return JSON.parse(out.trim().split("\n").at(-1)!).metrics;
}

function floors(name: string): Record<string, number> {
  return JSON.parse(readFileSync(join(shared, "eval", name), "utf8"));
}

describe.skipIf(!haveCorpora)("accuracy on the annotated dev corpora", () => {
  it("meets every floor on the diplomatic news articles", () => {
    const metrics = score("score.mjs", "dev");
    for (const [metric, floor] of Object.entries(floors("floors.json"))) {
      expect(metrics[metric], metric).toBeGreaterThanOrEqual(floor);
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
