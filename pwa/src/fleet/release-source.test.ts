import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseManifest } from '../flasher/manifest.ts';
import { newestPerBoard, type Release, readSource, releaseFor } from './release-source.ts';

const part = (path: string) => ({ path, offset: 0, sha256: 'a'.repeat(64), size: 10 });
const manifestJson = (board: string, version: string) => ({
  name: 'printcam',
  version,
  board,
  boardName: board.toUpperCase(),
  new_install_prompt_erase: false,
  builds: [{ chipFamily: 'ESP32', parts: [part('f.bin')], app: part('a.bin') }],
});
const release = (board: string, version: string, source: string): Release => ({
  manifest: parseManifest(manifestJson(board, version)),
  manifestUrl: new URL(`https://r.example/${board}-${version}.json`),
  source,
});

test('an index lists its manifests resolved beside it', () => {
  const got = readSource(
    { manifests: { a: 'printcam-a.manifest.json', b: 'sub/b.json' } },
    new URL('https://host/app/firmware/index.json'),
  );
  assert.equal(got.kind, 'index');
  assert.deepEqual(got.kind === 'index' && got.manifests.map(String), [
    'https://host/app/firmware/printcam-a.manifest.json',
    'https://host/app/firmware/sub/b.json',
  ]);
});

test('a single manifest is read as a release', () => {
  const got = readSource(manifestJson('a', '1.2.3'), new URL('https://host/m.json'));
  assert.equal(got.kind === 'manifest' && got.manifest.version, '1.2.3');
});

test('anything else is refused with the reason', () => {
  assert.throws(() => readSource({ manifests: ['x'] }, new URL('https://h/')), /not an object/);
  assert.throws(() => readSource({ manifests: { a: 3 } }, new URL('https://h/')), /must name a manifest/);
  assert.throws(
    () => readSource('<html>', new URL('https://h/')),
    /neither a firmware index nor a release manifest/,
  );
});

test('the newest release per board wins, the bundled one on a tie', () => {
  const best = newestPerBoard([
    release('a', '1.0.0', 'bundled'),
    release('a', '1.1.0', 'online'),
    release('b', '2.0.0', 'bundled'),
    release('b', '2.0.0', 'online'),
  ]);
  assert.equal(best.get('a')?.manifest.version, '1.1.0');
  assert.equal(best.get('b')?.source, 'bundled');
  assert.equal(best.size, 2);
});

test('a camera that does not report its board is matched only when one board has a release', () => {
  const one = newestPerBoard([release('a', '1.0.0', 'bundled')]);
  assert.equal(releaseFor('a', one).release?.manifest.board, 'a');
  assert.equal(releaseFor('b', one).release, undefined, 'a reported board is never second-guessed');
  assert.deepEqual(releaseFor(undefined, one), { release: one.get('a'), assumed: true });
  const two = newestPerBoard([release('a', '1.0.0', 'x'), release('b', '1.0.0', 'x')]);
  assert.deepEqual(releaseFor(undefined, two), { assumed: false });
});
