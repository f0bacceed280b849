import { eq, sql } from 'drizzle-orm';
import { db, type Tx } from '@/db';
import { agendaItems, meetings, type Meeting } from '@/db/schema';
import { IMMEDIATE } from '@/db/transaction';
import { agendaInOrder } from '@/lib/agenda/data';
import type { Actor } from '@/lib/auth/permissions';
import { recordAudit } from '@/lib/audit/mutations';
import { AppError } from '@/lib/errors';
import { loadManagedMeeting } from '@/lib/meetings/mutations';
import { canRunLive } from '@/lib/meetings/permissions';
import type { LiveCommand } from './schema';

export type { LiveCommand };

type Item = { id: number; startedAt: Date | null; endedAt: Date | null };

function setItem(tx: Tx, id: number, values: { startedAt?: Date | null; endedAt?: Date | null }) {
  tx.update(agendaItems).set(values).where(eq(agendaItems.id, id)).run();
}

function setLive(tx: Tx, meetingId: number, values: { currentItemId: number | null; liveEndedAt: Date | null }) {
  tx.update(meetings)
    .set({ ...values, liveVersion: sql`${meetings.liveVersion} + 1` })
    .where(eq(meetings.id, meetingId))
    .run();
}

/** The run of show moves one step, stamped with the real time. */
function step(tx: Tx, meeting: Meeting, items: Item[], command: LiveCommand, now: Date) {
  const index = items.findIndex((item) => item.id === meeting.currentItemId);
  const running = index >= 0;
  const ended = !!meeting.liveEndedAt;
  switch (command) {
    case 'start': {
      if (running || ended) throw new AppError('liveMoved');
      const first = items[0];
      if (!first) throw new AppError('agendaEmpty');
      // A new run starts from a clean record: times left by an earlier run (or the demo's
      // recorded 2020 morning) would otherwise make later items look finished and the
      // run look as if it were on its planned day.
      tx.update(agendaItems).set({ startedAt: null, endedAt: null }).where(eq(agendaItems.meetingId, meeting.id)).run();
      setItem(tx, first.id, { startedAt: now, endedAt: null });
      setLive(tx, meeting.id, { currentItemId: first.id, liveEndedAt: null });
      return;
    }
    case 'next': {
      if (!running) throw new AppError('liveNotStarted');
      setItem(tx, items[index]!.id, { endedAt: now });
      const following = items[index + 1];
      if (following) {
        setItem(tx, following.id, { startedAt: now, endedAt: null });
        setLive(tx, meeting.id, { currentItemId: following.id, liveEndedAt: null });
      } else {
        setLive(tx, meeting.id, { currentItemId: null, liveEndedAt: now });
      }
      return;
    }
    case 'previous': {
      // Back one step, as if "next" had not been pressed: the earlier item is on stage again.
      const back = ended ? items.length - 1 : index - 1;
      if ((!running && !ended) || back < 0) throw new AppError('liveMoved');
      if (running) setItem(tx, items[index]!.id, { startedAt: null, endedAt: null });
      setItem(tx, items[back]!.id, { endedAt: null });
      setLive(tx, meeting.id, { currentItemId: items[back]!.id, liveEndedAt: null });
      return;
    }
    case 'reset': {
      // After a rehearsal: forget every real time.
      tx.update(agendaItems).set({ startedAt: null, endedAt: null }).where(eq(agendaItems.meetingId, meeting.id)).run();
      setLive(tx, meeting.id, { currentItemId: null, liveEndedAt: null });
      return;
    }
  }
}

/**
 * Runs one control command. The control page sends the live version it showed;
 * a double-click, or a second organizer at another laptop, finds the version moved
 * on and is refused instead of skipping an item.
 */
export function runLiveCommand(
  meetingId: number,
  command: LiveCommand,
  expectedVersion: number,
  actor: Actor,
  now = new Date(),
): void {
  db.transaction((tx) => {
    const meeting = loadManagedMeeting(tx, meetingId, actor);
    if (!canRunLive(meeting.status)) throw new AppError('liveClosed');
    if (meeting.liveVersion !== expectedVersion) throw new AppError('liveMoved');
    const items = agendaInOrder(meetingId, { startedAt: agendaItems.startedAt, endedAt: agendaItems.endedAt }, tx);
    step(tx, meeting, items, command, now);
    recordAudit(
      tx,
      { actorId: actor?.id ?? null, action: `meeting.live.${command}`, entityType: 'meeting', entityId: meetingId },
      now,
    );
  }, IMMEDIATE);
}
