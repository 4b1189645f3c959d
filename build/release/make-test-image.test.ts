import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import test from 'node:test';
import { makeTestImage } from './make-test-image.ts';

test('a test image ends with the SHA-256 of everything before it', () => {
  const image = makeTestImage({ version: '1.2.3', size: 5000 });
  const body = image.subarray(0, image.length - 32);
  assert.deepEqual(image.subarray(image.length - 32), createHash('sha256').update(body).digest());
});

test('the size is rounded up to 16 bytes and has a floor', () => {
  assert.equal(makeTestImage({ version: '1.0.0', size: 5000 }).length, 5008);
  assert.equal(makeTestImage({ version: '1.0.0', size: 10 }).length, 400);
});

test('the app description and the board descriptor sit where the firmware reads them', () => {
  const image = makeTestImage({ version: '9.8.7', board: 'esp32-s3-eye', size: 2048 });
  assert.equal(image[0], 0xe9);
  assert.equal(image.readUInt16LE(12), 9, 'ESP32-S3 chip id');
  assert.equal(image.readUInt32LE(32), 0xabcd5432);
  assert.equal(image.toString('latin1', 48, 53), '9.8.7');
  assert.equal(image.toString('latin1', 80, 88), 'printcam');
  assert.equal(image.toString('latin1', 288, 296), 'PCBOARD\0');
  assert.equal(image.toString('latin1', 296, 308), 'esp32-s3-eye');
});

test('the checksum byte is 0xEF XOR every segment data byte', () => {
  const image = makeTestImage({ version: '1.0.0', size: 1024 });
  let at = 24;
  let sum = 0xef;
  for (let s = 0; s < image[1]; s++) {
    const len = image.readUInt32LE(at + 4);
    for (const b of image.subarray(at + 8, at + 8 + len)) sum ^= b;
    at += 8 + len;
  }
  assert.equal(image[image.length - 33], sum);
});

test('an unknown board or a version too long for its field is refused', () => {
  assert.throws(() => makeTestImage({ version: '1.0.0', board: 'no-such-board' }), /unknown board/);
  assert.throws(() => makeTestImage({ version: 'x'.repeat(40) }), /does not fit/);
});
