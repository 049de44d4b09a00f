import type { Topic } from "../schemas/initiative.js";
import type { Doc } from "./context.js";

/** Topics from the fixed vocabulary, found by keyword families. (First version: none.) */
export function findTopics(_doc: Doc): Topic[] {
  return [];
}
