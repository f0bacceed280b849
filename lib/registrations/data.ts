import { and, asc, count, desc, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import { db, type Tx } from '@/db';
import {
  invitations,
  meetings,
  memberships,
  organizations,
  organizationSeats,
  registrationCategories,
  registrationQuestions,
  registrations,
  users,
} from '@/db/schema';
import { accessTokenHash, openAccessToken } from './access-token';
import { hashToken } from './tokens';
import { contains } from '@/lib/search';
import { loadSettings, seatCounts, waitlistPosition } from './mutations';
import { availability, type Availability } from './availability';

export function getRegistrationSettings(meetingId: number) {
  return loadSettings(meetingId);
}

/** A meeting's categories or questions, in the order the organizer set (ties by age). */
function inListOrder<T extends typeof registrationCategories | typeof registrationQuestions>(
  table: T,
  meetingId: number,
  reader: Tx | typeof db = db,
): T['$inferSelect'][] {
  return reader
    .select()
    .from(table)
    .where(eq(table.meetingId, meetingId))
    .orderBy(asc(table.position), asc(table.id))
    .all() as T['$inferSelect'][]; // drizzle cannot resolve a select over a generic table to its row type
}

/** `reader`: the caller's transaction, when a write orders by category (the seating engine). */
export const listCategories = (meetingId: number, reader: Tx | typeof db = db) =>
  inListOrder(registrationCategories, meetingId, reader);

export const listQuestions = (meetingId: number) => inListOrder(registrationQuestions, meetingId);

export function listOrganizationSeats(meetingId: number) {
  return db
    .select({
      organizationId: organizationSeats.organizationId,
      name: organizations.name,
      seats: organizationSeats.seats,
    })
    .from(organizationSeats)
    .innerJoin(organizations, eq(organizations.id, organizationSeats.organizationId))
    .where(eq(organizationSeats.meetingId, meetingId))
    .orderBy(asc(organizations.name))
    .all();
}

/** Confirmed, checked in, pending and waiting, per category: the organizer's and the door's counters. */
export function registrationCounts(meetingId: number) {
  const rows = db
    .select({
      categoryId: registrations.categoryId,
      status: registrations.status,
      n: count(),
      checkedIn: sql<number>`sum(case when ${registrations.checkedInAt} is not null then 1 else 0 end)`,
    })
    .from(registrations)
    .where(eq(registrations.meetingId, meetingId))
    .groupBy(registrations.categoryId, registrations.status)
    .all();
  return listCategories(meetingId).map((category) => {
    const of = (status: string) => rows.find((row) => row.categoryId === category.id && row.status === status);
    return {
      categoryId: category.id,
      name: category.name,
      quota: category.quota,
      confirmed: of('confirmed')?.n ?? 0,
      checkedIn: of('confirmed')?.checkedIn ?? 0,
      pending: of('pending')?.n ?? 0,
      waitlisted: of('waitlisted')?.n ?? 0,
    };
  });
}

/**
 * The organization a registration names: the member organization it chose, else the name the
 * registrant typed. Needs `organizations` left-joined on the registration's organization.
 */
export const registrationOrganization = sql<
  string | null
>`coalesce(${organizations.name}, ${registrations.organizationName})`;

const listColumns = {
  id: registrations.id,
  name: registrations.name,
  email: registrations.email,
  phone: registrations.phone,
  status: registrations.status,
  categoryId: registrations.categoryId,
  categoryName: registrationCategories.name,
  categoryNameEn: registrationCategories.nameEn,
  organizationName: registrationOrganization,
  ticketCode: registrations.ticketCode,
  answers: registrations.answers,
  createdAt: registrations.createdAt,
  checkedInAt: registrations.checkedInAt,
  rejectionReason: registrations.rejectionReason,
};

/** Registrations with their category and organization, as lists show them; `more` adds columns. */
function selectRegistrations<More extends Record<string, SQLiteColumn> = Record<never, never>>(
  more: More = {} as More,
) {
  return db
    .select({ ...listColumns, ...more })
    .from(registrations)
    .innerJoin(registrationCategories, eq(registrationCategories.id, registrations.categoryId))
    .leftJoin(organizations, eq(organizations.id, registrations.organizationId));
}

/** Every registration of a meeting, for organizers and the CSV export; waiting list in its order. */
export function listRegistrations(meetingId: number, filter: { status?: string; q?: string } = {}) {
  return selectRegistrations()
    .where(
      and(
        eq(registrations.meetingId, meetingId),
        filter.status ? eq(registrations.status, filter.status as 'confirmed') : undefined,
        filter.q ? contains(registrations.name, filter.q) : undefined,
      ),
    )
    .orderBy(asc(registrations.id))
    .all();
}

/** Confirmed registrations whose name contains the text: the door's search for someone without their ticket. */
export function findAttendees(meetingId: number, q: string) {
  if (!q.trim()) return [];
  return selectRegistrations()
    .where(
      and(
        eq(registrations.meetingId, meetingId),
        eq(registrations.status, 'confirmed'),
        contains(registrations.name, q.trim()),
      ),
    )
    .orderBy(asc(registrations.name))
    .limit(20)
    .all();
}

/** A registration by its private link, with what its page shows. */
export function getRegistrationByToken(token: string) {
  const registration = selectRegistrations({
    meetingId: registrations.meetingId,
    locale: registrations.locale,
    promotedAt: registrations.promotedAt,
  })
    .where(eq(registrations.accessTokenHash, accessTokenHash(token)))
    .get();
  if (!registration) return undefined;
  const position = registration.status === 'waitlisted' ? waitlistPosition(registration) : null;
  return { ...registration, waitlistPosition: position };
}

/**
 * A member's own registrations, newest meeting first, each with the token of its link
 * (null if its seal no longer opens: the session secret was changed; decision 0018).
 */
export function listMyRegistrations(userId: number) {
  const rows = db
    .select({
      id: registrations.id,
      accessTokenSealed: registrations.accessTokenSealed,
      status: registrations.status,
      title: meetings.title,
      titleEn: meetings.titleEn,
    })
    .from(registrations)
    .innerJoin(meetings, eq(meetings.id, registrations.meetingId))
    .where(eq(registrations.userId, userId))
    .orderBy(desc(meetings.startsAt), desc(registrations.id))
    .all();
  return rows.map(({ accessTokenSealed, ...row }) => ({ ...row, accessToken: openAccessToken(accessTokenSealed) }));
}

/** The member's place at a meeting, if any, with the token of its link (null as in listMyRegistrations). */
export function activeRegistrationOf(meetingId: number, userId: number) {
  const row = db
    .select({ accessTokenSealed: registrations.accessTokenSealed, status: registrations.status })
    .from(registrations)
    .where(
      and(
        eq(registrations.meetingId, meetingId),
        eq(registrations.userId, userId),
        inArray(registrations.status, ['confirmed', 'pending', 'waitlisted']),
      ),
    )
    .get();
  return row && { status: row.status, accessToken: openAccessToken(row.accessTokenSealed) };
}

/** The invitation behind a link, to greet the invitee by name before they register. */
export function getInvitation(meetingId: number, token: string) {
  return db
    .select({
      name: invitations.name,
      email: invitations.email,
      categoryId: invitations.categoryId,
      expiresAt: invitations.expiresAt,
      acceptedAt: invitations.acceptedAt,
      revokedAt: invitations.revokedAt,
    })
    .from(invitations)
    .where(and(eq(invitations.meetingId, meetingId), eq(invitations.tokenHash, hashToken(token))))
    .get();
}

export function listInvitations(meetingId: number) {
  return db
    .select({
      id: invitations.id,
      name: invitations.name,
      email: invitations.email,
      categoryName: registrationCategories.name,
      expiresAt: invitations.expiresAt,
      acceptedAt: invitations.acceptedAt,
      revokedAt: invitations.revokedAt,
    })
    .from(invitations)
    .innerJoin(registrationCategories, eq(registrationCategories.id, invitations.categoryId))
    .where(eq(invitations.meetingId, meetingId))
    .orderBy(desc(invitations.id))
    .all();
}

/** Representatives of active organizations who have an email: whom "invite the representatives" can reach. */
export function listRepresentatives() {
  return db
    .select({ userId: users.id, name: users.name, email: users.email, organization: organizations.name })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .innerJoin(organizations, eq(organizations.id, memberships.organizationId))
    .where(
      and(
        eq(memberships.isRepresentative, true),
        isNotNull(users.email),
        sql`${users.archivedAt} is null`,
        sql`${organizations.archivedAt} is null`,
      ),
    )
    .orderBy(asc(organizations.name), asc(users.name))
    .all();
}

/** The active organizations the person belongs to: the only ones they may register for (held seats). */
export function organizationsOf(userId: number) {
  return db
    .select({ id: organizations.id, name: organizations.name })
    .from(memberships)
    .innerJoin(organizations, eq(organizations.id, memberships.organizationId))
    .where(and(eq(memberships.userId, userId), sql`${organizations.archivedAt} is null`))
    .orderBy(asc(organizations.name))
    .all();
}

/** The member's own organization, to suggest on their registration. */
export function firstOrganizationOf(userId: number) {
  return (
    db.select({ id: memberships.organizationId }).from(memberships).where(eq(memberships.userId, userId)).limit(1).get()
      ?.id ?? null
  );
}

/**
 * Seats left and the waiting list, per published meeting slug, read in one
 * transaction per meeting (the same counts a registration uses). Unknown or
 * unpublished slugs are left out.
 */
export function availabilityBySlug(slugs: string[], now = new Date()): Record<string, Availability> {
  if (slugs.length === 0) return {};
  const found = db
    .select()
    .from(meetings)
    .where(and(inArray(meetings.slug, slugs), inArray(meetings.status, ['published', 'closed'])))
    .all();
  return Object.fromEntries(found.map((meeting) => [meeting.slug, availabilityOf(meeting, now)]));
}

export function availabilityOf(meeting: typeof meetings.$inferSelect, now = new Date()): Availability {
  return db.transaction((tx) => {
    const waitlisted = tx
      .select({ n: count() })
      .from(registrations)
      .where(and(eq(registrations.meetingId, meeting.id), eq(registrations.status, 'waitlisted')))
      .get()!.n;
    return availability({
      meeting,
      settings: loadSettings(meeting.id),
      counts: seatCounts(meeting, now),
      waitlisted,
      now,
    });
  });
}
