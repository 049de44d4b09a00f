import { cpSync, existsSync, readFileSync, rmSync } from "node:fs";
import { defineConfig } from "tsup";

// The web UI's build is served at `/`: ship it inside the API's dist when it has been built.
function copyWebBuild(): void {
  rmSync("dist/web", { recursive: true, force: true });
  if (existsSync("../web/dist/index.html")) cpSync("../web/dist", "dist/web", { recursive: true });
}

const { version } = JSON.parse(readFileSync("package.json", "utf8")) as { version: string };
// the published version, so the API never reports a stale one after `changeset version`
const define = { __DIPLOMACY_API_VERSION__: JSON.stringify(version) };

export default defineConfig([
  {
    entry: { index: "src/index.ts" },
    format: ["esm", "cjs"],
    dts: true,
    clean: true,
    sourcemap: true,
    shims: true,
    define,
    target: "node20",
    onSuccess: async () => copyWebBuild(),
  },
  {
    // The `diplomacy-api` bin: ESM only (top-level await).
    entry: { server: "src/server.ts" },
    format: ["esm"],
    sourcemap: true,
    define,
    target: "node20",
  },
]);
