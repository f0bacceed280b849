import { and, asc, desc, eq, inArray, isNotNull, isNull, or, sql } from 'drizzle-orm';
import { db, type Tx } from '@/db';
import { meetingOrganizers, meetings, users } from '@/db/schema';
import { hasRole, type Actor } from '@/lib/auth/permissions';
import { listManagersOf, managerIdsOf } from '@/lib/managers/data';

export function getMeeting(id: number) {
  return db.select().from(meetings).where(eq(meetings.id, id)).get();
}

export function getMeetingBySlug(slug: string) {
  return db.select().from(meetings).where(eq(meetings.slug, slug)).get();
}

/** What visitors may see: published and closed meetings, and cancelled ones that had been published. */
const publiclyVisible = or(
  inArray(meetings.status, ['published', 'closed']),
  and(eq(meetings.status, 'cancelled'), isNotNull(meetings.publishedAt)),
);

export function getPublicMeeting(slug: string) {
  return db
    .select()
    .from(meetings)
    .where(and(eq(meetings.slug, slug), publiclyVisible))
    .get();
}

const listColumns = {
  id: meetings.id,
  slug: meetings.slug,
  title: meetings.title,
  titleEn: meetings.titleEn,
  theme: meetings.theme,
  themeEn: meetings.themeEn,
  venueName: meetings.venueName,
  timeZone: meetings.timeZone,
  startsAt: meetings.startsAt,
  endsAt: meetings.endsAt,
  status: meetings.status,
};

/** The home page list: what is coming first, then the most recent past meetings. */
export function listPublicMeetings(now: Date = new Date()) {
  const upcoming = db
    .select(listColumns)
    .from(meetings)
    .where(and(publiclyVisible, sql`${meetings.endsAt} >= ${now.getTime()}`))
    .orderBy(asc(meetings.startsAt))
    .limit(20)
    .all();
  const past = db
    .select(listColumns)
    .from(meetings)
    .where(and(publiclyVisible, sql`${meetings.endsAt} < ${now.getTime()}`))
    .orderBy(desc(meetings.startsAt))
    .limit(10)
    .all();
  return { upcoming, past };
}

/** The organizer's own meetings; admins see every meeting. */
export function listManagedMeetings(actor: NonNullable<Actor>) {
  const mine = hasRole(actor, 'admin')
    ? undefined
    : sql`${meetings.id} in (select o.meeting_id from meeting_organizers o where o.user_id = ${actor.id})`;
  return db.select(listColumns).from(meetings).where(mine).orderBy(desc(meetings.startsAt)).all();
}

export function listOrganizerIds(meetingId: number, reader: Tx | typeof db = db): number[] {
  return managerIdsOf(meetingOrganizers, meetingOrganizers.meetingId, meetingId, reader);
}

/** A meeting's organizers: its managers, kept in a (record, user) table like awards' and campaigns'. */
export const listMeetingOrganizers = (meetingId: number) =>
  listManagersOf(meetingOrganizers, meetingOrganizers.meetingId, meetingId);

/** Active people who could join the meeting's organizers; site organizers and admins first. */
export function listOrganizerCandidates(meetingId: number) {
  return db
    .select({ id: users.id, name: users.name, email: users.email, role: users.role })
    .from(users)
    .where(
      and(
        isNull(users.archivedAt),
        sql`${users.id} not in (select o.user_id from meeting_organizers o where o.meeting_id = ${meetingId})`,
      ),
    )
    .orderBy(sql`case ${users.role} when 'member' then 1 else 0 end`, asc(users.name))
    .all();
}
