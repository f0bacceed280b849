import { notFound } from 'next/navigation';
import { getFormatter, getTranslations } from 'next-intl/server';
import { PublicAgenda } from '@/components/agenda/PublicAgenda';
import { AddToCalendarLink } from '@/components/meetings/AddToCalendarLink';
import { AvailabilityProvider, RegisterGate, SeatsLine } from '@/components/meetings/Availability';
import { MeetingOverview } from '@/components/meetings/MeetingOverview';
import { buttonClass } from '@/components/ui/Button';
import { listPublicAgenda } from '@/lib/agenda/data';
import { Link } from '@/lib/i18n/navigation';
import { localizedName, localizedText } from '@/lib/i18n/localized-name';
import { pageLocale } from '@/lib/i18n/page-locale';
import { getPublicMeeting } from '@/lib/meetings/data';
import { ceremonyWinnersByItem } from '@/lib/awards/data';
import { registrationCounts } from '@/lib/registrations/data';

type Params = Promise<{ locale: string; slug: string }>;

// Rendered on the first visit, then served from the cache until an organizer
// changes the meeting or its agenda (lib/meetings/revalidate.ts); an hour at most,
// so a meeting that has ended turns into its record without anyone editing it.
// Seats left come from /api/meetings/availability after loading (decision 0016).
export const revalidate = 3600;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: { params: Params }) {
  const { locale, slug } = await params;
  const meeting = getPublicMeeting(slug);
  return meeting
    ? {
        title: localizedName(meeting, locale),
        description: localizedText(meeting.theme, meeting.themeEn, locale) ?? undefined,
      }
    : {};
}

export default async function MeetingPage({ params }: { params: Params }) {
  const locale = await pageLocale(params);
  const { slug } = await params;
  const meeting = getPublicMeeting(slug);
  if (!meeting) notFound();
  const [t, tp, format] = await Promise.all([getTranslations('meetings'), getTranslations('poster'), getFormatter()]);
  const agenda = listPublicAgenda(meeting.id);
  const past = new Date() > meeting.endsAt;
  const attendance = past ? registrationCounts(meeting.id) : [];
  const sum = (key: 'confirmed' | 'checkedIn') => attendance.reduce((total, row) => total + row[key], 0);
  return (
    <div className="space-y-8">
      <MeetingOverview
        meeting={meeting}
        actions={
          <AvailabilityProvider slugs={past ? [] : [meeting.slug]}>
            {meeting.status === 'published' && !past ? (
              <div className="w-full space-y-3">
                <RegisterGate slug={meeting.slug}>
                  <Link
                    href={`/meetings/${meeting.slug}/register`}
                    className={buttonClass('secondary', 'border-white bg-white font-semibold text-brand-800')}
                  >
                    {t('register')}
                  </Link>
                </RegisterGate>
                <SeatsLine slug={meeting.slug} onBrand />
              </div>
            ) : null}
            <AddToCalendarLink slug={meeting.slug} locale={locale} label={t('addToCalendar')} />
            <Link href={`/meetings/${meeting.slug}/program`} className={buttonClass('secondary')}>
              {t('printProgram')}
            </Link>
            {meeting.status === 'published' || meeting.status === 'closed' ? (
              <Link href={`/meetings/${meeting.slug}/poster`} className={buttonClass('secondary')}>
                {tp('share')}
              </Link>
            ) : null}
          </AvailabilityProvider>
        }
      />
      {past && meeting.status !== 'cancelled' ? (
        <section
          aria-labelledby="past-heading"
          className="rounded-lg border border-line bg-white p-4 sm:p-6"
          data-testid="meeting-record"
        >
          <h2 id="past-heading" className="mb-2 text-xl font-semibold">
            {t('past.heading')}
          </h2>
          <p>
            {t('past.heldOn', {
              date: format.dateTime(meeting.startsAt, { dateStyle: 'long', timeZone: meeting.timeZone }),
            })}
          </p>
          {sum('confirmed') > 0 ? (
            <p>
              {t('past.registered', { count: sum('confirmed') })}{' '}
              {sum('checkedIn') > 0 ? t('past.attended', { count: sum('checkedIn') }) : null}
            </p>
          ) : null}
        </section>
      ) : null}
      <section aria-labelledby="agenda-heading" className="space-y-4">
        <h2 id="agenda-heading" className="text-xl font-semibold">
          {t('agendaHeading')}
        </h2>
        <PublicAgenda
          items={agenda}
          startsAt={meeting.startsAt}
          timeZone={meeting.timeZone}
          winners={ceremonyWinnersByItem(agenda)}
        />
      </section>
    </div>
  );
}
