// ctest registers each Catch2 TEST_CASE by name through CMake, where ';' separates list items: a
// name with one becomes two fragments that match no test and "pass" without running anything.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { paths } from './lib/paths.ts';

function cppFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? cppFiles(join(dir, e.name)) : e.name.endsWith('.cpp') ? [join(dir, e.name)] : [],
  );
}

test('no firmware test name holds a semicolon, which would split it in ctest', () => {
  const offenders = cppFiles(join(paths.firmware, 'test')).flatMap((file) =>
    [...readFileSync(file, 'utf8').matchAll(/TEST_CASE\(\s*"((?:[^"\\]|\\.)*)"/g)]
      .map((m) => m[1])
      .filter((name) => name.includes(';'))
      .map((name) => `${file}: ${name}`),
  );
  assert.deepEqual(offenders, []);
});
