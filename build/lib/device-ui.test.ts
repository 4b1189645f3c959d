import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { BudgetError, buildDeviceUi, DEVICE_UI_BUDGET_BYTES } from './device-ui.ts';

const out = mkdtempSync(join(tmpdir(), 'printcam-ui-'));

test('the device UI builds into one gzipped document and a C++ header within the budget', async () => {
  const r = await buildDeviceUi({ outDir: out, headerFile: join(out, 'ui_asset.hpp') });
  assert.ok(r.gz.length <= DEVICE_UI_BUDGET_BYTES);
  const html = new TextDecoder().decode(r.html);
  assert.match(html, /^<!doctype html>/);
  assert.doesNotMatch(html, /<script[^>]+src=|<link[^>]+stylesheet/, 'no external script or stylesheet');
  const header = readFileSync(join(out, 'ui_asset.hpp'), 'utf8');
  assert.match(header, new RegExp(`kUiIndexSize = ${r.gz.length};`));
  assert.match(header, /kUiIndexEtag\[\] = "\\"[0-9a-f]{20}\\"";/);
});

test('a device UI over its gzip budget fails the build, naming the budget and the size', async () => {
  // Random text does not compress, so this entry is far over a 1 KB budget.
  const entry = join(out, 'big.ts');
  const noise = Array.from({ length: 4000 }, () => Math.random().toString(36).slice(2)).join('');
  writeFileSync(entry, `document.body.textContent = ${JSON.stringify(noise)};`);
  const header = join(out, 'over.hpp');
  await assert.rejects(
    buildDeviceUi({ entry, budgetBytes: 1024, outDir: join(out, 'over'), headerFile: header }),
    (err) => {
      assert.ok(err instanceof BudgetError);
      assert.match(err.message, /over its budget of 1,024 bytes/);
      assert.match(err.message, /device UI is [\d,]+ gzip bytes/);
      return true;
    },
  );
  assert.throws(() => readFileSync(header), 'nothing is written when over budget');
});
