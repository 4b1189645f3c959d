/**
 * Drives the PWA's stream wall in Chromium for the stream-wall benchmark: imports cameras, opens
 * the wall, reads each tile's own counters, and reads the main thread's time from CDP.
 */
import type { CDPSession, Page } from '@playwright/test';
import { readCounters } from './stream-window.ts';
import {
  type MainThreadReading,
  mainThreadReading,
  type PageCost,
  pageCost,
  type TileRate,
  type TileReading,
  tileRates,
} from './wall-figures.ts';

/**
 * Page-side readers as strings: tsx compiles functions with name helpers that do not exist in
 * the page (see page-load.ts).
 */
const READ_TILES = `({ at: performance.now(), tiles: [...document.querySelectorAll('figure.tile')].map((el) => ({
  frames: Number(el.dataset.frames ?? 0),
  state: el.dataset.state ?? '',
  source: el.dataset.source ?? '',
  focused: el.dataset.focused === 'true',
})) })`;
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

/** Every tile's counters, and the page's clock (ms) when they were read. */
export const readTiles = (page: Page) =>
  page.evaluate(READ_TILES) as Promise<{ at: number; tiles: TileReading[] }>;

/** Waits until each of `count` tiles has shown a frame: the wall is in steady state after that. */
export async function waitForEveryTile(page: Page, count: number, timeoutMs: number): Promise<void> {
  await page.waitForFunction(ALL_TILES_SHOWN(count), null, { timeout: timeoutMs, polling: 250 });
}

/** Focuses the tile at `index` and waits until its worker stream has drawn frames. */
export async function focusTile(page: Page, index: number, timeoutMs: number): Promise<void> {
  const tile = page.locator('figure.tile').nth(index);
  await tile.getByRole('button', { name: /^Focus/ }).click();
  await tile.and(page.locator('[data-source="stream-worker"]')).waitFor({ timeout: timeoutMs });
  const start = (await readTiles(page)).tiles[index].frames;
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

/** Frames a camera has sent to its stream clients (GET /api/status → stream.frames_delivered). */
interface SentReading {
  frames: number;
  /** The middle of the request: the counter was read then, give or take half its round trip. */
  at: number;
}

function framesSent(cameraUrls: string[]): Promise<SentReading[]> {
  return Promise.all(
    cameraUrls.map(async (url) => {
      const asked = performance.now();
      const counters = await readCounters(new URL('api/status', url).href);
      if (!counters) throw new Error(`${url} reports no stream counters in /api/status`);
      return { frames: counters.delivered, at: (asked + performance.now()) / 2 };
    }),
  );
}

export interface WallWindow {
  rates: TileRate[];
  /** Frames per second each camera sent to its stream clients, in tile order (when asked for). */
  sentFps?: number[];
  /** The page's costs in each sub-window, in order. */
  costs: PageCost[];
}

/**
 * Watches the wall for `parts` sub-windows of `partMs`: tile rates over the whole window (from
 * the tiles' own counters), the page's costs per sub-window (CDP metrics ÷ elapsed time),
 * and with `cameraUrls` (in tile order) the rate each camera sent its stream at.
 */
export async function measureWall(
  page: Page,
  cdp: CDPSession,
  parts: number,
  partMs: number,
  cameraUrls?: string[],
): Promise<WallWindow> {
  const sentBefore = cameraUrls && (await framesSent(cameraUrls));
  const tilesBefore = await readTiles(page);
  let last = await mainThread(cdp);
  const costs: PageCost[] = [];
  for (let i = 0; i < parts; i++) {
    await sleep(partMs);
    const now = await mainThread(cdp);
    costs.push(pageCost(last, now));
    last = now;
  }
  const tilesAfter = await readTiles(page);
  const rates = tileRates(tilesBefore.tiles, tilesAfter.tiles, (tilesAfter.at - tilesBefore.at) / 1000);
  const sentAfter = cameraUrls && (await framesSent(cameraUrls));
  const sentFps =
    sentBefore &&
    sentAfter?.map((a, i) => (a.frames - sentBefore[i].frames) / ((a.at - sentBefore[i].at) / 1000));
  return { rates, costs, sentFps };
}
