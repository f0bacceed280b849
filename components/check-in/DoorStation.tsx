'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useEffect, useRef, type ReactNode } from 'react';
import { Card } from '@/components/ui/Card';
import { DoorAnswers } from './DoorAnswers';
import { DoorStatus } from './DoorStatus';
import { OfflineDesk } from './OfflineDesk';
import { useDoorStation } from './use-door-station';

/**
 * Installs the station's service worker and hands it the page and the assets already
 * loaded, so a reload without network still opens the station (public/door-sw.js).
 */
function useStationWorker() {
  useEffect(() => {
    if (!('serviceWorker' in navigator)) return;
    void (async () => {
      try {
        // The camera's code loads on demand; fetched now, it is kept for offline use too.
        await import('@zxing/browser');
        await navigator.serviceWorker.register('/door-sw.js', { scope: '/' });
        const ready = await navigator.serviceWorker.ready;
        const loaded = performance.getEntriesByType('resource').map((entry) => entry.name);
        ready.active?.postMessage({ type: 'keep', urls: [location.href, ...loaded] });
      } catch {
        // No worker (private mode, plain http): the station still works while the page stays open.
      }
    })();
  }, []);
}

/**
 * The door station (decision 0024). Online, the server's own station (`children`) does the
 * work and the device keeps its list fresh; offline, the device's list does it and queues.
 */
export function DoorStation({
  meetingId,
  locale,
  returnTo,
  children,
}: {
  meetingId: number;
  locale: string;
  returnTo: string;
  children: ReactNode;
}) {
  const t = useTranslations('doorStation');
  const station = useDoorStation(meetingId);
  const router = useRouter();
  useStationWorker();
  const missedServer = useRef(false);
  const working = station.online && !station.access;
  useEffect(() => {
    if (!working) missedServer.current = true;
  }, [working]);
  useEffect(() => {
    // Back after an outage, once the queue is sent: the server's counters and lists are re-read.
    if (station.syncs > 0 && missedServer.current) {
      missedServer.current = false;
      router.refresh();
    }
  }, [station.syncs, router]);
  return (
    <div className="space-y-6">
      <Card title={t('title')}>
        <DoorStatus station={station} returnTo={returnTo} />
      </Card>
      <DoorAnswers station={station} />
      {working ? (
        children
      ) : (
        <Card title={t('offlineTitle')}>
          <OfflineDesk station={station} locale={locale} />
        </Card>
      )}
    </div>
  );
}
