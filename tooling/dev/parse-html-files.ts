// Development helper: extracts HTML pages with the core straight from source, one NDJSON record per file
// ({ headline, publishedAt, body }), so the HTML scorer can run without a build. Bundle it privately, then score:
//   pnpm exec esbuild tooling/dev/parse-html-files.ts --bundle --platform=node --format=esm --outfile=/tmp/$USER-dev/parse-html.mjs
//   node ../shared/eval/score-html.mjs --corpus ../shared/corpus/html-dev --cmd "node /tmp/$USER-dev/parse-html.mjs"
// --extract-only skips the record pipeline and prints what the extractor found; --timing prints ms/page to stderr.
import { readFileSync } from "node:fs";
import { extractHtml, parseHtml } from "../../packages/core/src/html.js";

const args = process.argv.slice(2);
const extractOnly = args.includes("--extract-only");
const timing = args.includes("--timing");
const files = args.filter((a) => !a.startsWith("--"));
const started = performance.now();
for (const file of files) {
  const bytes = new Uint8Array(readFileSync(file));
  if (extractOnly) {
    const result = extractHtml(bytes);
    const record = result.success
      ? { headline: result.data.headline, publishedAt: result.data.publishedAt, body: result.data.paragraphs }
      : { headline: null, publishedAt: null, body: [], error: result.error.toJSON(), file };
    process.stdout.write(`${JSON.stringify(record)}\n`);
    continue;
  }
  const result = parseHtml(bytes);
  process.stdout.write(`${JSON.stringify(result.success ? result.data : { error: result.error.toJSON(), file })}\n`);
}
if (timing) process.stderr.write(`${((performance.now() - started) / Math.max(1, files.length)).toFixed(1)} ms/page\n`);
