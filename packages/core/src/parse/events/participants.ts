import { countryOfCity } from "../../gazetteer/countries.js";
import type { Actor } from "../../schemas/actor.js";
import type { Span } from "../../schemas/span.js";
import type { CountryMention } from "../context.js";

/** Titles of people who speak about an event rather than take part in it. */
const NON_PARTICIPANT_TITLE =
  /\b(?:spokes(?:person|man|woman)|press secretary|press officer|correspondent|reporter|editor)\b/i;

/**
 * Words that, right before a country (or a list of countries), make it the topic or setting of an event
 * rather than one of its sides: "talks on North Korea", "an attack in Egypt", "a swap between Moscow and Kyiv".
 */
const NON_ACTING_BEFORE = new Set(
  (
    "on over about regarding concerning against in at between towards toward into across near within throughout " +
    "inside outside around amid despite including like than via beyond through under " +
    "discuss discussed discusses discussing address addressed addressing review reviewed reviewing"
  ).split(" "),
);
/** Words that introduce the target of a sanction or a protest. */
const TARGET_BEFORE = new Set(["on", "against", "over"]);
/** Words skipped when walking back over a list of countries ("Brazil, Paraguay, and the"). */
const LIST_GLUE = new Set(["and", "or", "the", "a", "an", "both", "as", "well", "&"]);

const inside = (s: Span, outer: Span) => s.start >= outer.start && s.end <= outer.end;

/**
 * The people who take part in an event reported in `span`: person actors with a mention inside it (pronouns
 * and surnames included), spokespeople and reporters left out. Ordered by first mention.
 *
 * @example
 * findParticipants(actors, { start: 0, end: 80 }) // ["a1", "a2"]
 */
export function findParticipants(actors: readonly Actor[], span: Span, text?: string, trigger?: Span): string[] {
  if (text !== undefined && trigger) span = clauseAround(text, span, trigger, PEOPLE_CLAUSE_BREAK);
  const found: { id: string; at: number }[] = [];
  for (const actor of actors) {
    if (actor.kind !== "person") continue;
    if (actor.title && NON_PARTICIPANT_TITLE.test(actor.title)) continue;
    const mention = actor.mentions.find((m) => inside(m, span));
    if (mention) found.push({ id: actor.id, at: mention.start });
  }
  return found.sort((a, b) => a.at - b.at).map((f) => f.id);
}

/** The first mention of `actorId` inside `span`, or null. */
export function firstMentionIn(actors: readonly Actor[], actorId: string, span: Span): Span | null {
  const actor = actors.find((a) => a.id === actorId);
  return actor?.mentions.find((m) => inside(m, span)) ?? null;
}

const CLAUSE_BREAK =
  /\s[-–—]\s|\b(?:after|before|while|whereas|where|which|who|that|following|amid|despite|although|though)\b/gi;
const CLAUSE_REACH = 400;
const PEOPLE_CLAUSE_BREAK = /\b(?:after|before|while|whereas|where|amid|despite|although|though)\b/gi;
const QUOTED = /"[^"]*"|“[^”]*”/g;

/** The clause of `span` around `at`: between the nearest clause breaks on either side. */
function clauseAround(text: string, sentenceSpan: Span, at: Span, breaks: RegExp = CLAUSE_BREAK): Span {
  // a clause is looked for within a few hundred characters of the trigger, so giant sentences stay linear
  const span = {
    start: Math.max(sentenceSpan.start, at.start - CLAUSE_REACH),
    end: Math.min(sentenceSpan.end, at.end + CLAUSE_REACH),
  };
  const sentence = text.slice(span.start, span.end);
  let start = span.start;
  let end = span.end;
  breaks.lastIndex = 0;
  let m = breaks.exec(sentence);
  while (m !== null) {
    const pos = span.start + m.index;
    if (pos + m[0].length <= at.start) start = pos + m[0].length;
    else if (pos >= at.end && pos < end) end = pos;
    m = breaks.exec(sentence);
  }
  return { start, end };
}

/**
 * Countries acting in an event: the participants' countries, then every country mention in the trigger's clause
 * that is not the topic or setting of the sentence (see {@link NON_ACTING_BEFORE}).
 *
 * @example
 * // "The presidents of Ukraine and Turkey discussed a swap between Moscow and Kyiv." → ["UA", "TR"]
 */
export function findActingCountries(
  text: string,
  span: Span,
  mentions: readonly CountryMention[],
  participantCountries: readonly (string | null)[],
  trigger: Span | null,
  /** Sanctions and protests take part in their target too ("sanctions on Belarus", "protest against China"). */
  withTargets = false,
): string[] {
  const out: string[] = [];
  const add = (code: string | null) => {
    if (code && !out.includes(code)) out.push(code);
  };
  participantCountries.forEach(add);
  const clause = trigger ? clauseAround(text, span, trigger) : span;
  const inClause = mentions.filter((m) => inside(m.span, clause)).sort((a, b) => a.span.start - b.span.start);
  const quoted = quotedRanges(text, clause);
  for (const m of inClause) {
    if (quoted.some((q) => inside(m.span, q))) continue;
    if (isActing(text, clause.start, m, inClause, withTargets)) add(m.code);
  }
  return out;
}

/** Quoted passages of `span`: what someone said, not who acted. */
function quotedRanges(text: string, span: Span): Span[] {
  const out: Span[] = [];
  const sentence = text.slice(span.start, span.end);
  QUOTED.lastIndex = 0;
  let m = QUOTED.exec(sentence);
  while (m !== null) {
    out.push({ start: span.start + m.index, end: span.start + m.index + m[0].length });
    m = QUOTED.exec(sentence);
  }
  return out;
}

function isActing(
  text: string,
  from: number,
  mention: CountryMention,
  all: readonly CountryMention[],
  withTargets: boolean,
): boolean {
  let pos = mention.span.start;
  for (let steps = 0; steps < 12 && pos > from; steps++) {
    // skip back over another country mention that ends here
    const prev = all.find((o) => o !== mention && o.span.end <= pos && /^[\s,'’s]*$/.test(text.slice(o.span.end, pos)));
    if (prev) {
      pos = prev.span.start;
      continue;
    }
    const before = text.slice(Math.max(from, pos - 60), pos);
    const word = /([\p{L}&.-]+)[\s,]*$/u.exec(before);
    if (!word) return true;
    const w = word[1]!.toLowerCase();
    if (withTargets && TARGET_BEFORE.has(w)) return true;
    if (NON_ACTING_BEFORE.has(w)) return false;
    if (w === "of" && /\b(?:sidelines|sideline|margins|margin)\s+of[\s,]*$/i.test(before)) return false;
    const isPlace = /^\p{Lu}/u.test(word[1]!) && countryOfCity(word[1]!.replace(/[.,]+$/, "")) !== null;
    if (!LIST_GLUE.has(w) && !isPlace) return true;
    pos = pos - (before.length - word.index);
  }
  return true;
}

/**
 * Attendance of a gathering, wherever the article states it. Pattern families:
 * - passive list: "<gathering> was attended by <leaders of countries / people>" → everyone named after "attended by";
 * - active: "<people or countries> (also) attended / addressed / told / co-chaired the <gathering>" → everyone named
 *   before the verb, and countries listed right after it up to the clause's end ("... as observers").
 * One sentence states attendance once: a passive statement wins over an active one in the same sentence.
 */
const ATTENDANCE = new RegExp(
  [
    String.raw`(?<passive>\b(?:was|were|is|are|been)\s+(?:also\s+)?attended\s+by\b)`,
    String.raw`(?<active>\b(?:attended|attends|addressed|addresses|told|co-chaired|co-chairs|chaired|chairs)\s+(?:the|this)\s+(?:[\p{L}'’-]+\s+){0,3}?(?:meeting|summit|forum|conference|session|gathering|retreat)\b)`,
  ].join("|"),
  "giu",
);
/** Where the attendance clause ends: what the attendee then said is not part of it. */
const ATTENDANCE_END = /\b(?:that|said|says|saying|where|which|who)\b|[;:"“]/i;

export interface Attendance {
  people: string[];
  countries: string[];
}

/**
 * The people and countries that `sentences` say attended a gathering, in text order, found in one pass over the
 * text (see {@link ATTENDANCE}). Sentences must not overlap; they may come in any order.
 *
 * @example
 * // "The premiers of Ruritania and Freedonia also attended the forum." → { people: [], countries: ["RU", "FR"] }
 */
export function findAttendance(
  text: string,
  sentences: readonly Span[],
  actors: readonly Actor[],
  mentions: readonly CountryMention[],
): Attendance {
  const out: Attendance = { people: [], countries: [] };
  const sorted = [...sentences].sort((a, b) => a.start - b.start);
  if (sorted.length === 0) return out;
  // the first hit of each sentence, a passive one preferred
  const hits = new Map<number, { end: number; passive: boolean }>();
  let index = 0;
  ATTENDANCE.lastIndex = sorted[0]!.start;
  let m = ATTENDANCE.exec(text);
  while (m !== null && index < sorted.length) {
    const end = m.index + m[0].length;
    while (index < sorted.length && sorted[index]!.end < end) index++;
    const sentence = sorted[index];
    if (!sentence) break;
    if (m.index >= sentence.start) {
      const passive = m.groups?.passive !== undefined;
      const seen = hits.get(index);
      if (!seen || (passive && !seen.passive)) hits.set(index, { end, passive });
    }
    m = ATTENDANCE.exec(text);
  }
  for (const [i, hit] of [...hits].sort((a, b) => a[0] - b[0])) {
    const sentence = sorted[i]!;
    const rest = ATTENDANCE_END.exec(text.slice(hit.end, sentence.end));
    const span = { start: hit.passive ? hit.end : sentence.start, end: rest ? hit.end + rest.index : sentence.end };
    for (const actor of actors) {
      if (actor.kind !== "person" || (actor.title && NON_PARTICIPANT_TITLE.test(actor.title))) continue;
      if (out.people.includes(actor.id)) continue;
      if (actor.mentions.some((x) => inside(x, span))) out.people.push(actor.id);
    }
    for (const c of findActingCountries(text, span, mentions, [], null))
      if (!out.countries.includes(c)) out.countries.push(c);
  }
  return out;
}
