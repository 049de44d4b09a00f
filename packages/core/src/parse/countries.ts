import type { CountryMention, TextStructure } from "./context.js";

/** Every mention of a country or international organisation in the headline and body. (First version: none.) */
export function findCountryMentions(_text: string, _structure: TextStructure): CountryMention[] {
  return [];
}
