import { getTranslations } from 'next-intl/server';
import { CampaignForm } from '@/components/pledges/CampaignForm';
import { PageHeader } from '@/components/ui/PageHeader';
import { requireRole } from '@/lib/auth/guard';
import { pageLocale } from '@/lib/i18n/page-locale';

export async function generateMetadata() {
  const t = await getTranslations('pledges');
  return { title: t('newCampaign') };
}

export default async function NewCampaignPage({ params }: { params: Promise<{ locale: string }> }) {
  await pageLocale(params);
  await requireRole('organizer', '/organize/pledges/new');
  const t = await getTranslations('pledges');
  const year = new Date().getFullYear();
  return (
    <div className="mx-auto max-w-3xl">
      <PageHeader title={t('newCampaign')} />
      <CampaignForm initial={{ title: '', year: String(year), signingDue: `${year}-12-31`, body: '', targets: '' }} />
    </div>
  );
}
