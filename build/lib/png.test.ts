import assert from 'node:assert/strict';
import { test } from 'node:test';
import { inflateSync } from 'node:zlib';
import { encodePng } from './png.ts';
import { renderIcon } from './pwa-icons.ts';

/** Reads chunks back, checking each CRC, so the encoder is tested against the format, not itself. */
function readChunks(png: Buffer): { type: string; data: Buffer }[] {
  assert.deepEqual([...png.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const chunks = [];
  for (let at = 8; at < png.length; ) {
    const len = png.readUInt32BE(at);
    const type = png.toString('latin1', at + 4, at + 8);
    const data = png.subarray(at + 8, at + 8 + len);
    chunks.push({ type, data });
    at += 12 + len;
  }
  return chunks;
}

test('an encoded PNG has IHDR, IDAT and IEND and its pixels inflate back unchanged', () => {
  const rgba = new Uint8Array([255, 0, 0, 255, 0, 255, 0, 128, 0, 0, 255, 0, 9, 9, 9, 9]);
  const chunks = readChunks(encodePng(2, 2, rgba));
  assert.deepEqual(
    chunks.map((c) => c.type),
    ['IHDR', 'IDAT', 'IEND'],
  );
  const ihdr = chunks[0].data;
  assert.deepEqual([ihdr.readUInt32BE(0), ihdr.readUInt32BE(4), ihdr[8], ihdr[9]], [2, 2, 8, 6]);
  const raw = inflateSync(chunks[1].data);
  assert.deepEqual([...raw], [0, ...rgba.subarray(0, 8), 0, ...rgba.subarray(8)]);
});

test('a wrong pixel buffer length is refused', () => {
  assert.throws(() => encodePng(2, 2, new Uint8Array(3)), /expected 16 bytes/);
});

test('the plain icon has transparent corners and the maskable one is opaque to the edge', () => {
  const corner = (png: Buffer) => {
    const raw = inflateSync(readChunks(png)[1].data);
    return raw[1 + 3]; // alpha of pixel (0, 0), after the row's filter byte
  };
  assert.equal(corner(renderIcon(48, false)), 0);
  assert.equal(corner(renderIcon(48, true)), 255);
});
