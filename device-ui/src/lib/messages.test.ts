import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ApiError } from '../api/errors.ts';
import { t } from '../i18n/index.ts';
import { errorText, fieldErrors, uploadErrorText } from './messages.ts';

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

test('upload errors with a known code are explained, others show the camera message or code', () => {
  assert.equal(uploadErrorText({ code: 'http_401' }), t.uploadErr.http_401);
  assert.equal(uploadErrorText({ code: 'http_500', message: 'Server error 500' }), 'Server error 500');
  assert.equal(uploadErrorText({ code: 'weird' }), 'weird');
});
