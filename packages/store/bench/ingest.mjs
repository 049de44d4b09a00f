// Ingest and query timings of the built store: `pnpm --filter @org/diplomacy-store bench`
// (SQLite in a temp file; also PostgreSQL when DIPLOMACY_PG_URL is set). ARTICLES=n changes the corpus size.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openStore } from "../dist/index.js";
import { makeArticle } from "../dist/testing.js";

const COUNT = Number(process.env.ARTICLES ?? 2000);
const CODES = [
  "KZ",
  "CN",
  "RU",
  "US",
  "UZ",
  "KG",
  "TJ",
  "AZ",
  "GE",
  "TR",
  "IR",
  "IN",
  "JP",
  "KR",
  "DE",
  "FR",
  "GB",
  "EU",
];
const TYPES = ["meeting", "agreement", "visit", "statement"];

function makeCorpus(count) {
  return Array.from({ length: count }, (_, i) => {
    const a = CODES[i % CODES.length];
    const b =
      CODES[(i * 7 + 3) % CODES.length] === a ? CODES[(i + 1) % CODES.length] : CODES[(i * 7 + 3) % CODES.length];
    const day = `2024-${String(1 + (i % 12)).padStart(2, "0")}-${String(1 + (i % 28)).padStart(2, "0")}`;
    return makeArticle({
      headline: `Bench talks ${i} between ${a} and ${b}`,
      publishedAt: day,
      countries: [
        [a, a, "party"],
        [b, b, "party"],
      ],
      actors: [
        [`Person ${i % 300} Alpha`, "Minister", a],
        [`Person ${(i + 11) % 300} Beta`, null, b],
      ],
      events: TYPES.map((type, k) => ({
        type,
        date: day,
        countries: [a, b],
        participants: ["a1", "a2"],
        goldstein: k - 1,
      })),
      quotes: [[`We agree on point ${i}`, 0]],
    });
  });
}

async function time(label, fn) {
  const started = performance.now();
  const result = await fn();
  console.log(
    `${label.padEnd(36)} ${Math.round(performance.now() - started)
      .toString()
      .padStart(7)} ms`,
  );
  return result;
}

async function run(name, location) {
  console.log(`\n${name}: ${COUNT} articles, ${COUNT * 4} events`);
  const store = await openStore(location);
  const corpus = makeCorpus(COUNT);
  await time("ingest (batches of 500)", async () => {
    for (let i = 0; i < corpus.length; i += 500) await store.ingest(corpus.slice(i, i + 500));
  });
  await time("ingest again (all duplicates)", () => store.ingest(corpus.slice(0, 500)));
  await time("listEvents country=KZ", () => store.listEvents({ country: "KZ" }, { limit: 50 }));
  await time("listEvents actor name", () => store.listEvents({ actor: "person 12 " }, { limit: 50 }));
  await time("listEvents text", () => store.listEvents({ text: "talks 1999" }, { limit: 50 }));
  await time("listEvents type + month", () =>
    store.listEvents({ type: "visit", from: "2024-05-01", to: "2024-05-31" }),
  );
  await time("listActors", () => store.listActors({}, { limit: 50 }));
  await time("getActor", () => store.getActor("person-12-alpha"));
  await time("listCountries", () => store.listCountries({ limit: 100 }));
  await time("countryRelations KZ", () => store.countryRelations("KZ"));
  await time("exportEvents (all)", async () => {
    let rows = 0;
    for await (const _ of store.exportEvents()) rows++;
    return rows;
  });
  await store.close();
}

const dir = mkdtempSync(join(tmpdir(), "store-bench-"));
try {
  await run("sqlite", join(dir, "bench.db"));
  if (process.env.DIPLOMACY_PG_URL) await run("postgres", process.env.DIPLOMACY_PG_URL);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
