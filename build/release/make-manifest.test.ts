import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { loadBoardTable } from '../codegen/board-data.ts';
import { type Schema, validate } from './json-schema.ts';
import { makeManifest, manifestSchemaFile } from './make-manifest.ts';

const schema = JSON.parse(readFileSync(manifestSchemaFile, 'utf8')) as Schema;

/** Dummy images: an app image starts with the ESP image magic; the rest is arbitrary. */
function dummyImages(dir: string, board: string, appSize = 4096) {
  const factory = join(dir, `printcam-${board}-factory.bin`);
  const app = join(dir, `printcam-${board}-app.bin`);
  writeFileSync(factory, Buffer.alloc(8192, 0xff));
  const appBytes = Buffer.alloc(appSize, 0x5a);
  appBytes[0] = 0xe9;
  writeFileSync(app, appBytes);
  return { factory, app, out: join(dir, `printcam-${board}.manifest.json`) };
}

test('a dry run on dummy images gives every board a manifest its schema and ESP Web Tools accept', () => {
  const dir = mkdtempSync(join(tmpdir(), 'printcam-manifest-'));
  for (const board of loadBoardTable().boards) {
    const files = dummyImages(dir, board.id);
    execFileSync('npx', [
      'tsx',
      'build/release/make-manifest.ts',
      '--board',
      board.id,
      '--version',
      '1.2.3',
      '--factory',
      files.factory,
      '--app',
      files.app,
      '--out',
      files.out,
    ]);
    const manifest = JSON.parse(readFileSync(files.out, 'utf8'));
    assert.deepEqual(validate(schema, manifest), [], board.id);
    // ESP Web Tools' own shape (browser-flashing.md §3.1): chipFamily and parts[{path, offset}].
    const [build] = manifest.builds;
    assert.equal(build.chipFamily, board.chip === 'esp32' ? 'ESP32' : 'ESP32-S3');
    assert.deepEqual(
      build.parts.map((p: { offset: number }) => p.offset),
      [0],
    );
    assert.equal(build.parts[0].path, `printcam-${board.id}-factory.bin`);
    assert.equal(build.app.offset, 0x10000);
    assert.equal(build.app.sha256, createHash('sha256').update(readFileSync(files.app)).digest('hex'));
    assert.equal(build.app.size, 4096);
    assert.equal(manifest.board, board.id);
  }
});

test('an app image without the ESP magic, or over the budget, is refused and nothing is written', () => {
  const dir = mkdtempSync(join(tmpdir(), 'printcam-manifest-'));
  const files = dummyImages(dir, 'ai-thinker-esp32-cam');
  writeFileSync(files.app, Buffer.alloc(100, 0));
  const input = { board: 'ai-thinker-esp32-cam', version: '1.2.3', ...files };
  assert.throws(() => makeManifest(input), /not an ESP app image/);
  const big = dummyImages(dir, 'esp32-s3-eye', 0x1c0001);
  assert.throws(
    () => makeManifest({ board: 'esp32-s3-eye', version: '1.2.3', ...big }),
    /over the .* budget/,
  );
  assert.throws(() => readFileSync(files.out));
});

test('the schema validator reports a manifest with a bad hash, a missing app and an unknown chip', () => {
  const bad = {
    name: 'x',
    version: '1.0.0',
    board: 'b',
    boardName: 'B',
    new_install_prompt_erase: true,
    builds: [{ chipFamily: 'ESP8266', parts: [{ path: 'f.bin', offset: 0, sha256: 'nope', size: 1 }] }],
  };
  const errors = validate(schema, bad).join('\n');
  assert.match(errors, /\/builds\/0: missing required "app"/);
  assert.match(errors, /\/builds\/0\/chipFamily: must be one of "ESP32", "ESP32-S3"/);
  assert.match(errors, /\/builds\/0\/parts\/0\/sha256: does not match/);
  assert.match(validate(schema, { ...bad, extra: 1 }).join('\n'), /unexpected "extra"/);
});
