import { DateTime } from 'luxon';
import { AWARD_TIME_ZONE } from '@/lib/awards/schema';
import { formatDateTime } from '@/lib/i18n/dates';

/** A window's ends, as the subdistrict reads them (Asia/Shanghai), in the page's language. */
export function awardTime(instant: Date, locale: string): string {
  return formatDateTime(instant, locale, AWARD_TIME_ZONE);
}

export function wallTime(instant: Date): string {
  return DateTime.fromJSDate(instant, { zone: AWARD_TIME_ZONE }).toFormat("yyyy-MM-dd'T'HH:mm");
}
