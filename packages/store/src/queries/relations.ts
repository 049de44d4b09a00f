import { sql } from "kysely";
import { NO_DATE } from "../database.js";
import { type Db, toCount } from "../query-helpers.js";
import type { CountryRelation } from "../schemas.js";

const MEETING_TYPES = ["meeting", "visit", "summit"] as const;

/**
 * Every counterpart of `code`: counts by type and month and the Goldstein sum in SQL, then the latest meeting and
 * relationship level per counterpart (window functions), merged here.
 */
export async function buildRelations(db: Db, code: string): Promise<CountryRelation[]> {
  const groups = await db
    .selectFrom("event_countries as ec1")
    .innerJoin("event_countries as ec2", (join) => join.onRef("ec2.event_id", "=", "ec1.event_id"))
    .innerJoin("events as e", "e.id", "ec1.event_id")
    .select([
      "ec2.code as counterpart",
      "e.type as type",
      sql<string>`substr(e.sort_date, 1, 7)`.as("month"),
      sql<number>`count(*)`.as("n"),
      sql<number>`sum(e.goldstein)`.as("goldstein"),
      sql<string>`min(e.sort_date)`.as("first_date"),
      sql<string>`max(e.sort_date)`.as("last_date"),
    ])
    .where("ec1.code", "=", code)
    .where("ec2.code", "<>", code)
    .groupBy(["ec2.code", "e.type", sql`substr(e.sort_date, 1, 7)`])
    .execute();

  const meetings = await db
    .selectFrom((eb) =>
      eb
        .selectFrom("event_countries as ec1")
        .innerJoin("event_countries as ec2", (join) => join.onRef("ec2.event_id", "=", "ec1.event_id"))
        .innerJoin("events as e", "e.id", "ec1.event_id")
        .innerJoin("articles as a", "a.id", "e.article_id")
        .select([
          "ec2.code as counterpart",
          "e.id as event_id",
          "e.article_id as article_id",
          "e.type as type",
          "e.sort_date as sort_date",
          "e.location_name as location",
          "a.headline as headline",
          sql<number>`row_number() over (partition by ec2.code order by e.sort_date desc, e.id asc)`.as("rn"),
        ])
        .where("ec1.code", "=", code)
        .where("ec2.code", "<>", code)
        .where("e.type", "in", MEETING_TYPES)
        .as("m"),
    )
    .selectAll()
    .where("m.rn", "=", 1)
    .execute();

  const levels = await db
    .selectFrom((eb) =>
      eb
        .selectFrom("relationships as r")
        .select([
          "r.counterpart as counterpart",
          "r.level as level",
          sql<number>`row_number() over (partition by r.counterpart order by r.sort_date desc, r.article_id desc)`.as(
            "rn",
          ),
        ])
        .where("r.code", "=", code)
        .as("l"),
    )
    .selectAll()
    .where("l.rn", "=", 1)
    .execute();

  const names = new Map(
    (await db.selectFrom("countries").select(["code", "name"]).execute()).map((c) => [c.code, c.name]),
  );
  const relations = new Map<string, CountryRelation & { goldsteinSum: number }>();
  const relationOf = (counterpart: string) => {
    let relation = relations.get(counterpart);
    if (!relation) {
      relation = {
        counterpart,
        name: names.get(counterpart) ?? counterpart,
        eventCount: 0,
        byType: [],
        byMonth: [],
        meanGoldstein: null,
        lastMeeting: null,
        relationshipLevel: null,
        firstDate: null,
        lastDate: null,
        goldsteinSum: 0,
      };
      relations.set(counterpart, relation);
    }
    return relation;
  };
  for (const group of groups) {
    const relation = relationOf(group.counterpart);
    const count = toCount(group.n);
    const type = group.type as CountryRelation["byType"][number]["type"];
    relation.eventCount += count;
    relation.goldsteinSum += Number(group.goldstein);
    const byType = relation.byType.find((t) => t.type === type);
    if (byType) byType.count += count;
    else relation.byType.push({ type, count });
    if (group.first_date !== NO_DATE) {
      relation.byMonth.push({ month: group.month, type, count });
      if (relation.firstDate === null || group.first_date < relation.firstDate) relation.firstDate = group.first_date;
      if (relation.lastDate === null || group.last_date > relation.lastDate) relation.lastDate = group.last_date;
    }
  }
  for (const meeting of meetings) {
    relationOf(meeting.counterpart).lastMeeting = {
      eventId: meeting.event_id,
      articleId: meeting.article_id,
      type: meeting.type as CountryRelation["byType"][number]["type"],
      date: meeting.sort_date === NO_DATE ? null : meeting.sort_date,
      location: meeting.location,
      headline: meeting.headline,
    };
  }
  for (const level of levels) relationOf(level.counterpart).relationshipLevel = level.level;

  return [...relations.values()].map(({ goldsteinSum, ...relation }) => ({
    ...relation,
    meanGoldstein: relation.eventCount > 0 ? Math.round((goldsteinSum / relation.eventCount) * 100) / 100 : null,
    byType: relation.byType.sort((a, b) => b.count - a.count || a.type.localeCompare(b.type)),
    byMonth: relation.byMonth.sort((a, b) => a.month.localeCompare(b.month) || a.type.localeCompare(b.type)),
  }));
}
