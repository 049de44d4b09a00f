import type { Article } from "../schemas/article.js";
import type { EventType } from "../schemas/event.js";
import type { FuseOptions, FusionFeatures, MergeReason, Story, StoryMember } from "../schemas/story.js";
import { sha256Hex } from "../util/hash.js";
import { resolveActors } from "./actors.js";
import {
  contentTokens,
  dateRange,
  evidenceText,
  intersect,
  jaccard,
  overlap,
  rangesMeet,
  typeAgreement,
} from "./features.js";

/** One event to fuse: its keys and the features fusion compares. */
interface Item extends Omit<StoryMember, "confidence"> {
  key: string;
}

const byString = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function itemsOf(articles: readonly Article[], mainOnly: boolean): Item[] {
  const { byMention } = resolveActors(articles);
  const items: Item[] = [];
  for (const article of [...articles].sort((a, b) => byString(a.id, b.id))) {
    const headline = article.headline ?? "";
    article.events.forEach((event, index) => {
      if (mainOnly && index > 0) return;
      const text = evidenceText(article, event);
      const features: FusionFeatures = {
        type: event.type,
        ...dateRange(event, article.publishedAt),
        actors: [...new Set(event.participants.map((p) => byMention.get(`${article.id}/${p}`) ?? p))].sort(),
        countries: [...new Set(event.countries)].sort(),
        location: event.location?.name.toLowerCase() ?? null,
        tokens: contentTokens(index === 0 ? `${headline} ${text}` : text),
      };
      items.push({
        key: `${article.id}/${event.id}`,
        articleId: article.id,
        eventId: event.id,
        main: index === 0,
        evidence: event.evidence,
        evidenceText: text,
        features,
      });
    });
  }
  return items;
}

/**
 * Scores a pair of events from different articles; null when they can never be one event. Families: type
 * compatibility, the date window, participants through canonical actors, country sets (Jaccard), location, and the
 * token Jaccard of the evidence. Year-only dates and undated members add nothing from the date: they merge only
 * on the other families.
 */
export function scorePair(a: FusionFeatures, b: FusionFeatures): { score: number; agreed: string[] } | null {
  const type = typeAgreement(a.type, b.type);
  if (type === null) return null;
  if (!rangesMeet(a, b)) return null;
  const agreed: string[] = [];
  let score = 0.15 * type;
  if (type === 1) agreed.push("type");
  const bothDated = a.dated && b.dated && a.precision !== "year" && b.precision !== "year";
  if (bothDated) {
    score += a.precision === "day" && b.precision === "day" ? 0.25 : 0.1;
    agreed.push("date");
  } else if (a.from && b.from) score += 0.05;
  const people = overlap(a.actors, b.actors);
  if (people >= 2) {
    score += 0.3;
    agreed.push("participants");
  } else if (people === 1) {
    score += 0.15;
    agreed.push("participant");
  }
  const countries = jaccard(a.countries, b.countries);
  score += 0.2 * countries;
  if (countries >= 0.5) agreed.push("countries");
  if (a.location && b.location) {
    if (a.location === b.location || a.location.includes(b.location) || b.location.includes(a.location)) {
      score += 0.1;
      agreed.push("location");
    } else score -= 0.15;
  }
  const text = jaccard(a.tokens, b.tokens);
  score += 0.6 * text;
  if (text >= 0.15) agreed.push("text");
  // An undated pair needs strong other evidence: shared people and countries.
  if (!bothDated && people === 0) score -= 0.2;
  return { score: Math.round(score * 1000) / 1000, agreed };
}

/** Blocking keys: a pair is only scored when both share a country or an actor. */
function blockKeys(f: FusionFeatures): string[] {
  return [...f.countries.map((c) => `c:${c}`), ...f.actors.map((a) => `a:${a}`)];
}

function fuseItems(items: Item[], options: FuseOptions): Story[] {
  const threshold = options.threshold ?? 0.55;
  items.sort((a, b) => byString(a.key, b.key));
  const index = new Map(items.map((item, i) => [item.key, i]));
  const blocks = new Map<string, number[]>();
  items.forEach((item, i) => {
    for (const k of blockKeys(item.features)) {
      const list = blocks.get(k) ?? [];
      list.push(i);
      blocks.set(k, list);
    }
  });
  const seen = new Set<string>();
  const edges: { i: number; j: number; score: number; agreed: string[] }[] = [];
  for (const [, list] of [...blocks].sort(([a], [b]) => byString(a, b))) {
    for (let x = 0; x < list.length; x++) {
      for (let y = x + 1; y < list.length; y++) {
        const i = list[x]!;
        const j = list[y]!;
        const a = items[i]!;
        const b = items[j]!;
        if (a.articleId === b.articleId || !rangesMeet(a.features, b.features)) continue;
        const pair = `${i}:${j}`;
        if (seen.has(pair)) continue;
        seen.add(pair);
        const scored = scorePair(a.features, b.features);
        if (scored && scored.score >= threshold) edges.push({ i, j, ...scored });
      }
    }
  }
  edges.sort((e, f) => f.score - e.score || e.i - f.i || e.j - f.j);
  // Union-find with cluster constraints: one member per article, and the members' date ranges must still meet.
  const parent = items.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]!]!;
      i = parent[i]!;
    }
    return i;
  };
  const info = items.map((item) => ({
    articles: new Set([item.articleId]),
    range: { from: item.features.from, to: item.features.to },
    reasons: [] as MergeReason[],
    best: new Map<number, number>(),
  }));
  for (const edge of edges) {
    const ri = find(edge.i);
    const rj = find(edge.j);
    if (ri === rj) continue;
    const A = info[ri]!;
    const B = info[rj]!;
    if (options.onePerArticle && [...A.articles].some((a) => B.articles.has(a))) continue;
    if (!rangesMeet(A.range, B.range)) continue;
    const [root, child] = ri < rj ? [ri, rj] : [rj, ri];
    parent[child] = root;
    const R = info[root]!;
    const C = info[child]!;
    for (const a of C.articles) R.articles.add(a);
    R.range = intersect(A.range, B.range);
    R.reasons.push(...C.reasons, {
      a: items[edge.i]!.key,
      b: items[edge.j]!.key,
      score: edge.score,
      agreed: edge.agreed,
    });
    for (const [k, v] of C.best) R.best.set(k, Math.max(R.best.get(k) ?? 0, v));
    R.best.set(edge.i, Math.max(R.best.get(edge.i) ?? 0, edge.score));
    R.best.set(edge.j, Math.max(R.best.get(edge.j) ?? 0, edge.score));
  }
  const groups = new Map<number, Item[]>();
  items.forEach((item, i) => {
    const r = find(i);
    groups.set(r, [...(groups.get(r) ?? []), item]);
  });
  const stories: Story[] = [];
  for (const [root, members] of groups) {
    const R = info[root]!;
    stories.push(
      reconcile(
        members.map((m) => ({
          ...m,
          confidence: members.length === 1 ? 1 : Math.min(1, R.best.get(index.get(m.key)!) ?? 0),
        })),
        R.range,
        [...R.reasons].sort((x, y) => byString(x.a + x.b, y.a + y.b)),
      ),
    );
  }
  return stories.sort((a, b) => byString(a.members[0]!.articleId + a.id, b.members[0]!.articleId + b.id));
}

const TYPE_ORDER: EventType[] = [
  "visit",
  "summit",
  "phone_call",
  "meeting",
  "agreement",
  "protest",
  "sanction",
  "statement",
  "other",
];

function majority<T extends string>(values: T[], order: (v: T) => number = () => 0): T | null {
  const counts = new Map<T, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: T | null = null;
  for (const [v, n] of [...counts].sort(([a], [b]) => byString(a, b))) {
    const m = best === null ? -1 : counts.get(best)!;
    if (n > m || (n === m && order(v) < order(best!))) best = v;
  }
  return best;
}

function reconcile(
  members: StoryMember[],
  range: { from: string | null; to: string | null },
  reasons: MergeReason[],
): Story {
  members.sort((a, b) => byString(`${a.articleId}/${a.eventId}`, `${b.articleId}/${b.eventId}`));
  const half = Math.ceil(members.length / 2);
  const type = majority(
    members.map((m) => m.features.type),
    (t) => TYPE_ORDER.indexOf(t),
  )!;
  const dated = members.filter((m) => m.features.dated);
  const rank = { day: 0, month: 1, year: 2 } as const;
  const finest = dated.length ? Math.min(...dated.map((m) => rank[m.features.precision ?? "year"])) : null;
  const precision = finest === null ? null : (["day", "month", "year"] as const)[finest]!;
  const centre = (m: StoryMember) => {
    if (m.features.precision === "day" && m.features.from) {
      return new Date(Date.parse(`${m.features.from}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    }
    return m.features.from!.slice(0, m.features.precision === "month" ? 7 : 4);
  };
  const value = precision ? majority(dated.filter((m) => m.features.precision === precision).map(centre)) : null;
  const count = (lists: string[][]) => {
    const c = new Map<string, number>();
    for (const l of lists) for (const x of l) c.set(x, (c.get(x) ?? 0) + 1);
    return [...c]
      .filter(([, n]) => n >= half)
      .map(([x]) => x)
      .sort();
  };
  const location = majority(
    members.flatMap((m) => (m.features.location ? [m.features.location] : [])),
    (l) => -l.length,
  );
  const keys = members.map((m) => `${m.articleId}/${m.eventId}`);
  return {
    id: `story:${sha256Hex(keys.join("\n")).slice(0, 24)}`,
    type,
    date: { value, precision, from: range.from, to: range.to },
    location,
    participants: count(members.map((m) => m.features.actors)).map((id) => ({ id, name: id })),
    countries: count(members.map((m) => m.features.countries)),
    members,
    reasons,
  } as Story;
}

/**
 * Fuses the events of many articles into stories: one per real event, with every report of it as a member.
 * Deterministic whatever the order of `articles`.
 *
 * @example
 * const stories = fuseEvents(records);
 * stories.filter((s) => s.members.length > 1); // events reported by more than one article
 */
export function fuseEvents(articles: readonly Article[], options: FuseOptions = {}): Story[] {
  const stories = fuseItems(itemsOf(articles, options.mainOnly ?? false), options);
  const { actors } = resolveActors(articles);
  const names = new Map(actors.map((a) => [a.id, a.name]));
  for (const s of stories) for (const p of s.participants) p.name = names.get(p.id) ?? p.name;
  return stories;
}

/**
 * Adds one article to existing stories: its events join the stories they match, start new ones, or bridge two.
 * Gives the same stories as fusing every article at once, since members keep the features fusion compares.
 */
export function addToStories(stories: readonly Story[], article: Article, options: FuseOptions = {}): Story[] {
  return mergeStories(stories, fuseEvents([article], options), options);
}

/** Fuses two lists of stories (e.g. two halves of a corpus) into one, as if fused at once. */
export function mergeStories(a: readonly Story[], b: readonly Story[], options: FuseOptions = {}): Story[] {
  const names = new Map<string, string>();
  const items: Item[] = [];
  for (const s of [...a, ...b]) {
    for (const p of s.participants) names.set(p.id, p.name);
    for (const m of s.members) {
      const { confidence: _, ...rest } = m;
      items.push({ ...rest, key: `${m.articleId}/${m.eventId}` });
    }
  }
  const unique = [...new Map(items.map((i) => [i.key, i])).values()];
  const out = fuseItems(unique, options);
  for (const s of out) for (const p of s.participants) p.name = names.get(p.id) ?? p.name;
  return out;
}
