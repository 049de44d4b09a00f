import { isKnownPerson } from "./known-people.js";
import { actionVerbs } from "./lexicon.js";
import type { NameCandidate } from "./names.js";
import {
  type Barrier,
  type CountryAt,
  findCountryAfterName,
  findListTitle,
  findTitleAfter,
  findTitleBefore,
  findTitleBeforeComma,
  type TitleFinding,
} from "./titles.js";
import type { Token } from "./tokens.js";

/** What the words around one occurrence of a name say: its titles, its country, whether the person acts. */

/** Words between a name and its verb that do not break "Han Zheng on Wednesday met". */
const VERB_GAP = new Set(
  "on also has have had will would later then earlier today yesterday monday tuesday wednesday thursday friday saturday sunday night morning afternoon evening further separately subsequently jointly".split(
    " ",
  ),
);
/** Passive participles whose agent ("signed by X", "led by X") takes part in the event. */
const AGENT_VERBS = new Set(
  "signed led received hosted attended chaired headed represented accompanied welcomed met greeted co-chaired delivered presided given made announced issued".split(
    " ",
  ),
);
export const PLACE_WORDS = new Set(["in", "at", "from", "to", "into", "near"]);
const SAYING_BEFORE = new Set(["said", "says", "told", "added", "noted", "according"]);

/** Words before a name (or its title) that make it background: "the guidance of ...", "ousted President ...". */
const BACKGROUND_BEFORE = new Set(
  "of under elected late former ousted toppled deposed predecessor successor like".split(" "),
);

export interface Evidence {
  titles: TitleFinding[];
  ofCountry: string | null;
  agentCountry: string | null;
  acts: boolean;
  strong: boolean;
  /** Named in passing: after "of"/"under", or in a sentence about a past year. */
  background: boolean;
  sentence: number;
}

function actsAfter(tokens: Token[], last: number): boolean {
  let j = last + 1;
  for (let n = 0; n < 4 && tokens[j] && (VERB_GAP.has(tokens[j]!.lower) || tokens[j]!.text === ","); n++) {
    if (tokens[j]!.text === "," && n > 0) break;
    j++;
  }
  const t = tokens[j];
  return !!t && t.sentence === tokens[last]!.sentence && actionVerbs.has(t.lower);
}

function actsBefore(tokens: Token[], first: number): boolean {
  const p = tokens[first - 1];
  if (!p) return false;
  if (SAYING_BEFORE.has(p.lower)) return true;
  return p.lower === "by" && AGENT_VERBS.has(tokens[first - 2]?.lower ?? "");
}

/** "Saudi Arabia was represented by ...", "Egypt's delegation is led by ...": the country whose side the agent is. */
function agentCountry(tokens: Token[], lead: number, countryAt: CountryAt): string | null {
  if (tokens[lead - 1]?.lower !== "by" || !/^(?:represented|led|headed)$/.test(tokens[lead - 2]?.lower ?? ""))
    return null;
  const sentence = tokens[lead]!.sentence;
  for (let k = lead - 3; k >= 0 && k >= lead - 8 && tokens[k]!.sentence === sentence; k--) {
    const code = countryAt(k);
    if (code) return code;
    if (tokens[k]!.text === "," || tokens[k]!.lower === "while" || tokens[k]!.lower === "and") break;
  }
  return null;
}

export function gatherEvidence(
  text: string,
  tokens: Token[],
  c: NameCandidate,
  countryAt: CountryAt,
  names: Set<number>,
  recurs: (c: NameCandidate) => boolean,
): Evidence {
  const barrier: Barrier = (i) => names.has(i) && (i < c.outerFirst || i > c.last);
  const titles: TitleFinding[] = [];
  const before = findTitleBefore(text, tokens, c.outerFirst, countryAt, barrier);
  if (before) titles.push(before);
  const comma =
    findTitleBeforeComma(text, tokens, c.outerFirst, countryAt, barrier) ??
    findListTitle(text, tokens, c.outerFirst, countryAt, barrier);
  if (comma) titles.push(comma);
  const after = findTitleAfter(text, tokens, c.last, countryAt, barrier);
  if (after) titles.push(after);
  let lead = c.outerFirst;
  if (before) while (lead > 0 && tokens[lead - 1]!.start >= before.span.start) lead--;
  if (before && tokens[lead - 1] && countryAt(lead - 1)) lead--;
  const isAgent = tokens[lead - 1]?.lower === "by" && actsBefore(tokens, lead);
  const acts = actsAfter(tokens, c.last) || actsBefore(tokens, c.outerFirst) || actsBefore(tokens, lead);
  const known = isKnownPerson(c.name);
  const honorific = c.honorific !== null;
  // "in Goma, Minister Vieira will ...": a capitalised word after a place preposition is a place
  const afterPlaceWord = /^(?:in|at|from|near|into)$/.test(tokens[c.outerFirst - 1]?.lower ?? "") && !before;
  const ofCountry = findCountryAfterName(tokens, c.last, countryAt);
  const strong =
    !afterPlaceWord &&
    (titles.length > 0 ||
      honorific ||
      known ||
      (c.words.length >= 2 && (!!ofCountry || isAgent || (acts && recurs(c)))));
  const sentence = tokens[c.first]!.sentence;
  const prev = tokens[lead - 1];
  // "Nigerian president Bola Tinubu is the current chairperson of ...": a description, not an act
  const described =
    /^(?:is|was)$/.test(tokens[c.last + 1]?.lower ?? "") && /^(?:the|a|an)$/.test(tokens[c.last + 2]?.lower ?? "");
  const background =
    described ||
    mentionsPastYear(text, tokens, sentence, c.first) ||
    (!acts &&
      ((!!prev && BACKGROUND_BEFORE.has(prev.lower)) ||
        (prev?.lower === "by" && !AGENT_VERBS.has(tokens[lead - 2]?.lower ?? ""))));
  return { titles, ofCountry, acts, strong, background, sentence, agentCountry: agentCountry(tokens, lead, countryAt) };
}

const YEAR_WINDOW = 80;

/** "... proposed the initiative in 2013": the sentence dates what it tells to a year. */
function mentionsPastYear(text: string, tokens: Token[], sentence: number, at: number): boolean {
  let a = at;
  let b = at;
  // bounded window: a year far away in a run-on "sentence" says nothing about this name (and keeps it linear)
  while (a > 0 && at - a < YEAR_WINDOW && tokens[a - 1]!.sentence === sentence) a--;
  while (b + 1 < tokens.length && b - at < YEAR_WINDOW && tokens[b + 1]!.sentence === sentence) b++;
  return /\b(?:in|since) (?:19|20)\d\d\b/.test(text.slice(tokens[a]!.start, tokens[b]!.end));
}
