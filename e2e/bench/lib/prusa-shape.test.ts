import assert from 'node:assert/strict';
import { test } from 'node:test';
import { PRUSA_BYTES, padTo, prusaShapedFiles } from './prusa-shape.ts';

const files = prusaShapedFiles();
const size = (path: string) => files.get(path)?.body.length;

test('each fixture file has the raw size the reference gives for its Prusa counterpart', () => {
  assert.equal(size('/'), PRUSA_BYTES.index);
  assert.equal(size('/page_config.html'), PRUSA_BYTES.pageConfig);
  assert.equal(size('/scripts.js'), PRUSA_BYTES.scripts);
  assert.equal(size('/styles.css'), PRUSA_BYTES.styles);
  assert.equal(size('/jquery-3.7.0.min.js'), PRUSA_BYTES.jquery);
  assert.equal(size('/favicon.svg'), Math.round(PRUSA_BYTES.iconsTotal / PRUSA_BYTES.iconFiles));
});

test('every file the shell and the partial reference is served', () => {
  const referenced = (path: string) =>
    [...(files.get(path)?.body.toString() ?? '').matchAll(/(?:src|href)="([^"?]+)/g)].map((m) => `/${m[1]}`);
  const all = [...referenced('/'), ...referenced('/page_config.html')];
  assert.ok(all.length >= 10);
  for (const path of all) assert.ok(files.has(path), `${path} is referenced but not served`);
});

test('only scripts.js goes without a cache header, as in the firmware', () => {
  const uncached = [...files].filter(([, f]) => !f.cacheable).map(([p]) => p);
  assert.deepEqual(uncached, ['/scripts.js']);
});

test('the partial carries the ready marker the benchmark waits for', () => {
  assert.match(files.get('/page_config.html')?.body.toString() ?? '', /<form data-ready>/);
});

test('padding to a size smaller than the skeleton is refused', () => {
  assert.equal(padTo(20, 'a', 'b', '/*', '*/').length, 20);
  assert.throws(() => padTo(3, 'abc', 'd', '/*', '*/'), /over its size of 3 B/);
});
