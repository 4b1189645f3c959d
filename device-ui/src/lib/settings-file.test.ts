import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Schema } from '../api/types.ts';
import { exportSettings, parseImport } from './settings-file.ts';

const schema: Schema = {
  version: 3,
  groups: [{ id: 'system', label: 'System' }],
  settings: [
    { key: 'system.name', type: 'string', group: 'system', label: 'Name', default: '' },
    { key: 'upload.token', type: 'string', group: 'upload', label: 'Token', default: '', secret: true },
    { key: 'upload.interval_s', type: 'int', group: 'upload', label: 'Every', default: 10 },
  ],
};

test('an export holds every readable setting and no secret', () => {
  const doc = exportSettings(schema, { 'system.name': 'desk', 'upload.token': { set: true } }, 'desk');
  assert.deepEqual(doc, {
    kind: 'printcam-settings',
    schema: 3,
    camera: 'desk',
    values: { 'system.name': 'desk' },
  });
});

test('an import round-trips an export and drops unknown keys and non-scalar values', () => {
  const doc = exportSettings(schema, { 'system.name': 'desk', 'upload.interval_s': 30 }, 'desk');
  const text = JSON.stringify({
    ...doc,
    values: { ...doc.values, 'old.key': 1, 'upload.token': { set: true } },
  });
  assert.deepEqual(parseImport(text, schema), { 'system.name': 'desk', 'upload.interval_s': 30 });
});

test('text that is not a settings export is refused', () => {
  assert.equal(parseImport('not json', schema), null);
  assert.equal(parseImport('{"values":{}}', schema), null);
  assert.equal(parseImport('{"kind":"printcam-settings"}', schema), null);
  assert.equal(parseImport('null', schema), null);
});
