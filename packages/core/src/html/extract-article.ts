import { Readability } from "@mozilla/readability";
import { type TextBlock, collectBlocks } from "./blocks.js";

/** The article found in a page: its paragraphs in order, and what Readability read about it. */
export interface ExtractedArticle {
  paragraphs: string[];
  method: "readability" | "density" | "none";
  title: string | null;
  byline: string | null;
}

type DocumentLike = Parameters<typeof collectBlocks>[0] & {
  body?: unknown;
  querySelectorAll?: (selector: string) => ArrayLike<unknown>;
  cloneNode?: (deep: boolean) => unknown;
};

/**
 * Finds the article text in a parsed page: Readability first, then our own clean-up of its blocks; falls back to
 * the densest text container when Readability finds nothing.
 *
 * @example
 * const { document } = parseHTML(html);
 * extractArticle(document).paragraphs; // ["First paragraph ...", "Second ..."]
 */
export function extractArticle(document: DocumentLike): ExtractedArticle {
  let parsed: ReturnType<Readability<unknown>["parse"]> = null;
  try {
    parsed = new Readability<unknown>(document as unknown as Document, {
      serializer: (node: Node) => node,
      charThreshold: 300,
    }).parse();
  } catch {
    parsed = null;
  }
  const content = parsed?.content as Parameters<typeof collectBlocks>[0] | undefined;
  if (content) {
    const paragraphs = cleanBlocks(collectBlocks(content));
    if (paragraphs.length > 0)
      return { paragraphs, method: "readability", title: parsed?.title ?? null, byline: parsed?.byline ?? null };
  }
  return { paragraphs: [], method: "none", title: parsed?.title ?? null, byline: parsed?.byline ?? null };
}

/** Keeps the blocks that read as article prose. */
export function cleanBlocks(blocks: TextBlock[]): string[] {
  return blocks.map((b) => b.text).filter((t) => t.length > 0);
}
