#!/usr/bin/env node
// Pipeline benchmark: parses a generated corpus of realistic articles through the BUILT package (dist), on one
// core, and reports articles per second and peak memory. Writes the figures to bench/RESULTS.md.
//
//   pnpm --filter @org/diplomacy-core build && pnpm --filter @org/diplomacy-core bench
//   node bench/run.mjs --count 5000 --dir ../../../shared/corpus/dev/raw --no-write --dist /tmp/other/index.js
import { existsSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { Session } from "node:inspector/promises";
import { cpus, loadavg } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { generateCorpus } from "./corpus.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
};
const count = Number(opt("count", "4000"));
const dir = opt("dir", null);
const write = !args.includes("--no-write");
const TARGET = 2000;
const startLoad = loadavg()[0];

// --dist points at another build of the package (e.g. a private bundle while dist/ is being rebuilt)
const dist = opt("dist", join(here, "..", "dist", "index.js"));
if (!existsSync(dist)) {
  console.error(`bench: ${dist} is missing; build first: pnpm --filter @org/diplomacy-core build`);
  process.exit(1);
}
const { parseArticle } = await import(pathToFileURL(dist).href);

const texts = dir
  ? readdirSync(dir)
      .filter((f) => f.endsWith(".txt"))
      .sort()
      .map((f) => readFileSync(join(dir, f), "utf8"))
  : generateCorpus(count);
if (texts.length === 0) {
  console.error(`bench: no .txt files in ${dir}`);
  process.exit(1);
}
// a directory of a few dozen files is cycled until the run has `count` articles
const corpus = Array.from({ length: Math.max(count, texts.length) }, (_, i) => texts[i % texts.length]);
const chars = corpus.reduce((n, t) => n + t.length, 0);

for (let i = 0; i < Math.min(300, corpus.length); i++) parseArticle(corpus[i], { referenceDate: "2023-08-30" });

let failures = 0;
const latencies = new Float64Array(corpus.length);
const cpuBefore = process.cpuUsage();
const started = process.hrtime.bigint();
for (let i = 0; i < corpus.length; i++) {
  const t0 = process.hrtime.bigint();
  const result = parseArticle(corpus[i], { referenceDate: "2023-08-30" });
  latencies[i] = Number(process.hrtime.bigint() - t0) / 1e6;
  if (!result.success) failures++;
}
const seconds = Number(process.hrtime.bigint() - started) / 1e9;
const stages = await profileStages(corpus.slice(0, Math.min(800, corpus.length)));
const cpuUsed = process.cpuUsage(cpuBefore);
// CPU time of this process: the fairer figure when other jobs share the machine's cores
const cpuSeconds = (cpuUsed.user + cpuUsed.system) / 1e6;
latencies.sort();
const perSecond = corpus.length / seconds;
const peakRssMb = process.resourceUsage().maxRSS / 1024;
const p = (q) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))].toFixed(2);

const summary = {
  articles: corpus.length,
  corpus: dir
    ? `${texts.length} files from ${dir}, cycled`
    : `generated (seed 20230830, mean ${Math.round(chars / corpus.length)} chars)`,
  seconds: Number(seconds.toFixed(2)),
  articlesPerSecond: Math.round(perSecond),
  articlesPerCpuSecond: Math.round(corpus.length / cpuSeconds),
  megabytesPerSecond: Number((chars / 1e6 / seconds).toFixed(2)),
  p50Ms: Number(p(0.5)),
  p95Ms: Number(p(0.95)),
  p99Ms: Number(p(0.99)),
  peakRssMb: Math.round(peakRssMb),
  failures,
};
console.log(JSON.stringify(summary, null, 2));
console.log(stages.map((r) => `${r.stage.padEnd(22)} ${String(r.share).padStart(5)} %`).join("\n"));
console.log(perSecond >= TARGET ? `OK: ≥ ${TARGET} articles/s` : `BELOW TARGET: < ${TARGET} articles/s`);

if (write && !dir) {
  const cpu = cpus()[0]?.model ?? "unknown CPU";
  const md = `# Pipeline benchmark

\`pnpm --filter @org/diplomacy-core bench\` (after \`build\`) parses a generated corpus of invented diplomatic news
articles (bench/corpus.mjs: wire datelines, bylines, date stamps, menus, share buttons, related links, comment
forms; 4–15 paragraphs) through a build of the package (\`dist/index.js\` unless \`--dist\` names another; see the
"build" row), one article after another on one core.
Target: ≥ ${TARGET} articles per second.

${formatTable(
  ["measure", "value"],
  [
    ["articles", summary.articles],
    ["corpus", summary.corpus],
    ["wall time", `${summary.seconds} s`],
    ["**articles per second** (wall clock)", `**${summary.articlesPerSecond}**`],
    ["articles per CPU second (this process)", summary.articlesPerCpuSecond],
    ["throughput", `${summary.megabytesPerSecond} MB of text per second`],
    ["latency p50 / p95 / p99", `${summary.p50Ms} / ${summary.p95Ms} / ${summary.p99Ms} ms`],
    ["peak RSS", `${summary.peakRssMb} MB`],
    ["failed parses", summary.failures],
    ["build", dist === join(here, "..", "dist", "index.js") ? "dist/index.js" : dist.replace(join(here, ".."), ".")],
  ],
)}

Where the time goes (inclusive CPU-profile share of \`parseArticle\` per pipeline stage, ${Math.min(800, corpus.length)} articles):

${formatTable(
  ["stage", "share of parse time"],
  stages.map((r) => [`\`${r.stage}\``, `${r.share} %`]),
)}

Measured ${new Date().toISOString().slice(0, 10)} on ${cpu} (${cpus().length} cores, load average
${startLoad.toFixed(1)} when the run started), Node ${process.version}. On a shared machine the wall-clock figure
drops with the load; the CPU-second figure is steadier.
${perSecond >= TARGET ? "" : `\n**Below target**: ${summary.articlesPerSecond} < ${TARGET} articles/s.\n`}`;
  writeFileSync(join(here, "RESULTS.md"), md);
  console.log(`wrote ${join(here, "RESULTS.md")}`);
}

/**
 * Runs `texts` under the V8 profiler and returns each pipeline stage's share of `parseArticle`'s time, by the
 * stage functions' names (the build keeps them).
 */
async function profileStages(texts) {
  const STAGES = [
    "segmentText",
    "detectLanguage",
    "splitSentences",
    "resolveAnchorDate",
    "findCountryMentions",
    "findActors",
    "findDates",
    "findQuotes",
    "findStatements",
    "findEvents",
    "assignCountryRoles",
    "findInitiatives",
    "findRelationship",
    "findTopics",
    "assembleRecord",
    "safeParse",
  ];
  const session = new Session();
  session.connect();
  await session.post("Profiler.enable");
  await session.post("Profiler.setSamplingInterval", { interval: 200 });
  await session.post("Profiler.start");
  for (const text of texts) parseArticle(text, { referenceDate: "2023-08-30" });
  const { profile } = await session.post("Profiler.stop");
  session.disconnect();
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parentOf = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parentOf.set(c, n.id);
  const time = new Map();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const dt = profile.timeDeltas[i] ?? 0;
    const seen = new Set();
    let inParse = false;
    for (let cur = id; cur !== undefined; cur = parentOf.get(cur)) {
      const name = byId.get(cur).callFrame.functionName;
      if (name === "parseArticle") inParse = true;
      if (STAGES.includes(name) && !seen.has(name)) seen.add(name);
    }
    if (!inParse) return;
    total += dt;
    for (const name of seen) time.set(name, (time.get(name) ?? 0) + dt);
  });
  return STAGES.filter((s) => time.has(s))
    .map((stage) => ({ stage, share: Number(((100 * time.get(stage)) / total).toFixed(1)) }))
    .sort((a, b) => b.share - a.share);
}

/** A markdown table with padded columns (the layout the repository's formatter writes). */
function formatTable(header, rows) {
  const all = [header, ...rows].map((row) => row.map(String));
  const widths = header.map((_, c) => Math.max(3, ...all.map((row) => row[c].length)));
  const line = (row) => `| ${row.map((cell, c) => cell.padEnd(widths[c])).join(" | ")} |`;
  return [line(all[0]), line(widths.map((w) => "-".repeat(w))), ...all.slice(1).map(line)].join("\n");
}
