import assert from 'node:assert/strict';
import { test } from 'node:test';
import { renderCppHeader } from '../../../build/lib/c-header.ts';
import { parseUiHeader } from './ui-header.ts';

const header = renderCppHeader('test', [
  {
    symbol: 'kUiIndex',
    bytes: new Uint8Array(50).fill(7),
    contentType: 'text/html; charset=utf-8',
    etag: '"a"',
    gzip: true,
  },
  {
    symbol: 'kIcon',
    bytes: new Uint8Array([1, 2, 3]),
    contentType: 'image/svg+xml',
    etag: '"b"',
    gzip: false,
  },
]);

test('every array in the generated header is read back with its byte count, type and encoding', () => {
  assert.deepEqual(parseUiHeader(header), [
    { symbol: 'kUiIndex', bytes: 50, contentType: 'text/html; charset=utf-8', gzip: true },
    { symbol: 'kIcon', bytes: 3, contentType: 'image/svg+xml', gzip: false },
  ]);
});

test('an array whose byte count disagrees with its Size constant is refused', () => {
  const tampered = header.replace('kIconSize = 3', 'kIconSize = 4');
  assert.throws(() => parseUiHeader(tampered), /kIcon: the array holds 3 bytes but kIconSize says 4/);
});

test('a header without arrays, or an array without its constants, is a clear error', () => {
  assert.throws(() => parseUiHeader('#pragma once\n'), /no asset arrays/);
  const noType = header.replace(/inline constexpr char kIconContentType\[\] = .*;\n/, '');
  assert.throws(() => parseUiHeader(noType), /has no kIconContentType\[\]/);
});
