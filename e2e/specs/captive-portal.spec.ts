// The setup access point, simulated (printcam-sim --ap): each OS's captive-portal probe gets an
// answer that opens its sign-in sheet on the setup page, and the catch-all DNS sends every name to
// the camera. Probes are sent as the OS sends them, with the probe host in the Host header.
import { request as httpRequest } from 'node:http';
import { DNS_TYPE_A, DNS_TYPE_AAAA, queryDns } from '../fixtures/dns-client.ts';
import { type SimCamera, startSimCamera } from '../fixtures/sim-camera.ts';
import { expect, test } from '../fixtures/test.ts';

/** The AP's address (firmware/core/network/ap_address.hpp): the portal sends everyone there. */
const SETUP_URL = 'http://10.83.71.1/';

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** GET `path` from the camera as if sent to `host` (the DNS pointed that name at the camera). */
function probe(camera: SimCamera, host: string, path: string, userAgent: string): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      { host: '127.0.0.1', port: camera.port, path, headers: { Host: host, 'User-Agent': userAgent } },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (d: string) => {
          body += d;
        });
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    req.end();
  });
}

/** What opens the sheet: a redirect to the setup page, with content (iOS needs some). */
function expectOpensPortal(answer: Answer) {
  expect(answer.status).toBe(302);
  expect(answer.headers.location).toBe(SETUP_URL);
  expect(answer.headers['cache-control']).toBe('no-store');
  expect(answer.body).toContain(SETUP_URL);
}

test.describe('on the simulated setup AP', () => {
  let ap: SimCamera;
  test.beforeAll(async () => {
    ap = await startSimCamera({ extraArgs: ['--ap'] });
  });
  test.afterAll(async () => {
    await ap.stop();
  });

  test('Android and ChromeOS get a redirect, not the 204 that means "online"', async () => {
    const ua = 'Dalvik/2.1.0 (Linux; U; Android 14; Pixel 7 Build/UQ1A)';
    for (const host of ['connectivitycheck.gstatic.com', 'clients3.google.com']) {
      const answer = await probe(ap, host, '/generate_204', ua);
      expect(answer.status).not.toBe(204);
      expectOpensPortal(answer);
    }
    expectOpensPortal(await probe(ap, 'www.google.com', '/gen_204', ua));
  });

  test('Apple gets a redirect with a body, never the "Success" page', async () => {
    const ua = 'CaptiveNetworkSupport-481.0.1 wispr';
    for (const path of ['/hotspot-detect.html', '/library/test/success.html']) {
      const answer = await probe(ap, 'captive.apple.com', path, ua);
      expectOpensPortal(answer);
      expect(answer.body).not.toContain('Success');
    }
  });

  test('Windows gets a redirect, never "Microsoft Connect Test" or "Microsoft NCSI"', async () => {
    const ua = 'Microsoft NCSI';
    const modern = await probe(ap, 'www.msftconnecttest.com', '/connecttest.txt', ua);
    expectOpensPortal(modern);
    expect(modern.body).not.toContain('Microsoft Connect Test');
    const legacy = await probe(ap, 'www.msftncsi.com', '/ncsi.txt', ua);
    expectOpensPortal(legacy);
    expect(legacy.body).not.toContain('Microsoft NCSI');
    expectOpensPortal(await probe(ap, 'www.msftconnecttest.com', '/redirect', ua));
  });

  test('any other site typed on the AP lands on the setup page too', async () => {
    expectOpensPortal(await probe(ap, 'example.com', '/some/page?x=1', 'Mozilla/5.0'));
  });

  test('the redirect target serves the setup UI', async () => {
    const answer = await probe(ap, '10.83.71.1', '/', 'Mozilla/5.0');
    expect(answer.status).toBe(200);
    expect(answer.headers['content-type']).toContain('text/html');
  });

  test('the DNS responder resolves every name to the AP address', async () => {
    expect(ap.dnsPort).toBeGreaterThan(0);
    const port = ap.dnsPort ?? 0;
    for (const name of [
      'connectivitycheck.gstatic.com',
      'captive.apple.com',
      'www.msftconnecttest.com',
      'anything.example',
    ]) {
      const answer = await queryDns(port, name, DNS_TYPE_A);
      expect(answer.rcode).toBe(0);
      expect(answer.addresses).toEqual(['10.83.71.1']);
      expect(answer.ttls[0]).toBeGreaterThan(0);
    }
    const v6 = await queryDns(port, 'captive.apple.com', DNS_TYPE_AAAA);
    expect(v6).toMatchObject({ rcode: 0, questions: 1, addresses: [] });
  });
});

test('a camera without the AP answers no probes and redirects nothing', async ({ camera }) => {
  expect(camera.dnsPort).toBeUndefined();
  // Off the setup AP a foreign Host is a DNS-rebinding attempt: the Host check refuses it.
  const answer = await probe(camera, 'connectivitycheck.gstatic.com', '/generate_204', 'Dalvik/2.1.0');
  expect(answer.status).toBe(421);
});
