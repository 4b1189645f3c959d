import assert from 'node:assert/strict';
import { test } from 'node:test';
import { describeHealth, describeSignal } from './health.ts';

const info = {
  api: 1,
  firmware: { name: 'printcam', version: '0.4.0', build: 'x' },
  board: { id: 'esp32cam', name: 'ESP32-CAM' },
  name: 'cam',
  hostname: 'cam',
};
const wifi = (rssi: number) => ({ mode: 'sta', connected: true, rssi });

test('an online camera shows version, upload health and signal', () => {
  const h = describeHealth(
    { kind: 'printcam', info },
    {
      uptime_s: 1,
      wifi: wifi(-67),
      upload: {
        state: 'waiting',
        problem: null,
        interval_s: 30,
        next_attempt_in_s: 12,
        last_attempt: {
          uptime_s: 1,
          at: null,
          ok: false,
          code: 'unauthorized',
          message: 'Connect answered 401',
          http_status: 401,
        },
        last_success: null,
        consecutive_failures: 1,
      },
    },
  );
  assert.deepEqual(h, {
    online: true,
    state: 'online',
    version: '0.4.0',
    upload: 'upload failing: Connect answered 401',
    signal: 'signal fair (-67 dBm)',
  });
});

test('a camera without status still shows as online with its version', () => {
  const h = describeHealth({ kind: 'printcam', info });
  assert.equal(h.state, 'online');
  assert.equal(h.upload, undefined);
});

test('unreachable, foreign and older cameras each say so', () => {
  assert.equal(describeHealth({ kind: 'unreachable', reason: 'no-answer' }).state, 'offline');
  assert.equal(describeHealth({ kind: 'unreachable', reason: 'offline' }).state, 'this device is offline');
  assert.equal(describeHealth({ kind: 'not-printcam', detail: '' }).online, false);
  assert.equal(describeHealth({ kind: 'old-firmware' }).state, 'online, older firmware');
});

test('signal bands', () => {
  assert.equal(describeSignal(-50), 'signal good (-50 dBm)');
  assert.equal(describeSignal(-79), 'signal weak (-79 dBm)');
  assert.equal(describeSignal(-90), 'signal poor (-90 dBm)');
});
