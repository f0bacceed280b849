import { hasLocale } from 'next-intl';
import { id } from '@/lib/actions/fields';
import { getViewer } from '@/lib/auth/session';
import { routing } from '@/lib/i18n/routing';
import { getMeeting, listOrganizerIds } from '@/lib/meetings/data';
import { canManageMeeting } from '@/lib/meetings/permissions';
import { getReportPhoto } from '@/lib/reports/data';
import { readReportPhoto } from '@/lib/reports/photos';

/**
 * A photo of a meeting's report, for that meeting's organizers only, like the report
 * itself (decision 0021): the article page is theirs, to copy from.
 */
export async function GET(
  _request: Request,
  { params }: { params: Promise<{ locale: string; id: string; photoId: string }> },
) {
  const { locale, id: rawId, photoId: rawPhotoId } = await params;
  const notFound = () => new Response('Not found', { status: 404 });
  const meetingId = id.safeParse(rawId);
  const photoId = id.safeParse(rawPhotoId);
  const meeting = meetingId.success ? getMeeting(meetingId.data) : undefined;
  if (!meeting || !photoId.success || !hasLocale(routing.locales, locale)) return notFound();
  if (!canManageMeeting(await getViewer(), listOrganizerIds(meeting.id)))
    return new Response('Forbidden', { status: 403 });
  // Another meeting's photo is not found here, whatever number is asked for.
  const photo = getReportPhoto(meeting.id, photoId.data);
  const file = photo ? await readReportPhoto(photo.path) : null;
  if (!file) return notFound();
  return new Response(new Uint8Array(file.bytes), {
    headers: { 'Content-Type': file.mime, 'Cache-Control': 'private, no-store', 'X-Content-Type-Options': 'nosniff' },
  });
}
