// Development helper: parses files with the core straight from source, one NDJSON record per file, so the
// accuracy scorer can run without a build. Bundle it privately, then score:
//   pnpm exec esbuild tooling/dev/parse-files.ts --bundle --platform=node --format=esm --outfile=/tmp/$USER-dev/parse.mjs
//   node ../shared/eval/score.mjs --corpus ../shared/corpus/dev --cmd "node /tmp/$USER-dev/parse.mjs"
import { readFileSync } from "node:fs";
import { parseArticle } from "../../packages/core/src/index.js";

for (const file of process.argv.slice(2)) {
  const result = parseArticle(readFileSync(file, "utf8"));
  process.stdout.write(`${JSON.stringify(result.success ? result.data : { error: result.error.toJSON(), file })}\n`);
}
