import { isInstitutionLabel, isNavigationLine } from "./boilerplate.js";
import { readDateline } from "./dateline.js";
import { foldForCompare, isLongProse, type Line } from "./lines.js";

const TRAILING_FUNCTION_WORD = /\s(?:on|of|the|a|an|and|to|in|for|with|by|at|from|that|as|or)$/i;

/** How many text lines from the top the headline may sit (below menus, dates and section labels). */
const HEADLINE_WINDOW = 15;
/** How many lines of any kind the scan looks through (long menus of classified furniture included). */
const MAX_SCAN = 80;

/**
 * Length of the run of three or more short title-cased text lines starting at `i` (a menu spread over lines:
 * "Embassies and Consulates" / "Press Room" / "Foreign Policy"), or 0.
 */
export function menuRunLength(lines: readonly Line[], i: number, isCandidate: (i: number) => boolean): number {
  let n = 0;
  while (i + n < lines.length && isCandidate(i + n) && isMenuItem(lines[i + n]!)) n++;
  return n >= 3 ? n : 0;
}

function isMenuItem(line: Line): boolean {
  return line.words <= 5 && line.capitalRatio >= 0.75 && !line.endsSentence && !/[,;:]/.test(line.text);
}

/**
 * Index (into `lines`) of the line that is the headline, or -1. `isCandidate` says which lines are still
 * unclassified text. Scans from the top past navigation, labels, list items and short sentences, and gives up
 * at the first paragraph of running text or the first dateline: an article that opens with its lead has no
 * headline in the text.
 *
 * @example
 * findHeadlineLine(linesOf("Home\nWang Yi meets Cleverly\nBEIJING, Aug. 30 (Xinhua) -- ..."), () => true) // 1
 */
export function findHeadlineLine(lines: readonly Line[], isCandidate: (i: number) => boolean): number {
  let seen = 0;
  for (let i = 0; i < lines.length && i < MAX_SCAN && seen < HEADLINE_WINDOW; i++) {
    if (!isCandidate(i)) continue;
    seen++;
    const line = lines[i]!;
    const menu = menuRunLength(lines, i, isCandidate);
    if (menu > 0) {
      i += menu - 1;
      continue;
    }
    if ((line.endsSentence && line.words >= 10 && isLongProse(line)) || readDateline(line.text, null)) return -1;
    if (line.words > 30) return -1;
    if (line.words < 3) continue;
    if (/^(?:\d{1,2}[.)]|[-–•*·▪►])\s/u.test(line.text)) continue;
    if (isNavigationLine(line) || isInstitutionLabel(line)) continue;
    // a short sentence above the title (a teaser or a poster's remark) is not the headline
    if (/[^.]\.["”’)]?$/.test(line.text.slice(-4))) continue;
    // the first line of hard-wrapped text: it breaks off mid-phrase and the sentence runs on below
    const next = lines[i + 1];
    if (TRAILING_FUNCTION_WORD.test(line.text.slice(-6))) continue;
    if (next && !next.blankBefore && /^\p{Ll}/u.test(next.text)) continue;
    return i;
  }
  return -1;
}

/**
 * Why `line` repeats the headline, or null: the same words, the same words behind a list number, or the
 * headline cut short or followed by a site name ("Canada signs deal - Po").
 *
 * @example
 * isHeadlineRepeat("3. Visit of the Minister to Uruguay", "Visit of the Minister to Uruguay") // true
 */
export function isHeadlineRepeat(line: string, headline: string): boolean {
  return isFoldedRepeat(foldForCompare(line), foldForCompare(headline));
}

/** {@link isHeadlineRepeat} on folded texts (so a caller comparing many lines folds the headline once). */
export function isFoldedRepeat(folded: string, headline: string): boolean {
  const h = headline;
  if (h.length < 8) return false;
  if (folded.length > h.length * 1.5 + 40 || folded.length < h.length * 0.5) return false;
  const l = folded.replace(/^\d{1,2} /, "");
  if (l === h) return true;
  if (l.startsWith(h)) return l.slice(h.length).trim().split(" ").length <= 4;
  if (h.startsWith(l)) return l.length >= h.length * 0.6 && l.split(" ").length >= 3;
  return false;
}
