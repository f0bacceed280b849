import type { Email } from '@/lib/mail/mutations';
import { emailTranslator, layout } from '@/lib/mail/render';
import { localizedName } from '@/lib/i18n/localized-name';
import { formatDateTime, formatDateTimeRange } from '@/lib/i18n/dates';
import { localizedPath } from '@/lib/i18n/routing';
import { meetingCalendar, type CalendarAgendaItem, type CalendarMeeting } from '@/lib/meetings/calendar';
import { formatTicketCode } from './tokens';

export type RegistrationNotice = 'confirmed' | 'promoted' | 'waitlisted' | 'pending' | 'rejected' | 'cancelled';

// Everything the notice says of the meeting is what goes into its calendar file.
type NoticeMeeting = CalendarMeeting & { updatedAt?: Date };

// Formatting a range in a zone is the costliest step of an email, and it runs inside the
// seat decision's write lock: the same few meetings and two languages, so keep the answers.
const whens = new Map<string, string>();
function when(meeting: NoticeMeeting, locale: string) {
  const key = [meeting.startsAt.getTime(), meeting.endsAt.getTime(), meeting.timeZone, locale].join('|');
  let text = whens.get(key);
  if (text === undefined) {
    text = formatDateTimeRange(meeting.startsAt, meeting.endsAt, locale, meeting.timeZone);
    if (whens.size > 200) whens.clear();
    whens.set(key, text);
  }
  return text;
}

/** What every registration email says of the meeting: its name, when and where. */
function meetingValues(meeting: NoticeMeeting, locale: string) {
  return {
    meeting: localizedName(meeting, locale),
    when: when(meeting, locale),
    venue: [meeting.venueName, meeting.venueAddress].filter(Boolean).join(', ') || '—',
  };
}

/**
 * The calendar file is the same for everyone registered for a meeting; made once per
 * version of the meeting (its updatedAt moves with every edit, agenda included).
 */
const calendars = new Map<string, string>();
function calendarFile(
  meeting: NoticeMeeting,
  agenda: CalendarAgendaItem[],
  locale: string,
  origin: string,
  presentedBy: string,
) {
  const key = [meeting.id, meeting.updatedAt?.getTime(), meeting.status, locale, origin].join('|');
  let file = calendars.get(key);
  if (!file) {
    file = Buffer.from(
      meetingCalendar(meeting, agenda, {
        url: `${origin}${localizedPath(`/meetings/${meeting.slug}`, locale)}`,
        calendarName: localizedName(meeting, locale),
        presentedBy,
        locale,
      }),
    ).toString('base64');
    if (calendars.size > 200) calendars.clear();
    calendars.set(key, file);
  }
  return file;
}

/**
 * The email a registrant gets when their registration changes, in the language
 * they registered in. A confirmed seat carries the ticket (code and QR image) and
 * the meeting as a calendar file.
 */
export function registrationEmail(
  notice: RegistrationNotice,
  registration: {
    name: string;
    email: string;
    locale: string;
    accessToken: string;
    ticketCode: string | null;
    categoryName: string;
    categoryNameEn?: string | null;
  },
  meeting: NoticeMeeting,
  extra: {
    origin: string;
    waitlistPosition?: number;
    reason?: string | null;
    agenda?: CalendarAgendaItem[];
  },
): Email {
  const { locale, t } = emailTranslator(registration.locale);
  const link = `${extra.origin}${localizedPath(`/registrations/${registration.accessToken}`, locale)}`;
  const values = {
    name: registration.name,
    ...meetingValues(meeting, locale),
    category: localizedName({ name: registration.categoryName, nameEn: registration.categoryNameEn }, locale),
    ticket: registration.ticketCode ? formatTicketCode(registration.ticketCode) : '',
    position: extra.waitlistPosition ?? 0,
    reason: extra.reason ?? '',
  };
  const seat = notice === 'confirmed' || notice === 'promoted';
  const paragraphs = [t('greeting', values), t(`${notice}.body`, values), t('details', values)];
  if (seat) paragraphs.push(t('ticket', values));
  const { text, html } = layout({
    paragraphs,
    link: { label: t('open'), url: link },
    // A seat given without asking: one tap gives it back, so the next person gets it in time.
    secondaryLink: notice === 'promoted' ? { label: t('promoted.cancel'), url: `${link}?cancel=1` } : undefined,
    imageCid: seat ? 'ticket-qr' : undefined,
    imageAlt: seat ? values.ticket : undefined,
  });
  const attachments =
    seat && registration.ticketCode
      ? [
          {
            filename: `${meeting.slug}.ics`,
            contentType: 'text/calendar; charset=utf-8',
            base64: calendarFile(meeting, extra.agenda ?? [], locale, extra.origin, t('presentedBy')),
          },
          { filename: 'ticket.png', contentType: 'image/png', qrText: registration.ticketCode, cid: 'ticket-qr' },
        ]
      : undefined;
  return {
    to: registration.email,
    subject: t(`${notice}.subject`, values),
    text,
    html,
    attachments,
    topic: `registration.${notice}`,
    secrets: [registration.accessToken],
  };
}

export function invitationEmail(
  invitation: {
    name: string;
    email: string;
    token: string;
    expiresAt: Date;
    categoryName: string;
    categoryNameEn?: string | null;
  },
  meeting: NoticeMeeting,
  extra: { origin: string; locale: string },
): Email {
  const { locale, t } = emailTranslator(extra.locale);
  const url = `${extra.origin}${localizedPath(`/meetings/${meeting.slug}/register`, locale)}?invitation=${invitation.token}`;
  const values = {
    name: invitation.name,
    ...meetingValues(meeting, locale),
    category: localizedName({ name: invitation.categoryName, nameEn: invitation.categoryNameEn }, locale),
    expires: formatDateTime(invitation.expiresAt, locale, meeting.timeZone),
  };
  const { text, html } = layout({
    paragraphs: [t('greeting', values), t('invitation.body', values), t('details', values)],
    link: { label: t('invitation.accept'), url },
  });
  return {
    to: invitation.email,
    subject: t('invitation.subject', values),
    text,
    html,
    topic: 'invitation',
    secrets: [invitation.token],
  };
}
