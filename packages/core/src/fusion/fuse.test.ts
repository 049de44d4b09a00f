import { describe, expect, it } from "vitest";
import { parseArticleOrThrow } from "../parse/parse-article.js";
import { personName, samePerson } from "./actors.js";
import { fuseEvents, mergeStories } from "./fuse.js";

// Invented reports: one phone call told four ways, plus look-alikes.
const call = (lead: string, publishedAt: string) => parseArticleOrThrow({ text: lead, publishedAt });
const CALL = [
  call(
    "Valdorian President Mira Oskarsson held a phone call with Estrovian President Tomas Kreller on Tuesday, March 4, 2025, discussing grain exports and the border.",
    "2025-03-04",
  ),
  call(
    "President Tomas Kreller of Estrovia and President Mira Oskarsson of Valdoria spoke by phone on Tuesday about grain exports and border crossings.",
    "2025-03-05",
  ),
  call(
    "Estrovia's President Tomas Kreller had a telephone conversation with Valdoria's President Mira Oskarsson on March 4, 2025, on grain exports.",
    "2025-03-06",
  ),
];

describe("personName / samePerson", () => {
  it("reads middle initials as compatible and conflicting given names as different people", () => {
    expect(samePerson(personName("Antony J. Blinken")!, personName("Antony Blinken")!)).toBe(true);
    expect(samePerson(personName("Zelenskyy")!, personName("Volodymyr Zelensky")!)).toBe(true);
    expect(samePerson(personName("Joe Biden")!, personName("Hunter Biden")!)).toBe(false);
  });
});

describe("fuseEvents", () => {
  it("needs the invented reports to carry call events", () => {
    for (const a of CALL) expect(a.events[0]?.type).toBe("phone_call");
  });

  it("fuses reports of one call into one story with every article as a member", () => {
    const stories = fuseEvents(CALL);
    const holding = stories.filter((s) => s.members.some((m) => m.main));
    const story = holding.find((s) => new Set(s.members.map((m) => m.articleId)).size === 3);
    expect(story).toBeDefined();
    expect(story!.type).toBe("phone_call");
    expect(story!.reasons.length).toBeGreaterThan(0);
  });

  it("keeps the same pair on another month apart", () => {
    const other = call(
      "Valdorian President Mira Oskarsson held a phone call with Estrovian President Tomas Kreller on Monday, June 16, 2025, on grain exports.",
      "2025-06-16",
    );
    const stories = fuseEvents([...CALL, other]);
    const of = stories.find((s) => s.members.some((m) => m.articleId === other.id && m.main))!;
    expect(new Set(of.members.map((m) => m.articleId))).toEqual(new Set([other.id]));
  });

  it("gives the same stories and ids whatever the input order, and in two halves", () => {
    const once = fuseEvents(CALL);
    const shuffled = fuseEvents([CALL[2]!, CALL[0]!, CALL[1]!]);
    expect(shuffled.map((s) => s.id)).toEqual(once.map((s) => s.id));
    const halves = mergeStories(fuseEvents([CALL[0]!]), fuseEvents([CALL[1]!, CALL[2]!]));
    expect(halves.map((s) => s.id).sort()).toEqual(once.map((s) => s.id).sort());
  });
});
