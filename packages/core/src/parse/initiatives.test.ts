import { describe, expect, it } from "vitest";
import { makeDoc } from "./fixture-doc.js";
import { findInitiatives } from "./initiatives.js";

const names = (text: string, countries: [string, string][] = []) =>
  findInitiatives(makeDoc(text, { countries })).map((i) => i.name);

describe("findInitiatives", () => {
  it("maps short forms and acronyms to the canonical name, with every mention", () => {
    const text = "Both sides praised the BRI.\nThey will deepen Belt and Road cooperation and back the GDI.";
    const found = findInitiatives(makeDoc(text));
    expect(found.map((i) => i.name)).toEqual(["Belt and Road Initiative", "Global Development Initiative"]);
    expect(found[0]!.mentions.map((m) => text.slice(m.start, m.end))).toEqual(["BRI", "Belt and Road"]);
  });

  it("canonicalises CPEC, the Iran nuclear deal and the one-China policy", () => {
    expect(names("Work on the second phase of CPEC will speed up.")).toEqual(["China-Pakistan Economic Corridor"]);
    expect(names("Both reaffirmed support for the Iran nuclear deal.")).toEqual(["Joint Comprehensive Plan of Action"]);
    expect(names("Nairobi reaffirmed its adherence to the One China Policy.")).toEqual(["one-China policy"]);
  });

  it("finds capitalised names ending in a head word and keeps them as written", () => {
    expect(names("The ministers signed the Lake Victoria Fisheries Framework in Kampala.")).toEqual([
      "Lake Victoria Fisheries Framework",
    ]);
    expect(
      names("They reviewed the 1994 Kinshasa Accord and the Protocol on Transit of Livestock and the customs union."),
    ).toEqual(["1994 Kinshasa Accord", "Protocol on Transit of Livestock"]);
    expect(names("The council cited UN Security Council Resolution 2417 on hunger.")).toEqual([
      "UN Security Council Resolution 2417",
    ]);
  });

  it("reads a named year only with its theme", () => {
    expect(names("They launched the Kenya-Sweden Year of Culture and Tourism in March.")).toEqual([
      "Kenya-Sweden Year of Culture and Tourism",
    ]);
    expect(names("Trade grew in the Financial Year ahead.")).toEqual([]);
  });

  it("joins an acronym defined in brackets to its name", () => {
    const text =
      "Kenya ratified the Eastern African Power Pool Treaty (EAPPT) last year.\nThe EAPPT enters into force in May.";
    const [item] = findInitiatives(makeDoc(text));
    expect(item?.name).toBe("Eastern African Power Pool Treaty");
    expect(item?.mentions.map((m) => text.slice(m.start, m.end))).toEqual([
      "Eastern African Power Pool Treaty",
      "EAPPT",
      "EAPPT",
    ]);
  });

  it("reads lower-case heads after a proper name but not after a country alone", () => {
    expect(
      names("Seoul questioned the Japan-ROK agreement again.", [
        ["Japan", "JP"],
        ["ROK", "KR"],
      ]),
    ).toEqual(["Japan-ROK agreement"]);
    expect(names("The mayors signed the Tamsalu declaration on Friday.")).toEqual(["Tamsalu declaration"]);
    expect(names("Officials praised the Kenyan agreement on Friday.", [["Kenyan", "KE"]])).toEqual([]);
  });

  it("reads plain descriptors between a compound name and a lower-case head", () => {
    expect(names("Talks on the EU-Mercosur free trade agreement resumed.")).toEqual([
      "EU-Mercosur free trade agreement",
    ]);
    expect(names("They discussed the Kenya-Somalia peace deal on Monday.")).toEqual(["Kenya-Somalia peace deal"]);
    expect(names("They discussed a peace deal and the trade agreement.")).toEqual([]);
  });

  it("does not take relationship grades, organisations or lone head words for initiatives", () => {
    const countries: [string, string][] = [
      ["Chile", "CL"],
      ["Peru", "PE"],
    ];
    expect(names("They hailed the Chile-Peru Enhanced Strategic Partnership.", countries)).toEqual([]);
    expect(names("The North Atlantic Treaty Organization met. The Agreement was long.")).toEqual([]);
    expect(names("The World Food Programme delivered aid. Our Development Partnership grew.")).toEqual([]);
  });

  it("skips kinds of document that are not names, but keeps places' declarations", () => {
    expect(names("The sides signed a Memorandum of Understanding and a Joint Declaration.")).toEqual([]);
    expect(names("They hope to conclude a Free Trade Agreement soon.")).toEqual([]);
    const countries: [string, string][] = [["Kenya", "KE"]];
    expect(names("Leaders adopted the Nairobi Declaration on Friday.", countries)).toEqual(["Nairobi Declaration"]);
  });

  it("returns nothing for empty or name-free text", () => {
    expect(names("")).toEqual([]);
    expect(names("the two sides agreed to meet again next year")).toEqual([]);
  });

  it("reads negotiating formats, processes and their outcomes as names", () => {
    expect(names("Envoys revived the Lakeside Settlement Process last spring.")).toEqual([
      "Lakeside Settlement Process",
    ]);
    expect(names("The ministers met in the Weimar Triangle again.")).toEqual(["Weimar Triangle"]);
    expect(names("Talks in the Normandy format resumed after a year.")).toEqual(["Normandy format"]);
    expect(names("Delegates reviewed the Coral Sea Decisions on fisheries.")).toEqual(["Coral Sea Decisions"]);
    expect(
      names("Trade grew under the Chile-Korea FTA.", [
        ["Chile", "CL"],
        ["Korea", "KR"],
      ]),
    ).toEqual(["Chile-Korea FTA"]);
  });

  it("reads a head with no words before it when a capitalised complement names it", () => {
    expect(names("Leaders launched the Partnership for Coastal Ports and Shipping on Monday.")).toEqual([
      "Partnership for Coastal Ports and Shipping",
    ]);
    expect(names("They backed an Initiative on Ocean Data Sharing.")).toEqual(["Initiative on Ocean Data Sharing"]);
    // a sentence-initial head, or a complement of one capitalised word, is not enough
    expect(names("Partnership for Growth was the slogan.")).toEqual([]);
    expect(names("They praised the partnership for peace.")).toEqual([]);
  });

  it("lists other written forms and the yearless name as aliases", () => {
    const [npt] = findInitiatives(makeDoc("Both sides upheld the NPT at the review."));
    expect(npt?.name).toBe("Non-Proliferation Treaty");
    expect(npt?.aliases).toEqual(["NPT"]);
    const [accord] = findInitiatives(makeDoc("Leaders recalled the 2019 Harbor Accord on fisheries."));
    expect(accord?.aliases).toContain("Harbor Accord");
    const [plain] = findInitiatives(makeDoc("Both sides praised the Coral Sea Decisions again."));
    expect(plain?.aliases).toBeUndefined();
  });

  it("does not take generic formats for names", () => {
    expect(names("Both welcomed the Peace Process and a Strategic Dialogue.")).toEqual([]);
  });

  it("ends a name before a complement that only says which country it belongs to", () => {
    const countries: [string, string][] = [["Examplia", "XE"]];
    expect(names("Funds went to the Flood Relief Plan of Examplia, officials said.", countries)).toEqual([
      "Flood Relief Plan",
    ]);
    expect(names("They signed the Protocol on Fisheries of the Coastal Zone.")).toEqual([
      "Protocol on Fisheries of the Coastal Zone",
    ]);
  });

  it("does not read a known name into the same words written as plain prose", () => {
    expect(names("They built a partnership for peace and growth.")).toEqual([]);
    expect(names("Finland joined the Partnership for Peace in 1994.")).toEqual(["Partnership for Peace"]);
  });
});
