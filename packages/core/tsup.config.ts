import { readFileSync } from "node:fs";
import { defineConfig } from "tsup";

const { version } = JSON.parse(readFileSync("package.json", "utf8")) as { version: string };

export default defineConfig({
  entry: { index: "src/index.ts", html: "src/html.ts" },
  format: ["esm", "cjs"],
  dts: true,
  clean: true,
  sourcemap: true,
  target: "node20",
  // html.ts reuses the text pipeline: share it through a chunk in ESM instead of copying it
  splitting: true,
  // Bundle the JSON locale data: Node refuses an external JSON import once the `with { type: "json" }` is dropped.
  noExternal: [/\.json$/],
  // the published version, so `VERSION` never drifts from package.json after `changeset version`
  define: { __DIPLOMACY_CORE_VERSION__: JSON.stringify(version) },
});
