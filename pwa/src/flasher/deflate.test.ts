import assert from 'node:assert/strict';
import { test } from 'node:test';
import { inflateSync } from 'node:zlib';
import { seededBytes } from '../../../e2e/fixtures/flasher/test-firmware.ts';
import { padTo4, uncompressedPerBlock, zlibDeflate } from './deflate.ts';

test('native deflate output is a zlib stream that inflates back to the input', async () => {
  const data = seededBytes(100_000, 4);
  data.fill(0xff, 50_000);
  const z = await zlibDeflate(data);
  assert.equal(z[0] & 0x0f, 8, 'zlib header: deflate method');
  assert.deepEqual(new Uint8Array(inflateSync(z)), data);
  assert.ok(z.length < data.length);
});

test('per-block uncompressed sizes add up and follow where the data compresses', async () => {
  const data = new Uint8Array(300_000).fill(0xff);
  data.set(seededBytes(40_000, 2));
  const z = await zlibDeflate(data);
  const sizes = uncompressedPerBlock(z, 0x4000);
  assert.equal(sizes.length, Math.ceil(z.length / 0x4000));
  assert.equal(
    sizes.reduce((a, b) => a + b, 0),
    data.length,
  );
  assert.ok(sizes.at(-1)! > 0x4000 * 4, 'the 0xFF tail stands for far more than its compressed size');
});

test('images are padded to whole words with 0xFF', () => {
  assert.deepEqual([...padTo4(Uint8Array.of(1, 2, 3, 4, 5))], [1, 2, 3, 4, 5, 0xff, 0xff, 0xff]);
  const aligned = Uint8Array.of(1, 2, 3, 4);
  assert.equal(padTo4(aligned), aligned);
});
