import type { Article } from "@org/diplomacy-core";
import type { Column } from "./columns.js";
import { describeActor } from "./columns.js";

/** ANSI styles, or plain text when colour is off. */
export function createStyle(color: boolean) {
  const wrap = (open: number, close: number) => (text: string) => (color ? `\x1b[${open}m${text}\x1b[${close}m` : text);
  return { bold: wrap(1, 22), dim: wrap(2, 22), red: wrap(31, 39), green: wrap(32, 39), cyan: wrap(36, 39) };
}
export type Style = ReturnType<typeof createStyle>;

/** Cuts `text` to `width` characters with an ellipsis, and flattens line breaks. */
export function truncate(text: string, width: number): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > width ? `${flat.slice(0, Math.max(0, width - 1))}…` : flat;
}

/**
 * Renders rows as an aligned text table with a header line.
 *
 * @example
 * renderTable([{ code: "CN" }], [{ header: "code", get: (r) => r.code }], createStyle(false)); // "code\n----\nCN\n"
 */
export function renderTable<T>(rows: readonly T[], columns: readonly Column<T>[], style: Style): string {
  const cells = rows.map((row) =>
    columns.map((c) => {
      const value = c.get(row);
      return truncate(value === null || value === undefined ? "" : String(value), c.width ?? 40);
    }),
  );
  const widths = columns.map((c, i) => Math.max(c.header.length, ...cells.map((r) => r[i]!.length)));
  const line = (values: string[]) =>
    values
      .map((v, i) => (i === values.length - 1 ? v : v.padEnd(widths[i]!)))
      .join("  ")
      .trimEnd();
  const header = style.bold(line(columns.map((c) => c.header)));
  const rule = style.dim(widths.map((w) => "-".repeat(w)).join("  "));
  return [header, rule, ...cells.map(line)].join("\n") + "\n";
}

/**
 * A readable summary of one parsed article for a terminal: headline, date, countries, actors, events, quotes.
 *
 * @example
 * process.stdout.write(renderArticleBlock("a.txt", record, createStyle(true)));
 */
export function renderArticleBlock(name: string, record: Article, style: Style): string {
  const rows: [string, string][] = [];
  const add = (label: string, value: string | null | undefined) => {
    if (value) rows.push([label, value]);
  };
  add("Headline", record.headline);
  add("Published", record.publishedAt);
  add("Source", record.source);
  add("Dateline", [record.dateline?.place, record.dateline?.date].filter(Boolean).join(", "));
  add("Byline", record.byline);
  add(
    "Countries",
    record.countries.map((c) => (c.role === "party" ? style.bold(`${c.name} (${c.code})`) : c.code)).join(", "),
  );
  const actors = record.actors.filter((a) => a.role === "actor");
  add("Actors", actors.map((a) => describeActor(a)).join("; "));
  const names = new Map(record.actors.map((a) => [a.id, a.name]));
  record.events.slice(0, 5).forEach((event, i) => {
    const when = event.date?.value ?? event.date?.text;
    const where = event.location?.name;
    const who = event.participants.map((id) => names.get(id) ?? id).join(", ");
    const codes = style.dim(
      `CAMEO ${event.cameo} · ${event.plover} · ${event.goldstein >= 0 ? "+" : ""}${event.goldstein}`,
    );
    add(
      i === 0 ? "Events" : "",
      `${style.cyan(event.type)}${when ? ` ${when}` : ""}${where ? ` in ${where}` : ""}${who ? `: ${who}` : ""} ${codes}`,
    );
  });
  if (record.events.length > 5) add("", style.dim(`… ${record.events.length - 5} more`));
  record.quotes.slice(0, 3).forEach((quote, i) => {
    const speaker = quote.speaker ? (names.get(quote.speaker) ?? quote.speaker) : "unattributed";
    add(i === 0 ? "Quotes" : "", `“${truncate(quote.text, 100)}” ${style.dim(`— ${speaker}`)}`);
  });
  add("Initiatives", record.initiatives.map((i) => i.name).join(", "));
  add(
    "Relationship",
    record.relationship ? `${record.relationship.level} (${record.relationship.countries.join(", ")})` : null,
  );
  add("Topics", record.topics.join(", "));
  const width = 13;
  const body = rows.map(([label, value]) => `  ${style.dim(label.padEnd(width))}${value}`).join("\n");
  return `${style.bold(`━━ ${name}`)} ${style.dim(record.id.slice(0, 12))}\n${body}\n\n`;
}
