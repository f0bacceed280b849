import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { ReportBody } from '@/components/reports/ReportBody';
import { Link } from '@/lib/i18n/navigation';
import { localizedPath } from '@/lib/i18n/routing';
import { getReportVersion, listReportPhotos } from '@/lib/reports/data';
import { parseMarkup } from '@/lib/reports/markup';
import { requireReportPage, type ReportPageProps } from '@/lib/reports/guard';
import '@/components/fonts/chinese-web-font';

export async function generateMetadata() {
  const t = await getTranslations('reports');
  return { title: t('article') };
}

/** The report as a plain article (no source links, no app styling inside) to copy into a WeChat editor. */
export default async function ReportArticlePage(props: ReportPageProps) {
  const { locale, meeting, reportLocale, version } = await requireReportPage(props);
  const report = getReportVersion(meeting.id, reportLocale, version);
  if (!report) notFound();
  const t = await getTranslations('reports');
  return (
    <div className="space-y-4">
      <p className="print:hidden">
        <Link
          href={`/organize/meetings/${meeting.id}/report?lang=${reportLocale}&version=${report.version}`}
          className="text-brand-800 underline"
        >
          {t('backToEditor')}
        </Link>
      </p>
      <p className="text-muted print:hidden">{t('articleHelp')}</p>
      <article lang={reportLocale} className="mx-auto max-w-2xl bg-white p-4 text-base sm:p-8">
        <ReportBody
          blocks={parseMarkup(report.body)}
          sourceLinks={false}
          photos={{
            base: localizedPath(`/organize/meetings/${meeting.id}/report/photos`, locale),
            ids: [...listReportPhotos(meeting.id).keys()],
          }}
        />
      </article>
    </div>
  );
}
