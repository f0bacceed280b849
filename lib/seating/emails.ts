import type { Meeting, Registration } from '@/db/schema';
import { localizedName } from '@/lib/i18n/localized-name';
import { formatDateTimeRange } from '@/lib/i18n/dates';
import { localizedPath } from '@/lib/i18n/routing';
import type { Email } from '@/lib/mail/mutations';
import { emailTranslator, layout } from '@/lib/mail/render';
import { seatText } from './format';
import type { SeatPosition } from './position';

/** "Your seat": sent when a confirmed registrant is seated or moved, in the language they registered in. */
export function seatEmail(
  registration: Pick<Registration, 'name' | 'locale'> & { email: string; accessToken: string },
  position: SeatPosition,
  meeting: Pick<Meeting, 'title' | 'titleEn' | 'startsAt' | 'endsAt' | 'timeZone' | 'venueName' | 'venueAddress'>,
  origin: string,
): Email {
  const { locale, t } = emailTranslator(registration.locale);
  const values = {
    name: registration.name,
    meeting: localizedName(meeting, locale),
    when: formatDateTimeRange(meeting.startsAt, meeting.endsAt, locale, meeting.timeZone),
    venue: [meeting.venueName, meeting.venueAddress].filter(Boolean).join(', ') || '—',
    seat: seatText(position, locale),
  };
  const link = `${origin}${localizedPath(`/registrations/${registration.accessToken}`, locale)}`;
  const { text, html } = layout({
    paragraphs: [t('greeting', values), t('seat.body', values)],
    link: { label: t('open'), url: link },
  });
  return {
    to: registration.email,
    subject: t('seat.subject', values),
    text,
    html,
    topic: 'registration.seat',
    secrets: [registration.accessToken],
  };
}
