import { describe, expect, it } from "vitest";
import type { StoredEvent } from "./api-schemas.js";
import { EVENT_CSV_COLUMNS, formatEventsCsv } from "./events-csv.js";

const event = (overrides: Partial<StoredEvent> = {}): StoredEvent => ({
  id: "art1-e1",
  articleId: "art1",
  localId: "e1",
  type: "meeting",
  date: { value: "2025-03-12", precision: "day", text: "on Wednesday" },
  location: { name: "Astana", country: "KZ" },
  participants: [
    { id: "aidar-nurlanov", name: "Aidar Nurlanov" },
    { id: "tran-minh-quang", name: "Tran Minh Quang" },
  ],
  countries: ["KZ", "VN"],
  cameo: "040",
  plover: "CONSULT",
  goldstein: 1,
  evidence: { start: 0, end: 10 },
  evidenceText: "Nurlanov met Tran in Astana.",
  effectiveDate: "2025-03-12",
  article: { headline: "Kazakhstan, Vietnam talk trade", url: null, publishedAt: null },
  ...overrides,
});

describe("formatEventsCsv", () => {
  it("writes a header and one row per event with CRLF line ends", () => {
    const lines = formatEventsCsv([event()]).split("\r\n");
    expect(lines[0]).toBe(EVENT_CSV_COLUMNS.join(","));
    expect(lines[1]).toBe(
      '2025-03-12,on Wednesday,meeting,040,CONSULT,1,KZ;VN,Aidar Nurlanov;Tran Minh Quang,Astana,Nurlanov met Tran in Astana.,"Kazakhstan, Vietnam talk trade",,art1,art1-e1',
    );
    expect(lines[2]).toBe("");
  });

  it("quotes fields holding quotes and line breaks", () => {
    const csv = formatEventsCsv([event({ evidenceText: 'He said "yes"\nthen left' })]);
    expect(csv).toContain('"He said ""yes""\nthen left"');
  });

  it("defuses cells a spreadsheet would run as formulas, but keeps negative numbers", () => {
    const csv = formatEventsCsv([event({ evidenceText: "=HYPERLINK(1)", goldstein: -4.4 })]);
    expect(csv).toContain(",'=HYPERLINK(1),");
    expect(csv).toContain(",-4.4,");
  });

  it("falls back to the effective date and leaves missing values empty", () => {
    const csv = formatEventsCsv([event({ date: null, location: null, article: undefined, participants: [] })]);
    expect(csv.split("\r\n")[1]).toBe(
      "2025-03-12,,meeting,040,CONSULT,1,KZ;VN,,,Nurlanov met Tran in Astana.,,,art1,art1-e1",
    );
  });

  it("writes only the header for no events", () => {
    expect(formatEventsCsv([])).toBe(`${EVENT_CSV_COLUMNS.join(",")}\r\n`);
  });
});
