const NON_ASCII = /[^\x00-\x7f]/;

/**
 * A lookup key: lower case, accents and curly quotes folded, spaces collapsed; ASCII text skips the Unicode
 * normalisation.
 */
export const foldKey = (s: string): string =>
  NON_ASCII.test(s) ? foldUnicodeKey(s) : s.replace(/\s+/g, " ").trim().toLowerCase();

const foldUnicodeKey = (s: string): string =>
  s
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/\s+/g, " ")
    .trim()
    .toLowerCase();
