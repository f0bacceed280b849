import { getTranslations } from 'next-intl/server';
import { EmptyState } from '@/components/ui/EmptyState';
import { getViewer } from '@/lib/auth/session';
import { hasRole } from '@/lib/auth/permissions';
import { pageLocale } from '@/lib/i18n/page-locale';

export default async function HomePage({ params }: { params: Promise<{ locale: string }> }) {
  await pageLocale(params);
  const [t, viewer] = await Promise.all([getTranslations('home'), getViewer()]);

  return (
    <div className="space-y-8">
      <section className="rounded-xl bg-brand-800 px-6 py-10 text-white sm:px-10">
        <h1 className="text-3xl font-bold sm:text-4xl">{t('title')}</h1>
        <p className="mt-3 max-w-2xl text-lg text-white/90">{t('lead')}</p>
      </section>

      <section aria-labelledby="published-meetings">
        <h2 id="published-meetings" className="mb-4 text-xl font-semibold">
          {t('publishedMeetings')}
        </h2>
        {/* Meetings arrive with the meetings feature; until one is published the list is empty. */}
        <EmptyState title={t('noMeetings')}>
          <p>{hasRole(viewer, 'organizer') ? t('noMeetingsOrganizer') : t('noMeetingsVisitor')}</p>
        </EmptyState>
      </section>
    </div>
  );
}
