import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseManifest } from '../flasher/manifest.ts';
import type { MethodChoice } from './method.ts';
import type { OtaSnapshot, UpdateState } from './progress.ts';
import type { Release } from './release-source.ts';
import { type CameraOta, updateCamera } from './update-camera.ts';

const part = (path: string) => ({ path, offset: 0, sha256: 'a'.repeat(64), size: 1000 });
const release: Release = {
  manifest: parseManifest({
    name: 'printcam',
    version: '1.1.0',
    board: 'ai-thinker-esp32-cam',
    boardName: 'AI-Thinker ESP32-CAM',
    builds: [{ chipFamily: 'ESP32', parts: [part('f.bin')], app: part('a.bin') }],
  }),
  manifestUrl: new URL('http://192.168.1.5/release/m.json'),
  source: 'test',
};

const idle = (version: string): OtaSnapshot => ({
  state: 'idle',
  running: { version },
  pending_verify: false,
});
const downloadFailed: OtaSnapshot = {
  ...idle('1.0.0'),
  state: 'failed',
  error: { code: 'download_failed', message: 'HTTP 404' },
};
const refusal = (status: number, code: string, message = code) =>
  Object.assign(new Error(message), { status, code });

/**
 * A camera whose answers the test scripts: `ota` is what GET /api/ota says now, `becomes` what it
 * says after a given call (as the real camera would change), and every call is logged.
 */
function fakeCamera(overrides: Partial<CameraOta> & { becomes?: Record<string, OtaSnapshot> } = {}) {
  const cam = {
    ota: idle('1.0.0'),
    calls: [] as string[],
  };
  const log = (call: string) => {
    cam.calls.push(call);
    const next = overrides.becomes?.[call];
    if (next) cam.ota = next;
  };
  const io: CameraOta = {
    getOta: async () => {
      log('getOta');
      return cam.ota;
    },
    startUrl: async () => log('startUrl'),
    loadImage: async () => {
      log('loadImage');
      return new Uint8Array(1000);
    },
    upload: async (_image, progress) => {
      progress(0.5);
      progress(1);
      log('upload');
    },
    version: async () => {
      log('version');
      return cam.ota.running?.version ?? '';
    },
    ...overrides,
  };
  return { cam, io };
}

async function run(
  io: CameraOta,
  choice: MethodChoice = 'auto',
): Promise<{ final: UpdateState; seen: UpdateState[] }> {
  const seen: UpdateState[] = [];
  const final = await updateCamera(
    { camera: io, origin: 'http://192.168.1.20', release, choice, from: '1.0.0', pollMs: 1 },
    (s) => seen.push(s),
  );
  return { final, seen };
}

test('the camera downloads the release itself and the new version is confirmed', async () => {
  const { cam, io } = fakeCamera({ becomes: { startUrl: idle('1.1.0') } });
  const { final } = await run(io);
  assert.equal(final.phase, 'updated');
  assert.equal(final.method, 'url');
  assert.deepEqual(cam.calls, ['startUrl', 'getOta', 'version']);
});

test('with "auto", a download the camera cannot make is uploaded from this device instead', async () => {
  const { cam, io } = fakeCamera({ becomes: { startUrl: downloadFailed, upload: idle('1.1.0') } });
  const { final, seen } = await run(io);
  assert.equal(final.phase, 'updated');
  assert.equal(final.method, 'upload');
  assert.ok(
    seen.some((s) => s.method === 'upload' && s.received === 500),
    'upload progress is reported',
  );
  assert.deepEqual(cam.calls, ['startUrl', 'getOta', 'loadImage', 'upload', 'getOta', 'version']);
});

test('with the download forced, a failed download is the answer', async () => {
  const { io } = fakeCamera({ becomes: { startUrl: downloadFailed } });
  const { final } = await run(io, 'url');
  assert.equal(final.phase, 'failed');
  assert.match(final.message ?? '', /could not download the image\. HTTP 404/);
});

test('an upload the camera refuses fails with its reason and nothing more is asked', async () => {
  const { cam, io } = fakeCamera({
    upload: async () => {
      throw refusal(400, 'wrong_board', 'image is for board x');
    },
  });
  const { final } = await run(io, 'upload');
  assert.equal(final.phase, 'failed');
  assert.match(final.message ?? '', /^Wrong board: .*image is for board x$/);
  assert.deepEqual(cam.calls, ['loadImage']);
});

test('an upload whose answer was cut off by the restart is still confirmed', async () => {
  const { cam, io } = fakeCamera({
    upload: async () => {
      cam.ota = idle('1.1.0');
      throw refusal(0, 'network');
    },
  });
  assert.equal((await run(io, 'upload')).final.phase, 'updated');
});

test('an upload that never arrived says so instead of waiting for a restart', async () => {
  const { io } = fakeCamera({
    upload: async () => {
      throw refusal(0, 'network');
    },
  });
  const { final } = await run(io, 'upload');
  assert.equal(final.phase, 'failed');
  assert.match(final.message ?? '', /did not reach the camera/);
});

test('a camera back on its old version after the restart was rolled back', async () => {
  const { io } = fakeCamera({ becomes: { upload: idle('1.0.0') } });
  const { final } = await run(io, 'upload');
  assert.equal(final.phase, 'rolled-back');
});

test('a login ended by the restart leaves the update unconfirmed', async () => {
  const { io } = fakeCamera({
    getOta: async () => {
      throw refusal(401, 'auth_required');
    },
  });
  assert.equal((await run(io, 'upload')).final.phase, 'unconfirmed');
});

test('an image this device cannot load fails before the camera is asked anything', async () => {
  const { cam, io } = fakeCamera({
    loadImage: async () => {
      throw new Error('a.bin does not match the checksum in its manifest.');
    },
  });
  const { final } = await run(io, 'upload');
  assert.equal(final.phase, 'failed');
  assert.match(final.message ?? '', /could not be loaded on this device: a\.bin does not match/);
  assert.deepEqual(cam.calls, []);
});
