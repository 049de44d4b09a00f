import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts"],
    passWithNoTests: true,
    reporters: ["default", ["json", { outputFile: ".test-results/vitest.json" }]],
  },
});
