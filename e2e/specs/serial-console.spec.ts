// The serial console end to end: the simulated camera's pty driven by the real
// improv-wifi-serial-sdk (as the PWA will after flashing), and the same flow by text commands,
// acting on the camera's real settings, Wi-Fi, setup AP and reboot, as its HTTP API shows them.
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test as base, expect } from '@playwright/test';
import { loadImprovSerial } from '../fixtures/improv-sdk.ts';
import { LineReader, openPtySerialPort, type PtySerialPort } from '../fixtures/pty-serial-port.ts';
import { type SimCamera, startSimCamera } from '../fixtures/sim-camera.ts';

const SSID = 'Printer Room';
const PASSWORD = 'correct horse 42';

/** The SDK's default detection wait is 1 s; a loaded test machine may need longer. */
const DETECT_TIMEOUT_MS = 10_000;
/** A Prusa Connect token: 20 letters and digits. */
const TOKEN = 'abcdeABCDE0123456789';

const test = base.extend<{ camera: SimCamera; port: PtySerialPort }>({
  // biome-ignore lint/correctness/noEmptyPattern: Playwright requires an object pattern here.
  camera: async ({}, use) => {
    const camera = await startSimCamera({
      // --ap: a camera fresh from flashing, on no network yet, its setup AP up.
      extraArgs: ['--serial', 'pty', '--ap', '--wifi-ssid', SSID, '--wifi-password', PASSWORD],
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

/** A text-command session on the port: `say` a line, read `lines`, `reply` to a command. */
function session(port: PtySerialPort) {
  const writer = port.writable.getWriter();
  const lines = new LineReader(port.readable);
  const say = (line: string) => writer.write(new TextEncoder().encode(`${line}\n`));
  /** The reply to `command` (ok or err), whose first word names the command. */
  const reply = async (command: string) => {
    await say(command);
    return lines.next('');
  };
  const end = () => {
    lines.release();
    writer.releaseLock();
  };
  return { say, lines, reply, end };
}

async function api<T>(camera: SimCamera, path: string, init?: RequestInit): Promise<T> {
  const res = await fetch(new URL(path, camera.url), init);
  return (await res.json()) as T;
}

interface SettingsBody {
  values: Record<string, unknown>;
}
interface StatusBody {
  wifi: { connected: boolean; ip: string; ap: { active: boolean } };
}

/** Resolves once /api/status shows the setup AP `active`; the AP's rules tick every 250 ms. */
async function apActive(camera: SimCamera, active: boolean): Promise<void> {
  await expect
    .poll(async () => (await api<StatusBody>(camera, 'api/status')).wifi.ap.active, { timeout: 10_000 })
    .toBe(active);
}

test('Improv: the SDK detects the camera, scans, provisions, and gets the camera URL', async ({
  camera,
  port,
}) => {
  const ImprovSerial = await loadImprovSerial();
  const improv = new ImprovSerial(port, quiet);
  const info = await improv.initialize(DETECT_TIMEOUT_MS);
  expect(info).toMatchObject({ firmware: 'printcam', chipFamily: 'host', name: 'printcam' });
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

  // The network that worked is saved; the wrong password never was.
  const settings = await api<SettingsBody>(camera, 'api/settings');
  expect(settings.values['network.wifi_ssid']).toBe(SSID);
  expect(settings.values['network.wifi_password']).toEqual({ set: true });
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

  await say(`set upload.token=${TOKEN}`);
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

test('Text: settings go through the camera settings, with the HTTP API refusals', async ({
  camera,
  port,
}) => {
  const { reply, end } = session(port);
  expect(await reply(`set upload.token=${TOKEN}`)).toBe('ok set');
  expect(await reply('set camera.jpeg_quality=55')).toBe('ok set');
  const settings = await api<SettingsBody>(camera, 'api/settings');
  expect(settings.values['upload.token']).toEqual({ set: true });
  expect(settings.values['camera.jpeg_quality']).toBe(55);

  const refused = await fetch(new URL('api/settings', camera.url), {
    method: 'PATCH',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ 'camera.jpeg_quality': 500 }),
  });
  const http = (await refused.json()) as { error: { message: string; fields: { code: string }[] } };
  expect(await reply('set camera.jpeg_quality=500')).toBe(
    `err set ${http.error.fields[0].code} ${http.error.message}`,
  );
  expect((await api<SettingsBody>(camera, 'api/settings')).values['camera.jpeg_quality']).toBe(55);
  end();
});

test('Text: ap on and off drive the setup AP /api/status shows; so does the setup button', async ({
  camera,
  port,
}) => {
  const { reply, lines, say, end } = session(port);
  await say(`wifi "${SSID}" "${PASSWORD}"`);
  await lines.next('ok wifi ');
  // Joined, with the AP allowed only while Wi-Fi is down: the AP closes.
  expect(await reply('set network.setup_ap=false')).toBe('ok set');
  await apActive(camera, false);

  const on = await reply('ap on');
  expect(on.startsWith('ok ap ')).toBe(true);
  expect(JSON.parse(on.slice('ok ap '.length))).toMatchObject({ active: true });
  await apActive(camera, true);
  expect(JSON.parse((await reply('ap off')).slice('ok ap '.length))).toMatchObject({ active: false });
  await apActive(camera, false);

  // The simulated button: pressed while the file exists; held past the long-press time.
  const button = join(camera.dataDir, 'button');
  writeFileSync(button, '');
  try {
    await apActive(camera, true);
  } finally {
    rmSync(button);
  }
  expect(existsSync(button)).toBe(false);
  end();
});

test('Text: reboot restarts the camera and the console answers the next boot', async ({ camera, port }) => {
  const { reply, end } = session(port);
  let out = '';
  camera.process.stdout?.on('data', (d: Buffer) => {
    out += d.toString();
  });
  expect(await reply('set system.name="Before reboot"')).toBe('ok set');
  expect(await reply('reboot')).toBe('ok reboot');
  await expect.poll(() => /rebooting[\s\S]*printcam-sim listening/.test(out), { timeout: 15_000 }).toBe(true);
  // The next boot's services, with the settings it stored.
  expect(await reply('get system.name')).toBe('ok get "Before reboot"');
  const status = JSON.parse((await reply('status')).slice('ok status '.length));
  expect(status.uptime_s).toBeLessThan(60);
  end();
});
