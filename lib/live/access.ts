import { getViewer } from '@/lib/auth/session';
import { getMeetingBySlug, listOrganizerIds } from '@/lib/meetings/data';
import { canManageMeeting, isPubliclyVisible } from '@/lib/meetings/permissions';

/**
 * The meeting behind a venue display: anyone may watch a public meeting's screen
 * (it shows nothing the public page does not); a draft only its organizers, for a rehearsal.
 */
export async function meetingForDisplay(slug: string) {
  const meeting = getMeetingBySlug(slug);
  if (!meeting) return undefined;
  if (isPubliclyVisible(meeting)) return meeting;
  const viewer = await getViewer();
  return canManageMeeting(viewer, listOrganizerIds(meeting.id)) ? meeting : undefined;
}
