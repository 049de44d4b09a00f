import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import type { Column } from "./columns.js";
import { escapeCsv, toCsvLine } from "./csv.js";
import { createStyle, renderTable, truncate } from "./table.js";
import { createWriter } from "./writer.js";

const style = createStyle(false);
const columns: Column<{ code: string; count: number }>[] = [
  { header: "code", get: (r) => r.code },
  { header: "count", get: (r) => r.count },
];

async function collect(run: (stream: PassThrough) => Promise<void>): Promise<string> {
  const stream = new PassThrough();
  let text = "";
  stream.on("data", (d: Buffer) => (text += d.toString("utf8")));
  await run(stream);
  return text;
}

describe("escapeCsv", () => {
  it("quotes fields with commas, quotes and line breaks only", () => {
    expect(escapeCsv("plain")).toBe("plain");
    expect(escapeCsv('He said "yes", then left')).toBe('"He said ""yes"", then left"');
    expect(escapeCsv("two\nlines")).toBe('"two\nlines"');
    expect(escapeCsv(null)).toBe("");
    expect(escapeCsv(-2.5)).toBe("-2.5");
  });

  it("ends records with CRLF", () => {
    expect(toCsvLine(["a", 1, undefined])).toBe("a,1,\r\n");
  });
});

describe("createWriter", () => {
  const rows = [
    { code: "KZ", count: 2 },
    { code: "CN", count: 1 },
  ];

  it("writes a lone item as an object when asked, several as an array", async () => {
    const one = await collect(async (s) => {
      const w = createWriter(s, { format: "json", columns, style, loneObject: true });
      await w.write(rows[0]!);
      await w.end();
    });
    expect(JSON.parse(one)).toEqual(rows[0]);
    const two = await collect(async (s) => {
      const w = createWriter(s, { format: "json", columns, style, loneObject: true });
      for (const row of rows) await w.write(row);
      await w.end();
    });
    expect(JSON.parse(two)).toEqual(rows);
  });

  it("writes an empty JSON array and a CSV header when there is nothing", async () => {
    expect(await collect(async (s) => createWriter(s, { format: "json", columns, style }).end())).toBe("[]\n");
    expect(await collect(async (s) => createWriter(s, { format: "csv", columns, style }).end())).toBe("code,count\r\n");
  });

  it("writes NDJSON and CSV one row a line", async () => {
    const ndjson = await collect(async (s) => {
      const w = createWriter(s, { format: "ndjson", columns, style });
      for (const row of rows) await w.write(row);
      await w.end();
    });
    expect(ndjson).toBe('{"code":"KZ","count":2}\n{"code":"CN","count":1}\n');
    const csv = await collect(async (s) => {
      const w = createWriter(s, { format: "csv", columns, style });
      for (const row of rows) await w.write(row);
      await w.end();
    });
    expect(csv).toBe("code,count\r\nKZ,2\r\nCN,1\r\n");
  });
});

describe("renderTable", () => {
  it("aligns columns under a header", () => {
    expect(renderTable([{ code: "KZ", count: 12 }], columns, style)).toBe("code  count\n----  -----\nKZ    12\n");
  });

  it("colours the header only when colour is on", () => {
    expect(renderTable([], columns, createStyle(true))).toContain("\x1b[1m");
  });
});

describe("truncate", () => {
  it("flattens whitespace and cuts with an ellipsis", () => {
    expect(truncate("a  b\nc", 10)).toBe("a b c");
    expect(truncate("abcdefghij", 5)).toBe("abcd…");
  });
});
