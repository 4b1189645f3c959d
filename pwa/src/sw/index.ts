/**
 * The service worker: precaches the app shell and firmware images (the list and revisions are
 * injected by build/lib/pwa-sw.ts), answers every in-app navigation with the cached shell so the
 * app starts offline, and waits for the page to say when to take over ("Update available").
 */
import {
  cleanupOutdatedCaches,
  createHandlerBoundToURL,
  type PrecacheEntry,
  precacheAndRoute,
} from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: PrecacheEntry[] };

precacheAndRoute(self.__WB_MANIFEST);
cleanupOutdatedCaches();
registerRoute(new NavigationRoute(createHandlerBoundToURL('index.html')));

// workbox-window's messageSkipWaiting() sends this when the person accepts the update.
self.addEventListener('message', (event) => {
  if (event.data?.type === 'SKIP_WAITING') void self.skipWaiting();
});
