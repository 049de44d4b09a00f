import {
  honorifics,
  isHonorific,
  actionVerbs,
  titleCase,
  titleConnectors,
  titleHeads,
  titleModifiers,
} from "./lexicon.js";
import { isCapitalised, isPossessive, isWrapped, type Token } from "./tokens.js";

/** What the words around one name say about the person's office. */
export interface TitleFinding {
  title: string;
  /** Country (or organisation code) the title ties the person to: "Chinese", "Kazakhstan's", "of India". */
  country: string | null;
  /** Higher for formal titles ("Chairman of the Standing Committee") than for loose ones ("top legislator"). */
  score: number;
  span: { start: number; end: number };
  /** The word that owns the title ("Lula's special advisor", "The ministry's spokesperson"), lower case. */
  possessor: string | null;
  /** "his Chinese counterpart Wang Yi": the office is the one of the person he is the counterpart of. */
  counterpart: boolean;
}

/** Token indices that belong to another name: a title never runs across them. */
export type Barrier = (index: number) => boolean;

const noBarrier: Barrier = () => false;

/** Abbreviated offices news writes in running text. */
const ABBREVIATED_TITLES: Record<string, string> = {
  fm: "Foreign Minister",
  pm: "Prime Minister",
  eam: "External Affairs Minister",
  dpm: "Deputy Prime Minister",
  sg: "Secretary-General",
};

/** Resolves which country or organisation a token stands for, using the country mentions found earlier. */
export type CountryAt = (index: number) => string | null;

const MAX_TITLE_WORDS = 16;
/** Capitalised words that start a sentence or clause and so end a title walk ("In", "The", "Meanwhile"). */
const FUNCTION_WORDS = new Set(
  "the a an this that these those he she it they we i his her its their our in on at with by from or but as after before during while when where also meanwhile however furthermore moreover according following under over about since until if so all other some many several each every no not there here today yesterday tomorrow monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december".split(
    " ",
  ),
);
const EXTRA_TITLE_WORDS = new Set(["official", "officials", "senior", "top", "chief", "former", "then"]);
const APPOSITIVE_LEAD = new Set(["the", "a", "an", "also", "now", "then", "currently", "who", "is", "was"]);
const APPOSITIVE_STOP = new Set(
  "who which that said says was is has had will would in at on during with met told added when while as since after before from by".split(
    " ",
  ),
);

/** True for "minister", "Director-General", "Under-Secretary-General". */
const titleHeadCache = new Map<string, boolean>();

export function isTitleHead(lower: string): boolean {
  let known = titleHeadCache.get(lower);
  if (known === undefined) {
    known = computeIsTitleHead(lower);
    if (titleHeadCache.size < 50_000) titleHeadCache.set(lower, known);
  }
  return known;
}

function computeIsTitleHead(lower: string): boolean {
  if (titleHeads.has(lower) || lower === "counterpart" || lower in ABBREVIATED_TITLES) return true;
  // "Director-General", "Ambassador-at-large", "Chairman-designate"
  const parts = lower.split("-");
  return parts.length > 1 && (titleHeads.has(parts[parts.length - 1]!) || titleHeads.has(parts[0]!));
}

const isTitleWord = (lower: string): boolean =>
  isTitleHead(lower) || titleModifiers.has(lower) || EXTRA_TITLE_WORDS.has(lower);

const ORG_IN_TITLE =
  /\b((?:Ministry|Department|Commission|Committee|Council|Office|Agency|Bureau|Secretariat)\s+(?:of|for|on)\s+(?:the\s+)?[\p{Lu}][\p{L}'’-]*(?:\s+(?:and\s+|of\s+|the\s+)?[\p{Lu}][\p{L}'’-]*){0,6}|(?:[\p{Lu}][\p{L}'’-]*\s+){1,5}(?:Ministry|Department|Commission|Committee|Council|Congress|Parliament|Party|Agency|Mazhilis|Majlis|Assembly|Senate|Duma|Bureau))\b/u;

/** The organisation a title names: "Deputy Chair of the Budget Committee of the National Assembly" → "National Assembly". */
export function organizationOfTitle(title: string): string | null {
  const parts = title.split(/\s+of\s+(?:the\s+)?/);
  for (let i = parts.length - 1; i >= 1; i--) {
    const m = ORG_IN_TITLE.exec(parts.slice(i).join(" of the "));
    if (m && /^[\p{Lu}]/u.test(parts[i]!)) return m[1]!.replace(/\s*\(.*$/, "").trim();
  }
  const m = ORG_IN_TITLE.exec(title);
  return m ? m[1]!.trim() : null;
}

function finding(
  _text: string,
  tokens: Token[],
  from: number,
  to: number,
  country: string | null,
  possessor: string | null = null,
): TitleFinding | null {
  // trim connectors at both ends and trailing honorifics ("... Minister Sheikh")
  while (from <= to && (titleConnectors.has(tokens[from]!.lower) || tokens[from]!.text === ",")) from++;
  while (
    to >= from &&
    (titleConnectors.has(tokens[to]!.lower) ||
      (isHonorific(tokens[to]!.lower) && !isTitleHead(tokens[to]!.lower)) ||
      tokens[to]!.text === ".")
  )
    to--;
  if (from > to) return null;
  let hasHead = false;
  for (let k = from; k <= to; k++) if (isTitleHead(tokens[k]!.lower)) hasHead = true;
  if (!hasHead) return null;
  const words = tokens.slice(from, to + 1);
  const counterpart = words.some((t) => t.lower === "counterpart" || t.lower === "counterparts");
  // "Foreign Ministers Wang Yi (China), ..." → "Foreign Minister"
  const singular = (t: Token): string =>
    /s$/.test(t.lower) && titleHeads.has(t.lower.slice(0, -1)) ? t.text.slice(0, -1) : t.text;
  const raw = words
    .map(
      (t, k) =>
        (k > 0 && t.start > words[k - 1]!.end ? " " : "") +
        (ABBREVIATED_TITLES[t.lower] && /^\p{Lu}+$/u.test(t.text) ? ABBREVIATED_TITLES[t.lower] : singular(t)),
    )
    .join("");
  const capitals = words.filter((t) => isCapitalised(t.text)).length;
  const headCapital = words.some((t) => isTitleHead(t.lower) && isCapitalised(t.text));
  return {
    title: titleCase(raw),
    country,
    // a bare royal style ("Prince", "Sheikh") says less about the office than "the Saudi foreign minister"
    // "also a member of the Political Bureau ..." is a second role, not the office the story is about
    score: counterpart
      ? -5
      : /^(?:prince|princess|sheikh|sheikha)$/i.test(raw)
        ? -1
        : capitals + (headCapital ? 3 : 0) - (/^member\b/i.test(raw) ? 6 : 0),
    span: { start: tokens[from]!.start, end: tokens[to]!.end },
    possessor,
    counterpart,
  };
}

const sameLine = (text: string, a: Token, b: Token): boolean =>
  !/[\n\r]/.test(text.slice(a.end, b.start)) || isWrapped(text, a, b);

/**
 * The title written right before a name: "Chinese Foreign Minister Wang Yi", "intelligence chief Abbas Kamel",
 * "Deputy Prime Minister and Minister of Trade Anna Berg ...". `first` is the name's first token.
 */
export function findTitleBefore(
  text: string,
  tokens: Token[],
  first: number,
  countryAt: CountryAt,
  barrier: Barrier = noBarrier,
): TitleFinding | null {
  let j = first - 1;
  let country: string | null = null;
  let possessor: string | null = null;
  let complementCountry: string | null = null;
  const end = first - 1;
  let start = first;
  while (j >= 0 && first - j <= MAX_TITLE_WORDS) {
    const t = tokens[j]!;
    const right = tokens[j + 1]!;
    if (t.sentence !== tokens[first]!.sentence || !sameLine(text, t, right) || barrier(j)) break;
    // "Barbados’ Prime Minister": a possessive written as a bare apostrophe after a country
    if ((t.text === "’" || t.text === "'") && t.start === tokens[j - 1]?.end && countryAt(j - 1)) {
      country = countryAt(j - 1);
      break;
    }
    if (t.text === "." && j > 0 && isHonorific(tokens[j - 1]!.lower) && tokens[j - 1]!.end === t.start) {
      start = j;
      j--;
      continue;
    }
    const code = countryAt(j);
    if (code) {
      // walk over the whole country phrase ("United States", "Republic of Korea")
      let k = j;
      while (k > 0 && countryAt(k - 1) === code && sameLine(text, tokens[k - 1]!, tokens[k]!)) k--;
      const left = tokens[k - 1]?.lower;
      if (
        left === "of" ||
        left === "to" ||
        left === "for" ||
        (left === "the" && /^(?:of|to|for)$/.test(tokens[k - 2]?.lower ?? ""))
      ) {
        const via = left === "the" ? tokens[k - 2]!.lower : left;
        if (via === "of" && !complementCountry) complementCountry = code;
        start = k;
        j = k - 1;
        continue;
      }
      country = code;
      break;
    }
    if (isPossessive(t.text)) {
      possessor = t.lower.replace(/['’]s$/, "");
      break;
    }
    if (t.lower === "the") {
      if (/^(?:of|for|to)$/.test(tokens[j - 1]?.lower ?? "")) {
        start = j;
        j--;
        continue;
      }
      break;
    }
    if (t.lower === "and") {
      // "Prime Minister and Minister of ...", "the Middle East and North Africa"; names before are barriers
      if (
        j > 0 &&
        (isTitleWord(tokens[j - 1]!.lower) || isCapitalised(tokens[j - 1]!.text)) &&
        !barrier(j - 1) &&
        !countryAt(j - 1)
      ) {
        start = j;
        j--;
        continue;
      }
      break;
    }
    if (titleConnectors.has(t.lower)) {
      start = j;
      j--;
      continue;
    }
    if (/^[\p{L}]/u.test(t.text) && isCapitalised(t.text)) {
      if (FUNCTION_WORDS.has(t.lower) || actionVerbs.has(t.lower)) break;
      start = j;
      j--;
      continue;
    }
    if (isTitleWord(t.lower)) {
      start = j;
      j--;
      continue;
    }
    // "ambassador to the country": a plain noun inside a complement
    if (
      /^\p{Ll}+$/u.test(t.text) &&
      tokens[j - 1]?.lower === "the" &&
      /^(?:of|to|for)$/.test(tokens[j - 2]?.lower ?? "")
    ) {
      start = j;
      j--;
      continue;
    }
    break;
  }
  if (start > end) return null;
  // "the director of Israel's Mossad": a possessive right before the words owns them, so they are no titled name
  if (isPossessive(tokens[end]!.text) && countryAt(end)) return null;
  return finding(text, tokens, start, end, country ?? complementCountry, possessor);
}

/**
 * The title in an appositive after a name: "Ola Nordby, the speaker of the Storting, Norway's
 * parliament" → "Speaker of the Storting" (NO). `last` is the name's last token.
 */
export function findTitleAfter(
  text: string,
  tokens: Token[],
  last: number,
  countryAt: CountryAt,
  barrier: Barrier = noBarrier,
): TitleFinding | null {
  let j = last + 1;
  if (tokens[j]?.text !== ",") return null;
  j++;
  const sentence = tokens[last]!.sentence;
  let country: string | null = null;
  while (j < tokens.length && APPOSITIVE_LEAD.has(tokens[j]!.lower) && j - last < 5) j++;
  let start = j;
  let headSeen = false;
  let end = -1;
  for (; j < tokens.length && j - start < MAX_TITLE_WORDS + 4; j++) {
    const t = tokens[j]!;
    if (t.sentence !== sentence) break;
    // ", Chinese Chairman Xi Jinping held ...": the next item of a list, not an appositive
    if (barrier(j)) return null;
    const code = countryAt(j);
    if (code) {
      const prev = tokens[j - 1]?.lower;
      if (prev !== "to" && !(prev === "the" && tokens[j - 2]?.lower === "to") && !country) country = code;
      if (!headSeen && start === j) {
        // a modifier before the head: "the Kazakh speaker", "Qatar's envoy"
        while (j + 1 < tokens.length && countryAt(j + 1) === code) j++;
        start = j + 1;
        continue;
      }
      end = j;
      continue;
    }
    if (/^[,.;:()"“”‘’!?–—]$/.test(t.text) || t.text === "'") break;
    if (APPOSITIVE_STOP.has(t.lower)) break;
    // ", Venezuelan President Vicente ...": a capitalised word right after the head is the next name
    if (
      j > start &&
      isTitleHead(tokens[j - 1]!.lower) &&
      /^\p{Lu}\p{Ll}/u.test(t.text) &&
      !isTitleWord(t.lower) &&
      !titleConnectors.has(t.lower)
    )
      return null;
    if (isTitleHead(t.lower)) headSeen = true;
    else if (!headSeen) {
      if (j - start >= 4) return null;
      if (!isTitleWord(t.lower) && !isCapitalised(t.text) && !titleConnectors.has(t.lower)) return null;
    } else if (
      !isCapitalised(t.text) &&
      !titleConnectors.has(t.lower) &&
      !isTitleWord(t.lower) &&
      !/^\p{Ll}+$/u.test(t.text)
    )
      break;
    end = j;
  }
  if (!headSeen || end < start) return null;
  const found = finding(text, tokens, start, end, country);
  if (found && !found.country) found.country = countryOfNextChunk(tokens, end + 1, countryAt);
  return found;
}

/** ", Kazakhstan's lower house of parliament": the country of the chunk after an appositive. */
function countryOfNextChunk(tokens: Token[], comma: number, countryAt: CountryAt): string | null {
  if (tokens[comma]?.text !== ",") return null;
  for (let k = comma + 1; k < Math.min(tokens.length, comma + 4); k++) {
    const code = countryAt(k);
    if (code) return code;
    if (!/^(?:the|a|an)$/.test(tokens[k]!.lower)) break;
  }
  return null;
}

/**
 * A title phrase that ends in a comma right before the name: "the President of the Republic
 * of Examplia, Dr. Jana Novak". `first` is the name's first token (honorific included).
 */
export function findTitleBeforeComma(
  text: string,
  tokens: Token[],
  first: number,
  countryAt: CountryAt,
  barrier: Barrier = noBarrier,
): TitleFinding | null {
  if (tokens[first - 1]?.text !== ",") return null;
  const found = findTitleBefore(text, tokens, first - 1, countryAt, barrier);
  if (!found) return null;
  // the phrase must start with its head near the front ("the official spokesperson for ...")
  const words = text.slice(found.span.start, found.span.end).split(/\s+/);
  const headAt = words.findIndex((w) => isTitleHead(w.toLowerCase()));
  if (headAt < 0 || headAt > 3) return null;
  if (!found.country) {
    // "of Qatar" inside the phrase
    for (let k = first - 2; k >= 0 && tokens[k]!.start >= found.span.start; k--) {
      const code = countryAt(k);
      if (code && tokens[k - 1]?.lower !== "to") {
        found.country = code;
        break;
      }
    }
  }
  return found;
}

/** "Macky Sall of Senegal", "Irfaan Ali (Guyana)": the country right after a name. */
export function findCountryAfterName(tokens: Token[], last: number, countryAt: CountryAt): string | null {
  // "Mohamed Irfaan Ali (Guyana)"
  if (tokens[last + 1]?.text === "(" && countryAt(last + 2)) {
    let k = last + 2;
    while (countryAt(k + 1) === countryAt(last + 2)) k++;
    if (tokens[k + 1]?.text === ")") return countryAt(last + 2);
  }
  if (tokens[last + 1]?.lower !== "of") return null;
  const k = tokens[last + 2]?.lower === "the" ? last + 3 : last + 2;
  return countryAt(k);
}

/** True when honorific words ("Mr", "H.E.") or courtesy titles carry no office. */
export const isCourtesyOnly = (lower: string): boolean => honorifics.has(lower) && !isTitleHead(lower);

/** The start of the country phrase that ends at token `k` ("the Republic of Korea" → "Republic"), or -1. */
function countryStart(tokens: Token[], k: number, countryAt: CountryAt): number {
  const code = countryAt(k);
  if (!code) return -1;
  while (k > 0 && countryAt(k - 1) === code) k--;
  return tokens[k - 1]?.lower === "the" ? k - 1 : k;
}

/** The title written before "of" at `of` ("The Foreign Ministers of", "presidents of"), singular, or null. */
function pluralTitleBefore(tokens: Token[], of: number): { title: string; start: number; end: number } | null {
  const t = tokens[of - 1];
  if (!t || tokens[of]?.lower !== "of") return null;
  const singular = t.lower.replace(/s$/, "");
  if (!isTitleHead(t.lower) && !isTitleHead(singular)) return null;
  const word = isTitleHead(singular) && singular !== t.lower ? t.text.slice(0, -1) : t.text;
  let from = of - 1;
  while (from > 0 && titleModifiers.has(tokens[from - 1]!.lower) && isCapitalised(tokens[from - 1]!.text)) from--;
  const mods = tokens
    .slice(from, of - 1)
    .map((x) => x.text)
    .join(" ");
  return { title: titleCase(mods ? `${mods} ${word}` : word), start: tokens[from]!.start, end: t.end };
}

const listFinding = (found: { title: string; start: number; end: number }, country: string): TitleFinding => ({
  title: found.title,
  country,
  score: 2,
  span: { start: found.start, end: found.end },
  possessor: null,
  counterpart: false,
});

/** "Foreign Ministers Ali Hassan (Egypt) and Omar Salim (Sudan)": a later name shares the plural title. */
function sharedPluralTitle(
  text: string,
  tokens: Token[],
  first: number,
  countryAt: CountryAt,
  barrier: Barrier,
): TitleFinding | null {
  if (!/^(?:and|,)$/.test(tokens[first - 1]?.lower ?? "")) return null;
  let k = first - 2;
  if (tokens[k]?.text === ")") {
    k--;
    while (k > 0 && countryAt(k) && countryAt(k - 1) === countryAt(k)) k--;
    if (!countryAt(k) || tokens[k - 1]?.text !== "(") return null;
    k -= 2;
  }
  if (k < 0 || !barrier(k)) return null;
  while (k > 0 && barrier(k - 1)) k--;
  const found = findTitleBefore(text, tokens, k, countryAt, barrier);
  if (!found || !/s$/.test(text.slice(found.span.start, found.span.end))) return null;
  return { ...found, country: null, score: 2 };
}

/**
 * A name in a list that shares one title: "The presidents of Chile, Ana Ruiz; Peru, Luis Soto", "The
 * president of Ghana, Kofi Mensah, and of Togo, Eli Agbo", and the "respectively" form "The
 * Trade Ministers of Norway and Finland, Ola Berg and Aino Virta".
 */
export function findListTitle(
  text: string,
  tokens: Token[],
  first: number,
  countryAt: CountryAt,
  barrier: Barrier,
): TitleFinding | null {
  return (
    findCountryListTitle(tokens, first, countryAt, barrier) ??
    sharedPluralTitle(text, tokens, first, countryAt, barrier)
  );
}

function findCountryListTitle(
  tokens: Token[],
  first: number,
  countryAt: CountryAt,
  barrier: Barrier,
): TitleFinding | null {
  const sentence = tokens[first]!.sentence;
  // second name of a respective pair: "..., Jeyhun Bayramov and Ararat Mirzoyan"
  if (tokens[first - 1]?.lower === "and" && barrier(first - 2)) {
    let k = first - 2;
    while (k > 0 && barrier(k - 1)) k--;
    if (tokens[k - 1]?.text === ",") {
      const c2 = countryStart(tokens, k - 2, countryAt);
      const c1 = c2 > 0 && tokens[c2 - 1]?.lower === "and" ? countryStart(tokens, c2 - 2, countryAt) : -1;
      const found = c1 > 0 ? pluralTitleBefore(tokens, c1 - 1) : null;
      if (found) return listFinding(found, countryAt(k - 2)!);
    }
    return null;
  }
  if (tokens[first - 1]?.text !== ",") return null;
  const k = countryStart(tokens, first - 2, countryAt);
  if (k < 0) return null;
  const code = countryAt(first - 2)!;
  const joiner = tokens[k - 1];
  if (!joiner) return null;
  // first name of a respective pair: "of Azerbaijan and Armenia, Jeyhun Bayramov"
  if (joiner.lower === "and") {
    const c1 = countryStart(tokens, k - 2, countryAt);
    const found = c1 > 0 ? pluralTitleBefore(tokens, c1 - 1) : null;
    if (found && /s$/i.test(tokens[c1 - 2]!.text)) return listFinding(found, countryAt(k - 2)!);
  }
  if (!/^(?:of|;|and|,)$/.test(joiner.lower)) return null;
  for (let j = k - 1; j > 0 && tokens[j]!.sentence === sentence && k - j < 40; j--) {
    const found = pluralTitleBefore(tokens, j);
    if (found) return listFinding(found, code);
  }
  return null;
}
