import assert from 'node:assert/strict';
import { test } from 'node:test';
import { keepSnapshotting, type SnapshotDeps } from './snapshot-loop.ts';

const URL_ = 'http://127.0.0.1:9/snapshot.jpg?t=1';
const jpeg = new Uint8Array([0xff, 0xd8, 1, 2, 3, 0xff, 0xd9]);
const picture = () => new Response(jpeg, { headers: { 'Content-Type': 'image/jpeg' } });

/** A fresh Response per request (a body reads once), or a network failure. */
type Answer = (() => Response) | 'unreachable';

/** Each request takes the next answer (the last repeats); each takes `tookMs` of a fake clock. */
function scripted(answers: Answer[], opts: { tookMs?: number; serverAnswersProbe?: boolean } = {}) {
  let clock = 0;
  let next = 0;
  const sleeps: number[] = [];
  const deps: SnapshotDeps = {
    now: () => clock,
    fetch: async (_url, init) => {
      if (init.mode === 'no-cors') {
        if (opts.serverAnswersProbe) return new Response(null);
        throw new TypeError('Failed to fetch');
      }
      clock += opts.tookMs ?? 0;
      const answer = answers[Math.min(next++, answers.length - 1)];
      if (answer === 'unreachable') throw new TypeError('Failed to fetch');
      return answer();
    },
    sleep: async (ms) => {
      sleeps.push(ms);
      clock += ms;
    },
  };
  return { deps, sleeps };
}

/** Runs the loop for `rounds` requests (or until it returns by itself). */
async function run(deps: SnapshotDeps, fps: number, rounds: number) {
  const stop = new AbortController();
  const seen = { frames: 0, failures: [] as [string, number][], refused: [] as string[] };
  const counted = () => {
    if (seen.frames + seen.failures.length >= rounds) stop.abort();
  };
  await keepSnapshotting(
    URL_,
    fps,
    {
      frame: (got) => {
        assert.deepEqual(got, jpeg);
        seen.frames += 1;
        counted();
      },
      failure: (message, retryMs) => {
        seen.failures.push([message, retryMs]);
        counted();
      },
      refused: (message) => seen.refused.push(message),
    },
    deps,
    stop.signal,
  );
  return seen;
}

test('snapshots come at the chosen rate, the request time taken off the wait', async () => {
  const net = scripted([picture], { tookMs: 100 });
  const seen = await run(net.deps, 2, 3);
  assert.equal(seen.frames, 3);
  assert.deepEqual(net.sleeps, [400, 400, 400]);
});

test('a camera that stops answering is retried with a growing backoff, and a picture resets it', async () => {
  const net = scripted(['unreachable', 'unreachable', 'unreachable', picture, 'unreachable']);
  // The first failure comes before any answer: the probe finds nothing either, so it is an outage.
  const seen = await run(net.deps, 1, 5);
  assert.deepEqual(
    seen.failures.map(([, ms]) => ms),
    [1000, 2000, 4000, 1000],
  );
  assert.equal(seen.failures[0][0], 'the camera does not answer');
  assert.equal(seen.frames, 1);
});

test('a busy camera (5xx) is retried; a 4xx or an answer that is not a JPEG is a refusal', async () => {
  const busy = await run(scripted([() => new Response('', { status: 503 }), picture]).deps, 1, 2);
  assert.deepEqual(busy.failures, [['the camera answered 503', 1000]]);
  assert.equal(busy.frames, 1);
  const locked = await run(scripted([() => new Response('', { status: 401 })]).deps, 1, 2);
  assert.deepEqual(locked.refused, ['the camera answered 401 to a snapshot']);
  const page = await run(
    scripted([() => new Response('<p>', { headers: { 'Content-Type': 'text/html' } })]).deps,
    1,
    2,
  );
  assert.deepEqual(page.refused, ['the camera did not answer with a JPEG']);
});

test('a camera that answers but not to this origin’s scripts is refused at once', async () => {
  const seen = await run(scripted(['unreachable'], { serverAnswersProbe: true }).deps, 1, 2);
  assert.equal(seen.refused.length, 1);
  assert.deepEqual(seen.failures, []);
});
