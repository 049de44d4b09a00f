import { describe, expect, it } from "vitest";
import { TOPIC_CUES } from "../gazetteer/topics.js";
import { TopicSchema } from "../schemas/initiative.js";
import { makeDoc } from "./fixture-doc.js";
import { findTopics, maskProperNames, prefixesOf, scoreTopics } from "./topics.js";

const topics = (text: string) => findTopics(makeDoc(text));

describe("findTopics", () => {
  it("reports a topic named by a strong cue", () => {
    expect(topics("The ministers discussed counter-terrorism cooperation.")).toContain("counterterrorism");
    expect(topics("They agreed to expand bilateral trade.")).toContain("trade");
    expect(topics("Both sides pledged to work towards denuclearization.")).toContain("nuclear");
  });

  it("needs several distinct weak cues, not one word said twice", () => {
    expect(topics("Troops were seen. More troops arrived.")).not.toContain("defense");
    expect(topics("They agreed to hold defence ministers' talks.")).toContain("defense");
    expect(topics("The visit followed the pandemic.")).not.toContain("health");
    expect(topics("They praised their Covid cooperation.")).toContain("health");
  });

  it("does not read stock phrases and other senses as topics", () => {
    expect(topics("Both reaffirmed respect for each other's sovereignty and territorial integrity.")).not.toContain(
      "territorial dispute",
    );
    expect(topics("The investment climate has improved.")).not.toContain("climate");
    expect(topics("Talks covered food security in the Sahel.")).not.toContain("security");
    expect(topics("National Security Adviser Lena Berg joined the UN Security Council session.")).not.toContain(
      "security",
    );
    expect(topics("Settlers expanded in the West Bank.")).not.toContain("finance");
  });

  it("does not read topics from organisations' names", () => {
    const bank = { id: "bank", name: "Coastal Infrastructure Investment Bank", kind: "organization" as const };
    const text = "The Coastal Infrastructure Investment Bank hosted the ministers for dinner.";
    expect(findTopics(makeDoc(text, { actors: [{ ...bank, mentions: [bank.name] }] }))).toEqual([]);
    // a body's name (ending in "Bank") is blanked even when no actor stage saw it
    expect(findTopics(makeDoc(text))).toEqual([]);
    expect(findTopics(makeDoc("The ministers hosted investors for dinner."))).toContain("investment");
  });

  it("does not read topics from the names of firms, ministries, laws and titles", () => {
    expect(topics("Officials of Northgate Technologies, Inc. and Velmar Energy Ltd were listed.")).not.toContain(
      "technology",
    );
    expect(
      topics("Listed firms include Korvo Aerial, Dune Technologies, Brisk Robotics, and Tarn Labs."),
    ).not.toContain("technology");
    expect(topics("The Ministry of Energy and the Energy Minister hosted the envoy.")).not.toContain("energy");
    expect(topics("The measure was taken under the Foreign Investment Law.")).not.toContain("investment");
    // what a meeting is on, and a named agreement, still speak of their field
    expect(topics("They met at the Ministerial Meeting on Energy in Osterburg.")).toContain("energy");
    expect(topics("They discussed the Coastal Free Trade Area with officials.")).toContain("trade");
    // a heading set in title case is read as it is
    expect(maskProperNames("Energy Ministers Meet In Osterburg Today", [{ start: 0, end: 40 }])).toContain("Energy");
  });

  it("reads each field of an enumeration of fields", () => {
    const t = topics("They pledged cooperation in the political, economic, military, sporting and education fields.");
    expect(t).toEqual(expect.arrayContaining(["defense", "sports", "education"]));
    expect(topics("Ties will grow in the areas of tourism, health and energy.")).toEqual(
      expect.arrayContaining(["tourism", "health", "energy"]),
    );
    // one field word is no list
    expect(topics("They toured the military areas near the coast.")).not.toContain("defense");
  });

  it("reads arms sales, frozen assets, relief after disasters and named works", () => {
    expect(topics("Beijing condemned the arms sales to the island.")).toContain("defense");
    expect(topics("All assets of the listed officials will be frozen.")).toContain("finance");
    expect(topics("Funds will go to flood relief in the delta.")).toContain("humanitarian");
    expect(topics("Leaders reviewed the railway project.")).toEqual(
      expect.arrayContaining(["infrastructure", "connectivity"]),
    );
    expect(topics("Sanctions spared the country's oil sector.")).toContain("energy");
  });

  it("reads bans, countermeasures, blacklists and sovereign claims", () => {
    expect(topics("Canberra will impose a ban on travel on the coup leaders. Others face entry bans.")).toContain(
      "sanctions",
    );
    expect(topics("Beijing announced countermeasures against the firms and more countermeasures later.")).toContain(
      "sanctions",
    );
    expect(topics("The summit backed Examplia's sovereign claim over the Northern Isles.")).toContain(
      "territorial dispute",
    );
    expect(topics("Leaders reviewed progress on the common market.")).toContain("trade");
  });

  it("counts repeated sanctions but not a single passing mention", () => {
    expect(topics("Trade was free of unilateral sanctions, he said.")).not.toContain("sanctions");
    expect(topics("New sanctions were imposed. The sanctions target banks.")).toContain("sanctions");
  });

  it("covers each family with an invented sentence", () => {
    const cases: [string, string][] = [
      ["investment", "Kenyan investors welcomed new investment in ports."],
      ["energy", "They discussed energy supplies and LNG."],
      ["connectivity", "The sides will improve transport and logistics links."],
      ["infrastructure", "Funding for infrastructure projects was agreed."],
      ["security", "Both leaders discussed regional security."],
      ["tourism", "Tourism between the two countries is growing."],
      ["education", "More scholarships for students were announced."],
      ["culture", "They agreed to expand cultural exchanges."],
      ["sports", "Cooperation in sports was also discussed."],
      ["climate", "The talks focused on climate finance and emissions."],
      ["technology", "They signed a deal on digital technology."],
      ["agriculture", "Agriculture and food security were on the agenda."],
      ["finance", "The central banks agreed a currency swap to support financial stability."],
      ["legislation", "The speakers praised legislative cooperation."],
      ["people-to-people", "They called for more people-to-people exchanges."],
      ["migration", "Irregular migration and asylum rules were discussed."],
      ["human rights", "Activists raised human rights concerns."],
      ["territorial dispute", "The territorial dispute over the islands flared again."],
      ["humanitarian", "The convoy carried humanitarian aid to the region."],
      ["peace process", "Mediators pushed for a ceasefire."],
      ["multilateralism", "Both defended multilateralism and the UN."],
    ];
    for (const [topic, sentence] of cases) expect(topics(sentence), sentence).toContain(topic);
  });

  it("returns no topics for text without cues and stays fast on long input", () => {
    expect(topics("The two ministers met on Tuesday and had a cordial conversation.")).toEqual([]);
    expect(topics("")).toEqual([]);
    const long = "The delegation arrived and talked at length. ".repeat(25_000);
    const t0 = performance.now();
    expect(scoreTopics(long).size).toBe(0);
    expect(performance.now() - t0).toBeLessThan(2000);
  });

  it("has cues for every topic of the vocabulary", () => {
    for (const topic of TopicSchema.options) expect(TOPIC_CUES[topic].length, topic).toBeGreaterThan(0);
  });
});

describe("prefixesOf", () => {
  it("reads the literal prefixes of each alternative, through groups and lookbehinds", () => {
    expect(prefixesOf("trade(?!\\s+unions?)|(?:G20|BRICS) summit")).toEqual(new Set(["tra", "g20", "bri"]));
    expect(prefixesOf("(?<!atomic\\s)energy")).toEqual(new Set(["ene"]));
    expect(prefixesOf("G7|air links?")).toEqual(new Set(["g7", "air"]));
    expect(prefixesOf("ab?c")).toEqual(new Set(["a"]));
  });

  it("gives up on patterns whose first character is not plain", () => {
    expect(prefixesOf("[ab]c")).toBeNull();
    expect(prefixesOf("a?bc")).toBeNull();
    expect(prefixesOf("(?:ab)?c")).toBeNull();
    expect(prefixesOf("\\bfoo")).toBeNull();
    expect(prefixesOf("foo|")).toBeNull();
  });
});

describe("scoreTopics matches like one lookbehind regex per cue", () => {
  /** The plain reading: every cue as one regex with its word boundaries, scanned over the whole text. */
  const reference = (text: string): Map<string, number> => {
    const scores = new Map<string, number>();
    for (const topic of TopicSchema.options) {
      let score = 0;
      for (const cue of TOPIC_CUES[topic]) {
        const re = new RegExp(`(?<![\\p{L}\\p{N}-])(?:${cue.pattern})(?![\\p{L}\\p{N}])`, "giu");
        const forms = new Set<string>();
        for (const m of text.matchAll(re)) {
          if (forms.size >= 2) break;
          forms.add(cue.repeats ? `${forms.size}` : m[0].toLowerCase());
        }
        score += forms.size * cue.weight;
      }
      if (score > 0) scores.set(topic, score);
    }
    return scores;
  };

  it.each([
    "Trade, TRADE and trading: the e-commerce and anti-trade lobby met trade unions at the G20 summit.",
    "The ſanctions on Kelvin-run banks (West Bank) hit investors; atomic energy and the energy transition.",
    "Tourists\u00a0and students — «culture and arts» — visited the museum; non-military aid for civilians.",
    "Défense ministers and the Défense sector; 𝐓rade and troops, troops, armed forces; G-7 and G7 summit.",
  ])("on %s", (text) => {
    expect(scoreTopics(text)).toEqual(reference(text));
  });
});
