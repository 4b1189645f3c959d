import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { bundleFirmware } from './pwa-firmware.ts';

const manifest = (board: string) => ({
  board,
  builds: [{ parts: [{ path: `${board}-factory.bin` }], app: { path: `${board}-app.bin` } }],
});

test('release manifests and their images are copied with an index by board', () => {
  const dir = mkdtempSync(join(tmpdir(), 'printcam-fw-'));
  const release = join(dir, 'release');
  mkdirSync(release);
  for (const b of ['a-cam', 'b-cam']) {
    writeFileSync(join(release, `printcam-${b}.manifest.json`), JSON.stringify(manifest(b)));
    writeFileSync(join(release, `${b}-factory.bin`), 'F');
    writeFileSync(join(release, `${b}-app.bin`), 'A');
  }
  const out = join(dir, 'out');
  assert.deepEqual(bundleFirmware(release, out), ['a-cam', 'b-cam']);
  assert.deepEqual(JSON.parse(readFileSync(join(out, 'firmware', 'index.json'), 'utf8')), {
    manifests: { 'a-cam': 'printcam-a-cam.manifest.json', 'b-cam': 'printcam-b-cam.manifest.json' },
  });
  assert.equal(readFileSync(join(out, 'firmware', 'b-cam-app.bin'), 'utf8'), 'A');
});

test('no release folder bundles nothing; a manifest without its image is an error', () => {
  const dir = mkdtempSync(join(tmpdir(), 'printcam-fw-'));
  assert.deepEqual(bundleFirmware(undefined, dir), []);
  assert.deepEqual(bundleFirmware(join(dir, 'missing'), dir), []);
  writeFileSync(join(dir, 'x.manifest.json'), JSON.stringify(manifest('x')));
  assert.throws(() => bundleFirmware(dir, join(dir, 'out')), /x-factory.bin is missing/);
});
