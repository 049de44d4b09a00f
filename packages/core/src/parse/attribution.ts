import type { Actor } from "../schemas/actor.js";
import type { Span } from "../schemas/span.js";
import { findTitleAfter, findTitleBefore, findTitleBeforeComma } from "./actors/titles.js";
import { isFemaleName } from "./actors/coreference.js";
import { tokenizeSegments } from "./actors/tokens.js";
import type { Doc } from "./context.js";

/**
 * Shared helpers for the quote and statement stages: words inside a range, sentence edges, and resolving the
 * subject of a speech verb ("Zhao", "the minister", "he", "the ministry") to an actor id.
 */

export interface Word {
  start: number;
  end: number;
  /** Lowercased, curly apostrophes folded to straight ones. */
  lower: string;
  raw: string;
}

const WORD = /[\p{L}\p{M}\p{N}]+(?:['\u2019.-][\p{L}\p{M}\p{N}]+)*\.?|[^\s\p{L}\p{M}\p{N}]/gu;

/** Words and single punctuation marks between `from` and `to`. */
export function listWords(text: string, from: number, to: number): Word[] {
  // the stages ask for many ranges of one text: scan it whole once and hand out the range's words, unless the range
  // cuts a word (its first or last word would then differ from the whole text's)
  const all = wordsOf(text);
  const lo = firstEndAbove(all, from);
  let hi = lo;
  while (hi < all.length && all[hi]!.start < to) hi++;
  if (lo < hi && (all[lo]!.start < from || all[hi - 1]!.end > to)) return scanWords(text, from, to);
  return all.slice(lo, hi);
}

let cachedWords: { text: string; words: Word[] } | null = null;

function wordsOf(text: string): Word[] {
  if (cachedWords === null || cachedWords.text !== text) cachedWords = { text, words: scanWords(text, 0, text.length) };
  return cachedWords.words;
}

/** First index of `words` whose end is past `offset` (or `words.length`). */
function firstEndAbove(words: readonly Word[], offset: number): number {
  let lo = 0;
  let hi = words.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (words[mid]!.end > offset) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

const WORD_RE = new RegExp(WORD.source, "gu");

function scanWords(text: string, from: number, to: number): Word[] {
  const out: Word[] = [];
  const re = WORD_RE;
  re.lastIndex = from;
  for (let m = re.exec(text); m !== null && m.index < to; m = re.exec(text)) {
    let raw = m[0];
    if (m.index + raw.length > to) raw = raw.slice(0, to - m.index);
    // keep the dot only on abbreviations and initials ("Jr.", "U.S."), not at a sentence end
    if (raw.length > 1 && raw.endsWith(".") && !isAbbreviation(raw)) raw = raw.slice(0, -1);
    const lower = raw.toLowerCase();
    out.push({
      start: m.index,
      end: m.index + raw.length,
      raw,
      lower: lower.includes("\u2019") ? lower.replaceAll("\u2019", "'") : lower,
    });
    if (raw !== m[0]) re.lastIndex = m.index + raw.length;
  }
  return out;
}

const ABBREVIATIONS = new Set([
  "mr",
  "mrs",
  "ms",
  "dr",
  "jr",
  "sr",
  "st",
  "gen",
  "col",
  "lt",
  "sgt",
  "capt",
  "cmdr",
  "adm",
  "maj",
  "prof",
  "rev",
  "gov",
  "sen",
  "rep",
  "amb",
  "no",
  "vs",
  "etc",
  "jan",
  "feb",
  "mar",
  "apr",
  "aug",
  "sept",
  "sep",
  "oct",
  "nov",
  "dec",
  "h.e",
  "inc",
  "co",
  "ltd",
]);

/** True for "Jr.", "Dr.", "U.S.", "G.L." — dots that do not end a sentence. */
export function isAbbreviation(token: string): boolean {
  const bare = token.endsWith(".") ? token.slice(0, -1) : token;
  if (ABBREVIATIONS.has(bare.toLowerCase())) return true;
  if (/^\p{Lu}$/u.test(bare)) return true;
  return /^(?:\p{L}\.)+\p{L}$/u.test(bare);
}

/** True when the mark at `i` (".", "!", "?") ends a sentence. */
export function endsSentence(text: string, i: number): boolean {
  const c = text[i];
  if (c !== "." && c !== "!" && c !== "?" && c !== "\u2026") return false;
  const next = text[i + 1];
  if (next !== undefined && !/[\s"'\u201d\u2019)\]]/u.test(next)) return false;
  if (c !== ".") return true;
  let k = i;
  while (k > 0 && /[\p{L}\p{M}.]/u.test(text[k - 1]!)) k--;
  const token = text.slice(k, i + 1);
  // "Marcos Jr. said", "U.S. Secretary of State ...": an abbreviation's dot ends no sentence (a sentence ending
  // in "the U.S." followed by another is rarer than "U.S. President" in news copy)
  return !(token.length > 1 && isAbbreviation(token));
}

/** The first sentence end (exclusive offset) at or after `from`, at most `to`. */
export function findSentenceEnd(text: string, from: number, to: number): number {
  for (let i = from; i < to; i++) if (endsSentence(text, i)) return i + 1;
  return to;
}

/** The start of the sentence holding `pos`, at least `floor`. */
export function findSentenceStart(text: string, pos: number, floor: number): number {
  for (let i = pos - 1; i >= floor; i--) {
    if (endsSentence(text, i)) {
      let s = i + 1;
      while (s < pos && /\s/.test(text[s]!)) s++;
      return s;
    }
  }
  return floor;
}

interface IndexedMention extends Span {
  actor: Actor;
}

/** Every actor mention sorted by position, for range look-ups. */
export interface MentionIndex {
  mentions: IndexedMention[];
  actors: Actor[];
}

/** Builds the mention index once per document. */
export function indexMentions(actors: readonly Actor[]): MentionIndex {
  const mentions: IndexedMention[] = [];
  for (const actor of actors) for (const m of actor.mentions) mentions.push({ start: m.start, end: m.end, actor });
  mentions.sort((a, b) => a.start - b.start || b.end - a.end);
  return { mentions, actors: [...actors] };
}

function lowerBound(mentions: IndexedMention[], pos: number): number {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[mid]!.start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Mentions that start inside [from, to). */
export function mentionsWithin(index: MentionIndex, from: number, to: number): IndexedMention[] {
  const out: IndexedMention[] = [];
  // a mention may start a little before `from` and still cover it
  for (let i = lowerBound(index.mentions, from - 80); i < index.mentions.length; i++) {
    const m = index.mentions[i]!;
    if (m.start >= to) break;
    if (m.end > from && m.start < to) out.push(m);
  }
  return out;
}

/** The latest mention ending at or before `pos` that satisfies `accept`. */
export function lastMentionBefore(
  index: MentionIndex,
  pos: number,
  accept: (m: IndexedMention) => boolean,
  reach = LOOKBACK,
): IndexedMention | null {
  const floor = pos - reach;
  for (let i = lowerBound(index.mentions, pos) - 1; i >= 0; i--) {
    const m = index.mentions[i]!;
    if (m.start < floor) break;
    if (m.end <= pos && accept(m)) return m;
  }
  return null;
}

// Antecedents are looked for this far back (UTF-16 units); bounded so long texts stay linear.
const LOOKBACK = 6000;

const PERSON_PRONOUNS = new Set(["he", "she", "him", "his", "her"]);
const INDEFINITE = new Set([
  "a",
  "an",
  "another",
  "one",
  "two",
  "three",
  "several",
  "some",
  "many",
  "other",
  "unnamed",
]);
const ORG_PRONOUNS = new Set(["it", "its"]);
const ORG_HEADS = new Set([
  "ministry",
  "government",
  "office",
  "presidency",
  "department",
  "embassy",
  "kremlin",
  "agency",
  "council",
  "commission",
  "secretariat",
  "administration",
  "cabinet",
  "palace",
  "house",
  "party",
  "parliament",
  "service",
]);
/** Documents whose issuer is the speaker ("the statement said"). */
const DOCUMENT_HEADS = new Set([
  "statement",
  "release",
  "communique",
  "communiqué",
  "readout",
  "declaration",
  "note",
  "report",
  "post",
  "letter",
  "message",
]);
const TITLE_WORDS = new Set([
  "president",
  "minister",
  "premier",
  "chancellor",
  "secretary",
  "chairman",
  "chairperson",
  "chair",
  "chief",
  "spokesman",
  "spokeswoman",
  "spokesperson",
  "ambassador",
  "envoy",
  "speaker",
  "king",
  "queen",
  "emir",
  "sultan",
  "leader",
  "head",
  "director",
  "director-general",
  "governor",
  "mayor",
  "senator",
  "official",
  "diplomat",
  "representative",
  "commissioner",
  "undersecretary",
  "under-secretary",
  "counterpart",
  "host",
  "guest",
  "vice-president",
  "legislator",
  "lawmaker",
  "general",
]);
const LEADER_TITLES = /\b(?:president|king|emir|sultan|prime minister|premier|chancellor|chairman)\b/i;
const SKIP_WORDS = new Set([
  "the",
  "a",
  "an",
  "also",
  "further",
  "later",
  "then",
  "again",
  "earlier",
  "previously",
  "who",
  "which",
  "that",
  "and",
  "but",
  "while",
  "as",
  "has",
  "had",
  "have",
  "was",
  "is",
  "once",
  "in",
  "his",
  "her",
  "its",
  "their",
  "own",
]);

/** How the subject sits relative to its verb: before it ("Zhao said") or after it ("said Zhao"). */
export type SubjectOrder = "before-verb" | "after-verb";

/**
 * Resolves the subject words in `seg` to an actor id, or null when the text does not say who it is.
 * `at` is where the speech happens (pronouns and titles look back from there).
 *
 * @example
 * resolveSubject(doc, index, { start: 10, end: 12 }, "before-verb", 10) // "he" → the last person mentioned
 */
export function resolveSubject(
  doc: Pick<Doc, "text" | "countryMentions">,
  index: MentionIndex,
  seg: Span,
  order: SubjectOrder,
  at: number,
  previousSpeaker: { id: string; at: number } | null = null,
): string | null {
  const { text } = doc;
  if (seg.end <= seg.start) return null;
  const pronounSpeaker = (pronoun: string) => salientPerson(doc, index, seg, at, pronoun, previousSpeaker);
  const all = mentionsWithin(index, seg.start, seg.end);
  const inSeg = all.filter((m) => !isPossessive(text, m.end));
  if (all.length && !inSeg.length) {
    // "President Maduro's press office": the speaker is what belongs to the actor, not the actor
    return all.find((m) => m.actor.kind === "organization" && m.end === seg.end)?.actor.id ?? null;
  }
  if (inSeg.length) {
    const persons = inSeg.filter((m) => m.actor.kind === "person");
    const pool = persons.length ? persons : inSeg;
    const pick = order === "before-verb" ? pool[pool.length - 1]! : pool[0]!;
    if (PERSON_PRONOUNS.has(text.slice(pick.start, pick.end).toLowerCase())) {
      // the actor stage's reading of "he" stands when its antecedent is named earlier in the same sentence
      if (namedEarlierInSentence(text, index, pick.actor.id, pick.start)) return pick.actor.id;
      return pronounSpeaker(text.slice(pick.start, pick.end).toLowerCase()) ?? pick.actor.id;
    }
    return pick.actor.id;
  }
  const words = nounPhraseWords(listWords(text, seg.start, seg.end), order);
  if (!words.length) return null;
  // "an official said", "a senior diplomat told": an unnamed source stays unnamed
  if (INDEFINITE.has(words[0]!.lower)) return null;
  const lowers = words.map((w) => w.lower);
  const head = order === "before-verb" ? lowers[lowers.length - 1]! : (lowers.find((w) => !SKIP_WORDS.has(w)) ?? "");
  const content = lowers.filter((w) => !SKIP_WORDS.has(w));

  if (content.length <= 1 && PERSON_PRONOUNS.has(content[0] ?? head)) {
    const speaker = pronounSpeaker(content[0] ?? head);
    if (speaker) return speaker;
    return lastMentionBefore(index, seg.start, (m) => m.actor.kind === "person")?.actor.id ?? null;
  }
  if (content.length <= 1 && ORG_PRONOUNS.has(content[0] ?? head)) {
    const said = lastSpeakerBefore(text, index, seg.start, "organization");
    return said?.id ?? lastMentionBefore(index, seg.start, (m) => m.actor.kind === "organization")?.actor.id ?? null;
  }
  if (content.some((w) => DOCUMENT_HEADS.has(w))) {
    const official = (a: Actor) =>
      a.name
        .toLowerCase()
        .split(/\s+/)
        .some((w) => ORG_HEADS.has(w));
    const said = lastSpeakerBefore(text, index, at, "organization");
    if (said) return said.id;
    const issuer =
      lastMentionBefore(index, at, (m) => m.actor.kind === "organization" && official(m.actor)) ??
      lastMentionBefore(index, at, (m) => m.actor.kind === "organization");
    return issuer?.actor.id ?? null;
  }
  const orgHead = content.find((w) => ORG_HEADS.has(w));
  if (orgHead && !content.some((w) => TITLE_WORDS.has(w))) {
    // "the Chinese foreign ministry said": the latest organisation of that kind (and country, when named)
    const codes = countriesWithin(doc, seg);
    const fits = (a: Actor) =>
      a.kind === "organization" &&
      a.name.toLowerCase().split(/\s+/).includes(orgHead) &&
      (!codes.size || !a.country || codes.has(a.country));
    const named = lastMentionBefore(index, at, (m) => fits(m.actor))?.actor ?? index.actors.find(fits);
    if (named) return named.id;
    return lastMentionBefore(index, at, (m) => m.actor.kind === "organization")?.actor.id ?? null;
  }
  // a surname or other name word written alone
  for (const w of words) {
    if (!/^\p{Lu}/u.test(w.raw) || SKIP_WORDS.has(w.lower)) continue;
    const named = index.actors.find((a) => a.kind === "person" && nameWords(a).has(w.lower));
    if (named) return named.id;
  }
  const titleWords = content.filter((w) => TITLE_WORDS.has(w));
  if (titleWords.length) return resolveByTitle(doc, index, seg, titleWords, at);
  return null;
}

// How far back "he said" looks for the last person who spoke.
const SPEAKER_LOOKBACK = 700;
// "Blinken said", "Blinken, speaking in Brussels, said", "Blinken also told"
const SPEECH_AFTER =
  /^(?:\s*,[^,.!?"\u201c\u201d]{1,80},)?\s*(?:(?:also|further|then|later|again|earlier)\s+)?(?:said|says|told|added|stated|noted|stressed|tweeted|wrote|posted|explained|declared|insisted|emphasi[sz]ed|underlined|remarked|warned|recalled|urged|asked|replied|argued|continued|concluded|confirmed|announced)\b/u;
// "…, said Zhao." / "according to Zhao, …": the name right after the verb is its subject only when the clause ends
// there ("said Zhao on Monday"); in "Carney said Modi would …" it is the subject of the reported clause, and after
// "told" a name is the listener
const SPEECH_BEFORE = /\b(?:said|says|added|stated|noted|wrote|according\s+to)\s*$/u;
const CLAUSE_END_AFTER =
  /^(?:\s*(?:[,.;:!?)\u2014\u2013]|$)|\s+(?:on|in|at|during|after|before|when|while|who|as|from|via|through|late|earlier|last|this)\b)/u;

/**
 * The person last named as the subject of a speech verb before `pos` ("Fox said ... “...,” he said"): a better
 * guess for "he" in an attribution than the nearest name, which is often the person spoken about.
 */
export function lastSpeakerBefore(
  text: string,
  index: MentionIndex,
  pos: number,
  kind: Actor["kind"],
  from?: number,
  accept: (actor: Actor) => boolean = () => true,
): { id: string; at: number } | null {
  const floor = from ?? (kind === "person" ? pos - SPEAKER_LOOKBACK : pos - LOOKBACK);
  const m = lastMentionBefore(index, pos, (x) => {
    if (x.actor.kind !== kind || x.end < floor || !accept(x.actor)) return false;
    if (/^(?:he|she|him|his|her)$/i.test(text.slice(x.start, x.end))) return false;
    return (
      SPEECH_AFTER.test(text.slice(x.end, x.end + 120)) ||
      (SPEECH_BEFORE.test(text.slice(Math.max(0, x.start - 20), x.start)) &&
        CLAUSE_END_AFTER.test(text.slice(x.end, x.end + 12)))
    );
  });
  return m && m.end >= floor ? { id: m.actor.id, at: m.end } : null;
}

const CLOSING_QUOTE = /["\u201d\u00bb]/u;

function namedEarlierInSentence(text: string, index: MentionIndex, actorId: string, pos: number): boolean {
  let start = findSentenceStart(text, pos, Math.max(0, pos - 400));
  // words quoted earlier in the sentence are someone's speech, not the narrator's antecedents
  for (let i = pos - 1; i > start; i--)
    if (CLOSING_QUOTE.test(text[i]!) && !/\s/u.test(text[i - 1]!)) {
      start = i + 1;
      break;
    }
  return mentionsWithin(index, start, pos).some(
    (m) => m.actor.id === actorId && m.end <= pos && !PERSON_PRONOUNS.has(text.slice(m.start, m.end).toLowerCase()),
  );
}

/**
 * The person a "he"/"she" in an attribution points to: the most salient candidate that fits the pronoun, not the
 * nearest name (which is often the person spoken about, or a critic quoted in a caption). Candidates, latest wins:
 * - the subject of a sentence earlier in the quote's paragraph ("Ban Ki-moon welcomed the plan. “…,” he said");
 * - the last person named as the subject of a speech verb ("Carney said …"), or the previous quote's speaker;
 * - a definite title as a speech-verb subject, resolved to the person holding it ("The foreign secretary said …").
 * "she" prefers candidates with a female given name; "he" skips them.
 */
function salientPerson(
  doc: Pick<Doc, "text" | "countryMentions">,
  index: MentionIndex,
  seg: Span,
  at: number,
  pronoun: string,
  previousSpeaker: { id: string; at: number } | null,
): string | null {
  const { text } = doc;
  const female = pronoun === "she" || pronoun === "her";
  const isFemale = (id: string) => {
    const actor = index.actors.find((a) => a.id === id);
    return actor ? isFemaleName(actor.name.split(/\s+/)) : false;
  };
  const candidates: { id: string; at: number }[] = [];
  const said = lastSpeakerBefore(text, index, seg.start, "person");
  if (said) candidates.push(said);
  const prevIsPerson = index.actors.some((a) => a.id === previousSpeaker?.id && a.kind === "person");
  if (previousSpeaker && prevIsPerson && previousSpeaker.at >= seg.start - SPEAKER_LOOKBACK)
    candidates.push(previousSpeaker);
  const titled = titledSpeakerBefore(doc, index, seg.start);
  if (titled) candidates.push(titled);
  const subject = paragraphSubjectBefore(text, index, Math.min(seg.start, at));
  if (subject) candidates.push(subject);
  candidates.sort((a, b) => b.at - a.at);
  const fitting = candidates.filter((c) => isFemale(c.id) === female);
  if (fitting.length) return fitting[0]!.id;
  return female ? (candidates[0]?.id ?? null) : null;
}

const TITLE_SPEECH = new RegExp(
  `\\b[Tt]he\\s+((?:[\\p{L}-]+\\s+){0,3}?(?:${[...TITLE_WORDS].filter((w) => !/^(?:counterpart|host|guest)$/.test(w)).join("|")}))\\s+(?:(?:also|further|then|later|again)\\s+)?(?:said|says|told|added|stated|noted|stressed|explained|declared|insisted|emphasi[sz]ed|underlined|remarked|warned|argued|announced)\\b`,
  "gu",
);

/** "The foreign secretary said …" before `pos` (within the speaker look-back): the titled person it names. */
function titledSpeakerBefore(
  doc: Pick<Doc, "text" | "countryMentions">,
  index: MentionIndex,
  pos: number,
): { id: string; at: number } | null {
  const from = Math.max(0, pos - SPEAKER_LOOKBACK);
  const window = doc.text.slice(from, pos);
  let last: RegExpExecArray | null = null;
  TITLE_SPEECH.lastIndex = 0;
  for (let m = TITLE_SPEECH.exec(window); m !== null; m = TITLE_SPEECH.exec(window)) last = m;
  if (!last) return null;
  const start = from + last.index;
  const end = start + last[0].length;
  // a named person right there ("the minister, Ana Lind, said") is found as a named speaker already
  const words = last[1]!
    .toLowerCase()
    .split(/\s+/)
    .filter((w) => TITLE_WORDS.has(w));
  const id = resolveByTitle(doc, index, { start, end }, words, start);
  if (id) return { id, at: end };
  // "Ana Lind said … The foreign minister said …": a title no one is seen to hold names the last person who spoke,
  // unless that person is known to hold another office
  const compatible = (a: Actor) => {
    const title = (a.title ?? appositiveTitle(doc.text, a)).toLowerCase();
    return !title || words.some((w) => title.includes(w));
  };
  const said = lastSpeakerBefore(doc.text, index, start, "person", undefined, compatible);
  return said ? { id: said.id, at: end } : null;
}

/**
 * The last person who is the grammatical subject of a sentence earlier in the paragraph holding `pos`: the name
 * (after at most two modifier words such as "UN" or "Russian", and after an opening adverbial ending in a comma)
 * opens the sentence and a lower-case word follows it.
 */
function paragraphSubjectBefore(text: string, index: MentionIndex, pos: number): { id: string; at: number } | null {
  const paraStart = text.lastIndexOf("\n", pos - 1) + 1;
  if (paraStart >= pos) return null;
  let best: { id: string; at: number } | null = null;
  for (const m of mentionsWithin(index, paraStart, pos)) {
    if (m.actor.kind !== "person" || m.end > pos || m.start < paraStart) continue;
    if (PERSON_PRONOUNS.has(text.slice(m.start, m.end).toLowerCase()) || isPossessive(text, m.end)) continue;
    if (!/^\s+\p{Ll}/u.test(text.slice(m.end, m.end + 3))) continue;
    const start = findSentenceStart(text, m.start, paraStart);
    // an opening adverbial may come first: "During the visit, the Kenyan president …"
    const lead = text.slice(start, m.start);
    if (/["\u201c\u201d\u00ab\u00bb'\u2018]/u.test(lead)) continue;
    const tail = lead.slice(lead.lastIndexOf(",") + 1).trim();
    if (tail.split(/\s+/).filter((w) => w && w.toLowerCase() !== "the").length > 2) continue;
    best = { id: m.actor.id, at: m.end };
  }
  return best;
}

function resolveByTitle(
  doc: Pick<Doc, "text" | "countryMentions">,
  index: MentionIndex,
  seg: Span,
  titleWords: string[],
  at: number,
): string | null {
  const codes = countriesWithin(doc, seg);
  const wantsLeader = titleWords.includes("head") || titleWords.includes("leader");
  const fits = (a: Actor): boolean => {
    if (a.kind !== "person") return false;
    if (codes.size && a.country && !codes.has(a.country)) return false;
    const title = (a.title ?? appositiveTitle(doc.text, a)).toLowerCase();
    if (wantsLeader) return LEADER_TITLES.test(title);
    return titleWords.some((t) => title.includes(t));
  };
  const recent = lastMentionBefore(index, at, (m) => fits(m.actor));
  if (recent) return recent.actor.id;
  const any = index.actors.filter(fits);
  return any.length === 1 ? any[0]!.id : null;
}

/** The comma-free chunk nearest the verb: "In a statement on Monday, the ministry" → "the ministry". */
function nounPhraseWords(all: Word[], order: SubjectOrder): Word[] {
  let from = 0;
  let to = all.length;
  if (order === "before-verb") {
    for (let i = all.length - 1; i >= 0; i--)
      if (all[i]!.raw === "," || all[i]!.raw === "(") {
        if (i < all.length - 1) from = i + 1;
        break;
      }
  } else {
    const comma = all.findIndex((w) => w.raw === "," || w.raw === "(");
    if (comma > 0) to = comma;
  }
  return all.slice(from, to).filter((w) => /[\p{L}\p{N}]/u.test(w.raw));
}

function countriesWithin(doc: Pick<Doc, "countryMentions">, seg: Span): Set<string> {
  return new Set(
    doc.countryMentions.filter((c) => c.span.start >= seg.start && c.span.end <= seg.end).map((c) => c.code),
  );
}

function nameWords(actor: Actor): Set<string> {
  const out = new Set<string>();
  for (const n of [actor.name, ...actor.aliases])
    for (const w of n.toLowerCase().split(/[\s,]+/)) if (w.length > 1 && !SKIP_WORDS.has(w)) out.add(w);
  return out;
}

function isPossessive(text: string, end: number): boolean {
  const next = text.slice(end, end + 2);
  if (next === "'s" || next === "\u2019s") return true;
  return (next[0] === "'" || next[0] === "\u2019") && text[end - 1] === "s" && !/[\p{L}]/u.test(next[1] ?? "");
}

/**
 * The title written beside an untitled person's first mention, when the actor stage kept none: "The Minister of
 * Foreign Affairs, Name Surname, said" or "Name Surname, the trade minister, said". Reads the sentence with the
 * actor stage's own title finders (before the name, then a comma-enclosed appositive after it).
 */
function appositiveTitle(text: string, actor: Actor): string {
  const first = actor.mentions[0];
  if (!first) return "";
  const from = Math.max(0, text.lastIndexOf("\n", first.start) + 1, first.start - 160);
  const newline = text.indexOf("\n", first.end);
  const to = Math.min(newline < 0 ? text.length : newline, first.end + 120);
  const tokens = tokenizeSegments(text, [{ start: from, end: to }]);
  const head = tokens.findIndex((t) => t.start >= first.start);
  let tail = head;
  while (tail + 1 < tokens.length && tokens[tail + 1]!.end <= first.end) tail++;
  if (head < 0) return "";
  const noCountry = () => null;
  const before =
    (findTitleBefore(text, tokens, head, noCountry) ?? findTitleBeforeComma(text, tokens, head, noCountry))?.title ??
    "";
  const after = findTitleAfter(text, tokens, tail, noCountry)?.title ?? "";
  if (before || after) return `${before} ${after}`.trim();
  // a coordinated office the finders stop short of ("The Minister of X and the Y, Name Surname, said"): the title
  // words of the sentence's lead-in, when the name closes it as an appositive
  if (tokens[head - 1]?.text !== ",") return "";
  const lead = text.slice(Math.max(from, text.lastIndexOf(".", first.start) + 1), first.start);
  return lead
    .toLowerCase()
    .split(/[^\p{L}-]+/u)
    .filter((w) => TITLE_WORDS.has(w))
    .join(" ");
}
