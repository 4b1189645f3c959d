import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  describe,
  isFailure,
  isFinished,
  type OtaSnapshot,
  queued,
  step,
  summarize,
  type UpdateEvent,
} from './progress.ts';

const run = (events: UpdateEvent[]) => events.reduce(step, queued('1.0.0', '1.1.0'));
const ota = (o: OtaSnapshot): UpdateEvent => ({ type: 'ota', ota: o });
const idleOn = (version: string, pending = false) =>
  ota({ state: 'idle', running: { version }, pending_verify: pending });

test('an upload shows its progress, restarts, and is confirmed from the new version', () => {
  let s = run([
    { type: 'start', method: 'upload', total: 1000 },
    { type: 'uploaded', fraction: 0.42 },
  ]);
  assert.equal(describe(s), 'uploading 42%');
  s = step(s, { type: 'accepted' });
  assert.equal(s.phase, 'restarting');
  s = step(s, ota({ state: 'rebooting', running: { version: '1.0.0' } }));
  assert.equal(s.phase, 'restarting', 'still the old firmware until the restart');
  s = step(s, idleOn('1.1.0', true));
  assert.equal(s.phase, 'confirming');
  s = step(s, { type: 'confirmed', version: '1.1.0' });
  assert.equal(s.phase, 'updated');
  assert.equal(describe(s), 'updated to 1.1.0');
  assert.ok(isFinished(s) && !isFailure(s));
});

test('a download on the camera follows received/total, the check, and the restart', () => {
  let s = run([{ type: 'start', method: 'url', total: 0 }, { type: 'accepted' }]);
  assert.equal(s.phase, 'sending', 'a 202 means the camera is downloading');
  s = step(s, ota({ state: 'receiving', received: 250, total: 1000, running: { version: '1.0.0' } }));
  assert.equal(describe(s), 'camera downloading 25%');
  s = step(s, ota({ state: 'verifying', received: 1000, total: 1000, running: { version: '1.0.0' } }));
  assert.equal(s.phase, 'verifying');
  s = step(s, { type: 'gone' });
  assert.equal(s.phase, 'restarting');
  s = step(s, idleOn('1.1.0'));
  assert.equal(s.phase, 'confirming');
});

test('a camera that finished between two looks is seen by its running version', () => {
  const s = run([{ type: 'start', method: 'url', total: 0 }, idleOn('1.1.0')]);
  assert.equal(s.phase, 'confirming');
});

test('a refusal is failed with the reason in words', () => {
  const s = run([
    { type: 'start', method: 'upload', total: 10 },
    { type: 'refused', code: 'wrong_board', message: 'image is for board x, this camera is y' },
  ]);
  assert.equal(s.phase, 'failed');
  assert.match(s.message ?? '', /^Wrong board: .*image is for board x/);
  assert.ok(isFailure(s));
});

test('a download the camera refuses reports the camera’s error code', () => {
  const s = run([
    { type: 'start', method: 'url', total: 0 },
    ota({
      state: 'failed',
      error: { code: 'bad_checksum', message: 'checksum byte differs' },
      running: { version: '1.0.0' },
    }),
  ]);
  assert.equal(s.phase, 'failed');
  assert.match(s.message ?? '', /^Corrupt image/);
});

test('a camera that comes back on the old version was rolled back, and says so', () => {
  let s = run([{ type: 'start', method: 'upload', total: 10 }, { type: 'accepted' }, idleOn('1.0.0')]);
  assert.equal(s.phase, 'rolled-back');
  assert.match(s.message ?? '', /restarted on 1\.0\.0, not 1\.1\.0/);
  assert.ok(isFailure(s));
  s = run([{ type: 'start', method: 'upload', total: 10 }, { type: 'accepted' }, idleOn('1.1.0', true)]);
  s = step(s, { type: 'confirmed', version: '1.0.0' });
  assert.equal(s.phase, 'rolled-back', '/api/info has the last word');
});

test('a login ended by the restart leaves the update unconfirmed, not failed', () => {
  const s = run([
    { type: 'start', method: 'upload', total: 10 },
    { type: 'accepted' },
    { type: 'login-needed' },
  ]);
  assert.equal(s.phase, 'unconfirmed');
  assert.ok(isFinished(s) && !isFailure(s));
});

test('no progress or no return in time fails with a reason that fits the phase', () => {
  const stuck = run([{ type: 'start', method: 'url', total: 0 }, { type: 'timeout' }]);
  assert.match(stuck.message ?? '', /made no progress/);
  const gone = run([
    { type: 'start', method: 'upload', total: 1 },
    { type: 'accepted' },
    { type: 'timeout' },
  ]);
  assert.match(gone.message ?? '', /did not come back/);
});

test('a finished update ignores later events, and a skipped camera says why', () => {
  const done = run([
    { type: 'start', method: 'upload', total: 1 },
    { type: 'refused', code: 'x', message: 'm' },
  ]);
  assert.equal(step(done, { type: 'confirmed', version: '1.1.0' }), done);
  const skipped = run([{ type: 'skip' }]);
  assert.equal(skipped.phase, 'skipped');
  assert.match(skipped.message ?? '', /Not started/);
});

test('an upload cut off before the camera took it does not count as restarting', () => {
  const s = run([{ type: 'start', method: 'upload', total: 10 }, { type: 'gone' }]);
  assert.equal(s.phase, 'sending');
});

test('a run is summed up by progress while it runs, then by outcome', () => {
  const updated = run([
    { type: 'start', method: 'url', total: 0 },
    idleOn('1.1.0'),
    { type: 'confirmed', version: '1.1.0' },
  ]);
  const failed = run([
    { type: 'start', method: 'url', total: 0 },
    { type: 'refused', code: 'x', message: 'm' },
  ]);
  const skipped = run([{ type: 'skip' }]);
  const waiting = queued('1.0.0', '1.1.0');
  assert.equal(summarize([updated, failed, waiting], true), 'Updating: 2 of 3 done.');
  assert.equal(
    summarize([updated, updated, failed, skipped], false),
    'Last run: 2 updated, 1 failed, 1 skipped.',
  );
  assert.equal(summarize([], false), '');
});
