import type { APIRequestContext, Locator } from '@playwright/test';
import { patchSettings } from '../fixtures/camera-settings.ts';
import { expect, importList, listFile, test } from '../fixtures/pwa-test.ts';
import { startSimCamera } from '../fixtures/sim-camera.ts';
import { restartSimCamera } from '../fixtures/sim-cameras.ts';

const addressOf = (url: string) => url.replace(/^http:\/\//, '').replace(/\/$/, '');

/** Whether the simulated camera serves snapshots yet (firmware API: media routes). */
async function servesSnapshots(request: APIRequestContext, cameraUrl: string): Promise<boolean> {
  const res = await request.get(`${cameraUrl}snapshot.jpg`);
  return res.ok() && res.headers()['content-type'] === 'image/jpeg';
}

test('the wall shows a tile for every camera, each saying how it is doing', async ({
  page,
  pwa,
  cameras,
}) => {
  await page.goto(pwa.url);
  await importList(page, listFile([...cameras.map((c) => ({ address: c.url })), { address: '127.0.0.1:9' }]));
  await page.getByRole('link', { name: 'Wall' }).click();
  const tiles = page.locator('figure.tile');
  await expect(tiles).toHaveCount(cameras.length + 1);
  await expect(tiles.locator('.tile-name')).toHaveText([
    ...cameras.map((c) => addressOf(c.url)),
    '127.0.0.1:9',
  ]);
  // Nothing listens on port 9: that tile reports it and keeps retrying by itself.
  await tiles.last().scrollIntoViewIfNeeded();
  await expect(tiles.last().locator('.tile-state')).toHaveText(/offline, retrying every \d+ s/);
  for (const tile of await tiles.all()) {
    await tile.scrollIntoViewIfNeeded();
    await expect(tile.locator('.tile-state')).not.toHaveText(/connecting…|paused/);
  }
});

test('a tile out of view pauses and resumes when scrolled back', async ({ page, pwa, cameras }) => {
  await page.setViewportSize({ width: 360, height: 400 });
  await page.goto(pwa.url);
  await importList(page, listFile(cameras.map((c) => ({ address: c.url }))));
  await page.getByRole('link', { name: 'Wall' }).click();
  const last = page.locator('figure.tile').last();
  await expect(last.locator('.tile-state')).toHaveText('paused while out of view');
  await last.scrollIntoViewIfNeeded();
  await expect(last.locator('.tile-state')).not.toHaveText('paused while out of view');
});

test('the snapshot rate is the app’s setting and is kept', async ({ page, pwa }) => {
  await page.goto(`${pwa.url}wall`);
  await page.getByLabel('Pictures per second').selectOption('2');
  await page.reload();
  await expect(page.getByLabel('Pictures per second')).toHaveValue('2');
  await page.getByRole('link', { name: 'Settings' }).click();
  await expect(page.getByLabel('Pictures per second for each tile')).toHaveValue('2');
});

test('every tile updates, the focused one streams, and a camera restarted comes back', async ({
  page,
  pwa,
  cameras,
  request,
}) => {
  test.skip(
    !(await servesSnapshots(request, cameras[0].url)),
    'the simulated camera does not serve /snapshot.jpg yet',
  );
  let own = await startSimCamera();
  try {
    await page.goto(pwa.url);
    await importList(page, listFile([...cameras, own].map((c) => ({ address: c.url }))));
    await page.getByRole('link', { name: 'Wall' }).click();
    const tiles = page.locator('figure.tile');
    await expect(tiles).toHaveCount(cameras.length + 1);
    for (const tile of await tiles.all()) {
      await tile.scrollIntoViewIfNeeded();
      await expect(tile.locator('.tile-state')).toHaveText(/fps|first frame/);
      // No camera here lists the PWA's origin: snapshots come through <img>, which needs no CORS.
      await expect(tile).toHaveAttribute('data-source', 'snapshots-img');
    }
    await tiles.first().scrollIntoViewIfNeeded();

    await tiles
      .first()
      .getByRole('button', { name: /^Focus/ })
      .click();
    // The shared cameras do not list the PWA's origin (security.cors_origins), so the worker may
    // not read their stream: the tile falls back to the stream in an <img>, which needs no CORS.
    await expect(tiles.first()).toHaveAttribute('data-source', 'stream-img');
    await expect(tiles.first().locator('img')).toHaveAttribute('src', `${cameras[0].url}stream.mjpg`);

    // The focused tile grows and pushes the others down; an off-screen tile pauses by design, so
    // bring this one into view before watching it.
    const ownTile = tiles.last();
    await ownTile.scrollIntoViewIfNeeded();
    await own.stop();
    await expect(ownTile.locator('.tile-state')).toHaveText(/offline|stalled/);
    own = await restartSimCamera(own);
    await expect(ownTile.locator('.tile-state')).toHaveText(/fps|first frame/, { timeout: 20_000 });
  } finally {
    await own.stop();
  }
});

/** How many frames a tile has shown (its `data-frames` counter). */
const framesOf = (tile: Locator) => tile.evaluate((el: HTMLElement) => Number(el.dataset.frames ?? 0));

test('the focused tile draws the stream parsed in the worker, and a camera restarted comes back by itself', async ({
  page,
  pwa,
  request,
}) => {
  let own = await startSimCamera();
  try {
    test.skip(!(await servesSnapshots(request, own.url)), 'the simulated camera does not serve media yet');
    // A camera that lets the PWA's origin read it: the worker's fetch() needs CORS.
    await patchSettings(own.url, { 'security.cors_origins': new URL(pwa.url).origin });
    await page.goto(pwa.url);
    await importList(page, listFile([{ address: own.url }]));
    await page.getByRole('link', { name: 'Wall' }).click();
    const tile = page.locator('figure.tile');
    // Unfocused, the worker fetches its snapshots at the wall's rate and the page draws them.
    await expect(tile).toHaveAttribute('data-source', 'snapshots-worker');
    await expect(tile.getByRole('img', { name: /^Latest view from/ })).toBeVisible();
    await expect.poll(() => framesOf(tile)).toBeGreaterThan(1);
    await expect(tile.locator('.tile-state')).toHaveText(/^\d+\.\d fps$/);

    await tile.getByRole('button', { name: /^Focus/ }).click();
    await expect(tile).toHaveAttribute('data-source', 'stream-worker');
    const canvas = tile.getByRole('img', { name: /^Live stream of/ });
    await expect(tile.locator('.tile-state')).toHaveText(/^stream \d+\.\d fps$/);

    // Frames keep arriving, and each new one is drawn: the picture on the canvas changes.
    const counted = await framesOf(tile);
    await expect.poll(() => framesOf(tile)).toBeGreaterThan(counted + 5);
    const picture = () => canvas.evaluate((c: HTMLCanvasElement) => c.toDataURL());
    const first = await picture();
    await expect.poll(picture).not.toBe(first);

    await own.stop();
    await expect(tile.locator('.tile-state')).toHaveText(/offline|stalled/);
    const whileOff = await framesOf(tile);
    own = await restartSimCamera(own);
    await expect.poll(() => framesOf(tile), { timeout: 20_000 }).toBeGreaterThan(whileOff + 5);
    await expect(tile).toHaveAttribute('data-source', 'stream-worker');
    await expect(tile.locator('.tile-state')).toHaveText(/^stream \d+\.\d fps$/);
  } finally {
    await own.stop();
  }
});

/** How many MJPEG streams the camera is serving (GET /api/status → stream.clients). */
async function streamClients(request: APIRequestContext, cameraUrl: string): Promise<number> {
  const body = (await (await request.get(`${cameraUrl}api/status`)).json()) as {
    stream?: { clients?: number };
  };
  return body.stream?.clients ?? -1;
}

test('a focused tile scrolled out of view closes its stream, and opens it again when back', async ({
  page,
  pwa,
  cameras,
  request,
}) => {
  const own = await startSimCamera();
  try {
    test.skip(!(await servesSnapshots(request, own.url)), 'the simulated camera does not serve media yet');
    await patchSettings(own.url, { 'security.cors_origins': new URL(pwa.url).origin });
    // One column of tiles: the others below push the focused one out of view when scrolled to.
    await page.setViewportSize({ width: 360, height: 400 });
    await page.goto(pwa.url);
    await importList(page, listFile([own, ...cameras].map((c) => ({ address: c.url }))));
    await page.getByRole('link', { name: 'Wall' }).click();
    const tiles = page.locator('figure.tile');
    const focused = tiles.first();
    await focused.getByRole('button', { name: /^Focus/ }).click();
    await expect(focused).toHaveAttribute('data-source', 'stream-worker');
    await expect.poll(() => streamClients(request, own.url)).toBe(1);

    await tiles.last().scrollIntoViewIfNeeded();
    await expect(focused).toHaveAttribute('data-state', 'paused');
    await expect.poll(() => streamClients(request, own.url)).toBe(0);

    await focused.scrollIntoViewIfNeeded();
    const counted = await framesOf(focused);
    await expect.poll(() => framesOf(focused)).toBeGreaterThan(counted + 2);
    await expect.poll(() => streamClients(request, own.url)).toBe(1);
  } finally {
    await own.stop();
  }
});

test('with live streams chosen every tile streams; a camera that refuses this origin shows snapshots', async ({
  page,
  pwa,
  cameras,
  request,
}) => {
  const own = await startSimCamera();
  try {
    test.skip(!(await servesSnapshots(request, own.url)), 'the simulated camera does not serve media yet');
    await patchSettings(own.url, { 'security.cors_origins': new URL(pwa.url).origin });
    await page.goto(pwa.url);
    await importList(page, listFile([own, cameras[0]].map((c) => ({ address: c.url }))));
    await page.getByRole('link', { name: 'Wall' }).click();
    await page.getByLabel('Tiles show').selectOption('Live streams');
    const tiles = page.locator('figure.tile');
    await expect(tiles).toHaveCount(2);
    const streamed = tiles.nth(0);
    const refusing = tiles.nth(1);
    await expect(streamed).toHaveAttribute('data-source', 'stream-worker');
    const counted = await framesOf(streamed);
    await expect.poll(() => framesOf(streamed)).toBeGreaterThan(counted + 5);
    await expect(streamed.locator('.tile-state')).toHaveText(/^stream \d+\.\d fps$/);
    // The shared cameras do not list the PWA's origin: the worker may not read their stream.
    await expect(refusing).toHaveAttribute('data-source', 'snapshots-img');
    await expect(refusing.locator('.tile-state')).toHaveText(/fps|first frame/);

    await page.reload();
    await expect(page.getByLabel('Tiles show')).toHaveValue('streams');
  } finally {
    await own.stop();
  }
});

/** The size a tile's picture has on the page: the canvas it was drawn on, or the <img>'s picture. */
const pictureSize = (picture: Locator) =>
  picture.evaluate((el: HTMLCanvasElement | HTMLImageElement) =>
    el instanceof HTMLCanvasElement
      ? { width: el.width, height: el.height }
      : { width: el.naturalWidth, height: el.naturalHeight },
  );
/** A turned SVGA (800×600, the default frame size) picture, as the browser shows it. */
const PORTRAIT = { width: 600, height: 800 };

test('a camera turned 90° is drawn portrait on the wall, by the worker and by <img>, turned once', async ({
  page,
  pwa,
}) => {
  // The camera marks its JPEGs with EXIF orientation; every way the wall decodes them must follow it.
  const readable = await startSimCamera();
  const refusing = await startSimCamera();
  try {
    await patchSettings(readable.url, {
      'security.cors_origins': new URL(pwa.url).origin,
      'camera.rotation': 90,
    });
    await patchSettings(refusing.url, { 'camera.rotation': 90 });
    await page.goto(pwa.url);
    await importList(page, listFile([readable, refusing].map((c) => ({ address: c.url }))));
    await page.getByRole('link', { name: 'Wall' }).click();
    // Locators, not .all(): the tiles appear after the click, and a locator waits for them.
    const tiles = page.locator('figure.tile');
    await expect(tiles).toHaveCount(2);
    const worker = tiles.nth(0);
    const img = tiles.nth(1);
    const focus = (tile: Locator) => tile.getByRole('button', { name: /^Focus/ }).click();
    await expect(worker).toHaveAttribute('data-source', 'snapshots-worker');
    await expect.poll(() => pictureSize(worker.getByRole('img'))).toEqual(PORTRAIT);
    await expect(img).toHaveAttribute('data-source', 'snapshots-img');
    await expect.poll(() => pictureSize(img.getByRole('img'))).toEqual(PORTRAIT);

    await focus(worker);
    await expect(worker).toHaveAttribute('data-source', 'stream-worker');
    await expect.poll(() => pictureSize(worker.getByRole('img'))).toEqual(PORTRAIT);
    await focus(img);
    await expect(img).toHaveAttribute('data-source', 'stream-img');
    await expect.poll(() => pictureSize(img.getByRole('img'))).toEqual(PORTRAIT);

    // The benchmark's other hand-over: the page decodes the worker's JPEG itself.
    await page.goto(`${pwa.url}wall?mjpeg-delivery=blob`);
    await focus(worker);
    await expect(worker).toHaveAttribute('data-source', 'stream-worker');
    await expect.poll(() => pictureSize(worker.getByRole('img'))).toEqual(PORTRAIT);
  } finally {
    await readable.stop();
    await refusing.stop();
  }
});
