import type { Page } from '@playwright/test';
import { Op } from '../fixtures/esp-rom/commands.ts';
import type { EmulatorOptions } from '../fixtures/esp-rom/emulator.ts';
import { flashRegion, injectFakePort, serveFirmware } from '../fixtures/flasher/flasher-page.ts';
import { expect, test } from '../fixtures/pwa-test.ts';

test.use({ serviceWorkers: 'block' });

async function startInstall(page: Page, url: string) {
  await page.goto(`${url}flash`);
  await page.getByRole('button', { name: 'Flash AI-Thinker ESP32-CAM' }).click();
  await page.getByRole('button', { name: 'Connect' }).click();
}

async function flashWith(page: Page, url: string, emulator: EmulatorOptions) {
  await injectFakePort(page, { emulator });
  const fw = await serveFirmware(page);
  await startInstall(page, url);
  await page.getByRole('button', { name: 'Start flashing' }).click();
  return fw;
}

async function retryToSuccess(page: Page, factory: Uint8Array) {
  await page.getByRole('button', { name: 'Try again' }).click();
  await page.getByRole('button', { name: 'Start flashing' }).click({ timeout: 20_000 });
  await expect(page.getByRole('heading', { name: 'Flashed and verified' })).toBeVisible({ timeout: 30_000 });
  expect((await flashRegion(page, 0, factory.length)).equals(Buffer.from(factory))).toBe(true);
}

test('firmware for another chip is refused with a way back to the board list', async ({ page, pwa }) => {
  test.setTimeout(60_000);
  await injectFakePort(page, { emulator: { chip: 'esp32s3' } });
  await serveFirmware(page);
  await startInstall(page, pwa.url);
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('ESP32-S3', { timeout: 20_000 });
  await expect(alert).toContainText('pick the board you actually have');
  await expect(page.getByRole('button', { name: 'Start flashing' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Back to boards' }).click();
  await expect(page.getByRole('heading', { name: '1. Pick your board' })).toBeVisible();
});

test('a pulled cable says so; after plugging back in, Try again completes the install', async ({
  page,
  pwa,
}) => {
  test.setTimeout(90_000);
  const fw = await flashWith(page, pwa.url, {
    faults: { disconnect: { op: Op.FLASH_DEFL_DATA, occurrence: 2 } },
  });
  await expect(page.getByRole('alert')).toContainText('The USB connection was lost', { timeout: 40_000 });
  await page.evaluate(() => window.printcamFake!.replug());
  await retryToSuccess(page, fw.factory);
});

test('a board that stops answering gives a timeout message, and Try again completes', async ({
  page,
  pwa,
}) => {
  test.setTimeout(90_000);
  const fw = await flashWith(page, pwa.url, { faults: { stall: { op: Op.FLASH_DEFL_BEGIN } } });
  await expect(page.getByRole('alert')).toContainText('The board stopped answering', { timeout: 40_000 });
  await retryToSuccess(page, fw.factory);
});

test('an MD5 mismatch after writing is explained, and Try again writes it right', async ({ page, pwa }) => {
  test.setTimeout(90_000);
  const fw = await flashWith(page, pwa.url, { faults: { corruptWrite: { address: 0x12000 } } });
  await expect(page.getByRole('alert')).toContainText('checksum mismatch', { timeout: 40_000 });
  await retryToSuccess(page, fw.factory);
});

test('a browser without Web Serial or WebUSB gets the reason and the command line', async ({ page, pwa }) => {
  await page.addInitScript(() => {
    Object.defineProperty(Navigator.prototype, 'serial', { value: undefined, configurable: true });
    Object.defineProperty(Navigator.prototype, 'usb', { value: undefined, configurable: true });
    Object.defineProperty(navigator, 'serial', { value: undefined, configurable: true });
    Object.defineProperty(navigator, 'usb', { value: undefined, configurable: true });
  });
  await serveFirmware(page);
  await page.goto(`${pwa.url}flash`);
  await page.getByRole('button', { name: 'Flash AI-Thinker ESP32-CAM' }).click();
  await expect(page.getByRole('alert')).toContainText('cannot talk to USB serial devices');
  await expect(page.getByText(/esptool\.py --chip esp32/)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Connect' })).toHaveCount(0);
});
