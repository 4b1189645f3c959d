import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { entryScripts, firstScreenJs, staticImports } from './first-screen.ts';

test('entry scripts are the module scripts and modulepreloads of the shell', () => {
  const html =
    '<link rel="stylesheet" href="./a.css"><link rel="modulepreload" href="./chunks/c.js">' +
    '<script src="./classic.js"></script><script type="module" src="./main-X.js"></script>';
  assert.deepEqual(entryScripts(html), ['./main-X.js', './chunks/c.js']);
});

test('static imports and re-exports count, dynamic imports do not', () => {
  const js =
    'import{a as b}from"./chunks/chunk-A.js";import"./side.js";export{c}from"./re.js";' +
    'const l=()=>import("./chunks/lazy.js");x.import("./no.js")';
  assert.deepEqual(staticImports(js), ['./chunks/chunk-A.js', './side.js', './re.js']);
});

test('the first screen is the closure of static imports from the entry, without lazy chunks', () => {
  const dir = mkdtempSync(join(tmpdir(), 'first-screen-'));
  mkdirSync(join(dir, 'chunks'));
  writeFileSync(join(dir, 'index.html'), '<script type="module" src="./main.js"></script>');
  writeFileSync(join(dir, 'main.js'), 'import{a}from"./chunks/shared.js";import("./chunks/lazy.js")');
  writeFileSync(join(dir, 'chunks', 'shared.js'), 'import{m}from"./more.js";export const a=1');
  writeFileSync(join(dir, 'chunks', 'more.js'), 'import{a}from"./shared.js";export const m=2');
  writeFileSync(join(dir, 'chunks', 'lazy.js'), 'export default 3');
  const names = firstScreenJs(dir).map((f) => f.slice(dir.length + 1));
  assert.deepEqual(names, ['main.js', join('chunks', 'shared.js'), join('chunks', 'more.js')]);
});

test('a bare import a browser cannot resolve is a clear error', () => {
  const dir = mkdtempSync(join(tmpdir(), 'first-screen-'));
  writeFileSync(join(dir, 'index.html'), '<script type="module" src="main.js"></script>');
  writeFileSync(join(dir, 'main.js'), 'import{h}from"preact";');
  assert.throws(() => firstScreenJs(dir), /imports 'preact', which a browser cannot resolve/);
});
