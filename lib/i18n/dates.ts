import { DateTime } from 'luxon';
import { formatClock } from './clock';

/**
 * The one way the app writes a date or time for people: day before month in words
 * ("30 Nov 2026", "2026年11月30日"), a 24-hour clock, and the zone named — never
 * "11/30/26, 5:06 PM", which a Chinese reader and a British one read differently.
 * Luxon, not Intl's styles, so the wording does not drift with the ICU version.
 */

const zhZoneNames: Record<string, string> = {
  'Asia/Shanghai': '北京时间',
  'Asia/Hong_Kong': '香港时间',
  'Asia/Taipei': '台北时间',
  'Asia/Macau': '澳门时间',
};

const isChinese = (locale: string) => locale.startsWith('zh');

/** "北京时间" or "Asia/Shanghai": how the zone is named after a time. */
export function zoneName(zone: string, locale: string): string {
  return (isChinese(locale) && zhZoneNames[zone]) || zone;
}

const at = (instant: Date, zone: string) => DateTime.fromJSDate(instant, { zone });

const dayPattern = (locale: string) => (isChinese(locale) ? 'yyyy年M月d日' : 'd LLL yyyy');

const withZone = (text: string, zone: string, locale: string) =>
  isChinese(locale) ? `${text}（${zoneName(zone, locale)}）` : `${text} (${zoneName(zone, locale)})`;

/** "30 Nov 2026" / "2026年11月30日", the calendar day in that zone. */
export function formatDay(instant: Date, locale: string, zone: string): string {
  return at(instant, zone)
    .setLocale(isChinese(locale) ? 'zh-CN' : 'en-GB')
    .toFormat(dayPattern(locale));
}

// "17:06", for a time whose day and zone are plain from the page (an agenda, a check-in at the door).
export { formatClock };

/** "30 Nov 2026, 17:06 (Asia/Shanghai)" / "2026年11月30日 17:06（北京时间）". */
export function formatDateTime(instant: Date, locale: string, zone: string): string {
  const text = `${formatDay(instant, locale, zone)}${isChinese(locale) ? ' ' : ', '}${formatClock(instant, zone)}`;
  return withZone(text, zone, locale);
}

/** "20 Dec 2026, 14:00 – 16:00 (Asia/Shanghai)"; the end's day is written when it differs. */
export function formatDateTimeRange(start: Date, end: Date, locale: string, zone: string): string {
  const sameDay = formatDay(start, locale, zone) === formatDay(end, locale, zone);
  const separator = isChinese(locale) ? ' ' : ', ';
  const first = `${formatDay(start, locale, zone)}${separator}${formatClock(start, zone)}`;
  const last = sameDay
    ? formatClock(end, zone)
    : `${formatDay(end, locale, zone)}${separator}${formatClock(end, zone)}`;
  return withZone(`${first} – ${last}`, zone, locale);
}

/**
 * "2026-11-30 17:06:00", the wall time in that zone, for a spreadsheet cell. Not the words
 * above: Excel and WPS read this year-first form as a date and time (sortable, filterable)
 * and it reads the same in both languages; an ISO 8601 "T…+08:00" would stay text there.
 * The zone is named once, in the column's header (zoneName), not in every cell.
 */
export function formatSpreadsheetDateTime(instant: Date, zone: string): string {
  return at(instant, zone).toFormat('yyyy-MM-dd HH:mm:ss');
}

/** Where the subdistrict works: the zone of times that belong to no meeting (audit, outbox). */
export const SITE_TIME_ZONE = 'Asia/Shanghai';
