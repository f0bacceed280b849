import { getTranslations } from 'next-intl/server';
import { ListPage } from '@/components/ui/ListPage';
import { requireRole } from '@/lib/auth/guard';
import { listManagedAwards } from '@/lib/awards/data';
import { Link } from '@/lib/i18n/navigation';
import { pageLocale } from '@/lib/i18n/page-locale';

export async function generateMetadata() {
  const t = await getTranslations('awards');
  return { title: t('organizeTitle') };
}

export default async function OrganizeAwardsPage({ params }: { params: Promise<{ locale: string }> }) {
  await pageLocale(params);
  const viewer = await requireRole('organizer', '/organize/awards');
  const t = await getTranslations('awards');
  const awards = listManagedAwards(viewer);
  return (
    <ListPage
      title={t('organizeTitle')}
      description={t('organizeLead')}
      create={{ href: '/organize/awards/new', label: t('new') }}
      empty={awards.length === 0 ? t('none') : null}
    >
      <ul className="divide-y divide-line rounded-lg border border-line bg-white">
        {awards.map((award) => (
          <li key={award.id} className="p-4">
            <Link href={`/organize/awards/${award.id}`} className="font-medium text-brand-800 underline">
              {award.name}
            </Link>
            <span className="ml-2 text-muted">{t('cycle', { year: award.cycleYear })}</span>
          </li>
        ))}
      </ul>
    </ListPage>
  );
}
