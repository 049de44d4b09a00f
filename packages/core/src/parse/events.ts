import { codeEvent } from "../codes/event-codes.js";
import type { Actor } from "../schemas/actor.js";
import type { Event, EventDate, EventType } from "../schemas/event.js";
import type { Span } from "../schemas/span.js";
import type { DateMention, Doc, Sentence } from "./context.js";
import { findPlaces, locateEvent, type PlacedLocation } from "./events/location.js";
import { findActingCountries, findParticipants, firstMentionIn } from "./events/participants.js";
import { findTriggers, type TriggerHit } from "./events/triggers.js";

/**
 * Events from their trigger wordings, one per type per sentence, the article's main event first: the event its
 * lead reports (helped by the headline), completed from the headline and the next few sentences that report
 * the same event (its date, venue, other participants). Then every other event in text order.
 */

/** An event found in one sentence, before the main event is assembled. */
interface Draft {
  type: EventType;
  trigger: TriggerHit;
  sentence: Sentence;
  order: number;
  participants: string[];
  countries: string[];
  date: DateMention | null;
  location: PlacedLocation | null;
  host: string | null;
  guest: string | null;
}

/** How many sentences after the lead may still report the main event. */
const MAIN_WINDOW = 4;
/** How far into the body the lead is looked for. */
const LEAD_SEARCH = 6;

const CALL_HEADLINE = /\b(?:phone|telephone|telephonic|video)\b|\bcalls?\b/i;
const REPORTING_BEFORE =
  /\b(?:said|says|say|reported|reports|report|announced|announces|stated|told reporters|told journalists|quoted|wrote|tweeted|posted|confirmed)\s*,?\s*$/i;
const REPORTING_AFTER = /^\s*,?\s*(?:said|says|reported|announced|stated|confirmed)\b/i;

/**
 * Events of `doc`, main event first.
 *
 * @example
 * findEvents(doc)[0] // { type: "meeting", date: { value: "2023-08-30", ... }, location: { name: "Beijing", country: "CN" }, ... }
 */
export function findEvents(doc: Doc): Event[] {
  const sentences = orderedSentences(doc);
  if (sentences.length === 0) return [];
  const headlineText = doc.structure.headline?.text ?? "";
  const callContext = CALL_HEADLINE.test(headlineText);
  const drafts: Draft[] = [];
  sentences.forEach((sentence, order) => {
    drafts.push(...draftsIn(doc, sentence, order, callContext));
  });
  if (drafts.length === 0) return [];

  const main = chooseMain(drafts);
  const merged = mergeMain(doc, main, drafts);
  const rest = drafts.filter((d) => d !== main && !merged.has(d));
  return [main, ...rest].map((d, i) => toEvent(d, i));
}

/** Headline first, then body sentences in text order. */
function orderedSentences(doc: Doc): Sentence[] {
  const list = doc.sentences.length
    ? [...doc.sentences]
    : [
        ...(doc.structure.headline ? [{ ...doc.structure.headline.span, paragraph: -1 }] : []),
        ...doc.structure.paragraphs.map((p, i) => ({ ...p, paragraph: i })),
      ];
  return list.sort((a, b) => (a.paragraph < 0 ? -1 : 0) - (b.paragraph < 0 ? -1 : 0) || a.start - b.start);
}

function draftsIn(doc: Doc, sentence: Sentence, order: number, callContext: boolean): Draft[] {
  const hits = findTriggers(doc.text, sentence.start, sentence.end, { callContext });
  if (hits.length === 0) return [];
  const byType = new Map<EventType, TriggerHit>();
  for (const hit of hits) {
    const seen = byType.get(hit.type);
    if (!seen || hit.weight > seen.weight) byType.set(hit.type, hit);
  }
  const sideline = hits.find((h) => h.cameo === "044");
  if (sideline && !byType.has("summit")) byType.set("summit", { ...sideline, type: "summit", cameo: "040", weight: 1 });

  const participants = findParticipants(doc.actors, sentence);
  const places = findPlaces(doc.text, sentence.start, sentence.end);
  return [...byType.values()]
    .sort((a, b) => a.start - b.start)
    .map((trigger) => {
      const people = trigger.type === "summit" && trigger.cameo === "040" && sideline ? [] : participants;
      const countries = findActingCountries(
        doc.text,
        sentence,
        doc.countryMentions,
        people.map((id) => countryOf(doc.actors, id)),
        null,
      );
      const location = locateEvent({
        type: trigger.type,
        places,
        triggerAt: trigger.start,
        datelinePlace: null,
        actingCountry: countries[0] ?? null,
      });
      const roles = hostAndGuest(doc, trigger, sentence, people);
      return {
        type: trigger.type,
        trigger,
        sentence,
        order,
        participants: people,
        countries: location?.span
          ? countries.filter((c) => !(c === location.country && onlyAsPlace(doc, sentence, c, location.span!)))
          : countries,
        date: chooseDate(doc, trigger, sentence),
        location,
        ...roles,
      };
    });
}

/** The main event: in the lead (the first body sentence that reports one), typed with the headline's help. */
function chooseMain(drafts: Draft[]): Draft {
  const headline = drafts.filter((d) => d.sentence.paragraph < 0);
  const body = drafts.filter((d) => d.sentence.paragraph >= 0);
  const firstBodyOrder = body[0]?.order;
  const leadOrder = body.find((d) => d.order - (firstBodyOrder ?? 0) < LEAD_SEARCH)?.order;
  const lead = body.filter((d) => d.order === leadOrder);
  if (lead.length === 0) return headline[0] ?? drafts[0]!;
  const headlineTypes = headline.map((d) => d.type);
  const agreed = lead
    .filter((d) => headlineTypes.includes(d.type))
    .sort((a, b) => headlineTypes.indexOf(a.type) - headlineTypes.indexOf(b.type));
  if (agreed[0]) return agreed[0];
  return [...lead].sort((a, b) => b.trigger.weight - a.trigger.weight || a.trigger.start - b.trigger.start)[0]!;
}

/** Completes the main event from the headline and the sentences after the lead; returns the drafts absorbed. */
function mergeMain(doc: Doc, main: Draft, drafts: Draft[]): Set<Draft> {
  const absorbed = new Set<Draft>();
  const leadTypes = new Set(drafts.filter((d) => d.order === main.order).map((d) => d.type));
  const compatible = (t: EventType) => t === main.type || (main.type === "phone_call" && t === "meeting");

  for (const h of drafts) {
    if (h === main || h.sentence.paragraph >= 0) continue;
    if (main.sentence.paragraph < 0) break;
    if (compatible(h.type)) {
      absorb(main, h, true);
      absorbed.add(h);
    } else if (leadTypes.has(h.type)) {
      const target = drafts.find((d) => d.order === main.order && d.type === h.type)!;
      absorb(target, h, true);
      absorbed.add(h);
    } else absorbed.add(h);
  }

  const last = main.order + MAIN_WINDOW;
  for (const d of drafts) {
    if (d === main || absorbed.has(d) || d.sentence.paragraph < 0) continue;
    if (d.order <= main.order || d.order > last || d.type !== main.type) continue;
    if (conflicts(main, d)) continue;
    absorb(main, d, false);
    absorbed.add(d);
  }

  if (!main.date && doc.structure.dateline?.date && main.sentence.paragraph >= 0) {
    const value = doc.structure.dateline.date;
    main.date = {
      span: doc.structure.dateline.span,
      future: false,
      date: {
        value,
        precision: "day",
        text: doc.text.slice(doc.structure.dateline.span.start, doc.structure.dateline.span.end),
      },
    };
  }
  if (main.sentence.paragraph >= 0 && main.sentence.paragraph <= 2 && main.location?.level !== "city") {
    const relocated = locateEvent({
      type: main.type,
      places: findPlaces(doc.text, main.sentence.start, main.sentence.end),
      triggerAt: main.trigger.start,
      datelinePlace: doc.structure.dateline?.place ?? null,
      actingCountry: main.countries[0] ?? null,
    });
    if (relocated) main.location = relocated;
  }
  return absorbed;
}

/** Two same-type reports that give different days or different cities are two events. */
function conflicts(a: Draft, b: Draft): boolean {
  const av = a.date?.date.value;
  const bv = b.date?.date.value;
  if (av && bv && av !== bv) return true;
  const al = a.location;
  const bl = b.location;
  return !!(al && bl && al.name !== bl.name && al.country === bl.country);
}

function absorb(into: Draft, from: Draft, fromHeadline: boolean): void {
  if (!into.date || (into.date.date.value === null && into.date.vague)) {
    if (from.date && (from.date.date.value !== null || !into.date)) into.date = from.date;
  }
  if (!into.location && from.location) into.location = from.location;
  if (fromHeadline || into.participants.length < 2) {
    for (const p of from.participants) if (!into.participants.includes(p)) into.participants.push(p);
  }
  for (const c of from.countries) if (!into.countries.includes(c)) into.countries.push(c);
  into.host ??= from.host;
  into.guest ??= from.guest;
}

/** The date mention of the event's sentence nearest its trigger; dates of "said on Monday" date only statements. */
function chooseDate(doc: Doc, trigger: TriggerHit, sentence: Span): DateMention | null {
  const candidates = doc.dates.filter((d) => d.span.start >= sentence.start && d.span.end <= sentence.end);
  const usable = candidates.filter((d) => trigger.type === "statement" || !isReportingDate(doc.text, d.span, sentence));
  if (usable.length === 0) return null;
  const distance = (d: DateMention) =>
    d.span.start >= trigger.end ? d.span.start - trigger.end : Math.max(0, trigger.start - d.span.end);
  const rank = (d: DateMention) => (d.date.precision === "year" ? 1 : 0);
  return [...usable].sort((a, b) => rank(a) - rank(b) || distance(a) - distance(b))[0]!;
}

function isReportingDate(text: string, span: Span, sentence: Span): boolean {
  const before = text.slice(Math.max(sentence.start, span.start - 30), span.start);
  const after = text.slice(span.end, Math.min(sentence.end, span.end + 20));
  return REPORTING_BEFORE.test(before) || REPORTING_AFTER.test(after);
}

/** Host and guest where the wording shows them: "X received Y", "Y was received by X", "X visited ...". */
function hostAndGuest(
  doc: Doc,
  trigger: TriggerHit,
  sentence: Span,
  people: string[],
): { host: string | null; guest: string | null } {
  const words = doc.text.slice(trigger.start, trigger.end).toLowerCase();
  const before = people.filter((id) => (firstMentionIn(doc.actors, id, sentence)?.start ?? 0) < trigger.start);
  const after = people.filter((id) => (firstMentionIn(doc.actors, id, sentence)?.start ?? 0) >= trigger.end);
  const passive = /\bby$/.test(words) || /^\s*(?:\w+\s+){0,2}by\b/.test(doc.text.slice(trigger.end, trigger.end + 20));
  if (trigger.cameo === "043") {
    const host = passive ? (after[0] ?? null) : (before.at(-1) ?? null);
    const guest = passive ? (before.at(-1) ?? null) : (after[0] ?? null);
    return { host, guest };
  }
  if (trigger.type === "visit") return { host: null, guest: before.at(-1) ?? null };
  return { host: null, guest: null };
}

function countryOf(actors: readonly Actor[], id: string): string | null {
  return actors.find((a) => a.id === id)?.country ?? null;
}

/** True when every mention of `code` in the sentence lies inside the venue ("in Beijing"). */
function onlyAsPlace(doc: Doc, sentence: Span, code: string, venue: Span): boolean {
  const mentions = doc.countryMentions.filter(
    (m) => m.code === code && m.span.start >= sentence.start && m.span.end <= sentence.end,
  );
  const people = doc.actors.some(
    (a) =>
      a.country === code &&
      a.kind === "person" &&
      a.mentions.some((m) => m.start >= sentence.start && m.end <= sentence.end),
  );
  return !people && mentions.every((m) => m.span.start >= venue.start && m.span.end <= venue.end);
}

function toEvent(d: Draft, index: number): Event {
  const codes = codeEvent(d.type, d.trigger.cameo);
  const date: EventDate | null = d.date ? { ...d.date.date } : null;
  const location = d.location
    ? { name: d.location.name, country: d.location.country, ...(d.location.span ? { span: d.location.span } : {}) }
    : null;
  return {
    id: `e${index + 1}`,
    type: d.type,
    date,
    location,
    participants: d.participants,
    countries: d.countries,
    host: d.host,
    guest: d.guest,
    trigger: d.trigger.text,
    ...codes,
    evidence: { start: d.sentence.start, end: d.sentence.end },
  };
}
