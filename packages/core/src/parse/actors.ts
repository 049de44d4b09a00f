import type { Actor } from "../schemas/actor.js";
import type { Doc } from "./context.js";

/** People and organisations with their titles, countries and every mention. (First version: none.) */
export function findActors(_doc: Doc): Actor[] {
  return [];
}
