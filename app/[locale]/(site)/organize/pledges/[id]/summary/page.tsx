import { getTranslations } from 'next-intl/server';
import { ProgressSummary } from '@/components/pledges/ProgressSummary';
import { PrintButton } from '@/components/ui/PrintButton';
import { requireManagedCampaign } from '@/lib/pledges/guard';
import { pageLocale } from '@/lib/i18n/page-locale';
import { campaignDashboard, progressSummary } from '@/lib/pledges/data';
import { formatDay } from '@/lib/pledges/format';
import '@/components/fonts/chinese-web-font';
import { BackLink } from '@/components/ui/BackLink';

export async function generateMetadata() {
  const t = await getTranslations('pledges.summary');
  return { title: t('title') };
}

/** The year's progress on one pledge, target by target: printed (A4) for the next annual meeting. */
export default async function ProgressSummaryPage({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const locale = await pageLocale(params);
  const { id: raw } = await params;
  const { campaign } = await requireManagedCampaign(raw, `/organize/pledges/${raw}/summary`);
  const t = await getTranslations('pledges.summary');
  const now = new Date();
  const rows = campaignDashboard(campaign.id, now);
  const signed = rows.filter((row) => row.signedAt);
  return (
    <article className="space-y-6">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <BackLink href={`/organize/pledges/${campaign.id}`} className="print:hidden">
            {t('back')}
          </BackLink>
          <p className="mt-2 text-sm font-medium text-brand-800">{t('title')}</p>
          <h1 className="text-2xl font-bold text-ink">{campaign.title}</h1>
          <p className="text-sm text-muted">{t('asOf', { date: formatDay(now, locale) })}</p>
        </div>
        <PrintButton>{t('print')}</PrintButton>
      </div>
      <p>
        {t('totals', {
          signed: signed.length,
          issued: rows.length,
          onTrack: signed.filter((row) => row.onTrack).length,
        })}
      </p>
      <ProgressSummary targets={progressSummary(campaign.id, now)} locale={locale} />
    </article>
  );
}
