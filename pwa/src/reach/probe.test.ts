import assert from 'node:assert/strict';
import { test } from 'node:test';
import { classifyProbe, type ProbeContext, type ProbeObservation } from './probe.ts';

const ctx: ProbeContext = { online: true, reach: 'lna', mixedContent: false, lna: 'unsupported' };
const answer = (body: unknown): ProbeObservation => ({ type: 'info', body });
const error = (status: number, printcamError: boolean): ProbeObservation => ({
  type: 'error',
  status,
  printcamError,
});
const info = { api: 1, firmware: { name: 'printcam', version: '0.3.0' }, name: 'cam' };

test('a camera answering /api/info with a supported API is a printcam camera', () => {
  const r = classifyProbe(answer(info), ctx);
  assert.equal(r.kind, 'printcam');
  assert.equal(r.kind === 'printcam' && r.info.firmware.version, '0.3.0');
});

test('an API version below the minimum is older firmware, with its version', () => {
  assert.deepEqual(classifyProbe(answer({ ...info, api: 0 }), ctx), {
    kind: 'old-firmware',
    api: 0,
    version: '0.3.0',
  });
});

test('a printcam error body for /api/info means firmware from before the API', () => {
  assert.deepEqual(classifyProbe(error(404, true), ctx), { kind: 'old-firmware' });
});

test('a printcam 401 asks for the password', () => {
  const r = classifyProbe(error(401, true), ctx);
  assert.equal(r.kind, 'needs-login');
});

test('another web server is recognised as not printcam and says what it sent', () => {
  const html = classifyProbe(answer(null), ctx);
  assert.deepEqual(html, { kind: 'not-printcam', detail: 'it answered without camera information' });
  const plain404 = classifyProbe(error(404, false), ctx);
  assert.equal(plain404.kind, 'not-printcam');
  assert.match(plain404.kind === 'not-printcam' ? plain404.detail : '', /answered 404/);
  assert.equal(classifyProbe(error(401, false), ctx).kind, 'not-printcam');
  assert.equal(classifyProbe(answer({ api: 'x' }), ctx).kind, 'not-printcam');
});

test('a server that answers only without CORS is not a printcam API', () => {
  const r = classifyProbe({ type: 'failed', answersWithoutCors: true }, ctx);
  assert.equal(r.kind, 'not-printcam');
});

test('a failure is explained by the most specific known cause', () => {
  const failed: ProbeObservation = { type: 'failed', answersWithoutCors: false };
  const reason = (c: Partial<ProbeContext>) => {
    const r = classifyProbe(failed, { ...ctx, ...c });
    return r.kind === 'unreachable' ? r.reason : r.kind;
  };
  assert.equal(reason({ online: false }), 'offline');
  assert.equal(reason({ lna: 'denied', mixedContent: true }), 'lna-denied');
  assert.equal(reason({ mixedContent: true, reach: 'webkit' }), 'mixed-content');
  assert.equal(reason({ mixedContent: true, reach: 'firefox' }), 'mixed-content');
  assert.equal(reason({ mixedContent: true, reach: 'lna', lna: 'granted' }), 'no-answer');
  assert.equal(reason({}), 'no-answer');
});

test('a timeout is a timeout unless the device is offline', () => {
  assert.deepEqual(classifyProbe({ type: 'timeout' }, ctx), { kind: 'unreachable', reason: 'timeout' });
  assert.deepEqual(classifyProbe({ type: 'timeout' }, { ...ctx, online: false }), {
    kind: 'unreachable',
    reason: 'offline',
  });
});
