import type { CountryMention } from "../context.js";

/**
 * Whether an article reports diplomacy at all. Trigger words ("talks", "visit", "sanctions", "summit", "signed")
 * are common outside diplomacy: a club in transfer talks, a team visiting a hospital, an athlete's doping
 * sanctions, a stage's summit finish, two companies signing a memorandum. Events need diplomatic actors: states,
 * their officials and governments, international organisations. The gate sums the signs of such actors in the
 * text and keeps the article's events only when the sum reaches `RELEVANCE_THRESHOLD`.
 *
 * Pattern families counted (each capped so one repeated word cannot carry an article alone):
 * - offices of state: "foreign minister", "the ministry", "prime minister", "secretary of state";
 * - diplomatic service: "ambassador", "embassy", "envoy", "diplomat", "consul" (not "brand ambassador");
 * - titled heads before a name: "President Xavier", "King Hamad", "Chancellor Olaf" (not "vice president of
 *   sales", "Premier League");
 * - state institutions: "government", "bilateral", "foreign affairs", "parliament", "head of state";
 * - international organisations recognised by the country stage (UN, EU, ASEAN ...);
 * - states named (weak, capped low: sport and business pages name countries too);
 * - negotiators, delegations, officials, spokespeople (weak).
 * A short brief has room for few of these signs, so below `SHORT_TEXT` characters a lower threshold applies.
 */

export interface RelevanceSignal {
  family: string;
  count: number;
  weight: number;
}

export interface RelevanceAssessment {
  relevant: boolean;
  score: number;
  /** Human-readable reasons: one line per signal family found, e.g. "office:3x2". */
  reasons: string[];
  signals: RelevanceSignal[];
}

/** The score from which an article counts as diplomatic. */
export const RELEVANCE_THRESHOLD = 4;
/** The threshold for a brief of fewer than `SHORT_TEXT` characters. */
export const SHORT_RELEVANCE_THRESHOLD = 1;
const SHORT_TEXT = 600;
/** No family counts more than this many hits. */
const FAMILY_CAP = 4;

interface Family {
  family: string;
  weight: number;
  pattern: RegExp;
}

const FAMILIES: readonly Family[] = [
  {
    family: "office",
    weight: 2,
    pattern:
      /\b(?:minist(?:er|ers|ry|ries)|secretary of state|secretary-general|secretary general|foreign secretary|state councill?or)\b/gi,
  },
  {
    family: "diplomatic-service",
    weight: 2,
    pattern:
      /\b(?<!brand\s)(?<!goodwill\s)(?<!club\s)(?:ambassadors?|embass(?:y|ies)|envoys?|diplomat(?:s|ic|ically)?|diplomacy|consul(?:s|ate|ates)?|charg[eé] d'affaires)\b/gi,
  },
  {
    family: "titled-head",
    weight: 2,
    pattern:
      /(?<!\b(?:Vice|Senior|Executive|Club|Team|Company|Group|Association|Federation|League|Board|University|College)\s)\b(?:President|Prime Minister|Chancellor|King|Queen|Emir|Sultan|Crown Prince|Sheikh|Premier|Vice President|Vice-President)\s+(?!League\b|Division\b)\p{Lu}[\p{L}'’-]+/gu,
  },
  {
    // "the Peruvian premier", "a Ruritanian minister": a state's office named by its demonym
    family: "demonym-office",
    weight: 2,
    pattern:
      /\b\p{Lu}\p{Ll}+(?:an|ian|ese|ish|i)\s+(?:premier|president|prime minister|king|queen|leader|foreign minister|minister|envoy|delegation)\b/gu,
  },
  {
    family: "state-institution",
    weight: 1,
    pattern:
      /\b(?:negotiators?|delegations?|delegates|officials|spokes(?:person|man|woman)|governments?|bilateral|multilateral|foreign affairs|foreign policy|head of state|heads of state|heads of government|parliament(?:s|ary)?|Kremlin|White House|State Department|sovereignty|sanctions against|territorial)\b/gi,
  },
];

/**
 * How far `text` reports diplomacy, with the reasons.
 *
 * @example
 * assessRelevance("The foreign minister met the ambassador.", []).relevant // true
 * assessRelevance("The club opened talks over a striker.", []).relevant // false
 */
export function assessRelevance(text: string, countryMentions: readonly CountryMention[]): RelevanceAssessment {
  const signals: RelevanceSignal[] = [];
  for (const f of FAMILIES) {
    f.pattern.lastIndex = 0;
    const count = Math.min(FAMILY_CAP, (text.match(f.pattern) ?? []).length);
    if (count > 0) signals.push({ family: f.family, count, weight: f.weight });
  }
  const organizations = Math.min(
    FAMILY_CAP,
    new Set(countryMentions.filter((m) => m.kind === "organization").map((m) => m.code)).size,
  );
  if (organizations > 0) signals.push({ family: "international-organization", count: organizations, weight: 2 });
  const states = Math.min(2, new Set(countryMentions.filter((m) => m.kind !== "organization").map((m) => m.code)).size);
  if (states > 0) signals.push({ family: "state-named", count: states, weight: 1 });
  const score = signals.reduce((sum, s) => sum + s.count * s.weight, 0);
  return {
    relevant: score >= (text.length < SHORT_TEXT ? SHORT_RELEVANCE_THRESHOLD : RELEVANCE_THRESHOLD),
    score,
    reasons: signals.map((s) => `${s.family}:${s.count}x${s.weight}`),
    signals,
  };
}
