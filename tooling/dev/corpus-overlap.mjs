#!/usr/bin/env node
// Finds text in the repository that also occurs in the annotated corpora beside it (../shared/corpus): runs of
// WINDOW or more words that a source, test or comment shares with an article. The corpora are third-party text and
// must never be copied in, so every hit is either a copy to rewrite or a generic phrase to check by eye.
//
//   node tooling/dev/corpus-overlap.mjs [--window 7] [--json] [paths...]   (default paths: packages apps tests)
//
// Exit code 0 when nothing overlaps, 1 when something does. The corpora are read at run time, never stored.
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const args = process.argv.slice(2);
const flagValue = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
};
const window = Number(flagValue("window", "7"));
const asJson = args.includes("--json");
const paths = args.filter((a, i) => !a.startsWith("--") && args[i - 1] !== "--window");
const corpusRoot = resolve(root, "../shared/corpus");
if (!existsSync(corpusRoot)) {
  console.error(`no corpora at ${corpusRoot}`);
  process.exit(2);
}

const words = (text) => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/** The words a reader sees on a page: scripts, styles and markup dropped (markup is not prose worth guarding). */
function visibleText(html) {
  return html
    .replace(/<(script|style|noscript)\b[\s\S]*?<\/\1>/gi, " ")
    .replace(/<[^>]*>/g, " ")
    .replace(/&[a-z#0-9]+;/gi, " ");
}

function* files(dir, exts) {
  for (const name of readdirSync(dir)) {
    if (name === "node_modules" || name === "dist" || name.startsWith(".")) continue;
    const path = join(dir, name);
    const info = statSync(path);
    if (info.isDirectory()) yield* files(path, exts);
    else if (exts.some((e) => name.endsWith(e))) yield path;
  }
}

const shingles = new Map();
for (const corpus of readdirSync(corpusRoot)) {
  const dir = join(corpusRoot, corpus);
  if (!statSync(dir).isDirectory()) continue;
  for (const path of files(dir, [".txt", ".html", ".htm"])) {
    const raw = readFileSync(path, "utf8");
    const w = words(path.endsWith(".txt") ? raw : visibleText(raw));
    for (let i = 0; i + window <= w.length; i++) {
      const key = w.slice(i, i + window).join(" ");
      if (!shingles.has(key)) shingles.set(key, relative(corpusRoot, path));
    }
  }
}

const hits = [];
const roots = paths.length > 0 ? paths : ["packages", "apps", "tests", "tooling"];
for (const base of roots) {
  const abs = resolve(root, base);
  if (!existsSync(abs)) continue;
  const list = statSync(abs).isDirectory() ? files(abs, [".ts", ".tsx", ".js", ".mjs", ".json", ".md", ".txt"]) : [abs];
  for (const path of list) {
    const text = readFileSync(path, "utf8");
    const lines = text.split("\n");
    lines.forEach((line, n) => {
      const w = words(line);
      for (let i = 0; i + window <= w.length; i++) {
        const key = w.slice(i, i + window).join(" ");
        const from = shingles.get(key);
        if (from) {
          hits.push({ file: relative(root, path), line: n + 1, words: key, corpus: from });
          break;
        }
      }
    });
  }
}

if (asJson) console.log(JSON.stringify(hits));
else {
  for (const h of hits) console.log(`${h.file}:${h.line}: "${h.words}" (${h.corpus})`);
  console.log(`${hits.length} line(s) share ${window}+ words with the corpora`);
}
process.exit(hits.length > 0 ? 1 : 0);
