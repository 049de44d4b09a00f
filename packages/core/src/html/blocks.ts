/** Elements whose start and end break the text into separate blocks. */
const BLOCK_TAGS = new Set([
  "ADDRESS",
  "ARTICLE",
  "ASIDE",
  "BLOCKQUOTE",
  "BR",
  "CAPTION",
  "DD",
  "DETAILS",
  "DIV",
  "DL",
  "DT",
  "FIELDSET",
  "FIGCAPTION",
  "FIGURE",
  "FOOTER",
  "FORM",
  "H1",
  "H2",
  "H3",
  "H4",
  "H5",
  "H6",
  "HEADER",
  "HR",
  "LI",
  "MAIN",
  "NAV",
  "OL",
  "P",
  "PRE",
  "SECTION",
  "SUMMARY",
  "TABLE",
  "TD",
  "TH",
  "TR",
  "UL",
]);

/** Elements whose text is never article text. */
export const SKIPPED_TAGS = new Set([
  "SCRIPT",
  "STYLE",
  "NOSCRIPT",
  "TEMPLATE",
  "SVG",
  "CANVAS",
  "IFRAME",
  "OBJECT",
  "EMBED",
  "BUTTON",
  "SELECT",
  "TEXTAREA",
  "INPUT",
  "HEAD",
  "TITLE",
  "META",
  "LINK",
]);

/** A block of text and the tag of the element that holds it. */
export interface TextBlock {
  text: string;
  tag: string;
  /** Characters of the text that sit inside links. */
  linkChars: number;
  /** Lower-cased class and id names of the elements around the block, innermost last. */
  hints: string;
}

interface NodeLike {
  nodeType: number;
  nodeName: string;
  nodeValue?: string | null;
  childNodes: ArrayLike<NodeLike>;
  getAttribute?: (name: string) => string | null;
}

/**
 * Splits an element's text into blocks at block-level elements (paragraphs, headings, list items, `<br>`), with
 * white space collapsed. Iterative, so deep pages cannot overflow the stack.
 *
 * @example
 * collectBlocks(div); // [{ text: "First paragraph.", tag: "P" }, { text: "Second.", tag: "P" }]
 */
export function collectBlocks(root: NodeLike): TextBlock[] {
  const blocks: TextBlock[] = [];
  let buffer: string[] = [];
  let linkChars = 0;
  let inLink = 0;
  const tagStack: string[] = [];
  const hintStack: string[] = [];
  const flush = (): void => {
    const text = collapseSpace(buffer.join(""));
    buffer = [];
    if (text)
      blocks.push({
        text,
        tag: nearestBlockTag(tagStack),
        linkChars: Math.min(linkChars, text.length),
        hints: hintStack.join(" ").trim(),
      });
    linkChars = 0;
  };
  const stack: Array<{ node: NodeLike; exit: boolean }> = [{ node: root, exit: false }];
  while (stack.length > 0) {
    const item = stack.pop();
    if (!item) break;
    const { node, exit } = item;
    const name = node.nodeName.toUpperCase();
    if (exit) {
      if (BLOCK_TAGS.has(name)) flush();
      tagStack.pop();
      hintStack.pop();
      if (name === "A") inLink--;
      continue;
    }
    if (node.nodeType === 3) {
      const value = node.nodeValue ?? "";
      buffer.push(value);
      if (inLink > 0) linkChars += collapseSpace(value).length;
      continue;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) continue;
    if (SKIPPED_TAGS.has(name)) continue;
    if (BLOCK_TAGS.has(name)) flush();
    tagStack.push(name);
    hintStack.push(node.nodeType === 1 && node !== root ? hintOf(node) : "");
    if (name === "A") inLink++;
    stack.push({ node, exit: true });
    const children = node.childNodes;
    for (let i = children.length - 1; i >= 0; i--) {
      const child = children[i];
      if (child) stack.push({ node: child, exit: false });
    }
  }
  flush();
  return blocks;
}

/** Collapses runs of white space (including no-break spaces) to one space and trims. */
export function collapseSpace(text: string): string {
  return text
    .replace(/[\u200b\u2060\ufeff]/g, "")
    .replace(/\s+/g, " ")
    .trim();
}

function hintOf(node: NodeLike): string {
  const cls = node.getAttribute?.("class") ?? "";
  const id = node.getAttribute?.("id") ?? "";
  const role = node.getAttribute?.("role") ?? "";
  const prop = node.getAttribute?.("itemprop") ?? "";
  return `${cls} ${id} ${role} ${prop}`.toLowerCase().replace(/\s+/g, " ").trim();
}

function nearestBlockTag(stack: string[]): string {
  for (let i = stack.length - 1; i >= 0; i--) {
    const tag = stack[i];
    if (tag && BLOCK_TAGS.has(tag)) return tag;
  }
  return "DIV";
}
