// The firmware's Catch2 tests must build and run fully with Catch2 v2 (Debian 12, Ubuntu 22.04) and
// v3 (Debian 13, Ubuntu 24.04); these checks catch, on either, what would break only the other.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { test } from 'node:test';
import { paths } from './lib/paths.ts';

/** TEST_CASE("name" …) and TEST_CASE_METHOD(Fixture, "name" …): the name is the first string. */
const TEST_CASE_NAME = /\bTEST_CASE(?:_METHOD)?\s*\((?:\s*\w+\s*,)?\s*"((?:[^"\\]|\\.)*)"/g;

/** Files under `dir` whose names end with one of `suffixes`. */
function sources(dir: string, suffixes: string[]): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path, suffixes);
    return suffixes.some((suffix) => entry.name.endsWith(suffix)) ? [path] : [];
  });
}

function testCaseNames(source: string): string[] {
  return [...source.matchAll(TEST_CASE_NAME)].map((m) => m[1] ?? '');
}

test('test case names are read from TEST_CASE and TEST_CASE_METHOD', () => {
  const source = 'TEST_CASE("A; b") {}\nTEST_CASE_METHOD(Fixture, "C \\"d\\"") {}\n';
  assert.deepEqual(testCaseNames(source), ['A; b', 'C \\"d\\"']);
});

// Catch2 v2's catch_discover_tests keeps the discovered names in a CMake list, so a ';' splits a
// name into parts that match no test case: ctest reports them passed and the test never runs.
test("no firmware test case name contains ';' (Catch2 v2's ctest discovery would never run it)", () => {
  const files = sources(join(paths.firmware, 'test', 'unit'), ['_test.cpp']);
  assert.ok(files.length > 0, 'no *_test.cpp found under firmware/test/unit');
  const bad = files.flatMap((file) =>
    testCaseNames(readFileSync(file, 'utf8'))
      .filter((name) => name.includes(';'))
      .map((name) => `${relative(paths.root, file)}: ${name}`),
  );
  assert.deepEqual(bad, []);
});

// <catch2/catch.hpp> exists only in v2 and <catch2/catch_all.hpp> only in v3: tests include
// catch2_compat.hpp, which picks the one present. unit/main.cpp is v2's main() and v2-only.
test('firmware tests include catch2_compat.hpp, never a Catch2 header directly', () => {
  const allowed = new Set(['firmware/test/catch2_compat.hpp', 'firmware/test/unit/main.cpp']);
  const bad = sources(join(paths.firmware, 'test'), ['.cpp', '.hpp'])
    .map((file) => relative(paths.root, file))
    .filter((file) => !allowed.has(file))
    .filter((file) => /#\s*include\s*<catch2\//.test(readFileSync(join(paths.root, file), 'utf8')));
  assert.deepEqual(bad, []);
});
