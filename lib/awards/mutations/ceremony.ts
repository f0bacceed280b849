/** The ceremony: the awards an agenda item presents, and the winner shown on the venue display. */
import { asc, eq, sql } from 'drizzle-orm';
import { db, type Tx } from '@/db';
import { agendaItems, ceremonyAwards, ceremonyReveals, meetings } from '@/db/schema';
import { IMMEDIATE } from '@/db/transaction';
import { recordAudit } from '@/lib/audit/mutations';
import { AppError } from '@/lib/errors';
import { loadManagedMeeting } from '@/lib/meetings/mutations';
import { ceremonyWinnersByItem, getAward } from '../data';
import type { Who } from './awards';

/**
 * Links an agenda item to the awards it presents, in this order (an empty list unlinks).
 * A forged award id is refused beside the field. Returns the earlier list when it changed.
 */
export function setCeremonyAwards(tx: Tx, agendaItemId: number, awardIds: readonly number[]): number[] | null {
  const wanted = [...new Set(awardIds)];
  for (const awardId of wanted) if (!getAward(awardId, tx)) throw new AppError('notFound', { field: 'awardIds' });
  const before = tx
    .select({ awardId: ceremonyAwards.awardId })
    .from(ceremonyAwards)
    .where(eq(ceremonyAwards.agendaItemId, agendaItemId))
    .orderBy(asc(ceremonyAwards.position))
    .all()
    .map((row) => row.awardId);
  if (before.length === wanted.length && before.every((awardId, index) => awardId === wanted[index])) return null;
  tx.delete(ceremonyAwards).where(eq(ceremonyAwards.agendaItemId, agendaItemId)).run();
  wanted.forEach((awardId, index) =>
    tx
      .insert(ceremonyAwards)
      .values({ agendaItemId, awardId, position: index + 1 })
      .run(),
  );
  return before;
}

/**
 * Shows a published winner on the meeting's venue display (or clears it with null).
 * Only winners of an award linked to one of this meeting's ceremony items; the live
 * version moves so every display redraws (decision 0007).
 */
export function revealWinner(meetingId: number, nominationId: number | null, actor: Who, now = new Date()): void {
  db.transaction((tx) => {
    loadManagedMeeting(tx, meetingId, actor);
    if (nominationId === null) {
      tx.delete(ceremonyReveals).where(eq(ceremonyReveals.meetingId, meetingId)).run();
    } else {
      const items = tx
        .select({ id: agendaItems.id, kind: agendaItems.kind })
        .from(agendaItems)
        .where(eq(agendaItems.meetingId, meetingId))
        .all();
      const allowed = Object.values(ceremonyWinnersByItem(items, tx)).some((winners) =>
        winners.some((w) => w.nominationId === nominationId),
      );
      if (!allowed) throw new AppError('notFound');
      tx.insert(ceremonyReveals)
        .values({ meetingId, nominationId, revealedAt: now })
        .onConflictDoUpdate({ target: ceremonyReveals.meetingId, set: { nominationId, revealedAt: now } })
        .run();
    }
    tx.update(meetings)
      .set({ liveVersion: sql`${meetings.liveVersion} + 1` })
      .where(eq(meetings.id, meetingId))
      .run();
    recordAudit(
      tx,
      {
        actorId: actor.id,
        action: 'meeting.live.reveal',
        entityType: 'meeting',
        entityId: meetingId,
        changes: { nominationId },
      },
      now,
    );
  }, IMMEDIATE);
}
