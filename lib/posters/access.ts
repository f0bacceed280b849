import { getViewer } from '@/lib/auth/session';
import { getMeetingBySlug, listOrganizerIds } from '@/lib/meetings/data';
import { canManageMeeting } from '@/lib/meetings/permissions';

/**
 * Whose poster is this to see. Anyone may have the poster of a published meeting (or of one
 * that has closed: it still points at the meeting's record). A draft or a cancelled meeting
 * has no poster for the public, only a preview for its organizers (and admins), so that they
 * can look before publishing; to everyone else it does not exist (404, like its page).
 */
export async function posterMeeting(slug: string) {
  const meeting = getMeetingBySlug(slug);
  if (!meeting) return null;
  if (meeting.status === 'published' || meeting.status === 'closed') return { meeting, preview: false };
  const viewer = await getViewer();
  return canManageMeeting(viewer, listOrganizerIds(meeting.id)) ? { meeting, preview: true } : null;
}
