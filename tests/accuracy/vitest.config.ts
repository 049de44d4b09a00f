import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["**/*.test.ts"],
    exclude: ["node_modules/**"],
    testTimeout: 300_000,
    reporters: ["default", ["json", { outputFile: ".test-results/vitest.json" }]],
  },
});
