import type { Event } from "../schemas/event.js";
import type { Doc } from "./context.js";

/** Events from their triggers, the main one first. (First version: none.) */
export function findEvents(_doc: Doc): Event[] {
  return [];
}
