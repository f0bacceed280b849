import type { MeetingStatus } from '@/db/schema/enums';
import type { Actor } from '@/lib/auth/permissions';
import { canManageMeeting, isPubliclyVisible } from '@/lib/meetings/permissions';

/**
 * A venue display: anyone may watch a public meeting's screen (it shows nothing the
 * public page does not); a draft only its organizers, for a rehearsal.
 */
export function canWatchDisplay(
  actor: Actor,
  meeting: { status: MeetingStatus; publishedAt: Date | null },
  organizerIds: () => readonly number[],
): boolean {
  return isPubliclyVisible(meeting) || canManageMeeting(actor, organizerIds());
}
