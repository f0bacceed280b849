import { getLocale, getTranslations } from 'next-intl/server';
import { awardTime } from '@/components/awards/format';
import { Badge } from '@/components/ui/Badge';
import { buttonClass } from '@/components/ui/Button';
import { Card } from '@/components/ui/Card';
import { EmptyState } from '@/components/ui/EmptyState';
import { PageHeader } from '@/components/ui/PageHeader';
import { getViewer } from '@/lib/auth/session';
import { listAwards, listCommitteeAwards, listNominationsBy, listRounds } from '@/lib/awards/data';
import { canCreateAwards } from '@/lib/awards/permissions';
import { Link } from '@/lib/i18n/navigation';
import { localizedName } from '@/lib/i18n/localized-name';
import { pageLocale } from '@/lib/i18n/page-locale';

export async function generateMetadata() {
  const t = await getTranslations('awards');
  return { title: t('title') };
}

export default async function AwardsPage({ params }: { params: Promise<{ locale: string }> }) {
  await pageLocale(params);
  const [t, locale, viewer] = await Promise.all([getTranslations('awards'), getLocale(), getViewer()]);
  const awards = listAwards();
  const seats = viewer ? listCommitteeAwards(viewer.id) : [];
  const mine = viewer ? listNominationsBy(viewer.id) : [];
  const now = new Date();
  return (
    <div className="space-y-6">
      <PageHeader
        title={t('title')}
        description={t('lead')}
        actions={
          canCreateAwards(viewer) ? (
            <Link href="/organize/awards" className={buttonClass('secondary')}>
              {t('organizeTitle')}
            </Link>
          ) : null
        }
      />
      {seats.length > 0 ? (
        <Card title={t('myBallots')}>
          <ul className="space-y-3">
            {seats.map(({ award, role }) => (
              <li key={award.id}>
                <p className="font-medium">
                  {localizedName(award, locale)}{' '}
                  <span className="text-muted">{t('cycle', { year: award.cycleYear })}</span>{' '}
                  <Badge>{t('committeeOf', { role: t(`committee.roles.${role}`) })}</Badge>
                </p>
                <ul className="mt-1 flex flex-wrap gap-3">
                  {listRounds(award.id).map((round) => (
                    <li key={round.id}>
                      <Link href={`/awards/${award.id}/rounds/${round.id}`} className="text-brand-800 underline">
                        {round.name}
                      </Link>{' '}
                      <Badge tone={round.status === 'open' ? 'success' : 'neutral'}>
                        {t(`rounds.statuses.${round.status}`)}
                      </Badge>
                    </li>
                  ))}
                </ul>
                {role === 'chair' ? (
                  <Link href={`/organize/awards/${award.id}`} className="text-sm text-brand-800 underline">
                    {t('manage')}
                  </Link>
                ) : null}
              </li>
            ))}
          </ul>
        </Card>
      ) : null}
      {mine.length > 0 ? (
        <Card title={t('myNominations')}>
          <ul className="divide-y divide-line">
            {mine.map((nomination) => (
              <li key={nomination.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
                <span>
                  <span className="font-medium">{nomination.nomineeNames}</span>{' '}
                  <span className="text-sm text-muted">
                    {nomination.cycleYear}{' '}
                    {localizedName({ name: nomination.awardName, nameEn: nomination.awardNameEn }, locale)} ·{' '}
                    {localizedName({ name: nomination.categoryName, nameEn: nomination.categoryNameEn }, locale)}
                  </span>
                </span>
                <Badge tone={nomination.status === 'eligible' ? 'success' : 'neutral'}>
                  {t(`screening.statuses.${nomination.status}`)}
                </Badge>
              </li>
            ))}
          </ul>
          {/* The edit link's token is only ever in the receipt email; the database keeps its hash. */}
          <p className="mt-2 text-sm text-muted">{t('myNominationsHint')}</p>
        </Card>
      ) : null}
      {awards.length === 0 ? (
        <EmptyState title={t('none')} />
      ) : (
        <ul className="grid gap-4 sm:grid-cols-2">
          {awards.map((award) => {
            const open = now >= award.nominationsOpenAt && now < award.nominationsCloseAt;
            return (
              <li key={award.id} className="rounded-lg border border-line bg-white p-4">
                <h2 className="text-lg font-semibold">
                  <Link href={`/awards/${award.id}`} className="text-brand-800 underline">
                    {localizedName(award, locale)}
                  </Link>
                </h2>
                <p className="text-muted">{t('cycle', { year: award.cycleYear })}</p>
                <p className="mt-1 text-sm">
                  {t('nominationsWindow', {
                    from: awardTime(award.nominationsOpenAt, locale),
                    to: awardTime(award.nominationsCloseAt, locale),
                  })}
                </p>
                {open ? (
                  <Link
                    href={`/awards/${award.id}/nominate`}
                    className="mt-2 inline-flex min-h-11 items-center text-brand-800 underline"
                  >
                    {t('nominateLink')}
                  </Link>
                ) : null}
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
