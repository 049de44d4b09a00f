import type { Quote } from "../schemas/quote.js";
import type { Doc } from "./context.js";

/** Direct quotations with their speaker. (First version: none.) */
export function findQuotes(_doc: Doc): Quote[] {
  return [];
}
