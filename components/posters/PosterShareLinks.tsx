import { useTranslations } from 'next-intl';
import { buttonClass } from '@/components/ui/Button';
import { Link } from '@/lib/i18n/navigation';
import type { PosterLanguage } from '@/lib/posters/content';

/** "Share poster" for the organizer's meeting page: the PNG to send, and the A4 page (which also picks the language). */
export function PosterShareLinks({
  slug,
  language,
  preview,
}: {
  slug: string;
  language: PosterLanguage;
  preview: boolean;
}) {
  const t = useTranslations('poster');
  return (
    <div className="space-y-3">
      <p className="text-sm text-muted">{preview ? t('previewNotice') : t('shareLead')}</p>
      <div className="flex flex-wrap gap-2">
        {/* A plain link: the file comes from a route handler, not a page. */}
        <a
          href={`/api/meetings/${slug}/poster.png?lang=${language}`}
          download={`${slug}-poster-${language}.png`}
          className={buttonClass('secondary')}
        >
          {t('downloadPng')}
        </a>
        <Link
          href={{ pathname: `/meetings/${slug}/poster`, query: { lang: language } }}
          className={buttonClass('secondary')}
        >
          {t('printA4')}
        </Link>
      </div>
    </div>
  );
}
