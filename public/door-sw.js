/*
 * The door station's service worker (docs/decisions/0024-offline-door-check-in.md).
 * It keeps what a station needs to open again without a network: the station page of
 * each meeting opened here and the hashed assets it loads. Nothing else is touched:
 * every other request goes to the network as if there were no worker. The ticket
 * list itself is not here but in IndexedDB, read by the page.
 */
const CACHE = 'convene-door-v1';
const STATION = /^\/(?:en\/|zh-CN\/)?organize\/meetings\/\d+\/check-in\/?$/;
const isStatic = (path) => path.startsWith('/_next/static/') || path.startsWith('/door/');

self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));

// Raised by a wipe (sign-out): a put that started before it is dropped, so nothing comes back.
let generation = 0;

async function put(key, response, started) {
  if (started !== generation) return;
  const cache = await caches.open(CACHE);
  if (started === generation) await cache.put(key, response);
}

/** The page's own address without its query: one cached copy per station and language. */
const pageKey = (url) => new URL(url).origin + new URL(url).pathname;

async function keepPage(url) {
  const started = generation;
  const response = await fetch(url, { credentials: 'same-origin', cache: 'no-store' });
  // A redirect means signed out or not an organizer: nothing to keep.
  if (response.ok && !response.redirected) await put(pageKey(url), response, started);
}

async function keepAsset(url) {
  const started = generation;
  if (await caches.match(url)) return;
  const response = await fetch(url);
  if (response.ok) await put(url, response, started);
}

// The page names what it loaded before this worker was in charge.
self.addEventListener('message', (event) => {
  const { type, urls } = event.data ?? {};
  if (type === 'wipe') {
    generation += 1;
    event.waitUntil(caches.delete(CACHE));
    return;
  }
  if (type !== 'keep' || !Array.isArray(urls)) return;
  event.waitUntil(
    Promise.allSettled(
      urls.map((url) => {
        const parsed = new URL(url, self.location.origin);
        if (parsed.origin !== self.location.origin) return undefined;
        if (STATION.test(parsed.pathname)) return keepPage(parsed.href);
        if (isStatic(parsed.pathname)) return keepAsset(parsed.href);
        return undefined;
      }),
    ),
  );
});

async function stationPage(request) {
  const started = generation;
  try {
    const response = await fetch(request);
    if (response.ok && !response.redirected) void put(pageKey(request.url), response.clone(), started);
    return response;
  } catch (error) {
    const cached = await caches.match(pageKey(request.url));
    if (cached) return cached;
    throw error;
  }
}

async function staticAsset(request, clientId) {
  const started = generation;
  const cached = await caches.match(request);
  if (cached) return cached;
  const response = await fetch(request);
  // Only what a station page asks for (its scripts, styles, and the fonts its styles name).
  const client = clientId ? await self.clients.get(clientId) : undefined;
  if (response.ok && client && STATION.test(new URL(client.url).pathname)) void put(request, response.clone(), started);
  return response;
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (request.mode === 'navigate' && STATION.test(url.pathname)) event.respondWith(stationPage(request));
  else if (isStatic(url.pathname)) event.respondWith(staticAsset(request, event.clientId));
});
