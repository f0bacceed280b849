import { pageLocale } from '@/lib/i18n/page-locale';
import { requireManagedMeeting } from '@/lib/meetings/guard';
import { reportLocaleFrom, versionFrom } from './params';

export type ReportPageProps = {
  params: Promise<{ locale: string; id: string }>;
  searchParams: Promise<{ lang?: string; version?: string }>;
};

/**
 * What a report page starts from: the meeting, if the viewer runs it, and the report's language
 * and version as the address asks for them (the newest version when it names none).
 */
export async function requireReportPage({ params, searchParams }: ReportPageProps) {
  const locale = await pageLocale(params);
  const { id } = await params;
  const { meeting } = await requireManagedMeeting(id, `/organize/meetings/${id}/report`);
  const query = await searchParams;
  return { locale, meeting, reportLocale: reportLocaleFrom(query.lang), version: versionFrom(query.version) };
}
