import { z } from "zod";

/** The kinds of input the parser accepts. */
export const InputKindSchema = z.enum(["text", "html", "feed", "ndjson"]);
export type InputKind = z.infer<typeof InputKindSchema>;

const EXTENSIONS: Record<string, InputKind> = {
  txt: "text",
  text: "text",
  md: "text",
  html: "html",
  htm: "html",
  xhtml: "html",
  shtml: "html",
  php: "html",
  asp: "html",
  aspx: "html",
  rss: "feed",
  atom: "feed",
  rdf: "feed",
  ndjson: "ndjson",
  jsonl: "ndjson",
};

/** How much of the input is looked at when sniffing. */
const SAMPLE_LENGTH = 8192;

/**
 * Tells what kind of input this is: by the file's extension when it is telling (.html, .rss, .atom, .ndjson,
 * .txt...), else by sniffing the start of the content (a feed's root element, HTML tags, one JSON object a line).
 * `.xml` and `.json` files are sniffed. Anything else is text.
 *
 * @example
 * detectInputKind('<?xml version="1.0"?><rss version="2.0">...'); // "feed"
 * detectInputKind("report.txt"); // "text"
 * detectInputKind('{"text":"..."}\n{"text":"..."}'); // "ndjson"
 */
export function detectInputKind(sample: string | Uint8Array, filename?: string): InputKind {
  const ext = filename ? (/\.([a-z0-9]+)$/i.exec(filename)?.[1] ?? "").toLowerCase() : "";
  const byExtension = EXTENSIONS[ext];
  if (byExtension) return byExtension;
  const head = (typeof sample === "string" ? sample.slice(0, SAMPLE_LENGTH) : latin1Head(sample))
    .replace(/^\ufeff/, "")
    .replace(/^\u00ef\u00bb\u00bf/, "")
    .trimStart();
  if (head.startsWith("{") && looksLikeNdjson(head)) return "ndjson";
  const root = findRootElement(head);
  if (root === "rss" || root === "feed" || root === "rdf:rdf" || root.endsWith(":rdf")) return "feed";
  if (root === "html" || /^<!doctype\s+html/i.test(head)) return "html";
  if (/<(?:head|body|p|div|article|section|main|h1|h2|table|span|a|br)\b[^<>]*>/i.test(head)) return "html";
  return "text";
}

function latin1Head(bytes: Uint8Array): string {
  let out = "";
  const n = Math.min(bytes.length, SAMPLE_LENGTH);
  for (let i = 0; i < n; i++) out += String.fromCharCode(bytes[i] ?? 0);
  return out;
}

function looksLikeNdjson(head: string): boolean {
  const firstLine = head.split("\n", 1)[0] ?? "";
  try {
    const value = JSON.parse(firstLine);
    return value !== null && typeof value === "object" && !Array.isArray(value);
  } catch {
    return false;
  }
}

/** The first element name after the XML declaration, comments and DOCTYPE, lower-cased ("" when none). */
function findRootElement(head: string): string {
  const re = /<([A-Za-z_][\w.:-]*)/g;
  let i = 0;
  while (i < head.length) {
    const lt = head.indexOf("<", i);
    if (lt < 0) return "";
    if (head.startsWith("<!--", lt)) {
      const end = head.indexOf("-->", lt);
      if (end < 0) return "";
      i = end + 3;
      continue;
    }
    if (head[lt + 1] === "?" || head[lt + 1] === "!") {
      const end = head.indexOf(">", lt);
      if (end < 0) return "";
      i = end + 1;
      continue;
    }
    re.lastIndex = lt;
    const m = re.exec(head);
    return m && m.index === lt ? (m[1] ?? "").toLowerCase() : "";
  }
  return "";
}
