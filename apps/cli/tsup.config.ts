import { defineConfig } from "tsup";

export default defineConfig({
  entry: { bin: "src/bin.ts" },
  format: ["esm"],
  clean: true,
  sourcemap: true,
  target: "node20",
});
