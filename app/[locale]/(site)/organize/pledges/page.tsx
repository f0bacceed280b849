import { getTranslations } from 'next-intl/server';
import { ListPage } from '@/components/ui/ListPage';
import { requireRole } from '@/lib/auth/guard';
import { Link } from '@/lib/i18n/navigation';
import { pageLocale } from '@/lib/i18n/page-locale';
import { listManagedCampaigns } from '@/lib/pledges/data';
import { formatDay } from '@/lib/pledges/format';

export async function generateMetadata() {
  const t = await getTranslations('pledges');
  return { title: t('campaigns') };
}

export default async function CampaignsPage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await pageLocale(params);
  const viewer = await requireRole('organizer', '/organize/pledges');
  const t = await getTranslations('pledges');
  const campaigns = listManagedCampaigns(viewer);
  return (
    <ListPage
      className="mx-auto max-w-3xl"
      title={t('campaigns')}
      create={{ href: '/organize/pledges/new', label: t('newCampaign') }}
      empty={campaigns.length === 0 ? t('noCampaigns') : null}
    >
      <ul className="divide-y divide-line rounded-lg border border-line bg-white">
        {campaigns.map((campaign) => (
          <li key={campaign.id} className="px-4 py-3">
            <Link
              href={`/organize/pledges/${campaign.id}`}
              className="font-medium text-brand-800 underline-offset-4 hover:underline"
            >
              {campaign.title}
            </Link>
            <p className="text-sm text-muted">
              {campaign.year} · {t('dueOn', { date: formatDay(campaign.signingDueAt, locale) })} ·{' '}
              {t('document.version', { number: campaign.currentVersion })}
            </p>
          </li>
        ))}
      </ul>
    </ListPage>
  );
}
