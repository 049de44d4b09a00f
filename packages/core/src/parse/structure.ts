import { isLocalizedWeekday } from "../gazetteer/calendar.js";
import type { Dateline, RemovalReason, RemovedLine } from "../schemas/article.js";
import type { Span } from "../schemas/span.js";
import type { CallerInput, TextStructure } from "./context.js";
import { isInstitutionLabel, isMenuRow, isNavigationLine, matchBoilerplate } from "./structure/boilerplate.js";
import { isByline } from "./structure/byline.js";
import { readDateline } from "./structure/dateline.js";
import { findHeadlineLine, isFoldedRepeat, menuRunLength } from "./structure/headline.js";
import {
  foldedOf,
  foldForCompare,
  foldLine,
  isLongProse,
  isProse,
  isTitleLike,
  type Line,
  makeLine,
  splitLines,
} from "./structure/lines.js";
import {
  type DateLine,
  dateFromUrl,
  findLeadingDate,
  findTrailingStamp,
  readDateLine,
} from "./structure/published-date.js";
import {
  agencyAtEnd,
  agencyAtStart,
  canonicalAgency,
  findParentheticalAgency,
  readCreditLine,
  sourceFromUrl,
} from "./structure/source.js";

type SlotKind = "text" | "removed" | "date" | "byline" | "credit" | "headline" | "place";

interface Slot {
  line: Line;
  kind: SlotKind;
  reason?: RemovalReason;
  opensTail?: boolean;
  date?: DateLine;
  /** True for lines in the furniture below the article (their dates are not the article's). */
  tail?: boolean;
  /** The agency or outlet a stamp line credits ("Source: Xinhua | 2023-08-30 10:15:02"). */
  credit?: string | null;
}

interface Paragraph {
  start: number;
  end: number;
  /** Index of the first slot of the paragraph. */
  slot: number;
}

// The date a content store glues in front of the first line (" date 2023-10-19 Headline ...").
const STORE_DATE_PREFIX = /^date[ \t]+(\d{4}-\d{2}-\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2})?Z?)?[ \t]*/i;
const TITLE_LABEL = /^(?:text|title|headline|subject|titre|título|titel|заголовок)[ \t]*:[ \t]*/iu;
const HEAD_SPLIT_WINDOW = 8;

/**
 * Splits a scraped article into headline, dateline, byline, publication date, source, body paragraphs and
 * removed page furniture (each with a reason). Every span indexes `text`; nothing is rewritten.
 *
 * @example
 * const s = segmentText("Home\nWang Yi meets Cleverly\nBEIJING, Aug. 30 (Xinhua) -- Wang Yi met ...", input);
 * s.headline?.text // "Wang Yi meets Cleverly"
 * s.dateline // { place: "BEIJING", date: null, agency: "Xinhua", span: { start: 28, end: 56 } }
 * s.removed[0] // { text: "Home", reason: "navigation", span: { start: 0, end: 4 } }
 */
export function segmentText(text: string, input: CallerInput, referenceDate: string | null = null): TextStructure {
  const removed: RemovedLine[] = [];
  let prefixDate: string | null = null;
  let headlineAgency: string | null = null;

  const lines = splitLines(text);
  const prepared: Line[] = [];
  const extraDates: DateLine[] = [];
  for (const line of lines) {
    let current: Line | null = line;
    if (prepared.length === 0 && line.index === 0) {
      const m = STORE_DATE_PREFIX.exec(line.text);
      if (m) {
        prefixDate = m[1] ?? null;
        removed.push(removal(text, line.start, line.start + m[0].trimEnd().length, "metadata"));
        current = line.start + m[0].length < line.end ? relined(text, line.start + m[0].length, line.end, line) : null;
      }
    }
    if (current && prepared.length < HEAD_SPLIT_WINDOW) {
      for (const part of splitHeadLine(text, current, removed, extraDates)) {
        const agency = /\(([^()]{2,30})\)\s*$/.exec(part.text.slice(-40));
        if (agency && part !== current && !headlineAgency) headlineAgency = canonicalAgency(agency[1] ?? "");
        prepared.push(agency && part !== current ? trimTrailingCredit(text, part) : part);
      }
    } else if (current) prepared.push(current);
  }

  const slots: Slot[] = prepared.map((line, i) => classifyLine(line, i < 6 || i >= prepared.length - 12));
  const givenHeadline = input.headline?.trim() || null;
  const headlineIndex = chooseHeadline(slots, givenHeadline);
  markBeforeHeadline(slots, headlineIndex);
  const lead = findLead(slots, headlineIndex);
  markHeadRegion(slots, headlineIndex, lead);
  markTail(slots, lead);
  const headline = buildHeadline(text, slots, headlineIndex, givenHeadline);
  if (headline) markHeadlineRepeats(slots, headline.text, headlineIndex);

  const datedLines = slots.filter((s) => (s.kind === "date" || s.kind === "text") && s.date);
  const teaserTail = slots.some((s) => s.tail === true && s.reason === "related");
  const clocks = new Set(slots.filter((s, i) => i < headlineIndex && isSiteClock(s)));
  let publishedAt = choosePublished(input, datedLines, prefixDate, extraDates, teaserTail, clocks);
  const anchor = publishedAt?.slice(0, 10) ?? referenceDate;

  const placeLine = findPlaceLine(slots, lead);
  const paragraphs = mergeParagraphs(slots);
  let dateline = extractDateline(text, paragraphs, anchor);
  if (!dateline && placeLine) {
    const { line, date } = placeLine;
    dateline = { place: line.text, date, agency: null, span: { start: line.start, end: line.end } };
  } else if (placeLine) {
    // the paragraph's own dateline wins: the place line is body text again, in its place
    placeLine.slot.kind = "text";
    const at = paragraphs.findIndex((p) => p.start > placeLine.line.start);
    const paragraph = { start: placeLine.line.start, end: placeLine.line.end, slot: slots.indexOf(placeLine.slot) };
    paragraphs.splice(at < 0 ? paragraphs.length : at, 0, paragraph);
  }
  // a dateline that gives the year ("KELSO, Aug. 30, 2023 (AP) -") dates the story when nothing else does
  if (!publishedAt && dateline?.date && /(?:19|20)\d\d/.test(text.slice(dateline.span.start, dateline.span.end)))
    publishedAt = dateline.date;
  if (!input.extracted) dropRepeatedParagraphs(text, paragraphs, slots, lead);

  let byline: TextStructure["byline"] = null;
  let bylineAgency: string | null = null;
  let creditSource: string | null = null;
  for (const slot of slots) {
    const { line } = slot;
    if (slot.kind === "byline") {
      if (!byline) {
        byline = { text: line.text, span: { start: line.start, end: line.end } };
        bylineAgency = agencyAtStart(line.text) ?? agencyAtEnd(line.text);
      } else removed.push(removal(text, line.start, line.end, "metadata"));
    } else if (slot.kind === "credit") {
      creditSource ??= readCreditLine(line.text);
      removed.push(removal(text, line.start, line.end, "metadata"));
    } else if (slot.kind === "date") {
      if (!slot.tail) creditSource ??= slot.credit ?? null;
      removed.push(removal(text, line.start, line.end, "metadata"));
    } else if (slot.kind === "removed") removed.push(removal(text, line.start, line.end, slot.reason ?? "other"));
  }

  const kept = paragraphs.filter((p) => p.end > p.start);
  const source =
    input.source ??
    dateline?.agency ??
    creditSource ??
    bylineAgency ??
    headlineAgency ??
    findParentheticalAgency(
      kept
        .slice(0, 4)
        .map((p) => text.slice(p.start, p.end))
        .join("\n"),
    ) ??
    sourceFromUrl(input.url);

  removed.sort((a, b) => a.span.start - b.span.start);
  return {
    headline,
    dateline,
    byline,
    publishedAt,
    source,
    paragraphs: kept.map((p) => ({ start: p.start, end: p.end })),
    removed,
  };
}

/**
 * A place alone on a line above the article, with the date stamp right below it ("New Delhi" / "07 January 2022
 * 09:44 IST"): the page's dateline, set out over two lines. The place line is taken out of the body.
 */
function findPlaceLine(slots: Slot[], lead: number): { slot: Slot; line: Line; date: string | null } | null {
  const end = lead < 0 ? Math.min(slots.length, 12) : lead;
  for (let i = 0; i + 1 < end; i++) {
    const slot = slots[i]!;
    const next = slots[i + 1]!;
    if (slot.kind !== "text" || next.kind !== "date" || !next.date) continue;
    const { line } = slot;
    if (line.words > 3 || line.capitalRatio < 1 || /[^\p{L}\p{M} .'’-]/u.test(line.text)) continue;
    slot.kind = "place";
    return { slot, line, date: next.date.value.slice(0, 10) };
  }
  return null;
}

function removal(text: string, start: number, end: number, reason: RemovalReason): RemovedLine {
  return { text: text.slice(start, end), reason, span: { start, end } };
}

function relined(text: string, start: number, end: number, like: Line): Line | null {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s]!)) s++;
  while (e > s && /\s/.test(text[e - 1]!)) e--;
  return e > s ? makeLine(text, s, e, like.index, like.blankBefore) : null;
}

/**
 * Near the top, pages glue a date to the title ("06 September 2001Text: Talks resume") or a stamp to its end
 * ("Envoys recalled (Reuters) Updated: 2011-04-03 08:17"). Splits such lines into their parts.
 */
function splitHeadLine(text: string, line: Line, removed: RemovedLine[], dates: DateLine[]): Line[] {
  const lead = findLeadingDate(line.text);
  if (lead > 0 && lead < line.text.length) {
    const rest = relined(text, line.start + lead, line.end, line);
    if (rest && rest.words >= 2) {
      const stamp = readDateLine(line.text.slice(0, lead));
      if (stamp) dates.push(stamp);
      let restStart = rest.start;
      const label = TITLE_LABEL.exec(rest.text);
      if (label && rest.words >= 4) restStart += label[0].length;
      removed.push(removal(text, line.start, restStart, "metadata"));
      const title = relined(text, restStart, line.end, line);
      return title ? [title] : [];
    }
  }
  const at = findTrailingStamp(line.text);
  if (at > 0) {
    const before = relined(text, line.start, line.start + at, line);
    const stamp = relined(text, line.start + at, line.end, line);
    if (before && stamp && before.words >= 3) return [before, stamp];
  }
  return [line];
}

function trimTrailingCredit(text: string, line: Line): Line {
  const m = /\s*\(([^()]{2,30})\)\s*$/.exec(line.text);
  if (!m || !canonicalAgency(m[1] ?? "")) return line;
  return relined(text, line.start, line.end - m[0].length, line) ?? line;
}

function classifyLine(line: Line, atEdge: boolean): Slot {
  const furniture = matchBoilerplate(line, atEdge);
  if (furniture) {
    return { line, kind: "removed", reason: furniture.reason, opensTail: furniture.opensTail || opensTail(line) };
  }
  const date = line.words <= 16 ? readDateLine(line.text) : null;
  // a labelled stamp that runs on into a long byline ("Published on ... By Jane Roe - Agency - City") dates
  // the story but stays in the text, as bylines do
  if (date?.byline && line.words >= 10) return { line, kind: "text", date };
  if (date) return { line, kind: "date", date, credit: readCreditLine(line.text) };
  if (line.words <= 20 && isByline(line.text)) return { line, kind: "byline" };
  if (line.words <= 20 && readCreditLine(line.text)) return { line, kind: "credit" };
  if (isMenuRow(line)) return { line, kind: "removed", reason: "navigation" };
  if (opensTail(line)) return { line, kind: "removed", reason: "read-more", opensTail: true };
  return { line, kind: "text" };
}

function opensTail(line: Line): boolean {
  if (line.words > 3) return false;
  const folded = foldedOf(line);
  return folded === "continue reading" || folded === "you just read";
}

function chooseHeadline(slots: Slot[], given: string | null): number {
  if (given) {
    const want = foldForCompare(given);
    const near = (s: Slot) => Math.abs(s.line.text.length - given.length) <= given.length * 0.2 + 4;
    const at = slots.findIndex((s) => s.kind === "text" && near(s) && foldForCompare(s.line.text) === want);
    if (at >= 0) slots[at]!.kind = "headline";
    return at;
  }
  const lines = slots.map((s) => s.line);
  const at = findHeadlineLine(lines, (i) => slots[i]!.kind === "text" && !slots[i]!.date);
  if (at >= 0) slots[at]!.kind = "headline";
  return at;
}

/** Text above the headline is page furniture (menus, teasers, a poster's remark), unless it is running text. */
function markBeforeHeadline(slots: Slot[], headlineIndex: number): void {
  if (headlineIndex <= 0) return;
  const before = slots.slice(0, headlineIndex);
  if (before.some((s) => s.kind === "text" && isLongProse(s.line) && s.line.words >= 15)) return;
  for (const slot of before) {
    if (slot.kind !== "text") continue;
    slot.kind = "removed";
    slot.reason =
      isNavigationLine(slot.line) || slot.line.words <= 4 || isTitleLike(slot.line) ? "navigation" : "other";
  }
}

function findLead(slots: Slot[], headlineIndex: number): number {
  for (let i = headlineIndex + 1; i < slots.length; i++) {
    const slot = slots[i]!;
    if (slot.kind === "text" && isLongProse(slot.line)) return i;
  }
  return slots.findIndex((s, i) => i > headlineIndex && s.kind === "text");
}

/** Between the headline and the lead: section labels and menus go, captions and standfirsts stay. */
function markHeadRegion(slots: Slot[], headlineIndex: number, lead: number): void {
  const end = lead < 0 ? slots.length : lead;
  // a menu spread over several short title-cased lines above the article
  const lines = slots.map((s) => s.line);
  const isText = (i: number) => slots[i]!.kind === "text";
  for (let i = Math.max(0, headlineIndex + 1); i < end; i++) {
    const run = menuRunLength(lines, i, isText);
    for (let k = i; k < i + run && k < end; k++) {
      slots[k]!.kind = "removed";
      slots[k]!.reason = "navigation";
    }
    if (run > 0) i += run - 1;
  }
  // section labels and institution names; captions and standfirsts stay
  for (let i = headlineIndex < 0 ? 0 : headlineIndex + 1; i < end; i++) {
    const slot = slots[i]!;
    const label = isNavigationLine(slot.line) || (headlineIndex < 0 && isInstitutionLabel(slot.line));
    if (slot.kind === "text" && label) {
      slot.kind = "removed";
      slot.reason = "navigation";
    }
  }
}

/**
 * Below the article: a "Related posts" / "Comments" / "Continue reading" marker opens a block that runs to the
 * end (when that block is smaller than the article above it), and a final run of titles, section names and
 * stamps after the last paragraph of running text is a related-links list.
 */
function markTail(slots: Slot[], lead: number): void {
  if (lead < 0) return;
  const wordsOf = (from: number, to: number): number => {
    let n = 0;
    for (let i = from; i < to; i++) if (slots[i]!.kind === "text") n += slots[i]!.line.words;
    return n;
  };
  for (let i = lead + 1; i < slots.length; i++) {
    const marker = slots[i]!;
    if (!marker.opensTail) continue;
    if (wordsOf(i + 1, slots.length) >= wordsOf(lead, i)) continue;
    const reason: RemovalReason =
      marker.reason === "comment" ? "comment" : marker.reason === "related" ? "related" : "other";
    for (let j = i + 1; j < slots.length; j++) {
      const slot = slots[j]!;
      slot.tail = true;
      if (
        slot.kind === "text" ||
        slot.kind === "byline" ||
        (slot.kind === "date" && slot.date?.label !== "published")
      ) {
        slot.kind = "removed";
        slot.reason = reason;
      }
    }
    break;
  }
  for (let i = slots.length - 1; i > lead; i--) {
    const slot = slots[i]!;
    if (slot.kind === "removed" || slot.kind === "credit") {
      slot.tail = true;
      continue;
    }
    if (slot.kind === "date" || slot.kind === "byline") {
      slot.tail = true;
      continue;
    }
    if (slot.kind !== "text") break;
    const { line } = slot;
    if (isNavigationLine(line)) {
      slot.kind = "removed";
      slot.reason = "navigation";
      slot.tail = true;
      continue;
    }
    if (
      isTitleLike(line) &&
      !isProse(line) &&
      line.words >= 2 &&
      line.words <= 20 &&
      hasTailCompanion(slots, i, lead)
    ) {
      slot.kind = "removed";
      slot.reason = "related";
      slot.tail = true;
      continue;
    }
    break;
  }
}

/** A lone title-cased line at the end may be a caption or signature; with a stamp or label next to it, it is a link list. */
function hasTailCompanion(slots: Slot[], i: number, lead: number): boolean {
  const near = [slots[i - 1], slots[i + 1]].filter((s, k) => s && (k === 1 || i - 1 > lead));
  return near.some(
    (s) =>
      s!.kind === "date" ||
      (s!.kind === "removed" && s!.tail === true) ||
      (s!.kind === "text" && (isNavigationLine(s!.line) || (isTitleLike(s!.line) && !isProse(s!.line)))),
  );
}

function buildHeadline(
  text: string,
  slots: Slot[],
  headlineIndex: number,
  given: string | null,
): TextStructure["headline"] {
  if (headlineIndex >= 0) {
    const { line } = slots[headlineIndex]!;
    return { text: given ?? line.text, span: { start: line.start, end: line.end } };
  }
  if (!given) return null;
  const at = text.indexOf(given);
  return { text: given, span: at >= 0 ? { start: at, end: at + given.length } : { start: 0, end: 0 } };
}

function markHeadlineRepeats(slots: Slot[], headline: string, headlineIndex: number): void {
  const folded = foldLine(headline);
  const opening = firstLetters(headline);
  slots.forEach((slot, i) => {
    if (i === headlineIndex || slot.kind !== "text") return;
    const { text } = slot.line;
    if (text.length > headline.length * 1.5 + 40 || text.length < headline.length * 0.5) return;
    if (firstLetters(text) !== opening) return;
    if (isFoldedRepeat(foldedOf(slot.line), folded)) {
      slot.kind = "removed";
      slot.reason = "repeated-headline";
    }
  });
}

/**
 * A site clock: today's date as the site prints it in its page header, above the headline ("Monday, March 2,
 * 2026"): a weekday and a full date, with no time, label or credit. It tells when the page was fetched, not
 * when the story was written.
 */
function isSiteClock(slot: Slot): boolean {
  if (slot.kind !== "date" || !slot.date || slot.date.label !== "none" || slot.credit) return false;
  if (slot.date.value.length > 10) return false;
  const first = /^\p{L}+/u.exec(slot.line.text)?.[0] ?? "";
  return isLocalizedWeekday(first) && slot.line.words <= 6;
}

/**
 * The publication date, by rank: the caller's; a stamp labelled "Published"; a store's date prefix; a plain
 * stamp or credit-line date near the article; the URL's date; a site clock above the headline; a stamp
 * labelled "Updated"; a sign-off date below the article.
 */
function choosePublished(
  input: CallerInput,
  datedSlots: Slot[],
  prefixDate: string | null,
  extraDates: DateLine[],
  teaserTail: boolean,
  clocks: ReadonlySet<Slot>,
): string | null {
  if (input.publishedAt) return input.publishedAt;
  const dated = datedSlots.filter((s) => !clocks.has(s));
  const clock = datedSlots.find((s) => clocks.has(s))?.date?.value ?? null;
  const body = dated.filter((s) => !s.tail).map((s) => s.date!);
  const tail = dated.filter((s) => s.tail).map((s) => s.date!);
  const all = [...extraDates, ...body];
  const published = [...all, ...tail].find((d) => d.label === "published");
  if (published) return published.value;
  if (prefixDate) return prefixDate;
  const plain = all.find((d) => d.label === "none");
  if (plain) return plain.value;
  const fromUrl = dateFromUrl(input.url);
  if (fromUrl) return fromUrl;
  if (clock) return clock;
  const updated = [...all, ...tail].find((d) => d.label === "updated");
  if (updated) return updated.value;
  // a plain date below the article signs off a press release, unless it belongs to a related-story teaser
  return teaserTail ? null : (tail.find((d) => d.label === "none")?.value ?? null);
}

/**
 * Joins the kept lines into paragraphs. Lines stay separate paragraphs, except that a line continues the one
 * before it when that one breaks off mid-sentence and this one starts in lowercase, or when the whole text is
 * hard-wrapped at a fixed width.
 */
function mergeParagraphs(slots: Slot[]): Paragraph[] {
  const textSlots = slots.filter((s) => s.kind === "text");
  const wrapped = isHardWrapped(textSlots);
  const out: Paragraph[] = [];
  let previous: Slot | null = null;
  slots.forEach((slot, i) => {
    if (slot.kind !== "text") {
      previous = null;
      return;
    }
    const last = out.at(-1);
    if (previous && last && !slot.line.blankBefore && continuesParagraph(previous.line, slot.line, wrapped)) {
      last.end = slot.line.end;
    } else out.push({ start: slot.line.start, end: slot.line.end, slot: i });
    previous = slot;
  });
  return out;
}

function continuesParagraph(before: Line, line: Line, wrapped: boolean): boolean {
  if (before.endsSentence || before.text.endsWith(":") || before.text.endsWith(";")) return false;
  if (/^(?:\d{1,2}[.)]|[-–•*·])\s/u.test(line.text)) return false;
  if (/^\p{Ll}/u.test(line.text)) return true;
  return wrapped && before.words >= 5;
}

function isHardWrapped(slots: Slot[]): boolean {
  if (slots.length < 6) return false;
  let broken = 0;
  let short = 0;
  for (let i = 0; i + 1 < slots.length; i++) {
    const { line } = slots[i]!;
    if (line.text.length <= 100) short++;
    if (!line.endsSentence && line.words >= 5 && !slots[i + 1]!.line.blankBefore) broken++;
  }
  return broken >= 4 && broken >= slots.length * 0.4 && short >= slots.length * 0.8;
}

function extractDateline(text: string, paragraphs: Paragraph[], anchor: string | null): Dateline | null {
  for (const p of paragraphs.slice(0, 4)) {
    const found = readDateline(text.slice(p.start, p.end), anchor);
    if (!found) continue;
    const prefixEnd = p.start + found.length;
    let bodyStart = prefixEnd;
    while (bodyStart < p.end && /\s/.test(text[bodyStart]!)) bodyStart++;
    let spanEnd = prefixEnd;
    while (spanEnd > p.start && /\s/.test(text[spanEnd - 1]!)) spanEnd--;
    const span: Span = { start: p.start, end: spanEnd };
    p.start = bodyStart;
    return { place: found.place, date: found.date, agency: found.agency, span };
  }
  return null;
}

/**
 * Scrapers repeat the lead as a teaser above the article or a caption several times. Exact repeats keep the last
 * copy (the one in the article's flow); a short teaser contained in a later paragraph is dropped too.
 */
function dropRepeatedParagraphs(text: string, paragraphs: Paragraph[], slots: Slot[], lead: number): void {
  // scraped copies are verbatim, so the raw text (not a texts one) is compared
  const texts = paragraphs.map((p) => text.slice(p.start, p.end));
  const lastIndex = new Map<string, number>();
  texts.forEach((f, i) => {
    lastIndex.set(f, i);
  });
  const drop = new Set<number>();
  texts.forEach((f, i) => {
    if (f && lastIndex.get(f) !== i) drop.add(i);
  });
  const teaserLimit = Math.max(3, paragraphs.findIndex((p) => p.slot >= lead) + 1);
  for (let i = 0; i < Math.min(teaserLimit, paragraphs.length); i++) {
    if (drop.has(i)) continue;
    const f = texts[i]!;
    if (f.length < 40) continue;
    // a teaser sits a few paragraphs above the copy it repeats
    const probe = f.slice(0, 24);
    for (let j = i + 1; j < Math.min(paragraphs.length, i + 8); j++) {
      const g = texts[j]!;
      if (g.length > f.length && g.includes(probe) && g.includes(f)) {
        drop.add(i);
        break;
      }
    }
  }
  if (drop.size === 0) return;
  for (const i of drop) {
    const p = paragraphs[i]!;
    // the slot's line text keeps the offsets of the original lines for the removal record
    const slot = slots[p.slot]!;
    slot.kind = "removed";
    slot.reason = "repeated-lead";
    // a merged paragraph spans several slots: mark them all
    for (let k = p.slot + 1; k < slots.length && slots[k]!.line.start < p.end; k++) {
      if (slots[k]!.kind === "text") {
        slots[k]!.kind = "removed";
        slots[k]!.reason = "repeated-lead";
      }
    }
  }
  let w = 0;
  for (let i = 0; i < paragraphs.length; i++) if (!drop.has(i)) paragraphs[w++] = paragraphs[i]!;
  paragraphs.length = w;
}

/** The first four letters of a line after any list number, lowercased: a quick filter before folding. */
function firstLetters(s: string): string {
  return (/\p{L}[\p{L}\p{M}]{0,3}/u.exec(s.replace(/^\s*(?:\d{1,2}[.)]|[-–•*·])\s+/u, ""))?.[0] ?? "").toLowerCase();
}
