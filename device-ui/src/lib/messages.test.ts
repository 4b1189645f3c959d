import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ApiError } from '../api/errors.ts';
import type { UploadAttempt, UploadStatus } from '../api/types.ts';
import { t } from '../i18n/index.ts';
import { errorText, fieldErrors, uploadErrorText, uploadLines } from './messages.ts';

test('transport failures get our sentence, server errors the server message', () => {
  assert.equal(errorText(new ApiError(0, 'network', 'TypeError')), t.err.network);
  assert.equal(errorText(new ApiError(0, 'timeout', 'x')), t.err.timeout);
  assert.match(errorText(new ApiError(500, 'storage_full', 'Flash is full')), /Flash is full/);
  assert.match(errorText(new Error('boom')), /boom/);
});

test('each invalid field maps to its own message, and a lone field counts too', () => {
  const many = new ApiError(400, 'invalid_settings', 'Invalid', 'camera.quality', [
    { field: 'camera.quality', code: 'out_of_range', message: 'Must be 4 to 63' },
    { field: 'system.name', code: 'too_long', message: 'At most 32 characters' },
  ]);
  assert.deepEqual(fieldErrors(many), {
    'camera.quality': 'Must be 4 to 63',
    'system.name': 'At most 32 characters',
  });
  assert.deepEqual(fieldErrors(new ApiError(400, 'invalid_settings', 'Bad URL', 'upload.url')), {
    'upload.url': 'Bad URL',
  });
  assert.deepEqual(fieldErrors(new ApiError(0, 'network', 'x')), {});
});

const attempt = (code: string, extra: Partial<UploadAttempt> = {}): UploadAttempt => ({
  uptime_s: 100,
  at: null,
  ok: code === 'ok',
  code,
  message: `camera says ${code}`,
  http_status: null,
  ...extra,
});
const idle: UploadStatus = {
  state: 'waiting',
  problem: null,
  interval_s: 30,
  next_attempt_in_s: 25,
  last_attempt: null,
  last_success: null,
  consecutive_failures: 0,
};

test('upload failures with a known code are explained, others show the camera sentence', () => {
  assert.equal(uploadErrorText(attempt('forbidden')), t.uploadErr.forbidden);
  assert.equal(uploadErrorText(attempt('unexpected_status')), 'camera says unexpected_status');
});

test('the uploader state, last success and last failure read as sentences', () => {
  assert.deepEqual(uploadLines(idle, 500), ['Next upload in 25 s.', t.never, '']);
  const failing = { ...idle, last_success: attempt('ok'), last_attempt: attempt('dns_failure') };
  assert.deepEqual(uploadLines(failing, 220), [
    'Next upload in 25 s.',
    'Last upload: 2 min ago',
    t.uploadErr.dns_failure,
  ]);
  const at = Date.UTC(2026, 0, 15, 12) / 1000;
  const synced = { ...idle, state: 'disabled' as const, last_success: attempt('ok', { at }) };
  assert.deepEqual(uploadLines(synced, 220).slice(0, 2), [
    t.upState.disabled,
    `Last upload: ${new Date(at * 1000).toLocaleString()}`,
  ]);
  const unset = { ...idle, state: 'not_configured' as const, problem: 'No token.' };
  assert.equal(uploadLines(unset, 1)[0], 'Not set up: No token.');
});
