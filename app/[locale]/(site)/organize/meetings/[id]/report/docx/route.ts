import { getTranslations } from 'next-intl/server';
import { meetingDownload } from '@/lib/meetings/guard';
import { getReportVersion } from '@/lib/reports/data';
import { reportDocx } from '@/lib/reports/docx';
import { parseMarkup } from '@/lib/reports/markup';
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
    return new Response(t('nothingToExport'), { status: 422, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  }
  const file = await reportDocx(blocks, meeting.title);
  const filename = `${meeting.slug}-report-${reportLocale}-v${report.version}.docx`;
  return new Response(new Uint8Array(file), {
    headers: {
      'Content-Type': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      'Content-Disposition': `attachment; filename="${filename}"`,
      'Cache-Control': 'private, no-store',
    },
  });
}
