import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Registry, startRegistry } from "./registry.js";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const PUBLISHED = ["@org/diplomacy-core", "@org/diplomacy-store", "@org/diplomacy-api", "@org/diplomacy-cli"];

describe("publishing through changesets to a real registry", () => {
  let work: string;
  let registry: Registry;
  let consumer: string;
  let env: NodeJS.ProcessEnv;

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), "diplomacy-publish-"));
    registry = await startRegistry(join(work, "registry"));
    const host = registry.url.replace(/^https?:/, "");
    const npmrc = join(work, "npmrc");
    writeFileSync(npmrc, `registry=${registry.url}/\n${host}/:_authToken=${registry.token}\n`);
    env = {
      ...process.env,
      npm_config_registry: `${registry.url}/`,
      pnpm_config_registry: `${registry.url}/`,
      npm_config_userconfig: npmrc,
      NPM_CONFIG_USERCONFIG: npmrc,
      npm_config_cache: join(work, "npm-cache"),
    };
    execFileSync("pnpm", ["exec", "changeset", "publish", "--no-git-tag"], { cwd: root, env, stdio: "pipe" });
    consumer = join(work, "consumer");
    execFileSync("mkdir", ["-p", consumer]);
    writeFileSync(
      join(consumer, "package.json"),
      JSON.stringify({ name: "consumer", private: true, version: "0.0.0" }),
    );
    writeFileSync(join(consumer, ".npmrc"), `registry=${registry.url}/\n`);
    // the registry proxies public dependencies: a transient upstream failure is retried, not reported as ours
    installWithRetry(consumer, { ...env, npm_config_userconfig: join(consumer, ".npmrc") });
  }, 600_000);

  afterAll(async () => {
    await registry?.stop();
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it("publishes every publishable package at its workspace version", () => {
    for (const name of PUBLISHED) {
      const published = execFileSync("npm", ["view", name, "version", "--registry", `${registry.url}/`], {
        cwd: consumer,
        env,
        encoding: "utf8",
      }).trim();
      const local = JSON.parse(readFileSync(join(root, workspaceDir(name), "package.json"), "utf8")).version;
      expect(published, name).toBe(local);
    }
  });

  it("imports the core from an ES module", () => {
    writeFileSync(
      join(consumer, "esm.mjs"),
      `import { parseArticle, ArticleSchema } from "@org/diplomacy-core";
const r = parseArticle("Ministers meet in Rome\\nROME, May 2 -- The foreign ministers of Italy and Chile met in Rome on Friday.", { referenceDate: "2025-05-02" });
if (!r.success) throw r.error;
ArticleSchema.parse(r.data);
console.log(JSON.stringify({ headline: r.data.headline }));`,
    );
    const out = execFileSync("node", ["esm.mjs"], { cwd: consumer, encoding: "utf8" });
    expect(JSON.parse(out).headline).toBe("Ministers meet in Rome");
  });

  it("requires the core from a CommonJS module", () => {
    writeFileSync(
      join(consumer, "cjs.cjs"),
      `const { parseArticle } = require("@org/diplomacy-core");
const r = parseArticle("");
console.log(JSON.stringify({ success: r.success, code: r.error && r.error.code }));`,
    );
    const out = execFileSync("node", ["cjs.cjs"], { cwd: consumer, encoding: "utf8" });
    expect(JSON.parse(out)).toEqual({ success: false, code: "TEXT_EMPTY" });
  });

  it("runs the installed CLI: --version and parse", () => {
    const version = execFileSync("npx", ["--no-install", "diplomacy", "--version"], {
      cwd: consumer,
      encoding: "utf8",
    });
    const local = JSON.parse(readFileSync(join(root, "apps/cli/package.json"), "utf8")).version;
    expect(version.trim()).toContain(local);
    writeFileSync(
      join(consumer, "article.txt"),
      "Kenya and Canada leaders talk by phone\nNAIROBI, June 2 -- Kenyan President William Ruto spoke by phone with Canadian Prime Minister Mark Carney on Monday.\n",
    );
    const out = execFileSync("npx", ["--no-install", "diplomacy", "parse", "--format", "ndjson", "article.txt"], {
      cwd: consumer,
      encoding: "utf8",
    });
    const record = JSON.parse(out.trim().split("\n")[0]!);
    expect(record.headline).toBe("Kenya and Canada leaders talk by phone");
    expect(record.text).toContain("William Ruto");
  });
});

function installWithRetry(cwd: string, env: NodeJS.ProcessEnv, attempts = 3): void {
  for (let i = 1; ; i++) {
    try {
      execFileSync(
        "npm",
        ["install", "--no-audit", "--no-fund", "--loglevel=error", "@org/diplomacy-core", "@org/diplomacy-cli"],
        { cwd, env, stdio: "pipe" },
      );
      return;
    } catch (error) {
      if (i >= attempts) throw error;
    }
  }
}

function workspaceDir(name: string): string {
  return (
    { "@org/diplomacy-core": "packages/core", "@org/diplomacy-store": "packages/store" }[name] ??
    `apps/${name.replace("@org/diplomacy-", "")}`
  );
}
