import { agencyAtStart } from "./source.js";

const BY = /^(?:by|por|par|von|di|от|written by|reported by|story by|words by)\s+(.{2,120})$/iu;
const LABELLED =
  /^(?:author|authors|writer|reporter|correspondent|auteur|autor|autora|autores|автор)\s*[:：]\s*(.{2,120})$/iu;
const CREDITS =
  /^\(?\s*(?:reporting|additional reporting|writing|compiled) by\s+[^;]{2,80};\s*(?:editing|edited|writing) by\s+/iu;

// First words of the bylines and credits the patterns above read.
const OPENING_WORDS = new Set([
  "by",
  "por",
  "par",
  "von",
  "di",
  "от",
  "written",
  "reported",
  "story",
  "words",
  "author",
  "authors",
  "writer",
  "reporter",
  "correspondent",
  "auteur",
  "autor",
  "autora",
  "autores",
  "автор",
  "reporting",
  "additional",
  "writing",
  "compiled",
]);

// Words allowed in a byline besides capitalised names.
const CONNECTORS = new Set([
  "and",
  "&",
  "de",
  "da",
  "van",
  "von",
  "der",
  "bin",
  "ben",
  "ibn",
  "al",
  "la",
  "le",
  "del",
  "dos",
  "das",
  "du",
  "ter",
  "el",
  "y",
  "e",
  "et",
  "und",
  "и",
  "in",
  "of",
  "staff",
  "correspondent",
  "reporter",
  "writer",
  "editor",
  "our",
  "the",
  "news",
  "desk",
  "agencies",
  "|",
  "-",
  "–",
  "—",
  ",",
]);

/**
 * True when `line` is a byline or a credit of who wrote the story: "By Jane Doe", "Author: Jean Dupont",
 * "Reporting by Ann Lee; Editing by Tom Roe", "Press Trust of India New Delhi".
 *
 * @example
 * isByline("By Jane Doe and John Roe") // true
 * isByline("By contrast, the ministry said ...") // false
 */
export function isByline(line: string): boolean {
  const text = line.trim();
  if (text.length > 160) return false;
  const first = /^\(?\s*([\p{L}]+)/u.exec(text)?.[1]?.toLowerCase() ?? "";
  if (!OPENING_WORDS.has(first)) {
    // an agency's name and a place, alone on a line: "Press Trust of India New Delhi"
    return (
      /^\p{Lu}/u.test(text) && text.split(/\s+/).length <= 8 && looksLikeNames(text) && agencyAtStart(text) !== null
    );
  }
  if (CREDITS.test(text)) return true;
  const labelled = LABELLED.exec(text);
  if (labelled) return looksLikeNames(labelled[1] ?? "");
  const by = BY.exec(text);
  if (by) return looksLikeNames(by[1] ?? "");
  // an agency's name and a place, alone on a line: "Press Trust of India New Delhi"
  if (/^\p{Lu}/u.test(text) && text.split(/\s+/).length <= 8 && looksLikeNames(text) && agencyAtStart(text))
    return true;
  return false;
}

function looksLikeNames(s: string): boolean {
  const words = s
    .replace(/[,|;/]/g, " ")
    .split(/\s+/)
    .filter(Boolean);
  if (words.length === 0 || words.length > 12) return false;
  let names = 0;
  let roles = 0;
  for (const word of words) {
    if (ROLE_WORDS.has(word.toLowerCase())) roles++;
    if (CONNECTORS.has(word.toLowerCase())) continue;
    // initials ("J.", "A.K."), capitalised names, names in capitals, an e-mail handle
    if (/^[\p{Lu}][\p{L}\p{M}.'’-]*$/u.test(word) || /^\S+@\S+$/.test(word)) {
      if (ROLE_WORDS.has(word.toLowerCase())) continue;
      names++;
      continue;
    }
    // a date glued to the byline ("by November 8, 2022", "Jane Doe 30 Aug 2023") is fine
    if (/^\d{1,4}[,.]?$/.test(word)) continue;
    return false;
  }
  // "By Staff Reporter", "By Our Correspondent"
  return names > 0 || roles > 0 || /\d/.test(s);
}

const ROLE_WORDS = new Set(["staff", "correspondent", "reporter", "writer", "editor", "desk", "agencies"]);
