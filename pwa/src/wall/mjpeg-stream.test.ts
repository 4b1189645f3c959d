import assert from 'node:assert/strict';
import { test } from 'node:test';
import { keepStreaming, type StreamDeps } from './mjpeg-stream.ts';
import { cameraStream, fakeJpeg } from './mjpeg-testing.ts';

const B = 'printcam-mjpeg-boundary';
const URL_ = 'http://127.0.0.1:9/stream.mjpg';
const jpegs = [fakeJpeg(1, 500), fakeJpeg(2, 800), fakeJpeg(3, 90)];

/** A camera's 200 answer streaming `jpegs`, then closing, or staying open and silent. */
function mjpegAnswer(frames: Uint8Array[], then: 'close' | 'hang'): Response {
  const bytes = cameraStream(B, frames);
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(bytes);
      if (then === 'close') controller.close();
    },
  });
  return new Response(body, { headers: { 'Content-Type': `multipart/x-mixed-replace; boundary=${B}` } });
}

type Answer = Response | 'unreachable';

/**
 * A scripted network: each stream request takes the next answer (the last repeats); the opaque
 * probe succeeds when `serverAnswersProbe`. Records what was asked and how long it was told to wait.
 */
function scripted(answers: Answer[], serverAnswersProbe = false) {
  const calls: { url: string; mode?: RequestMode }[] = [];
  const sleeps: number[] = [];
  let next = 0;
  const deps: StreamDeps = {
    fetch: async (url, init) => {
      calls.push({ url, mode: init.mode });
      if (init.mode === 'no-cors') {
        if (serverAnswersProbe) return new Response(null, { status: 200 });
        throw new TypeError('Failed to fetch');
      }
      const answer = answers[Math.min(next++, answers.length - 1)];
      if (answer === 'unreachable') throw new TypeError('Failed to fetch');
      return answer;
    },
    sleep: async (ms) => void sleeps.push(ms),
    quietLimitMs: 50,
  };
  return { deps, calls, sleeps };
}

/** Runs the loop until `failures` failures were reported (or it returns by itself). */
async function run(deps: StreamDeps, failures: number) {
  const stop = new AbortController();
  const seen = { frames: [] as Uint8Array[], failures: [] as [string, number][], refused: [] as string[] };
  await keepStreaming(
    URL_,
    {
      frame: (jpeg) => seen.frames.push(jpeg),
      failure: (message, retryMs) => {
        seen.failures.push([message, retryMs]);
        if (seen.failures.length >= failures) stop.abort();
      },
      refused: (message) => seen.refused.push(message),
    },
    deps,
    stop.signal,
  );
  return seen;
}

test('frames arrive in order, and a stream that ends is reopened after a second', async () => {
  const net = scripted([mjpegAnswer(jpegs.slice(0, 2), 'close'), mjpegAnswer(jpegs.slice(2), 'close')]);
  const seen = await run(net.deps, 2);
  assert.deepEqual(seen.frames, jpegs);
  assert.deepEqual(seen.failures, [
    ['the stream ended', 1000],
    ['the stream ended', 1000],
  ]);
  assert.deepEqual(net.sleeps, [1000, 1000]);
});

test('a camera that does not answer is retried with a growing backoff', async () => {
  const net = scripted(['unreachable']);
  const seen = await run(net.deps, 4);
  assert.deepEqual(
    seen.failures.map(([, ms]) => ms),
    [1000, 2000, 4000, 8000],
  );
  assert.equal(seen.failures[0][0], 'the camera does not answer');
  assert.deepEqual(seen.refused, []);
});

test('a camera that answers but does not let this origin read the stream is reported once', async () => {
  const net = scripted(['unreachable'], true);
  const seen = await run(net.deps, 1);
  assert.equal(seen.refused.length, 1);
  assert.match(seen.refused[0], /allowed web origins/);
  assert.deepEqual(seen.failures, []);
  assert.deepEqual(
    net.calls.map((c) => [c.url, c.mode]),
    [
      [URL_, undefined],
      ['http://127.0.0.1:9/', 'no-cors'],
    ],
  );
});

test('an HTTP error or an answer that is not MJPEG is a refusal, not retried', async () => {
  const busy = await run(scripted([new Response('{}', { status: 503 })]).deps, 1);
  assert.deepEqual(busy.refused, ['the camera answered 503 to the stream']);
  const html = await run(
    scripted([new Response('<p>', { headers: { 'Content-Type': 'text/html' } })]).deps,
    1,
  );
  assert.deepEqual(html.refused, ['the camera did not answer with an MJPEG stream']);
});

test('a stream that goes quiet is dropped and reopened', async () => {
  const net = scripted([mjpegAnswer(jpegs.slice(0, 1), 'hang'), mjpegAnswer(jpegs.slice(1, 2), 'close')]);
  const seen = await run(net.deps, 2);
  assert.deepEqual(seen.failures[0], ['no frame for 0.05 s', 1000]);
  assert.deepEqual(seen.frames, jpegs.slice(0, 2));
});

test('after streaming once, a camera switched off is retried, never taken for a refusal', async () => {
  const net = scripted([mjpegAnswer(jpegs.slice(0, 1), 'close'), 'unreachable'], true);
  const seen = await run(net.deps, 3);
  assert.deepEqual(seen.refused, []);
  // The drop of a working stream counts as the first failure; the backoff grows from there.
  assert.deepEqual(
    seen.failures.map(([, ms]) => ms),
    [1000, 2000, 4000],
  );
  assert.ok(
    net.calls.every((c) => c.mode !== 'no-cors'),
    'no probe once the stream was readable',
  );
});
