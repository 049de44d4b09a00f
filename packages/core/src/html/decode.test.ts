import { describe, expect, it } from "vitest";
import { decodeBytes, sniffCharset } from "./decode.js";

/** Encodes Cyrillic text as windows-1251 bytes (А..я are 0xC0..0xFF; ASCII passes through). */
function encodeWindows1251(text: string): Uint8Array {
  const out: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (code < 0x80) out.push(code);
    else if (code >= 0x410 && code <= 0x44f) out.push(code - 0x410 + 0xc0);
    else if (code === 0x401) out.push(0xa8);
    else if (code === 0x451) out.push(0xb8);
    else throw new Error(`not in the test encoder: ${ch}`);
  }
  return new Uint8Array(out);
}

const ascii = (text: string): number[] => [...new TextEncoder().encode(text)];

describe("sniffCharset", () => {
  it("reads a UTF-8 byte-order mark first", () => {
    expect(sniffCharset(new Uint8Array([0xef, 0xbb, 0xbf, ...ascii('<meta charset="gbk">')]))).toBe("utf-8");
  });

  it("reads <meta charset> and http-equiv Content-Type", () => {
    expect(sniffCharset(new Uint8Array(ascii('<html><head><meta charset="Windows-1251">')))).toBe("windows-1251");
    expect(
      sniffCharset(new Uint8Array(ascii('<meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS">'))),
    ).toBe("shift_jis");
  });

  it("reads an XML declaration's encoding", () => {
    expect(sniffCharset(new Uint8Array(ascii('<?xml version="1.0" encoding="ISO-8859-1"?><rss/>')))).toBe("iso-8859-1");
  });

  it("returns null when nothing is declared", () => {
    expect(sniffCharset(new Uint8Array(ascii("<html><body>plain</body></html>")))).toBeNull();
  });
});

describe("decodeBytes", () => {
  it("decodes a windows-1251 page", () => {
    const bytes = encodeWindows1251(
      '<html><head><meta charset="windows-1251"><title>Переговоры в Москве</title></head><body><p>Министр иностранных дел встретился с послом.</p></body></html>',
    );
    const result = decodeBytes(bytes);
    expect(result.success).toBe(true);
    if (!result.success) return;
    expect(result.data.charset).toBe("windows-1251");
    expect(result.data.text).toContain("Переговоры в Москве");
    expect(result.data.text).toContain("Министр иностранных дел");
  });

  it("decodes a GBK page declared through http-equiv", () => {
    const head = ascii('<html><head><meta http-equiv="Content-Type" content="text/html; charset=gbk"></head><body><p>');
    const chinaForeignMinistry = [0xd6, 0xd0, 0xb9, 0xfa, 0xcd, 0xe2, 0xbd, 0xbb, 0xb2, 0xbf];
    const result = decodeBytes(new Uint8Array([...head, ...chinaForeignMinistry, ...ascii("</p></body></html>")]));
    expect(result.success && result.data.text).toContain("<p>中国外交部</p>");
  });

  it("decodes Shift_JIS and EUC-KR pages", () => {
    const sjis = decodeBytes(new Uint8Array([...ascii('<meta charset="shift_jis"><p>'), 0x93, 0x8c, 0x8b, 0x9e]));
    expect(sjis.success && sjis.data.text).toContain("東京");
    const euc = decodeBytes(new Uint8Array([...ascii('<meta charset="euc-kr"><p>'), 0xc7, 0xd1, 0xb1, 0xb9]));
    expect(euc.success && euc.data.text).toContain("한국");
  });

  it("reads undeclared bytes that are not UTF-8 as windows-1252", () => {
    const result = decodeBytes(new Uint8Array([...ascii("<p>caf"), 0xe9, ...ascii(" "), 0x93, ...ascii("noir"), 0x94]));
    expect(result.success && result.data).toEqual({ text: "<p>café “noir”", charset: "windows-1252" });
  });

  it("prefers valid multi-byte UTF-8 over a Latin-1 label (a common mislabel)", () => {
    const bytes = new Uint8Array([...ascii('<meta charset="iso-8859-1"><p>'), ...new TextEncoder().encode("Zürich")]);
    expect(decodeBytes(bytes).success && (decodeBytes(bytes) as { data: { text: string } }).data.text).toContain(
      "Zürich",
    );
  });

  it("strips a UTF-8 byte-order mark", () => {
    const result = decodeBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...ascii("<p>x</p>")]));
    expect(result.success && result.data.text).toBe("<p>x</p>");
  });

  it("fails with ENCODING_UNSUPPORTED for an unknown charset on bytes that are not UTF-8", () => {
    const result = decodeBytes(new Uint8Array([...ascii('<meta charset="x-klingon-8">'), 0xff, 0xfe, 0x80]));
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.error.code).toBe("ENCODING_UNSUPPORTED");
    expect(result.error.details).toEqual({ charset: "x-klingon-8" });
  });
});
