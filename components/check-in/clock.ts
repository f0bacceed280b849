import { formatClock } from '@/lib/i18n/clock';

/** "09:12" in the meeting's zone, on the device, without the server (the station may be offline). */
export function clock(at: number, timeZone: string | undefined): string {
  return formatClock(at, timeZone);
}
