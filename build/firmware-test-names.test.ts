// Catch2 v2's catch_discover_tests (Debian 12, Ubuntu 22.04) keeps the discovered names in a CMake
// list, so a ';' in a TEST_CASE name splits it into parts that match no test case: ctest then
// reports them passed while the test never ran. v3 is not affected, but the suite must run fully
// on both.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { test } from 'node:test';
import { paths } from './lib/paths.ts';

/** TEST_CASE("name" …) and TEST_CASE_METHOD(Fixture, "name" …): the name is the first string. */
const TEST_CASE_NAME = /\bTEST_CASE(?:_METHOD)?\s*\((?:\s*\w+\s*,)?\s*"((?:[^"\\]|\\.)*)"/g;

function testSources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return testSources(path);
    return entry.name.endsWith('_test.cpp') ? [path] : [];
  });
}

function testCaseNames(source: string): string[] {
  return [...source.matchAll(TEST_CASE_NAME)].map((m) => m[1] ?? '');
}

test('test case names are read from TEST_CASE and TEST_CASE_METHOD', () => {
  const source = 'TEST_CASE("A; b") {}\nTEST_CASE_METHOD(Fixture, "C \\"d\\"") {}\n';
  assert.deepEqual(testCaseNames(source), ['A; b', 'C \\"d\\"']);
});

test("no firmware test case name contains ';' (Catch2 v2's ctest discovery would never run it)", () => {
  const sources = testSources(join(paths.firmware, 'test', 'unit'));
  assert.ok(sources.length > 0, 'no *_test.cpp found under firmware/test/unit');
  const bad = sources.flatMap((file) =>
    testCaseNames(readFileSync(file, 'utf8'))
      .filter((name) => name.includes(';'))
      .map((name) => `${relative(paths.root, file)}: ${name}`),
  );
  assert.deepEqual(bad, []);
});
