// The System screen against the simulated camera: settings export and import through the real
// /api/schema and /api/settings, and factory reset through the real /api/factory-reset.
import { readFile } from 'node:fs/promises';
import type { APIRequestContext } from '@playwright/test';
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
  const after = await values(request);
  expect(after['upload.interval_s']).toBe(30);
  expect(after['network.wifi_ssid']).toBe('');
});
