/**
 * "09:00": the one way the app writes a time of day, in every language — a 24-hour clock with
 * two-digit hours (the house rule of lib/i18n/dates.ts; never "9:00 AM"). Plain Intl, not luxon,
 * so client components (the agenda editor, the door station offline) use the same function.
 * `hourCycle: 'h23'` and not `hour12: false`, which some engines answer with "24:00" at midnight.
 */
const clocks = new Map<string, Intl.DateTimeFormat>();

export function formatClock(instant: Date | number, zone: string | undefined): string {
  const key = zone ?? '';
  let clock = clocks.get(key);
  if (!clock) {
    clock = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: zone });
    clocks.set(key, clock);
  }
  return clock.format(instant);
}

/** "14:00–15:00", the two times of a span within one day. */
export function formatClockRange(start: Date | number, end: Date | number, zone: string | undefined): string {
  return `${formatClock(start, zone)}–${formatClock(end, zone)}`;
}
