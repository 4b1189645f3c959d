// The device UI against the simulated camera: live values, uploads, login, restarts. Page-level
// fakes only for a dropped connection (e2e/fixtures/fake-routes.ts).
import { basicAuth, patchSettings } from '../fixtures/camera-settings.ts';
import { fakeRoutes } from '../fixtures/fake-routes.ts';
import { type SimCamera, startSimCamera } from '../fixtures/sim-camera.ts';
import { expect, test } from '../fixtures/test.ts';

const PASSWORD = 'right-password-1';

let cam: SimCamera;
test.beforeEach(async () => {
  // A camera per test: these set passwords, restart it or change its uploads.
  cam = await startSimCamera();
  // A network the simulated station can join (it knows PrintShop's password): saving it joins it.
  await patchSettings(cam.url, {
    'system.name': 'Desk cam',
    'network.wifi_ssid': 'PrintShop',
    'network.wifi_password': 'printcam-test',
  });
});
test.afterEach(async () => {
  await cam.stop();
});

test('a camera that cannot be reached is reported and reconnected to by itself', async ({ page }) => {
  let calls = 0;
  let up = false;
  // The camera cannot be made unreachable for a while and back; the page drops its answers.
  await fakeRoutes(page, {
    'GET /api/info': (route) => {
      calls++;
      return up ? route.fallback() : route.abort('connectionrefused');
    },
  });
  await page.goto(`${cam.url}#/home`);
  await expect(page.getByRole('alert').filter({ hasText: 'No connection to the camera' })).toBeVisible();
  // It keeps trying without a click, and shows the camera as soon as it answers.
  await expect.poll(() => calls).toBeGreaterThan(1);
  up = true;
  await expect(page.getByRole('banner')).toContainText('Desk cam', { timeout: 15_000 });
  await expect(page.getByRole('alert').filter({ hasText: 'No connection' })).toHaveCount(0);
});

test('the home screen shows live values and the upload result in words', async ({ page }) => {
  // Uploads on, to an address where nothing listens: a real connect_failure.
  await patchSettings(cam.url, {
    'upload.enabled': true,
    'upload.url': 'http://127.0.0.1:1',
    'upload.token': 'abcdeABCDE0123456789',
  });
  await page.goto(`${cam.url}#/home`);
  await expect(page.getByRole('img', { name: 'signal 4 of 4' })).toBeVisible();
  await expect(page.getByText('0.1.0', { exact: true })).toBeVisible();
  const uptime = page.locator('dt:has-text("Running for") + dd');
  const first = await uptime.textContent();
  // /api/events brings new values without a reload.
  await expect.poll(() => uptime.textContent(), { timeout: 10_000 }).not.toBe(first);
  await page.getByRole('button', { name: 'Upload now' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Upload started.' })).toBeVisible();
  await expect(page.getByText('Could not reach Prusa Connect.')).toBeVisible({ timeout: 10_000 });
  await expect(page.getByText(/^Next upload in /)).toBeVisible();
});

test('a password-protected camera asks to log in, then sends the token on every call', async ({ page }) => {
  await patchSettings(cam.url, { 'security.admin_password': PASSWORD });
  const auth: string[] = [];
  page.on('request', (r) => r.url().endsWith('/api/status') && auth.push(r.headers().authorization ?? ''));
  await page.goto(`${cam.url}#/home`);
  await expect(page.getByRole('heading', { name: 'Log in' })).toBeVisible();
  await expect(page.getByText('The camera is not answering')).toHaveCount(0);
  await page.getByLabel('Password').fill('wrong-password');
  await page.getByRole('button', { name: 'Log in' }).click();
  await expect(page.getByRole('alert')).toHaveText('Wrong password.');
  await expect(page.getByLabel('Password')).toHaveValue('wrong-password');
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Log in' }).click();
  await expect(page.getByRole('banner')).toContainText('Desk cam');
  expect(auth.at(-1)).toMatch(/^Bearer [0-9a-f]{64}$/);
  // The token lives in the tab only: a new tab asks again.
  const other = await page.context().newPage();
  await other.goto(`${cam.url}#/home`);
  await expect(other.getByRole('heading', { name: 'Log in' })).toBeVisible();
});

test('too many wrong passwords are reported as a lockout, with the password kept', async ({ page }) => {
  await patchSettings(cam.url, { 'security.admin_password': PASSWORD });
  await page.goto(`${cam.url}#/home`);
  const alert = page.getByRole('alert');
  const lockout = 'Too many wrong passwords. Wait a minute, then try again.';
  // Three wrong passwords are free; after that the camera locks this address out for a while.
  let i = 0;
  do {
    await page.getByLabel('Password').fill(`wrong-${i++}-password`);
    await page.getByRole('button', { name: 'Log in' }).click();
    await expect(alert).toHaveText(/Wrong password|Too many wrong passwords/);
  } while ((await alert.textContent()) !== lockout && i < 8);
  await expect(alert).toHaveText(lockout);
  await expect(page.getByLabel('Password')).toHaveValue(`wrong-${i - 1}-password`);
});

test('a camera that restarts on its own is waited for, and asks for the password again', async ({
  page,
  request,
}) => {
  await patchSettings(cam.url, { 'security.admin_password': PASSWORD });
  await page.goto(`${cam.url}#/home`);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Log in' }).click();
  await expect(page.getByRole('banner')).toContainText('Desk cam');
  // Restarted from elsewhere: its sessions, this page's token included, end with it.
  const res = await request.post(`${cam.url}api/reboot`, { headers: basicAuth(PASSWORD), data: {} });
  expect(res.status()).toBe(202);
  await expect(page.getByRole('heading', { name: 'Log in' })).toBeVisible({ timeout: 20_000 });
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Log in' }).click();
  await expect(page.getByRole('banner')).toContainText('Desk cam');
});

test('Restart waits for the camera and shows it again', async ({ page }) => {
  await page.goto(`${cam.url}#/system`);
  await page.getByRole('button', { name: 'Restart', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'The camera is restarting.' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'The camera is restarting.' })).toHaveCount(0, {
    timeout: 20_000,
  });
  await expect(page.getByRole('banner')).toContainText('Desk cam');
});

test('a save that loses the connection says so and keeps every typed value', async ({ page }) => {
  // The camera cannot be made to drop one request; the page does it.
  await fakeRoutes(page, { 'PATCH /api/settings': 'abort' });
  await page.goto(`${cam.url}#/settings/system`);
  await page.getByLabel('Camera name').fill('Garage');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'No connection to the camera' })).toBeVisible();
  await expect(page.getByLabel('Camera name')).toHaveValue('Garage');
});
