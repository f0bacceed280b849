'use client';

import { useFormatter } from 'next-intl';
import { useServerClock } from './useServerClock';

/** The time now at the venue (the server's clock, in the meeting's zone), for the organizer at the control laptop. */
export function LiveClock({ serverNow, timeZone, label }: { serverNow: number; timeZone: string; label: string }) {
  const format = useFormatter();
  const now = useServerClock(serverNow);
  return (
    <p className="text-right">
      <span className="block text-sm text-muted">{label}</span>
      <time dateTime={new Date(now).toISOString()} className="text-2xl font-bold tabular-nums" data-testid="live-clock">
        {format.dateTime(new Date(now), {
          hour: '2-digit',
          minute: '2-digit',
          second: '2-digit',
          hourCycle: 'h23',
          timeZone,
        })}
      </time>
    </p>
  );
}
