// camera.rotation as the simulated camera really serves it: EXIF orientation on /snapshot.jpg and
// on each part of /stream.mjpg, which Chromium follows, so a turned 800×600 (SVGA, the default
// frame size) picture reaches the page as 600×800 — once, in the device UI's live view too.
import type { Page } from '@playwright/test';
import { patchSettings } from '../fixtures/camera-settings.ts';
import { checkJpeg, startMockConnect } from '../fixtures/mock-connect/index.ts';
import { type SimCamera, startSimCamera } from '../fixtures/sim-camera.ts';
import { expect, test } from '../fixtures/test.ts';

/** camera.frame_size's default, SVGA (firmware/core/settings/schema.json). */
const LANDSCAPE = { width: 800, height: 600 };
const PORTRAIT = { width: 600, height: 800 };
/** Where the orientation value's low byte sits in a turned JPEG (firmware/API.md, media). */
const ORIENTATION_BYTE = 31;

/** A well-formed Connect camera token (20 letters and digits) the mock accepts. */
const TOKEN = 'T0nSPU2v05v0pJeKYFYV';

let cam: SimCamera;
test.beforeEach(async () => {
  // A camera of its own: the turn is saved, and must not reach other tests' shared camera.
  cam = await startSimCamera();
});
test.afterEach(async () => {
  await cam.stop();
});

/** The size Chromium gives a fresh snapshot in an <img>, as a page would show it. */
function snapshotSize(page: Page): Promise<{ width: number; height: number }> {
  return page.evaluate(async () => {
    const img = new Image();
    img.src = `/snapshot.jpg?t=${Date.now()}`;
    await img.decode();
    return { width: img.naturalWidth, height: img.naturalHeight };
  });
}

test('a snapshot of a camera turned 90° is portrait in Chromium, and landscape again at 0°', async ({
  page,
  request,
}) => {
  await page.goto(cam.url);
  expect(await snapshotSize(page)).toEqual(LANDSCAPE);

  await patchSettings(cam.url, { 'camera.rotation': 90 });
  expect(await snapshotSize(page)).toEqual(PORTRAIT);
  const turned = await (await request.get(`${cam.url}snapshot.jpg`)).body();
  expect([...turned.subarray(0, 4)]).toEqual([0xff, 0xd8, 0xff, 0xe1]);
  expect(turned[ORIENTATION_BYTE]).toBe(6);

  await patchSettings(cam.url, { 'camera.rotation': 0 });
  expect(await snapshotSize(page)).toEqual(LANDSCAPE);
  const upright = await (await request.get(`${cam.url}snapshot.jpg`)).body();
  expect([...upright.subarray(0, 4)]).not.toEqual([0xff, 0xd8, 0xff, 0xe1]);
});

test('the live view of a camera turned 90° shows the stream portrait, turned once', async ({ page }) => {
  await patchSettings(cam.url, { 'camera.rotation': 90 });
  await page.goto(`${cam.url}#/home`);
  const live = page.getByRole('img', { name: 'Live view' });
  expect(await live.getAttribute('src')).toBe('/stream.mjpg');
  const size = () =>
    live.evaluate((el: HTMLImageElement) => ({ width: el.naturalWidth, height: el.naturalHeight }));
  await expect.poll(size).toEqual(PORTRAIT);
  // No CSS turns it a second time: the settings preview only shows unsaved changes.
  expect(await live.evaluate((el) => getComputedStyle(el).transform)).toBe('none');

  // A stream already open follows a change with its next frame.
  await patchSettings(cam.url, { 'camera.rotation': 0 });
  await expect.poll(size).toEqual(LANDSCAPE);
});

test('the Prusa Connect upload of a turned camera carries the orientation, and the saved photo is those bytes', async ({
  request,
}, testInfo) => {
  test.skip(testInfo.project.name !== 'desktop', 'protocol test: desktop run only');
  // The strict mock refuses chunked bodies and checks the JPEG's structure: the head goes out
  // inside one exact Content-Length.
  const connect = await startMockConnect({ tokens: [TOKEN] });
  try {
    await patchSettings(cam.url, {
      'camera.rotation': 180,
      'upload.url': connect.url,
      'upload.token': TOKEN,
      'upload.enabled': true,
    });
    expect((await request.post(`${cam.url}api/connect/upload`)).status()).toBe(202);
    const put = await connect.waitForRequest((r) => r.path === '/c/snapshot' && r.outcome !== 'pending', {
      timeoutMs: 20_000,
    });
    expect(put.outcome).toBe('accepted');
    expect(connect.violations()).toEqual([]);
    const uploaded = connect.lastSnapshot(TOKEN)!;
    expect(put.declaredLength).toBe(uploaded.length);
    expect(checkJpeg(uploaded)).toMatchObject({ ok: true, width: 800, height: 600 });
    expect([...uploaded.subarray(0, 4)]).toEqual([0xff, 0xd8, 0xff, 0xe1]);
    expect(uploaded[ORIENTATION_BYTE]).toBe(3);

    const saved = async () => {
      const res = await request.get(`${cam.url}saved-photo.jpg`);
      return res.ok() ? Buffer.compare(await res.body(), uploaded) === 0 : false;
    };
    await expect.poll(saved).toBe(true);
  } finally {
    await connect.close();
  }
});
