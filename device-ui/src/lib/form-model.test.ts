import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Schema } from '../api/types.ts';
import { coerce, diff, groupsOf, initialForm, needsReboot, secretSet } from './form-model.ts';

const schema: Schema = {
  version: 1,
  groups: [
    { id: 'camera', label: 'Camera' },
    { id: 'light', label: 'Light' },
    { id: 'upload', label: 'Upload' },
  ],
  settings: [
    { key: 'upload.token', type: 'string', group: 'upload', label: 'Token', default: '', secret: true },
    { key: 'camera.quality', type: 'int', group: 'camera', label: 'Quality', default: 12, min: 4, max: 63 },
    {
      key: 'camera.frame_size',
      type: 'enum',
      group: 'camera',
      label: 'Resolution',
      default: 'SVGA',
      options: [
        { value: 'VGA', label: '640×480' },
        { value: 'SVGA', label: '800×600' },
      ],
      reboot: true,
    },
    { key: 'upload.enabled', type: 'bool', group: 'upload', label: 'Upload', default: true },
  ],
};

test('groups follow the schema order, keep field order and drop groups with no fields', () => {
  const g = groupsOf(schema);
  assert.deepEqual(
    g.map((x) => x.id),
    ['camera', 'upload'],
  );
  assert.deepEqual(
    g[0].fields.map((f) => f.key),
    ['camera.quality', 'camera.frame_size'],
  );
});

test('the form starts from camera values, falls back to defaults, and leaves secrets empty', () => {
  const f = initialForm(schema, { 'camera.quality': 20, 'upload.token': { set: true } });
  assert.deepEqual(f, {
    'upload.token': '',
    'camera.quality': 20,
    'camera.frame_size': 'SVGA',
    'upload.enabled': true,
  });
  assert.equal(secretSet({ 'upload.token': { set: true } }, 'upload.token'), true);
  assert.equal(secretSet({ 'upload.token': { set: false } }, 'upload.token'), false);
});

test('input text becomes the setting type, and text that is not a number is kept as typed', () => {
  const [token, quality, size, enabled] = schema.settings;
  assert.equal(coerce(quality, '30'), 30);
  assert.equal(coerce(quality, '-3'), -3);
  assert.equal(coerce(quality, '3.5'), '3.5');
  assert.equal(coerce(quality, ''), '');
  assert.equal(coerce(size, 'VGA'), 'VGA');
  assert.equal(coerce(enabled, false), false);
  assert.equal(coerce(token, 'abc'), 'abc');
});

test('the diff holds only changed values and secrets that were typed', () => {
  const base = initialForm(schema, { 'camera.quality': 12 });
  assert.deepEqual(diff(schema, base, base), {});
  const form = { ...base, 'camera.quality': 30, 'upload.token': 's3cret' };
  assert.deepEqual(diff(schema, base, form), { 'camera.quality': 30, 'upload.token': 's3cret' });
});

test('a restart is needed only when a changed setting says so', () => {
  assert.equal(needsReboot(schema, { 'camera.quality': 1 }), false);
  assert.equal(needsReboot(schema, { 'camera.frame_size': 'VGA' }), true);
});
