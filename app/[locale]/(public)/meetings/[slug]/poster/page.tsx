import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { PosterSheet } from '@/components/posters/PosterSheet';
import { buttonClass } from '@/components/ui/Button';
import { PrintButton } from '@/components/ui/PrintButton';
import { appOrigin } from '@/lib/env';
import { Link } from '@/lib/i18n/navigation';
import { localizedName } from '@/lib/i18n/localized-name';
import { pageLocale } from '@/lib/i18n/page-locale';
import { POSTER_LANGUAGES, parsePosterLanguage, posterContent } from '@/lib/posters/content';
import { posterMeeting } from '@/lib/posters/access';
import { posterLabels } from '@/lib/posters/labels';
import { posterQrSvg } from '@/lib/posters/qr';
import '@/components/fonts/chinese-web-font';
import { BackLink } from '@/components/ui/BackLink';

type Props = { params: Promise<{ locale: string; slug: string }>; searchParams: Promise<{ lang?: string }> };

export async function generateMetadata({ params }: Props) {
  const { locale, slug } = await params;
  const found = await posterMeeting(slug);
  const t = await getTranslations('poster');
  return found ? { title: `${t('title')} · ${localizedName(found.meeting, locale)}` } : {};
}

/** "Share poster": the A4 print page, with the language choice and the phone-sized PNG beside it. */
export default async function PosterPage({ params, searchParams }: Props) {
  await pageLocale(params);
  const { slug } = await params;
  const found = await posterMeeting(slug);
  if (!found) notFound();
  const { meeting, preview } = found;
  const language = parsePosterLanguage((await searchParams).lang, meeting);
  const [t, labels] = await Promise.all([getTranslations('poster'), posterLabels()]);
  const content = posterContent(meeting, language, labels, appOrigin());
  const qrSvg = await posterQrSvg(content.url);
  const pngHref = `/api/meetings/${meeting.slug}/poster.png?lang=${language}`;
  return (
    <div className="space-y-6">
      <style>{'@page { size: A4; margin: 0; }'}</style>
      <div className="space-y-4 print:hidden">
        <BackLink href={`/meetings/${meeting.slug}`}>{t('back')}</BackLink>
        <h1 className="text-2xl font-bold">{t('title')}</h1>
        {preview ? (
          <p role="status" className="rounded-md border border-warning-200 bg-warning-50 p-3 text-warning-800">
            {t('previewNotice')}
          </p>
        ) : (
          <p className="text-muted">{t('shareLead')}</p>
        )}
        <nav aria-label={t('language')} className="flex flex-wrap items-center gap-2">
          <span className="text-sm font-medium">{t('language')}</span>
          {POSTER_LANGUAGES.map((choice) => (
            <Link
              key={choice}
              href={{ pathname: `/meetings/${meeting.slug}/poster`, query: { lang: choice } }}
              aria-current={choice === language ? 'true' : undefined}
              className={buttonClass(choice === language ? 'primary' : 'secondary')}
            >
              {t(`languages.${choice}`)}
            </Link>
          ))}
        </nav>
        <div className="flex flex-wrap gap-2">
          {/* A plain link: the file comes from a route handler, not a page. */}
          <a href={pngHref} download={`${meeting.slug}-poster-${language}.png`} className={buttonClass('primary')}>
            {t('downloadPng')}
          </a>
          <PrintButton>{t('print')}</PrintButton>
        </div>
      </div>
      <PosterSheet content={content} qrSvg={qrSvg} qrLabel={t('qrAlt', { url: content.url })} />
    </div>
  );
}
