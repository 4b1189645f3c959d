import assert from 'node:assert/strict';
import { test } from 'node:test';
import { backoffMs } from './backoff.ts';

test('reconnect delays double from half a second and stop growing at thirty seconds', () => {
  assert.deepEqual([0, 1, 2, 3].map(backoffMs), [500, 1000, 2000, 4000]);
  assert.equal(backoffMs(6), 30_000);
  assert.equal(backoffMs(1000), 30_000);
});
