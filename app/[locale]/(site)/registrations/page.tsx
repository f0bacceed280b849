import { getTranslations } from 'next-intl/server';
import { RegistrationStatusBadge } from '@/components/registrations/RegistrationStatusBadge';
import { EmptyState } from '@/components/ui/EmptyState';
import { PageHeader } from '@/components/ui/PageHeader';
import { requireViewer } from '@/lib/auth/guard';
import { Link } from '@/lib/i18n/navigation';
import { localizedName } from '@/lib/i18n/localized-name';
import { pageLocale } from '@/lib/i18n/page-locale';
import { listMyRegistrations } from '@/lib/registrations/data';

export async function generateMetadata() {
  const t = await getTranslations('registration');
  return { title: t('mine') };
}

export default async function MyRegistrationsPage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await pageLocale(params);
  const viewer = await requireViewer('/registrations');
  const t = await getTranslations('registration');
  const mine = listMyRegistrations(viewer.id);
  return (
    <div className="mx-auto max-w-2xl">
      <PageHeader title={t('mine')} />
      {mine.length === 0 ? (
        <EmptyState title={t('noneYet')}>
          <Link href="/" className="font-medium text-brand-800 underline">
            {t('findMeetings')}
          </Link>
        </EmptyState>
      ) : (
        <ul className="divide-y divide-line rounded-lg border border-line bg-white">
          {mine.map((registration) => (
            <li key={registration.id} className="flex flex-wrap items-center justify-between gap-2 px-4 py-3">
              {registration.accessToken ? (
                <Link
                  href={`/registrations/${registration.accessToken}`}
                  className="font-medium text-brand-800 underline-offset-4 hover:underline"
                >
                  {localizedName(registration, locale)}
                </Link>
              ) : (
                // Its link's seal no longer opens (the session secret changed): the next email brings a new one.
                <span className="font-medium">{localizedName(registration, locale)}</span>
              )}
              <RegistrationStatusBadge status={registration.status} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
