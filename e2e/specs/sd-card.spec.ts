// Saving photos to the SD card (`storage.save_photos`) against the real simulated camera, whose card
// is the folder DATA/sdcard (inserted while it exists), uploading to the mock Prusa Connect.
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { APIRequestContext } from '@playwright/test';
import { checkJpeg, startMockConnect } from '../fixtures/mock-connect/index.ts';
import { startSimCamera } from '../fixtures/sim-camera.ts';
import { expect, test } from '../fixtures/test.ts';

test.skip(({ isMobile }) => isMobile, 'no browser involved: runs once, in the desktop project');

const TOKEN = 'sdCardSpec0123456789';

/** An upload waits out Connect's 10 s floor after the previous one; this leaves room beyond it. */
const UPLOAD_TIMEOUT_MS = 30_000;

interface StorageStatus {
  present: boolean;
  free_bytes: number | null;
  enabled: boolean;
  saved: number;
  failed: number;
  skipped: number;
  last_error: string | null;
  last_file: string | null;
}

const storageOf = async (request: APIRequestContext, url: string): Promise<StorageStatus> => {
  const res = await request.get(`${url}api/status`);
  expect(res.status()).toBe(200);
  return (await res.json()).storage;
};

/** Every file below `dir`, as paths relative to it with '/'. */
const filesBelow = (dir: string, prefix = ''): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? filesBelow(join(dir, e.name), `${prefix}${e.name}/`) : [`${prefix}${e.name}`],
  );

test('each photo uploaded to Prusa Connect is also written to the SD card as a JPEG named by its time', async ({
  request,
}) => {
  test.setTimeout(90_000);
  const mock = await startMockConnect({ tokens: [TOKEN] });
  const camera = await startSimCamera();
  const card = join(camera.dataDir, 'sdcard');
  try {
    const info = await (await request.get(`${camera.url}api/info`)).json();
    expect(info.capabilities).toContain('sd_card');
    const before = await storageOf(request, camera.url);
    expect(before).toMatchObject({ present: true, enabled: false, saved: 0, failed: 0, last_error: null });

    const patch = await request.patch(`${camera.url}api/settings`, {
      data: {
        'storage.save_photos': true,
        'upload.url': mock.url,
        'upload.token': TOKEN,
        'upload.interval_s': 240,
        'upload.enabled': true,
      },
    });
    expect(patch.status()).toBe(200);
    // Turning uploads on sends the first photo at once.
    await expect
      .poll(async () => (await storageOf(request, camera.url)).saved, { timeout: UPLOAD_TIMEOUT_MS })
      .toBe(1);

    const after = await storageOf(request, camera.url);
    expect(after).toMatchObject({ present: true, enabled: true, failed: 0, last_error: null });
    expect(after.free_bytes).toBeGreaterThan(0);
    const files = filesBelow(join(card, 'photos')).map((f) => `photos/${f}`);
    expect(files).toEqual([after.last_file]);
    const name = /^photos\/(\d{4})-(\d{2})-(\d{2})\/(\d{2})-(\d{2})-(\d{2})\.jpg$/.exec(files[0]);
    expect(name, files[0]).not.toBeNull();
    // The simulated camera's clock is the host's, so the name is the UTC time of the upload.
    const [, y, mo, d, h, mi, s] = (name ?? []).map(Number);
    const taken = Date.UTC(y, mo - 1, d, h, mi, s);
    expect(Math.abs(taken - Date.now())).toBeLessThan(10 * 60_000);

    const bytes = readFileSync(join(card, files[0]));
    expect([bytes[0], bytes[1]]).toEqual([0xff, 0xd8]);
    expect([bytes[bytes.length - 2], bytes[bytes.length - 1]]).toEqual([0xff, 0xd9]);
    expect(checkJpeg(bytes)).toMatchObject({ ok: true });
    expect(bytes.equals(mock.lastSnapshot(TOKEN) ?? Buffer.alloc(0))).toBe(true);
    const saved = await request.get(`${camera.url}saved-photo.jpg`);
    expect(Buffer.from(await saved.body()).equals(bytes)).toBe(true);

    // The card pulled: the upload still goes to Connect, the photo is counted as failed.
    rmSync(card, { recursive: true });
    expect((await storageOf(request, camera.url)).present).toBe(false);
    expect((await request.post(`${camera.url}api/connect/upload`)).status()).toBe(202);
    await expect
      .poll(async () => (await storageOf(request, camera.url)).failed, { timeout: UPLOAD_TIMEOUT_MS })
      .toBe(1);
    expect(await storageOf(request, camera.url)).toMatchObject({
      present: false,
      free_bytes: null,
      saved: 1,
      last_error: 'absent',
    });

    // The card back: the next photo is saved again.
    mkdirSync(card);
    expect((await request.post(`${camera.url}api/connect/upload`)).status()).toBe(202);
    await expect
      .poll(async () => (await storageOf(request, camera.url)).saved, { timeout: UPLOAD_TIMEOUT_MS })
      .toBe(2);
    const back = await storageOf(request, camera.url);
    expect(back).toMatchObject({ present: true, failed: 1, last_error: null });
    expect(filesBelow(join(card, 'photos')).map((f) => `photos/${f}`)).toEqual([back.last_file]);

    const logs = await (await request.get(`${camera.url}api/logs`)).json();
    const sd = logs.lines.map((l: { msg: string }) => l.msg).filter((m: string) => m.startsWith('sd card:'));
    expect(sd).toHaveLength(3);
    expect(sd[1]).toContain('no card');
    expect(mock.violations()).toEqual([]);
  } finally {
    await camera.stop();
    await mock.close();
  }
});
