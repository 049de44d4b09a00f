import type { Statement } from "../schemas/quote.js";
import type { Doc } from "./context.js";

/** Indirect positions ("Zhao urged both countries to ..."). (First version: none.) */
export function findStatements(_doc: Doc): Statement[] {
  return [];
}
