// First-run setup and the live view against the simulated camera: its real Wi-Fi scan, its
// station joining (or refusing) the network saved, settings, status, /stream.mjpg and
// /snapshot.jpg.
import { readFile } from 'node:fs/promises';
import { readSettings } from '../fixtures/camera-settings.ts';
import { type SimCamera, startSimCamera } from '../fixtures/sim-camera.ts';
import { expect, test } from '../fixtures/test.ts';

let cam: SimCamera;
test.beforeEach(async () => {
  // A camera per test, as it comes out of the box: on its setup AP, joined to no network. Its
  // station knows PrintShop's password to be printcam-test.
  cam = await startSimCamera({ extraArgs: ['--ap'] });
});
test.afterEach(async () => {
  await cam.stop();
});

test('first run: pick a network, fix what the camera refuses, then follow it joining', async ({ page }) => {
  // A camera without Wi-Fi opens on the setup screen by itself.
  await page.goto(cam.url);
  await expect(page).toHaveURL(/#\/setup$/);
  const list = page.getByRole('group', { name: 'Wi-Fi network' });
  // Named networks only, strongest first, and the choice of a hidden one.
  await expect(list.getByRole('radio')).toHaveCount(5, { timeout: 10_000 });
  const strongest = list.locator('label').first();
  await expect(strongest).toContainText('PrintShop');
  await expect(strongest.getByRole('img', { name: 'secured' })).toBeVisible();
  await expect(strongest.getByRole('img', { name: 'signal 4 of 4' })).toBeVisible();
  await expect(
    list.locator('label', { hasText: 'CoffeeShop Free' }).getByRole('img', { name: 'secured' }),
  ).toHaveCount(0);
  await expect(page.getByText('this phone will disconnect')).toBeVisible();
  const connect = page.getByRole('button', { name: 'Connect' });
  await expect(connect).toBeDisabled();

  await list.getByLabel('Other (hidden) network').check();
  await page.getByLabel('Network name').fill('Attic');
  await list.getByLabel('PrintShop').check();
  await page.getByLabel('Password', { exact: true }).fill('printcam-test');
  await page.getByLabel('Camera name (optional)').fill('Printer one');
  const token = page.getByLabel('Prusa Connect token');
  await expect(token).toHaveAccessibleDescription(/Add new other camera/);
  await token.fill('not a token!');
  await connect.click();
  await expect(page.getByRole('alert')).toHaveText('Some values need fixing; see the marked fields.');
  await expect(token).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByLabel('Password', { exact: true })).toHaveValue('printcam-test');
  await expect(token).toHaveValue('not a token!');

  await token.fill('abcdeABCDE0123456789');
  await connect.click();
  await expect(page.getByRole('status').filter({ hasText: 'Connected!' })).toBeVisible({ timeout: 10_000 });
  const host = (await (await page.request.get(`${cam.url}api/info`)).json()).hostname;
  await expect(page.getByRole('link', { name: 'http://127.0.0.1/' })).toBeVisible();
  await expect(page.getByRole('link', { name: `http://${host}.local/` })).toBeVisible();

  const values = await readSettings(cam.url);
  expect(values['network.wifi_ssid']).toBe('PrintShop');
  expect(values['network.wifi_password']).toEqual({ set: true });
  expect(values['upload.token']).toEqual({ set: true });
  expect(values['system.name']).toBe('Printer one');
  expect(values['security.admin_password']).toEqual({ set: false });
});

test('a wrong Wi-Fi password is reported as such, and Back returns to the filled form', async ({ page }) => {
  await page.goto(`${cam.url}#/setup`);
  await page.getByLabel('PrintShop').check();
  await page.getByLabel('Password', { exact: true }).fill('not-the-password');
  await page.getByRole('button', { name: 'Connect' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'The password for PrintShop is wrong.' }),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Back' }).click();
  await expect(page.getByRole('heading', { name: 'Set up this camera' })).toBeVisible();
  await expect(page.getByLabel('Password', { exact: true })).toHaveValue('not-the-password');
  await expect(page.getByLabel('PrintShop')).toBeChecked();
});

test('the live view shows the real stream, pauses and resumes it, and downloads a snapshot', async ({
  page,
}) => {
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
  expect(file.suggestedFilename()).toBe('printcam.jpg');
  const bytes = await readFile((await file.path())!);
  expect([...bytes.subarray(0, 2)]).toEqual([0xff, 0xd8]);
});
