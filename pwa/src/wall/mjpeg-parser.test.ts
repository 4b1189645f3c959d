import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { boundaryOf, MAX_HEADER_BYTES, MjpegParser } from './mjpeg-parser.ts';
import { cameraStream, concat, fakeJpeg, frameOf, parseAll, randomChunks, seeded } from './mjpeg-testing.ts';

const B = 'printcam-mjpeg-boundary';
const frames = [fakeJpeg(1, 300), fakeJpeg(2, 1200), fakeJpeg(3, 17)];
const ascii = (s: string) => new TextEncoder().encode(s);

test('the camera’s own framing yields every frame, with nothing skipped', () => {
  const parser = new MjpegParser(B);
  assert.deepEqual(parser.push(cameraStream(B, frames)), frames);
  assert.deepEqual(parser.stats, { frames: 3, skippedBytes: 0, oversizeParts: 0, badParts: 0 });
});

test('a frame is handed out as soon as the delimiter after it arrives, not one frame late', () => {
  const parser = new MjpegParser(B);
  const stream = cameraStream(B, frames.slice(0, 1));
  assert.deepEqual(parser.push(stream), frames.slice(0, 1));
});

test('chunks split at every byte position give the same frames', () => {
  const stream = cameraStream(B, frames);
  for (let i = 0; i <= stream.length; i++) {
    const parser = new MjpegParser(B);
    const got = [...parser.push(stream.subarray(0, i)), ...parser.push(stream.subarray(i))];
    assert.deepEqual(got, frames, `split at ${i}`);
  }
});

test('a stream fed one byte at a time gives the same frames', () => {
  const stream = cameraStream(B, frames);
  assert.deepEqual(parseAll(B, randomChunks(stream, seeded(1), 1)), frames);
});

test('frames are copies: the caller may reuse its chunk buffer', () => {
  const stream = cameraStream(B, frames.slice(0, 1));
  const [frame] = new MjpegParser(B).push(stream);
  stream.fill(0);
  assert.deepEqual(frame, frames[0]);
});

test('garbage before the first part and between parts is skipped and counted', () => {
  const junk = ascii('HTTP noise --printcam-mjpeg \r\n\r\n--printcam-mjpeg-boundaryX\r\n');
  const parts = frames.map((f) => frameOf(B, f, { leadingDelimiter: true, trailingDelimiter: false }));
  const stream = concat([junk, parts[0], junk, parts[1], junk, parts[2], ascii(`\r\n--${B}--\r\n`)]);
  const parser = new MjpegParser(B);
  assert.deepEqual(parseAll(B, [stream], parser), frames);
  assert.ok(parser.stats.skippedBytes >= 3 * junk.length);
});

test('parts without Content-Length end at the next delimiter', () => {
  const stream = cameraStream(B, frames, { contentLength: false });
  assert.deepEqual(new MjpegParser(B).push(stream), frames);
  for (let i = 0; i <= stream.length; i += 7) {
    const parser = new MjpegParser(B);
    const got = [...parser.push(stream.subarray(0, i)), ...parser.push(stream.subarray(i))];
    assert.deepEqual(got, frames, `split at ${i}`);
  }
});

test('the delimiter-before-each-part framing (CameraWebServer) parses, each part once the next begins', () => {
  const parts = frames.map((f) => frameOf(B, f, { leadingDelimiter: true, trailingDelimiter: false }));
  const parser = new MjpegParser(B);
  assert.deepEqual(parser.push(concat(parts)), frames.slice(0, 2));
  assert.deepEqual(parser.push(ascii(`\r\n--${B}\r\n`)), frames.slice(2));
});

test('a part over the size cap is dropped, and the parts after it still arrive', () => {
  const big = fakeJpeg(9, 5000);
  for (const contentLength of [true, false]) {
    const parser = new MjpegParser(B, 4096);
    const stream = cameraStream(B, [frames[0], big, frames[1]], { contentLength });
    assert.deepEqual(parseAll(B, randomChunks(stream, seeded(2), 700), parser), [frames[0], frames[1]]);
    assert.equal(parser.stats.oversizeParts, 1, `with Content-Length: ${contentLength}`);
  }
});

test('a Content-Length far beyond the cap drops that part only, without swallowing the stream', () => {
  const parts = frames.map((f, i) =>
    frameOf(B, f, { leadingDelimiter: i === 0, trailingDelimiter: true, lengthDelta: i === 1 ? 9e9 : 0 }),
  );
  const parser = new MjpegParser(B);
  assert.deepEqual(parseAll(B, parts, parser), [frames[0], frames[2]]);
  assert.equal(parser.stats.oversizeParts, 1);
});

test('the bytes held stay bounded: garbage keeps only a delimiter’s tail, an endless part the cap', () => {
  const noise = fakeJpeg(5, 64 * 1024);
  const seeking = new MjpegParser(B);
  for (let i = 0; i < 32; i++) seeking.push(noise);
  assert.ok(seeking.buffered < B.length + 2, `held ${seeking.buffered} bytes`);
  const endless = new MjpegParser(B, 100_000);
  endless.push(ascii(`--${B}\r\nContent-Type: image/jpeg\r\n\r\n`));
  for (let i = 0; i < 32; i++) endless.push(noise);
  assert.ok(endless.buffered <= 100_000 + noise.length, `held ${endless.buffered} bytes`);
  assert.ok(endless.stats.oversizeParts >= 1);
});

test('a Content-Length too long costs that frame only; the parser resumes at the delimiter inside it', () => {
  for (const lie of [5, 100_000]) {
    const parts = frames.map((f, i) =>
      frameOf(B, f, { leadingDelimiter: i === 0, trailingDelimiter: true, lengthDelta: i === 1 ? lie : 0 }),
    );
    const parser = new MjpegParser(B);
    const got = parseAll(B, [...parts, ascii(`--${B}--`)], parser);
    assert.deepEqual(got, [frames[0], frames[2]], `Content-Length ${lie} too long`);
    assert.equal(parser.stats.badParts, 1);
  }
});

test('a Content-Length too short is trusted and what follows it up to the delimiter is skipped', () => {
  const parts = frames.map((f, i) =>
    frameOf(B, f, { leadingDelimiter: i === 0, trailingDelimiter: true, lengthDelta: i === 1 ? -5 : 0 }),
  );
  const parser = new MjpegParser(B);
  const got = parseAll(B, parts, parser);
  assert.deepEqual(got, [frames[0], frames[1].subarray(0, frames[1].length - 5), frames[2]]);
  assert.equal(parser.stats.skippedBytes, 2 + 5, 'the CRLF before the first delimiter, and the 5 bytes');
});

test('endless header lines are given up on and the stream resyncs', () => {
  const endless = ascii(`--${B}\r\n${'X-Junk: y\r\n'.repeat(MAX_HEADER_BYTES / 8)}`);
  const parser = new MjpegParser(B);
  assert.deepEqual(parseAll(B, [endless, cameraStream(B, frames)], parser), frames);
});

test('the closing delimiter ends the stream; bytes after it are ignored', () => {
  const parser = new MjpegParser(B);
  parser.push(concat([cameraStream(B, frames.slice(0, 1)).subarray(0, -2), ascii('--\r\n')]));
  assert.equal(parser.closed, true);
  assert.deepEqual(parser.push(cameraStream(B, frames)), []);
});

test('random chunkings of a stream with garbage between parts always give the same frames', () => {
  const rand = seeded(42);
  for (let round = 0; round < 200; round++) {
    const count = 1 + Math.floor(rand() * 6);
    const want = Array.from({ length: count }, (_, i) =>
      fakeJpeg(round * 10 + i, 1 + Math.floor(rand() * 3000)),
    );
    const stream = cameraStream(B, want, { contentLength: rand() < 0.7, garbage: rand });
    const maxChunk = 1 + Math.floor(rand() * 2000);
    assert.deepEqual(parseAll(B, randomChunks(stream, rand, maxChunk)), want, `round ${round}`);
  }
});

test('the boundary is read from the Content-Type, quoted or not', () => {
  assert.equal(boundaryOf(`multipart/x-mixed-replace; boundary=${B}`), B);
  assert.equal(boundaryOf('multipart/x-mixed-replace;boundary="a b"'), 'a b');
  assert.equal(boundaryOf('image/jpeg'), null);
  assert.equal(boundaryOf(null), null);
});

/**
 * 0.65 s of /stream.mjpg from printcam-sim (`--fps 10`, `camera.frame_size` QQVGA), recorded with
 * curl: the camera's real framing, headers and JPEGs.
 */
const recorded = new Uint8Array(readFileSync(new URL('./testdata/sim-stream.mjpg', import.meta.url)));

test('a recorded camera stream yields its JPEGs, each whole, and random chunkings yield the same', () => {
  const whole = new MjpegParser(B);
  const want = whole.push(recorded);
  assert.equal(want.length, 7);
  assert.deepEqual(whole.stats, { frames: 7, skippedBytes: 0, oversizeParts: 0, badParts: 0 });
  for (const jpeg of want) {
    assert.deepEqual([...jpeg.subarray(0, 2)], [0xff, 0xd8], 'starts with SOI');
    assert.deepEqual([...jpeg.subarray(-2)], [0xff, 0xd9], 'ends with EOI');
  }
  const rand = seeded(7);
  for (let round = 0; round < 300; round++) {
    const maxChunk = 1 + Math.floor(rand() * (round < 100 ? 64 : 8192));
    assert.deepEqual(parseAll(B, randomChunks(recorded, rand, maxChunk)), want, `round ${round}`);
  }
});
