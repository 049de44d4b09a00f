import { REPORTING_VERBS } from "../gazetteer/speech-verbs.js";
import type { Statement } from "../schemas/quote.js";
import type { Span } from "../schemas/span.js";
import { type Word, findSentenceEnd, indexMentions, listWords, mentionsWithin, resolveSubject } from "./attribution.js";
import type { Doc } from "./context.js";

/** Subjects that speak for both parties without naming anyone: "the two sides agreed to ...". */
const COLLECTIVE =
  /^(?:the\s+)?(?:two|both)\s+(?:sides|leaders|ministers|countries|presidents|parties|heads\s+of\s+state|foreign\s+ministers|delegations|nations|governments)$/i;
/** "called" and "voiced" report a position only with their particle: "called for", "called on". */
const PARTICLES: Record<string, readonly string[]> = {
  call: ["for", "on", "upon"],
  calls: ["for", "on", "upon"],
  called: ["for", "on", "upon"],
};
const MAX_SUBJECT_WORDS = 24;
const BE = new Set(["was", "were", "is", "are", "be", "been", "being"]);
const PREPOSITIONS = new Set(["in", "during", "at", "on", "from", "after", "before", "while", "when", "with"]);
const MIN_CONTENT_WORDS = 3;
const QUOTE_MARK = /^["\u201c\u201d\u201e\u00ab'\u2018]$/u;

const isFiniteVerb = (w: string): boolean => w === "said" || w === "says" || w.endsWith("ed") || w.endsWith("s");

/**
 * Indirect positions: "Zhao urged both countries to ...", "Wang said China ...", "the two sides agreed to ...".
 * The speaker is the actor named (or pointed to) as the subject of a reporting verb, or null for a collective
 * subject ("the two sides"); `text` is the reported content up to the end of the sentence.
 *
 * @example
 * findStatements(doc) // [{ speaker: "zhao-leji", verb: "urged", text: "both countries to continue ...", span }]
 */
export function findStatements(doc: Doc): Statement[] {
  const { text } = doc;
  const index = indexMentions(doc.actors);
  const out: Statement[] = [];
  for (const sentence of splitSentences(doc)) {
    const words = listWords(text, sentence.start, sentence.end);
    const found = readStatement(doc, index, words, sentence);
    if (found) out.push(found);
  }
  return out;
}

function splitSentences(doc: Doc): Span[] {
  const out: Span[] = [];
  for (const para of doc.structure.paragraphs) {
    let start = para.start;
    while (start < para.end) {
      const end = findSentenceEnd(doc.text, start, para.end);
      out.push({ start, end });
      start = end;
      while (start < para.end && /\s/.test(doc.text[start]!)) start++;
    }
  }
  return out;
}

function readStatement(
  doc: Doc,
  index: ReturnType<typeof indexMentions>,
  words: Word[],
  sentence: Span,
): Statement | null {
  const { text } = doc;
  for (let i = 1; i < words.length; i++) {
    const w = words[i]!;
    if (!REPORTING_VERBS.has(w.lower) || !isFiniteVerb(w.lower) || w.raw !== w.lower) continue;
    // passives ("was welcomed by") and inverted attributions (", said Goldstein") report nobody's position
    if (words[i + 1]?.lower === "by" || BE.has(words[i - 1]!.lower)) continue;
    if (words[i - 1]!.raw === "," && namesSomeoneAfter(index, words, i)) continue;
    const particles = PARTICLES[w.lower];
    if (particles && !particles.includes(words[i + 1]?.lower ?? "")) continue;
    // clause start: the sentence start or the last comma before the subject
    let first = Math.max(0, i - MAX_SUBJECT_WORDS);
    for (let j = i - 1; j >= first; j--) {
      if (/^[;:.!?]$/.test(words[j]!.raw) || QUOTE_MARK.test(words[j]!.raw)) {
        first = j + 1;
        break;
      }
    }
    if (first >= i) continue;
    // `"...," Daza said`: the verb attributes a direct quotation
    if (first > 0 && (QUOTE_MARK.test(words[first - 1]!.raw) || words[first]!.raw === ",")) continue;
    const subject = { start: words[first]!.start, end: words[i - 1]!.end };
    let contentFrom = i + 1 + (particles ? 1 : 0);
    // "said on Monday that ...": skip the adverbial up to "that"
    if (PREPOSITIONS.has(words[contentFrom]?.lower ?? "") && !particles) {
      const that = words.slice(contentFrom, contentFrom + 10).findIndex((x) => x.lower === "that");
      if (that < 0) continue;
      contentFrom += that;
    }
    if (words[contentFrom]?.lower === "that") contentFrom++;
    if (!words[contentFrom] || !/[\p{L}\p{N}]/u.test(words[contentFrom]!.raw)) continue;
    const content = words.slice(contentFrom, contentFrom + 12).filter((x) => /[\p{L}\p{N}]/u.test(x.raw));
    if (content.length < MIN_CONTENT_WORDS || QUOTE_MARK.test(words[contentFrom]?.raw ?? "")) continue;
    const collective = COLLECTIVE.test(clauseTail(text, words, first, i));
    const named = mentionsWithin(index, subject.start, subject.end).length > 0;
    if (!collective && !named && !/^(?:he|she|they|it)$/i.test(clauseTail(text, words, first, i))) continue;
    const speaker = collective ? null : resolveSubject(doc, index, subject, "before-verb", subject.start);
    if (!collective && speaker === null) continue;
    let end = sentence.end;
    while (end > words[contentFrom]!.start && /[\s.!?]/.test(text[end - 1]!)) end--;
    const verb = particles ? `${w.lower} ${words[i + 1]!.lower}` : w.lower;
    return {
      speaker,
      verb,
      text: text.slice(words[contentFrom]!.start, end),
      span: { start: subject.start, end },
    };
  }
  return null;
}

/** ", said Steve Goldstein, ...": a person named right after the verb is its subject. */
function namesSomeoneAfter(index: ReturnType<typeof indexMentions>, words: Word[], verb: number): boolean {
  const next = words.slice(verb + 1, verb + 5);
  if (!next.length) return false;
  return mentionsWithin(index, next[0]!.start, next[next.length - 1]!.end).some((m) => m.actor.kind === "person");
}

/** The words right before the verb after the last comma: "On Monday, the two sides" → "the two sides". */
function clauseTail(text: string, words: Word[], first: number, verb: number): string {
  let from = first;
  for (let j = verb - 1; j >= first; j--)
    if (words[j]!.raw === ",") {
      from = j + 1;
      break;
    }
  const kept = words.slice(from, verb).filter((w) => !/^(?:also|further|then|later|again|jointly)$/i.test(w.lower));
  if (!kept.length) return "";
  return text.slice(kept[0]!.start, kept[kept.length - 1]!.end).replace(/\s+/g, " ");
}
