#!/usr/bin/env node
// Sums the vitest JSON reports of every workspace package and prints "N passed, N failed".
// A package whose test script ran but left no report (a crashed runner) counts as one failure.
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";

const root = process.argv[2] ?? ".";
const groups = ["packages", "apps", "tests"];
let passed = 0;
let failed = 0;
let skipped = 0;
const rows = [];
for (const group of groups) {
  const dir = join(root, group);
  if (!existsSync(dir)) continue;
  for (const name of readdirSync(dir).sort()) {
    const pkgJson = join(dir, name, "package.json");
    if (!existsSync(pkgJson)) continue;
    const pkg = JSON.parse(readFileSync(pkgJson, "utf8"));
    if (!pkg.scripts?.test) continue;
    const report = join(dir, name, ".test-results", "vitest.json");
    if (!existsSync(report)) {
      failed += 1;
      rows.push(`${pkg.name}: no test report (the runner crashed or did not run)`);
      continue;
    }
    const r = JSON.parse(readFileSync(report, "utf8"));
    passed += r.numPassedTests ?? 0;
    failed += r.numFailedTests ?? 0;
    skipped += (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0);
    // a file that failed outside any test (a crashed import, a failing beforeAll) counts as one failure
    const brokenFiles = (r.testResults ?? []).filter(
      (f) => f.status === "failed" && !(f.assertionResults ?? []).some((a) => a.status === "failed"),
    ).length;
    failed += brokenFiles;
    rows.push(`${pkg.name}: ${r.numPassedTests ?? 0} passed, ${(r.numFailedTests ?? 0) + brokenFiles} failed`);
  }
}
for (const row of rows) console.log(`  ${row}`);
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`);
process.exitCode = failed > 0 ? 1 : 0;
