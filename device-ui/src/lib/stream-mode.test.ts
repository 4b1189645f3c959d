import assert from 'node:assert/strict';
import { test } from 'node:test';
import { viewMode } from './stream-mode.ts';

const base = { paused: false, hidden: false, needsAuth: false, mjpegFailed: false };

test('an open camera streams MJPEG', () => assert.equal(viewMode(base), 'mjpeg'));

test('a paused view or a background tab shows nothing live', () => {
  assert.equal(viewMode({ ...base, paused: true }), 'paused');
  assert.equal(viewMode({ ...base, hidden: true, needsAuth: true }), 'paused');
});

test('a stream needing the token, or a failed stream, falls back to snapshots', () => {
  assert.equal(viewMode({ ...base, needsAuth: true }), 'snapshots');
  assert.equal(viewMode({ ...base, mjpegFailed: true }), 'snapshots');
});
