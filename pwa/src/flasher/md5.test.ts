import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { test } from 'node:test';
import { md5Hex } from './md5.ts';

test('MD5 matches the RFC 1321 test suite', () => {
  assert.equal(md5Hex(new Uint8Array()), 'd41d8cd98f00b204e9800998ecf8427e');
  assert.equal(md5Hex(new TextEncoder().encode('abc')), '900150983cd24fb0d6963f7d28e17f72');
  assert.equal(
    md5Hex(
      new TextEncoder().encode(
        '12345678901234567890123456789012345678901234567890123456789012345678901234567890',
      ),
    ),
    '57edf4a22be3c955ac49da2e2107b67a',
  );
});

test('MD5 agrees with Node crypto at every length around the padding boundaries', () => {
  for (const n of [1, 55, 56, 57, 63, 64, 65, 119, 120, 1000, 70_001]) {
    const data = Uint8Array.from({ length: n }, (_, i) => (i * 31 + n) & 0xff);
    assert.equal(md5Hex(data), createHash('md5').update(data).digest('hex'), `length ${n}`);
  }
});
