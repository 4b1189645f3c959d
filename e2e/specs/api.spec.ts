// The device's system API against the real simulated camera: shapes of /api/info and
// /api/status, the SSE stream, authentication (login, Bearer, Basic, 401, 429), CORS with Private
// Network Access preflights, and the DNS-rebinding Host check.
import { request as httpRequest } from 'node:http';
import { patchSettings } from '../fixtures/camera-settings.ts';
import { type SimCamera, startSimCamera } from '../fixtures/sim-camera.ts';
import { expect, test } from '../fixtures/test.ts';

const PASSWORD = 'correct horse';
const PWA_ORIGIN = 'https://pwa.printcam.test';
const basic = (user: string, password: string) =>
  `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;

/** A request with a Host header of our choosing, which fetch() and Playwright do not allow. */
function getWithHost(
  camera: SimCamera,
  path: string,
  host: string,
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      { host: '127.0.0.1', port: camera.port, path, headers: { Host: host } },
      (res) => {
        let body = '';
        res.on('data', (d: Buffer) => {
          body += d.toString();
        });
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      },
    );
    req.on('error', reject);
    req.end();
  });
}

/** `now` in a zone `offset` seconds east of UTC, as the device writes it: "2026-11-22T14:03:05+01:00". */
function rfc3339(now: number, offset: number): string {
  const local = new Date((now + offset) * 1000).toISOString().slice(0, 19);
  const magnitude = Math.abs(offset);
  const hh = String(Math.floor(magnitude / 3600)).padStart(2, '0');
  const mm = String(Math.floor(magnitude / 60) % 60).padStart(2, '0');
  return `${local}${offset < 0 ? '-' : '+'}${hh}:${mm}`;
}

/** The offset (seconds east of UTC) of an IANA zone at `now`, from the runtime's ICU data. */
function offsetIn(timeZone: string, now: number): number {
  const name = new Intl.DateTimeFormat('en', { timeZone, timeZoneName: 'longOffset' })
    .formatToParts(new Date(now * 1000))
    .find((part) => part.type === 'timeZoneName')?.value;
  const match = /^GMT([+-])(\d\d):(\d\d)$/.exec(name ?? '');
  if (!match) return 0; // "GMT" alone: UTC
  const seconds = Number(match[2]) * 3600 + Number(match[3]) * 60;
  return match[1] === '-' ? -seconds : seconds;
}

test.describe('an open camera (no admin password)', () => {
  test('/api/info describes the firmware', async ({ request, camera }) => {
    const res = await request.get(`${camera.url}api/info`);
    expect(res.status()).toBe(200);
    const info = await res.json();
    expect(info).toMatchObject({
      api: 1,
      firmware: { name: 'printcam', version: expect.any(String), build: expect.any(String) },
      chip: 'host',
      mac: expect.stringMatching(/^02(:[0-9a-f]{2}){5}$/),
      hostname: expect.stringMatching(/^printcam-[0-9a-f]{6}$/),
    });
    expect(info.capabilities).toEqual(expect.arrayContaining(['logs', 'events']));
  });

  test('/api/status reports uptime, heap and Wi-Fi', async ({ request, camera }) => {
    const status = await (await request.get(`${camera.url}api/status`)).json();
    expect(status).toMatchObject({
      uptime_s: expect.any(Number),
      heap: { free: expect.any(Number), min_free: expect.any(Number) },
      wifi: { mode: 'sta', connected: true, ssid: 'PrintShop', ip: '127.0.0.1', ap: { active: false } },
      time: { synced: true, utc_offset_s: 0, zone: 'UTC', dst: false },
    });
    expect(status.heap.min_free).toBeLessThanOrEqual(status.heap.free);
    expect(status.time.local).toBe(rfc3339(status.time.now, 0));
  });

  test('/api/wifi/scan lists networks and /api/logs the boot line', async ({ request, camera }) => {
    const scan = await (await request.get(`${camera.url}api/wifi/scan`)).json();
    expect(scan.networks[0]).toEqual({ ssid: 'PrintShop', rssi: -52, secure: true, channel: 6 });
    const logs = await (await request.get(`${camera.url}api/logs`)).json();
    // The boot writes a few lines (settings loaded, firmware started); the start line is among them.
    expect(logs.lines).toContainEqual(
      expect.objectContaining({ level: 'info', msg: expect.stringContaining('started') }),
    );
    const later = await (await request.get(`${camera.url}api/logs?since=${logs.next}`)).json();
    expect(later.lines.every((l: { seq: number }) => l.seq > logs.next)).toBe(true);
  });

  test('an EventSource receives a status event', async ({ page, camera }) => {
    await page.goto(camera.url);
    const status = await page.evaluate(
      () =>
        new Promise<{ uptime_s: number; wifi: { mode: string } }>((resolve, reject) => {
          const source = new EventSource('/api/events');
          source.addEventListener('status', (e) => {
            source.close();
            resolve(JSON.parse((e as MessageEvent<string>).data));
          });
          source.onerror = () => reject(new Error('event stream failed'));
        }),
    );
    expect(status.wifi.mode).toBe('sta');
    expect(typeof status.uptime_s).toBe('number');
  });

  test('a request naming another host is refused (DNS rebinding)', async ({ camera }) => {
    const refused = await getWithHost(camera, '/api/info', 'rebind.attacker.test');
    expect(refused.status).toBe(421);
    expect(JSON.parse(refused.body).error.code).toBe('wrong_host');
    expect((await getWithHost(camera, '/api/info', 'localhost:1234')).status).toBe(200);
  });
});

test.describe('a camera in a saved time zone', () => {
  let camera: SimCamera;
  test.beforeAll(async () => {
    camera = await startSimCamera();
  });
  test.afterAll(async () => camera.stop());

  test('/api/status shows local time in the zone as soon as it is saved', async ({ request }) => {
    const timeNow = async () => (await (await request.get(`${camera.url}api/status`)).json()).time;
    await patchSettings(camera.url, { 'system.timezone': 'IST-5:30' });
    const india = await timeNow();
    expect(india).toMatchObject({ synced: true, utc_offset_s: 19800, zone: 'IST', dst: false });
    expect(india.local).toBe(rfc3339(india.now, 19800));

    // Whichever half of the year the host's clock is in, the camera agrees with the browser's
    // own zone database for Berlin.
    await patchSettings(camera.url, { 'system.timezone': 'CET-1CEST,M3.5.0,M10.5.0/3' });
    const berlin = await timeNow();
    const expected = offsetIn('Europe/Berlin', berlin.now);
    expect(berlin).toMatchObject({
      utc_offset_s: expected,
      zone: expected === 7200 ? 'CEST' : 'CET',
      dst: expected === 7200,
    });
    expect(berlin.local).toBe(rfc3339(berlin.now, expected));
  });
});

test.describe('a camera with an admin password', () => {
  let camera: SimCamera;
  test.beforeAll(async () => {
    camera = await startSimCamera();
    await patchSettings(camera.url, {
      'security.admin_password': PASSWORD,
      'security.cors_origins': PWA_ORIGIN,
    });
  });
  test.afterAll(async () => camera.stop());

  test('refuses admin routes without credentials and lets the UI in', async ({ request }) => {
    const plain = await request.get(`${camera.url}api/status`);
    expect(plain.status()).toBe(401);
    expect(plain.headers()['www-authenticate']).toBe('Basic realm="printcam"');
    const fromApp = await request.get(`${camera.url}api/status`, {
      headers: { 'X-Requested-With': 'printcam' },
    });
    expect(fromApp.status()).toBe(401);
    expect(fromApp.headers()['www-authenticate']).toBeUndefined();
    expect((await request.get(camera.url)).status()).toBe(200);
  });

  test('accepts HTTP Basic as user admin', async ({ request }) => {
    const ok = await request.get(`${camera.url}api/info`, {
      headers: { Authorization: basic('admin', PASSWORD) },
    });
    expect(ok.status()).toBe(200);
  });

  test('logs in for a Bearer token and logs out again', async ({ request }) => {
    const login = await request.post(`${camera.url}api/login`, { data: { password: PASSWORD } });
    expect(login.status()).toBe(200);
    const { token, expires_s } = await login.json();
    expect(token).toMatch(/^[0-9a-f]{64}$/);
    expect(expires_s).toBeGreaterThan(0);
    const auth = { Authorization: `Bearer ${token}` };
    expect((await request.get(`${camera.url}api/status`, { headers: auth })).status()).toBe(200);
    expect((await request.post(`${camera.url}api/logout`, { headers: auth })).status()).toBe(204);
    expect((await request.get(`${camera.url}api/status`, { headers: auth })).status()).toBe(401);
  });

  test('answers CORS preflights for the allowed origin only', async ({ request }) => {
    const preflight = (origin: string) =>
      request.fetch(`${camera.url}api/status`, {
        method: 'OPTIONS',
        headers: {
          Origin: origin,
          'Access-Control-Request-Method': 'GET',
          'Access-Control-Request-Headers': 'authorization',
          'Access-Control-Request-Private-Network': 'true',
        },
      });
    const allowed = await preflight(PWA_ORIGIN);
    expect(allowed.status()).toBe(204);
    expect(allowed.headers()).toMatchObject({
      'access-control-allow-origin': PWA_ORIGIN,
      'access-control-allow-private-network': 'true',
      'access-control-allow-methods': expect.stringContaining('GET'),
      'access-control-allow-headers': expect.stringContaining('Authorization'),
    });
    const refused = await preflight('https://elsewhere.test');
    expect(refused.headers()['access-control-allow-origin']).toBeUndefined();
    expect(refused.headers()['access-control-allow-private-network']).toBeUndefined();
  });
});

test('wrong passwords lock the address out with 429 and Retry-After', async ({ request }) => {
  // Its own camera: the lockout would otherwise spill into other tests from this address.
  const camera = await startSimCamera();
  await patchSettings(camera.url, { 'security.admin_password': PASSWORD });
  try {
    const statuses: number[] = [];
    // Three free mistakes, then a lockout that doubles with each failure: a 429 comes within a
    // few tries even on a slow machine.
    for (let i = 0; i < 8; i++) {
      const res = await request.post(`${camera.url}api/login`, { data: { password: 'guess' } });
      statuses.push(res.status());
      if (res.status() === 429) {
        expect(Number(res.headers()['retry-after'])).toBeGreaterThanOrEqual(1);
        break;
      }
    }
    expect(statuses.slice(0, 4)).toEqual([401, 401, 401, 401]);
    expect(statuses.at(-1)).toBe(429);
    const basicWhileLocked = await request.get(`${camera.url}api/info`, {
      headers: { Authorization: basic('admin', PASSWORD) },
    });
    expect(basicWhileLocked.status()).toBe(429);
  } finally {
    await camera.stop();
  }
});
