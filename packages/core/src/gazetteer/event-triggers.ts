import type { EventType } from "../schemas/event.js";

/**
 * Words and phrases that report a diplomatic event, as data. Each family names the event type, the CAMEO
 * code its wordings take (see `codes/event-codes.ts`) and a weight: 2 for a main verb that reports the event
 * itself ("met", "summoned"), 1 for a noun or modifier that only refers to one ("the meeting", "visiting").
 * Phrases are matched word by word, case-insensitively, longest first; `{a|b}` expands to alternatives.
 */

export interface TriggerFamily {
  type: EventType;
  cameo: string;
  weight: 1 | 2;
  phrases: readonly string[];
}

const DET = "{its|their|our|his|her|the|a|an|its own|their own|his country's|the country's}";
const COUNT = `{two|three|four|five|six|seven|eight|nine|ten|several|some|all|${Array.from({ length: 11 }, (_, i) => i + 2).join("|")}|15|20}`;
const ENVOY =
  "{ambassador|ambassadors|envoy|envoys|diplomat|diplomats|charge d'affaires|chargé d'affaires|attache|attaché|attaches|attachés|consul|consul general}";

export const TRIGGER_FAMILIES: readonly TriggerFamily[] = [
  // phone and video calls
  {
    type: "phone_call",
    cameo: "041",
    weight: 2,
    phrases: [
      "{spoke|speaks|speak|talked|talks|talk|spoken} {by|over the|on the|via} {phone|telephone}",
      "{held|holds|hold|had|has|have|made|makes} a {phone|telephone|telephonic|video} {call|conversation|talk}",
      "{received|receives|got|made|makes} a {phone|telephone|video} call",
      // Pattern family: phoning someone up ("called up the premier", "rang up her counterpart")
      "{called up|calls up|call up|calling up|rang up|rings up|ring up}",
      "phoned",
      "telephoned",
      "dialled",
    ],
  },
  {
    type: "phone_call",
    cameo: "041",
    weight: 1,
    phrases: [
      "{phone|telephone|telephonic|video|conference} {call|calls|conversation|conversations|talk|talks}",
      "{video conference|videoconference|video link|virtual meeting|virtual talks}",
      "call with",
    ],
  },
  // meetings and talks
  {
    type: "meeting",
    cameo: "040",
    weight: 2,
    phrases: [
      "{met|meets|meet} with",
      "met",
      "meets",
      "{will|to|would|shall|and} meet",
      "{held|holds|hold|had|has|have|holding} {talks|a meeting|meetings|consultations|discussions|a bilateral meeting|bilateral talks|bilateral meetings}",
      "{sat down|sits down} with",
      "kicked off talks",
    ],
  },
  {
    type: "meeting",
    cameo: "043",
    weight: 2,
    phrases: ["received", "receives", "receiving", "hosted", "hosts", "{was|were|is|are} received by", "welcomed by"],
  },
  {
    type: "meeting",
    cameo: "040",
    weight: 1,
    phrases: [
      "meeting",
      "meetings",
      "talks",
      "consultations",
      "{courtesy call|working lunch|working dinner|breakfast meeting|luncheon}",
      "tête-à-tête",
      "tete-a-tete",
    ],
  },
  {
    type: "meeting",
    cameo: "044",
    weight: 1,
    phrases: ["{on|in} the {sidelines|margins|margin|sideline} of"],
  },
  {
    type: "meeting",
    cameo: "046",
    weight: 1,
    phrases: ["negotiations", "negotiated", "{negotiate|negotiating} with"],
  },
  {
    type: "meeting",
    cameo: "045",
    weight: 1,
    phrases: ["mediation", "mediated", "mediating"],
  },
  // visits
  {
    type: "visit",
    cameo: "042",
    weight: 2,
    phrases: [
      "{visited|visits|visit|visiting} {the|a}",
      "visited",
      "will visit",
      "{paid|pays|pay|paying|made|makes|make|making} {a|an|his|her|their|its} {visit|state visit|official visit|working visit|official working visit|two-day visit|three-day visit|four-day visit|five-day visit|two-day state visit|three-day state visit|two-day official visit|three-day official visit|first visit|maiden visit|courtesy visit}",
      "{arrived|arrives|arrive|arriving|landed|lands} in",
      "{arrived|arrives|arriving} at",
      "{arrived|arrives}",
      "{travelled|traveled|travels|travel|travelling|traveling|flew|flies|headed|heads} to",
      "{trip|tour} to",
    ],
  },
  {
    type: "visit",
    cameo: "042",
    weight: 1,
    phrases: [
      "visit",
      "visits",
      "visiting",
      "{state|official|working|two-day|three-day|four-day|five-day|first|maiden} visit",
      "official tour",
    ],
  },
  // summits and conferences
  {
    type: "summit",
    cameo: "040",
    weight: 1,
    phrases: [
      "summit",
      "summits",
      "summitry",
      "{general|ministerial|intergovernmental|international|regional|annual} conference",
      "extraordinary {meeting|session|summit}",
      "ministerial council",
      "{foreign ministers|leaders|heads of state|heads of government}' {meeting|summit|council}",
    ],
  },
  // agreements
  {
    type: "agreement",
    cameo: "057",
    weight: 2,
    phrases: [
      "signed",
      "signs",
      "sign",
      "signing",
      "inked",
      "{reached|reach|concluded|conclude|clinched|struck} {an|the|a} {agreement|deal|accord}",
      "{agreement|agreements|deal|accord} {was|were} {signed|reached}",
      "ratified",
    ],
  },
  {
    type: "agreement",
    cameo: "057",
    weight: 1,
    phrases: ["{memorandum|memoranda} of understanding", "mou", "mous", "signing ceremony"],
  },
  // statements
  {
    type: "statement",
    cameo: "019",
    weight: 2,
    phrases: ["joint {statement|communiqué|communique|declaration|press statement|press release}"],
  },
  {
    type: "statement",
    cameo: "111",
    weight: 2,
    phrases: [
      "condemned",
      "condemns",
      "condemn",
      "condemning",
      "condemnation",
      "denounced",
      "denounces",
      "denounce",
      "criticized",
      "criticised",
      "criticizes",
      "criticises",
    ],
  },
  {
    type: "statement",
    cameo: "010",
    weight: 2,
    phrases: [
      "{voiced|expressed|expresses|voices} {concern|its concern|his concern|her concern|their concern|deep concern}",
    ],
  },
  {
    type: "statement",
    cameo: "018",
    weight: 1,
    phrases: [
      "{expressed|expresses|offered|conveyed} {condolences|its condolences|his condolences|sincere condolences|deepest condolences|his deepest condolences}",
    ],
  },
  {
    type: "statement",
    cameo: "020",
    weight: 2,
    phrases: ["{called|calls|call|calling} on"],
  },
  {
    type: "statement",
    cameo: "120",
    weight: 2,
    phrases: ["{dismissed|rejected|rejects|dismisses} {the|comments|claims|remarks|accusations|statements}"],
  },
  {
    type: "statement",
    cameo: "130",
    weight: 2,
    phrases: ["threatened", "threatens", "{has|have|had} threatened"],
  },
  {
    type: "statement",
    cameo: "010",
    weight: 2,
    phrases: ["{told|tells} {reporters|journalists|the press|a press conference|a news conference}"],
  },
  // protests (diplomatic)
  {
    type: "protest",
    cameo: "114",
    weight: 2,
    phrases: [
      "summoned",
      "summons",
      "summon",
      "summoning",
      "{lodged|lodges|lodge|filed|files|delivered|handed} {a|an} {protest|strong protest|formal protest|official protest|protest note|note of protest}",
      "protested",
      "protests against",
      "{to|in} protest",
    ],
  },
  {
    type: "protest",
    cameo: "114",
    weight: 1,
    phrases: ["{protest note|note verbale|diplomatic protest|diplomatic protests|strong protest|démarche|demarche}"],
  },
  {
    type: "protest",
    cameo: "161",
    weight: 2,
    phrases: [
      `{recalled|recalls|recall|recalling|withdrew|withdraws|withdraw|withdrawing} ${DET} ${ENVOY}`,
      `{recalled|recalls|recall} ${ENVOY}`,
      `recall of ${DET} ${ENVOY}`,
      // Pattern family: calling one's own envoy home ("called back its ambassador", "called home the envoy")
      `{called|calls|call|calling} {back|home} ${DET} ${ENVOY}`,
    ],
  },
  {
    // Pattern family: calling in a foreign envoy to complain ("called in the ambassador")
    type: "protest",
    cameo: "114",
    weight: 2,
    phrases: [`{called|calls|call|calling} in ${DET} ${ENVOY}`],
  },
  // Pattern family: sanctions, i.e. restrictive measures a state or bloc imposes ("imposed sanctions on",
  // "announced travel bans", "froze the assets of", "decided to take countermeasures", "added to the entity
  // list"). They count only in a state context: a sentence that names no country or bloc, or one about sport
  // ("the league sanctioned the club"), reports none (see parse/events/triggers.ts and parse/events.ts).
  {
    type: "sanction",
    cameo: "163",
    weight: 2,
    phrases: [
      "{imposed|imposes|impose|imposing|reimposed|reimposes|slapped|slaps|announced|announces|levied|levies|extended|extends|tightened|tightens|expanded|expands|unveiled|unveils|approved|approves|adopted|adopts|introduced|introduces} {sanctions|new sanctions|fresh sanctions|further sanctions|additional sanctions|economic sanctions|financial sanctions|targeted sanctions|sweeping sanctions|an embargo|an arms embargo|a trade embargo|a travel ban|travel bans|an entry ban|entry bans|a visa ban|visa bans|travel controls|travel restrictions|visa restrictions|an asset freeze|asset freezes|countermeasures|export controls|new export controls|restrictive measures}",
      "sanctions {were|was|have been|has been|had been} {imposed|slapped|announced|approved|adopted}",
      "{slew|raft|package|round|new round|fresh round|set|list} of sanctions",
      "{take|took|takes|taking|to take} countermeasures",
      "{put|puts|place|placed|places|impose|imposed|imposes|slapped} a ban on {travel|entry}",
      "{froze|freezes|freeze|freezing} {the assets|assets|the bank accounts}",
      "{banned|bans|barred|bars} from {entering|travelling to|traveling to|visiting}",
      "{blacklisted|blacklists}",
      "sanctioned",
    ],
  },
  {
    type: "sanction",
    cameo: "163",
    weight: 1,
    phrases: [
      "{asset freeze|asset freezes|freeze of assets|freezing of assets|travel ban|travel bans|entry ban|entry bans|visa ban|visa bans|arms embargo|export controls|countermeasures}",
      "sanctions {against|on}",
      "{ban on travel|ban on entry|travel controls|entry restrictions}",
      "{entity list|unreliable entity list|sanctions list|export control list}",
    ],
  },
  // Pattern family: reducing or breaking relations, typed "other" (ANNOTATION: expelling diplomats, declaring
  // one persona non grata, severing, suspending or downgrading relations). CAMEO 161, PLOVER SANCTION.
  {
    type: "other",
    cameo: "161",
    weight: 2,
    phrases: [
      "{severed|severs|sever|severing|cut|cuts|cutting|broke off|breaks off|break off|breaking off|suspended|suspends|suspend|suspending|downgraded|downgrades|downgrade|froze|freezes} {ties|diplomatic ties|relations|diplomatic relations|all ties|all relations|its ties|its relations|its diplomatic relations|their diplomatic relations}",
      `{expelled|expels|expel|expelling} ${DET} ${ENVOY}`,
      `{expelled|expels|expel} ${ENVOY}`,
      `{expelled|expels|expel|expelling} ${COUNT} ${ENVOY}`,
      "{declared|declares|declare|declaring} persona non grata",
      "persona non grata",
      // bare "expel" counts only with an envoy within a few words after it (see parse/events/triggers.ts)
      "{expelled|expels|expel|expelling}",
    ],
  },
  {
    type: "other",
    cameo: "161",
    weight: 1,
    phrases: [
      `expulsion of ${DET} ${ENVOY}`,
      // bare "expulsion" counts only with an envoy within a few words after it, as bare "expel" does
      "expulsion",
      "expulsions",
      "{severing|rupture|suspension} of {ties|relations|diplomatic relations|diplomatic ties}",
    ],
  },
  // Pattern family: establishing diplomatic relations, an agreement (usually by a signed joint communiqué);
  // CAMEO 054 (grant diplomatic recognition).
  {
    type: "agreement",
    cameo: "054",
    weight: 2,
    phrases: [
      "{established|establishes|establish|establishing|forged|forge} {diplomatic relations|diplomatic ties|formal diplomatic relations|formal ties|formal relations|full diplomatic relations|relations at ambassadorial level}",
      "{switched|switches|switch|switching} {diplomatic recognition|recognition|allegiance}",
    ],
  },
  // Pattern family: restoring relations ("restored ties", "resumed diplomatic relations", "normalised relations"),
  // typed "other" unless a signing in the same sentence makes it an agreement; CAMEO 050.
  {
    type: "other",
    cameo: "050",
    weight: 2,
    phrases: [
      "{restored|restores|restore|restoring|resumed|resumes|resume|resuming|normalized|normalised|normalizes|normalises|normalize|normalise|re-established|reestablished|re-establish|reestablish} {ties|diplomatic ties|relations|diplomatic relations|full diplomatic relations|full relations}",
      "{restoration|resumption|normalization|normalisation} of {ties|relations|diplomatic relations|diplomatic ties}",
    ],
  },
  // other diplomatic activity
  {
    type: "other",
    cameo: "010",
    weight: 1,
    phrases: [
      "{press|news|joint press|joint news} conference",
      "press briefing",
      "{inaugurated|inaugurates|inaugurate|opened|opens} the {embassy|new embassy|premises|consulate}",
      "{was|were} officially inaugurated",
      "inaugurate",
      "{laid|lays|lay} a wreath",
    ],
  },
];

/**
 * Expands `{a|b}` alternatives in a trigger pattern into plain phrases.
 *
 * @example
 * expandPattern("{met|meets} with") // ["met with", "meets with"]
 */
export function expandPattern(pattern: string): string[] {
  const open = pattern.indexOf("{");
  if (open < 0) return [pattern.replace(/\s+/g, " ").trim()];
  const close = pattern.indexOf("}", open);
  if (close < 0) return [pattern];
  const head = pattern.slice(0, open);
  const tail = pattern.slice(close + 1);
  return pattern
    .slice(open + 1, close)
    .split("|")
    .flatMap((alt) => expandPattern(`${head}${alt}${tail}`));
}
