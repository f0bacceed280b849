'use client';

import { useFormatter, useTranslations } from 'next-intl';
import { useSyncExternalStore } from 'react';
import { whenText } from './when-text';

const neverChanges = () => () => {};
const browserZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

function offsetAt(instant: number, zone: string): string {
  return new Intl.DateTimeFormat('en', { timeZone: zone, timeZoneName: 'longOffset' }).format(instant);
}

/**
 * The meeting in the viewer's own time, only when their clock differs. Only the
 * browser knows its zone, so this fills in after loading and the page stays cacheable.
 */
export function ViewerZoneNote({
  startsAt,
  endsAt,
  meetingZone,
}: {
  startsAt: number;
  endsAt: number;
  meetingZone: string;
}) {
  const t = useTranslations('meetings');
  const format = useFormatter();
  const zone = useSyncExternalStore(neverChanges, browserZone, () => null);
  if (!zone || offsetAt(startsAt, zone) === offsetAt(startsAt, meetingZone)) return null;
  return (
    <span className="block text-sm">
      {t('yourTime', {
        time: whenText(format, startsAt, endsAt, zone, 'medium'),
        zone,
      })}
    </span>
  );
}
