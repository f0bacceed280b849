import { DateTime } from 'luxon';

/**
 * Moving a meeting's record one year on (decision 0027). Pure functions: the same
 * wall-clock time a year later in the meeting's own zone, never "+365 days" (which
 * drifts a day after 29 February and by an hour across a daylight-saving change).
 */

/** The same wall-clock time one year later in `zone`; 29 February becomes 28 February. */
export function nextYearInstant(instant: Date, zone: string): Date {
  return DateTime.fromJSDate(instant, { zone }).plus({ years: 1 }).toJSDate();
}

export function nextYearInstantOrNull(instant: Date | null, zone: string): Date | null {
  return instant ? nextYearInstant(instant, zone) : null;
}

/** A calendar day (YYYY-MM-DD) one year later; 2020-02-29 becomes 2021-02-28. */
export function nextYearDay(day: string): string {
  return DateTime.fromISO(day, { zone: 'UTC' }).plus({ years: 1 }).toISODate() ?? day;
}

const dayOf = (instant: Date, zone: string) => DateTime.fromJSDate(instant, { zone }).toISODate() ?? '';

/** The year of the meeting as its own zone sees it (a 31 December evening in Shanghai is not UTC's). */
export function yearInZone(instant: Date, zone: string): number {
  return DateTime.fromJSDate(instant, { zone }).year;
}

/**
 * Every year near the meeting's (three before it up to the meeting's own) moved on by
 * one, in a single pass, so "2019年度金钥匙奖" at the 2020 conference becomes "2020年度…"
 * and "2020年度责任书" becomes "2021年度…". Only four-digit numbers standing alone in
 * that range change: "2000元" at a 2020 meeting is left alone, as is any other number.
 */
export function nextYearText(text: string, meetingYear: number): string;
export function nextYearText(text: string | null, meetingYear: number): string | null;
export function nextYearText(text: string | null, meetingYear: number): string | null {
  if (text === null) return null;
  return text.replace(/(?<!\d)(\d{4})(?!\d)/g, (match) => {
    const year = Number(match);
    return year >= meetingYear - 3 && year <= meetingYear ? String(year + 1) : match;
  });
}

/**
 * The address suggested for next year's edition: the year in the slug replaced
 * ("2020-civic-conference" → "2021-civic-conference"), or the new year added when the
 * slug has none. Never suffixed to dodge a clash: a taken address is refused at the
 * field so the organizer picks one (decision 0027).
 */
export function nextYearSlug(slug: string, meetingYear: number, days?: { from: string; to: string }): string {
  // The address new meetings get by default is their day (2020-04-30): next year's is its own day.
  if (days && (slug === days.from || slug.startsWith(`${days.from}-`))) return days.to;
  const parts = slug.split('-');
  const at = parts.indexOf(String(meetingYear));
  if (at >= 0) {
    parts[at] = String(meetingYear + 1);
    return parts.join('-');
  }
  return `${slug}-${meetingYear + 1}`.slice(0, 60);
}

/** What the prepare form starts with: last year's names and address with the year moved on. */
export function suggestedEdition(meeting: {
  title: string;
  titleEn: string | null;
  slug: string;
  startsAt: Date;
  timeZone: string;
}) {
  const year = yearInZone(meeting.startsAt, meeting.timeZone);
  const startsAt = nextYearInstant(meeting.startsAt, meeting.timeZone);
  const days = { from: dayOf(meeting.startsAt, meeting.timeZone), to: dayOf(startsAt, meeting.timeZone) };
  return {
    year: year + 1,
    title: nextYearText(meeting.title, year),
    titleEn: nextYearText(meeting.titleEn, year),
    slug: nextYearSlug(meeting.slug, year, days),
    startsAt,
  };
}
