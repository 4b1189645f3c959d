import { injectFakePort, serveFirmware } from '../fixtures/flasher/flasher-page.ts';
import { expect, test } from '../fixtures/pwa-test.ts';

test.use({ serviceWorkers: 'block' });

// The Improv device is an in-test stand-in following the Improv Serial spec and the console's
// reply rules (e2e/fixtures/flasher/improv-device.ts); the firmware's console is on another branch.
test('after flashing, Improv provisioning completes and the camera appears in the list', async ({
  page,
  pwa,
}) => {
  test.setTimeout(90_000);
  await injectFakePort(page, {
    emulator: {},
    improv: {
      ssid: 'Workshop',
      password: 'correct horse',
      url: 'http://192.168.1.77/',
      apPassword: 'ap-pass-1',
    },
  });
  await serveFirmware(page);
  await page.goto(`${pwa.url}flash`);
  await page.getByRole('button', { name: 'Flash AI-Thinker ESP32-CAM' }).click();
  await page.getByRole('button', { name: 'Connect' }).click();
  await page.getByRole('button', { name: 'Start flashing' }).click({ timeout: 20_000 });
  await expect(page.getByRole('heading', { name: 'Flashed and verified' })).toBeVisible({ timeout: 30_000 });
  await page.getByRole('button', { name: 'Set up Wi-Fi and Prusa Connect' }).click();

  const network = page.getByLabel('Wi-Fi network');
  await expect(network.locator('option')).toHaveText([/Workshop/, /Cafe Guest/, 'Other network…'], {
    timeout: 20_000,
  });
  await network.selectOption('Workshop');
  await page.getByLabel('Wi-Fi password').fill('wrong password');
  await page.getByLabel('Camera name').fill('MK4 cam');
  await page.getByLabel('Prusa Connect camera token (optional)').fill('abcdefghij0123456789');
  await page.getByLabel('Admin password (optional, at least 8 characters)').fill('hunter22!');
  await page.getByRole('button', { name: 'Connect camera' }).click();
  await expect(page.getByRole('alert')).toContainText('could not join Workshop');
  await page.getByLabel('Wi-Fi password').fill('correct horse');
  await page.getByRole('button', { name: 'Connect camera' }).click();

  await expect(page.getByText('Added MK4 cam to your cameras.')).toBeVisible({ timeout: 20_000 });
  await expect(page.locator('.ap-password')).toHaveText('ap-pass-1');
  const settings = await page.evaluate(() => Object.fromEntries(window.printcamFake!.device!.settings));
  expect(settings).toEqual({
    'upload.token': 'abcdefghij0123456789',
    'security.admin_password': 'hunter22!',
    'system.name': 'MK4 cam',
  });
  await page.getByRole('link', { name: 'Go to your cameras' }).click();
  await expect(page.locator('li.camera .camera-name')).toHaveText(['MK4 cam']);
});
