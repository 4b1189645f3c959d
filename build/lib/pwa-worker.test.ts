import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { buildPwa } from './pwa.ts';

test('the wall tiles’ worker is built under a hashed name the app knows, and precached', async () => {
  const out = mkdtempSync(join(tmpdir(), 'printcam-pwa-'));
  await buildPwa({ outDir: out, base: '/printcam/' });
  const worker = readdirSync(out).find((f) => /^tile-worker-[A-Z0-9]{8}\.js$/.test(f));
  assert.ok(worker, 'a hashed worker script at the top of the site');
  const source = readFileSync(join(out, worker), 'utf8');
  assert.doesNotMatch(source, /^\s*(import|export)\b/m, 'a classic script: it starts without module support');
  const chunks = readdirSync(join(out, 'chunks')).map((f) => readFileSync(join(out, 'chunks', f), 'utf8'));
  assert.ok(
    chunks.some((c) => c.includes(JSON.stringify(worker))),
    'the wall starts the worker by that name',
  );
  assert.match(readFileSync(join(out, 'sw.js'), 'utf8'), new RegExp(`"url":"${worker.replace('.', '\\.')}"`));
});
