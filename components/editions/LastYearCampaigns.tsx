import { getTranslations } from 'next-intl/server';
import { Link } from '@/lib/i18n/navigation';

type Campaign = { id: number; title: string; previousId: number; previousTitle: string };

/** This year's pledge campaigns, each beside last year's progress summary, the starting point for its targets. */
export async function LastYearCampaigns({ campaigns }: { campaigns: Campaign[] }) {
  const t = await getTranslations('editions');
  return (
    <ul className="space-y-3 text-sm">
      {campaigns.map((campaign) => (
        <li key={campaign.id} className="space-y-1">
          <Link href={`/organize/pledges/${campaign.id}`} className="font-medium text-brand-800 underline">
            {campaign.title}
          </Link>
          <p>
            {t('lastYearSummary')}{' '}
            <Link href={`/organize/pledges/${campaign.previousId}/summary`} className="text-brand-800 underline">
              {t('summaryOf', { title: campaign.previousTitle })}
            </Link>
          </p>
        </li>
      ))}
    </ul>
  );
}
