import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bars, duration, when } from './format.ts';

test('RSSI maps to 0–4 bars with unknown or nonsense readings as none', () => {
  assert.equal(bars(-40), 4);
  assert.equal(bars(-55), 4);
  assert.equal(bars(-60), 3);
  assert.equal(bars(-70), 2);
  assert.equal(bars(-80), 1);
  assert.equal(bars(-90), 0);
  assert.equal(bars(undefined), 0);
  assert.equal(bars(0), 0);
});

test('durations show their two largest non-zero units', () => {
  assert.equal(duration(0), '0 s');
  assert.equal(duration(12), '12 s');
  assert.equal(duration(62), '1 min 2 s');
  assert.equal(duration(3600), '1 h');
  assert.equal(duration(86400 * 3 + 3600 * 4 + 59), '3 d 4 h');
  assert.equal(duration(86400 + 30), '1 d');
});

test('a time today shows without its date, another day with it', () => {
  const now = Date.UTC(2026, 0, 15, 12);
  const today = now / 1000 - 60;
  const lastYear = now / 1000 - 400 * 86400;
  assert.equal(when(today, now), new Date(today * 1000).toLocaleTimeString());
  assert.equal(when(lastYear, now), new Date(lastYear * 1000).toLocaleString());
});
