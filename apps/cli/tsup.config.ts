import { defineConfig } from "tsup";

export default defineConfig({
  entry: { bin: "src/bin.ts", "parse-worker": "src/parse-worker.ts" },
  format: ["esm"],
  clean: true,
  sourcemap: true,
  target: "node20",
});
