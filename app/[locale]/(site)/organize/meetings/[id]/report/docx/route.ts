import { getTranslations } from 'next-intl/server';
import { meetingDownload } from '@/lib/meetings/guard';
import { getReportVersion, listReportPhotos } from '@/lib/reports/data';
import { reportDocx, type DocxPhoto } from '@/lib/reports/docx';
import { parseMarkup } from '@/lib/reports/markup';
import { readReportPhoto } from '@/lib/reports/photos';
import { reportLocaleFrom, versionFrom } from '@/lib/reports/params';

/** One version of the report as a Word file, for the meeting's organizers only. */
export async function GET(request: Request, { params }: { params: Promise<{ locale: string; id: string }> }) {
  const access = await meetingDownload(params);
  if (access.refusal) return access.refusal;
  const { meeting, locale } = access;

  const query = new URL(request.url).searchParams;
  const reportLocale = reportLocaleFrom(query.get('lang') ?? undefined);
  const report = getReportVersion(meeting.id, reportLocale, versionFrom(query.get('version') ?? undefined));
  const blocks = report ? parseMarkup(report.body) : [];
  if (!report || blocks.length === 0) {
    const t = await getTranslations({ locale, namespace: 'reports.errors' });
    return new Response(t('nothingToExport'), {
      status: 422,
      headers: { 'Content-Type': 'text/plain; charset=utf-8' },
    });
  }
  // Only this meeting's photos, read once each.
  const stored = listReportPhotos(meeting.id);
  const photos = new Map<number, DocxPhoto>();
  for (const block of blocks) {
    const photo = block.kind === 'photo' ? stored.get(block.photoId) : undefined;
    const file = photo && !photos.has(photo.id) ? await readReportPhoto(photo.path) : null;
    if (photo && file)
      photos.set(photo.id, { data: file.bytes, type: photo.type, width: photo.width, height: photo.height });
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
