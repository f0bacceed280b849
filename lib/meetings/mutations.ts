import { and, count, eq, ne } from 'drizzle-orm';
import { db, type Tx } from '@/db';
import { agendaItems, meetingOrganizers, meetings, registrationCategories, type Meeting } from '@/db/schema';
import { IMMEDIATE } from '@/db/transaction';
import type { Actor } from '@/lib/auth/permissions';
import { diff, recordAudit } from '@/lib/audit/mutations';
import { AppError } from '@/lib/errors';
import { addManager, removeManager, type ManagerList } from '@/lib/managers/mutations';
import { listOrganizerIds } from './data';
import { canManageMeeting } from './permissions';
import { meetingTransitions, type MeetingInput, type MeetingTransition } from './schema';
import { dayInZone } from './time';

/**
 * The meeting, if `actor` may change it — checked inside the caller's
 * transaction against the organizer list as it is now, not as a page saw it.
 * `allowed` is the calling domain's rule (its permissions.ts), given those organizers.
 */
export function loadManagedMeeting(
  tx: Tx,
  meetingId: number,
  actor: Actor,
  allowed: (actor: Actor, organizerIds: readonly number[]) => boolean = canManageMeeting,
): Meeting {
  const meeting = tx.select().from(meetings).where(eq(meetings.id, meetingId)).get();
  if (!meeting) throw new AppError('notFound');
  if (!allowed(actor, listOrganizerIds(meetingId, tx))) throw new AppError('forbidden');
  return meeting;
}

/** Whether another meeting has `slug` (this one, `exceptId`, may keep its own). */
export function slugTaken(tx: Tx, slug: string, exceptId?: number): boolean {
  return !!tx
    .select({ id: meetings.id })
    .from(meetings)
    .where(and(eq(meetings.slug, slug), exceptId ? ne(meetings.id, exceptId) : undefined))
    .get();
}

/** The date of the meeting (2020-04-30), then -2, -3… when another meeting that day has it. */
function suggestSlug(tx: Tx, input: MeetingInput): string {
  const base = dayInZone(input.startsAt, input.timeZone);
  for (let n = 1; ; n += 1) {
    const candidate = n === 1 ? base : `${base}-${n}`;
    if (!slugTaken(tx, candidate)) return candidate;
  }
}

function meetingValues(input: MeetingInput) {
  const { slug: _slug, ...values } = input;
  return values;
}

/** Registration categories a new meeting starts with (the reference conference's), named in the organizer's language. */
export type StartingCategory = { name: string; nameEn?: string | null; selfService: boolean };

export function createMeeting(
  input: MeetingInput,
  actor: NonNullable<Actor>,
  categories: StartingCategory[] = [],
): { id: number; slug: string } {
  return db.transaction((tx) => {
    if (input.slug && slugTaken(tx, input.slug)) throw new AppError('slugTaken', { field: 'slug' });
    const slug = input.slug ?? suggestSlug(tx, input);
    const { id } = tx
      .insert(meetings)
      .values({ ...meetingValues(input), slug, createdById: actor.id })
      .returning({ id: meetings.id })
      .get();
    tx.insert(meetingOrganizers).values({ meetingId: id, userId: actor.id }).run();
    categories.forEach((category, index) => {
      tx.insert(registrationCategories)
        .values({ ...category, meetingId: id, position: index + 1 })
        .run();
    });
    recordAudit(tx, {
      actorId: actor.id,
      action: 'meeting.create',
      entityType: 'meeting',
      entityId: id,
      changes: { ...input, slug },
    });
    return { id, slug };
  }, IMMEDIATE);
}

export function updateMeeting(meetingId: number, input: MeetingInput, actor: Actor): Meeting {
  return db.transaction((tx) => {
    const before = loadManagedMeeting(tx, meetingId, actor);
    const slug = input.slug ?? before.slug;
    if (slug !== before.slug) {
      // People may already have the link, a printed program or a calendar entry.
      if (before.publishedAt) throw new AppError('slugLocked', { field: 'slug' });
      if (slugTaken(tx, slug, meetingId)) throw new AppError('slugTaken', { field: 'slug' });
    }
    const values = { ...meetingValues(input), slug };
    const changes = diff(before, values);
    if (Object.keys(changes).length > 0) {
      tx.update(meetings)
        .set({ ...values, updatedAt: new Date() })
        .where(eq(meetings.id, meetingId))
        .run();
      recordAudit(tx, {
        actorId: actor?.id ?? null,
        action: 'meeting.update',
        entityType: 'meeting',
        entityId: meetingId,
        changes,
      });
    }
    return { ...before, ...values };
  }, IMMEDIATE);
}

export function changeMeetingStatus(meetingId: number, transition: MeetingTransition, actor: Actor): Meeting {
  return db.transaction((tx) => {
    const before = loadManagedMeeting(tx, meetingId, actor);
    const rule = meetingTransitions[transition];
    if (!(rule.from as readonly string[]).includes(before.status)) throw new AppError('statusChange');
    if (transition === 'publish') {
      const items =
        tx.select({ n: count() }).from(agendaItems).where(eq(agendaItems.meetingId, meetingId)).get()?.n ?? 0;
      if (items === 0) throw new AppError('agendaEmpty');
    }
    const now = new Date();
    const publishedAt = transition === 'publish' ? (before.publishedAt ?? now) : before.publishedAt;
    tx.update(meetings).set({ status: rule.to, publishedAt, updatedAt: now }).where(eq(meetings.id, meetingId)).run();
    recordAudit(tx, {
      actorId: actor?.id ?? null,
      action: `meeting.${transition}`,
      entityType: 'meeting',
      entityId: meetingId,
      changes: { status: [before.status, rule.to] },
    });
    return { ...before, status: rule.to, publishedAt };
  }, IMMEDIATE);
}

// Unlike awards and campaigns, any active user may be made a meeting's organizer (no site role needed).
const organizerList: ManagerList<typeof meetingOrganizers> = {
  table: meetingOrganizers,
  recordColumn: meetingOrganizers.meetingId,
  row: (meetingId, userId) => ({ meetingId, userId }),
  needsSiteRole: false,
  refusals: { already: 'alreadyOrganizer', last: 'lastOrganizer' },
  audit: { entityType: 'meeting', added: 'meeting.addOrganizer', removed: 'meeting.removeOrganizer' },
};

export function addMeetingOrganizer(meetingId: number, userId: number, actor: Actor): void {
  db.transaction((tx) => {
    loadManagedMeeting(tx, meetingId, actor);
    addManager(tx, organizerList, { recordId: meetingId, userId, actorId: actor?.id ?? null });
  }, IMMEDIATE);
}

export function removeMeetingOrganizer(meetingId: number, userId: number, actor: Actor): void {
  db.transaction((tx) => {
    loadManagedMeeting(tx, meetingId, actor);
    removeManager(tx, organizerList, { recordId: meetingId, userId, actorId: actor?.id ?? null });
  }, IMMEDIATE);
}
