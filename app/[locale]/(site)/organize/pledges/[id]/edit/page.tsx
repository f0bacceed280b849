import { getTranslations } from 'next-intl/server';
import { CampaignForm } from '@/components/pledges/CampaignForm';
import { PageHeader } from '@/components/ui/PageHeader';
import { BackLink } from '@/components/ui/BackLink';
import { requireManagedCampaign } from '@/lib/pledges/guard';
import { pageLocale } from '@/lib/i18n/page-locale';
import { listTargets } from '@/lib/pledges/data';
import { dayOf } from '@/lib/pledges/format';

export async function generateMetadata() {
  const t = await getTranslations('pledges');
  return { title: t('editCampaign') };
}

export default async function EditCampaignPage({ params }: { params: Promise<{ locale: string; id: string }> }) {
  await pageLocale(params);
  const { id: raw } = await params;
  const { campaign } = await requireManagedCampaign(raw, `/organize/pledges/${raw}/edit`);
  const t = await getTranslations('pledges');
  const targets = listTargets(campaign.id)
    .map((target) =>
      [target.description, target.indicator, target.dueDate, target.organizationName].filter(Boolean).join(' | '),
    )
    .join('\n');
  return (
    <div className="mx-auto max-w-3xl">
      <BackLink href={`/organize/pledges/${campaign.id}`}>{t('back')}</BackLink>
      <PageHeader title={t('editCampaign')} />
      <CampaignForm
        campaignId={campaign.id}
        initial={{
          title: campaign.title,
          year: String(campaign.year),
          signingDue: dayOf(campaign.signingDueAt),
          body: campaign.body,
          targets,
        }}
      />
    </div>
  );
}
