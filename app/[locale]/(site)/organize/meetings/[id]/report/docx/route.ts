import { hasLocale } from 'next-intl';
import { getTranslations } from 'next-intl/server';
import { id } from '@/lib/actions/fields';
import { getViewer } from '@/lib/auth/session';
import { routing } from '@/lib/i18n/routing';
import { getMeeting, listOrganizerIds } from '@/lib/meetings/data';
import { canManageMeeting } from '@/lib/meetings/permissions';
import { getReportVersion, listReportPhotos } from '@/lib/reports/data';
import { reportDocx, type DocxPhoto } from '@/lib/reports/docx';
import { parseMarkup } from '@/lib/reports/markup';
import { readReportPhoto } from '@/lib/reports/photos';
import { reportLocaleFrom, versionFrom } from '@/lib/reports/params';

/** One version of the report as a Word file, for the meeting's organizers only. */
export async function GET(request: Request, { params }: { params: Promise<{ locale: string; id: string }> }) {
  const { locale, id: rawId } = await params;
  const meetingId = id.safeParse(rawId);
  const meeting = meetingId.success ? getMeeting(meetingId.data) : undefined;
  if (!meeting || !hasLocale(routing.locales, locale)) return new Response('Not found', { status: 404 });
  if (!canManageMeeting(await getViewer(), listOrganizerIds(meeting.id))) return new Response('Forbidden', { status: 403 });

  const query = new URL(request.url).searchParams;
  const reportLocale = reportLocaleFrom(query.get('lang') ?? undefined);
  const report = getReportVersion(meeting.id, reportLocale, versionFrom(query.get('version') ?? undefined));
  const blocks = report ? parseMarkup(report.body) : [];
  if (!report || blocks.length === 0) {
    const t = await getTranslations({ locale, namespace: 'reports.errors' });
    return new Response(t('nothingToExport'), { status: 422, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  }
  // Only this meeting's photos, read once each.
  const stored = listReportPhotos(meeting.id);
  const photos = new Map<number, DocxPhoto>();
  for (const block of blocks) {
    const photo = block.kind === 'photo' ? stored.get(block.photoId) : undefined;
    const file = photo && !photos.has(photo.id) ? await readReportPhoto(photo.path) : null;
    if (photo && file) photos.set(photo.id, { data: file.bytes, type: photo.type, width: photo.width, height: photo.height });
  }
  const file = await reportDocx(blocks, meeting.title, photos);
  const filename = `${meeting.slug}-report-${reportLocale}-v${report.version}.docx`;
  return new Response(new Uint8Array(file), {
    headers: {
      'Content-Type': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      'Content-Disposition': `attachment; filename="${filename}"`,
      'Cache-Control': 'private, no-store',
    },
  });
}
