/**
 * Wiping a door station's offline copy, for sign-out (decision 0024). Kept apart from the
 * store, without idb, so the sign-out button does not load the station's code.
 */
export const DOOR_DATABASE = 'convene-door';
export const DOOR_CACHE_PREFIX = 'convene-door-';

/**
 * Removes the ticket lists and the cached station pages of every meeting on this device.
 * Queued check-ins (codes and times, no names) stay: they are sent by the next organizer
 * who signs in here, and nothing at the door is lost to a sign-out.
 */
export async function wipeDoorCopies(): Promise<void> {
  try {
    // The worker drops what it is still storing, then its cache (public/door-sw.js).
    if (typeof navigator !== 'undefined') navigator.serviceWorker?.controller?.postMessage({ type: 'wipe' });
    if (typeof caches !== 'undefined') {
      for (const name of await caches.keys()) if (name.startsWith(DOOR_CACHE_PREFIX)) await caches.delete(name);
    }
    if (typeof indexedDB === 'undefined') return;
    await new Promise<void>((resolve) => {
      const open = indexedDB.open(DOOR_DATABASE);
      open.onupgradeneeded = () => open.transaction?.abort();
      open.onerror = () => resolve();
      open.onsuccess = () => {
        const db = open.result;
        if (!db.objectStoreNames.contains('copies')) return (db.close(), resolve());
        const tx = db.transaction(['copies', 'answers'], 'readwrite');
        tx.objectStore('copies').clear();
        // Answers name people too; the queue does not.
        tx.objectStore('answers').clear();
        tx.oncomplete = tx.onerror = tx.onabort = () => (db.close(), resolve());
      };
    });
  } catch {
    // A browser without storage has nothing to wipe.
  }
}
