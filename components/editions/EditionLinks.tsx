import { getLocale, getTranslations } from 'next-intl/server';
import { Link } from '@/lib/i18n/navigation';
import { formatDay } from '@/lib/i18n/dates';
import { localizedText } from '@/lib/i18n/localized-name';
import type { EditionLink } from '@/lib/editions/data';

/** "上一届：… / 下一届：…" under a meeting's title on its organizer pages (decision 0027). */
export async function EditionLinks({ previous, next }: { previous: EditionLink | null; next: EditionLink | null }) {
  if (!previous && !next) return null;
  const t = await getTranslations('editions');
  const locale = await getLocale();
  const item = (label: string, meeting: EditionLink) => (
    <li>
      {label}
      <Link href={`/organize/meetings/${meeting.id}`} className="text-brand-800 underline">
        {localizedText(meeting.title, meeting.titleEn, locale)}
      </Link>
      <span className="text-muted">
        {t('linkDate', { day: formatDay(meeting.startsAt, locale, meeting.timeZone) })}
      </span>
    </li>
  );
  return (
    <nav aria-label={t('linksLabel')} className="mb-4 print:hidden">
      <ul className="flex flex-wrap gap-x-6 gap-y-1 text-sm">
        {previous ? item(t('previous'), previous) : null}
        {next ? item(t('next'), next) : null}
      </ul>
    </nav>
  );
}
