import type { EventType } from "@org/diplomacy-core";
import { EVENT_TYPE_ORDER } from "./event-types.js";

/** What the timeline needs of an event. */
export interface DatedEvent {
  type: EventType;
  /** YYYY-MM-DD, or null when neither the event nor its article is dated. */
  effectiveDate: string | null;
  /** How many events this entry stands for (default 1), for counts that arrive already grouped. */
  count?: number;
}

export interface Timeline {
  /** Every month from the first to the last dated event, as YYYY-MM, gaps included. */
  months: string[];
  /** The event types present, in the legend's order. */
  types: EventType[];
  /** counts[monthIndex][type] */
  counts: Partial<Record<EventType, number>>[];
  /** The largest number of events in one month (all types). */
  peak: number;
  /** Events without a date, left off the axis. */
  undated: number;
}

/** Longest axis drawn month by month; longer spans are cut to their latest months. */
export const MAX_TIMELINE_MONTHS = 240;

/**
 * Counts events by month and type over a continuous month axis.
 *
 * @example
 * buildTimeline([{ type: "visit", effectiveDate: "2024-01-05" }, { type: "meeting", effectiveDate: "2024-03-01" }]).months;
 * // ["2024-01", "2024-02", "2024-03"]
 */
export function buildTimeline(events: readonly DatedEvent[]): Timeline {
  const byMonth = new Map<string, Partial<Record<EventType, number>>>();
  const present = new Set<EventType>();
  let undated = 0;
  for (const event of events) {
    const month =
      event.effectiveDate && /^\d{4}-\d{2}/.test(event.effectiveDate) ? event.effectiveDate.slice(0, 7) : null;
    const weight = event.count ?? 1;
    if (!month) {
      undated += weight;
      continue;
    }
    const bucket = byMonth.get(month) ?? {};
    bucket[event.type] = (bucket[event.type] ?? 0) + weight;
    byMonth.set(month, bucket);
    present.add(event.type);
  }
  const sorted = [...byMonth.keys()].sort();
  const months = sorted.length ? listMonths(sorted[0]!, sorted.at(-1)!).slice(-MAX_TIMELINE_MONTHS) : [];
  const counts = months.map((m) => byMonth.get(m) ?? {});
  const peak = counts.reduce((max, c) => Math.max(max, sumCounts(c)), 0);
  return { months, types: EVENT_TYPE_ORDER.filter((t) => present.has(t)), counts, peak, undated };
}

/**
 * Every month from `first` to `last` inclusive, as YYYY-MM.
 *
 * @example
 * listMonths("2023-11", "2024-02"); // ["2023-11", "2023-12", "2024-01", "2024-02"]
 */
export function listMonths(first: string, last: string): string[] {
  let year = Number(first.slice(0, 4));
  let month = Number(first.slice(5, 7));
  const endYear = Number(last.slice(0, 4));
  const endMonth = Number(last.slice(5, 7));
  const months: string[] = [];
  while ((year < endYear || (year === endYear && month <= endMonth)) && months.length <= 12 * 500) {
    months.push(`${year}-${String(month).padStart(2, "0")}`);
    month++;
    if (month > 12) {
      month = 1;
      year++;
    }
  }
  return months;
}

function sumCounts(counts: Partial<Record<EventType, number>>): number {
  return Object.values(counts).reduce((a, b) => a + (b ?? 0), 0);
}
