import type { Topic } from "../schemas/initiative.js";

/**
 * Keyword families for the fixed topic vocabulary. Each cue is a case-insensitive pattern (matched on word
 * boundaries) with a weight; a topic is reported when its cues add up to `TOPIC_THRESHOLD`. Strong cues (weight 2)
 * name the topic outright ("counter-terrorism"); weak ones (weight 1) need company ("stability", "military").
 * A cue scores its weight once per distinct word it matched, at most twice: "trade" said five times is one
 * strong cue, while "troops" and "armed forces" are two weak ones.
 */
export interface TopicCue {
  pattern: string;
  weight: number;
  /** Count repeated occurrences, not only distinct words ("sanctions ... sanctions"). */
  repeats?: boolean;
}

export const TOPIC_THRESHOLD = 2;

export const TOPIC_CUES: Readonly<Record<Topic, readonly TopicCue[]>> = {
  trade: [
    { pattern: "trade(?!\\s+unions?)|trading|traders", weight: 2 },
    { pattern: "exports?|imports?|exporters?|importers?", weight: 1 },
    { pattern: "tariffs?|customs duties|protectionis[mt]|market access|commerce", weight: 2 },
    {
      pattern: "commercial (?:ties|relations|transactions|exchanges|cooperation)|commercial and financial transactions",
      weight: 2,
    },
    {
      pattern: "business forum|business leaders|economic and trade|bilateral exchange|supply chains?|customs",
      weight: 1,
    },
    { pattern: "e-commerce|trade deal|trade agreement|trade volume|trade turnover", weight: 2 },
    // the trade body and its rules: talks on "World Trade Organization reform" are about trade
    { pattern: "World Trade Organization|WTO", weight: 2 },
    { pattern: "common market|customs union|single market|free trade zones?", weight: 2 },
  ],
  investment: [
    { pattern: "investments?|investors?|invest|investing", weight: 2 },
    { pattern: "joint ventures?|capital inflows?|FDI", weight: 2 },
  ],
  energy: [
    { pattern: "(?<!atomic\\s)energy(?! transition)", weight: 2 },
    { pattern: "energy transition", weight: 1 },
    {
      pattern:
        "oil|gas|LNG|petroleum|pipelines?|electricity|power grids?|hydropower|renewables?|solar|refiner(?:y|ies)",
      weight: 1,
    },
    { pattern: "energy and power|power plants?|nuclear power|mines and energy|energy security", weight: 2 },
    // a fuel's trade or industry: "the oil sector", "gas shipments"
    { pattern: "(?:oil|gas|crude) (?:sector|shipments|exports|industry|revenues?|fields?|supplies)", weight: 2 },
  ],
  connectivity: [
    { pattern: "connectivity|interconnect(?:ion|ivity)", weight: 2 },
    { pattern: "transport(?:ation)?|logistics|transit", weight: 2 },
    { pattern: "rail(?:way)?s?|highways?|air links?|direct flights?|flights|shipping routes?|corridors?", weight: 1 },
    { pattern: "free movement|air transport", weight: 2 },
    { pattern: "rail(?:way)? (?:projects?|links?|lines?|networks?)|highway networks?|road links?", weight: 2 },
  ],
  infrastructure: [
    { pattern: "infrastructure", weight: 2 },
    { pattern: "construction|ports?|bridges?|roads|dams?", weight: 1 },
    // a work named by what is built: "the railway project", "the highway network", "port construction"
    {
      pattern:
        "(?:rail(?:way)?|highway|road|motorway|port|bridge|dam|airport|pipeline)s? (?:projects?|networks?|construction|rehabilitation)",
      weight: 2,
    },
  ],
  security: [
    {
      pattern:
        "(?<!tight\\s)(?<!under\\s)(?<!heavy\\s)(?<!food\\s)(?<!energy\\s)(?<!social\\s)(?<!job\\s)(?<!data\\s)(?<!health\\s)(?<!water\\s)security(?!\\s+(?:council|guards?|forces|advis[eo]rs?|conference|clearance))",
      weight: 2,
    },
    {
      pattern:
        "regional (?:peace and )?(?:security|stability)|national security(?!\\s+advis)|security cooperation|security and stability|peace, security|peace and security",
      weight: 2,
    },
    { pattern: "stability|threats?|attacks?|militants?|coup|junta|insurgen(?:cy|ts)|crime|extremism", weight: 1 },
    { pattern: "military|troops|armed forces|coast guard|water cannon|naval|navy|war|NATO", weight: 1 },
    // covert and hostile acts: "the killing", "hostile acts against", "espionage"
    {
      pattern:
        "killings?|assassinat(?:ion|ed)|hostile acts|hostilities|aggression|espionage|spying|spies|intelligence (?:agenc(?:y|ies)|services?|operations?)",
      weight: 1,
    },
  ],
  counterterrorism: [
    {
      pattern:
        "counter-?terrorism|anti-?terrorism|terrorism|terrorists?|extremis[mt]|separatism|three (?:evil )?forces",
      weight: 2,
    },
  ],
  defense: [
    {
      pattern: "defen[cs]e (?:cooperation|industry|ministers?|ties|sector|equipment|procurement|deals?|agreements?)",
      weight: 2,
    },
    {
      pattern: "military (?:cooperation|commitment|ties|exercises?|drills|aid|assistance|equipment|command|alliance)",
      weight: 2,
    },
    // the arms trade and its industry: "arms sales to", "defense-related companies"
    {
      pattern:
        "arms (?:sales|deals|exports|transfers)|weapons sales|defen[cs]e(?:-related)? (?:companies|firms|contractors|industr(?:y|ies))",
      weight: 2,
    },
    { pattern: "weapons? (?:systems|deliveries)|armed forces|troops|defen[cs]e", weight: 0.5 },
  ],
  tourism: [{ pattern: "touris[mt]s?|tourist|visa-free|travel(?:l)?ers", weight: 2 }],
  education: [
    { pattern: "education(?:al)?|universit(?:y|ies)|students?|scholarships?|academic", weight: 2 },
    { pattern: "schools?|training", weight: 1 },
  ],
  culture: [
    { pattern: "cultural (?:exchanges?|cooperation|ties|heritage|centres?|centers?|events?|programmes?)", weight: 2 },
    { pattern: "culture and (?:tourism|arts|sports?)|arts|heritage|museums?|films?", weight: 1 },
    { pattern: "cultur(?:e|al)", weight: 1 },
  ],
  sports: [{ pattern: "sports?|athletes?|olympics?|olympic|football|paralympics?", weight: 2 }],
  health: [
    { pattern: "health(?:care)?|vaccines?|vaccination|medical|medicines?|hospitals?|epidemics?", weight: 2 },
    {
      pattern:
        "(?:covid(?:-19)?|pandemic) (?:collaboration|cooperation|response|recovery)|fight against (?:covid(?:-19)?|the pandemic)",
      weight: 2,
    },
    { pattern: "covid(?:-19)?|pandemic", weight: 1 },
  ],
  climate: [
    {
      pattern:
        "(?<!investment\\s)(?<!business\\s)(?<!political\\s)(?<!economic\\s)(?<!security\\s)(?<!social\\s)climate|emissions|carbon|global warming|net[- ]zero|decarboni[sz]ation",
      weight: 2,
    },
    { pattern: "environment(?:al)?|green", weight: 1 },
  ],
  technology: [
    {
      pattern:
        "technolog(?:y|ies|ical)|ICT|5G|telecommunications?|digital|artificial intelligence|semiconductors?|cyber(?:security)?",
      weight: 2,
    },
    { pattern: "innovation|science|scientific|space|satellites?", weight: 1 },
    { pattern: "space cooperation|space exploration|cyberspace", weight: 2 },
  ],
  agriculture: [
    {
      pattern:
        "agricultur(?:e|al)|agro(?:-industrial)?|farming|farmers|grain|crops?|fisher(?:y|ies)|livestock|wheat|food security",
      weight: 2,
    },
    { pattern: "food", weight: 1 },
  ],
  finance: [
    {
      pattern: "financ(?:e|ial|ing)|(?<!west\\s)banks?|banking|currenc(?:y|ies)|loans?|budget|monetary|debt",
      weight: 2,
    },
    // money blocked or barred: "assets ... will be frozen", "an asset freeze", "barred from transactions"
    {
      pattern:
        "assets? (?:freezes?|frozen)|(?:will be|were|are|been|be) frozen|freez(?:e|es|ing) (?:of )?(?:their |the |all )?assets|(?:financial )?transactions",
      weight: 2,
    },
  ],
  legislation: [
    {
      pattern: "legislat(?:ive|ion|ure|ors?)|lawmakers|parliamentar(?:y|ians)|legal documents|inter-parliamentary",
      weight: 2,
    },
    { pattern: "parliaments?|congress|laws", weight: 1 },
  ],
  "people-to-people": [
    {
      pattern: "people-to-people|people to people|exchanges between (?:the )?(?:two )?peoples|mutual understanding",
      weight: 2,
    },
    {
      pattern: "young people|youth exchanges?|friendship between the (?:two )?peoples|sister cities|twinning",
      weight: 2,
    },
    { pattern: "youth", weight: 1 },
  ],
  migration: [
    {
      pattern: "migration|migrants?|asylum|free movement of persons|border crossings|deportations?",
      weight: 2,
    },
    { pattern: "refugees?|visas?|passports?", weight: 1 },
  ],
  "human rights": [
    { pattern: "human rights|rights of (?:women|minorities)|fundamental freedoms", weight: 2 },
    { pattern: "democracy|rule of law|freedom of (?:speech|expression|press)", weight: 1 },
  ],
  "territorial dispute": [
    {
      pattern:
        "territorial (?:dispute|claims?|rights|waters)|disputed|border dispute|maritime zones?|sovereignty over|sovereign claims?",
      weight: 2,
    },
    { pattern: "territor(?:y|ial)(?! integrity)|controversy|shoals?|islands?|borders?|annex(?:ed|ation)", weight: 1 },
    // "sovereignty and territorial integrity" is a stock phrase of friendly readouts: on its own it is no dispute
    { pattern: "territorial integrity|sovereignty", weight: 0.5 },
  ],
  nuclear: [{ pattern: "nuclear|denucleari[sz]ation|uranium|enrichment|non-proliferation|IAEA|warheads?", weight: 2 }],
  sanctions: [
    {
      pattern:
        "sanction(?:s|ed|ing)?|embargo(?:es)?|asset freezes?|travel bans?|freeze of assets|countermeasures|blacklist(?:ed|ing)?|(?:entry|visa) bans?|ban on travel|barred from entering",
      weight: 1,
      repeats: true,
    },
  ],
  humanitarian: [
    {
      pattern:
        "humanitarian (?:aid|assistance|situation|crisis|corridors?|access|relief)|hostages?|relief supplies|food aid|prisoner (?:exchanges?|swaps?)",
      weight: 2,
    },
    { pattern: "humanitarian|civilians|prisoners?|famine|displaced|aid", weight: 1 },
    // relief after a disaster: "flood relief", "post-flood rehabilitation", "earthquake victims"
    {
      pattern:
        "(?:post-)?(?:flood|earthquake|cyclone|tsunami|disaster|typhoon|hurricane)(?:-(?:affected|hit|stricken))? (?:relief|rehabilitation|victims|reconstruction|recovery|areas)",
      weight: 2,
    },
  ],
  "peace process": [
    {
      pattern:
        "peace (?:talks|process|treaty|agreement|deal|negotiations|plan|efforts)|ceasefire|cease-fire|truce|(?:lasting|durable|pursuit of) peace",
      weight: 2,
    },
    {
      pattern:
        "negotiat(?:ions|ors|e)|de-?escalat(?:e|ion)|conflict|reconciliation|zone of peace|mediat(?:ion|ors?|e|ed|ing)",
      weight: 1,
    },
    {
      pattern:
        "(?:prevent|avoid)(?:ing)? (?:an |further )?escalation|(?:seek|find|reach)(?:ing)? a (?:peaceful |political |diplomatic )?solution|resolve the (?:conflict|dispute|controversy|crisis)",
      weight: 1,
    },
    { pattern: "peace|dialogue", weight: 0.5 },
  ],
  multilateralism: [
    { pattern: "multilateral(?:ism)?|(?:G20|G-20|G7|G-7|BRICS|SCO|ASEAN|APEC) summit|UN General Assembly", weight: 2 },
    { pattern: "G20|G-20|G7|BRICS|United Nations|UN Security Council|World Trade Organization|WTO", weight: 1 },
    {
      pattern: "international order|global governance|international issues|international affairs|multipolar(?:ity)?",
      weight: 1,
    },
  ],
};
