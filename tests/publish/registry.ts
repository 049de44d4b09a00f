// A throwaway verdaccio registry on 127.0.0.1, installed with npm into its own folder outside the workspace.
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { homedir } from "node:os";
import { join } from "node:path";

const VERDACCIO_VERSION = "6.8.0";

export interface Registry {
  url: string;
  token: string;
  stop(): Promise<void>;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const address = srv.address();
      const port = typeof address === "object" && address ? address.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

/** Installs verdaccio once per machine into a cache folder (its own package.json pins node-fetch 2.7.0). */
export function installVerdaccio(): string {
  const dir = join(process.env.XDG_CACHE_HOME ?? join(homedir(), ".cache"), `diplomacy-verdaccio-${VERDACCIO_VERSION}`);
  const bin = join(dir, "node_modules", "verdaccio", "bin", "verdaccio");
  if (existsSync(bin)) return bin;
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, "package.json"),
    JSON.stringify({
      name: "verdaccio-host",
      private: true,
      dependencies: { verdaccio: VERDACCIO_VERSION },
      overrides: { "node-fetch": "2.7.0" },
    }),
  );
  execFileSync("npm", ["install", "--no-audit", "--no-fund", "--loglevel=error"], { cwd: dir, stdio: "inherit" });
  return bin;
}

export async function startRegistry(workdir: string): Promise<Registry> {
  const bin = installVerdaccio();
  const port = await freePort();
  const storage = join(workdir, "storage");
  mkdirSync(storage, { recursive: true });
  const config = join(workdir, "config.yaml");
  writeFileSync(
    config,
    [
      `storage: ${storage}`,
      "auth:",
      "  htpasswd:",
      `    file: ${join(workdir, "htpasswd")}`,
      "    max_users: 10",
      "uplinks:",
      "  npmjs:",
      "    url: https://registry.npmjs.org/",
      "    timeout: 120s",
      // one slow answer must not mark the public registry offline for minutes (verdaccio's default is 2 fails)
      "    max_fails: 50",
      "    fail_timeout: 5s",
      "packages:",
      "  '@org/*':",
      "    access: $all",
      "    publish: $authenticated",
      "  '**':",
      "    access: $all",
      "    publish: $authenticated",
      "    proxy: npmjs",
      "log: { type: stdout, format: pretty, level: warn }",
      `listen: 127.0.0.1:${port}`,
      "",
    ].join("\n"),
  );
  const child: ChildProcess = spawn(process.execPath, [bin, "--config", config], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  let log = "";
  child.stdout?.on("data", (d) => (log += d));
  child.stderr?.on("data", (d) => (log += d));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`verdaccio exited early:\n${log}`);
    try {
      const res = await fetch(`${url}/-/ping`);
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`verdaccio did not start in 60 s:\n${log}`);
    await new Promise((r) => setTimeout(r, 250));
  }
  const res = await fetch(`${url}/-/user/org.couchdb.user:publisher`, {
    method: "PUT",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ name: "publisher", password: "publisher-secret-1", email: "publisher@example.org" }),
  });
  const body = (await res.json()) as { token?: string };
  if (!body.token) throw new Error(`could not create a registry user: ${res.status} ${JSON.stringify(body)}`);
  return {
    url,
    token: body.token,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
        setTimeout(() => child.kill("SIGKILL"), 5000).unref();
      }),
  };
}
