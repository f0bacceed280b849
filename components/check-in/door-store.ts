import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { Snapshot } from '@/lib/check-in/data';
import type { SyncResult } from '@/lib/check-in/schema';
import { DOOR_CACHE_PREFIX, DOOR_DATABASE } from './door-wipe';

/**
 * The station's copy on the device, in IndexedDB (decision 0024): the last snapshot of the
 * meeting's tickets, the queue of check-ins not yet sent, and the server's answers the
 * organizer has not yet seen. A queued check-in holds only the code, the time and the
 * station, so it may outlive a wiped copy until a signed-in organizer sends it.
 */
export type QueuedEvent = { id: string; meetingId: number; code: string; at: number; station: string };
export type StoredCopy = { meetingId: number; etag: string | null; syncedAt: number; snapshot: Snapshot };
export type StoredAnswer = SyncResult & { meetingId: number; receivedAt: number };

interface DoorSchema extends DBSchema {
  copies: { key: number; value: StoredCopy };
  queue: { key: string; value: QueuedEvent; indexes: { byMeeting: number } };
  answers: { key: string; value: StoredAnswer; indexes: { byMeeting: number } };
}

let opened: Promise<IDBPDatabase<DoorSchema>> | null = null;

function database() {
  opened ??= openDB<DoorSchema>(DOOR_DATABASE, 1, {
    upgrade(db) {
      db.createObjectStore('copies', { keyPath: 'meetingId' });
      db.createObjectStore('queue', { keyPath: 'id' }).createIndex('byMeeting', 'meetingId');
      db.createObjectStore('answers', { keyPath: 'id' }).createIndex('byMeeting', 'meetingId');
    },
    // Another tab wiping the database (sign-out) must not wait on this connection.
    blocking() {
      void opened?.then((db) => db.close());
      opened = null;
    },
  });
  return opened;
}

export const readCopy = async (meetingId: number) => (await database()).get('copies', meetingId);
export const saveCopy = async (copy: StoredCopy) => void (await database()).put('copies', copy);
export const dropCopy = async (meetingId: number) => void (await database()).delete('copies', meetingId);

export async function readQueue(meetingId: number) {
  const events = await (await database()).getAllFromIndex('queue', 'byMeeting', meetingId);
  return events.sort((a, b) => a.at - b.at);
}
export const enqueue = async (event: QueuedEvent) => void (await database()).put('queue', event);

/** The server answered these: out of the queue, and the ones worth a look kept to show, in one transaction. */
export async function settle(
  meetingId: number,
  results: SyncResult[],
  keep: (result: SyncResult) => boolean,
  now: number,
) {
  const db = await database();
  const tx = db.transaction(['queue', 'answers'], 'readwrite');
  for (const result of results) {
    void tx.objectStore('queue').delete(result.id);
    if (keep(result)) void tx.objectStore('answers').put({ ...result, meetingId, receivedAt: now });
  }
  await tx.done;
}

export async function readAnswers(meetingId: number) {
  const answers = await (await database()).getAllFromIndex('answers', 'byMeeting', meetingId);
  return answers.sort((a, b) => b.receivedAt - a.receivedAt);
}
export const dismissAnswer = async (id: string) => void (await database()).delete('answers', id);

/** Cached station pages, for the service worker's sake: wiped with the copy. */
export async function dropCachedPages() {
  navigator.serviceWorker?.controller?.postMessage({ type: 'wipe' });
  if (typeof caches === 'undefined') return;
  for (const name of await caches.keys()) if (name.startsWith(DOOR_CACHE_PREFIX)) await caches.delete(name);
}
