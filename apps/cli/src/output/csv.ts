/** A CSV cell value: text, number, boolean or empty. */
export type Cell = string | number | boolean | null | undefined;

/**
 * Quotes one CSV field per RFC 4180 when it holds a comma, quote or line break.
 *
 * @example
 * escapeCsv('He said "yes", then left'); // "\"He said \"\"yes\"\", then left\""
 */
export function escapeCsv(value: Cell): string {
  if (value === null || value === undefined) return "";
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * Formats one CSV record, ending in CRLF as RFC 4180 asks.
 *
 * @example
 * toCsvLine(["a", 1, null]); // "a,1,\r\n"
 */
export function toCsvLine(values: readonly Cell[]): string {
  return `${values.map(escapeCsv).join(",")}\r\n`;
}
