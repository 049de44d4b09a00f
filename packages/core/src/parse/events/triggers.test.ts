import { describe, expect, it } from "vitest";
import { findTriggers } from "./triggers.js";

const types = (s: string, callContext = false) => findTriggers(s, 0, s.length, { callContext }).map((h) => h.type);
const first = (s: string) => findTriggers(s, 0, s.length)[0];

describe("findTriggers", () => {
  it.each([
    ["The two ministers held talks in Oslo.", "meeting"],
    ["Ms Ortega met with her Peruvian counterpart.", "meeting"],
    ["The president received the visiting envoy.", "meeting"],
    ["The premier meets the Chilean foreign minister", "meeting"],
    ["The leaders spoke by phone on Monday.", "phone_call"],
    ["They had a telephone conversation about trade.", "phone_call"],
    ["The ministers held a telephonic conversation.", "phone_call"],
    ["The two leaders joined a video call.", "phone_call"],
    ["The chancellor called up the newly elected premier on Sunday.", "phone_call"],
    ["She rang up her Chilean counterpart to discuss the dispute.", "phone_call"],
    ["She paid a state visit to Ghana.", "visit"],
    ["He will visit Lima next month.", "visit"],
    ["The premier arrived in Hanoi late on Friday.", "visit"],
    ["Leaders gathered for the annual summit.", "summit"],
    ["The ministers signed a trade pact.", "agreement"],
    ["The sides exchanged a memorandum of understanding on fisheries.", "agreement"],
    ["They issued a joint statement on the dispute.", "statement"],
    ["The ministry condemned the attack.", "statement"],
    ["The foreign ministry summoned the envoy.", "protest"],
    ["Quito recalled its ambassador from Bogota.", "protest"],
    ["The bloc imposed sanctions on the junta.", "sanction"],
    ["The government severed ties with its neighbour.", "other"],
    ["The ministry expelled two diplomats.", "other"],
    ["Britain will expel Russia's defence attache.", "other"],
  ])("finds the event in %j", (sentence, type) => {
    expect(types(sentence)).toContain(type);
  });

  it('reads "sign" as a verb, not as the noun', () => {
    expect(types("Kenya and Chile sign trade pact")).toEqual(["agreement"]);
    expect(types("The visit is a sign of warming ties.")).toEqual(["visit"]);
  });

  it("does not count the host of an event already named as a second event", () => {
    expect(types("Leaders met at a summit hosted by Vietnam.")).toEqual(["meeting", "summit"]);
  });

  it('reads bare "expel" and "expulsion" as a break in relations only with an envoy after it', () => {
    expect(types("The party expelled three members.")).toEqual([]);
    expect(types("The court ordered the expulsion of the squatters.")).toEqual([]);
    expect(types("Lisbon ordered the expulsion of the Ruritanian consul.")).toEqual(["other"]);
  });

  it.each([
    ["Ottawa imposed sanctions on three Ruritanian generals.", "sanction"],
    ["The bloc approved an asset freeze on the junta's leaders.", "sanction"],
    ["Canberra announced travel bans on the coup leaders.", "sanction"],
    ["The ministry decided to take countermeasures against the arms makers.", "sanction"],
    ["Tokyo tightened export controls on chip equipment.", "sanction"],
    ["The treasury froze the assets of two shipping firms.", "sanction"],
    ["The officials were barred from entering the bloc.", "sanction"],
    ["Quito declared the attache persona non grata.", "other"],
    ["Ruritania suspended diplomatic relations with its neighbour.", "other"],
    ["The two states restored diplomatic ties after a decade.", "other"],
    ["Valdoria and Ostrava established diplomatic relations on Monday.", "agreement"],
    ["The foreign ministry called in the ambassador over the raid.", "protest"],
    ["The government called back its envoy from the capital.", "protest"],
  ])("finds the kind of act in %j", (sentence, type) => {
    expect(types(sentence)).toContain(type);
  });

  it("codes sanctions 163, broken relations 161 and new relations 054", () => {
    expect(first("Ottawa imposed sanctions on the generals.")).toMatchObject({ type: "sanction", cameo: "163" });
    expect(first("Lima severed ties with Quito.")).toMatchObject({ type: "other", cameo: "161" });
    expect(first("Lima established diplomatic relations with Quito.")).toMatchObject({
      type: "agreement",
      cameo: "054",
    });
    expect(first("Lima restored relations with Quito.")).toMatchObject({ type: "other", cameo: "050" });
  });

  it("does not read sanctions only threatened, asked for or lifted, nor sanctions in sport, as imposed", () => {
    expect(types("The minister threatened to impose sanctions on the regime.")).not.toContain("sanction");
    expect(types("Lawmakers urged the cabinet to impose sanctions on the firms.")).not.toContain("sanction");
    expect(types("The league imposed sanctions on the club after the match.")).not.toContain("sanction");
    expect(types("The federation sanctioned two players for doping.")).not.toContain("sanction");
  });

  it("reads a joint communique that establishes relations as the agreement", () => {
    expect(
      new Set(types("Envoys inked and signed a joint communique on the decision to establish relations.")),
    ).toEqual(new Set(["agreement"]));
    expect(types("They signed a joint statement marking 20 years of diplomatic relations.")).toEqual(["statement"]);
  });

  it('reads "recalled ... for consultations" as the recall, not a meeting', () => {
    const t = types("Ruritania recalled its ambassador for consultations.");
    expect(t).toContain("protest");
    expect(t).not.toContain("meeting");
    expect(types("The envoy was summoned home for consultations.")).not.toContain("meeting");
  });

  it("reads a numbered gathering as a summit", () => {
    expect(types("Delegates closed the 31st Ministerial Council in Lisbon.")).toContain("summit");
    expect(types("The Twenty-Second Coral Sea Forum was held in Apia.")).toContain("summit");
    expect(types("The 5th Lagoon Leaders' Meeting opened on Tuesday.")).toContain("summit");
    expect(types("He finished 31st in the race.")).toEqual([]);
  });

  it("reads a travel ban as a sanction, not a visit", () => {
    const t = types("The cabinet placed a ban on travel to the islands for coup leaders.");
    expect(t).toContain("sanction");
    expect(t).not.toContain("visit");
    expect(types("Citizens were advised against all but essential travel to the islands.")).not.toContain("visit");
    expect(types("The minister will travel to Lima next week.")).toContain("visit");
  });

  it("does not read talks only asked for or offered as a meeting", () => {
    expect(types("The ministry called for talks between the two sides.")).not.toContain("meeting");
    expect(types("He said Lima was ready for talks without preconditions.")).not.toContain("meeting");
    expect(types("The council urged both parties to resume negotiations.")).not.toContain("meeting");
    expect(types("The two ministers held talks in Oslo.")).toContain("meeting");
  });

  it("codes each wording", () => {
    expect(first("The president received the envoy.")).toMatchObject({ cameo: "043", weight: 2, text: "received" });
    expect(first("Quito recalled its ambassador.")).toMatchObject({ type: "protest", cameo: "161" });
    expect(first("They met on the sidelines of the forum.")?.cameo).toBe("040");
    expect(findTriggers("They talked on the sidelines of the forum.", 0, 42)[0]?.cameo).toBe("044");
  });

  it('reads "called on X to ..." as an appeal and "call on the president" as a courtesy call', () => {
    expect(types("The ministry called on Lima to release the crew.")).toEqual(["statement"]);
    expect(types("The minister will call on the president in Quito.")).toEqual(["meeting"]);
  });

  it("turns a meeting of leaders into a summit", () => {
    expect(types("He attended a meeting of West African heads of state in Accra.")).toEqual(["summit"]);
  });

  it("reads a signed joint statement as a statement, not an agreement", () => {
    expect(types("The presidents signed a joint communiqué.")).toEqual(["statement"]);
  });

  it("reads speech at a press conference as a statement and a scheduled one as other", () => {
    expect(types("The spokesperson said during a press conference that talks went well.")).toContain("statement");
    expect(types("They will hold a press conference later.")).toEqual(["other"]);
    expect(types("At a press conference on Monday, the spokesperson said the visit went well.")).toContain("statement");
  });

  it("drops negated, invited and hoped-for events", () => {
    expect(types("Uruguay did not sign the communiqué.")).toEqual([]);
    expect(types("Ankara has not joined others in imposing sanctions.")).toEqual([]);
    expect(types("He invited the minister to visit Delhi.")).toEqual([]);
    expect(types("She looked forward to visiting in the spring.")).toEqual([]);
    expect(types("At the invitation of President Lee, the premier will pay an official visit to Seoul.")).toEqual([
      "visit",
    ]);
    expect(types("He was invited to attend the summit.")).toEqual(["summit"]);
    expect(types("Ortega might hold a phone call with her Chilean peer.")).toEqual([]);
    expect(types("Prime Minister Theresa May met the Irish premier.")).toEqual(["meeting"]);
    expect(types("They weighed the prospects of Peru signing a pact.")).toEqual([]);
  });

  it('reads "spoke to" as the call only in a call readout', () => {
    expect(types("The Prime Minister spoke to the President yesterday.", true)).toEqual(["phone_call"]);
    expect(types("The Prime Minister spoke to the President yesterday.", false)).toEqual([]);
  });

  it("keeps offsets inside the requested range", () => {
    const text = "Intro. The envoys met in Rome.";
    const hits = findTriggers(text, 7, text.length);
    expect(hits.map((h) => text.slice(h.start, h.end))).toEqual(["met"]);
    expect(findTriggers(text, 0, 6)).toEqual([]);
  });

  it("finds nothing in text without events, and copes with empty input", () => {
    expect(types("The weather in the capital was mild.")).toEqual([]);
    expect(findTriggers("", 0, 0)).toEqual([]);
  });
});

describe("findTriggers on any input", () => {
  it("never throws and keeps every hit inside the range", async () => {
    const fc = await import("fast-check");
    fc.assert(
      fc.property(fc.string(), fc.nat(), fc.nat(), (text, a, b) => {
        const start = Math.min(a, b) % (text.length + 1);
        const end = Math.max(start, Math.max(a, b) % (text.length + 1));
        for (const hit of findTriggers(text, start, end, { callContext: true })) {
          expect(hit.start).toBeGreaterThanOrEqual(start);
          expect(hit.end).toBeLessThanOrEqual(end);
        }
      }),
      { numRuns: 300 },
    );
  });
});
