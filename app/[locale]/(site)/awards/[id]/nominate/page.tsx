import { getTranslations } from 'next-intl/server';
import { NominationForm } from '@/components/awards/NominationForm';
import { Card } from '@/components/ui/Card';
import { EmptyState } from '@/components/ui/EmptyState';
import { PageHeader } from '@/components/ui/PageHeader';
import { BackLink } from '@/components/ui/BackLink';
import { getViewer } from '@/lib/auth/session';
import { submitNominationAction } from '@/lib/awards/actions';
import { listCategories } from '@/lib/awards/data';
import { awardFromParam } from '@/lib/awards/guard';
import { Link } from '@/lib/i18n/navigation';
import { localizedName } from '@/lib/i18n/localized-name';
import { pageLocale } from '@/lib/i18n/page-locale';

export async function generateMetadata() {
  const t = await getTranslations('awards');
  return { title: t('nominateLink') };
}

export default async function NominatePage({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const locale = await pageLocale(params);
  const award = awardFromParam((await params).id);
  const [t, viewer] = await Promise.all([getTranslations('awards'), getViewer()]);
  const now = new Date();
  const open = now >= award.nominationsOpenAt && now < award.nominationsCloseAt;
  const title = t('nominate.title', { award: `${award.cycleYear} ${localizedName(award, locale)}` });
  const back = <BackLink href={`/awards/${award.id}`}>{t('backToAward')}</BackLink>;
  if (!open)
    return (
      <div>
        {back}
        <EmptyState heading="h1" title={t('nominate.closed')} />
      </div>
    );
  if (!viewer && !award.publicNominations) {
    return (
      <div>
        {back}
        <EmptyState heading="h1" title={t('nominate.signInFirst')}>
          <Link
            href={{ pathname: '/sign-in', query: { callbackUrl: `/awards/${award.id}/nominate` } }}
            className="text-brand-800 underline"
          >
            {t('nominateLink')}
          </Link>
        </EmptyState>
      </div>
    );
  }
  return (
    <div>
      {back}
      <PageHeader title={title} description={t('nominate.lead')} />
      <Card>
        <NominationForm
          action={submitNominationAction}
          categories={listCategories(award.id).map((category) => ({
            id: category.id,
            name: localizedName(category, locale),
          }))}
          askNominator={!viewer}
          initial={{ categoryId: '', kind: 'individual', nomineeNames: '', organization: '', citation: '' }}
        />
      </Card>
    </div>
  );
}
