import assert from 'node:assert/strict';
import { test } from 'node:test';
import { boundaryOf, MultipartFrameCounter } from './multipart.ts';

const B = '123456789000000000000987654321';
const part = (body: string, withLength = true) =>
  `--${B}\r\nContent-Type: image/jpeg\r\n${withLength ? `Content-Length: ${body.length}\r\n` : ''}\r\n${body}\r\n`;

function countIn(stream: string, chunkSize: number): { frames: number; bodies: string[] } {
  const bodies: string[] = [];
  const counter = new MultipartFrameCounter(B, (b) => bodies.push(b.toString('latin1')));
  const bytes = Buffer.from(stream, 'latin1');
  for (let i = 0; i < bytes.length; i += chunkSize) counter.push(bytes.subarray(i, i + chunkSize));
  return { frames: counter.frames, bodies };
}

test('the boundary is read from the Content-Type, quoted or not', () => {
  assert.equal(boundaryOf(`multipart/x-mixed-replace;boundary=${B}`), B);
  assert.equal(boundaryOf('multipart/x-mixed-replace; boundary="a b"; charset=x'), 'a b');
  assert.throws(() => boundaryOf('image/jpeg'), /not a multipart Content-Type/);
});

test('frames with Content-Length count whatever the chunk size, bodies intact', () => {
  const stream = `${part('\xff\xd8one\xff\xd9')}${part('two, with --12 inside')}${part('3')}`;
  for (const size of [1, 2, 7, 64, stream.length]) {
    assert.deepEqual(countIn(stream, size), {
      frames: 3,
      bodies: ['\xff\xd8one\xff\xd9', 'two, with --12 inside', '3'],
    });
  }
});

test('a frame counts as soon as its Content-Length bytes arrive, before the next boundary', () => {
  assert.equal(countIn(`--${B}\r\nContent-Length: 3\r\n\r\nabc`, 1).frames, 1);
});

test('without Content-Length a frame counts when the next delimiter arrives', () => {
  const two = `${part('one', false)}${part('two', false)}`;
  assert.deepEqual(countIn(two, 3), { frames: 1, bodies: ['one'] });
  assert.deepEqual(countIn(`${two}--${B}--\r\n`, 3), { frames: 2, bodies: ['one', 'two'] });
});

test('a preamble before the first delimiter and anything after the closing one are ignored', () => {
  assert.equal(countIn(`preamble\r\n${part('x')}--${B}--\r\n${part('late')}`, 5).frames, 1);
});

test('a bad Content-Length is a clear error', () => {
  assert.throws(() => countIn(`--${B}\r\nContent-Length: 12x\r\n\r\nabc`, 100), /bad Content-Length: '12x'/);
});
