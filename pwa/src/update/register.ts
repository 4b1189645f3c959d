/** Registers the service worker and, when a new version is waiting, offers it to the person. */
import { Workbox } from 'workbox-window';
import { appBase } from '../base.ts';
import { offerUpdate } from './update-state.ts';

export function registerServiceWorker(): void {
  const wb = new Workbox(`${appBase}sw.js`, { scope: appBase });
  wb.addEventListener('waiting', () =>
    offerUpdate(() => {
      // Reload once the new worker controls the page, so page and worker are the same version.
      wb.addEventListener('controlling', () => location.reload());
      wb.messageSkipWaiting();
    }),
  );
  wb.register().catch((err: unknown) => console.warn('printcam: no offline support:', err));
}
