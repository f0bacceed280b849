'use client';

import { useTranslations } from 'next-intl';
import { Button } from '@/components/ui/Button';
import { cx } from '@/components/ui/cx';
import { Link } from '@/lib/i18n/navigation';
import { clock } from './clock';
import type { useDoorStation } from './use-door-station';

type Station = ReturnType<typeof useDoorStation>;

/** Online or not, when the list was last synced, what waits to be sent, and the counter from the device's own list. */
export function DoorStatus({ station, returnTo }: { station: Station; returnTo: string }) {
  const t = useTranslations('doorStation');
  const zone = station.copy?.snapshot.timeZone;
  const online = station.online && !station.access;
  return (
    <div className="space-y-3">
      <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
        <p
          aria-live="polite"
          data-door-online={station.online ? 'yes' : 'no'}
          className={cx(
            'inline-flex items-center gap-2 rounded-full border px-3 py-1 text-sm font-semibold',
            online
              ? 'border-success-300 bg-success-50 text-success-800'
              : 'border-warning-300 bg-warning-50 text-warning-800',
          )}
        >
          <span
            aria-hidden="true"
            className={cx('size-2.5 rounded-full', online ? 'bg-success-800' : 'bg-warning-800')}
          />
          {station.online ? t('online') : t('offline')}
        </p>
        <p className="text-sm text-muted" data-door-synced>
          {station.copy ? t('lastSynced', { time: clock(station.copy.syncedAt, zone) }) : t('neverSynced')}
        </p>
        {station.station ? (
          <p className="text-sm text-muted" data-door-station={station.station}>
            {t('station', { station: station.station })}
          </p>
        ) : null}
      </div>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <p className="text-2xl font-bold tabular-nums" data-door-counter>
          {t('counter', station.counts)}
        </p>
        <div className="flex flex-wrap items-center gap-3">
          {/* Only once the device's queue has been read: before that, "nothing waiting" would be a guess. */}
          {station.loaded ? (
            <p className="text-sm" data-door-waiting={station.queue.length}>
              {t('waiting', { count: station.queue.length })}
            </p>
          ) : null}
          <Button variant="secondary" onClick={() => void station.refresh()}>
            {t('syncNow')}
          </Button>
        </div>
      </div>
      {station.access ? (
        <div role="alert" className="rounded-md border border-danger-300 bg-danger-50 p-3 text-danger-700">
          <p>{t(station.access, { count: station.queue.length })}</p>
          {station.access === 'signedOut' ? (
            <Link
              href={{ pathname: '/sign-in', query: { callbackUrl: returnTo } }}
              className="mt-2 inline-block font-medium underline"
            >
              {t('signIn')}
            </Link>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
