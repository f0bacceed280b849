import { notFound } from 'next/navigation';
import { getLocale } from 'next-intl/server';
import { id } from '@/lib/actions/fields';
import { requireViewer } from '@/lib/auth/guard';
import { redirect } from '@/lib/i18n/navigation';
import { getMeeting, listOrganizerIds } from './data';
import { canManageMeeting } from './permissions';

/** For organizer pages: the meeting named in the URL, if the viewer organizes it (or is an admin). */
export async function requireManagedMeeting(meetingIdParam: string, returnTo: string) {
  const viewer = await requireViewer(returnTo);
  const meetingId = id.safeParse(meetingIdParam);
  const meeting = meetingId.success ? getMeeting(meetingId.data) : undefined;
  if (!meeting) notFound();
  if (!canManageMeeting(viewer, listOrganizerIds(meeting.id))) {
    return redirect({ href: '/forbidden', locale: await getLocale() });
  }
  return { viewer, meeting };
}
