import { formatDateTime, formatDay as formatDayIn } from '@/lib/i18n/dates';

/** The host works in Shanghai time; pledge times are shown there whatever the server's zone. */
export const PLEDGE_TIME_ZONE = 'Asia/Shanghai';

/** "2026年11月30日 17:06（北京时间）" / "30 Nov 2026, 17:06 (Asia/Shanghai)". */
export const formatTime = (date: Date, locale: string) => formatDateTime(date, locale, PLEDGE_TIME_ZONE);

export const formatDay = (date: Date, locale: string) => formatDayIn(date, locale, PLEDGE_TIME_ZONE);

/** A due instant back to the calendar day it was entered as. */
export const dayOf = (date: Date) => date.toLocaleDateString('en-CA', { timeZone: PLEDGE_TIME_ZONE });
