// OTA over real HTTP against the simulated camera: an uploaded image is installed and booted (the
// simulator restarts in-process on the same port), a corrupt one is refused with its reason, and an
// update from a release manifest is downloaded from a tiny server on 127.0.0.1. Settings survive.
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { APIRequestContext } from '@playwright/test';
import { makeManifest } from '../../build/release/make-manifest.ts';
import { makeTestImage } from '../../build/release/make-test-image.ts';
import { type SimCamera, startSimCamera } from '../fixtures/sim-camera.ts';
import { expect, test } from '../fixtures/test.ts';

interface OtaStatus {
  state: string;
  version: string;
  error: { code: string; message: string } | null;
  running: { slot: number; version: string; state: string };
  previous: { slot: number; version: string } | null;
  pending_verify: boolean;
}

/** The camera's OTA status, or undefined while it restarts and refuses connections. */
async function otaStatus(request: APIRequestContext, camera: SimCamera): Promise<OtaStatus | undefined> {
  try {
    const res = await request.get(`${camera.url}api/ota`);
    return res.ok() ? ((await res.json()) as OtaStatus) : undefined;
  } catch {
    return undefined;
  }
}

/** Serves the files of `dir` on 127.0.0.1 (a release host). */
async function serveFolder(dir: string): Promise<{ url: string; server: Server }> {
  const server = createServer((req, res) => {
    try {
      const body = readFileSync(join(dir, (req.url ?? '/').slice(1)));
      res.writeHead(200, { 'Content-Length': body.length });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, server };
}

let camera: SimCamera;
test.beforeEach(async () => {
  camera = await startSimCamera();
});
test.afterEach(async () => {
  await camera.stop();
});

test('an uploaded image is installed, booted after the restart, and the settings survive', async ({
  request,
}) => {
  const before = await otaStatus(request, camera);
  expect(before?.running.version).toBe('0.1.0');
  const patch = await request.patch(`${camera.url}api/settings`, { data: { 'camera.jpeg_quality': 17 } });
  expect(patch.status()).toBe(200);

  const res = await request.post(`${camera.url}api/ota`, {
    data: makeTestImage({ version: '9.1.0', size: 200_000 }),
    headers: { 'Content-Type': 'application/octet-stream' },
  });
  expect(res.status()).toBe(200);
  expect(await res.json()).toEqual({ version: '9.1.0', rebooting: true });

  await expect.poll(async () => (await otaStatus(request, camera))?.running.version).toBe('9.1.0');
  // Serving HTTP is healthy on the simulator, so the new firmware confirms itself.
  await expect.poll(async () => (await otaStatus(request, camera))?.running.state).toBe('valid');
  const settings = await (await request.get(`${camera.url}api/settings`)).json();
  expect(settings.values['camera.jpeg_quality']).toBe(17);
});

test('a corrupt image is refused with the reason and the old firmware keeps running', async ({ request }) => {
  const image = makeTestImage({ version: '9.2.0', size: 50_000 });
  image[20_000] ^= 0x01;
  const res = await request.post(`${camera.url}api/ota`, { data: image });
  expect(res.status()).toBe(400);
  const body = await res.json();
  expect(body.error.code).toBe('bad_checksum');
  expect(body.error.message).toContain('corrupt');

  const status = await otaStatus(request, camera);
  expect(status?.state).toBe('failed');
  expect(status?.error?.code).toBe('bad_checksum');
  expect(status?.running.version).toBe('0.1.0');
});

test('an image for another board is refused early and names both boards', async ({ request }) => {
  const res = await request.post(`${camera.url}api/ota`, {
    data: makeTestImage({ version: '9.3.0', board: 'freenove-esp32-wrover-dev', size: 300_000 }),
  });
  expect(res.status()).toBe(400);
  const body = await res.json();
  expect(body.error.code).toBe('wrong_board');
  expect(body.error.message).toContain('freenove-esp32-wrover-dev');
  expect(body.error.message).toContain('ai-thinker-esp32-cam');
});

test('an update from a release manifest is downloaded, checked and booted', async ({ request }) => {
  const dir = mkdtempSync(join(tmpdir(), 'printcam-release-'));
  const app = join(dir, 'printcam-ai-thinker-esp32-cam-app.bin');
  writeFileSync(app, makeTestImage({ version: '9.4.0', size: 120_000 }));
  copyFileSync(app, join(dir, 'printcam-ai-thinker-esp32-cam-factory.bin'));
  makeManifest({
    board: 'ai-thinker-esp32-cam',
    version: '9.4.0',
    factory: join(dir, 'printcam-ai-thinker-esp32-cam-factory.bin'),
    app,
    out: join(dir, 'manifest.json'),
  });
  const host = await serveFolder(dir);
  try {
    const res = await request.post(`${camera.url}api/ota/url`, {
      data: { manifest: `${host.url}manifest.json` },
    });
    expect(res.status()).toBe(202);
    await expect.poll(async () => (await otaStatus(request, camera))?.running.version).toBe('9.4.0');
  } finally {
    host.server.close();
  }
});

test('a download whose SHA-256 differs from the one given is refused and nothing changes', async ({
  request,
}) => {
  const dir = mkdtempSync(join(tmpdir(), 'printcam-release-'));
  writeFileSync(join(dir, 'app.bin'), makeTestImage({ version: '9.5.0', size: 30_000 }));
  const host = await serveFolder(dir);
  try {
    const res = await request.post(`${camera.url}api/ota/url`, {
      data: { url: `${host.url}app.bin`, sha256: '0'.repeat(64) },
    });
    expect(res.status()).toBe(202);
    await expect.poll(async () => (await otaStatus(request, camera))?.state).toBe('failed');
    const status = await otaStatus(request, camera);
    expect(status?.error?.code).toBe('sha256_mismatch');
    expect(status?.running.version).toBe('0.1.0');
  } finally {
    host.server.close();
  }
});
