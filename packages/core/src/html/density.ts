import { SKIPPED_TAGS, type TextBlock, collectBlocks } from "./blocks.js";

type NodeLike = Parameters<typeof collectBlocks>[0] & {
  parentNode?: NodeLike | null;
  querySelectorAll?: (selector: string) => ArrayLike<NodeLike>;
};

/** Containers that never hold the article. */
const OUTSIDE = new Set(["NAV", "FOOTER", "HEADER", "ASIDE", "FORM", ...SKIPPED_TAGS]);

/**
 * Fallback extractor for pages where Readability finds nothing: scores every paragraph-like element by its text
 * length and comma count, credits its parent and grandparent, and returns the blocks of the best container.
 *
 * @example
 * extractByDensity(document); // [{ text: "First paragraph ...", tag: "P", ... }, ...]
 */
export function extractByDensity(document: NodeLike): TextBlock[] {
  const candidates = document.querySelectorAll?.("p, pre, td, blockquote, div, li");
  if (!candidates) return [];
  const scores = new Map<NodeLike, number>();
  for (let i = 0; i < candidates.length; i++) {
    const el = candidates[i];
    if (!el || hasOutsideAncestor(el)) continue;
    const own = ownText(el);
    if (own.length < 40) continue;
    const score = 1 + (own.match(/[,،、，]/g)?.length ?? 0) + Math.min(3, Math.floor(own.length / 100));
    const parent = el.parentNode;
    if (parent) scores.set(parent, (scores.get(parent) ?? 0) + score);
    const grand = parent?.parentNode;
    if (grand) scores.set(grand, (scores.get(grand) ?? 0) + score / 2);
  }
  let best: NodeLike | null = null;
  let bestScore = 0;
  for (const [node, score] of scores) {
    if (score > bestScore) {
      best = node;
      bestScore = score;
    }
  }
  return best ? collectBlocks(best) : [];
}

function ownText(el: NodeLike): string {
  let text = "";
  const children = el.childNodes;
  for (let i = 0; i < children.length; i++) {
    const child = children[i];
    if (!child) continue;
    if (child.nodeType === 3) text += child.nodeValue ?? "";
    else if (
      child.nodeType === 1 &&
      /^(?:A|B|I|EM|STRONG|SPAN|SMALL|SUB|SUP|MARK|Q|CITE|ABBR|TIME|U|S)$/.test(child.nodeName.toUpperCase())
    )
      text += ownText(child);
  }
  return text.replace(/\s+/g, " ").trim();
}

function hasOutsideAncestor(el: NodeLike): boolean {
  let node: NodeLike | null | undefined = el;
  for (let depth = 0; node && depth < 40; depth++) {
    if (OUTSIDE.has(node.nodeName.toUpperCase())) return true;
    node = node.parentNode;
  }
  return false;
}
