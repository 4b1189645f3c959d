import { flashRegion, injectFakePort, serveFirmware } from '../fixtures/flasher/flasher-page.ts';
import { seededBytes } from '../fixtures/flasher/test-firmware.ts';
import { expect, test } from '../fixtures/pwa-test.ts';

// The firmware is served by page.route, which does not see requests a service worker answers.
test.use({ serviceWorkers: 'block' });

const MAC = '24:0a:c4:5e:00:01';
const NVS = { offset: 0x9000, size: 0x5000 };
const oldSettings = () => Buffer.from(seededBytes(NVS.size, 42));

async function connect(page: import('@playwright/test').Page, url: string) {
  await page.goto(`${url}flash`);
  await page.getByRole('button', { name: 'Flash AI-Thinker ESP32-CAM' }).click();
  await page.getByRole('button', { name: 'Connect' }).click();
  await expect(page.getByRole('heading', { name: /Found ESP32-D0WDQ6/ })).toBeVisible({ timeout: 20_000 });
  await expect(page.getByText(MAC)).toBeVisible();
  await expect(page.getByText('921600 baud')).toBeVisible();
}

test('full install: the emulator flash equals the factory image and the settings are cleared', async ({
  page,
  pwa,
}) => {
  test.setTimeout(60_000);
  await injectFakePort(page, {
    emulator: { mac: MAC },
    preload: [[NVS.offset, oldSettings().toString('base64')]],
  });
  const fw = await serveFirmware(page);
  await connect(page, pwa.url);
  await page.getByRole('button', { name: 'Start flashing' }).click();
  await expect(page.getByRole('heading', { name: 'Flashed and verified' })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText(/Installed AI-Thinker ESP32-CAM: .* at 921600 baud/)).toBeVisible();
  expect((await flashRegion(page, 0, fw.factory.length)).equals(Buffer.from(fw.factory))).toBe(true);
  expect((await flashRegion(page, NVS.offset, NVS.size)).every((b) => b === 0xff)).toBe(true);
  await expect.poll(() => page.evaluate(() => window.printcamFake!.mode())).toBe('app');
});

test('install with backup: the old settings are written back and offered for download', async ({
  page,
  pwa,
}) => {
  test.setTimeout(60_000);
  await injectFakePort(page, {
    emulator: { mac: MAC },
    preload: [[NVS.offset, oldSettings().toString('base64')]],
  });
  await serveFirmware(page);
  await connect(page, pwa.url);
  await page.getByLabel('Back up the settings first and put them back afterwards').check();
  await page.getByRole('button', { name: 'Start flashing' }).click();
  await expect(page.getByRole('heading', { name: 'Flashed and verified' })).toBeVisible({ timeout: 30_000 });
  expect((await flashRegion(page, NVS.offset, NVS.size)).equals(oldSettings())).toBe(true);
  await expect(page.getByRole('link', { name: 'Download the settings backup' })).toBeVisible();
});

test('update, keep settings: only the app is written and the settings region is untouched', async ({
  page,
  pwa,
}) => {
  test.setTimeout(60_000);
  const bootloader = Buffer.from(seededBytes(0x1000, 7));
  await injectFakePort(page, {
    emulator: { mac: MAC },
    preload: [
      [NVS.offset, oldSettings().toString('base64')],
      [0x1000, bootloader.toString('base64')],
    ],
  });
  const fw = await serveFirmware(page, { seed: 9 });
  await connect(page, pwa.url);
  await page.getByLabel('Update, keep settings (app image only)').check();
  await page.getByRole('button', { name: 'Start flashing' }).click();
  await expect(page.getByRole('heading', { name: 'Flashed and verified' })).toBeVisible({ timeout: 30_000 });
  expect((await flashRegion(page, 0x10000, fw.app.length)).equals(Buffer.from(fw.app))).toBe(true);
  expect((await flashRegion(page, NVS.offset, NVS.size)).equals(oldSettings())).toBe(true);
  expect((await flashRegion(page, 0x1000, 0x1000)).equals(bootloader)).toBe(true);
});
