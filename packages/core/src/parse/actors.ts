import { countryOfCapital, countryOfCity, findCountryByName, isOrganizationCode } from "../gazetteer/countries.js";
import { KNOWN_PEOPLE, type KnownPerson } from "../gazetteer/person-names.js";
import type { Actor } from "../schemas/actor.js";
import type { Span } from "../schemas/span.js";
import { findTitleMentions, foldWord, isFemaleName, type PersonDraft, resolvePronouns } from "./actors/coreference.js";
import { actionVerbs, countryOfWord, honorifics, organizationHeads, titleModifiers } from "./actors/lexicon.js";
import { findNameCandidates, type NameCandidate } from "./actors/names.js";
import { findOrganizations } from "./actors/organizations.js";
import {
  type Barrier,
  type CountryAt,
  findCountryAfterName,
  findListTitle,
  findTitleAfter,
  findTitleBefore,
  findTitleBeforeComma,
  isTitleHead,
  organizationOfTitle,
  type TitleFinding,
} from "./actors/titles.js";
import { isCapitalised, type Token, tokenizeSegments } from "./actors/tokens.js";
import type { Doc } from "./context.js";

function foldKey(name: string): string {
  return name
    .split(/\s+/)
    .map((w) => foldWord(w).replace(/\./g, ""))
    .filter((w) => w && !honorifics.has(w) && !/^\p{Ll}$/u.test(w))
    .join(" ");
}

const knownByName = new Map<string, KnownPerson>(KNOWN_PEOPLE.map((p) => [foldKey(p.name), p]));
const knownBySurname = new Map<string, KnownPerson | null>();
for (const p of KNOWN_PEOPLE) {
  const surname = foldKey(p.name).split(" ").at(-1)!;
  const prior = knownBySurname.get(surname);
  knownBySurname.set(surname, prior === undefined || prior?.country === p.country ? p : null);
}

/** A well-known office holder by full name, or by surname alone when the text names only the surname. */
function lookupKnown(name: string): KnownPerson | undefined {
  const key = foldKey(name);
  const direct = knownByName.get(key);
  if (direct) return direct;
  const words = key.split(" ");
  if (words.length === 1) return knownBySurname.get(words[0]!) ?? undefined;
  return undefined;
}

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
const PLACE_WORDS = new Set(["in", "at", "from", "to", "into", "near"]);
const SAYING_BEFORE = new Set(["said", "says", "told", "added", "noted", "according"]);

/** Words before a name (or its title) that make it background: "the guidance of ...", "ousted President ...". */
const BACKGROUND_BEFORE = new Set(
  "of under elected late former ousted toppled deposed predecessor successor like".split(" "),
);

interface Evidence {
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

function gatherEvidence(
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
    findListTitle(tokens, c.outerFirst, countryAt, barrier);
  if (comma) titles.push(comma);
  const after = findTitleAfter(text, tokens, c.last, countryAt, barrier);
  if (after) titles.push(after);
  let lead = c.outerFirst;
  if (before) while (lead > 0 && tokens[lead - 1]!.start >= before.span.start) lead--;
  if (before && tokens[lead - 1] && countryAt(lead - 1)) lead--;
  const isAgent = tokens[lead - 1]?.lower === "by" && actsBefore(tokens, lead);
  const acts = actsAfter(tokens, c.last) || actsBefore(tokens, c.outerFirst) || actsBefore(tokens, lead);
  const known = knownByName.has(foldKey(c.name));
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
  const background =
    mentionsPastYear(text, tokens, sentence, c.first) ||
    (!acts &&
      ((!!prev && BACKGROUND_BEFORE.has(prev.lower)) ||
        (prev?.lower === "by" && !AGENT_VERBS.has(tokens[lead - 2]?.lower ?? ""))));
  return { titles, ofCountry, acts, strong, background, sentence, agentCountry: agentCountry(tokens, lead, countryAt) };
}

/** "... proposed the initiative in 2013": the sentence dates what it tells to a year. */
function mentionsPastYear(text: string, tokens: Token[], sentence: number, at: number): boolean {
  let a = at;
  let b = at;
  while (a > 0 && tokens[a - 1]!.sentence === sentence) a--;
  while (b + 1 < tokens.length && tokens[b + 1]!.sentence === sentence) b++;
  return /\b(?:in|since) (?:19|20)\d\d\b/.test(text.slice(tokens[a]!.start, tokens[b]!.end));
}

interface Draft extends PersonDraft {
  evidence: Evidence[];
  ranks: string[];
  background: boolean;
  firstStart: number;
  acts: boolean;
  nameWordCount: number;
}

/** Folded name words, initials split and undotted ("G.L. Peiris" and "G L Peiris" agree). */
const nameWords = (c: NameCandidate): string[] =>
  c.words
    .flatMap((w) => (/^(?:\p{Lu}\.)+$/u.test(w) ? w.split(".").filter(Boolean) : [w]))
    .map((w) => foldWord(w).replace(/\.$/, ""))
    .filter((w) => w && !(honorifics.has(w) && c.words.length > 2))
    // "al-Sisi" is also "Sisi", "Al-Thani" also "Al Thani", "Jong-un" also "Jong Un"
    .flatMap((w) => (w.includes("-") ? [w, ...w.split("-").filter(Boolean)] : [w]));

/** Name words without single-letter initials, unless nothing else is left ("James A. Kelly" ~ "James Kelly"). */
const significant = (words: string[]): string[] => {
  const kept = words.filter((w) => w.length > 1);
  return kept.length ? kept : words;
};

const isSubset = (small: string[], big: string[]): boolean => {
  const b = significant(big);
  return significant(small).every((w) => b.includes(w));
};

/** Which draft a candidate refers to: the most recently mentioned person whose name holds all its words. */
function matchDraft(drafts: Draft[], words: string[], at: number): number {
  let best = -1;
  let bestAt = -Infinity;
  drafts.forEach((d, i) => {
    if (!isSubset(words, d.words) && !(d.words.length === 1 && isSubset(d.words, words))) return;
    const last = Math.max(
      ...d.mentions.filter((m) => m.start <= at).map((m) => m.start),
      d.firstStart <= at ? d.firstStart : -Infinity,
    );
    const score = Number.isFinite(last) ? last : -1e9 + d.firstStart * 1e-9;
    if (score > bestAt) {
      bestAt = score;
      best = i;
    }
  });
  return best;
}

/** Offices that name their country ("Assistant Secretary of State" is American, "External Affairs Minister" Indian). */
const OFFICE_COUNTRIES: [RegExp, string][] = [
  [/\b(?:Assistant|Under|Deputy)\s*-?\s*Secretary of State\b|\bSecretary of State\b(?! for)/i, "US"],
  [/\bExternal Affairs Minister\b|\bMinister of External Affairs\b/i, "IN"],
  [/\bState Councill?or\b/i, "CN"],
];

function officeCountry(title: string | null): string | null {
  if (!title) return null;
  for (const [re, code] of OFFICE_COUNTRIES) if (re.test(title)) return code;
  return null;
}

const RANKS: Record<string, string> = {
  gen: "General",
  general: "General",
  lt: "Lieutenant",
  col: "Colonel",
  maj: "Major",
  capt: "Captain",
  adm: "Admiral",
  sen: "Senator",
  rep: "Representative",
  gov: "Governor",
  amb: "Ambassador",
};

/** A military rank written as an honorific ("Gen. Abdourahmane Tchiani") is the only office the text gives. */
function rankTitle(d: Draft): string | null {
  for (const r of d.ranks) if (RANKS[r]) return RANKS[r]!;
  return null;
}

/** "his Chinese counterpart Wang Yi": takes the office of the person named before him in the sentence. */
function resolveCounterparts(drafts: Draft[], tokens: Token[]): void {
  const sentenceAt = new Map<number, number>();
  for (const t of tokens) sentenceAt.set(t.start, t.sentence);
  for (const d of drafts) {
    if (!d.title || !/^(?:\w+ )?counterparts?$/i.test(d.title)) continue;
    const at = d.mentions[0]!.start;
    const sentence = sentenceAt.get(at);
    let best: Draft | null = null;
    let bestAt = -1;
    for (const o of drafts) {
      if (o === d || !o.title || /counterpart/i.test(o.title)) continue;
      for (const m of o.mentions) {
        const distance = Math.abs(m.start - at);
        if (sentenceAt.get(m.start) === sentence && (bestAt < 0 || distance < bestAt)) {
          best = o;
          bestAt = distance;
        }
      }
    }
    if (best) d.title = best.title;
  }
}

/** The organisation named in the person's office ("Chairman of the Standing Committee of the NPC" → the NPC). */
function organizationOf(d: Draft): string | null {
  return d.title ? organizationOfTitle(d.title) : null;
}

function bestTitle(d: Draft): TitleFinding | null {
  let best: TitleFinding | null = null;
  for (const e of d.evidence) for (const t of e.titles) if (!best || t.score > best.score) best = t;
  return best;
}

interface CountryContext {
  sentenceAt: (start: number) => number;
  /** Whether any country (even one qualifying another office) is named in the sentence. */
  sentenceMentionsCountry: (sentence: number) => boolean;
  sentenceCountries: Map<number, Set<string>>;
  sentenceCapitals: Map<number, Set<string>>;
  datelineCountry: string | null;
  /** Last resort for an official whose country the text leaves implicit ("Foreign Ministry spokesperson Mao Ning"). */
  homeCountry: string | null;
  /** Country of the person or organisation a possessive names ("Lula's", "the ministry's"), resolved late. */
  possessorCountry: (possessor: string, at: number) => string | null;
}

/** The country the text ties the person to directly: title, "of X", the side represented, a possessor, an office. */
function strongCountry(
  d: Draft,
  best: TitleFinding | null,
  known: KnownPerson | undefined,
  ctx: CountryContext,
): string | null {
  if (best?.country) return best.country;
  for (const e of d.evidence) for (const t of e.titles) if (t.country) return t.country;
  for (const e of d.evidence) if (e.ofCountry) return e.ofCountry;
  for (const e of d.evidence) if (e.agentCountry) return e.agentCountry;
  for (const e of d.evidence)
    for (const t of e.titles) {
      const code = t.possessor ? ctx.possessorCountry(t.possessor, t.span.start) : null;
      if (code) return code;
    }
  if (known) return known.country;
  return officeCountry(d.title);
}

/** The country context suggests when the text never ties the person to one: sentences, capitals, dateline. */
function contextCountry(d: Draft, ctx: CountryContext): string | null {
  // "Egypt's delegation is led by intelligence chief Abbas Kamel", "He stressed Jordan's solidarity": the one
  // country of a sentence that names the person (by name first, then by pronoun or title)
  const sentences = [...d.evidence.map((e) => e.sentence), ...d.mentions.map((m) => ctx.sentenceAt(m.start))];
  for (const s of sentences) {
    const codes = ctx.sentenceCountries.get(s);
    if (codes?.size === 1) return [...codes][0]!;
  }
  // "talks with President Irfaan Ali in Georgetown": the one capital of the sentence
  for (const e of d.evidence) {
    // only where the sentence names no country itself (then a capital may say where the official serves)
    if (ctx.sentenceCountries.has(e.sentence) || ctx.sentenceMentionsCountry(e.sentence)) continue;
    const codes = ctx.sentenceCapitals.get(e.sentence) ?? ctx.sentenceCapitals.get(e.sentence - 1);
    if (codes?.size === 1 && d.title) return [...codes][0]!;
  }
  return (d.title ? ctx.datelineCountry : null) ?? ctx.homeCountry;
}

/** The country the article mostly talks about: the most mentioned one, if clearly ahead of the next. */
function homeCountryOf(mentions: { code: string }[]): string | null {
  const counts = new Map<string, number>();
  for (const m of mentions) counts.set(m.code, (counts.get(m.code) ?? 0) + 1);
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  const [first, second] = ranked;
  if (!first) return null;
  return !second || first[1] >= second[1] * 1.5 + 1 ? first[0] : null;
}

/**
 * Countries each sentence names for its own actors: not organisations, and not a country that qualifies
 * someone else's office ("the Chinese ambassador", "UK ambassador").
 */
function countriesBySentence(doc: Doc, tokens: Token[], titleSpans: Span[]): Map<number, Set<string>> {
  const out = new Map<number, Set<string>>();
  for (const { code, sentence } of ownCountryMentions(doc, tokens, titleSpans)) {
    const set = out.get(sentence) ?? new Set<string>();
    set.add(code);
    out.set(sentence, set);
  }
  return out;
}

/** Country mentions that may describe the people around them: not organisations, venues or other offices. */
function ownCountryMentions(doc: Doc, tokens: Token[], titleSpans: Span[]): { code: string; sentence: number }[] {
  const indexAt = new Map<number, number>();
  tokens.forEach((t, i) => {
    indexAt.set(t.start, i);
  });
  const out: { code: string; sentence: number }[] = [];
  for (const m of doc.countryMentions) {
    const i = indexAt.get(m.span.start);
    if (i === undefined || isOrganizationCode(m.code)) continue;
    if (titleSpans.some((t) => m.span.start >= t.start && m.span.end <= t.end)) continue;
    let k = i;
    while (tokens[k + 1] && tokens[k + 1]!.start < m.span.end) k++;
    const next = tokens[k + 1]?.lower ?? "";
    if (isTitleHead(next) || titleModifiers.has(next) || organizationHeads.has(next)) continue;
    if (PLACE_WORDS.has(tokens[i - 1]?.lower ?? "")) continue;
    out.push({ code: m.code, sentence: tokens[i]!.sentence });
  }
  return out;
}

/** Capitals a sentence names as places ("in Kinshasa", "from Georgetown"). */
function capitalsBySentence(tokens: Token[]): Map<number, Set<string>> {
  const out = new Map<number, Set<string>>();
  tokens.forEach((t, i) => {
    if (!isCapitalised(t.text) || !PLACE_WORDS.has(tokens[i - 1]?.lower ?? "")) return;
    const two = tokens[i + 1] ? `${t.text} ${tokens[i + 1]!.text}` : "";
    const code = (two && countryOfCapital(two)) || countryOfCapital(t.text);
    if (!code) return;
    const set = out.get(t.sentence) ?? new Set<string>();
    set.add(code);
    out.set(t.sentence, set);
  });
  return out;
}

function segmentsOf(doc: Doc): Span[] {
  const segs: Span[] = [];
  if (doc.structure.headline) segs.push(doc.structure.headline.span);
  segs.push(...doc.structure.paragraphs);
  return segs.filter((s) => s.start >= 0 && s.end <= doc.text.length && s.end > s.start);
}

function buildCountryAt(doc: Doc, tokens: Token[]): CountryAt {
  const codes: (string | null)[] = new Array(tokens.length).fill(null);
  const mentions = [...doc.countryMentions].sort((a, b) => a.span.start - b.span.start);
  let k = 0;
  tokens.forEach((t, i) => {
    while (k < mentions.length && mentions[k]!.span.end <= t.start) k++;
    const m = mentions[k];
    if (
      m &&
      ((m.span.start <= t.start && t.end <= m.span.end + 2) || (m.span.start >= t.start && m.span.start < t.end))
    )
      codes[i] = m.code;
    else if (isCapitalised(t.text) && /\p{L}{2}/u.test(t.text) && t.lower !== "us") {
      const code = countryOfWord(t.text);
      // a capital or city is a place here, not a country word
      if (code && findCountryByName(t.text.replace(/['’]s$/, "")) === code) codes[i] = code;
    }
  });
  return (i) => (i >= 0 && i < codes.length ? codes[i]! : null);
}

/**
 * People and organisations with their titles, countries, roles and every mention: full names, surnames, titles
 * alone ("the Chinese president") and pronouns, each resolved to one actor.
 *
 * @example
 * const actors = findActors(doc); // doc after findCountryMentions
 * actors[0] // { id: "a1", kind: "person", name: "Wang Yi", title: "Foreign Minister", country: "CN", ... }
 */
export function findActors(doc: Doc): Actor[] {
  const { text } = doc;
  const tokens = tokenizeSegments(text, segmentsOf(doc));
  const countryAt = buildCountryAt(doc, tokens);
  const candidates = findNameCandidates(text, tokens, countryAt);
  const names = new Set<number>();
  for (const c of candidates) if (c.words.length >= 2) for (let k = c.outerFirst; k <= c.last; k++) names.add(k);
  // a name that acts but has no title must come back later ("Champagne signed ... said Champagne"): "Goldman
  // Sachs said" once is more likely a company than a person
  const surnameCount = new Map<string, number>();
  for (const c of candidates) {
    const last = foldWord(c.words[c.words.length - 1]!);
    surnameCount.set(last, (surnameCount.get(last) ?? 0) + 1);
  }
  const recurs = (c: NameCandidate) => (surnameCount.get(foldWord(c.words[c.words.length - 1]!)) ?? 0) >= 2;
  const evidence = candidates.map((c) => gatherEvidence(text, tokens, c, countryAt, names, recurs));

  // pass 1: people from candidates with evidence of being a person
  const drafts: Draft[] = [];
  candidates.forEach((c, i) => {
    const ev = evidence[i]!;
    if (!ev.strong) return;
    const words = nameWords(c);
    const at = matchDraft(drafts, words, c.start);
    if (at >= 0) {
      const d = drafts[at]!;
      if (d.words.length === 1 && words.length > 1) {
        d.name = c.name;
        d.words = words;
      }
      return;
    }
    drafts.push({
      name: c.name,
      words,
      mentions: [],
      aliases: new Set(),
      title: null,
      country: null,
      female: isFemaleName(c.words) || c.honorific === "ms" || c.honorific === "mrs" || c.honorific === "madam",
      evidence: [],
      ranks: [],
      firstStart: c.start,
      acts: false,
      background: false,
      nameWordCount: words.length,
    });
  });

  // pass 2: every candidate that names a known person is a mention of them
  candidates.forEach((c, i) => {
    const at = matchDraft(drafts, nameWords(c), c.start);
    if (at < 0) return;
    const d = drafts[at]!;
    d.mentions.push({ start: c.start, end: c.end });
    d.evidence.push(evidence[i]!);
    if (c.honorific) d.ranks.push(c.honorific.replace(/\.$/, ""));
    if (evidence[i]!.acts) d.acts = true;
    if (d.evidence.length === 1) d.background = evidence[i]!.background;
    else if (!evidence[i]!.background) d.background = false;
    if (c.name !== d.name) d.aliases.add(c.name);
  });

  for (const d of drafts) d.mentions.sort((a, b) => a.start - b.start);
  const personStartsEarly = new Set(drafts.flatMap((d) => d.mentions.map((m) => m.start)));
  const orgs = findOrganizations(text, tokens, countryAt, personStartsEarly);
  const dateline = doc.structure.dateline?.place;
  const sentenceOfStart = new Map<number, number>();
  for (const t of tokens) sentenceOfStart.set(t.start, t.sentence);
  const mentionSentences = new Set(doc.countryMentions.map((m) => sentenceOfStart.get(m.span.start) ?? -1));
  // a country inside someone's title ("secretary of Iran's Supreme National Security Council") is theirs
  const titleSpans = evidence.flatMap((e) => e.titles.map((t) => t.span));
  const ctx: CountryContext = {
    sentenceAt: (start) => sentenceOfStart.get(start) ?? -1,
    sentenceMentionsCountry: (sentence) => mentionSentences.has(sentence),
    sentenceCountries: countriesBySentence(doc, tokens, titleSpans),
    sentenceCapitals: capitalsBySentence(tokens),
    datelineCountry: dateline ? countryOfCity(dateline) : null,
    homeCountry: homeCountryOf(ownCountryMentions(doc, tokens, titleSpans)),
    possessorCountry: (possessor, at) => {
      const org = [...orgs].reverse().find((o) => o.head === possessor && o.mentions.some((m) => m.start < at));
      if (org) return org.country;
      const who = drafts.find((d) => d.words.includes(foldWord(possessor)));
      return who ? (who.country ?? lookupKnown(who.name)?.country ?? null) : null;
    },
  };
  for (const d of drafts) {
    const best = bestTitle(d);
    const known = lookupKnown(d.name);
    const weak = !best || best.counterpart || (best.score <= 0 && !!known);
    d.title = weak ? (rankTitle(d) ?? known?.title ?? best?.title ?? null) : best!.title;
    d.country = strongCountry(d, best, known, ctx);
  }
  resolveCounterparts(drafts, tokens);

  const taken = new Set(drafts.flatMap((d) => d.mentions.map((m) => m.start)));
  for (const [who, span, country] of findTitleMentions(tokens, drafts, countryAt, (s) => taken.has(s))) {
    drafts[who]!.mentions.push(span);
    // "the Uzbek leader": a title reference can name the country the rest of the text left out
    if (country && !drafts[who]!.country) drafts[who]!.country = country;
    taken.add(span.start);
  }
  for (const d of drafts) d.mentions.sort((a, b) => a.start - b.start);
  for (const [who, span] of resolvePronouns(tokens, drafts)) drafts[who]!.mentions.push(span);
  for (const d of drafts) if (!d.country) d.country = contextCountry(d, ctx);

  const headline = doc.structure.headline?.span;
  const people = drafts
    .filter((d) => d.mentions.length > 0)
    .map((d) => {
      d.mentions.sort((a, b) => a.start - b.start);
      const inHeadline = !!headline && d.mentions.some((m) => m.start >= headline.start && m.end <= headline.end);
      const prominent = inHeadline || d.mentions.length >= 2 || !d.background;
      return {
        first: d.mentions[0]!.start,
        actor: {
          kind: "person" as const,
          name: d.name,
          aliases: [...d.aliases].filter((a) => a !== d.name),
          title: d.title,
          organization: organizationOf(d),
          country: d.country,
          role: prominent ? ("actor" as const) : ("mentioned" as const),
          mentions: dedupe(d.mentions),
        },
      };
    });
  const organizations = orgs.map((o) => ({
    first: o.mentions[0]!.start,
    actor: {
      kind: "organization" as const,
      name: o.name,
      aliases: [],
      title: null,
      organization: null,
      country: o.country,
      role: o.acts ? ("actor" as const) : ("mentioned" as const),
      mentions: dedupe(o.mentions.sort((a, b) => a.start - b.start)),
    },
  }));
  return [...people, ...organizations]
    .sort((a, b) => a.first - b.first)
    .map((x, i) => ({ id: `a${i + 1}`, ...x.actor }));
}

function dedupe(spans: Span[]): Span[] {
  const out: Span[] = [];
  for (const s of spans) {
    const prev = out[out.length - 1];
    if (prev && prev.start === s.start && prev.end === s.end) continue;
    out.push(s);
  }
  return out;
}
