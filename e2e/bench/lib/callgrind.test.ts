import assert from 'node:assert/strict';
import { test } from 'node:test';
import { callgrindTotal } from './callgrind.ts';

test('the instruction total comes from the dump’s totals line, or its summary line', () => {
  assert.equal(callgrindTotal('version: 1\nevents: Ir\nfn=main\n3 10\ntotals: 123456\n'), 123456);
  assert.equal(callgrindTotal('events: Ir\nsummary: 42\n'), 42);
});

test('a dump without a total is a clear error', () => {
  assert.throws(() => callgrindTotal('events: Ir\n'), /no totals or summary line/);
});
