import { spawn } from 'node:child_process';
import { type ClientRequest, request as httpRequest, type IncomingMessage } from 'node:http';
import { patchSettings } from '../fixtures/camera-settings.ts';
import { baselineJpegSize } from '../fixtures/jpeg.ts';
import { type SimCamera, startSimCamera } from '../fixtures/sim-camera.ts';
import { expect, test } from '../fixtures/test.ts';

/** The simulated camera's default frame size (esp32-camera's VGA) until settings change it. */
// camera.frame_size defaults to SVGA (firmware/core/settings/schema.json).
const DEFAULT_SIZE = { width: 800, height: 600 };
/** The firmware's default stream client limit. */
const MAX_STREAM_CLIENTS = 4;
/** Frames each ffmpeg client must decode. */
const FRAMES = 50;

interface FfmpegRun {
  code: number | null;
  stderr: string;
  frames: number;
}

/** Decodes FRAMES frames of the stream with ffmpeg; `frames` is the last count ffmpeg reported. */
function ffmpegDecode(url: string): Promise<FfmpegRun> {
  const args = ['-hide_banner', '-nostdin', '-loglevel', 'error', '-progress', 'pipe:1'];
  args.push('-i', url, '-frames:v', String(FRAMES), '-f', 'null', '-');
  const child = spawn('ffmpeg', args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => {
    stdout += d.toString();
  });
  child.stderr.on('data', (d: Buffer) => {
    stderr += d.toString();
  });
  return new Promise((resolve) => {
    child.on('close', (code) => {
      const counts = [...stdout.matchAll(/^frame=(\d+)$/gm)].map((m) => Number(m[1]));
      resolve({ code, stderr, frames: counts.at(-1) ?? 0 });
    });
  });
}

/** Opens a stream and resolves once the camera answered with headers; the request stays open. */
function openStream(url: string): Promise<{ res: IncomingMessage; req: ClientRequest }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(url, (res) => resolve({ res, req }));
    req.on('error', reject);
    req.end();
  });
}

test.describe('media protocol on the simulated camera', () => {
  let camera: SimCamera;
  // biome-ignore lint/correctness/noEmptyPattern: Playwright requires an object pattern here.
  test.beforeEach(async ({}, testInfo) => {
    // No browser involved: one run is enough, whichever device profiles the browser tests use.
    test.skip(testInfo.project.name !== 'desktop', 'protocol test: desktop run only');
    // A camera of its own per test, so no stream from another test holds a client slot.
    camera = await startSimCamera({ extraArgs: ['--fps', '30'] });
  });
  test.afterEach(async () => {
    await camera?.stop();
  });

  test('four ffmpeg clients at once each decode 50 frames without an error', async () => {
    const url = `${camera.url}stream.mjpg`;
    const runs = await Promise.all(Array.from({ length: MAX_STREAM_CLIENTS }, () => ffmpegDecode(url)));
    for (const run of runs) {
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      expect(run.frames).toBe(FRAMES);
    }
  });

  test('ffmpeg decodes the stream of a turned camera (an EXIF segment in each part) without an error', async () => {
    await patchSettings(camera.url, { 'camera.rotation': 270 });
    const run = await ffmpegDecode(`${camera.url}stream.mjpg`);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.frames).toBe(FRAMES);
  });

  test('a stream client over the limit gets a JSON 503 with Retry-After', async () => {
    const url = `${camera.url}stream.mjpg`;
    const open = await Promise.all(Array.from({ length: MAX_STREAM_CLIENTS }, () => openStream(url)));
    try {
      for (const { res } of open) {
        expect(res.statusCode).toBe(200);
        expect(res.headers['content-type']).toBe(
          'multipart/x-mixed-replace; boundary=printcam-mjpeg-boundary',
        );
      }
      const refused = await fetch(url);
      expect(refused.status).toBe(503);
      expect(refused.headers.get('retry-after')).toBe('5');
      const body = (await refused.json()) as { error: { code: string; message: string } };
      expect(body.error.code).toBe('too_many_streams');
    } finally {
      for (const { req } of open) req.destroy();
    }
    // Once the viewers leave, their slots free up (each stream notices at its next frame).
    await expect
      .poll(async () => {
        const again = await openStream(url);
        again.req.destroy();
        return again.res.statusCode;
      })
      .toBe(200);
  });

  test('a snapshot is a baseline JPEG of the configured size, never cached', async () => {
    const res = await fetch(`${camera.url}snapshot.jpg`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/jpeg');
    expect(res.headers.get('cache-control')).toBe('no-store');
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect(baselineJpegSize(bytes)).toEqual(DEFAULT_SIZE);
    expect([...bytes.subarray(-2)]).toEqual([0xff, 0xd9]);
  });

  test('the saved photo is a JSON 404 before the first upload', async () => {
    const res = await fetch(`${camera.url}saved-photo.jpg`);
    expect(res.status).toBe(404);
    const body = (await res.json()) as { error: { code: string } };
    expect(body.error.code).toBe('no_saved_photo');
  });
});

test('Chromium shows the stream in an img element', async ({ page, camera }) => {
  await page.setContent(`<img alt="camera" src="${camera.url}stream.mjpg">`);
  const img = page.getByRole('img', { name: 'camera' });
  await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.naturalWidth)).toBe(DEFAULT_SIZE.width);
  expect(await img.evaluate((el: HTMLImageElement) => el.naturalHeight)).toBe(DEFAULT_SIZE.height);
});
