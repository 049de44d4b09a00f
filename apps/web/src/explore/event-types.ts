import { z } from "zod";
import type { EventType } from "@org/diplomacy-core";

// A record keyed by the core's EventType, so the compiler flags any type the core adds or drops, without loading
// the core (and its gazetteers) into the page's main bundle.
const TYPE_RANK: Record<EventType, number> = {
  meeting: 0,
  phone_call: 1,
  visit: 2,
  summit: 3,
  agreement: 4,
  statement: 5,
  protest: 6,
  sanction: 7,
  other: 8,
};

/** Event types in the order legends and stacks list them. */
export const EVENT_TYPE_ORDER = (Object.keys(TYPE_RANK) as EventType[]).sort((a, b) => TYPE_RANK[a] - TYPE_RANK[b]);

/** The closed vocabulary of event types, for validating filters. */
export const EventTypeFilterSchema = z.enum(EVENT_TYPE_ORDER as [EventType, ...EventType[]]);

/** One colour per event type, readable on white and distinct for common colour-vision deficiencies. */
export const EVENT_TYPE_COLORS: Record<EventType, string> = {
  meeting: "#1f77b4",
  phone_call: "#17becf",
  visit: "#2ca02c",
  summit: "#9467bd",
  agreement: "#bcbd22",
  statement: "#7f7f7f",
  protest: "#ff7f0e",
  sanction: "#d62728",
  other: "#8c564b",
};

/**
 * A readable name for an event type.
 *
 * @example
 * formatEventType("phone_call"); // "phone call"
 */
export function formatEventType(type: EventType): string {
  return type.replace(/_/g, " ");
}
