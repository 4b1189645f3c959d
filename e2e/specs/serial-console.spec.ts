// The serial console end to end: the simulated camera's pty driven by the real
// improv-wifi-serial-sdk (as the PWA will after flashing), and the same flow by text commands.
import { test as base, expect } from '@playwright/test';
import { loadImprovSerial } from '../fixtures/improv-sdk.ts';
import { LineReader, openPtySerialPort, type PtySerialPort } from '../fixtures/pty-serial-port.ts';
import { type SimCamera, startSimCamera } from '../fixtures/sim-camera.ts';

const SSID = 'Printer Room';
const PASSWORD = 'correct horse 42';

/** The SDK's default detection wait is 1 s; a loaded test machine may need longer. */
const DETECT_TIMEOUT_MS = 10_000;

const test = base.extend<{ camera: SimCamera; port: PtySerialPort }>({
  // biome-ignore lint/correctness/noEmptyPattern: Playwright requires an object pattern here.
  camera: async ({}, use) => {
    const camera = await startSimCamera({
      extraArgs: ['--serial', 'pty', '--wifi-ssid', SSID, '--wifi-password', PASSWORD],
    });
    await use(camera);
    await camera.stop();
  },
  port: async ({ camera }, use) => {
    if (!camera.serialPath) throw new Error('the camera did not print its serial path');
    const port = await openPtySerialPort(camera.serialPath);
    await use(port);
    await port.close();
  },
});

// No browser is involved: the desktop project's run is enough (the phone project is mobile).
test.skip(({ isMobile }) => isMobile, 'runs once, in the desktop project');

const quiet = { log() {}, debug() {}, error() {} };

test('Improv: the SDK detects the camera, scans, provisions, and gets the camera URL', async ({
  camera,
  port,
}) => {
  const ImprovSerial = await loadImprovSerial();
  const improv = new ImprovSerial(port, quiet);
  const info = await improv.initialize(DETECT_TIMEOUT_MS);
  expect(info).toMatchObject({ firmware: 'printcam', chipFamily: 'host (simulated)', name: 'printcam' });
  expect(improv.state).toBe(2); // READY

  const networks = await improv.scan();
  expect(networks.map((n) => n.name)).toContain(SSID);
  expect(networks.find((n) => n.name === SSID)).toMatchObject({ secured: true });

  await expect(improv.provision(SSID, 'wrong password')).rejects.toBe('UNABLE_TO_CONNECT');
  await improv.provision(SSID, PASSWORD);
  expect(improv.state).toBe(4); // PROVISIONED
  expect(improv.nextUrl).toBe(`${camera.url}`);

  // A client that connects later learns the URL from the current state.
  await improv.requestCurrentState();
  expect(improv.nextUrl).toBe(camera.url);
  await improv.close();
});

test('Text: the same flow by commands, then the PWA-side settings and the AP credentials', async ({
  camera,
  port,
}) => {
  const writer = port.writable.getWriter();
  const lines = new LineReader(port.readable);
  const say = (line: string) => writer.write(new TextEncoder().encode(`${line}\n`));

  await say('scan');
  const scan = JSON.parse((await lines.next('ok scan ')).slice('ok scan '.length));
  expect(scan.networks.map((n: { ssid: string }) => n.ssid)).toContain(SSID);

  await say(`wifi "${SSID}" "nope nope"`);
  expect(await lines.next('')).toBe('err wifi unable_to_connect wrong password');
  await say(`wifi "${SSID}" "${PASSWORD}"`);
  const joined = JSON.parse((await lines.next('ok wifi ')).slice('ok wifi '.length));
  expect(joined.url).toBe(camera.url);

  await say('set upload.token=abc123def');
  expect(await lines.next('')).toBe('ok set');
  await say('set system.name="Printer 1 cam"');
  expect(await lines.next('')).toBe('ok set');
  await say('set security.admin_password=hunter2hunter2');
  expect(await lines.next('')).toBe('ok set');
  await say('get upload.token');
  expect(await lines.next('')).toBe('ok get {"set":true}');
  await say('get system.name');
  expect(await lines.next('')).toBe('ok get "Printer 1 cam"');
  await say('set nope=1');
  expect(await lines.next('')).toMatch(/^err set unknown_key /);

  await say('ap');
  const ap = JSON.parse((await lines.next('ok ap ')).slice('ok ap '.length));
  expect(ap.ssid).toMatch(/^printcam-[0-9a-f]{6}$/);
  expect(ap.password).toMatch(/^[2-9a-km-np-z]{12}$/);

  await say('status');
  const status = JSON.parse((await lines.next('ok status ')).slice('ok status '.length));
  expect(status.wifi).toMatchObject({ connected: true, ip: '127.0.0.1' });
  lines.release();
  writer.releaseLock();
});
