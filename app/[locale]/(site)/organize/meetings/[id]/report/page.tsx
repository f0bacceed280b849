import { getTranslations } from 'next-intl/server';
import { formatDateTime, SITE_TIME_ZONE } from '@/lib/i18n/dates';
import { PhotoUploadForm } from '@/components/reports/PhotoUploadForm';
import { ReportEditor } from '@/components/reports/ReportEditor';
import { ActionButton } from '@/components/ui/ActionButton';
import { buttonClass } from '@/components/ui/Button';
import { Card } from '@/components/ui/Card';
import { Link } from '@/lib/i18n/navigation';
import { localizedPath } from '@/lib/i18n/routing';
import { generateReportAction } from '@/lib/reports/actions';
import { assembleReport } from '@/lib/reports/assemble';
import { getReportVersion, listReportPhotos, listReportVersions, loadReportFacts } from '@/lib/reports/data';
import { inlineText, parseMarkup } from '@/lib/reports/markup';
import { requireReportPage, type ReportPageProps } from '@/lib/reports/guard';

export async function generateMetadata() {
  const t = await getTranslations('reports');
  return { title: t('title') };
}

export default async function ReportPage(props: ReportPageProps) {
  const { locale, meeting, reportLocale, version } = await requireReportPage(props);
  const t = await getTranslations('reports');
  // Recomputed on each view, so what the record lacks is visible before anyone presses the button.
  const check = assembleReport(loadReportFacts(meeting.id)!, reportLocale, new Date());
  const versions = listReportVersions(meeting.id, reportLocale);
  const latest = versions[0]?.version ?? 0;
  const current = getReportVersion(meeting.id, reportLocale, version);
  const base = `/organize/meetings/${meeting.id}/report`;
  const photos = { base: localizedPath(`${base}/photos`, locale), ids: [...listReportPhotos(meeting.id).keys()] };
  // A photo goes into the newest version: its blocks are the places offered.
  const newest = latest && latest !== current?.version ? getReportVersion(meeting.id, reportLocale) : current;
  const withQuery = (path: string, version?: number) =>
    `${path}?lang=${reportLocale}${version ? `&version=${version}` : ''}`;

  return (
    <div className="space-y-6">
      <Card title={t('title')}>
        <p className="mb-4 text-muted">{t('intro')}</p>
        <nav aria-label={t('languageLabel')} className="mb-4 flex flex-wrap items-center gap-2">
          <span className="font-medium">{t('languageLabel')}</span>
          {(['zh-CN', 'en'] as const).map((lang) => (
            <Link
              key={lang}
              href={`${base}?lang=${lang}`}
              aria-current={lang === reportLocale ? 'page' : undefined}
              className={buttonClass(lang === reportLocale ? 'primary' : 'secondary')}
              lang={lang}
            >
              {t(`languages.${lang}`)}
            </Link>
          ))}
        </nav>
        {check.ok && check.notes.length === 0 ? null : check.ok ? (
          <div role="note" className="mb-4 rounded-md border border-line bg-surface p-3">
            <h3 className="font-medium">{t('notesTitle')}</h3>
            <ul className="mt-1 list-disc pl-5">
              {check.notes.map((note) => (
                <li key={`${note.key}${JSON.stringify(note.values ?? {})}`}>{t(`notes.${note.key}`, note.values)}</li>
              ))}
            </ul>
          </div>
        ) : (
          <div role="note" className="mb-4 rounded-md border border-danger-300 bg-danger-50 p-3 text-danger-700">
            <h3 className="font-medium">{t('missingTitle')}</h3>
            <ul className="mt-1 list-disc pl-5">
              {check.missing.map((key) => (
                <li key={key}>{t(`missing.${key}`)}</li>
              ))}
            </ul>
          </div>
        )}
        <ActionButton
          action={generateReportAction}
          fields={{ meetingId: String(meeting.id), reportLocale }}
          variant={current ? 'secondary' : 'primary'}
        >
          {t('generate')}
        </ActionButton>
      </Card>

      {current ? (
        <>
          <Card title={t('version', { version: current.version })}>
            {current.version !== latest ? (
              <p className="mb-3 rounded-md bg-surface p-2">{t('viewing', { version: current.version, latest })}</p>
            ) : null}
            <div className="mb-4 flex flex-wrap gap-2">
              {/* Plain links: the file comes from a route handler. */}
              <a
                href={localizedPath(withQuery(`${base}/docx`, current.version), locale)}
                className={buttonClass('secondary')}
                download
              >
                {t('exportWord')}
              </a>
              <Link href={withQuery(`${base}/article`, current.version)} className={buttonClass('secondary')}>
                {t('article')}
              </Link>
            </div>
            <ReportEditor
              meetingId={meeting.id}
              reportLocale={reportLocale}
              body={current.body}
              latestVersion={latest}
              photos={photos}
            />
          </Card>
          <Card title={t('photos.title')}>
            <PhotoUploadForm
              meetingId={meeting.id}
              reportLocale={reportLocale}
              latestVersion={latest}
              blocks={parseMarkup(newest?.body ?? '').map((block) => inlineText(block.inlines))}
            />
          </Card>
          <Card title={t('versions')}>
            <ol className="space-y-1">
              {versions.map((v) => (
                <li key={v.id}>
                  <Link
                    href={withQuery(base, v.version)}
                    aria-current={v.version === current.version ? 'page' : undefined}
                    className="underline aria-[current=page]:font-bold"
                  >
                    {t('versionLine', {
                      version: t('version', { version: v.version }),
                      source: t(v.source === 'draft' ? 'sourceDraft' : 'sourceEdit'),
                      author: v.authorName ?? t('unknownAuthor'),
                      when: formatDateTime(v.createdAt, locale, SITE_TIME_ZONE),
                    })}
                  </Link>
                </li>
              ))}
            </ol>
          </Card>
        </>
      ) : (
        <p className="text-muted">{t('noVersion')}</p>
      )}
    </div>
  );
}
