import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { PublicAgenda } from '@/components/agenda/PublicAgenda';
import { MeetingOverview } from '@/components/meetings/MeetingOverview';
import { buttonClass } from '@/components/ui/Button';
import { listPublicAgenda } from '@/lib/agenda/data';
import { getPathname, Link } from '@/lib/i18n/navigation';
import { localizedName, localizedText } from '@/lib/i18n/localized-name';
import { pageLocale } from '@/lib/i18n/page-locale';
import { getPublicMeeting } from '@/lib/meetings/data';
import { ceremonyWinnersByItem } from '@/lib/awards/data';

type Params = Promise<{ locale: string; slug: string }>;

// Rendered on the first visit, then served from the cache until an organizer
// changes the meeting or its agenda (lib/meetings/revalidate.ts).
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: { params: Params }) {
  const { locale, slug } = await params;
  const meeting = getPublicMeeting(slug);
  return meeting ? { title: localizedName(meeting, locale), description: localizedText(meeting.theme, meeting.themeEn, locale) ?? undefined } : {};
}

export default async function MeetingPage({ params }: { params: Params }) {
  const locale = await pageLocale(params);
  const { slug } = await params;
  const meeting = getPublicMeeting(slug);
  if (!meeting) notFound();
  const t = await getTranslations('meetings');
  const agenda = listPublicAgenda(meeting.id);
  return (
    <div className="space-y-8">
      <MeetingOverview
        meeting={meeting}
        actions={
          <>
            {meeting.status === 'published' ? (
              <Link href={`/meetings/${meeting.slug}/register`} className={buttonClass('secondary', 'border-white bg-white font-semibold text-brand-800')}>
                {t('register')}
              </Link>
            ) : null}
            {/* A plain link: the file comes from a route handler, not a page. */}
            <a
              href={getPathname({ href: `/meetings/${meeting.slug}/calendar`, locale })}
              download={`${meeting.slug}.ics`}
              className={buttonClass('secondary')}
            >
              {t('addToCalendar')}
            </a>
            <Link href={`/meetings/${meeting.slug}/program`} className={buttonClass('secondary')}>
              {t('printProgram')}
            </Link>
          </>
        }
      />
      <section aria-labelledby="agenda-heading" className="space-y-4">
        <h2 id="agenda-heading" className="text-xl font-semibold">
          {t('agendaHeading')}
        </h2>
        <PublicAgenda items={agenda} startsAt={meeting.startsAt} timeZone={meeting.timeZone} winners={ceremonyWinnersByItem(agenda)} />
      </section>
    </div>
  );
}
