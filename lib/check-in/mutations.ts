import { and, eq } from 'drizzle-orm';
import { db } from '@/db';
import { checkInEvents, registrations, type CheckInOutcome } from '@/db/schema';
import { IMMEDIATE } from '@/db/transaction';
import type { Actor } from '@/lib/auth/permissions';
import { loadManagedMeeting } from '@/lib/meetings/mutations';
import { auditCheckIn } from '@/lib/registrations/mutations';
import { normalizeTicketCode } from '@/lib/registrations/tokens';
import { judgeTime } from './rules';
import type { QueuedCheckIn, SyncReason, SyncResult } from './schema';

export type { SyncReason, SyncResult };

/**
 * Merges a batch of check-ins queued at door stations (decision 0024), in one IMMEDIATE
 * transaction that first checks, from the database, that the actor organizes the meeting.
 * Per event: a replay (same station event id) changes nothing; an unknown, cancelled or
 * other meeting's ticket is a conflict; a time the door could not have seen is refused;
 * otherwise the ticket counts once and the earliest time wins, audited when it moves.
 */
export function syncCheckIns(meetingId: number, events: QueuedCheckIn[], actor: Actor, now = new Date()): SyncResult[] {
  return db.transaction((tx) => {
    const meeting = loadManagedMeeting(tx, meetingId, actor);
    return events.map((event): SyncResult => {
      const code = normalizeTicketCode(event.code);
      const seen = tx
        .select({ registrationId: checkInEvents.registrationId })
        .from(checkInEvents)
        .where(and(eq(checkInEvents.meetingId, meetingId), eq(checkInEvents.clientEventId, event.id)))
        .get();
      const registration = seen
        ? seen.registrationId
          ? tx.select().from(registrations).where(eq(registrations.id, seen.registrationId)).get()
          : undefined
        : // Only this meeting's tickets: a code from another meeting is as unknown as a made-up one.
          tx
            .select()
            .from(registrations)
            .where(and(eq(registrations.meetingId, meetingId), eq(registrations.ticketCode, code)))
            .get();
      const counted = (r: typeof registration) =>
        r ? { name: r.name, checkedInAt: r.checkedInAt?.getTime(), station: r.checkedInStation } : {};
      if (seen) return { id: event.id, outcome: 'replay', code, ...counted(registration) };

      const record = (outcome: CheckInOutcome, reason?: SyncReason) =>
        tx
          .insert(checkInEvents)
          .values({
            meetingId,
            clientEventId: event.id,
            stationId: event.station,
            ticketCode: code.slice(0, 40),
            registrationId: registration?.id ?? null,
            checkedInAt: new Date(event.at),
            receivedAt: now,
            outcome,
            reason: reason ?? null,
            syncedById: actor?.id ?? null,
          })
          .run();

      if (!registration) {
        record('conflict', 'unknown');
        return { id: event.id, outcome: 'conflict', reason: 'unknown', code };
      }
      if (registration.status !== 'confirmed') {
        const reason = registration.status === 'cancelled' ? 'cancelled' : 'notConfirmed';
        record('conflict', reason);
        return { id: event.id, outcome: 'conflict', reason, code, ...counted(registration) };
      }
      const time = judgeTime(event.at, meeting.startsAt, now);
      if (time !== 'ok') {
        record('refused', time);
        return { id: event.id, outcome: 'refused', reason: time, code, ...counted(registration) };
      }
      const at = new Date(event.at);
      const previous = registration.checkedInAt;
      if (previous && previous.getTime() <= event.at) {
        record('already');
        return { id: event.id, outcome: 'already', code, ...counted(registration) };
      }
      tx.update(registrations)
        .set({ checkedInAt: at, checkedInById: actor?.id ?? null, checkedInStation: event.station })
        .where(eq(registrations.id, registration.id))
        .run();
      // The event's time is the check-in's time, so the evidence package proves attendance from it
      // (decision 0012); a move earlier says from when, and the later event no longer matches.
      auditCheckIn(tx, actor, meetingId, registration, at, {
        station: event.station,
        receivedAt: now.toISOString(),
        ...(previous ? { earlierThan: previous.toISOString() } : {}),
      });
      const outcome = previous ? 'earlier' : 'checkedIn';
      record(outcome);
      return { id: event.id, outcome, code, name: registration.name, checkedInAt: event.at, station: event.station };
    });
  }, IMMEDIATE);
}
