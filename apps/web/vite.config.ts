/// <reference types="vitest/config" />
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

export default defineConfig({
  plugins: [react()],
  base: "/",
  // `vite dev` alone: send API calls to a running `diplomacy serve` (or DIPLOMACY_API_URL).
  server: {
    proxy: Object.fromEntries(
      ["/v1", "/docs", "/openapi.json", "/health"].map((path) => [
        path,
        process.env.DIPLOMACY_API_URL ?? "http://127.0.0.1:8787",
      ]),
    ),
  },
  // The parser (in a worker) and the API schemas (loaded lazily) carry the core's gazetteers: big by nature.
  // Timing warnings only measure how busy the machine is (parallel CI builds), not anything to fix here.
  build: {
    outDir: "dist",
    emptyOutDir: true,
    chunkSizeWarningLimit: 1200,
    rolldownOptions: { checks: { bundlerTimings: false } },
  },
  test: {
    include: ["src/**/*.test.ts", "src/**/*.test.tsx"],
    passWithNoTests: true,
    reporters: ["default", ["json", { outputFile: ".test-results/vitest.json" }]],
  },
});
