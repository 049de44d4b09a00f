import { cpSync, existsSync, rmSync } from "node:fs";
import { defineConfig } from "tsup";

export default defineConfig({
  entry: { index: "src/index.ts", server: "src/server.ts" },
  format: ["esm", "cjs"],
  dts: { entry: { index: "src/index.ts" } },
  clean: true,
  sourcemap: true,
  shims: true,
  target: "node20",
  // The web UI's build is served at `/`: ship it inside the API's dist when it has been built.
  async onSuccess() {
    rmSync("dist/web", { recursive: true, force: true });
    if (existsSync("../web/dist/index.html")) cpSync("../web/dist", "dist/web", { recursive: true });
  },
});
