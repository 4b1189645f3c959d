import { appendFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { paths } from '../../build/lib/paths.ts';
import { startPwaServer } from '../fixtures/pwa-server.ts';
import { expect, test } from '../fixtures/pwa-test.ts';

test('a new deployment is offered as "Update" and takes over after a reload', async ({ page }) => {
  // A copy of the site of its own, so this test can deploy a "new version" into it.
  const site = mkdtempSync(join(tmpdir(), 'printcam-site-'));
  cpSync(paths.pwaDist, site, { recursive: true });
  const server = await startPwaServer(site);
  try {
    await page.goto(server.url);
    await page.evaluate(() => navigator.serviceWorker.ready);
    const firstWorker = await page.evaluate(
      async () => (await navigator.serviceWorker.ready).active?.scriptURL,
    );
    expect(firstWorker).toBe(`${server.url}sw.js`);

    // A new deployment changes the worker's bytes (its precache list), which browsers check.
    appendFileSync(join(site, 'sw.js'), '\n// deployed again\n');
    await page.reload();
    const prompt = page.getByRole('status').filter({ hasText: 'A new version of printcam is ready.' });
    await expect(prompt).toBeVisible();

    await Promise.all([
      page.waitForEvent('load'),
      prompt.getByRole('button', { name: 'Update now' }).click(),
    ]);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your cameras');
    await expect(prompt).toBeHidden();
    const waiting = await page.evaluate(async () =>
      Boolean((await navigator.serviceWorker.getRegistration())?.waiting),
    );
    expect(waiting).toBe(false);
  } finally {
    await server.close();
    rmSync(site, { recursive: true, force: true });
  }
});
