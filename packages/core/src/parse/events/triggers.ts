import { expandPattern, TRIGGER_FAMILIES } from "../../gazetteer/event-triggers.js";
import { createPhraseMatcher } from "../../gazetteer/phrase-matcher.js";
import type { EventType } from "../../schemas/event.js";
import type { Span } from "../../schemas/span.js";

/** One wording in the text that reports an event. */
export interface TriggerHit extends Span {
  /** The wording as written. */
  text: string;
  type: EventType;
  cameo: string;
  weight: 1 | 2;
}

interface TriggerValue {
  type: EventType;
  cameo: string;
  weight: 1 | 2;
}

const matcher = createPhraseMatcher<TriggerValue>(
  TRIGGER_FAMILIES.flatMap((f) =>
    f.phrases.flatMap(expandPattern).map((p) => [p, { type: f.type, cameo: f.cameo, weight: f.weight }] as const),
  ),
  { caseInsensitive: true },
);

/**
 * Pattern family: a numbered gathering, a summit whatever its name ("the 12th Ministerial Council", "the
 * Thirty-Second Regional Forum was held", "the 5th Leaders' Meeting").
 */
const UNITS = "first|second|third|fourth|fifth|sixth|seventh|eighth|ninth";
const ORDINAL_WORDS = `${UNITS}|tenth|eleventh|twelfth|(?:thir|four|fif|six|seven|eigh|nine)teenth|(?:twen|thir|for|fif|six)tieth|(?:twenty|thirty|forty|fifty|sixty)-?(?:${UNITS})`;
/** The ordinal words, lower case or capitalised at each part ("thirty-second", "Thirty-Second"). */
const ORDINAL_ANY_CASE = ORDINAL_WORDS.replace(/\b([a-z])/g, (c) => `[${c}${c.toUpperCase()}]`);
const ORDINAL_GATHERING = new RegExp(
  `\\b(?:\\d{1,3}(?:st|nd|rd|th)|${ORDINAL_ANY_CASE})\\s+(?:(?:annual|regular|extraordinary|[\\p{Lu}][\\p{L}'’&-]*)\\s+){0,5}(?:Ministerial Council|Summit|Forum|Conference|Assembly|Leaders(?:['’]\\s+Meeting)?|Ministerial Meeting|Ministerial)\\b`,
  "gu",
);
/** Pattern family: travel only advised against or banned ("a ban on travel to", "advised against travel to"): no visit. */
const TRAVEL_NOT_VISIT_BEFORE =
  /\b(?:bans?|banned|barred|restrictions?|controls?|advis\w*|warn\w*|against|need to|reconsider\w*)\b[^.;]{0,30}$/i;
const SPOKE_WITH = /\b(?:spoke|speaks|spoken|talked|talks)\s+(?:to|with)\b/gi;
const NEGATION = /\b(?:not|never|no longer|neither|nor)\b|n't\b/i;
/** Events only talked about as possible: "might hold a call", "the prospects of signing", "preparations for the signing". */
const HEDGE = /\b(?:prospects?|possibility|chances?|hopes?)\s+(?:of|for)\b|\bpreparations?\s+for\b/i;
// lower case only: "Theresa May met" is an event
const MODAL = /\b(?:might|may|could)\s+(?:[a-z]+\s+)?$/;
// "invited him to visit" (an offer), not "at the invitation of" or "was invited to attend" (the event itself)
const INVITATION = /\binvit(?:ed|es|e|ing)\s+(?!to\b)\S+|\blook(?:s|ed|ing)? forward to\b/i;
const CLAUSE_START = /[;:!?"“”]|\s[-–—]\s|\b(?:which|who|but|while|whereas|although|though|if|unless)\b/gi;
const LEADERS_AFTER =
  /^\s+of\s+(?:(?:the\s+)?[\p{L}'’-]+\s+){0,4}(?:leaders|heads of state|heads of government|presidents|member states)\b/iu;
const JOINT_DOCUMENT_AFTER =
  /^\s+(?:(?:a|an|the)\s+)?(?:joint\s+)?(?:statement|communiqué|communique|declaration)(?![\p{L}])/iu;
const SPEECH_BEFORE = /\b(?:said|says|told|stated|announced|added|noted)\b[^.;]{0,25}$/i;
const NOUN_DETERMINER_BEFORE = /\b(?:a|an|the|any|no|clear|positive|good|first|another|every|strong|encouraging)\s+$/i;
const HOSTED_EVENT_BEFORE =
  /\b(?:summit|meeting|talks|forum|conference|dinner|banquet|luncheon|lunch|reception|ceremony|session|event|games|dialogue)\b[^,.;]{0,12}$/i;
const SPEECH_AFTER = /^[^.;]{0,120}?\b(?:said|says|told|stated|announced)\b/i;
const ENVOY_AFTER =
  /^\s+(?:\S+\s+){0,4}?(?:ambassadors?|envoys?|diplomats?|attach[eé]s?|charg[eé]|consuls?|embassy|diplomatic staff)\b/i;
const APPEAL_AFTER = /^\s+[^,.;]{0,60}?\bto\s+(?!\d)[a-z]/;
/**
 * Pattern family: talks only asked for or offered inside a statement ("called for talks", "urged both sides to
 * resume negotiations", "is ready for dialogue", "proposed consultations"): the statement is the event, not a
 * meeting.
 */
const TALKS_WANTED_BEFORE =
  /\b(?:call(?:ed|s|ing)?\s+for|urg(?:ed|es|e|ing)|appeal(?:ed|s|ing)?\s+for|push(?:ed|es|ing)?\s+for|press(?:ed|es|ing)?\s+for|demand(?:ed|s|ing)?|propos(?:ed|es|e|ing)|offer(?:ed|s|ing)?|ready\s+(?:for|to)|need\s+for|want(?:s|ed)?|seek(?:s|ing)?|sought)\b(?:\s+[\p{L}'’-]+){0,5}\s+$/iu;
const TALK_NOUNS = /^(?:talks|negotiations|consultations|meetings?|dialogue)$/i;
/**
 * Pattern family: sanctions only threatened, asked for, weighed or lifted ("threatened to impose sanctions",
 * "urged the bloc to impose sanctions", "could face an asset freeze", "lifted the travel ban"): not imposed.
 */
const SANCTION_NOT_IMPOSED_BEFORE =
  /\b(?:threat\w*|warn(?:ed|s|ing)?|call(?:ed|s|ing)?\s+for|urg(?:ed|es|e|ing)|consider(?:ed|s|ing)?|weigh(?:ed|s|ing)?|propos(?:ed|es|e|ing)|push(?:ed|es|ing)?\s+for|demand(?:ed|s|ing)?|ask(?:ed|s|ing)?|fac(?:e|es|ed|ing)|risk(?:s|ed|ing)?|lift(?:ed|s|ing)?|eas(?:e|ed|es|ing)|remov(?:e|ed|es|ing)|end(?:ed|s|ing)?|could|would|might)\b[^.;]{0,30}$/i;
/** Pattern family: sanctions in sport and other private bodies ("the league sanctioned the club"): no state act. */
const PRIVATE_SANCTION =
  /\b(?:club|clubs|league|fifa|uefa|ioc|olympic|referee|players?|team|match|doping|football|soccer|cricket|rugby|tournament|disciplinary|athletes?|coach|stadium|fans)\b/i;
/** "recalled ... for consultations", "summoned home for consultations": the consultations are the recall. */
const FOR_CONSULTATIONS_ENVOY_BEFORE =
  /\b(?:ambassadors?|envoys?|diplomats?|charg[eé]s?\s+d'affaires|recall\w*|summon\w*|called\s+(?:back|home))\b[^.;]{0,80}\bfor\s+$/i;
/** A joint communiqué that establishes or restores relations is the agreement that does so. */
const RELATIONS_DOCUMENT_AFTER =
  /^[^.;]{0,40}?\b(?:(?:re-?)?establish(?:ed|es|ing)?|restor(?:e|ed|es|ing)|resum(?:e|ed|es|ing)|normali[sz](?:e|ed|es|ing))\s+(?:\S+\s+){0,2}?(?:relations|ties)\b/i;

export interface FindTriggersOptions {
  /** The article is a readout of a call (its headline names a phone or video call): "spoke to" reports that call. */
  callContext?: boolean;
}

/**
 * Event triggers in `text` between `start` and `end` (one sentence), in text order, with the rules that turn a
 * wording's default reading around: negated or invited events are dropped, "called on X to ..." is an appeal
 * while "called on the president" is a courtesy call, "a meeting of ... leaders" is a summit, and "signed a
 * joint statement" is a statement rather than an agreement.
 *
 * @example
 * findTriggers("Wang met Blinken in Beijing.", 0, 28) // [{ start: 4, end: 7, type: "meeting", cameo: "040", weight: 2 }]
 */
export function findTriggers(
  text: string,
  start: number,
  end: number,
  options: FindTriggersOptions = {},
): TriggerHit[] {
  const out: TriggerHit[] = [];
  for (const hit of matcher.findAll(text, start, end)) {
    const adjusted = adjustHit(text, hit.start, hit.end, start, end, hit.value);
    if (!adjusted) continue;
    if (isNegatedOrInvited(text, start, hit.start)) continue;
    out.push({ start: hit.start, end: hit.end, text: text.slice(hit.start, hit.end), ...adjusted });
  }
  const sentence = text.slice(start, end);
  ORDINAL_GATHERING.lastIndex = 0;
  for (let m = ORDINAL_GATHERING.exec(sentence); m !== null; m = ORDINAL_GATHERING.exec(sentence)) {
    const s = start + m.index;
    const e = s + m[0].length;
    if (!out.some((h) => h.start < e && s < h.end))
      out.push({ start: s, end: e, text: m[0], type: "summit", cameo: "040", weight: 1 });
  }
  if (options.callContext) {
    SPOKE_WITH.lastIndex = 0;
    let m = SPOKE_WITH.exec(sentence);
    while (m !== null) {
      const s = start + m.index;
      if (!out.some((h) => h.start < s + m![0].length && s < h.end))
        out.push({ start: s, end: s + m[0].length, text: m[0], type: "phone_call", cameo: "041", weight: 2 });
      m = SPOKE_WITH.exec(sentence);
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

function adjustHit(
  text: string,
  start: number,
  end: number,
  from: number,
  limit: number,
  value: TriggerValue,
): TriggerValue | null {
  const after = text.slice(end, Math.min(limit, end + 90));
  const within = (n: number) => text.slice(Math.max(from, start - n), start);
  const word = text.slice(start, end).toLowerCase();
  if (value.type === "statement" && value.cameo === "020") {
    // "called on Tehran to de-escalate" appeals; "will call on the top leadership" is a courtesy call
    return APPEAL_AFTER.test(after) ? value : { type: "meeting", cameo: "040", weight: 1 };
  }
  if (value.type === "meeting" && value.weight === 1 && LEADERS_AFTER.test(after))
    return { type: "summit", cameo: "040", weight: 1 };
  if (value.type === "agreement" && word.startsWith("sign") && JOINT_DOCUMENT_AFTER.test(after)) return null;
  const before = text.slice(Math.max(0, start - 40), start);
  if (value.cameo === "161" && /^(?:expel\w*|expulsions?)$/.test(word) && !ENVOY_AFTER.test(after)) return null;
  if (value.type === "meeting" && value.weight === 1 && TALK_NOUNS.test(word)) {
    if (/^consultations$/i.test(word) && FOR_CONSULTATIONS_ENVOY_BEFORE.test(within(120)))
      return { type: "protest", cameo: "161", weight: 1 };
    if (TALKS_WANTED_BEFORE.test(within(60))) return null;
  }
  if (value.type === "visit" && /^(?:travel|trip)/.test(word) && TRAVEL_NOT_VISIT_BEFORE.test(within(50))) return null;
  if (value.type === "sanction") {
    if (SANCTION_NOT_IMPOSED_BEFORE.test(within(60))) return null;
    if (PRIVATE_SANCTION.test(text.slice(Math.max(from, start - 120), Math.min(limit, end + 120)))) return null;
  }
  if (value.cameo === "019" && RELATIONS_DOCUMENT_AFTER.test(after))
    return { type: "agreement", cameo: "054", weight: 2 };
  // "a sign of", "the signs are": the noun, not the verb
  if ((word === "sign" || word === "signs") && NOUN_DETERMINER_BEFORE.test(before)) return null;
  // "a summit hosted by Vietnam": the host of an event already found, not a second one
  if (value.cameo === "043" && HOSTED_EVENT_BEFORE.test(before) && /^host/.test(word)) return null;
  // "said during a press conference" reports a statement; "will hold a press conference" is an event of its own
  if (
    value.type === "other" &&
    /conference|briefing/.test(word) &&
    (SPEECH_BEFORE.test(text.slice(Math.max(0, start - 40), start)) || SPEECH_AFTER.test(after))
  )
    return { type: "statement", cameo: "010", weight: 1 };
  return value;
}

function isNegatedOrInvited(text: string, sentenceStart: number, at: number): boolean {
  const from = Math.max(sentenceStart, at - 60);
  const before = text.slice(from, at);
  let clauseFrom = 0;
  CLAUSE_START.lastIndex = 0;
  let m = CLAUSE_START.exec(before);
  while (m !== null) {
    clauseFrom = m.index + m[0].length;
    m = CLAUSE_START.exec(before);
  }
  const clause = before.slice(clauseFrom);
  return NEGATION.test(clause) || INVITATION.test(clause) || HEDGE.test(clause) || MODAL.test(clause);
}
