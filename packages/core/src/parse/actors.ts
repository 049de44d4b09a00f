import { countryOfCity } from "../gazetteer/countries.js";
import type { Actor } from "../schemas/actor.js";
import type { Span } from "../schemas/span.js";
import { findTitleMentions, foldWord, isFemaleName, type PersonDraft, resolvePronouns } from "./actors/coreference.js";
import { type Evidence, gatherEvidence } from "./actors/evidence.js";
import { lookupKnown } from "./actors/known-people.js";
import { honorifics } from "./actors/lexicon.js";
import { findNameCandidates, type NameCandidate } from "./actors/names.js";
import { findOrganizations } from "./actors/organizations.js";
import {
  type CountryContext,
  capitalsBySentence,
  contextCountry,
  countriesBySentence,
  homeCountryOf,
  ownCountryMentions,
  strongCountry,
} from "./actors/person-country.js";
import { type CountryAt, organizationOfTitle, type TitleFinding } from "./actors/titles.js";
import { sentenceOfTokenAt, type Token, tokenizeSegments } from "./actors/tokens.js";
import type { Doc } from "./context.js";

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
    .flatMap((w) => (w.includes(".") && /^(?:\p{Lu}\.)+$/u.test(w) ? w.split(".").filter(Boolean) : [w]))
    .map((w) => {
      const folded = foldWord(w);
      return folded.endsWith(".") ? folded.slice(0, -1) : folded;
    })
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
function matchDraft(drafts: Draft[], words: string[], at: number, index: Map<string, Set<number>>): number {
  let best = -1;
  let bestAt = -Infinity;
  // only drafts that share a word with the candidate can match it
  const near = new Set<number>();
  for (const w of words) for (const i of index.get(w) ?? []) near.add(i);
  for (const i of near) {
    const d = drafts[i]!;
    if (!isSubset(words, d.words) && !(d.words.length === 1 && isSubset(d.words, words))) continue;
    // mentions are gathered in text order, so the last one before `at` is found from the end
    let last = d.firstStart <= at ? d.firstStart : -Infinity;
    for (let k = d.mentions.length - 1; k >= 0; k--)
      if (d.mentions[k]!.start <= at) {
        last = Math.max(last, d.mentions[k]!.start);
        break;
      }
    const score = Number.isFinite(last) ? last : -1e9 + d.firstStart * 1e-9;
    if (score > bestAt) {
      bestAt = score;
      best = i;
    }
  }
  return best;
}

/** Adds a draft's words to the word → drafts index. */
function indexDraft(index: Map<string, Set<number>>, words: string[], i: number): void {
  for (const w of words) {
    const set = index.get(w) ?? new Set<number>();
    set.add(i);
    index.set(w, set);
  }
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
  if (!drafts.some((d) => d.title && /counterparts?$/i.test(d.title))) return;
  const sentenceAt = sentenceOfTokenAt(tokens);
  for (const d of drafts) {
    if (!d.title || !/^(?:\w+ )?counterparts?$/i.test(d.title)) continue;
    const at = d.mentions[0]!.start;
    const sentence = sentenceAt(at);
    let best: Draft | null = null;
    let bestAt = -1;
    for (const o of drafts) {
      if (o === d || !o.title || /counterpart/i.test(o.title)) continue;
      for (const m of o.mentions) {
        const distance = Math.abs(m.start - at);
        if (sentenceAt(m.start) === sentence && (bestAt < 0 || distance < bestAt)) {
          best = o;
          bestAt = distance;
        }
      }
    }
    if (best) d.title = best.title;
  }
}

/** The organisation named in the person's office ("Deputy Chair of the Budget Committee of the Senate" → the Senate). */
function organizationOf(d: Draft): string | null {
  return d.title ? organizationOfTitle(d.title) : null;
}

function bestTitle(d: Draft): TitleFinding | null {
  let best: TitleFinding | null = null;
  for (const e of d.evidence) for (const t of e.titles) if (!best || t.score > best.score) best = t;
  return best;
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
  const wordIndex = new Map<string, Set<number>>();
  // each candidate's folded words, computed once for both passes (matchDraft only reads them)
  const candidateWords = candidates.map(nameWords);
  candidates.forEach((c, i) => {
    const ev = evidence[i]!;
    if (!ev.strong) return;
    const words = candidateWords[i]!;
    const at = matchDraft(drafts, words, c.start, wordIndex);
    if (at >= 0) {
      const d = drafts[at]!;
      if (d.words.length === 1 && words.length > 1) {
        d.name = c.name;
        d.words = words;
        indexDraft(wordIndex, words, at);
      }
      return;
    }
    indexDraft(wordIndex, words, drafts.length);
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
    const at = matchDraft(drafts, candidateWords[i]!, c.start, wordIndex);
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
  const sentenceOfStart = sentenceOfTokenAt(tokens);
  const mentionSentences = new Set(doc.countryMentions.map((m) => sentenceOfStart(m.span.start) ?? -1));
  // a country inside someone's title ("secretary of Iran's Supreme National Security Council") is theirs
  const titleSpans = evidence.flatMap((e) => e.titles.map((t) => t.span));
  const own = ownCountryMentions(doc, tokens, titleSpans);
  const ctx: CountryContext = {
    sentenceAt: (start) => sentenceOfStart(start) ?? -1,
    sentenceMentionsCountry: (sentence) => mentionSentences.has(sentence),
    sentenceCountries: countriesBySentence(own),
    sentenceCapitals: capitalsBySentence(tokens),
    datelineCountry: dateline ? countryOfCity(dateline) : null,
    homeCountry: homeCountryOf(own),
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
