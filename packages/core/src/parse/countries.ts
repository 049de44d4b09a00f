import { type CountryPhrase, countryName, listCountryPhrases } from "../gazetteer/countries.js";
import { createPhraseMatcher, type PhraseHit } from "../gazetteer/phrase-matcher.js";
import type { Span } from "../schemas/span.js";
import type { CountryMention, CountryMentionKind, TextStructure } from "./context.js";

const PHRASES = listCountryPhrases();
const matcher = createPhraseMatcher<CountryPhrase>(PHRASES);
// all-caps headlines ("CHINA, KAZAKHSTAN SIGN DEAL") are matched case-insensitively, long phrases only
const capsMatcher = createPhraseMatcher<CountryPhrase>(
  PHRASES.filter(([p]) => p.replace(/[^\p{L}]/gu, "").length >= 4 || /^[\p{Lu}\d.]+$/u.test(p)),
  { caseInsensitive: true },
);

/** Words after a capital that show it stands for a government ("Moscow said", "Beijing has"). */
const GOVERNMENT_VERBS = new Set(
  (
    "said says say has have had is was will would should could can may might must wants wanted reserves reserved " +
    "accused accuses rejected rejects denied denies urged urges called calls warned warns insisted insists believes " +
    "believed considers considered hopes hoped expects expected sees saw views regards announced announces responded " +
    "responds condemned condemns welcomed welcomes supports supported opposes opposed demanded demands threatened " +
    "threatens agreed agrees signed signs recalled recalls summoned summons sent sends refused refuses remains " +
    "remained continues continued does did wanted needs needed claims claimed blamed blames seeks sought sees " +
    "hit hits imposed imposes retaliated vowed vows pledged pledges backed backs offered offers proposed proposes " +
    "traded trades exchanged discussed launched reached struck denounced denounces slammed slams criticized criticised " +
    "criticizes criticises hailed hails praised praises blocked blocks expelled expels reacted reacts confirmed confirms " +
    "dismissed dismisses insisted warned wants seeks considers recognized recognised recognizes recognises " +
    "government governments authorities officials administration regime leadership side"
  ).split(" "),
);

/** Words before a capital that show it stands for a government ("talks between Washington and Tehran"). */
const GOVERNMENT_BEFORE = new Set(
  "between urged urging urges pressed pressing accused accusing warned warning told telling against on upon with and called representing represent represents represented".split(
    " ",
  ),
);

/** Words before a capital that make it a place ("met in Bucharest"). */
const PLACE_BEFORE = new Set(
  "in at from to into near outside via around across through visit visited visiting visits arrived arrive arrives landed reached left leaving hosted held back".split(
    " ",
  ),
);

const TITLE_AFTER =
  /^(?:Foreign|Prime|President|Presidential|Minister|Ministry|Ambassador|Embassy|Government|Deputy|Vice|Defen[cs]e|Trade|Finance|Permanent|Special)\b/;

/** Country names that are also personal names: "Michael Jordan" is not Jordan. */
const PERSONAL_NAME_COUNTRIES = new Set([
  "Jordan",
  "Georgia",
  "Chad",
  "Israel",
  "Kenya",
  "India",
  "America",
  "Washington",
]);

const NOT_GIVEN_NAMES = new Set(
  "The A An And Of In On At By For With To From King Queen Prince Princess Emir Sheikh President Minister Southern Northern Eastern Western Central Greater State Republic Kingdom People Hashemite Visit".split(
    " ",
  ),
);

/** Capitalised words that may follow a country name without making it a given name ("Jordan Valley" is blocked). */
const NOT_SURNAMES = new Set(
  "Government Foreign Prime President Minister Ministry King Queen Crown Embassy Ambassador Army Navy Police Parliament Senate Congress Cabinet State Armed Defense Defence National Central Supreme High Court Border Airways Airlines Times News Post Daily Today On In At And For With To From Said Says Has Had Is Was Will Would The This".split(
    " ",
  ),
);

/** Object pronoun contexts for "US" in all-caps text ("CONTACT US", "JOIN US"). */
const PRONOUN_BEFORE_US = new Set(
  "LET LETS TELL TELLS TOLD JOIN CONTACT FOLLOW HELP GIVE SHOW ABOUT ALL OF BY".split(" "),
);

const toMentionKind = (k: CountryPhrase["kind"]): CountryMentionKind =>
  k === "metonym" ? "alias" : k === "capital" ? "capital" : k;

const LETTER = /^\p{L}$/u;
const UPPER = /^\p{Lu}$/u;

/** Whether a span is mostly capitals: at least 12 letters (UTF-16 units), over 80% upper case; one pass. */
function isAllCaps(text: string, span: Span): boolean {
  let letters = 0;
  let upper = 0;
  for (let i = span.start; i < span.end; i++) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      if (c >= 65 && c <= 90) {
        letters++;
        upper++;
      } else if (c >= 97 && c <= 122) letters++;
      continue;
    }
    const cp = text.codePointAt(i)!;
    const width = cp > 0xffff && i + 1 < span.end ? 2 : 1;
    const ch = text.slice(i, i + width);
    if (LETTER.test(ch)) {
      letters += width;
      if (UPPER.test(ch)) upper += width;
    }
    i += width - 1;
  }
  if (letters < 12) return false;
  return upper / letters > 0.8;
}

const wordBefore = (text: string, start: number, from: number): string => {
  const m = /([\p{L}\p{M}'.-]+)[\s,]*$/u.exec(text.slice(Math.max(from, start - 40), start));
  return m ? m[1]! : "";
};

const wordAfter = (text: string, end: number, to: number): string => {
  const m = /^[\s,]*([\p{L}\p{M}'’-]+)/u.exec(text.slice(end, Math.min(to, end + 40)));
  return m ? m[1]! : "";
};

/** Whether a capital (or city-state) in this spot stands for a government rather than a place. */
function isGovernmentUse(text: string, hit: PhraseHit<CountryPhrase>, seg: Span): boolean {
  // a city-state ("Singapore") is the country unless the sentence makes it a venue
  if (text.slice(hit.start, hit.end) === countryName(hit.value.code ?? ""))
    return !PLACE_BEFORE.has(wordBefore(text, hit.start, seg.start).toLowerCase());
  const after = text.slice(hit.end, Math.min(seg.end, hit.end + 30));
  if (/^['’]s\b/.test(after))
    return !/^['’]s\s+(?:streets?|airport|mayor|city|old|centre|center|suburbs?|outskirts)\b/i.test(after);
  if (/^-based\b/.test(after) || /^,\s*(?:the\s+)?capital\b/i.test(after)) return false;
  const next = wordAfter(text, hit.end, seg.end);
  const before = wordBefore(text, hit.start, seg.start);
  if (PLACE_BEFORE.has(before.toLowerCase())) return false;
  if (TITLE_AFTER.test(next) && !/^\s*,/.test(after)) return true;
  if (GOVERNMENT_VERBS.has(next.toLowerCase()) && !/^\s*,/.test(after)) return true;
  if (GOVERNMENT_BEFORE.has(before.toLowerCase())) {
    // "between Washington and Tehran", "talks with Moscow"; "and" only counts when a capital precedes it
    if (before.toLowerCase() !== "and") return true;
    return /\b(?:between|with)\s+[\p{Lu}][\p{L}.'-]*(?:\s[\p{Lu}][\p{L}.'-]*)?\s+and\s*$/u.test(
      text.slice(Math.max(seg.start, hit.start - 60), hit.start),
    );
  }
  return false;
}

function looksLikePersonalName(text: string, hit: PhraseHit<CountryPhrase>, seg: Span): boolean {
  const surface = text.slice(hit.start, hit.end);
  if (!PERSONAL_NAME_COUNTRIES.has(surface)) return false;
  // "Jordan Peterson", "Chad Smith": a given name before a capitalised surname
  const next = /^ ([\p{Lu}][\p{Ll}]+)\b/u.exec(text.slice(hit.end, Math.min(seg.end, hit.end + 30)));
  if (next && !NOT_SURNAMES.has(next[1]!) && matcher.matchAt(text, hit.end + 1, seg.end) === null) return true;
  const m = /([\p{Lu}][\p{Ll}]+)\s$/u.exec(text.slice(Math.max(seg.start, hit.start - 30), hit.start));
  if (!m) return false;
  const prev = m[1]!;
  if (NOT_GIVEN_NAMES.has(prev)) return false;
  // a given name is not itself a country word ("South Korea", "Hashemite Kingdom of Jordan")
  return matcher.matchAt(text, hit.start - prev.length - 1, hit.start) === null;
}

/** "US" that is not the United States: a currency prefix ("US$") or an object pronoun in capitals. */
function isNotUnitedStates(text: string, hit: PhraseHit<CountryPhrase>, seg: Span, caps: boolean): boolean {
  if (text.slice(hit.start, hit.end) !== "US") return false;
  if (text[hit.end] === "$") return true;
  if (!caps) return false;
  return PRONOUN_BEFORE_US.has(wordBefore(text, hit.start, seg.start).toUpperCase());
}

/** "AU" is the African Union only when the text names the African Union (otherwise it may be Australia). */
function findAfricanUnionAcronyms(text: string, seg: Span, mentionsAfricanUnion: boolean): CountryMention[] {
  if (!mentionsAfricanUnion) return [];
  const out: CountryMention[] = [];
  const slice = text.slice(seg.start, seg.end);
  for (const m of slice.matchAll(/\bAU\b/g))
    out.push({ code: "AFU", span: { start: seg.start + m.index, end: seg.start + m.index + 2 }, kind: "organization" });
  return out;
}

function segmentsOf(text: string, structure: TextStructure): Span[] {
  const segs: Span[] = [];
  if (structure.headline) segs.push(structure.headline.span);
  segs.push(...structure.paragraphs);
  return segs.filter((s) => s.start >= 0 && s.end <= text.length && s.end > s.start);
}

/**
 * Every mention of a country or international organisation in the headline and body paragraphs: names, short
 * forms, official names, demonyms ("Kazakh"), organisation names and acronyms ("ASEAN"), government seats
 * ("the Kremlin"), and capitals only where they stand for a government ("Moscow said"), never a mere venue
 * ("met in Bucharest").
 *
 * @example
 * const text = "Kazakh and Chinese officials met in Bucharest. Moscow said it would respond.";
 * findCountryMentions(text, { ...structure, paragraphs: [{ start: 0, end: text.length }] }).map((m) => m.code);
 * // ["KZ", "CN", "RU"]
 */
export function findCountryMentions(text: string, structure: TextStructure): CountryMention[] {
  const segs = segmentsOf(text, structure);
  const mentionsAfricanUnion = segs.some((s) => /\bAfrican Union\b/.test(text.slice(s.start, s.end)));
  const out: CountryMention[] = [];
  for (const seg of segs) {
    const caps = isAllCaps(text, seg);
    const hits = (caps ? capsMatcher : matcher).findAll(text, seg.start, seg.end);
    const capitals = hits.filter((h) => h.value.kind === "capital" && h.value.code);
    const governments = new Set(caps ? [] : capitals.filter((h) => isGovernmentUse(text, h, seg)));
    if (!caps) coordinatedCapitals(text, capitals, governments);
    for (const hit of hits) {
      const { code, kind } = hit.value;
      if (!code) continue;
      if (kind === "capital" && !governments.has(hit)) continue;
      if (looksLikePersonalName(text, hit, seg) || isNotUnitedStates(text, hit, seg, caps)) continue;
      out.push({ code, span: { start: hit.start, end: hit.end }, kind: toMentionKind(kind) });
    }
    out.push(...findAfricanUnionAcronyms(text, seg, mentionsAfricanUnion));
  }
  return out.sort((a, b) => a.span.start - b.span.start);
}

/** "Tehran and Riyadh agreed": a capital joined by "and" to a capital that stands for a government does too. */
function coordinatedCapitals(
  text: string,
  capitals: PhraseHit<CountryPhrase>[],
  accepted: Set<PhraseHit<CountryPhrase>>,
): void {
  for (let k = 0; k + 1 < capitals.length; k++) {
    const a = capitals[k]!;
    const b = capitals[k + 1]!;
    if (!/^\s+and\s+$/.test(text.slice(a.end, b.start))) continue;
    if (accepted.has(b)) accepted.add(a);
    else if (accepted.has(a)) accepted.add(b);
  }
}
