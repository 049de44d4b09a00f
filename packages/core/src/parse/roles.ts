import type { Country } from "../schemas/country.js";
import type { Doc } from "./context.js";

/** Groups country mentions into countries and marks the parties of the main events. (First version: all mentioned.) */
export function assignCountryRoles(doc: Doc): Country[] {
  const byCode = new Map<string, Country>();
  for (const m of doc.countryMentions) {
    const c = byCode.get(m.code) ?? { code: m.code, name: m.code, role: "mentioned" as const, mentions: [] };
    c.mentions.push(m.span);
    byCode.set(m.code, c);
  }
  return [...byCode.values()];
}
