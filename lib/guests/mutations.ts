import { eq } from 'drizzle-orm';
import { db } from '@/db';
import { activeRegistrationStatuses } from '@/db/schema/enums';
import { guestsOfHonour, registrations } from '@/db/schema';
import { IMMEDIATE } from '@/db/transaction';
import type { Actor } from '@/lib/auth/permissions';
import { recordAudit } from '@/lib/audit/mutations';
import { AppError } from '@/lib/errors';
import { loadManagedMeeting } from '@/lib/meetings/mutations';
import { guestErrors } from './errors';

/**
 * Marks a registration as a guest of honour with their title, or changes the title.
 * Only an organizer of that meeting, checked in the same transaction as the write.
 * Returns the meeting, for the caller to refresh its pages.
 */
export function markGuestOfHonour(input: { registrationId: number; title: string }, actor: Actor): number {
  return db.transaction((tx) => {
    const registration = tx.select().from(registrations).where(eq(registrations.id, input.registrationId)).get();
    if (!registration) throw new AppError('notFound');
    const meeting = loadManagedMeeting(tx, registration.meetingId, actor);
    // A cancelled or refused registration is nobody the report could name.
    if (!(activeRegistrationStatuses as readonly string[]).includes(registration.status))
      throw new AppError(guestErrors.notActive);
    const before = tx.select().from(guestsOfHonour).where(eq(guestsOfHonour.registrationId, registration.id)).get();
    if (before) {
      tx.update(guestsOfHonour)
        .set({ title: input.title, markedById: actor?.id ?? null })
        .where(eq(guestsOfHonour.registrationId, registration.id))
        .run();
    } else {
      tx.insert(guestsOfHonour)
        .values({ registrationId: registration.id, title: input.title, markedById: actor?.id ?? null })
        .run();
    }
    recordAudit(tx, {
      actorId: actor?.id ?? null,
      action: 'registration.guestOfHonour',
      entityType: 'registration',
      entityId: registration.id,
      changes: { meetingId: meeting.id, title: [before?.title ?? null, input.title] },
    });
    return meeting.id;
  }, IMMEDIATE);
}

/** Takes the mark away; the audit log keeps the title it had. */
export function unmarkGuestOfHonour(input: { registrationId: number }, actor: Actor): number {
  return db.transaction((tx) => {
    const registration = tx.select().from(registrations).where(eq(registrations.id, input.registrationId)).get();
    if (!registration) throw new AppError('notFound');
    const meeting = loadManagedMeeting(tx, registration.meetingId, actor);
    const before = tx.select().from(guestsOfHonour).where(eq(guestsOfHonour.registrationId, registration.id)).get();
    if (!before) return meeting.id;
    tx.delete(guestsOfHonour).where(eq(guestsOfHonour.registrationId, registration.id)).run();
    recordAudit(tx, {
      actorId: actor?.id ?? null,
      action: 'registration.guestOfHonour',
      entityType: 'registration',
      entityId: registration.id,
      changes: { meetingId: meeting.id, title: [before.title, null] },
    });
    return meeting.id;
  }, IMMEDIATE);
}
