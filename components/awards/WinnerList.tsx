import { getLocale, getTranslations } from 'next-intl/server';
import { localizedName } from '@/lib/i18n/localized-name';
import type { Winner } from '@/lib/awards/data';
import { Link } from '@/lib/i18n/navigation';

/** Published winners with their citations, in walk-on order. */
export async function WinnerList({
  awardId,
  winners,
  withCertificates = false,
  withPhotos = false,
}: {
  awardId: number;
  winners: Winner[];
  withCertificates?: boolean;
  withPhotos?: boolean;
}) {
  const [t, locale] = await Promise.all([getTranslations('awards'), getLocale()]);
  if (winners.length === 0) return <p className="text-muted">{t('noWinners')}</p>;
  return (
    <ol className="space-y-4">
      {winners.map(({ nomination, categoryName, categoryNameEn }) => (
        <li key={nomination.id} className="flex gap-4 rounded-md border border-line p-4">
          {withPhotos && nomination.photoPath ? (
            // eslint-disable-next-line @next/next/no-img-element -- served by the access-checked photo route, not the image optimizer
            <img
              src={`/api/awards/photos/${nomination.id}`}
              alt={t('photoAlt', { nominee: nomination.nomineeNames })}
              className="size-24 shrink-0 rounded object-cover"
            />
          ) : null}
          <div>
            <p className="text-sm text-muted">
              {localizedName({ name: categoryName, nameEn: categoryNameEn }, locale)}
            </p>
            <h3 className="text-lg font-semibold">{nomination.nomineeNames}</h3>
            {nomination.organization ? <p className="text-muted">{nomination.organization}</p> : null}
            <p className="mt-2 whitespace-pre-line">{nomination.citation}</p>
            {withCertificates ? (
              <Link
                href={`/awards/${awardId}/certificates/${nomination.id}`}
                className="mt-2 inline-flex min-h-11 items-center text-brand-800 underline"
              >
                {t('certificate')}
              </Link>
            ) : null}
          </div>
        </li>
      ))}
    </ol>
  );
}
