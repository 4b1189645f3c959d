// Bad HTTP from the network, over real sockets to the simulated camera: each gets a short error
// and its connection closed, and the camera goes on serving everyone else (a live stream too).
import { connect, type Socket } from 'node:net';
import type { SimCamera } from '../fixtures/sim-camera.ts';
import { expect, test } from '../fixtures/test.ts';

test.skip(({ isMobile }) => isMobile, 'no browser involved: runs once, in the desktop project');

/** Sends `bytes` on a fresh connection and collects everything the camera says until it closes. */
function exchange(camera: SimCamera, bytes: string | Buffer): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(camera.port, '127.0.0.1', () => socket.write(bytes));
    let answer = '';
    socket.on('data', (d: Buffer) => {
      answer += d.toString('latin1');
    });
    socket.on('end', () => resolve(answer));
    socket.on('error', reject);
  });
}

/** The status code of an HTTP/1.1 answer. */
const statusOf = (answer: string) => Number(/^HTTP\/1\.1 (\d{3}) /.exec(answer)?.[1]);

async function stillServes(camera: SimCamera) {
  const res = await fetch(`${camera.url}api/info`);
  expect(res.status).toBe(200);
  expect((await res.json()).api).toBeDefined();
}

const cases: { name: string; bytes: string; status: number }[] = [
  { name: 'a request line that is not HTTP', bytes: 'GARBAGE\r\n\r\n', status: 400 },
  { name: 'a header line without a colon', bytes: 'GET / HTTP/1.1\r\nHost 127.0.0.1\r\n\r\n', status: 400 },
  { name: 'an unsupported HTTP version', bytes: 'GET / HTTP/2.0\r\nHost: 127.0.0.1\r\n\r\n', status: 505 },
  {
    name: 'a request line too long',
    bytes: `GET /${'a'.repeat(20_000)} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n`,
    status: 414,
  },
  {
    name: 'a header block too large',
    bytes: `GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Big: ${'b'.repeat(20_000)}\r\n\r\n`,
    status: 431,
  },
];

for (const c of cases) {
  test(`${c.name} gets ${c.status} and the connection closed; the camera serves on`, async ({ camera }) => {
    const answer = await exchange(camera, c.bytes);
    expect(statusOf(answer)).toBe(c.status);
    expect(answer).toMatch(/\r\nConnection: close\r\n/i);
    const body = answer.slice(answer.indexOf('\r\n\r\n') + 4);
    expect(body.length).toBeLessThan(200);
    expect(JSON.parse(body).error.code).toBeTruthy();
    await stillServes(camera);
  });
}

test('an unknown path gets a short 404', async ({ camera }) => {
  const res = await fetch(`${camera.url}no/such/page`);
  expect(res.status).toBe(404);
  const body = await res.text();
  expect(body.length).toBeLessThan(200);
  expect(JSON.parse(body).error.code).toBe('not_found');
});

test('a live stream keeps its frames while bad requests and stalled clients come and go', async ({
  camera,
}) => {
  const stream = await fetch(`${camera.url}stream.mjpg`);
  expect(stream.status).toBe(200);
  const reader = stream.body?.getReader();
  if (!reader) throw new Error('no stream body');
  // Clients that open a connection and never finish their request.
  const stalled: Socket[] = [];
  for (let i = 0; i < 4; i++) {
    const s = connect(camera.port, '127.0.0.1', () => s.write('GET / HTTP/1.1\r\nHost: 127.0'));
    s.on('error', () => {});
    stalled.push(s);
  }
  try {
    for (let i = 0; i < 10; i++) expect(statusOf(await exchange(camera, 'NOT HTTP\r\n\r\n'))).toBe(400);
    await stillServes(camera);
    // Frames still arrive on the stream: read past two part boundaries.
    let seen = '';
    while ((seen.match(/--[^\r\n]+\r\nContent-Type: image\/jpeg/g) ?? []).length < 2) {
      const { value, done } = await reader.read();
      if (done) throw new Error('the stream ended');
      seen = (seen + Buffer.from(value).toString('latin1')).slice(-65_536);
    }
  } finally {
    for (const s of stalled) s.destroy();
    await reader.cancel();
  }
});
