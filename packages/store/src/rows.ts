import { type Article, sha256Hex } from "@org/diplomacy-core";
import {
  type ActorsTable,
  type ArticleActorsTable,
  type ArticleCountriesTable,
  type ArticlesTable,
  type CountriesTable,
  type EventActorsTable,
  type EventCountriesTable,
  type EventsTable,
  NO_DATE,
  type QuotesTable,
  type RelationshipsTable,
} from "./database.js";

/** Every row one article adds to the store. */
export interface ArticleRows {
  article: ArticlesTable;
  countries: CountriesTable[];
  articleCountries: ArticleCountriesTable[];
  actors: ActorsTable[];
  articleActors: ArticleActorsTable[];
  events: EventsTable[];
  eventCountries: EventCountriesTable[];
  eventActors: EventActorsTable[];
  quotes: QuotesTable[];
  relationships: RelationshipsTable[];
}

const ISO_DAY = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/;

/**
 * The day a partial ISO date stands for, as `YYYY-MM-DD` (month and year precision on their first day), or null.
 *
 * @example
 * toSortDay("2024-03") // "2024-03-01"
 */
export function toSortDay(value: string | null | undefined): string | null {
  if (!value) return null;
  const match = ISO_DAY.exec(value.trim());
  if (!match) return null;
  return `${match[1]}-${match[2] ?? "01"}-${match[3] ?? "01"}`;
}

/**
 * A store-wide actor id from a name: lowercase ASCII words joined by "-", so "Wang Yi" in two articles is one actor.
 * Names with no Latin letters get a short hash instead.
 *
 * @example
 * toActorId("Sergey Lavrov") // "sergey-lavrov"
 */
export function toActorId(name: string): string {
  const slug = toNameKey(name)
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80);
  return slug.length > 0 ? slug : `actor-${sha256Hex(toNameKey(name)).slice(0, 12)}`;
}

/** Lowercase, single-spaced name used to sort and match actors. */
export function toNameKey(name: string): string {
  return name.trim().replace(/\s+/g, " ").toLowerCase();
}

/** The day an article is filed under: its publication date, else its dateline's date. */
export function articleSortDay(article: Article): string | null {
  return toSortDay(article.publishedAt) ?? toSortDay(article.dateline?.date ?? null);
}

function uniqueLocalIds(ids: readonly string[]): string[] {
  const seen = new Set<string>();
  return ids.map((id, index) => {
    let unique = id || `x${index + 1}`;
    while (seen.has(unique)) unique = `${unique}_${index + 1}`;
    seen.add(unique);
    return unique;
  });
}

/**
 * Flattens one parsed article into table rows: store-wide ids for its events and actors, local actor ids
 * in events and quotes replaced by store-wide ones.
 *
 * @example
 * const rows = toArticleRows(article, new Date().toISOString());
 * rows.events[0]?.id // "<article id>-e1"
 */
export function toArticleRows(article: Article, ingestedAt: string): ArticleRows {
  const articleDay = articleSortDay(article);
  const sortDate = articleDay ?? NO_DATE;

  const countryNames = new Map<string, string>();
  for (const country of article.countries)
    if (!countryNames.has(country.code)) countryNames.set(country.code, country.name);
  const partiesFirst = [...article.countries].sort((a, b) => Number(a.role !== "party") - Number(b.role !== "party"));
  const articleCountries = new Map<string, ArticleCountriesTable>();
  for (const country of partiesFirst) {
    if (!articleCountries.has(country.code)) {
      articleCountries.set(country.code, { article_id: article.id, code: country.code, role: country.role });
    }
  }

  const localToGlobal = new Map<string, { id: string; name: string }>();
  const actors = new Map<string, ActorsTable>();
  const articleActors: ArticleActorsTable[] = [];
  const actorLocalIds = uniqueLocalIds(article.actors.map((a) => a.id));
  article.actors.forEach((actor, index) => {
    const id = toActorId(actor.name);
    const localId = actorLocalIds[index] as string;
    if (!localToGlobal.has(actor.id)) localToGlobal.set(actor.id, { id, name: actor.name });
    if (!actors.has(id)) {
      actors.set(id, {
        id,
        kind: actor.kind,
        name: actor.name.trim(),
        name_key: toNameKey(actor.name),
        aliases: JSON.stringify(actor.aliases),
        title: actor.title,
        organization: actor.organization,
        country: actor.country,
      });
    }
    articleActors.push({
      article_id: article.id,
      local_id: localId,
      actor_id: id,
      role: actor.role,
      title: actor.title,
    });
  });
  const resolveActor = (localId: string | null | undefined) => (localId ? (localToGlobal.get(localId) ?? null) : null);

  const events: EventsTable[] = [];
  const eventCountries: EventCountriesTable[] = [];
  const eventActors: EventActorsTable[] = [];
  const eventLocalIds = uniqueLocalIds(article.events.map((e) => e.id));
  article.events.forEach((event, index) => {
    const localId = eventLocalIds[index] as string;
    const id = `${article.id}-${localId}`;
    const participants = [
      ...new Map(
        event.participants.flatMap((p) => {
          const ref = resolveActor(p);
          return ref ? [[ref.id, ref] as const] : [];
        }),
      ).values(),
    ];
    const effective = toSortDay(event.date?.value) ?? articleDay;
    const { id: _local, participants: _participants, ...rest } = event;
    const record = {
      ...rest,
      ...(event.host !== undefined ? { host: resolveActor(event.host)?.id ?? null } : {}),
      ...(event.guest !== undefined ? { guest: resolveActor(event.guest)?.id ?? null } : {}),
      participants,
    };
    events.push({
      id,
      article_id: article.id,
      local_id: localId,
      type: event.type,
      sort_date: effective ?? NO_DATE,
      date_value: event.date?.value ?? null,
      date_precision: event.date?.precision ?? null,
      date_text: event.date?.text ?? null,
      location_name: event.location?.name ?? null,
      location_country: event.location?.country ?? null,
      cameo: event.cameo,
      plover: event.plover,
      goldstein: event.goldstein,
      evidence_text: article.text.slice(event.evidence.start, event.evidence.end),
      record: JSON.stringify(record),
    });
    for (const code of new Set(event.countries)) {
      if (!countryNames.has(code)) countryNames.set(code, code);
      eventCountries.push({ event_id: id, code });
    }
    participants.forEach((p, position) => {
      eventActors.push({ event_id: id, actor_id: p.id, position });
    });
  });

  const quotes: QuotesTable[] = article.quotes.map((quote, index) => ({
    id: `${article.id}-q${index + 1}`,
    article_id: article.id,
    actor_id: resolveActor(quote.speaker)?.id ?? null,
    text: quote.text,
    verb: quote.verb,
    span_start: quote.span.start,
    span_end: quote.span.end,
    sort_date: sortDate,
  }));

  const relationships: RelationshipsTable[] = [];
  const level = article.relationship?.level;
  const pair = [...new Set(article.relationship?.countries ?? [])];
  if (level) {
    for (const code of pair) if (!countryNames.has(code)) countryNames.set(code, code);
    for (const code of pair) {
      for (const counterpart of pair) {
        if (code !== counterpart) {
          relationships.push({ article_id: article.id, code, counterpart, level, sort_date: sortDate });
        }
      }
    }
  }

  return {
    article: {
      id: article.id,
      url: article.url,
      source: article.source,
      headline: article.headline,
      published_at: article.publishedAt,
      sort_date: sortDate,
      language: article.language,
      country_codes: JSON.stringify([...articleCountries.keys()]),
      event_count: events.length,
      ingested_at: ingestedAt,
      record: JSON.stringify(article),
    },
    countries: [...countryNames].map(([code, name]) => ({ code, name })),
    articleCountries: [...articleCountries.values()],
    actors: [...actors.values()],
    articleActors,
    events,
    eventCountries,
    eventActors,
    quotes,
    relationships,
  };
}
