import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DEFAULT_REPEAT, parseOptions } from './options.ts';

const known = ['ui-bytes', 'setup-page', 'stream-fanout'];

test('no options run every benchmark with the default repeat count', () => {
  assert.deepEqual(parseOptions([], known), { only: null, repeat: DEFAULT_REPEAT, help: false });
});

test('--only takes a comma-separated list and --repeat a count, with or without =', () => {
  assert.deepEqual(parseOptions(['--only', 'ui-bytes,setup-page', '--repeat=3'], known), {
    only: ['ui-bytes', 'setup-page'],
    repeat: 3,
    help: false,
  });
  assert.deepEqual(parseOptions(['--only=stream-fanout', '--only', 'ui-bytes'], known).only, [
    'stream-fanout',
    'ui-bytes',
  ]);
});

test('an unknown benchmark name is refused with the list of known ones', () => {
  assert.throws(
    () => parseOptions(['--only', 'ui-bytes,nope'], known),
    /unknown benchmark 'nope'; known: ui-bytes/,
  );
});

test('a repeat count that is not a whole number from 1 up is refused', () => {
  for (const bad of ['0', '-2', '2.5', 'ten']) {
    assert.throws(() => parseOptions(['--repeat', bad], known), /--repeat must be a whole number/);
  }
});

test('a flag without its value or an unknown flag is a clear error', () => {
  assert.throws(() => parseOptions(['--only'], known), /missing value after --only/);
  assert.throws(
    () => parseOptions(['--repeat', '--only', 'ui-bytes'], known),
    /missing value after --repeat/,
  );
  assert.throws(() => parseOptions(['--fast'], known), /unknown option --fast/);
});

test('--help asks for the list of benchmarks', () => {
  assert.equal(parseOptions(['--help'], known).help, true);
});
