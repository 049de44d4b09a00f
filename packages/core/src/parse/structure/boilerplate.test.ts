import { describe, expect, it } from "vitest";
import { isInstitutionLabel, isMenuRow, isNavigationLine, matchBoilerplate } from "./boilerplate.js";
import { makeLine } from "./lines.js";

const line = (text: string) => makeLine(text, 0, text.length, 0, false);

describe("matchBoilerplate", () => {
  it("knows furniture phrases in several languages", () => {
    const cases: [string, string][] = [
      ["Read more...", "read-more"],
      ["Lire la suite", "read-more"],
      ["Leia também", "related"],
      ["Mehr zum Thema", "related"],
      ["Комментарии", "comment"],
      ["Publicidad", "advertisement"],
      ["Todos los derechos reservados © 2024", "copyright"],
      ["Subscribe to our newsletter for daily updates", "subscribe"],
      ["1,204 views", "counter"],
      ["3 hours ago", "metadata"],
      ["Original link: https://example.org/a/b", "other"],
      ["+ − ↺ 16 px", "other"],
      ["Download logo", "other"],
      ["Video PlayerClose", "other"],
      ["Enditem", "other"],
      ["Comparte esta noticia", "share"],
    ];
    for (const [text, reason] of cases) expect(matchBoilerplate(line(text))?.reason, text).toBe(reason);
  });

  it("leaves running text alone even when it uses a furniture word", () => {
    for (const text of [
      "The ministers agreed to share intelligence on border crossings.",
      "She wrote on her Telegram channel that the talks were useful.",
      "Comments by the spokesman drew a sharp reply from the embassy.",
      "The two sides read more than forty statements into the record.",
    ]) {
      expect(matchBoilerplate(line(text)), text).toBeNull();
    }
  });
});

describe("line shapes", () => {
  it("recognises navigation rows, menus and institution labels", () => {
    expect(isNavigationLine(line("Home > News > World"))).toBe(true);
    expect(isNavigationLine(line("Latest Threads"))).toBe(true);
    expect(isNavigationLine(line("Saudi Arabia"))).toBe(false);
    expect(isMenuRow(line("Press Briefings & Speeches Treaties & Documents Photo Galleries"))).toBe(true);
    expect(isMenuRow(line("Tehran Summons Envoy Over London's Statement On Sanctions Row"))).toBe(false);
    expect(isInstitutionLabel(line("Freedonia-Sylvania Relations"))).toBe(true);
    expect(isInstitutionLabel(line("German-Polish intergovernmental consultations"))).toBe(false);
  });
});
