import { DIRECT_SPEECH_VERBS, LEAD_VERBS, PHRASAL_SPEECH_VERBS, WEAK_SPEECH_VERBS } from "../gazetteer/speech-verbs.js";
import type { Quote } from "../schemas/quote.js";
import type { Span } from "../schemas/span.js";
import {
  type MentionIndex,
  type SubjectOrder,
  type Word,
  findSentenceEnd,
  findSentenceStart,
  indexMentions,
  lastSpeakerBefore,
  listWords,
  mentionsWithin,
  resolveSubject,
} from "./attribution.js";
import type { Doc } from "./context.js";

/** A quotation found in the text, before attribution. Offsets index `doc.text`. */
export interface QuoteMarks {
  /** Offset of the opening mark, or -1 when the quote has none (it starts its paragraph). */
  open: number;
  /** Offset just after the closing mark, or -1 when the quote runs to the end of its paragraph. */
  close: number;
  inner: Span;
  paragraph: number;
}

// An unclosed mark only starts a quote running to the paragraph's end when that end is this near.
const MAX_UNCLOSED = 3000;
// A single-quoted passage is never longer than this.
const MAX_SINGLE = 1500;
const ATTRIBUTION_REACH = 220;
const MAX_WEAK_SINGLE = 60;

const isSpace = (c: string | undefined): boolean => c === undefined || /\s/u.test(c);
const isWordChar = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{M}\p{N}]/u.test(c);
const OPEN_CONTEXT = new Set(["(", "[", "{", "\u2014", "\u2013", "-", "/", ":", "|"]);
const CLOSE_CONTEXT = new Set([".", ",", ";", ":", "!", "?", ")", "]", "}", "\u2026", "-", "\u2014", "\u2013"]);
const DOUBLE_MARKS = new Set(['"', "\u201c", "\u201d", "\u201e", "\u00ab", "\u00bb"]);
const ANY_MARK = new Set([...DOUBLE_MARKS, "'", "\u2018", "\u2019", "\u201a"]);

type Role = "open" | "close" | "either";

function classify(text: string, i: number, from: number, to: number): Role {
  const prev = i > from ? text[i - 1] : undefined;
  const next = i + 1 < to ? text[i + 1] : undefined;
  const leftOpen = prev === undefined || isSpace(prev) || OPEN_CONTEXT.has(prev) || ANY_MARK.has(prev);
  const rightOpen = next === undefined || isSpace(next) || CLOSE_CONTEXT.has(next) || ANY_MARK.has(next);
  if (leftOpen && !rightOpen) return "open";
  if (!leftOpen && rightOpen) return "close";
  return "either";
}

/** Double-mark quotations ("…", “…”, „…“, «…») in one paragraph. */
function scanDouble(text: string, para: Span, paragraph: number): QuoteMarks[] {
  const out: QuoteMarks[] = [];
  let open: { at: number; mark: string } | null = null;
  const closeAt = (i: number) => {
    if (open) out.push({ open: open.at, close: i + 1, inner: { start: open.at + 1, end: i }, paragraph });
    open = null;
  };
  const closeMissingOpening = (i: number) => {
    const prev = text[i - 1];
    if (out.length === 0 && !isSpace(prev))
      out.push({ open: -1, close: i + 1, inner: { start: para.start, end: i }, paragraph });
  };
  for (let i = para.start; i < para.end; i++) {
    const c = text[i]!;
    if (!DOUBLE_MARKS.has(c)) continue;
    const role = classify(text, i, para.start, para.end);
    if (c === "\u201e" || c === "\u00ab") {
      if (open) out.push(unclosed(text, open.at, i, paragraph));
      open = { at: i, mark: c };
    } else if (c === "\u00bb") {
      if (open) closeAt(i);
      else closeMissingOpening(i);
    } else if (c === "\u201c") {
      if (open && (open.mark === "\u201e" || role === "close")) closeAt(i);
      else {
        // a new opening while one is open: the earlier quote lost its closing mark
        if (open) out.push(unclosed(text, open.at, i, paragraph));
        open = { at: i, mark: c };
      }
    } else if (c === "\u201d") {
      if (open) closeAt(i);
      else if (role === "open") open = { at: i, mark: c };
      else closeMissingOpening(i);
    } else if (open) {
      if (role === "open" && trimEnd(text, open.at + 1, i) === open.at + 1) open = { at: i, mark: c };
      else closeAt(i);
    } else if (role === "close") closeMissingOpening(i);
    else open = { at: i, mark: c };
  }
  if (open !== null) {
    const start = (open as { at: number }).at;
    if (para.end - start <= MAX_UNCLOSED) out.push(unclosed(text, start, para.end, paragraph));
  }
  return out;
}

function unclosed(text: string, at: number, end: number, paragraph: number): QuoteMarks {
  return { open: at, close: -1, inner: { start: at + 1, end: trimEnd(text, at + 1, end) }, paragraph };
}

function trimEnd(text: string, start: number, end: number): number {
  let e = end;
  while (e > start && isSpace(text[e - 1])) e--;
  return e;
}

/** Single-mark quotations (‘…’, '…') outside the double-quoted ones, telling them from apostrophes. */
function scanSingle(text: string, para: Span, paragraph: number, taken: QuoteMarks[]): QuoteMarks[] {
  const marks: number[] = [];
  let t = 0;
  for (let i = para.start; i < para.end; i++) {
    const c = text[i]!;
    if (c !== "'" && c !== "\u2018" && c !== "\u2019" && c !== "\u201a") continue;
    while (t < taken.length && quoteEnd(taken[t]!, para) <= i) t++;
    const q = taken[t];
    if (q && quoteStart(q) <= i && i < quoteEnd(q, para)) continue;
    marks.push(i);
  }
  // nextClose[k]: the first closing candidate at or after marks[k]; strong ones win over weak ones
  const isCloser = (i: number) => {
    const c = text[i];
    return (c === "'" || c === "\u2019") && !isSpace(text[i - 1]) && !isWordChar(text[i + 1]) && i > para.start;
  };
  const isWeak = (i: number) => /[sS]/.test(text[i - 1] ?? "") && isSpace(text[i + 1]) && isWordChar(text[i + 2]);
  const nextStrong: number[] = new Array(marks.length + 1).fill(-1);
  const nextWeak: number[] = new Array(marks.length + 1).fill(-1);
  for (let k = marks.length - 1; k >= 0; k--) {
    const i = marks[k]!;
    nextStrong[k] = isCloser(i) && !isWeak(i) ? k : nextStrong[k + 1]!;
    nextWeak[k] = isCloser(i) && isWeak(i) ? k : nextWeak[k + 1]!;
  }
  const out: QuoteMarks[] = [];
  for (let k = 0; k < marks.length; k++) {
    const i = marks[k]!;
    const c = text[i]!;
    const opener =
      c !== "\u2019" &&
      (i === para.start || isSpace(text[i - 1]) || OPEN_CONTEXT.has(text[i - 1]!)) &&
      isWordChar(text[i + 1]);
    if (!opener) continue;
    const strong = nextStrong[k + 1]!;
    const weak = nextWeak[k + 1]!;
    let pick = strong >= 0 && marks[strong]! - i <= MAX_SINGLE ? strong : -1;
    // a weak closer ("Koreans’ ") only ends a short scare-quote, never a passage across sentences
    if (
      weak >= 0 &&
      marks[weak]! - i <= MAX_WEAK_SINGLE &&
      (pick < 0 || marks[pick]! - marks[weak]! > 200 || hasOpenerBetween(marks, weak, pick, text))
    )
      pick = weak;
    if (pick < 0) continue;
    const end = marks[pick]!;
    out.push({ open: i, close: end + 1, inner: { start: i + 1, end }, paragraph });
    k = pick;
  }
  return out;
}

/** A weak closer ("Koreans’ ") still wins when another quotation opens before the strong one. */
function hasOpenerBetween(marks: number[], weak: number, strong: number, text: string): boolean {
  for (let j = weak + 1; j < strong; j++) {
    const i = marks[j]!;
    if ((text[i] === "\u2018" || isSpace(text[i - 1])) && isWordChar(text[i + 1])) return true;
  }
  return false;
}

const quoteStart = (q: QuoteMarks): number => (q.open >= 0 ? q.open : q.inner.start);
const quoteEnd = (q: QuoteMarks, para: Span): number => (q.close >= 0 ? q.close : para.end);

/**
 * Typewriter quotes from wire copy: two backticks open and two apostrophes (straight or curly) or a double mark
 * close: ``We are ready,'' Lind said.
 */
function scanBackticks(text: string, para: Span, paragraph: number): QuoteMarks[] {
  const out: QuoteMarks[] = [];
  let from = text.indexOf("``", para.start);
  while (from >= 0 && from < para.end) {
    const re = /''|\u2019\u2019|"|\u201d/gu;
    re.lastIndex = from + 2;
    const m = re.exec(text);
    if (!m || m.index >= para.end || m.index - from > MAX_UNCLOSED) break;
    out.push({ open: from, close: m.index + m[0].length, inner: { start: from + 2, end: m.index }, paragraph });
    from = text.indexOf("``", m.index + m[0].length);
  }
  return out;
}

const overlaps = (a: QuoteMarks, b: QuoteMarks, para: Span): boolean =>
  quoteStart(a) < quoteEnd(b, para) && quoteStart(b) < quoteEnd(a, para);

/**
 * Finds every quotation in the body paragraphs (straight, curly, single, guillemet and „German“ marks), before
 * attribution. A quote that opens without closing runs to its paragraph's end; one missing its opening mark starts
 * its paragraph.
 *
 * @example
 * scanQuotes("“We are ready,” he said.", [{ start: 0, end: 24 }])[0]?.inner // { start: 1, end: 14 }
 */
export function scanQuotes(text: string, paragraphs: readonly Span[]): QuoteMarks[] {
  const out: QuoteMarks[] = [];
  paragraphs.forEach((para, p) => {
    const backticks = scanBackticks(text, para, p);
    const doubles = [
      ...scanDouble(text, para, p).filter((d) => !backticks.some((b) => overlaps(b, d, para))),
      ...backticks,
    ].sort((a, b) => quoteStart(a) - quoteStart(b));
    const singles = scanSingle(text, para, p, doubles);
    const all = [...doubles, ...singles].sort((a, b) => a.inner.start - b.inner.start);
    for (const q of all) {
      let { start, end } = q.inner;
      while (start < end && isSpace(text[start])) start++;
      while (end > start && isSpace(text[end - 1])) end--;
      if (!/[\p{L}\p{N}]/u.test(text.slice(start, Math.min(end, start + 200)))) continue;
      if (q.open < 0 && !/\s\S+\s/u.test(text.slice(start, Math.min(end, start + 200)))) continue;
      out.push({ ...q, inner: { start, end } });
    }
  });
  return out;
}

interface Attribution {
  speaker: string | null;
  verb: string | null;
  /** False when no attribution was found at all (the quote may inherit its neighbour's). */
  found: boolean;
}

const NONE: Attribution = { speaker: null, verb: null, found: false };

/** Finds the speech verb among `words` (first or last), including two-word forms like "pointed out". */
function findVerb(
  words: Word[],
  from: "first" | "last",
  allowWeak: (index: number) => boolean,
): { index: number; length: number; verb: string } | null {
  const n = words.length;
  for (let step = 0; step < n; step++) {
    const i = from === "first" ? step : n - 1 - step;
    const w = words[i]!;
    const pair = i + 1 < n ? `${w.lower} ${words[i + 1]!.lower}` : "";
    // "According to the ministry, …" opens its sentence capitalised
    if (pair === "according to" && words[i + 1]!.raw === "to") return { index: i, length: 2, verb: pair };
    // "Secretary of State", "Washington Post": capitalised words are names, not verbs
    if (w.raw !== w.lower) continue;
    if (PHRASAL_SPEECH_VERBS.has(pair)) return { index: i, length: 2, verb: pair };
    if (DIRECT_SPEECH_VERBS.has(w.lower) && (!WEAK_SPEECH_VERBS.has(w.lower) || allowWeak(i)))
      return { index: i, length: 1, verb: w.lower };
  }
  return null;
}

const SUBJECT_STOPS = new Set([
  "from",
  "in",
  "at",
  "on",
  "during",
  "while",
  "after",
  "before",
  "to",
  "as",
  "when",
  "with",
  "adding",
  "referring",
  "noting",
  "according",
  "who",
  "which",
  "following",
  "ahead",
  "speaking",
  "told",
  "via",
  "through",
  "late",
  "earlier",
  "later",
  "last",
  "this",
  "that",
]);

/** The subject after a verb: "said the Kazakh president during the meeting" → "the Kazakh president". */
function subjectAfter(words: Word[], from: number): Span | null {
  let end = from;
  while (end < words.length) {
    const w = words[end]!;
    if (/^[,.;:!?()\u2014\u2013]$/u.test(w.raw) || SUBJECT_STOPS.has(w.lower)) break;
    end++;
  }
  if (end === from) return null;
  return { start: words[from]!.start, end: words[end - 1]!.end };
}

type PreviousSpeaker = { id: string; at: number } | null;

function attributeTrailing(
  doc: Doc,
  index: MentionIndex,
  window: Span,
  at: number,
  prev: PreviousSpeaker,
): Attribution {
  const words = listWords(doc.text, window.start, window.end);
  let k = 0;
  while (k < words.length && /^[,:;\u2014\u2013-]$/u.test(words[k]!.raw)) k++;
  const rest = words.slice(k, k + 16);
  if (!rest.length) return NONE;
  const verb = findVerb(rest, "first", (i) => i <= 6);
  if (!verb) return NONE;
  if (verb.index === 0) {
    const seg = subjectAfter(rest, verb.length);
    return {
      speaker: seg ? resolveSubject(doc, index, seg, "after-verb", at, prev) : null,
      verb: verb.verb,
      found: true,
    };
  }
  const before = rest.slice(0, verb.index);
  if (before.some((w) => /^[.;!?]$/.test(w.raw))) return NONE;
  // "“...,” and continues to ...": a verb coordinated with the sentence before the quote has no subject of its own
  if (before.every((w) => CONJUNCTIONS.has(w.lower))) return NONE;
  const seg = { start: before[0]!.start, end: before[before.length - 1]!.end };
  return { speaker: resolveSubject(doc, index, seg, "before-verb", at, prev), verb: verb.verb, found: true };
}

const CONJUNCTIONS = new Set(["and", "but", "or", "then", "also", "yet"]);

const FRAMES = /\b(?:in|by)\s+(his|her|their|its)\s+(?:own\s+)?words\b/iu;

function attributeLeading(
  doc: Doc,
  index: MentionIndex,
  window: Span,
  quote: Span,
  at: number,
  prev: PreviousSpeaker,
): Attribution {
  const { text } = doc;
  const words = listWords(text, window.start, window.end);
  if (!words.length) return NONE;
  // a strong verb anywhere before the quote wins over a weak one next to it ("will continue “to assert ...”")
  // … and a weak one far from the quote when a named actor opens the sentence as its subject ("The ministry, in a
  // statement, urged Washington to reconsider, “…”"), not when a name sits inside another subject ("The attacks on
  // the embassy claimed …")
  const opensWithActor = (i: number) => {
    const first = words[0]!.lower === "the" && words.length > 1 ? words[1]! : words[0]!;
    return i > 1 && mentionsWithin(index, first.start, first.end).some((m) => m.start === first.start);
  };
  const verb =
    findVerb(words, "last", () => false) ??
    findVerb(words, "last", (i) => i >= words.length - 4) ??
    findVerb(words, "last", opensWithActor);
  if (verb) {
    const before = words.slice(0, verb.index).filter((w) => w.raw !== ",");
    const after = words.slice(verb.index + verb.length);
    let seg: Span | null = null;
    let order: SubjectOrder = "before-verb";
    if (verb.verb === "according to" || before.length === 0) {
      seg = subjectAfter(after, 0);
      order = "after-verb";
    } else seg = { start: words[0]!.start, end: words[verb.index - 1]!.end };
    return { speaker: seg ? resolveSubject(doc, index, seg, order, at, prev) : null, verb: verb.verb, found: true };
  }
  const frame = FRAMES.exec(text.slice(window.start, window.end));
  if (frame) {
    const s = window.start + frame.index + frame[0].indexOf(frame[1]!);
    return {
      speaker: resolveSubject(doc, index, { start: s, end: s + frame[1]!.length }, "before-verb", at, prev),
      verb: null,
      found: true,
    };
  }
  // a name alone before a colon, as in a caption or a summary line: `Name Surname: "..."`
  const label = colonLabel(index, words);
  if (label) return { speaker: label, verb: null, found: true };
  // `Al-Ansari "stated that ..."`: the verb opens the quotation itself
  const inner = listWords(text, quote.start, Math.min(quote.end, quote.start + 40));
  if (inner[0] && DIRECT_SPEECH_VERBS.has(inner[0].lower) && !WEAK_SPEECH_VERBS.has(inner[0].lower)) {
    const seg = { start: words[0]!.start, end: words[words.length - 1]!.end };
    return { speaker: resolveSubject(doc, index, seg, "before-verb", at, prev), verb: inner[0].lower, found: true };
  }
  return NONE;
}

/**
 * Direct quotations with their speaker (an actor id) and speech verb. Attribution reads the words right after the
 * quote (", Zhao said", ", said the minister"), then those before it ("Zhao stated: "), and otherwise follows the
 * neighbouring quote by the same voice.
 *
 * @example
 * findQuotes(doc) // [{ text: "We are ready to work with Kazakhstan", speaker: "zhao-leji", verb: "said", span }]
 */
export function findQuotes(doc: Doc): Quote[] {
  const { text } = doc;
  const paragraphs = doc.structure.paragraphs;
  const found = scanQuotes(text, paragraphs);
  const index = indexMentions(doc.actors);
  const out: Quote[] = [];
  let previous: { marks: QuoteMarks; attribution: Attribution } | null = null;
  // whether each quote's attribution was read beside it (not inherited from a neighbour)
  const own: boolean[] = [];
  found.forEach((q, n) => {
    const para = paragraphs[q.paragraph]!;
    const next = found[n + 1];
    const prev = found[n - 1];
    let attribution = NONE;
    const prevSpeaker: PreviousSpeaker =
      previous?.attribution.speaker != null ? { id: previous.attribution.speaker, at: previous.marks.inner.end } : null;
    if (q.close >= 0) {
      const limit = Math.min(
        para.end,
        q.close + ATTRIBUTION_REACH,
        next && next.paragraph === q.paragraph ? quoteStart(next) : para.end,
      );
      const end = findSentenceEnd(text, q.close, limit);
      attribution = attributeTrailing(doc, index, { start: q.close, end }, q.inner.start, prevSpeaker);
    }
    if (!attribution.found && q.open >= 0) {
      const floor = prev && prev.paragraph === q.paragraph ? quoteEnd(prev, para) : para.start;
      let start = findSentenceStart(text, q.open, Math.max(floor, q.open - ATTRIBUTION_REACH * 2));
      if (start >= q.open - 1 && floor === para.start) start = colonLeadIn(text, paragraphs, q.paragraph, q.open);
      attribution = attributeLeading(doc, index, { start, end: q.open }, q.inner, q.inner.start, prevSpeaker);
    }
    const ownAttribution = attribution.found;
    if (!attribution.found && previous && isNeighbour(text, paragraphs, previous.marks, q)) {
      attribution = { ...previous.attribution, verb: null, found: previous.attribution.found };
    } else if (!attribution.found && fillsParagraph(q, para)) {
      // a paragraph that is all quotation, after "Lavrov spoke at the news conference." or "The ministry said ..."
      const floor = paragraphs[q.paragraph - 1]?.start ?? para.start;
      const said =
        lastSpeakerBefore(text, index, para.start, "person", floor) ??
        lastSpeakerBefore(text, index, para.start, "organization", floor);
      if (said) attribution = { speaker: said.id, verb: null, found: false };
      else {
        const lead = leadSpeaker(doc, index, paragraphs[q.paragraph - 1], q.inner.start, prevSpeaker);
        if (lead) attribution = { speaker: lead, verb: null, found: false };
      }
    }
    if (!attribution.found && attribution.speaker === null && q.open >= 0) {
      const source = accordingToBefore(doc, index, para.start, q.open, q.inner.start, prevSpeaker);
      if (source) attribution = { speaker: source, verb: null, found: false };
    }
    out.push({
      text: text.slice(q.inner.start, q.inner.end),
      speaker: attribution.speaker,
      verb: attribution.verb,
      span: { start: q.inner.start, end: q.inner.end },
    });
    own.push(ownAttribution);
    previous = { marks: q, attribution };
  });
  // a quote running over paragraphs is attributed where it ends: "“First part. ¶ “Second part,” Lavrov said."
  for (let n = found.length - 2; n >= 0; n--) {
    const q = found[n]!;
    const next = found[n + 1]!;
    if (q.close >= 0 || own[n] || next.paragraph !== q.paragraph + 1) continue;
    if (next.open !== paragraphs[next.paragraph]!.start || out[n + 1]!.speaker === null) continue;
    out[n]!.speaker = out[n + 1]!.speaker;
    own[n] = own[n + 1]!;
  }
  return out;
}

/** The quotation is (nearly) the whole paragraph. */
function fillsParagraph(q: QuoteMarks, para: Span): boolean {
  return q.inner.end - q.inner.start >= 0.8 * (para.end - para.start);
}

/** "Zhao said:" closing the previous paragraph introduces a quote that opens the next one. */
function colonLeadIn(text: string, paragraphs: readonly Span[], p: number, open: number): number {
  const prevPara = paragraphs[p - 1];
  if (!prevPara) return open;
  const tail = trimEnd(text, prevPara.start, prevPara.end);
  if (text[tail - 1] !== ":") return open;
  return findSentenceStart(text, tail - 1, Math.max(prevPara.start, tail - ATTRIBUTION_REACH * 2));
}

/** The previous quote is in the same paragraph, or ends the paragraph right before this one. */
function isNeighbour(text: string, paragraphs: readonly Span[], prev: QuoteMarks, q: QuoteMarks): boolean {
  if (prev.paragraph === q.paragraph) return true;
  if (prev.paragraph !== q.paragraph - 1) return false;
  const para = paragraphs[prev.paragraph]!;
  return para.end - quoteEnd(prev, para) < 160 && !/[.!?]\s+\p{Lu}/u.test(text.slice(quoteEnd(prev, para), para.end));
}

/** The speaker of `Name Surname: "..."`: the words before the quote are one person's mention and a colon. */
function colonLabel(index: MentionIndex, words: Word[]): string | null {
  const last = words.at(-1);
  if (last?.raw !== ":" || words.length < 2 || words.length > 6) return null;
  const from = words[0]!.start;
  const to = words[words.length - 2]!.end;
  const hit = mentionsWithin(index, from, to).find((m) => m.actor.kind === "person" && m.start <= from && m.end >= to);
  return hit?.actor.id ?? null;
}

/**
 * The subject of the first speech verb of the paragraph before a quote-only paragraph, when no named actor speaks
 * there: "The foreign minister revealed on Monday that ..." followed by a paragraph that is all quotation.
 */
function leadSpeaker(
  doc: Doc,
  index: MentionIndex,
  para: Span | undefined,
  at: number,
  prev: PreviousSpeaker,
): string | null {
  if (!para) return null;
  const end = findSentenceEnd(doc.text, para.start, Math.min(para.end, para.start + 400));
  const words = listWords(doc.text, para.start, end);
  if (words.some((w) => DOUBLE_MARKS.has(w.raw))) return null;
  const verb = findVerb(words.slice(0, 24), "first", () => false) ?? findLeadVerb(words.slice(0, 24));
  if (!verb || verb.index === 0 || verb.verb === "according to") return null;
  const seg = { start: words[0]!.start, end: words[verb.index - 1]!.end };
  return resolveSubject(doc, index, seg, "before-verb", Math.min(at, seg.start), prev);
}

function findLeadVerb(words: Word[]): { index: number; length: number; verb: string } | null {
  const i = words.findIndex((w) => LEAD_VERBS.has(w.raw));
  return i < 0 ? null : { index: i, length: 1, verb: words[i]!.lower };
}

const ACCORDING_TO = /\b[Aa]ccording to\s/gu;

/**
 * "According to the ministry's spokeswoman Ana Lind, the envoy was recalled. This is needed to decide “…”": a
 * quotation with no attribution of its own belongs to the source an earlier sentence of its paragraph cites.
 */
function accordingToBefore(
  doc: Doc,
  index: MentionIndex,
  from: number,
  to: number,
  at: number,
  prev: PreviousSpeaker,
): string | null {
  const window = doc.text.slice(from, to);
  let last = -1;
  ACCORDING_TO.lastIndex = 0;
  for (let m = ACCORDING_TO.exec(window); m !== null; m = ACCORDING_TO.exec(window)) last = m.index + m[0].length;
  if (last < 0) return null;
  const words = listWords(doc.text, from + last, Math.min(to, from + last + 200));
  const seg = subjectAfter(words, 0);
  return seg ? resolveSubject(doc, index, seg, "after-verb", at, prev) : null;
}
