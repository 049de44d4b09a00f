import { describe, expect, it } from "vitest";
import type { TextStructure } from "./context.js";
import { detectLanguage } from "./language.js";

function detect(text: string): string {
  const structure: TextStructure = {
    headline: null,
    dateline: null,
    byline: null,
    publishedAt: null,
    source: null,
    paragraphs: [{ start: 0, end: text.length }],
    removed: [],
  };
  return detectLanguage(text, structure);
}

describe("detectLanguage", () => {
  it("recognises Latin-script languages by their frequent words", () => {
    expect(detect("The minister said that the talks with his counterpart were held in a friendly way.")).toBe("en");
    expect(
      detect(
        "Le ministre a rencontré son homologue dans la capitale pour des entretiens sur le commerce et la sécurité.",
      ),
    ).toBe("fr");
    expect(
      detect("El ministro se reunió con su homólogo para hablar del comercio y de la seguridad de los dos países."),
    ).toBe("es");
    expect(
      detect(
        "O ministro reuniu-se com o seu homólogo para falar do comércio e da segurança dos dois países, não só da energia.",
      ),
    ).toBe("pt");
    expect(
      detect(
        "Der Minister traf sich mit seinem Amtskollegen, um über den Handel und die Sicherheit der beiden Länder zu sprechen.",
      ),
    ).toBe("de");
  });

  it("recognises non-Latin scripts", () => {
    expect(detect("Министр иностранных дел провел переговоры со своим коллегой.")).toBe("ru");
    expect(detect("外交部长与对方举行了会谈。")).toBe("zh");
    expect(detect("وزير الخارجية يلتقي نظيره في العاصمة")).toBe("ar");
  });

  it("defaults to English when the evidence is thin", () => {
    expect(detect("12345 !!!")).toBe("en");
    expect(detect("Kelso")).toBe("en");
    expect(
      detect("The envoy quoted the motto 'la patrie et le peuple' before the talks with the minister began."),
    ).toBe("en");
  });
});
