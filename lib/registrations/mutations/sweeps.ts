/** What time alone changes: organization seats past their deadline go back to everyone, and whoever now fits is promoted. */
import { eq } from 'drizzle-orm';
import { db, type Tx } from '@/db';
import { meetings, registrationSettings, type Meeting } from '@/db/schema';
import { IMMEDIATE } from '@/db/transaction';
import { recordAudit } from '@/lib/audit/mutations';
import type { SeatCounts } from '../seats';
import { loadMeeting, loadSettings, promoteWaitlist, seatCounts, type Context } from './capacity';

/** Seats held for organizations go back to everyone once their deadline passes; runs once per meeting. */
function releaseOrganizationSeats(tx: Tx, meeting: Meeting, context: Context) {
  const settings = loadSettings(meeting.id);
  if (
    !settings.organizationSeatsReleaseAt ||
    settings.organizationSeatsReleasedAt ||
    settings.organizationSeatsReleaseAt > context.now
  )
    return;
  tx.update(registrationSettings)
    .set({ organizationSeatsReleasedAt: context.now })
    .where(eq(registrationSettings.meetingId, meeting.id))
    .run();
  recordAudit(
    tx,
    { actorId: null, action: 'registration.releaseSeats', entityType: 'meeting', entityId: meeting.id },
    context.now,
  );
}

/**
 * Catches up on what time alone changes — organization seats past their deadline,
 * invitations past their expiry — and promotes whoever now fits. Called before
 * every registration write and every minute in the background.
 */
export function sweepMeeting(tx: Tx, meeting: Meeting, context: Context, counts?: SeatCounts): number {
  releaseOrganizationSeats(tx, meeting, context);
  return promoteWaitlist(tx, meeting, context, counts ?? seatCounts(meeting, context.now));
}

export function sweepAllMeetings(context: Context): number {
  const published = db.select({ id: meetings.id }).from(meetings).where(eq(meetings.status, 'published')).all();
  let promoted = 0;
  for (const { id } of published) {
    promoted += db.transaction((tx) => sweepMeeting(tx, loadMeeting(id), context), IMMEDIATE);
  }
  return promoted;
}
