import type { DateMention, Doc, TextStructure } from "./context.js";

/** The date relative expressions resolve against: publication, else the dateline's date, else the caller's. */
export function resolveAnchorDate(structure: TextStructure, referenceDate: string | null): string | null {
  return structure.publishedAt?.slice(0, 10) ?? structure.dateline?.date ?? referenceDate ?? null;
}

/** Every date expression in the body, resolved against `doc.anchorDate`. (First version: none.) */
export function findDates(_doc: Doc): DateMention[] {
  return [];
}
