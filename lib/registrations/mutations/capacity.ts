/**
 * The seat engine of registration: what holds a seat, confirming and promoting from the
 * waiting list, and the notice each change sends. Every function runs inside the caller's
 * transaction on the one connection.
 */
import { and, asc, eq, sql } from 'drizzle-orm';
import { db, type Tx } from '@/db';
import { once, prepared } from '@/db/prepared';
import {
  meetings,
  registrationCategories,
  registrations,
  registrationSettings,
  type Meeting,
  type Registration,
} from '@/db/schema';
import { listPublicAgenda } from '@/lib/agenda/data';
import { recordAudit } from '@/lib/audit/mutations';
import { AppError } from '@/lib/errors';
import { enqueueEmail } from '@/lib/mail/mutations';
import { registrationEmail, type RegistrationNotice } from '../emails';
import { fits, heldSeats, take, unclaimedSeats, type SeatCounts } from '../seats';
import { newTicketCode } from '../tokens';
import { accessTokenFor } from './access';

/** What every write needs besides its input: the time, and where links in emails point. */
export type Context = { now: Date; origin: string; locale: string };

const DEFAULT_SETTINGS = {
  mode: 'open' as const,
  opensAt: null,
  closesAt: null,
  organizationSeatsReleaseAt: null,
  organizationSeatsReleasedAt: null,
};

/**
 * The reads every registration makes, built and compiled once per process rather than
 * on every call (measured with `npm run bench -- surge`). They run on the one
 * connection, so inside whichever transaction is open on it.
 */
const settingsOfMeeting = once(() =>
  db
    .select()
    .from(registrationSettings)
    .where(eq(registrationSettings.meetingId, sql.placeholder('meetingId')))
    .prepare(),
);
const meetingById = once(() =>
  db
    .select()
    .from(meetings)
    .where(eq(meetings.id, sql.placeholder('meetingId')))
    .prepare(),
);
export const categoryOfMeeting = once(() =>
  db
    .select()
    .from(registrationCategories)
    .where(
      and(
        eq(registrationCategories.id, sql.placeholder('categoryId')),
        eq(registrationCategories.meetingId, sql.placeholder('meetingId')),
      ),
    )
    .prepare(),
);

// Read before every registration while seats are left (then the list is usually empty).
const waitingList = once(() =>
  db
    .select()
    .from(registrations)
    .where(and(eq(registrations.meetingId, sql.placeholder('meetingId')), eq(registrations.status, 'waitlisted')))
    .orderBy(asc(registrations.id))
    .prepare(),
);

export function loadSettings(meetingId: number) {
  return settingsOfMeeting().get({ meetingId }) ?? { meetingId, ...DEFAULT_SETTINGS, updatedAt: null };
}

export function loadMeeting(meetingId: number): Meeting {
  const meeting = meetingById().get({ meetingId });
  if (!meeting) throw new AppError('notFound');
  return meeting;
}

type CountRow = { key: number | null; n: number };
const toMap = (rows: CountRow[]) =>
  new Map(rows.filter((row) => row.key !== null).map((row) => [row.key as number, row.n]));

/** Everything that holds a seat, read inside the transaction that is about to give one. */
export function seatCounts(meeting: Meeting, now: Date): SeatCounts {
  const releaseAt = (
    prepared('select organization_seats_release_at as at from registration_settings where meeting_id = ?').get(
      meeting.id,
    ) as { at: number | null } | undefined
  )?.at;
  const released = releaseAt !== null && releaseAt !== undefined && releaseAt <= now.getTime();
  const categories = prepared('select id, quota from registration_categories where meeting_id = ?').all(meeting.id) as {
    id: number;
    quota: number | null;
  }[];
  const confirmed = prepared(
    "select category_id as category, organization_id as organization, count(*) as n from registrations where meeting_id = ? and status = 'confirmed' group by category_id, organization_id",
  ).all(meeting.id) as { category: number; organization: number | null; n: number }[];
  const byCategory = new Map<number, number>();
  const byOrganization = new Map<number, number>();
  for (const row of confirmed) {
    byCategory.set(row.category, (byCategory.get(row.category) ?? 0) + row.n);
    if (row.organization !== null)
      byOrganization.set(row.organization, (byOrganization.get(row.organization) ?? 0) + row.n);
  }
  return {
    capacity: meeting.capacity,
    quotas: new Map(categories.map((category) => [category.id, category.quota])),
    confirmedByCategory: byCategory,
    confirmedByOrganization: byOrganization,
    invitationsByCategory: toMap(
      prepared(
        'select category_id as key, count(*) as n from invitations where meeting_id = ? and accepted_at is null and revoked_at is null and expires_at > ? group by category_id',
      ).all(meeting.id, now.getTime()) as CountRow[],
    ),
    reservedByOrganization: released
      ? new Map()
      : toMap(
          prepared('select organization_id as key, seats as n from organization_seats where meeting_id = ?').all(
            meeting.id,
          ) as CountRow[],
        ),
  };
}

/** Both names, so the email can use the registrant's language (decision 0020). */
export function categoryNames(categoryId: number): { categoryName: string; categoryNameEn: string | null } {
  const row = prepared('select name, name_en from registration_categories where id = ?').get(categoryId) as
    { name: string; name_en: string | null } | undefined;
  return { categoryName: row?.name ?? '', categoryNameEn: row?.name_en ?? null };
}

export function waitlistPosition(registration: Pick<Registration, 'id' | 'meetingId'>): number {
  return (
    prepared("select count(*) as n from registrations where meeting_id = ? and status = 'waitlisted' and id <= ?").get(
      registration.meetingId,
      registration.id,
    ) as { n: number }
  ).n;
}

/** Tells the registrant what happened, if they gave an email. */
export function notify(
  tx: Tx,
  notice: RegistrationNotice,
  registration: Registration,
  meeting: Meeting,
  context: Context,
  reason?: string | null,
) {
  if (!registration.email) return;
  enqueueEmail(
    tx,
    registrationEmail(
      notice,
      {
        ...registration,
        email: registration.email,
        accessToken: accessTokenFor(tx, registration),
        ...categoryNames(registration.categoryId),
      },
      meeting,
      {
        origin: context.origin,
        reason,
        waitlistPosition: notice === 'waitlisted' ? waitlistPosition(registration) : undefined,
        agenda: notice === 'confirmed' || notice === 'promoted' ? listPublicAgenda(meeting.id, tx) : undefined,
      },
    ),
  );
}

export function confirm(tx: Tx, registration: Registration, now: Date, fromWaitlist = false): Registration {
  return tx
    .update(registrations)
    .set({
      status: 'confirmed',
      ticketCode: registration.ticketCode ?? newTicketCode(),
      confirmedAt: now,
      promotedAt: fromWaitlist ? now : null,
    })
    .where(eq(registrations.id, registration.id))
    .returning()
    .get();
}

/**
 * Gives freed seats to the waiting list, first come first served, skipping anyone
 * whose category is full for someone whose category still has room. Runs inside
 * the transaction that freed the seat, so no one else can take it in between.
 */
export function promoteWaitlist(
  tx: Tx,
  meeting: Meeting,
  context: Context,
  counts: SeatCounts = seatCounts(meeting, context.now),
): number {
  if (meeting.status !== 'published') return 0;
  // The common case in a surge: every seat is held and no organization has one left
  // to give — nobody on the list can fit, so the list is not even read.
  if (
    counts.capacity !== null &&
    heldSeats(counts) >= counts.capacity &&
    [...counts.reservedByOrganization.keys()].every((id) => unclaimedSeats(counts, id) === 0)
  ) {
    return 0;
  }
  const waiting = waitingList().all({ meetingId: meeting.id });
  let promoted = 0;
  for (const registration of waiting) {
    if (!fits(counts, registration.categoryId, registration.organizationId)) continue;
    take(counts, registration.categoryId, registration.organizationId);
    const confirmed = confirm(tx, registration, context.now, true);
    notify(tx, 'promoted', confirmed, meeting, context);
    recordAudit(
      tx,
      { actorId: null, action: 'registration.promote', entityType: 'registration', entityId: registration.id },
      context.now,
    );
    promoted += 1;
  }
  return promoted;
}
