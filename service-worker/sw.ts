/// <reference lib="webworker" />
import { cleanupOutdatedCaches, createHandlerBoundToURL, precacheAndRoute } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { CacheFirst } from 'workbox-strategies';
import { ExpirationPlugin } from 'workbox-expiration';
import { CacheableResponsePlugin } from 'workbox-cacheable-response';
import { clientsClaim } from 'workbox-core';

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: (string | { url: string; revision: string | null })[] };

// The shell, every language's strings and the compiled dataset: all of it or the install fails,
// so a worker with a broken precache never replaces one that works.
precacheAndRoute(self.__WB_MANIFEST);
cleanupOutdatedCaches();

// Every route is the same shell; the router inside the page reads the path.
registerRoute(new NavigationRoute(createHandlerBoundToURL('/index.html')));

// Map tiles a user has looked at, for offline use. Only real 200 CORS answers are kept: an opaque
// response could be an error page and would count against the quota at a padded size.
registerRoute(
  ({ request, url }) => request.destination === 'image' && url.origin !== self.location.origin && /\/\d+\/\d+\/\d+(@2x)?\.(png|jpg|jpeg|webp)$/.test(url.pathname),
  new CacheFirst({
    cacheName: 'map-tiles',
    fetchOptions: { mode: 'cors', credentials: 'omit' },
    plugins: [new CacheableResponsePlugin({ statuses: [200] }), new ExpirationPlugin({ maxEntries: 3000, maxAgeSeconds: 30 * 24 * 60 * 60, purgeOnQuotaError: true })],
  }),
);

// Take control on the first install so the first visit is already offline-ready. Updates wait
// until the page asks (SKIP_WAITING), so nobody is switched to a new version mid-task.
clientsClaim();

self.addEventListener('message', (event: ExtendableMessageEvent) => {
  if ((event.data as { type?: string } | null)?.type === 'SKIP_WAITING') void self.skipWaiting();
});
