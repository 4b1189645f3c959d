// The System screen against the simulated camera: settings export and import through the real
// /api/schema and /api/settings, factory reset, firmware upload (valid and corrupt) and the log.
import { readFile } from 'node:fs/promises';
import type { APIRequestContext } from '@playwright/test';
import { makeTestImage } from '../../build/release/make-test-image.ts';
import { type SimCamera, startSimCamera } from '../fixtures/sim-camera.ts';
import { expect, test } from '../fixtures/test.ts';

let cam: SimCamera;
test.beforeEach(async () => {
  // A camera per test: these change, erase or replace what it runs.
  cam = await startSimCamera();
});
test.afterEach(async () => {
  await cam.stop();
});

const values = async (request: APIRequestContext) =>
  (await (await request.get(`${cam.url}api/settings`)).json()).values as Record<string, unknown>;
const patch = (request: APIRequestContext, data: Record<string, unknown>) =>
  request.patch(`${cam.url}api/settings`, { data });

test('an exported settings file restores the camera when imported, without any secret in it', async ({
  page,
  request,
}) => {
  await patch(request, {
    'upload.interval_s': 90,
    'light.mode': 'flash',
    'upload.token': 'abcdeABCDE0123456789',
  });
  await page.goto(`${cam.url}#/system`);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export settings' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('printcam-settings.json');
  const text = await readFile((await file.path())!, 'utf8');
  expect(text).not.toContain('abcdeABCDE');
  expect(JSON.parse(text).values['upload.interval_s']).toBe(90);

  await patch(request, { 'upload.interval_s': 30, 'light.mode': 'off' });
  await page
    .getByLabel('Import settings')
    .setInputFiles({ name: 'cam.json', mimeType: 'application/json', buffer: Buffer.from(text) });
  await expect(page.getByRole('status').filter({ hasText: /^Imported \d+ settings\.$/ })).toBeVisible();
  const after = await values(request);
  expect(after['upload.interval_s']).toBe(90);
  expect(after['light.mode']).toBe('flash');
  expect(after['upload.token']).toEqual({ set: true });
});

test('importing a file that is not an export, or one the camera refuses, says so and changes nothing', async ({
  page,
  request,
}) => {
  await page.goto(`${cam.url}#/system`);
  const before = await values(request);
  const input = page.getByLabel('Import settings');
  await input.setInputFiles({ name: 'x.json', mimeType: 'application/json', buffer: Buffer.from('{"a":1}') });
  const backup = page.locator('section', { has: page.getByRole('heading', { name: 'Back up settings' }) });
  await expect(backup.getByRole('alert')).toHaveText('That file is not a settings export.');
  const refused = JSON.stringify({
    kind: 'printcam-settings',
    schema: 1,
    values: { 'camera.jpeg_quality': 500 },
  });
  await input.setInputFiles({ name: 'y.json', mimeType: 'application/json', buffer: Buffer.from(refused) });
  await expect(backup.getByRole('alert')).toContainText('must be between 1 and 100');
  expect(await values(request)).toEqual(before);
});

test('factory reset needs the typed word, then erases the settings and opens setup', async ({
  page,
  request,
}) => {
  await patch(request, { 'network.wifi_ssid': 'Home', 'upload.interval_s': 200 });
  await page.goto(`${cam.url}#/system`);
  const reset = page.getByRole('button', { name: 'Factory reset' });
  await expect(reset).toBeDisabled();
  await page.getByLabel(/Type reset to confirm/).fill('reset');
  await reset.click();
  await expect(page).toHaveURL(/#\/setup$/);
  // The camera restarts to apply the reset; the page waits for it, then offers its networks.
  await expect(page.getByText('The camera is restarting')).toHaveCount(0, { timeout: 20_000 });
  await expect(page.getByLabel('PrintShop')).toBeVisible({ timeout: 10_000 });
  const after = await values(request);
  expect(after['upload.interval_s']).toBe(30);
  expect(after['network.wifi_ssid']).toBe('');
});

test('a firmware upload shows its progress, installs, and the camera comes back on the new version', async ({
  page,
}) => {
  await page.goto(`${cam.url}#/system`);
  await expect(page.getByText('Version 0.1.0')).toBeVisible();
  // Slow the upload down (Chromium's network emulation), so its progress can be seen.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 0,
    downloadThroughput: -1,
    uploadThroughput: 150_000,
  });
  await page.getByLabel('Firmware file (.bin)').setInputFiles({
    name: 'printcam-ai-thinker-esp32-cam-app.bin',
    mimeType: 'application/octet-stream',
    buffer: makeTestImage({ version: '9.1.0', size: 450_000 }),
  });
  await page.getByRole('button', { name: 'Upload and install' }).click();
  const progress = page.getByRole('progressbar');
  await expect(progress).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: /^Uploading… \d+%$/ })).toBeVisible();
  await expect.poll(() => progress.evaluate((el: HTMLProgressElement) => el.value)).toBeGreaterThan(0);
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 0,
    downloadThroughput: -1,
    uploadThroughput: -1,
  });
  await expect(page.getByText('Update installed. The camera restarts with the new firmware.')).toBeVisible({
    timeout: 20_000,
  });
  await expect(page.getByText('Version 9.1.0')).toBeVisible({ timeout: 20_000 });
});

test('a corrupt firmware file is refused with the camera reason, and the old version keeps running', async ({
  page,
}) => {
  const image = makeTestImage({ version: '9.2.0', size: 50_000 });
  image[20_000] ^= 0x01;
  await page.goto(`${cam.url}#/system`);
  await page.getByLabel('Firmware file (.bin)').setInputFiles({
    name: 'broken.bin',
    mimeType: 'application/octet-stream',
    buffer: image,
  });
  await page.getByRole('button', { name: 'Upload and install' }).click();
  const update = page.locator('form', { has: page.getByRole('heading', { name: 'Update firmware' }) });
  await expect(update.getByRole('alert')).toContainText('corrupt');
  await expect(page.getByRole('button', { name: 'Upload and install' })).toBeEnabled();
  await page.reload();
  await expect(page.getByText('Version 0.1.0')).toBeVisible();
});

test("the camera's log is shown and downloads as the same lines", async ({ page }) => {
  await page.goto(`${cam.url}#/system`);
  const log = page.getByRole('region', { name: 'Log' }).or(page.locator('pre.log'));
  await expect(log).toContainText('started; reset reason: power_on');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download log' }).click();
  const text = await readFile((await (await download).path())!, 'utf8');
  expect(text).toBe(await log.textContent());
});
