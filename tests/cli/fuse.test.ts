import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { makeTempDir, readNdjson, runCli, writeFiles } from "./helpers.js";

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = makeTempDir()));
afterEach(() => cleanup());

// Invented reports of one call and one unrelated protest.
const A =
  "Valdorian President Mira Oskarsson held a phone call with Estrovian President Tomas Kreller on March 4, 2025, discussing grain exports.";
const B =
  "Estrovia's President Tomas Kreller had a telephone conversation with Valdoria's President Mira Oskarsson on March 4, 2025, on grain exports.";

describe("diplomacy fuse", () => {
  it("prints one line per story, members naming their input file, article, event and main flag", async () => {
    const files = writeFiles(dir, { "a.txt": A, "b.txt": B });
    const result = await runCli(["fuse", "--format", "ndjson", ...files]);
    expect(result.code).toBe(0);
    const stories = readNdjson(result.stdout) as { id: string; members: Record<string, unknown>[] }[];
    const main = stories.filter((s) => s.members.some((m) => m.main === true));
    const both = main.find((s) => new Set(s.members.map((m) => m.file)).size === 2);
    expect(both).toBeDefined();
    expect(new Set(both!.members.map((m) => m.file))).toEqual(new Set(files));
    for (const m of both!.members) expect(typeof m.articleId === "string" && typeof m.eventId === "string").toBe(true);
  });

  it("is listed in the main help", async () => {
    const result = await runCli(["--help"]);
    expect(result.stdout).toMatch(/^ {2}fuse /m);
  });
});
