import assert from 'node:assert/strict';
import { test } from 'node:test';
import { type CameraFacts, needsUpdate, offersUpdate, verdictFor } from './verdict.ts';

const online = (version: string): CameraFacts => ({
  reach: 'online',
  board: 'ai-thinker-esp32-cam',
  boardName: 'AI-Thinker ESP32-CAM',
  version,
});

test('versions compare as semver, numbers numerically and a pre-release before its release', () => {
  assert.equal(verdictFor(online('1.9.0'), { version: '1.10.0' }).kind, 'update-available');
  assert.equal(verdictFor(online('1.10.0'), { version: '1.9.0' }).kind, 'newer');
  assert.equal(verdictFor(online('2.0.0-rc.1'), { version: '2.0.0' }).kind, 'update-available');
  assert.equal(verdictFor(online('2.0.0'), { version: '2.0.0' }).kind, 'up-to-date');
});

test('the row says which release is newer', () => {
  assert.equal(verdictFor(online('1.0.0'), { version: '1.2.0' }).text, 'update available: 1.2.0');
  assert.equal(verdictFor(online('1.3.0'), { version: '1.2.0' }).text, 'newer than the release (1.2.0)');
});

test('a board without a release, a login wall and an unreachable camera are said as such', () => {
  assert.deepEqual(verdictFor(online('1.0.0'), undefined), {
    kind: 'unknown-board',
    text: 'no release known for AI-Thinker ESP32-CAM',
  });
  assert.equal(verdictFor({ reach: 'needs-login' }, { version: '1.0.0' }).kind, 'needs-login');
  assert.equal(
    verdictFor({ reach: 'offline', why: 'offline (no answer)' }, { version: '1.0.0' }).text,
    'offline (no answer)',
  );
});

test('a camera that does not report its board and has no release says so', () => {
  const v = verdictFor({ reach: 'online', version: '1.0.0' }, undefined);
  assert.equal(v.kind, 'unknown-board');
  assert.match(v.text, /does not say which board/);
});

test('a version that is not semver is not called up to date', () => {
  const v = verdictFor(online('dev'), { version: '1.0.0' });
  assert.equal(v.kind, 'unknown-version');
  assert.equal(needsUpdate(v), false, 'update all leaves a development build alone');
  assert.equal(offersUpdate(v), true, 'but it can be updated on purpose');
});

test('only cameras behind their release are updated by update all', () => {
  assert.equal(needsUpdate(verdictFor(online('1.0.0'), { version: '1.0.1' })), true);
  assert.equal(needsUpdate(verdictFor(online('1.0.1'), { version: '1.0.1' })), false);
  assert.equal(offersUpdate(verdictFor(online('1.0.2'), { version: '1.0.1' })), false);
});
