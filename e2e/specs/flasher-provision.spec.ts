import { bridgeConsole, injectFakePort, serveFirmware } from '../fixtures/flasher/flasher-page.ts';
import { expect, test } from '../fixtures/pwa-test.ts';
import { type SimCamera, startSimCamera } from '../fixtures/sim-camera.ts';

test.use({ serviceWorkers: 'block' });

const SSID = 'Workshop';
const PASSWORD = 'correct horse';

let cam: SimCamera;
let unbridge: (() => Promise<void>) | undefined;
test.beforeEach(async () => {
  // The board flashed in the emulator "boots" into this camera (fresh: no Wi-Fi, setup AP up): its serial console is the port's
  // other end once the app runs, so Improv and the text commands reach the real firmware core.
  cam = await startSimCamera({
    extraArgs: ['--ap', '--serial', 'pty', '--wifi-ssid', SSID, '--wifi-password', PASSWORD],
  });
});
test.afterEach(async () => {
  await unbridge?.();
  await cam.stop();
});

test('after flashing, Improv provisioning completes and the camera appears in the list', async ({
  page,
  pwa,
  request,
}) => {
  test.setTimeout(90_000);
  if (!cam.serialPath) throw new Error('the camera did not print its serial path');
  await injectFakePort(page, { emulator: {}, bridgeConsole: true });
  unbridge = await bridgeConsole(page, cam.serialPath);
  await serveFirmware(page);
  await page.goto(`${pwa.url}flash`);
  await page.getByRole('button', { name: 'Flash AI-Thinker ESP32-CAM' }).click();
  await page.getByRole('button', { name: 'Connect' }).click();
  await page.getByRole('button', { name: 'Start flashing' }).click({ timeout: 20_000 });
  await expect(page.getByRole('heading', { name: 'Flashed and verified' })).toBeVisible({ timeout: 30_000 });
  await page.getByRole('button', { name: 'Set up Wi-Fi and Prusa Connect' }).click();

  const network = page.getByLabel('Wi-Fi network');
  await expect(network.locator('option').first()).toHaveText(new RegExp(SSID), { timeout: 20_000 });
  await network.selectOption(SSID);
  await page.getByLabel('Wi-Fi password').fill('wrong password');
  await page.getByLabel('Camera name').fill('MK4 cam');
  await page.getByLabel('Prusa Connect camera token (optional)').fill('abcdefghij0123456789');
  await page.getByLabel('Admin password (optional, at least 8 characters)').fill('hunter22!');
  await page.getByRole('button', { name: 'Connect camera' }).click();
  await expect(page.getByRole('alert')).toContainText(`could not join ${SSID}`, { timeout: 20_000 });
  await page.getByLabel('Wi-Fi password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Connect camera' }).click();

  await expect(page.getByText('Added MK4 cam to your cameras.')).toBeVisible({ timeout: 20_000 });
  await expect(page.locator('.ap-password')).toHaveText(/^\S{8,}$/);

  // What the camera itself now holds, through its HTTP API and the password just set.
  const login = await request.post(`${cam.url}api/login`, { data: { password: 'hunter22!' } });
  expect(login.status()).toBe(200);
  const headers = { Authorization: `Bearer ${(await login.json()).token}` };
  const values = (await (await request.get(`${cam.url}api/settings`, { headers })).json()).values;
  expect(values['system.name']).toBe('MK4 cam');
  expect(values['upload.token']).toEqual({ set: true });
  expect(values['network.wifi_ssid']).toBe(SSID);

  await page.getByRole('link', { name: 'Go to your cameras' }).click();
  await expect(page.locator('li.camera .camera-name')).toHaveText(['MK4 cam']);
});
