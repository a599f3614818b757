/*
 * BackCoach's service worker. It does one thing: when a page cannot be loaded because there is no
 * connection (or the server is down), it shows the offline page instead of the browser's error.
 *
 * It caches nothing else. Pages hold health data and are never stored; Vaadin's own requests (UIDL,
 * heartbeat, push, the bundle) and every request that is not a page load pass by untouched.
 * Change VERSION whenever offline.html changes: the new worker then replaces the old cache.
 */
const VERSION = 'v3';
const CACHE = `backcoach-offline-${VERSION}`;
const OFFLINE_PAGE = 'offline.html';

self.addEventListener('install', event => {
  event.waitUntil(caches.open(CACHE)
      .then(cache => cache.add(new Request(OFFLINE_PAGE, { cache: 'reload' })))
      .then(() => self.skipWaiting()));
});

self.addEventListener('activate', event => {
  event.waitUntil(caches.keys()
      .then(keys => Promise.all(keys
          .filter(key => key.startsWith('backcoach-') && key !== CACHE)
          .map(key => caches.delete(key))))
      .then(() => self.clients.claim()));
});

self.addEventListener('fetch', event => {
  const request = event.request;
  // page loads only (GET): a form post, Vaadin's requests and files go to the network as if no worker were here
  if (request.mode !== 'navigate' || request.method !== 'GET') {
    return;
  }
  event.respondWith(fetch(request).catch(() => caches.open(CACHE)
      .then(cache => cache.match(OFFLINE_PAGE))
      .then(page => page || Response.error())));
});
