// First-run setup and the live view against the simulated camera: real /api/settings,
// /stream.mjpg and /snapshot.jpg; the Wi-Fi scan and status are page-level until the camera serves
// them (e2e/fixtures/fake-routes.ts).
import { readFile } from 'node:fs/promises';
import { fakeRoutes, json, notYetInSim, status } from '../fixtures/fake-routes.ts';
import { type SimCamera, startSimCamera } from '../fixtures/sim-camera.ts';
import { expect, test } from '../fixtures/test.ts';

let cam: SimCamera;
test.beforeEach(async () => {
  // A camera per test: setup changes its Wi-Fi settings.
  cam = await startSimCamera();
});
test.afterEach(async () => {
  await cam.stop();
});

const networks = [
  { ssid: 'Guest', rssi: -82, secure: false, channel: 6 },
  { ssid: 'Home', rssi: -48, secure: true, channel: 1 },
  { ssid: '', rssi: -70, secure: true, channel: 11 },
];

test('first run: pick a network, fix what the camera refuses, then follow it joining', async ({
  page,
  request,
}) => {
  let saved = false;
  await fakeRoutes(page, {
    ...notYetInSim,
    'GET /api/wifi/scan': { json: { networks } },
    // Not joined until the settings are saved, then on the chosen network.
    'GET /api/status': (route) =>
      json(route, 200, saved ? status : { ...status, wifi: { mode: 'ap', connected: false } }),
  });
  page.on('response', (r) => {
    if (r.request().method() === 'PATCH' && r.status() === 200) saved = true;
  });
  // A camera without Wi-Fi opens on the setup screen by itself.
  await page.goto(cam.url);
  await expect(page).toHaveURL(/#\/setup$/);
  const list = page.getByRole('group', { name: 'Wi-Fi network' });
  await expect(list.getByRole('radio')).toHaveCount(3);
  await expect(list.locator('label').first()).toContainText('Home');
  await expect(list.locator('label').first().getByRole('img', { name: 'secured' })).toBeVisible();
  await expect(list.locator('label').first().getByRole('img', { name: 'signal 4 of 4' })).toBeVisible();
  await expect(page.getByText('this phone will disconnect')).toBeVisible();
  const connect = page.getByRole('button', { name: 'Connect' });
  await expect(connect).toBeDisabled();

  await list.getByLabel('Other (hidden) network').check();
  await page.getByLabel('Network name').fill('Attic');
  await page.getByLabel('Password', { exact: true }).fill('wifi-pass-123');
  await page.getByLabel('Camera name (optional)').fill('Printer one');
  const token = page.getByLabel('Prusa Connect token');
  await expect(token).toHaveAccessibleDescription(/Add new other camera/);
  await token.fill('not a token!');
  await connect.click();
  await expect(page.getByRole('alert')).toHaveText('Some values need fixing; see the marked fields.');
  await expect(token).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByLabel('Network name')).toHaveValue('Attic');
  await expect(page.getByLabel('Password', { exact: true })).toHaveValue('wifi-pass-123');
  await expect(token).toHaveValue('not a token!');

  await list.getByLabel('Home').check();
  await token.fill('abcdeABCDE0123456789');
  await connect.click();
  await expect(page.getByRole('status').filter({ hasText: 'Connected!' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'http://192.168.1.20/' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'http://printcam-desk.local/' })).toBeVisible();

  const { values } = await (await request.get(`${cam.url}api/settings`)).json();
  expect(values['network.wifi_ssid']).toBe('Home');
  expect(values['network.wifi_password']).toEqual({ set: true });
  expect(values['upload.token']).toEqual({ set: true });
  expect(values['system.name']).toBe('Printer one');
  expect(values['security.admin_password']).toEqual({ set: false });
});

test('a wrong Wi-Fi password is reported as such, and Back returns to the filled form', async ({ page }) => {
  await fakeRoutes(page, {
    ...notYetInSim,
    'GET /api/wifi/scan': { json: { networks } },
    'GET /api/status': {
      json: { ...status, wifi: { mode: 'ap+sta', status: 'wrong_password', connected: false } },
    },
  });
  await page.goto(`${cam.url}#/setup`);
  await page.getByLabel('Home').check();
  await page.getByLabel('Password', { exact: true }).fill('not-the-password');
  await page.getByRole('button', { name: 'Connect' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'The password for Home is wrong.' })).toBeVisible();
  await page.getByRole('button', { name: 'Back' }).click();
  await expect(page.getByRole('heading', { name: 'Set up this camera' })).toBeVisible();
  await expect(page.getByLabel('Password', { exact: true })).toHaveValue('not-the-password');
  await expect(page.getByLabel('Home')).toBeChecked();
});

test('the live view shows the real stream, pauses and resumes it, and downloads a snapshot', async ({
  page,
}) => {
  await fakeRoutes(page, notYetInSim);
  await page.goto(`${cam.url}#/home`);
  const live = page.getByRole('img', { name: 'Live view' });
  const width = () => live.evaluate((el: HTMLImageElement) => el.naturalWidth);
  await expect.poll(width).toBeGreaterThan(0);
  expect(await live.getAttribute('src')).toBe('/stream.mjpg');
  await page.getByRole('button', { name: 'Pause' }).click();
  await expect(live).toHaveCount(0);
  await page.getByRole('button', { name: 'Resume' }).click();
  await expect.poll(width).toBeGreaterThan(0);

  const full = page.getByRole('button', { name: 'Full screen' });
  await full.click();
  await expect(page.getByRole('button', { name: 'Exit full screen' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await page.keyboard.press('Escape');
  await expect(full).toHaveAttribute('aria-pressed', 'false');

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download snapshot' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('Desk cam.jpg');
  const bytes = await readFile((await file.path())!);
  expect([...bytes.subarray(0, 2)]).toEqual([0xff, 0xd8]);
});
