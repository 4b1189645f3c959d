import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { generateSettings, SchemaError, settingsSchemaFile } from './settings.ts';
import { apiSchemaJson } from './settings-render.ts';
import { type SettingsSchema, validateSchema } from './settings-validate.ts';

const out = mkdtempSync(join(tmpdir(), 'printcam-settings-'));
const real = (): SettingsSchema => JSON.parse(readFileSync(settingsSchemaFile, 'utf8'));

/** Runs the generator on a modified copy of the real schema and returns what it threw. */
function generateWith(edit: (s: SettingsSchema) => void): SchemaError | undefined {
  const doc = real();
  edit(doc);
  const file = join(out, 'schema.json');
  writeFileSync(file, JSON.stringify(doc));
  try {
    generateSettings({ schemaFile: file, cppFile: join(out, 'bad.hpp'), tsFile: join(out, 'bad.ts') });
    return undefined;
  } catch (err) {
    assert.ok(err instanceof SchemaError, String(err));
    return err;
  }
}

const setting = (s: SettingsSchema, key: string) => s.settings.find((e) => e.key === key)!;

test('the real schema is valid and covers every group with the settings the Prusa firmware had', () => {
  const s = validateSchema(real());
  const keys = new Set(s.settings.map((e) => e.key));
  for (const k of [
    'camera.frame_size',
    'camera.wb_mode',
    'light.flash_ms',
    'upload.interval_s',
    'upload.token',
  ]) {
    assert.ok(keys.has(k), k);
  }
  for (const g of s.groups)
    assert.ok(
      s.settings.some((e) => e.group === g.id),
      `group ${g.id} is empty`,
    );
  const frameSizes = setting(s, 'camera.frame_size').options!.map((o) => o.value);
  assert.equal(frameSizes.length, 22);
  assert.deepEqual(
    setting(s, 'camera.wb_mode').options!.map((o) => o.value),
    ['auto', 'sunny', 'cloudy', 'office', 'home'],
  );
});

test('the generator writes a C++ table and TypeScript types that agree with the schema', () => {
  const cpp = join(out, 'settings_schema.hpp');
  const ts = join(out, 'settings.ts');
  const s = generateSettings({ cppFile: cpp, tsFile: ts });
  const header = readFileSync(cpp, 'utf8');
  const rows = header.split('\n').filter((l) => l.trimStart().startsWith('{"'));
  assert.equal(rows.length, s.settings.length);
  assert.match(header, new RegExp(`kSettingsSchemaVersion = ${s.version};`));
  assert.match(
    header,
    /\{"upload\.interval_s", settings::Type::kInt, 10, 240, 1, 30, \{\}, nullptr, 0, 0, 0, false, settings::Format::kNone, false, false, 1\}/,
  );
  assert.match(
    header,
    /\{"upload\.token", settings::Type::kString, .*, 20, 20, true, settings::Format::kAlnum, true,/,
  );
  // The served schema is embedded byte for byte, so the firmware does no work to answer it.
  assert.ok(header.includes(`(${apiSchemaJson(s)})`));
  const types = readFileSync(ts, 'utf8');
  assert.match(types, /'camera\.wb_mode': 'auto' \| 'sunny' \| 'cloudy' \| 'office' \| 'home';/);
  assert.match(types, /'upload\.interval_s': number;/);
  assert.match(types, /export type SecretSettingKey = .*'security\.admin_password'/);
});

test('the served schema has no comments and keeps every field the UI needs', () => {
  const api = JSON.parse(apiSchemaJson(validateSchema(real())));
  assert.deepEqual(Object.keys(api), ['version', 'groups', 'settings']);
  const token = api.settings.find((e: { key: string }) => e.key === 'upload.token');
  assert.equal(token.secret, true);
  assert.equal(token.format, 'alnum');
});

test('a duplicate key fails the build naming the key', () => {
  const err = generateWith((s) => s.settings.push({ ...s.settings[0] }));
  assert.match(err?.message ?? '', /camera\.frame_size: duplicate key/);
});

test('an int default outside its range or off its step fails the build', () => {
  assert.match(
    generateWith((s) => {
      setting(s, 'upload.interval_s').default = 5;
    })?.message ?? '',
    /upload\.interval_s: default must be a whole number in 10\.\.240/,
  );
  assert.match(
    generateWith((s) => {
      setting(s, 'light.flash_ms').default = 75;
    })?.message ?? '',
    /light\.flash_ms: default 75 is not on a step of 50 from 50/,
  );
});

test('an enum default that is not an option fails the build', () => {
  const err = generateWith((s) => {
    setting(s, 'camera.wb_mode').default = 'tungsten';
  });
  assert.match(err?.message ?? '', /camera\.wb_mode: default "tungsten" is not among the options/);
});

test('fields of another type, unknown formats and bad groups are all reported at once', () => {
  const err = generateWith((s) => {
    Object.assign(setting(s, 'camera.hmirror'), { min: 0 });
    Object.assign(setting(s, 'system.name'), { format: 'email' });
    setting(s, 'light.mode').group = 'lamp';
  });
  const msg = err?.message ?? '';
  assert.match(msg, /camera\.hmirror: field "min" is not valid on bool/);
  assert.match(msg, /system\.name: format must be one of/);
  assert.match(msg, /light\.mode: group "lamp" is not in groups/);
});

test('a string default longer than maxLength and a secret with a default both fail', () => {
  const err = generateWith((s) => {
    setting(s, 'network.hostname').default = 'x'.repeat(40);
    setting(s, 'upload.token').default = 'abcdefghijabcdefghij';
  });
  assert.match(err?.message ?? '', /network\.hostname: default is not 1\.\.32 bytes long/);
  assert.match(err?.message ?? '', /upload\.token: a secret must default to empty/);
});

test('a since newer than the schema version fails, and malformed JSON is reported with the file', () => {
  assert.match(
    generateWith((s) => {
      setting(s, 'system.name').since = s.version + 1;
    })?.message ?? '',
    /system\.name: since must be 1\.\./,
  );
  const file = join(out, 'broken.json');
  writeFileSync(file, '{"version": 1,');
  assert.throws(
    () => generateSettings({ schemaFile: file }),
    (e) => e instanceof SchemaError && /broken\.json/.test(e.message),
  );
});
