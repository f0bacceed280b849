import { getLocale, getTranslations } from 'next-intl/server';
import { awardTime } from '@/components/awards/format';
import { WinnerList } from '@/components/awards/WinnerList';
import { Card } from '@/components/ui/Card';
import { PageHeader } from '@/components/ui/PageHeader';
import { listCategories, publishedWinners } from '@/lib/awards/data';
import { awardFromParam } from '@/lib/awards/guard';
import { Link } from '@/lib/i18n/navigation';
import { pageLocale } from '@/lib/i18n/page-locale';

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }) {
  const award = awardFromParam((await params).id);
  return { title: `${award.cycleYear} ${award.name}` };
}

/** The public face of an award: what it is, its categories, and the winners once published. */
export default async function AwardPage({ params }: { params: Promise<{ locale: string; id: string }> }) {
  await pageLocale(params);
  const award = awardFromParam((await params).id);
  const [t, locale] = await Promise.all([getTranslations('awards'), getLocale()]);
  const now = new Date();
  const open = now >= award.nominationsOpenAt && now < award.nominationsCloseAt;
  return (
    <div className="space-y-6">
      <Link href="/awards" className="text-sm text-brand-800 underline">
        {t('backToAwards')}
      </Link>
      <PageHeader title={award.name} description={t('cycle', { year: award.cycleYear })} />
      {award.description ? <p className="whitespace-pre-line">{award.description}</p> : null}
      <div className="text-sm text-muted">
        <p>{t('nominationsWindow', { from: awardTime(award.nominationsOpenAt, locale), to: awardTime(award.nominationsCloseAt, locale) })}</p>
        <p>{t('votingWindow', { from: awardTime(award.votingOpensAt, locale), to: awardTime(award.votingClosesAt, locale) })}</p>
        {/* Who may nominate matters only while nominating is still possible. */}
        <p>{now >= award.nominationsCloseAt ? t('nominationsClosed') : award.publicNominations ? t('publicNominationsOn') : t('publicNominationsOff')}</p>
      </div>
      {open ? (
        <Link href={`/awards/${award.id}/nominate`} className="inline-flex min-h-11 items-center rounded-md bg-brand-700 px-4 text-white">
          {t('nominateLink')}
        </Link>
      ) : null}
      <Card title={t('categories.title')}>
        <ul className="space-y-2">
          {listCategories(award.id).map((category) => (
            <li key={category.id}>
              <span className="font-medium">{category.name}</span> <span className="text-muted">· {t('categories.winnersCount', { count: category.winners })}</span>
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
        <WinnerList awardId={award.id} winners={publishedWinners(award.id)} withCertificates withPhotos />
      </Card>
    </div>
  );
}
