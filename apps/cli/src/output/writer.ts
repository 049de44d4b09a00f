import type { Writable } from "node:stream";
import { z } from "zod";
import type { Column } from "./columns.js";
import { toCsvLine } from "./csv.js";
import { type Style, renderTable } from "./table.js";
import { writeChunk } from "./write.js";

export const OutputFormatSchema = z.enum(["json", "ndjson", "csv", "table"]);
export type OutputFormat = z.infer<typeof OutputFormatSchema>;

export interface WriterOptions<T> {
  format: OutputFormat;
  columns: readonly Column<T>[];
  style: Style;
  /** What JSON and NDJSON print for an item (default: the item itself). */
  toJson?: (item: T) => unknown;
  /** For `table`: a block per item, streamed, instead of one aligned table at the end. */
  block?: (item: T) => string;
  /** For `json`: print a lone item as an object rather than a one-element array. */
  loneObject?: boolean;
}

/** Writes items in one output format, streaming where the format allows. */
export interface ItemWriter<T> {
  write(item: T): Promise<void>;
  end(): Promise<void>;
}

/**
 * Creates a writer for `json` (an array, streamed), `ndjson` (one object a line), `csv` (header then rows) or
 * `table` (aligned columns, or a block per item).
 *
 * @example
 * const out = createWriter(process.stdout, { format: "csv", columns: COUNTRY_COLUMNS, style });
 * for (const c of countries) await out.write(c);
 * await out.end();
 */
export function createWriter<T>(stream: Writable, options: WriterOptions<T>): ItemWriter<T> {
  const toJson = options.toJson ?? ((item: T) => item);
  switch (options.format) {
    case "ndjson":
      return {
        write: (item) => writeChunk(stream, `${JSON.stringify(toJson(item))}\n`),
        end: async () => {},
      };
    case "json":
      return createJsonWriter(stream, toJson, options.loneObject ?? false);
    case "csv": {
      let started = false;
      const header = () => {
        started = true;
        return toCsvLine(options.columns.map((c) => c.header));
      };
      return {
        write: (item) =>
          writeChunk(stream, `${started ? "" : header()}${toCsvLine(options.columns.map((c) => c.get(item)))}`),
        end: () => (started ? Promise.resolve() : writeChunk(stream, header())),
      };
    }
    case "table": {
      if (options.block) {
        const block = options.block;
        return { write: (item) => writeChunk(stream, block(item)), end: async () => {} };
      }
      const rows: T[] = [];
      return {
        write: async (item) => {
          rows.push(item);
        },
        end: () => writeChunk(stream, rows.length ? renderTable(rows, options.columns, options.style) : "(none)\n"),
      };
    }
  }
}

function createJsonWriter<T>(stream: Writable, toJson: (item: T) => unknown, loneObject: boolean): ItemWriter<T> {
  let held: string | null = null;
  let count = 0;
  const indent = (json: string) => json.replace(/\n/g, "\n  ");
  return {
    async write(item) {
      const json = JSON.stringify(toJson(item), null, 2);
      count++;
      if (loneObject && count === 1) {
        held = json;
        return;
      }
      if (held !== null) {
        await writeChunk(stream, `[\n  ${indent(held)}`);
        held = null;
      }
      await writeChunk(stream, count === 1 ? `[\n  ${indent(json)}` : `,\n  ${indent(json)}`);
    },
    async end() {
      if (count === 0) await writeChunk(stream, "[]\n");
      else if (held !== null) await writeChunk(stream, `${held}\n`);
      else await writeChunk(stream, "\n]\n");
    },
  };
}
