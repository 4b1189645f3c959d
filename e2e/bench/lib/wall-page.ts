/**
 * Drives the PWA's stream wall in Chromium for the stream-wall benchmark: imports cameras, opens
 * the wall, reads each tile's own counters, and reads the main thread's time from CDP.
 */
import type { CDPSession, Page } from '@playwright/test';
import {
  busyFraction,
  type MainThreadReading,
  mainThreadReading,
  type TileRate,
  type TileReading,
  tileRates,
} from './wall-figures.ts';

/**
 * Page-side readers as strings: tsx compiles functions with name helpers that do not exist in
 * the page (see page-load.ts).
 */
const READ_TILES = `[...document.querySelectorAll('figure.tile')].map((el) => ({
  frames: Number(el.dataset.frames ?? 0),
  state: el.dataset.state ?? '',
  source: el.dataset.source ?? '',
  focused: el.dataset.focused === 'true',
}))`;
const ALL_TILES_SHOWN = (count: number) =>
  `(() => { const tiles = [...document.querySelectorAll('figure.tile')];
    return tiles.length === ${count} && tiles.every((el) => Number(el.dataset.frames ?? 0) > 0); })()`;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Seeds the camera list through the app's own import, as a person moving a farm's list would. */
export async function importCameras(page: Page, appUrl: string, cameraUrls: string[]): Promise<void> {
  const list = {
    format: 'printcam-camera-list',
    version: 1,
    cameras: cameraUrls.map((address) => ({ address })),
  };
  await page.goto(appUrl);
  await page.getByLabel('Import list').setInputFiles({
    name: 'cameras.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(list)),
  });
  await page
    .locator('li.camera')
    .nth(cameraUrls.length - 1)
    .waitFor();
}

export const readTiles = (page: Page) => page.evaluate(READ_TILES) as Promise<TileReading[]>;

/** Waits until each of `count` tiles has shown a frame: the wall is in steady state after that. */
export async function waitForEveryTile(page: Page, count: number, timeoutMs: number): Promise<void> {
  await page.waitForFunction(ALL_TILES_SHOWN(count), null, { timeout: timeoutMs, polling: 250 });
}

/** Focuses the tile at `index` and waits until its worker stream has drawn frames. */
export async function focusTile(page: Page, index: number, timeoutMs: number): Promise<void> {
  const tile = page.locator('figure.tile').nth(index);
  await tile.getByRole('button', { name: /^Focus/ }).click();
  await tile.and(page.locator('[data-source="worker"]')).waitFor({ timeout: timeoutMs });
  const start = (await readTiles(page))[index].frames;
  await page.waitForFunction(
    `Number(document.querySelectorAll('figure.tile')[${index}].dataset.frames ?? 0) > ${start + 2}`,
    null,
    { timeout: timeoutMs, polling: 250 },
  );
}

export async function mainThread(cdp: CDPSession): Promise<MainThreadReading> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return mainThreadReading(metrics);
}

export interface WallWindow {
  rates: TileRate[];
  /** The main thread's busy fraction in each sub-window, in order. */
  busy: number[];
  seconds: number;
}

/**
 * Watches the wall for `parts` sub-windows of `partMs`: tile rates over the whole window (from
 * the tiles' own counters), the busy fraction per sub-window (CDP TaskDuration ÷ elapsed time).
 */
export async function measureWall(
  page: Page,
  cdp: CDPSession,
  parts: number,
  partMs: number,
): Promise<WallWindow> {
  const tilesBefore = await readTiles(page);
  const first = await mainThread(cdp);
  let last = first;
  const busy: number[] = [];
  for (let i = 0; i < parts; i++) {
    await sleep(partMs);
    const now = await mainThread(cdp);
    busy.push(busyFraction(last, now));
    last = now;
  }
  const seconds = last.timestamp - first.timestamp;
  return { rates: tileRates(tilesBefore, await readTiles(page), seconds), busy, seconds };
}
