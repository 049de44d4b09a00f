import { describe, expect, it } from "vitest";
import type { Actor } from "../schemas/actor.js";
import type { CountryMention, Doc, Sentence } from "./context.js";
import { findDates } from "./dates.js";
import { findEvents } from "./events.js";
import { assignCountryRoles } from "./roles.js";

interface Fixture {
  /** First line is the headline unless `noHeadline`; every other line is a paragraph. */
  text: string;
  noHeadline?: boolean;
  publishedAt?: string | null;
  dateline?: { place: string; date: string | null } | null;
  people?: { id: string; name: string; country: string | null; also?: string[]; title?: string }[];
  countries?: [string, string][];
}

/** A pipeline state built by hand: lines → paragraphs, sentences split at ". ", mentions found by string search. */
function makeDoc(f: Fixture): Doc {
  const { text } = f;
  const lines: { start: number; end: number }[] = [];
  let pos = 0;
  for (const line of text.split("\n")) {
    if (line.trim()) lines.push({ start: pos, end: pos + line.length });
    pos += line.length + 1;
  }
  const headline = f.noHeadline ? null : lines.shift()!;
  const sentences: Sentence[] = [];
  if (headline) sentences.push({ ...headline, paragraph: -1 });
  lines.forEach((p, i) => {
    let s = p.start;
    const re = /[.!?]\s+(?=[A-Z“"])/g;
    const body = text.slice(p.start, p.end);
    let m = re.exec(body);
    while (m !== null) {
      sentences.push({ start: s, end: p.start + m.index + 1, paragraph: i });
      s = p.start + m.index + m[0].length;
      m = re.exec(body);
    }
    sentences.push({ start: s, end: p.end, paragraph: i });
  });
  const all = (needle: string) => {
    const out: { start: number; end: number }[] = [];
    for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + needle.length))
      out.push({ start: i, end: i + needle.length });
    return out;
  };
  const actors: Actor[] = (f.people ?? []).map((p) => ({
    id: p.id,
    kind: "person",
    name: p.name,
    aliases: p.also ?? [],
    title: p.title ?? null,
    organization: null,
    country: p.country,
    role: "actor",
    mentions: [p.name, ...(p.also ?? [])].flatMap(all).sort((a, b) => a.start - b.start),
  }));
  const countryMentions: CountryMention[] = (f.countries ?? []).flatMap(([name, code]) =>
    all(name).map((span) => ({ code, span, kind: "name" as const })),
  );
  const datelineSpan = f.dateline ? (all(f.dateline.place)[0] ?? { start: 0, end: 0 }) : null;
  const doc: Doc = {
    text,
    input: { url: null, headline: null, publishedAt: null, source: null },
    referenceDate: null,
    structure: {
      headline: headline ? { text: text.slice(headline.start, headline.end), span: headline } : null,
      dateline: f.dateline ? { ...f.dateline, span: datelineSpan! } : null,
      byline: null,
      publishedAt: f.publishedAt ?? null,
      source: null,
      paragraphs: lines,
      removed: [],
    },
    language: "en",
    sentences,
    anchorDate: f.publishedAt ?? f.dateline?.date ?? null,
    countryMentions,
    actors,
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
  doc.dates = findDates(doc);
  return doc;
}

const nameOf = (doc: Doc, id: string) => doc.actors.find((a) => a.id === id)?.name;

describe("findEvents", () => {
  it("puts the lead's meeting first with its date, venue, participants and codes", () => {
    const doc = makeDoc({
      text: [
        "Malawi, Peru vow closer ties as ministers meet",
        "Malawian Foreign Minister Ada Banda met Peruvian Foreign Minister Luis Rojas in Lima on Thursday.",
        "Rojas later said the talks were frank. Malawi also condemned the attack on a border post.",
      ].join("\n"),
      publishedAt: "2024-05-03",
      people: [
        { id: "p1", name: "Ada Banda", country: "MW", also: ["Banda"] },
        { id: "p2", name: "Luis Rojas", country: "PE", also: ["Rojas"] },
      ],
      countries: [
        ["Malawi", "MW"],
        ["Peru", "PE"],
      ],
    });
    const [main, ...rest] = findEvents(doc);
    expect(main).toMatchObject({
      id: "e1",
      type: "meeting",
      date: { value: "2024-05-02", precision: "day", text: "on Thursday" },
      location: { name: "Lima", country: "PE" },
      countries: ["MW", "PE"],
      cameo: "040",
      plover: "CONSULT",
      goldstein: 1,
    });
    expect(main!.participants.map((id) => nameOf(doc, id))).toEqual(["Ada Banda", "Luis Rojas"]);
    expect(doc.text.slice(main!.evidence.start, main!.evidence.end)).toMatch(/^Malawian Foreign Minister/);
    expect(rest.map((e) => e.type)).toContain("statement");
  });

  it("leaves a weekday unresolved without an anchor rather than guessing", () => {
    const doc = makeDoc({ text: "Envoys meet\nThe two envoys held talks in Accra on Monday.", publishedAt: null });
    expect(findEvents(doc)[0]?.date).toMatchObject({ value: null, text: "on Monday" });
  });

  it("uses the dateline's city and date for a lead that names neither", () => {
    const doc = makeDoc({
      text: "Talks open\nSTOCKHOLM, Jan. 20 -- Negotiators from both sides have opened working-level talks, sources said Sunday.",
      dateline: { place: "STOCKHOLM", date: "2019-01-20" },
    });
    const [main] = findEvents(doc);
    expect(main).toMatchObject({ type: "meeting", location: { name: "Stockholm", country: "SE" } });
    expect(main!.date?.value).toBe("2019-01-20");
  });

  it("does not date a future event by the dateline", () => {
    const doc = makeDoc({
      text: "Premier to visit Chile\nLIMA -- The Peruvian premier will visit Chile for talks on trade.",
      dateline: { place: "LIMA", date: "2024-03-03" },
      countries: [["Chile", "CL"]],
    });
    expect(findEvents(doc)[0]).toMatchObject({ type: "visit", date: null });
  });

  it("types the main event by the headline and never gives a call a venue", () => {
    const doc = makeDoc({
      text: "Ministers' meeting by telephone\nOn May 7, Minister Ito held a telephone talk with Minister Silva from Tokyo.",
      publishedAt: "2021-05-07",
      people: [
        { id: "p1", name: "Ito", country: "JP" },
        { id: "p2", name: "Silva", country: "BR" },
      ],
    });
    const events = findEvents(doc);
    expect(events.map((e) => e.type)).toEqual(["phone_call"]);
    expect(events[0]).toMatchObject({ date: { value: "2021-05-07" }, location: null, cameo: "041" });
  });

  it("completes the main event from the next sentence and keeps distinct days apart", () => {
    const doc = makeDoc({
      noHeadline: true,
      text: [
        "The foreign minister will pay an official visit to Uruguay next week.",
        "During his visit, the minister will meet leaders from May 22 to 24, the ministry said.",
        "He last visited the region on 3 March 2021.",
      ].join("\n"),
      publishedAt: "2022-05-13",
      countries: [["Uruguay", "UY"]],
    });
    const events = findEvents(doc);
    expect(events[0]).toMatchObject({
      type: "visit",
      countries: ["UY"],
      date: { value: "2022-05-22", text: "from May 22 to 24" },
    });
    expect(events.find((e) => e.date?.value === "2021-03-03")?.type).toBe("visit");
  });

  it("places a summoned envoy at the summoning government's capital and codes the protest", () => {
    const doc = makeDoc({
      text: "Kenya summons envoy\nKenya summoned the Somali ambassador on Monday over the border clash.",
      publishedAt: "2024-02-07",
      countries: [
        ["Kenya", "KE"],
        ["Somali", "SO"],
      ],
    });
    const [main] = findEvents(doc);
    expect(main).toMatchObject({
      type: "protest",
      location: { name: "Nairobi", country: "KE" },
      date: { value: "2024-02-05" },
      cameo: "114",
      plover: "ACCUSE",
      goldstein: -2,
    });
    expect(main!.countries).toEqual(["KE", "SO"]);
  });

  it("records host and guest from the wording", () => {
    const doc = makeDoc({
      noHeadline: true,
      text: "President Mora received Foreign Minister Tan in the capital.",
      people: [
        { id: "p1", name: "Mora", country: "CR" },
        { id: "p2", name: "Tan", country: "SG" },
      ],
    });
    expect(findEvents(doc)[0]).toMatchObject({ type: "meeting", cameo: "043", host: "p1", guest: "p2" });
  });

  it("gives each section of a roundup its heading's country, and the summing-up lead all of them", () => {
    const doc = makeDoc({
      noHeadline: true,
      text: [
        "Gulf states condemned on Sunday an attack on a pipeline in Oman.",
        "Kuwait",
        "The foreign ministry condemned the attack and voiced solidarity.",
        "Qatar",
        "The ministry also condemned what it called a cowardly act.",
      ].join("\n"),
      countries: [
        ["Oman", "OM"],
        ["Kuwait", "KW"],
        ["Qatar", "QA"],
      ],
    });
    const events = findEvents(doc);
    expect(events[0]).toMatchObject({ type: "statement", countries: ["KW", "QA"] });
    expect(events.slice(1).map((e) => e.countries[0])).toEqual(["KW", "QA"]);
  });

  it("reads a lead that only reports someone speaking as a statement", () => {
    const doc = makeDoc({
      text: "Beijing opposes new tariffs\nForeign Ministry spokesperson Lin Tao said on Monday that China firmly opposes the new tariffs.",
      publishedAt: "2024-06-11",
      people: [{ id: "p1", name: "Lin Tao", country: "CN" }],
      countries: [["China", "CN"]],
    });
    const [main] = findEvents(doc);
    expect(main).toMatchObject({ type: "statement", countries: ["CN"], date: { value: "2024-06-10" }, cameo: "010" });
  });

  it("returns no events for text without any, and for an empty document", () => {
    expect(findEvents(makeDoc({ noHeadline: true, text: "The weather was mild across the region." }))).toEqual([]);
    expect(findEvents(makeDoc({ noHeadline: true, text: "" }))).toEqual([]);
  });
});

describe("assignCountryRoles", () => {
  it("marks the main event's countries as parties and names every country", () => {
    const doc = makeDoc({
      text: "Malawi, Peru sign pact\nMalawi and Peru signed a fisheries pact in Lima on Friday, a deal that Chile criticised.",
      publishedAt: "2024-05-03",
      countries: [
        ["Malawi", "MW"],
        ["Peru", "PE"],
        ["Chile", "CL"],
      ],
    });
    doc.events = findEvents(doc);
    const roles = assignCountryRoles(doc);
    expect(roles.map((c) => [c.code, c.role])).toEqual([
      ["MW", "party"],
      ["PE", "party"],
      ["CL", "mentioned"],
    ]);
    expect(roles[0]).toMatchObject({ name: "Malawi" });
    expect(roles[0]!.mentions).toHaveLength(2);
  });

  it("adds the countries the headline shows acting, not those it names as a topic", () => {
    const doc = makeDoc({
      text: "Chile and Peru vow closer ties over Bolivia\nPeruvian minister Luis Rojas met officials in Lima on Friday.",
      people: [{ id: "p1", name: "Luis Rojas", country: "PE" }],
      countries: [
        ["Chile", "CL"],
        ["Peru", "PE"],
        ["Bolivia", "BO"],
      ],
    });
    doc.events = findEvents(doc);
    const roles = Object.fromEntries(assignCountryRoles(doc).map((c) => [c.code, c.role]));
    expect(roles).toEqual({ CL: "party", PE: "party", BO: "mentioned" });
  });

  it("lists a party known only through a participant's nationality, and has no parties without events", () => {
    const doc = makeDoc({
      noHeadline: true,
      text: "Minister Ito met Minister Silva.",
      people: [
        { id: "p1", name: "Ito", country: "JP" },
        { id: "p2", name: "Silva", country: "BR" },
      ],
    });
    doc.events = findEvents(doc);
    expect(assignCountryRoles(doc).map((c) => [c.code, c.role, c.mentions.length])).toEqual([
      ["JP", "party", 0],
      ["BR", "party", 0],
    ]);
    const quiet = makeDoc({ noHeadline: true, text: "Chile is large.", countries: [["Chile", "CL"]] });
    expect(assignCountryRoles(quiet)).toMatchObject([{ code: "CL", role: "mentioned", name: "Chile" }]);
  });
});

describe("findEvents: kinds of act", () => {
  it("makes a sanction announcement's main event the sanction, with the announcing state", () => {
    const doc = makeDoc({
      text: [
        "Valdoria imposes sanctions on Ostravan generals",
        "Valdoria's foreign ministry imposed sanctions on three Ostravan generals on Monday, freezing their assets.",
        "The ministry said the measures answered the border raid.",
      ].join("\n"),
      publishedAt: "2024-05-07",
      countries: [
        ["Valdoria", "VD"],
        ["Ostravan", "OS"],
      ],
    });
    const events = findEvents(doc);
    expect(events[0]?.type).toBe("sanction");
    expect(events[0]?.cameo).toBe("163");
    expect(events[0]?.countries[0]).toBe("VD");
  });

  it("types an expulsion as other and keeps no separate meeting for a signing on the sidelines", () => {
    const expel = makeDoc({
      text: [
        "Valdoria expels Ostravan diplomat",
        "Valdoria's foreign ministry expelled an Ostravan diplomat on Friday over the spying case.",
      ].join("\n"),
      publishedAt: "2024-05-10",
      countries: [
        ["Valdoria", "VD"],
        ["Ostravan", "OS"],
      ],
    });
    expect(findEvents(expel)[0]).toMatchObject({ type: "other", cameo: "161" });
    const signing = makeDoc({
      text: [
        "Valdoria and Ostrava sign fisheries pact",
        "The foreign ministers of Valdoria and Ostrava signed a fisheries pact on the sidelines of the regional summit on Friday.",
      ].join("\n"),
      publishedAt: "2024-05-10",
      countries: [
        ["Valdoria", "VD"],
        ["Ostrava", "OS"],
      ],
    });
    const types = findEvents(signing).map((e) => e.type);
    expect(types[0]).toBe("agreement");
    expect(types).not.toContain("meeting");
  });

  it("makes a summit the main event over the statement issued at it", () => {
    const doc = makeDoc({
      text: [
        "Lagoon states close annual gathering",
        "Leaders of Valdoria and Ostrava issued a joint statement on fisheries at the close of the regional summit on Friday.",
      ].join("\n"),
      publishedAt: "2024-05-10",
      countries: [
        ["Valdoria", "VD"],
        ["Ostrava", "OS"],
      ],
    });
    const types = findEvents(doc).map((e) => e.type);
    expect(types[0]).toBe("summit");
    expect(types).toContain("statement");
  });

  it("makes the measure the main event over the words condemning the cause", () => {
    const doc = makeDoc({
      text: [
        "Valdoria answers border raid",
        "Valdoria's foreign ministry condemned the raid and decided to take countermeasures against two Ostravan arms makers.",
      ].join("\n"),
      publishedAt: "2024-05-10",
      countries: [
        ["Valdoria", "VD"],
        ["Ostravan", "OS"],
      ],
    });
    expect(findEvents(doc)[0]?.type).toBe("sanction");
  });
});
