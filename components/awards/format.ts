import { DateTime } from 'luxon';
import { AWARD_TIME_ZONE } from '@/lib/awards/schema';

/** A window's ends, as the subdistrict reads them (Asia/Shanghai), in the page's language. */
export function awardTime(instant: Date, locale: string): string {
  return DateTime.fromJSDate(instant, { zone: AWARD_TIME_ZONE }).setLocale(locale).toLocaleString(DateTime.DATETIME_MED);
}

export function wallTime(instant: Date): string {
  return DateTime.fromJSDate(instant, { zone: AWARD_TIME_ZONE }).toFormat("yyyy-MM-dd'T'HH:mm");
}
