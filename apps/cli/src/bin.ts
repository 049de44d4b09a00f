#!/usr/bin/env node
import { readFileSync } from "node:fs";
import { parseArticle } from "@org/diplomacy-core";

const VERSION = "0.1.0";

function main(argv: string[]): number {
  if (argv[0] === "--version" || argv[0] === "-v") {
    process.stdout.write(`${VERSION}\n`);
    return 0;
  }
  if (argv[0] !== "parse") {
    process.stderr.write("usage: diplomacy parse [--format json|ndjson] <files...|->\n");
    return 2;
  }
  let format = "json";
  const files: string[] = [];
  for (let i = 1; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === "--format") format = argv[++i] ?? "";
    else files.push(a);
  }
  if (format !== "json" && format !== "ndjson") {
    process.stderr.write(`--format must be json or ndjson, not ${JSON.stringify(format)}\n`);
    return 2;
  }
  if (files.length === 0) files.push("-");
  let failed = 0;
  for (const file of files) {
    const text = readFileSync(file === "-" ? 0 : file, "utf8");
    const result = parseArticle(text);
    const out = result.success ? result.data : { error: result.error.toJSON(), file };
    if (!result.success) {
      failed++;
      process.stderr.write(`${file}: ${result.error.code}: ${result.error.message}\n`);
    }
    process.stdout.write(`${format === "ndjson" ? JSON.stringify(out) : JSON.stringify(out, null, 2)}\n`);
  }
  return failed ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
