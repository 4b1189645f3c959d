// Provisioning against a simulated camera console (Improv Serial + text commands) on a fake port,
// with the real improv-wifi-serial-sdk client.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ImprovDevice } from '../../../../e2e/fixtures/flasher/improv-device.ts';
import { type CameraDetails, type ProvisionState, runProvision } from './provision.ts';

const details = (over: Partial<CameraDetails> = {}): CameraDetails => ({
  ssid: 'Workshop',
  password: 'correct horse',
  token: 'abcdefghij0123456789',
  name: 'Desk "MK4" cam',
  adminPassword: 'hunter22!',
  ...over,
});

test('Wi-Fi by Improv, then token, name and admin password by console, then the AP password', {
  timeout: 20_000,
}, async () => {
  const device = new ImprovDevice({
    ssid: 'Workshop',
    password: 'correct horse',
    url: 'http://192.168.1.77/',
    apPassword: 'ap-pass-1',
  });
  const events: ProvisionState[] = [];
  let offered: string[] = [];
  const final = await runProvision({
    port: device,
    ask: async (networks) => {
      offered = networks.map((n) => n.name);
      return details();
    },
    onEvent: (s) => events.push(s),
    signal: new AbortController().signal,
  });
  assert.deepEqual(final, {
    step: 'provisioned',
    url: 'http://192.168.1.77/',
    name: 'Desk "MK4" cam',
    apSsid: 'printcam-5E0001',
    apPassword: 'ap-pass-1',
  });
  assert.deepEqual(offered.sort(), ['Cafe Guest', 'Workshop']);
  assert.equal(device.settings.get('upload.token'), 'abcdefghij0123456789');
  assert.equal(device.settings.get('system.name'), 'Desk "MK4" cam');
  assert.equal(device.settings.get('security.admin_password'), 'hunter22!');
  assert.deepEqual(
    [...new Set(events.map((e) => e.step))],
    ['detecting', 'asking', 'joining', 'configuring', 'provisioned'],
  );
  assert.equal(device.readable, null, 'the port is closed afterwards');
});

test('a wrong Wi-Fi password asks again with a reason, and the second answer goes through', {
  timeout: 20_000,
}, async () => {
  const device = new ImprovDevice({ ssid: 'Workshop', password: 'correct horse', url: 'http://10.0.0.9/' });
  const reasons: (string | undefined)[] = [];
  const final = await runProvision({
    port: device,
    ask: async (_n, retry) => {
      reasons.push(retry);
      return details({ password: reasons.length === 1 ? 'wrong' : 'correct horse' });
    },
    onEvent: () => {},
    signal: new AbortController().signal,
  });
  assert.equal(final.step, 'provisioned');
  assert.equal(reasons[0], undefined);
  assert.match(reasons[1] ?? '', /could not join Workshop/);
});
