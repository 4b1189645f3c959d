import assert from 'node:assert/strict';
import { test } from 'node:test';
import { lighthouseFigures } from './lighthouse.ts';

const audits = {
  'largest-contentful-paint': { numericValue: 1076.1 },
  'total-blocking-time': { numericValue: 3.5 },
};

test('the score is read as 0–100 beside LCP and total blocking time', () => {
  assert.deepEqual(lighthouseFigures({ categories: { performance: { score: 0.99 } }, audits }), {
    score: 99,
    lcpMs: 1076.1,
    tbtMs: 3.5,
  });
});

test('a run that failed, or a result without a score, is a clear error', () => {
  assert.throws(
    () => lighthouseFigures({ runtimeError: { code: 'NO_FCP', message: 'no paint' }, audits }),
    /Lighthouse: NO_FCP: no paint/,
  );
  assert.throws(
    () => lighthouseFigures({ categories: { performance: { score: null } }, audits }),
    /no performance score/,
  );
  assert.throws(
    () => lighthouseFigures({ categories: { performance: { score: 1 } }, audits: {} }),
    /no largest-contentful-paint/,
  );
});
