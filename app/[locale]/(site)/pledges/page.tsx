import { getTranslations } from 'next-intl/server';
import { PledgeStatusBadge } from '@/components/pledges/PledgeStatusBadge';
import { EmptyState } from '@/components/ui/EmptyState';
import { PageHeader } from '@/components/ui/PageHeader';
import { requireViewer } from '@/lib/auth/guard';
import { Link } from '@/lib/i18n/navigation';
import { pageLocale } from '@/lib/i18n/page-locale';
import { pledgesForRepresentative } from '@/lib/pledges/data';
import { formatDay } from '@/lib/pledges/format';
import { canSeePledgeAdmin } from '@/lib/pledges/permissions';

export async function generateMetadata() {
  const t = await getTranslations('pledges');
  return { title: t('mine') };
}

/** The pledges issued to the organizations the viewer represents. */
export default async function MyPledgesPage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await pageLocale(params);
  const viewer = await requireViewer('/pledges');
  const t = await getTranslations('pledges');
  const mine = pledgesForRepresentative(viewer.id);
  return (
    <div className="mx-auto max-w-2xl">
      <PageHeader
        title={t('mine')}
        actions={
          canSeePledgeAdmin(viewer) ? (
            <Link href="/organize/pledges" className="text-brand-800 underline">
              {t('manage')}
            </Link>
          ) : undefined
        }
      />
      {mine.length === 0 ? (
        <EmptyState title={t('noneYet')} />
      ) : (
        <ul className="divide-y divide-line rounded-lg border border-line bg-white">
          {mine.map((pledge) => (
            <li key={pledge.issueId} className="flex flex-wrap items-center justify-between gap-2 px-4 py-3">
              <div>
                <Link
                  href={`/pledges/${pledge.issueId}`}
                  className="font-medium text-brand-800 underline-offset-4 hover:underline"
                >
                  {pledge.title}
                </Link>
                <p className="text-sm text-muted">
                  {pledge.organizationName} · {t('dueOn', { date: formatDay(pledge.due, locale) })}
                </p>
              </div>
              <PledgeStatusBadge status={pledge.status} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
