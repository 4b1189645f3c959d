import { startPwaServer } from '../fixtures/pwa-server.ts';
import { expect, test } from '../fixtures/pwa-test.ts';

test('once loaded, the app starts again with its host gone, served by the service worker', async ({
  page,
}) => {
  // A server of its own: this test takes it down.
  const server = await startPwaServer();
  try {
    await page.goto(`${server.url}wall`);
    await page.evaluate(() => navigator.serviceWorker.ready);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Wall');
  } finally {
    await server.close();
  }
  // Every route is a navigation the worker answers with the cached shell, and every chunk is
  // precached, so both screens render without the server.
  await page.goto(`${server.url}settings`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('App settings');
  await page.getByRole('link', { name: 'Cameras' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your cameras');
});
