// The Other cameras screen against two simulated cameras that find each other (--peers-dir, the
// simulation's stand-in for mDNS).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type SimCamera, startSimCamera } from '../fixtures/sim-camera.ts';
import { expect, test } from '../fixtures/test.ts';

let cams: SimCamera[] = [];
test.beforeEach(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'printcam-peers-'));
  cams = await Promise.all([0, 1].map(() => startSimCamera({ extraArgs: ['--peers-dir', dir] })));
});
test.afterEach(async () => {
  await Promise.all(cams.map((c) => c.stop()));
});

test('the other camera on the network is listed with its picture and a link to it', async ({ page }) => {
  await page.goto(`${cams[0].url}#/peers`);
  const link = page.getByRole('link', { name: 'printcam' });
  // Discovery takes a moment; the list is read when the screen opens, so look again until it shows.
  await expect(async () => {
    await page.reload();
    await expect(link).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 15_000 });
  await expect(link).toHaveAttribute('href', cams[1].url);
  const picture = page.getByRole('img', { name: 'printcam' });
  await expect.poll(() => picture.evaluate((el: HTMLImageElement) => el.naturalWidth)).toBeGreaterThan(0);
  await expect(page.getByRole('listitem')).toContainText('0.1.0');
  // Reloads leave event streams the camera has not dropped yet; refused ones are no outage.
  await expect(page.getByText('The camera is not answering')).toHaveCount(0);
});
