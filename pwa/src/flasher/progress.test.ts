import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatBytes, formatSeconds, ProgressMeter, SPEED_WINDOW_MS } from './progress.ts';

function meter(total: number) {
  let t = 0;
  const m = new ProgressMeter(total, () => t);
  return { m, at: (ms: number) => (t = ms) };
}

test('speed and time left follow the bytes done over time', () => {
  const { m, at } = meter(100_000);
  at(0);
  assert.equal(m.update(0).bytesPerSecond, 0);
  at(1000);
  const p = m.update(10_000);
  assert.equal(p.bytesPerSecond, 10_000);
  assert.equal(p.secondsLeft, 9);
  assert.equal(p.done, 10_000);
});

test('no speed and no time left are claimed from a single early sample', () => {
  const { m, at } = meter(1000);
  at(0);
  m.update(0);
  at(10);
  const p = m.update(500);
  assert.equal(p.bytesPerSecond, 0);
  assert.equal(p.secondsLeft, undefined);
});

test('speed forgets samples older than the window, so it follows a change of pace', () => {
  const { m, at } = meter(10_000_000);
  at(0);
  m.update(0);
  for (let s = 1; s <= 10; s++) {
    at(s * 1000);
    m.update(s * 10_000); // 10 kB/s
  }
  for (let s = 11; s <= 10 + SPEED_WINDOW_MS / 1000 + 1; s++) {
    at(s * 1000);
    m.update(100_000 + (s - 10) * 50_000); // 50 kB/s
  }
  at(15_000);
  const p = m.update(100_000 + 5 * 50_000);
  assert.ok(Math.abs(p.bytesPerSecond - 50_000) < 1, String(p.bytesPerSecond));
});

test('done is clamped to the total and a finished transfer has no time left', () => {
  const { m, at } = meter(100);
  at(0);
  m.update(0);
  at(1000);
  const p = m.update(150);
  assert.equal(p.done, 100);
  assert.equal(p.secondsLeft, 0);
});

test('sizes and durations read the way people say them', () => {
  assert.equal(formatBytes(1_500_000), '1.5 MB');
  assert.equal(formatBytes(340_400), '340 kB');
  assert.equal(formatBytes(512), '512 B');
  assert.equal(formatSeconds(12.2), '13 s');
  assert.equal(formatSeconds(65), '1 min 05 s');
  assert.equal(formatSeconds(undefined), '');
});
