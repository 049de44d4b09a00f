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
}

interface NodeLike {
  nodeType: number;
  nodeName: string;
  nodeValue?: string | null;
  childNodes: ArrayLike<NodeLike>;
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
  const tagStack: string[] = [];
  const flush = (): void => {
    const text = collapseSpace(buffer.join(""));
    buffer = [];
    if (text) blocks.push({ text, tag: nearestBlockTag(tagStack) });
  };
  const stack: Array<{ node: NodeLike; exit: boolean }> = [{ node: root, exit: false }];
  while (stack.length > 0) {
    const item = stack.pop();
    if (!item) break;
    const { node, exit } = item;
    const name = node.nodeName.toUpperCase();
    if (exit) {
      tagStack.pop();
      if (BLOCK_TAGS.has(name)) flush();
      continue;
    }
    if (node.nodeType === 3) {
      buffer.push(node.nodeValue ?? "");
      continue;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) continue;
    if (SKIPPED_TAGS.has(name)) continue;
    if (BLOCK_TAGS.has(name)) flush();
    tagStack.push(name);
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
  return text.replace(/[\s\u00a0\u200b]+/g, " ").trim();
}

function nearestBlockTag(stack: string[]): string {
  for (let i = stack.length - 1; i >= 0; i--) {
    const tag = stack[i];
    if (tag && BLOCK_TAGS.has(tag)) return tag;
  }
  return "DIV";
}
