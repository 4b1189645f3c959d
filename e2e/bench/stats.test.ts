import assert from 'node:assert/strict';
import { test } from 'node:test';
import { pairedRatios, quantile, summarize } from './stats.ts';

test('the median of an odd count is the middle sample', () => {
  assert.equal(summarize([5, 1, 3]).median, 3);
});

test('the median of an even count is the mean of the two middle samples', () => {
  assert.equal(summarize([4, 1, 3, 2]).median, 2.5);
});

test('percentiles interpolate between neighbouring samples', () => {
  const s = summarize([10, 20, 30, 40, 50, 60, 70, 80, 90, 100, 110]);
  assert.equal(s.p10, 20);
  assert.equal(s.p90, 100);
  assert.equal(quantile([0, 10], 0.25), 2.5);
});

test('one sample is its own median, spread and extremes', () => {
  assert.deepEqual(summarize([7]), { n: 1, median: 7, p10: 7, p90: 7, min: 7, max: 7 });
});

test('an outlier moves the maximum but not the median', () => {
  const s = summarize([100, 101, 99, 100, 5000]);
  assert.equal(s.median, 100);
  assert.equal(s.max, 5000);
});

test('summarizing does not reorder the caller’s samples', () => {
  const samples = [3, 1, 2];
  summarize(samples);
  assert.deepEqual(samples, [3, 1, 2]);
});

test('no samples, a non-number or a quantile outside 0..1 is a clear error', () => {
  assert.throws(() => summarize([]), /zero samples/);
  assert.throws(() => summarize([1, Number.NaN]), /not a finite number/);
  assert.throws(() => quantile([1], 1.5), /within 0\.\.1/);
});

test('paired ratios divide sample by sample and refuse mismatched or zero pairs', () => {
  assert.deepEqual(pairedRatios([2, 9], [4, 3]), [0.5, 3]);
  assert.throws(() => pairedRatios([1], [1, 2]), /differ in length/);
  assert.throws(() => pairedRatios([1], [0]), /divides by zero/);
});
