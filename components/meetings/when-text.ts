import type { useFormatter } from 'next-intl';
import { formatClock, formatClockRange } from '@/lib/i18n/clock';

/**
 * "2020年4月30日星期四 09:00–11:30": the day as the language writes it, the times on the one
 * 24-hour clock (lib/i18n/clock.ts) — Intl's short time style would write "9:00 – 11:30 AM" in English.
 */
export function whenText(
  format: ReturnType<typeof useFormatter>,
  startsAt: Date | number,
  endsAt: Date | number,
  timeZone: string,
  dateStyle: 'full' | 'medium',
): string {
  const day = (instant: Date | number) => format.dateTime(instant, { dateStyle, timeZone });
  return day(startsAt) === day(endsAt)
    ? `${day(startsAt)} ${formatClockRange(startsAt, endsAt, timeZone)}`
    : `${day(startsAt)} ${formatClock(startsAt, timeZone)} – ${day(endsAt)} ${formatClock(endsAt, timeZone)}`;
}
