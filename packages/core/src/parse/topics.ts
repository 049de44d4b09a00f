import { TOPIC_CUES, TOPIC_THRESHOLD } from "../gazetteer/topics.js";
import { type Topic, TopicSchema } from "../schemas/initiative.js";
import type { Span } from "../schemas/span.js";
import type { Doc } from "./context.js";

// The left word boundary, (?<![\p{L}\p{N}-]), is checked in code after a match (see `isBoundaryBefore`): a leading
// lookbehind keeps V8 from skipping quickly to a cue's first letters and made every pattern twice as slow.
type CompiledTopic = { topic: Topic; cues: { re: RegExp; weight: number; repeats: boolean }[] };
let compiled: CompiledTopic[] | null = null;

/** The cue patterns, compiled on first use, once. */
function compileTopics(): CompiledTopic[] {
  compiled ??= TopicSchema.options.map((topic) => ({
    topic,
    cues: TOPIC_CUES[topic].map((c) => ({
      re: new RegExp(`(?:${c.pattern})(?![\\p{L}\\p{N}])`, "giu"),
      weight: c.weight,
      repeats: c.repeats === true,
    })),
  }));
  return compiled;
}

const LETTER_DIGIT_OR_HYPHEN = /^[\p{L}\p{N}-]$/u;

/** Whether no letter, digit or hyphen (a whole code point) ends just before `index`. */
function isBoundaryBefore(text: string, index: number): boolean {
  if (index <= 0) return true;
  let from = index - 1;
  const unit = text.charCodeAt(from);
  if (unit >= 0xdc00 && unit <= 0xdfff && from > 0) {
    const lead = text.charCodeAt(from - 1);
    if (lead >= 0xd800 && lead <= 0xdbff) from--;
  }
  return !LETTER_DIGIT_OR_HYPHEN.test(String.fromCodePoint(text.codePointAt(from)!));
}

/** Each cue counts at most this many distinct words. */
const MAX_HITS_PER_CUE = 2;

/**
 * Scores every topic of the fixed vocabulary over `text` (or the given ranges of it).
 *
 * @example
 * scoreTopics("Talks on trade and tariffs.").get("trade") // 4 (two strong cues)
 */
export function scoreTopics(
  text: string,
  ranges: readonly Span[] = [{ start: 0, end: text.length }],
): Map<Topic, number> {
  const scores = new Map<Topic, number>();
  // one joined piece: every pattern runs once over the text, not once per paragraph
  const pieces = [ranges.map((r) => text.slice(r.start, r.end)).join("\n")];
  for (const { topic, cues } of compileTopics()) {
    let score = 0;
    for (const { re, weight, repeats } of cues) {
      const forms = new Set<string>();
      for (const piece of pieces) {
        re.lastIndex = 0;
        for (let m = re.exec(piece); m !== null && forms.size < MAX_HITS_PER_CUE; m = re.exec(piece)) {
          if (!isBoundaryBefore(piece, m.index)) {
            re.lastIndex = m.index + 1;
            continue;
          }
          forms.add(repeats ? `${forms.size}` : m[0].toLowerCase());
        }
        if (forms.size >= MAX_HITS_PER_CUE) break;
      }
      score += forms.size * weight;
    }
    if (score > 0) scores.set(topic, score);
  }
  return scores;
}

/**
 * Topics from the fixed vocabulary, found by keyword families: a topic needs several distinct cues or a strong one
 * ("counter-terrorism", "trade"), never a single passing word. Strongest first.
 *
 * @example
 * findTopics(doc) // ["trade", "connectivity", "security"]
 */
export function findTopics(doc: Doc): Topic[] {
  const ranges = [...(doc.structure.headline ? [doc.structure.headline.span] : []), ...doc.structure.paragraphs];
  const scores = scoreTopics(maskOrganizations(doc), ranges);
  return [...scores.entries()]
    .filter(([, s]) => s >= TOPIC_THRESHOLD)
    .sort((a, b) => b[1] - a[1])
    .map(([t]) => t);
}

/** The text with organisations' names blanked: "Asian Infrastructure Investment Bank" speaks of no topic. */
function maskOrganizations(doc: Doc): string {
  const spans = doc.actors.filter((a) => a.kind === "organization").flatMap((a) => a.mentions);
  if (!spans.length) return doc.text;
  spans.sort((a, b) => a.start - b.start);
  let out = "";
  let pos = 0;
  for (const s of spans) {
    if (s.start < pos) continue;
    out += doc.text.slice(pos, s.start) + " ".repeat(s.end - s.start);
    pos = s.end;
  }
  return out + doc.text.slice(pos);
}
