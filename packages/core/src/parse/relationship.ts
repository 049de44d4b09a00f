import type { Relationship } from "../schemas/initiative.js";
import type { Doc } from "./context.js";

/** The relationship level the article names ("comprehensive strategic partnership"). (First version: none.) */
export function findRelationship(_doc: Doc): Relationship | null {
  return null;
}
