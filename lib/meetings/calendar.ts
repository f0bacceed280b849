import { ICalCalendar, ICalEventStatus } from 'ical-generator';
import { DateTime } from 'luxon';
import { tzlib_get_ical_block } from 'timezones-ical-library';
import type { Meeting } from '@/db/schema';
import { plan } from '@/lib/agenda/schedule';
import { formatClock } from '@/lib/i18n/clock';
import { localizedName, localizedText } from '@/lib/i18n/localized-name';

export type CalendarMeeting = Pick<
  Meeting,
  | 'id'
  | 'slug'
  | 'title'
  | 'theme'
  | 'description'
  | 'venueName'
  | 'venueAddress'
  | 'timeZone'
  | 'startsAt'
  | 'endsAt'
  | 'status'
  | 'createdAt'
> &
  Partial<Pick<Meeting, 'titleEn' | 'themeEn'>>;
export type CalendarAgendaItem = {
  id: number;
  title: string;
  titleEn?: string | null;
  plannedMinutes: number;
  presenters: string | null;
};

// C0 and C1 controls (CR and LF among them) and DEL. ical-generator escapes line breaks
// in event properties but writes the calendar name raw, so a name with CR/LF could add
// its own lines to the file; every one-line text goes through oneLine instead.
const CONTROL = /[\u0000-\u001f\u007f-\u009f]+/g;
const oneLine = (text: string) => text.replace(CONTROL, ' ').trim();
/** Free text may keep its line breaks (escaped by the library); other controls go. */
const multiLine = (text: string) =>
  text.replace(/\r\n?/g, '\n').replace(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]+/g, ' ');

/** The zone's rules as a VTIMEZONE block, so calendar apps show the meeting's own wall-clock times. */
function vtimezone(zone: string): string | null {
  const block: unknown = tzlib_get_ical_block(zone);
  return Array.isArray(block) && typeof block[0] === 'string' && block[0].startsWith('BEGIN:VTIMEZONE')
    ? block[0]
    : null;
}

/**
 * One event identity per meeting, whichever address the file was fetched from (the
 * page, the ticket, the email): importing it again updates the entry instead of
 * adding a second one. Not the request's host, which differs between `localhost`
 * and `127.0.0.1` or behind a proxy. The meeting's creation time tells apart
 * meeting 2 of this installation from meeting 2 of another one.
 */
export function calendarUid(meeting: Pick<Meeting, 'id' | 'createdAt'>): string {
  return `meeting-${meeting.id}-${meeting.createdAt.getTime().toString(36)}@convene`;
}

/**
 * An iCalendar file with one event for the meeting, its agenda in the
 * description. Times carry the meeting's TZID (with its VTIMEZONE) when the
 * zone is known to the rules library, and are plain UTC otherwise — either
 * way every calendar puts the meeting at the same instant.
 */
export function meetingCalendar(
  meeting: CalendarMeeting,
  agenda: CalendarAgendaItem[],
  // locale: the reader's, for the names organizers gave in English too (decision 0020); without it, the originals.
  options: { url: string; calendarName: string; presentedBy: string; locale?: string },
): string {
  const calendar = new ICalCalendar({
    name: oneLine(options.calendarName),
    prodId: { company: 'Convene', product: 'convene', language: 'ZH' },
  });
  const zone = vtimezone(meeting.timeZone) ? meeting.timeZone : null;
  // No calendar-wide zone (name: null): with one, ical-generator writes DTSTAMP in
  // the server's local time without a Z. The event's own TZID still gets its VTIMEZONE.
  if (zone) calendar.timezone({ name: null, generator: vtimezone });
  const at = (instant: Date) => (zone ? DateTime.fromJSDate(instant, { zone }) : instant);

  const times = plan(meeting.startsAt, agenda);
  const lines = agenda.map((item, index) => {
    const start = formatClock(times.slots[index]!.plannedStart, meeting.timeZone);
    const presenters = item.presenters ? ` — ${options.presentedBy}${item.presenters}` : '';
    return oneLine(`${start} ${localizedName(item, options.locale ?? '')}${presenters}`);
  });
  const description = multiLine(
    [
      localizedText(meeting.theme, meeting.themeEn, options.locale ?? ''),
      meeting.description,
      lines.join('\n'),
      options.url,
    ]
      .filter(Boolean)
      .join('\n\n'),
  );

  calendar.createEvent({
    id: calendarUid(meeting),
    start: at(meeting.startsAt),
    end: at(meeting.endsAt),
    timezone: zone,
    summary: oneLine(localizedName(meeting, options.locale ?? '')),
    description,
    location: oneLine([meeting.venueName, meeting.venueAddress].filter(Boolean).join(', ')) || null,
    url: oneLine(options.url),
    status: meeting.status === 'cancelled' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
  });
  return calendar.toString();
}
