import { getViewer } from '@/lib/auth/session';
import { getMeetingBySlug, listOrganizerIds } from '@/lib/meetings/data';
import { canWatchDisplay } from './permissions';

/** The meeting behind a venue display (the screen page and its poll), if the viewer may watch it. */
export async function meetingForDisplay(slug: string) {
  const meeting = getMeetingBySlug(slug);
  if (!meeting) return undefined;
  // A public meeting needs no session lookup: the screen polls often.
  if (canWatchDisplay(null, meeting, () => [])) return meeting;
  return canWatchDisplay(await getViewer(), meeting, () => listOrganizerIds(meeting.id)) ? meeting : undefined;
}
