import type { StoredEvent } from "./api-schemas.js";

/** The columns of the explorer's CSV download, in order. */
export const EVENT_CSV_COLUMNS = [
  "date",
  "dateText",
  "type",
  "cameo",
  "plover",
  "goldstein",
  "countries",
  "participants",
  "location",
  "evidence",
  "headline",
  "url",
  "articleId",
  "eventId",
] as const;

/**
 * Writes events as RFC 4180 CSV (CRLF line ends, fields quoted when they hold a comma, quote or line break), with a
 * header row. Cells starting with =, +, - or @ are prefixed with a quote mark so spreadsheets do not run them.
 *
 * @example
 * formatEventsCsv(events).split("\r\n")[0]; // "date,dateText,type,cameo,..."
 */
export function formatEventsCsv(events: readonly StoredEvent[]): string {
  const rows = events.map((event) => [
    event.date?.value ?? event.effectiveDate ?? "",
    event.date?.text ?? "",
    event.type,
    event.cameo,
    event.plover,
    String(event.goldstein),
    event.countries.join(";"),
    event.participants.map((p) => p.name).join(";"),
    event.location?.name ?? "",
    event.evidenceText,
    event.article?.headline ?? "",
    event.article?.url ?? "",
    event.articleId,
    event.id,
  ]);
  return `${[[...EVENT_CSV_COLUMNS], ...rows].map((row) => row.map(formatCell).join(",")).join("\r\n")}\r\n`;
}

function formatCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) && !/^-?\d+(\.\d+)?$/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
