import { DiplomacyError } from "../errors.js";
import { type Result, fail, ok } from "../result.js";

/** How far into the bytes a `<meta charset>` or XML declaration is looked for (the HTML standard says 1024). */
const PRESCAN_BYTES = 4096;

const SINGLE_BYTE_LATIN = new Set(["windows-1252", "iso-8859-1", "iso-8859-15", "latin1", "us-ascii", "ascii"]);

/**
 * Finds the character set a page declares: a byte-order mark, `<meta charset>`, an http-equiv Content-Type or an
 * XML declaration, in that order. Returns the label in lower case, or null when nothing is declared.
 *
 * @example
 * sniffCharset(new TextEncoder().encode('<meta charset="windows-1251">')); // "windows-1251"
 */
export function sniffCharset(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return "utf-8";
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "utf-16le";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "utf-16be";
  const head = latin1(bytes.subarray(0, PRESCAN_BYTES));
  return findDeclaredCharset(head);
}

/** Reads a charset declared in the text of a page's head (meta charset, http-equiv, XML declaration). */
export function findDeclaredCharset(head: string): string | null {
  const xml = /^\s*<\?xml[^>]*\bencoding\s*=\s*["']?([\w.:-]+)/i.exec(head);
  if (xml?.[1]) return xml[1].toLowerCase();
  const metaTags = head.match(/<meta\b[^<>]*>/gi) ?? [];
  for (const tag of metaTags) {
    const direct = /\bcharset\s*=\s*["']?\s*([\w.:-]+)/i.exec(tag);
    if (direct?.[1]) return direct[1].toLowerCase();
  }
  return null;
}

/**
 * Decodes a page's bytes to text with the character set it declares (BOM, meta charset, http-equiv, XML
 * declaration). Undeclared pages are read as UTF-8 when valid, else as windows-1252. A page declaring a Latin
 * single-byte set whose bytes are valid multi-byte UTF-8 is read as UTF-8 (a common mislabel).
 *
 * @example
 * const result = decodeBytes(bytes); // { success: true, data: { text, charset: "gbk" } }
 */
export function decodeBytes(bytes: Uint8Array, fallbackCharset?: string): Result<{ text: string; charset: string }> {
  const declared = sniffCharset(bytes) ?? fallbackCharset?.toLowerCase() ?? null;
  if (declared === "utf-16le" || declared === "utf-16be" || declared === "utf-16") {
    const decoded = tryDecode(declared, bytes, false);
    if (decoded !== null) return ok({ text: stripBom(decoded), charset: declared });
  }
  const asUtf8 = tryDecode("utf-8", bytes, true);
  if (declared === null) {
    if (asUtf8 !== null) return ok({ text: stripBom(asUtf8), charset: "utf-8" });
    return ok({ text: tryDecode("windows-1252", bytes, false) ?? "", charset: "windows-1252" });
  }
  if (asUtf8 !== null && SINGLE_BYTE_LATIN.has(declared) && hasMultiByte(bytes))
    return ok({ text: stripBom(asUtf8), charset: "utf-8" });
  if (declared === "utf-8" || declared === "utf8") {
    if (asUtf8 !== null) return ok({ text: stripBom(asUtf8), charset: "utf-8" });
    return ok({ text: stripBom(tryDecode("utf-8", bytes, false) ?? ""), charset: "utf-8" });
  }
  const decoded = tryDecode(declared, bytes, false);
  if (decoded !== null) return ok({ text: stripBom(decoded), charset: declared });
  if (asUtf8 !== null) return ok({ text: stripBom(asUtf8), charset: "utf-8" });
  return fail(
    new DiplomacyError("ENCODING_UNSUPPORTED", {
      message: `The page declares the character set "${declared}", which this runtime cannot decode: convert it to UTF-8 first.`,
      details: { charset: declared },
    }),
  );
}

function tryDecode(label: string, bytes: Uint8Array, fatal: boolean): string | null {
  try {
    const decoder = new TextDecoder(label, { fatal });
    const text = decoder.decode(bytes);
    return decoder.encoding === "windows-1252" ? fixWindows1252(text) : text;
  } catch {
    return null;
  }
}

/** Windows-1252's characters at 0x80..0x9F; some runtimes decode that label as ISO-8859-1 and leave C1 controls. */
const WINDOWS_1252_HIGH = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ";

function fixWindows1252(text: string): string {
  return text.replace(/[\u0080-\u009f]/g, (c) => WINDOWS_1252_HIGH[c.charCodeAt(0) - 0x80] ?? c);
}

function latin1(bytes: Uint8Array): string {
  let out = "";
  for (let i = 0; i < bytes.length; i++) out += String.fromCharCode(bytes[i] ?? 0);
  return out;
}

function hasMultiByte(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) if ((bytes[i] ?? 0) >= 0xc2) return true;
  return false;
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
