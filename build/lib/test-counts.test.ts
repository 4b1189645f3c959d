import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ctestCounts, nodeTestCounts, playwrightCounts } from './test-counts.ts';

test('node test counts come from the spec reporter summary, cancelled counting as failed', () => {
  const out = 'ℹ tests 5\nℹ suites 0\nℹ pass 3\nℹ fail 1\nℹ cancelled 1\nℹ skipped 0\n';
  assert.deepEqual(nodeTestCounts(out, 1), { passed: 3, failed: 2, skipped: 0 });
});

test('node test output without a summary is one failure', () => {
  assert.deepEqual(nodeTestCounts('Segmentation fault', 139), { passed: 0, failed: 1, skipped: 0 });
});

test('a non-zero exit with all tests passing still counts one failure', () => {
  assert.deepEqual(nodeTestCounts('ℹ pass 2\nℹ fail 0\n', 1), { passed: 2, failed: 1, skipped: 0 });
});

test('ctest counts come from its closing line', () => {
  assert.deepEqual(ctestCounts('93% tests passed, 1 tests failed out of 14\n', 8), {
    passed: 13,
    failed: 1,
    skipped: 0,
  });
  assert.deepEqual(ctestCounts('100% tests passed, 0 tests failed out of 3\n', 0), {
    passed: 3,
    failed: 0,
    skipped: 0,
  });
  assert.deepEqual(ctestCounts('CMake Error', 2), { passed: 0, failed: 1, skipped: 0 });
});

test('playwright flaky tests and global errors count as failures', () => {
  const stats = { expected: 4, unexpected: 0, flaky: 1, skipped: 2 };
  assert.deepEqual(playwrightCounts({ stats }, 0), { passed: 4, failed: 1, skipped: 2 });
  assert.deepEqual(playwrightCounts({ stats: { ...stats, flaky: 0 }, errors: [{}] }, 1), {
    passed: 4,
    failed: 1,
    skipped: 2,
  });
  assert.deepEqual(playwrightCounts(undefined, 1), { passed: 0, failed: 1, skipped: 0 });
});
