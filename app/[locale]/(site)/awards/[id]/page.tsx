import { getLocale, getTranslations } from 'next-intl/server';
import { awardTime } from '@/components/awards/format';
import { WinnerList } from '@/components/awards/WinnerList';
import { Card } from '@/components/ui/Card';
import { PageHeader } from '@/components/ui/PageHeader';
import { BackLink } from '@/components/ui/BackLink';
import { chainEventFor } from '@/lib/audit/data';
import { listCategories, publishedWinners } from '@/lib/awards/data';
import { awardFromParam } from '@/lib/awards/guard';
import { Link } from '@/lib/i18n/navigation';
import { localizedName } from '@/lib/i18n/localized-name';
import { pageLocale } from '@/lib/i18n/page-locale';

export async function generateMetadata({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const { locale, id } = await params;
  const award = awardFromParam(id);
  return { title: `${award.cycleYear} ${localizedName(award, locale)}` };
}

/** The public face of an award: what it is, its categories, and the winners once published. */
export default async function AwardPage({ params }: { params: Promise<{ locale: string; id: string }> }) {
  await pageLocale(params);
  const award = awardFromParam((await params).id);
  const [t, locale] = await Promise.all([getTranslations('awards'), getLocale()]);
  const now = new Date();
  const open = now >= award.nominationsOpenAt && now < award.nominationsCloseAt;
  const winners = publishedWinners(award.id);
  // Each published round's result is an audit event; its place in the chain is the published anchor (decision 0012).
  const anchors = [...new Set(winners.map((w) => w.roundId))].flatMap((roundId) => {
    const event = chainEventFor('votingRound.publish', 'votingRound', roundId);
    return event?.hash ? [{ id: event.id, hash: event.hash }] : [];
  });
  return (
    <div className="space-y-6">
      <BackLink href="/awards">{t('backToAwards')}</BackLink>
      <PageHeader title={localizedName(award, locale)} description={t('cycle', { year: award.cycleYear })} />
      {award.description ? <p className="whitespace-pre-line">{award.description}</p> : null}
      <div className="text-sm text-muted">
        <p>
          {t('nominationsWindow', {
            from: awardTime(award.nominationsOpenAt, locale),
            to: awardTime(award.nominationsCloseAt, locale),
          })}
        </p>
        <p>
          {t('votingWindow', {
            from: awardTime(award.votingOpensAt, locale),
            to: awardTime(award.votingClosesAt, locale),
          })}
        </p>
        {/* Who may nominate matters only while nominating is still possible. */}
        <p>
          {now >= award.nominationsCloseAt
            ? t('nominationsClosed')
            : award.publicNominations
              ? t('publicNominationsOn')
              : t('publicNominationsOff')}
        </p>
      </div>
      {open ? (
        <Link
          href={`/awards/${award.id}/nominate`}
          className="inline-flex min-h-11 items-center rounded-md bg-brand-700 px-4 text-white"
        >
          {t('nominateLink')}
        </Link>
      ) : null}
      <Card title={t('categories.title')}>
        <ul className="space-y-2">
          {listCategories(award.id).map((category) => (
            <li key={category.id}>
              <span className="font-medium">{localizedName(category, locale)}</span>{' '}
              <span className="text-muted">· {t('categories.winnersCount', { count: category.winners })}</span>
              {category.description ? <p className="text-sm text-muted">{category.description}</p> : null}
            </li>
          ))}
        </ul>
      </Card>
      {award.rules ? (
        <Card title={t('rulesTitle')}>
          <p className="whitespace-pre-line">{award.rules}</p>
        </Card>
      ) : null}
      <Card title={t('winnersTitle')}>
        <WinnerList awardId={award.id} winners={winners} withCertificates withPhotos />
        {anchors.map((anchor) => (
          <p key={anchor.id} className="mt-3 text-xs break-all text-muted">
            {t('resultsAnchor', { id: anchor.id, hash: anchor.hash })}
          </p>
        ))}
      </Card>
    </div>
  );
}
