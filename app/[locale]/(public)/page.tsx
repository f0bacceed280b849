import { getTranslations } from 'next-intl/server';
import { AvailabilityProvider, SeatsLine } from '@/components/meetings/Availability';
import { MeetingList } from '@/components/meetings/MeetingList';
import { EmptyState } from '@/components/ui/EmptyState';
import { pageLocale } from '@/lib/i18n/page-locale';
import { listPublicMeetings } from '@/lib/meetings/data';

// Cached like the meeting pages and refreshed when a meeting changes; an hour at
// most, so a meeting moves from "upcoming" to "past" without anyone editing it.
// Rendered on the first visit, not at build time: the build has no database.
export const revalidate = 3600;
export function generateStaticParams() {
  return [];
}

export default async function HomePage({ params }: { params: Promise<{ locale: string }> }) {
  await pageLocale(params);
  const t = await getTranslations('home');
  const { upcoming, past } = listPublicMeetings();
  const href = (meeting: { slug: string }) => `/meetings/${meeting.slug}`;

  return (
    <div className="space-y-8">
      <section className="rounded-xl bg-brand-800 px-6 py-10 text-white sm:px-10">
        <h1 className="text-3xl font-bold sm:text-4xl">{t('title')}</h1>
        <p className="mt-3 max-w-2xl text-lg text-white/90">{t('lead')}</p>
      </section>

      <section aria-labelledby="upcoming-meetings">
        <h2 id="upcoming-meetings" className="mb-4 text-xl font-semibold">
          {t('upcomingMeetings')}
        </h2>
        {upcoming.length === 0 ? (
          <EmptyState title={t('noUpcoming')}>
            <p>{t('noMeetingsVisitor')}</p>
          </EmptyState>
        ) : (
          // Seats left are asked for after loading: the page stays cached through registrations.
          <AvailabilityProvider
            slugs={upcoming.filter((meeting) => meeting.status === 'published').map((meeting) => meeting.slug)}
          >
            <MeetingList
              meetings={upcoming}
              hrefOf={href}
              footer={(meeting) =>
                meeting.status === 'published' ? <SeatsLine slug={meeting.slug} className="mt-2 text-sm" /> : null
              }
            />
          </AvailabilityProvider>
        )}
      </section>

      {past.length > 0 ? (
        <section aria-labelledby="past-meetings">
          <h2 id="past-meetings" className="mb-4 text-xl font-semibold">
            {t('pastMeetings')}
          </h2>
          <MeetingList meetings={past} hrefOf={href} />
        </section>
      ) : null}
    </div>
  );
}
