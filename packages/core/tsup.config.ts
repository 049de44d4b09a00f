import { defineConfig } from "tsup";

export default defineConfig({
  entry: { index: "src/index.ts", html: "src/html.ts" },
  format: ["esm", "cjs"],
  dts: true,
  clean: true,
  sourcemap: true,
  target: "node20",
  splitting: false,
  // Bundle the JSON locale data: Node refuses an external JSON import once the `with { type: "json" }` is dropped.
  noExternal: [/\.json$/],
});
