import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Actor } from "../schemas/actor.js";
import { findActors } from "./actors.js";
import type { Doc, TextStructure } from "./context.js";
import { findCountryMentions } from "./countries.js";

/** A document whose first line is the headline and whose other lines are paragraphs, countries already found. */
function docOf(text: string, dateline: string | null = null): Doc {
  const lines: { start: number; end: number }[] = [];
  let start = 0;
  for (const line of text.split("\n")) {
    if (line.trim()) lines.push({ start, end: start + line.length });
    start += line.length + 1;
  }
  const [head, ...rest] = lines;
  const structure: TextStructure = {
    headline: head ? { text: text.slice(head.start, head.end), span: head } : null,
    dateline: dateline ? { place: dateline, date: null, span: { start: 0, end: 0 } } : null,
    byline: null,
    publishedAt: null,
    source: null,
    paragraphs: rest,
    removed: [],
  };
  return {
    text,
    input: { url: null, headline: null, publishedAt: null, source: null },
    referenceDate: null,
    structure,
    language: "en",
    sentences: [],
    anchorDate: null,
    countryMentions: findCountryMentions(text, structure),
    actors: [],
    dates: [],
    quotes: [],
    statements: [],
    events: [],
    countries: [],
    initiatives: [],
    relationship: null,
    topics: [],
    relevance: null,
  };
}

const people = (text: string): Actor[] => findActors(docOf(text)).filter((a) => a.kind === "person");
const person = (text: string, name: string): Actor => {
  const found = people(text).find((a) => a.name === name);
  if (!found) throw new Error(`no person ${name} in ${JSON.stringify(people(text).map((a) => a.name))}`);
  return found;
};
const surfaces = (text: string, a: Actor): string[] => a.mentions.map((m) => text.slice(m.start, m.end));

describe("findActors: names and titles", () => {
  it("reads a title with a demonym before the name", () => {
    const text = "Talks held\nChinese Foreign Minister Wang Yi met his guests in Beijing on Monday.";
    const wang = person(text, "Wang Yi");
    expect(wang).toMatchObject({ title: "Foreign Minister", country: "CN", role: "actor", kind: "person" });
  });

  it("reads an appositive title and the country of the chunk after it", () => {
    const text =
      "Speakers meet\nAigerim Bekova, the speaker of the Senate, Kazakhstan's upper house, arrived on Friday.";
    expect(person(text, "Aigerim Bekova")).toMatchObject({ title: "Speaker of the Senate", country: "KZ" });
  });

  it("reads a title phrase ending in a comma before the name and strips the honorific", () => {
    const text = "Visit\nHe was received by the Prime Minister of Ethiopia, Dr. Abiy Ahmed, at his office.";
    expect(person(text, "Abiy Ahmed")).toMatchObject({ title: "Prime Minister of Ethiopia", country: "ET" });
  });

  it("keeps initials and name particles", () => {
    const text =
      "Calls\nExternal Affairs Minister S. Jaishankar spoke to G.L. Peiris of Sri Lanka. Commission President Ursula von der Leyen said the Saudi minister Faisal bin Farhan Al Saud agreed.";
    const names = people(text).map((a) => a.name);
    expect(names).toEqual(
      expect.arrayContaining(["S. Jaishankar", "G.L. Peiris", "Ursula von der Leyen", "Faisal bin Farhan Al Saud"]),
    );
    expect(person(text, "G.L. Peiris").country).toBe("LK");
    expect(person(text, "S. Jaishankar").country).toBe("IN");
  });

  it("does not run a title back over a country that ends the previous name's phrase", () => {
    const text =
      "Messages\nPrime Minister Arun Mehta of India and President of the Republic of Indonesia Budi Santoso wrote.";
    expect(person(text, "Budi Santoso")).toMatchObject({
      title: "President of the Republic of Indonesia",
      country: "ID",
    });
    expect(person(text, "Arun Mehta")).toMatchObject({ title: "Prime Minister", country: "IN" });
  });

  it("keeps 'Sheikh' when the rest of the name is a single word", () => {
    const text = "Visit\nPrime Minister Sheikh Hasina welcomed the delegation in Dhaka.";
    expect(person(text, "Sheikh Hasina").title).toBe("Prime Minister");
  });

  it("reads dotted courtesy abbreviations as titles but not the same letters inside a name", () => {
    const text = "Visit\nSen. Mark Olsen met Cambodian Prime Minister Hun Sen. Gen. Abdou Tiani also attended.";
    expect(people(text).map((a) => [a.name, a.title])).toEqual([
      ["Mark Olsen", "Senator"],
      ["Hun Sen", "Prime Minister"],
      ["Abdou Tiani", "General"],
    ]);
  });

  it("reads a plural title in a list and a given name that is also a country", () => {
    const text =
      "Ministers meet\nForeign Ministers Ali Hassan (Egypt) and Omar Salim (Sudan) met. French party leader Jordan Belmont spoke.";
    expect(people(text).map((a) => [a.name, a.title, a.country])).toEqual([
      ["Ali Hassan", "Foreign Minister", "EG"],
      ["Omar Salim", "Foreign Minister", "SD"],
      ["Jordan Belmont", "Party Leader", "FR"],
    ]);
  });

  it("reads family names that are also ordinary words", () => {
    const text =
      "Talks\nBritish Prime Minister Theresa May met Chinese Vice Premier He Lifeng in London. In May, talks resumed.";
    expect(people(text).map((a) => [a.name, a.country])).toEqual([
      ["Theresa May", "GB"],
      ["He Lifeng", "CN"],
    ]);
  });

  it("gives each name of a 'respectively' list its own country", () => {
    const text = "Talks\nThe Foreign Ministers of Norway and Finland, Ola Berglund and Aino Virtanen, met in Ottawa.";
    expect(person(text, "Ola Berglund")).toMatchObject({ title: "Foreign Minister", country: "NO" });
    expect(person(text, "Aino Virtanen")).toMatchObject({ title: "Foreign Minister", country: "FI" });
  });

  it("gives a counterpart the office of the person he is the counterpart of", () => {
    const text = "Talks\nForeign Minister Anwar Saleh of Malaysia met his Thai counterpart Somchai Rattana in Bangkok.";
    expect(person(text, "Somchai Rattana")).toMatchObject({ title: "Foreign Minister", country: "TH" });
  });

  it("takes the country of an official of an international organisation from the organisation", () => {
    const text = "Meeting\nUN Secretary-General Amara Diallo met the delegation in New York.";
    expect(person(text, "Amara Diallo")).toMatchObject({ title: "Secretary-General", country: "UN" });
  });
});

describe("findActors: countries from context", () => {
  it("takes the country whose side an agent represents", () => {
    const text =
      "Talks\nThe Iranian delegation was led by Reza Tavakoli, while Saudi Arabia was represented by national security adviser Fahad Al-Otaibi.";
    expect(person(text, "Reza Tavakoli").country).toBe("IR");
    expect(person(text, "Fahad Al-Otaibi")).toMatchObject({ country: "SA", title: "National Security Adviser" });
  });

  it("reads a title and a name across a hard line wrap", () => {
    const text = "Recall\nThe envoy was recalled on Monday, Venezuelan Foreign\nMinister Ali Rodrigo told reporters.";
    expect(person(text, "Ali Rodrigo")).toMatchObject({ title: "Foreign Minister", country: "VE" });
  });

  it("falls back to the country the article is about for an official left implicit", () => {
    const text =
      "China hosts forum\nChina opened the forum on Monday. China and Laos signed deals, and China said more would follow. Foreign Ministry spokesperson Mao Lin said the forum was a success.";
    expect(person(text, "Mao Lin").country).toBe("CN");
  });

  it("reads a country in brackets after a name and one named by a later title reference", () => {
    const text =
      "Summit\nLeaders including Irfan Aliyu (Guyana) met. President Rustam Karimov spoke first. The Uzbek president said trade grew.";
    expect(person(text, "Irfan Aliyu").country).toBe("GY");
    expect(person(text, "Rustam Karimov").country).toBe("UZ");
  });

  it("takes the one country of a sentence that refers to the person by pronoun", () => {
    const text =
      "Statement\nThe spokesperson, Hamid Al-Qudah, condemned the attack. He stressed Jordan's support for its neighbours.";
    expect(person(text, "Hamid Al-Qudah").country).toBe("JO");
  });

  it("gives no fallback country to an official of a non-state movement", () => {
    const text =
      "China hosts talks\nChina hosted the talks. China said they went well. Hamas leader Ismail Yasin attended.";
    expect(person(text, "Ismail Yasin").country).toBeNull();
  });

  it("does not take a country that qualifies someone else's office", () => {
    const text = "Protest\nDepartment spokesperson Teresa Dizon said the Chinese ambassador was summoned.";
    expect(person(text, "Teresa Dizon").country).toBeNull();
  });
});

describe("findActors: mentions", () => {
  it("gathers surname, title-only and pronoun mentions into one actor, sorted", () => {
    const text =
      "Ministers meet\nKazakh Foreign Minister Nurlan Abenov met the delegation on Monday. Abenov said the talks were useful. He added that the minister would travel soon.";
    const found = people(text);
    expect(found).toHaveLength(1);
    const abenov = found[0]!;
    expect(surfaces(text, abenov)).toEqual(["Nurlan Abenov", "Abenov", "He", "minister"]);
    const starts = abenov.mentions.map((m) => m.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    expect(abenov.aliases).toEqual(["Abenov"]);
  });

  it("resolves she and her to a woman rather than the last man named", () => {
    const text =
      "Talks\nForeign Minister Penny Wong met Foreign Secretary James Cleverly in London. She said her government welcomed the visit.";
    const wong = person(text, "Penny Wong");
    expect(surfaces(text, wong)).toEqual(["Penny Wong", "She", "her"]);
    expect(surfaces(text, person(text, "James Cleverly"))).toEqual(["James Cleverly"]);
  });

  it("gives a pronoun after a quotation to the person last reported speaking", () => {
    const text =
      'Quotes\n"We will act," President Luis Ortega said. Minister Ana Ruiz nodded. "We are ready to help," he said.';
    expect(surfaces(text, person(text, "Luis Ortega"))).toContain("he");
  });

  it("does not give an object pronoun to the subject of its own sentence", () => {
    const text = "Talks\nMinister Hugo Todd arrived on Monday. Foreign Minister Ravi Menon thanked him for the visit.";
    expect(surfaces(text, person(text, "Hugo Todd"))).toEqual(["Hugo Todd", "him"]);
  });

  it("matches hyphenated and spaced spellings of one name", () => {
    const text = "Talks\nLeader Kim Jong-un met Sheikh Tamim Al-Thani. Kim Jong Un later said Al Thani was welcome.";
    const names = people(text).map((a) => a.name);
    expect(names).toEqual(["Kim Jong-un", "Tamim Al-Thani"]);
  });

  it("drops a possessive ending from a name", () => {
    const text = "Visit\nPresident Cyril Ramaphosa arrived on Monday. Ramaphosa's visit lasted two days.";
    expect(people(text).map((a) => a.name)).toEqual(["Cyril Ramaphosa"]);
  });
});

describe("findActors: what is not a person", () => {
  it("rejects company names that end in a corporate word", () => {
    const text =
      "Ruritania placed Orvex Industries, Kestrel Drones and Halden Systems on a control list, Minister Ana Soto said. Brask Aerospace Corp was named too.";
    expect(people(text).map((a) => a.name)).toEqual(["Ana Soto"]);
  });

  it("rejects organisations, initiatives, months and places", () => {
    const text =
      "Belt and Road Forum Opens\nThe Foreign Ministry said in September that the Belt and Road Initiative would continue. In Goma, Minister Pedro Alves will meet officials. The Standing Committee met.";
    const names = people(text).map((a) => a.name);
    expect(names).toEqual(["Pedro Alves"]);
  });

  it("ignores lower-case words and text without names", () => {
    expect(people("Headline only\nthe talks were held and us officials agreed.")).toEqual([]);
    expect(findActors(docOf(""))).toEqual([]);
  });

  it("marks a person named only in background as mentioned", () => {
    const text =
      "Forum\nMinister Lin Tao opened the forum on Tuesday. The plan follows the guidance of President Chen Hao.\nPresident Omar Haddad proposed the idea in 2013.";
    expect(person(text, "Lin Tao").role).toBe("actor");
    expect(person(text, "Chen Hao").role).toBe("mentioned");
    expect(person(text, "Omar Haddad").role).toBe("mentioned");
  });

  it("marks a person only described ('X is the chairperson of ...') as mentioned", () => {
    const text =
      "Summit\nThe bloc met on Sunday. Nigerian President Musa Danjuma is the current chairperson of the bloc.";
    expect(person(text, "Musa Danjuma").role).toBe("mentioned");
  });
});

describe("findActors: organisations and ids", () => {
  it("finds ministries with their country, and numbers actors in order of first mention", () => {
    const text =
      "Statement\nThe Ministry of Foreign Affairs of Qatar said on Friday that Minister Khalid Al-Mansouri would travel.";
    const actors = findActors(docOf(text));
    expect(actors.map((a) => [a.id, a.kind, a.name])).toEqual([
      ["a1", "organization", "Ministry of Foreign Affairs of Qatar"],
      ["a2", "person", "Khalid Al-Mansouri"],
    ]);
    expect(actors[0]).toMatchObject({ country: "QA", role: "actor" });
  });

  it("ends an organisation's name where another party or a date begins, and skips meeting mechanisms", () => {
    const text =
      "Deal\nThe Chinese Ministry of Commerce and UNCTAD signed a memorandum. The Ministry of Foreign Affairs and Trade said in May that the Joint Commission would meet.";
    const orgs = findActors(docOf(text))
      .filter((a) => a.kind === "organization")
      .map((a) => a.name);
    expect(orgs).toEqual(["Chinese Ministry of Commerce", "Ministry of Foreign Affairs and Trade"]);
  });

  it("every mention indexes the text", () => {
    const text =
      "Talks\nVietnamese Vice President Tran Van Minh received Somsak Keovilay, head of the Lao Patriotic Front, the ruling party, and Lao head of state, in Hanoi. Tran said ties were close. Somsak said he agreed.";
    for (const a of findActors(docOf(text)))
      for (const m of a.mentions) {
        expect(m.end).toBeGreaterThan(m.start);
        expect(m.end).toBeLessThanOrEqual(text.length);
      }
    expect(person(text, "Somsak Keovilay")).toMatchObject({ country: "LA" });
    expect(person(text, "Somsak Keovilay").title).toMatch(/^Head of the Lao Patriotic Front/);
  });
});

describe("findActors: promises", () => {
  const pieces = [
    "President",
    "Foreign Minister",
    "Wang Yi",
    "Kassym-Jomart Tokayev",
    "said",
    "he",
    "She",
    "the minister",
    "of",
    "Kazakhstan's",
    "Chinese",
    ",",
    ".",
    '"',
    "(",
    ")",
    "\n",
    "bin",
    "al-",
    "Dr.",
    "G.L.",
    "’s",
    "and",
    "Ministry of Foreign Affairs",
    "in Beijing",
    "US",
    "us",
  ];

  it("never throws, and every mention lies inside the text", () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 6 })), { maxLength: 40 }),
        (parts) => {
          const text = `Headline\n${parts.join(" ")}`;
          const actors = findActors(docOf(text));
          const ids = new Set(actors.map((a) => a.id));
          expect(ids.size).toBe(actors.length);
          for (const a of actors)
            for (const m of a.mentions) {
              expect(m.start).toBeGreaterThanOrEqual(0);
              expect(m.end).toBeLessThanOrEqual(text.length);
              expect(m.end).toBeGreaterThan(m.start);
            }
        },
      ),
      { numRuns: 300 },
    );
  });

  it("stays fast on long input", () => {
    const paragraph =
      "Chinese Foreign Minister Wang Yi met Kazakh President Kassym-Jomart Tokayev in Astana on Monday. He said the minister would return. ";
    const text = `Headline\n${Array.from({ length: 400 }, () => paragraph).join("\n")}`;
    const started = Date.now();
    findActors(docOf(text));
    expect(Date.now() - started).toBeLessThan(5000);
  });
});
