import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { type Schema, validate } from '../../../build/release/json-schema.ts';
import { makeTestFirmware } from '../../../e2e/fixtures/flasher/test-firmware.ts';
import { BOARDS } from '../generated/boards.ts';
import { FlashError } from './errors.ts';
import { checkCompatibility, compareVersions, newest, parseManifest } from './manifest.ts';
import type { DetectedChip } from './states.ts';

const schema = JSON.parse(
  readFileSync(new URL('../../../firmware/release/manifest.schema.json', import.meta.url), 'utf8'),
) as Schema;
const ai = BOARDS.find((b) => b.id === 'ai-thinker-esp32-cam')!;
const chip = (over: Partial<DetectedChip> = {}): DetectedChip => ({
  family: 'ESP32',
  description: 'ESP32-D0WDQ6 (revision 1)',
  mac: '24:0a:c4:00:00:01',
  flashBytes: 4 * 1024 * 1024,
  baud: 921600,
  ...over,
});

test('a manifest valid under the release schema parses, and the parse keeps parts and app', async () => {
  const { manifest } = await makeTestFirmware();
  assert.deepEqual(validate(schema, manifest), []);
  const m = parseManifest(manifest);
  assert.equal(m.chipFamily, 'ESP32');
  assert.equal(m.parts[0].offset, 0);
  assert.equal(m.app.offset, 0x10000);
});

test('malformed manifests are refused naming the field', async () => {
  const { manifest } = await makeTestFirmware();
  const broken = structuredClone(manifest) as { builds: { app: { sha256: string } }[]; version: string };
  broken.builds[0].app.sha256 = 'nope';
  assert.throws(() => parseManifest(broken), /app.sha256/);
  assert.throws(() => parseManifest({ ...manifest, version: 'latest' }), /version/);
  assert.throws(() => parseManifest({ ...manifest, builds: [] }), /exactly one build/);
  assert.throws(() => parseManifest('{}'), /not a JSON object/);
});

test('versions order numerically, with a pre-release before its release', () => {
  assert.ok(compareVersions('1.10.0', '1.9.9') > 0);
  assert.ok(compareVersions('1.2.3-dev', '1.2.3') < 0);
  assert.equal(compareVersions('2.0.0', '2.0.0'), 0);
});

test('the newer of bundled and online wins; a tie keeps the bundled copy', async () => {
  const a = parseManifest((await makeTestFirmware({ version: '1.2.3' })).manifest);
  const b = parseManifest((await makeTestFirmware({ version: '1.3.0' })).manifest);
  const c = parseManifest((await makeTestFirmware({ version: '1.2.3' })).manifest);
  assert.equal(newest([a, b]), b);
  assert.equal(newest([a, c]), a);
  assert.equal(newest([undefined, a]), a);
  assert.equal(newest([undefined]), undefined);
});

test('a chip, board or flash size that does not fit is refused with a code', async () => {
  const m = parseManifest((await makeTestFirmware()).manifest);
  assert.doesNotThrow(() => checkCompatibility(m, ai, chip()));
  const code = (fn: () => void) => {
    try {
      fn();
    } catch (e) {
      return e instanceof FlashError ? e.code : 'other';
    }
    return 'none';
  };
  assert.equal(
    code(() => checkCompatibility(m, ai, chip({ family: 'ESP32-S3' }))),
    'wrong-chip',
  );
  assert.equal(
    code(() => checkCompatibility(m, ai, chip({ flashBytes: 2 * 1024 * 1024 }))),
    'flash-too-small',
  );
  const other = BOARDS.find((b) => b.id === 'freenove-esp32-wrover-dev')!;
  assert.equal(
    code(() => checkCompatibility(m, other, chip())),
    'wrong-chip',
  );
});
