import type { EventType } from "@org/diplomacy-core";

/** Event types in the order legends and stacks list them. */
export const EVENT_TYPE_ORDER: EventType[] = [
  "meeting",
  "phone_call",
  "visit",
  "summit",
  "agreement",
  "statement",
  "protest",
  "sanction",
  "other",
];

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
