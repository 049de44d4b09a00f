import { countryName, isOrganizationCode } from "../gazetteer/countries.js";
import type { Country } from "../schemas/country.js";
import type { Event } from "../schemas/event.js";
import type { Doc } from "./context.js";
import { findActingCountries } from "./events/participants.js";

/**
 * Groups country mentions into countries with their English names and marks as "party" every country whose
 * officials or government take part in the article's main event (the first event: the one its headline and
 * lead report, already completed from both by `findEvents`). Parties named only through a participant's
 * nationality are listed too, with no mentions of their own. International organisations are listed only as
 * parties (their other mentions are topics, not countries). Order: first mention in the text.
 *
 * @example
 * assignCountryRoles(doc) // [{ code: "CN", name: "China", role: "party", mentions: [...] }, { code: "TW", role: "mentioned", ... }]
 */
export function assignCountryRoles(doc: Doc): Country[] {
  const parties = findParties(doc.events);
  const headline = doc.structure.headline?.span;
  if (parties.size > 0 && headline) {
    const inHeadline = doc.countryMentions.filter((m) => m.span.start >= headline.start && m.span.end <= headline.end);
    for (const code of findActingCountries(doc.text, headline, inHeadline, [], null)) parties.add(code);
  }
  const byCode = new Map<string, Country>();
  const mentions = [...doc.countryMentions].sort((a, b) => a.span.start - b.span.start);
  for (const m of mentions) {
    // an organisation is listed among the countries only when it takes part ("NATO said"), not when it is a topic
    if (isOrganizationCode(m.code) && !parties.has(m.code)) continue;
    let country = byCode.get(m.code);
    if (!country) {
      country = {
        code: m.code,
        name: countryName(m.code),
        role: parties.has(m.code) ? "party" : "mentioned",
        mentions: [],
      };
      byCode.set(m.code, country);
    }
    country.mentions.push(m.span);
  }
  for (const code of parties)
    if (!byCode.has(code)) byCode.set(code, { code, name: countryName(code), role: "party", mentions: [] });
  return [...byCode.values()];
}

/**
 * The countries taking part in the main event, or none when the article reports no event.
 *
 * @example
 * findParties([{ countries: ["CN", "KZ"], ... }]) // Set { "CN", "KZ" }
 */
export function findParties(events: readonly Event[]): Set<string> {
  return new Set(events[0]?.countries ?? []);
}
