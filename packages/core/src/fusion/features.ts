import type { Article } from "../schemas/article.js";
import type { Event, EventType } from "../schemas/event.js";
import type { FusionFeatures } from "../schemas/story.js";

// Feature families fusion compares. Each returns a part of the pair score, or null when the pair can never merge.

const DAY = 86_400_000;
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const dayMs = (iso: string) => Date.parse(`${iso.slice(0, 10)}T00:00:00Z`);

/**
 * The days an event can be on. Day precision allows one day either side (time zones, "on Thursday" in a report
 * published the next day); month and year precision cover their month or year. An undated event of an article with a
 * publication date is bounded by it: the week before, to the day after.
 */
export function dateRange(
  event: Event,
  publishedAt: string | null,
): Pick<FusionFeatures, "from" | "to" | "dated" | "precision"> {
  const value = event.date?.value ?? null;
  if (value) {
    const precision = event.date!.precision;
    if (precision === "day" && value.length >= 10) {
      const d = dayMs(value);
      return { from: isoDay(d - DAY), to: isoDay(d + DAY), dated: true, precision };
    }
    const year = Number(value.slice(0, 4));
    if (value.length >= 7) {
      const month = Number(value.slice(5, 7));
      return {
        from: `${value.slice(0, 7)}-01`,
        to: isoDay(Date.UTC(year, month, 1) - DAY),
        dated: true,
        precision: "month",
      };
    }
    return { from: `${year}-01-01`, to: `${year}-12-31`, dated: true, precision: "year" };
  }
  if (publishedAt && /^\d{4}-\d{2}-\d{2}/.test(publishedAt)) {
    const p = dayMs(publishedAt);
    return { from: isoDay(p - 7 * DAY), to: isoDay(p + DAY), dated: false, precision: null };
  }
  return { from: null, to: null, dated: false, precision: null };
}

/** Whether two ranges share a day; unbounded ranges share every day. */
export function rangesMeet(
  a: { from: string | null; to: string | null },
  b: { from: string | null; to: string | null },
) {
  if (!a.from || !a.to || !b.from || !b.to) return true;
  return a.from <= b.to && b.from <= a.to;
}

/** The days two ranges share (unbounded sides taken from the other). */
export function intersect(
  a: { from: string | null; to: string | null },
  b: { from: string | null; to: string | null },
): { from: string | null; to: string | null } {
  const from = !a.from ? b.from : !b.from ? a.from : a.from > b.from ? a.from : b.from;
  const to = !a.to ? b.to : !b.to ? a.to : a.to < b.to ? a.to : b.to;
  return { from, to };
}

const MEETING_LIKE = new Set<EventType>(["meeting", "visit", "summit", "agreement"]);
const OPEN = new Set<EventType>(["statement", "other"]);

/**
 * Type compatibility: equal types 1; a visit or summit contains its meetings and the agreements signed there (0.7);
 * a statement or an unclassified act may come out of any event (0.4); a call is never a visit or a meeting, and a
 * protest or a sanction only matches its own kind (null).
 */
export function typeAgreement(a: EventType, b: EventType): number | null {
  if (a === b) return 1;
  if (MEETING_LIKE.has(a) && MEETING_LIKE.has(b)) return 0.7;
  if (a === "phone_call" || b === "phone_call") return OPEN.has(a) || OPEN.has(b) ? 0.3 : null;
  if (OPEN.has(a) || OPEN.has(b)) return 0.4;
  return null;
}

const STOP = new Set(
  "that this with from have were will would their there about after said says also which been into over they them than when what while where these those being other more most such only some very upon just like across against between during under".split(
    " ",
  ),
);

/** Content tokens (4+ letters, no function words), sorted and unique. */
export function contentTokens(text: string): string[] {
  const out = new Set<string>();
  for (const raw of text.toLowerCase().split(/[^\p{L}\p{N}]+/u)) {
    if (raw.length >= 4 && !STOP.has(raw)) out.add(raw);
  }
  return [...out].sort();
}

/** Jaccard of two sorted unique lists. */
export function jaccard(a: readonly string[], b: readonly string[]): number {
  if (!a.length || !b.length) return 0;
  const set = new Set(a);
  let both = 0;
  for (const x of b) if (set.has(x)) both++;
  return both / (a.length + b.length - both);
}

export function overlap(a: readonly string[], b: readonly string[]): number {
  const set = new Set(a);
  let both = 0;
  for (const x of b) if (set.has(x)) both++;
  return both;
}

/** The evidence text of an event and its paragraph's neighbourhood (the sentence the event was read from). */
export function evidenceText(article: Article, event: Event): string {
  return article.text.slice(event.evidence.start, event.evidence.end);
}
