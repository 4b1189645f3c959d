import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  BACKOFF_MAX_MS,
  backoff,
  describeTileHealth,
  frameRate,
  newClock,
  nextDelay,
  onFailure,
  onFrame,
  type TileClock,
  tileHealth,
} from './tile-clock.ts';

const framesAt = (...times: number[]): TileClock => times.reduce(onFrame, newClock());

test('the next snapshot is asked for when the frame interval is over', () => {
  assert.equal(nextDelay(newClock(), 2, 1000, 1200), 300);
  assert.equal(nextDelay(newClock(), 2, 1000, 1700), 0, 'a slow answer means ask again at once');
});

test('failures back off exponentially up to the maximum, and a frame resets them', () => {
  assert.deepEqual([1, 2, 3, 4].map(backoff), [1000, 2000, 4000, 8000]);
  assert.equal(backoff(30), BACKOFF_MAX_MS);
  const failed = onFailure(onFailure(newClock()));
  assert.equal(nextDelay(failed, 1, 0, 0), 2000);
  assert.equal(onFrame(failed, 10).failures, 0);
});

test('frame rate is measured over the recent frames only', () => {
  assert.equal(frameRate(framesAt(0, 500, 1000, 1500, 2000)), 2);
  assert.equal(frameRate(framesAt(0, 10_000, 10_100, 10_200, 10_300, 10_400, 10_500)), 10);
  assert.equal(frameRate(framesAt(0)), 0);
});

test('a tile is waiting, live, stalled or offline', () => {
  assert.equal(tileHealth(newClock(), 1, 0).kind, 'waiting');
  assert.equal(tileHealth(framesAt(0, 1000), 1, 1500).kind, 'live');
  assert.deepEqual(tileHealth(framesAt(0, 1000), 1, 5000), { kind: 'stalled', forMs: 4000 });
  assert.deepEqual(tileHealth(onFailure(framesAt(0)), 1, 10), { kind: 'offline', retryMs: 1000 });
});

test('a slow rate waits longer before calling a tile stalled', () => {
  assert.equal(tileHealth(framesAt(0), 0.2, 10_000).kind, 'live');
  assert.equal(tileHealth(framesAt(0), 0.2, 16_000).kind, 'stalled');
});

test('tile health reads as a short label', () => {
  assert.equal(describeTileHealth({ kind: 'live', fps: 1.04 }), '1.0 fps');
  assert.equal(describeTileHealth({ kind: 'live', fps: 0 }), 'first frame');
  assert.equal(describeTileHealth({ kind: 'stalled', forMs: 4400 }), 'stalled 4 s');
  assert.equal(describeTileHealth({ kind: 'offline', retryMs: 8000 }), 'offline, retrying every 8 s');
});
