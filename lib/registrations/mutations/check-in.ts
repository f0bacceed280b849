/** The door: a ticket holder checked in once, however many stations scan the ticket. */
import { and, eq, isNull } from 'drizzle-orm';
import { db, type Tx } from '@/db';
import { registrations, type AuditChanges } from '@/db/schema';
import { IMMEDIATE } from '@/db/transaction';
import type { Actor } from '@/lib/auth/permissions';
import { recordAudit } from '@/lib/audit/mutations';
import { AppError } from '@/lib/errors';
import { loadManagedMeeting } from '@/lib/meetings/mutations';
import { prepared } from '@/db/prepared';

function categoryName(categoryId: number): string {
  return (
    (prepared('select name from registration_categories where id = ?').get(categoryId) as { name: string } | undefined)
      ?.name ?? ''
  );
}

/**
 * Who came, in the chain itself: the meeting's evidence package proves attendance from these
 * (decision 0012). `at` is when the guest came in; `more` adds what a station knew (the offline desk).
 */
export function auditCheckIn(
  tx: Tx,
  actor: Actor,
  meetingId: number,
  registration: { id: number; name: string; categoryId: number },
  at: Date,
  more: AuditChanges = {},
) {
  recordAudit(
    tx,
    {
      actorId: actor?.id ?? null,
      action: 'registration.checkIn',
      entityType: 'registration',
      entityId: registration.id,
      changes: { meetingId, name: registration.name, categoryId: registration.categoryId, ...more },
    },
    at,
  );
}

export type CheckInResult = {
  outcome: 'checkedIn' | 'already';
  registrationId: number;
  name: string;
  categoryName: string;
  checkedInAt: Date;
};

/**
 * Checks a ticket holder in. Idempotent: the update only applies to someone not
 * yet checked in, so two door stations scanning the same ticket at once record
 * one check-in and the second is told when it happened.
 */
export function checkIn(
  meetingId: number,
  by: { code: string } | { registrationId: number },
  actor: Actor,
  now = new Date(),
): CheckInResult {
  return db.transaction((tx) => {
    loadManagedMeeting(tx, meetingId, actor);
    const registration = tx
      .select()
      .from(registrations)
      // Only this meeting's tickets: the door must not learn that a code is valid elsewhere.
      .where(
        and(
          eq(registrations.meetingId, meetingId),
          'code' in by ? eq(registrations.ticketCode, by.code) : eq(registrations.id, by.registrationId),
        ),
      )
      .get();
    if (!registration) throw new AppError('ticketUnknown', { field: 'code' });
    if (registration.status !== 'confirmed') throw new AppError('ticketNotConfirmed', { field: 'code' });
    const categoryName_ = categoryName(registration.categoryId);
    const updated = tx
      .update(registrations)
      .set({ checkedInAt: now, checkedInById: actor?.id ?? null })
      .where(and(eq(registrations.id, registration.id), isNull(registrations.checkedInAt)))
      .run();
    if (updated.changes === 0) {
      return {
        outcome: 'already',
        registrationId: registration.id,
        name: registration.name,
        categoryName: categoryName_,
        checkedInAt: registration.checkedInAt!,
      };
    }
    auditCheckIn(tx, actor, meetingId, registration, now);
    return {
      outcome: 'checkedIn',
      registrationId: registration.id,
      name: registration.name,
      categoryName: categoryName_,
      checkedInAt: now,
    };
  }, IMMEDIATE);
}
