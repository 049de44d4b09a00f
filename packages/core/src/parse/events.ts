import { codeEvent } from "../codes/event-codes.js";
import type { Actor } from "../schemas/actor.js";
import type { Event, EventDate, EventType } from "../schemas/event.js";
import type { Span } from "../schemas/span.js";
import type { DateMention, Doc, Sentence } from "./context.js";
import { findPlaces, locateEvent, type PlacedLocation } from "./events/location.js";
import { findActingCountries, findAttendance, findParticipants, firstMentionIn } from "./events/participants.js";
import { findTriggers, type TriggerHit } from "./events/triggers.js";

/**
 * Events from their trigger wordings, one per type per sentence, the article's main event first: the event its
 * lead reports (typed with the headline's help), completed from the headline and the next sentences that report
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
  /** Each participant's country, as the actors stage gave it. */
  participantCountries: Map<string, string | null>;
  /** A meeting named only as the purpose of a visit in the same sentence ("arrived ... for talks"). */
  subordinate: boolean;
}

/** How many substantive sentences after the lead may still report the main event. */
const MAIN_WINDOW = 2;
/** How far into the body the lead is looked for. */
const LEAD_SEARCH = 6;
/** Sentences shorter than this (captions, credits) do not count towards the window. */
const SUBSTANTIVE_WORDS = 7;

// "call with", "phone call", but not "calls for restraint" or "calls on Iran"
const CALL_HEADLINE = /\b(?:phone|telephone|telephonic|video)\b|\bcalls?\b(?!\s+(?:for|on|upon|to|off)\b)/i;
const REPORTING_BEFORE =
  /\b(?:said|says|say|reported|reports|report|announced|announces|stated|told reporters|told journalists|quoted|wrote|tweeted|posted|confirmed)\s*,?\s*(?:(?:early|late|earlier|later)\s+)?$/i;
const REPORTING_AFTER = /^\s*,?\s*(?:said|says|reported|announced|stated|confirmed)\b/i;
/** Words before a trigger that put the event in the future: the dateline's day is not its day. */
const FUTURE_BEFORE =
  /\b(?:will|shall|would|is to|are to|set to|due to|scheduled to|expected to|plans? to|planning to|going to)\s+(?:\S+\s+){0,2}$|\bto\s+$/i;
const CALL_NOUNS = /^(?:talks|discussions?|conversations?|consultations)$/i;

/**
 * Events of `doc`, main event first.
 *
 * @example
 * findEvents(doc)[0] // { type: "meeting", date: { value: "2023-08-30", ... }, location: { name: "Beijing", country: "CN" }, ... }
 */
export function findEvents(doc: Doc): Event[] {
  const sentences = orderedSentences(doc);
  if (sentences.length === 0) return [];
  // a page that reports no diplomatic actor reports no diplomatic event
  if (doc.relevance && !doc.relevance.diplomatic) return [];
  const callContext = CALL_HEADLINE.test(doc.structure.headline?.text ?? "");
  const drafts: Draft[] = [];
  const scoped = scopeBySentence(doc, sentences);
  sentences.forEach((sentence, order) => {
    drafts.push(...draftsIn(scoped[order]!, sentence, order, callContext));
  });
  const said = statementFallback(scoped, sentences, drafts);
  if (said) {
    const at = drafts.findIndex((d) => d.order > said.order);
    drafts.splice(at < 0 ? drafts.length : at, 0, said);
  }
  if (drafts.length === 0) return [];

  const main = chooseMain(drafts);
  if (main.type === "phone_call") for (const d of drafts) if (isCallReference(doc, d)) d.type = "phone_call";
  const headings = findSectionHeadings(doc);
  const merged = mergeMain(doc, main, drafts, sentences, new Set(headings.map((h) => h.index)));
  applySectionHeadings(main, drafts, headings);
  addAttendees(main, doc, sentences);
  const rest = drafts.filter((d) => d !== main && !merged.has(d));
  const ordered = [...rest.filter((d) => !d.subordinate), ...rest.filter((d) => d.subordinate)];
  completeFromSiblings(doc.text, [main, ...ordered]);
  return [main, ...ordered].map((d, i) => toEvent(doc, d, i));
}

const GATHERINGS: ReadonlySet<EventType> = new Set(["summit", "meeting"]);

/** A summit's or meeting's attendees, wherever the article's body lists them ("was attended by ...", "X also attended the meeting"). */
function addAttendees(main: Draft, doc: Doc, sentences: Sentence[]): void {
  if (!GATHERINGS.has(main.type)) return;
  const body = sentences.filter((s) => s.paragraph >= 0);
  const found = findAttendance(doc.text, body, doc.actors, doc.countryMentions);
  for (const id of found.people) {
    if (main.participants.includes(id)) continue;
    main.participants.push(id);
    const code = countryOf(doc.actors, id);
    main.participantCountries.set(id, code);
    if (code && !main.countries.includes(code)) main.countries.push(code);
  }
  for (const c of found.countries) if (!main.countries.includes(c)) main.countries.push(c);
}

interface SectionHeading {
  /** Paragraph index of the heading. */
  index: number;
  code: string;
}

/** Paragraphs that are nothing but a country's name: the headings of a roundup. */
function findSectionHeadings(doc: Doc): SectionHeading[] {
  const out: SectionHeading[] = [];
  const byStart = new Map(doc.countryMentions.map((c) => [c.span.start, c]));
  doc.structure.paragraphs.forEach((p, index) => {
    if (p.end - p.start > 60) return;
    const words = doc.text.slice(p.start, p.end).trim().split(/\s+/).length;
    const m = byStart.get(p.start) ?? byStart.get(p.start + 1);
    if (m && m.span.end >= p.end - 1 && words <= 4) out.push({ index, code: m.code });
  });
  return out.length >= 2 ? out : [];
}

/**
 * Roundups ("Saudi Arabia" / "UAE" / "Jordan" as one-line headings, each followed by that country's reaction):
 * each section's events act for its heading's country, and when the lead sums the sections up ("Arab states
 * condemned ..."), every section whose events match the main event's type takes part in it.
 */
function applySectionHeadings(main: Draft, drafts: Draft[], headings: SectionHeading[]): void {
  if (headings.length < 2) return;
  const sectionOf = (paragraph: number) => headings.filter((h) => h.index < paragraph).at(-1)?.code ?? null;
  for (const d of drafts) {
    const code = d.sentence.paragraph >= 0 ? sectionOf(d.sentence.paragraph) : null;
    if (!code) continue;
    d.countries = [code, ...d.countries.filter((c) => c !== code)];
    if (main.sentence.paragraph < headings[0]!.index && d.type === main.type && !main.countries.includes(code))
      main.countries.push(code);
  }
}

/**
 * One view of `doc` per sentence holding only the country mentions, dates and actors found inside it, so every
 * sentence is read in time proportional to its own contents (long inputs stay linear).
 */
function scopeBySentence(doc: Doc, sentences: Sentence[]): Doc[] {
  const countries = sentences.map(() => [] as Doc["countryMentions"]);
  const dates = sentences.map(() => [] as Doc["dates"]);
  const actors = sentences.map(() => new Set<Actor>());
  const byStart = sentences.map((s, i) => ({ s, i })).sort((a, b) => a.s.start - b.s.start);
  const locate = (span: Span): number => {
    let lo = 0;
    let hi = byStart.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const { s, i } = byStart[mid]!;
      if (span.start < s.start) hi = mid - 1;
      else if (span.start >= s.end && span.start !== s.start) lo = mid + 1;
      else return span.end <= s.end ? i : -1;
    }
    return -1;
  };
  for (const m of doc.countryMentions) {
    const i = locate(m.span);
    if (i >= 0) countries[i]!.push(m);
  }
  for (const d of doc.dates) {
    const i = locate(d.span);
    if (i >= 0) dates[i]!.push(d);
  }
  for (const a of doc.actors)
    for (const m of a.mentions) {
      const i = locate(m);
      if (i >= 0) actors[i]!.add(a);
    }
  return sentences.map((_, i) => ({
    ...doc,
    countryMentions: countries[i]!,
    dates: dates[i]!,
    actors: [...actors[i]!],
  }));
}

const SAID = /\b(?:said|says|stated|announced|declared|warned|urged|told)\b/i;

/**
 * A lead that reports no meeting, call or other event but someone saying something ("The foreign ministry said on
 * Monday that ...") reports a statement: that statement is the article's event.
 */
function statementFallback(scoped: Doc[], sentences: Sentence[], drafts: Draft[]): Draft | null {
  const body = sentences.map((s, order) => ({ s, order })).filter(({ s }) => s.paragraph >= 0);
  const firstOrder = body[0]?.order ?? 0;
  if (drafts.some((d) => d.sentence.paragraph >= 0 && d.order - firstOrder < LEAD_SEARCH)) return null;
  for (const { s, order } of body.slice(0, LEAD_SEARCH)) {
    const doc = scoped[order]!;
    const sentence = doc.text.slice(s.start, s.end);
    if (sentence.split(/\s+/).length < SUBSTANTIVE_WORDS) continue;
    const m = SAID.exec(sentence);
    if (!m) continue;
    const start = s.start + m.index;
    const trigger: TriggerHit = {
      start,
      end: start + m[0].length,
      text: m[0],
      type: "statement",
      cameo: "010",
      weight: 1,
    };
    const people = findParticipants(doc.actors, s, doc.text, trigger);
    const countries = findActingCountries(
      doc.text,
      s,
      doc.countryMentions,
      people.map((id) => countryOf(doc.actors, id)),
      trigger,
    );
    if (people.length === 0 && countries.length === 0) continue;
    return {
      type: "statement",
      trigger,
      sentence: s,
      order,
      participants: people,
      participantCountries: new Map(people.map((id) => [id, countryOf(doc.actors, id)])),
      countries,
      date: chooseDate(doc, trigger, s),
      location: null,
      host: null,
      guest: null,
      subordinate: false,
    };
  }
  return null;
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
  // "signed the accord on the sidelines of the summit": the sidelines place another act, they are no meeting of their own
  if (
    byType.get("meeting") === sideline &&
    hits.some((h) => h.weight === 2 && h.type !== "meeting" && h.type !== "summit")
  )
    byType.delete("meeting");
  const visit = byType.get("visit");

  const places = findPlaces(doc.text, sentence.start, sentence.end);
  return (
    [...byType.values()]
      .sort((a, b) => a.start - b.start)
      .map((trigger) => {
        const people =
          trigger === sideline && trigger.type === "summit"
            ? []
            : findParticipants(doc.actors, sentence, doc.text, trigger);
        const countries = findActingCountries(
          doc.text,
          sentence,
          doc.countryMentions,
          people.map((id) => countryOf(doc.actors, id)),
          trigger,
          trigger.type === "sanction" || trigger.type === "protest",
        );
        const location = locateEvent({
          type: trigger.type,
          places,
          triggerAt: trigger.start,
          datelinePlace: null,
          actingCountry: actingCountryBefore(doc, sentence, trigger),
        });
        if (trigger.type === "visit" && location?.country && !countries.includes(location.country))
          countries.push(location.country);
        return {
          type: trigger.type,
          trigger,
          sentence,
          order,
          participants: people,
          participantCountries: new Map(people.map((id) => [id, countryOf(doc.actors, id)])),
          countries,
          date: chooseDate(doc, trigger, sentence),
          location: trigger.type === "statement" && location?.level === "country" ? null : location,
          ...hostAndGuest(doc, trigger, sentence, people),
          subordinate: trigger.type === "meeting" && trigger.weight === 1 && !!visit && visit.start < trigger.start,
        };
      })
      // a sanction is a state's or bloc's act: one that names no acting country is no diplomatic sanction
      .filter((d) => d.type !== "sanction" || d.countries.length > 0)
  );
}

/**
 * The main event: the lead's (the first body sentence that reports one). When the headline names an event
 * type, the first early sentence reporting that type leads instead.
 */
function chooseMain(drafts: Draft[]): Draft {
  const headline = drafts.filter((d) => d.sentence.paragraph < 0);
  const body = drafts.filter((d) => d.sentence.paragraph >= 0);
  if (body.length === 0) return headline[0] ?? drafts[0]!;
  const firstOrder = body[0]!.order;
  const early = body.filter((d) => d.order - firstOrder < LEAD_SEARCH);
  for (const h of headline) {
    const match = early.find((d) => d.type === h.type);
    if (match) return match;
  }
  const leadOrder = early[0]!.order;
  const lead = early.filter((d) => d.order === leadOrder);
  const top = [...lead].sort((a, b) => b.trigger.weight - a.trigger.weight || a.trigger.start - b.trigger.start)[0]!;
  // Pattern family: a lead that reports a summit and what was said or talked about at it ("leaders issued a joint
  // statement at the close of the summit"): the summit is the occasion, the statement part of it.
  const summit = lead.find((d) => d.type === "summit");
  if (summit && (top.type === "statement" || (top.type === "meeting" && top.trigger.weight === 1))) return summit;
  // Pattern family: a lead that reports a measure and the words announcing or condemning it ("the ministry
  // denounced the raid and announced countermeasures"): the measure is the main event.
  const act = lead.find((d) => ANNOUNCED_ACTS.has(d.type) && (d.type !== "other" || d.trigger.cameo === "161"));
  if (act && top.type === "statement") return act;
  return top;
}

/** Measures a statement may announce: sanctions, protests, breaks in relations ("other" with CAMEO 161). */
const ANNOUNCED_ACTS: ReadonlySet<EventType> = new Set(["sanction", "protest", "other"]);

const ENCOUNTERS: ReadonlySet<EventType> = new Set(["meeting", "visit", "summit", "agreement"]);

/** The lead's own encounter when the headline moved the main event to a later sentence about the same occasion. */
function leadDraftBefore(drafts: Draft[], main: Draft): Draft | null {
  if (main.sentence.paragraph < 0 || !ENCOUNTERS.has(main.type)) return null;
  const first = drafts.find((d) => d.sentence.paragraph >= 0);
  if (!first || first.order >= main.order) return null;
  return drafts.find((d) => d.order === first.order && ENCOUNTERS.has(d.type) && d.trigger.weight === 2) ?? null;
}

/** In a call readout, "the talks" and "the conversation" are the call. */
function isCallReference(doc: Doc, d: Draft): boolean {
  return (
    d.type === "meeting" && d.trigger.weight === 1 && CALL_NOUNS.test(doc.text.slice(d.trigger.start, d.trigger.end))
  );
}

/** Completes the main event from the sentences after the lead and the headline; returns the drafts absorbed. */
function mergeMain(
  doc: Doc,
  main: Draft,
  drafts: Draft[],
  sentences: Sentence[],
  headings: ReadonlySet<number>,
): Set<Draft> {
  const absorbed = new Set<Draft>();
  let ownDate = main.date;
  const lead = leadDraftBefore(drafts, main);
  if (lead) {
    // "X and Y sign pact": the lead's meeting and the signing it led to are one occasion
    if (!main.location && lead.location?.level === "city") main.location = lead.location;
    if (main.participants.length < 2) absorb(main, { ...lead, countries: [] }, false);
    if (!ownDate && lead.date && !lead.date.vague) ownDate = lead.date;
  }
  const window = windowAfter(doc, main, sentences, headings);
  for (const d of drafts) {
    if (d === main || absorbed.has(d)) continue;
    if (window.has(d.order) && d.type === main.type && !conflicts(main, d, doc.anchorDate)) {
      absorb(main, d, false);
      absorbed.add(d);
    } else if (d.order > main.order && refersBack(doc, main, d)) absorbed.add(d);
  }
  const leadDrafts = drafts.filter((d) => d.order === main.order);
  for (const h of drafts) {
    if (h === main || h.sentence.paragraph >= 0) continue;
    if (main.sentence.paragraph < 0) break;
    const target =
      h.type === main.type || (main.type === "phone_call" && h.type === "meeting")
        ? main
        : leadDrafts.find((d) => d.type === h.type);
    if (target) absorb(target, h, true);
    absorbed.add(h);
  }
  main.date = chooseMainDate(doc, main, ownDate, drafts, absorbed);

  if (
    main.sentence.paragraph >= 0 &&
    main.sentence.paragraph <= 2 &&
    main.location?.level !== "city" &&
    main.type !== "statement"
  ) {
    const relocated = locateEvent({
      type: main.type,
      places: findPlaces(doc.text, main.sentence.start, main.sentence.end),
      triggerAt: main.trigger.start,
      datelinePlace: doc.structure.dateline?.place ?? null,
      actingCountry: actingCountryBefore(doc, main.sentence, main.trigger),
    });
    if (relocated) main.location = relocated;
  }
  return absorbed;
}

/**
 * Pattern family: one occasion reported by several same-type mentions across the article ("the signing ..." in
 * the lead, "signed in the capital on Monday" further down). The first mention of each type is the one that
 * names the occasion; when it lacks a venue (or names only the venue's country) or a day, it takes them from a
 * later mention of the same type that gives them and does not contradict it. A statement or agreement that
 * carries no venue of its own was issued where the article's main event took place.
 */
function completeFromSiblings(text: string, drafts: Draft[]): void {
  const main = drafts[0]!;
  const seen = new Set<EventType>();
  for (const d of drafts) {
    if (seen.has(d.type)) continue;
    seen.add(d.type);
    if (d.type === "phone_call") continue;
    const siblings = drafts.filter((o) => o !== d && o.type === d.type && !dayClash(d, o));
    if (d.location?.level !== "city") {
      // a sibling placed in an earlier period ("earlier this year", "last month") is another occasion
      const city = siblings.find(
        (o) =>
          o.location?.level === "city" && fits(d.location, o.location) && !EARLIER_PERIOD.test(o.date?.date.text ?? ""),
      );
      const venue =
        !city && d !== main && ISSUED_AT_VENUE.has(d.type) && main.location?.level === "city" && !dayClash(d, main)
          ? main.location
          : null;
      const from = city?.location ?? (venue && fits(d.location, venue) ? venue : null);
      if (from) d.location = from;
    }
    if (!d.date) {
      // "X also imposed sanctions on ... on May 3", "had earlier met ...": a sibling marked as a further or earlier
      // act is another occasion, and its day is not this event's
      const day = siblings.find(
        (o) =>
          o.date &&
          !o.date.vague &&
          !o.date.future &&
          o.date.date.precision === "day" &&
          !ANOTHER_OCCASION.test(triggerLead(text, o)),
      );
      if (day) d.date = day.date;
    }
  }
}

const EARLIER_PERIOD = /\b(?:earlier|last|previous|ago)\b/i;
const ANOTHER_OCCASION = /\b(?:also|again|earlier|previously|already|first|before that|had)\b/i;

/** The words of a draft's sentence before its trigger, at most a clause's worth (60 characters). */
function triggerLead(text: string, d: Draft): string {
  return text.slice(Math.max(d.sentence.start, d.trigger.start - 60), d.trigger.start);
}

/** Types whose event is usually issued at the occasion the article reports (a communiqué, a signed accord). */
const ISSUED_AT_VENUE: ReadonlySet<EventType> = new Set<EventType>(["statement", "agreement"]);

/** A city fits an event that has no place or names only the city's country. */
function fits(own: PlacedLocation | null, city: PlacedLocation): boolean {
  return !own || own.country === city.country;
}

/** Two mentions that give different days are different occasions. */
function dayClash(a: Draft, b: Draft): boolean {
  const av = a.date?.date.value;
  const bv = b.date?.date.value;
  return !!(av && bv && av !== bv) || !!a.date?.future !== !!b.date?.future;
}

/** Orders of the next substantive sentences after the main event's own. */
function windowAfter(doc: Doc, main: Draft, sentences: Sentence[], headings: ReadonlySet<number>): Set<number> {
  const out = new Set<number>();
  if (main.sentence.paragraph < 0) return out;
  for (let i = main.order + 1; i < sentences.length && out.size < MAIN_WINDOW; i++) {
    const s = sentences[i]!;
    if (s.paragraph < 0) continue;
    if (headings.has(s.paragraph)) break;
    const words = doc.text.slice(s.start, s.end).split(/\s+/).filter(Boolean).length;
    if (words >= SUBSTANTIVE_WORDS) out.add(i);
  }
  return out;
}

/**
 * The main event's date: its own sentence's (a vague "next week" only as a last resort); else the headline's or
 * the dateline's when the lead gives none; else a day from the sentences that complete it.
 */
function chooseMainDate(
  doc: Doc,
  main: Draft,
  own: DateMention | null,
  drafts: Draft[],
  absorbed: Set<Draft>,
): DateMention | null {
  if (own && !own.vague) return own;
  const helpers = drafts.filter((d) => absorbed.has(d) && d.date && !d.subordinate);
  // a day the next sentences give for the same event ("met ... yesterday"), even one we cannot resolve
  const day = helpers.find(
    (d) => d.sentence.paragraph >= 0 && d.date!.date.precision === "day" && !d.date!.vague,
  )?.date;
  if (day) return day;
  if (!own) {
    const headline = helpers.find((d) => d.sentence.paragraph < 0)?.date;
    if (headline) return headline;
    const dateline = doc.structure.dateline;
    const ahead = isAhead(doc, main.trigger, main.sentence);
    if (dateline?.date && main.sentence.paragraph >= 0 && main.sentence.paragraph <= 2 && !ahead)
      return {
        span: dateline.span,
        future: false,
        date: {
          value: dateline.date,
          precision: "day",
          basis: "dateline",
          text: doc.text.slice(dateline.span.start, dateline.span.end),
        },
      };
  }
  return own;
}

/**
 * Two same-type reports that give different days or different cities are two events; so is a dated report far
 * from the anchor (or on its other side) when the main event only says "next week".
 */
function conflicts(a: Draft, b: Draft, anchor: string | null): boolean {
  const av = a.date?.date.value;
  const bv = b.date?.date.value;
  if (av && bv && av !== bv) return true;
  if (a.date?.vague && bv && anchor && b.date?.date.precision === "day") {
    const days = (Date.parse(bv) - Date.parse(anchor)) / 86_400_000;
    if (Math.abs(days) > 21 || (a.date.future ? days < 0 : days > 0)) return true;
  }
  const al = a.location;
  const bl = b.location;
  return !!(al && bl && al.level === "city" && bl.level === "city" && al.name !== bl.name);
}

/** "The meeting" after a summit, a call or a summons is that same event, not another one. */
function refersBack(doc: Doc, main: Draft, d: Draft): boolean {
  if (d.type !== "meeting" || d.trigger.weight !== 1) return false;
  if (main.type !== "summit" && main.type !== "phone_call" && main.type !== "protest") return false;
  return /\b(?:the|this|that)\s+$/i.test(doc.text.slice(Math.max(0, d.trigger.start - 6), d.trigger.start));
}

function absorb(into: Draft, from: Draft, fromHeadline: boolean): void {
  // a later report's city narrows a venue the lead named only by its country
  const narrows =
    into.location?.level === "country" &&
    from.location?.level === "city" &&
    into.location.country === from.location.country;
  if (from.location && (!into.location || narrows)) into.location = from.location;
  if (fromHeadline || into.participants.length < 2 || from.trigger.weight === 2) {
    for (const p of from.participants) if (!into.participants.includes(p)) into.participants.push(p);
  }
  // a later sentence that only names the event ("the talks") adds its people's countries, not every country in it
  const countries =
    fromHeadline || from.trigger.weight === 2 ? from.countries : from.participants.map((p) => countryOfDraft(from, p));
  for (const c of countries) if (c && !into.countries.includes(c)) into.countries.push(c);
  into.host ??= from.host;
  into.guest ??= from.guest;
}

/**
 * The date mention of the event's sentence nearest its trigger; dates of "said on Monday" date only statements.
 * Two pattern families never date the event:
 * - a date that modifies another noun ("Friday's bombing", "last week's vote"): it dates that noun, unless the
 *   noun is the trigger itself ("Tuesday's summit");
 * - a past date for an act the sentence puts in the future ("is to expel ... the raid in March", "will sign"):
 *   a future act cannot have happened on a day before the article was written.
 */
function chooseDate(doc: Doc, trigger: TriggerHit, sentence: Span): DateMention | null {
  const candidates = doc.dates.filter((d) => d.span.start >= sentence.start && d.span.end <= sentence.end);
  const ahead = isAhead(doc, trigger, sentence);
  const usable = candidates.filter(
    (d) =>
      (trigger.type === "statement" || !isReportingDate(doc.text, d.span, sentence)) &&
      !datesAnotherNoun(doc.text, d.span, trigger) &&
      !(ahead && isBeforeAnchor(d, doc.anchorDate)),
  );
  if (usable.length === 0) return null;
  const distance = (d: DateMention) =>
    d.span.start >= trigger.end ? d.span.start - trigger.end : Math.max(0, trigger.start - d.span.end);
  const rank = (d: DateMention) => (d.date.precision === "year" ? 2 : d.vague ? 1 : 0);
  return [...usable].sort((a, b) => rank(a) - rank(b) || distance(a) - distance(b))[0]!;
}

const POSSESSIVE_AFTER = /^['’]s\s/;

/** "Friday's attacks": a possessive date names when the following noun happened, not when the trigger did. */
function datesAnotherNoun(text: string, span: Span, trigger: TriggerHit): boolean {
  if (!POSSESSIVE_AFTER.test(text.slice(span.end, span.end + 3))) return false;
  // the possessed noun phrase runs a few words; the trigger inside it ("Monday's talks") keeps the date
  return !(
    trigger.start >= span.end &&
    trigger.start - span.end <= 40 &&
    !/[,;.]/.test(text.slice(span.end, trigger.start))
  );
}

/** True when the words right before the trigger put the event ahead ("is to expel", "will visit"). */
function isAhead(doc: Doc, trigger: TriggerHit, sentence: Span): boolean {
  return (
    /^(?:will|shall|to)\b/i.test(trigger.text) ||
    FUTURE_BEFORE.test(doc.text.slice(Math.max(sentence.start, trigger.start - 60), trigger.start))
  );
}

/** A resolved date wholly before the anchor's day (a month before its month, a year before its year). */
function isBeforeAnchor(d: DateMention, anchor: string | null): boolean {
  const v = d.date.value;
  if (!v || !anchor || d.future) return false;
  return v < anchor.slice(0, v.length);
}

function isReportingDate(text: string, span: Span, sentence: Span): boolean {
  const before = text.slice(Math.max(sentence.start, span.start - 30), span.start);
  const after = text.slice(span.end, Math.min(sentence.end, span.end + 20));
  return REPORTING_BEFORE.test(before) || REPORTING_AFTER.test(after);
}

/** The government that acts: the first country named before the trigger, or after it in the passive ("was summoned by Iran"). */
function actingCountryBefore(doc: Doc, sentence: Span, trigger: TriggerHit): string | null {
  const inSentence = doc.countryMentions
    .filter((m) => m.span.start >= sentence.start && m.span.end <= sentence.end)
    .sort((a, b) => a.span.start - b.span.start);
  const passive = /^\s*by\b/i.test(doc.text.slice(trigger.end, trigger.end + 6)) || /\bby$/i.test(trigger.text);
  const pick = passive
    ? inSentence.find((m) => m.span.start >= trigger.end)
    : inSentence.find((m) => m.span.end <= trigger.start);
  return pick?.code ?? null;
}

/** Host and guest where the wording shows them: "X received Y", "Y was received by X", "X visited ...". */
function hostAndGuest(
  doc: Doc,
  trigger: TriggerHit,
  sentence: Span,
  people: string[],
): { host: string | null; guest: string | null } {
  const at = (id: string) => firstMentionIn(doc.actors, id, sentence)?.start ?? 0;
  const before = people.filter((id) => at(id) < trigger.start);
  const after = people.filter((id) => at(id) >= trigger.end);
  const passive =
    /\bby$/i.test(trigger.text) || /^\s*(?:\S+\s+){0,2}by\b/i.test(doc.text.slice(trigger.end, trigger.end + 24));
  if (trigger.cameo === "043") {
    const host = passive ? (after[0] ?? null) : (before.at(-1) ?? null);
    const guest = passive ? (before.at(-1) ?? null) : (after[0] ?? null);
    return { host, guest };
  }
  if (trigger.type === "visit") return { host: null, guest: before.at(-1) ?? null };
  return { host: null, guest: null };
}

function countryOfDraft(d: Draft, id: string): string | null {
  return d.participantCountries.get(id) ?? null;
}

function countryOf(actors: readonly Actor[], id: string): string | null {
  return actors.find((a) => a.id === id)?.country ?? null;
}

function toEvent(doc: Doc, d: Draft, index: number): Event {
  const codes = codeEvent(d.type, d.type === d.trigger.type ? d.trigger.cameo : undefined);
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
    trigger: doc.text.slice(d.trigger.start, d.trigger.end),
    ...codes,
    evidence: { start: d.sentence.start, end: d.sentence.end },
  };
}
