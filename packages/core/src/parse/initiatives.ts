import type { Initiative } from "../schemas/initiative.js";
import type { Doc } from "./context.js";

/** Named initiatives, agreements and frameworks with canonical names. (First version: none.) */
export function findInitiatives(_doc: Doc): Initiative[] {
  return [];
}
