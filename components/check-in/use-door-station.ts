'use client';

import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import type { Snapshot, SnapshotTicket } from '@/lib/check-in/data';
import type { SyncResult } from '@/lib/check-in/schema';
import { SYNC_BATCH_LIMIT } from '@/lib/check-in/schema';
import {
  dismissAnswer,
  dropCachedPages,
  dropCopy,
  enqueue,
  readAnswers,
  readCopy,
  readQueue,
  saveCopy,
  settle,
  type QueuedEvent,
  type StoredAnswer,
  type StoredCopy,
} from './door-store';
import { eventId, stationId } from './station-id';

/** signedOut: the server answered 401; forbidden: 403. Either way the copy is gone and the queue waits. */
export type AccessProblem = 'signedOut' | 'forbidden' | null;
export type LocalVerdict =
  | { verdict: 'checkedIn'; ticket: SnapshotTicket }
  | { verdict: 'already'; ticket: SnapshotTicket; at: number; station?: string }
  | { verdict: 'refused'; code: string };

const REFRESH_EVERY_MS = 10_000;

/** What the station shows: the copy with the queue laid over it, so a queued check-in counts at once. */
function overlay(snapshot: Snapshot | undefined, queue: QueuedEvent[]) {
  const tickets = new Map<string, SnapshotTicket>();
  for (const ticket of snapshot?.tickets ?? []) tickets.set(ticket.code, ticket);
  for (const event of queue) {
    const ticket = tickets.get(event.code);
    if (ticket && (!ticket.checkedInAt || event.at < ticket.checkedInAt))
      tickets.set(event.code, { ...ticket, checkedInAt: event.at, station: event.station });
  }
  return tickets;
}

function subscribeToNetwork(changed: () => void) {
  window.addEventListener('online', changed);
  window.addEventListener('offline', changed);
  return () => {
    window.removeEventListener('online', changed);
    window.removeEventListener('offline', changed);
  };
}
const noSubscription = () => () => {};

export const normalizeCode = (input: string) => input.toUpperCase().replace(/[^0-9A-Z]/g, '');

/**
 * The door station's offline engine (decision 0024): keeps the meeting's copy fresh while
 * the server answers, checks people in against it when it does not, queues those
 * check-ins in IndexedDB and sends them as soon as the server answers again.
 */
export function useDoorStation(meetingId: number) {
  const [copy, setCopy] = useState<StoredCopy | undefined>();
  const [queue, setQueue] = useState<QueuedEvent[]>([]);
  const [answers, setAnswers] = useState<StoredAnswer[]>([]);
  // Online means the browser has a network and the server answered the last time it was asked.
  const [reachable, setReachable] = useState(true);
  const networkUp = useSyncExternalStore(
    subscribeToNetwork,
    () => navigator.onLine,
    () => true,
  );
  const online = networkUp && reachable;
  const [loaded, setLoaded] = useState(false);
  const [access, setAccess] = useState<AccessProblem>(null);
  // Counts good round trips, so the page can re-read the server's lists after one that followed an outage.
  const [syncs, setSyncs] = useState(0);
  const station = useSyncExternalStore(noSubscription, stationId, () => '');
  const busy = useRef(false);

  const reload = useCallback(async () => {
    const [c, q, a] = await Promise.all([readCopy(meetingId), readQueue(meetingId), readAnswers(meetingId)]);
    setCopy(c);
    setQueue(q);
    setAnswers(a);
    setLoaded(true);
  }, [meetingId]);

  /** 401/403: the list leaves the device now; the queue stays, and the screen says why. */
  const refused = useCallback(
    async (status: number) => {
      setAccess(status === 401 ? 'signedOut' : 'forbidden');
      await dropCopy(meetingId);
      await dropCachedPages();
      await reload();
    },
    [meetingId, reload],
  );

  const refresh = useCallback(async () => {
    if (busy.current) return;
    busy.current = true;
    try {
      const pending = await readQueue(meetingId);
      for (let start = 0; start < pending.length; start += SYNC_BATCH_LIMIT) {
        const batch = pending.slice(start, start + SYNC_BATCH_LIMIT);
        const response = await fetch(`/api/check-in/${meetingId}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ events: batch.map(({ id, code, at, station }) => ({ id, code, at, station })) }),
        });
        if (response.status === 401 || response.status === 403) return await refused(response.status);
        if (!response.ok) throw new Error(`sync ${response.status}`);
        const { results } = (await response.json()) as { results: SyncResult[] };
        // Worth showing: conflicts and refusals, and a check-in another station made first.
        const mine = new Map(batch.map((event) => [event.id, event]));
        await settle(
          meetingId,
          results,
          (r) =>
            r.outcome === 'conflict' ||
            r.outcome === 'refused' ||
            (r.outcome === 'already' && r.station !== mine.get(r.id)?.station),
          Date.now(),
        );
      }
      const kept = await readCopy(meetingId);
      const response = await fetch(`/api/check-in/${meetingId}`, {
        headers: kept?.etag ? { 'If-None-Match': kept.etag } : {},
        cache: 'no-store',
      });
      if (response.status === 401 || response.status === 403) return await refused(response.status);
      if (response.status === 304 && kept) await saveCopy({ ...kept, syncedAt: Date.now() });
      else if (response.ok)
        await saveCopy({
          meetingId,
          etag: response.headers.get('etag'),
          syncedAt: Date.now(),
          snapshot: (await response.json()) as Snapshot,
        });
      else throw new Error(`snapshot ${response.status}`);
      setAccess(null);
      setReachable(true);
      setSyncs((n) => n + 1);
    } catch {
      // No answer: the network is down, whatever navigator.onLine says.
      setReachable(false);
    } finally {
      busy.current = false;
      await reload();
    }
  }, [meetingId, refused, reload]);

  useEffect(() => {
    // The copy is read from IndexedDB first, so the station shows it before the network answers.
    void Promise.resolve()
      .then(reload)
      .then(() => (navigator.onLine ? refresh() : undefined));
    const goOnline = () => void refresh();
    window.addEventListener('online', goOnline);
    const timer = setInterval(() => {
      if (navigator.onLine && document.visibilityState === 'visible') void refresh();
    }, REFRESH_EVERY_MS);
    return () => {
      window.removeEventListener('online', goOnline);
      clearInterval(timer);
    };
  }, [reload, refresh]);

  const tickets = useMemo(() => overlay(copy?.snapshot, queue), [copy, queue]);

  const checkIn = useCallback(
    async (input: string): Promise<LocalVerdict> => {
      const code = normalizeCode(input);
      const ticket = tickets.get(code);
      if (!ticket) return { verdict: 'refused', code: input };
      if (ticket.checkedInAt) return { verdict: 'already', ticket, at: ticket.checkedInAt, station: ticket.station };
      const event: QueuedEvent = { id: eventId(), meetingId, code, at: Date.now(), station: station || stationId() };
      await enqueue(event);
      await reload();
      if (navigator.onLine) void refresh();
      return { verdict: 'checkedIn', ticket };
    },
    [tickets, meetingId, station, reload, refresh],
  );

  const dismiss = useCallback(
    async (id: string) => {
      await dismissAnswer(id);
      await reload();
    },
    [reload],
  );

  const all = [...tickets.values()];
  return {
    loaded,
    online,
    access,
    syncs,
    station,
    copy,
    queue,
    answers,
    tickets,
    counts: { expected: all.length, checkedIn: all.filter((t) => t.checkedInAt).length },
    checkIn,
    refresh,
    dismiss,
  };
}
