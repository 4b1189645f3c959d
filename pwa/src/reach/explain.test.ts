import assert from 'node:assert/strict';
import { test } from 'node:test';
import { explainOutcome } from './explain.ts';
import type { ProbeOutcome } from './probe.ts';

const explain = (o: ProbeOutcome, reach: Parameters<typeof explainOutcome>[2] = 'lna') =>
  explainOutcome(o, 'http://10.0.0.5', reach);

test('every outcome other than success offers at least one next step', () => {
  const outcomes: ProbeOutcome[] = [
    { kind: 'needs-login' },
    { kind: 'old-firmware' },
    { kind: 'not-printcam', detail: 'x' },
    ...(['offline', 'lna-denied', 'mixed-content', 'no-answer', 'timeout'] as const).map(
      (reason): ProbeOutcome => ({ kind: 'unreachable', reason }),
    ),
  ];
  for (const o of outcomes) {
    const e = explain(o);
    assert.ok(e.steps.length > 0, `${o.kind} has a next step`);
    assert.ok(e.text.length > 20, `${o.kind} explains itself`);
  }
});

test('the mixed-content explanation names the browser and offers the camera’s own page', () => {
  const e = explain({ kind: 'unreachable', reason: 'mixed-content' }, 'webkit');
  assert.match(e.text, /iPhone/);
  assert.ok(e.steps.includes('open-camera'));
  assert.match(explain({ kind: 'unreachable', reason: 'mixed-content' }, 'firefox').text, /Firefox/);
});

test('older firmware shows its version when known', () => {
  assert.match(explain({ kind: 'old-firmware', api: 0, version: '0.1.0' }).text, /0\.1\.0, API 0/);
});

test('a camera that was not reached is named by its address', () => {
  assert.equal(explain({ kind: 'unreachable', reason: 'no-answer' }).title, 'Nothing answered at 10.0.0.5');
});
