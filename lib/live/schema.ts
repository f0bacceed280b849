import { z } from 'zod';
import { id } from '@/lib/actions/fields';

export const liveCommands = ['start', 'next', 'previous', 'reset'] as const;
export type LiveCommand = (typeof liveCommands)[number];

/** `liveVersion` is the state the organizer's screen showed: a command against an older one is refused. */
export const liveCommandInput = z.object({
  meetingId: id,
  command: z.enum(liveCommands),
  liveVersion: z.coerce.number().int().min(0),
});
