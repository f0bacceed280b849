import { z } from 'zod';
import type { CheckInOutcome } from '@/db/schema';
import { plainText } from '@/lib/actions/fields';

/** How many queued check-ins one sync may carry; a station sends its queue in pieces of this size. */
export const SYNC_BATCH_LIMIT = 500;

/**
 * One check-in as a door station queued it. Everything here comes from a device the
 * server does not control, so every field is bounded and the code is normalized before use.
 */
export const queuedCheckIn = z.object({
  // The station's own id for this event (a UUID): a replay carries the same id and changes nothing.
  id: z.string().trim().min(8).max(64),
  code: z.string().trim().min(1).max(40),
  // Milliseconds since the epoch, on the device's clock.
  at: z.number().int().positive(),
  // Shown to other stations and stored with the check-in: refused with control characters and
  // bidi overrides like any text a form takes (issue 12, finding 11).
  station: plainText(z.string().trim().min(1).max(24)),
});

export const syncInput = z.object({ events: z.array(queuedCheckIn).min(1).max(SYNC_BATCH_LIMIT) });

export type QueuedCheckIn = z.infer<typeof queuedCheckIn>;
export type SyncInput = z.infer<typeof syncInput>;

export type SyncReason = 'unknown' | 'cancelled' | 'notConfirmed' | 'future' | 'tooEarly';

/**
 * The server's answer to one queued check-in. `checkedInAt` and `station` are the counted
 * check-in as it stands after the merge, so a station that was second can say
 * "already checked in at 09:12 at station K7QM".
 */
export type SyncResult = {
  id: string;
  outcome: CheckInOutcome | 'replay';
  reason?: SyncReason;
  code: string;
  name?: string;
  checkedInAt?: number;
  station?: string | null;
};
