import { DateTime } from 'luxon';

/**
 * Wall-clock times in a meeting's own time zone ⇄ instants. Forms speak
 * `YYYY-MM-DDTHH:mm` (what <input type="datetime-local"> sends); the database
 * keeps instants. The server's own zone never enters the sum.
 */

export const DEFAULT_TIME_ZONE = 'Asia/Shanghai';
const LOCAL_FORMAT = "yyyy-MM-dd'T'HH:mm";

export function isTimeZone(zone: string): boolean {
  return DateTime.local().setZone(zone).isValid;
}

/** The zones this audience meets in most: greater China first, then partner cities abroad. */
export const COMMON_TIME_ZONES = [
  DEFAULT_TIME_ZONE,
  'Asia/Hong_Kong',
  'Asia/Taipei',
  'Asia/Macau',
  'Asia/Singapore',
  'Asia/Tokyo',
  'Asia/Seoul',
  'Europe/London',
  'Europe/Berlin',
  'America/New_York',
  'America/Los_Angeles',
  'UTC',
];

/** Every zone the runtime knows, for the picker: the common ones first, then the rest by name. */
export function timeZoneChoices(): string[] {
  const common = new Set(COMMON_TIME_ZONES);
  return [...COMMON_TIME_ZONES, ...Intl.supportedValuesOf('timeZone').filter((zone) => !common.has(zone))];
}

/**
 * The instant a wall-clock time names in `zone`, or null when the text is not a
 * time or the time does not exist there (a daylight-saving gap). No guessing:
 * silently moving a meeting by an hour is worse than asking again.
 */
export function wallTimeToInstant(local: string, zone: string): Date | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/.test(local)) return null;
  const parsed = DateTime.fromISO(local, { zone });
  if (!parsed.isValid) return null;
  if (parsed.toFormat(LOCAL_FORMAT) !== local.slice(0, 16)) return null;
  return parsed.toJSDate();
}

/**
 * Whether the text is a day that exists, written YYYY-MM-DD. The one check for every
 * typed date (a pledge's due date, a target line's), so "2021-02-30" is refused
 * everywhere rather than rolled over to 2 March by `new Date`.
 */
export function isCalendarDay(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const parsed = DateTime.fromISO(text, { zone: 'UTC' });
  return parsed.isValid && parsed.toISODate() === text;
}

/** The wall-clock time of an instant in `zone`, as a datetime-local value. */
export function instantToWallTime(instant: Date, zone: string): string {
  return DateTime.fromJSDate(instant, { zone }).toFormat(LOCAL_FORMAT);
}

/** The zone's offset from UTC at that instant, e.g. "UTC+8" or "UTC+5:45". */
export function offsetLabel(instant: Date, zone: string): string {
  const offset = DateTime.fromJSDate(instant, { zone }).toFormat('ZZ');
  const [, sign, hours, minutes] = /^([+-])(\d\d):(\d\d)$/.exec(offset) ?? [];
  if (!sign) return 'UTC';
  return `UTC${sign}${Number(hours)}${minutes === '00' ? '' : `:${minutes}`}`;
}

/** The calendar day of an instant in `zone` (for "same day?" questions). */
export function dayInZone(instant: Date, zone: string): string {
  return DateTime.fromJSDate(instant, { zone }).toISODate() ?? '';
}
