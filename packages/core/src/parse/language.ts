import type { TextStructure } from "./context.js";

/** Frequent words that tell Latin-script languages apart (words shared by several languages are left out). */
const STOPWORDS: Readonly<Record<string, readonly string[]>> = {
  en: [
    "the",
    "and",
    "of",
    "to",
    "is",
    "that",
    "for",
    "with",
    "was",
    "said",
    "on",
    "by",
    "has",
    "have",
    "will",
    "it",
    "which",
    "from",
    "this",
    "were",
  ],
  fr: [
    "le",
    "les",
    "des",
    "et",
    "est",
    "une",
    "du",
    "dans",
    "pour",
    "qui",
    "au",
    "aux",
    "sur",
    "avec",
    "pas",
    "ont",
    "été",
    "cette",
    "leur",
    "selon",
  ],
  es: [
    "el",
    "los",
    "las",
    "y",
    "del",
    "por",
    "con",
    "para",
    "una",
    "fue",
    "según",
    "sus",
    "ha",
    "al",
    "este",
    "entre",
    "también",
    "sobre",
    "pero",
    "como",
  ],
  pt: [
    "o",
    "os",
    "do",
    "da",
    "dos",
    "das",
    "não",
    "uma",
    "em",
    "com",
    "para",
    "foi",
    "pelo",
    "pela",
    "ao",
    "também",
    "sobre",
    "entre",
    "seu",
    "sua",
  ],
  de: [
    "der",
    "die",
    "das",
    "und",
    "ist",
    "nicht",
    "mit",
    "den",
    "von",
    "zu",
    "ein",
    "eine",
    "auf",
    "für",
    "dem",
    "sich",
    "wurde",
    "auch",
    "bei",
    "nach",
  ],
  it: [
    "il",
    "di",
    "che",
    "per",
    "gli",
    "della",
    "del",
    "non",
    "sono",
    "alla",
    "nel",
    "anche",
    "dopo",
    "questo",
    "tra",
    "è",
    "ha",
    "dei",
    "delle",
    "con",
  ],
  nl: [
    "de",
    "het",
    "een",
    "en",
    "van",
    "is",
    "niet",
    "met",
    "voor",
    "op",
    "zijn",
    "ook",
    "werd",
    "naar",
    "dat",
    "bij",
    "door",
    "over",
    "hun",
    "maar",
  ],
  tr: [
    "ve",
    "bir",
    "bu",
    "ile",
    "için",
    "da",
    "de",
    "olarak",
    "olan",
    "daha",
    "gibi",
    "ancak",
    "değil",
    "çok",
    "sonra",
    "her",
    "en",
    "kadar",
    "şekilde",
    "ise",
  ],
  id: [
    "yang",
    "dan",
    "di",
    "dengan",
    "untuk",
    "ini",
    "dari",
    "dalam",
    "tidak",
    "akan",
    "pada",
    "itu",
    "juga",
    "oleh",
    "ke",
    "telah",
    "bahwa",
    "para",
    "kata",
    "sebagai",
  ],
};

const WORD_TO_LANGUAGES = new Map<string, string[]>();
for (const [lang, words] of Object.entries(STOPWORDS)) {
  for (const word of words) {
    const list = WORD_TO_LANGUAGES.get(word) ?? [];
    list.push(lang);
    WORD_TO_LANGUAGES.set(word, list);
  }
}

const SAMPLE_LENGTH = 1200;

/**
 * ISO 639-1 code of the article's language from its script and frequent words: "en" (the default when the
 * evidence is thin), "fr", "es", "pt", "de", "it", "nl", "tr", "id", "ru", "uk", "ar", "fa", "zh", "ja", "ko",
 * "hi", "el", "he", "th".
 *
 * @example
 * detectLanguage("Le ministre a rencontré son homologue ...", structure) // "fr"
 */
export function detectLanguage(text: string, structure: TextStructure): string {
  const sample = sampleOf(text, structure);
  const script = detectScript(sample);
  if (script) return script;
  const scores = new Map<string, number>();
  let total = 0;
  // stopwords are short and mostly stand between spaces, so raw tokens are enough (and cheap)
  for (const token of sample.toLowerCase().split(/\s+/)) {
    if (!token) continue;
    total++;
    const word = token.length > 1 && !isLetterCode(token.charCodeAt(token.length - 1)) ? token.slice(0, -1) : token;
    const langs = WORD_TO_LANGUAGES.get(word);
    if (!langs) continue;
    for (const lang of langs) scores.set(lang, (scores.get(lang) ?? 0) + 1 / langs.length);
  }
  let best = "en";
  let bestScore = 0;
  for (const [lang, score] of scores) {
    if (score > bestScore) {
      best = lang;
      bestScore = score;
    }
  }
  const english = scores.get("en") ?? 0;
  // a handful of foreign words in an English text (names, quotes) must not flip it
  if (best !== "en" && (bestScore < 3 || bestScore < english * 1.5 || bestScore < total * 0.05)) return "en";
  return best;
}

function sampleOf(text: string, structure: TextStructure): string {
  const parts: string[] = [];
  let length = 0;
  for (const p of structure.paragraphs) {
    if (length >= SAMPLE_LENGTH) break;
    const piece = text.slice(p.start, Math.min(p.end, p.start + SAMPLE_LENGTH - length));
    parts.push(piece);
    length += piece.length;
  }
  if (parts.length === 0) return text.slice(0, SAMPLE_LENGTH);
  return parts.join("\n");
}

/** The language a non-Latin script settles, or null when letters are mostly Latin. */
function detectScript(sample: string): string | null {
  const counts: Record<string, number> = {};
  let letters = 0;
  let latin = 0;
  for (let i = 0; i < sample.length; i++) {
    const code = sample.charCodeAt(i);
    if (code < 0x41) continue;
    if (code <= 0x7a) {
      if (code <= 0x5a || code >= 0x61) {
        letters++;
        latin++;
      }
      continue;
    }
    const key = scriptOf(code);
    if (!key) continue;
    letters++;
    if (key === "latin") latin++;
    else counts[key] = (counts[key] ?? 0) + 1;
  }
  if (letters === 0 || latin >= letters * 0.6) return null;
  let top = "latin";
  let topCount = latin;
  for (const [key, count] of Object.entries(counts)) {
    if (count > topCount) {
      top = key;
      topCount = count;
    }
  }
  if (top === "latin" || topCount < letters * 0.4) return null;
  if (top === "cyrillic") return /[іїєґ]/i.test(sample) && !/[ыэъё]/i.test(sample) ? "uk" : "ru";
  if (top === "arabic") return /[پچژگ]/.test(sample) ? "fa" : "ar";
  if (top === "han") return (counts.kana ?? 0) > topCount * 0.05 ? "ja" : "zh";
  if (top === "kana") return "ja";
  return top;
}

function scriptOf(code: number): string | null {
  if ((code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || (code >= 0xc0 && code <= 0x24f))
    return "latin";
  if (code >= 0x400 && code <= 0x4ff) return "cyrillic";
  if (code >= 0x600 && code <= 0x6ff) return "arabic";
  if (code >= 0x4e00 && code <= 0x9fff) return "han";
  if (code >= 0x3040 && code <= 0x30ff) return "kana";
  if (code >= 0xac00 && code <= 0xd7af) return "ko";
  if (code >= 0x900 && code <= 0x97f) return "hi";
  if (code >= 0x370 && code <= 0x3ff) return "el";
  if (code >= 0x590 && code <= 0x5ff) return "he";
  if (code >= 0xe00 && code <= 0xe7f) return "th";
  return null;
}

function isLetterCode(c: number): boolean {
  return (c >= 97 && c <= 122) || c >= 0xc0;
}
