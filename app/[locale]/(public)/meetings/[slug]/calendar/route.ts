import { getTranslations } from 'next-intl/server';
import { hasLocale } from 'next-intl';
import { listPublicAgenda } from '@/lib/agenda/data';
import { getPathname } from '@/lib/i18n/navigation';
import { localizedName } from '@/lib/i18n/localized-name';
import { routing } from '@/lib/i18n/routing';
import { appOrigin } from '@/lib/env';
import { meetingCalendar } from '@/lib/meetings/calendar';
import { getPublicMeeting } from '@/lib/meetings/data';

/** "Add to calendar": the meeting as an .ics file, described in the page's language. */
export async function GET(_request: Request, { params }: { params: Promise<{ locale: string; slug: string }> }) {
  const { locale, slug } = await params;
  const meeting = getPublicMeeting(slug);
  if (!meeting || !hasLocale(routing.locales, locale)) return new Response('Not found', { status: 404 });
  const t = await getTranslations({ locale, namespace: 'meetings' });
  const origin = appOrigin();
  const body = meetingCalendar(meeting, listPublicAgenda(meeting.id), {
    url: `${origin}${getPathname({ href: `/meetings/${slug}`, locale })}`,
    calendarName: localizedName(meeting, locale),
    presentedBy: t('calendarPresenters'),
    locale,
  });
  return new Response(body, {
    headers: {
      'Content-Type': 'text/calendar; charset=utf-8',
      'Content-Disposition': `attachment; filename="${slug}.ics"`,
      'Cache-Control': 'no-cache',
    },
  });
}
