/** A highlighted range of the text, tagged with the fact it belongs to. */
export interface Mark {
  /** Key of the fact this range evidences, e.g. "actor:a1". */
  key: string;
  /** What kind of fact it is; drives the colour. */
  kind: string;
  start: number;
  end: number;
}

/** A maximal run of text covered by the same set of marks (possibly none). */
export interface Segment {
  start: number;
  end: number;
  /** Marks covering the whole run, innermost (shortest) first. */
  marks: Mark[];
}

/**
 * Splits `length` characters of text into non-overlapping runs from possibly overlapping, nested or out-of-range
 * marks. Every character belongs to exactly one run; runs are in order and cover `[0, length)` without gaps.
 * Marks are clamped to the text; empty marks are dropped.
 *
 * @example
 * splitIntoSegments(10, [{ key: "a", kind: "actor", start: 2, end: 6 }, { key: "e", kind: "event", start: 4, end: 8 }])
 * // runs [0,2) [2,4){a} [4,6){a,e} [6,8){e} [8,10)
 */
export function splitIntoSegments(length: number, marks: readonly Mark[]): Segment[] {
  const size = Math.max(0, Math.floor(length));
  if (size === 0) return [];
  const clamped = marks
    .map((m) => ({ ...m, start: clampOffset(m.start, size), end: clampOffset(m.end, size) }))
    .filter((m) => m.end > m.start);
  const cuts = new Set<number>([0, size]);
  for (const m of clamped) {
    cuts.add(m.start);
    cuts.add(m.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const byStart = [...clamped].sort((a, b) => a.start - b.start);
  const segments: Segment[] = [];
  let active: Mark[] = [];
  let next = 0;
  for (let i = 0; i < points.length - 1; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    active = active.filter((m) => m.end > start);
    while (next < byStart.length && byStart[next]!.start <= start) {
      const m = byStart[next++]!;
      if (m.end > start) active.push(m);
    }
    const covering = [...active].sort(compareInnermostFirst);
    const previous = segments[segments.length - 1];
    if (previous && sameMarks(previous.marks, covering)) previous.end = end;
    else segments.push({ start, end, marks: covering });
  }
  return segments;
}

function clampOffset(value: number, size: number): number {
  if (Number.isNaN(value)) return 0;
  return Math.min(size, Math.max(0, Math.floor(value)));
}

function compareInnermostFirst(a: Mark, b: Mark): number {
  return a.end - a.start - (b.end - b.start) || b.start - a.start || a.key.localeCompare(b.key);
}

function sameMarks(a: readonly Mark[], b: readonly Mark[]): boolean {
  return a.length === b.length && a.every((m, i) => m === b[i]);
}
