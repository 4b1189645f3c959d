// Fleet firmware updates in the PWA against simulated cameras that really install OTA images: the
// release comes from a release host on 127.0.0.1, the cameras download it themselves or the PWA
// uploads it, and every camera's new version is read back from its own API afterwards.
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { paths } from '../../build/lib/paths.ts';
import { bundleFirmware } from '../../build/lib/pwa-firmware.ts';
import { basicAuth, patchSettings } from '../fixtures/camera-settings.ts';
import { deadAddress, startPwaServer } from '../fixtures/pwa-server.ts';
import { expect, importList, listFile, test } from '../fixtures/pwa-test.ts';
import {
  type ReleaseHost,
  type ReleaseSpec,
  startReleaseHost,
  writeReleases,
} from '../fixtures/release-host.ts';
import { type SimCamera, startSimCamera } from '../fixtures/sim-camera.ts';

const BOARD = 'ai-thinker-esp32-cam';
const OTHER_BOARD = 'freenove-esp32-wrover-dev';
/** A good release for BOARD, and one for OTHER_BOARD whose image was built for BOARD. */
const MISLABELLED: ReleaseSpec[] = [
  { board: BOARD, version: '9.4.0' },
  { board: OTHER_BOARD, version: '9.4.0', imageBoard: BOARD },
];
/** Every simulated camera starts on this version. */
const STARTING = '0.1.0';
/** An update of several cameras, each downloading, checking and restarting. */
const RUN_TIMEOUT_MS = 60_000;

let cameras: SimCamera[] = [];
let host: ReleaseHost | undefined;
test.afterEach(async () => {
  await Promise.all(cameras.map((c) => c.stop()));
  cameras = [];
  await host?.close();
  host = undefined;
});
test.describe.configure({ timeout: 120_000 });

/** Cameras of their own (each test changes their firmware) that let the PWA's origin in. */
async function startCameras(pwaUrl: string, boards: string[]): Promise<SimCamera[]> {
  cameras = await Promise.all(boards.map((board) => startSimCamera({ extraArgs: ['--board', board] })));
  await Promise.all(
    cameras.map((c) => patchSettings(c.url, { 'security.cors_origins': new URL(pwaUrl).origin })),
  );
  return cameras;
}

async function openFleet(
  page: Page,
  pwaUrl: string,
  named: { address: string; name: string }[],
  releases: ReleaseSpec[],
) {
  host = await startReleaseHost(releases);
  await page.goto(pwaUrl);
  await importList(page, listFile(named));
  await expect(page.locator('li.camera')).toHaveCount(named.length);
  await page.getByRole('link', { name: 'Updates' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Firmware updates');
  await page.getByLabel('Release address (index or manifest)').fill(host.indexUrl);
  await page.getByRole('button', { name: 'Check', exact: true }).click();
}

const row = (page: Page, name: string): Locator => page.getByRole('row').filter({ hasText: name });
/** The run's status line (the app's update prompt is a status region too). */
const summary = (page: Page): Locator => page.getByRole('status').and(page.locator('.fleet-summary'));

async function runningVersion(camera: SimCamera): Promise<string> {
  const res = await fetch(new URL('api/info', camera.url));
  return ((await res.json()) as { firmware: { version: string } }).firmware.version;
}

test('each camera’s version is listed beside the newest release and compared', async ({ page, pwa }) => {
  const [cam] = await startCameras(pwa.url, [BOARD]);
  const dead = await deadAddress();
  await openFleet(
    page,
    pwa.url,
    [
      { address: cam.url, name: 'Alpha' },
      { address: dead, name: 'Gone' },
    ],
    [{ board: BOARD, version: '0.0.9' }],
  );
  await expect(page.getByText(/AI-Thinker.*: 0\.0\.9/)).toBeVisible();
  await expect(row(page, 'Alpha').locator('.fleet-running')).toHaveText(STARTING);
  await expect(row(page, 'Alpha').locator('.fleet-verdict')).toHaveText('newer than the release (0.0.9)');
  await expect(row(page, 'Gone').locator('.fleet-verdict')).toHaveText(/^offline/);

  await host?.close();
  host = await startReleaseHost([{ board: BOARD, version: STARTING }]);
  await page.getByLabel('Release address (index or manifest)').fill(host.indexUrl);
  await page.getByRole('button', { name: 'Check', exact: true }).click();
  await expect(row(page, 'Alpha').locator('.fleet-verdict')).toHaveText('up to date');
  await expect(page.getByRole('button', { name: 'Update all that need it (0)' })).toBeDisabled();

  await host.close();
  host = await startReleaseHost([{ board: BOARD, version: '9.4.0' }]);
  await page.getByLabel('Release address (index or manifest)').fill(host.indexUrl);
  await page.getByRole('button', { name: 'Check', exact: true }).click();
  await expect(row(page, 'Alpha').locator('.fleet-verdict')).toHaveText('update available: 9.4.0');
  await expect(page.getByRole('button', { name: 'Update all that need it (1)' })).toBeEnabled();
});

test('update all, one after another, leaves every camera on the new version', async ({ page, pwa }) => {
  const cams = await startCameras(pwa.url, [BOARD, BOARD, BOARD]);
  const names = ['Alpha', 'Bravo', 'Charlie'];
  await openFleet(
    page,
    pwa.url,
    cams.map((c, i) => ({ address: c.url, name: names[i] })),
    [{ board: BOARD, version: '9.4.0' }],
  );
  await expect(page.getByLabel('Cameras at once')).toHaveValue('1');
  // Cameras on this computer reach the release host themselves: OTA from URL, no upload.
  const posts: string[] = [];
  page.on('request', (r) => r.method() === 'POST' && posts.push(new URL(r.url()).pathname));
  await page.getByRole('button', { name: 'Update all that need it (3)' }).click();
  // Leaving the screen neither stops the run nor forgets it.
  await page.getByRole('link', { name: 'Cameras', exact: true }).click();
  await expect(page.locator('li.camera')).toHaveCount(3);
  await page.getByRole('link', { name: 'Updates' }).click();
  for (const name of names) {
    await expect(row(page, name).locator('.fleet-update')).toHaveText('updated to 9.4.0', {
      timeout: RUN_TIMEOUT_MS,
    });
    await expect(row(page, name).locator('.fleet-running')).toHaveText('9.4.0');
    await expect(row(page, name).locator('.fleet-verdict')).toHaveText('up to date');
  }
  await expect(summary(page)).toHaveText('Last run: 3 updated.');
  expect(posts).toEqual(['/api/ota/url', '/api/ota/url', '/api/ota/url']);
  expect(await Promise.all(cams.map(runningVersion))).toEqual(['9.4.0', '9.4.0', '9.4.0']);
});

test('an image uploaded from the PWA shows its progress and is installed', async ({ page, pwa }) => {
  const [cam] = await startCameras(pwa.url, [BOARD]);
  await openFleet(page, pwa.url, [{ address: cam.url, name: 'Alpha' }], [{ board: BOARD, version: '9.5.0' }]);
  await page.getByLabel('Image transfer').selectOption('upload');
  const upload = page.waitForRequest((r) => r.method() === 'POST' && r.url() === `${cam.url}api/ota`);
  await page.getByRole('button', { name: 'Update Alpha' }).click();
  await upload;
  await expect(row(page, 'Alpha').locator('.fleet-update')).toHaveText('updated to 9.5.0', {
    timeout: RUN_TIMEOUT_MS,
  });
  expect(await runningVersion(cam)).toBe('9.5.0');
});

test('in parallel, a camera given a wrong-board image fails with the reason and the others update', async ({
  page,
  pwa,
}) => {
  // The other board's release is mislabelled: its image was built for BOARD, so that camera's own
  // check refuses it.
  const cams = await startCameras(pwa.url, [BOARD, OTHER_BOARD, BOARD]);
  const names = ['Alpha', 'Wrongboard', 'Charlie'];
  await openFleet(
    page,
    pwa.url,
    cams.map((c, i) => ({ address: c.url, name: names[i] })),
    MISLABELLED,
  );
  await page.getByLabel('Cameras at once').selectOption('3');
  await expect(page.getByLabel('Stop on the first failure')).not.toBeChecked();
  await page.getByRole('button', { name: 'Update all that need it (3)' }).click();
  await expect(summary(page)).toHaveText('Last run: 2 updated, 1 failed.', {
    timeout: RUN_TIMEOUT_MS,
  });
  await expect(row(page, 'Wrongboard').locator('.fleet-update')).toHaveText('failed');
  await expect(row(page, 'Wrongboard').locator('.fleet-message')).toContainText('Wrong board');
  for (const name of ['Alpha', 'Charlie']) {
    await expect(row(page, name).locator('.fleet-update')).toHaveText('updated to 9.4.0');
  }
  expect(await Promise.all(cams.map(runningVersion))).toEqual(['9.4.0', STARTING, '9.4.0']);
});

test('a corrupt image is refused by the camera with the reason, and it keeps its firmware', async ({
  page,
  pwa,
}) => {
  const [cam] = await startCameras(pwa.url, [BOARD]);
  await openFleet(
    page,
    pwa.url,
    [{ address: cam.url, name: 'Alpha' }],
    [{ board: BOARD, version: '9.6.0', corrupt: true }],
  );
  await page.getByRole('button', { name: 'Update Alpha' }).click();
  await expect(row(page, 'Alpha').locator('.fleet-message')).toContainText('Corrupt image', {
    timeout: RUN_TIMEOUT_MS,
  });
  expect(await runningVersion(cam)).toBe(STARTING);
});

test('stop on the first failure leaves the cameras after it untouched', async ({ page, pwa }) => {
  const cams = await startCameras(pwa.url, [OTHER_BOARD, BOARD, BOARD]);
  const names = ['Wrongboard', 'Bravo', 'Charlie'];
  await openFleet(
    page,
    pwa.url,
    cams.map((c, i) => ({ address: c.url, name: names[i] })),
    MISLABELLED,
  );
  await page.getByLabel('Stop on the first failure').check();
  await page.getByRole('button', { name: 'Update all that need it (3)' }).click();
  await expect(summary(page)).toHaveText('Last run: 1 failed, 2 skipped.', {
    timeout: RUN_TIMEOUT_MS,
  });
  await expect(row(page, 'Wrongboard').locator('.fleet-message')).toContainText('Wrong board');
  for (const name of ['Bravo', 'Charlie']) {
    await expect(row(page, name).locator('.fleet-update')).toHaveText('skipped');
    await expect(row(page, name).locator('.fleet-verdict')).toHaveText('update available: 9.4.0');
  }
  expect(await Promise.all(cams.map(runningVersion))).toEqual([STARTING, STARTING, STARTING]);
});

test('a camera with a password is logged into from its row, and its restart asks for the login again', async ({
  page,
  pwa,
}) => {
  const password = 'fleet-password-1';
  const [cam] = await startCameras(pwa.url, [BOARD]);
  await patchSettings(cam.url, { 'security.admin_password': password });
  await openFleet(page, pwa.url, [{ address: cam.url, name: 'Alpha' }], [{ board: BOARD, version: '9.7.0' }]);
  await expect(row(page, 'Alpha').locator('.fleet-verdict')).toHaveText('needs login');
  await page.getByRole('button', { name: 'Log in to Alpha' }).click();
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Log in', exact: true }).click();
  await expect(row(page, 'Alpha').locator('.fleet-verdict')).toHaveText('update available: 9.7.0');

  await page.getByRole('button', { name: 'Update Alpha' }).click();
  // The restart ends every login (tokens live in RAM), so the new version cannot be read yet.
  await expect(row(page, 'Alpha').locator('.fleet-update')).toHaveText('restarted, log in to confirm', {
    timeout: RUN_TIMEOUT_MS,
  });
  await page.getByRole('button', { name: 'Log in to Alpha' }).click();
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Log in', exact: true }).click();
  await expect(row(page, 'Alpha').locator('.fleet-running')).toHaveText('9.7.0');
  await expect(row(page, 'Alpha').locator('.fleet-verdict')).toHaveText('up to date');
  const info = await fetch(new URL('api/info', cam.url), { headers: basicAuth(password) });
  expect(((await info.json()) as { firmware: { version: string } }).firmware.version).toBe('9.7.0');
});

test('the release bundled with the app is offered without any address and installed from it', async ({
  page,
}) => {
  // A copy of the built app with a release bundled the way `PRINTCAM_FIRMWARE_DIR` bundles one.
  const site = mkdtempSync(join(tmpdir(), 'printcam-pwa-bundled-'));
  cpSync(paths.pwaDist, site, { recursive: true });
  const release = mkdtempSync(join(tmpdir(), 'printcam-fleet-bundle-'));
  writeReleases(release, [{ board: BOARD, version: '9.8.0' }]);
  expect(bundleFirmware(release, site)).toEqual([BOARD]);
  const app = await startPwaServer(site);
  try {
    const [cam] = await startCameras(app.url, [BOARD]);
    await page.goto(app.url);
    await importList(page, listFile([{ address: cam.url, name: 'Alpha' }]));
    await page.getByRole('link', { name: 'Updates' }).click();
    await expect(page.getByText('(bundled with the app)')).toBeVisible();
    await expect(row(page, 'Alpha').locator('.fleet-verdict')).toHaveText('update available: 9.8.0');
    await page.getByRole('button', { name: 'Update Alpha' }).click();
    await expect(row(page, 'Alpha').locator('.fleet-update')).toHaveText('updated to 9.8.0', {
      timeout: RUN_TIMEOUT_MS,
    });
    expect(await runningVersion(cam)).toBe('9.8.0');
  } finally {
    await app.close();
  }
});
