import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { injectManifest, precacheEntries } from './pwa-sw.ts';

test('hashed files get no revision, others a content hash; maps and the worker are left out', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pwa-sw-'));
  writeFileSync(join(dir, 'index.html'), 'a');
  const files = ['index.html', 'main-ABCD1234.js', 'main-ABCD1234.js.map', 'sw.js'];
  const entries = precacheEntries(dir, files);
  assert.deepEqual(
    entries.map((e) => e.url),
    ['index.html', 'main-ABCD1234.js'],
  );
  assert.equal(entries[1].revision, null);
  assert.match(entries[0].revision ?? '', /^[0-9a-f]{16}$/);
  writeFileSync(join(dir, 'index.html'), 'b');
  assert.notEqual(precacheEntries(dir, files)[0].revision, entries[0].revision, 'new content, new revision');
});

test('the manifest replaces the placeholder, which must appear exactly once', () => {
  const list = [{ url: 'index.html', revision: '1' }];
  assert.equal(injectManifest('x(self.__WB_MANIFEST);', list), 'x([{"url":"index.html","revision":"1"}]);');
  assert.throws(() => injectManifest('x();', list), /exactly once/);
  assert.throws(() => injectManifest('self.__WB_MANIFEST;self.__WB_MANIFEST', list), /exactly once/);
});
